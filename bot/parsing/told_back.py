"""A question the writer quotes back before answering it.

A writer answering the bot's (or anyone's) earlier question often quotes it first: 'You asked
"how long did it last". OK: last night 2am, right foot, 1 min, awful.' The quoted question is
not the writer's own asking, and its words are not the report's: the answer after it is read
as if sent alone. A prompt quoted back is read the same way ('You said "write down how long it
lasted". Ok: 5:50, left calf, 3 min').
"""

from __future__ import annotations

import re
from typing import Final

_QUESTION_WORDS: Final = (
    r"how|when|where|what|which|who|why|did|does|do|was|were|is|are|any|can|could|have|has"
)
# The lead that tells a question is quoted back ("you asked", "re", "to your question"), the
# question in quotes, and what opens the answer ("OK:", "answer:", " - ").
_TOLD_BACK_RE: Final = re.compile(
    r"(?:^|(?<=[.!?\n]))\s*"
    r"(?:(?:you|u|the\s+bot|bot|it|they)\s+(?:asked|asks|said|told|wanted\s+to\s+know|want\s+to\s+know)"
    r"(?:\s+me)?\s*:?|re\s*:?|replying\s+to|in\s+answer\s+to|answering|to\s+your\s+question"
    r"|(?:your|the)\s+question(?:\s+was)?\s*:?)?\s*"
    r"(?P<open>[\"“'‘])(?P<asked>[^\"“”\n]{3,120}?)[\"”'’]"
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
    """`text` with each question quoted back before its answer left out (see above); `text`
    itself when it quotes none."""
    if not any(mark in text for mark in "\"“'‘"):
        return text
    out: list[str] = []
    at = 0
    for m in _TOLD_BACK_RE.finditer(text):
        asked = m.group("asked")
        if m.group("open") in "'‘" and "'" in asked:
            continue  # an apostrophe, not a quote: "i'm 'fine' ... it's"
        if _ASKED_RE.search(asked) is None or m.end() >= len(text.rstrip()):
            continue  # a word quoted, not a question; or nothing answered after it
        out += [text[at : m.start()], " "]
        at = m.end()
    return "".join(out) + text[at:] if out else text
