"""Recognise good news: a message saying there were no cramps ("no cramps last night!")."""

from __future__ import annotations

import re

_NO_CRAMPS = re.compile(
    r"\b(?:no|zero|0|without(?:\s+any)?|free\s+of|not\s+a\s+single|not\s+one)\s+"
    r"(?:leg\s+|night\s+|calf\s+)?(?:cramps?|cramping|charley\s+horses?)\b"
    r"|\bcramp[\s-]?free\b"
    r"|\b(?:didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not|never)\s+"
    r"(?:\w+\s+){0,2}(?:cramp(?:ed)?|had\s+(?:a\s+|any\s+)?cramps?)\b",
    re.IGNORECASE,
)
# A message that asks anything is a question, wherever it asks ("why does it only ever happen
# in bed?? never once had a cramp during the day"): answered, not praised.
_QUESTION = re.compile(r"\?")


def says_no_cramps(text: str) -> bool:
    """True when the message reports the absence of cramps (and asks nothing)."""
    return bool(_NO_CRAMPS.search(text)) and not _QUESTION.search(text)
