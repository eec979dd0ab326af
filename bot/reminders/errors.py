"""Domain errors of reminders; the Telegram sender maps Bot API errors onto the send ones."""

from __future__ import annotations


class SendError(Exception):
    """A reminder message could not be sent."""


class RetryLater(SendError):
    """Telegram asked us to wait (flood control) before trying again."""

    def __init__(self, retry_after_s: float) -> None:
        super().__init__(f"retry after {retry_after_s} s")
        self.retry_after_s = retry_after_s


class TransientSendError(SendError):
    """The request was refused or never written (5xx, connection error): retry with backoff."""


class AmbiguousSendError(SendError):
    """The request was written but no answer came (read/write timeout, dropped connection):
    Telegram may have delivered the message. Resent only where the kind's policy allows."""


class RecipientBlocked(SendError):
    """The user blocked the bot (or deleted their account): stop sending to them."""


class TokenRejected(SendError):
    """Telegram answered 401: the bot's token was revoked or changed. Nothing can be sent until
    an operator sets a new one; the process stops (never the token in the message)."""


class PermanentSendError(SendError):
    """Retrying cannot help (bad request, chat not found...)."""


class ReminderLimitReached(Exception):
    """The user already has the maximum number of reminders."""

    def __init__(self, limit: int) -> None:
        super().__init__(f"at most {limit} reminders per user")
        self.limit = limit
