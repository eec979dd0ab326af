"""Dates: the day-first / month-first rule, year-less dates, and the severity word table."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from bot.content.errors import ContentError
from bot.parsing.cramp import parse_cramp
from bot.parsing.dates import default_date_order, find_date
from bot.parsing.lexicon import SEVERITY_ANCHORS, load_severity_table, severity_table

NOW = datetime.fromisoformat("2026-11-28T14:17:00+01:00")
BERLIN = ZoneInfo("Europe/Berlin")


@pytest.mark.parametrize(
    ("zone", "order"),
    [
        ("Europe/Berlin", "dmy"),
        ("UTC", "dmy"),
        ("America/Sao_Paulo", "dmy"),
        ("America/New_York", "mdy"),
        ("America/Los_Angeles", "mdy"),
        ("America/Indiana/Indianapolis", "mdy"),
        ("US/Eastern", "mdy"),
        ("Pacific/Honolulu", "mdy"),
    ],
)
def test_default_order_follows_the_zone(zone: str, order: str) -> None:
    assert default_date_order(ZoneInfo(zone)) == order


@pytest.mark.parametrize(
    ("order", "expected"), [("dmy", date(2026, 6, 5)), ("mdy", date(2026, 5, 6))]
)
def test_ambiguous_date_follows_the_order(order: str, expected: date) -> None:
    result = parse_cramp("cramp on 05/06", now=NOW, tz=BERLIN, date_order=order)  # type: ignore[arg-type]
    assert result.occurred_at is not None
    assert result.occurred_at.date() == expected


@pytest.mark.parametrize("order", ["dmy", "mdy"])
@pytest.mark.parametrize("text", ["on 25/11", "on 11/25"])
def test_unambiguous_date_is_read_either_way(order: str, text: str) -> None:
    hit = find_date(text, date(2026, 11, 28), order)  # type: ignore[arg-type]
    assert hit is not None
    assert hit.day == date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "today", "expected"),
    [
        ("on 25/12", date(2027, 1, 3), date(2026, 12, 25)),  # far ahead: last year's
        ("on 5/12", date(2026, 11, 28), date(2026, 12, 5)),  # a week ahead: future
        ("the 30th", date(2026, 11, 28), date(2026, 10, 30)),  # still ahead this month
        ("the 31st", date(2026, 12, 1), date(2026, 10, 31)),  # November has no 31st
        ("on 31/2", date(2026, 11, 28), None),
        ("7/10", date(2026, 11, 28), None),  # a severity
        ("2.5 min", date(2026, 11, 28), None),
        ("the 3rd night in a row", date(2026, 11, 28), None),
        ("on 2024-11-25", date(2026, 11, 28), None),  # over a year ago
        # the days of the year end, by name; the year they fell in last
        ("on christmas eve", date(2027, 1, 3), date(2026, 12, 24)),
        ("xmas day", date(2027, 1, 3), date(2026, 12, 25)),
        ("on boxing day", date(2027, 2, 10), date(2026, 12, 26)),
        ("on new year's eve", date(2027, 1, 1), date(2026, 12, 31)),
        ("new years eve", date(2027, 1, 2), date(2026, 12, 31)),
        ("at hogmanay", date(2027, 1, 1), date(2026, 12, 31)),
        ("on new year's day", date(2027, 1, 4), date(2027, 1, 1)),
        # named on the day itself: a greeting, not a day told
        ("happy new year's eve", date(2026, 12, 31), None),
        ("christmas day blues", date(2026, 12, 25), None),
    ],
)
def test_year_less_and_non_dates(text: str, today: date, expected: date | None) -> None:
    hit = find_date(text, today, "dmy")
    assert (hit.day if hit else None) == expected


def test_future_date_is_in_future_and_date_digits_are_not_severity() -> None:
    result = parse_cramp("calf cramp on 5/12, 6/10", now=NOW, tz=BERLIN)
    assert result.in_future is True
    assert result.severity == 6
    assert parse_cramp("cramp in my calf next week", now=NOW, tz=BERLIN).in_future is True


def test_general_statements_are_marked() -> None:
    assert parse_cramp("I always get calf cramps", now=NOW, tz=BERLIN).general == "habitual"
    pregnant = parse_cramp("I am pregnant and get cramps", now=NOW, tz=BERLIN)
    assert (pregnant.is_cramp, pregnant.general) == (False, "pregnancy")
    assert parse_cramp("calf cramp last night", now=NOW, tz=BERLIN).general is None


def test_negative_severity_is_out_of_range() -> None:
    result = parse_cramp("calf cramp -3/10", now=NOW, tz=BERLIN)
    assert (result.severity, result.severity_out_of_range) == (None, -3)


def test_severity_table_keeps_the_contract_anchors() -> None:
    table = severity_table()
    for word, score in SEVERITY_ANCHORS.items():
        assert table.words[word] == score
    for word in ("excruciating", "agony", "really bad", "hurt a lot", "hurt like hell"):
        assert word in table.words


def test_a_table_that_moves_an_anchor_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "severity.yaml"
    bad.write_text(
        "words: {mild: 4, moderate: 5, bad: 7, severe: 8, excruciating: 10, worst ever: 10}\n"
        "before_cramp: {big: 7}\nnegated_score: 4\noutweighed_score: 3\nnegated: [bad]\n"
        "intensifiers: [very]\n",
        encoding="utf-8",
    )
    with pytest.raises(ContentError, match="mild"):
        load_severity_table(bad)


def test_a_cramp_on_a_day_of_the_year_end_told_by_name() -> None:
    mayotte = ZoneInfo("Indian/Mayotte")
    now = datetime.fromisoformat("2027-01-01T07:30:00+03:00")
    for text, hour in [
        ("on new year eve in the evening i had a cramp in the right calf", 20),
        ("boxing day my calf cramped at 3am", 3),
        ("cramp on christmas eve around 11pm, left foot", 23),
    ]:
        found = parse_cramp(text, now=now, tz=mayotte)
        assert found.occurred_at is not None, text
        local = found.occurred_at.astimezone(mayotte)
        assert local.month == 12 and local.hour == hour, (text, local)


@pytest.mark.parametrize(
    ("text", "month"),
    [
        # a march walked, not the month: no 15 March from "the march 15 km"
        ("today in the march 15 km with full kit, my left calf cramped at the end", 11),
        ("on our march yesterday, 20 miles, both calves cramped at mile 18", 11),
        ("cramped up on the march 12 km in, right hamstring", None),
        ("the protest march 3 hours long and my foot cramped on the way back", None),
        ("we march 10 km a day and last night my calf cramped at 2am", 11),
        # the month with a day: still a date
        ("calf cramp on march 15, woke me at 3am", 3),
        ("cramp in my right foot on the 15th march", 3),
        ("march 3rd at night my left calf cramped", 3),
    ],
)
def test_a_march_walked_is_no_month(text: str, month: int | None) -> None:
    found = parse_cramp(text, now=NOW, tz=BERLIN)
    assert found.is_cramp, text
    told = None if found.occurred_at is None else found.occurred_at.month
    assert told == month, (text, found.occurred_at)
