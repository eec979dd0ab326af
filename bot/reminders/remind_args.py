"""Arguments of /remind and /quiet -> a reminder spec, quiet hours, or a typed error. Pure.

The first word of /remind names the kind (its name or one of its words); the kind parses the
rest (`bot/reminders/kinds/`). Error codes only; the view maps each code to a content text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time

from bot.reminders.kinds import by_word
from bot.reminders.kinds.args import ArgsError, ParsedReminder, clock_range, parse_clock, quoted

__all__ = ["MAX_QUIET_MINUTES", "ArgsError", "ParsedQuiet", "ParsedReminder", "parse_clock",
           "parse_quiet", "parse_remind", "quiet_minutes"]  # fmt: skip
# Longer quiet hours leave too little of the day for any reminder: refused, with the reason.
MAX_QUIET_MINUTES = 20 * 60
OFF_WORDS = ("off", "none", "no", "clear", "never")


@dataclass(frozen=True, slots=True)
class ParsedQuiet:
    """Quiet hours, or None for `off`."""

    hours: tuple[time, time] | None
    crosses_midnight: bool = False


def parse_remind(text: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
    """Parse what follows `/remind`, for a user in `zone` at the aware instant `now`."""
    words = " ".join(text.split())
    if not words:
        return ArgsError("missing_args")
    head, _, rest = words.partition(" ")
    found = by_word(head)
    if found is None:
        return ArgsError("unknown_kind")
    parsed = found.parse_args(rest, zone=zone, now=now)
    if isinstance(parsed, ArgsError) and parsed.kind is None:
        return replace(parsed, kind=found.name)
    return parsed


def quiet_minutes(start: time, end: time) -> int:
    """How long quiet hours from `start` to `end` last, in minutes (crossing midnight)."""
    minutes = (end.hour * 60 + end.minute) - (start.hour * 60 + start.minute)
    return minutes % (24 * 60)


def parse_quiet(text: str) -> ParsedQuiet | ArgsError:
    """Parse what follows `/quiet`: `22:30-07:30` (or `11pm-6am`, `23-7`, `22.30–7.30`), or
    `off` to clear quiet hours.

    Refused with a reason: an empty window (`07:00-07:00`: `empty_window`) and one longer
    than MAX_QUIET_MINUTES (`00:00-23:59`: `window_too_long`), which would leave no time for
    reminders; unreadable words are quoted back (`bad_window`, `bad_time`).
    """
    words = " ".join(text.split())
    if not words:
        return ArgsError("missing_args")
    if words.lower() in OFF_WORDS:
        return ParsedQuiet(None)
    hours = clock_range(words)
    if isinstance(hours, ArgsError):
        return hours
    length = quiet_minutes(*hours)
    if length == 0:
        return ArgsError("empty_window", text=quoted(words))
    if length > MAX_QUIET_MINUTES:
        return ArgsError("window_too_long", text=quoted(words))
    return ParsedQuiet(hours, crosses_midnight=hours[1] < hours[0])
