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

from bot.db import inline_sqlite


def ensure_sqlite_dir(url: str) -> None:
    """Create the directory of a file-based SQLite database."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite" and parsed.database not in (None, "", ":memory:"):
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)


def create_engine(
    url: str, *, pool_size: int = 5, max_overflow: int = 5, **kwargs: Any
) -> AsyncEngine:
    """Create the async engine for `url`, tuned for its backend.

    SQLite: WAL, synchronous=NORMAL (a commit survives a crash of the process; a power cut
    may lose the last transactions, never corrupt the file), foreign keys, statements run
    inline on the event loop with lock waits as asyncio sleeps (see `inline_sqlite`).
    PostgreSQL: a connection pool of `pool_size` (+ `max_overflow`), checked before use.
    """
    ensure_sqlite_dir(url)
    if make_url(url).get_backend_name() == "sqlite":
        database = make_url(url).database or ":memory:"
        engine = create_async_engine(url, async_creator=inline_sqlite.creator(database), **kwargs)
        event.listen(engine.sync_engine, "connect", inline_sqlite.set_pragmas)
        return engine
    return create_async_engine(
        url, pool_pre_ping=True, pool_size=pool_size, max_overflow=max_overflow, **kwargs
    )


def session_factory(engine: AsyncEngine) -> async_sessionmaker[AsyncSession]:
    """One session per update or job; the caller owns the transaction."""
    return async_sessionmaker(engine, expire_on_commit=False)
