"""Time-zone look-ups: IANA validation, locations, and "it is 14:05 here"."""

from __future__ import annotations

from datetime import UTC, datetime, time

import pytest

from bot.parsing.clock_time import parse_local_time
from bot.services.timezones import valid_zone, zone_from_location, zones_for_local_time


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
    ("now", "told", "expected", "fallback"),
    [
        # Winter: Berlin is UTC+1; summer: UTC+2. A clock a few minutes off still matches.
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(14, 5), "Europe/Berlin", "Etc/GMT-1"),
        (datetime(2026, 7, 20, 13, 5, tzinfo=UTC), time(15, 8), "Europe/Berlin", "Etc/GMT-2"),
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(8, 2), "America/New_York", "Etc/GMT+5"),
        (datetime(2026, 11, 20, 13, 5, tzinfo=UTC), time(18, 35), "Asia/Kolkata", None),
        (datetime(2026, 11, 20, 23, 30, tzinfo=UTC), time(0, 30), "Europe/Berlin", "Etc/GMT-1"),
    ],
)
def test_zones_for_told_time(
    now: datetime, told: time, expected: str, fallback: str | None
) -> None:
    choices = zones_for_local_time(now, told)
    assert expected in choices
    if fallback:
        assert choices[-1] == fallback


def test_told_time_far_from_any_zone_offers_nothing_but_the_other_option() -> None:
    assert zones_for_local_time(datetime(2026, 11, 20, 13, 0, tzinfo=UTC), time(15, 40)) == []
