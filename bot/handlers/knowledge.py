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
from bot.services.topics import STOP_NOW, cramping_now, is_question, match_topic, resolve_cause
from bot.views import knowledge_data
from bot.views.knowledge import cause_ids_view, cause_view, edits_in_place, view_for
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
    """Text-router hook: answer a question from the knowledge store; True when it was one."""
    knowledge = context.content.knowledge
    if not is_question(text, knowledge):
        return False
    match = match_topic(knowledge, text)
    if match is not None and match.data == "check":
        await check.start_check(update, context)
        return True
    target = address(match.data) if match is not None else None
    screens = view_for(context.content, target) if target is not None else None
    if screens is None:
        await show_menu(update, context)
    else:
        await send_screens(update, context, screens)
    return True
