"""Data types held by the offline Telegram engine, and Bot API parameter normalisation."""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Any

from bot.content.tg_rules import bad_request

JSON = dict[str, Any]
INT_KEYS = frozenset(
    [
        "chat_id",
        "message_id",
        "offset",
        "limit",
        "timeout",
        "user_id",
        "reply_to_message_id",
        "cache_time",
        "message_thread_id",
        "max_connections",
    ]
)
JSON_KEYS = frozenset(
    [
        "reply_markup",
        "entities",
        "caption_entities",
        "commands",
        "scope",
        "menu_button",
        "allowed_updates",
        "link_preview_options",
        "reply_parameters",
    ]
)
BOOL_KEYS = frozenset(
    [
        "disable_notification",
        "protect_content",
        "show_alert",
        "drop_pending_updates",
        "disable_web_page_preview",
        "allow_sending_without_reply",
    ]
)
FAULT_KINDS = frozenset({"429", "500", "502", "403", "timeout", "delay"})


@dataclass(frozen=True)
class Upload:
    """A file received as a multipart part."""

    filename: str
    size: int
    mime_type: str | None
    content: bytes = field(repr=False)


@dataclass(frozen=True)
class Call:
    """One recorded Bot API call: method, normalised params and the HTTP status returned."""

    method: str
    params: dict[str, Any]
    status: int = 200
    error: str = ""  # Telegram's description of a refused call ("Bad Request: ...")


@dataclass
class Fault:
    """A failure to inject into the next ``times`` matching calls."""

    method: str
    kind: str
    times: int = 1
    chat_id: int | None = None
    retry_after: int = 1
    delay_s: float = 10.0

    def matches(self, method: str, params: Mapping[str, Any]) -> bool:
        """Whether this fault applies to a call of ``method`` with ``params``."""
        if self.times <= 0 or self.method not in {method, "*"}:
            return False
        return self.chat_id is None or params.get("chat_id") == self.chat_id


@dataclass(frozen=True)
class Reply:
    """What the engine answers: HTTP status, the JSON body as sent (serialized once, under the
    engine's lock: a snapshot), and how the transport should behave."""

    status: int
    payload: bytes
    delay_s: float = 0.0
    timed_out: bool = False

    @classmethod
    def of(
        cls, status: int, body: JSON, delay_s: float = 0.0, *, timed_out: bool = False
    ) -> Reply:
        """The reply with `body`, serialized now."""
        return cls(status, json.dumps(body).encode(), delay_s, timed_out)

    @cached_property
    def body(self) -> JSON:
        """The body, decoded (a copy: changing it changes nothing in the engine)."""
        body: JSON = json.loads(self.payload)
        return body


@dataclass
class ChatState:
    """One chat: its JSON object, its messages by id and whether the bot is blocked there."""

    chat: JSON
    messages: dict[int, JSON] = field(default_factory=dict)
    last_id: int = 0
    blocked: bool = False

    def next_id(self) -> int:
        """Allocate the next message id in this chat."""
        self.last_id += 1
        return self.last_id


@dataclass
class State:
    """Everything the engine knows; guarded by the engine's lock."""

    bot: JSON
    clock: Callable[[], float]
    chats: dict[int, ChatState] = field(default_factory=dict)
    updates: list[JSON] = field(default_factory=list)
    last_update_id: int = 0
    callbacks: dict[str, JSON] = field(default_factory=dict)
    commands: dict[str, list[JSON]] = field(default_factory=dict)
    descriptions: dict[str, str] = field(default_factory=dict)  # "long|short:<lang>" -> text
    menu_button: JSON = field(default_factory=lambda: {"type": "default"})
    webhook_url: str = ""
    files: dict[str, tuple[str, Upload]] = field(default_factory=dict)  # id -> (path, upload)
    counter: int = 0

    def now(self) -> int:
        """Current Unix time as Telegram dates are expressed."""
        return int(self.clock())

    def serial(self) -> int:
        """A fresh number for ids (callback queries, files)."""
        self.counter += 1
        return self.counter

    def chat_state(self, chat_id: object) -> ChatState:
        """The known chat ``chat_id`` or ``Bad Request: chat not found``."""
        if not isinstance(chat_id, int) or chat_id not in self.chats:
            raise bad_request("chat not found")
        return self.chats[chat_id]

    def message(self, params: Mapping[str, Any], missing: str) -> tuple[ChatState, JSON]:
        """The message addressed by ``chat_id``/``message_id``, or 400 ``missing``."""
        if "inline_message_id" in params:
            raise bad_request("MESSAGE_ID_INVALID")
        chat = self.chat_state(params.get("chat_id"))
        message = chat.messages.get(params.get("message_id", -1))
        if message is None:
            raise bad_request(missing)
        return chat, message


# Values that are only ever read, decoded once per text and shared: a bot sends the same few
# keyboards and options again and again (`tg_rules.check_reply_markup` checks each one once).
SHARED_KEYS = frozenset(["reply_markup", "link_preview_options"])


@lru_cache(maxsize=1024)
def _shared(text: str) -> Any:
    return json.loads(text)


def normalize(params: Mapping[str, Any]) -> dict[str, Any]:
    """Decode form-style string values (ints, JSON, booleans) into native values."""
    out: dict[str, Any] = {}
    for key, value in params.items():
        if isinstance(value, str) and key in INT_KEYS:
            try:
                value = int(value)
            except ValueError:
                if key != "chat_id":
                    raise bad_request(f"invalid {key} specified") from None
        elif isinstance(value, str) and key in JSON_KEYS:
            try:
                value = _shared(value) if key in SHARED_KEYS else json.loads(value)
            except ValueError:
                if key != "reply_markup":
                    raise bad_request(f"can't parse {key} JSON object") from None
        elif isinstance(value, str) and key in BOOL_KEYS:
            value = value.lower() in {"true", "1"}
        out[key] = value
    return out
