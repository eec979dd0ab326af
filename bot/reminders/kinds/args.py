"""Shared pieces of /remind's arguments: clock times, windows, "every ...", notes. Pure.

Each kind parses its own arguments with these; error codes only (the view maps each code to
a text: the kind's own `error_<code>` when it has one, else the common one).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from bot.reminders.spec import ReminderSpec

MAX_NOTE_CHARS = 200
TIME = r"\d{1,2}[:.]\d{1,2}"
TIME_RE = re.compile(r"^(\d{1,2})[:.](\d{2})$")
WINDOW_RE = re.compile(rf"^({TIME})\s*(?:-|–|to)\s*({TIME})?$", re.IGNORECASE)
LOOSE_WINDOW_RE = re.compile(r"^\S*\d\S*\s*(?:-|–)\s*\S*$")
EVERY_RE = re.compile(
    r"^every\s+(?:(?P<n>\d+(?:[.,]\d+)?)\s*)?(?P<unit>[a-z]+)?(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE | re.DOTALL,
)
MINUTE_UNITS = {"m", "min", "mins", "minute", "minutes"}
HOUR_UNITS = {"h", "hr", "hrs", "hour", "hours"}
MONTH_UNITS = {"month", "months", "mo"}
YEAR_UNITS = {"year", "years", "y"}


@dataclass(frozen=True, slots=True)
class ArgsError:
    """Why the arguments were refused: a code, and the kind they were for (if known)."""

    code: str
    kind: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedReminder:
    """A valid reminder; crosses_midnight is True for a window such as 22:00-02:00."""

    spec: ReminderSpec
    crosses_midnight: bool = False


def parse_clock(token: str) -> time | None:
    """`21:30`, `9:00` or `9.00` as a time; None when it is not a valid time of day."""
    match = TIME_RE.match(token.strip())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def window(token: str) -> tuple[time, time] | ArgsError:
    """`08:00-22:00` as (start, end); the end may be earlier (the window crosses midnight)."""
    match = WINDOW_RE.match(token)
    if not match or match[2] is None:
        return ArgsError("bad_window")
    start, end = parse_clock(match[1]), parse_clock(match[2])
    if start is None or end is None:
        return ArgsError("bad_time")
    if start == end:
        return ArgsError("bad_window")
    return start, end


def note(text: str) -> str | None:
    """The user's note, whitespace collapsed and cut to MAX_NOTE_CHARS; None when empty."""
    cleaned = " ".join(text.split())[:MAX_NOTE_CHARS]
    return cleaned or None


def leading_time(text: str) -> tuple[time | None, str] | ArgsError:
    """An optional leading `at 10:30` / `10:30`, and the rest of the text."""
    first, _, tail = text.strip().partition(" ")
    if first.lower() == "at":
        first, _, tail = tail.strip().partition(" ")
        at = parse_clock(first)
        return (at, tail) if at is not None else ArgsError("bad_time")
    if re.match(r"^\d{1,2}[:.]\d", first):
        at = parse_clock(first)
        return (at, tail) if at is not None else ArgsError("bad_time")
    return None, text
