"""Shared fixtures: databases on SQLite and PostgreSQL, a fake clock."""

from __future__ import annotations

import asyncio
import os
import shutil
import uuid
from collections.abc import AsyncIterator, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any, TypeVar

import asyncpg
import pytest
from hypothesis import settings
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db.migrate import upgrade_to_head
from bot.db.models import Base
from bot.db.session import create_engine, session_factory
from tests.fakes.clock import FakeClock
from tests.fakes.harness import Harness, start_harness, stop_harness
from tests.fakes.pg import asyncpg_url, pg_execute

PG_ENV = "TEST_DATABASE_URL"

# CI replays the same examples every run (a red build always means a real change); local runs
# keep exploring new random examples.
settings.register_profile("ci", derandomize=True, print_blob=True)
if os.environ.get("CI"):
    settings.load_profile("ci")
T = TypeVar("T")


def run_blocking(coro: Coroutine[Any, Any, T]) -> T:
    """Run a coroutine to completion on its own loop in a worker thread (safe inside a loop)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(asyncio.run, coro).result()


def _pg_admin_url() -> str | None:
    raw = os.environ.get(PG_ENV)
    return asyncpg_url(raw) if raw else None


_pg_admin = pg_execute


@pytest.fixture(scope="session")
def pg_url() -> Iterator[str]:
    """A fresh, migrated PostgreSQL database for this test run (dropped at the end)."""
    admin = _pg_admin_url()
    if admin is None:
        pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped (CI always sets it)")
    name = f"cramp_test_{uuid.uuid4().hex[:10]}"
    run_blocking(_pg_admin(admin, f'CREATE DATABASE "{name}"'))
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    run_blocking(upgrade_to_head(url))
    yield url
    run_blocking(_pg_admin(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))


# Empty every table and restart the ids, in one round trip: DELETE on a test's few rows costs a
# third of TRUNCATE, which makes new files for every table (about 28 ms a test before).
_RESET = "; ".join(
    [f'DELETE FROM "{t.name}"' for t in reversed(Base.metadata.sorted_tables)]
    + [
        f"SELECT setval(pg_get_serial_sequence('{t.name}', '{t.autoincrement_column.name}'), 1,"
        " false)"
        for t in Base.metadata.sorted_tables
        if t.autoincrement_column is not None
    ]
)


async def _empty_tables(url: str) -> None:
    # asyncpg directly: an SQLAlchemy engine would first ask the server about itself (version,
    # schema, isolation level), 10.5 ms a test against 5 ms.
    dsn = make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)
    connection = await asyncpg.connect(dsn)
    try:
        await connection.execute(_RESET)  # several statements, one round trip
    finally:
        await connection.close()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file migrated to head once per test process: each test gets a copy (running
    the migrations took about 20 ms a test, a copy under 1 ms)."""
    path = tmp_path_factory.mktemp("template") / "migrated.db"
    run_blocking(upgrade_to_head(f"sqlite+aiosqlite:///{path}"))
    return path


@pytest.fixture(params=["sqlite", "postgresql"])
async def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> AsyncIterator[str]:
    """A migrated, empty database URL: a SQLite file, then the PostgreSQL test database."""
    if request.param == "sqlite":
        template: Path = request.getfixturevalue("sqlite_template")
        for suffix in ("", "-wal"):  # the WAL is folded in when the migration closes; if not
            source = template.with_name(template.name + suffix)
            if source.exists():
                shutil.copyfile(source, tmp_path / f"test.db{suffix}")
        yield f"sqlite+aiosqlite:///{tmp_path / 'test.db'}"
    else:
        url = request.getfixturevalue("pg_url")
        await _empty_tables(url)
        yield url


@pytest.fixture
async def sessions(db_url: str) -> AsyncIterator[async_sessionmaker[AsyncSession]]:
    """A session factory on the parametrized database."""
    engine = create_engine(db_url)
    yield session_factory(engine)
    await engine.dispose()


@pytest.fixture
def clock() -> FakeClock:
    """A clock the test moves."""
    return FakeClock()


@pytest.fixture
async def bot(db_url: str, clock: FakeClock) -> AsyncIterator[Harness]:
    """The real application on the parametrized database, talking to the Bot API double."""
    harness = await start_harness(db_url, clock)
    yield harness
    await stop_harness(harness)


# The end-to-end modules of the second lane: the two lanes take about 55 s each (measured with a
# per-test timeline of the workers); the first holds the PostgreSQL bursts, webhooks, start-up
# errors, the JSON logs and the knowledge commands.
E2E_LANE_B = frozenset(
    {"test_reminder_crashes_e2e", "test_shutdown_e2e", "test_reminders_e2e", "test_logging_e2e"}
)


# tryfirst: xdist's own hook on the workers reads the groups to schedule by, and pluggy calls
# the plugin registered last (xdist's, after this conftest) first.
@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Under pytest-xdist (`make test`), the end-to-end tests run in two lanes, one after
    another in each: they wait on real processes and clocks, and spread over every worker they
    left the CPU idle while each worker waited (tests/e2e/test_lanes.py checks they hold)."""
    for item in items:
        if item.get_closest_marker("e2e") is not None:
            module = item.module.__name__.rsplit(".", 1)[-1] if item.module else ""
            lane = "e2e-b" if module in E2E_LANE_B else "e2e-a"
            item.add_marker(pytest.mark.xdist_group(lane))
