"""Blocks and unblocks: Telegram's my_chat_member updates for private chats."""

from __future__ import annotations

from telegram import ChatMember, Update

from bot.context import BotContext
from bot.handlers.common import transaction
from bot.services import account


async def chat_member(update: Update, context: BotContext) -> None:
    """Mark the user blocked (pausing reminders) when kicked; clear it when back."""
    change = update.my_chat_member
    if change is None or change.chat.type != "private":
        return
    user_id = change.chat.id
    status = change.new_chat_member.status
    now = context.clock.now()
    if status in (ChatMember.BANNED, ChatMember.LEFT):
        async with transaction(context) as session:
            await account.left(session, user_id=user_id, now=now)
    elif status == ChatMember.MEMBER:
        async with transaction(context) as session:
            await account.came_back(session, user_id=user_id)
