"""Reminder use cases for the handlers: create (with defaults), list, change, quiet hours."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import users
from bot.db.models import Reminder, User
from bot.reminders import repository
from bot.reminders.schedule import CHECKUP, HYDRATION, STRETCH, ReminderSpec

Change = Literal["pause", "resume", "delete"]
CHANGES: tuple[Change, ...] = ("pause", "resume", "delete")


def default_spec(kind: str, *, today: date) -> ReminderSpec | None:
    """The one-tap reminder of `kind` (None for an unknown kind).

    Hydration every 2 h 09:00-21:00, stretch at 21:30, a check-up every 6 months from today.
    """
    if kind == HYDRATION:
        return ReminderSpec(
            kind=HYDRATION, interval_minutes=120, window_start=time(9), window_end=time(21)
        )
    if kind == STRETCH:
        return ReminderSpec(kind=STRETCH, at_time=time(21, 30))
    if kind == CHECKUP:
        return ReminderSpec(kind=CHECKUP, every_months=6, anchor=today, at_time=time(9))
    return None


CHECKUP_SOON_HOURS = (9, 13, 18)


def checkup_soon_spec(hour: int, *, today: date) -> ReminderSpec | None:
    """A one-off reminder to book a check-up tomorrow at `hour` local time (None if not offered).

    Offered after frequent cramps or a warning sign: soon, not in months.
    """
    if hour not in CHECKUP_SOON_HOURS:
        return None
    tomorrow = today + timedelta(days=1)
    return ReminderSpec(kind=CHECKUP, once_at=datetime.combine(tomorrow, time(hour)))


@dataclass(frozen=True, slots=True)
class Created:
    """A stored reminder and the zone it runs in; `zone_is_default` when the user set none."""

    reminder: Reminder
    zone: str
    zone_is_default: bool


async def create(
    session: AsyncSession, *, user_id: int, spec: ReminderSpec, now: datetime, default_zone: str
) -> Created:
    """Store and arm a reminder; raises ReminderLimitReached past the limit."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    reminder = await repository.create(
        session, user=user, spec=spec, now=now, default_zone=default_zone
    )
    return Created(reminder, reminder.timezone, user.timezone is None)


async def change(
    session: AsyncSession, *, user_id: int, reminder_id: int, action: str, now: datetime
) -> bool:
    """Pause, resume or delete one of the user's reminders; False when it is not theirs."""
    if action == "pause":
        found = await repository.pause(session, reminder_id=reminder_id, user_id=user_id)
        return found is not None
    if action == "resume":
        found = await repository.resume(session, reminder_id=reminder_id, user_id=user_id, now=now)
        return found is not None
    if action == "delete":
        return await repository.delete(session, reminder_id=reminder_id, user_id=user_id)
    return False


async def set_quiet(
    session: AsyncSession, *, user_id: int, hours: tuple[time, time] | None, now: datetime
) -> int:
    """Store (or clear) quiet hours and move every reminder of the user; returns how many."""
    user = await users.ensure_user(session, user_id=user_id, now=now)
    start, end = hours if hours is not None else (None, None)
    await users.set_quiet_hours(session, user=user, start=start, end=end)
    return await repository.retime_user(session, user, now)


async def retime(session: AsyncSession, user: User, now: datetime) -> int:
    """Time-zone hook: move the user's reminders to their new zone; return how many."""
    return await repository.retime_user(session, user, now)
