"""The pure policy, by tables: timing (grace + quiet hours), send results, expired leases."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

import pytest

from bot.reminders.policy import (
    MISSED,
    SEND,
    Result,
    Timing,
    after_send,
    late_by,
    meant_at,
    on_expired,
    probe_delay,
    quiet_window,
    timing,
)

SLOT = datetime(2026, 6, 1, 21, 0, tzinfo=UTC)
NIGHT = (time(22), time(7))  # spans midnight
NOON = (time(12), time(14))


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (time(22), time(7), (time(22), time(7))),
        (time(12), time(14), (time(12), time(14))),
        (time(22), None, None),  # only quiet_start: no quiet hours (never a crash)
        (None, time(7), None),  # only quiet_end
        (None, None, None),
        (time(8), time(8), None),  # an empty window
    ],
)
def test_quiet_window(start: time | None, end: time | None, expected: object) -> None:
    assert quiet_window(start, end) == expected


def at(hour: int, minute: int = 0, day: int = 1) -> datetime:
    return datetime(2026, 6, day, hour, minute, tzinfo=UTC)


@pytest.mark.parametrize(
    ("kind", "slot", "now", "zone", "quiet", "expected"),
    [
        ("stretch", SLOT, at(21, 5), "UTC", None, SEND),
        ("stretch", SLOT, at(23, 0), "UTC", None, SEND),  # exactly 2 h late still counts
        ("stretch", SLOT, at(23, 1), "UTC", None, MISSED),
        ("hydration", SLOT, at(21, 30), "UTC", None, SEND),
        ("hydration", SLOT, at(21, 31), "UTC", None, MISSED),
        ("checkup", SLOT, at(21, 0, day=8), "UTC", None, SEND),
        ("checkup", SLOT, at(21, 1, day=8), "UTC", None, MISSED),
        # quiet hours spanning midnight: before, inside late evening, inside after midnight
        ("stretch", SLOT, at(21, 30), "UTC", NIGHT, SEND),
        ("checkup", SLOT, at(22, 30), "UTC", NIGHT, Timing("defer", at(7, day=2))),
        ("checkup", at(6, day=2), at(6, 30, day=2), "UTC", NIGHT, Timing("defer", at(7, day=2))),
        ("checkup", SLOT, at(7, day=2), "UTC", NIGHT, SEND),  # the end is not quiet
        # a deferral that would end past grace is a miss now, not at the end of quiet hours
        ("stretch", SLOT, at(22, 30), "UTC", NIGHT, MISSED),
        ("hydration", at(21, 50), at(22, 5), "UTC", NIGHT, MISSED),
        # a window that does not span midnight
        ("checkup", at(11), at(12, 30), "UTC", NOON, Timing("defer", at(14))),
        ("checkup", at(11), at(14, 0), "UTC", NOON, SEND),
        # quiet hours are local: 22:30 UTC is 00:30 in Berlin (summer), inside 22-07 there
        ("checkup", SLOT, at(19, 30), "Europe/Berlin", NIGHT, SEND),
        ("checkup", SLOT, at(20, 30), "Europe/Berlin", NIGHT, Timing("defer", at(5, day=2))),
    ],
)
def test_timing(
    kind: str, slot: datetime, now: datetime, zone: str, quiet: object, expected: Timing
) -> None:
    assert timing(kind, slot, now, zone=zone, quiet=quiet) == expected  # type: ignore[arg-type]


def test_timing_refuses_an_unknown_zone_loudly() -> None:
    with pytest.raises(KeyError):  # ZoneInfoNotFoundError: the ledger skips the row
        timing("checkup", SLOT, at(22, 30), zone="Mars/Olympus", quiet=NIGHT)


@pytest.mark.parametrize(
    ("kind", "result", "attempts", "waits", "expected"),
    [
        ("stretch", Result.SENT, 1, 0, ("sent", False, False)),
        ("stretch", Result.BLOCKED, 1, 0, ("blocked", False, False)),
        ("stretch", Result.PERMANENT, 1, 0, ("failed", False, False)),
        # a timeout: Telegram may have it; stretch and hydration are never resent
        ("stretch", Result.AMBIGUOUS, 1, 0, ("unconfirmed", False, True)),
        ("hydration", Result.AMBIGUOUS, 1, 0, ("unconfirmed", False, True)),
        ("hydration", Result.AMBIGUOUS, 2, 0, ("unconfirmed", False, True)),
        # a check-up is resent once after a timeout (a duplicate is the lesser harm)
        ("checkup", Result.AMBIGUOUS, 1, 0, ("claimed", True, True)),
        ("checkup", Result.AMBIGUOUS, 2, 0, ("unconfirmed", False, True)),
        # refused or never written: kept for a later attempt however many it took (the
        # grace decides when it is missed), and everyone pauses for the probe
        ("stretch", Result.TRANSIENT, 1, 0, ("claimed", True, True)),
        ("stretch", Result.TRANSIENT, 40, 0, ("claimed", True, True)),
        ("checkup", Result.TRANSIENT, 3, 0, ("claimed", True, True)),
        # 429: back to claimed, the gate holds everyone; too many waits: failed
        ("hydration", Result.RETRY_AFTER, 1, 1, ("claimed", True, False)),
        ("hydration", Result.RETRY_AFTER, 6, 6, ("failed", False, False)),
        # 401: nothing can be sent; the row waits for a new token, no probe can help
        ("stretch", Result.REJECTED, 1, 0, ("claimed", True, False)),
    ],
)
def test_after_send(
    kind: str, result: Result, attempts: int, waits: int, expected: tuple[str, bool, bool]
) -> None:
    step = after_send(kind, result, attempts=attempts, waits=waits)
    assert (step.status, step.retry, step.pause) == expected


def test_probes_back_off_from_one_second_to_a_minute_with_jitter() -> None:
    middle = [probe_delay(n, 0.5) for n in range(1, 10)]
    assert middle == [1.0, 2.0, 4.0, 8.0, 16.0, 32.0, 60.0, 60.0, 60.0]
    assert probe_delay(1, 0.0) == pytest.approx(0.8) and probe_delay(1, 0.999) < 1.2
    assert probe_delay(10_000, 0.999) < 72  # capped however long the outage


def test_late_means_more_than_five_minutes_after_it_was_meant() -> None:
    meant = datetime(2026, 6, 1, 21, 30, tzinfo=UTC)
    assert late_by(meant, meant + timedelta(minutes=5)) is None
    assert late_by(meant, meant + timedelta(minutes=40)) == timedelta(minutes=40)


def test_a_slot_in_quiet_hours_is_meant_for_their_end_and_a_spread_counts() -> None:
    slot = datetime(2026, 6, 1, 7, 0, tzinfo=UTC)  # 09:00 in Berlin (summer)
    quiet = (time(22, 0), time(9, 30))
    assert meant_at("checkup", slot, user_id=1, zone="Europe/Berlin", quiet=quiet) == (
        slot + timedelta(minutes=30)
    )
    assert meant_at("checkup", slot, user_id=1, zone="Europe/Berlin", quiet=None) == slot
    drink = meant_at("hydration", slot, user_id=7, zone="Europe/Berlin", quiet=None)
    assert timedelta(0) <= drink - slot < timedelta(minutes=3)


@pytest.mark.parametrize(
    ("kind", "status", "attempts", "slot_timing", "expected"),
    [
        ("stretch", "sending", 1, SEND, ("unconfirmed", None)),
        ("hydration", "sending", 1, SEND, ("unconfirmed", None)),
        ("checkup", "sending", 1, SEND, ("claimed", None)),  # resent once
        ("checkup", "sending", 2, SEND, ("unconfirmed", None)),
        ("stretch", "claimed", 0, SEND, ("claimed", None)),  # back to the queue, not lost
        ("stretch", "claimed", 0, MISSED, ("missed", None)),
        ("checkup", "claimed", 0, Timing("defer", at(7, day=2)), ("claimed", at(7, day=2))),
        ("stretch", "claimed", 1, SEND, ("claimed", None)),  # a 429 put it back: resend
    ],
)
def test_on_expired(
    kind: str, status: str, attempts: int, slot_timing: Timing, expected: object
) -> None:
    assert on_expired(kind, status, attempts, slot_timing) == expected


def test_grace_is_inclusive_to_the_microsecond() -> None:
    assert timing("hydration", SLOT, SLOT + timedelta(minutes=30), zone="UTC", quiet=None) == SEND
