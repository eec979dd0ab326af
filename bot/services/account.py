"""The user's account: first contact and return (/start), settings, time zone, erasure.

Each use case takes the update's session and typed input and returns a result; none commits.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, time

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import users
from bot.db.models import User
from bot.services import privacy

# Moves what depends on the zone (reminders) when it changes; returns how many moved.
ZoneHook = Callable[[AsyncSession, User, datetime], Awaitable[int]]


@dataclass(frozen=True, slots=True)
class Welcome:
    """/start: the user's zone (None when not set) and whether they had blocked the bot."""

    zone: str | None
    was_blocked: bool


async def welcome(session: AsyncSession, *, user_id: int, now: datetime) -> Welcome:
    """Create the user on first contact and clear a block (they are back)."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    was_blocked = await users.mark_unblocked(session, user_id=user_id)
    return Welcome(user.timezone, was_blocked)


@dataclass(frozen=True, slots=True)
class Settings:
    """/settings: the zone, quiet hours (start, end) and language; None when not set."""

    zone: str | None
    quiet: tuple[time, time] | None
    language: str


async def settings(session: AsyncSession, *, user_id: int, now: datetime) -> Settings:
    """The user's settings."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    quiet = None
    if user.quiet_start is not None and user.quiet_end is not None:
        quiet = (user.quiet_start, user.quiet_end)
    return Settings(user.timezone, quiet, user.language)


@dataclass(frozen=True, slots=True)
class ZoneSet:
    """The zone now stored and whether anything (reminders) moved with it."""

    zone: str
    moved: bool


async def set_zone(
    session: AsyncSession,
    *,
    user_id: int,
    zone: str,
    now: datetime,
    hooks: Sequence[ZoneHook] = (),
) -> ZoneSet:
    """Store a valid IANA `zone` for the user and run each hook (moving their reminders)."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    await users.set_timezone(session, user=user, zone=zone)
    moved = [await hook(session, user, now) for hook in hooks]
    return ZoneSet(zone, any(moved))


async def erase(session: AsyncSession, *, user_id: int, confirmed: bool) -> bool:
    """Erase everything held about the user when `confirmed`; True when erased."""
    if confirmed:
        await privacy.erase_user(session, user_id=user_id)
    return confirmed


async def zone_for(
    session: AsyncSession, *, user_id: int, now: datetime, default_zone: str
) -> tuple[str, bool]:
    """The user's zone name (creating the user on first contact) and whether it is the default."""
    return await users.zone_for(session, user_id=user_id, now=now, default_zone=default_zone)


async def left(session: AsyncSession, *, user_id: int, now: datetime) -> None:
    """The user blocked the bot: their reminders pause."""
    await users.mark_blocked(session, user_id=user_id, now=now)


async def came_back(session: AsyncSession, *, user_id: int) -> None:
    """The user unblocked the bot: their reminders resume."""
    await users.mark_unblocked(session, user_id=user_id)
