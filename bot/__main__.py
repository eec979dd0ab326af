"""Command line: run | set-webhook | console | migrate | parse | content-check | copy-db |
healthcheck."""

from __future__ import annotations

import argparse
import asyncio
import gc
import logging
import os
import sys
from pathlib import Path

from pydantic import ValidationError

from bot.config import Settings, TokenError, require_token, require_webhook_secret
from bot.content.errors import ContentError
from bot.logs import redact, setup_logging

log = logging.getLogger("bot.app")
CONSOLE_DATABASE = "sqlite+aiosqlite:///data/console.db"
TOKEN_HELP = (
    "BOT_TOKEN is {problem}: talk to @BotFather in Telegram, send /newbot, and put the token "
    "it gives you in .env as BOT_TOKEN=123456:ABC... (see .env.example). "
    "To try the bot without a token, run: python -m bot console"
)


def _settings() -> Settings:
    try:
        return Settings()
    except ValidationError as exc:
        first = exc.errors()[0]
        field = ".".join(str(p) for p in first["loc"]).upper()
        print(f"configuration error: {field}: {first['msg']}", file=sys.stderr)
        raise SystemExit(2) from None


def _token(settings: Settings) -> str | None:
    """The bot token, or None (and the one line on how to get one on stderr)."""
    try:
        return require_token(settings)
    except TokenError as exc:
        print(TOKEN_HELP.format(problem=str(exc)), file=sys.stderr)
        return None


def _webhook_secret_missing(settings: Settings) -> bool:
    """True (and one line on stderr) when webhook mode lacks WEBHOOK_SECRET."""
    if not settings.webhook_url:
        return False
    try:
        require_webhook_secret(settings)
    except TokenError as exc:
        print(str(exc), file=sys.stderr)
        return True
    return False


def cmd_run(args: argparse.Namespace) -> int:
    """Apply migrations, then serve by polling (or webhook) until SIGTERM/SIGINT."""
    settings = _settings()
    token = _token(settings)
    if token is None:
        return 2
    if _webhook_secret_missing(settings):
        return 2
    setup_logging(settings.log_level, settings.log_format)
    # Start-up only builds objects that live as long as the process (modules, content, handlers),
    # and the cyclic collector would walk them over and over for nothing: about 0.06 s of a
    # 0.9 s start (bench/startup.py). It is back on when start-up ends, after one full pass
    # (_freeze_startup_objects); a start-up that fails ends the process.
    gc.disable()
    from bot.app import build_application
    from bot.webhook import run_server

    app = None
    try:
        app = build_application(settings, token=token)
        run_server(app, settings, register=bool(getattr(args, "set_webhook", False)))
        if app.bot_data.token_rejected:  # Telegram answered 401 while the bot ran
            from bot.context import TOKEN_REJECTED

            print(TOKEN_REJECTED, file=sys.stderr)
            return 4
    except ContentError as exc:
        print(f"content error: {exc}", file=sys.stderr)
        return 3
    except Exception as exc:  # start-up failed: one line that says what to do, no traceback
        if app is not None and app.stop_requested:  # stopped while starting: what was asked
            log.info("bot stopped during start-up (%s)", type(exc).__name__)
            return 0
        problem = startup_problem(exc, settings)
        if problem is None:
            raise
        print(redact(problem), file=sys.stderr)
        return 4
    return 0


def startup_problem(exc: BaseException, settings: Settings) -> str | None:
    """One line for an error an operator can cause at start-up; None for anything else."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, InterfaceError, OperationalError
    from telegram.error import InvalidToken, NetworkError

    from bot.webhook import ServeError

    api = settings.telegram_api_base_url
    if isinstance(exc, ServeError):
        return str(exc)
    if isinstance(exc, InvalidToken):
        return (
            "Telegram rejected BOT_TOKEN: check it in .env, or get a new one from @BotFather "
            "(/mybots > API Token)."
        )
    if isinstance(exc, NetworkError):
        return (
            f"cannot reach the Bot API at {api}: check the network, a proxy or "
            "TELEGRAM_API_BASE_URL, then start again."
        )
    if isinstance(exc, ArgumentError):
        return (
            "DATABASE_URL is not a database URL: use sqlite+aiosqlite:///data/bot.db or "
            "postgresql+asyncpg://user:password@host:5432/dbname (see .env.example)."
        )
    if isinstance(exc, OperationalError | InterfaceError | DBAPIError | OSError):
        where = _database_place(settings.database_url)
        return (
            f"cannot open the database at {where}: check DATABASE_URL, that the server runs "
            f"and accepts this user ({type(exc.__cause__ or exc).__name__})."
        )
    return None


def _database_place(url: str) -> str:
    """The database URL without its password, for a message."""
    from sqlalchemy.engine import make_url

    try:
        return make_url(url).render_as_string(hide_password=True)
    except Exception:
        return "DATABASE_URL"


def cmd_set_webhook(_args: argparse.Namespace) -> int:
    """Register WEBHOOK_URL (with WEBHOOK_SECRET) with Telegram: once per deploy, not per
    instance."""
    settings = _settings()
    token = _token(settings)
    if token is None:
        return 2
    if not settings.webhook_url:
        print(
            "WEBHOOK_URL is not set: set it to the public https URL of the bot.", file=sys.stderr
        )
        return 2
    if _webhook_secret_missing(settings):
        return 2
    setup_logging(settings.log_level, settings.log_format)
    from telegram import Bot

    from bot.webhook import register_webhook

    async def register() -> str:
        bot = Bot(token, base_url=settings.telegram_api_base_url)
        async with bot:
            return await register_webhook(bot, settings)

    try:
        url = asyncio.run(register())
    except Exception as exc:
        problem = startup_problem(exc, settings)
        if problem is None:
            raise
        print(redact(problem), file=sys.stderr)
        return 4
    print(f"webhook set: {url}")
    return 0


def cmd_migrate(_args: argparse.Namespace) -> int:
    """Apply pending migrations."""
    settings = _settings()
    setup_logging(settings.log_level, settings.log_format)
    from bot.db.migrate import upgrade_to_head

    try:
        asyncio.run(upgrade_to_head(settings.database_url))
    except Exception as exc:
        problem = startup_problem(exc, settings)
        if problem is None:
            raise
        print(redact(problem), file=sys.stderr)
        return 4
    print("database is up to date")
    return 0


def cmd_copy_db(args: argparse.Namespace) -> int:
    """Copy every row from one database to another (see bot/copy_db.py)."""
    from bot.copy_db import CopyError, copy_database

    try:
        report = asyncio.run(copy_database(args.source, args.target, force=args.force))
    except CopyError as exc:
        print(f"copy-db: {exc}", file=sys.stderr)
        return 1
    print(report.line())
    return 0


HEALTH_TIMEOUT_S = 4.0


def _health_port(settings: Settings) -> int | None:
    """The port serving /healthz: the webhook's, else METRICS_PORT in polling mode, else None."""
    if settings.webhook_url:
        return settings.webhook_port
    raw = getattr(settings, "metrics_port", None) or os.environ.get("METRICS_PORT")
    return int(raw) if raw else None


