"""Export and erasure of a user's data: /export, /delete and the retention purge.

Every time in the CSV files is local wall time with its UTC offset (ISO 8601, e.g.
`2026-12-01T09:00:00+01:00`): a cramp in the user's zone, a reminder in its own zone (the
zone its local time is kept in). A spreadsheet shows what the user saw; the offset keeps the
instant exact across DST changes.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.knowledge import Knowledge
from bot.db import check_answers, nights, users
from bot.db.models import Cramp, Delivery, Experiment, Reminder
from bot.parsing.export_range import DateRange, default_range
from bot.reminders.schedule import resolve_wall
from bot.reports.report import Report
from bot.services.experiment_weeks import plan_of
from bot.services.flood import Cooldown
from bot.services.visit_brief import span_of, visit_brief

CRAMP_COLUMNS = (
    "occurred_at", "time_told", "side", "muscle", "severity", "duration_s", "triggers",
    "red_flags", "logged_at",
)  # fmt: skip
NIGHT_COLUMNS = ("night", "cramps", "sleep_disturbance", "active_day", "answered_at")
EXPERIMENT_COLUMNS = (
    "test", "status", "started_at", "first_night", "weeks", "holds", "stopped_at", "ended_at",
    "checkin_turned_on", "reminder_set",
)  # fmt: skip
ANSWER_COLUMNS = ("question_id", "question", "answer", "finished_at")
ANSWER_WORDS = {"y": "yes", "n": "no", "u": "not sure"}
REMINDER_COLUMNS = (
    "kind", "interval_minutes", "window_start", "window_end", "at_time", "every_months",
    "once_at", "note", "timezone", "next_fire_at", "paused", "deliveries", "done",
)  # fmt: skip


def _iso(value: datetime | None, zone: ZoneInfo) -> str:
    """Local wall time in `zone` with its offset, to the second."""
    if value is None:
        return ""
    return value.astimezone(zone).replace(microsecond=0).isoformat()


def _floating(wall: datetime | None, zone: ZoneInfo) -> datetime | None:
    """A one-off's `once_at`: the local wall clock stored tagged as UTC, placed in `zone`."""
    return resolve_wall(wall.replace(tzinfo=None), zone.key) if wall is not None else None


def _zone(name: str | None, fallback: ZoneInfo) -> ZoneInfo:
    try:
        return ZoneInfo(name) if name else fallback
    except (ZoneInfoNotFoundError, ValueError):  # tzdata no longer knows it
        return fallback


def _csv(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


async def cramps_csv(session: AsyncSession, *, user_id: int, zone: ZoneInfo) -> tuple[bytes, int]:
    """Every logged cramp of the user as CSV, oldest first, and how many there are; times in
    `zone` (the user's)."""
    cramps = (
        await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id).order_by(Cramp.occurred_at)
        )
    ).all()
    rows: list[list[object]] = [
        [
            _iso(c.occurred_at, zone),
            "yes" if c.time_told else "no",
            c.side,
            c.muscle,
            c.severity,
            c.duration_s,
            ";".join(c.triggers),
            ";".join(c.red_flags),
            _iso(c.created_at, zone),
        ]
        for c in cramps
    ]
    return _csv(CRAMP_COLUMNS, rows), len(rows)


async def nights_csv(session: AsyncSession, *, user_id: int, zone: ZoneInfo) -> tuple[bytes, int]:
    """Every night the morning check-in heard of, oldest first (cramps: 3 from its buttons
    means "3 or more"; sleep disturbance 0-10 and whether the day before was more active than
    usual, each empty when not given)."""
    rows: list[list[object]] = [
        [n.night.isoformat(), n.cramps, n.sleep, n.active, _iso(n.answered_at, zone)]
        for n in await nights.all_of(session, user_id=user_id)
    ]
    return _csv(NIGHT_COLUMNS, rows), len(rows)


async def experiments_csv(
    session: AsyncSession, *, user_id: int, zone: ZoneInfo
) -> tuple[bytes, int]:
    """Every /experiment of the user, oldest first: its weeks in order ("stretch" or "none"
    with their first and last night, named by the morning's date as in nights.csv) and the
    nights its holds left out (first night held / first night after; open while on hold)."""
    found = await session.scalars(
        select(Experiment).where(Experiment.user_id == user_id).order_by(Experiment.id)
    )
    rows: list[list[object]] = []
    for e in found:
        plan = plan_of(e)
        weeks = "; ".join(
            f"{c} {a.isoformat() if a else '?'}/{b.isoformat() if b else '?'}"
            for _, c, a, b in plan.weeks()
        )
        holds = "; ".join(f"{a.isoformat()}/{b.isoformat() if b else ''}" for a, b in plan.pauses)
        rows.append([
            e.test, e.status, _iso(e.created_at, zone), e.first_night.isoformat(), weeks, holds,
            _iso(e.stopped_at, zone), _iso(e.ended_at, zone), e.checkin_turned_on,
            e.made_reminder_id is not None,
        ])  # fmt: skip
    return _csv(EXPERIMENT_COLUMNS, rows), len(rows)


