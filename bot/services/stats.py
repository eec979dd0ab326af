"""/stats: the user's cramps, check-in nights and reminder adherence over a period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps, nights
from bot.db.models import Cramp, Delivery, Night, Reminder
from bot.reminders.kinds.stretch import Stretch
from bot.reports import stats
from bot.reports.stats import Adherence, Nights, Period
from bot.services.checkin import KIND as CHECKIN

DEFAULT_PERIOD: Period = "4w"
STRETCH = Stretch.name


@dataclass(frozen=True)
class Page:
    """One /stats page: the period, its cramps summarized, its nights and adherence, and
    whether the user has logged anything at all (`any_entry`)."""

    period: Period
    stats: stats.Stats
    nights: Nights
    adherence: Adherence
    first: date | None
    any_entry: bool

    @property
    def empty(self) -> bool:
        """Nothing in the period: no cramp and no night answered."""
        return self.stats.total == 0 and self.nights.checked == 0


async def _first(session: AsyncSession, *, user_id: int, zone: ZoneInfo) -> date | None:
    """The user's earliest local date with a cramp or a night answered."""
    row = (
        await session.execute(
            select(
                select(func.min(Cramp.occurred_at)).where(Cramp.user_id == user_id)
                .scalar_subquery(),
                select(func.min(Night.night)).where(Night.user_id == user_id).scalar_subquery(),
            )
        )
    ).one()  # fmt: skip
    found = []
    if row[0] is not None:
        found.append(row[0].astimezone(zone).date())
    if row[1] is not None:
        found.append(row[1])
    return min(found, default=None)


async def adherence(
    session: AsyncSession, *, user_id: int, since: datetime, until: datetime
) -> Adherence:
    """Stretch reminders and check-ins sent in [since, until), and how many were acted on."""
    rows = await session.execute(
        select(
            Reminder.kind, func.count(),
            func.count().filter(Delivery.action.in_(("done", "answered"))),
        )
        .join(Reminder, Reminder.id == Delivery.reminder_id)
        .where(Delivery.user_id == user_id, Delivery.status == "sent",
               Delivery.slot >= since, Delivery.slot < until,
               Reminder.kind.in_((STRETCH, CHECKIN)))
        .group_by(Reminder.kind)
    )  # fmt: skip
    counts = {kind: (int(sent), int(acted)) for kind, sent, acted in rows.all()}
    stretch, checkin = counts.get(STRETCH, (0, 0)), counts.get(CHECKIN, (0, 0))
    return Adherence(stretch[0], stretch[1], checkin[0], checkin[1])


async def page(
    session: AsyncSession, *, user_id: int, now: datetime, zone: ZoneInfo,
    period: Period = DEFAULT_PERIOD,
) -> Page:  # fmt: skip
    """The /stats page of `period` (reads only)."""
    first = await _first(session, user_id=user_id, zone=zone)
    today = now.astimezone(zone).date()
    starts, _ = stats.buckets(period, today=today, first=first)
    start = datetime.combine(starts[0], time(0), tzinfo=zone).astimezone(UTC)
    entries = await cramps.between(session, user_id=user_id, start=start - timedelta(days=1),
                                   end=now + timedelta(days=1))  # fmt: skip
    summary = stats.summarize_period(entries, zone=zone, now=now, period=period, first=first)
    answered = await nights.between(session, user_id=user_id, first=starts[0], last=today)
    return Page(
        period, summary, stats.nights_summary([(n.cramps, n.sleep) for n in answered]),
        await adherence(session, user_id=user_id, since=start, until=now + timedelta(days=1)),
        first, first is not None,
    )  # fmt: skip
