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
_QUESTION = re.compile(r"\?\s*$")


def says_no_cramps(text: str) -> bool:
    """True when the message reports the absence of cramps (and is not a question)."""
    return bool(_NO_CRAMPS.search(text)) and not _QUESTION.search(text.strip())
