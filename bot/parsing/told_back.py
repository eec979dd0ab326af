"""A question the writer quotes back before answering it.

A writer answering the bot's (or anyone's) earlier question often quotes it first: 'You asked
"how long did it last". OK: last night 2am, right foot, 1 min, awful.' The quoted question is
not the writer's own asking, and its words are not the report's: the answer after it is read
as if sent alone. A prompt quoted back is read the same way ('You said "write down how long it
lasted". Ok: 5:50, left calf, 3 min'), and so is someone else's saying quoted before the
writer's own words, told by who said it ('"it\'s just cramp, walk it off" - coach, every
time. walked it off. still: right quad at 5:45') or quoted as a reply ('> "drink loads and
you\'ll be fine"').
"""

from __future__ import annotations

import re
from typing import Final

_QUESTION_WORDS: Final = (
    r"how|when|where|what|which|who|why|did|does|do|was|were|is|are|any|can|could|have|has"
)
# The lead that tells a question is quoted back ("you asked", "re", "to your question"), the
# question in quotes, and what opens the answer ("OK:", "answer:", " - ").
# Someone else's saying: a reply's quote mark (">"), or who said it, before ("my coach always
# says") or after it ("- coach, every time.", "says my mum": one who gives advice, not an
# answer after a question quoted back: '"which side" - left').
_ADVISER: Final = (
    r"(?:coach|physio|doc|doctor|gp|nurse|pharmacist|trainer|pt|mum|mom|mam|dad|wife|husband"
    r"|partner|hubby|nan|gran|grandma|granny|grandad|mother|father|friend|mate|sister|brother"
    r"|teacher|boss|everyone|everybody|google|the\s+internet)\b"
)
_SAID_BY: Final = (
    r"(?:my|the|our|his|her)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:always\s+|just\s+|keeps?\s+)?"
    r"(?:says?|said|tells?\s+me|told\s+me)|every(?:one|body)\s+(?:says|said|tells\s+me)"
)
_TOLD_BACK_RE: Final = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*"
    rf"(?:(?P<said>>|{_SAID_BY})\s*:?"
    r"|(?:you|u|the\s+bot|bot|it|they)\s+(?:asked|asks|said|told|wanted\s+to\s+know|want\s+to\s+know)"
    r"(?:\s+me)?\s*:?|re\s*:?|replying\s+to|in\s+answer\s+to|answering|to\s+your\s+question"
    r"|(?:your|the)\s+question(?:\s+was)?\s*:?)?\s*"
    r"(?:[\"“](?P<asked>[^\"“”\n]{3,120}?)[\"”]|(?P<single>['‘])(?P<sasked>[^\"“”\n]{3,120}?)['’])"
    rf"(?P<by>\s*(?:[-–—]+|,)\s*(?:says?\s+|said\s+)?(?:my\s+|the\s+|our\s+)?{_ADVISER}"
    r"(?:,\s*[a-z ]{1,30})?\s*(?:[.!\n]|$))?"
    r"\s*[.?!,:;-]*\s*(?:(?:ok|okay|so|answer|well|here)\b\s*(?:goes\b)?\s*[.:,-]*\s*)?",
    re.IGNORECASE,
)
# ... or a prompt: "write down how long it lasted", "note the time", "rate it out of 10"
_PROMPT_WORDS: Final = (
    r"write|note|log|tell|say|rate|score|give|describe|record|put|add|keep|let\s+(?:me|us)\s+know"
    r"|remember\s+to|try\s+to"
)
_ASKED_RE: Final = re.compile(
    rf"^\s*(?:{_QUESTION_WORDS}|{_PROMPT_WORDS})\b|\?\s*$", re.IGNORECASE
)


def without_quoted_question(text: str) -> str:
    """`text` with each question quoted back before its answer, and each saying quoted before
    the writer's words, left out (see above); `text` itself when it quotes none."""
    if not any(mark in text for mark in "\"“'‘"):
        return text
    out: list[str] = []
    at = 0
    for m in _TOLD_BACK_RE.finditer(text):
        asked = m.group("asked") or m.group("sasked")
        if m.group("single") and "'" in asked:
            continue  # an apostrophe, not a quote: "i'm 'fine' ... it's"
        saying = m.group("said") or m.group("by")
        if not (saying or _ASKED_RE.search(asked)) or m.end() >= len(text.rstrip()):
            continue  # a word quoted, not a question or a saying; or nothing said after it
        out += [text[at : m.start()], " "]
        at = m.end()
    return "".join(out) + text[at:] if out else text
