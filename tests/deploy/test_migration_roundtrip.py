"""Migrations keep data: seed rows at every revision, upgrade to head, downgrade back.

On SQLite and PostgreSQL: after the upgrade every seeded row is there, after the downgrade
every seeded row is there again, with the values it had (no row lost to a table rebuild)."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

import pytest
from alembic import command
from alembic.script import ScriptDirectory
from sqlalchemy import Table, column, inspect, select, table
from sqlalchemy.engine import Connection

from bot.db.migrate import alembic_config
from bot.db.models import Base
from bot.db.session import create_engine

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
SCRIPTS = ScriptDirectory.from_config(alembic_config(""))
REVISIONS = [s.revision for s in reversed(list(SCRIPTS.walk_revisions()))]
TABLES: dict[str, Table] = {t.name: t for t in Base.metadata.sorted_tables}
# Found by its docstring, so a renumbering at a merge touches the migration file only.
EXPERIMENTS = next(s.revision for s in SCRIPTS.walk_revisions() if s.doc.startswith("experiments"))
CHECK_ANSWERS = next(
    s.revision for s in SCRIPTS.walk_revisions() if s.doc.startswith("check_answers")
)
ACTIVE_DAYS = next(s.revision for s in SCRIPTS.walk_revisions() if s.doc.startswith("active days"))


def rows_at(revision: str) -> dict[str, list[dict[str, Any]]]:
    """Rows that fit the schema of `revision`, in every table that exists there."""
    at = REVISIONS.index(revision)
    users = [
        {"id": 1, "timezone": "Europe/Berlin", "quiet_start": time(22, 30),
         "quiet_end": time(7), "language": "en", "created_at": NOW, "last_seen_at": NOW},
        {"id": 8_000_000_002, "timezone": None, "language": "en", "created_at": NOW,
         "last_seen_at": NOW, "blocked_at": NOW},
    ]  # fmt: skip
    cramps = [
        {"id": i, "user_id": 1, "occurred_at": NOW - timedelta(hours=i), "side": "left",
         "muscle": "calf", "severity": i, "duration_s": 30 * i, "triggers": ["night"],
         "red_flags": [], "source_message_id": 100 + i, "created_at": NOW}
        for i in range(1, 4)
    ]  # fmt: skip
    reminders = [
        {"id": 1, "user_id": 1, "kind": "hydration", "interval_minutes": 120,
         "window_start": time(8), "window_end": time(22), "timezone": "Europe/Berlin",
         "next_fire_at": NOW, "paused": False, "created_at": NOW},
        {"id": 2, "user_id": 8_000_000_002, "kind": "checkup", "every_months": 6,
         "anchor": NOW, "note": "B12", "timezone": "UTC", "paused": True, "created_at": NOW},
    ]  # fmt: skip
    deliveries = [
        {"id": j + 1, "reminder_id": 1, "user_id": 1, "slot": NOW - timedelta(hours=2 * j),
         "status": status, "attempts": j, "message_id": 900 + j, "created_at": NOW}
        for j, status in enumerate(("sent", "claimed", "sending", "failed"))
    ]  # fmt: skip
    dialogs = [{"user_id": 1, "name": "check", "state": {"step": 1}, "updated_at": NOW}]
    processed = [{"update_id": 5, "processed_at": NOW}]
    if at >= 1:  # 0002: sources, send times, the next slot
        reminders[0]["next_slot"] = NOW
        deliveries.append(
            {"id": 5, "reminder_id": 1, "user_id": 1, "slot": NOW + timedelta(minutes=15),
             "status": "scheduled", "attempts": 0, "source": "snooze", "sent_at": None,
             "created_at": NOW}
        )  # fmt: skip
        deliveries[0]["sent_at"] = NOW
    seeded: dict[str, list[dict[str, Any]]] = {
        "users": users, "cramps": cramps, "reminders": reminders, "deliveries": deliveries,
        "dialogs": dialogs, "processed_updates": processed,
    }  # fmt: skip
    if at >= 2:  # 0003: leases, fencing tokens, the flood gate
        deliveries[1]["claimed_until"] = NOW + timedelta(minutes=2)
        deliveries[1]["claim_token"] = "tok"
        seeded["send_gates"] = [{"name": "flood", "until": NOW}]
    if at >= 3:  # 0004: the shared send rate
        seeded["send_pace"] = [{"name": "reminders", "next_us": 1_795_000_000_000_000}]
    if at >= 4:  # 0005: the outage gate (since when, probes so far)
        seeded["send_gates"] = [
            {"name": "flood", "until": NOW, "since": None, "probes": 0},
            {"name": "outage", "until": NOW, "since": NOW - timedelta(minutes=3), "probes": 4},
        ]
    if at >= 5:  # 0006: the nights the morning check-in heard of
        seeded["nights"] = [
            {"id": 1, "user_id": 1, "night": date(2026, 11, 20), "cramps": 0, "sleep": None,
             "answered_at": NOW},
            {"id": 2, "user_id": 1, "night": date(2026, 11, 19), "cramps": 3, "sleep": 7,
             "answered_at": NOW},
        ]  # fmt: skip
    if at >= REVISIONS.index(EXPERIMENTS):  # the personal stretch experiment
        seeded["experiments"] = [
            {"id": 1, "user_id": 1, "test": "stretch", "first_condition": "none",
             "first_night": date(2026, 11, 21), "pauses": [["2026-11-25", "2026-11-28"]],
             "status": "running", "week": 1, "told": 1, "made_reminder_id": None,
             "paused_before": [1], "checkin_turned_on": True, "created_at": NOW,
             "stopped_at": NOW, "ended_at": None},
            {"id": 2, "user_id": 1, "test": "stretch", "first_condition": "stretch",
             "first_night": date(2026, 10, 1), "pauses": [], "status": "done", "week": 5,
             "told": 5, "made_reminder_id": 7, "paused_before": [], "checkin_turned_on": False,
             "created_at": NOW, "stopped_at": None, "ended_at": NOW},
        ]  # fmt: skip
    if at >= REVISIONS.index(CHECK_ANSWERS):  # the last finished cause finder's answers
        seeded["check_answers"] = [
            {"user_id": 1, "answers": [["walking", "n"], ["statin", "y"]], "finished_at": NOW},
        ]
    if at >= REVISIONS.index(ACTIVE_DAYS):  # the check-in's question about the day before
        users[0]["checkin_asks_active"] = True
        users[1]["checkin_asks_active"] = False
        seeded["nights"][0]["active"] = True
        seeded["nights"][1]["active"] = None
        seeded["nights"].append(
            {"id": 3, "user_id": 1, "night": date(2026, 11, 18), "cramps": 1, "sleep": None,
             "active": False, "answered_at": NOW}
        )  # fmt: skip
    return seeded


async def _alembic(url: str, action: Callable[[Any], None]) -> None:
    cfg = alembic_config(url)
    engine = create_engine(url)
    try:
        async with engine.begin() as conn:

            def _run(sync_conn: Connection) -> None:
                cfg.attributes["connection"] = sync_conn
                action(cfg)

            await conn.run_sync(_run)
    finally:
        await engine.dispose()


async def upgrade(url: str, revision: str) -> None:
    await _alembic(url, lambda cfg: command.upgrade(cfg, revision))


async def downgrade(url: str, revision: str) -> None:
    await _alembic(url, lambda cfg: command.downgrade(cfg, revision))


async def seed(url: str, rows: dict[str, list[dict[str, Any]]]) -> None:
    """Insert `rows` with the models' column types, naming only the columns each row gives
    (the models' defaults would name columns an older schema lacks)."""
    engine = create_engine(url)
    async with engine.begin() as conn:
        for model in Base.metadata.sorted_tables:
            for row in rows.get(model.name, []):
                typed = table(model.name, *(column(k, model.c[k].type) for k in row))
                await conn.execute(typed.insert().values(**row))
    await engine.dispose()


async def snapshot(url: str) -> dict[str, list[dict[str, Any]]]:
    """Every row of every model table, in the columns the current schema has."""
    engine = create_engine(url)
    out: dict[str, list[dict[str, Any]]] = {}
    async with engine.connect() as conn:
        present: dict[str, set[str]] = await conn.run_sync(
            lambda sync: {
                name: {c["name"] for c in inspect(sync).get_columns(name)}
                for name in inspect(sync).get_table_names()
            }
        )
        for name, table in TABLES.items():
            if name not in present:
                continue
            columns = [c for c in table.columns if c.name in present[name]]
            query = select(*columns).order_by(*table.primary_key.columns)
            out[name] = [dict(r._mapping) for r in (await conn.execute(query)).all()]
    await engine.dispose()
    return out


async def roundtrip(url: str, revision: str) -> None:
    await upgrade(url, revision)
    seeded = rows_at(revision)
    await seed(url, seeded)
    before = await snapshot(url)
    assert {k: len(v) for k, v in before.items() if v} == {k: len(v) for k, v in seeded.items()}

    await upgrade(url, "head")
    at_head = await snapshot(url)
    for name, rows in before.items():  # every row, every old column, unchanged
        old_columns = [c.name for c in TABLES[name].columns if not rows or c.name in rows[0]]
        assert [{k: r[k] for k in old_columns} for r in at_head[name]] == rows, name
    if REVISIONS.index(revision) < REVISIONS.index("0003"):
        # 0003 gave the rows a pre-0003 dispatcher left in flight a lease: created_at.
        in_flight = [d for d in at_head["deliveries"] if d["status"] in ("claimed", "sending")]
        assert len(in_flight) == 2 and all(d["claimed_until"] == NOW for d in in_flight)
    if REVISIONS.index(revision) < REVISIONS.index(ACTIVE_DAYS):
        # Users had not opted in to the activity question; no night was asked about its day.
        assert [u["checkin_asks_active"] for u in at_head["users"]] == [False, False]
        assert all(n["active"] is None for n in at_head.get("nights", []))

    await downgrade(url, revision)
    assert await snapshot(url) == before


@pytest.mark.parametrize("revision", REVISIONS)
async def test_sqlite_keeps_every_row(tmp_path: Path, revision: str) -> None:
    await roundtrip(f"sqlite+aiosqlite:///{tmp_path / 'm.db'}", revision)


@pytest.mark.parametrize("revision", REVISIONS)
async def test_postgresql_keeps_every_row(
    new_pg: Callable[[], Awaitable[str]], revision: str
) -> None:
    await roundtrip(await new_pg(), revision)


async def test_every_revision_is_covered() -> None:
    assert REVISIONS[0] == "0001" and REVISIONS[-1] == SCRIPTS.get_current_head()
    assert set(rows_at(REVISIONS[-1])) == set(TABLES)  # the newest seed fills every table
