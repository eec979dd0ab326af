"""What the doctor's report shows: every cramp of the user, summarized, and reminder adherence."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Cramp, Delivery
from bot.reports.stats import Stats, summarize

RECENT = 15


@dataclass(frozen=True)
class Report:
    """The report's data: nothing identifying beyond what the user logged."""

    stats: Stats
    recent: tuple[Cramp, ...]
    done: int
    delivered: int
    zone: ZoneInfo
    now: datetime


async def adherence(session: AsyncSession, *, user_id: int) -> tuple[int, int]:
    """(reminders marked done, reminders delivered) for the user."""
    done = func.count().filter(Delivery.action == "done")
    sent = func.count().filter(Delivery.status == "sent")
    row = (await session.execute(select(done, sent).where(Delivery.user_id == user_id))).one()
    return int(row[0] or 0), int(row[1] or 0)


async def build_report(
    session: AsyncSession, *, user_id: int, now: datetime, zone: ZoneInfo
) -> Report:
    """Gather every cramp of the user, the newest `RECENT` entries and adherence."""
    cramps = (
        await session.scalars(
            select(Cramp)
            .where(Cramp.user_id == user_id)
            .order_by(Cramp.occurred_at.desc(), Cramp.id.desc())
        )
    ).all()
    done, delivered = await adherence(session, user_id=user_id)
    return Report(
        stats=summarize(cramps, zone=zone, now=now),
        recent=tuple(cramps[:RECENT]),
        done=done,
        delivered=delivered,
        zone=zone,
        now=now,
    )
