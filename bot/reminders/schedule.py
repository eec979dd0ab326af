"""Reminder schedules: next fire times in the user's zone, DST-safe, outside quiet hours. Pure.

Each kind (`bot/reminders/kinds/`) yields its slots on the user's *local wall clock*, built on
APScheduler's triggers run in UTC (`bot/reminders/slots.py` explains why); this module places
them in the user's zone and applies quiet hours: a slot inside them moves to their end for a
kind that defers (`quiet_defers`, check-ups), and is dropped for the others (the next slot
follows), since a late drink or bedtime stretch is not useful.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, time, timedelta
from functools import lru_cache

from bot.reminders.kinds import kind
from bot.reminders.slots import (
    Quiet,
    add_months,
    in_quiet,
    quiet_end_after,
    resolve_wall,
    spread_offset,
    to_local_wall,
)
from bot.reminders.spec import ReminderSpec

__all__ = [
    "Quiet", "ReminderSpec", "add_months", "end_of_local_day", "grace", "in_quiet", "next_fire",
    "quiet_end_after", "quiet_keeps_out", "real_wall", "resolve_wall", "send_time",
    "to_local_wall", "wall_slots",
]  # fmt: skip
# Safety net: a schedule whose every slot falls in quiet hours never fires.
_MAX_SLOTS_SCANNED = 3000
_DST_MARGIN = timedelta(hours=3)


def send_time(
    kind_name: str, slot: datetime, *, user_id: int, zone: str, quiet: Quiet | None
) -> datetime:
    """When to send `slot`: later by the kind's per-user spread, never pushed into quiet hours."""
    offset = spread_offset(user_id, kind(kind_name).spread)
    if not offset:
        return slot
    spread = slot + offset
    return slot if in_quiet(to_local_wall(spread, zone).time(), quiet) else spread


def wall_slots(spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
    """Local wall-clock slots at or after the naive local time `start`, in order."""
    return kind(spec.kind).slots(spec, start)


def next_fire(
    spec: ReminderSpec, *, zone: str, after: datetime, quiet: Quiet | None
) -> datetime | None:
    """The first slot strictly after `after` (aware), as aware UTC; None when there is none."""
    if after.tzinfo is None:
        raise ValueError("next_fire needs an aware `after`")
    return _next_fire(spec, zone, after.astimezone(UTC), quiet)


@lru_cache(maxsize=1 << 16)  # a cohort shares specs and slots: computed once per round
def _next_fire(
    spec: ReminderSpec, zone: str, after: datetime, quiet: Quiet | None
) -> datetime | None:
    defers = kind(spec.kind).quiet_defers
    start = to_local_wall(after - _DST_MARGIN, zone)
    for scanned, wall in enumerate(wall_slots(spec, start)):
        if scanned >= _MAX_SLOTS_SCANNED:
            return None
        fire = resolve_wall(wall, zone)
        if quiet is not None and in_quiet(wall.time(), quiet):
            if not defers:
                continue
            fire = resolve_wall(quiet_end_after(wall, quiet), zone)
        if fire > after:
            return fire
    return None


def quiet_keeps_out(
    spec: ReminderSpec, *, zone: str, after: datetime, quiet: Quiet | None
) -> bool:
    """Whether quiet hours alone keep every slot of `spec` from coming (a stretch at 23:00
    with quiet hours 22:30-07:30): it has slots without them and none with them."""
    if quiet is None:
        return False
    return (
        next_fire(spec, zone=zone, after=after, quiet=quiet) is None
        and next_fire(spec, zone=zone, after=after, quiet=None) is not None
    )


def real_wall(kind_name: str, wall: datetime, quiet: Quiet | None) -> datetime:
    """When a slot at the local `wall` really comes: at the end of quiet hours for a kind that
    waits for it (check-ups), else at `wall` (a kind that drops it never shows such a slot)."""
    if quiet is not None and kind(kind_name).quiet_defers and in_quiet(wall.time(), quiet):
        return quiet_end_after(wall, quiet)
    return wall


def grace(kind_name: str) -> timedelta:
    """How late a slot may still be delivered; UnknownKind (a ValueError) for no such kind."""
    return kind(kind_name).grace


def end_of_local_day(instant: datetime, zone: str) -> datetime:
    """The next local midnight after `instant`, as aware UTC (what "skip today" skips to)."""
    tomorrow = to_local_wall(instant, zone).date() + timedelta(days=1)
    return resolve_wall(datetime.combine(tomorrow, time(0)), zone)
