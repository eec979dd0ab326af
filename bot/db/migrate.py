"""Apply Alembic migrations from code (`python -m bot migrate` and `run`)."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import text
from sqlalchemy.engine import Connection

from bot.db.session import create_engine

ROOT = Path(__file__).resolve().parents[2]
# PostgreSQL advisory lock key ("cramp-mg"): instances starting together migrate one at a time
MIGRATION_LOCK = 0x6372616D702D6D67


def alembic_config(url: str) -> Config:
    """An Alembic config pointing at `migrations/` with `url`."""
    cfg = Config(str(ROOT / "alembic.ini"))
    cfg.set_main_option("script_location", str(ROOT / "migrations"))
    cfg.attributes["url"] = url
    cfg.attributes["configure_logging"] = False
    return cfg


async def upgrade_to_head(url: str) -> None:
    """Bring the database at `url` up to the newest revision.

    On PostgreSQL the upgrade first takes a transaction-scoped advisory lock, so several
    instances started together on one database migrate one after the other: the first applies
    the revisions, the others then find the database at head and do nothing (without it they
    raced to create the same tables and all but one stopped at start-up).
    """
    cfg = alembic_config(url)
    engine = create_engine(url)
    try:
        async with engine.begin() as connection:

            def _run(sync_connection: Connection) -> None:
                if sync_connection.dialect.name == "postgresql":
                    lock = text("SELECT pg_advisory_xact_lock(:key)")
                    sync_connection.execute(lock, {"key": MIGRATION_LOCK})
                cfg.attributes["connection"] = sync_connection
                command.upgrade(cfg, "head")

            await connection.run_sync(_run)
    finally:
        await engine.dispose()
