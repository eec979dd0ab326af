"""Which of the two instants of a repeated wall time a message means.

When the clocks go back, the hour before the change comes round twice (in London 01:00 to
01:59 on the last Sunday of October). The time reader takes the later of the two that is not
after the message (``timephrases.latest_not_after``), and keeps it unless the message says
otherwise: the clocks going back told as coming after the cramp ("woke at 1:30 with my calf
cramping, then the clocks went back at 2, so 1:30 came round again", "calf cramp at 1:30,
just before the clocks changed") mean the first of the two.
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


def first_of_the_repeat(found: TimeInfo, norm: str, cramp_end: int, tz: ZoneInfo) -> TimeInfo:
    """``found`` moved to the first of a repeated wall time's two instants when the message
    tells the clocks going back after the cramp (see above); else ``found`` as it is."""
    at = found.occurred_at
    if at is None or ("back" not in norm and "chang" not in norm):
        return found
    local = at.astimezone(tz)
    both = wall_candidates(local.date(), local.hour, local.minute, tz)
    if len(both) != 2 or at.astimezone(UTC).replace(second=0) != both[1]:
        return found  # not a repeated wall time, or already the first of its two
    if not _told_after_the_cramp(norm, cramp_end):
        return found
    first = both[0] + timedelta(seconds=at.second)  # (UTC: no wall-clock arithmetic)
    return replace(found, occurred_at=first.astimezone(tz))
