"""Which muscle and which side a cramp message names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# ----------------------------------------------------------------------------- muscle

_POSS = r"(?:(?:my|the|his|her|your|a)\s+)?(?:(?:left|right|l|r|lt|rt)\s+)?"
_MUSCLE_RE = re.compile(
    rf"\b(?:(?P<hamstring>back\s+of\s+{_POSS}(?:upper\s+)?(?:thighs?|upper\s+legs?)"
    r"|hamstrings?|ham\s*-?\s*strings?|biceps\s+femoris|posterior\s+thighs?)"
    rf"|(?P<quadriceps>front\s+of\s+{_POSS}(?:thighs?|upper\s+legs?)"
    r"|quadriceps|quadricep|quads?|vastus\s+\w+|rectus\s+femoris|anterior\s+thighs?)"
    rf"|(?P<shin>front\s+of\s+{_POSS}(?:lower\s+legs?|legs?)|shins?|shin\s*bones?"
    r"|tibialis(?:\s+anterior)?)"
    rf"|(?P<calf>back\s+of\s+{_POSS}(?:lower\s+)?legs?|calf|calves|calve|gastrocnemius"
    r"|gastroc|soleus|lower\s+legs?|achilles)"
    r"|(?P<toes>big\s+toes?|little\s+toes?|pinky\s+toes?|toes?|hallux)"
    rf"|(?P<foot>ball\s+of\s+{_POSS}(?:foot|feet)|bottom\s+of\s+{_POSS}(?:foot|feet)"
    r"|arch(?:es)?\s+of\s+\w+\s+(?:foot|feet)|foot|feet|arch|arches|soles?|instep|heels?"
    r"|plantar)"
    r"|(?P<thigh>inner\s+thighs?|outer\s+thighs?|thighs?|upper\s+legs?|adductors?))\b"
)
_ON_FEET_RE = re.compile(r"\b(?:on|off)\s+(?:my|his|her|our|their|your)\s+feet\b")
_CHARLEY_RE = re.compile(r"charl(?:e?y|ie)[\s-]*horse|charleyhorse")
_PLURAL_RE = re.compile(
    r"\bmy\s+(?:calves|feet|thighs|shins|hamstrings|quads|legs|lower\s+legs|hammies)\b"
)


def find_muscle(text: str) -> str | None:
    scan = _ON_FEET_RE.sub(" ", text) if "feet" in text else text
    m = _MUSCLE_RE.search(scan)
    if m is not None and m.lastgroup is not None:
        return m.lastgroup
    if _CHARLEY_RE.search(text):
        return "calf"
    return None


# ------------------------------------------------------------------------------- side

_SIDE = r"(?P<s>left|right|lt|rt|l|r)"
_BODY = (
    r"(?:leg|legs|calf|calves|calve|foot|feet|thigh|thighs|hamstring|hamstrings|ham|hammy|quad"
    r"|quads|quadriceps|quadricep|shin|shins|toes?|big\s+toe|arch|sole|heel|knee|ankle|one|side"
    r"|sided|lower\s+leg|upper\s+leg|inner\s+thigh|outer\s+thigh|charl(?:e?y|ie)|gastroc"
    r"|achilles)"
)
_SIDE_RES: Final = (
    re.compile(rf"\b{_SIDE}\b\.?\s*-?\s*{_BODY}\b"),
    re.compile(r"\b(?:on|in|to|of)\s+(?:the|my|his|her)\s+(?P<s>left|right)\b(?!\s+(?:now|away))"),
    re.compile(
        r"\b(?:leg|calf|foot|thigh|shin|side|hamstring|quad|toes?)\s*(?:[,:(=]|-)\s*"
        r"(?:the\s+)?(?P<s>left|right|lt|rt|l|r)\b(?!\s+(?:now|after|away|before|when|then))"
    ),
    re.compile(r"(?:^|[,;(])\s*(?P<s>left|right)\s*(?:[,;.)!]|$)"),
    re.compile(r"\b(?P<s>left|right)(?:ie|y)?\s*$"),
)
_BOTH_RE = re.compile(
    r"\bboth\b(?!\s+(?:times|of\s+(?:us|them)|days|nights|ways|hands|arms))"
    r"|\b(?:each|either)\s+(?:leg|calf|foot|side|thigh)\b|\bbilateral(?:ly)?\b"
    r"|\b(?:left|right)\s+(?:and|&|\+|n|/)\s+(?:right|left)\b|\bl\s*[+&/]\s*r\b"
    r"|\br\s*[+&/]\s*l\b|\ball\s+(?:my\s+)?(?:legs|calves)\b"
)
_SIDE_NORM: Final = {"left": "left", "lt": "left", "l": "left", "right": "right"}


@lru_cache(maxsize=256)  # the warning screen and the cramp parser both ask, per text
def find_side(text: str) -> str | None:
    if _BOTH_RE.search(text):
        return "both"
    found: set[str] = set()
    for rx in _SIDE_RES:
        for m in rx.finditer(text):
            found.add(_SIDE_NORM.get(m.group("s"), "right"))
    if len(found) == 2:
        return "both"
    if found:
        return found.pop()
    if _PLURAL_RE.search(_ON_FEET_RE.sub(" ", text) if "feet" in text else text):
        return "both"
    return None
