"""/remind, /reminders, /quiet, one-tap reminders and the buttons on reminder messages."""

from __future__ import annotations

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import Update

from bot.context import BotContext
from bot.handlers.buttons import button, remove_buttons
from bot.handlers.common import (
    command_args,
    edit_or_reply,
    expired,
    pressed,
    reply,
    transaction,
)
from bot.handlers.reminder_jobs import wake
from bot.services import reminders as service
from bot.views import reminders as views
from bot.views.keyboards import markup_of
from bot.views.reminder_data import (
    ChangeData,
    DeliveryData,
    ListData,
    NewReminderData,
    PendingData,
    SoonReminderData,
)


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
    async with transaction(context) as session:
        creation = await service.create_from_args(
            session, user_id=tg_user.id, args=args, now=context.clock.now(),
            default_zone=context.settings.default_timezone,
        )  # fmt: skip
    await wake(context)
    screen = views.creation_screen(context.content, creation)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def one_tap_button(update: Update, context: BotContext) -> None:
    """`rem:new:<kind>` and `rem:soon:<hour>`: a one-tap reminder, or the check-up offer's;
    `rem:pq:...`: the answer to the quiet-hours question."""
    query = await pressed(update, context)
    if query is None:
        return
    if PendingData.unpack(query.data) is not None:
        await pending_button(update, context)
        return
    data = NewReminderData.unpack(query.data) or SoonReminderData.unpack(query.data)
    creation = None
    if data is not None:
        async with transaction(context) as session:
            creation = await _one_tap(session, context, query.from_user.id, data)
        await wake(context)
    if creation is None:
        await expired(query, context)
        return
    await query.answer()
    if isinstance(data, SoonReminderData):
        await edit_or_reply(update, context, context.content.text("cramps.checkup_offer_taken"))
    screen = views.creation_screen(context.content, creation)
    await reply(update, context, screen.text, markup_of(screen))


async def pending_button(update: Update, context: BotContext) -> None:
    """`rem:pq:<token>:move|quiet|cancel`: move the held reminder out of quiet hours, wait for
    new ones, or cancel it; the question's message becomes the answer."""
    query = update.callback_query
    assert query is not None
    data = PendingData.unpack(query.data)
    assert data is not None
    async with transaction(context) as session:
        result = await service.choose_pending(
            session, user_id=query.from_user.id, token=data.token, choice=data.choice,
            now=context.clock.now(), default_zone=context.settings.default_timezone,
        )  # fmt: skip
    if result.expired:
        await expired(query, context)
        return
    await wake(context)
    await query.answer()
    screen = views.pending_screen(context.content, result)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def _one_tap(
    session: AsyncSession,
    context: BotContext,
    user_id: int,
    data: NewReminderData | SoonReminderData,
) -> service.Creation | None:
    now, zone = context.clock.now(), context.settings.default_timezone
    if isinstance(data, NewReminderData):
        return await service.create_default(
            session, user_id=user_id, kind=data.kind, now=now, default_zone=zone
        )
    return await service.create_checkup_soon(
        session, user_id=user_id, hour=data.hour, now=now, default_zone=zone
    )


async def list_command(update: Update, context: BotContext) -> None:
    """List the user's reminders with pause / resume / delete buttons."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    async with transaction(context) as session:
        listing = await service.listing(session, user_id=tg_user.id, now=context.clock.now())
    screen = views.listing_screen(context.content, listing)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def list_button(update: Update, context: BotContext) -> None:
    """`rm:list` opens the list; `rm:<id>:pause|resume|delete` changes one and redraws it."""
    query = await pressed(update, context)
    if query is None:
        return
    if ListData.unpack(query.data) is not None:
        await query.answer()
        await list_command(update, context)
        return
    data = ChangeData.unpack(query.data)
    if data is None:
        await expired(query, context)
        return
    async with transaction(context) as session:
        changed = await service.change(
            session, user_id=query.from_user.id, reminder_id=data.reminder_id,
            action=data.change, now=context.clock.now(),
        )  # fmt: skip
    await wake(context)
    await query.answer(views.changed_answer(context.content, changed))
    if changed.applied:  # else the list is as it was: editing it would change nothing
        screen = views.listing_screen(context.content, changed.listing)
        await edit_or_reply(update, context, screen.text, markup_of(screen))


async def quiet_command(update: Update, context: BotContext) -> None:
    """Set quiet hours from `/quiet 22:30-07:30`, clear them with `/quiet off`."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    async with transaction(context) as session:
        result = await service.quiet_from_args(
            session, user_id=tg_user.id, args=command_args(context), now=context.clock.now(),
            default_zone=context.settings.default_timezone,
        )  # fmt: skip
    await wake(context)
    screen = views.quiet_result_screen(context.content, result)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def delivery_button(update: Update, context: BotContext) -> None:
    """Done / Snooze / Skip today / Stop on a reminder message (`rd:<delivery_id>:<action>`)."""
    query = await pressed(update, context)
    if query is None:
        return
    data = DeliveryData.unpack(query.data)
    if data is None:
        await expired(query, context)
        return
    async with transaction(context) as session:
        result = await service.act(
            session, user_id=query.from_user.id, delivery_id=data.delivery_id,
            action=data.action, now=context.clock.now(),
        )  # fmt: skip
    await wake(context)
    answer = views.action_answer(context.content, data.action, result)
    await query.answer(answer, show_alert=result.status in ("already", "expired"))
    if result.status in ("ok", "already", "expired", "unknown"):
        await remove_buttons(query)
