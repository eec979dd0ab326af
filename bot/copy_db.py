"""`python -m bot copy-db --from URL --to URL [--force]`: move every row to another database.

Typical use: SQLite -> PostgreSQL when a bot outgrows one process (and back, for a local copy).
Stop the bot first: rows written during the copy would be missed.

- The source must be at the newest migration (run `python -m bot migrate` against it first);
  it is only read.
- The target is migrated to the newest revision, then filled in one transaction: every table
  of the data model in dependency order (users before what refers to them), ids kept.
- A target that already holds rows is refused; with `--force` its rows are deleted first
  (in the same transaction, so a failed copy leaves it as it was).
- On PostgreSQL each id sequence is moved past the largest copied id (setval), so new rows do
  not collide with copied ones.
- Prints one line: the row count of every table.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Table, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncEngine

from bot.db.migrate import alembic_config, upgrade_to_head
from bot.db.models import Base
from bot.db.session import create_engine

BATCH = 2000


class CopyError(Exception):
    """The copy was refused; the message says why and what to do."""


@dataclass(frozen=True, slots=True)
class CopyReport:
    """Rows copied per table, in copy order."""

    counts: dict[str, int]
    target: str

    def line(self) -> str:
        """The one line `copy-db` prints."""
        parts = ", ".join(f"{n} {name}" for name, n in self.counts.items())
        return f"copied {parts} to {self.target}"


def normalize_url(url: str) -> str:
    """The async driver for a plain URL (as Settings does for DATABASE_URL)."""
    if url.startswith(("postgresql://", "postgres://")):
        return "postgresql+asyncpg://" + url.split("://", 1)[1]
    if url.startswith("sqlite:///"):
        return "sqlite+aiosqlite:///" + url.removeprefix("sqlite:///")
    return url


def safe_url(url: str) -> str:
    """The URL without its password, for messages."""
    return make_url(url).render_as_string(hide_password=True)


def tables() -> list[Table]:
    """Every table of the data model, parents before children."""
    return list(Base.metadata.sorted_tables)


async def _revision(conn: AsyncConnection) -> str | None:
    def _read(sync_conn: object) -> str | None:
        from alembic.runtime.migration import MigrationContext

        return MigrationContext.configure(sync_conn).get_current_revision()  # type: ignore[arg-type]

    return await conn.run_sync(_read)


def _head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("")).get_current_head()


async def _count(conn: AsyncConnection, table: Table) -> int:
    return int((await conn.execute(select(func.count()).select_from(table))).scalar_one())


async def _copy_table(source: AsyncConnection, target: AsyncConnection, table: Table) -> int:
    order = list(table.primary_key.columns)
    copied = 0
    while True:
        query = select(table).order_by(*order).limit(BATCH).offset(copied)
        rows = [dict(r._mapping) for r in (await source.execute(query)).all()]
        if not rows:
            return copied
        await target.execute(table.insert(), rows)
        copied += len(rows)


async def _fix_sequences(target: AsyncConnection) -> None:
    """PostgreSQL: each serial id's sequence continues after the largest copied id."""
    for table in tables():
        if len(table.primary_key.columns) != 1:
            continue
        column = next(iter(table.primary_key.columns))
        sequence = (
            await target.execute(
                text("SELECT pg_get_serial_sequence(:t, :c)"),
                {"t": table.name, "c": column.name},
            )
        ).scalar()
        if sequence is None:
            continue
        await target.execute(
            text(
                f'SELECT setval(:s, COALESCE((SELECT MAX("{column.name}") FROM '
                f'"{table.name}"), 1), (SELECT MAX("{column.name}") FROM '
                f'"{table.name}") IS NOT NULL)'
            ),
            {"s": sequence},
        )


async def copy_database(source_url: str, target_url: str, *, force: bool = False) -> CopyReport:
    """Copy every row from `source_url` to `target_url` (see the module docstring)."""
    source_url, target_url = normalize_url(source_url), normalize_url(target_url)
    if make_url(source_url) == make_url(target_url):
        raise CopyError("--from and --to are the same database")
    head = _head()
    source: AsyncEngine = create_engine(source_url)
    try:
        async with source.connect() as src:
            revision = await _revision(src)
            if revision != head:
                raise CopyError(
                    f"the source {safe_url(source_url)} is at revision {revision or 'none'}, "
                    f"not {head}: run `DATABASE_URL=... python -m bot migrate` against it first"
                )
            await upgrade_to_head(target_url)
            target = create_engine(target_url)
            try:
                async with target.begin() as dst:
                    await _prepare_target(dst, target_url, force=force)
                    counts = {t.name: await _copy_table(src, dst, t) for t in tables()}
                    if dst.dialect.name == "postgresql":
                        await _fix_sequences(dst)
            finally:
                await target.dispose()
    finally:
        await source.dispose()
    return CopyReport(counts, safe_url(target_url))


async def _prepare_target(dst: AsyncConnection, target_url: str, *, force: bool) -> None:
    filled = {t.name: n for t in tables() if (n := await _count(dst, t))}
    if not filled:
        return
    if not force:
        what = ", ".join(f"{n} {name}" for name, n in filled.items())
        raise CopyError(
            f"the target {safe_url(target_url)} is not empty ({what}): "
            "use an empty database, or --force to delete its rows first"
        )
    for table in reversed(tables()):
        await dst.execute(table.delete())
