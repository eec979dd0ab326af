"""Building blocks of schedules: local wall clock <-> instants, and APScheduler slot streams.

APScheduler's triggers do the calendar arithmetic on the *wall clock*: they run in UTC over
local wall times, so DST never reaches them. Each wall slot is then placed in the user's zone
(`resolve_wall`): a slot inside a spring-forward gap moves forward by the gap (02:30 -> 03:30,
once that day); an ambiguous slot in a fall-back repeat takes its first occurrence (never
twice). Why not let the triggers run in the user's zone: CronTrigger fires twice at a repeated
wall time, and CalendarIntervalTrigger skips months that lack the anchor's day (Jan 31 ->
Mar 31) and drops a whole period whose time falls in a DST gap. Monthly series therefore clamp
to the month's last day (Jan 31 -> Feb 28 -> Mar 31), always counted from the anchor.

Reminder kinds (`bot/reminders/kinds/`) build their slots from these streams. Pure.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

from apscheduler.triggers.cron import CronTrigger
from apscheduler.triggers.date import DateTrigger
from apscheduler.triggers.interval import IntervalTrigger

Quiet = tuple[time, time]


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


def quiet_end_after(wall: datetime, quiet: Quiet) -> datetime:
    """The local wall time at which the quiet period containing `wall` ends."""
    end = datetime.combine(wall.date(), quiet[1])
    return end if end > wall else end + timedelta(days=1)


def spread_offset(user_id: int, spread: timedelta) -> timedelta:
    """A stable offset in [0, spread) whole seconds per user, so a cohort's messages leave
    apart; zero for no spread."""
    seconds = int(spread.total_seconds())
    if seconds <= 0:
        return timedelta(0)
    return timedelta(seconds=(user_id * 2654435761) % (2**32) % seconds)


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


def daily(at: time, start: datetime) -> Iterator[datetime]:
    """Every day at the wall time `at`, from the naive local `start` on (CronTrigger)."""
    trigger = _daily_trigger(at)
    previous: datetime | None = None
    now = _as_utc_wall(start)
    while True:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:  # pragma: no cover - a daily cron always has a next time
            return
        yield fire.replace(tzinfo=None)
        previous = now = fire


@lru_cache(maxsize=1024)
def _weekly_trigger(weekday: int, at: time) -> CronTrigger:
    return CronTrigger(day_of_week=weekday, hour=at.hour, minute=at.minute, second=at.second,
                       timezone=UTC)  # fmt: skip


def weekly(weekday: int, at: time, start: datetime) -> Iterator[datetime]:
    """Every week on `weekday` (0 Monday ... 6 Sunday) at the wall time `at`, from the naive
    local `start` on (CronTrigger)."""
    trigger = _weekly_trigger(weekday, at)
    previous: datetime | None = None
    now = _as_utc_wall(start)
    while True:
        fire = trigger.get_next_fire_time(previous, now)
        if fire is None:  # pragma: no cover - a weekly cron always has a next time
            return
        yield fire.replace(tzinfo=None)
        previous = now = fire


def every_in_window(
    minutes: int, opens_at: time, closes_at: time, start: datetime
) -> Iterator[datetime]:
    """Every `minutes` inside a daily window (which may cross midnight) (IntervalTrigger)."""
    day = start.date() - timedelta(days=1)
    while True:
        opens = datetime.combine(day, opens_at)
        closes = datetime.combine(day, closes_at)
        if closes <= opens:
            closes += timedelta(days=1)
        if closes >= start:
            trigger = IntervalTrigger(
                minutes=minutes,
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


def monthly(anchor: date, every: int, at: time, start: datetime) -> Iterator[datetime]:
    """Every `every` months from `anchor` at `at`, clamped to short months, never drifting."""
    elapsed = (start.year - anchor.year) * 12 + start.month - anchor.month
    k = max(1, elapsed // every - 1)
    while True:
        wall = datetime.combine(add_months(anchor, k * every), at)
        if wall >= start:
            yield wall
        k += 1


def once(at: datetime, start: datetime) -> Iterator[datetime]:
    """The naive local wall time `at`, if it is not before `start` (DateTrigger)."""
    fire = DateTrigger(run_date=_as_utc_wall(at), timezone=UTC).get_next_fire_time(
        None, _as_utc_wall(start)
    )
    if fire is not None and fire.replace(tzinfo=None) >= start:
        yield fire.replace(tzinfo=None)
