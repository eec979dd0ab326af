"""TelegramSender maps each Bot API error to the dispatcher's policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
import pytest
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.content.loader import load_content
from bot.handlers.reminder_sender import TelegramSender
from bot.reminders.dispatcher import Outgoing
from bot.reminders.errors import (
    AmbiguousSendError,
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    SendError,
    TokenRejected,
    TransientSendError,
)

OUTGOING = Outgoing(7, 3, 4242, "checkup", "<b>x</b>", datetime(2026, 11, 20, tzinfo=UTC))


class RaisingBot:
    def __init__(self, error: Exception) -> None:
        self.error = error

    async def send_html(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error


def caused(error: TelegramError, cause: BaseException) -> TelegramError:
    """The error as PTB raises it from an httpx error (`raise ... from err`)."""
    error.__cause__ = cause
    return error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RetryAfter(timedelta(seconds=12)), RetryLater),
        # a read or write timeout: Telegram may have the message
        (TimedOut(), AmbiguousSendError),
        (caused(TimedOut(), httpx.ReadTimeout("read")), AmbiguousSendError),
        (caused(TimedOut(), httpx.WriteTimeout("write")), AmbiguousSendError),
        # never written: safe to retry
        (caused(TimedOut(), httpx.ConnectTimeout("connect")), TransientSendError),
        (caused(TimedOut("Pool timeout"), httpx.PoolTimeout("pool")), TransientSendError),
        (
            caused(NetworkError("httpx.ConnectError"), httpx.ConnectError("refused")),
            TransientSendError,
        ),
        # the connection dropped after the request was written
        (caused(NetworkError("httpx.ReadError"), httpx.ReadError("reset")), AmbiguousSendError),
        (
            caused(NetworkError("httpx.RemoteProtocolError"), httpx.RemoteProtocolError("eof")),
            AmbiguousSendError,
        ),
        # an HTTP answer: 5xx refused it
        (NetworkError("Bad Gateway"), TransientSendError),
        (NetworkError("Internal Server Error (500)"), TransientSendError),
        # garbage: an error page that is not JSON (PTB's parsing error is the cause), a 2xx
        # body that is not JSON: never sent, never a permanent failure
        (
            caused(NetworkError("Bad Gateway (502)"), TelegramError("Invalid server response")),
            TransientSendError,
        ),
        (caused(TelegramError("Invalid server response"), ValueError("json")), TransientSendError),
        # 401: the token was revoked
        (InvalidToken("Unauthorized"), TokenRejected),
        (Forbidden("Forbidden: bot was blocked by the user"), RecipientBlocked),
        (BadRequest("Bad Request: chat not found"), PermanentSendError),
        (ChatMigrated(42), PermanentSendError),
    ],
)
async def test_errors_map_to_policies(error: Exception, expected: type[SendError]) -> None:
    sender = TelegramSender(RaisingBot(error), load_content())  # type: ignore[arg-type]
    with pytest.raises(expected) as caught:
        await sender.send(OUTGOING)
    if isinstance(caught.value, RetryLater):
        assert caught.value.retry_after_s == 12.0
