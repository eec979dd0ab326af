"""Benchmark: the database dispatcher against APScheduler's in-memory job store.

    python bench/reminders.py [--users N]     (default 100,000; --users 10000 for a quick run)

N users, each with a hydration and a stretch reminder. For both sides, in separate processes:
time to create and arm them, resident memory growth, and due reminders processed per second
(our dispatcher with a stub sender on a SQLite file; APScheduler's MemoryJobStore driven the
way its scheduler's _process_jobs drives it, with a no-op job). Exits 1 when a target is missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import asyncio
import gc
import json
import subprocess
import tempfile
import time as clock
from datetime import UTC, datetime, time
from typing import Any

import psutil

from bot.reminders.schedule import ReminderSpec

CREATED = datetime(2026, 6, 1, 21, 25, tzinfo=UTC)
DUE = datetime(2026, 6, 1, 22, 3, tzinfo=UTC)  # hydration 22:00 (+spread), stretch 21:30
WATER = ReminderSpec(kind="hydration", interval_minutes=120, window_start=time(8),
                     window_end=time(22))  # fmt: skip
STRETCH_SPEC = ReminderSpec(kind="stretch", at_time=time(21, 30))
CHUNK = 5000


def rss() -> int:
    gc.collect()
    return int(psutil.Process().memory_info().rss)


class FixedClock:
    def __init__(self, now: datetime) -> None:
        self.current = now

    def now(self) -> datetime:
        return self.current


class StubSender:
    async def send(self, delivery: object) -> int:
        return 1


async def run_db(users: int) -> dict[str, Any]:
    from sqlalchemy import insert

    from bot.db.migrate import upgrade_to_head
    from bot.db.models import User
    from bot.db.session import create_engine, session_factory
    from bot.reminders import repository
    from bot.reminders.dispatcher import Dispatcher

    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite+aiosqlite:///{tmp}/bench.db"
        await upgrade_to_head(url)
        engine = create_engine(url)
        sessions = session_factory(engine)
        async with sessions() as session:  # warm up the pool and the imports
            await session.get(User, 0)
        before = rss()
        started = clock.perf_counter()
        for first in range(1, users + 1, CHUNK):
            ids = range(first, min(first + CHUNK, users + 1))
            async with sessions() as session, session.begin():
                await session.execute(insert(User.__table__), [
                    {"id": uid, "timezone": "UTC", "language": "en", "created_at": CREATED,
                     "last_seen_at": CREATED} for uid in ids
                ])  # fmt: skip
                items = [(uid, spec) for uid in ids for spec in (WATER, STRETCH_SPEC)]
                await repository.create_many(session, items=items, zone="UTC", now=CREATED)
        create_s = clock.perf_counter() - started
        grown = rss() - before
        dispatcher = Dispatcher(sessions, FixedClock(DUE), StubSender(), batch_size=5000,
                                chunk_size=5000)  # fmt: skip
        started = clock.perf_counter()
        stats = await dispatcher.run_until_idle()
        dispatch_s = clock.perf_counter() - started
        await engine.dispose()
    processed = stats.sent + stats.missed + stats.skipped + stats.failed
    return {"create_s": create_s, "memory_mb": grown / 2**20, "processed": processed,
            "rate": processed / dispatch_s, "sent": stats.sent}  # fmt: skip


def noop() -> None:
    """The job APScheduler runs."""


def run_aps(users: int) -> dict[str, Any]:
    from apscheduler.job import Job
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.cron import CronTrigger

    scheduler = AsyncIOScheduler(timezone=UTC)
    store = MemoryJobStore()
    store.start(scheduler, "default")
    Job(scheduler, id="warm", func=noop, args=(), kwargs={}, name="warm",
        trigger=CronTrigger(minute=0, timezone=UTC), executor="default", misfire_grace_time=60,
        coalesce=True, max_instances=1, next_run_time=None)  # fmt: skip
    before = rss()
    started = clock.perf_counter()
    for uid in range(1, users + 1):
        for kind, trigger in (
            ("hydration", CronTrigger(hour="8-22/2", minute=0, timezone="UTC")),
            ("stretch", CronTrigger(hour=21, minute=30, timezone="UTC")),
        ):
            job = Job(scheduler, id=f"{uid}:{kind}", func=noop, args=(), kwargs={},
                      name=kind, trigger=trigger, executor="default",
                      misfire_grace_time=1800, coalesce=True, max_instances=1,
                      next_run_time=trigger.get_next_fire_time(None, CREATED))  # fmt: skip
            store.add_job(job)
    create_s = clock.perf_counter() - started
    grown = rss() - before
    started = clock.perf_counter()
    processed = 0
    for job in store.get_due_jobs(DUE):  # what BaseScheduler._process_jobs does per due job
        run_times = job._get_run_times(DUE)[-1:]
        job.func(*job.args, **job.kwargs)
        next_run = job.trigger.get_next_fire_time(run_times[-1], DUE)
        job._modify(next_run_time=next_run)
        store.update_job(job)
        processed += 1
    dispatch_s = clock.perf_counter() - started
    return {"create_s": create_s, "memory_mb": grown / 2**20, "processed": processed,
            "rate": processed / dispatch_s}  # fmt: skip


def children(users: int) -> tuple[dict[str, Any], dict[str, Any]]:
    """Run both sides at once, each in its own process (one core each, clean memory figures)."""
    procs = [
        subprocess.Popen(
            [sys.executable, __file__, "--users", str(users), "--part", part],
            stdout=subprocess.PIPE,
            text=True,
        )
        for part in ("db", "aps")
    ]
    results = []
    for proc in procs:
        out, _ = proc.communicate()
        if proc.returncode:
            raise SystemExit(f"benchmark part failed with exit code {proc.returncode}")
        results.append(json.loads(out.strip().splitlines()[-1]))
    return results[0], results[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--part", choices=["db", "aps"])
    args = parser.parse_args()
    if args.part == "db":
        print(json.dumps(asyncio.run(run_db(args.users))))
        return 0
    if args.part == "aps":
        print(json.dumps(run_aps(args.users)))
        return 0
    ours, theirs = children(args.users)
    reminders = 2 * args.users
    print(f"{args.users:,} users, {reminders:,} reminders (hydration + stretch each)")
    print(f"{'':28}{'database dispatcher':>22}{'APScheduler memory':>22}")
    print(f"{'create and arm (s)':28}{ours['create_s']:>22.2f}{theirs['create_s']:>22.2f}")
    print(f"{'memory growth (MiB)':28}{ours['memory_mb']:>22.1f}{theirs['memory_mb']:>22.1f}")
    print(f"{'due processed':28}{ours['processed']:>22,}{theirs['processed']:>22,}")
    print(f"{'processed per second':28}{ours['rate']:>22,.0f}{theirs['rate']:>22,.0f}")
    checks = [
        ("dispatch rate within 2x of APScheduler", ours["rate"] * 2 >= theirs["rate"],
         f"{ours['rate']:,.0f}/s vs {theirs['rate']:,.0f}/s"),
        ("memory at most 1/5 of APScheduler", ours["memory_mb"] * 5 <= theirs["memory_mb"],
         f"{ours['memory_mb']:.1f} MiB vs {theirs['memory_mb']:.1f} MiB"),
        ("at least 1,000 reminders per second", ours["rate"] >= 1000, f"{ours['rate']:,.0f}/s"),
        ("every due reminder processed", ours["processed"] == reminders,
         f"{ours['processed']:,} of {reminders:,}"),
    ]  # fmt: skip
    for name, ok, detail in checks:
        print(f"target: {name:42} {'OK  ' if ok else 'MISS'} {detail}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
