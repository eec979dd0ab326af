"""Small helpers shared by the handlers: replying, the current user, ownership of buttons."""

from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from contextlib import asynccontextmanager
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession
from telegram import CallbackQuery, Message, Update
from telegram.constants import ChatType
from telegram.error import BadRequest

from bot.content.html import Html
from bot.context import BotContext
from bot.db.unit_of_work import current_unit
from bot.services import account
from bot.views.keyboards import Keyboard, ReplyKeys, markup_of
from bot.views.screen import Screen


async def reply(
    update: Update,
    context: BotContext,
    text: Html,
    markup: Keyboard | ReplyKeys | None = None,
) -> int:
    """Send an HTML message to the chat of the update; the new message's id."""
    chat = update.effective_chat
    assert chat is not None
    return await context.bot.send_html(chat.id, text, markup)


async def edit_or_reply(
    update: Update,
    context: BotContext,
    text: Html,
    markup: Keyboard | None = None,
) -> None:
    """Edit the message a button sits on, or send a new one when editing is impossible."""
    query = update.callback_query
    if query is not None and isinstance(query.message, Message):
        message = query.message
        try:
            await context.bot.edit_html(message.chat.id, message.message_id, text, markup)
            return
        except BadRequest:  # too old to edit, or gone: a new message instead
            pass
    await reply(update, context, text, markup)


@asynccontextmanager
async def transaction(context: BotContext) -> AsyncIterator[AsyncSession]:
    """The update's session (see `bot.db.unit_of_work`), committed once after the handlers.

    An exception leaving the block rolls back the update's work so far. Outside an update
    (jobs, start-up hooks) the block gets its own session, committed when it ends.
    """
    unit = current_unit()
    if unit is None:
        async with context.sessions() as own, own.begin():
            yield own
        return
    session = await unit.session()
    try:
        yield session
    except BaseException:
        await unit.abort()
        raise


def owns_button(update: Update) -> bool:
    """A button may be pressed only by the user whose private chat holds it."""
    query = update.callback_query
    if query is None or query.message is None:
        return False
    chat = query.message.chat
    return chat.type == ChatType.PRIVATE and chat.id == query.from_user.id


def command_args(context: BotContext) -> str:
    """The text after the command, joined back into one string."""
    return " ".join(context.args or []).strip()


async def send_screens(update: Update, context: BotContext, screens: Sequence[Screen]) -> None:
    """Send screens as consecutive messages."""
    for screen in screens:
        await reply(update, context, screen.text, markup_of(screen))


async def show_screens(
    update: Update, context: BotContext, screens: Sequence[Screen], *, in_place: bool
) -> None:
    """Edit the pressed message into a single screen when `in_place`; otherwise send them."""
    if in_place and len(screens) == 1:
        await edit_or_reply(update, context, screens[0].text, markup_of(screens[0]))
    else:
        await send_screens(update, context, screens)


async def pressed(update: Update, context: BotContext) -> CallbackQuery | None:
    """The button press, when it comes from the presser's own private chat.

    Otherwise the press is answered "not yours" and None is returned.
    """
    query = update.callback_query
    if query is None:
        return None
    if not owns_button(update):
        await query.answer(context.content.label("common.not_yours"))
        return None
    return query


async def expired(query: CallbackQuery, context: BotContext) -> None:
    """Answer a stale, forged or foreign button press: "this button has expired"."""
    await query.answer(context.content.label("common.button_expired"))


async def user_zone(context: BotContext, user_id: int, now: datetime) -> ZoneInfo:
    """The user's zone, or the default one (creating the user on first contact)."""
    return (await zone_and_default(context, user_id, now))[0]


async def zone_and_default(
    context: BotContext, user_id: int, now: datetime
) -> tuple[ZoneInfo, bool]:
    """The user's zone and whether it is only the bot's default (cached for a few seconds)."""
    default = context.settings.default_timezone
    cache = context.bot_data.users
    cached = cache.zone(user_id, now=now)
    if cached is not None:
        return ZoneInfo(cached[0] or default), cached[0] is None
    async with transaction(context) as session:
        name, is_default = await account.zone_for(
            session, user_id=user_id, now=now, default_zone=default
        )
    cache.remember(user_id, None if is_default else name, now=now)
    return ZoneInfo(name), is_default
