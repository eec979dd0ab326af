"""One session per update, and no transaction open across a network call.

`Application.process_update` (see `bot.context.BotApplication`) runs every update inside
`unit_of_work(...)`. Handlers and services ask for the session through
`bot.handlers.common.transaction`, which hands out this update's session (opened lazily, so
an update that never touches the database opens nothing).

Before every Bot API call the update makes, the rate limiter calls `settle_current()`: the
work so far is committed, so no lock or row is held while Telegram answers (50-300 ms, or
seconds after a 429), and what the user is about to read is stored. What follows the call
(the id of the message just sent) begins a new, short transaction on the same session. The
rest is committed once the handlers ran, or rolled back when a handler failed (work
committed before a reply stays: the user was told about it). Code outside an update
(reminder jobs, start-up) gets its own session and transaction, as before.

`on_commit` callbacks run once the work is committed (never after a rollback): a
reminder's wake-up is armed only when the reminder can be seen by the dispatcher.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from contextvars import ContextVar

from sqlalchemy.ext.asyncio import AsyncSession

log = logging.getLogger(__name__)
AfterCommit = Callable[[], Awaitable[None]]


class UnitOfWork:
    """The session of one update, opened on first use."""

    def __init__(self, sessions: Callable[[], AsyncSession]) -> None:
        self._sessions = sessions
        self._session: AsyncSession | None = None
        self._after: list[AfterCommit] = []
        self._settling = asyncio.Lock()
        self.failed = False

    def on_commit(self, callback: AfterCommit) -> None:
        """Run `callback` after the commit (not after a rollback); its errors are logged."""
        self._after.append(callback)

    async def session(self) -> AsyncSession:
        """This update's session (its transaction begins with its first statement)."""
        if self._session is None:
            self._session = self._sessions()
        return self._session

    async def settle(self) -> None:
        """Commit the work so far (a network call follows); the session stays usable."""
        async with self._settling:
            session = self._session
            if self.failed or session is None or not session.in_transaction():
                return
            await session.commit()
            await self._run_after()

    async def _run_after(self) -> None:
        after, self._after = self._after, []
        for callback in after:
            try:
                await callback()
            except Exception:  # the update's work is stored: a hook must not undo its answer
                log.exception("after-commit hook failed")

    async def abort(self) -> None:
        """Roll back and close what was done so far; a later `session()` starts afresh."""
        session, self._session = self._session, None
        if session is not None:
            try:
                await session.rollback()
            finally:
                await session.close()

    async def finish(self) -> None:
        """Commit (or, after a failure, roll back) and close the session, if one was opened."""
        if self.failed:
            self._after.clear()
            await self.abort()
            return
        session, self._session = self._session, None
        if session is not None:
            try:
                await session.commit()
            finally:
                await session.close()
        await self._run_after()


_current: ContextVar[UnitOfWork | None] = ContextVar("unit_of_work", default=None)


def current_unit() -> UnitOfWork | None:
    """The unit of work of the update being processed in this task, if any."""
    return _current.get()


async def settle_current() -> None:
    """Commit the current update's work so far, if any (called before each Bot API call)."""
    unit = _current.get()
    if unit is not None:
        await unit.settle()


@asynccontextmanager
async def unit_of_work(sessions: Callable[[], AsyncSession]) -> AsyncIterator[UnitOfWork]:
    """Run the block as one unit of work: committed at the end, rolled back on an error."""
    unit = UnitOfWork(sessions)
    token = _current.set(unit)
    try:
        yield unit
    except BaseException:
        unit.failed = True
        raise
    finally:
        _current.reset(token)
        await unit.finish()
