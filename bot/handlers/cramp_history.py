"""/log (guided logging with buttons) and /history (paged, newest first)."""

from __future__ import annotations

from typing import Any

from telegram import Update

from bot.context import BotContext
from bot.db import cramps, dialogs
from bot.handlers.common import edit_or_reply, pressed, reply, transaction, user_zone
from bot.services import cramp_log
from bot.views import cramps as views
from bot.views.keyboards import markup_of

GUIDED = "log"


async def start_guided(update: Update, context: BotContext) -> None:
    """Start guided logging: five questions, each with Skip."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    await user_zone(context, user.id, now)
    async with transaction(context) as session:
        await dialogs.save(
            session, user_id=user.id, name=GUIDED, state={"step": 0, "values": {}}, now=now
        )
    screen = views.guided_step(context.content, 0)
    await reply(update, context, screen.text, markup_of(screen))


async def guided_button(update: Update, context: BotContext) -> None:
    """Record one answer of /log; store the cramp after the last step."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    parts = (query.data or "").split(":")
    if len(parts) != 3 or not parts[1].isdigit():
        await query.answer(content.label("common.expired"))
        return
    step, value = int(parts[1]), parts[2]
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    async with transaction(context) as session:
        state = await dialogs.load(session, user_id=user_id, name=GUIDED)
        if state is None or state.get("step") != step:
            await query.answer(content.label("common.expired"))
            return
        values: dict[str, Any] = dict(state["values"])
        if value != "skip":
            values[views.GUIDED_STEPS[step]] = value
        if step + 1 < len(views.GUIDED_STEPS):
            await dialogs.save(
                session,
                user_id=user_id,
                name=GUIDED,
                state={"step": step + 1, "values": values},
                now=now,
            )
            cramp = None
        else:
            await dialogs.clear(session, user_id=user_id, name=GUIDED)
            cramp = await cramps.add_cramp(session, user_id=user_id, occurred_at=now, now=now)
            for field, chosen in values.items():
                cramp_log.apply_fix(cramp, field=field, value=chosen, now=now, zone=zone)
            cramp.edited_at = None
    await query.answer()
    if cramp is None:
        screen = views.guided_step(content, step + 1)
    else:
        screen = views.card(content, cramp, now=now, zone=zone, auto_open=False)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def show_history(update: Update, context: BotContext, page: int = 0) -> None:
    """Show one page of the user's cramps, newest first."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    zone = await user_zone(context, user.id, now)
    async with transaction(context) as session:
        total = await cramps.count_for_user(session, user_id=user.id)
        page = max(0, min(page, (total - 1) // views.HISTORY_PAGE)) if total else 0
        entries = await cramps.latest(
            session, user_id=user.id, offset=page * views.HISTORY_PAGE, limit=views.HISTORY_PAGE
        )
    screen = views.history_page(
        context.content, entries, page=page, total=total, now=now, zone=zone
    )
    if update.callback_query is not None:
        await edit_or_reply(update, context, screen.text, markup_of(screen))
    else:
        await reply(update, context, screen.text, markup_of(screen))


async def history_command(update: Update, context: BotContext) -> None:
    """Show the newest page of the history."""
    await show_history(update, context)


async def history_button(update: Update, context: BotContext) -> None:
    """Page through the history, open an entry, or delete it."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    parts = (query.data or "").split(":")
    if len(parts) < 3 or not all(p.isdigit() for p in parts[2:]):
        await query.answer(content.label("common.expired"))
        return
    action, numbers = parts[1], [int(p) for p in parts[2:]]
    user_id = query.from_user.id
    if action == "p":
        await query.answer()
        await show_history(update, context, page=numbers[0])
        return
    page = numbers[1] if len(numbers) > 1 else 0
    async with transaction(context) as session:
        cramp = await cramps.get_cramp(session, user_id=user_id, cramp_id=numbers[0])
        if cramp is not None and action == "d":
            await cramps.delete_cramp(session, user_id=user_id, cramp_id=cramp.id)
    if cramp is None or action not in ("o", "d"):
        await query.answer(content.label("common.expired"))
        await show_history(update, context, page=page)
        return
    if action == "d":
        await query.answer(content.label("cramps.deleted"))
        await show_history(update, context, page=page)
        return
    await query.answer()
    now = context.clock.now()
    zone = await user_zone(context, user_id, now)
    screen = views.history_entry(content, cramp, page=page, now=now, zone=zone)
    await edit_or_reply(update, context, screen.text, markup_of(screen))
