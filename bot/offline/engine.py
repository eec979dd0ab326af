"""Thread-safe, synchronous Telegram-like state machine shared by both Bot API doubles."""

from __future__ import annotations

import asyncio
import contextlib
import json
import threading
import time
from collections.abc import Callable, Mapping
from typing import Any

from bot.content.tg_rules import ApiError
from bot.offline import incoming
from bot.offline.methods import METHODS
from bot.offline.state import FAULT_KINDS, JSON, Call, Fault, Reply, State, Upload, normalize

__all__ = ["Call", "Engine", "Fault", "Reply", "Upload"]

NOT_FOUND: JSON = {"ok": False, "error_code": 404, "description": "Not Found"}
TIMED_OUT: JSON = {"ok": False, "error_code": 504, "description": "Gateway Timeout"}
FAULTS: dict[str, tuple[int, str]] = {
    "500": (500, "Internal Server Error"),
    "502": (502, "Bad Gateway"),
    "403": (403, "Forbidden: bot was blocked by the user"),
}
Predicate = Callable[[list[Call]], bool]


def threadsafe_setter(event: asyncio.Event) -> Callable[[], None]:
    """A listener that sets ``event`` from any thread (ignored once its loop has closed)."""
    loop = asyncio.get_running_loop()

    def listener() -> None:
        with contextlib.suppress(RuntimeError):
            loop.call_soon_threadsafe(event.set)

    return listener


