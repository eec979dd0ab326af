"""PostgreSQL administration for tests and benchmarks: the server's URL, and one statement run
outside a transaction (CREATE / DROP DATABASE)."""

from __future__ import annotations

import asyncio

from sqlalchemy import text
from sqlalchemy.ext.asyncio import create_async_engine

from bot.config import async_driver_url


def asyncpg_url(raw: str) -> str:
    """`raw` (postgresql://, postgres:// or postgresql+asyncpg://) for SQLAlchemy's asyncpg."""
    return async_driver_url(raw)


async def pg_execute(url: str, statement: str, *, timeout_s: float = 10) -> None:
    """Run one statement in autocommit mode (CREATE DATABASE cannot run in a transaction)."""
    engine = create_async_engine(url, isolation_level="AUTOCOMMIT", connect_args={"timeout": 5})
    try:
        async with asyncio.timeout(timeout_s), engine.connect() as conn:
            await conn.execute(text(statement))
    finally:
        await engine.dispose()
