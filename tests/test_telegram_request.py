"""The Bot API transport (`bot.telegram_request`): garbage is an error, a 401 stops the bot.

PTB's own HTTPXRequest underneath, on an httpx MockTransport: no network.
"""

from __future__ import annotations

import json
from collections.abc import Callable

import httpx
import pytest
from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError

from bot.handlers.telegram_errors import classify
from bot.reminders.errors import TokenRejected, TransientSendError
from bot.telegram_request import CheckedRequest, checked

TOKEN = "123:ABC"
ME = {"id": 123, "is_bot": True, "first_name": "Cramp Bot", "username": "cramp_test_bot"}
SENT = {"message_id": 5, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "hi"}

Answer = Callable[[httpx.Request], httpx.Response]


def answering(send: Answer) -> Answer:
    """getMe answers normally (the bot's initialize); sendMessage as `send` says."""

    def handler(request: httpx.Request) -> httpx.Response:
        if request.url.path.endswith("/getMe"):
            return httpx.Response(200, json={"ok": True, "result": ME})
        return send(request)

    return handler


async def send_with(send: Answer, **kw: object) -> object:
    transport = httpx.MockTransport(answering(send))
    request = CheckedRequest(httpx_kwargs={"transport": transport}, **kw)  # type: ignore[arg-type]
    async with Bot(TOKEN, request=request) as bot:
        return await bot.send_message(7, "hi")


def page(status: int, body: bytes, kind: str = "text/html") -> Answer:
    return lambda _r: httpx.Response(status, content=body, headers={"content-type": kind})


GARBAGE = {
    "html from a proxy, 200": page(200, b"<html><body>502 Bad Gateway</body></html>"),
    "html from a proxy, 502": page(502, b"<html><body>nginx</body></html>"),
    "truncated json, 200": page(200, b'{"ok": true, "result": {"message_id": 5, "da', "json"),
    "ok false, 200": page(200, b'{"ok": false}', "application/json"),
    "ok true without a result": page(200, b'{"ok": true}', "application/json"),
    "json but not an object": page(200, b'["ok"]', "application/json"),
}


@pytest.mark.parametrize("answer", GARBAGE.values(), ids=list(GARBAGE))
async def test_garbage_is_a_transient_failure_never_a_send(answer: Answer) -> None:
    with pytest.raises(TelegramError) as caught:
        await send_with(answer)
    assert isinstance(caught.value, NetworkError)
    assert isinstance(classify(caught.value), TransientSendError)
    assert "html" not in str(caught.value).lower()  # the body is never quoted


async def test_a_good_answer_passes_unchanged() -> None:
    sent = await send_with(lambda _r: httpx.Response(200, json={"ok": True, "result": SENT}))
    assert sent.message_id == 5  # type: ignore[attr-defined]


async def test_telegram_errors_keep_their_meaning() -> None:
    flood = {"ok": False, "error_code": 429, "description": "Too Many Requests: retry after 3",
             "parameters": {"retry_after": 3}}  # fmt: skip
    with pytest.raises(TelegramError) as caught:
        await send_with(lambda _r: httpx.Response(429, json=flood))
    assert "retry" in type(caught.value).__name__.lower()  # RetryAfter, its wait intact


async def test_a_401_tells_the_application_and_means_the_token_was_rejected() -> None:
    told: list[bool] = []

    def unauthorized(_r: httpx.Request) -> httpx.Response:
        return httpx.Response(401, json={"ok": False, "error_code": 401,
                                         "description": "Unauthorized"})  # fmt: skip

    with pytest.raises(InvalidToken) as caught:
        await send_with(unauthorized, on_rejected=lambda: told.append(True))
    assert told == [True]
    assert isinstance(classify(caught.value), TokenRejected)


def test_only_bot_api_answers_are_rewritten() -> None:
    body = json.dumps({"ok": True, "result": True}).encode()
    assert checked(200, body) == (200, body)
    status, rewritten = checked(200, b"\x89PNG")
    assert status == 502 and json.loads(rewritten)["ok"] is False
