"""Benchmark: the database dispatcher against APScheduler's in-memory job store.

    python bench/reminders.py [--users N]     (default 100,000; --users 10000 for a quick run)

N users, each with a hydration and a stretch reminder. For both sides, in separate processes:
time to create and arm them, resident memory growth, and due reminders processed per second
(our dispatcher with a stub sender on a SQLite file; APScheduler's MemoryJobStore driven the
way its scheduler's _process_jobs drives it, with a no-op job). Exits 1 when a target is missed.

Then the same reminders in a fresh PostgreSQL database (created and dropped here) processed by
two dispatchers at once, each in its own process, sharing the database: combined rate, and
each reminder processed once (ledger rows, messages sent by both against rows marked sent).
The PostgreSQL server comes from --pg-url or TEST_DATABASE_URL; without one reachable, that part
prints one line saying it was skipped.

    python bench/reminders.py --users 10000 --pg-url postgresql://postgres@127.0.0.1/test

Latency mode (only this part runs): the stub sender sleeps `--latency-ms` (default 150, as
Telegram answers in 50-300 ms) before it answers. The reminders of `--latency-users` users
(default 40: 80 reminders) are sent by one dispatcher on a SQLite file, then by two
dispatchers (two engines, as two instances) sharing a fresh PostgreSQL database, with the
bot's default REMINDER_RATE and REMINDER_MAX_IN_FLIGHT, on a clock that runs in real time.
Figures: reminders a second, sends in flight at most, the most started in any one second.
Targets: at least 25 a second at 150 ms (83% of Telegram's 30), every reminder sent once, and
the two instances together within the rate (exit 1 when one is missed). A dispatcher that
sends one message at a time does about 1 / delay a second (6-7 at 150 ms: run with
`--dispatcher-arg max_in_flight=1` for that baseline). `--dispatcher-arg NAME=VALUE` sets an
option of the Dispatcher's constructor; a name it does not take is printed as ignored.

    python bench/reminders.py --latency-ms [MS] [--latency-users N] [--dispatcher-arg K=V]
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import asyncio
import gc
import inspect
import json
import os
import subprocess
import tempfile
import time as clock
import uuid
from datetime import UTC, datetime, time, timedelta
from typing import Any

import psutil

from bot.reminders.schedule import ReminderSpec
from tests.fakes.pg import asyncpg_url, pg_execute

CREATED = datetime(2026, 6, 1, 21, 25, tzinfo=UTC)
DUE = datetime(2026, 6, 1, 22, 3, tzinfo=UTC)  # hydration 22:00 (+spread), stretch 21:30
WATER = ReminderSpec(kind="hydration", interval_minutes=120, window_start=time(8),
                     window_end=time(22))  # fmt: skip
STRETCH_SPEC = ReminderSpec(kind="stretch", at_time=time(21, 30))
CHUNK = 5000
LATENCY_TARGET = 25.0  # reminders a second at 150 ms: 83% of Telegram's 30


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


async def create_users(sessions: Any, users: int) -> None:
    """`users` users in UTC, each with a hydration and a stretch reminder, armed."""
    from sqlalchemy import insert

    from bot.db.models import User
    from bot.reminders import repository

    for first in range(1, users + 1, CHUNK):
        ids = range(first, min(first + CHUNK, users + 1))
        async with sessions() as session, session.begin():
            await session.execute(insert(User.__table__), [
                {"id": uid, "timezone": "UTC", "language": "en", "created_at": CREATED,
                 "last_seen_at": CREATED} for uid in ids
            ])  # fmt: skip
            items = [(uid, spec) for uid in ids for spec in (WATER, STRETCH_SPEC)]
            await repository.create_many(session, items=items, zone="UTC", now=CREATED)


async def run_db(users: int) -> dict[str, Any]:
    from bot.db.migrate import upgrade_to_head
    from bot.db.models import User
    from bot.db.session import create_engine, session_factory
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
        await create_users(sessions, users)
        create_s = clock.perf_counter() - started
        grown = rss() - before
        dispatcher = Dispatcher(sessions, FixedClock(DUE), StubSender(), batch_size=5000)
        started = clock.perf_counter()
        stats = await dispatcher.run_until_idle()
        dispatch_s = clock.perf_counter() - started
        await engine.dispose()
    processed = stats.sent + stats.missed + stats.skipped + stats.failed
    return {"create_s": create_s, "memory_mb": grown / 2**20, "processed": processed,
            "rate": processed / dispatch_s, "sent": stats.sent}  # fmt: skip


class CountingSender:
    """A stub sender that counts what it was asked to send."""

    def __init__(self) -> None:
        self.sent = 0

    async def send(self, delivery: object) -> int:
        self.sent += 1
        return self.sent


async def seed_pg(url: str, users: int) -> float:
    """Migrate and fill a fresh PostgreSQL database; returns the seconds it took."""
    from bot.db.migrate import upgrade_to_head
    from bot.db.session import create_engine, session_factory

    await upgrade_to_head(url)
    engine = create_engine(url)
    started = clock.perf_counter()
    await create_users(session_factory(engine), users)
    await engine.dispose()
    return clock.perf_counter() - started


async def pg_worker(url: str, start_at: float) -> dict[str, Any]:
    """One of two dispatchers sharing the database: run until idle from `start_at` (epoch)."""
    from bot.db.models import User
    from bot.db.session import create_engine, session_factory
    from bot.reminders.dispatcher import Dispatcher

    engine = create_engine(url)
    sessions = session_factory(engine)
    async with sessions() as session:  # warm up the pool and the imports
        await session.get(User, 0)
    sender = CountingSender()
    dispatcher = Dispatcher(sessions, FixedClock(DUE), sender, batch_size=1000)
    await asyncio.sleep(max(0.0, start_at - clock.time()))
    began = clock.time()
    stats = await dispatcher.run_until_idle()
    ended = clock.time()
    await engine.dispose()
    processed = stats.sent + stats.missed + stats.skipped + stats.failed
    return {"began": began, "ended": ended, "processed": processed, "sent": sender.sent}


async def pg_ledger(url: str) -> dict[str, int]:
    """Ledger rows by status, and how many reminders have more than one row."""
    from sqlalchemy import text

    from bot.db.session import create_engine

    engine = create_engine(url)
    try:
        async with engine.connect() as conn:
            rows = await conn.execute(
                text("SELECT status, count(*) FROM deliveries GROUP BY status")
            )
            counts = {str(status): int(n) for status, n in rows}
            counts["_twice"] = int(
                await conn.scalar(
                    text(
                        "SELECT count(*) FROM (SELECT reminder_id FROM deliveries "
                        "GROUP BY reminder_id HAVING count(*) > 1) AS t"
                    )
                )
                or 0
            )
            return counts
    finally:
        await engine.dispose()


def run_pg(users: int, raw_url: str | None) -> dict[str, Any] | str:
    """Two dispatchers on one fresh PostgreSQL database; a reason string when skipped."""
    from sqlalchemy.engine import make_url

    admin = asyncpg_url(raw_url) if raw_url else None
    if admin is None:
        return "no --pg-url and TEST_DATABASE_URL is not set"
    name = f"bench_reminders_{uuid.uuid4().hex[:10]}"
    try:
        asyncio.run(pg_execute(admin, f'CREATE DATABASE "{name}"'))
    except Exception as error:  # unreachable, refused, no rights: skip with the reason
        return f"PostgreSQL not reachable ({type(error).__name__}: {error})".splitlines()[0]
    url = make_url(admin).set(database=name).render_as_string(hide_password=False)
    try:
        create_s = asyncio.run(seed_pg(url, users))
        start_at = clock.time() + 3.0  # both processes imported and connected by then
        command = [sys.executable, __file__, "--part", "pgworker", "--db-url", url,
                   "--start-at", str(start_at)]  # fmt: skip
        procs = [subprocess.Popen(command, stdout=subprocess.PIPE, text=True) for _ in range(2)]
        workers = []
        for proc in procs:
            out, _ = proc.communicate()
            if proc.returncode:
                raise SystemExit(f"PostgreSQL worker failed with exit code {proc.returncode}")
            workers.append(json.loads(out.strip().splitlines()[-1]))
        ledger = asyncio.run(pg_ledger(url))
    finally:
        asyncio.run(pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
    wall = max(w["ended"] for w in workers) - min(w["began"] for w in workers)
    processed = sum(w["processed"] for w in workers)
    return {"create_s": create_s, "wall_s": wall, "processed": processed,
            "rate": processed / wall, "split": [w["processed"] for w in workers],
            "sent": sum(w["sent"] for w in workers), "ledger": ledger}  # fmt: skip


def noop() -> None:
    """The job APScheduler runs."""


def run_aps(users: int) -> dict[str, Any]:
    return asyncio.run(_run_aps(users))


async def _run_aps(users: int) -> dict[str, Any]:
    """APScheduler's in-memory store through its public API: jobs added to a paused scheduler,
    then each due job run and moved to its next fire time as the scheduler would."""
    from apscheduler.jobstores.memory import MemoryJobStore
    from apscheduler.schedulers.asyncio import AsyncIOScheduler
    from apscheduler.triggers.cron import CronTrigger

    scheduler = AsyncIOScheduler(timezone=UTC)
    store = MemoryJobStore()
    scheduler.add_jobstore(store, "default")
    scheduler.start(paused=True)  # jobs go to the store; nothing runs by itself
    scheduler.add_job(noop, CronTrigger(minute=0, timezone=UTC), id="warm")
    before = rss()
    started = clock.perf_counter()
    for uid in range(1, users + 1):
        for kind, trigger in (
            ("hydration", CronTrigger(hour="8-22/2", minute=0, timezone="UTC")),
            ("stretch", CronTrigger(hour=21, minute=30, timezone="UTC")),
        ):
            scheduler.add_job(noop, trigger, id=f"{uid}:{kind}", name=kind,
                              misfire_grace_time=1800, coalesce=True, max_instances=1,
                              next_run_time=trigger.get_next_fire_time(None, CREATED))  # fmt: skip
    create_s = clock.perf_counter() - started
    grown = rss() - before
    started = clock.perf_counter()
    processed = 0
    for job in store.get_due_jobs(DUE):  # the scheduler's work per due job
        run_time = job.next_run_time
        job.func(*job.args, **job.kwargs)
        job.modify(next_run_time=job.trigger.get_next_fire_time(run_time, DUE))
        processed += 1
    dispatch_s = clock.perf_counter() - started
    scheduler.shutdown(wait=False)
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


class RunningClock:
    """The dispatcher's clock: starts at DUE and runs in real time (the pacing sleeps for
    real, and a reminder's due time must not fall behind into "missed")."""

    def __init__(self, start: datetime) -> None:
        self.start, self.origin = start, clock.monotonic()

    def now(self) -> datetime:
        return self.start + timedelta(seconds=clock.monotonic() - self.origin)


