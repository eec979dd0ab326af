"""Send results waiting for the next commit of the send loop.

A result is not committed on its own: it goes out in the transaction that starts the next
message (or in a flush at the end of a batch, before a wait, and before a stop releases the
batch), so each message costs one commit. A result leaves the outbox only once the
transaction that wrote it committed: a connection lost on the way keeps it for the next try.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from contextlib import asynccontextmanager, suppress
from datetime import datetime
from typing import Any

from bot.reminders.sends import Writer


class Outbox:
    """Results (`sends.record` rows) and users found blocked, not yet committed."""

    def __init__(self) -> None:
        self.results: list[dict[str, Any]] = []
        self.blocked: set[int] = set()

    def add(self, result: dict[str, Any], *, blocked_user: int | None = None) -> None:
        """Queue one attempt's outcome (and the user who blocked the bot, for a 403)."""
        self.results.append(result)
        if blocked_user is not None:
            self.blocked.add(blocked_user)

    @property
    def pending(self) -> bool:
        """Whether anything is queued (a lost connection left results unwritten)."""
        return bool(self.results or self.blocked)

    @asynccontextmanager
    async def writing(self, writer: Writer, now: datetime) -> AsyncIterator[None]:
        """A transaction that first writes what is queued, then the caller's statements; the
        queue is emptied of what it wrote once it committed. Rolled back on any error."""
        n, blocked = len(self.results), set(self.blocked)
        try:
            await writer.record(self.results[:n])
            if blocked:
                await writer.mark_blocked(blocked, now)
            yield
            await writer.commit()
        except BaseException:
            with suppress(Exception):  # a lost connection: the error that matters is the first
                await writer.rollback()
            raise
        del self.results[:n]
        self.blocked -= blocked

    async def flush(self, writer: Writer, now: datetime) -> None:
        """Commit what is queued, if anything."""
        if self.pending:
            async with self.writing(writer, now):
                pass
