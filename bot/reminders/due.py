"""When the next dispatch round has work: the instant the wake-up job is armed for."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery, Reminder, User
from bot.reminders.sends import _G


async def next_due(session: AsyncSession, *, after: datetime) -> datetime | None:
    """The earliest instant after `after` at which a round has work: an unpaused reminder's
    send time (users who blocked the bot left out), a snooze, a lease running out (a dead
    instance's rows to take over), the flood gate reopening or the outage gate's next probe.
    None: nothing is waiting.

    Rows at or before `after` are the last round's leftovers (deferred, locked by another
    instance, paused): never waking for them is what keeps a bad row from spinning the loop."""
    reminders = (
        select(func.min(Reminder.next_fire_at))
        .join(User, User.id == Reminder.user_id)
        .where(Reminder.paused.is_(False), Reminder.next_fire_at > after,
               User.blocked_at.is_(None))
    )  # fmt: skip
    snoozes = select(func.min(Delivery.slot)).where(
        Delivery.status == "scheduled", Delivery.slot > after
    )
    leases = select(func.min(Delivery.claimed_until)).where(
        Delivery.status.in_(("claimed", "sending")), Delivery.claimed_until > after
    )
    gate = select(func.min(_G.c.until)).where(_G.c.until > after)  # a 429 wait, a probe
    parts = (reminders, snoozes, leases, gate)
    found = (await session.execute(select(*(q.scalar_subquery() for q in parts)))).one()
    times: list[datetime] = [t for t in found if t is not None]
    return min(times, default=None)