class LateSender:
    """A stub sender answering after `delay_s`, as Telegram does; notes when each send
    started and how many were in flight at once (shared by the dispatchers of one run)."""

    def __init__(self, delay_s: float) -> None:
        self.delay_s = delay_s
        self.sent = 0
        self.in_flight = 0
        self.most_in_flight = 0
        self.starts: list[float] = []

    async def send(self, delivery: object) -> int:
        self.starts.append(clock.monotonic())
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay_s)
        finally:
            self.in_flight -= 1
        self.sent += 1
        return self.sent


def busiest_second(starts: list[float]) -> int:
    """The most sends started within any one second."""
    ordered, most, lo = sorted(starts), 0, 0
    for hi, t in enumerate(ordered):
        while t - ordered[lo] >= 1.0:
            lo += 1
        most = max(most, hi - lo + 1)
    return most


def dispatcher_options(pairs: list[str]) -> tuple[dict[str, Any], list[str]]:
    """The bot's own settings for the dispatcher (REMINDER_RATE, REMINDER_MAX_IN_FLIGHT
    defaults), then `NAME=VALUE` pairs the Dispatcher's constructor takes (numbers as
    numbers), and the names it does not take."""
    from bot.config import Settings
    from bot.reminders.dispatcher import Dispatcher

    defaults = Settings()
    takes = inspect.signature(Dispatcher).parameters
    options: dict[str, Any] = {"rate": defaults.reminder_rate,
                               "max_in_flight": defaults.reminder_max_in_flight}  # fmt: skip
    ignored = []
    for pair in pairs:
        name, _, raw = pair.partition("=")
        if name not in takes:
            ignored.append(name)
            continue
        value: Any = raw
        for kind in (int, float):
            try:
                value = kind(raw)
                break
            except ValueError:
                pass
        options[name] = value
    return options, ignored


