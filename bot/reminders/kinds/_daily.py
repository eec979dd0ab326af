"""The base of the kinds that come once a day at a time (`/remind <kind> 21:30 [note]`)."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time
from typing import ClassVar

from bot.reminders.kinds import Description, ReminderKind
from bot.reminders.kinds.args import ArgsError, ParsedReminder, daily_at
from bot.reminders.slots import daily
from bot.reminders.spec import ReminderSpec


class Daily(ReminderKind):
    """Daily at `at_time` (CronTrigger slots); one-tap default at `default_at`; movable."""

    default_at: ClassVar[time]

    def valid(self, spec: ReminderSpec) -> bool:
        return spec.at_time is not None

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.at_time is not None
        return daily(spec.at_time, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        return daily_at(self.name, rest)

    def default(self, *, today: date) -> ReminderSpec:
        """At `default_at`."""
        return ReminderSpec(kind=self.name, at_time=self.default_at)

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same reminder at `at`."""
        return replace(spec, at_time=at)

    def describe(self, spec: ReminderSpec) -> Description:
        return "what", {"time": spec.at_time}
