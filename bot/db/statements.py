"""Prebuilt Core statements (module constants with bind parameters), run on a session."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

Row = tuple[Any, ...]


@dataclass(frozen=True)
class Written:
    """What a write did: rows changed, and the new row's id after an INSERT."""

    rowcount: int
    new_id: int | None = None


async def fetch(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> list[Row]:
    """The rows of a statement built once, with `params`."""
    return [tuple(row) for row in await session.execute(statement, params)]


async def write(session: AsyncSession, statement: Any, params: Mapping[str, Any]) -> Written:
    """`fetch` for an INSERT, UPDATE or DELETE built once (a Core statement: the ORM's view of
    the rows is the caller's to keep right); the new id of an INSERT."""
    result: Any = await session.execute(statement, params)
    key = result.inserted_primary_key if getattr(result, "is_insert", False) else None
    return Written(int(result.rowcount), key[0] if key else None)
