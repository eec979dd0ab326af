"""Core statements compiled once and run on SQLite's driver connection, without SQLAlchemy.

A hot loop that runs a few small statements per item (the reminder send loop: a
compare-and-set, a result and a commit per message) spends most of its time in SQLAlchemy's
per-execution machinery (cache lookup, parameter processing, result objects, a greenlet switch
per driver call), several times what SQLite takes to run the statement. A `Prepared` holds the
SQL string SQLAlchemy compiles for the statement, its parameter order, its literal values and
its bind processors, so executing it is one tuple and one driver call with the same SQL and the
same conversions (an aware datetime becomes the same text) as `connection.execute` would send.

`Driver` runs them on the aiosqlite-style connection under an `AsyncConnection`
(`bot.db.inline_sqlite`, or aiosqlite itself); its transaction is the driver's own (pysqlite
begins one before the first write), committed or rolled back by the caller. Only for the
statements a caller prebuilt: no expanding IN, no statement-level defaults.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import ClauseElement
from sqlalchemy.sql.compiler import SQLCompiler
from sqlalchemy.types import TypeEngine

_Slot = tuple[str | None, Any, Callable[[Any], Any] | None]  # (parameter, literal, processor)


class Prepared:
    """One statement compiled for `dialect`; `params` maps its bindparam names to values."""

    def __init__(
        self, statement: ClauseElement, dialect: Dialect, returns: Sequence[TypeEngine[Any]] = ()
    ) -> None:
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler) or compiled.positiontup is None:
            raise ValueError(f"{dialect.name}: a positional SQL statement expected")
        self.sql = compiled.string
        literals = compiled.construct_params(_check=False) or {}
        slots: list[_Slot] = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            slots.append((name if bind.required else None, literals.get(name), processor))
        self._slots = slots
        self._results = [t.dialect_impl(dialect).result_processor(dialect, None) for t in returns]

    def row(self, params: Mapping[str, Any]) -> tuple[Any, ...]:
        """The driver's parameter tuple for one execution."""
        out = []
        for name, literal, processor in self._slots:
            value = params[name] if name is not None else literal
            out.append(processor(value) if processor is not None and value is not None else value)
        return tuple(out)

    def result(self, row: Sequence[Any]) -> tuple[Any, ...]:
        """A returned row, converted as SQLAlchemy would (text -> aware datetime ...)."""
        if not self._results:
            return tuple(row)
        return tuple(p(v) if p is not None else v for p, v in zip(self._results, row, strict=True))


class Driver:
    """Prepared statements on the driver connection of one `AsyncConnection` (SQLite)."""

    def __init__(self, raw: Any) -> None:
        self._raw = raw

    @classmethod
    async def of(cls, conn: AsyncConnection) -> Driver:
        """The driver connection under `conn` (checked out for as long as `conn` is)."""
        fairy = await conn.get_raw_connection()
        return cls(fairy.driver_connection)

    async def fetch(self, statement: Prepared, params: Mapping[str, Any]) -> list[tuple[Any, ...]]:
        """Run once; every returned row, converted."""
        cursor = await self._raw.cursor()
        try:
            await cursor.execute(statement.sql, statement.row(params))
            rows = await cursor.fetchall()
        finally:
            await cursor.close()
        return [statement.result(r) for r in rows]

    async def run_many(self, statement: Prepared, params: Iterable[Mapping[str, Any]]) -> int:
        """Run once per parameter set (executemany); the rows changed in all."""
        cursor = await self._raw.cursor()
        try:
            await cursor.executemany(statement.sql, [statement.row(p) for p in params])
            changed = int(cursor.rowcount)
        finally:
            await cursor.close()
        return changed

    async def commit(self) -> None:
        await self._raw.commit()

    async def rollback(self) -> None:
        await self._raw.rollback()
