"""Export and erasure of a user's data: /export, /delete and the retention purge."""

from __future__ import annotations

import csv
import io
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import users
from bot.db.models import Cramp, Delivery, Reminder

CRAMP_COLUMNS = (
    "occurred_at_utc", "side", "muscle", "severity", "duration_s", "triggers", "red_flags",
    "logged_at_utc",
)  # fmt: skip
REMINDER_COLUMNS = (
    "kind", "interval_minutes", "window_start", "window_end", "at_time", "every_months",
    "once_at_utc", "note", "timezone", "next_fire_at_utc", "paused", "deliveries", "done",
)  # fmt: skip


def _iso(value: datetime | None) -> str:
    return value.isoformat() if value is not None else ""


def _csv(header: tuple[str, ...], rows: list[list[object]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(["" if cell is None else cell for cell in row] for row in rows)
    return buffer.getvalue().encode("utf-8")


async def cramps_csv(session: AsyncSession, *, user_id: int) -> tuple[bytes, int]:
    """Every logged cramp of the user as CSV, oldest first, and how many there are."""
    cramps = (
        await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id).order_by(Cramp.occurred_at)
        )
    ).all()
    rows: list[list[object]] = [
        [
            _iso(c.occurred_at),
            c.side,
            c.muscle,
            c.severity,
            c.duration_s,
            ";".join(c.triggers),
            ";".join(c.red_flags),
            _iso(c.created_at),
        ]
        for c in cramps
    ]
    return _csv(CRAMP_COLUMNS, rows), len(rows)


async def reminders_csv(session: AsyncSession, *, user_id: int) -> tuple[bytes, int]:
    """Every reminder of the user with delivery and adherence counts, as CSV."""
    reminders = (
        await session.scalars(
            select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.id)
        )
    ).all()
    deliveries = (await session.scalars(select(Delivery).where(Delivery.user_id == user_id))).all()
    rows: list[list[object]] = []
    for r in reminders:
        mine = [d for d in deliveries if d.reminder_id == r.id]
        rows.append(
            [
                r.kind,
                r.interval_minutes,
                r.window_start,
                r.window_end,
                r.at_time,
                r.every_months,
                _iso(r.once_at),
                r.note,
                r.timezone,
                _iso(r.next_fire_at),
                r.paused,
                len(mine),
                sum(1 for d in mine if d.action == "done"),
            ]
        )
    return _csv(REMINDER_COLUMNS, rows), len(rows)


async def erase_user(session: AsyncSession, *, user_id: int) -> None:
    """Erase everything held about the user (cascades to every table)."""
    await users.delete_user(session, user_id=user_id)


async def purge_blocked(session: AsyncSession, *, now: datetime, retention_days: int) -> int:
    """Erase users who blocked the bot more than `retention_days` ago; return how many."""
    ids = await users.blocked_before(session, cutoff=now - timedelta(days=retention_days))
    for user_id in ids:
        await users.delete_user(session, user_id=user_id)
    return len(ids)
