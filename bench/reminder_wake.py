"""Benchmark: how late a reminder goes out, with the real JobQueue and the real clock.

    python bench/reminder_wake.py [--reminders 20] [--spread 8] [--database-url URL]

The application is built as in production (PTB's JobQueue on APScheduler, the system clock,
the safety poll at its default) on a fresh SQLite file (or a migrated PostgreSQL database
given by --database-url, emptied first), talking to the in-process Bot API double. N reminders
are made due at random instants over the next `spread` seconds, each followed by the wake hook
a handler calls; a recording sender notes when each message goes out. Lateness = send instant
minus due instant. Targets: median <= 1 s, max <= 5 s (with a 60 s safety poll alone the
expected lateness is ~30 s on average, up to 60 s). Exits 1 when a target is missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import asyncio
import contextlib
import random
import statistics
import tempfile
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import text, update

from bot.app import build_application
from bot.config import Settings
from bot.db import users
from bot.db.models import Base, Reminder
from bot.handlers.reminder_jobs import dispatcher_of, rearm
from bot.offline.engine import Engine
from bot.offline.request import OfflineRequest
from bot.reminders import repository
from bot.reminders.dispatcher import Outgoing
from bot.reminders.spec import ReminderSpec

TOKEN = "123456:bench-token-for-the-wake-up-000000000"


class Recorder:
    """Notes the real instant each reminder goes out."""

    def __init__(self) -> None:
        self.sent: dict[int, datetime] = {}
        self.expected = 0
        self.all_sent = asyncio.Event()

    async def send(self, delivery: Outgoing) -> int:
        self.sent[delivery.reminder_id] = datetime.now(UTC)
        if len(self.sent) >= self.expected:
            self.all_sent.set()
        return len(self.sent)


async def run(url: str, n: int, spread: float) -> list[float]:
    engine = Engine(token=TOKEN)
    app = build_application(
        Settings(database_url=url), token=TOKEN, request=OfflineRequest(engine),
        updates_request=OfflineRequest(engine), rate_limit=False,
    )  # fmt: skip
    await app.initialize()
    assert app.post_init is not None
    await app.post_init(app)  # migrations, recovery, the safety poll
    if url.startswith("postgresql"):
        async with app.bot_data.sessions() as session, session.begin():
            names = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
            await session.execute(text(f"TRUNCATE {names} RESTART IDENTITY CASCADE"))
    recorder = Recorder()
    recorder.expected = n
    dispatcher_of(app.bot_data).sender = recorder
    await app.start()  # the JobQueue runs from here
    due: dict[int, datetime] = {}
    try:
        start = datetime.now(UTC)
        offsets = sorted(random.uniform(0.5, spread) for _ in range(n))
        random.shuffle(offsets)  # created in any order: some move the wake-up earlier
        for uid, offset in enumerate(offsets, start=1):
            when = start + timedelta(seconds=offset)
            async with app.bot_data.sessions() as session, session.begin():
                user = await users.ensure_user(session, user_id=uid, now=start)
                spec = ReminderSpec(kind="stretch", at_time=time(21, 30))
                reminder = await repository.create(session, user=user, spec=spec, now=start)
                await session.execute(
                    update(Reminder).where(Reminder.id == reminder.id)
                    .values(next_slot=when, next_fire_at=when)
                )  # fmt: skip
                due[reminder.id] = when
            await rearm(app)  # what `wake(context)` does once a handler's update is committed
        with contextlib.suppress(TimeoutError):
            await asyncio.wait_for(recorder.all_sent.wait(), timeout=spread + 10)
    finally:
        await app.stop()
        await app.shutdown()
        assert app.post_shutdown is not None
        await app.post_shutdown(app)
    missing = set(due) - set(recorder.sent)
    if missing:
        print(f"not sent within {spread + 10:.0f} s: {len(missing)}")
    return [(recorder.sent[r] - due[r]).total_seconds() for r in due if r in recorder.sent]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--reminders", type=int, default=20)
    parser.add_argument("--spread", type=float, default=8.0)
    parser.add_argument("--database-url", default=None)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        url = args.database_url or f"sqlite+aiosqlite:///{folder}/wake.db"
        late = asyncio.run(run(url, args.reminders, args.spread))
    if not late:
        print("nothing was sent")
        return 1
    median, worst = statistics.median(late), max(late)
    print(f"{len(late)}/{args.reminders} reminders, lateness: median {median * 1000:.0f} ms, "
          f"p90 {sorted(late)[int(0.9 * (len(late) - 1))] * 1000:.0f} ms, "
          f"max {worst * 1000:.0f} ms, min {min(late) * 1000:.0f} ms "
          "(targets: median <= 1000 ms, max <= 5000 ms)")  # fmt: skip
    return 0 if len(late) == args.reminders and median <= 1.0 and worst <= 5.0 else 1


if __name__ == "__main__":
    sys.exit(main())
