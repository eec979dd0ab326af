"""Bot API method implementations over the engine State (caller holds the lock)."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from bot.content import tg_rules as rules
from bot.offline.state import JSON, ChatState, State, Upload

Params = dict[str, Any]
Handler = Callable[[State, Params, dict[str, Upload]], Any]
UPDATE_LIMIT = 100


def _new_message(st: State, chat: ChatState, params: Params) -> JSON:
    """Store and return a new bot message in ``chat`` (text/caption are set by the caller)."""
    markup = rules.check_reply_markup(params.get("reply_markup"))
    message: JSON = {
        "message_id": chat.next_id(),
        "from": st.bot,
        "chat": chat.chat,
        "date": st.now(),
    }
    if markup is not None and "inline_keyboard" in markup:
        message["reply_markup"] = markup
    chat.messages[message["message_id"]] = message
    return message


def _with_text(message: JSON, key: str, parsed: rules.Parsed) -> JSON:
    """Set ``text``/``caption`` and their entities on ``message`` (in place)."""
    if parsed.text:
        message[key] = parsed.text
    entities_key = "entities" if key == "text" else "caption_entities"
    message.pop(entities_key, None)
    if parsed.entities:
        message[entities_key] = parsed.entities
    return message


def get_me(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Return the bot user."""
    return st.bot


