"""The morning check-in: daily at a time, "Any leg cramps last night?" in taps.

Its message is composed from the user's diary (a night already logged is confirmed, not asked
again; after three unanswered mornings it pauses), so a feature writes it:
`ReminderKind.composed`, `BotData.reminder_composers` (`bot/handlers/checkin.py`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.reminders.kinds import Description, ReminderKind, register
from bot.reminders.kinds.args import ArgsError, ParsedReminder, daily_at
from bot.reminders.slots import daily
from bot.reminders.spec import ReminderSpec


@register
class CheckIn(ReminderKind):
    """`/remind checkin 07:30` (or 7:30am, 7am, 07h: see `args.parse_clock`).

    Daily, so a lost one costs one night's answer and a duplicate is noise: never resent
    after a timeout. It asks about the night just gone, so it is still useful until late
    morning (4 h); one that falls in quiet hours waits for their end (it never comes inside
    them) or, past its grace, is missed.
    """

    name = "checkin"
    words = ("check-in", "morning")
    order = 25
    grace = timedelta(hours=4)
    quiet_defers = True
    composed = True

    def valid(self, spec: ReminderSpec) -> bool:
        return spec.at_time is not None

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.at_time is not None
        return daily(spec.at_time, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        return daily_at(self.name, rest)

    def default(self, *, today: date) -> ReminderSpec:
        """At 08:00."""
        return ReminderSpec(kind=self.name, at_time=time(8, 0))

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same check-in at `at`."""
        return replace(spec, at_time=at)

    def describe(self, spec: ReminderSpec) -> Description:
        return "what", {"time": spec.at_time}
