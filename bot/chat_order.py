"""Many chats at once, each chat in order: the application's update processor.

PTB hands every update to `BaseUpdateProcessor.process_update`, which holds one of
`max_concurrent_updates` slots while `do_process_update` runs. Here an update whose chat
already has one in progress does not wait for it in a slot of its own: it joins that chat's
line and the task already working for the chat takes it next, in the order the updates came.
A burst of 50 messages from one chat so holds one slot, never 50, and other chats go on.

An update with neither a chat nor a user (none that this bot handles) runs on its own.
"""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Awaitable
from typing import Any

from telegram import Update
from telegram.ext import BaseUpdateProcessor

log = logging.getLogger(__name__)


def chat_of(update: object) -> int | None:
    """The chat an update belongs to (its user's, when it has no chat), or None."""
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    if update.effective_user is not None:
        return update.effective_user.id
    return None


class ChatOrderedProcessor(BaseUpdateProcessor):
    """Up to `max_concurrent_updates` chats at once; one chat's updates one after another."""

    __slots__ = ("_lines",)

    def __init__(self, max_concurrent_updates: int) -> None:
        super().__init__(max_concurrent_updates)
        self._lines: dict[int, deque[Awaitable[Any]]] = {}

    @property
    def chats_in_progress(self) -> int:
        """How many chats have an update being handled now."""
        return len(self._lines)

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        """Run the update now, or queue it behind its chat's update in progress."""
        chat = chat_of(update)
        if chat is None:
            await coroutine
            return
        line = self._lines.get(chat)
        if line is not None:  # the chat's worker takes it after the ones before it
            line.append(coroutine)
            return
        line = self._lines[chat] = deque([coroutine])
        try:
            while line:
                try:
                    await line[0]
                except Exception:  # the application answers its own errors; keep the line going
                    log.exception("an update failed outside its handlers")
                finally:
                    line.popleft()
        finally:
            del self._lines[chat]
            for left in line:  # cancelled (shutdown): close what never ran
                close = getattr(left, "close", None)
                if close is not None:
                    close()

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free: PTB waits for the tasks that hold the lines."""
