"""Serving: polling by default, webhook mode (Starlette on uvicorn) when WEBHOOK_URL is set.

Webhook mode serves, on WEBHOOK_LISTEN:WEBHOOK_PORT:

    POST <WEBHOOK_URL's path>   updates from Telegram (X-Telegram-Bot-Api-Secret-Token checked)
    GET  /healthz               the process is alive
    GET  /readyz                database reachable, migrations at head, content loaded
    GET  /metrics               Prometheus text format (bot.metrics, the application's registry)

Polling mode serves the last three on METRICS_PORT when it is set.

Delivery is at least once: an update is answered 200 only after its work and its update id
were committed together (`BotApplication.handle_update`). An instance that dies mid-update
never answers, so Telegram sends the update again and it is handled again (its replies may be
sent twice); a retry of an update whose work committed is ignored. A handler that fails is
rolled back and answered 200 (the user got the apology; retrying a bug only repeats it), but
its id is not recorded, so a retry is handled again. The database out of reach: 503, so
Telegram retries later. The webhook is registered only by `python -m bot set-webhook` (or
`run --set-webhook`), so several instances never fight over it. See docs/webhook.md.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import hmac
import json
import logging
import signal
import socket
import time
from collections.abc import Callable, Iterator
from typing import Any

import uvicorn
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import text
from sqlalchemy.engine import Connection
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Bot, Update

from bot.config import Settings
from bot.context import BotApplication, Outcome
from bot.db.migrate import alembic_config

log = logging.getLogger(__name__)
MAX_BODY = 1_000_000  # bytes; Telegram's updates are far smaller
SECRET_HEADER = "X-Telegram-Bot-Api-Secret-Token"
REJECT_LOG_EVERY_S = 60.0
SHUTDOWN_GRACE_S = 30
READY_TIMEOUT_S = 5.0


class ServeError(Exception):
    """Serving cannot start (the port is taken, ...): one line for the operator."""


class _RejectLog:
    """Refused webhook requests: at most one log line a minute, however many come."""

    def __init__(self, every_s: float = REJECT_LOG_EVERY_S) -> None:
        self.every_s = every_s
        self.last: float | None = None
        self.counts: dict[str, int] = {}

    def refused(self, reason: str, client: str) -> None:
        self.counts[reason] = self.counts.get(reason, 0) + 1
        now = time.monotonic()
        if self.last is not None and now - self.last < self.every_s:
            return
        self.last = now
        counts = ", ".join(f"{n} {r}" for r, n in sorted(self.counts.items()))
        self.counts = {}
        log.warning("webhook: refused requests (%s); latest from %s", counts, client)


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The request body, or None as soon as it is over `limit` bytes."""
    declared = request.headers.get("content-length")
    if declared is not None and declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


@functools.cache
def _code_heads(url: str) -> frozenset[str]:
    """The migrations' head revision(s) in the code (read once)."""
    return frozenset(ScriptDirectory.from_config(alembic_config(url)).get_heads())


def _database_heads(connection: Connection) -> frozenset[str]:
    return frozenset(MigrationContext.configure(connection).get_current_heads())


async def readiness(app: BotApplication) -> dict[str, str]:
    """What stands between this instance and serving; {} when ready."""
    data = app.bot_data
    problems: dict[str, str] = {}
    if not data.started:
        problems["started"] = "start-up has not finished"
    if data.content is None or not data.content.commands.commands:
        problems["content"] = "content not loaded"
    engine = data.engine
    assert engine is not None
    url = data.settings.database_url
    try:
        async with asyncio.timeout(READY_TIMEOUT_S), engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
            current = await connection.run_sync(_database_heads)
        head = _code_heads(url)
        if current != head:
            problems["migrations"] = f"database at {sorted(current)}, code at {sorted(head)}"
    except Exception as error:
        data.metrics.database_error("readyz")
        problems["database"] = f"unreachable ({type(error).__name__})"
    return problems


def create_web_app(app: BotApplication, *, webhook_path: str | None, secret: str | None) -> Any:
    """The Starlette app: the webhook at `webhook_path` (None: health and metrics only)."""
    metrics = app.bot_data.metrics
    rejects = _RejectLog()

    async def healthz(_request: Request) -> Response:
        return PlainTextResponse("ok\n")

    async def readyz(_request: Request) -> Response:
        problems = await readiness(app)
        return JSONResponse(
            {"ready": not problems, "problems": problems}, status_code=503 if problems else 200
        )

    async def metrics_page(_request: Request) -> Response:
        from bot.metrics import CONTENT_TYPE

        return Response(metrics.render(), headers={"Content-Type": CONTENT_TYPE})

    def refuse(request: Request, status: int, reason: str) -> Response:
        metrics.rejected(reason)
        rejects.refused(reason, request.client.host if request.client else "?")
        return JSONResponse({"ok": False, "error": reason}, status_code=status)

    async def webhook(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "")
        if secret is None or not hmac.compare_digest(given.encode(), secret.encode()):
            return refuse(request, 403, "secret")
        body = await _read_body(request, MAX_BODY)
        if body is None:
            return refuse(request, 413, "too_large")
        try:
            payload = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return refuse(request, 400, "not_json")
        update = _as_update(payload, app.bot)
        if update is None:
            return refuse(request, 400, "not_update")
        outcome: list[Outcome] = []

        async def handle() -> None:
            outcome.append(await app.handle_update(update))

        await app.update_processor.process_update(update, handle())
        if outcome and outcome[0] is Outcome.UNAVAILABLE:
            return JSONResponse({"ok": False, "error": "database unavailable"}, status_code=503)
        return JSONResponse({"ok": True})

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/readyz", readyz, methods=["GET"]),
        Route("/metrics", metrics_page, methods=["GET"]),
    ]
    if webhook_path is not None:
        app.bot_data.dedupe_updates = True
        routes.append(Route(webhook_path, webhook, methods=["POST"]))
    return Starlette(routes=routes)


