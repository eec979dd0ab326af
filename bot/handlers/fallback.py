"""Everything no feature handled: unknown commands and buttons, non-text, groups, free text."""

from __future__ import annotations

import logging

from telegram import Update

from bot.content.html import Html
from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import expired, pressed, reply, zone_and_default
from bot.handlers.safety import Screened, screen_message
from bot.parsing.language import is_foreign
from bot.views.menu import MenuData, main_menu
from bot.views.triage import not_english

log = logging.getLogger(__name__)
MAX_TEXT = 4096


async def show_menu(update: Update, context: BotContext) -> None:
    """Send the main menu."""
    text, markup = main_menu(context.content, context.bot_data.features)
    await reply(update, context, text, markup)


async def unknown_command(update: Update, context: BotContext) -> None:
    """Answer a command the bot does not know."""
    await reply(update, context, context.content.text("common.unknown_command"))


async def group_message(update: Update, context: BotContext) -> None:
    """Point a group member to the private chat; answer only direct commands."""
    message = update.effective_message
    if message is not None and message.text and message.text.startswith("/"):
        await reply(update, context, context.content.text("common.private_only"))


async def non_text(update: Update, context: BotContext) -> None:
    """Stickers, photos, voice notes...: say what the bot can read."""
    await reply(update, context, context.content.text("common.non_text"))


async def text_message(update: Update, context: BotContext) -> None:
    """Route a plain message: warning signs first, then each feature's hook, then the menu."""
    message = update.effective_message
    if message is None or message.text is None:
        return
    text = message.text
    if not text.strip():
        await reply(update, context, context.content.text("common.empty"))
        return
    if len(text) > MAX_TEXT:
        await reply(update, context, context.content.text("common.too_long", length=len(text)))
        return
    screened = await screen_message(update, context, text)
    if screened is Screened.DONE:
        return
    await _route(update, context, text, warned=screened is Screened.WARNED)
    if screened is not Screened.WARNED:  # after a warning nothing else is said
        for after in context.bot_data.after_text_hooks:
            await after(update, context)


async def _route(update: Update, context: BotContext, text: str, *, warned: bool) -> None:
    """Each feature's hook in turn; the menu when none took the message (and none warned).
    A message in a language the bot does not read gets one answer instead, before any hook: a
    half-read sentence must not be logged or answered as if it were understood."""
    if is_foreign(text):
        if not warned:
            await reply(update, context, await _not_english(update, context))
        return
    for hook in context.bot_data.text_hooks:
        if await hook(update, context, text):
            return
    if warned:
        return
    await show_menu(update, context)


async def _not_english(update: Update, context: BotContext) -> Html:
    """ "English only", with the emergency number in the languages the bot cannot read: the
    user's own zone's number once they have set one, else all three."""
    user = update.effective_user
    zone = None
    if user is not None:
        found, is_default = await zone_and_default(context, user.id, context.clock.now())
        zone = None if is_default else found.key
    return not_english(context.content, zone)


@button
async def unknown_button(update: Update, context: BotContext) -> None:
    """A stale or forged button: say so and show the fresh menu."""
    query = update.callback_query
    if query is None:
        return
    await expired(query, context)
    await show_menu(update, context)


@button
async def menu_button(update: Update, context: BotContext) -> None:
    """A main-menu button: run the feature's command handler."""
    query = await pressed(update, context)
    if query is None:
        return
    data = MenuData.unpack(query.data)
    entry = context.bot_data.menu_entries.get(data.feature) if data is not None else None
    if entry is None:
        await expired(query, context)
        await show_menu(update, context)
        return
    await query.answer()
    await entry(update, context)
