"""Per-user flood control (`services.flood.FloodGate`): a burst from one user is slowed for
that user only. An update beyond the user's budget is not handled: the first one of a flood
gets one short notice (a button press gets it as its pop-up, so no spinner stays), the rest
are dropped until the budget refills.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.context import BotContext
from bot.handlers.common import reply


async def throttle(update: Update, context: BotContext) -> None:
    """Group -2 handler: stop an update of a user who is flooding the bot."""
    user = update.effective_user
    if user is None:
        return
    admitted, notice = context.bot_data.flood.admit(user.id, context.clock.now())
    if admitted:
        return
    if notice:
        text = context.content.label("common.slow_down")
        if update.callback_query is not None:
            await update.callback_query.answer(text)
        elif update.effective_chat is not None and update.effective_message is not None:
            await reply(update, context, context.content.text("common.slow_down"))
    elif update.callback_query is not None:
        await update.callback_query.answer()
    raise ApplicationHandlerStop