def _as_update(payload: object, bot: Bot) -> Update | None:
    """`payload` as an Update, or None when it is not one."""
    if not isinstance(payload, dict) or not isinstance(payload.get("update_id"), int):
        return None
    if isinstance(payload["update_id"], bool):
        return None
    try:
        return Update.de_json(payload, bot)
    except Exception:
        return None


class _Server(uvicorn.Server):
    """uvicorn without its signal handling: we stop it ourselves (and exit with 0, where
    uvicorn would raise the signal again once it stopped)."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _listen(host: str, port: int, what: str) -> socket.socket:
    """A bound listening socket, or ServeError with one line."""
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
        family, kind, proto, _name, address = infos[0]
        sock = socket.socket(family, kind, proto)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind(address)
        sock.listen(128)
    except OSError as error:
        raise ServeError(
            f"cannot listen on {host}:{port} for {what}: {error.strerror or error}; "
            "choose another port or stop what uses it."
        ) from None
    sock.setblocking(False)
    return sock


def _server(web_app: Any, sock: socket.socket) -> _Server:
    config = uvicorn.Config(
        web_app,
        log_config=None,
        access_log=False,
        lifespan="off",
        timeout_graceful_shutdown=SHUTDOWN_GRACE_S,
        server_header=False,
    )
    server = _Server(config)
    server.sock = sock  # type: ignore[attr-defined]
    return server


async def _serve(server: _Server) -> None:
    await server.serve(sockets=[server.sock])  # type: ignore[attr-defined]


async def register_webhook(bot: Bot, settings: Settings) -> str:
    """setWebhook with WEBHOOK_URL and the secret; returns the URL."""
    url = settings.webhook_url or ""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    await bot.set_webhook(url=url, secret_token=secret, allowed_updates=Update.ALL_TYPES)
    return url


async def _run_webhook(app: BotApplication, settings: Settings, *, register: bool) -> None:
    """initialize, post_init, start, serve until SIGTERM/SIGINT, then stop in PTB's order."""
    secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
    sock = _listen(settings.webhook_listen, settings.webhook_port, "the webhook")
    web_app = create_web_app(app, webhook_path=settings.webhook_path, secret=secret)
    server = _server(web_app, sock)
    stop = _on_signals(lambda: setattr(server, "should_exit", True))
    app.bot_data.stop_serving = lambda: setattr(server, "should_exit", True)  # a revoked token
    try:
        await app.initialize()
        try:
            if app.post_init is not None:
                await app.post_init(app)
            await app.start()
            if register:
                await register_webhook(app.bot, settings)
                log.info("webhook registered")
            log.info(
                "serving the webhook on %s:%s at %s",
                settings.webhook_listen, settings.webhook_port, settings.webhook_path,
            )  # fmt: skip
            await _serve(server)
        finally:
            if app.running:
                await app.stop()
                if app.post_stop is not None:
                    await app.post_stop(app)
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)
    finally:
        stop()
        sock.close()


def _on_signals(callback: Callable[[], None]) -> Callable[[], None]:
    """Call `callback` on SIGTERM/SIGINT; returns the undo."""
    loop = asyncio.get_running_loop()
    signals = (signal.SIGTERM, signal.SIGINT)
    for sig in signals:
        loop.add_signal_handler(sig, callback)

    def undo() -> None:
        for sig in signals:
            loop.remove_signal_handler(sig)

    return undo


def _metrics_hooks(app: BotApplication, port: int, listen: str) -> None:
    """Polling mode: serve health and metrics on `port` while the application runs."""
    sock = _listen(listen, port, "METRICS_PORT")
    server = _server(create_web_app(app, webhook_path=None, secret=None), sock)
    tasks: list[asyncio.Task[None]] = []

    async def start(_app: Any) -> None:
        tasks.append(asyncio.create_task(_serve(server)))
        log.info("serving /healthz, /readyz and /metrics on %s:%s", listen, port)

    async def stop(_app: Any) -> None:
        server.should_exit = True
        if tasks:
            await asyncio.wait(tasks, timeout=SHUTDOWN_GRACE_S)
        sock.close()

    app.bot_data.startup_hooks.append(start)
    app.bot_data.stop_hooks.append(stop)


def run_server(app: BotApplication, settings: Settings, *, register: bool = False) -> None:
    """Serve until SIGINT/SIGTERM: webhook mode when WEBHOOK_URL is set, else polling."""
    app.bot_data.owns_loop = True
    if settings.webhook_url:
        asyncio.run(_run_webhook(app, settings, register=register))
        return
    if settings.metrics_port is not None:
        _metrics_hooks(app, settings.metrics_port, settings.webhook_listen)
    app.run_polling(allowed_updates=Update.ALL_TYPES)
