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
    on_expired,
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
    ("kind", "result", "attempts", "failures", "waits", "expected"),
    [
        ("stretch", Result.SENT, 1, 0, 0, ("sent", False, 0.0)),
        ("stretch", Result.BLOCKED, 1, 0, 0, ("blocked", False, 0.0)),
        ("stretch", Result.PERMANENT, 1, 0, 0, ("failed", False, 0.0)),
        # a timeout: Telegram may have it; stretch and hydration are never resent
        ("stretch", Result.AMBIGUOUS, 1, 1, 0, ("unconfirmed", False, 0.0)),
        ("hydration", Result.AMBIGUOUS, 1, 1, 0, ("unconfirmed", False, 0.0)),
        ("hydration", Result.AMBIGUOUS, 2, 2, 0, ("unconfirmed", False, 0.0)),
        # a check-up is resent once after a timeout (a duplicate is the lesser harm)
        ("checkup", Result.AMBIGUOUS, 1, 1, 0, ("claimed", True, 1.0)),
        ("checkup", Result.AMBIGUOUS, 2, 2, 0, ("unconfirmed", False, 0.0)),
        # refused or never written: retried with backoff, then failed
        ("stretch", Result.TRANSIENT, 1, 1, 0, ("claimed", True, 1.0)),
        ("stretch", Result.TRANSIENT, 2, 2, 0, ("claimed", True, 2.0)),
        ("stretch", Result.TRANSIENT, 3, 3, 0, ("failed", False, 0.0)),
        # 429: back to claimed, the gate holds everyone; too many waits: failed
        ("hydration", Result.RETRY_AFTER, 1, 0, 1, ("claimed", True, 0.0)),
        ("hydration", Result.RETRY_AFTER, 6, 0, 6, ("failed", False, 0.0)),
    ],
)
def test_after_send(
    kind: str, result: Result, attempts: int, failures: int, waits: int,
    expected: tuple[str, bool, float],
) -> None:  # fmt: skip
    step = after_send(kind, result, attempts=attempts, failures=failures, waits=waits)
    assert (step.status, step.retry, step.backoff_s) == expected


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
