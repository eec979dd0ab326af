"""Setting the user's time zone: /timezone NAME, a shared location, or "it is 14:05 here"."""

from __future__ import annotations

from datetime import time

from telegram import Update

from bot.content.html import join
from bot.context import BotContext
from bot.db import users
from bot.handlers.common import command_args, edit_or_reply, pressed, reply, transaction
from bot.parsing.clock_time import parse_local_time
from bot.services.timezones import (
    local_now,
    valid_zone,
    zone_from_location,
    zones_for_local_time,
)
from bot.views.keyboards import column


async def set_zone(update: Update, context: BotContext, zone: str) -> None:
    """Store `zone` for the user, move their reminders, and confirm."""
    tg_user = update.effective_user
    assert tg_user is not None
    now = context.clock.now()
    async with transaction(context) as session:
        user = await users.ensure_user(session, user_id=tg_user.id, now=now)
        await users.set_timezone(session, user=user, zone=zone)
        context.bot_data.users.forget(tg_user.id)
        moved = [await hook(session, user, now) for hook in context.bot_data.timezone_hooks]
    content = context.content
    text = content.text("timezone.set", zone=zone, local_time=f"{local_now(now, zone):%H:%M}")
    if any(moved):
        text = join([text, content.text("timezone.moved_reminders")])
    await edit_or_reply(update, context, text)


async def timezone_command(update: Update, context: BotContext) -> None:
    """Set the time zone from `/timezone Area/City`, or explain the form."""
    value = command_args(context)
    if not value:
        await reply(update, context, context.content.text("timezone.usage"))
        return
    zone = valid_zone(value)
    if zone is None:
        await reply(update, context, context.content.text("timezone.invalid", value=value[:64]))
        return
    await set_zone(update, context, zone)


async def location_message(update: Update, context: BotContext) -> None:
    """Set the time zone from a shared location."""
    message = update.effective_message
    if message is None or message.location is None:
        return
    zone = zone_from_location(message.location.latitude, message.location.longitude)
    if zone is None:
        await reply(update, context, context.content.text("timezone.from_location_failed"))
        return
    await set_zone(update, context, zone)


async def offer_zones_for_time(update: Update, context: BotContext, local: time) -> None:
    """Offer the zones whose clock shows the time the user told us."""
    zones = zones_for_local_time(context.clock.now(), local)
    content = context.content
    buttons = [(zone, f"tz:{zone}") for zone in zones]
    buttons.append((content.text("timezone.other_zone"), "tz:-"))
    text = content.text("timezone.pick_for_time", local_time=f"{local:%H:%M}")
    await reply(update, context, text, column(buttons))


async def maybe_local_time(update: Update, context: BotContext, text: str) -> bool:
    """Text-router hook: handle "it is 14:05 here"; True when it was that."""
    local = parse_local_time(text)
    if local is None:
        return False
    await offer_zones_for_time(update, context, local)
    return True


async def zone_button(update: Update, context: BotContext) -> None:
    """Set the zone picked from the offered buttons."""
    query = await pressed(update, context)
    if query is None:
        return
    await query.answer()
    value = (query.data or "").removeprefix("tz:")
    zone = valid_zone(value) if value != "-" else None
    if zone is None:
        await edit_or_reply(update, context, context.content.text("timezone.usage"))
        return
    await set_zone(update, context, zone)
