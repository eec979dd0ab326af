"""/check: the cause finder, one question per press, its state kept in the database."""

from __future__ import annotations

from telegram import Update

from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import expired, pressed, send_screens, show_screens, transaction
from bot.handlers.fallback import show_menu
from bot.services import check_dialog
from bot.views.check import CheckData, RestartData, check_question_view


async def start_check(update: Update, context: BotContext) -> None:
    """Start the cause finder at its first question."""
    user = update.effective_user
    if user is None:
        return
    async with transaction(context) as session:
        state = await check_dialog.begin(session, user_id=user.id, now=context.clock.now())
    await send_screens(update, context, check_question_view(context.content, state))


@button
async def check_button(update: Update, context: BotContext) -> None:
    """Answer the current question, go back or start again; a stale press gets the current one."""
    query = await pressed(update, context)
    if query is None:
        return
    move, restart = CheckData.unpack(query.data), RestartData.unpack(query.data)
    if move is None and restart is None:
        await expired(query, context)
        return
    content = context.content
    async with transaction(context) as session:
        result = await check_dialog.press_button(
            session, knowledge=content.knowledge, user_id=query.from_user.id,
            number=move.number if move else None, action=move.move if move else "",
            now=context.clock.now(),
        )  # fmt: skip
    if result.state is None:
        await query.answer(content.label("common.expired"))
        if result.pending is None:
            await show_menu(update, context)
        else:
            await send_screens(update, context, check_question_view(content, result.pending))
        return
    await query.answer()
    await show_screens(update, context, check_question_view(content, result.state), in_place=True)
