"""The weekly summary: the 7 days before its slot, from the diary, and the week before.

A week is the 7 local days that end at the summary's slot: from the same weekday and wall time a
week earlier (in the reminder's zone, so a DST week is 167 or 169 hours) up to the slot. While
its day, time and quiet hours stay, the weeks of one reminder tile time, so every entry is
counted in exactly one summary, whenever it is sent (a late one covers the same days):
- cramps by `occurred_at`;
- the morning check-in's nights by when they end (noon on the night's date,
  `checkin.night_span`), so the night just gone counts in a Sunday-evening summary;
- stretch reminders marked done and check-ins answered by their slot (`stats.adherence`).

A week without a cramp, a night answered, a stretch marked done or a check-in answered has
nothing to say: the composer sends nothing (`Summary.empty`).

One seam: a summary set inside a spring-forward gap (Sunday 01:30 in London) comes an hour
later that Sunday (`slots.resolve_wall`), and its week starts at that later wall time a week
before, so one hour of that night falls in no summary. Every other week tiles exactly.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps, nights
from bot.reminders import repository
from bot.reminders.kinds.weekly import Weekly
from bot.reminders.ledger import Outgoing
from bot.reminders.slots import resolve_wall, to_local_wall
from bot.reports.stats import Adherence, Nights, nights_summary
from bot.services.checkin import night_span
from bot.services.stats import adherence

KIND = Weekly.name
DAYS = 7


@dataclass(frozen=True, slots=True)
class Week:
    """One week of the diary: [start, end) as aware UTC instants, and what it holds."""

    start: datetime
    end: datetime
    cramps: int
    nights: Nights
    adherence: Adherence

    @property
    def empty(self) -> bool:
        """Nothing noted: no cramp, no night answered, no stretch done, no check-in answered."""
        kept = self.adherence
        return not (self.cramps or self.nights.checked or kept.stretch_done
                    or kept.checkin_answered)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Summary:
    """What a weekly summary shows: the week that ends at its slot and the week before (for
    the comparison), in the reminder's zone; the reminder's note, if any."""

    delivery_id: int
    reminder_id: int
    zone: str
    week: Week
    before: Week
    note: str | None = None

    @property
    def empty(self) -> bool:
        """Nothing to send: the week holds nothing (whatever the week before held)."""
        return self.week.empty


def week_before(end: datetime, zone: str) -> tuple[datetime, datetime]:
    """The week that ends at the instant `end`: the same local wall time 7 days earlier, in
    `zone`, to `end`."""
    start = resolve_wall(to_local_wall(end, zone) - timedelta(days=DAYS), zone)
    return start, end


def _ends_in(night: date, zone: str, start: datetime, end: datetime) -> bool:
    return start <= night_span(night, zone)[1] < end


async def summary(session: AsyncSession, outgoing: Outgoing) -> Summary:
    """The summary for `outgoing` (reads only), from the diary as it is now."""
    zone, user_id = outgoing.zone, outgoing.user_id
    start, end = week_before(outgoing.slot, zone)
    early, _ = week_before(start, zone)
    logged = await cramps.between(session, user_id=user_id, start=early, end=end)
    tz = ZoneInfo(zone)
    answered = await nights.between(
        session, user_id=user_id, first=early.astimezone(tz).date() - timedelta(days=1),
        last=end.astimezone(tz).date() + timedelta(days=1),
    )  # fmt: skip

    async def week(a: datetime, b: datetime) -> Week:
        rows = [(n.cramps, n.sleep) for n in answered if _ends_in(n.night, zone, a, b)]
        return Week(
            a, b, sum(1 for c in logged if a <= c.occurred_at < b), nights_summary(rows),
            await adherence(session, user_id=user_id, since=a, until=b),
        )  # fmt: skip

    return Summary(outgoing.delivery_id, outgoing.reminder_id, zone, await week(start, end),
                   await week(early, start), outgoing.note)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Setting:
    """The user's weekly summary as /settings shows it (None: they have none)."""

    reminder_id: int | None = None
    weekday: int | None = None
    at: time | None = None
    paused: bool = False


async def setting(session: AsyncSession, *, user_id: int) -> Setting:
    """The user's first weekly summary, if they set one."""
    for reminder in await repository.list_for_user(session, user_id=user_id):
        if reminder.kind == KIND and reminder.anchor is not None:
            return Setting(reminder.id, reminder.anchor.weekday(), reminder.at_time,
                           reminder.paused)  # fmt: skip
    return Setting()
