"""/remind and /quiet argument tables: good forms and every error code."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.parsing.remind_args import (
    ArgsError,
    ParsedQuiet,
    ParsedReminder,
    parse_quiet,
    parse_remind,
)
from bot.reminders.schedule import ReminderSpec

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
ZONE = "Europe/Berlin"


def hyd(minutes: int, start: time, end: time) -> ReminderSpec:
    return ReminderSpec(kind="hydration", interval_minutes=minutes, window_start=start,
                        window_end=end)  # fmt: skip


def monthly(months: int, at: time = time(9), note: str | None = None) -> ReminderSpec:
    return ReminderSpec(kind="checkup", every_months=months, anchor=date(2026, 11, 20),
                        at_time=at, note=note)  # fmt: skip


def once(day: date, at: time, note: str | None = None) -> ReminderSpec:
    return ReminderSpec(kind="checkup", once_at=datetime.combine(day, at), at_time=at, note=note)


GOOD = [
    ("hydration every 2h 08:00-22:00", hyd(120, time(8), time(22))),
    ("hydration every 90 min 9:00-21:00", hyd(90, time(9), time(21))),
    ("Hydration  EVERY 1.5 hours 09:00 - 21:00", hyd(90, time(9), time(21))),
    ("water every 30 minutes 10:00-12:00", hyd(30, time(10), time(12))),
    ("hydration every hour", hyd(60, time(8), time(22))),
    ("hydration every 2h", hyd(120, time(8), time(22))),
    ("stretch 21:30", ReminderSpec(kind="stretch", at_time=time(21, 30))),
    ("stretch 7:05 calves first", ReminderSpec(kind="stretch", at_time=time(7, 5),
                                               note="calves first")),
    ("checkup every 6 months", monthly(6)),
    ("checkup every month", monthly(1)),
    ("checkup every year", monthly(12)),
    ("checkup every 6 months blood test", monthly(6, note="blood test")),
    ("checkup every 3 months at 10:30 B12 level", monthly(3, time(10, 30), "B12 level")),
    ("checkup 2027-03-01 09:00", once(date(2027, 3, 1), time(9))),
    ("checkup 2027-03-01", once(date(2027, 3, 1), time(9))),
    ("check-up 2027-3-1 14:45 fasting blood test", once(date(2027, 3, 1), time(14, 45),
                                                         "fasting blood test")),
    ("checkup 2026-11-20 09:00", once(date(2026, 11, 20), time(9))),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spec"), GOOD)
def test_good_forms(text: str, spec: ReminderSpec) -> None:
    result = parse_remind(text, zone=ZONE, now=NOW)
    assert result == ParsedReminder(spec)


def test_window_crossing_midnight_is_flagged() -> None:
    result = parse_remind("hydration every 2h 20:00-02:00", zone=ZONE, now=NOW)
    assert result == ParsedReminder(hyd(120, time(20), time(2)), crosses_midnight=True)


BAD = [
    ("", "missing_args"),
    ("   ", "missing_args"),
    ("yoga 21:30", "unknown_kind"),
    ("hydration", "missing_args"),
    ("hydration every 15 min 08:00-22:00", "interval_too_short"),
    ("hydration every 29 minutes", "interval_too_short"),
    ("hydration every 0h", "bad_interval"),
    ("hydration every 2 parsecs", "bad_interval"),
    ("hydration every 13h", "bad_interval"),
    ("hydration every 0.3333 h", "bad_interval"),
    ("hydration twice a day", "bad_interval"),
    ("hydration every 2h 08:00-08:00", "bad_window"),
    ("hydration every 2h 08:00-", "bad_window"),
    ("hydration every 2h morning", "bad_window"),
    ("hydration every 2h 08:00-25:00", "bad_time"),
    ("stretch", "missing_args"),
    ("stretch 25:00", "bad_time"),
    ("stretch 21:7", "bad_time"),
    ("stretch tonight", "bad_time"),
    ("checkup", "missing_args"),
    ("checkup every 6 weeks", "bad_interval"),
    ("checkup every 0 months", "bad_interval"),
    ("checkup every 61 months", "bad_interval"),
    ("checkup every 6 months at 9", "bad_time"),
    ("checkup 2027-02-30 09:00", "bad_date"),
    ("checkup next tuesday", "bad_date"),
    ("checkup 2027-03-01 24:00", "bad_time"),
    ("checkup 2020-01-01 09:00", "date_in_past"),
    ("checkup 2026-11-20 08:00", "date_in_past"),
]


@pytest.mark.parametrize(("text", "code"), BAD)
def test_bad_forms(text: str, code: str) -> None:
    result = parse_remind(text, zone=ZONE, now=NOW)
    assert isinstance(result, ArgsError)
    assert result.code == code
    named = text.split()[0] if text.strip() and code != "unknown_kind" else None
    assert result.kind == named  # the kind whose own text may explain the error


def test_long_notes_are_cut() -> None:
    result = parse_remind("stretch 21:30 " + "x" * 1000, zone=ZONE, now=NOW)
    assert isinstance(result, ParsedReminder)
    assert result.spec.note is not None
    assert len(result.spec.note) == 200


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("22:30-07:30", ParsedQuiet((time(22, 30), time(7, 30)), crosses_midnight=True)),
        ("13:00 - 14:00", ParsedQuiet((time(13), time(14)))),
        ("off", ParsedQuiet(None)),
        ("OFF", ParsedQuiet(None)),
        ("", ArgsError("missing_args")),
        ("22:30", ArgsError("bad_window")),
        ("22:30-22:30", ArgsError("bad_window")),
        ("22:70-07:30", ArgsError("bad_time")),
        ("always", ArgsError("bad_window")),
    ],
)
def test_parse_quiet(text: str, expected: ParsedQuiet | ArgsError) -> None:
    assert parse_quiet(text) == expected
