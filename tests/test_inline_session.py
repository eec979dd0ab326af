"""An update's SQLite session (`bot.db.inline_session`): the synchronous ORM behind the
AsyncSession API, taking SQLite's write lock from the event loop."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Engine, select, text, update
from sqlalchemy.ext.asyncio import AsyncEngine

from bot.db import cramps, dialogs, users
from bot.db.inline_session import InlineSession, inline_engine, inline_sessions
from bot.db.migrate import upgrade_to_head
from bot.db.models import Cramp, User
from bot.db.session import create_engine, session_factory
from bot.db.unit_of_work import unit_of_work
from tests.fakes.ticks import loop_ticks

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


@pytest.fixture
async def engines(tmp_path: Path) -> AsyncIterator[tuple[AsyncEngine, Engine]]:
    url = f"sqlite+aiosqlite:///{tmp_path / 'inline.db'}"
    await upgrade_to_head(url)
    sync = inline_engine(url)
    assert sync is not None
    async_engine = create_engine(url)
    yield async_engine, sync
    await async_engine.dispose()
    sync.dispose()


async def seed_user(async_engine: AsyncEngine, user_id: int) -> None:
    async with session_factory(async_engine)() as setup, setup.begin():
        await users.ensure_user(setup, user_id=user_id, now=NOW)


def test_only_a_sqlite_file_gets_an_inline_engine(tmp_path: Path) -> None:
    assert inline_engine("postgresql+asyncpg://u@localhost/db") is None
    assert inline_engine("sqlite+aiosqlite://") is None
    assert inline_engine("sqlite+aiosqlite:///:memory:") is None
    engine = inline_engine(f"sqlite+aiosqlite:///{tmp_path / 'x.db'}")
    assert engine is not None
    engine.dispose()


async def test_it_reads_and_writes_what_the_async_session_reads_and_writes(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    async_engine, sync = engines
    sessions = inline_sessions(sync)
    evening = datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    async with unit_of_work(sessions) as unit:
        session = await unit.session()
        assert isinstance(session, InlineSession)
        await users.ensure_user(session, user_id=7, now=NOW)
        session.add(Cramp(user_id=7, occurred_at=evening, created_at=NOW, triggers=["night"]))
    async with session_factory(async_engine)() as other:
        cramp = (await other.scalars(select(Cramp))).one()
        assert (cramp.occurred_at, cramp.triggers) == (evening, ["night"])
        user = await other.get(User, 7)
        assert user is not None
        user.timezone = "Europe/Berlin"
        await other.commit()
    async with unit_of_work(sessions) as unit:
        session = await unit.session()
        name, _default = await users.zone_for(
            session, user_id=7, now=NOW + timedelta(hours=1), default_zone="UTC"
        )
        assert name == "Europe/Berlin"
        assert await session.scalar(select(Cramp.occurred_at)) == evening


async def test_a_failed_unit_leaves_nothing(engines: tuple[AsyncEngine, Engine]) -> None:
    async_engine, sync = engines

    async def failing() -> None:
        async with unit_of_work(inline_sessions(sync)) as unit:
            await users.ensure_user(await unit.session(), user_id=8, now=NOW)
            await (await unit.session()).flush()
            raise RuntimeError("the handler failed")

    with pytest.raises(RuntimeError):
        await failing()
    async with session_factory(async_engine)() as other:
        assert await other.get(User, 8) is None


async def test_a_write_waits_for_the_lock_on_the_loop_and_reads_do_not(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    async_engine, sync = engines
    await seed_user(async_engine, 9)
    sessions = inline_sessions(sync)
    async with loop_ticks() as ticks, async_engine.begin() as held:  # another holds the lock
        await held.execute(text("UPDATE users SET language = 'de' WHERE id = 9"))
        async with unit_of_work(sessions) as reader:  # reading needs no lock
            session = await reader.session()
            assert await session.scalar(select(User.language).where(User.id == 9)) == "en"

        async def write() -> None:
            async with unit_of_work(sessions) as unit:
                session = await unit.session()
                await session.execute(update(User).where(User.id == 9).values(timezone="UTC"))

        second = asyncio.create_task(write())
        await asyncio.sleep(0.1)  # the loop keeps running while the update waits for the lock
        assert not second.done()
        assert ticks.count >= 5
    await asyncio.wait_for(second, timeout=5)  # released: the update's write goes through
    async with session_factory(async_engine)() as other:
        user = await other.get(User, 9)
        assert user is not None
        assert (user.language, user.timezone) == ("de", "UTC")


async def test_pending_orm_changes_take_the_lock_before_they_are_flushed(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    async_engine, sync = engines
    await seed_user(async_engine, 10)
    async with async_engine.begin() as held:
        await held.execute(text("UPDATE users SET language = 'de' WHERE id = 10"))

        async def change() -> None:
            async with unit_of_work(inline_sessions(sync)) as unit:
                session = await unit.session()
                user = await session.get(User, 10)
                assert user is not None
                user.quiet_start = None
                user.timezone = "Asia/Tokyo"  # flushed at commit: the lock comes first

        second = asyncio.create_task(change())
        await asyncio.sleep(0.05)
        assert not second.done()
    await asyncio.wait_for(second, timeout=5)
    async with session_factory(async_engine)() as other:
        user = await other.get(User, 10)
        assert user is not None
        assert (user.language, user.timezone) == ("de", "Asia/Tokyo")


async def test_a_press_that_clears_no_dialog_needs_no_lock(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    """A card press clears the When dialog; with none stored it only reads, so it does not
    wait for a writer (with one stored, it deletes it, after the lock)."""
    async_engine, sync = engines
    await seed_user(async_engine, 12)
    sessions = inline_sessions(sync)

    async def press(user_id: int) -> None:
        async with unit_of_work(sessions) as unit:
            session = await unit.session()
            await dialogs.clear(session, user_id=user_id, name="when")

    async with unit_of_work(sessions) as unit:
        session = await unit.session()
        await dialogs.save(session, user_id=12, name="when", state={"cramp_id": 1}, now=NOW)
        logged = await cramps.add_cramp(session, user_id=12, occurred_at=NOW, now=NOW)
    async with async_engine.begin() as held:  # another connection holds the write lock
        await held.execute(text("UPDATE users SET language = 'de' WHERE id = 12"))
        await asyncio.wait_for(press(13), timeout=1)  # nothing stored: through at once
        async with unit_of_work(sessions) as unit:  # a page of /history reads through too
            page = await cramps.latest(await unit.session(), user_id=12)
            assert [c.id for c in page] == [logged.id]
        clearing = asyncio.create_task(press(12))
        await asyncio.sleep(0.05)
        assert not clearing.done()  # a stored dialog is deleted: that waits for the lock
    await asyncio.wait_for(clearing, timeout=5)
    async with unit_of_work(sessions) as unit:
        assert await dialogs.load(await unit.session(), user_id=12, name="when") is None
    sessions.dispose()


async def test_the_session_has_no_async_connection(engines: tuple[AsyncEngine, Engine]) -> None:
    _, sync = engines
    session = inline_sessions(sync)()
    with pytest.raises(TypeError):
        await session.connection()
    await session.close()


async def test_a_closed_session_and_its_connection_serve_the_next_unit_alone(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    _, sync = engines
    sessions = inline_sessions(sync)
    async with unit_of_work(sessions) as unit:
        first = await unit.session()
        await users.ensure_user(first, user_id=11, now=NOW)
    async with unit_of_work(sessions) as one, unit_of_work(sessions) as other:
        again, second = await one.session(), await other.session()
        assert again is first  # kept, with its connection
        assert second is not first  # units at the same time never share a session
        assert first.sync_session.identity_map.keys() == set()  # nothing carried over
        assert await first.get(User, 11) is not None
    await first.close()  # a second close gives nothing back twice
    assert sessions() is not sessions()
    sessions.dispose()


def test_its_connections_have_the_bots_sqlite_settings(
    engines: tuple[AsyncEngine, Engine],
) -> None:
    _, sync = engines
    with sync.connect() as conn:
        pragma = {name: conn.exec_driver_sql(f"PRAGMA {name}").scalar() for name in
                  ("journal_mode", "synchronous", "foreign_keys", "busy_timeout")}  # fmt: skip
    assert pragma == {
        "journal_mode": "wal",
        "synchronous": 1,
        "foreign_keys": 1,
        "busy_timeout": 0,
    }
