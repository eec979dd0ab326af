"""Recognise a user telling their local time ("it is 14:05 here", "it's 2:05 pm here")."""

from __future__ import annotations

import re
from datetime import time

_TIME_TELL = re.compile(
    r"""^\s*(?:(?:it\s*is|it'?s|its|my\s+time\s+is|local\s+time\s+is|here\s+it'?s|here\s+it\s+is|the\s+time\s+is)\s+)
        (?:now\s+)?
        (?P<h>\d{1,2})(?:[:.h](?P<m>\d{2}))?\s*(?P<ampm>a\.?m\.?|p\.?m\.?)?
        (?:\s+(?:here|now|for\s+me|where\s+i\s+(?:am|live)))*\s*[.!]?\s*$""",
    re.IGNORECASE | re.VERBOSE,
)


def parse_local_time(text: str) -> time | None:
    """The wall-clock time a user says it is, or None when the text is not that."""
    match = _TIME_TELL.match(text)
    if not match:
        return None
    hour, minute = int(match["h"]), int(match["m"] or 0)
    ampm = (match["ampm"] or "").lower().replace(".", "")
    if ampm:
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if ampm == "pm" else 0)
    elif match["m"] is None:
        return None  # "it is 5 here" is too vague to be a time
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)
