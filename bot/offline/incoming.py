"""Builders for incoming updates (what users do), queued on the engine State."""

from __future__ import annotations

import re
from typing import Any

from bot.content.tg_rules import utf16_len
from bot.offline.state import JSON, ChatState, State

COMMAND = re.compile(r"(?<!\S)/[A-Za-z0-9_]{1,64}(?:@[A-Za-z0-9_]{3,32})?")
GROUP_USER_ID = 1001
MEMBER_STATUSES = frozenset({"member", "kicked", "left"})


def user_json(user_id: int, first_name: str) -> JSON:
    """A Telegram ``User`` object for a human."""
    return {"id": user_id, "is_bot": False, "first_name": first_name, "language_code": "en"}


def ensure_chat(
    st: State, chat_id: int, chat_type: str = "private", name: str = "Ann"
) -> ChatState:
    """Return chat ``chat_id``, creating it (private: named after the user) if unknown."""
    if chat_id not in st.chats:
        chat: JSON = {"id": chat_id, "type": chat_type}
        if chat_type == "private":
            chat["first_name"] = name
        else:
            chat["title"] = name
        st.chats[chat_id] = ChatState(chat)
    return st.chats[chat_id]


def push(st: State, kind: str, payload: JSON) -> JSON:
    """Append an update of ``kind`` and return it."""
    st.last_update_id += 1
    update = {"update_id": st.last_update_id, kind: payload}
    st.updates.append(update)
    return update


def command_entities(text: str) -> list[JSON]:
    """``bot_command`` entities as Telegram attaches them (PTB's CommandHandler needs them)."""
    return [
        {
            "type": "bot_command",
            "offset": utf16_len(text[: m.start()]),
            "length": utf16_len(m.group()),
        }
        for m in COMMAND.finditer(text)
    ]


def new_user_message(
    st: State,
    chat_id: int,
    *,
    user_id: int | None = None,
    first_name: str = "Ann",
    chat_type: str = "private",
    message_id: int | None = None,
) -> JSON:
    """Create (and store) a message from a user in ``chat_id``, without content."""
    chat = ensure_chat(st, chat_id, chat_type, first_name)
    if user_id is None:
        user_id = chat_id if chat_type == "private" else GROUP_USER_ID
    if message_id is None:
        message_id = chat.next_id()
    chat.last_id = max(chat.last_id, message_id)
    message: JSON = {
        "message_id": message_id,
        "from": user_json(user_id, first_name),
        "chat": chat.chat,
        "date": st.now(),
    }
    chat.messages[message_id] = message
    return message


def user_message(
    st: State, chat_id: int, text: str, *, edited: bool = False, **kwargs: Any
) -> JSON:
    """Queue a text message (or its edit, with ``message_id``) from a user."""
    if edited:
        chat = ensure_chat(st, chat_id)
        original = chat.messages.get(kwargs.get("message_id", -1))
        if original is None or original["from"]["id"] == st.bot["id"]:
            raise ValueError("edited=True needs message_id of an existing user message")
        message = original
        message["edit_date"] = st.now()
    else:
        message = new_user_message(st, chat_id, **kwargs)
    message["text"] = text
    message.pop("entities", None)
    if entities := command_entities(text):
        message["entities"] = entities
    return push(st, "edited_message" if edited else "message", dict(message))


def callback(st: State, chat_id: int, data: str, *, message_id: int) -> JSON:
    """Queue a button press on bot message ``message_id``; records the query id."""
    chat = st.chats.get(chat_id)
    message = chat.messages.get(message_id) if chat else None
    if chat is None or message is None:
        raise ValueError(f"no message {message_id} in chat {chat_id} to press a button on")
    user_id = chat_id if chat.chat["type"] == "private" else GROUP_USER_ID
    name = chat.chat.get("first_name", "Ann")
    query_id = str(st.serial() * 1_000_003)
    st.callbacks[query_id] = {"chat_id": chat_id, "data": data, "answered": None}
    payload = {
        "id": query_id,
        "from": user_json(user_id, name),
        "message": dict(message),
        "chat_instance": f"ci{chat_id}",
        "data": data,
    }
    return push(st, "callback_query", payload)


def location(st: State, chat_id: int, lat: float, lon: float, **kwargs: Any) -> JSON:
    """Queue a shared location."""
    message = new_user_message(st, chat_id, **kwargs)
    message["location"] = {"latitude": lat, "longitude": lon}
    return push(st, "message", dict(message))


def sticker(st: State, chat_id: int, emoji: str = "🙂", **kwargs: Any) -> JSON:
    """Queue a sticker message."""
    message = new_user_message(st, chat_id, **kwargs)
    n = st.serial()
    message["sticker"] = {
        "file_id": f"sticker-{n}",
        "file_unique_id": f"usticker-{n}",
        "type": "regular",
        "width": 512,
        "height": 512,
        "is_animated": False,
        "is_video": False,
        "emoji": emoji,
    }
    return push(st, "message", dict(message))


def photo(st: State, chat_id: int, caption: str | None = None, **kwargs: Any) -> JSON:
    """Queue a photo message with an optional caption."""
    message = new_user_message(st, chat_id, **kwargs)
    n = st.serial()
    message["photo"] = [
        {"file_id": f"photo-{n}", "file_unique_id": f"uphoto-{n}", "width": 90, "height": 90}
    ]
    if caption:
        message["caption"] = caption
    return push(st, "message", dict(message))


def my_chat_member(st: State, chat_id: int, old: str, new: str) -> JSON:
    """Queue a bot status change (``kicked`` = user blocked the bot; ``member`` = unblocked)."""
    if not {old, new} <= MEMBER_STATUSES:
        raise ValueError(f"statuses must be among {sorted(MEMBER_STATUSES)}")
    chat = ensure_chat(st, chat_id)
    chat.blocked = new in {"kicked", "left"}
    user_id = chat_id if chat.chat["type"] == "private" else GROUP_USER_ID

    def member(status: str) -> JSON:
        body: JSON = {"user": st.bot, "status": status}
        if status == "kicked":
            body["until_date"] = 0
        return body

    payload = {
        "chat": chat.chat,
        "from": user_json(user_id, chat.chat.get("first_name", "Ann")),
        "date": st.now(),
        "old_chat_member": member(old),
        "new_chat_member": member(new),
    }
    return push(st, "my_chat_member", payload)
