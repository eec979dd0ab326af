"""Database outages: connections killed mid-burst (PostgreSQL) and SQLite locked by another
writer past the busy wait. The dispatcher logs one line per outage, retries on its wake-up job
with backoff, then delivers everything due exactly once; handlers answer "try again in a
moment". The FakeClock moves; the armed retry job is run by hand, as APScheduler would."""

from __future__ import annotations

import logging
import sqlite3
from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import select, text
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import create_async_engine

from bot.content.loader import load_content
from bot.context import BotContext
from bot.db import session as db_session
from bot.db.models import Delivery
from bot.handlers.reminder_jobs import armed_job, dispatch_job, dispatcher_of
from bot.reminders.dispatcher import Outgoing
from tests.fakes.harness import Harness
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import add, stretch

DAY = datetime(2026, 6, 1, tzinfo=UTC)
DUE = DAY.replace(hour=21, minute=1)
TRY_AGAIN = load_content().label("common.db_unavailable")
KILL = (
    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
)


class Naps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def outage_lines(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage() for r in caplog.records
            if r.name.startswith("bot") and r.levelno >= logging.WARNING]  # fmt: skip


async def burst(bot: Harness, n: int) -> None:
    bot.clock.set(DAY)
    for uid in range(1, n + 1):
        await add(bot.app.bot_data.sessions, uid, stretch(21, 0), bot.clock.now())
    bot.clock.set(DUE)


async def retry(bot: Harness) -> None:
    """The armed retry (wake-up) job's time comes: move the clock there and run it."""
    job = armed_job(bot.app)
    assert job is not None
    bot.clock.set(max(bot.clock.now(), job.data))
    job.schedule_removal()
    await job.run(bot.app)


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)  # pg_terminate_backend
@pytest.mark.parametrize("kill_at", [10, 30], ids=["mid-burst", "at-the-last-message"])
async def test_connections_killed_mid_burst_deliver_everything_once_with_one_line(
    bot: Harness, caplog: pytest.LogCaptureFixture, kill_at: int
) -> None:
    """Killed at the last message, no row is left to send: the results of the messages that
    went out must still be written when the database is back (not left `sending`)."""
    await burst(bot, 30)
    admin_url = make_url(bot.app.bot_data.settings.database_url)
    admin = create_async_engine(admin_url, isolation_level="AUTOCOMMIT")

    class Killer(FakeSender):
        async def send(self, delivery: Outgoing) -> int:
            message_id = await super().send(delivery)
            if len(self.sent) == kill_at:  # the message went out; its result is not written
                async with admin.connect() as conn:
                    await conn.execute(text(KILL))
            return message_id

    sender = Killer()
    dispatcher = dispatcher_of(bot.app.bot_data)
    dispatcher.sender, dispatcher.sleep = sender, Naps()
    try:
        with caplog.at_level(logging.INFO):
            await dispatch_job(BotContext(bot.app))
            # the sends in flight, and any started while the kill itself was on its way (the
            # sender is instant): how many is timing; that each goes out once is the point
            assert len(sender.sent) >= kill_at
            assert armed_job(bot.app).data == DUE + timedelta(seconds=1)  # backoff: 1 s
            await retry(bot)
    finally:
        await admin.dispose()
    assert Counter(sender.per_slot().values()) == {1: 30}
    async with bot.app.bot_data.sessions() as session:
        statuses = Counter((await session.scalars(select(Delivery.status))).all())
    assert statuses == {"sent": 30}
    lines = outage_lines(caplog)
    assert [line.split(" (")[0] for line in lines] == [
        "reminders: database unavailable", "reminders: database back after 1 s"
    ]  # fmt: skip
    assert not any(r.exc_info for r in caplog.records if r.name.startswith("bot"))


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # SQLite's write lock
async def test_sqlite_locked_by_another_writer_try_again_then_catch_up(
    bot: Harness, caplog: pytest.LogCaptureFixture, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = make_url(bot.app.bot_data.settings.database_url)
    monkeypatch.setattr(db_session, "SQLITE_BUSY_TIMEOUT_MS", 200)  # the busy wait, shortened
    assert bot.app.bot_data.engine is not None
    await bot.app.bot_data.engine.dispose()  # new connections take it
    await burst(bot, 3)
    sender = FakeSender()
    dispatcher = dispatcher_of(bot.app.bot_data)
    dispatcher.sender, dispatcher.sleep = sender, Naps()
    other = sqlite3.connect(str(url.database), isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another writer holds the lock longer than the wait
    try:
        with caplog.at_level(logging.INFO):
            assert await bot.say("/remind stretch 22:00", user=1) == [TRY_AGAIN]
            await dispatch_job(BotContext(bot.app))
            await retry(bot)  # still locked: no second line
            assert sender.sent == []
            other.execute("ROLLBACK")
            await retry(bot)
    finally:
        other.close()
    assert sorted(o.user_id for o in sender.sent) == [1, 2, 3]
    lines = [line.split(" (")[0].split(":")[0:2] for line in outage_lines(caplog)]
    assert lines == [
        ["database unavailable for update 1", " OperationalError"],
        ["reminders", " database unavailable"],
        ["reminders", " database back after 3 s"],
    ]
    assert not any(r.exc_info for r in caplog.records if r.name.startswith("bot"))
