"""Number words and quantity phrases used by the cramp parser.

Everything here is pure and works on already lower-cased, normalised text.
"""

from __future__ import annotations

import re
from typing import Final

WORD_UNITS: Final[dict[str, int]] = {
    "zero": 0,
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
}
_TENS: Final[dict[str, int]] = {
    "twenty": 20,
    "thirty": 30,
    "forty": 40,
    "fifty": 50,
    "sixty": 60,
    "seventy": 70,
    "eighty": 80,
    "ninety": 90,
}
# Vague quantities, as a count of the unit that follows ("a few seconds" is special-cased
# by the duration code: 5 s).
_VAGUE: Final[dict[str, float]] = {
    "a": 1,
    "an": 1,
    "a single": 1,
    "a couple of": 2,
    "a couple": 2,
    "couple of": 2,
    "couple": 2,
    "a few": 3,
    "few": 3,
    "several": 5,
}

_UNIT_WORDS = "|".join(sorted(WORD_UNITS, key=len, reverse=True))
_TEN_WORDS = "|".join(_TENS)
_VAGUE_WORDS = "|".join(
    re.escape(w).replace(r"\ ", r"\s+") for w in sorted(_VAGUE, key=len, reverse=True)
)

# A number written as digits ("2", "1.5", "1,5"), a fraction sign, or words
# ("twenty five", "twenty-five", "a couple of").
NUMBER_RE: Final[str] = (
    r"(?:\d{1,6}(?:[.,]\d{1,3})?"
    rf"|(?:{_TEN_WORDS})(?:[\s-]+(?:{_UNIT_WORDS}))?"
    rf"|(?:{_UNIT_WORDS})"
    rf"|(?:{_VAGUE_WORDS}))"
)

_WORD_SPLIT = re.compile(r"[\s-]+")


def number_value(token: str) -> float | None:
    """Value of a token matched by ``NUMBER_RE``; ``None`` if it is not a number."""
    tok = " ".join(token.split())
    if not tok:
        return None
    if tok[0].isdigit():
        try:
            return float(tok.replace(",", "."))
        except ValueError:
            return None
    if tok in _VAGUE:
        return _VAGUE[tok]
    parts = _WORD_SPLIT.split(tok)
    total = 0
    for part in parts:
        if part in _TENS:
            total += _TENS[part]
        elif part in WORD_UNITS:
            total += WORD_UNITS[part]
        else:
            return None
    return float(total)


def amount(token: str) -> float | None:
    """``number_value``, with "half an" / "half a" as 0.5 ("half an hour later")."""
    return 0.5 if token.split()[:1] == ["half"] else number_value(token)


def is_vague(token: str) -> bool:
    """True for "a few", "several", "a couple": quantities that are estimates."""
    tok = " ".join(token.split())
    return tok in _VAGUE and tok not in {"a", "an", "a single"}


# How long something lasted, told just before a number: "lasted well over 10 minutes earlier"
# is a length (the "earlier" dates the cramp), not "10 minutes earlier" (ago).
LASTED_BEFORE_RE = re.compile(
    r"\b(?:lasted|lasting|lasts|last|went\s+on|going\s+on)\s+(?:(?:for|well|about|around|over|just"
    r"|nearly|almost|maybe|like|a\s+good|at\s+least|more\s+than)\s+){0,3}$"
)
