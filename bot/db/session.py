"""Engine and session factory; SQLite gets WAL, a busy timeout and foreign keys."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import event
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)

# How long a SQLite statement waits for another connection's write lock. aiosqlite runs the
# driver in a thread of its own, so the wait never blocks the event loop.
SQLITE_BUSY_TIMEOUT_MS = 5000


def ensure_sqlite_dir(url: str) -> None:
    """Create the directory of a file-based SQLite database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def set_pragmas(dbapi_connection: Any, _record: Any = None) -> None:
    """The bot's SQLite settings, on every new connection (the engine's "connect" event)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_MS}")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_engine(
    url: str, *, pool_size: int = 5, max_overflow: int = 5, **kwargs: Any
) -> AsyncEngine:
    """Create the async engine for `url`, tuned for its backend.

    SQLite (aiosqlite): WAL (readers never wait for the writer), synchronous=NORMAL (a commit
    survives a crash of the process; a power cut may lose the last transactions, never corrupt
    the file), a busy timeout and foreign keys. The driver's own transaction handling begins a
    transaction at the first write, not the first read, so a read-only update takes no lock and
    a writer takes the lock before it reads what it will change.
    PostgreSQL: a connection pool of `pool_size` (+ `max_overflow`), checked before use.
    """
    ensure_sqlite_dir(url)
    if make_url(url).get_backend_name() == "sqlite":
        engine = create_async_engine(url, **kwargs)
        event.listen(engine.sync_engine, "connect", set_pragmas)
        return engine
    return create_async_engine(
        url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow, **kwargs
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """One session per update or job; the caller owns the transaction."""
    return async_sessionmaker(engine, expire_on_commit=False)
