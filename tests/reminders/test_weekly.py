"""The weekly kind: its /remind arguments, its slots (once a week at the local time, across DST,
month and year ends, in a far zone) and the dispatcher's "nothing to send" path (`skipped`)."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

import pytest

from bot.reminders import policy
from bot.reminders.dispatcher import Dispatcher, Outgoing
from bot.reminders.kinds.args import ArgsError, ParsedReminder
from bot.reminders.kinds.weekly import on_weekday
from bot.reminders.remind_args import parse_remind
from bot.reminders.schedule import ReminderSpec, next_fire
from bot.services.weekly import week_before
from tests.fakes.clock import FakeClock
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import Sessions, add, deliveries

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)


def weekly(weekday: int, hour: int, minute: int = 0) -> ReminderSpec:
    return ReminderSpec(kind="weekly", anchor=on_weekday(weekday), at_time=time(hour, minute))


@pytest.mark.parametrize(
    ("args", "weekday", "at", "note"),
    [
        ("sun 19:00", 6, time(19), None),
        ("Sunday 7pm", 6, time(19), None),
        ("sundays at 19:00", 6, time(19), None),
        ("every friday at 6 pm", 4, time(18), None),
        ("19:00 on sun", 6, time(19), None),
        ("at 7:30am on Tues", 1, time(7, 30), None),
        ("mon. 08:00 before work", 0, time(8), "before work"),
        ("thurs 21h", 3, time(21), None),
    ],
)
def test_a_day_and_a_time(args: str, weekday: int, at: time, note: str | None) -> None:
    parsed = parse_remind(f"weekly {args}", zone="Europe/Berlin", now=NOW)
    assert isinstance(parsed, ParsedReminder)
    assert parsed.spec == ReminderSpec(kind="weekly", anchor=on_weekday(weekday), at_time=at,
                                       note=note)  # fmt: skip
    assert parse_remind(f"summary {args}", zone="UTC", now=NOW) == parsed


@pytest.mark.parametrize(
    ("args", "error"),
    [
        ("", ArgsError("missing_args", "weekly")),
        ("sun", ArgsError("missing_time", "weekly")),
        ("19:00", ArgsError("missing_day", "weekly")),
        ("sunnday 19:00", ArgsError("bad_day", "weekly", "sunnday")),
        ("19:00 funday", ArgsError("bad_day", "weekly", "funday")),
        ("sun 25:00", ArgsError("bad_time", "weekly", "25:00")),
        ("25:00 sun", ArgsError("bad_time", "weekly", "25:00")),
        ("sun 7", ArgsError("bad_time", "weekly", "7")),
        ("sun dinner", ArgsError("bad_time", "weekly", "dinner")),
    ],
)
def test_what_is_refused(args: str, error: ArgsError) -> None:
    assert parse_remind(f"weekly {args}", zone="UTC", now=NOW) == error


def test_the_day_is_kept_in_a_fixed_week_so_the_same_day_is_the_same_reminder() -> None:
    assert [on_weekday(d) for d in (0, 6)] == [date(2001, 1, 1), date(2001, 1, 7)]
    with pytest.raises(ValueError, match="invalid 'weekly'"):
        ReminderSpec(kind="weekly", anchor=date(2026, 11, 22), at_time=time(19))
    with pytest.raises(ValueError, match="invalid 'weekly'"):
        ReminderSpec(kind="weekly", anchor=on_weekday(6))


def fires(spec: ReminderSpec, zone: str, after: datetime, count: int) -> list[datetime]:
    out: list[datetime] = []
    while len(out) < count:
        fire = next_fire(spec, zone=zone, after=after, quiet=None)
        assert fire is not None
        out.append(fire)
        after = fire
    return out


@pytest.mark.parametrize(
    ("zone", "weekday", "hour"),
    [("Europe/London", 6, 19), ("Pacific/Auckland", 0, 8), ("America/New_York", 2, 0)],
)
def test_a_year_of_weeks_once_a_week_at_the_local_time(zone: str, weekday: int, hour: int
                                                      ) -> None:  # fmt: skip
    """53 weeks from December, through both DST changes, every month end and the year end:
    each slot on its day at its wall time, 7 local days apart (167, 168 or 169 hours)."""
    slots = fires(weekly(weekday, hour), zone, datetime(2026, 12, 1, tzinfo=UTC), 53)
    local = [s.astimezone(ZoneInfo(zone)) for s in slots]
    assert {(t.weekday(), t.hour, t.minute) for t in local} == {(weekday, hour, 0)}
    assert {(b.date() - a.date()).days for a, b in pairwise(local)} == {7}
    hours = {(b - a) / timedelta(hours=1) for a, b in pairwise(slots)}
    assert hours == {167.0, 168.0, 169.0}
    assert len({t.year for t in local}) == 2  # it crossed the year end


def test_london_dst_weeks() -> None:
    spec = weekly(6, 19)
    spring = fires(spec, "Europe/London", datetime(2027, 3, 20, tzinfo=UTC), 3)
    assert spring == [datetime(2027, 3, 21, 19, tzinfo=UTC), datetime(2027, 3, 28, 18, tzinfo=UTC),
                      datetime(2027, 4, 4, 18, tzinfo=UTC)]  # fmt: skip
    autumn = fires(spec, "Europe/London", datetime(2027, 10, 23, tzinfo=UTC), 3)
    assert autumn == [
        datetime(2027, 10, 24, 18, tzinfo=UTC),
        datetime(2027, 10, 31, 19, tzinfo=UTC),
        datetime(2027, 11, 7, 19, tzinfo=UTC),
    ]
    # The week each summary covers: 7 local days back to the same wall time.
    assert week_before(spring[1], "Europe/London") == (spring[0], spring[1])
    assert week_before(autumn[1], "Europe/London") == (autumn[0], autumn[1])
    # A time in the gap comes once, an hour later; one in the repeat once, the first time.
    gap = fires(weekly(6, 1, 30), "Europe/London", datetime(2027, 3, 27, tzinfo=UTC), 2)
    assert gap == [
        datetime(2027, 3, 28, 1, 30, tzinfo=UTC),
        datetime(2027, 4, 4, 0, 30, tzinfo=UTC),
    ]
    fold = fires(weekly(6, 1, 30), "Europe/London", datetime(2027, 10, 30, tzinfo=UTC), 2)
    assert fold == [datetime(2027, 10, 31, 0, 30, tzinfo=UTC),
                    datetime(2027, 11, 7, 1, 30, tzinfo=UTC)]  # fmt: skip


# -- nothing to send: the machinery ---------------------------------------------------------------


class Composing(FakeSender):
    """A sender whose composer has nothing to say for the reminders in `empty`."""

    def __init__(self, empty: set[int]) -> None:
        super().__init__()
        self.empty = empty
        self.composed = 0

    async def send(self, delivery: Outgoing) -> int | None:
        self.composed += 1
        if delivery.reminder_id in self.empty:
            return None
        return await super().send(delivery)


def test_the_policy_treats_nothing_to_send_as_final() -> None:
    step = policy.after_send("weekly", policy.Result.SKIPPED, attempts=1)
    assert (step.status, step.retry, step.pause) == ("skipped", False, False)


async def test_nothing_to_send_is_skipped_once_never_retried_nor_resent(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(datetime(2026, 11, 20, tzinfo=UTC))
    empty = await add(sessions, 1, weekly(6, 19), clock.now())
    full = await add(sessions, 2, weekly(6, 19), clock.now())
    sender = Composing({empty})
    dispatcher = Dispatcher(sessions, clock, sender)
    clock.set(datetime(2026, 11, 22, 19, tzinfo=UTC))
    stats = await dispatcher.run_once()
    assert (stats.claimed, stats.sent, stats.skipped, stats.failed) == (2, 1, 1, 0)
    assert [o.reminder_id for o in sender.sent] == [full]
    for later in (timedelta(minutes=5), timedelta(hours=1), timedelta(days=2)):
        clock.set(datetime(2026, 11, 22, 19, tzinfo=UTC) + later)  # leases and grace pass
        await dispatcher.run_once()
        await Dispatcher(sessions, clock, sender).recover(everything=True)  # a restart
    assert sender.composed == 2
    rows = {d.reminder_id: d for d in await deliveries(sessions)}
    assert (rows[empty].status, rows[empty].attempts, rows[empty].message_id) == (
        "skipped",
        1,
        None,
    )
    assert (rows[full].status, rows[full].sent_at) == ("sent", clock.now() - timedelta(days=2))
