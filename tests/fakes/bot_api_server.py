"""A fake Telegram Bot API HTTP server over the offline Engine, for end-to-end tests."""

from __future__ import annotations

import json
import threading
import time
from email.parser import BytesParser
from email.policy import HTTP
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from types import TracebackType
from typing import Any
from urllib.parse import parse_qsl, unquote, urlsplit

from bot.offline.engine import Call, Engine, Predicate
from bot.offline.state import Upload

Files = dict[str, Upload]


def parse_body(content_type: str, body: bytes) -> tuple[dict[str, Any], Files]:
    """Decode a JSON, form-urlencoded or multipart request body into params and files."""
    kind = content_type.split(";", 1)[0].strip().lower()
    if not body:
        return {}, {}
    if kind == "application/json":
        decoded = json.loads(body)
        return (decoded if isinstance(decoded, dict) else {}), {}
    if kind == "multipart/form-data":
        head = f"Content-Type: {content_type}\r\n\r\n".encode()
        message = BytesParser(policy=HTTP).parsebytes(head + body)
        params: dict[str, Any] = {}
        files: Files = {}
        for part in message.iter_parts():
            name = str(part.get_param("name", header="content-disposition") or "")
            data = part.get_payload(decode=True) or b""
            assert isinstance(data, bytes)
            filename = part.get_filename()
            if filename is None:
                params[name] = data.decode("utf-8")
            else:
                files[name] = Upload(filename, len(data), part.get_content_type(), data)
        return params, files
    return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True)), {}


class _Handler(BaseHTTPRequestHandler):
    """Serves ``/bot<token>/<method>`` and ``/file/bot<token>/<path>``."""

    server: _Server

    def log_message(self, format: str, *args: Any) -> None:
        """Stay quiet."""

    def do_GET(self) -> None:
        """GET: Bot API method with query parameters, or a file download."""
        self._handle()

    def do_POST(self) -> None:
        """POST: Bot API method with a JSON, form or multipart body."""
        self._handle()

    def _send(self, status: int, payload: bytes, content_type: str = "application/json") -> None:
        """Write a response, ignoring clients that already gave up."""
        try:
            self.send_response(status)
            self.send_header("Content-Type", content_type)
            self.send_header("Content-Length", str(len(payload)))
            self.end_headers()
            self.wfile.write(payload)
        except (BrokenPipeError, ConnectionResetError):
            pass

    def _error(self, status: int, description: str) -> None:
        """Write a Telegram-style error body."""
        body = {"ok": False, "error_code": status, "description": description}
        self._send(status, json.dumps(body).encode())

    def _handle(self) -> None:
        """Route, decode, long-poll, apply injected delays and answer."""
        engine, stop = self.server.engine, self.server.stop
        url = urlsplit(self.path)
        path = unquote(url.path)
        if path.startswith("/file/bot"):
            token, _, file_path = path.removeprefix("/file/bot").partition("/")
            content = engine.file_content(file_path) if engine.check_token(token) else None
            if content is None:
                self._error(404, "Not Found")
            else:
                self._send(200, content, "application/octet-stream")
            return
        token, _, method = path.removeprefix("/bot").partition("/")
        if not path.startswith("/bot") or not method or "/" in method:
            self._error(404, "Not Found")
            return
        if not engine.check_token(token):
            self._error(401, "Unauthorized")
            return
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        try:
            params, files = parse_body(self.headers.get("Content-Type", ""), body)
        except (ValueError, UnicodeDecodeError):
            self._error(400, "Bad Request: can't parse request body")
            return
        params = {**dict(parse_qsl(url.query, keep_blank_values=True)), **params}
        self.server.arrivals.append((method, time.monotonic()))
        if method.lower() == "getupdates":
            try:
                offset, wait_s = int(params.get("offset") or 0), float(params.get("timeout") or 0)
            except ValueError:
                offset, wait_s = 0, 0.0
            if wait_s > 0:
                engine.wait_updates(offset, wait_s, stop)
        reply = engine.call(method, params, files)
        if reply.delay_s and stop.wait(reply.delay_s):
            return  # server stopping: drop the request like a dying server would
        self._send(reply.status, reply.payload)


class _Server(ThreadingHTTPServer):
    """ThreadingHTTPServer carrying the engine and a stop flag for its handlers."""

    daemon_threads = True

    def __init__(self, address: tuple[str, int], engine: Engine) -> None:
        """Bind to ``address`` and serve ``engine``."""
        super().__init__(address, _Handler)
        self.engine = engine
        self.stop = threading.Event()
        self.arrivals: list[tuple[str, float]] = []  # (method, when the request came in)


class FakeBotApiServer:
    """A local Bot API: pass ``base_url`` as TELEGRAM_API_BASE_URL (or Bot(base_url=...))."""

    def __init__(self, engine: Engine | None = None, host: str = "127.0.0.1", port: int = 0):
        """Create (not start) a server for ``engine`` (a fresh Engine by default)."""
        self.engine = engine or Engine()
        self._host, self._port = host, port
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None

    @property
    def port(self) -> int:
        """The bound port (after start)."""
        if self._server is None:
            raise RuntimeError("server not started")
        return int(self._server.server_address[1])

    @property
    def base_url(self) -> str:
        """Bot API base URL; PTB appends the token, e.g. ``http://127.0.0.1:PORT/bot``."""
        return f"http://{self._host}:{self.port}/bot"

    @property
    def file_base_url(self) -> str:
        """File download base URL; PTB appends the token."""
        return f"http://{self._host}:{self.port}/file/bot"

    def arrived_since(self, method: str, since: float) -> float | None:
        """When the first `method` request arrived after `since` (time.monotonic), or None."""
        arrivals = self._server.arrivals if self._server is not None else []
        return next((t for m, t in list(arrivals) if m == method and t >= since), None)

    def start(self) -> FakeBotApiServer:
        """Bind and serve in a background thread."""
        self._server = _Server((self._host, self._port), self.engine)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Wake long polls and delays, stop serving and close the socket."""
        if self._server is None:
            return
        self._server.stop.set()
        self._server.shutdown()
        self._server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._server = None

    def __enter__(self) -> FakeBotApiServer:
        """Start on entering a ``with`` block."""
        return self.start()

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        """Stop on leaving a ``with`` block."""
        self.stop()

    def wait_for(self, predicate: Predicate, timeout: float = 10.0) -> list[Call]:
        """Block until ``predicate(calls)`` holds (the bot replied); AssertionError on timeout."""
        return self.engine.wait_for(predicate, timeout)
