"""Severity from a cramp message: numbers in the usual forms and a fixed word scale."""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.numbers import WORD_UNITS

# --------------------------------------------------------------------------- severity

_SEV_WORD_NUMS: Final = {w: n for w, n in WORD_UNITS.items() if n <= 12}
_SEV_VAL = (
    r"(?P<v>\d{1,3}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
SEVERITY_NUMBER_RES: Final = (
    re.compile(
        rf"(?<![\d.,:/]){_SEV_VAL}\s*(?:/|out\s+of|outta|of|on\s+a\s+scale\s+(?:of|to))\s*"
        r"(?:10|ten)\b(?![\d/])"
    ),
    re.compile(rf"(?<![\d.,:/]){_SEV_VAL}\s+on\s+(?:a|the|my)\s+(?:pain\s+)?scale\b"),
    re.compile(
        r"\b(?:sev|severity|pain(?:\s+level|\s+score|\s+scale)?|intensity|pain\s*lvl|lvl"
        r"|rated?|rating|i'?d\s+say|i'?d\s+rate\s+it|sev\.)"
        r"\s*(?:(?:was|is|of|about|around|=|:|-|~|like|maybe|a|it|an|approx|roughly|prob"
        r"|probably|solid)\s*){0,3}"
        r"(?P<v>\d{1,3})(?![\d.:/,]|\s*(?:am|pm|a\.m|p\.m|min|mins|minutes|sec|secs|seconds"
        r"|s\b|hours?|hrs?|h\b|x\b|times|days?|weeks?|%|in\s+the|o'?clock"
        r"|out\s+of\s+(?!10|ten)))"
    ),
)
_SEV_WORDS: Final[dict[str, int]] = {
    "slight": 2,
    "slightly": 2,
    "minor": 2,
    "light": 2,
    "little": 2,
    "tiny": 2,
    "small": 2,
    "mild": 3,
    "mildly": 3,
    "not bad": 4,
    "moderate": 5,
    "moderately": 5,
    "medium": 5,
    "average": 5,
    "painful": 6,
    "uncomfortable": 6,
    "sore": 5,
    "bad": 7,
    "strong": 7,
    "nasty": 7,
    "big": 7,
    "really bad": 8,
    "severe": 8,
    "severely": 8,
    "intense": 8,
    "huge": 8,
    "massive": 8,
    "terrible": 9,
    "horrible": 9,
    "awful": 9,
    "brutal": 9,
    "vicious": 9,
    "killer": 9,
    "killing me": 9,
    "insane": 9,
    "horrific": 9,
    "horrendous": 10,
    "the worst": 9,
    "worst": 9,
    "excruciating": 10,
    "agony": 10,
    "agonizing": 10,
    "agonising": 10,
    "unbearable": 10,
    "worst ever": 10,
}
_INTENS = r"(?P<i>very|really|super|extremely|so|incredibly|crazy|insanely|seriously|hella|mega)"
_SEV_WORD_RE = re.compile(
    r"\b(?:(?P<neg>not(?:\s+(?:too|that|so|very|really|super))?|wasn'?t(?:\s+(?:too|that|so))?"
    r"|isn'?t(?:\s+(?:too|that|so))?)\s+(?P<nw>bad|severe|painful|strong|intense|terrible)"
    r"|(?P<ever>(?:the\s+)?worst\s+(?:\w+\s+){0,3}?(?:ever|of\s+my\s+life|i'?ve\s+(?:ever\s+)?had"
    r"|in\s+(?:my\s+life|years)))"
    rf"|(?:{_INTENS}\s+)?(?P<w>slight|slightly|minor|light|tiny|mild|mildly|moderate"
    r"|moderately|medium|painful|uncomfortable|bad|strong|nasty|severe|severely|intense"
    r"|terrible|horrible|awful|brutal|vicious|killer|killing\s+me|insane|horrific|horrendous"
    r"|the\s+worst|worst|excruciating|agony|agonizing|agonising|unbearable|huge|massive"
    r"|little(?=\s+(?:cramp|one|twinge|spasm))|small(?=\s+(?:cramp|one|twinge|spasm))"
    r"|big(?=\s+(?:cramp|one|spasm)))"
    r")\b"
)


_SEV_QUESTION_RE = re.compile(r"\b(?:is|was|isn'?t|how)\s+(?:that|it|this)?\s*$")


def find_severity(text: str) -> tuple[int | None, int | None]:
    """(severity, out-of-range raw value)."""
    best: tuple[int, float] | None = None
    for rx in SEVERITY_NUMBER_RES:
        for m in rx.finditer(text):
            raw = m.group("v")
            val = (
                float(_SEV_WORD_NUMS[raw])
                if raw in _SEV_WORD_NUMS
                else float(raw.replace(",", "."))
            )
            if best is None or m.start() < best[0]:
                best = (m.start(), val)
            break
    if best is not None:
        value = int(best[1] + 0.5)
        if 1 <= value <= 10:
            return value, None
        return None, value
    top: int | None = None
    for m in _SEV_WORD_RE.finditer(text):
        if _SEV_QUESTION_RE.search(text, max(0, m.start() - 20), m.start()):
            continue  # "is that bad?" asks, it does not rate
        if m.group("nw"):
            score = 4
        elif m.group("ever"):
            score = 10
        else:
            word = " ".join(m.group("w").split())
            score = _SEV_WORDS[word]
            if m.group("i"):
                score = score - 1 if score <= 3 else score + 1
        score = max(1, min(10, score))
        top = score if top is None else max(top, score)
    return top, None
