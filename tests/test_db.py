"""Data layer on SQLite and PostgreSQL: migrations, UTC round trips, cascades, users."""

from __future__ import annotations

import asyncio
from datetime import UTC, datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import func, select, text
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import cramps, dialogs, users
from bot.db.migrate import upgrade_to_head
from bot.db.models import Base, Cramp, Delivery, Dialog, Reminder
from bot.db.session import create_engine
from tests.fakes.ticks import loop_ticks

Sessions = async_sessionmaker[AsyncSession]
NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


async def test_migrations_match_models(db_url: str) -> None:
    engine = create_engine(db_url)
    async with engine.connect() as conn:
        diff = await conn.run_sync(
            lambda sync: compare_metadata(MigrationContext.configure(sync), Base.metadata)
        )
    await engine.dispose()
    assert diff == []


async def test_sqlite_file_is_created_in_wal_mode(tmp_path: Path) -> None:
    db_file = tmp_path / "nested" / "bot.db"
    await upgrade_to_head(f"sqlite+aiosqlite:///{db_file}")
    assert db_file.exists()
    engine = create_engine(f"sqlite+aiosqlite:///{db_file}")
    async with engine.connect() as conn:
        assert (await conn.execute(text("PRAGMA journal_mode"))).scalar() == "wal"
        assert (await conn.execute(text("PRAGMA synchronous"))).scalar() == 1  # NORMAL
        assert (await conn.execute(text("PRAGMA foreign_keys"))).scalar() == 1
        # SQLite's own busy wait, in aiosqlite's thread: the event loop goes on meanwhile.
        assert (await conn.execute(text("PRAGMA busy_timeout"))).scalar() == 5000
    await engine.dispose()


async def test_a_locked_sqlite_database_is_waited_for_without_blocking_the_loop(
    tmp_path: Path,
) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'lock.db'}"
    holder, waiter = create_engine(url), create_engine(url)
    async with holder.begin() as conn:
        await conn.execute(text("CREATE TABLE t (v INTEGER)"))
    async with loop_ticks() as ticks, holder.begin() as held:
        await held.execute(text("INSERT INTO t VALUES (1)"))  # holds the write lock

        async def write() -> None:
            async with waiter.begin() as conn:
                await conn.execute(text("INSERT INTO t VALUES (2)"))

        second = asyncio.create_task(write())
        # the loop keeps turning while the second writer waits (waited for, not counted over a
        # fixed sleep: a garbage-collection pause in a busy test process may stop it a moment)
        await asyncio.wait_for(ticks.fifth.wait(), timeout=3)
        assert not second.done()
    await asyncio.wait_for(second, timeout=5)  # the lock was released: the write goes through
    async with waiter.connect() as conn:
        assert (await conn.execute(text("SELECT count(*) FROM t"))).scalar() == 2
    await holder.dispose()
    await waiter.dispose()


async def test_ensure_user_creates_once_and_writes_last_seen_once_a_day(
    sessions: Sessions,
) -> None:
    async with sessions() as session, session.begin():
        created = await users.ensure_user(session, user_id=42, now=NOW)
        assert created.created_at == NOW
    later = NOW + timedelta(hours=3)
    async with sessions() as session, session.begin():
        again = await users.ensure_user(session, user_id=42, now=later)
        assert again.created_at == NOW
        assert again.last_seen_at == NOW  # a read within the day writes nothing
        assert not session.dirty
    next_day = NOW + timedelta(days=1, minutes=1)
    async with sessions() as session, session.begin():
        again = await users.ensure_user(session, user_id=42, now=next_day)
        assert again.last_seen_at == next_day


async def test_datetimes_come_back_aware_in_utc(sessions: Sessions) -> None:
    berlin_evening = datetime(2026, 3, 29, 1, 30, tzinfo=timezone(timedelta(hours=1)))
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=7, now=NOW)
        session.add(
            Cramp(user_id=7, occurred_at=berlin_evening, created_at=NOW, triggers=["night"])
        )
    async with sessions() as session:
        cramp = (await session.scalars(select(Cramp))).one()
        assert cramp.occurred_at.tzinfo is not None
        assert cramp.occurred_at.utcoffset() == timedelta(0)
        assert cramp.occurred_at == berlin_evening
        assert cramp.triggers == ["night"]
        assert cramp.red_flags == []


async def test_naive_datetimes_are_refused(sessions: Sessions) -> None:
    async with sessions() as session:
        session.add(Cramp(user_id=1, occurred_at=datetime(2026, 1, 1), created_at=NOW))  # noqa: DTZ001
        with pytest.raises(Exception, match="naive datetime"):
            await session.flush()


