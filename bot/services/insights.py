"""Insights: the user's nights, stretch reminders and cramps read once, then
`reports.insights` (pure). Reads only."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Cramp, Delivery, Night, Reminder
from bot.reports import insights
from bot.reports.insights import Insight
from bot.services import checkin
from bot.services.stats import STRETCH


@dataclass(frozen=True)
class Found:
    """The insights, in the order shown; whether the user has a stretch reminder, whether the
    check-in asks about active days, and whether the check-in is on (not paused)."""

    insights: tuple[Insight, ...]
    has_stretch_reminder: bool
    asks_active: bool = False
    checkin_on: bool = False


async def gather(session: AsyncSession, *, user_id: int, now: datetime, zone: ZoneInfo) -> Found:
    """Every insight from the user's own rows."""
    rows_of_nights = await session.execute(
        select(Night.night, Night.cramps, Night.active)
        .where(Night.user_id == user_id)
        .order_by(Night.night)
    )
    answered = [(night, cramps, active) for night, cramps, active in rows_of_nights]
    nights = [(night, cramps) for night, cramps, _ in answered]
    done: dict[date, bool] = {}
    rows = await session.execute(
        select(Delivery.slot, Delivery.action)
        .join(Reminder, Reminder.id == Delivery.reminder_id)
        .where(Delivery.user_id == user_id, Delivery.status == "sent", Reminder.kind == STRETCH)
    )
    for slot, action in rows:
        evening = slot.astimezone(zone).date()
        done[evening] = done.get(evening, False) or action == "done"
    logged = await session.execute(
        select(Cramp.occurred_at, Cramp.time_told).where(Cramp.user_id == user_id)
    )
    times, told = [], []  # every cramp's day; the clock only where the message told it
    for at, time_told in logged:
        times.append(at.astimezone(zone))
        if time_told:
            told.append(times[-1])
    has_reminder = await session.scalar(
        select(Reminder.id).where(Reminder.user_id == user_id, Reminder.kind == STRETCH).limit(1)
    )
    found = (
        insights.rate(nights),
        insights.stretch(nights, done),
        insights.active(answered),
        insights.time_of_night(told),
        insights.trend(times, today=now.astimezone(zone).date()),
    )
    asks = await checkin.asks_active(session, user_id=user_id)
    running = await checkin.active(session, user_id=user_id)
    return Found(found, has_reminder is not None, asks, running)
