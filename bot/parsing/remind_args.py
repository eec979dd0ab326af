"""Arguments of /remind and /quiet -> a reminder spec, quiet hours, or a typed error. Pure.

The first word of /remind names the kind (its name or one of its words); the kind parses the
rest (`bot/reminders/kinds/`). Error codes only; the view maps each code to a content text.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, time

from bot.reminders.kinds import by_word
from bot.reminders.kinds.args import ArgsError, ParsedReminder, parse_clock, window

__all__ = ["ArgsError", "ParsedQuiet", "ParsedReminder", "parse_clock", "parse_quiet",
           "parse_remind"]  # fmt: skip


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


def parse_quiet(text: str) -> ParsedQuiet | ArgsError:
    """Parse what follows `/quiet`: `22:30-07:30`, or `off` to clear quiet hours."""
    words = " ".join(text.split())
    if not words:
        return ArgsError("missing_args")
    if words.lower() in ("off", "none", "no"):
        return ParsedQuiet(None)
    hours = window(words)
    if isinstance(hours, ArgsError):
        return hours
    return ParsedQuiet(hours, crosses_midnight=hours[1] < hours[0])