async def _database_answers(url: str) -> None:
    from sqlalchemy import text

    from bot.db.session import create_engine

    engine = create_engine(url, pool_size=1, max_overflow=0)
    try:
        async with asyncio.timeout(HEALTH_TIMEOUT_S), engine.connect() as conn:
            await conn.execute(text("SELECT 1"))
    finally:
        await engine.dispose()


def cmd_healthcheck(_args: argparse.Namespace) -> int:
    """Docker's HEALTHCHECK: exit 0 when healthy, 1 otherwise, with one line either way.

    GET /healthz on the webhook port (or METRICS_PORT in polling mode); with neither, the
    database must answer a query."""
    settings = _settings()
    port = _health_port(settings)
    if port is not None:
        import urllib.error
        import urllib.request

        host = settings.webhook_listen if settings.webhook_url else "127.0.0.1"
        host = "127.0.0.1" if host in ("0.0.0.0", "::", "") else host
        url = f"http://{host}:{port}/healthz"
        try:
            with urllib.request.urlopen(url, timeout=HEALTH_TIMEOUT_S) as reply:
                status = reply.status
        except (urllib.error.URLError, OSError) as exc:
            print(f"unhealthy: {url}: {exc}", file=sys.stderr)
            return 1
        print(f"healthy: {url} answered {status}")
        return 0 if status == 200 else 1
    try:
        asyncio.run(_database_answers(settings.database_url))
    except Exception as exc:
        where = _database_place(settings.database_url)
        print(f"unhealthy: database {where}: {type(exc).__name__}", file=sys.stderr)
        return 1
    print("healthy: the database answers")
    return 0


def cmd_content_check(_args: argparse.Namespace) -> int:
    """Validate the whole content store and render every entry."""
    from bot.content_check import check_all

    try:
        report = check_all()
    except ContentError as exc:
        print(f"content error: {exc}", file=sys.stderr)
        return 1
    print(report)
    return 0


def cmd_console(args: argparse.Namespace) -> int:
    """Chat with the bot in the terminal, offline."""
    from bot.console import run_console

    database = args.database or os.environ.get("DATABASE_URL") or CONSOLE_DATABASE
    return run_console(database_url=database, files=Path(args.files))


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot`."""
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] == "parse":
        from bot.parsing.cli import main as parse_main

        status: int = parse_main(argv[1:])
        return status
    parser = argparse.ArgumentParser(prog="python -m bot", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    run = sub.add_parser("run", help="run the bot (needs BOT_TOKEN)")
    run.add_argument(
        "--set-webhook", action="store_true", help="webhook mode: register WEBHOOK_URL first"
    )
    run.set_defaults(func=cmd_run)
    sub.add_parser(
        "set-webhook", help="register WEBHOOK_URL and WEBHOOK_SECRET with Telegram"
    ).set_defaults(func=cmd_set_webhook)
    sub.add_parser("migrate", help="apply database migrations").set_defaults(func=cmd_migrate)
    sub.add_parser("content-check", help="validate content/").set_defaults(func=cmd_content_check)
    copy = sub.add_parser(
        "copy-db",
        help="copy every row to another database (stop the bot first)",
        description="Copy every table, ids kept, into a migrated target; refuses a target that "
        "holds rows unless --force (which deletes them first, in the same transaction).",
    )
    copy.add_argument("--from", dest="source", required=True, help="source database URL")
    copy.add_argument("--to", dest="target", required=True, help="target database URL")
    copy.add_argument("--force", action="store_true", help="delete the target's rows first")
    copy.set_defaults(func=cmd_copy_db)
    sub.add_parser(
        "healthcheck", help="exit 0 when the bot (or its database) answers, else 1"
    ).set_defaults(func=cmd_healthcheck)
    console = sub.add_parser("console", help="chat with the bot offline in this terminal")
    console.add_argument(
        "--database",
        default=None,
        help="database URL (default: $DATABASE_URL if set, else data/console.db)",
    )
    console.add_argument(
        "--files", default="data/console-files", help="where files the bot sends are saved"
    )
    console.set_defaults(func=cmd_console)
    sub.add_parser("parse", help="parse a cramp message: parse [--now ISO] [--tz ZONE] TEXT")
    args = parser.parse_args(argv)
    result: int = args.func(args)
    return result


if __name__ == "__main__":
    raise SystemExit(main())
