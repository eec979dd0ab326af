"""Schedules against an injected "now": DST, month ends, leap day, quiet hours."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from apscheduler.triggers.calendarinterval import CalendarIntervalTrigger

from bot.reminders.kinds import kind
from bot.reminders.schedule import (
    ReminderSpec,
    add_months,
    end_of_local_day,
    in_quiet,
    next_fire,
    send_time,
)
from bot.reminders.slots import spread_offset

BERLIN, NEW_YORK = "Europe/Berlin", "America/New_York"


def drink_offset(user_id: int) -> timedelta:
    return spread_offset(user_id, kind("hydration").spread)


def fires(
    spec: ReminderSpec, zone: str, after: datetime, count: int,
    quiet: tuple[time, time] | None = None,
) -> list[datetime]:  # fmt: skip
    out: list[datetime] = []
    while len(out) < count:
        fire = next_fire(spec, zone=zone, after=after, quiet=quiet)
        if fire is None:
            break
        assert fire.tzinfo is not None
        assert fire.utcoffset() == timedelta(0)
        assert fire > after
        out.append(fire)
        after = fire
    return out


def local(moments: list[datetime], zone: str) -> list[str]:
    return [m.astimezone(ZoneInfo(zone)).strftime("%m-%d %H:%M") for m in moments]


def at(zone: str, *args: int) -> datetime:
    return datetime(*args, tzinfo=ZoneInfo(zone))  # type: ignore[misc]


def stretch(hour: int, minute: int) -> ReminderSpec:
    return ReminderSpec(kind="stretch", at_time=time(hour, minute))


def hydration(minutes: int, start: time, end: time) -> ReminderSpec:
    return ReminderSpec(kind="hydration", interval_minutes=minutes, window_start=start,
                        window_end=end)  # fmt: skip


@pytest.mark.parametrize(
    ("zone", "day_before"), [(BERLIN, date(2026, 3, 28)), (NEW_YORK, date(2026, 3, 7))]
)
def test_stretch_in_the_spring_forward_gap_fires_once_that_day(
    zone: str, day_before: date
) -> None:
    result = fires(stretch(2, 30), zone, at(zone, day_before.year, day_before.month,
                                              day_before.day, 12), 3)  # fmt: skip
    days = [m.astimezone(ZoneInfo(zone)).date() for m in result]
    assert days == [day_before + timedelta(days=n) for n in (1, 2, 3)]
    assert local(result, zone)[0].endswith("03:30")  # moved forward by the gap
    assert local(result, zone)[1].endswith("02:30")


@pytest.mark.parametrize(
    ("zone", "day_before"), [(BERLIN, date(2026, 10, 24)), (NEW_YORK, date(2026, 10, 31))]
)
def test_stretch_in_the_fall_back_repeat_fires_once(zone: str, day_before: date) -> None:
    start = at(zone, day_before.year, day_before.month, day_before.day, 12)
    result = fires(stretch(1, 30), zone, start, 3)
    assert local(result, zone) == [
        (day_before + timedelta(days=n)).strftime("%m-%d") + " 01:30" for n in (1, 2, 3)
    ]


def test_apscheduler_cron_alone_would_fire_twice_in_the_repeat() -> None:
    from apscheduler.triggers.cron import CronTrigger

    trigger = CronTrigger(hour=2, minute=30, timezone=ZoneInfo(BERLIN))
    first = trigger.get_next_fire_time(None, at(BERLIN, 2026, 10, 25, 0))
    second = trigger.get_next_fire_time(first, first)
    assert first.date() == second.date()  # why schedule.py resolves wall slots itself


def test_hourly_hydration_across_fall_back_never_repeats_a_wall_time() -> None:
    spec = hydration(60, time(22), time(6))
    result = fires(spec, BERLIN, at(BERLIN, 2026, 10, 24, 21), 9)
    walls = local(result, BERLIN)
    assert walls == ["10-24 22:00", "10-24 23:00", "10-25 00:00", "10-25 01:00",
                     "10-25 02:00", "10-25 03:00", "10-25 04:00", "10-25 05:00",
                     "10-25 06:00"]  # fmt: skip
    assert len(set(walls)) == len(walls)


def test_half_hourly_hydration_across_spring_forward_collapses_the_gap() -> None:
    spec = hydration(30, time(0), time(5))
    result = fires(spec, NEW_YORK, at(NEW_YORK, 2026, 3, 7, 23), 8)
    assert local(result, NEW_YORK) == ["03-08 00:00", "03-08 00:30", "03-08 01:00",
                                       "03-08 01:30", "03-08 03:00", "03-08 03:30",
                                       "03-08 04:00", "03-08 04:30"]  # fmt: skip


def test_hydration_every_90_minutes_inside_the_window() -> None:
    result = fires(hydration(90, time(9), time(21)), BERLIN, at(BERLIN, 2026, 6, 1, 8), 10)
    assert local(result, BERLIN) == ["06-01 09:00", "06-01 10:30", "06-01 12:00",
                                     "06-01 13:30", "06-01 15:00", "06-01 16:30",
                                     "06-01 18:00", "06-01 19:30", "06-01 21:00",
                                     "06-02 09:00"]  # fmt: skip


def test_hydration_window_crossing_midnight() -> None:
    result = fires(hydration(120, time(20), time(2)), "UTC", at("UTC", 2026, 6, 1, 21), 4)
    assert local(result, "UTC") == ["06-01 22:00", "06-02 00:00", "06-02 02:00", "06-02 20:00"]


@pytest.mark.parametrize(
    ("anchor", "expected"),
    [
        (date(2026, 1, 31), ["02-28", "03-31", "04-30", "05-31", "06-30"]),
        (date(2026, 1, 30), ["02-28", "03-30", "04-30", "05-30", "06-30"]),
        (date(2026, 1, 29), ["02-28", "03-29", "04-29", "05-29", "06-29"]),
        (date(2027, 12, 31), ["01-31", "02-29", "03-31", "04-30", "05-31"]),
    ],
)
def test_monthly_checkup_clamps_to_month_end_and_never_skips(
    anchor: date, expected: list[str]
) -> None:
    spec = ReminderSpec(kind="checkup", every_months=1, anchor=anchor, at_time=time(9))
    result = fires(spec, BERLIN, at(BERLIN, anchor.year, anchor.month, anchor.day, 10), 5)
    assert [s[:5] for s in local(result, BERLIN)] == expected
    assert all(s.endswith("09:00") for s in local(result, BERLIN))


def test_calendarinterval_trigger_skips_short_months() -> None:
    trigger = CalendarIntervalTrigger(months=1, hour=9, start_date="2026-01-31", timezone=BERLIN)
    first = trigger.get_next_fire_time(None, at(BERLIN, 2026, 1, 1))
    assert trigger.get_next_fire_time(first, first).month == 3  # why we clamp instead


@pytest.mark.parametrize("day", range(1, 29))
def test_monthly_matches_calendarinterval_trigger_where_it_is_right(day: int) -> None:
    anchor = date(2026, 1, day)
    spec = ReminderSpec(kind="checkup", every_months=2, anchor=anchor, at_time=time(9, 15))
    trigger = CalendarIntervalTrigger(
        months=2, hour=9, minute=15, start_date=add_months(anchor, 2), timezone=BERLIN
    )
    ours = fires(spec, BERLIN, at(BERLIN, 2026, 1, day, 12), 6)
    theirs = [trigger.get_next_fire_time(None, at(BERLIN, 2026, 1, 1))]
    while len(theirs) < 6:
        theirs.append(trigger.get_next_fire_time(theirs[-1], theirs[-1]))
    assert ours == [t.astimezone(UTC) for t in theirs]


def test_leap_day_anchor_yearly_checkup() -> None:
    spec = ReminderSpec(kind="checkup", every_months=12, anchor=date(2028, 2, 29))
    result = fires(spec, BERLIN, at(BERLIN, 2028, 2, 29, 12), 5)
    assert [s[:5] for s in local(result, BERLIN)] == ["02-28"] * 3 + ["02-29", "02-28"]
    assert [m.year for m in result] == [2029, 2030, 2031, 2032, 2033]


def test_monthly_checkup_first_fire_is_one_period_after_creation() -> None:
    spec = ReminderSpec(kind="checkup", every_months=6, anchor=date(2026, 11, 20))
    assert local(fires(spec, BERLIN, at(BERLIN, 2026, 11, 20, 8), 1), BERLIN) == ["05-20 09:00"]


def test_one_off_checkup_fires_once_in_local_time() -> None:
    spec = ReminderSpec(kind="checkup", once_at=datetime.combine(date(2027, 3, 1), time(9)))
    result = fires(spec, NEW_YORK, at(NEW_YORK, 2026, 11, 20, 8), 3)
    assert result == [at(NEW_YORK, 2027, 3, 1, 9)]
    assert next_fire(spec, zone=NEW_YORK, after=result[0], quiet=None) is None


QUIET = (time(22, 30), time(7, 30))


@pytest.mark.parametrize(
    ("moment", "inside"),
    [(time(22, 29), False), (time(22, 30), True), (time(0), True), (time(7, 29), True),
     (time(7, 30), False), (time(12), False)],
)  # fmt: skip
def test_quiet_hours_crossing_midnight(moment: time, inside: bool) -> None:
    assert in_quiet(moment, QUIET) is inside
    assert in_quiet(moment, (time(13), time(14))) is (time(13) <= moment < time(14))
    assert in_quiet(moment, None) is False


def test_hydration_slots_in_quiet_hours_are_dropped() -> None:
    result = fires(hydration(60, time(6), time(23)), BERLIN, at(BERLIN, 2026, 6, 1, 21), 4,
                   quiet=QUIET)  # fmt: skip
    assert local(result, BERLIN) == ["06-01 22:00", "06-02 08:00", "06-02 09:00", "06-02 10:00"]


def test_stretch_in_quiet_hours_is_dropped_and_checkup_moved_to_their_end() -> None:
    assert fires(stretch(23, 0), BERLIN, at(BERLIN, 2026, 6, 1), 1, quiet=QUIET) == []
    spec = ReminderSpec(kind="checkup", every_months=1, anchor=date(2026, 6, 1), at_time=time(23))
    result = fires(spec, BERLIN, at(BERLIN, 2026, 6, 1, 12), 2, quiet=QUIET)
    assert local(result, BERLIN) == ["07-02 07:30", "08-02 07:30"]


def test_hydration_spread_is_stable_bounded_and_kept_out_of_quiet_hours() -> None:
    offsets = {drink_offset(uid) for uid in range(1000)}
    assert all(timedelta(0) <= o < timedelta(seconds=180) for o in offsets)
    assert len(offsets) > 100
    assert drink_offset(123456789) == drink_offset(123456789)
    slot = at("UTC", 2026, 6, 1, 22, 29)
    user = next(uid for uid in range(100) if drink_offset(uid) > timedelta(minutes=1))
    assert send_time("hydration", slot, user_id=user, zone="UTC", quiet=QUIET) == slot
    assert send_time("hydration", slot, user_id=user, zone="UTC", quiet=None) > slot
    assert send_time("stretch", slot, user_id=user, zone="UTC", quiet=None) == slot


def test_end_of_local_day() -> None:
    assert end_of_local_day(at(BERLIN, 2026, 3, 28, 23), BERLIN) == at(BERLIN, 2026, 3, 29, 0)


def test_invalid_specs_are_refused() -> None:
    with pytest.raises(ValueError, match="invalid"):
        ReminderSpec(kind="hydration", interval_minutes=10, window_start=time(8),
                     window_end=time(9))  # fmt: skip
    with pytest.raises(ValueError, match="invalid"):
        ReminderSpec(kind="yoga")
    with pytest.raises(ValueError, match="aware"):
        next_fire(stretch(1, 0), zone="UTC", after=datetime(2026, 1, 1), quiet=None)  # noqa: DTZ001
