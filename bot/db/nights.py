"""Repository for `nights`: what the morning check-in heard of each night, one row a night."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Night


async def get(session: AsyncSession, *, user_id: int, night: date) -> Night | None:
    """The user's row for `night` (the local date of the morning after it), if any."""
    return await session.scalar(
        select(Night).where(Night.user_id == user_id, Night.night == night)
    )


async def record(
    session: AsyncSession, *, user_id: int, night: date, cramps: int, now: datetime
) -> Night:
    """Set how many cramps `night` had: one row a night, so a press repeated, or a day late,
    changes that row and never adds one. A changed count forgets the sleep score."""
    row = await get(session, user_id=user_id, night=night)
    if row is None:
        row = Night(user_id=user_id, night=night, cramps=cramps, sleep=None, answered_at=now)
        session.add(row)
    elif row.cramps != cramps:
        row.cramps, row.sleep, row.answered_at = cramps, None, now
    await session.flush()
    return row


async def between(session: AsyncSession, *, user_id: int, first: date, last: date) -> list[Night]:
    """The user's nights with first <= night <= last, oldest first."""
    rows = await session.scalars(
        select(Night)
        .where(Night.user_id == user_id, Night.night >= first, Night.night <= last)
        .order_by(Night.night)
    )
    return list(rows)


async def all_of(session: AsyncSession, *, user_id: int) -> list[Night]:
    """Every night the user answered, oldest first (the data export)."""
    rows = await session.scalars(
        select(Night).where(Night.user_id == user_id).order_by(Night.night)
    )
    return list(rows)
