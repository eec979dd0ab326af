"""/now and the "🦵 Cramp now" button under the chat: a cramp logged in one tap, no question
in the night; its card comes after the user's next message (`ask_details`)."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import reply, transaction, user_zone
from bot.handlers.cramp_log import send_card
from bot.services import cramp_now
from bot.views import cramps as views


async def log_now(update: Update, context: BotContext) -> None:
    """Store a cramp at this moment and say so in one line; the button stays under the chat."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    zone = await user_zone(context, user.id, now)
    async with transaction(context) as session:
        await cramp_now.log_now(session, user_id=user.id, now=now)
    time = now.astimezone(zone).strftime("%H:%M")
    text = context.content.text("cramps.now_logged", time=time)
    await reply(update, context, text, views.now_keys(context.content))


async def maybe_button(update: Update, context: BotContext, text: str) -> bool:
    """The "🦵 Cramp now" button under the chat sends its label as a message: log it."""
    if text.strip() != context.content.label("cramps.now_button"):
        return False
    await log_now(update, context)
    return True


async def ask_details(update: Update, context: BotContext, *, by_checkin: bool = False) -> None:
    """After the next message, or the morning check-in's answer (`by_checkin`): the card of
    the cramp logged in one tap, to fill in by taps."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    async with transaction(context) as session:
        cramp = await cramp_now.to_ask(session, user_id=user.id, now=now, by_checkin=by_checkin)
    if cramp is None:
        return
    zone = await user_zone(context, user.id, now)
    time = cramp.occurred_at.astimezone(zone).strftime("%H:%M")
    note = context.content.text("cramps.now_details", time=time)
    screen = views.card(context.content, cramp, now=now, zone=zone, note=note)
    await send_card(update, context, screen, user_id=user.id, cramp_id=cramp.id)
