"""Normalised text for matching: lower case, no HTML, known typos fixed, simple spaces.

The cramp parser and the warning screen both read every message through `normalise`
(cached), so a message is normalised once.
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from typing import Final

from bot.parsing.typos import fix_typos

_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_ZERO_WIDTH_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_HALF_AFTER_DIGIT_RE = re.compile(r"(\d)\s*½")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
# A creature that bites or stings, written as its emoji ("🐍 bit me on the ankle"): the word,
# so that the warning screen reads it as it reads the word (the bite still has to be told).
_CREATURES: Final = str.maketrans(
    {"\U0001f40d": " snake ", "\U0001f982": " scorpion ", "\U0001f577": " spider "}
)
# "4ish", "10-ish seconds", "1:30ish": about the number ("about 4", so that a bare "4ish" is a
# time)
_ISH_RE = re.compile(
    r"(?<![\w.:/])(?:(?:about|around|roughly|approx)\s+)?(\d+(?:[:.][0-5]\d)?)\s*-?ish\b"
)
_A_SIDE_RE = re.compile(r"\b\d{1,2}\s*-?\s*a\s*-?\s*side\b")  # "5-a-side" is a game, not 5 o'clock
# Quotes around a word or a few ("my calf feels 'strange'", "I'm \"puffed\""): the words.
_QUOTED_RE = re.compile(r"(?<![\w'])(['\"])([a-z][a-z' -]{0,40}?[a-z])\1(?![\w'])")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
# Dots inside abbreviations are not sentence ends: "1:30 a.m., excruciating" is one sentence
# ("am"); a dot that also ends the sentence stays ("at 3 a.m. Then..." -> "at 3 am. Then...").
_ABBREVIATION_RE = re.compile(
    r"\b(?i:(?P<title>dr|mr|mrs|ms)\.(?=\s)|(?:(?P<ap>[ap])\.\s?m\b|(?P<word>e\.g|i\.e|approx|vs))\.?)"
    r"(?P<end>\s+(?=[A-Z]))?"
)
_MAX_CHARS: Final = 20_000
_REPEATS_RE = re.compile(r"([a-z])\1{2,}")  # "sooo cooold" -> "so cold", "reddd" -> "red"
_BRACKETED_MARK_RE = re.compile(r"\s*[!?.]+\s*\)")
# "n" for "and" between words, as typed fast: "tight n swollen", "worse n worse"
_N_AND_RE = re.compile(r"(?<=[a-z]) n (?=[a-z])")
_LAS_RE = re.compile(r"\blas\s+(night|nite|week|weekend|time|year|month)\b")
# "cramp right foot in night", "during nite", "middle of night": the night, its article left
# out in terse or second-language English (not a night's work or wear: "in night shift").
_IN_NIGHT_RE = re.compile(
    r"\b(in|during|middle\s+of)\s+(?:night|nite)\b(?![\s-]+(?:shifts?|duty|duties|work|staff"
    r"|nurse|porter|crew|rota|roster|workers?|jobs?|sweats?|terrors?|mode|time|school|class\w*"
    r"|bus|train|flights?|clubs?|life|owls?|lights?|vision|cream|market|sky|watch|routine|pay"
    r"|rate|cap)\b)"
)
# "last nights cramp": last night's (not "the last nights were bad", "last nights in a row").
_LAST_NIGHTS_RE = re.compile(
    r"(?<!the\s)(?<!few\s)\blast\s+nights\b(?!\s+(?:were|have|had|of|in\s+a\s+row|running))"
)


@lru_cache(maxsize=256)
def normalise(text: str) -> str:
    """Lower-case, de-HTML, de-typo and simplify ``text`` for matching (cached: the warning
    signs and the cramp parser both read every message)."""
    text = text[:_MAX_CHARS]
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _ZERO_WIDTH_RE.sub("", text)
    if "½" in text:
        text = _HALF_AFTER_DIGIT_RE.sub(r"\1.5", text).replace("½", " half ")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text).translate(_CREATURES)
    if "." in text:
        text = _ABBREVIATION_RE.sub(_abbreviation, text)
    text = text.translate(_QUOTES).lower()
    if "'" in text or '"' in text:
        text = _QUOTED_RE.sub(r"\2", text)
    text = _SPACES_RE.sub(" ", text)
    text = _REPEATS_RE.sub(r"\1", text)
    if "side" in text:
        text = _A_SIDE_RE.sub("five-a-side", text)
    if "ish" in text:
        text = _ISH_RE.sub(r"about \1", text)
    if ")" in text:  # "(18 yrs ago!)": a mark inside brackets ends no sentence
        text = _BRACKETED_MARK_RE.sub(")", text)
    if " n " in text:
        text = _N_AND_RE.sub(" and ", text)
    if "las " in text:  # "las night", "las week" (last, as said in Jamaica or typed fast)
        text = _LAS_RE.sub(r"last \1", text)
    if "night" in text or "nite" in text:
        text = _IN_NIGHT_RE.sub(r"\1 the night", text)
    if "nights" in text:
        text = _LAST_NIGHTS_RE.sub("last night's", text)
    if _DIGIT_H_RE.search(text):  # "3h du matin", "at 4h sáng": a clock, not a number of hours
        text = _HOUR_CLOCK_RE.sub(_hour_clock, text)
    return fix_typos(text)


# An hour written "4h" the French, Vietnamese or Portuguese way, with the part of the day in
# that language ("3h du matin", "4h sáng", "5h da manhã", "11h du soir") or after "at"/"à"
# ("woke at 4h with cramp"), or as a span's end or start ("worked till 7h", "from 19h"); not
# "ran 2h", "a 6h sector", "4h into the race".
_DIGIT_H_RE: Final = re.compile(r"\dh")  # (the cheap test before the reading below)
_HOUR_CLOCK_RE: Final = re.compile(
    r"(?<![\w.:/])(?P<h>[01]?\d|2[0-3])h(?P<m>[0-5]\d)?\s*(?:(?P<am>du\s+matin|sáng|da\s+(?:manhã"
    r"|madrugada)|de\s+la\s+(?:mañana|madrugada))|(?P<pm>du\s+soir|de\s+l'après-midi|chiều|tối"
    r"|da\s+(?:tarde|noite)|de\s+la\s+(?:tarde|noche)))"
    r"|(?:(?<=\bat\s)|(?<=\bà\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\btill\s)|(?<=\buntil\s)"
    r"|(?<=\btil\s)|(?<=\bfrom\s))(?P<bare>[01]?\d|2[0-3])h"
    r"(?P<bm>[0-5]\d)?\b(?!\s*(?:into|in\s*[,.;]|in\s+the\s+(?:race|run|ride|game|match|session|shift)\b"
    r"|of\b|later|long|run|ride|shift|session|flight|drive))"
)


def _hour_clock(m: re.Match[str]) -> str:
    """The clock in a form the time reader takes as one: "4h" is the 24-hour 04:00."""
    bare = m["bare"] is not None
    hour = int(m["bare"] if bare else m["h"])
    minute = (m["bm"] if bare else m["m"]) or "00"
    if hour >= 13 or hour == 0:
        return f"{hour:02d}:{minute}"
    if bare:  # a 24-hour clock: "4h" is the morning, "12h" noon
        return f"{hour}:{minute} {'pm' if hour == 12 else 'am'}"
    return f"{hour}:{minute} {'am' if m['am'] else 'pm'}"


def _abbreviation(m: re.Match[str]) -> str:
    if m["title"]:
        return m["title"] + (m["end"] or "")  # "Dr. Patel": a title before a name
    short = f"{m['ap']}m" if m["ap"] else m["word"].replace(".", "")
    return short + (". " if m["end"] else "")
