"""Benchmark: /stats and /export for a user with ten years of daily entries, on both databases.

    python bench/stats.py [--runs 5] [--postgres postgresql://postgres@127.0.0.1:5432/test]

Seeds one user with a cramp every day for ten years (3,652), a check-in night every day, and a
stretch and a check-in reminder delivered every day (7,304 deliveries), beside 50 other users
with a year each. Then, `--runs` times, measures the processing the bot does for that user:

- `/stats` over 4 weeks and over everything: `services.stats.page` (its queries and the
  summary) and the chart (`reports.chart.chart_png`, matplotlib);
- `/export`: `services.privacy.export` (three CSV files and the report's data) and the PDF
  (`reports.doctor.report_pdf`);
- the insight pass behind /stats' Insights button: `services.insights.gather` (its queries
  and every insight over ten years of nights, deliveries and cramps).

Baseline in the same run: the plain SQL aggregate a hand-written /stats would start from
(count and mean severity of the user's cramps and the sum of their nights' cramps, one
statement). Target: each /stats page, the insight pass and the /export under 1 s (median) on
SQLite and, with `--postgres` (or TEST_DATABASE_URL), on PostgreSQL. Exits 1 when a target is
missed. The time is the bot's own processing: Telegram's round trips are not in it
(bench/updates.py --latency-ms has those).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import asyncio
import os
import random
import statistics
import tempfile
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.loader import load_content
from bot.db.migrate import upgrade_to_head
from bot.db.models import Cramp, Delivery, Night, Reminder, User
from bot.db.session import create_engine, session_factory
from bot.services import insights as insights_service
from bot.services import privacy
from bot.services import stats as stats_service
from bot.services.flood import Cooldown

USER = 1
NOW = datetime(2026, 12, 5, 9, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/Berlin")
YEARS = 10
OTHERS = 50
TARGET_S = 1.0


async def seed(url: str) -> None:
    """The ten-year user and OTHERS users with a year each, in bulk."""
    rng = random.Random(7)
    engine = create_engine(url)
    sessions = session_factory(engine)
    async with sessions() as session, session.begin():
        for uid in range(1, OTHERS + 2):
            session.add(User(id=uid, timezone="Europe/Berlin", language="en", created_at=NOW,
                             last_seen_at=NOW))  # fmt: skip
        await session.flush()
        days = {USER: 365 * YEARS + YEARS // 4, **{u: 365 for u in range(2, OTHERS + 2)}}
        rid = 0
        for uid, n in days.items():
            reminders = []
            for kind in ("stretch", "checkin"):
                rid += 1
                reminders.append(rid)
                session.add(Reminder(
                    id=rid, user_id=uid, kind=kind, at_time=clock_time(8),
                    timezone="Europe/Berlin", paused=False, created_at=NOW,
                ))  # fmt: skip
            await session.flush()
            cramps, nights, deliveries = [], [], []
            for d in range(1, n + 1):
                at = NOW - timedelta(days=d, hours=rng.randint(0, 9))
                cramps.append({
                    "user_id": uid, "occurred_at": at, "side": rng.choice(("left", "right")),
                    "muscle": rng.choice(("calf", "foot", "thigh")),
                    "severity": rng.randint(1, 10), "duration_s": rng.randint(10, 600),
                    "triggers": ["night"], "red_flags": [], "created_at": at,
                })  # fmt: skip
                nights.append({"user_id": uid, "night": (NOW - timedelta(days=d)).date(),
                               "cramps": rng.randint(0, 3), "sleep": rng.randint(0, 10),
                               "answered_at": at})  # fmt: skip
                for r, action in zip(reminders, ("done", "answered"), strict=True):
                    deliveries.append({
                        "reminder_id": r, "user_id": uid, "slot": NOW - timedelta(days=d),
                        "status": "sent", "attempts": 1, "created_at": at,
                        "action": action if rng.random() < 0.7 else None,
                    })  # fmt: skip
            await session.execute(Cramp.__table__.insert(), cramps)
            await session.execute(Night.__table__.insert(), nights)
            await session.execute(Delivery.__table__.insert(), deliveries)
    await engine.dispose()


async def baseline(session: AsyncSession) -> None:
    """The plain aggregate: count and mean severity of the cramps, the nights' cramps."""
    await session.execute(
        select(
            select(func.count()).where(Cramp.user_id == USER).scalar_subquery(),
            select(func.avg(Cramp.severity)).where(Cramp.user_id == USER).scalar_subquery(),
            select(func.sum(Night.cramps)).where(Night.user_id == USER).scalar_subquery(),
        )
    )


