"""A person's age told in a question, read as `bot.services.search` needs it.

"N year old" says a child only for a child's age: "my 8 year old wakes with leg pains" is the
children's page, "my 88-year-old nan" is not. `told_ages` rewrites the ages it reads: a
child's (under 18) as told, which the children's keywords find ("aged 9" as "9 yo"); an adult's
as the number alone, or as "aged N" from 50 on, where cramps get more common (causes.yaml's
ageing page), which `older_age` reads as that page's cue.
"""

from __future__ import annotations

import re
from typing import Final

_UNITS: Final = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEENS: Final = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen")
_LATE_TEENS: Final = ("seventeen", "eighteen", "nineteen")
_TENS: Final = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_VALUES: Final = {
    **{word: n for n, word in enumerate(_UNITS, 1)},
    **{word: n for n, word in enumerate(_TEENS + _LATE_TEENS, 10)},
    **{word: 10 * n for n, word in enumerate(_TENS, 2)},
}
_NUMBER: Final = (
    rf"\d{{1,3}}|(?:{'|'.join(_TENS)})(?:[\s-]+(?:{'|'.join(_UNITS)}))?"
    rf"|{'|'.join(_TEENS + _LATE_TEENS + _UNITS)}"
)
# "88 year old", "88-year-old", "88 yrs old", "88yo", "88 y/o", "88 years of age", "aged 88",
# "at the age of 88" (not "aged 18 months", a baby)
_AGE_RE: Final = re.compile(
    rf"\b(?P<n>{_NUMBER})\s*-?\s*(?:(?:years?|yrs?)[\s-]*old|(?:years?|yrs?)\s+of\s+age"
    r"|y\s*/\s*o|y\.o\.?|yo)(?![\w/])"
    rf"|\b(?:aged|(?:at\s+)?(?:the\s+)?age\s+of|at\s+age)\s+(?P<m>{_NUMBER})\b"
    r"(?!\s*(?:months?|mths?|weeks?|wks?|days?|hours?|hrs?|mins?|minutes?))"
)
CHILD_UNDER: Final = 18
OLDER_FROM: Final = 50
_OLDER_RE: Final = re.compile(
    r"\baged\s+(\d{2,3})\b"
    # "in her 80s", "in his late seventies"
    r"|\bin\s+(?:my|his|her|their|our)\s+(?:early\s+|mid\s+|late\s+)?(?:[5-9]0'?s|fifties|sixties"
    r"|seventies|eighties|nineties)\b"
)


def _value(number: str) -> int:
    if number.isdigit():
        return int(number)
    words = re.split(r"[\s-]+", number)
    return sum(_VALUES[w] for w in words)


def _rewritten(match: re.Match[str]) -> str:
    years = _value(match.group("n") or match.group("m"))
    if years < CHILD_UNDER:  # as told, or "aged 9" as "9 yo" (the children's keyword)
        return match.group(0) if match.group("n") else f"{years} yo"
    if years > 120:  # not a person's age: "a 200 year old cottage"
        return match.group(0)
    return f"aged {years}" if years >= OLDER_FROM else str(years)


def told_ages(text: str) -> str:
    """A (lower-cased) message with each age it tells read: a child's as told ("aged 9" as "9
    yo"), "aged 88" from 50 on, the number alone between ("my 45-year-old husband" -> "my 45
    husband")."""
    return _AGE_RE.sub(_rewritten, text)


def older_age(text: str) -> bool:
    """Whether a message, as `told_ages` wrote it, tells of someone aged 50 or more ("aged
    88", "in her eighties")."""
    return any(
        m.group(1) is None or int(m.group(1)) >= OLDER_FROM for m in _OLDER_RE.finditer(text)
    )