class Engine:
    """Telegram's side of a chat: bot user, chats, messages, update queue, call log, faults."""

    def __init__(
        self,
        token: str = "123:ABC",
        *,
        username: str = "cramp_test_bot",
        first_name: str = "Cramp Bot",
        clock: Callable[[], float] = time.time,
    ) -> None:
        """Create an engine whose bot id is the numeric part of ``token``."""
        head = token.split(":", 1)[0]
        bot = {
            "id": int(head) if head.isdigit() else 1,
            "is_bot": True,
            "first_name": first_name,
            "username": username,
            "can_join_groups": True,
            "can_read_all_group_messages": False,
            "supports_inline_queries": False,
        }
        self.token = token
        self._cond = threading.Condition(threading.RLock())
        self._state = State(bot=bot, clock=clock)
        self._calls: list[Call] = []
        self._faults: list[Fault] = []
        self._listeners: list[Callable[[], None]] = []
        self._methods = {name.lower(): handler for name, handler in METHODS.items()}

    def check_token(self, token: str) -> bool:
        """Whether ``token`` is this bot's token."""
        return token == self.token

    def call(
        self,
        method: str,
        params: Mapping[str, Any] | None = None,
        files: dict[str, Upload] | None = None,
    ) -> Reply:
        """Run one Bot API method; never raises, answers like Telegram would."""
        with self._cond:
            reply, recorded = self._dispatch(method, dict(params or {}), files or {})
            error = "" if reply.status == 200 else str(reply.body.get("description", ""))
            self._calls.append(Call(method, recorded, reply.status, error))
            self._cond.notify_all()
        self._notify()
        return reply

    def _dispatch(
        self, method: str, raw: dict[str, Any], files: dict[str, Upload]
    ) -> tuple[Reply, JSON]:
        """Look up, fault-inject and run ``method``; returns the reply and recorded params."""
        handler = self._methods.get(method.lower())
        if handler is None:
            return Reply.of(404, NOT_FOUND), raw
        try:
            params = normalize(raw)
        except ApiError as exc:
            return Reply.of(exc.status, exc.to_json()), raw
        fault = next((f for f in self._faults if f.matches(method, params)), None)
        if fault is not None:
            fault.times -= 1
            if fault.kind == "timeout":
                return Reply.of(504, TIMED_OUT, fault.delay_s, timed_out=True), params
            if fault.kind == "429":
                text = f"Too Many Requests: retry after {fault.retry_after}"
                return Reply.of(429, ApiError(429, text, fault.retry_after).to_json()), params
            if fault.kind != "delay":
                status, text = FAULTS[fault.kind]
                return Reply.of(status, ApiError(status, text).to_json()), params
        chat = self._state.chats.get(params.get("chat_id", 0))
        try:
            if chat is not None and chat.blocked:
                private = chat.chat["type"] == "private"
                raise ApiError(
                    403,
                    "Forbidden: bot was blocked by the user"
                    if private
                    else "Forbidden: bot was kicked from the group chat",
                )
            result = handler(self._state, params, files)
        except ApiError as exc:
            return Reply.of(exc.status, exc.to_json()), params
        body = {"ok": True, "result": result}  # serialized here, under the lock: a snapshot
        return Reply.of(200, body, fault.delay_s if fault else 0.0), params

    def inject(
        self,
        method: str,
        kind: str,
        *,
        times: int = 1,
        chat_id: int | None = None,
        retry_after: int = 1,
        delay_s: float = 10.0,
    ) -> Fault:
        """Make the next ``times`` calls of ``method`` ("*" = any) fail with ``kind``."""
        if kind not in FAULT_KINDS:
            raise ValueError(f"kind must be one of {sorted(FAULT_KINDS)}")
        fault = Fault(method, kind, times, chat_id, retry_after, delay_s)
        with self._cond:
            self._faults.append(fault)
        return fault

    def add_chat(self, chat_id: int, *, chat_type: str = "private", name: str = "Ann") -> None:
        """Make ``chat_id`` known so the bot may send to it."""
        with self._cond:
            incoming.ensure_chat(self._state, chat_id, chat_type, name)

    def block(self, chat_id: int, blocked: bool = True) -> None:
        """Mark the bot blocked (or unblocked) in ``chat_id``; sends then return 403."""
        with self._cond:
            incoming.ensure_chat(self._state, chat_id).blocked = blocked

    # ---- incoming updates --------------------------------------------------------------

    def _push(self, build: Callable[..., JSON], *args: Any, **kwargs: Any) -> JSON:
        """Run an update builder under the lock and wake waiters."""
        with self._cond:
            update = build(self._state, *args, **kwargs)
            self._cond.notify_all()
        self._notify()
        return json.loads(json.dumps(update))  # type: ignore[no-any-return]

    def user_message(self, chat_id: int, text: str, **kwargs: Any) -> JSON:
        """Queue a user's text; kwargs: user_id, first_name, chat_type, edited, message_id."""
        return self._push(incoming.user_message, chat_id, text, **kwargs)

    def callback(self, chat_id: int, data: str, *, message_id: int) -> JSON:
        """Queue a press of a button with ``data`` under bot message ``message_id``."""
        return self._push(incoming.callback, chat_id, data, message_id=message_id)

    def location(self, chat_id: int, lat: float, lon: float, **kwargs: Any) -> JSON:
        """Queue a shared location."""
        return self._push(incoming.location, chat_id, lat, lon, **kwargs)

    def sticker(self, chat_id: int, emoji: str = "🙂", **kwargs: Any) -> JSON:
        """Queue a sticker."""
        return self._push(incoming.sticker, chat_id, emoji, **kwargs)

    def photo(self, chat_id: int, caption: str | None = None, **kwargs: Any) -> JSON:
        """Queue a photo with an optional caption."""
        return self._push(incoming.photo, chat_id, caption, **kwargs)

    def my_chat_member(self, chat_id: int, old: str, new: str) -> JSON:
        """Queue a bot membership change; ``new="kicked"`` also blocks the chat."""
        return self._push(incoming.my_chat_member, chat_id, old, new)

    # ---- inspection for tests ----------------------------------------------------------

    @property
    def calls(self) -> list[Call]:
        """Snapshot of every recorded call, failed ones included."""
        with self._cond:
            return list(self._calls)

    def sent(self, chat_id: int | None = None, method: str = "sendMessage") -> list[Call]:
        """Successful calls of ``method`` (optionally to ``chat_id``)."""
        return [
            c
            for c in self.calls
            if c.method == method
            and c.status == 200
            and (chat_id is None or c.params.get("chat_id") == chat_id)
        ]

    def messages(self, chat_id: int) -> list[JSON]:
        """Current messages of a chat (both sides, after edits and deletes), oldest first."""
        with self._cond:
            chat = self._state.chats.get(chat_id)
            found = [chat.messages[k] for k in sorted(chat.messages)] if chat else []
            return json.loads(json.dumps(found))  # type: ignore[no-any-return]

    def last_text(self, chat_id: int) -> str | None:
        """Text (or caption) of the bot's latest message in ``chat_id``, or None."""
        bot_id = self._state.bot["id"]
        for message in reversed(self.messages(chat_id)):
            if message["from"]["id"] == bot_id:
                return str(message.get("text", message.get("caption", "")))
        return None

    def file_content(self, file_path: str) -> bytes | None:
        """Bytes of an uploaded file by its ``getFile`` path."""
        with self._cond:
            found = [u for path, u in self._state.files.values() if path == file_path]
        return found[0].content if found else None

    # ---- waiting -----------------------------------------------------------------------

    def has_updates(self, offset: int = 0) -> bool:
        """Whether getUpdates with ``offset`` would return something now."""
        with self._cond:
            return any(u["update_id"] >= offset or offset < 0 for u in self._state.updates)

    def wait_updates(
        self, offset: int, timeout: float, stop: threading.Event | None = None
    ) -> bool:
        """Block up to ``timeout`` s until updates at ``offset`` exist (or ``stop`` is set)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not self.has_updates(offset) and not (stop and stop.is_set()):
                left = deadline - time.monotonic()
                if left <= 0:
                    return False
                self._cond.wait(min(left, 0.25))
            return self.has_updates(offset)

    def wait_for(self, predicate: Predicate, timeout: float = 10.0) -> list[Call]:
        """Block until ``predicate(calls)`` holds; AssertionError after ``timeout`` s."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while not predicate(list(self._calls)):
                left = deadline - time.monotonic()
                if left <= 0:
                    recent = [(c.method, c.status) for c in self._calls[-10:]]
                    raise AssertionError(f"not met within {timeout}s; last calls: {recent}")
                self._cond.wait(left)
            return list(self._calls)

    async def wait_for_async(self, predicate: Predicate, within: float = 10.0) -> list[Call]:
        """Async ``wait_for`` for code sharing an event loop with the in-process double."""
        changed = asyncio.Event()
        unsubscribe = self.subscribe(threadsafe_setter(changed))
        try:
            async with asyncio.timeout(within):
                while not predicate(self.calls):
                    await changed.wait()
                    changed.clear()
        except TimeoutError:
            recent = [(c.method, c.status) for c in self.calls[-10:]]
            raise AssertionError(f"not met within {within}s; last calls: {recent}") from None
        finally:
            unsubscribe()
        return self.calls

    def subscribe(self, listener: Callable[[], None]) -> Callable[[], None]:
        """Call ``listener`` (from any thread) after each call or update; returns unsubscribe."""
        with self._cond:
            self._listeners.append(listener)

        def unsubscribe() -> None:
            with self._cond, contextlib.suppress(ValueError):
                self._listeners.remove(listener)

        return unsubscribe

    def _notify(self) -> None:
        """Run listeners outside the lock."""
        with self._cond:
            listeners = list(self._listeners)
        for listener in listeners:
            listener()