def get_updates(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Confirm updates below ``offset`` and return up to ``limit`` queued ones."""
    if st.webhook_url:
        raise rules.ApiError(
            409,
            "Conflict: can't use getUpdates method while webhook is active; "
            "use deleteWebhook to delete the webhook first",
        )
    offset = p.get("offset", 0)
    if offset < 0:
        st.updates = st.updates[offset:]
    elif offset > 0:
        st.updates = [u for u in st.updates if u["update_id"] >= offset]
    limit = p.get("limit", UPDATE_LIMIT)
    limit = UPDATE_LIMIT if not 1 <= limit <= UPDATE_LIMIT else limit
    return st.updates[:limit]


def send_message(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Validate and store a text message."""
    chat = st.chat_state(p.get("chat_id"))
    parsed = rules.check_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
    return _with_text(_new_message(st, chat, p), "text", parsed)


def edit_message_text(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Replace a bot message's text (and markup); reject no-op edits like Telegram."""
    parsed = rules.check_text(p.get("text"), p.get("parse_mode"), p.get("entities"))
    _, message = st.message(p, "message to edit not found")
    if message.get("from", {}).get("id") != st.bot["id"]:
        raise rules.bad_request("message can't be edited")
    if "text" not in message:
        raise rules.bad_request("there is no text in the message to edit")
    markup = rules.check_reply_markup(p.get("reply_markup"))
    same_text = parsed.text == message["text"] and parsed.entities == message.get("entities", [])
    if same_text and markup == message.get("reply_markup"):
        raise rules.bad_request(rules.NOT_MODIFIED.removeprefix("Bad Request: "))
    _with_text(message, "text", parsed)
    _set_markup(message, markup)
    message["edit_date"] = st.now()
    return message


def _set_markup(message: JSON, markup: JSON | None) -> None:
    """Replace (or remove) a message's inline keyboard."""
    if markup is not None and "inline_keyboard" in markup:
        message["reply_markup"] = markup
    else:
        message.pop("reply_markup", None)


def edit_message_reply_markup(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Replace a bot message's inline keyboard."""
    _, message = st.message(p, "message to edit not found")
    if message.get("from", {}).get("id") != st.bot["id"]:
        raise rules.bad_request("message can't be edited")
    markup = rules.check_reply_markup(p.get("reply_markup"))
    if markup == message.get("reply_markup"):
        raise rules.bad_request(rules.NOT_MODIFIED.removeprefix("Bad Request: "))
    _set_markup(message, markup)
    message["edit_date"] = st.now()
    return message


def delete_message(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Delete a message from its chat."""
    chat, message = st.message(p, "message to delete not found")
    del chat.messages[message["message_id"]]
    return True


def answer_callback_query(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Mark a known callback query answered (only once)."""
    query = st.callbacks.get(str(p.get("callback_query_id")))
    if query is None or query.get("answered") is not None:
        raise rules.bad_request(
            "query is too old and response timeout expired or query ID is invalid"
        )
    query["answered"] = {k: v for k, v in p.items() if k != "callback_query_id"}
    return True


def _file(st: State, p: Params, f: dict[str, Upload], key: str) -> tuple[str, Upload | None]:
    """Resolve an uploaded part, ``attach://`` reference or file_id for ``key``."""
    value = p.get(key)
    if isinstance(value, str) and value.startswith("attach://"):
        value = f.get(value.removeprefix("attach://"))
    elif value is None:
        value = f.get(key)
    if isinstance(value, Upload):
        file_id = f"{key}-{st.serial()}"
        st.files[file_id] = (f"{key}s/file_{st.counter}_{value.filename}", value)
        p[key] = value
        return file_id, value
    if isinstance(value, str) and value:
        known = st.files.get(value)
        return value, known[1] if known else None
    raise rules.bad_request(f"there is no {key} in the request")


def send_document(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Store a document message (uploaded, attached or by file_id)."""
    chat = st.chat_state(p.get("chat_id"))
    parsed = rules.check_caption(p.get("caption"), p.get("parse_mode"))
    file_id, upload = _file(st, p, f, "document")
    document: JSON = {"file_id": file_id, "file_unique_id": f"u{file_id}"}
    if upload is not None:
        document.update(file_name=upload.filename, file_size=upload.size)
        if upload.mime_type:
            document["mime_type"] = upload.mime_type
    message = _new_message(st, chat, p)
    message["document"] = document
    return _with_text(message, "caption", parsed)


def send_photo(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Store a photo message (uploaded, attached or by file_id)."""
    chat = st.chat_state(p.get("chat_id"))
    parsed = rules.check_caption(p.get("caption"), p.get("parse_mode"))
    file_id, upload = _file(st, p, f, "photo")
    size = {"file_id": file_id, "file_unique_id": f"u{file_id}", "width": 800, "height": 600}
    if upload is not None:
        size["file_size"] = upload.size
    message = _new_message(st, chat, p)
    message["photo"] = [size]
    return _with_text(message, "caption", parsed)


def get_file(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Describe a stored file with a ``file_path`` servable by the HTTP double."""
    known = st.files.get(str(p.get("file_id")))
    if known is None:
        raise rules.bad_request("invalid file_id")
    path, upload = known
    return {
        "file_id": p["file_id"],
        "file_unique_id": f"u{p['file_id']}",
        "file_size": upload.size,
        "file_path": path,
    }


def send_chat_action(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Accept a valid chat action for a known chat."""
    st.chat_state(p.get("chat_id"))
    rules.check_chat_action(p.get("action"))
    return True


def _scope_key(p: Params) -> str:
    """Key commands by scope and language code."""
    scope = p.get("scope") or {"type": "default"}
    return json.dumps([scope, p.get("language_code", "")], sort_keys=True)


def set_my_commands(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Validate and store the command list for a scope/language."""
    commands = p.get("commands")
    if not isinstance(commands, list) or len(commands) > UPDATE_LIMIT:
        raise rules.bad_request("can't parse commands JSON object")
    for command in commands:
        name = str(command.get("command", "")).removeprefix("/")
        if not (1 <= len(name) <= 32 and name.replace("_", "a").isalnum() and name.islower()):
            raise rules.bad_request("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise rules.bad_request("BOT_COMMAND_DESCRIPTION_INVALID")
    st.commands[_scope_key(p)] = [
        {"command": c["command"].removeprefix("/"), "description": c["description"]}
        for c in commands
    ]
    return True


def get_my_commands(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Return the command list for a scope/language."""
    return st.commands.get(_scope_key(p), [])


def delete_my_commands(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Forget the command list for a scope/language."""
    st.commands.pop(_scope_key(p), None)
    return True


MAX_DESCRIPTION = {"long": 512, "short": 120}
MENU_BUTTON_TYPES = frozenset({"commands", "default", "web_app"})


def _set_description(kind: str, field_name: str) -> Handler:
    def handler(st: State, p: Params, f: dict[str, Upload]) -> Any:
        text = p.get(field_name)
        text = "" if text is None else str(text)
        if len(text) > MAX_DESCRIPTION[kind]:
            raise rules.bad_request(f"BOT_{'ABOUT' if kind == 'short' else 'DESCRIPTION'}_INVALID")
        st.descriptions[f"{kind}:{p.get('language_code', '')}"] = text
        return True

    return handler


def _get_description(kind: str, field_name: str) -> Handler:
    def handler(st: State, p: Params, f: dict[str, Upload]) -> Any:
        return {field_name: st.descriptions.get(f"{kind}:{p.get('language_code', '')}", "")}

    return handler


def set_chat_menu_button(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Store the bot's default menu button (`commands`, `default` or `web_app`)."""
    button = p.get("menu_button") or {"type": "default"}
    if not isinstance(button, dict) or button.get("type") not in {
        "commands",
        "default",
        "web_app",
    }:
        raise rules.bad_request("can't parse menu button JSON object")
    st.menu_button = button
    return True


def get_chat_menu_button(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """The bot's default menu button."""
    return st.menu_button


def set_webhook(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Remember the webhook URL (getUpdates then conflicts)."""
    url = str(p.get("url", ""))
    if url and not url.startswith("https://"):
        raise rules.bad_request("bad webhook: An HTTPS URL must be provided for webhook")
    st.webhook_url = url
    if p.get("drop_pending_updates"):
        st.updates.clear()
    return True


def delete_webhook(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Remove the webhook; optionally drop pending updates."""
    st.webhook_url = ""
    if p.get("drop_pending_updates"):
        st.updates.clear()
    return True


def get_webhook_info(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Describe the webhook state."""
    return {
        "url": st.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": len(st.updates),
    }


def log_out(st: State, p: Params, f: dict[str, Upload]) -> Any:
    """Accept close/logOut."""
    return True


METHODS: dict[str, Handler] = {
    "getMe": get_me,
    "getUpdates": get_updates,
    "sendMessage": send_message,
    "editMessageText": edit_message_text,
    "editMessageReplyMarkup": edit_message_reply_markup,
    "deleteMessage": delete_message,
    "answerCallbackQuery": answer_callback_query,
    "sendDocument": send_document,
    "sendPhoto": send_photo,
    "getFile": get_file,
    "sendChatAction": send_chat_action,
    "setMyCommands": set_my_commands,
    "getMyCommands": get_my_commands,
    "deleteMyCommands": delete_my_commands,
    "setMyDescription": _set_description("long", "description"),
    "getMyDescription": _get_description("long", "description"),
    "setMyShortDescription": _set_description("short", "short_description"),
    "getMyShortDescription": _get_description("short", "short_description"),
    "setChatMenuButton": set_chat_menu_button,
    "getChatMenuButton": get_chat_menu_button,
    "setWebhook": set_webhook,
    "deleteWebhook": delete_webhook,
    "getWebhookInfo": get_webhook_info,
    "close": log_out,
    "logOut": log_out,
}
