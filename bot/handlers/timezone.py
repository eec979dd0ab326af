"""Setting the user's time zone: /timezone NAME, a shared location, or "it is 14:05 here"."""

from __future__ import annotations

from datetime import time

from telegram import Update

from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import (
    command_args,
    edit_or_reply,
    expired,
    pressed,
    reply,
    transaction,
)
from bot.handlers.reminder_wake import wake
from bot.parsing.clock_time import parse_local_time
from bot.services import account
from bot.services.timezones import (
    valid_zone,
    zone_from_location,
    zones_for_local_time,
    zones_for_place,
)
from bot.views.keyboards import markup_of
from bot.views.timezone import TimezoneData, place_choices, zone_choices, zone_set


async def set_zone(update: Update, context: BotContext, zone: str) -> None:
    """Store `zone` for the user, move their reminders, and confirm."""
    tg_user = update.effective_user
    assert tg_user is not None
    now = context.clock.now()
    async with transaction(context) as session:
        result = await account.set_zone(
            session, user_id=tg_user.id, zone=zone, now=now,
            hooks=context.bot_data.timezone_hooks,
        )  # fmt: skip
    context.bot_data.users.forget(tg_user.id)
    if result.moved:  # once committed, the dispatcher wakes for the moved reminders
        await wake(context)
    await edit_or_reply(
        update, context, zone_set(context.content, zone, now=now, moved=result.moved)
    )


async def timezone_command(update: Update, context: BotContext) -> None:
    """Set the time zone from `/timezone Area/City`, or explain the form."""
    value = command_args(context)
    if not value:
        await reply(update, context, context.content.text("timezone.usage"))
        return
    zone = valid_zone(value)
    if zone is not None:
        await set_zone(update, context, zone)
        return
    places = zones_for_place(value)
    if not places:
        await reply(update, context, context.content.text("timezone.invalid", value=value[:64]))
        return
    screen = place_choices(context.content, places, value[:64], now=context.clock.now())
    await reply(update, context, screen.text, markup_of(screen))


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
    now = context.clock.now()
    screen = zone_choices(context.content, zones_for_local_time(now, local), local, now=now)
    await reply(update, context, screen.text, markup_of(screen))


async def maybe_local_time(update: Update, context: BotContext, text: str) -> bool:
    """Text-router hook: handle "it is 14:05 here"; True when it was that."""
    local = parse_local_time(text)
    if local is None:
        return False
    await offer_zones_for_time(update, context, local)
    return True


@button
async def zone_button(update: Update, context: BotContext) -> None:
    """Set the zone picked from the offered buttons; "another zone" explains /timezone."""
    query = await pressed(update, context)
    if query is None:
        return
    data = TimezoneData.unpack(query.data)
    name = data.name if data is not None else None
    zone = valid_zone(name) if name is not None else None
    if data is None or (name is not None and zone is None):
        await expired(query, context)
        return
    await query.answer()
    if zone is None:
        await edit_or_reply(update, context, context.content.text("timezone.usage"))
        return
    await set_zone(update, context, zone)
