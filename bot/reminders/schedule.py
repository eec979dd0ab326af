"""Reminder schedules: next fire times in the user's zone, DST-safe, outside quiet hours. Pure.

APScheduler's triggers do the calendar arithmetic on the *wall clock*: they run in UTC over
local wall times, so DST never reaches them. Each wall slot is then placed in the user's zone:
a slot inside a spring-forward gap moves forward by the gap (02:30 -> 03:30, once that day);
an ambiguous slot in a fall-back repeat takes its first occurrence (never twice). Why not let
the triggers run in the user's zone: CronTrigger fires twice at a repeated wall time, and
CalendarIntervalTrigger skips months that lack the anchor's day (Jan 31 -> Mar 31) and drops
a whole period whose time falls in a DST gap. Monthly check-ups therefore clamp to the month's
last day (Jan 31 -> Feb 28 -> Mar 31), always counted from the anchor, so they never drift.

Quiet hours: a check-up slot inside them moves to their end; hydration and stretch slots
inside them are dropped (the next slot follows), since a late drink or bedtime stretch is not
useful.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

HYDRATION = "hydration"
STRETCH = "stretch"
CHECKUP = "checkup"
KINDS = (HYDRATION, STRETCH, CHECKUP)
MIN_INTERVAL_MINUTES = 30
MAX_INTERVAL_MINUTES = 12 * 60
MAX_EVERY_MONTHS = 60
DEFAULT_CHECKUP_TIME = time(9, 0)
HYDRATION_SPREAD_S = 180
GRACE = {
    HYDRATION: timedelta(minutes=30),
    STRETCH: timedelta(hours=2),
    CHECKUP: timedelta(days=7),
}
# Safety net: a schedule whose every slot falls in quiet hours never fires.
_MAX_SLOTS_SCANNED = 3000
_DST_MARGIN = timedelta(hours=3)

Quiet = tuple[time, time]


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """What a reminder is, independent of zone and storage.

    once_at is a local wall-clock datetime (naive); anchor is the local creation date that
    monthly check-ups count from.
    """

    kind: str
    interval_minutes: int | None = None
    window_start: time | None = None
    window_end: time | None = None
    at_time: time | None = None
    every_months: int | None = None
    once_at: datetime | None = None
    anchor: date | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        if self.kind == HYDRATION:
            ok = (
                self.interval_minutes is not None
                and MIN_INTERVAL_MINUTES <= self.interval_minutes <= MAX_INTERVAL_MINUTES
                and self.window_start is not None
                and self.window_end is not None
                and self.window_start != self.window_end
            )
        elif self.kind == STRETCH:
            ok = self.at_time is not None
        elif self.kind == CHECKUP:
            monthly = self.every_months is not None and self.anchor is not None
            ok = (monthly and 1 <= (self.every_months or 0) <= MAX_EVERY_MONTHS) or (
                not monthly and self.once_at is not None and self.once_at.tzinfo is None
            )
        else:
            ok = False
        if not ok:
            raise ValueError(f"incomplete or invalid {self.kind!r} reminder spec")

    @property
    def repeating(self) -> bool:
        """False only for a one-off check-up."""
        return self.once_at is None

    @property
    def crosses_midnight(self) -> bool:
        """True for a hydration window such as 22:00-02:00."""
        return (
            self.window_start is not None
            and self.window_end is not None
            and self.window_end < self.window_start
        )


def in_quiet(moment: time, quiet: Quiet | None) -> bool:
    """Whether a local wall time lies in quiet hours [start, end), which may cross midnight."""
    if quiet is None or quiet[0] == quiet[1]:
        return False
    start, end = quiet
    if start < end:
        return start <= moment < end
    return moment >= start or moment < end


def to_local_wall(instant: datetime, zone: str) -> datetime:
    """The naive local wall clock of an aware instant in `zone`."""
    return instant.astimezone(ZoneInfo(zone)).replace(tzinfo=None)


def resolve_wall(wall: datetime, zone: str) -> datetime:
    """Place a local wall time in `zone` as an aware UTC instant.

    A wall time in a DST gap moves forward by the gap; a repeated one takes its first instant.
    """
    return wall.replace(tzinfo=ZoneInfo(zone), fold=0).astimezone(UTC)


def hydration_offset(user_id: int) -> timedelta:
    """A stable spread of 0-179 s per user, so a cohort's drink reminders leave apart."""
    return timedelta(seconds=(user_id * 2654435761) % (2**32) % HYDRATION_SPREAD_S)


def send_time(
    kind: str, slot: datetime, *, user_id: int, zone: str, quiet: Quiet | None
) -> datetime:
    """When to send `slot`: spread for hydration, but never pushed into quiet hours."""
    if kind != HYDRATION:
        return slot
    spread = slot + hydration_offset(user_id)
    return slot if in_quiet(to_local_wall(spread, zone).time(), quiet) else spread


