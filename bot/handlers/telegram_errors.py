"""The one reading of Telegram's errors: a metrics label, and what a failed send means.

`code_of` labels an error for the metrics (its HTTP code, or timeout / network / other);
`classify` turns it into the domain's send errors (`bot.reminders.errors`), which the reminder
dispatcher's policy and the /admin notice act on: wait and retry, the user has blocked the
bot, the message may or may not have arrived, or it cannot be sent.
"""

from __future__ import annotations

from datetime import timedelta

import httpx
from telegram.error import (
    BadRequest,
    Conflict,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)

from bot.reminders.errors import (
    AmbiguousSendError,
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TokenRejected,
    TransientSendError,
)

_ERROR_CODES: tuple[tuple[type[TelegramError], str], ...] = (
    (RetryAfter, "429"), (InvalidToken, "401"), (Forbidden, "403"), (Conflict, "409"),
    (BadRequest, "400"), (TimedOut, "timeout"), (NetworkError, "network"),
)  # fmt: skip


def code_of(error: TelegramError) -> str:
    """The label of a Bot API error: its HTTP code, or timeout / network / other."""
    return next((code for kind, code in _ERROR_CODES if isinstance(error, kind)), "other")


# httpx errors raised before any byte of the request was written: Telegram cannot have it.
_NOT_WRITTEN = (httpx.ConnectError, httpx.ConnectTimeout, httpx.PoolTimeout)


def classify(error: TelegramError) -> Exception:
    """The domain error for a Bot API error. Order matters: BadRequest and TimedOut are
    subclasses of NetworkError.

    - InvalidToken (401): the token was revoked -> TokenRejected (nothing can be sent)
    - RetryAfter (429): refused, wait as told -> RetryLater
    - Forbidden (403): blocked or deactivated -> RecipientBlocked
    - BadRequest (400) and the other TelegramErrors -> PermanentSendError
    - TimedOut: after a read or write timeout Telegram may have the message ->
      AmbiguousSendError; a connect or pool timeout never wrote it -> TransientSendError
    - NetworkError caused by an httpx error: a connection error (refused, DNS, TLS) never wrote
      the request -> TransientSendError; a dropped connection after writing (ReadError,
      RemoteProtocolError, WriteError...) -> AmbiguousSendError
    - NetworkError without an httpx cause: an HTTP 5xx answer -> TransientSendError; so is
      one whose body was not Bot API JSON (HTML from a proxy: PTB's parsing error is the
      cause) and a 2xx answer that was not a Bot API success (`bot.telegram_request`)
    """
    cause = error.__cause__
    if isinstance(error, InvalidToken):
        return TokenRejected(type(error).__name__)  # its message may carry the token
    if isinstance(error, RetryAfter):
        return RetryLater(retry_seconds(error))
    if isinstance(error, Forbidden):
        return RecipientBlocked(str(error))
    if isinstance(error, BadRequest):
        return PermanentSendError(str(error))
    if type(error) is TelegramError and isinstance(cause, ValueError):
        return TransientSendError("invalid server response")  # a 2xx body that is not JSON
    if isinstance(error, TimedOut | NetworkError):
        if isinstance(cause, (*_NOT_WRITTEN, TelegramError)):  # never written, or garbage
            return TransientSendError(type(error).__name__)
        if isinstance(error, TimedOut) or isinstance(cause, Exception):
            return AmbiguousSendError(str(error) or type(error).__name__)
        return TransientSendError(str(error))
    return PermanentSendError(str(error))


def retry_seconds(error: RetryAfter) -> float:
    """Telegram's flood wait in seconds (a timedelta under PTB_TIMEDELTA, else a number)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)
