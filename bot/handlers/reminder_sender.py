"""The Telegram side of the dispatcher: renders a reminder and maps Bot API errors to policies."""

from __future__ import annotations

import logging
from dataclasses import replace

from telegram.error import TelegramError

from bot.content.html import Html
from bot.content.loader import Content
from bot.context import Composer, CrampBot, own_pace
from bot.handlers.telegram_errors import classify
from bot.reminders.ledger import Outgoing
from bot.views.keyboards import markup_of
from bot.views.reminders import late_line, reminder_message

log = logging.getLogger(__name__)


class TelegramSender:
    """Sends one reminder message through the bot; raises bot.reminders.errors.

    A kind whose message a feature writes (the morning check-in) is composed by its
    `composers` entry before the request, and that entry's `after_sent` runs once the message
    went out (its failure is logged: the message was sent all the same); one held back by an
    outage gets the same late line as the others. A composer that
    returns None has nothing to send (the weekly summary of an empty week): no request is
    made and `send` returns None, which the dispatcher records as `skipped`."""

    def __init__(
        self, bot: CrampBot, content: Content, composers: dict[str, Composer] | None = None
    ) -> None:
        self.bot = bot
        self.content = content
        self.composers = composers if composers is not None else {}

    async def send(self, delivery: Outgoing) -> int | None:
        """Send the reminder to the user's private chat and return the message id; None when
        its composer found nothing to send."""
        composer = self.composers.get(delivery.kind)
        after = None
        if composer is None:
            screen = reminder_message(self.content, delivery)
        else:
            composed = await composer(delivery)
            if composed is None:
                return None
            screen, after = composed.screen, composed.after_sent
            if (late := late_line(self.content, delivery)) is not None:  # as reminder_message
                screen = replace(screen, text=Html(f"{late}\n{screen.text}"))
        try:
            with own_pace():  # the dispatcher paces reminders: not in the replies' queue
                message_id = await self.bot.send_html(
                    delivery.user_id, screen.text, markup_of(screen)
                )
        except TelegramError as error:
            raise classify(error) from error
        if after is not None:
            try:
                await after()
            except Exception:
                log.exception("after sending reminder %s", delivery.delivery_id)
        return message_id

    async def probe(self) -> None:
        """getMe, the cheapest call: does Telegram answer (the dispatcher's outage probe)?"""
        try:
            with own_pace():
                await self.bot.get_me()
        except TelegramError as error:
            raise classify(error) from error
