"""Reminder kinds: one class per kind, one module per class, registered by name.

A kind declares everything the bot needs to know about it, as APScheduler adds a trigger:
its grace, its slots (built on APScheduler triggers, `bot/reminders/slots.py`), its /remind
arguments, its one-tap default, its Done policy, what a timeout costs (`ambiguous_attempts`)
and its texts (`content/<lang>/ui/kind_<name>.yaml`). Every module of this package is
imported here, so adding a kind is adding a module and its content file. Pure.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import ClassVar, TypeVar

from bot.reminders.kinds.args import ArgsError, ParsedReminder
from bot.reminders.spec import ReminderSpec

__all__ = [
    "KINDS", "ArgsError", "Description", "Every", "ParsedReminder", "ReminderKind", "UnknownKind",
    "by_word", "kind", "ordered", "register", "unregister",
]  # fmt: skip


class UnknownKind(ValueError):
    """No kind of reminder has this name (a row of a kind since removed, forged data)."""


@dataclass(frozen=True, slots=True)
class Every:
    """A description value: how often, in minutes ("2 h", "45 min", "1 h 30 min")."""

    minutes: int


Description = tuple[str, dict[str, object]]


class ReminderKind:
    """Base of every kind. Subclass, set the class attributes, implement the methods, and
    decorate with `@register`."""

    name: ClassVar[str]
    words: ClassVar[tuple[str, ...]] = ()  # what /remind accepts for it besides its name
    order: ClassVar[int] = 100  # its place in menus and suggestions
    grace: ClassVar[timedelta]  # how late a slot may still be delivered
    # Sends in all after a timeout (Telegram may have the message): 1 never resends.
    ambiguous_attempts: ClassVar[int] = 1
    # A slot inside quiet hours: True waits for their end, False drops it (the next follows).
    quiet_defers: ClassVar[bool] = False
    spread: ClassVar[timedelta] = timedelta(0)  # a stable per-user delay in [0, spread)
    # The Done policy: how far back a Done press is read (None: never; see `skips`).
    done_lookback: ClassVar[timedelta | None] = None
    books_appointments: ClassVar[bool] = False  # offered when a doctor should be seen
    extras: ClassVar[tuple[str, ...]] = ()  # blocks the message shows after its text
    actions: ClassVar[tuple[str, ...]] = ()  # buttons a feature puts before Done
    # Its message is written by a feature from the user's data (`BotData.reminder_composers`),
    # not from its texts alone (the morning check-in).
    composed: ClassVar[bool] = False
    # One of this kind a user: a new one takes the place of the one they had (the check-in).
    one_per_user: ClassVar[bool] = False

    @property
    def content(self) -> str:
        """The prefix of its texts: the file content/<lang>/ui/kind_<name>.yaml."""
        return f"kind_{self.name}"

    def valid(self, spec: ReminderSpec) -> bool:
        """Whether the spec's parameters make a reminder of this kind."""
        raise NotImplementedError

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        """Local wall-clock slots at or after the naive local `start`, in order."""
        raise NotImplementedError

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        """What follows `/remind <word>`, for a user in `zone` at the aware `now`."""
        raise NotImplementedError

    def default(self, *, today: date) -> ReminderSpec:
        """The one-tap reminder of this kind."""
        raise NotImplementedError

    def describe(self, spec: ReminderSpec) -> Description:
        """The key of its text (under `content`) and the values: times, dates, `Every`."""
        raise NotImplementedError

    def skips(self, spec: ReminderSpec, slot: datetime, done_at: datetime | None) -> bool:
        """The Done policy: whether a slot is skipped given the latest Done press."""
        return False

    def created_notes(self, spec: ReminderSpec) -> tuple[str, ...]:
        """Keys (under `content`) of the lines added to the confirmation."""
        return ()

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec | None:
        """The same reminder starting at the local time `at` (what "Move it to 07:30" sets when
        quiet hours would keep it from ever coming); None when the kind cannot be moved."""
        return None

    def once(self, wall: datetime) -> ReminderSpec | None:
        """A one-off reminder at the naive local `wall`, when the kind has one."""
        return None


KINDS: dict[str, ReminderKind] = {}
K = TypeVar("K", bound=type[ReminderKind])


def register(cls: K) -> K:
    """Class decorator: make the kind known by its name (a name taken twice is an error)."""
    if cls.name in KINDS and type(KINDS[cls.name]) is not cls:
        raise ValueError(f"reminder kind {cls.name!r} is registered twice")
    KINDS[cls.name] = cls()
    return cls


def unregister(name: str) -> None:
    """Forget a kind (tests that register their own)."""
    KINDS.pop(name, None)


def kind(name: str) -> ReminderKind:
    """The kind called `name`; UnknownKind (a ValueError) when there is none."""
    try:
        return KINDS[name]
    except KeyError:
        raise UnknownKind(f"unknown reminder kind {name!r}") from None


def ordered() -> list[ReminderKind]:
    """Every kind, in menu order."""
    return sorted(KINDS.values(), key=lambda k: (k.order, k.name))


def by_word(word: str) -> ReminderKind | None:
    """The kind a /remind word names (its name or one of its words), case-insensitive."""
    word = word.lower()
    return next((k for k in ordered() if word == k.name or word in k.words), None)


def _discover() -> None:
    for module in pkgutil.iter_modules(__path__):
        if module.name != "args" and not module.name.startswith("_"):
            importlib.import_module(f"{__name__}.{module.name}")


_discover()
