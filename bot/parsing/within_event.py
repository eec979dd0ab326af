"""A cramp placed inside an event whose clock times are told: "3 hr board exam today 10 to 1,
in the last half hour my hand cramped", "session started at 6 and about 3 hours in my calf
went", "85th minute, ko was half 10". The event's start or end on today's clock, moved by
where in it the cramp came."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.numbers import NUMBER_RE, amount, number_value
from bot.parsing.timephrases import wall_candidates

# Only an event with a span of clock time (an exam, a session on the machine, a match, a shift).
_EVENT_RE: Final = re.compile(
    r"\b(?:session|exam|paper|shift|dialysis|match|game|class|lesson|lecture|treatment|gig"
    r"|concert|service|meeting|practice|training|ko|kick\s*-?off|race|run|ride)\b"
)
# Another day named: the event is not today's, and this reading keeps to today.
_OTHER_DAY_RE: Final = re.compile(
    r"\b(?:yesterday|last\s+night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|days?\s+ago|last\s+week"
    r"|the\s+other\s+day)\b"
)
_CLOCK: Final = (
    r"(?:half\s+(?P<{n}h>\d{{1,2}})|(?P<{n}>\d{{1,2}})(?:[:.](?P<{n}m>[0-5]\d))?"
    # "7pm", "7 pm", and the nurse's "7p-7a"
    r"(?:\s*(?P<{n}p>[ap]m)|(?P<{n}q>[ap])(?![a-z]))?)"
)
_SPAN_RE: Final = re.compile(
    r"\b(?:from\s+)?"
    + _CLOCK.format(n="a")
    + r"\s*(?:to|till|until|-|–)\s*"
    + _CLOCK.format(n="b")
    + r"(?!\s*(?:min|mins|minutes|sec|secs|seconds|hours?|hrs?|h\b|days?|weeks?|times|x\b|%|/"
    r"|k\b|km|miles?|out\s+of|cramps?|glass|cups?|reps|sets|laps))"
)
_START_RE: Final = re.compile(
    r"\b(?:started|began|kicked\s+off|start(?:ed)?\s+(?:was\s+)?at|ko(?:\s+was|\s+at)?|kick\s*-?off"
    r"(?:\s+was|\s+at)?)\s+(?:at\s+|about\s+|around\s+)?" + _CLOCK.format(n="a") + r"\b"
)
_END_RE: Final = re.compile(
    r"\b(?:finished|ended|over|done|stopped)\s+(?:at\s+|about\s+|around\s+)+"
    + _CLOCK.format(n="b")
    + r"\b"
)
# Where in the event the cramp came.
_LAST_PART_RE: Final = re.compile(
    r"\bin\s+the\s+(?:last|final)\s+(?:(?P<half>half\s+(?:an\s+)?hour)|(?P<hour>hour)"
    rf"|(?P<n>{NUMBER_RE})\s*(?:min|mins|minutes))\b"
)
_HOURS_IN_RE: Final = re.compile(
    rf"\b(?P<n>{NUMBER_RE}|an?|half\s+an)\s*(?:hours?|hrs?)\s+(?:in|into)\b"
)
_HALFWAY_RE: Final = re.compile(
    r"\b(?:half\s*-?\s*way|mid\s*-?\s*way)\s+(?:through|thru|into|in)\b|\bin\s+the\s+middle\s+of\b"
)
_NTH_MINUTE_RE: Final = re.compile(r"\b(?P<n>\d{1,3})(?:st|nd|rd|th)\s+min(?:ute)?s?\b")
_HALF_TIME: Final = timedelta(minutes=15)


def _hour_minute(m: re.Match[str], name: str) -> tuple[int, int, str | None] | None:
    if m.group(f"{name}h"):  # "half 10": half past ten
        return int(m.group(f"{name}h")), 30, None
    hour = int(m.group(name))
    minute = int(m.group(f"{name}m") or 0)
    if not 0 <= hour <= 23:
        return None
    short = m.group(f"{name}q")
    return hour, minute, m.group(f"{name}p") or (f"{short}m" if short else None)


def _length(start: tuple[int, int, str | None], end: tuple[int, int, str | None]) -> timedelta:
    """How long an event from `start` to `end` lasted (a night shift runs past midnight; with
    no am or pm told, under 12 hours)."""

    def minutes(told: tuple[int, int, str | None]) -> int:
        hour, minute, meridiem = told
        if meridiem:
            hour = hour % 12 + (12 if meridiem == "pm" else 0)
        return hour * 60 + minute

    cycle = 24 * 60 if start[2] and end[2] else 12 * 60
    return timedelta(minutes=(minutes(end) - minutes(start)) % cycle or cycle)


def _latest(now: datetime, tz: ZoneInfo, told: tuple[int, int, str | None]) -> datetime | None:
    """The latest instant today, not after now, that shows the told clock time."""
    hour, minute, meridiem = told
    if meridiem:
        hours = [hour % 12 + (12 if meridiem == "pm" else 0)]
    else:
        hours = [hour] if hour > 12 or hour == 0 else [hour % 12, hour % 12 + 12]
    today = now.astimezone(tz).date()
    past = [c for h in hours for c in wall_candidates(today, h, minute, tz) if c <= now]
    return max(past) if past else None


def tells_the_events_clock(text: str) -> bool:
    """Whether `text` tells an event's clock times ("session was 3 to 7", "ko was half 10")."""
    return any(rx.search(text) for rx in (_SPAN_RE, _START_RE, _END_RE))


def within_event(text: str, now: datetime) -> datetime | None:
    """The cramp's time inside a timed event told in `text` (normalised), today, or None."""
    if _EVENT_RE.search(text) is None or _OTHER_DAY_RE.search(text) is not None:
        return None
    tz = now.tzinfo
    if not isinstance(tz, ZoneInfo):
        return None
    span = _SPAN_RE.search(text) or _END_RE.search(text)
    if span is not None and span.re is _SPAN_RE and _HALFWAY_RE.search(text):
        # "halfway through my driving lesson ... lesson was 4 till 5": the middle of the span
        start_told, end_told = _hour_minute(span, "a"), _hour_minute(span, "b")
        end = _latest(now, tz, end_told) if end_told else None
        if end is None or start_told is None or end_told is None:
            return None
        return end - _length(start_told, end_told) / 2
    last = _LAST_PART_RE.search(text)
    if span is not None and last is not None:
        end_told = _hour_minute(span, "b")
        end = _latest(now, tz, end_told) if end_told else None
        if end is None:
            return None
        if last.group("half"):
            part = timedelta(minutes=30)
        elif last.group("hour"):
            part = timedelta(hours=1)
        else:
            minutes = number_value(last.group("n"))
            if minutes is None:
                return None
            part = timedelta(minutes=minutes)
        return end - part / 2
    start_m = _START_RE.search(text)
    if start_m is None:
        return None
    start_told = _hour_minute(start_m, "a")
    start = _latest(now, tz, start_told) if start_told else None
    if start is None:
        return None
    if (hours := _HOURS_IN_RE.search(text)) is not None:
        count = amount(hours.group("n"))
        found = start + timedelta(hours=count) if count is not None else None
    elif (nth := _NTH_MINUTE_RE.search(text)) is not None:
        minute = int(nth.group("n"))
        found = start + timedelta(minutes=minute) + (_HALF_TIME if minute > 45 else timedelta(0))
    else:
        return None
    return found if found is not None and found <= now else None
