"""A journey told with its length: a flight, a drive, a leg of a trip, a coach or a ferry
("landed from Dubai this morning, 7 and a half hrs", "last leg 3.5 hrs", "the journey home took
4 hours"). It is another event than the cramp, and its length is not the cramp's.

Works on normalised (lower-case) text."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.numbers import NUMBER_RE

# Words that tell travelling, beside the flights and drives the activities name already: a
# coach or a bus as a ride ("by coach", "on the night bus", "coach trip back"), not a person
# ("coach stretched it"); "leg" as a part of a trip ("the last leg", not "each leg"); "back
# from" a place (not "my back").
JOURNEY_RE: Final = re.compile(
    r"\b(?=\w)(?:flights|journeys?|trips?|road[\s-]?trip|commut\w*|ferry|layover|stopover"
    r"|travel\w*|voyage|long[\s-]haul|red[\s-]?eye|sleeper"
    r"|(?:by|on\s+(?:the|a|an)(?:\s+\w+)?)\s+(?:coach|bus|plane|boat|train)"
    r"|(?:coach|bus|boat)\s+(?:trip|ride|journey|holiday|tour|back|home|from|to|down|up)"
    r"|(?<!my\s)(?<!the\s)(?<!lower\s)(?<!upper\s)(?:back|home)\s+from"
    r"|(?:last|first|final|second|third|fourth|return|longest|shortest|outbound|onward"
    r"|connecting)\s+legs?)\b"
)
# A length anywhere in a clause: "journey home took 4 hours", "last leg 3.5 hrs" (not a time
# told by it: "on the bus an hour ago").
A_LENGTH_RE: Final = re.compile(
    rf"(?<![\w.:/])(?:{NUMBER_RE}|an?|half\s+an?)(?:\s+and\s+a\s+half)?\s*(?:\+\s*)?"
    r"(?:hours?|hrs?|h|minutes?|mins?)\b(?!\s+(?:or\s+so\s+)?(?:ago|back|earlier|later|before))"
)
