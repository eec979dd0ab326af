"""The weekly summary: once a week on a day and at a time the user picks, written from the diary.

Its message is composed at send time (`ReminderKind.composed`, `BotData.reminder_composers`,
`bot/handlers/weekly.py`), and a week with nothing in the diary sends nothing: the composer
says so and the delivery is recorded `skipped` (docs/reminders.md).

The day needs no column of its own: `anchor` holds a date on that weekday, always in the week
of Monday 2001-01-01 (`REFERENCE_MONDAY`), so the same day and time is the same reminder (a
duplicate is recognised) and the stored date says nothing but the weekday.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import ClassVar

from bot.reminders.kinds import Description, ReminderKind, register
from bot.reminders.kinds.args import ArgsError, ParsedReminder, leading_time, note, quoted
from bot.reminders.slots import weekly
from bot.reminders.spec import ReminderSpec

REFERENCE_MONDAY = date(2001, 1, 1)
SUNDAY = 6
# Day words, Monday first: "mon", "monday", "mondays", "Mon." ...
_DAYS = (
    ("mon", "monday"), ("tue", "tues", "tuesday"), ("wed", "weds", "wednesday"),
    ("thu", "thur", "thurs", "thursday"), ("fri", "friday"), ("sat", "saturday"),
    ("sun", "sunday"),
)  # fmt: skip
_DAY_WORDS = {word: index for index, words in enumerate(_DAYS) for word in words}
_LEADING_DAY_RE = re.compile(r"^(?P<day>[a-z]+?)(?:s|\.)?(?=\s|$)", re.IGNORECASE)
_FILLERS = ("every", "on")


def on_weekday(weekday: int) -> date:
    """The anchor of a weekly reminder on `weekday` (0 Monday ... 6 Sunday)."""
    return REFERENCE_MONDAY + timedelta(days=weekday)


def _drop_filler(text: str) -> str:
    """`every sunday` / `on sunday` -> `sunday`."""
    first, _, rest = text.strip().partition(" ")
    return rest.strip() if first.lower() in _FILLERS and rest.strip() else text.strip()


def leading_day(text: str) -> tuple[int, str] | None:
    """A day of the week at the start of `text` (after an optional `every` or `on`) and the
    rest; None when the first word is no day."""
    text = _drop_filler(text)
    match = _LEADING_DAY_RE.match(text)
    if match is None:
        return None
    found = _DAY_WORDS.get(match["day"].lower())
    return None if found is None else (found, text[match.end() :].strip())


@register
class Weekly(ReminderKind):
    """`/remind weekly sun 19:00` (or `sunday 7pm`, `19:00 on sun`): the last 7 days from the
    diary, once a week.

    A duplicate is noise and a lost one costs one week's numbers: never resent after a
    timeout. The week it covers ends at its slot, so it says the same a day late (grace 1
    day); one that falls in quiet hours waits for their end (quiet hours of at most 20 h end
    within its grace, so it always comes).
    """

    name = "weekly"
    words = ("summary", "week")
    order = 40
    grace = timedelta(days=1)
    quiet_defers = True
    composed = True
    one_per_user = True  # a new day or time moves the summary the user had
    default_day: ClassVar[int] = SUNDAY
    default_at: ClassVar[time] = time(19, 0)

    def valid(self, spec: ReminderSpec) -> bool:
        return (
            spec.anchor is not None
            and spec.at_time is not None
            and spec.anchor == on_weekday(spec.anchor.weekday())
        )

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.anchor is not None and spec.at_time is not None
        return weekly(spec.anchor.weekday(), spec.at_time, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        """`<day> [at] <time> [note]` or `<time> [on] <day> [note]`."""
        if not rest.strip():
            return ArgsError("missing_args")
        day = leading_day(rest)
        if day is not None:
            weekday, tail = day
            timed = leading_time(tail)
            if isinstance(timed, ArgsError):
                return timed
            at, tail = timed
            if at is None and not tail:
                return ArgsError("missing_time")
            if at is None:
                return ArgsError("bad_time", text=quoted(tail.split()[0]))
        else:
            timed = leading_time(rest)
            if isinstance(timed, ArgsError):
                return timed
            at, tail = timed
            if at is None:
                return ArgsError("bad_day", text=quoted(_drop_filler(rest).split()[0]))
            day = leading_day(tail)
            if day is None and not tail:
                return ArgsError("missing_day")
            if day is None:
                return ArgsError("bad_day", text=quoted(_drop_filler(tail).split()[0]))
            weekday, tail = day
        spec = ReminderSpec(kind=self.name, anchor=on_weekday(weekday), at_time=at,
                            note=note(tail))  # fmt: skip
        return ParsedReminder(spec)

    def default(self, *, today: date) -> ReminderSpec:
        """Sundays at 19:00."""
        return ReminderSpec(kind=self.name, anchor=on_weekday(self.default_day),
                            at_time=self.default_at)  # fmt: skip

    def describe(self, spec: ReminderSpec) -> Description:
        assert spec.anchor is not None
        return f"what_{spec.anchor.weekday()}", {"time": spec.at_time}

    def created_notes(self, spec: ReminderSpec) -> tuple[str, ...]:
        """It comes only in weeks with something in the diary."""
        return ("created_note",)

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same day at `at`."""
        return replace(spec, at_time=at)
