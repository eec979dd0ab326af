"""SQLite on the event loop's own thread, behind the interface SQLAlchemy's aiosqlite dialect uses.

aiosqlite runs every call (cursor, execute, fetch, close, commit) on a worker thread and wakes
the event loop for each result: about 150-200 µs per SQL statement on this project's
machines, most of an update's cost. SQLite itself answers a statement on a local file in
microseconds, so this module runs the same calls directly and returns already-completed
awaitables. `create_engine` gives SQLAlchemy's `sqlite+aiosqlite` dialect these connections
through `async_creator`.

The trade-off: while SQLite waits for a lock held by another process, the event loop waits
too. The bot is SQLite's only writer in the supported set-up (one process; several
instances need PostgreSQL), and the busy timeout bounds the wait (`INLINE_BUSY_TIMEOUT_MS`).
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Awaitable, Callable, Iterable
from typing import Any


class _Done:
    """An awaitable that is already complete: `await` returns `value` without a loop turn."""

    def __init__(self, value: Any) -> None:
        self.value = value

    def __await__(self) -> Any:
        return self.value
        yield  # pragma: no cover - makes this a generator


def _run(call: Callable[..., Any], *args: Any) -> _Done:
    return _Done(call(*args))


class Cursor:
    """The aiosqlite cursor interface over a sqlite3 cursor."""

    def __init__(self, cursor: sqlite3.Cursor) -> None:
        self._cursor = cursor

    def __aenter__(self) -> _Done:
        return _Done(self)

    def __await__(self) -> Any:
        return self
        yield  # pragma: no cover - makes this a generator

    def __aexit__(self, *_exc: object) -> _Done:
        return self.close()

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

    def execute(self, sql: str, parameters: Any = None) -> _Done:
        if parameters is None:
            self._cursor.execute(sql)
        else:
            self._cursor.execute(sql, parameters)
        return _Done(self)

    def executemany(self, sql: str, parameters: Iterable[Any]) -> _Done:
        self._cursor.executemany(sql, parameters)
        return _Done(self)

    def fetchone(self) -> _Done:
        return _run(self._cursor.fetchone)

    def fetchmany(self, size: int | None = None) -> _Done:
        return _Done(self._cursor.fetchmany(size or self._cursor.arraysize))

    def fetchall(self) -> _Done:
        return _run(self._cursor.fetchall)

    def close(self) -> _Done:
        return _run(self._cursor.close)


class _Transactions:
    """aiosqlite's request queue, as SQLAlchemy uses it to set the isolation level."""

    def put_nowait(self, item: tuple[asyncio.Future[Any], Callable[[], Any]]) -> None:
        future, function = item
        try:
            future.set_result(function())
        except Exception as exc:  # pragma: no cover - passed on as aiosqlite would
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

    def execute(self, sql: str, parameters: Any = None) -> _Done:
        cursor = (
            self._conn.execute(sql) if parameters is None else self._conn.execute(sql, parameters)
        )
        return _Done(Cursor(cursor))

    def commit(self) -> _Done:
        return _run(self._conn.commit)

    def rollback(self) -> _Done:
        return _run(self._conn.rollback)

    def close(self) -> _Done:
        if self._connection is None:
            return _Done(None)
        self._connection = None
        return _run(self._conn.close)

    def stop(self) -> None:
        self.close()

    def create_function(self, *args: Any, **kwargs: Any) -> _Done:
        return _run(lambda: self._conn.create_function(*args, **kwargs))


def creator(database: str, *, timeout_s: float) -> Callable[[], Awaitable[Connection]]:
    """`create_async_engine(..., async_creator=creator(path, timeout_s=...))` for SQLite."""

    async def connect() -> Connection:
        return Connection(sqlite3.connect(database, timeout=timeout_s, check_same_thread=False))

    return connect
