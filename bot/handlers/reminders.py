"""/remind, /reminders, /quiet, one-tap reminders and the buttons on reminder messages."""

from __future__ import annotations

from typing import cast
from zoneinfo import ZoneInfo

from telegram import Message, Update

from bot.context import BotContext
from bot.db import users
from bot.handlers.common import (
    command_args,
    edit_or_reply,
    pressed,
    reply,
    transaction,
    user_zone,
)
from bot.parsing.remind_args import ArgsError, parse_quiet, parse_remind
from bot.reminders import repository
from bot.reminders.errors import ReminderLimitReached
from bot.reminders.schedule import ReminderSpec
from bot.services import reminders as service
from bot.views import reminders as views
from bot.views.keyboards import markup_of
from bot.views.screen import Screen


async def remind_menu(update: Update, context: BotContext) -> None:
    """Show the /remind menu: one-tap defaults per kind and the typed forms."""
    screen = views.remind_menu(context.content)
    await reply(update, context, screen.text, markup_of(screen))


async def remind_command(update: Update, context: BotContext) -> None:
    """Create a reminder from `/remind <kind> ...`, or open the menu when no arguments."""
    tg_user = update.effective_user
    args = command_args(context)
    if tg_user is None:
        return
    if not args:
        await remind_menu(update, context)
        return
    now, default_zone = context.clock.now(), context.settings.default_timezone
    async with transaction(context) as session:
        zone, _ = await users.zone_for(
            session, user_id=tg_user.id, now=now, default_zone=default_zone
        )
    parsed = parse_remind(args, zone=zone, now=now)
    if isinstance(parsed, ArgsError):
        await reply(update, context, views.error_text(context.content, parsed.code))
        return
    await create_and_confirm(
        update, context, parsed.spec, crosses_midnight=parsed.crosses_midnight
    )


async def create_and_confirm(
    update: Update, context: BotContext, spec: ReminderSpec, *, crosses_midnight: bool = False
) -> None:
    """Store the reminder and say when it comes next, in the user's local time."""
    tg_user = update.effective_user
    assert tg_user is not None
    content = context.content
    try:
        async with transaction(context) as session:
            created = await service.create(
                session, user_id=tg_user.id, spec=spec, now=context.clock.now(),
                default_zone=context.settings.default_timezone,
            )  # fmt: skip
    except ReminderLimitReached as exc:
        await reply(update, context, views.limit_text(content, exc.limit))
        return
    text = views.created(
        content, created.reminder, default_zone=created.zone_is_default,
        crosses_midnight=crosses_midnight,
    )  # fmt: skip
    await reply(update, context, text)


async def new_button(update: Update, context: BotContext) -> None:
    """`rem:new:<kind>` (the /remind menu, the cause finder): set that kind with its defaults."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    kind = (query.data or "").removeprefix("rem:new:")
    now, default_zone = context.clock.now(), context.settings.default_timezone
    async with transaction(context) as session:
        zone, _ = await users.zone_for(
            session, user_id=query.from_user.id, now=now, default_zone=default_zone
        )
    spec = service.default_spec(kind, today=now.astimezone(ZoneInfo(zone)).date())
    if spec is None:
        await query.answer(content.label("common.expired"))
        return
    await query.answer()
    await create_and_confirm(update, context, spec, crosses_midnight=spec.crosses_midnight)


async def soon_button(update: Update, context: BotContext) -> None:
    """`rem:soon:<hour>` (the check-up offer): a one-off check-up reminder tomorrow at hour."""
    query = await pressed(update, context)
    if query is None:
        return
    hour = (query.data or "").removeprefix("rem:soon:")
    now = context.clock.now()
    zone = await user_zone(context, query.from_user.id, now)
    today = now.astimezone(zone).date()
    spec = service.checkup_soon_spec(int(hour), today=today) if hour.isdigit() else None
    if spec is None:
        await query.answer(context.content.label("common.expired"))
        return
    await query.answer()
    await edit_or_reply(update, context, context.content.text("cramps.checkup_offer_taken"))
    await create_and_confirm(update, context, spec)


async def list_command(update: Update, context: BotContext) -> None:
    """List the user's reminders with pause / resume / delete buttons."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    screen = await _list_screen(context, tg_user.id)
    await reply(update, context, screen.text, markup_of(screen))


async def _list_screen(context: BotContext, user_id: int) -> Screen:
    async with transaction(context) as session:
        user = await users.ensure_user(session, user_id=user_id, now=context.clock.now())
        found = await repository.list_for_user(session, user_id=user_id)
    return views.reminder_list(context.content, found, quiet=repository.quiet_of(user))


async def list_button(update: Update, context: BotContext) -> None:
    """`rm:list` opens the list; `rm:<id>:pause|resume|delete` changes one and redraws it."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    parts = (query.data or "").split(":")
    user_id = query.from_user.id
    if parts == ["rm", "list"]:
        await query.answer()
        await list_command(update, context)
        return
    if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in service.CHANGES:
        await query.answer(content.label("common.expired"))
        return
    async with transaction(context) as session:
        changed = await service.change(
            session, user_id=user_id, reminder_id=int(parts[1]), action=parts[2],
            now=context.clock.now(),
        )  # fmt: skip
    done_key = {"pause": "paused", "resume": "resumed", "delete": "deleted"}[parts[2]]
    key = f"reminders.{done_key}" if changed else "common.expired"
    await query.answer(content.label(key))
    screen = await _list_screen(context, user_id)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def quiet_command(update: Update, context: BotContext) -> None:
    """Set quiet hours from `/quiet 22:30-07:30`, clear them with `/quiet off`."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    content, now = context.content, context.clock.now()
    parsed = parse_quiet(command_args(context))
    if isinstance(parsed, ArgsError):
        async with transaction(context) as session:
            user = await users.ensure_user(session, user_id=tg_user.id, now=now)
        await reply(update, context, views.quiet_usage(content, repository.quiet_of(user)))
        return
    async with transaction(context) as session:
        moved = await service.set_quiet(session, user_id=tg_user.id, hours=parsed.hours, now=now)
    text = views.quiet_set(
        content, parsed.hours, crosses_midnight=parsed.crosses_midnight, moved=moved
    )
    await reply(update, context, text)


async def delivery_button(update: Update, context: BotContext) -> None:
    """Done / Snooze / Skip today / Stop on a reminder message (`rd:<delivery_id>:<action>`)."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    parts = (query.data or "").split(":")
    if len(parts) != 3 or not parts[1].isdigit() or parts[2] not in repository.ACTIONS:
        await query.answer(content.label("reminders.acted_unknown"))
        return
    action = parts[2]
    async with transaction(context) as session:
        result = await repository.record_action(
            session, delivery_id=int(parts[1]), user_id=query.from_user.id,
            action=cast(repository.Action, action), now=context.clock.now(),
        )  # fmt: skip
    if result.status == "not_yours":
        await query.answer(content.label("common.not_yours"))
        return
    key = f"acted_{action}" if result.ok else f"acted_{result.status}"
    await query.answer(content.label(f"reminders.{key}"), show_alert=not result.ok)
    if result.status in ("ok", "already", "expired", "unknown") and isinstance(
        query.message, Message
    ):
        await query.message.edit_reply_markup(reply_markup=None)