async def test_timezone_and_quiet_hours_round_trip(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        user = await users.ensure_user(session, user_id=5, now=NOW)
        await users.set_timezone(session, user=user, zone="America/New_York")
        await users.set_quiet_hours(session, user=user, start=time(22, 30), end=time(7, 30))
    async with sessions() as session:
        user = await users.get_user(session, user_id=5)
        assert user is not None
        assert (user.timezone, user.quiet_start, user.quiet_end) == (
            "America/New_York",
            time(22, 30),
            time(7, 30),
        )


async def test_block_and_unblock(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=9, now=NOW)
        await users.mark_blocked(session, user_id=9, now=NOW)
    async with sessions() as session, session.begin():
        assert await users.blocked_before(session, cutoff=NOW + timedelta(seconds=1)) == [9]
        assert await users.mark_unblocked(session, user_id=9) is True
        assert await users.mark_unblocked(session, user_id=9) is False


async def test_delete_user_cascades_to_everything(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=3, now=NOW)
        await users.ensure_user(session, user_id=4, now=NOW)
        for uid in (3, 4):
            session.add(Cramp(user_id=uid, occurred_at=NOW, created_at=NOW))
            reminder = Reminder(
                user_id=uid, kind="stretch", at_time=time(21, 30), timezone="UTC",
                next_fire_at=NOW, created_at=NOW,
            )  # fmt: skip
            session.add(reminder)
            await session.flush()
            session.add(
                Delivery(reminder_id=reminder.id, user_id=uid, slot=NOW, status="sent",
                         created_at=NOW)
            )  # fmt: skip
            session.add(Dialog(user_id=uid, name="check", state={"step": 1}, updated_at=NOW))
    async with sessions() as session, session.begin():
        await users.delete_user(session, user_id=3)
    async with sessions() as session:
        for model in (Cramp, Reminder, Delivery, Dialog):
            owners = (await session.scalars(select(model.user_id))).all()
            assert owners == [4], model.__name__
        assert await session.scalar(select(func.count()).select_from(Cramp)) == 1


async def test_delivery_ledger_is_unique_per_reminder_and_slot(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=1, now=NOW)
        reminder = Reminder(user_id=1, kind="stretch", timezone="UTC", created_at=NOW)
        session.add(reminder)
        await session.flush()
        rid = reminder.id
    async with sessions() as session, session.begin():
        session.add(Delivery(reminder_id=rid, user_id=1, slot=NOW, status="sent", created_at=NOW))
    with pytest.raises(Exception, match=r"(?i)unique|duplicate"):
        async with sessions() as session, session.begin():
            session.add(
                Delivery(reminder_id=rid, user_id=1, slot=NOW, status="sent", created_at=NOW)
            )


async def test_a_page_of_cramps_is_the_sessions_own_copies(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=8, now=NOW)
        ids = []
        for hours in (1, 2, 3):
            logged = await cramps.add_cramp(
                session, user_id=8, occurred_at=NOW - timedelta(hours=hours), now=NOW,
                severity=hours,
            )  # fmt: skip
            ids.append(logged.id)
    async with sessions() as session:
        held = await cramps.get_cramp(session, user_id=8, cramp_id=ids[1])
        assert held is not None
        held.severity = 9  # a change the session holds
        page = await cramps.latest(session, user_id=8, limit=2)
        assert [c.id for c in page] == ids[:2]  # newest first
        assert page[1] is held and held.severity == 9
        assert await cramps.count_for_user(session, user_id=8) == 3
        rest = await cramps.latest(session, user_id=8, offset=2, limit=2)
        assert [c.id for c in rest] == ids[2:]
        rest[0].side = "left"  # a page's entries are the session's: changes are stored
        await session.commit()
    async with sessions() as session:
        first = await cramps.get_cramp(session, user_id=8, cramp_id=ids[0])
        await session.rollback()  # what the session holds is expired, then loaded again
        page = await cramps.latest(session, user_id=8, limit=5)
        assert page[0] is first
        stored = {c.id: (c.severity, c.side) for c in page}
    assert stored == {ids[0]: (1, None), ids[1]: (9, None), ids[2]: (3, "left")}
    async with sessions() as session:
        assert await cramps.latest(session, user_id=99) == []
        assert await cramps.count_for_user(session, user_id=99) == 0


async def test_quiet_hours_are_read_and_a_first_contact_creates_the_user(
    sessions: Sessions,
) -> None:
    async with sessions() as session, session.begin():
        assert await users.quiet_hours(session, user_id=21, now=NOW) is None
    async with sessions() as session, session.begin():
        user = await users.get_user(session, user_id=21)
        assert user is not None
        await users.set_quiet_hours(session, user=user, start=time(22, 30), end=time(7))
    for later in (NOW + timedelta(hours=1), NOW + timedelta(days=2)):  # read; or seen again
        async with sessions() as session, session.begin():
            hours = await users.quiet_hours(session, user_id=21, now=later)
            assert hours == (time(22, 30), time(7))
    async with sessions() as session:
        user = await users.get_user(session, user_id=21)
        assert user is not None and user.last_seen_at == NOW + timedelta(days=2)


async def test_a_dialog_is_saved_replaced_and_cleared(sessions: Sessions) -> None:
    async with sessions() as session, session.begin():
        await users.ensure_user(session, user_id=3, now=NOW)
        await dialogs.clear(session, user_id=3, name="when")  # nothing stored: nothing to do
        await dialogs.save(session, user_id=3, name="when", state={"step": 1}, now=NOW)
        later = NOW + timedelta(minutes=2)
        await dialogs.save(session, user_id=3, name="when", state={"step": 2}, now=later)
        await dialogs.save(session, user_id=3, name="check", state={"q": 0}, now=later)
        assert await dialogs.load(session, user_id=3, name="when") == {"step": 2}
    async with sessions() as session, session.begin():
        stored = await session.get(Dialog, (3, "when"))
        assert stored is not None and (stored.state, stored.updated_at) == ({"step": 2}, later)
        await dialogs.save(session, user_id=3, name="when", state={"step": 3}, now=later)
        assert await dialogs.load(session, user_id=3, name="when") == {"step": 3}
        await dialogs.clear(session, user_id=3, name="when")
        assert await dialogs.load(session, user_id=3, name="when") is None
    async with sessions() as session:
        assert await dialogs.load(session, user_id=3, name="when") is None
        assert await dialogs.load(session, user_id=3, name="check") == {"q": 0}
