"""TelegramSender maps each Bot API error to the dispatcher's policy."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.content.loader import load_content
from bot.reminders.dispatcher import Outgoing
from bot.reminders.errors import (
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    SendError,
    TransientSendError,
)
from bot.reminders.sender import TelegramSender

OUTGOING = Outgoing(7, 3, 4242, "checkup", "<b>x</b>", datetime(2026, 11, 20, tzinfo=UTC))


class RaisingBot:
    def __init__(self, error: Exception) -> None:
        self.error = error

    async def send_message(self, *args: Any, **kwargs: Any) -> Any:
        raise self.error


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (RetryAfter(timedelta(seconds=12)), RetryLater),
        (TimedOut(), TransientSendError),
        (NetworkError("Bad Gateway"), TransientSendError),
        (Forbidden("Forbidden: bot was blocked by the user"), RecipientBlocked),
        (BadRequest("Bad Request: chat not found"), PermanentSendError),
    ],
)
async def test_errors_map_to_policies(error: Exception, expected: type[SendError]) -> None:
    sender = TelegramSender(RaisingBot(error), load_content())  # type: ignore[arg-type]
    with pytest.raises(expected) as caught:
        await sender.send(OUTGOING)
    if isinstance(caught.value, RetryLater):
        assert caught.value.retry_after_s == 12.0
