"""`python -m bot copy-db`: SQLite -> PostgreSQL and back, every row, ids and sequences kept."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, text

from bot.copy_db import CopyError, copy_database, tables
from bot.db.migrate import upgrade_to_head
from bot.db.models import (
    CheckAnswers,
    Cramp,
    Delivery,
    Dialog,
    Experiment,
    Night,
    ProcessedUpdate,
    Reminder,
    SendGate,
    SendPace,
    User,
)
from bot.db.session import create_engine, session_factory

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


async def seed(url: str) -> None:
    """Two users with cramps, reminders, deliveries, dialogs; a gate and a processed update."""
    await upgrade_to_head(url)
    engine = create_engine(url)
    async with session_factory(engine)() as session, session.begin():
        for uid, zone in ((101, "Europe/Berlin"), (9_000_000_001, None)):
            session.add(
                User(id=uid, timezone=zone, quiet_start=time(22, 30), quiet_end=time(7),
                     language="en", created_at=NOW, last_seen_at=NOW + timedelta(hours=uid % 7),
                     blocked_at=None if zone else NOW)
            )  # fmt: skip
        await session.flush()
        for i in range(5):
            session.add(
                Cramp(user_id=101, occurred_at=NOW - timedelta(days=i), side="left",
                      muscle="calf", severity=i + 3, duration_s=60 * i, triggers=["night"],
                      red_flags=["swelling"] if i == 2 else [], source_message_id=1000 + i,
                      created_at=NOW, edited_at=None)
            )  # fmt: skip
        reminders = [
            Reminder(user_id=101, kind="hydration", interval_minutes=120,
                     window_start=time(8), window_end=time(22), timezone="Europe/Berlin",
                     next_fire_at=NOW + timedelta(hours=1), next_slot=NOW + timedelta(hours=1),
                     paused=False, created_at=NOW),
            Reminder(user_id=9_000_000_001, kind="checkup", every_months=6,
                     anchor=NOW, note="blood test: B12", timezone="UTC", paused=True,
                     created_at=NOW),
        ]  # fmt: skip
        session.add_all(reminders)
        await session.flush()
        for j, status in enumerate(("sent", "failed", "claimed")):
            session.add(
                Delivery(reminder_id=reminders[0].id, user_id=101,
                         slot=NOW - timedelta(hours=2 * j), status=status, attempts=j,
                         message_id=500 + j if status == "sent" else None,
                         action="done" if j == 0 else None, acted_at=NOW if j == 0 else None,
                         source="series", sent_at=NOW if status == "sent" else None,
                         created_at=NOW, claimed_until=NOW if status == "claimed" else None,
                         claim_token="abc" if status == "claimed" else None)
            )  # fmt: skip
        session.add(Dialog(user_id=101, name="check", state={"step": 2, "yes": ["night"]},
                           updated_at=NOW))  # fmt: skip
        for k, night in enumerate((date(2026, 11, 19), date(2026, 11, 20))):
            session.add(Night(user_id=101, night=night, cramps=k * 3, sleep=k * 7 or None,
                              answered_at=NOW))  # fmt: skip
        session.add(
            Experiment(user_id=101, test="stretch", first_condition="none",
                       first_night=date(2026, 11, 21), pauses=[["2026-11-24", None]],
                       status="stopped", week=1, told=1, made_reminder_id=None,
                       paused_before=[], checkin_turned_on=True, created_at=NOW,
                       stopped_at=NOW, ended_at=None)
        )  # fmt: skip
        session.add(CheckAnswers(user_id=101, answers=[["statin", "y"], ["walking", "n"]],
                                 finished_at=NOW))  # fmt: skip
        session.add(SendGate(name="flood", until=NOW))
        session.add(SendPace(name="reminders", next_us=1_795_000_000_000_000))
        session.add(ProcessedUpdate(update_id=77, processed_at=NOW))
    await engine.dispose()


async def dump(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every table, ordered by primary key."""
    engine = create_engine(url)
    out: dict[str, list[dict[str, Any]]] = {}
    async with engine.connect() as conn:
        for table in tables():
            query = select(table).order_by(*table.primary_key.columns)
            out[table.name] = [dict(r._mapping) for r in (await conn.execute(query)).all()]
    await engine.dispose()
    return out


