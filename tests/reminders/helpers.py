"""Builders shared by the reminder tests."""

from __future__ import annotations

from datetime import datetime, time

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.db import users
from bot.db.models import Delivery, Reminder
from bot.reminders import repository
from bot.reminders.schedule import ReminderSpec

Sessions = async_sessionmaker[AsyncSession]


def stretch(hour: int = 21, minute: int = 30) -> ReminderSpec:
    return ReminderSpec(kind="stretch", at_time=time(hour, minute))


def hourly(start: int = 8, end: int = 22, minutes: int = 60) -> ReminderSpec:
    return ReminderSpec(kind="hydration", interval_minutes=minutes, window_start=time(start),
                        window_end=time(end))  # fmt: skip


async def add(
    sessions: Sessions, user_id: int, spec: ReminderSpec, now: datetime, zone: str = "UTC",
    quiet: tuple[time, time] | None = None,
) -> int:  # fmt: skip
    async with sessions() as session, session.begin():
        user = await users.ensure_user(session, user_id=user_id, now=now)
        await users.set_timezone(session, user=user, zone=zone)
        if quiet:
            await users.set_quiet_hours(session, user=user, start=quiet[0], end=quiet[1])
        reminder = await repository.create(session, user=user, spec=spec, now=now)
        return reminder.id


async def deliveries(sessions: Sessions) -> list[Delivery]:
    async with sessions() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.slot, Delivery.id)))


async def reminder(sessions: Sessions, reminder_id: int) -> Reminder:
    async with sessions() as session:
        found = await session.get(Reminder, reminder_id)
        assert found is not None
        return found
