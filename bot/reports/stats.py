"""Statistics over a user's cramps: pure functions of the cramps, the user's zone and `now`.

Everything is grouped by the *local* calendar (weeks start on Monday in the user's zone), so
a cramp at 00:30 on a month end or a week across a DST change lands where the user expects.
"""

from __future__ import annotations

import statistics
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.db.models import Cramp

WEEKS = 8
Period = Literal["1w", "4w", "3m", "all"]
PERIODS: tuple[Period, ...] = ("1w", "4w", "3m", "all")
PERIOD_WEEKS = {"4w": 4, "3m": 13}
Unit = Literal["day", "week", "month"]
MOST_WEEKLY_BARS = 26  # "all" over a longer span is drawn by month
TIMES_OF_DAY = ("night", "morning", "afternoon", "evening")  # 00-06, 06-12, 12-18, 18-24


@dataclass(frozen=True)
class Week:
    """One local week (Monday to Sunday): its cramps and their mean severity."""

    start: date
    count: int
    mean_severity: float | None


@dataclass(frozen=True)
class FlagSeen:
    """A red flag reported with a cramp, on the user's local date."""

    day: date
    flag: str


@dataclass(frozen=True)
class Stats:
    """The summary of a set of cramps; `weeks` always holds the last `WEEKS` local weeks."""

    total: int
    first: date | None
    last: date | None
    weeks: tuple[Week, ...]
    # each part of the day with its count; then (None, n) for the n cramps whose message named
    # no time, when there are any
    times_of_day: tuple[tuple[str | None, int], ...]
    muscles: tuple[tuple[str | None, int], ...]
    sides: tuple[tuple[str | None, int], ...]
    rated: int
    severity_mean: float | None
    severity_max: int | None
    duration_median_s: int | None
    duration_max_s: int | None
    red_flags: tuple[FlagSeen, ...]
    unit: Unit = "week"  # what one of `weeks` spans: a day, a Monday week or a month

    @property
    def week_total(self) -> int:
        """Cramps within the weekly window."""
        return sum(week.count for week in self.weeks)


def week_start(day: date) -> date:
    """The Monday of the week holding `day`."""
    return day - timedelta(days=day.weekday())


def window(*, now: datetime, zone: ZoneInfo, weeks: int = WEEKS) -> tuple[datetime, datetime]:
    """UTC bounds [start, end) that surely hold the last `weeks` local weeks up to now.

    A day of margin on each side keeps zone quirks (a midnight that does not exist) out;
    `summarize` groups by local date, so cramps in the margin are dropped there.
    """
    first = week_start(now.astimezone(zone).date()) - timedelta(weeks=weeks - 1)
    start = datetime.combine(first, time(0), tzinfo=zone).astimezone(UTC) - timedelta(days=1)
    return start, now + timedelta(days=1)


def month_start(day: date) -> date:
    """The first day of the month holding `day`."""
    return day.replace(day=1)


def _months(first: date, last: date) -> list[date]:
    out, at = [], month_start(first)
    while at <= last:
        out.append(at)
        at = (at + timedelta(days=32)).replace(day=1)
    return out


def buckets(period: Period, *, today: date, first: date | None) -> tuple[list[date], Unit]:
    """The bars of a period, by their first local day: the last 7 days one by one, the last 4
    or 13 Monday weeks, or everything from the week (or, past MOST_WEEKLY_BARS weeks, the
    month) of `first`, the user's earliest entry."""
    if period == "1w":
        return [today - timedelta(days=6 - i) for i in range(7)], "day"
    this_week = week_start(today)
    if period in PERIOD_WEEKS:
        n = PERIOD_WEEKS[period]
        return [this_week - timedelta(weeks=n - 1 - i) for i in range(n)], "week"
    start = week_start(min(first or today, today))
    n = (this_week - start).days // 7 + 1
    if n <= MOST_WEEKLY_BARS:
        return [start + timedelta(weeks=i) for i in range(n)], "week"
    return _months(start, today), "month"


def bucket_of(day: date, unit: Unit) -> date:
    """The first day of the bar holding the local date `day`."""
    if unit == "day":
        return day
    return week_start(day) if unit == "week" else month_start(day)


