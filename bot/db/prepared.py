"""Core statements compiled once and run on SQLite's driver connection, without SQLAlchemy.

A hot loop that runs a few small statements per item (the reminder send loop: a
compare-and-set, a result and a commit per message) spends most of its time in SQLAlchemy's
per-execution machinery (cache lookup, parameter processing, result objects, a greenlet switch
per driver call), several times what SQLite takes to run the statement. A `Prepared` holds the
SQL string SQLAlchemy compiles for the statement, its parameter order, its literal values and
its bind processors, so executing it is one tuple and one driver call with the same SQL and the
same conversions (an aware datetime becomes the same text) as `connection.execute` would send.

`Driver` runs them on the aiosqlite connection under an `AsyncConnection`; its transaction is
the driver's own (pysqlite begins one before the first write), which is also the transaction
of the `AsyncConnection` or session above it: the caller commits or rolls back either way.
Only for the statements a caller prebuilt: no expanding IN, no statement-level defaults.
`run_many` is executemany that takes this path on SQLite and SQLAlchemy's elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from sqlalchemy import Dialect
from sqlalchemy.ext.asyncio import AsyncConnection
from sqlalchemy.sql import ClauseElement, Executable
from sqlalchemy.sql.compiler import SQLCompiler

_Slot = tuple[str | None, Any, Callable[[Any], Any] | None]  # (parameter, literal, processor)


class Prepared:
    """One statement compiled for `dialect`; `params` maps its bindparam names to values."""

    def __init__(self, statement: ClauseElement, dialect: Dialect) -> None:
        compiled = statement.compile(dialect=dialect)
        if not isinstance(compiled, SQLCompiler) or compiled.positiontup is None:
            raise ValueError(f"{dialect.name}: a positional SQL statement expected")
        if "POSTCOMPILE" in compiled.string:
            raise ValueError("an expanding IN cannot be prepared once: " + compiled.string)
        self.sql = compiled.string
        literals = compiled.construct_params(_check=False) or {}
        slots: list[_Slot] = []
        for name in compiled.positiontup:
            bind = compiled.binds[name]
            processor = bind.type.dialect_impl(dialect).bind_processor(dialect)
            if bind.required:
                slots.append((name, None, processor))
            else:  # a literal of the statement: converted once, here
                literal = literals.get(name)
                if processor is not None and literal is not None:
                    literal = processor(literal)
                slots.append((None, literal, None))
        self._slots = slots
        # The columns it returns (a SELECT's, or an INSERT/UPDATE's RETURNING), converted back.
        returns = [c.type for c in getattr(statement, "exported_columns", ())]
        self._results = [t.dialect_impl(dialect).result_processor(dialect, None) for t in returns]

    def rows(self, params: Iterable[Mapping[str, Any]]) -> list[tuple[Any, ...]]:
        """The driver's parameter tuples. A value that is the very object the row before had
        in that place (a batch's `now`, its lease end) is converted once."""
        out: list[tuple[Any, ...]] = []
        last: dict[int, tuple[Any, Any]] = {}
        for p in params:
            values = []
            for i, (name, literal, processor) in enumerate(self._slots):
                value = p[name] if name is not None else literal
                if processor is not None and value is not None:
                    seen = last.get(i)
                    if seen is not None and seen[0] is value:
                        value = seen[1]
                    else:
                        converted = processor(value)
                        last[i] = (value, converted)
                        value = converted
                values.append(value)
            out.append(tuple(values))
        return out

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
            await cursor.execute(statement.sql, statement.rows([params])[0])
            rows = await cursor.fetchall()
        finally:
            await cursor.close()
        return [statement.result(r) for r in rows]

    async def run_many(self, statement: Prepared, params: Iterable[Mapping[str, Any]]) -> int:
        """Run once per parameter set (executemany); the rows changed in all."""
        cursor = await self._raw.cursor()
        try:
            await cursor.executemany(statement.sql, statement.rows(params))
            changed = int(cursor.rowcount)
        finally:
            await cursor.close()
        return changed

    async def commit(self) -> None:
        await self._raw.commit()

    async def rollback(self) -> None:
        await self._raw.rollback()


_CACHE: dict[tuple[int, str], tuple[ClauseElement, Prepared]] = {}


def prepare(statement: ClauseElement, dialect: Dialect) -> Prepared:
    """`Prepared(statement, dialect)`, compiled once per (module-level) statement and dialect."""
    key = (id(statement), dialect.name)
    found = _CACHE.get(key)
    if found is None or found[0] is not statement:
        found = _CACHE[key] = (statement, Prepared(statement, dialect))
    return found[1]


async def run_many(conn: AsyncConnection, statement: Any, rows: list[dict[str, Any]]) -> None:
    """executemany of a constant statement: prebuilt on SQLite's driver connection (inside
    the transaction `conn` is in), through `conn.execute` elsewhere."""
    if not rows:
        return
    if conn.dialect.name == "sqlite":
        driver = await Driver.of(conn)
        await driver.run_many(prepare(statement, conn.dialect), rows)
    else:
        executable: Executable = statement
        await conn.execute(executable, rows)
