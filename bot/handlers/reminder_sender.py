"""The Telegram side of the dispatcher: renders a reminder and maps Bot API errors to policies."""

from __future__ import annotations

from telegram.error import TelegramError

from bot.content.loader import Content
from bot.context import CrampBot, own_pace
from bot.handlers.telegram_errors import classify
from bot.reminders.ledger import Outgoing
from bot.views.keyboards import markup_of
from bot.views.reminders import reminder_message


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

    async def probe(self) -> None:
        """getMe, the cheapest call: does Telegram answer (the dispatcher's outage probe)?"""
        try:
            with own_pace():
                await self.bot.get_me()
        except TelegramError as error:
            raise classify(error) from error
