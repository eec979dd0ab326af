"""A length told of getting over a cramp, not of the cramp itself: the soreness or the limp it
left ("the soreness went after about 20 minutes", "limped for half an hour"), the writer moving
normally again ("it was an hour before I could walk normally"), being back to normal ("she was
back to normal after an hour", "felt myself again within the hour").

Works on normalised (lower-case) text; a length is given by where it stands in it."""

from __future__ import annotations

import re
from typing import Final

# What a cramp leaves behind, as a thing: "the soreness", "a limp", "the ache" (not what the
# writer did while it held: "hobbled maybe 4 min till it loosened", "went stiff for 20 secs").
_LEFT_NOUN: Final = (
    r"(?:(?:(?:the|a|an|that|this|my|all\s+the)\s+(?:\w+\s+)?)?(?:soreness|achiness|tenderness"
    r"|stiffness|bruising|after[\s-]?pain|pain\s+after(?:wards)?)"
    r"|(?:the|a|an|that|this|my|all\s+the)\s+(?:\w+\s+)?(?:ache|aching|limp|niggle))"
)
# ... and the leg told as sore for a while: "my calf was sore for a good hour".
_LEFT_BEHIND: Final = (
    rf"(?:{_LEFT_NOUN}|(?:was|been|stayed|felt|remained|is|it'?s|its)\s+(?:\w+\s+)?sore)"
)
# A cramp word between what was left and the length makes the length the cramp's again ("sore
# and then the cramp came back for 2 minutes").
_CRAMP: Final = r"(?:cramp\w*|spasm\w*|seiz\w*|lock\w*|knott?\w*|charl\w*)"

# What was left, told before the length in its clause: "the soreness went after about",
# "the ache hung around for about", "walked with a limp for", "the tenderness took", "was sore
# for a good".
_LEFT_BEFORE_RE: Final = re.compile(
    rf"(?<![\w-])(?<!no\s)(?<!not\s)(?<!any\s){_LEFT_BEHIND}\b(?:(?!{_CRAMP}\b)[^.,;!?]){{0,40}}$"
)
# ... told after it: "it was 30 mins before the ache went", "an hour for the soreness to go".
_LEFT_AFTER_RE: Final = re.compile(
    rf"[^.,;!?]{{0,25}}?\b(?:before|till|until|til|for)\s+{_LEFT_NOUN}\b"
)
# Until the writer moved as before, not only at all ("before I could walk" is the cramp's):
# "before I could walk normally", "till i could run properly again", "until she could walk
# without limping".
_UNTIL_NORMAL_RE: Final = re.compile(
    r"[^.!?;]{0,40}?\b(?:before|till|until|til)\s+(?:i|he|she|we|they)\s+(?:could|was\s+able\s+to"
    r"|were\s+able\s+to|managed\s+to|felt\s+able\s+to)\s+(?:[\w']+\s+){0,4}?(?:normally|properly"
    r"|right|like\s+normal|without\s+(?:a\s+)?(?:limp\w*|hobbl\w*|pain|hurting))\b"
)
# Being well again, told before the length: "back to normal after", "normal again within",
# "fine again in", "right as rain after", "felt myself again by".
_WELL_AGAIN_BEFORE_RE: Final = re.compile(
    r"\b(?:back\s+to\s+normal|normal\s+again|right\s+as\s+rain|recovered"
    r"|(?:fine|ok|okay|alright|right|good|better|grand|myself|herself|himself|themselves)\s+again)"
    r"\s+(?:after|in|within|by)\s+(?:about\s+|around\s+|maybe\s+|like\s+|roughly\s+|a\s+good\s+"
    r"|under\s+|over\s+|less\s+than\s+)?$"
)
# The cramp itself let go right after, so the pain before it was the cramp's own ("so sore for
# a minute, then it let go").
_THEN_IT_WENT_RE: Final = re.compile(
    r"[^.!?;]{0,30}?\b(?:then|before|till|until|til|and)\s+(?:it|they|the\s+cramp)\s+(?:\w+\s+)?"
    r"(?:let\s+go|eased|released|relaxed|went|passed|stopped|gave\s+up|unlocked)\b"
)


def of_recovery(text: str, start: int, end: int) -> bool:
    """Whether the length at ``text[start:end]`` is how long getting over the cramp took (what
    it left behind, moving normally again, being back to normal), not the cramp's own."""
    before = text[max(0, start - 60) : start]
    if _WELL_AGAIN_BEFORE_RE.search(before):
        return True
    if _UNTIL_NORMAL_RE.match(text, end) or _LEFT_AFTER_RE.match(text, end):
        return True
    return bool(_LEFT_BEFORE_RE.search(before)) and not _THEN_IT_WENT_RE.match(text, end)
