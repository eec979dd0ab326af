"""The cramp's report carried on in the sentence after its own.

People tell a cramp in a sentence, then list its details in a fragment of a few words each:
"... then got woke by a cramp on top of it. right hamstring, at 6:40 this morning, 7/10,
about 2 minutes", "my left calf seized up so bad i yelled. 7/10 easy, prob lasted a minute".
Such a fragment has no subject of its own and tells no other cramp: its clock time and its
rating are the cramp's, and beat a time only implied by the cramp's clause ("got woke") or
a word of the scale in its sentence ("so bad").
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.episode import DETAIL_PARTS, Reading

# Someone the sentence is about: the writer ("I stretched it, 5 min"), or someone else ("my
# wife said 9/10"); the cramp itself ("it was 3am") is no one.
_SUBJECT_RE: Final = re.compile(
    r"\b(?:i|i'?m|im|i'?ve|ive|i'?d|we|he|she|they|you|u|his|her|their|our|wife|husband|hubby"
    r"|partner|son|daughter|mum|mom|dad|mother|father|friend|mate|doctor|dr|physio|nurse)\b"
)
# How a run of cramps began, or what has gone on since: its own story ("it started 2 nights ago
# at 3am"), not the cramp's details.
_STORY_RE: Final = re.compile(r"\b(?:start\w*|began|begun|first|since|used\s+to)\b")
# A detail of the cramp itself: where, which side, how bad on a scale, how long. A fragment
# with none is about something else ("boss sent me home after lunch", "before fajr").
_DETAIL_RE: Final = re.compile(
    rf"\b(?:left|right|both|{DETAIL_PARTS}|ankle|knee|\d+\s*/\s*10|\d+\s*(?:out\s+of|outta)\s*10"
    r"|minutes?|mins?|seconds?|secs?)\b"
)
_PIECES_RE: Final = re.compile(r"[,;:]")
_WORDS_RE: Final = re.compile(r"[a-z']+")
_PIECE_WORDS: Final = 6  # "prob lasted about a minute or so"


def continuation(reading: Reading, norm: str) -> str:
    """The sentence right after the cramp's own when it only goes on listing the cramp's
    details (see above), or "" when there is none."""
    anchor = reading.anchor
    if anchor is None:
        return ""
    number = anchor.clause.sentence + 1
    if number >= len(reading.sentences):
        return ""
    if any(m.clause.sentence == number for m in reading.mentions):
        return ""  # another cramp, or the same told again: its own sentence
    start, end = reading.sentences[number]
    if norm.startswith("?", end):
        return ""  # asked: "7/10?"
    told = norm[start:end]
    pieces = [p for p in _PIECES_RE.split(told) if p.strip()]
    if not pieces or any(len(_WORDS_RE.findall(p)) > _PIECE_WORDS for p in pieces):
        return ""
    if _SUBJECT_RE.search(told) or _STORY_RE.search(told) or not _DETAIL_RE.search(told):
        return ""
    return told


# The words of a clause that only tells what time it was: "it was about half one", "must have
# been 2:30ish", "1.30 by my phone", "time? half one". A clause with any other word tells
# something else ("the alarm went at 6", "went back to sleep at 2").
_TIME_WORD_RE: Final = re.compile(
    r"it|that|this|was|happened|hit|came|started|about|around|round|maybe|roughly|approx\w*"
    r"|prob(?:ably)?|like|just|at|sometime|some|time|exactly|bang|on|the|dot|close|to|nearly"
    r"|almost|shortly|after|before|gone|past|half|quarter|o'?clock|am|pm|ish|by|my|phone|watch"
    r"|clock|said|i|think|reckon|guess|must|have|been|would|must've|would've|or|so|and|but|well"
    r"|oh|when|in|morning|night|middle|of|a|bit|one|two|three|four|five|six|seven|eight|nine"
    r"|ten|eleven|twelve|twenty|thirty|forty|fifty|midnight"
)
_TIME_LEAD_WORDS: Final = frozenset({"time", "when", "what", "the", "so", "and", "but"})
_TOLD_SENTENCES: Final = 2  # "Time? Half one." is two
# A clock with a dot: in a clause that only tells the time, "1.15" is 1:15.
_DOTTED_CLOCK_RE: Final = re.compile(r"(?<![\d.])([01]?\d|2[0-3])\.([0-5]\d)(?![\d.])")


def told_time(reading: Reading, norm: str) -> str:
    """The first clause of a sentence right after the cramp's own that only tells the time
    ("calf cramp in the night. it was about half past one, the clocks went back"), or "" when
    there is none: a lead of its own ("time?") may come before it."""
    anchor = reading.anchor
    if anchor is None:
        return ""
    first = anchor.clause.sentence + 1
    for number in range(first, min(first + _TOLD_SENTENCES, len(reading.sentences))):
        if any(m.clause.sentence == number for m in reading.mentions):
            return ""  # another cramp, or the same told again: its own sentence
        clause = next((c for c in reading.clauses if c.sentence == number), None)
        if clause is None:
            continue
        told = norm[clause.start : clause.end]
        words = _WORDS_RE.findall(told)
        if not words and not any(ch.isdigit() for ch in told):
            continue
        if all(w in _TIME_LEAD_WORDS for w in words) and not any(ch.isdigit() for ch in told):
            continue  # "time?", "when?"
        if not all(_TIME_WORD_RE.fullmatch(w) for w in words):
            return ""
        return _DOTTED_CLOCK_RE.sub(r"\1:\2", told.strip())  # "1.15 by my phone": 1:15
    return ""
