"""Drink reminders: every N minutes inside a daily window, skipped after a recent Done."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from bot.reminders.kinds import Description, Every, ReminderKind, register
from bot.reminders.kinds.args import (
    EVERY_RE,
    HOUR_UNITS,
    MINUTE_UNITS,
    ArgsError,
    ParsedReminder,
    window,
)
from bot.reminders.slots import every_in_window
from bot.reminders.spec import ReminderSpec

MIN_INTERVAL_MINUTES = 30
MAX_INTERVAL_MINUTES = 12 * 60
DEFAULT_WINDOW = (time(8, 0), time(22, 0))


@register
class Hydration(ReminderKind):
    """`/remind hydration every 2h 08:00-22:00` (or 8am-10pm, 8-22: see `args.clock_range`).

    A lost drink reminder is harmless (the next comes within hours) and a duplicate is noise:
    never resent after a timeout; a late one is useless after 30 minutes; one in quiet hours
    is dropped. Sends are spread over 3 minutes per user, so a cohort's leave apart.
    """

    name = "hydration"
    words = ("water", "drink")
    order = 10
    grace = timedelta(minutes=30)
    spread = timedelta(seconds=180)
    done_lookback = timedelta(minutes=MAX_INTERVAL_MINUTES + 60)

    def valid(self, spec: ReminderSpec) -> bool:
        return (
            spec.interval_minutes is not None
            and MIN_INTERVAL_MINUTES <= spec.interval_minutes <= MAX_INTERVAL_MINUTES
            and spec.window_start is not None
            and spec.window_end is not None
            and spec.window_start != spec.window_end
        )

    def slots(self, spec: ReminderSpec, start: datetime) -> Iterator[datetime]:
        assert spec.interval_minutes and spec.window_start and spec.window_end
        return every_in_window(spec.interval_minutes, spec.window_start, spec.window_end, start)

    def parse_args(self, rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
        match = EVERY_RE.match(rest)
        if not match:
            return ArgsError("missing_args" if not rest else "bad_interval")
        raw, unit = match["n"], (match["unit"] or "").lower()
        if unit in HOUR_UNITS:
            factor = 60
        elif unit in MINUTE_UNITS:
            factor = 1
        else:
            return ArgsError("bad_interval")
        minutes = float((raw or "1").replace(",", ".")) * factor
        if minutes != int(minutes) or minutes <= 0 or minutes > MAX_INTERVAL_MINUTES:
            return ArgsError("bad_interval")
        if minutes < MIN_INTERVAL_MINUTES:
            return ArgsError("interval_too_short")
        window_text = (match["rest"] or "").strip()
        hours = DEFAULT_WINDOW
        if window_text:
            found = window(window_text)
            if isinstance(found, ArgsError):
                return found
            hours = found
        spec = ReminderSpec(
            kind=self.name, interval_minutes=int(minutes), window_start=hours[0],
            window_end=hours[1],
        )  # fmt: skip
        return ParsedReminder(spec, crosses_midnight=spec.crosses_midnight)

    def default(self, *, today: date) -> ReminderSpec:
        """Every 2 h, 09:00-21:00."""
        return ReminderSpec(
            kind=self.name, interval_minutes=120, window_start=time(9), window_end=time(21)
        )

    def moved(self, spec: ReminderSpec, at: time) -> ReminderSpec:
        """The same window, as long as before, starting at `at`."""
        assert spec.window_start is not None and spec.window_end is not None

        def minutes(t: time) -> int:
            return t.hour * 60 + t.minute

        length = (minutes(spec.window_end) - minutes(spec.window_start)) % (24 * 60)
        end_minutes = (minutes(at) + length) % (24 * 60)
        end = time(end_minutes // 60, end_minutes % 60)
        return replace(spec, window_start=at, window_end=end)

    def describe(self, spec: ReminderSpec) -> Description:
        assert spec.interval_minutes
        every = Every(spec.interval_minutes)
        return "what", {"every": every, "start": spec.window_start, "end": spec.window_end}

    def skips(self, spec: ReminderSpec, slot: datetime, done_at: datetime | None) -> bool:
        """A drink marked Done since the previous slot's time makes this one unnecessary."""
        interval = timedelta(minutes=spec.interval_minutes or 0)
        return done_at is not None and done_at >= slot - interval
