"""Check-ups and blood tests: every N months from the day set, or once on a date."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.reminders.kinds import Description, ReminderKind, register
from bot.reminders.kinds.args import (
    EVERY_RE,
    MONTH_UNITS,
    YEAR_UNITS,
    ArgsError,
    ParsedReminder,
    leading_time,
    note,
)
from bot.reminders.slots import monthly, once, resolve_wall
from bot.reminders.spec import ReminderSpec

MAX_EVERY_MONTHS = 60
DEFAULT_TIME = time(9, 0)
_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@register
class Checkup(ReminderKind):
    """`/remind checkup every 6 months [at 10:30] [note]`, `/remind checkup 2027-03-01 [09:00]`.

    Rare (months apart) and tied to appointments or blood tests booked ahead: missing one
    costs far more than seeing it twice, so it is resent once after a timeout (2 attempts);
    it is still useful a week late; one in quiet hours waits for their end. The bot offers it
    when a doctor should be seen (frequent cramps, a warning sign, the cause finder).
    """

    name = "checkup"
    words = ("check-up", "check", "bloodtest")
    order = 30
    grace = timedelta(days=7)
    ambiguous_attempts = 2
    quiet_defers = True
    books_appointments = True

    def valid(self, spec: ReminderSpec) -> bool:
        if spec.every_months is not None and spec.anchor is not None:
            return 1 <= spec.every_months <= MAX_EVERY_MONTHS
        return spec.once_at is not None and spec.once_at.tzinfo is None

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        if spec.once_at is not None:
            return once(spec.once_at, start)
        assert spec.anchor is not None and spec.every_months is not None
        return monthly(spec.anchor, spec.every_months, spec.at_time or DEFAULT_TIME, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        if not rest:
            return ArgsError("missing_args")
        every = EVERY_RE.match(rest)
        if every:
            return self._every(every, today=now.astimezone(ZoneInfo(zone)).date())
        first, _, tail = rest.partition(" ")
        if not _DATE_RE.match(first):
            return ArgsError("bad_date")
        try:
            day = date.fromisoformat("-".join(part.zfill(2) for part in first.split("-")))
        except ValueError:
            return ArgsError("bad_date")
        timed = leading_time(tail)
        if isinstance(timed, ArgsError):
            return timed
        at, tail = timed
        once_at = datetime.combine(day, at or DEFAULT_TIME)
        if resolve_wall(once_at, zone) <= now:
            return ArgsError("date_in_past")
        spec = ReminderSpec(kind=self.name, once_at=once_at, at_time=at or DEFAULT_TIME,
                            note=note(tail))  # fmt: skip
        return ParsedReminder(spec)

    def _every(self, every: re.Match[str], *, today: date) -> ParsedReminder | ArgsError:
        unit = (every["unit"] or "").lower()
        if unit in MONTH_UNITS:
            factor = 1
        elif unit in YEAR_UNITS:
            factor = 12
        else:
            return ArgsError("bad_interval")
        raw = every["n"] or "1"
        if not raw.isdigit() or not 1 <= int(raw) * factor <= MAX_EVERY_MONTHS:
            return ArgsError("bad_interval")
        timed = leading_time(every["rest"] or "")
        if isinstance(timed, ArgsError):
            return timed
        at, tail = timed
        spec = ReminderSpec(
            kind=self.name, every_months=int(raw) * factor, anchor=today,
            at_time=at or DEFAULT_TIME, note=note(tail),
        )  # fmt: skip
        return ParsedReminder(spec)

    def default(self, *, today: date) -> ReminderSpec:
        """Every 6 months from today, at 09:00."""
        return ReminderSpec(kind=self.name, every_months=6, anchor=today, at_time=DEFAULT_TIME)

    def describe(self, spec: ReminderSpec) -> Description:
        if spec.once_at is not None:
            return "what_once", {"date": spec.once_at.date(), "time": spec.once_at.time()}
        at = spec.at_time or DEFAULT_TIME
        if spec.every_months == 1:
            return "what_every_one", {"time": at}
        return "what_every", {"months": spec.every_months, "time": at}

    def created_notes(self, spec: ReminderSpec) -> tuple[str, ...]:
        """How often is the user's choice, not medical advice (repeating ones)."""
        return ("interval_note",) if spec.every_months else ()

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same check-up at `at` (never needed for quiet hours: a check-up waits for them)."""
        if spec.once_at is not None:
            return replace(spec, once_at=datetime.combine(spec.once_at.date(), at), at_time=at)
        return replace(spec, at_time=at)

    def once(self, wall: datetime) -> ReminderSpec:
        """A one-off reminder to book an appointment (the offer after frequent cramps)."""
        return ReminderSpec(kind=self.name, once_at=wall)
