"""The Telegram side of the dispatcher: renders a reminder and maps Bot API errors to policies."""

from __future__ import annotations

from datetime import timedelta

from telegram import Bot
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TelegramError

from bot.content.loader import Content
from bot.reminders.dispatcher import Outgoing
from bot.reminders.errors import (
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TransientSendError,
)
from bot.views.keyboards import markup_of
from bot.views.reminders import reminder_message


def retry_seconds(error: RetryAfter) -> float:
    """Telegram's flood wait in seconds (a timedelta under PTB_TIMEDELTA, else a number)."""
    value = error.retry_after
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


class TelegramSender:
    """Sends one reminder message through the bot; raises bot.reminders.errors."""

    def __init__(self, bot: Bot, content: Content) -> None:
        self.bot = bot
        self.content = content

    async def send(self, delivery: Outgoing) -> int:
        """Send the reminder to the user's private chat and return the message id."""
        screen = reminder_message(self.content, delivery)
        try:
            message = await self.bot.send_message(
                delivery.user_id, screen.text, parse_mode=ParseMode.HTML,
                reply_markup=markup_of(screen),
            )  # fmt: skip
        except RetryAfter as error:
            raise RetryLater(retry_seconds(error)) from error
        except Forbidden as error:
            raise RecipientBlocked(str(error)) from error
        except BadRequest as error:  # a subclass of NetworkError: test it first
            raise PermanentSendError(str(error)) from error
        except NetworkError as error:  # TimedOut, 5xx, connection errors
            raise TransientSendError(str(error)) from error
        except TelegramError as error:  # ChatMigrated, InvalidToken, Conflict...
            raise PermanentSendError(str(error)) from error
        return message.message_id
