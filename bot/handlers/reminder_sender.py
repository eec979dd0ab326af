"""The Telegram side of the dispatcher: renders a reminder and maps Bot API errors to policies."""

from __future__ import annotations

from datetime import timedelta

import httpx
from telegram.error import (
    BadRequest,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.content.loader import Content
from bot.context import CrampBot, own_pace
from bot.reminders.errors import (
    AmbiguousSendError,
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TransientSendError,
)
from bot.reminders.ledger import Outgoing
from bot.views.keyboards import markup_of
from bot.views.reminders import reminder_message

# httpx errors raised before any byte of the request was written: Telegram cannot have it.
_NOT_WRITTEN = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def classify(error: TelegramError) -> Exception:
    """The domain error for a Bot API error. Order matters: BadRequest and TimedOut are
    subclasses of NetworkError.

    - RetryAfter (429): refused, wait as told -> RetryLater
    - Forbidden (403): blocked or deactivated -> RecipientBlocked
    - BadRequest (400) and the other TelegramErrors -> PermanentSendError
    - TimedOut: after a read or write timeout Telegram may have the message ->
      AmbiguousSendError; a connect or pool timeout never wrote it -> TransientSendError
    - NetworkError caused by an httpx error: a connection error (refused, DNS, TLS) never wrote
      the request -> TransientSendError; a dropped connection after writing (ReadError,
      RemoteProtocolError, WriteError...) -> AmbiguousSendError
    - NetworkError without an httpx cause: an HTTP 5xx answer -> TransientSendError
    """
    cause = error.__cause__
    if isinstance(error, RetryAfter):
        return RetryLater(retry_seconds(error))
    if isinstance(error, Forbidden):
        return RecipientBlocked(str(error))
    if isinstance(error, BadRequest):
        return PermanentSendError(str(error))
    if isinstance(error, TimedOut | NetworkError):
        if isinstance(cause, _NOT_WRITTEN):
            return TransientSendError(str(error))
        if isinstance(error, TimedOut) or isinstance(cause, Exception):
            return AmbiguousSendError(str(error) or type(error).__name__)
        return TransientSendError(str(error))
    return PermanentSendError(str(error))


def retry_seconds(error: RetryAfter) -> float:
    """Telegram's flood wait in seconds (a timedelta under PTB_TIMEDELTA, else a number)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSender:
    """Sends one reminder message through the bot; raises bot.reminders.errors."""

    def __init__(self, bot: CrampBot, content: Content) -> None:
        self.bot = bot
        self.content = content

    async def send(self, delivery: Outgoing) -> int:
        """Send the reminder to the user's private chat and return the message id."""
        screen = reminder_message(self.content, delivery)
        try:
            with own_pace():  # the dispatcher paces reminders: not in the replies' queue
                return await self.bot.send_html(delivery.user_id, screen.text, markup_of(screen))
        except TelegramError as error:
            raise classify(error) from error
