"""Repository for users. Takes a session, never commits."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import bindparam, delete, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import User
from bot.db.statements import fetch

_BY_ID = select(User).where(User.id == bindparam("b_user_id"))


async def _get(session: AsyncSession, user_id: int) -> User | None:
    """As `session.get`: the identity map first, then a select built once (not per call)."""
    held = session.identity_map.get(session.sync_session.identity_key(User, user_id))
    if isinstance(held, User) and not inspect(held).expired:
        return held
    return (await session.scalars(_BY_ID, {"b_user_id": user_id})).first()


async def get_user(session: AsyncSession, *, user_id: int) -> User | None:
    """The user with this Telegram id, or None."""
    return await _get(session, user_id)


SEEN_EVERY = timedelta(days=1)
# Built once: a Core statement reused as is skips building and hashing a new one per call.
_SETTINGS = select(
    User.__table__.c.timezone, User.__table__.c.quiet_start, User.__table__.c.quiet_end,
    User.__table__.c.last_seen_at,
).where(User.__table__.c.id == bindparam("user_id"))  # fmt: skip


async def ensure_user(session: AsyncSession, *, user_id: int, now: datetime) -> User:
    """Return the user, creating the row on first contact.

    `last_seen_at` is written at most once a day, so reading a user is not a write.
    """
    user = await _get(session, user_id)
    if user is None:
        user = User(id=user_id, created_at=now, last_seen_at=now, language="en")
        session.add(user)
        await session.flush()
    elif user.last_seen_at is None or now - user.last_seen_at >= SEEN_EVERY:
        user.last_seen_at = now
    return user


async def set_timezone(session: AsyncSession, *, user: User, zone: str) -> None:
    """Store the user's IANA zone."""
    user.timezone = zone


async def set_quiet_hours(
    session: AsyncSession, *, user: User, start: time | None, end: time | None
) -> None:
    """Store quiet hours; both None clears them."""
    user.quiet_start, user.quiet_end = start, end


async def set_checkin_asks_active(session: AsyncSession, *, user: User, on: bool) -> None:
    """Store whether the morning check-in asks about the day before."""
    user.checkin_asks_active = on


async def mark_blocked(session: AsyncSession, *, user_id: int, now: datetime) -> User | None:
    """Record that the user blocked the bot."""
    user = await _get(session, user_id)
    if user is not None and user.blocked_at is None:
        user.blocked_at = now
    return user


async def mark_unblocked(session: AsyncSession, *, user_id: int) -> bool:
    """Clear the block; True when the user had been blocked."""
    user = await _get(session, user_id)
    if user is None or user.blocked_at is None:
        return False
    user.blocked_at = None
    return True


async def blocked_before(session: AsyncSession, *, cutoff: datetime) -> list[int]:
    """Ids of users who blocked the bot before `cutoff`."""
    rows = await session.scalars(select(User.id).where(User.blocked_at < cutoff))
    return list(rows)


async def delete_user(session: AsyncSession, *, user_id: int) -> None:
    """Erase the user; their cramps, reminders, deliveries and dialogs go with them."""
    await session.execute(delete(User).where(User.id == user_id))


async def _settings(
    session: AsyncSession, *, user_id: int, now: datetime
) -> tuple[str | None, time | None, time | None]:
    """The user's zone and quiet hours: a prebuilt read when the user was seen today (no ORM
    object), else through `ensure_user`, which creates the user on first contact."""
    found = await fetch(session, _SETTINGS, {"user_id": user_id})
    if found and found[0][3] is not None and now - found[0][3] < SEEN_EVERY:
        zone, start, end, _seen = found[0]
        return zone, start, end
    user = await ensure_user(session, user_id=user_id, now=now)
    return user.timezone, user.quiet_start, user.quiet_end


async def quiet_hours(
    session: AsyncSession, *, user_id: int, now: datetime
) -> tuple[time, time] | None:
    """The user's quiet hours (start, end), or None (creating the user on first contact)."""
    _zone, start, end = await _settings(session, user_id=user_id, now=now)
    return None if start is None or end is None else (start, end)


async def zone_for(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> tuple[str, bool]:
    """The user's zone name (creating the user on first contact) and whether it is the default."""
    zone, _start, _end = await _settings(session, user_id=user_id, now=now)
    return (zone, False) if zone else (default_zone, True)
