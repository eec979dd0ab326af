"""A journey told with its length: a flight, a drive, a leg of a trip, a coach or a ferry
("landed from Dubai this morning, 7 and a half hrs", "last leg 3.5 hrs", "the journey home took
4 hours"). It is another event than the cramp, and its length is not the cramp's, unless the
cramp is told to have lasted the whole of it ("cramped for the whole 2 hour drive").

Works on normalised (lower-case) text."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.numbers import NUMBER_RE, amount

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
# A cramp that lasted the whole of an event told with its length: "cramped for the whole 2
# hour drive", "my calf was locked the entire 3 hour flight home" (not "the cramp made me miss
# the whole 2 hour show", nor cramps on and off through it: a spell, not one cramp's length).
_THE_WHOLE_RE: Final = re.compile(
    r"\b(?:cramp\w*|seiz\w*|lock\w*|knott?ed|spasm\w*|stuck)(?:\s+(?:up|hard|solid|badly))?\s+"
    r"(?:(?:for|through|throughout|all\s+through|during)\s+)?"
    r"(?:the|my|our|that)\s+(?:whole|entire|full)\s+"
    rf"(?P<n>{NUMBER_RE}|half\s+an?)(?P<half>\s+and\s+a\s+half)?[\s-]*(?P<unit>hours?|hrs?|h"
    r"|minutes?|mins?)[\s-]+[a-z]{3,}"
)


def the_whole_of(text: str) -> tuple[int, int] | None:
    """Where a cramp told to have lasted the whole of an event is told, and the event's
    length in seconds."""
    told = "whole" in text or "entire" in text or "full" in text
    m = _THE_WHOLE_RE.search(text) if told else None
    value = amount(m.group("n")) if m is not None else None
    if m is None or value is None:
        return None
    if m.group("half"):
        value += 0.5
    return m.start(), round(value * (3600 if m.group("unit").startswith("h") else 60))
