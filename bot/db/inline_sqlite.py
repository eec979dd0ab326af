"""SQLite on the event loop's own thread, behind the interface SQLAlchemy's aiosqlite dialect uses.

aiosqlite runs every call (cursor, execute, fetch, close, commit) on a worker thread and wakes
the event loop for each result: about 150-200 µs per SQL statement on this project's
machines, most of an update's cost. SQLite itself answers a statement on a local file in
microseconds, so this module runs the same calls directly and returns already-completed
awaitables. `create_engine` gives SQLAlchemy's `sqlite+aiosqlite` dialect these connections
through `async_creator`.

A statement that finds the database locked by another connection (another task's
transaction, a second engine, another process) is retried from the event loop with
`asyncio.sleep` backoff for up to BUSY_TIMEOUT_S, so the lock holder keeps running; SQLite's
own busy handler, which would sleep on the loop's thread, is switched off (timeout 0).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from typing import Any

BUSY_TIMEOUT_S = 5.0


class _Done:
    """An awaitable that is already complete: `await` returns `value` without a loop turn."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Any:
        return self.value
        yield  # pragma: no cover - makes this a generator


def locked(exc: sqlite3.OperationalError) -> bool:
    return "locked" in str(exc) or "busy" in str(exc)


def _run(call: Callable[..., Any], *args: Any) -> Any:
    """Run `call` now; if another connection holds the lock, retry from the event loop."""
    try:
        return _Done(call(*args))
    except sqlite3.OperationalError as exc:
        if not locked(exc):
            raise
        return _retry(call, args)


async def _retry(call: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + BUSY_TIMEOUT_S
    delay = 0.001
    while True:
        await asyncio.sleep(delay)
        try:
            return call(*args)
        except sqlite3.OperationalError as exc:
            if not locked(exc) or loop.time() >= deadline:
                raise
            delay = min(delay * 2, 0.05)


def set_pragmas(dbapi_connection: Any, _record: Any = None) -> None:
    """The bot's SQLite settings, on every new connection (an engine's "connect" event): WAL,
    synchronous=NORMAL, foreign keys, and no busy wait on the loop's thread (lock waits are
    asyncio sleeps, here and in `inline_session`)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=0")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


class Cursor:
    """The aiosqlite cursor interface over a sqlite3 cursor."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __aenter__(self) -> _Done:
        return _Done(self)

    def __aexit__(self, *_exc: object) -> Any:
        return self.close()

    def __await__(self) -> Any:
        return self
        yield  # pragma: no cover - makes this a generator

    @property
    def description(self) -> Any:
        return self._cursor.description

    @property
    def rowcount(self) -> int:
        return self._cursor.rowcount

    @property
    def lastrowid(self) -> int | None:
        return self._cursor.lastrowid

    @property
    def arraysize(self) -> int:
        return self._cursor.arraysize

    @arraysize.setter
    def arraysize(self, value: int) -> None:
        self._cursor.arraysize = value

    def _execute(self, sql: str, parameters: Any) -> Cursor:
        if parameters is None:
            self._cursor.execute(sql)
        else:
            self._cursor.execute(sql, parameters)
        return self

    def execute(self, sql: str, parameters: Any = None) -> Any:
        return _run(self._execute, sql, parameters)

    def _executemany(self, sql: str, parameters: list[Any]) -> Cursor:
        self._cursor.executemany(sql, parameters)
        return self

    def executemany(self, sql: str, parameters: Iterable[Any]) -> Any:
        return _run(self._executemany, sql, list(parameters))

    def fetchone(self) -> Any:
        return _Done(self._cursor.fetchone())

    def fetchmany(self, size: int | None = None) -> Any:
        return _Done(self._cursor.fetchmany(size or self._cursor.arraysize))

    def fetchall(self) -> Any:
        return _Done(self._cursor.fetchall())

    def close(self) -> Any:
        self._cursor.close()
        return _Done(None)


class _Transactions:
    """aiosqlite's request queue, as SQLAlchemy uses it to set the isolation level."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as exc:  # passed on as aiosqlite would
            future.set_exception(exc)


class Connection:
    """The aiosqlite connection interface over a sqlite3 connection, run inline."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._conn = connection
        self._connection: sqlite3.Connection | None = connection
        self._tx = _Transactions()

    @property
    def isolation_level(self) -> str | None:
        return self._conn.isolation_level

    def cursor(self) -> Cursor:
        return Cursor(self._conn.cursor())

    def execute(self, sql: str, parameters: Any = None) -> Any:
        return self.cursor().execute(sql, parameters)

    def commit(self) -> Any:
        return _run(self._conn.commit)

    def rollback(self) -> Any:
        self._conn.rollback()
        return _Done(None)

    def close(self) -> Any:
        if self._connection is None:
            return _Done(None)
        self._connection = None
        self._conn.close()
        return _Done(None)

    def stop(self) -> None:
        self.close()

    def create_function(self, *args: Any, **kwargs: Any) -> Any:
        self._conn.create_function(*args, **kwargs)
        return _Done(None)


def creator(database: str) -> Callable[[], Awaitable[Connection]]:
    """`create_async_engine(..., async_creator=creator(path))` for SQLite (busy timeout 0)."""

    async def connect() -> Connection:
        return Connection(sqlite3.connect(database, timeout=0, check_same_thread=False))

    return connect
