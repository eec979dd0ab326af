"""Prebuilt Core statements (module constants with bind parameters), run on a session."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

Row = tuple[Any, ...]


async def fetch(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> list[Row]:
    """The rows of a statement built once, with `params`."""
    return [tuple(row) for row in await session.execute(statement, params)]


async def write(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> int:
    """`fetch` for an INSERT, UPDATE or DELETE built once (a Core statement: the ORM's view of
    the rows is the caller's to keep right); how many rows it changed."""
    result: Any = await session.execute(statement, params)
    return int(result.rowcount)