async def answers_csv(
    session: AsyncSession, *, user_id: int, zone: ZoneInfo, knowledge: Knowledge
) -> tuple[bytes, int]:
    """The answers of the user's last finished cause finder, in the order asked (the question
    as the content words it now, empty if it was since removed)."""
    stored = await check_answers.get(session, user_id=user_id)
    if stored is None:
        return b"", 0
    texts = {q.id: q.text for q in knowledge.check.questions}
    rows: list[list[object]] = [
        [q, texts.get(q, ""), ANSWER_WORDS.get(v, v), _iso(stored.finished_at, zone)]
        for q, v in stored.answers
    ]
    return _csv(ANSWER_COLUMNS, rows), len(rows)


async def reminders_csv(
    session: AsyncSession, *, user_id: int, zone: ZoneInfo
) -> tuple[bytes, int]:
    """Every reminder of the user with delivery and adherence counts, as CSV; times in the
    reminder's own zone (`zone`, the user's, when it is unknown)."""
    reminders = (
        await session.scalars(
            select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.id)
        )
    ).all()
    deliveries = (await session.scalars(select(Delivery).where(Delivery.user_id == user_id))).all()
    rows: list[list[object]] = []
    for r in reminders:
        mine = [d for d in deliveries if d.reminder_id == r.id]
        local = _zone(r.timezone, zone)
        rows.append(
            [
                r.kind,
                r.interval_minutes,
                r.window_start,
                r.window_end,
                r.at_time,
                r.every_months,
                _iso(_floating(r.once_at, local), local),
                r.note,
                r.timezone,
                _iso(r.next_fire_at, local),
                r.paused,
                len(mine),
                sum(1 for d in mine if d.action == "done"),
            ]
        )
    return _csv(REMINDER_COLUMNS, rows), len(rows)


@dataclass(frozen=True)
class Export:
    """What /export sends: CSV files with their row counts, and the report to draw as a
    PDF. Nothing is sent when the user has nothing stored ("empty"), or exported under a
    minute ago ("wait": the report is the heaviest work the bot does)."""

    status: Literal["ready", "empty", "wait"]
    cramps_csv: bytes = b""
    cramps: int = 0
    reminders_csv: bytes = b""
    reminders: int = 0
    report: Report | None = None
    nights_csv: bytes = b""
    nights: int = 0  # nights from the morning check-in (their file is sent when there are any)
    answers_csv: bytes = b""
    answers: int = 0  # answers of the last finished cause finder (sent when there are any)
    experiments_csv: bytes = b""
    experiments: int = 0  # /experiment runs (their file is sent when there are any)


async def export(
    session: AsyncSession, *, user_id: int, zone: ZoneInfo, now: datetime, gate: Cooldown,
    knowledge: Knowledge, period: DateRange | None = None,
) -> Export:  # fmt: skip
    """Everything the user's /export sends, unless there is nothing or it is too soon; the
    report covers `period` (local dates; default: the last 3 months), the CSV files all."""
    cramps, n_cramps = await cramps_csv(session, user_id=user_id, zone=zone)
    reminders, n_reminders = await reminders_csv(session, user_id=user_id, zone=zone)
    night_rows, n_nights = await nights_csv(session, user_id=user_id, zone=zone)
    answers, n_answers = await answers_csv(
        session, user_id=user_id, zone=zone, knowledge=knowledge
    )
    if n_cramps == 0 and n_reminders == 0 and n_nights == 0 and n_answers == 0:
        return Export("empty")
    if not gate.admit(user_id, now):
        return Export("wait")
    span = span_of(period or default_range(now.astimezone(zone).date()))
    report = await visit_brief(
        session, knowledge=knowledge, user_id=user_id, now=now, zone=zone, span=span
    )
    tried, n_tried = await experiments_csv(session, user_id=user_id, zone=zone)
    return Export(
        "ready", cramps, n_cramps, reminders, n_reminders, report, night_rows, n_nights,
        answers, n_answers, tried, n_tried,
    )  # fmt: skip


async def erase_user(session: AsyncSession, *, user_id: int) -> None:
    """Erase everything held about the user (cascades to every table)."""
    await users.delete_user(session, user_id=user_id)


async def purge_blocked(session: AsyncSession, *, now: datetime, retention_days: int) -> int:
    """Erase users who blocked the bot more than `retention_days` ago; return how many."""
    ids = await users.blocked_before(session, cutoff=now - timedelta(days=retention_days))
    for user_id in ids:
        await users.delete_user(session, user_id=user_id)
    return len(ids)
