"""Which of the two instants of a repeated wall time a message means.

When the clocks go back, the hour before the change comes round twice (in London 01:00 to
01:59 on the last Sunday of October). The time reader takes the later of the two that is not
after the message (``timephrases.latest_not_after``), and keeps it unless the message says
otherwise: the clocks going back told as coming after the cramp ("woke at 1:30 with my calf
cramping, then the clocks went back at 2, so 1:30 came round again", "calf cramp at 1:30,
just before the clocks changed") mean the first of the two. A pass named by its ordinal ("the
first 1:15", "maybe it was the 2nd 1:45") is that pass; a doubt between them ("the 1st or the
2nd 1:45") is read as the hour, as if none were named.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import UTC, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.timephrases import TimeInfo, wall_candidates

# The clocks going back: "the clocks went back", "the time changed", "the hour fell back".
_BACK_RE: Final = re.compile(
    r"\b(?:clocks?|time|hour)\s+(?:\w+\s+)?(?:(?:went|go|goes|going|gone|had\s+gone|fell|falls"
    r"|was\s+put|were\s+put|turned|rolled)\s+back|changed|change|changing)\b|\bfall\s+back\b"
)
# ... told as after the cramp: "then the clocks went back" told after it, or "before the clocks
# changed" anywhere.
_THEN_BEFORE_RE: Final = re.compile(
    r"\b(?:(?P<then>then|after\s+that|afterwards?|later)|before)\s+(?:(?:the|all|our)\s+)?$"
)


def _told_after_the_cramp(norm: str, cramp_end: int) -> bool:
    for m in _BACK_RE.finditer(norm):
        lead = _THEN_BEFORE_RE.search(norm, max(0, m.start() - 25), m.start())
        if lead is not None and (lead.group("then") is None or m.start() >= cramp_end):
            return True
    return False


# The pass told by its ordinal, right before the clock time: "the 2nd 1:45", "the second
# 1:30", "the first 1:15".
_PASS_RE: Final = re.compile(
    r"\b(?:(?P<first>first|1st)|(?P<second>second|2nd))\s+(?:one\s+|time\s+)?(?:at\s+)?"
    r"(?P<h>\d{1,2})[:.](?P<m>\d{2})(?!\d)"
)


def _told_pass(norm: str, hour: int, minute: int) -> int | None:
    """Which pass of the repeated wall time hour:minute the message names by its ordinal (0 the
    first, 1 the second); None when it names none, or both ("the 1st or the 2nd 1:45": a doubt,
    read as the hour)."""
    passes = {
        0 if m.group("first") else 1
        for m in _PASS_RE.finditer(norm)
        if (int(m.group("h")) % 12, int(m.group("m"))) == (hour % 12, minute)
    }
    if len(passes) == 1 and _DOUBT_RE.search(norm) is None:
        return passes.pop()
    return None


# A doubt between the two passes: "the 1st or the 2nd 1:45", "not sure which 1:45".
_DOUBT_RE: Final = re.compile(
    r"\b(?:first|1st|second|2nd)\s+or\s+(?:the\s+)?(?:first|1st|second|2nd)\b"
    r"|\b(?:not\s+sure|no\s+idea|dunno|don'?t\s+know)\s+which\b"
)


_CUES: Final = ("back", "chang", "1st", "2nd", "first", "second")


def first_of_the_repeat(found: TimeInfo, norm: str, cramp_end: int, tz: ZoneInfo) -> TimeInfo:
    """``found`` moved to the first of a repeated wall time's two instants when the message
    tells the clocks going back after the cramp (see above), or to the pass it names ("the
    first 1:15", "the 2nd 1:45"); else ``found`` as it is."""
    at = found.occurred_at
    if at is None or not any(cue in norm for cue in _CUES):
        return found
    local = at.astimezone(tz)
    both = wall_candidates(local.date(), local.hour, local.minute, tz)
    if len(both) != 2:
        return found  # not a repeated wall time
    told = _told_pass(norm, local.hour, local.minute)
    if told is not None:
        chosen = both[told] + timedelta(seconds=at.second)  # (UTC: no wall-clock arithmetic)
        return replace(found, occurred_at=chosen.astimezone(tz))
    if at.astimezone(UTC).replace(second=0) != both[1]:
        return found  # already the first of its two
    if not _told_after_the_cramp(norm, cramp_end):
        return found
    first = both[0] + timedelta(seconds=at.second)
    return replace(found, occurred_at=first.astimezone(tz))
