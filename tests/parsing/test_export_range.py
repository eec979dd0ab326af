"""The /export period: its forms, bad input, and its bounds in the user's zone."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.export_range import MAX_DAYS, DateRange, default_range, months_back, parse_range
from bot.reports.visit import Span

TODAY = date(2026, 11, 30)
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("text", "first", "last"),
    [
        ("", date(2026, 8, 31), TODAY),  # the default: the last 3 months
        ("   ", date(2026, 8, 31), TODAY),
        ("3m", date(2026, 8, 31), TODAY),
        ("3 months", date(2026, 8, 31), TODAY),
        ("1 MONTH", date(2026, 10, 31), TODAY),
        ("12m", date(2025, 12, 1), TODAY),
        ("4w", date(2026, 11, 3), TODAY),
        ("1 week", date(2026, 11, 24), TODAY),
        ("2 wks", date(2026, 11, 17), TODAY),
        ("90d", date(2026, 9, 2), TODAY),
        ("1d", TODAY, TODAY),
        ("7 days", date(2026, 11, 24), TODAY),
        ("2026-09-01 2026-11-30", date(2026, 9, 1), TODAY),
        ("2026-09-01   to  2026-10-15", date(2026, 9, 1), date(2026, 10, 15)),
        ("2026-10-01..2026-10-31", date(2026, 10, 1), date(2026, 10, 31)),
        ("2026-11-30 2026-11-30", TODAY, TODAY),
        ("2026-09-01 2027-01-31", date(2026, 9, 1), TODAY),  # an end after today is cut
        ("2026-09-01", date(2026, 9, 1), TODAY),  # from a date until today
        ("2024-11-30", date(2024, 11, 30), TODAY),  # 731 days, the most
    ],
)  # fmt: skip
def test_accepted_forms(text: str, first: date, last: date) -> None:
    assert parse_range(text, today=TODAY) == DateRange(first, last)


@pytest.mark.parametrize(
    "text",
    [
        "last year", "3", "m", "0d", "0w", "0m", "-3m", "3x", "3 mon ths", "1000d", "25m",
        "2024-11-29",  # a day over two years
        "2026-12-01",  # a start after today
        "2026-11-30 2026-09-01",  # the wrong way round
        "2026-02-30 2026-03-31", "2026-13-01", "2026/09/01 2026/11/30", "01.09.2026",
        "2026-09-01 2026-11-30 2026-12-01", "3m 4w", "<b>3m</b>", "２０２６-09-01",
    ],
)  # fmt: skip
def test_bad_input_names_no_range(text: str) -> None:
    assert parse_range(text, today=TODAY) is None


def test_a_span_is_never_over_two_years() -> None:
    assert parse_range("104w", today=TODAY) is not None
    assert parse_range("105w", today=TODAY) is None
    assert parse_range("24m", today=TODAY) == DateRange(date(2024, 12, 1), TODAY)
    assert DateRange(date(2024, 11, 30), TODAY).days == MAX_DAYS


@pytest.mark.parametrize(
    ("day", "months", "expected"),
    [
        (date(2026, 5, 31), 3, date(2026, 2, 28)),  # a month end clamps
        (date(2028, 5, 31), 3, date(2028, 2, 29)),  # a leap year
        (date(2026, 3, 31), 1, date(2026, 2, 28)),
        (date(2026, 1, 15), 1, date(2025, 12, 15)),  # across a year end
        (date(2026, 11, 30), 12, date(2025, 11, 30)),
    ],
)
def test_months_back_clamps_to_the_month_end(day: date, months: int, expected: date) -> None:
    assert months_back(day, months) == expected


def test_three_months_on_a_month_end_start_the_day_after() -> None:
    assert parse_range("3m", today=date(2026, 5, 31)) == DateRange(
        date(2026, 3, 1), date(2026, 5, 31)
    )
    assert default_range(date(2026, 5, 31)) == DateRange(date(2026, 3, 1), date(2026, 5, 31))


def test_a_range_across_a_dst_change_and_a_month_end_in_the_users_zone() -> None:
    """`/export 3m` on 31 March in Berlin: 1 January to 31 March, local midnights, across the
    year end and the spring DST change (29 March, a 23-hour day)."""
    found = parse_range("3m", today=date(2026, 3, 31))
    assert found == DateRange(date(2026, 1, 1), date(2026, 3, 31))
    span = Span(found.first, found.last)
    start, end = span.bounds(BERLIN)
    assert start == datetime(2025, 12, 31, 23, 0, tzinfo=UTC)  # winter time, +01:00
    assert end == datetime(2026, 3, 31, 22, 0, tzinfo=UTC)  # summer time, +02:00
    assert end - start == timedelta(days=90, hours=-1)  # 90 local days, one an hour short
    assert span.days == 90
    before = span.before()  # the 90 days before: 2 October to 31 December
    assert (before.first, before.last) == (date(2025, 10, 3), date(2025, 12, 31))
    assert before.bounds(BERLIN)[1] == start
    assert before.bounds(BERLIN)[0] == datetime(2025, 10, 2, 22, 0, tzinfo=UTC)  # still +02:00


def test_october_in_berlin_ends_an_hour_later_in_utc() -> None:
    """A cramp at 00:30 on 1 October (22:30 UTC on 30 September) and at 23:30 on 31 October
    (22:30 UTC) are both in October; 23:30 on 30 September (21:30 UTC) is not."""
    span = Span(date(2026, 10, 1), date(2026, 10, 31))
    start, end = span.bounds(BERLIN)
    inside = [
        datetime(2026, 9, 30, 22, 30, tzinfo=UTC),
        datetime(2026, 10, 31, 22, 30, tzinfo=UTC),
    ]
    assert all(start <= t < end for t in inside)
    assert not start <= datetime(2026, 9, 30, 21, 30, tzinfo=UTC) < end
    assert all(t.astimezone(BERLIN).date() in span for t in inside)
