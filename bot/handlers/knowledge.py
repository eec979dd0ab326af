"""The knowledge commands (/causes, /cause, /symptoms, /b12, /foods, /prevent, /doctor),
their buttons, and answers to free-text questions."""

from __future__ import annotations

import re
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, Message, Update

from bot.context import BotContext
from bot.handlers import check
from bot.handlers.common import command_args, pressed, send_screens, show_screens
from bot.handlers.fallback import show_menu
from bot.services.topics import STOP_NOW, cramping_now, is_question, match_topic, resolve_cause
from bot.views.knowledge import cause_ids_view, cause_view, view_for
from bot.views.screen import Screen

Command = Callable[[Update, BotContext], Coroutine[Any, Any, None]]
# The knowledge pages, each a command of its own name and a button of that data.
PAGES = ("causes", "symptoms", "b12", "foods", "prevent", "doctor")
# Callback data of knowledge screens (see bot.views.knowledge); nothing else may match.
DETAILS = ("cause", "group", "symptoms", "b12", "prevent", "doctor", "ev", "src")
PATTERN = rf"^(?:{'|'.join(PAGES)})$|^(?:{'|'.join(DETAILS)}):"
KNOWLEDGE = re.compile(PATTERN)
# Where a stale or forged button of each kind sends the user; other kinds get the menu.
FRESH = {
    "cause": "causes", "group": "causes", "symptoms": "symptoms", "b12": "b12",
    "prevent": "prevent", "doctor": "doctor",
}  # fmt: skip


def page(data: str) -> Command:
    """A command handler sending the knowledge page `data` (e.g. "causes")."""

    async def show_page(update: Update, context: BotContext) -> None:
        """Send the page as consecutive messages."""
        await send_screens(update, context, view_for(context.content, data) or [])

    return show_page


async def show_cause(update: Update, context: BotContext) -> None:
    """Show the cause named by `/cause <id>`, or list the valid ids."""
    value = command_args(context)
    content = context.content
    cause_id = resolve_cause(content.knowledge, value)
    screens = cause_view(content, cause_id) if cause_id else None
    await send_screens(update, context, screens or cause_ids_view(content, value[:64]))


def in_place(query: CallbackQuery, screens: list[Screen], back: str) -> bool:
    """Edit the pressed knowledge message when moving into a detail (it has Back) or out of one."""
    message = query.message
    if not isinstance(message, Message) or message.reply_markup is None:
        return False
    buttons = [b for row in message.reply_markup.inline_keyboard for b in row]
    if not all(KNOWLEDGE.match(str(b.callback_data)) for b in buttons):
        return False  # another feature's message (a cause-finder result): keep it
    pressed = next((b.text for b in buttons if b.callback_data == query.data), None)
    if pressed == back:
        return True
    return any(label == back for screen in screens for row in screen.buttons for label, _ in row)


async def knowledge_button(update: Update, context: BotContext) -> None:
    """Open the screen a knowledge button names; a stale one gets a fresh list."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    data = query.data or ""
    screens = view_for(content, data)
    if screens is None:
        await query.answer(content.label("common.expired"))
        fresh = FRESH.get(data.partition(":")[0])
        if fresh is None:
            await show_menu(update, context)
        else:
            await send_screens(update, context, view_for(content, fresh) or [])
        return
    await query.answer()
    back = content.label("common.back")
    await show_screens(update, context, screens, in_place=in_place(query, screens, back))


async def stop_cramp_now(update: Update, context: BotContext, text: str) -> bool:
    """Text hook before cramp logging: a cramp happening now that asks for help gets the
    steps first. Never claims the text, so the report is still logged."""
    content = context.content
    if cramping_now(content.knowledge, text, now=context.clock.now()):
        await send_screens(update, context, view_for(content, STOP_NOW) or [])
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
    screens = view_for(context.content, match.data) if match is not None else None
    if screens is None:
        await show_menu(update, context)
    else:
        await send_screens(update, context, screens)
    return True
