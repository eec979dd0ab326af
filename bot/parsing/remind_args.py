"""Arguments of /remind and /quiet -> a reminder spec, quiet hours, or a typed error. Pure.

Error codes only; the handler maps each code to a content text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

from bot.reminders.schedule import (
    CHECKUP,
    DEFAULT_CHECKUP_TIME,
    HYDRATION,
    MAX_EVERY_MONTHS,
    MAX_INTERVAL_MINUTES,
    MIN_INTERVAL_MINUTES,
    STRETCH,
    ReminderSpec,
    resolve_wall,
)

ErrorCode = Literal[
    "unknown_kind",
    "interval_too_short",
    "bad_interval",
    "bad_time",
    "bad_window",
    "bad_date",
    "date_in_past",
    "missing_args",
]
DEFAULT_WINDOW = (time(8, 0), time(22, 0))
MAX_NOTE_CHARS = 200

_KINDS = {
    "hydration": HYDRATION, "water": HYDRATION, "drink": HYDRATION,
    "stretch": STRETCH, "stretching": STRETCH,
    "checkup": CHECKUP, "check-up": CHECKUP, "check": CHECKUP, "bloodtest": CHECKUP,
}  # fmt: skip
_TIME = r"\d{1,2}[:.]\d{1,2}"
_TIME_RE = re.compile(r"^(\d{1,2})[:.](\d{2})$")
_WINDOW_RE = re.compile(rf"^({_TIME})\s*(?:-|–|to)\s*({_TIME})?$", re.IGNORECASE)
_LOOSE_WINDOW_RE = re.compile(r"^\S*\d\S*\s*(?:-|–)\s*\S*$")
_EVERY_RE = re.compile(
    r"^every\s+(?:(?P<n>\d+(?:[.,]\d+)?)\s*)?(?P<unit>[a-z]+)?(?:\s+(?P<rest>.*))?$",
    re.IGNORECASE | re.DOTALL,
)
_MINUTE_UNITS = {"m", "min", "mins", "minute", "minutes"}
_HOUR_UNITS = {"h", "hr", "hrs", "hour", "hours"}
_MONTH_UNITS = {"month", "months", "mo"}
_YEAR_UNITS = {"year", "years", "y"}
_DATE_RE = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}$")


@dataclass(frozen=True, slots=True)
class ArgsError:
    """Why the arguments were refused."""

    code: ErrorCode


@dataclass(frozen=True, slots=True)
class ParsedReminder:
    """A valid reminder; crosses_midnight is True for a window such as 22:00-02:00."""

    spec: ReminderSpec
    crosses_midnight: bool = False


@dataclass(frozen=True, slots=True)
class ParsedQuiet:
    """Quiet hours, or None for `off`."""

    hours: tuple[time, time] | None
    crosses_midnight: bool = False


def parse_clock(token: str) -> time | None:
    """`21:30`, `9:00` or `9.00` as a time; None when it is not a valid time of day."""
    match = _TIME_RE.match(token.strip())
    if not match:
        return None
    hour, minute = int(match[1]), int(match[2])
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _window(token: str) -> tuple[time, time] | ArgsError:
    match = _WINDOW_RE.match(token)
    if not match or match[2] is None:
        return ArgsError("bad_window")
    start, end = parse_clock(match[1]), parse_clock(match[2])
    if start is None or end is None:
        return ArgsError("bad_time")
    if start == end:
        return ArgsError("bad_window")
    return start, end


def _note(text: str) -> str | None:
    note = " ".join(text.split())[:MAX_NOTE_CHARS]
    return note or None


def _hydration(rest: str) -> ParsedReminder | ArgsError:
    match = _EVERY_RE.match(rest)
    if not match:
        return ArgsError("missing_args" if not rest else "bad_interval")
    raw, unit = match["n"], (match["unit"] or "").lower()
    if unit in _HOUR_UNITS:
        factor = 60
    elif unit in _MINUTE_UNITS:
        factor = 1
    else:
        return ArgsError("bad_interval")
    amount = float((raw or "1").replace(",", "."))
    minutes = amount * factor
    if minutes != int(minutes) or minutes <= 0 or minutes > MAX_INTERVAL_MINUTES:
        return ArgsError("bad_interval")
    if minutes < MIN_INTERVAL_MINUTES:
        return ArgsError("interval_too_short")
    window_text = (match["rest"] or "").strip()
    if window_text:
        if not (_WINDOW_RE.match(window_text) or _LOOSE_WINDOW_RE.match(window_text)):
            return ArgsError("bad_window")
        window = _window(window_text)
        if isinstance(window, ArgsError):
            return window
    else:
        window = DEFAULT_WINDOW
    spec = ReminderSpec(
        kind=HYDRATION, interval_minutes=int(minutes), window_start=window[0],
        window_end=window[1],
    )  # fmt: skip
    return ParsedReminder(spec, crosses_midnight=spec.crosses_midnight)


def _stretch(rest: str) -> ParsedReminder | ArgsError:
    if not rest:
        return ArgsError("missing_args")
    first, _, tail = rest.partition(" ")
    at = parse_clock(first)
    if at is None:
        return ArgsError("bad_time")
    return ParsedReminder(ReminderSpec(kind=STRETCH, at_time=at, note=_note(tail)))


def _leading_time(text: str) -> tuple[time | None, str] | ArgsError:
    first, _, tail = text.strip().partition(" ")
    if first.lower() == "at":
        first, _, tail = tail.strip().partition(" ")
        at = parse_clock(first)
        return (at, tail) if at is not None else ArgsError("bad_time")
    if re.match(r"^\d{1,2}[:.]\d", first):
        at = parse_clock(first)
        return (at, tail) if at is not None else ArgsError("bad_time")
    return None, text


def _checkup(rest: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
    if not rest:
        return ArgsError("missing_args")
    local_today = now.astimezone(ZoneInfo(zone)).date()
    every = _EVERY_RE.match(rest)
    if every:
        unit = (every["unit"] or "").lower()
        if unit in _MONTH_UNITS:
            factor = 1
        elif unit in _YEAR_UNITS:
            factor = 12
        else:
            return ArgsError("bad_interval")
        raw = every["n"] or "1"
        if not raw.isdigit() or not 1 <= int(raw) * factor <= MAX_EVERY_MONTHS:
            return ArgsError("bad_interval")
        timed = _leading_time(every["rest"] or "")
        if isinstance(timed, ArgsError):
            return timed
        at, tail = timed
        spec = ReminderSpec(
            kind=CHECKUP, every_months=int(raw) * factor, anchor=local_today,
            at_time=at or DEFAULT_CHECKUP_TIME, note=_note(tail),
        )  # fmt: skip
        return ParsedReminder(spec)
    first, _, tail = rest.partition(" ")
    if not _DATE_RE.match(first):
        return ArgsError("bad_date")
    try:
        day = date.fromisoformat("-".join(part.zfill(2) for part in first.split("-")))
    except ValueError:
        return ArgsError("bad_date")
    timed = _leading_time(tail)
    if isinstance(timed, ArgsError):
        return timed
    at, tail = timed
    once_at = datetime.combine(day, at or DEFAULT_CHECKUP_TIME)
    if resolve_wall(once_at, zone) <= now:
        return ArgsError("date_in_past")
    spec = ReminderSpec(kind=CHECKUP, once_at=once_at, at_time=at or DEFAULT_CHECKUP_TIME,
                        note=_note(tail))  # fmt: skip
    return ParsedReminder(spec)


def parse_remind(text: str, *, zone: str, now: datetime) -> ParsedReminder | ArgsError:
    """Parse what follows `/remind`, for a user in `zone` at the aware instant `now`."""
    words = " ".join(text.split())
    if not words:
        return ArgsError("missing_args")
    head, _, rest = words.partition(" ")
    kind = _KINDS.get(head.lower())
    if kind is None:
        return ArgsError("unknown_kind")
    if kind == HYDRATION:
        return _hydration(rest)
    if kind == STRETCH:
        return _stretch(rest)
    return _checkup(rest, zone=zone, now=now)


def parse_quiet(text: str) -> ParsedQuiet | ArgsError:
    """Parse what follows `/quiet`: `22:30-07:30`, or `off` to clear quiet hours."""
    words = " ".join(text.split())
    if not words:
        return ArgsError("missing_args")
    if words.lower() in ("off", "none", "no"):
        return ParsedQuiet(None)
    window = _window(words)
    if isinstance(window, ArgsError):
        return window
    return ParsedQuiet(window, crosses_midnight=window[1] < window[0])