def quiet_end_after(wall: datetime, quiet: Quiet) -> datetime:
    """The local wall time at which the quiet period containing `wall` ends."""
    end = datetime.combine(wall.date(), quiet[1])
    return end if end > wall else end + timedelta(days=1)


def add_months(day: date, months: int) -> date:
    """`day` plus whole months, clamped to the last day of a shorter month."""
    index = day.month - 1 + months
    year, month = day.year + index // 12, index % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _as_utc_wall(wall: datetime) -> datetime:
    return wall.replace(tzinfo=UTC)


@lru_cache(maxsize=4096)
def _daily_trigger(at: time) -> CronTrigger:
    return CronTrigger(hour=at.hour, minute=at.minute, second=at.second, timezone=UTC)


def _daily(at: time, start: datetime) -> Iterator[datetime]:
    trigger = _daily_trigger(at)
    previous: datetime | None = None
    now = _as_utc_wall(start)
    while True:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:  # pragma: no cover - a daily cron always has a next time
            return
        yield fire.replace(tzinfo=None)
        previous = now = fire


def _hydration(spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
    assert spec.window_start is not None
    assert spec.window_end is not None
    assert spec.interval_minutes is not None
    day = start.date() - timedelta(days=1)
    while True:
        opens = datetime.combine(day, spec.window_start)
        closes = datetime.combine(day, spec.window_end)
        if closes <= opens:
            closes += timedelta(days=1)
        if closes >= start:
            trigger = IntervalTrigger(
                minutes=spec.interval_minutes,
                start_date=_as_utc_wall(opens),
                end_date=_as_utc_wall(closes),
                timezone=UTC,
            )
            previous = None
            now = _as_utc_wall(max(start, opens))
            while (fire := trigger.get_next_fire_time(previous, now)) is not None:
                yield fire.replace(tzinfo=None)
                previous = now = fire
        day += timedelta(days=1)


def _monthly(spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
    assert spec.anchor is not None
    assert spec.every_months is not None
    at = spec.at_time or DEFAULT_CHECKUP_TIME
    elapsed = (start.year - spec.anchor.year) * 12 + start.month - spec.anchor.month
    k = max(1, elapsed // spec.every_months - 1)
    while True:
        wall = datetime.combine(add_months(spec.anchor, k * spec.every_months), at)
        if wall >= start:
            yield wall
        k += 1


def _once(spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
    assert spec.once_at is not None
    fire = DateTrigger(run_date=_as_utc_wall(spec.once_at), timezone=UTC).get_next_fire_time(
        None, _as_utc_wall(start)
    )
    if fire is not None and fire.replace(tzinfo=None) >= start:
        yield fire.replace(tzinfo=None)


def wall_slots(spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
    """Local wall-clock slots at or after the naive local time `start`, in order."""
    if spec.kind == HYDRATION:
        return _hydration(spec, start)
    if spec.kind == STRETCH:
        assert spec.at_time is not None
        return _daily(spec.at_time, start)
    if spec.once_at is not None:
        return _once(spec, start)
    return _monthly(spec, start)


def next_fire(
    spec: ReminderSpec, *, zone: str, after: datetime, quiet: Quiet | None
) -> datetime | None:
    """The first slot strictly after `after` (aware), as aware UTC; None when there is none."""
    if after.tzinfo is None:
        raise ValueError("next_fire needs an aware `after`")
    return _next_fire(spec, zone, after.astimezone(UTC), quiet)


@lru_cache(maxsize=1 << 16)  # a cohort shares specs and slots: computed once per round
def _next_fire(
    spec: ReminderSpec, zone: str, after: datetime, quiet: Quiet | None
) -> datetime | None:
    start = to_local_wall(after - _DST_MARGIN, zone)
    for scanned, wall in enumerate(wall_slots(spec, start)):
        if scanned >= _MAX_SLOTS_SCANNED:
            return None
        fire = resolve_wall(wall, zone)
        if quiet is not None and in_quiet(wall.time(), quiet):
            if spec.kind != CHECKUP:
                continue
            fire = resolve_wall(quiet_end_after(wall, quiet), zone)
        if fire > after:
            return fire
    return None


def grace(kind: str) -> timedelta:
    """How late a slot may still be delivered."""
    return GRACE[kind]


def end_of_local_day(instant: datetime, zone: str) -> datetime:
    """The next local midnight after `instant`, as aware UTC (what "skip today" skips to)."""
    tomorrow = to_local_wall(instant, zone).date() + timedelta(days=1)
    return resolve_wall(datetime.combine(tomorrow, time(0)), zone)
