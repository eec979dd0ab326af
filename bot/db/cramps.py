"""Repository for logged cramps. Takes a session, never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy import delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Cramp


async def add_cramp(
    session: AsyncSession,
    *,
    user_id: int,
    occurred_at: datetime,
    now: datetime,
    side: str | None = None,
    muscle: str | None = None,
    severity: int | None = None,
    duration_s: int | None = None,
    triggers: Sequence[str] = (),
    red_flags: Sequence[str] = (),
    source_message_id: int | None = None,
    time_told: bool = True,
) -> Cramp:
    """Store a new cramp and return it with its id (a persistent object of the session);
    `time_told` False: `occurred_at` is only when the message was written."""
    cramp = Cramp(
        user_id=user_id, occurred_at=occurred_at, side=side, muscle=muscle, severity=severity,
        duration_s=duration_s, triggers=list(triggers), red_flags=list(red_flags),
        source_message_id=source_message_id, card_message_id=None, created_at=now,
        edited_at=None, time_told=time_told,
    )  # fmt: skip
    session.add(cramp)
    await session.flush()
    return cramp


async def get_cramp(session: AsyncSession, *, user_id: int, cramp_id: int) -> Cramp | None:
    """The cramp with this id if it belongs to the user."""
    cramp = await session.get(Cramp, cramp_id)
    return cramp if cramp is not None and cramp.user_id == user_id else None


async def by_source_message(
    session: AsyncSession, *, user_id: int, message_id: int
) -> Cramp | None:
    """The cramp logged from the user's chat message `message_id`."""
    return (
        await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id, Cramp.source_message_id == message_id)
        )
    ).first()


async def set_card_message(
    session: AsyncSession, *, user_id: int, cramp_id: int, message_id: int
) -> None:
    """Remember which bot message shows the cramp's card (an edit of the text updates it).

    One UPDATE (the cramp was committed before its card went out, and the session need not
    load it again); a copy the session still holds is refreshed with it."""
    await session.execute(
        update(Cramp)
        .where(Cramp.id == cramp_id, Cramp.user_id == user_id)
        .values(card_message_id=message_id)
    )


async def delete_cramp(session: AsyncSession, *, user_id: int, cramp_id: int) -> bool:
    """Delete the user's cramp; True when something was deleted."""
    result = await session.execute(
        delete(Cramp).where(Cramp.id == cramp_id, Cramp.user_id == user_id)
    )
    return bool(getattr(result, "rowcount", 0))


async def latest(
    session: AsyncSession, *, user_id: int, offset: int = 0, limit: int = 5
) -> list[Cramp]:
    """The user's cramps, newest first, one page."""
    page = await session.scalars(
        select(Cramp)
        .where(Cramp.user_id == user_id)
        .order_by(Cramp.occurred_at.desc(), Cramp.id.desc())
        .offset(offset)
        .limit(limit)
    )
    return list(page)


async def count_for_user(session: AsyncSession, *, user_id: int) -> int:
    """How many cramps the user has logged."""
    found = await session.scalar(
        select(func.count()).select_from(Cramp).where(Cramp.user_id == user_id)
    )
    return int(found or 0)


async def between(
    session: AsyncSession, *, user_id: int, start: datetime, end: datetime
) -> list[Cramp]:
    """The user's cramps with start <= occurred_at < end, oldest first."""
    rows = await session.scalars(
        select(Cramp)
        .where(Cramp.user_id == user_id, Cramp.occurred_at >= start, Cramp.occurred_at < end)
        .order_by(Cramp.occurred_at)
    )
    return list(rows)
