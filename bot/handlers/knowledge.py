"""The knowledge commands (/causes, /cause, /symptoms, /b12, /foods, /prevent, /doctor),
their buttons, and answers to free-text questions."""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from typing import Any

from telegram import Message, Update

from bot.context import BotContext
from bot.handlers import check
from bot.handlers.buttons import button
from bot.handlers.common import command_args, expired, pressed, send_screens, show_screens
from bot.handlers.fallback import show_menu
from bot.services.search import question_part, search
from bot.services.topics import STOP_NOW, cramping_now, is_question, resolve_cause
from bot.views import knowledge_data
from bot.views.knowledge import (
    cause_ids_view,
    cause_view,
    edits_in_place,
    no_answer_view,
    view_for,
)
from bot.views.knowledge_data import COMMAND_PAGES, KnowledgeData, Page, address
from bot.views.screen import Button

Command = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
# The knowledge pages, each a command of its own name.
PAGES: tuple[Page, ...] = COMMAND_PAGES
# Where a stale button of each page sends the user; other pages get the menu.
FRESH: dict[str, Page] = {
    "cause": "causes", "group": "causes", "symptoms": "symptoms", "b12": "b12",
    "prevent": "prevent", "doctor": "doctor",
}  # fmt: skip


def page(name: Page) -> Command:
    """A command handler sending the knowledge page `name` (e.g. "causes")."""

    async def show_page(update: Update, context: BotContext) -> None:
        """Send the page as consecutive messages."""
        await send_screens(update, context, view_for(context.content, KnowledgeData(name)) or [])

    return show_page


async def show_cause(update: Update, context: BotContext) -> None:
    """Show the cause named by `/cause <id>`, or list the valid ids."""
    value = command_args(context)
    content = context.content
    cause_id = resolve_cause(content.knowledge, value)
    screens = cause_view(content, cause_id) if cause_id else None
    await send_screens(update, context, screens or cause_ids_view(content, value[:64]))


def _buttons(message: object) -> list[Button]:
    if not isinstance(message, Message) or message.reply_markup is None:
        return []
    rows = message.reply_markup.inline_keyboard
    return [(b.text, str(b.callback_data)) for row in rows for b in row]


@button
async def knowledge_button(update: Update, context: BotContext) -> None:
    """Open the screen a knowledge button names; a stale one gets a fresh list."""
    query = await pressed(update, context)
    if query is None:
        return
    content, data = context.content, knowledge_data.unpack(query.data)
    screens = view_for(content, data) if data is not None else None
    if screens is None:
        await expired(query, context)
        fresh = FRESH.get(data.page) if isinstance(data, KnowledgeData) else None
        if fresh is None:
            await show_menu(update, context)
        else:
            await send_screens(update, context, view_for(content, KnowledgeData(fresh)) or [])
        return
    await query.answer()
    back, shown = content.label("common.back"), _buttons(query.message)
    in_place = edits_in_place(shown, query.data or "", screens, back)
    await show_screens(update, context, screens, in_place=in_place)


async def stop_cramp_now(update: Update, context: BotContext, text: str) -> bool:
    """Text hook before cramp logging: a cramp happening now that asks for help gets the
    steps first. Never claims the text, so the report is still logged."""
    content = context.content
    if cramping_now(content.knowledge, text, now=context.clock.now()):
        steps = address(STOP_NOW)
        await send_screens(update, context, (view_for(content, steps) if steps else None) or [])
    return False


async def answer_question(update: Update, context: BotContext, text: str) -> bool:
    """Text-router hook: answer a question from the knowledge store; True when it was one.

    The entry that answers it, or, when none is close enough, an honest "no good answer"
    with the nearest topics as buttons; never the bare menu.
    """
    knowledge = context.content.knowledge
    if not is_question(text, knowledge):
        return False
    await answer(update, context, text)
    return True


async def answer(update: Update, context: BotContext, text: str) -> None:
    """Send the entry that answers `text`, or the nearest topics when none is close."""
    content = context.content
    found = search(content.knowledge, text)
    if found.best == "check":
        await check.start_check(update, context)
        return
    target = address(found.best) if found.best is not None else None
    screens = view_for(content, target) if target is not None else None
    await send_screens(update, context, screens or no_answer_view(content, found.targets))


async def answer_asked(update: Update, context: BotContext, text: str) -> None:
    """After a report is logged, answer the question it also asks ("had one at 4am, is
    magnesium worth it?"), when the store has a close answer (the steps for a cramp now were
    sent before the card)."""
    if question_part(text) == text and not is_question(text, context.content.knowledge):
        return
    found = search(context.content.knowledge, text)
    if found.best is None or found.best in {STOP_NOW, "check"}:
        return
    target = address(found.best)
    screens = view_for(context.content, target) if target is not None else None
    if screens:
        await send_screens(update, context, screens)
