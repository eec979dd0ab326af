"""Plain data for the views: what a screen shows of a stored row, never the row itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from bot.db.models import Cramp, Reminder
from bot.reminders.repository import spec_of
from bot.reminders.spec import ReminderSpec


@dataclass(frozen=True, slots=True)
class CrampEntry:
    """A logged cramp as the screens show it."""

    id: int
    user_id: int
    occurred_at: datetime
    side: str | None
    muscle: str | None
    severity: int | None
    duration_s: int | None
    triggers: tuple[str, ...]
    red_flags: tuple[str, ...]
    card_message_id: int | None
    created_at: datetime
    edited_at: datetime | None
    time_told: bool = True  # False: `occurred_at` is when the message was written


def entry_of(cramp: Cramp) -> CrampEntry:
    """The entry of a stored cramp, as it is now."""
    return CrampEntry(
        cramp.id, cramp.user_id, cramp.occurred_at, cramp.side, cramp.muscle, cramp.severity,
        cramp.duration_s, tuple(cramp.triggers), tuple(cramp.red_flags), cramp.card_message_id,
        cramp.created_at, cramp.edited_at, cramp.time_told,
    )  # fmt: skip


def entry_or_none(cramp: Cramp | None) -> CrampEntry | None:
    """`entry_of`, passing None through."""
    return None if cramp is None else entry_of(cramp)


@dataclass(frozen=True, slots=True)
class ReminderEntry:
    """A reminder as the screens show it: its schedule, whether paused, its next time."""

    id: int
    spec: ReminderSpec
    paused: bool
    next_slot: datetime | None
    timezone: str


def reminder_entry(reminder: Reminder) -> ReminderEntry:
    """The entry of a stored reminder, as it is now."""
    return ReminderEntry(
        reminder.id, spec_of(reminder), reminder.paused, reminder.next_slot, reminder.timezone
    )
