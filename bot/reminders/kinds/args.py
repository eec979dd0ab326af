"""Shared pieces of /remind's arguments: clock times, windows, "every ...", notes. Pure.

Each kind parses its own arguments with these; error codes only (the view maps each code to
a text: the kind's own `error_<code>` when it has one, else the common one). An error may
carry the words it could not read (`ArgsError.text`), which the answer quotes.

Times of day: `21:30`, `21.30`, `9:30pm`, `9pm`, `9 pm`, `9 p.m.`, `21h`, `21h30`. A bare
hour (`9`) is read only inside a window (`23-7`), where the dash says it is a time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import time

from bot.reminders.spec import ReminderSpec

MAX_NOTE_CHARS = 200
MAX_QUOTED_CHARS = 40
_CLOCK = (
    r"(?P<h>\d{1,2})(?:(?:[:.]|h)(?P<m>\d{1,2}))?"
    r"(?:\s*(?P<suffix>[ap]\.?\s?m\.?|h|hrs?)(?![a-z]))?"
)
CLOCK_RE = re.compile(rf"^{_CLOCK}$", re.IGNORECASE)
LEADING_CLOCK_RE = re.compile(rf"^{_CLOCK}(?=\s|$)", re.IGNORECASE)
# Between the two ends of a window: a dash (-, en dash, em dash), "to", "till" or "until".
RANGE_SEP_RE = re.compile(r"\s*(?:[-‐‑‒–—―]|\s(?:to|till|until)\s)\s*", re.IGNORECASE)
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
    """Why the arguments were refused: a code, the kind they were for (if known), and the
    words that could not be read (if any), to quote back."""

    code: str
    kind: str | None = None
    text: str | None = None


@dataclass(frozen=True, slots=True)
class ParsedReminder:
    """A valid reminder; crosses_midnight is True for a window such as 22:00-02:00."""

    spec: ReminderSpec
    crosses_midnight: bool = False


def quoted(text: str) -> str:
    """The user's words as quoted back: whitespace collapsed, cut to MAX_QUOTED_CHARS."""
    words = " ".join(text.split())
    return words if len(words) <= MAX_QUOTED_CHARS else words[: MAX_QUOTED_CHARS - 1] + "…"


def _clock_of(match: re.Match[str], *, bare: bool) -> time | None:
    hour = int(match["h"])
    minute = int(match["m"]) if match["m"] is not None else 0
    if match["m"] is not None and len(match["m"]) != 2:
        return None  # 21:7 is a typo, not 21:07
    suffix = (match["suffix"] or "").lower().replace(".", "").replace(" ", "")
    if suffix in ("am", "pm"):
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if suffix == "pm" else 0)
    elif not suffix and match["m"] is None and not bare:
        return None  # "9" alone: nine in the morning or the evening?
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def parse_clock(token: str, *, bare: bool = False) -> time | None:
    """A time of day (`21:30`, `9.30`, `9:30pm`, `9 pm`, `21h`); None when it is not one.

    `bare` also reads a lone hour (`23`), as the ends of a window do.
    """
    match = CLOCK_RE.match(" ".join(token.split()))
    return _clock_of(match, bare=bare) if match else None


def leading_clock(text: str) -> tuple[time, str] | ArgsError | None:
    """A time of day at the start of `text` and the rest; None when `text` does not start with
    a number; bad_time (quoting it) when it starts with one that is no time of day."""
    text = text.strip()
    match = LEADING_CLOCK_RE.match(text)
    if match is None:
        if re.match(r"^\d", text):
            return ArgsError("bad_time", text=quoted(text.split()[0]))
        return None
    at = _clock_of(match, bare=False)
    if at is None:
        return ArgsError("bad_time", text=quoted(match[0]))
    return at, text[match.end() :].strip()


def clock_range(text: str) -> tuple[time, time] | ArgsError:
    """`08:00-22:00`, `11pm-6am`, `23-7`, `22.30–7.30`, `9am to 5pm` as (start, end); the end
    may be earlier (the range crosses midnight) or equal (empty: the caller decides)."""
    text = " ".join(text.split())
    parts = RANGE_SEP_RE.split(text, maxsplit=1)
    if len(parts) != 2 or not parts[0] or not parts[1]:
        return ArgsError("bad_window", text=quoted(text))
    ends = []
    for part in parts:
        at = parse_clock(part, bare=True)
        if at is None:
            known = bool(re.match(r"^\d", part))  # a number that is not a time: say which
            return ArgsError("bad_time" if known else "bad_window",
                             text=quoted(part if known else text))  # fmt: skip
        ends.append(at)
    return ends[0], ends[1]


def window(token: str) -> tuple[time, time] | ArgsError:
    """A daily window (`08:00-22:00`, `8am-10pm`) as (start, end); the end may be earlier (the
    window crosses midnight) but not equal."""
    found = clock_range(token)
    if isinstance(found, ArgsError):
        return found
    if found[0] == found[1]:
        return ArgsError("bad_window", text=quoted(token))
    return found


def note(text: str) -> str | None:
    """The user's note, whitespace collapsed and cut to MAX_NOTE_CHARS; None when empty."""
    cleaned = " ".join(text.split())[:MAX_NOTE_CHARS]
    return cleaned or None


def leading_time(text: str) -> tuple[time | None, str] | ArgsError:
    """An optional leading `at 10:30` / `10:30` / `at 9pm`, and the rest of the text."""
    stripped = text.strip()
    first, _, tail = stripped.partition(" ")
    if first.lower() == "at":
        found = leading_clock(tail)
        if found is None:
            return ArgsError("bad_time", text=quoted(tail.split()[0] if tail.split() else "at"))
        return found
    found = leading_clock(stripped)
    if found is None:
        return None, text
    return found


def daily_at(kind: str, rest: str) -> ParsedReminder | ArgsError:
    """The arguments of a daily kind: a clock time, then an optional note (`21:30 calves`)."""
    if not rest:
        return ArgsError("missing_args")
    found = leading_clock(rest)
    if found is None:
        return ArgsError("bad_time", text=quoted(rest.split()[0]))
    if isinstance(found, ArgsError):
        return found
    at, tail = found
    return ParsedReminder(ReminderSpec(kind=kind, at_time=at, note=note(tail)))
