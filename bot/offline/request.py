"""PTB request backend that answers Bot API calls from an in-process Engine."""

from __future__ import annotations

import asyncio
from typing import Any
from urllib.parse import unquote, urlsplit

from telegram import Bot
from telegram.error import TimedOut
from telegram.request import BaseRequest, RequestData

from bot.offline.engine import Engine, threadsafe_setter
from bot.offline.state import Upload

UNAUTHORIZED = (401, b'{"ok":false,"error_code":401,"description":"Unauthorized"}')
FILE_NOT_FOUND = (404, b'{"ok":false,"error_code":404,"description":"Not Found"}')


def uploads(request_data: RequestData | None) -> dict[str, Upload]:
    """Decode PTB's multipart parts (bytes or file handles) into Uploads."""
    found: dict[str, Upload] = {}
    if request_data is None or not request_data.contains_files:
        return found
    for name, (filename, content, mime_type) in request_data.multipart_data.items():
        data = content if isinstance(content, bytes) else content.read()
        found[name] = Upload(filename or name, len(data), mime_type or None, data)
    return found


async def long_poll(engine: Engine, params: dict[str, Any]) -> None:
    """Wait up to ``params["timeout"]`` seconds for an update at ``params["offset"]``."""
    offset = int(params.get("offset") or 0)
    wait_s = float(params.get("timeout") or 0)
    if wait_s <= 0:
        return
    changed = asyncio.Event()
    unsubscribe = engine.subscribe(threadsafe_setter(changed))
    try:
        async with asyncio.timeout(wait_s):
            while not engine.has_updates(offset):
                await changed.wait()
                changed.clear()
    except TimeoutError:
        pass
    finally:
        unsubscribe()


class OfflineRequest(BaseRequest):
    """Routes ``<base_url>/bot<token>/<method>`` to ``engine`` without any network."""

    __slots__ = ("_engine", "_read_timeout")

    def __init__(self, engine: Engine, read_timeout: float | None = 5.0) -> None:
        """Serve from ``engine``; ``read_timeout`` bounds injected delays."""
        self._engine = engine
        self._read_timeout = read_timeout

    @property
    def engine(self) -> Engine:
        """The engine this request answers from."""
        return self._engine

    @property
    def read_timeout(self) -> float | None:
        """Default read timeout in seconds."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to tear down."""

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = BaseRequest.DEFAULT_NONE,  # float, None or PTB's default marker
        write_timeout: Any = BaseRequest.DEFAULT_NONE,  # float, None or PTB's default marker
        connect_timeout: Any = BaseRequest.DEFAULT_NONE,  # float, None or PTB's default marker
        pool_timeout: Any = BaseRequest.DEFAULT_NONE,  # float, None or PTB's default marker
    ) -> tuple[int, bytes]:
        """Answer one request: HTTP status and JSON payload, or raise TimedOut."""
        path = unquote(urlsplit(url).path)
        if "/file/bot" in path:
            token, _, file_path = path.split("/file/bot", 1)[1].partition("/")
            content = self._engine.file_content(file_path)
            if not self._engine.check_token(token):
                return UNAUTHORIZED
            return FILE_NOT_FOUND if content is None else (200, content)
        segments = path.rstrip("/").split("/")
        api_method = segments[-1]
        token = segments[-2] if len(segments) > 1 else ""
        if token.startswith("bot") and not self._engine.check_token(token.removeprefix("bot")):
            return UNAUTHORIZED
        params = dict(request_data.parameters) if request_data else {}
        if api_method.lower() == "getupdates":
            await long_poll(self._engine, params)
        reply = self._engine.call(api_method, params, uploads(request_data))
        limit = self._read_timeout if read_timeout is BaseRequest.DEFAULT_NONE else read_timeout
        if reply.timed_out:
            raise TimedOut
        if reply.delay_s:
            if limit is not None and reply.delay_s > limit:
                await asyncio.sleep(limit)
                raise TimedOut
            await asyncio.sleep(reply.delay_s)
        return reply.status, reply.payload


def offline_bot(engine: Engine, token: str | None = None) -> Bot:
    """A ``telegram.Bot`` whose requests AND getUpdates both go to ``engine``."""
    return Bot(
        token or engine.token,
        request=OfflineRequest(engine),
        get_updates_request=OfflineRequest(engine),
    )