async def measure(url: str, runs: int) -> dict[str, float]:
    """Median seconds of each step over `runs`, after one warm-up."""
    from bot.reports.chart import chart_png
    from bot.reports.doctor import report_pdf

    content = load_content()
    engine = create_engine(url)
    sessions = session_factory(engine)

    async def in_session(work: Callable[[AsyncSession], Awaitable[object]]) -> object:
        async with sessions() as session:
            return await work(session)

    async def page(period: stats_service.Period) -> stats_service.Page:
        return await in_session(lambda s: stats_service.page(
            s, user_id=USER, now=NOW, zone=ZONE, period=period))  # type: ignore[return-value]  # fmt: skip

    async def export() -> privacy.Export:
        return await in_session(lambda s: privacy.export(
            s, user_id=USER, zone=ZONE, now=NOW, gate=Cooldown(timedelta(0)),
            knowledge=content.knowledge))  # type: ignore[return-value]  # fmt: skip

    steps: dict[str, Callable[[], Awaitable[object]]] = {
        "baseline: one SQL aggregate": lambda: in_session(baseline),
        "/stats 4 weeks: data": lambda: page("4w"),
        "/stats all: data": lambda: page("all"),
        "/export: data + CSV": export,
        "insights: total": lambda: in_session(lambda s: insights_service.gather(
            s, user_id=USER, now=NOW, zone=ZONE)),
    }  # fmt: skip
    times: dict[str, list[float]] = {name: [] for name in steps}
    for label in ("/stats 4 weeks", "/stats all"):
        times[f"{label}: chart"], times[f"{label}: total"] = [], []
    times["/export: PDF"], times["/export: total"] = [], []
    for run in range(runs + 1):
        for name, step in steps.items():
            started = time.perf_counter()
            result = await step()
            elapsed = time.perf_counter() - started
            drawn = 0.0
            if isinstance(result, stats_service.Page):
                started = time.perf_counter()
                chart_png(content, result.stats)
                drawn = time.perf_counter() - started
            elif isinstance(result, privacy.Export):
                assert result.report is not None and result.nights > 3000
                started = time.perf_counter()
                report_pdf(content, result.report)
                drawn = time.perf_counter() - started
            if run == 0:
                continue  # warm-up: imports, first statements, fonts
            times[name].append(elapsed)
            if name.startswith("/stats"):
                label = name.removesuffix(": data")
                times[f"{label}: chart"].append(drawn)
                times[f"{label}: total"].append(elapsed + drawn)
            elif name.startswith("/export"):
                times["/export: PDF"].append(drawn)
                times["/export: total"].append(elapsed + drawn)
    await engine.dispose()
    return {name: statistics.median(values) for name, values in times.items()}


def report(database: str, medians: dict[str, float]) -> bool:
    print(f"\n{database}: one user with {YEARS} years of daily entries (median seconds)")
    ok = True
    for name, seconds in medians.items():
        target = name.endswith(": total")
        met = seconds < TARGET_S
        ok = ok and (met or not target)
        mark = ("ok" if met else "MISSED") + f" (target < {TARGET_S:.0f} s)" if target else ""
        print(f"  {name:32} {seconds:8.4f}  {mark}")
    ratio = medians["/stats all: data"] / medians["baseline: one SQL aggregate"]
    print(f"  /stats all (data) is {ratio:.0f}x the plain aggregate")
    return ok


async def run(postgres: str | None, runs: int) -> bool:
    ok = True
    with tempfile.TemporaryDirectory() as folder:
        url = f"sqlite+aiosqlite:///{Path(folder) / 'stats.db'}"
        await upgrade_to_head(url)
        await seed(url)
        ok = report("SQLite", await measure(url, runs)) and ok
    if postgres:
        import asyncpg

        admin = make_url(postgres).set(drivername="postgresql")
        name = f"bench_stats_{uuid.uuid4().hex[:8]}"
        conn = await asyncpg.connect(admin.render_as_string(hide_password=False))
        await conn.execute(f'CREATE DATABASE "{name}"')
        try:
            url = (make_url(postgres).set(drivername="postgresql+asyncpg", database=name)
                   .render_as_string(hide_password=False))  # fmt: skip
            await upgrade_to_head(url)
            await seed(url)
            ok = report("PostgreSQL", await measure(url, runs)) and ok
        finally:
            await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
            await conn.close()
    return ok


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--postgres", default=os.environ.get("TEST_DATABASE_URL"))
    args = parser.parse_args()
    return 0 if asyncio.run(run(args.postgres, args.runs)) else 1


if __name__ == "__main__":
    sys.exit(main())
