"""Severity from a cramp message: numbers in the usual forms and a fixed word scale."""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

from bot.parsing.lexicon import severity_table
from bot.parsing.numbers import WORD_UNITS

# --------------------------------------------------------------------------- severity

_SEV_WORD_NUMS: Final = {w: n for w, n in WORD_UNITS.items() if n <= 12}
_SEV_VAL = (
    r"(?P<v>\d{1,3}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
_MINUS = r"(?:(?<![\w\-\u2212])(?P<neg>-|\u2212|minus\s+|negative\s+))?"
SEVERITY_NUMBER_RES: Final = (
    re.compile(
        rf"{_MINUS}(?<![\d.,:/]){_SEV_VAL}\s*(?:/|out\s+of|outta|of|on\s+a\s+scale\s+(?:of|to))\s*"
        r"(?:10|ten)\b(?![\d/])"
    ),
    re.compile(rf"{_MINUS}(?<![\d.,:/]){_SEV_VAL}\s+on\s+(?:a|the|my)\s+(?:pain\s+)?scale\b"),
    # "like a 7", "id say a 6", "a solid 8": a bare number that rates
    re.compile(
        r"\b(?:like|say|maybe|about|around|solid|prob(?:ably)?|rate\s+it)\s+(?:a|an)\s+"
        r"(?P<v>\d{1,2})\b(?![\d:/]|[.,]\d|\s*(?:am|pm|min|mins|minutes|sec|secs|seconds|hours?|hrs?"
        r"|days?|weeks?|times|%|k\b|km|miles?|mile|o'?clock))"
    ),
    # ... and in words: "like a seven", "about an eight", "a solid six" (not "about a seven
    # minute walk", "a seven-mile run", "like a one-off": the number ends its phrase)
    re.compile(
        r"(?:\b(?:like|say|maybe|about|around|prob(?:ably)?|rate\s+it|easily|definitely)\s+"
        r"(?:a|an)\s+(?:solid\s+|strong\s+)?|\b(?:a|an)\s+(?:solid|strong)\s+)"
        r"(?P<v>two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b"
        r"(?=\s*(?:[,.;:!?)]|$|(?:or|and|but|then|really|honestly|tbh|i|lol|maybe|easily"
        r"|probably|at\s+least|at\s+its|out\s+there)\b))"
    ),
    re.compile(
        r"\b(?:sev|severity|pain(?:\s+level|\s+score|\s+scale)?|intensity|pain\s*lvl|lvl"
        r"|rated?|rating|i'?d\s+say|i'?d\s+rate\s+it|sev\.)"
        r"\s*(?:(?:was|is|of|about|around|=|:|-|~|like|maybe|a|it|an|approx|roughly|prob"
        r"|probably|solid)\s*){0,3}"
        r"(?P<v>\d{1,3})(?![\d:/]|[.,]\d|\s*(?:am|pm|a\.m|p\.m|min|mins|minutes|sec|secs|seconds"
        r"|s\b|hours?|hrs?|h\b|x\b|times|days?|weeks?|%|in\s+the|o'?clock"
        r"|out\s+of\s+(?!10|ten)))"
    ),
)
_NUMBER_RE: Final = re.compile(
    r"\d|\b(?:zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b"
)
_TABLE: Final = severity_table()  # content/en/parsing/severity.yaml, read once


def _alternation(words: Iterable[str]) -> str:
    """Longest first, so that "hurt a lot" wins over "hurt"; a space matches any spaces."""
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_INTENS = rf"(?P<i>{_alternation(_TABLE.intensifiers)})"
_SEV_WORD_RE = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:(?P<neg>not(?:\s+(?:too|that|so|very|really|super))?|wasn'?t(?:\s+(?:too|that|so))?"
    rf"|isn'?t(?:\s+(?:too|that|so))?)\s+(?P<nw>{_alternation(_TABLE.negated)})"
    r"|(?P<ever>(?:the\s+)?(?:worst|most\s+painful)\s+(?:\w+\s+){0,3}?(?:ever|of\s+my\s+life"
    r"|i'?ve\s+(?:ever\s+)?(?:had|felt)|in\s+(?:my\s+life|years)|i\s+(?:can|could)\s+"
    r"(?:remember|recall)|i\s+(?:have\s+)?ever\s+(?:had|felt)))"
    rf"|(?:{_INTENS}\s+)?(?:(?P<a>{_alternation(_TABLE.amounts)})|(?P<w>{_alternation(_TABLE.words)}"
    rf"|(?:{_alternation(_TABLE.before_cramp)})(?=\s+(?:cramp|one|twinge|spasm))))"
    r")(?!\w)"
)
# A pain word on the losing side of a comparison: "more annoying than painful", "more of a
# nuisance than painful really", "more surprising than sore", "funny more than painful", "weird
# rather than painful", "less painful than annoying" (not "less painful than last night", a
# pain told against another time). The words between "more" and "than" name no pain.
_PAIN_WORD = r"(?:painful|sore|hurt\w*|pain|agoni[sz]ing|bad)"
_OUTWEIGHED_RE: Final = re.compile(
    r"\b(?:more\s+(?!(?:(?!than\b)\w+\s+){0,3}?" + _PAIN_WORD + r"\b)(?:\w+\s+){1,4}?than"
    r"|(?<!\bnot\s)(?:[a-z]{3,})\s+(?:more\s+than|rather\s+than|not\s+so\s+much|but\s+not\s+really)"
    r")\s+(?:really\s+|actually\s+|properly\s+|truly\s+|anything\s+|it\s+was\s+)?"
    rf"(?P<lw>{_PAIN_WORD})\b(?!\s+(?:than|in|at|on|from|to|i|my)\b)"
    rf"|\bless\s+(?P<lw2>{_PAIN_WORD})\s+than\s+(?!(?:the|my|last|yesterday|before|usual|normal"
    r"|ever|it|that|those|these|previous|other|most|i|any|a|an|one|when|expected|usually)\b)[a-z]+"
)
# A pain greater than any before: "more painful than any cramp before", "hurt more than any
# cramp i've ever had": the worst ever.
_ABOVE_ALL_RE: Final = re.compile(
    r"\b(?:more\s+painful|hurt\w*\s+more|worse)\s+than\s+any(?:thing)?\s+(?:\w+\s+){0,3}?"
    r"(?:before|ever|i'?ve\s+(?:ever\s+)?(?:had|felt))\b"
)
_SEV_SCORES: Final = {**_TABLE.before_cramp, **_TABLE.words, **_TABLE.amounts}
# An amount of pain denied or asked ("not much pain", "didn't have a lot of pain", "without too
# much pain", "how much pain is normal", "as much pain as"), pointed at ("seeing her in that
# much pain", mostly another's) or left after the cramp ("it went, but there's still a lot of
# pain there"): no rating. Between the denial and the amount only words of having or feeling
# ("can't walk with so much pain" rates).
_AMOUNT_DENIED_BEFORE_RE = re.compile(
    r"\b(?:not|no|never|without|hardly|barely|scarcely|nor|how|as|that|this|still"
    r"|(?:is|was|were|are|do|does|did|had|has|have|could|would|should|ai)n'?t)\s+(?:(?:have|had|having|has|feel|felt|feeling|get"
    r"|got|getting|there|be|been|being|was|is|really|actually|even|that|in|experienc\w*|cause\w*"
    r"|any|a|much)\s+){0,3}$"
)


# A scale word that qualifies something other than the pain: "sleep in a bad position",
# "said some bad words", "my bad back".
_NOT_RATING_AFTER_RE = re.compile(
    r"\s+(?:position|posture|words?|language|luck|idea|habits?|timing|shape|news|back|knees?"
    r"|hips?|mood|dreams?|weather|form|angle|way|choices?|decisions?|joke|diet|pillow|mattress"
    r"|shoes?|traffic|breakup|cold|flu|hangover|sunburn"
    # "that was the worst of it", "worst case": the most trouble there was, not a rating
    r"|of\s+it|case)\b"
)
# A scale word that picks out a body part: "my right knee is the bad one", "left's the good side".
_PICKED_OUT_BEFORE_RE = re.compile(r"\b(?:is|was|are|were|'s)\s+(?:the|my)\s+$")
_PICKED_OUT_AFTER_RE = re.compile(r"\s+(?:one|side|leg|foot|knee|hip|ankle|arm)\b")
# A child, by the word before "little one": "our little one", "my new little one" (not a
# small cramp; the episode reader reads it so too).
LITTLE_ONE_OWNERS: Final = ("my", "our", "new", "her", "his", "your", "their")
_CHILD_RE = re.compile(r"little\s+one\b")
_CHILD_BEFORE_RE = re.compile(rf"\b(?:{'|'.join(LITTLE_ONE_OWNERS)})\s+$")
_SEV_QUESTION_RE = re.compile(
    r"\b(?:is|was|isn'?t|wasn'?t)\s+(?:that|it|this)\s+(?:\w+\s+)?$|\bhow\s+$"
)


# Words of degree people put before a scale word in everyday speech ("properly bad", "proper
# painful", "well bad", "dead painful", "bloody awful"): they do not move the score (the
# table's intensifiers do), but the word after them still rates.
_COLLOQUIAL_DEGREE: Final = (
    "properly", "proper", "well", "dead", "right", "bloody", "absolutely", "truly", "genuinely",
    "fairly", "rather", "damn", "damned", "freaking", "fricking", "effing", "fucking", "wicked",
)  # fmt: skip
# A sentence that opens with how bad it was ("Agony, like steel cables snapping", "mild, swam
# through it", "only a moderate one", "honestly worse than labour", "properly bad, toes
# pointing at the ceiling") speaks of the cramp.
_OPENING_RE: Final = re.compile(
    r"\W*(?:(?:only|just|honestly|tbh|really|pretty|so|very|quite|not|a|an|the|that|was|it|it'?s"
    rf"|that'?s|lol|ugh|omg|god|{_alternation((*_TABLE.intensifiers, *_COLLOQUIAL_DEGREE))})\s+)"
    r"{0,3}(?=\w)"
)


def opens_with_severity(sentence: str) -> bool:
    """Whether a sentence begins with a word of the severity scale."""
    start = _OPENING_RE.match(sentence)
    at = start.end() if start else 0
    m = _SEV_WORD_RE.match(sentence, at)
    return m is not None


def find_severity(text: str) -> tuple[int | None, int | None]:
    """(severity, out-of-range raw value); a negative or too large number is out of range."""
    best: tuple[int, float] | None = None
    numbers = SEVERITY_NUMBER_RES if _NUMBER_RE.search(text) else ()  # each needs a number
    for rx in numbers:
        for m in rx.finditer(text):
            raw = m.group("v")
            val = (
                float(_SEV_WORD_NUMS[raw])
                if raw in _SEV_WORD_NUMS
                else float(raw.replace(",", "."))
            )
            if m.groupdict().get("neg"):
                val = -val  # "-3/10" is out of range, never 3/10
            if best is None or m.start() < best[0]:
                best = (m.start(), val)
            break
    if best is not None:
        value = int(abs(best[1]) + 0.5) * (-1 if best[1] < 0 else 1)
        if 1 <= value <= 10:
            return value, None
        return None, value
    top: int | None = None
    losing: list[tuple[int, int]] = []
    if "than" in text:
        for o in _OUTWEIGHED_RE.finditer(text):
            word = "lw" if o.group("lw") else "lw2"
            losing.append((o.start(word), o.end(word)))
        if _ABOVE_ALL_RE.search(text):
            top = 10
    if losing:
        top = max(top or 0, _TABLE.outweighed_score)
    for m in _SEV_WORD_RE.finditer(text):
        if any(a <= m.start() < b for a, b in losing):
            continue  # "more annoying than painful": not the word's own score
        if _SEV_QUESTION_RE.search(text[max(0, m.start() - 24) : m.start()]):
            continue  # "is that bad?" asks, it does not rate
        if m.group("w") and _NOT_RATING_AFTER_RE.match(text, m.end()):
            continue
        if (
            m.group("w")
            and _PICKED_OUT_AFTER_RE.match(text, m.end())
            and _PICKED_OUT_BEFORE_RE.search(text[max(0, m.start() - 12) : m.start()])
        ):
            continue  # "my right knee is the bad one"
        if _CHILD_RE.match(text, m.start()) and _CHILD_BEFORE_RE.search(
            text[max(0, m.start() - 8) : m.start()]
        ):
            continue  # "our little one was up all night": a child
        if m.group("a") and _AMOUNT_DENIED_BEFORE_RE.search(
            text[max(0, m.start() - 48) : m.start()]
        ):
            continue  # "not much pain", "how much pain is normal"
        if m.group("nw"):
            score = _TABLE.negated_score
        elif m.group("ever"):
            score = 10
        else:
            word = " ".join((m.group("a") or m.group("w")).split())
            score = _SEV_SCORES[word]
            if m.group("i"):
                score = score - 1 if score <= 3 else score + 1
        score = max(1, min(10, score))
        top = score if top is None else max(top, score)
    return top, None
