"""Insights from small diaries, computed by hand: enough or too few, and the values shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from bot.reports.insights import MIN_NIGHTS, active, rate, stretch, time_of_night, trend

BERLIN = ZoneInfo("Europe/Berlin")
D = date(2026, 11, 1)


def nights(counts: list[int]) -> list[tuple[date, int]]:
    return [(D + timedelta(days=i), c) for i, c in enumerate(counts)]


def test_rate_needs_seven_nights_then_counts_the_cramp_free_ones() -> None:
    few = rate(nights([1, 0, 2]))
    assert (few.enough, few.basis) == (False, 3)
    found = rate(nights([0, 0, 1, 2, 0, 3, 1]))  # 7 cramps over 7 nights, 3 free
    assert (found.enough, found.basis, found.values) == (True, 7, {"rate": 1.0, "free": 3})


def test_stretch_compares_nights_after_done_and_not_done_evenings() -> None:
    diary = nights([0, 1, 0, 0, 1, 0, 0, 2, 2, 1, 3, 2, 2, 2, 1, 0])
    # evenings before nights 0-7 stretched (done), before nights 8-15 not
    done = {D + timedelta(days=i - 1): i < 8 for i in range(16)}
    found = stretch(diary, done)
    assert found.enough and found.basis == 16
    assert found.values["with_n"] == 8 and found.values["without_n"] == 8
    assert found.values["with_rate"] == 0.5  # 4 cramps over 8 nights
    assert found.values["without_rate"] == 1.6  # 13 over 8, rounded
    short = stretch(diary[:10], done)  # 8 after done, 2 after not: too few to compare
    assert not short.enough and short.values["without_n"] == 2 and MIN_NIGHTS == 7


def test_nights_without_a_stretch_reminder_the_evening_before_are_left_out() -> None:
    found = stretch(nights([1] * 10), {D - timedelta(days=1): True})
    assert found.values["with_n"] == 1 and found.values["without_n"] == 0


def marked(counts: list[int], days: list[bool | None]) -> list[tuple[date, int, bool | None]]:
    """Nights with the check-in's answer about the day before each (None: not answered)."""
    return [
        (D + timedelta(days=i), c, a) for i, (c, a) in enumerate(zip(counts, days, strict=True))
    ]


def test_active_days_compare_nights_after_active_and_usual_days() -> None:
    y, n = True, False
    counts = [2, 0, 1, 3, 0, 1, 2, 1, 0, 0, 1, 0, 0, 0, 3, 1]
    days = [y, n, y, y, n, y, y, n, n, n, y, n, n, y, None, None]
    found = active(marked(counts, days))
    # after active days (y): nights 0, 2, 3, 5, 6, 10, 13 -> 2+1+3+1+2+1+0 = 10 over 7: 1.4
    # after usual days (n): nights 1, 4, 7, 8, 9, 11, 12 -> 0+0+1+0+0+0+0 = 1 over 7: 0.1
    # nights 14 and 15 (not answered) are left out, whatever their cramps
    assert (found.name, found.enough, found.basis) == ("active", True, 14)
    assert found.values == {"with_n": 7, "without_n": 7, "need": MIN_NIGHTS, "with_rate": 1.4,
                            "without_rate": 0.1}  # fmt: skip


def test_active_days_need_seven_nights_of_each() -> None:
    y, n = True, False
    counts = [1] * 13
    days = [y] * 7 + [n] * 6  # exactly 7 after active days, one short after usual ones
    short = active(marked(counts, days))
    assert (short.enough, short.basis) == (False, 13)
    assert short.values == {"with_n": 7, "without_n": 6, "need": 7}
    enough = active(marked([*counts, 0], [*days, n]))  # the seventh usual day: enough
    assert enough.enough and enough.basis == 14
    assert enough.values["with_rate"] == 1.0 and enough.values["without_rate"] == 0.9  # 6/7
    nothing = active(marked([2, 0], [None, None]))  # never asked: nothing to compare
    assert (nothing.enough, nothing.basis, nothing.values["with_n"]) == (False, 0, 0)


def at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)


def test_time_of_night_finds_the_two_hours_holding_most_across_midnight() -> None:
    times = [
        at(2, 23, 10),
        at(3, 0, 40),
        at(4, 23, 50),
        at(5, 0, 5),
        at(6, 4, 0),
        at(7, 6, 0),
        at(8, 14, 0),
    ]  # fmt: skip  (14:00 is no night cramp)
    found = time_of_night(times)
    assert found.enough and found.basis == 6
    assert found.values == {"count": 4, "start": "23:00", "end": "01:00", "clustered": True}
    spread = time_of_night([at(d, h) for d, h in zip(range(1, 7), (19, 22, 1, 4, 7, 10),
                                                     strict=True)])  # fmt: skip
    assert spread.enough and spread.values["clustered"] is False
    assert not time_of_night(times[:3]).enough


def test_trend_compares_four_weeks_with_the_four_before() -> None:
    today = date(2026, 11, 28)
    recent = [datetime(2026, 11, d, 3, tzinfo=BERLIN) for d in (1, 5, 9, 12, 20, 27)]
    before = [datetime(2026, 10, d, 3, tzinfo=BERLIN) for d in (10, 20)]
    found = trend(recent + before, today=today)
    assert found.enough and found.values["recent"] == 6 and found.values["before"] == 2
    assert found.values["rising"] is True  # 6 >= 1.5 x 2 and up by 4
    steady = trend(recent[:3] + before + before[:1], today=today)
    assert steady.enough and steady.values["rising"] is False  # 3 against 3
    assert not trend(recent[:2], today=today).enough
