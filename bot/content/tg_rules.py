"""Telegram Bot API validation rules as pure functions shared by both doubles."""

from __future__ import annotations

import json
from functools import lru_cache
from typing import Any

from bot.content.tg_html import HtmlError, Parsed, parse_html, utf16_len

MAX_TEXT = 4096
MAX_CAPTION = 1024
MAX_CALLBACK_DATA = 64
NOT_MODIFIED = (
    "Bad Request: message is not modified: specified new message content and reply markup are "
    "exactly the same as a current content and reply markup of the message"
)
BUTTON_ACTIONS = (
    "url",
    "callback_data",
    "web_app",
    "login_url",
    "switch_inline_query",
    "switch_inline_query_current_chat",
    "switch_inline_query_chosen_chat",
    "copy_text",
    "callback_game",
    "pay",
)
CHAT_ACTIONS = frozenset(
    [
        "typing",
        "upload_photo",
        "record_video",
        "upload_video",
        "record_voice",
        "upload_voice",
        "upload_document",
        "choose_sticker",
        "find_location",
        "record_video_note",
        "upload_video_note",
    ]
)

__all__ = [
    "MAX_CALLBACK_DATA",
    "MAX_CAPTION",
    "MAX_TEXT",
    "NOT_MODIFIED",
    "ApiError",
    "Parsed",
    "bad_request",
    "check_caption",
    "check_chat_action",
    "check_reply_markup",
    "check_text",
    "format_text",
    "parse_html",
    "utf16_len",
]


class ApiError(Exception):
    """A Bot API failure: HTTP status, description and optional ``parameters``."""

    def __init__(self, status: int, description: str, retry_after: int | None = None) -> None:
        """Create the error; ``retry_after`` becomes ``parameters.retry_after``."""
        super().__init__(description)
        self.status = status
        self.description = description
        self.retry_after = retry_after

    def to_json(self) -> dict[str, Any]:
        """Telegram's error body: ``{"ok": false, "error_code": ..., "description": ...}``."""
        body: dict[str, Any] = {
            "ok": False,
            "error_code": self.status,
            "description": self.description,
        }
        if self.retry_after is not None:
            body["parameters"] = {"retry_after": self.retry_after}
        return body


def bad_request(reason: str) -> ApiError:
    """A 400 error with description ``Bad Request: <reason>``."""
    return ApiError(400, f"Bad Request: {reason}")


def _strip(parsed: Parsed) -> Parsed:
    """Strip surrounding whitespace like Telegram, shifting/clipping entities."""
    text = parsed.text.strip()
    lead = utf16_len(parsed.text) - utf16_len(parsed.text.lstrip())
    total = utf16_len(text)
    entities = []
    for entity in parsed.entities:
        start = max(0, entity["offset"] - lead)
        end = min(entity["offset"] + entity["length"] - lead, total)
        if end > start:
            entities.append({**entity, "offset": start, "length": end - start})
    return Parsed(text, entities)


def format_text(
    text: str, parse_mode: str | None, entities: list[dict[str, Any]] | None = None
) -> Parsed:
    """Apply ``parse_mode`` (HTML validated; Markdown kept verbatim) and strip whitespace."""
    mode = (parse_mode or "").lower()
    if mode == "html":
        shown, entities_seen = _html_stripped(text)
        return Parsed(shown, [dict(entity) for entity in entities_seen])  # the caller's own
    if mode in {"", "markdown", "markdownv2"}:
        parsed = Parsed(text, list(entities or []))
    else:
        raise bad_request("unsupported parse_mode")
    return _strip(parsed)


@lru_cache(maxsize=1024)  # a bot sends the same pages and labels again and again
def _html_stripped(text: str) -> tuple[str, tuple[dict[str, Any], ...]]:
    """The text and entities of Telegram HTML `text`, parsed and stripped (ApiError: invalid)."""
    try:
        parsed = _strip(parse_html(text))
    except HtmlError as exc:
        raise ApiError(400, exc.description) from None
    return parsed.text, tuple(parsed.entities)


def check_text(
    text: object, parse_mode: str | None, entities: list[dict[str, Any]] | None = None
) -> Parsed:
    """Validate a message text: parse it, reject empty or longer than 4096 UTF-16 units."""
    if not isinstance(text, str) or not text:
        raise bad_request("message text is empty")
    parsed = format_text(text, parse_mode, entities)
    if not parsed.text:
        raise bad_request("message text is empty")
    if utf16_len(parsed.text) > MAX_TEXT:
        raise bad_request("message is too long")
    return parsed


def check_caption(caption: object, parse_mode: str | None) -> Parsed:
    """Validate an optional media caption (at most 1024 UTF-16 units after parsing)."""
    if caption is None or caption == "":
        return Parsed("")
    parsed = format_text(str(caption), parse_mode)
    if utf16_len(parsed.text) > MAX_CAPTION:
        raise bad_request("message caption is too long")
    return parsed


def check_chat_action(action: object) -> None:
    """Reject chat actions Telegram does not know."""
    if action not in CHAT_ACTIONS:
        raise bad_request("wrong parameter action in request")


def _check_button(button: object) -> None:
    """Validate one inline keyboard button."""
    if not isinstance(button, dict):
        raise bad_request("can't parse inline keyboard button: object expected")
    text = button.get("text")
    if not isinstance(text, str) or not text.strip():
        raise bad_request("BUTTON_TEXT_INVALID")
    if "callback_data" in button:  # the common case first: it is one of the actions
        data = button["callback_data"]
        size = len(data.encode("utf-8")) if isinstance(data, str) else 0
        if not 1 <= size <= MAX_CALLBACK_DATA:
            raise bad_request("BUTTON_DATA_INVALID")
    elif not any(key in button for key in BUTTON_ACTIONS):
        raise bad_request("text buttons are unallowed in the inline keyboard")


# id -> a markup that passed (kept alive here, so its id names no other object): a double gets
# the same decoded keyboard again and again (`offline.state.normalize` shares them), and no
# caller changes one in place.
_CHECKED: dict[int, dict[str, Any]] = {}


def check_reply_markup(markup: object) -> dict[str, Any] | None:
    """Validate ``reply_markup`` (dict or JSON string) and return it as a dict."""
    if markup is None or markup == "":
        return None
    if isinstance(markup, dict) and _CHECKED.get(id(markup)) is markup:
        return markup
    checked = _check_markup(markup)
    if len(_CHECKED) >= 1024:
        _CHECKED.clear()
    _CHECKED[id(checked)] = checked
    return checked


def _check_markup(markup: object) -> dict[str, Any]:
    if isinstance(markup, str):
        try:
            markup = json.loads(markup)
        except ValueError:
            raise bad_request("can't parse reply keyboard markup JSON object") from None
    if not isinstance(markup, dict):
        raise bad_request("can't parse reply keyboard markup JSON object")
    if "inline_keyboard" in markup:
        rows = markup["inline_keyboard"]
        if not isinstance(rows, list) or not all(isinstance(row, list) for row in rows):
            raise bad_request('field "inline_keyboard" must be an Array of Arrays')
        for row in rows:
            for button in row:
                _check_button(button)
    elif "keyboard" in markup:
        for row in markup["keyboard"]:
            for button in row:
                text = button.get("text") if isinstance(button, dict) else button
                if not isinstance(text, str) or not text:
                    raise bad_request("BUTTON_TEXT_INVALID")
    elif not {"remove_keyboard", "force_reply"} & markup.keys():
        raise bad_request("can't parse reply keyboard markup JSON object")
    return markup
