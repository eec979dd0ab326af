"""/remind and /quiet argument tables: good forms and every error code."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest

from bot.reminders.remind_args import (
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
    ("stretch 9", "bad_time"),
    ("stretch 9:30xm", "bad_time"),
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


QUIET_GOOD = [
    ("22:30-07:30", (time(22, 30), time(7, 30))),
    ("13:00 - 14:00", (time(13), time(14))),
    ("11pm-6am", (time(23), time(6))),
    ("11 pm - 6 am", (time(23), time(6))),
    ("11p.m.-6a.m.", (time(23), time(6))),
    ("23-7", (time(23), time(7))),
    ("22:30–07:30", (time(22, 30), time(7, 30))),  # en dash
    ("22:30—07:30", (time(22, 30), time(7, 30))),  # em dash
    ("22:30 – 07:30", (time(22, 30), time(7, 30))),
    ("22.30-7.30", (time(22, 30), time(7, 30))),
    ("22h-7h", (time(22), time(7))),
    ("10pm to 6:30am", (time(22), time(6, 30))),
    ("12am-6am", (time(0), time(6))),
    ("12pm-1pm", (time(12), time(13))),
    ("21:00-17:00", (time(21), time(17))),  # 20 hours: the longest accepted
]


@pytest.mark.parametrize(("text", "hours"), QUIET_GOOD)
def test_quiet_forms(text: str, hours: tuple[time, time]) -> None:
    assert parse_quiet(text) == ParsedQuiet(hours, crosses_midnight=hours[1] < hours[0])


@pytest.mark.parametrize("text", ["off", "OFF", " Off ", "none", "clear"])
def test_quiet_off(text: str) -> None:
    assert parse_quiet(text) == ParsedQuiet(None)


QUIET_BAD = [
    ("", ArgsError("missing_args")),
    ("banana", ArgsError("bad_window", text="banana")),
    ("always", ArgsError("bad_window", text="always")),
    ("22:30", ArgsError("bad_window", text="22:30")),
    ("22:30-", ArgsError("bad_window", text="22:30-")),
    ("22:70-07:30", ArgsError("bad_time", text="22:70")),
    ("13pm-6am", ArgsError("bad_time", text="13pm")),
    ("night-morning", ArgsError("bad_window", text="night-morning")),
    ("07:00-07:00", ArgsError("empty_window", text="07:00-07:00")),
    ("22:30-22:30", ArgsError("empty_window", text="22:30-22:30")),
    ("7am-7", ArgsError("empty_window", text="7am-7")),
    ("00:00-23:59", ArgsError("window_too_long", text="00:00-23:59")),
    ("20:59-17:00", ArgsError("window_too_long", text="20:59-17:00")),
    ("6am-5am", ArgsError("window_too_long", text="6am-5am")),
    ("x" * 500 + "-1", ArgsError("bad_window", text="x" * 39 + "…")),
]


@pytest.mark.parametrize(("text", "expected"), QUIET_BAD)
def test_quiet_refusals_say_why(text: str, expected: ArgsError) -> None:
    assert parse_quiet(text) == expected


STRETCH = ReminderSpec(kind="stretch", at_time=time(21))

TIMES = [
    ("stretch 9pm", time(21)),
    ("stretch 9 pm", time(21)),
    ("stretch 9PM", time(21)),
    ("stretch 9 p.m.", time(21)),
    ("stretch 21h", time(21)),
    ("stretch 21h30", time(21, 30)),
    ("stretch 21.30", time(21, 30)),
    ("stretch 21:30", time(21, 30)),
    ("stretch 9:30pm", time(21, 30)),
    ("stretch 9.30 pm", time(21, 30)),
    ("stretch 7am", time(7)),
    ("stretch 12am", time(0)),
    ("stretch 12pm", time(12)),
    ("stretch 0:15", time(0, 15)),
]


@pytest.mark.parametrize(("text", "at"), TIMES)
def test_every_time_form(text: str, at: time) -> None:
    assert parse_remind(text, zone=ZONE, now=NOW) == ParsedReminder(
        ReminderSpec(kind="stretch", at_time=at)
    )


def test_a_time_form_is_followed_by_the_note() -> None:
    result = parse_remind("stretch 9 pm calves first", zone=ZONE, now=NOW)
    assert result == ParsedReminder(
        ReminderSpec(kind="stretch", at_time=time(21), note="calves first")
    )


KIND_TIMES = [
    ("hydration every 2h 8am-10pm", hyd(120, time(8), time(22))),
    ("hydration every 2h 8-22", hyd(120, time(8), time(22))),
    ("hydration every 2h 8.30–21.30", hyd(120, time(8, 30), time(21, 30))),
    ("hydration every 90 min 9 am to 9 pm", hyd(90, time(9), time(21))),
    ("checkup every 6 months at 10:30am", monthly(6, time(10, 30))),
    ("checkup every 6 months at 3pm fasting", monthly(6, time(15), "fasting")),
    ("checkup every 6 months 10h", monthly(6, time(10))),
    ("checkup 2027-03-01 9am", once(date(2027, 3, 1), time(9))),
    ("checkup 2027-03-01 2:45 pm blood test", once(date(2027, 3, 1), time(14, 45),
                                                   "blood test")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "spec"), KIND_TIMES)
def test_every_kinds_time_arguments_take_every_form(text: str, spec: ReminderSpec) -> None:
    assert parse_remind(text, zone=ZONE, now=NOW) == ParsedReminder(spec)


BAD_TIMES = [
    ("stretch 9", "9"),  # morning or evening?
    ("stretch 13pm", "13pm"),
    ("stretch 0am", "0am"),
    ("stretch 25:00", "25:00"),
    ("stretch tonight", "tonight"),
    ("checkup every 6 months at noonish", "noonish"),
]


@pytest.mark.parametrize(("text", "quote"), BAD_TIMES)
def test_an_unreadable_time_is_quoted(text: str, quote: str) -> None:
    result = parse_remind(text, zone=ZONE, now=NOW)
    assert isinstance(result, ArgsError)
    assert (result.code, result.text) == ("bad_time", quote)
