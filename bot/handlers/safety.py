"""Warning signs first: every text message is screened before anything else answers it."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import reply
from bot.parsing.warning_signs import warning_signs
from bot.views.cramps import red_flag_alert


async def warn(update: Update, context: BotContext, text: str) -> bool:
    """Send the level of care for any warning sign in `text`; True when one was sent."""
    alert = red_flag_alert(context.content, list(warning_signs(text)))
    if alert is None:
        return False
    await reply(update, context, alert)
    return True
