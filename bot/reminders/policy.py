"""The dispatcher's pure policy: what happens to a slot, a send result or an expired lease.

No database, no Telegram, no clock: every function takes the instant it decides for. Quiet
hours and grace are applied in one place, `timing`; the state machine is in docs/reminders.md.
"""

from __future__ import annotations

import enum
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from bot.reminders.errors import (
    AmbiguousSendError,
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TokenRejected,
    TransientSendError,
)
from bot.reminders.kinds import KINDS, kind
from bot.reminders.schedule import (
    Quiet,
    ReminderSpec,
    grace,
    in_quiet,
    next_fire,
    quiet_end_after,
    resolve_wall,
    send_time,
    to_local_wall,
)

_EPSILON = timedelta(microseconds=1)
LATE_AFTER = timedelta(minutes=5)  # later than this after it was meant to go: "sent late"
PROBE_FIRST_S = 1.0  # the first probe of an outage, after one failed send
PROBE_CAP_S = 60.0  # probes never wait longer than this (a 3-hour outage: ~180 probes)


def ambiguous_attempts(kind_name: str) -> int:
    """After a timeout Telegram may already have the message: how many attempts in all the
    kind allows (its `ambiguous_attempts`; 1, never resend, for a kind no longer known)."""
    found = KINDS.get(kind_name)
    return found.ambiguous_attempts if found is not None else 1


def quiet_window(start: time | None, end: time | None) -> Quiet | None:
    """The user's quiet hours; a half-set window (only start or only end) means none."""
    if start is None or end is None or start == end:
        return None
    return start, end


@dataclass(frozen=True, slots=True)
class Timing:
    """`send` now, `missed` (later than the kind's grace), or `defer` until `until`."""

    action: str
    until: datetime | None = None


SEND, MISSED = Timing("send"), Timing("missed")


def timing(kind: str, slot: datetime, now: datetime, *, zone: str, quiet: Quiet | None) -> Timing:
    """The one place where grace and quiet hours decide whether a due slot goes out now.

    Raises ZoneInfoNotFoundError for a zone tzdata no longer knows (the caller skips the row).
    """
    limit = grace(kind)
    if now - slot > limit:
        return MISSED
    if quiet is None:
        return SEND
    local = to_local_wall(now, zone)
    if not in_quiet(local.time(), quiet):
        return SEND
    until = resolve_wall(quiet_end_after(local, quiet), zone)
    return MISSED if until - slot > limit else Timing("defer", until)


def meant_at(kind: str, slot: datetime, *, user_id: int, zone: str, quiet: Quiet | None
             ) -> datetime:  # fmt: skip
    """When `slot` was meant to go out: its send time (the kind's spread), or the end of the
    quiet hours it fell in. Raises ZoneInfoNotFoundError for a zone tzdata no longer knows."""
    local = to_local_wall(slot, zone)
    if quiet is not None and in_quiet(local.time(), quiet):
        return resolve_wall(quiet_end_after(local, quiet), zone)
    return send_time(kind, slot, user_id=user_id, zone=zone, quiet=quiet)


def late_by(meant: datetime, now: datetime) -> timedelta | None:
    """How late a message sent `now` is, when later than LATE_AFTER (the message says so)."""
    late = now - meant
    return late if late > LATE_AFTER else None


def probe_delay(probes: int, jitter: float) -> float:
    """Seconds before the next probe of an outage closed `probes` times so far: 1, 2, 4 ...
    capped at 60, times a jitter in [0.8, 1.2) (`jitter` in [0, 1)), so that bots sharing a
    network do not all probe on the same second."""
    base: float = min(PROBE_CAP_S, PROBE_FIRST_S * 2.0 ** max(0, min(probes - 1, 16)))
    return base * (0.8 + 0.4 * jitter)


class Result(enum.Enum):
    """What one send attempt came to."""

    SENT = "sent"
    RETRY_AFTER = "retry_after"  # 429: refused, the flood gate closes for everyone
    TRANSIENT = "transient"  # 5xx or a connection never made: not delivered
    AMBIGUOUS = "ambiguous"  # written, no answer: Telegram may have it
    BLOCKED = "blocked"
    PERMANENT = "permanent"
    REJECTED = "rejected"  # 401: the bot's token was revoked; nothing can be sent
    SKIPPED = "skipped"  # nothing to send: a composed kind found nothing (an empty week)


