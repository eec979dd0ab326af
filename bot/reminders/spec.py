"""What a reminder is, independent of zone and storage: its kind and its parameters."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time


@dataclass(frozen=True, slots=True)
class ReminderSpec:
    """A reminder's kind and parameters, checked by its kind (`bot/reminders/kinds/`).

    The parameters are a small shared vocabulary, the columns of `reminders`: a kind uses the
    ones it needs and leaves the rest None, so a new kind needs no migration (docs/reminders.md).
    once_at is a local wall-clock datetime (naive); anchor is the local date a series counts
    from.
    """

    kind: str
    interval_minutes: int | None = None
    window_start: time | None = None
    window_end: time | None = None
    at_time: time | None = None
    every_months: int | None = None
    once_at: datetime | None = None
    anchor: date | None = None
    note: str | None = None

    def __post_init__(self) -> None:
        from bot.reminders.kinds import KINDS  # the kinds build specs: imported on first use

        found = KINDS.get(self.kind)
        if found is None or not found.valid(self):
            raise ValueError(f"incomplete or invalid {self.kind!r} reminder spec")

    @property
    def repeating(self) -> bool:
        """False only for a one-off."""
        return self.once_at is None

    @property
    def crosses_midnight(self) -> bool:
        """True for a window such as 22:00-02:00."""
        return (
            self.window_start is not None
            and self.window_end is not None
            and self.window_end < self.window_start
        )