def time_of_day(local: datetime) -> str:
    """night (00-06), morning (06-12), afternoon (12-18) or evening (18-24), local time."""
    return TIMES_OF_DAY[local.hour // 6]


def _ranked(counter: Counter[str | None]) -> tuple[tuple[str | None, int], ...]:
    """Most frequent first; ties by name, the unknown (None) last."""
    return tuple(sorted(counter.items(), key=lambda kv: (-kv[1], kv[0] is None, kv[0] or "")))


def _mean(values: Sequence[int]) -> float | None:
    return round(statistics.fmean(values), 1) if values else None


def summarize(
    cramps: Sequence[Cramp],
    *,
    zone: ZoneInfo,
    now: datetime,
    weeks: int = WEEKS,
    within_weeks: bool = False,
) -> Stats:
    """Summarize `cramps` (any order); `within_weeks` keeps only those in the weekly window.

    Cramps after the current local week are ignored either way.
    """
    this_week = week_start(now.astimezone(zone).date())
    starts = [this_week - timedelta(weeks=weeks - 1 - i) for i in range(weeks)]
    return _summarize(cramps, zone=zone, starts=starts, unit="week", within=within_weeks,
                      end=this_week + timedelta(weeks=1))  # fmt: skip


def summarize_period(
    cramps: Sequence[Cramp], *, zone: ZoneInfo, now: datetime, period: Period,
    first: date | None,
) -> Stats:  # fmt: skip
    """Summarize the cramps of a /stats period (`first`: the user's earliest local date)."""
    today = now.astimezone(zone).date()
    starts, unit = buckets(period, today=today, first=first)
    return _summarize(cramps, zone=zone, starts=starts, unit=unit, within=True,
                      end=today + timedelta(days=1))  # fmt: skip


MOST_DAILY_BARS = 14  # a span of the report up to two weeks is drawn by day


def summarize_span(cramps: Sequence[Cramp], *, zone: ZoneInfo, first: date, last: date) -> Stats:
    """Summarize the cramps of the local dates `first` to `last` (the report's period): bars
    of days (up to MOST_DAILY_BARS days), Monday weeks, or past MOST_WEEKLY_BARS weeks months;
    the first and last bar may hold days outside the span, whose cramps are left out."""
    unit: Unit
    if (last - first).days < MOST_DAILY_BARS:
        starts, unit = [first + timedelta(days=i) for i in range((last - first).days + 1)], "day"
    else:
        weeks = (week_start(last) - week_start(first)).days // 7 + 1
        if weeks <= MOST_WEEKLY_BARS:
            starts = [week_start(first) + timedelta(weeks=i) for i in range(weeks)]
            unit = "week"
        else:
            starts, unit = _months(first, last), "month"
    return _summarize(cramps, zone=zone, starts=starts, unit=unit, within=True,
                      end=last + timedelta(days=1), low=first)  # fmt: skip


def _summarize(
    cramps: Sequence[Cramp], *, zone: ZoneInfo, starts: list[date], unit: Unit, within: bool,
    end: date, low: date | None = None,
) -> Stats:  # fmt: skip
    local = sorted(((c.occurred_at.astimezone(zone), c) for c in cramps), key=lambda pair: pair[0])
    low = low or (starts[0] if within else date.min)
    local = [(when, c) for when, c in local if low <= when.date() < end]
    per_week: dict[date, list[Cramp]] = {start: [] for start in starts}
    for when, cramp in local:
        bucket = per_week.get(bucket_of(when.date(), unit))
        if bucket is not None:
            bucket.append(cramp)
    hours = Counter(time_of_day(when) if c.time_told else None for when, c in local)
    severities = [c.severity for _, c in local if c.severity is not None]
    durations = [c.duration_s for _, c in local if c.duration_s is not None]
    return Stats(
        total=len(local),
        first=local[0][0].date() if local else None,
        last=local[-1][0].date() if local else None,
        weeks=tuple(
            Week(
                start=start,
                count=len(items),
                mean_severity=_mean([c.severity for c in items if c.severity is not None]),
            )
            for start, items in per_week.items()
        ),
        times_of_day=tuple(
            (name, hours[name])
            for name in (*TIMES_OF_DAY, None)
            if name is not None or hours[name]
        ),
        muscles=_ranked(Counter(c.muscle for _, c in local)),
        sides=_ranked(Counter(c.side for _, c in local)),
        rated=len(severities),
        severity_mean=_mean(severities),
        severity_max=max(severities, default=None),
        duration_median_s=int(statistics.median(durations)) if durations else None,
        duration_max_s=max(durations, default=None),
        red_flags=tuple(
            FlagSeen(day=when.date(), flag=flag) for when, c in local for flag in c.red_flags
        ),
        unit=unit,
    )


@dataclass(frozen=True)
class Nights:
    """What the morning check-in heard over a period: nights answered, those without cramps,
    their cramps (a "3 or more" counts 3) and the mean sleep disturbance (0-10)."""

    checked: int = 0
    free: int = 0
    cramps: int = 0
    sleep_mean: float | None = None

    @property
    def per_night(self) -> float | None:
        """Cramps a night over the nights answered (None: none answered)."""
        return round(self.cramps / self.checked, 1) if self.checked else None


def nights_summary(rows: Sequence[tuple[int, int | None]]) -> Nights:
    """`rows`: (cramps, sleep score or None) of each night answered."""
    sleep = [score for _, score in rows if score is not None]
    return Nights(
        checked=len(rows), free=sum(1 for n, _ in rows if n == 0),
        cramps=sum(n for n, _ in rows), sleep_mean=_mean(sleep),
    )  # fmt: skip


@dataclass(frozen=True)
class Adherence:
    """Over a period: stretch reminders sent and marked done, check-ins sent and answered."""

    stretch_sent: int = 0
    stretch_done: int = 0
    checkin_sent: int = 0
    checkin_answered: int = 0
