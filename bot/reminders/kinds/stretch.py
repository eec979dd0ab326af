"""The bedtime stretch: daily at a time, with the routine in the message."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.reminders.kinds import Description, ReminderKind, register
from bot.reminders.kinds.args import ArgsError, ParsedReminder, daily_at
from bot.reminders.slots import daily
from bot.reminders.spec import ReminderSpec


@register
class Stretch(ReminderKind):
    """`/remind stretch 21:30 [note]` (or 9:30pm, 9pm, 21h: see `args.parse_clock`).

    Daily, so a lost one is harmless and a duplicate is noise: never resent after a timeout;
    still useful up to 2 h late; one in quiet hours is dropped.
    """

    name = "stretch"
    words = ("stretching",)
    order = 20
    grace = timedelta(hours=2)
    extras = ("stretch_routine",)

    def valid(self, spec: ReminderSpec) -> bool:
        return spec.at_time is not None

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.at_time is not None
        return daily(spec.at_time, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        return daily_at(self.name, rest)

    def default(self, *, today: date) -> ReminderSpec:
        """At 21:30."""
        return ReminderSpec(kind=self.name, at_time=time(21, 30))

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same stretch at `at`."""
        return replace(spec, at_time=at)

    def describe(self, spec: ReminderSpec) -> Description:
        return "what", {"time": spec.at_time}
