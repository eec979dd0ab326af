"""The Bot API transport: PTB's HTTPXRequest, each answer checked before PTB reads it.

Through `do_request`, the documented extension point of PTB's request classes:

- **Garbage is an error, never a success.** A proxy's HTML page, a truncated JSON body or a 2xx
  answer that is not a Bot API success (`{"ok": false}`, no `result`) would reach PTB as a
  parsing error, a `KeyError` or, worse, as if sent. Such a 2xx answer becomes a 502 with a
  Bot API error body, and an error answer that is not JSON keeps its status with one; PTB
  then raises a NetworkError, which the reminder dispatcher treats as transient (retried
  within grace, never recorded as sent). The body is never quoted: it may echo a message.
- **A 401 stops the bot.** Telegram answers 401 to every call once the token was revoked:
  `on_rejected` is told (the application stops and exits with one clear line), instead of
  polling, replying and sending reminders in vain.

Only Bot API calls (POST) are checked; file downloads (GET) pass as they are.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from http import HTTPStatus
from typing import Any

from telegram.request import HTTPXRequest, RequestData

DEFAULT: Any = HTTPXRequest.DEFAULT_NONE  # PTB's "use the default timeout" marker


def _error_body(code: int, what: str) -> bytes:
    try:
        phrase = HTTPStatus(code).phrase
    except ValueError:
        phrase = "HTTP error"
    body = {"ok": False, "error_code": code, "description": f"{phrase}: {what}"}
    return json.dumps(body).encode()


def checked(code: int, payload: bytes) -> tuple[int, bytes]:
    """The (status, body) PTB should see for an answer of the Bot API (see the module)."""
    try:
        body = json.loads(payload)
    except ValueError:  # not JSON (UnicodeDecodeError is a ValueError too)
        body = None
    success = HTTPStatus.OK <= code < HTTPStatus.MULTIPLE_CHOICES
    if not isinstance(body, dict):
        if success:
            return HTTPStatus.BAD_GATEWAY, _error_body(502, "the answer was not Bot API JSON")
        return code, _error_body(code, "the answer was not Bot API JSON")
    if success and (body.get("ok") is not True or "result" not in body):
        return HTTPStatus.BAD_GATEWAY, _error_body(502, "a success status without a result")
    return code, payload


class CheckedRequest(HTTPXRequest):
    """HTTPXRequest whose answers are checked (`checked`), telling `on_rejected` of a 401."""

    def __init__(
        self, *args: Any, on_rejected: Callable[[], None] | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.on_rejected = on_rejected

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = DEFAULT,
        write_timeout: Any = DEFAULT,
        connect_timeout: Any = DEFAULT,
        pool_timeout: Any = DEFAULT,
    ) -> tuple[int, bytes]:
        code, payload = await super().do_request(
            url, method, request_data, read_timeout=read_timeout, write_timeout=write_timeout,
            connect_timeout=connect_timeout, pool_timeout=pool_timeout,
        )  # fmt: skip
        if code == HTTPStatus.UNAUTHORIZED and self.on_rejected is not None:
            self.on_rejected()
        if method != "POST":
            return code, payload
        return checked(code, payload)