async def add_cramp(url: str) -> int:
    """A new row in the copy: its id follows the copied ones (the sequence was moved)."""
    engine = create_engine(url)
    async with session_factory(engine)() as session, session.begin():
        cramp = Cramp(user_id=101, occurred_at=NOW, triggers=[], red_flags=[], created_at=NOW)
        session.add(cramp)
        await session.flush()
        new_id = cramp.id
    await engine.dispose()
    return new_id


def sqlite_url(tmp_path: Path, name: str) -> str:
    return f"sqlite+aiosqlite:///{tmp_path / name}"


async def test_sqlite_to_postgresql_and_back_keeps_every_row(
    tmp_path: Path, empty_pg: str
) -> None:
    source = sqlite_url(tmp_path, "source.db")
    await seed(source)
    original = await dump(source)
    assert {name: len(rows) for name, rows in original.items()} == {
        "processed_updates": 1, "send_gates": 1, "send_pace": 1, "users": 2, "cramps": 5,
        "dialogs": 1, "reminders": 2, "deliveries": 3, "nights": 2, "experiments": 1,
        "check_answers": 1,
    }  # fmt: skip

    report = await copy_database(source, empty_pg)
    assert report.counts["cramps"] == 5 and report.counts["deliveries"] == 3
    assert "password" not in report.line() and report.line().startswith("copied ")
    assert await dump(empty_pg) == original
    assert await add_cramp(empty_pg) == 6  # the PostgreSQL sequence continues after 5

    back = sqlite_url(tmp_path, "back.db")
    await copy_database(empty_pg, back)
    copied_back = await dump(back)
    assert copied_back["cramps"][:5] == original["cramps"]
    assert {k: v for k, v in copied_back.items() if k != "cramps"} == {
        k: v for k, v in original.items() if k != "cramps"
    }
    assert len(copied_back["cramps"]) == 6
    assert await add_cramp(back) == 7


async def test_postgresql_to_sqlite(tmp_path: Path, empty_pg: str) -> None:
    await seed(empty_pg)
    original = await dump(empty_pg)
    target = sqlite_url(tmp_path, "copy.db")
    report = await copy_database(empty_pg.replace("+asyncpg", ""), target)
    assert report.counts == {name: len(rows) for name, rows in original.items()}
    assert await dump(target) == original
    assert await add_cramp(target) == 6


async def test_a_non_empty_target_is_refused_unless_forced(tmp_path: Path) -> None:
    source, target = sqlite_url(tmp_path, "a.db"), sqlite_url(tmp_path, "b.db")
    await seed(source)
    await copy_database(source, target)
    with pytest.raises(CopyError, match=r"not empty .*--force"):
        await copy_database(source, target)
    engine = create_engine(target)
    async with engine.begin() as conn:  # the target changed meanwhile: --force replaces it
        await conn.execute(text("DELETE FROM cramps WHERE id = 1"))
    await engine.dispose()
    report = await copy_database(source, target, force=True)
    assert report.counts["cramps"] == 5
    assert await dump(target) == await dump(source)


async def test_a_source_behind_the_newest_migration_is_refused(tmp_path: Path) -> None:
    source = sqlite_url(tmp_path, "old.db")
    engine = create_engine(source)
    async with engine.begin() as conn:
        await conn.execute(text("CREATE TABLE users (id INTEGER PRIMARY KEY)"))
    await engine.dispose()
    with pytest.raises(CopyError, match=r"revision none.*migrate"):
        await copy_database(source, sqlite_url(tmp_path, "new.db"))
    with pytest.raises(CopyError, match="same database"):
        await copy_database(source, source)


def test_the_command_prints_one_line_with_counts(tmp_path: Path) -> None:
    import asyncio

    source = sqlite_url(tmp_path, "cli.db")
    asyncio.run(seed(source))
    env = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    target = f"sqlite:///{tmp_path / 'cli-copy.db'}"
    args = [sys.executable, "-m", "bot", "copy-db", "--from", source, "--to", target]
    done = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith(
        "copied 1 processed_updates, 1 send_gates, 1 send_pace, 2 users, 1 check_answers, 5 cramps"
    )
    again = subprocess.run(args, cwd=ROOT, env=env, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "--force" in again.stderr