async def run_latency(
    url: str, users: int, delay_ms: float, options: dict[str, Any], instances: int
) -> dict[str, Any]:
    """The due reminders of `users` users sent by `instances` dispatchers on the database at
    `url` (each with its own engine, as separate processes would have) through one sender
    that answers after `delay_ms`."""
    from bot.db.migrate import upgrade_to_head
    from bot.db.session import create_engine, session_factory
    from bot.reminders.dispatcher import Dispatcher

    await upgrade_to_head(url)
    engines = [create_engine(url) for _ in range(instances)]
    await create_users(session_factory(engines[0]), users)
    sender = LateSender(delay_ms / 1000)
    running = RunningClock(DUE)
    dispatchers = [Dispatcher(session_factory(e), running, sender, **options) for e in engines]
    started = clock.perf_counter()
    rounds = await asyncio.gather(*(d.run_until_idle() for d in dispatchers))
    took = clock.perf_counter() - started
    for engine in engines:
        await engine.dispose()
    return {"sent": sender.sent, "marked_sent": sum(r.sent for r in rounds), "took_s": took,
            "rate": sender.sent / took, "most_in_flight": sender.most_in_flight,
            "busiest_second": busiest_second(sender.starts)}  # fmt: skip


async def latency_on_pg(raw_url: str, users: int, delay_ms: float,
                        options: dict[str, Any]) -> dict[str, Any]:  # fmt: skip
    """`run_latency` with two dispatchers in a fresh PostgreSQL database (dropped after)."""
    from sqlalchemy.engine import make_url

    admin = asyncpg_url(raw_url)
    name = f"bench_latency_{uuid.uuid4().hex[:8]}"
    await pg_execute(admin, f'CREATE DATABASE "{name}"')
    try:
        url = make_url(admin).set(database=name).render_as_string(hide_password=False)
        return await run_latency(url, users, delay_ms, options, instances=2)
    finally:
        await pg_execute(admin, f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def latency_main(args: argparse.Namespace) -> int:
    """Latency mode: reminders sent a second when each send takes `args.latency_ms`; one
    dispatcher on SQLite, then two sharing PostgreSQL (their rate together)."""
    options, ignored = dispatcher_options(args.dispatcher_arg)
    reminders = 2 * args.latency_users
    given = ", ".join(f"{k}={v}" for k, v in options.items())
    print(f"latency mode: {reminders} due reminders ({args.latency_users} users), the sender "
          f"answering each after {args.latency_ms:g} ms; Dispatcher with {given}")  # fmt: skip
    if ignored:
        print(f"not taken by this Dispatcher, ignored: {', '.join(ignored)}")
    runs: list[tuple[str, dict[str, Any]]] = []
    for label, opts in (("SQLite, one at a time", {**options, "max_in_flight": 1}),
                        ("SQLite, 1 instance", options)):  # fmt: skip
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            runs.append((label, asyncio.run(
                run_latency(url, args.latency_users, args.latency_ms, opts, instances=1)
            )))  # fmt: skip
    if not args.pg_url:
        print("PostgreSQL: skipped (no --pg-url and TEST_DATABASE_URL is not set)")
    else:
        runs.append(("PostgreSQL, 2 instances", asyncio.run(
            latency_on_pg(args.pg_url, args.latency_users, args.latency_ms, options)
        )))  # fmt: skip
    rate = float(options.get("rate") or 0)
    checks = []
    baseline = runs.pop(0)[1]  # the same reminders one at a time: the baseline of this run
    print(
        f"{'baseline, one at a time':24} sent {baseline['sent']} in {baseline['took_s']:.2f} s "
        f"= {baseline['rate']:.1f}/s"
    )
    for label, r in runs:
        print(f"{label:24} {r['rate'] / baseline['rate']:.1f} times the baseline")
        print(
            f"{label:24} sent {r['sent']} in {r['took_s']:.2f} s = {r['rate']:.1f}/s; at most "
            f"{r['most_in_flight']} in flight, {r['busiest_second']} started in one second"
        )
        checks += [
            (f"{label}: at least {LATENCY_TARGET:.0f}/s at 150 ms", r["rate"] >= LATENCY_TARGET,
             f"{r['rate']:.1f}/s at {args.latency_ms:g} ms"),
            (f"{label}: every reminder sent once", r["sent"] == r["marked_sent"] == reminders,
             f"{r['sent']} messages, {r['marked_sent']} marked sent, of {reminders}"),
        ]  # fmt: skip
        if rate:  # together within the rate: its sustained figure, and any one second
            checks.append((f"{label}: within {rate:g}/s", r["rate"] <= rate * 1.02,
                           f"{r['rate']:.1f}/s sustained, {r['busiest_second']} in the busiest "
                           "second (a start a few ms late may join the next)"))  # fmt: skip
    for name, ok, detail in checks:
        print(f"target: {name:46} {'OK    ' if ok else 'MISSED'} {detail}")
    return 0 if all(ok for _, ok, _ in checks) else 1


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--pg-url", default=os.environ.get("TEST_DATABASE_URL"),
                        help="PostgreSQL server for the two-dispatcher part "
                        "(default: TEST_DATABASE_URL)")  # fmt: skip
    parser.add_argument("--part", choices=["db", "aps", "pgworker"], help=argparse.SUPPRESS)
    parser.add_argument("--db-url", help=argparse.SUPPRESS)
    parser.add_argument("--start-at", type=float, default=0.0, help=argparse.SUPPRESS)
    parser.add_argument(
        "--latency-ms",
        type=float,
        nargs="?",
        const=150.0,
        default=None,
        help="latency mode: the sender answers after MS (default 150)",
    )
    parser.add_argument(
        "--latency-users",
        type=int,
        default=40,
        help="latency mode: users, two reminders each (default 40)",
    )
    parser.add_argument(
        "--dispatcher-arg",
        action="append",
        default=[],
        metavar="NAME=VALUE",
        help="latency mode: passed to Dispatcher() when it takes NAME",
    )
    args = parser.parse_args()
    if args.latency_ms is not None:
        return latency_main(args)
    if args.part == "pgworker":
        print(json.dumps(asyncio.run(pg_worker(args.db_url, args.start_at))))
        return 0
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
    pg = run_pg(args.users, args.pg_url)
    if isinstance(pg, str):
        print(f"two dispatchers on PostgreSQL: skipped, {pg}")
    else:
        sent_rows = pg["ledger"].get("sent", 0)
        rows = sum(n for status, n in pg["ledger"].items() if not status.startswith("_"))
        print(f"two dispatchers on PostgreSQL: created in {pg['create_s']:.2f} s, "
              f"{pg['processed']:,} processed in {pg['wall_s']:.2f} s = {pg['rate']:,.0f}/s "
              f"(split {pg['split'][0]:,} + {pg['split'][1]:,}); ledger {rows:,} rows, "
              f"{sent_rows:,} sent, {pg['sent']:,} messages")  # fmt: skip
        checks += [
            ("PostgreSQL, two dispatchers: 1,000 per second", pg["rate"] >= 1000,
             f"{pg['rate']:,.0f}/s"),
            ("PostgreSQL, two dispatchers: each once", pg["ledger"]["_twice"] == 0
             and pg["sent"] == sent_rows and pg["processed"] == rows == reminders,
             f"{pg['sent']:,} messages for {sent_rows:,} sent rows, {rows:,} rows"),
        ]  # fmt: skip
    for name, ok, detail in checks:
        print(f"target: {name:42} {'OK  ' if ok else 'MISS'} {detail}")
    return 0 if all(ok for _, ok, _ in checks) else 1


if __name__ == "__main__":
    sys.exit(main())
