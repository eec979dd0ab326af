"""Time-zone look-ups: IANA validation, locations, and "it is 14:05 here"."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.parsing.clock_time import parse_local_time
from bot.services.timezones import (
    offset_label,
    valid_zone,
    zone_from_location,
    zones_for_local_time,
    zones_for_place,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("it is 14:05 here", time(14, 5)),
        ("It's 2:05 pm here", time(14, 5)),
        ("its 9.30 now", time(9, 30)),
        ("my time is 23:59", time(23, 59)),
        ("it's 12am here", time(0, 0)),
        ("it is 7 here", None),
        ("it is 25:00 here", None),
        ("cramp at 14:05", None),
    ],
)
def test_local_time_phrases(text: str, expected: time | None) -> None:
    assert parse_local_time(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [("Europe/Berlin", "Europe/Berlin"), ("europe/berlin", "Europe/Berlin"),
     ("America/New York", "America/New_York"), ("UTC", "UTC"), ("Mars/Base", None),
     ("../etc/passwd", None), ("", None), ("Europe/" + "x" * 80, None)],
)  # fmt: skip
def test_zone_names(name: str, expected: str | None) -> None:
    assert valid_zone(name) == expected


def test_zone_from_location() -> None:
    assert zone_from_location(52.52, 13.40) == "Europe/Berlin"
    assert zone_from_location(40.71, -74.0) == "America/New_York"


@pytest.mark.parametrize(
    ("now", "told", "expected"),
    [
        # Winter: Berlin is UTC+1; summer: UTC+2. A clock a few minutes off still matches.
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(14, 5), "Europe/Berlin"),
        (datetime(2026, 7, 20, 13, 5, tzinfo=UTC), time(15, 8), "Europe/Berlin"),
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(8, 2), "America/New_York"),
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(18, 35), "Asia/Kolkata"),
        (datetime(2026, 11, 20, 23, 30, tzinfo=UTC), time(0, 30), "Europe/Berlin"),
    ],
)
def test_zones_for_told_time(now: datetime, told: time, expected: str) -> None:
    choices = zones_for_local_time(now, told)
    assert expected in choices
    assert not any(c.startswith("Etc/") for c in choices)  # cities, never Etc/GMT names


def test_an_offset_no_common_city_has_offers_cities_that_have_it() -> None:
    # 13:05 UTC and 18:50 told: UTC+5:45, Nepal's offset.
    assert zones_for_local_time(datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(18, 50)) == [
        "Asia/Kathmandu"
    ]


@pytest.mark.parametrize(
    ("offset", "label"),
    [(timedelta(hours=-5), "UTC\u22125"), (timedelta(hours=1), "UTC+1"),
     (timedelta(hours=5, minutes=30), "UTC+5:30"), (timedelta(0), "UTC+0"),
     (timedelta(minutes=3), "UTC+0"), (timedelta(hours=1, minutes=-4), "UTC+1")],
)  # fmt: skip
def test_offsets_read_like_clocks(offset: timedelta, label: str) -> None:
    assert offset_label(offset) == label


@pytest.mark.parametrize(
    ("typed", "zones"),
    [("berlin", ["Europe/Berlin"]), ("New York", ["America/New_York"]),
     ("munich", ["Europe/Berlin"]), ("berln", ["Europe/Berlin"]), ("sao paulo",
     ["America/Sao_Paulo"]), ("Kiev", ["Europe/Kyiv"]), ("blorp", [])],
)  # fmt: skip
def test_city_names_suggest_zones(typed: str, zones: list[str]) -> None:
    assert zones_for_place(typed) == zones


def test_told_time_far_from_any_zone_offers_nothing_but_the_other_option() -> None:
    assert zones_for_local_time(datetime(2026, 11, 20, 13, 0, tzinfo=UTC), time(15, 40)) == []
