"""/check: the cause finder, one question per press, its state kept in the database."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.common import pressed, send_screens, show_screens, transaction
from bot.handlers.fallback import show_menu
from bot.services import check_dialog
from bot.views.check import RESTART, check_question_view, parse_check_data


async def start_check(update: Update, context: BotContext) -> None:
    """Start the cause finder at its first question."""
    user = update.effective_user
    if user is None:
        return
    async with transaction(context) as session:
        state = await check_dialog.begin(session, user_id=user.id, now=context.clock.now())
    await send_screens(update, context, check_question_view(context.content, state))


async def check_button(update: Update, context: BotContext) -> None:
    """Answer the current question, go back or start again; a stale press gets the current one."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    data, user_id, now = query.data or "", query.from_user.id, context.clock.now()
    move = parse_check_data(data)
    async with transaction(context) as session:
        if data == RESTART:
            state = await check_dialog.begin(session, user_id=user_id, now=now)
        elif move is None:
            state = None
        else:
            number, action = move
            state = await check_dialog.press(
                session, knowledge=content.knowledge, user_id=user_id,
                number=number, action=action, now=now,
            )  # fmt: skip
        pending = (
            None
            if state
            else await check_dialog.pending(session, knowledge=content.knowledge, user_id=user_id)
        )
    if state is None:
        await query.answer(content.label("common.expired"))
        if pending is None:
            await show_menu(update, context)
        else:
            await send_screens(update, context, check_question_view(content, pending))
        return
    await query.answer()
    await show_screens(update, context, check_question_view(content, state), in_place=True)
