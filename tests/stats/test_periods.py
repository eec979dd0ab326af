"""/stats periods: the bars of 7 days, 4 and 13 Monday weeks, or everything (by week, or by
month past 26 weeks); the check-in's nights; values computed by hand for small diaries."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.reports.stats import Nights, buckets, nights_summary, summarize_period
from tests.stats.test_stats_service import cramp, local

BERLIN = ZoneInfo("Europe/Berlin")
TODAY = date(2026, 11, 20)  # a Friday


def test_seven_days_are_one_bar_a_day_ending_today() -> None:
    starts, unit = buckets("1w", today=TODAY, first=None)
    assert unit == "day"
    assert starts == [date(2026, 11, 14) + timedelta(days=i) for i in range(7)]


def test_four_weeks_and_three_months_are_monday_weeks() -> None:
    starts, unit = buckets("4w", today=TODAY, first=None)
    assert (unit, starts) == ("week", [date(2026, 10, 26), date(2026, 11, 2),
                                      date(2026, 11, 9), date(2026, 11, 16)])  # fmt: skip
    starts, unit = buckets("3m", today=TODAY, first=None)
    assert (unit, len(starts), starts[0], starts[-1]) == (
        "week",
        13,
        date(2026, 8, 24),
        date(2026, 11, 16),
    )
    assert all(s.weekday() == 0 for s in starts)


def test_everything_is_weekly_up_to_26_weeks_then_monthly() -> None:
    starts, unit = buckets("all", today=TODAY, first=date(2026, 10, 1))  # a Thursday
    assert (unit, starts[0], len(starts)) == ("week", date(2026, 9, 28), 8)
    starts, unit = buckets("all", today=TODAY, first=date(2016, 11, 21))  # ten years
    assert unit == "month"
    assert (starts[0], starts[-1], len(starts)) == (date(2016, 11, 1), date(2026, 11, 1), 121)
    starts, unit = buckets("all", today=TODAY, first=None)  # nothing yet: this week
    assert (unit, starts) == ("week", [date(2026, 11, 16)])


def test_seven_days_across_the_autumn_dst_change_count_by_local_day() -> None:
    now = local(2026, 10, 27, 12, 0)
    diary = [
        cramp(local(2026, 10, 25, 2, 30)),  # the repeated hour, first time (CEST)
        cramp(local(2026, 10, 25, 2, 30).replace(fold=1)),  # and again (CET)
        cramp(local(2026, 10, 24, 23, 59)),
        cramp(local(2026, 10, 20, 23, 0)),  # eight days ago: outside the 7 days
    ]
    stats = summarize_period(diary, zone=BERLIN, now=now, period="1w", first=None)
    per_day = {w.start: w.count for w in stats.weeks}
    assert per_day[date(2026, 10, 25)] == 2 and per_day[date(2026, 10, 24)] == 1
    assert stats.total == 3 and stats.unit == "day"


def test_months_across_a_year_end_and_half_past_midnight_on_a_month_end() -> None:
    now = datetime(2027, 2, 10, 12, 0, tzinfo=BERLIN)
    first = date(2026, 3, 2)
    diary = [
        cramp(local(2026, 3, 2, 22, 0), severity=4),
        cramp(local(2026, 12, 31, 23, 30), severity=6),
        cramp(local(2027, 1, 1, 0, 30), severity=8),  # the new month, at night
        cramp(local(2027, 1, 31, 23, 59)),
        cramp(local(2027, 2, 1, 0, 1)),
    ]
    stats = summarize_period(diary, zone=BERLIN, now=now, period="all", first=first)
    per_month = {w.start: (w.count, w.mean_severity) for w in stats.weeks}
    assert stats.unit == "month"
    assert per_month[date(2026, 3, 1)] == (1, 4.0)
    assert per_month[date(2026, 12, 1)] == (1, 6.0)
    assert per_month[date(2027, 1, 1)] == (2, 8.0)
    assert per_month[date(2027, 2, 1)] == (1, None)
    assert stats.total == 5 and stats.severity_mean == 6.0


def test_one_entry_has_one_bar_and_no_trend_to_break() -> None:
    now = local(2026, 11, 20, 9, 0)
    stats = summarize_period([cramp(local(2026, 11, 20, 3, 0), severity=5)], zone=BERLIN,
                             now=now, period="all", first=date(2026, 11, 20))  # fmt: skip
    assert [(w.start, w.count) for w in stats.weeks] == [(date(2026, 11, 16), 1)]


def test_nights_by_hand() -> None:
    assert nights_summary([]) == Nights()
    assert Nights().per_night is None
    found = nights_summary([(0, None), (2, 6), (3, 8), (0, None), (1, 3)])
    assert found == Nights(checked=5, free=2, cramps=6, sleep_mean=5.7)
    assert found.per_night == 1.2  # 6 cramps over 5 nights