_RESULTS: tuple[tuple[type[Exception], Result], ...] = (
    (TokenRejected, Result.REJECTED),
    (RetryLater, Result.RETRY_AFTER),
    (TransientSendError, Result.TRANSIENT),
    (AmbiguousSendError, Result.AMBIGUOUS),
    (RecipientBlocked, Result.BLOCKED),
    (PermanentSendError, Result.PERMANENT),
)


def result_of(error: Exception) -> Result:
    """What a sender's exception means (bot.reminders.errors); anything else is permanent."""
    return next((r for t, r in _RESULTS if isinstance(error, t)), Result.PERMANENT)


@dataclass(frozen=True, slots=True)
class Next:
    """The next state of a `sending` row: a final `status`, or `claimed` again (`retry`);
    `pause`: Telegram seems unreachable, so every instance pauses and one probes."""

    status: str
    retry: bool = False
    pause: bool = False


def after_send(
    kind: str, result: Result, *, attempts: int, waits: int = 0, max_waits: int = 5
) -> Next:
    """Next state after an attempt. `attempts` counts starts (this one included), `waits` the
    429s so far (this one included).

    A transient failure (5xx, garbage, a connection never made) keeps the row for a later
    attempt, however many it took: the kind's grace decides when it is missed (the lease's
    reclaim, `timing`). After a timeout Telegram may have the message: resent only within the
    kind's `ambiguous_attempts`. A 401 is the dispatcher's to handle (it stops sending)."""
    if result is Result.SENT:
        return Next("sent")
    if result is Result.SKIPPED:  # final, like a sent one: never retried, never resent
        return Next("skipped")
    if result is Result.BLOCKED:
        return Next("blocked")
    if result is Result.PERMANENT:
        return Next("failed")
    if result is Result.RETRY_AFTER:
        return Next("claimed", retry=True) if waits <= max_waits else Next("failed")
    if result is Result.AMBIGUOUS and attempts >= ambiguous_attempts(kind):
        return Next("unconfirmed", pause=True)
    return Next("claimed", retry=True, pause=result is not Result.REJECTED)


def on_expired(
    kind: str, status: str, attempts: int, slot_timing: Timing
) -> tuple[str, datetime | None]:
    """A row whose lease ran out (its instance died or stalled): (new status, new lease end).

    A `sending` row had a request in flight: `unconfirmed`, unless the kind resends after an
    ambiguous attempt. A `claimed` row was never attempted: back to the queue within grace.
    """
    if status == "sending" and attempts >= ambiguous_attempts(kind):
        return "unconfirmed", None
    if slot_timing.action == "missed":
        return "missed", None
    if slot_timing.action == "defer":
        return "claimed", slot_timing.until  # picked up again by anyone when quiet hours end
    return "claimed", None  # the caller takes it with a fresh token and lease


@dataclass(slots=True)
class Advance:
    """A series moved past `now`: ledger entries (slot, status) and the reminder's next times."""

    entries: list[tuple[datetime, str]]
    next_slot: datetime | None
    next_fire_at: datetime | None
    deferred: bool = False


def advance(
    spec: ReminderSpec,
    *,
    user_id: int,
    zone: str,
    quiet: Quiet | None,
    slot: datetime | None,
    fire_at: datetime | None,
    now: datetime,
    done_at: datetime | None,
) -> Advance:
    """Every due slot of a series gets one entry (claimed, missed or skipped) and the series
    always moves on to its next slot, whatever becomes of this one's send."""
    out = Advance([], slot, fire_at)
    of_kind = kind(spec.kind)
    follow: Callable[[datetime], datetime | None] = lambda after: next_fire(  # noqa: E731
        spec, zone=zone, after=after, quiet=quiet
    )
    while slot is not None and fire_at is not None and fire_at <= now:
        following = follow(slot)
        decided = timing(spec.kind, slot, now, zone=zone, quiet=quiet)
        if decided.action == "missed" or (following is not None and following <= now):
            out.entries.append((slot, "missed"))
            earliest = now - grace(spec.kind) - _EPSILON  # a slot exactly `grace` late counts
            slot = follow(max(slot, earliest))
        elif decided.action == "defer":
            out.next_slot, out.next_fire_at, out.deferred = slot, decided.until, True
            return out
        else:
            out.entries.append(
                (slot, "skipped" if of_kind.skips(spec, slot, done_at) else "claimed")
            )
            slot = following
        fire_at = (
            send_time(spec.kind, slot, user_id=user_id, zone=zone, quiet=quiet) if slot else None
        )
    out.next_slot, out.next_fire_at = slot, fire_at
    return out
