"""Emergency signs that are not leg-cramp fields: chest pain, breathlessness, cramps elsewhere.

They map to red-flag ids of content/en/knowledge/doctor.yaml and are answered before anything
else, whether or not the message also reports a leg cramp.
"""

from __future__ import annotations

import re

_NEGATED = re.compile(
    r"\b(?:no|not|without|never|don'?t|didn'?t|haven'?t|isn'?t|wasn'?t)\b[\w\s']{0,15}$"
)
_CHEST_OR_BREATH = re.compile(
    r"\bchest\b[^.!?\n]{0,25}?\b(?:pain\w*|hurt\w*|tight\w*|pressure|ache\w*|heavy)\b"
    r"|\b(?:pain\w*|tight\w*|pressure|ache)\b[^.!?\n]{0,12}?\b(?:in|on)\s+(?:my\s+|the\s+)?chest\b"
    r"|\b(?:short(?:ness)?\s+of\s+breath|breathless\w*|can'?t\s+breathe|cannot\s+breathe"
    r"|hard\s+to\s+breathe|struggling\s+to\s+breathe|trouble\s+breathing)\b",
    re.IGNORECASE,
)
_CRAMP_ELSEWHERE = re.compile(
    r"\b(?:cramp\w*|spasm\w*)\b[^.!?\n]{0,20}?\b(?:in|on)\s+(?:my\s+|the\s+|both\s+)?"
    r"(?:chest|arms?|belly|stomach|abdomen|tummy)\b"
    r"|\b(?:chest|arms?|belly|stomach|abdomen|abdominal|tummy)\s+(?:cramp\w*|spasm\w*)\b",
    re.IGNORECASE,
)
CHEST_PAIN = "chest_pain_breathless"
CRAMP_ELSEWHERE = "chest_arms_belly"


def _found(pattern: re.Pattern[str], text: str) -> bool:
    return any(not _NEGATED.search(text[: m.start()]) for m in pattern.finditer(text))


def urgent_flags(text: str) -> list[str]:
    """Red-flag ids for chest pain or breathlessness and for cramps in chest, arms or belly."""
    flags = []
    if _found(_CHEST_OR_BREATH, text):
        flags.append(CHEST_PAIN)
    if _found(_CRAMP_ELSEWHERE, text):
        flags.append(CRAMP_ELSEWHERE)
    return flags
