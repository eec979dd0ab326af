"""bot/services/stats.py: local weeks, times of day, rankings; DST and month/year ends."""

from __future__ import annotations

import itertools
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.db.models import Cramp
from bot.reports.stats import WEEKS, Stats, summarize, time_of_day, window

BERLIN = ZoneInfo("Europe/Berlin")


def cramp(
    when: datetime,
    *,
    side: str | None = None,
    muscle: str | None = None,
    severity: int | None = None,
    duration_s: int | None = None,
    red_flags: tuple[str, ...] = (),
    time_told: bool = True,
) -> Cramp:
    return Cramp(
        occurred_at=when.astimezone(UTC), side=side, muscle=muscle, severity=severity,
        duration_s=duration_s, triggers=[], red_flags=list(red_flags), time_told=time_told,
    )  # fmt: skip


def local(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def counts(stats: Stats) -> dict[date, int]:
    return {w.start: w.count for w in stats.weeks}


def test_no_cramps_gives_eight_empty_weeks() -> None:
    stats = summarize([], zone=BERLIN, now=local(2026, 11, 20, 8, 0))
    assert stats.total == 0
    assert stats.first is None
    assert len(stats.weeks) == WEEKS
    assert stats.weeks[-1].start == date(2026, 11, 16)
    assert stats.weeks[0].start == date(2026, 9, 28)
    assert all(w.count == 0 and w.mean_severity is None for w in stats.weeks)
    assert stats.times_of_day == (("night", 0), ("morning", 0), ("afternoon", 0), ("evening", 0))
    assert stats.severity_mean is None
    assert stats.duration_median_s is None


@pytest.mark.parametrize(
    ("hour", "minute", "expected"),
    [
        (0, 0, "night"), (5, 59, "night"), (6, 0, "morning"), (11, 59, "morning"),
        (12, 0, "afternoon"), (17, 59, "afternoon"), (18, 0, "evening"), (23, 59, "evening"),
    ],
)  # fmt: skip
def test_time_of_day_boundaries(hour: int, minute: int, expected: str) -> None:
    assert time_of_day(local(2026, 5, 5, hour, minute)) == expected


def test_counts_rankings_and_summary_values() -> None:
    now = local(2026, 11, 20, 9, 0)  # Friday
    cramps = [
        cramp(local(2026, 11, 19, 2, 0), side="left", muscle="calf", severity=7, duration_s=60),
        cramp(local(2026, 11, 18, 3, 0), side="left", muscle="calf", severity=5, duration_s=120),
        cramp(local(2026, 11, 10, 19, 0), side="right", muscle="foot", duration_s=600),
        cramp(local(2026, 11, 9, 13, 0), muscle="calf", severity=9, red_flags=("swelling",)),
        cramp(local(2026, 11, 9, 7, 0)),
    ]
    stats = summarize(cramps, zone=BERLIN, now=now)
    assert stats.total == 5
    assert (stats.first, stats.last) == (date(2026, 11, 9), date(2026, 11, 19))
    assert counts(stats)[date(2026, 11, 16)] == 2
    assert counts(stats)[date(2026, 11, 9)] == 3
    assert stats.week_total == 5
    means = {w.start: w.mean_severity for w in stats.weeks}
    assert means[date(2026, 11, 16)] == 6.0
    assert means[date(2026, 11, 9)] == 9.0
    assert means[date(2026, 11, 2)] is None
    assert dict(stats.times_of_day) == {"night": 2, "morning": 1, "afternoon": 1, "evening": 1}
    assert stats.muscles == (("calf", 3), ("foot", 1), (None, 1))
    assert stats.sides == (("left", 2), (None, 2), ("right", 1))
    assert stats.severity_mean == 7.0
    assert stats.severity_max == 9
    assert stats.duration_median_s == 120
    assert stats.duration_max_s == 600
    assert [(f.day, f.flag) for f in stats.red_flags] == [(date(2026, 11, 9), "swelling")]


def test_old_cramps_count_in_totals_but_not_in_weeks_unless_limited() -> None:
    now = local(2026, 11, 20, 9, 0)
    cramps = [cramp(local(2026, 1, 5, 22, 0)), cramp(local(2026, 11, 17, 22, 0))]
    everything = summarize(cramps, zone=BERLIN, now=now)
    assert everything.total == 2
    assert everything.week_total == 1
    assert everything.first == date(2026, 1, 5)
    recent = summarize(cramps, zone=BERLIN, now=now, within_weeks=True)
    assert recent.total == 1
    assert recent.first == date(2026, 11, 17)


def test_future_cramps_after_this_week_are_ignored() -> None:
    now = local(2026, 11, 20, 9, 0)
    stats = summarize([cramp(local(2026, 11, 23, 1, 0))], zone=BERLIN, now=now)
    assert stats.total == 0


def test_sunday_late_evening_in_spring_dst_week_stays_in_that_week() -> None:
    # 2026-03-29: clocks go 02:00 -> 03:00 in Berlin. 23:30 local on Sunday is 21:30 UTC.
    now = local(2026, 3, 30, 12, 0)
    cramps = [
        cramp(local(2026, 3, 29, 1, 30)),  # before the change (UTC+1)
        cramp(local(2026, 3, 29, 3, 30)),  # after it (UTC+2)
        cramp(local(2026, 3, 29, 23, 30)),
        cramp(local(2026, 3, 30, 0, 30)),  # Monday 00:30 local is Sunday 22:30 UTC
    ]
    stats = summarize(cramps, zone=BERLIN, now=now)
    assert counts(stats)[date(2026, 3, 23)] == 3
    assert counts(stats)[date(2026, 3, 30)] == 1
    assert dict(stats.times_of_day) == {"night": 3, "morning": 0, "afternoon": 0, "evening": 1}


@pytest.mark.parametrize(
    "now",
    [
        local(2026, 3, 29, 1, 59), local(2026, 3, 29, 3, 0), local(2026, 3, 30, 0, 0),
        local(2026, 10, 25, 2, 30), local(2026, 10, 25, 2, 30).replace(fold=1),
        local(2026, 10, 26, 0, 0),
    ],
)  # fmt: skip
def test_clock_moved_across_dst_changes_keeps_eight_monday_weeks(now: datetime) -> None:
    stats = summarize([], zone=BERLIN, now=now)
    starts = [w.start for w in stats.weeks]
    assert all(s.weekday() == 0 for s in starts)
    assert all(b - a == timedelta(weeks=1) for a, b in itertools.pairwise(starts))
    assert starts[-1] <= now.astimezone(BERLIN).date() < starts[-1] + timedelta(weeks=1)


def test_autumn_dst_repeated_hour_counts_both_cramps_once_each() -> None:
    # 2026-10-25: 03:00 -> 02:00; 02:30 happens twice. Both belong to the week of 19 Oct.
    first = local(2026, 10, 25, 2, 30)
    second = first.replace(fold=1)
    assert second.astimezone(UTC) - first.astimezone(UTC) == timedelta(hours=1)
    now = local(2026, 10, 26, 9, 0)
    stats = summarize([cramp(first), cramp(second)], zone=BERLIN, now=now)
    assert counts(stats)[date(2026, 10, 19)] == 2
    assert counts(stats)[date(2026, 10, 26)] == 0
    assert dict(stats.times_of_day)["night"] == 2


def test_window_covers_eight_local_weeks_across_dst() -> None:
    now = local(2026, 3, 30, 12, 0).astimezone(UTC)
    start, end = window(now=now, zone=BERLIN)
    first_monday = local(2026, 2, 9, 0, 0)
    assert start <= first_monday.astimezone(UTC)
    assert end > now
    early = cramp(first_monday)  # the first minute of the window, in winter time
    stats = summarize([early], zone=BERLIN, now=now, within_weeks=True)
    assert stats.weeks[0].start == date(2026, 2, 9)
    assert stats.weeks[0].count == 1


def test_half_past_midnight_on_a_month_end_is_that_local_day_at_night() -> None:
    when = local(2026, 1, 31, 0, 30)  # 2026-01-30 23:30 UTC
    assert when.astimezone(UTC).day == 30
    stats = summarize(
        [cramp(when, red_flags=("weakness",))], zone=BERLIN, now=local(2026, 2, 2, 9, 0)
    )
    assert stats.first == date(2026, 1, 31)
    assert dict(stats.times_of_day) == {"night": 1, "morning": 0, "afternoon": 0, "evening": 0}
    assert stats.red_flags[0].day == date(2026, 1, 31)
    assert counts(stats)[date(2026, 1, 26)] == 1


def test_week_spanning_a_month_end() -> None:
    # Monday 2026-01-26 .. Sunday 2026-02-01
    cramps = [cramp(local(2026, 1, 26, 0, 10)), cramp(local(2026, 2, 1, 23, 50))]
    stats = summarize(cramps, zone=BERLIN, now=local(2026, 2, 3, 9, 0))
    assert counts(stats)[date(2026, 1, 26)] == 2
    assert counts(stats)[date(2026, 2, 2)] == 0


def test_week_spanning_a_year_end() -> None:
    # Monday 2025-12-29 .. Sunday 2026-01-04; New Year's 00:30 local is still 2025 in UTC.
    new_year = local(2026, 1, 1, 0, 30)
    assert new_year.astimezone(UTC).year == 2025
    cramps = [cramp(local(2025, 12, 29, 8, 0)), cramp(new_year), cramp(local(2026, 1, 4, 22, 0))]
    stats = summarize(cramps, zone=BERLIN, now=local(2026, 1, 6, 9, 0))
    assert counts(stats)[date(2025, 12, 29)] == 3
    assert counts(stats)[date(2025, 12, 22)] == 0
    assert stats.weeks[-1].start == date(2026, 1, 5)


def test_another_zone_changes_the_grouping() -> None:
    when = datetime(2026, 11, 15, 23, 30, tzinfo=UTC)  # Sunday in UTC, Monday in Tokyo
    now = datetime(2026, 11, 18, 9, 0, tzinfo=UTC)
    utc = summarize([cramp(when)], zone=ZoneInfo("UTC"), now=now)
    tokyo = summarize([cramp(when)], zone=ZoneInfo("Asia/Tokyo"), now=now)
    assert counts(utc)[date(2026, 11, 9)] == 1
    assert counts(tokyo)[date(2026, 11, 16)] == 1


def test_a_cramp_whose_time_was_not_told_is_counted_apart_from_the_parts_of_the_day() -> None:
    now = local(2026, 11, 20, 9, 0)
    cramps = [
        cramp(local(2026, 11, 19, 2, 0)),
        cramp(local(2026, 11, 19, 8, 30), time_told=False),  # written at 08:30, no time said
        cramp(local(2026, 11, 18, 8, 0), time_told=False),
    ]
    stats = summarize(cramps, zone=BERLIN, now=now)
    assert stats.total == 3
    assert stats.times_of_day == (
        ("night", 1), ("morning", 0), ("afternoon", 0), ("evening", 0), (None, 2)
    )  # fmt: skip
    assert (stats.first, stats.last) == (date(2026, 11, 18), date(2026, 11, 19))
