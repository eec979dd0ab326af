"""The session of an update on SQLite: SQLAlchemy's synchronous ORM behind AsyncSession's API.

`AsyncSession` runs every call (execute, get, flush, commit, close) in a new greenlet and
switches out of it for each driver call: on SQLite, whose statements take microseconds, that
machinery is most of a statement's cost (a unit of work with one SELECT took 326 µs, a
further SELECT 125 µs; the same through the synchronous ORM 121 µs and 28 µs). SQLite has no
network round trip to wait for, so an update's session (`bot.db.unit_of_work`) runs the
synchronous `Session` directly, on a synchronous engine over the same database file, with the
same dialect, types and SQL. Services and repositories see an `AsyncSession` and are unchanged.

Lock waits. Nothing here may block the event loop: SQLite's busy handler is off (timeout 0),
so a write that meets another connection's write lock fails at once. Before the first write of
a transaction (a DML statement, or any call that flushes pending ORM changes) the session takes
the write lock itself with `BEGIN IMMEDIATE`, retrying from the event loop with `asyncio.sleep`
backoff for up to `BUSY_TIMEOUT_S`, as `bot.db.inline_sqlite` does for the other connections.
Reads take no lock (WAL: readers never wait), so a read-only update never holds up the
reminder dispatcher.

Everything else (reminder jobs, start-up, admin commands) keeps the asynchronous engine;
PostgreSQL keeps `AsyncSession` for everything.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, Engine, event, pool
from sqlalchemy import create_engine as create_sync_engine
from sqlalchemy.engine import Result, make_url
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.util import immutabledict

from bot.db.inline_sqlite import BUSY_TIMEOUT_S, locked, set_pragmas
from bot.db.prepared import prepare

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Written:
    """What a write did: rows changed, and the new row's id after an INSERT."""

    rowcount: int
    new_id: int | None = None


# AsyncSession's own execution option: results are fetched before the call returns.
_PREBUFFER = immutabledict({"prebuffer_rows": True})


def _options(given: Any) -> Any:
    return immutabledict(given).union(_PREBUFFER) if given else _PREBUFFER


class InlineSession(AsyncSession):
    """An AsyncSession whose calls run the synchronous Session directly (no greenlet)."""

    def __init__(self, sessions: InlineSessions, connection: Connection) -> None:
        super().__init__(expire_on_commit=False)
        self.sync_session.bind = connection  # its own connection, kept between units
        self._sessions = sessions
        self._connection = connection
        self._dialect = connection.dialect
        self._raw: sqlite3.Connection | None = None  # the driver connection of the transaction
        self.lent = False  # handed out by `sessions`, until closed

    def _writes_pending(self) -> bool:
        """Whether a flush would write: new or deleted objects, or a changed attribute (an
        attribute set to its old value counts too: the lock is then taken for nothing)."""
        sync = self.sync_session
        return bool(sync.new or sync.deleted) or sync.identity_map.check_modified()

    async def _before(self, statement: Any = None) -> None:
        """Take the write lock first when this call may write."""
        if getattr(statement, "is_dml", False) or self._writes_pending():
            await self.lock_for_write()

    def _driver(self) -> sqlite3.Connection:
        """The driver connection of this transaction (the session's connection, checked out
        on first use and kept until commit, rollback or close)."""
        if self._raw is None:
            raw = self.sync_session.connection().connection.driver_connection
            assert isinstance(raw, sqlite3.Connection)
            self._raw = raw
        return self._raw

    async def fetch_prepared(self, statement: Any, params: Mapping[str, Any]) -> list[Row]:
        """The rows of a prebuilt SELECT, run on the driver connection (`bot.db.prepared`);
        pending ORM changes are flushed first, as the ORM's autoflush would."""
        if self._writes_pending():
            await self.flush()
        prepared = prepare(statement, self._dialect)
        cursor = self._driver().execute(prepared.sql, prepared.rows([params])[0])
        return [prepared.result(row) for row in cursor.fetchall()]

    async def write_prepared(self, statement: Any, params: Mapping[str, Any]) -> Written:
        """Run a prebuilt INSERT, UPDATE or DELETE on the driver connection, write lock first
        (and pending ORM changes flushed first, as the ORM's autoflush would)."""
        if self._writes_pending():
            await self.flush()
        await self.lock_for_write()
        prepared = prepare(statement, self._dialect)
        cursor = self._driver().execute(prepared.sql, prepared.rows([params])[0])
        return Written(cursor.rowcount, cursor.lastrowid)

    async def lock_for_write(self) -> None:
        """Begin the transaction with SQLite's write lock (BEGIN IMMEDIATE), waiting on the
        event loop while another connection holds it; nothing when it is held already."""
        raw = self._driver()
        if raw.in_transaction:
            return
        loop = asyncio.get_running_loop()
        deadline = loop.time() + BUSY_TIMEOUT_S
        delay = 0.001
        while True:
            try:
                raw.execute("BEGIN IMMEDIATE")
                return
            except sqlite3.OperationalError as exc:
                if not locked(exc) or loop.time() >= deadline:
                    raise
            await asyncio.sleep(delay)
            delay = min(delay * 2, 0.05)

    async def execute(
        self,
        statement: Any,
        params: Any = None,
        *,
        execution_options: Any = None,
        bind_arguments: Any = None,
        **kw: Any,
    ) -> Result[Any]:
        await self._before(statement)
        return self.sync_session.execute(
            statement, params, execution_options=_options(execution_options),
            bind_arguments=bind_arguments, **kw,
        )  # fmt: skip

    async def scalar(
        self,
        statement: Any,
        params: Any = None,
        *,
        execution_options: Any = None,
        bind_arguments: Any = None,
        **kw: Any,
    ) -> Any:
        result = await self.execute(
            statement, params, execution_options=execution_options,
            bind_arguments=bind_arguments, **kw,
        )  # fmt: skip
        return result.scalar()

    async def get(self, entity: Any, ident: Any, **kw: Any) -> Any:
        await self._before()
        return self.sync_session.get(entity, ident, **kw)

    async def refresh(self, instance: object, *args: Any, **kw: Any) -> None:
        await self._before()
        self.sync_session.refresh(instance, *args, **kw)

    async def delete(self, instance: object) -> None:
        self.sync_session.delete(instance)

    async def flush(self, objects: Sequence[Any] | None = None) -> None:
        await self._before()
        self.sync_session.flush(objects)

    async def commit(self) -> None:
        """Commit; when nothing was written (no pending change, SQLite's transaction never
        begun: every write takes the lock first) there is nothing to commit, and the read-only
        transaction ends with `close` or the next commit."""
        if not self._writes_pending() and (self._raw is None or not self._raw.in_transaction):
            return
        await self._before()
        self._raw = None
        self.sync_session.commit()

    async def rollback(self) -> None:
        self._raw = None
        self.sync_session.rollback()

    async def close(self) -> None:
        """End the transaction (rolled back if still open) and give the session back to its
        factory for the next unit of work."""
        self._raw = None
        self.sync_session.close()
        if self.lent:
            self.lent = False
            self._sessions.give_back(self)

    def connection_closed(self) -> bool:
        """Whether its connection can no longer serve (closed, or invalidated by an error)."""
        return self._connection.closed or self._connection.invalidated

    def discard(self) -> None:
        """Close the session's own connection (the factory keeps no more idle sessions)."""
        self.sync_session.close()
        self._connection.close()

    async def connection(self, *args: Any, **kw: Any) -> Any:
        raise TypeError("an update's SQLite session has no AsyncConnection; use the session")


