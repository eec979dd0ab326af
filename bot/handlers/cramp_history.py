"""/log (guided logging with buttons) and /history (paged, newest first; open, fix, delete)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import CallbackQuery, Update

from bot.content.html import Html
from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import edit_or_reply, expired, pressed, reply, transaction, user_zone
from bot.services import cramp_log, guided_log, history
from bot.views import cramps as views
from bot.views.cramp_buttons import (
    EntryFix,
    EntryKeypad,
    GuidedStep,
    HistoryItem,
    HistoryNav,
    unpack_history,
)
from bot.views.keyboards import markup_of
from bot.views.screen import Screen


async def start_guided(update: Update, context: BotContext) -> None:
    """Start guided logging: five questions, each with Skip."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    await user_zone(context, user.id, now)
    async with transaction(context) as session:
        step = await guided_log.start(session, user_id=user.id, now=now)
    screen = views.guided_step(context.content, step)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def guided_button(update: Update, context: BotContext) -> None:
    """Record one answer of /log; store the cramp after the last step."""
    query = await pressed(update, context)
    if query is None:
        return
    if (data := GuidedStep.unpack(query.data)) is None:
        await expired(query, context)
        return
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    async with transaction(context) as session:
        answer = await guided_log.answer(
            session, user_id=user_id, step=data.step, value=data.value, now=now, zone=zone
        )
    if answer.status == "expired":
        await expired(query, context)
        return
    await query.answer()
    if answer.cramp is not None:
        screen = views.card(context.content, answer.cramp, now=now, zone=zone, auto_open=False)
    else:
        assert answer.step is not None
        screen = views.guided_step(context.content, answer.step)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def show_history(update: Update, context: BotContext, page: int = 0) -> None:
    """Show one page of the user's cramps, newest first."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    zone = await user_zone(context, user.id, now)
    async with transaction(context) as session:
        found = await history.page_of(session, user_id=user.id, page=page)
    screen = page_screen(context, found, now=now, zone=zone)
    if update.callback_query is not None:
        await edit_or_reply(update, context, screen.text, markup_of(screen))
    else:
        await reply(update, context, screen.text, markup_of(screen))


def page_screen(
    context: BotContext,
    found: history.HistoryPage,
    *,
    now: datetime,
    zone: ZoneInfo,
    note: Html | None = None,
) -> Screen:
    """The screen of one history page, under `note` (what was just deleted) if any."""
    return views.history_page(
        context.content, found.entries, page=found.page, total=found.total, now=now, zone=zone,
        note=note,
    )  # fmt: skip


async def history_command(update: Update, context: BotContext) -> None:
    """Show the newest page of the history."""
    await show_history(update, context)


@button
async def history_button(update: Update, context: BotContext) -> None:
    """Page through the history; open, fix or delete (after asking) an entry."""
    query = await pressed(update, context)
    if query is None:
        return
    data = unpack_history(query.data)
    if data is None:
        await expired(query, context)
    elif isinstance(data, HistoryNav):
        await query.answer()
        await show_history(update, context, page=data.page)
    elif isinstance(data, HistoryItem):
        await entry_button(update, context, query, data)
    else:
        await fix_button(update, context, query, data)


STEPS: dict[str, history.EntryStep] = {"o": "open", "d": "ask", "y": "delete"}


async def entry_button(
    update: Update, context: BotContext, query: CallbackQuery, data: HistoryItem
) -> None:
    """Open an entry (or go back to it), ask before deleting it, or delete it."""
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    async with transaction(context) as session:
        done = await history.act_on_entry(
            session, user_id=user_id, cramp_id=data.cramp_id, step=STEPS[data.action],
            page=data.page,
        )  # fmt: skip
    if done.cramp is None:  # not the user's (any more)
        await expired(query, context)
        return
    content, cramp, page = context.content, done.cramp, data.page
    if done.refreshed is not None:
        await query.answer(content.label("cramps.deleted"))
        note = views.deleted_text(content, cramp, now=now, zone=zone)
        screen = page_screen(context, done.refreshed, now=now, zone=zone, note=note)
    elif done.status == "asked":
        await query.answer()
        screen = views.delete_question(
            content, cramp, now=now, zone=zone, yes=HistoryItem("y", cramp.id, page).pack(),
            cancel=HistoryItem("o", cramp.id, page).pack(),
        )  # fmt: skip
    else:
        await query.answer()
        screen = views.history_entry(content, cramp, page=page, now=now, zone=zone)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def fix_button(
    update: Update, context: BotContext, query: CallbackQuery, data: EntryKeypad | EntryFix
) -> None:
    """Open a keypad on an entry opened from the history, or set one of its fields."""
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    value = data.value if isinstance(data, EntryFix) else None
    async with transaction(context) as session:
        edit = await cramp_log.edit_card(
            session, user_id=user_id, cramp_id=data.cramp_id, field=data.field, value=value,
            now=now, zone=zone,
        )  # fmt: skip
    if edit.cramp is None:
        await expired(query, context)
        return
    await query.answer()
    screen = views.history_entry(
        context.content, edit.cramp, page=data.page, now=now, zone=zone,
        updated=edit.status == "updated", open_field=edit.open_field,
    )  # fmt: skip
    await edit_or_reply(update, context, screen.text, markup_of(screen))