def inline_engine(url: str) -> Engine | None:
    """The synchronous engine over the SQLite file of `url`; None for other databases and for
    in-memory SQLite (a second engine would open a second, empty database)."""
    parsed = make_url(url)
    database = parsed.database
    if parsed.get_backend_name() != "sqlite" or database in (None, "", ":memory:"):
        return None

    def connect() -> sqlite3.Connection:
        return sqlite3.connect(database, timeout=0, check_same_thread=False)

    # A pool that never makes a checkout wait (that would block the event loop).
    engine = create_sync_engine(
        "sqlite://", creator=connect, poolclass=pool.QueuePool, pool_size=5, max_overflow=-1
    )
    event.listen(engine, "connect", set_pragmas)
    return engine


class InlineSessions:
    """The factory of update sessions on one synchronous engine (`BotData.unit_sessions`).

    Each session is bound to a connection of its own. When a unit of work closes its session,
    the session and its connection are kept for the next unit: checking a connection out of
    the pool and back, and building a Session, cost about 55 µs a unit, several times the
    unit's SQL. Units that run at the same time get different sessions; at most `keep` idle
    ones are kept."""

    def __init__(self, engine: Engine, keep: int = 8) -> None:
        self.engine = engine
        self._keep = keep
        self._idle: list[InlineSession] = []

    def __call__(self) -> InlineSession:
        session = self._idle.pop() if self._idle else InlineSession(self, self.engine.connect())
        session.lent = True
        return session

    def give_back(self, session: InlineSession) -> None:
        """Keep a closed session for the next unit (or close its connection)."""
        healthy = not (session.connection_closed() or session.sync_session.in_transaction())
        if len(self._idle) < self._keep and healthy:
            self._idle.append(session)
        else:
            session.discard()

    def dispose(self) -> None:
        """Close the idle sessions' connections and the engine's pool."""
        idle, self._idle = self._idle, []
        for session in idle:
            session.discard()
        self.engine.dispose()


def inline_sessions(sync_engine: Engine) -> InlineSessions:
    """The factory of update sessions on `sync_engine`."""
    return InlineSessions(sync_engine)


async def fetch(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> list[Row]:
    """The rows of a statement built once (a module constant) with `params`: on an update's
    SQLite session straight on the driver (about 5 µs against about 100 µs through the ORM
    session), elsewhere through `session.execute`. No expanding IN parameters."""
    if isinstance(session, InlineSession):
        return await session.fetch_prepared(statement, params)
    return [tuple(row) for row in await session.execute(statement, params)]


async def write(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> Written:
    """`fetch` for an INSERT, UPDATE or DELETE built once (a Core statement: the ORM's view of
    the rows is the caller's to keep right); the new id comes from the driver or RETURNING."""
    if isinstance(session, InlineSession):
        return await session.write_prepared(statement, params)
    result: Any = await session.execute(statement, params)
    key = result.inserted_primary_key if getattr(result, "is_insert", False) else None
    return Written(int(result.rowcount), key[0] if key else None)
