"""Pure parser for cramp reports written as plain chat text.

``parse_cramp(text, now=..., tz=..., date_order=None)`` returns a ``CrampParse``. No I/O
after import, no globals that change; all regexes are compiled at import time (the
severity words are read once from content/en/parsing/severity.yaml, see lexicon.py).

Severity words (content/en/parsing/severity.yaml; the contract's anchors are checked at
load): slight / minor / light 2, mild / "mild twinge" 3, "not (too) bad" 4, moderate /
medium 5, painful / uncomfortable 6, bad / strong / nasty / "hurt a lot" 7, severe /
intense / "really bad" 8, terrible / horrible / awful / "killing me" / "hurt like hell" 9,
excruciating / agony / unbearable / worst ever 10. An intensifier ("very", "really", "so",
"super", "extremely") adds one (mild words lose one). Numbers beat words; a negative
number ("-3/10") or one over 10 is out of range (``severity_out_of_range``, asked back).

Durations: "a few seconds" 5 s, "a couple of seconds" 2 s, "several seconds" 10 s;
"a few minutes" 3 min, "several minutes" 5 min; a range ("2-3 min") gives its midpoint;
"seized up / locked up / knotted for 90 seconds" is a duration.

Dates (bot/parsing/dates.py): "on 25/11", "25.11.", "Nov 25", "25 Nov", "November 25th",
"25th of November", "2026-11-25", "the 3rd". Numeric dates are read by ``date_order``:
``"dmy"`` (day first) or ``"mdy"`` (month first); None follows the zone: month-first for
the zones of the United States (America/New_York, America/Chicago, US/*, ...) and
Asia/Manila, day-first everywhere else. A number over 12 fixes its role either way (25/11
and 11/25 are both 25 November). "N/10" is a severity unless it has a year or "on" before
it. A year-less date is this year's unless that is over 31 days ahead (then last year's);
"the 3rd" is this month's, or last month's when still ahead.

Times (bot/parsing/timephrases.py): "the night before last" / "two nights ago" are the
night that ended yesterday morning; "woke me up" / "night cramp" without another time
mean last night. A time after ``now`` ("tomorrow", "next week", "in 3 days", a date
after today, "today at 11pm" said at 14:00) sets ``in_future``: the bot asks back.

General statements ("I get cramps every night", "I always get calf cramps") are not a
cramp that happened: ``is_cramp`` is false and ``general`` is "habitual", or "pregnancy"
when the writer says they are pregnant ("I am pregnant and get cramps").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from functools import lru_cache
from typing import Any, Final, Literal, TypeVar
from zoneinfo import ZoneInfo

from bot.parsing.normalise import normalise
from bot.parsing.numbers import amount
from bot.parsing.terms import (  # re-exported: the contract's vocabulary
    LEG_MUSCLES,
    LONG_DURATION_S,
    MAX_DURATION_S,
    MUSCLES,
    RED_FLAGS,
    SIDES,
    TRIGGERS,
)
from bot.parsing.timephrases import (
    TO_BED,
    Story,
    TimeInfo,
    names_a_clock,
    resolve_time,
    says_just_now,
)
from bot.parsing.told_back import without_quoted_question

__all__ = [
    "LONG_DURATION_S",
    "MAX_DURATION_S",
    "MUSCLES",
    "RED_FLAGS",
    "SIDES",
    "TRIGGERS",
    "CrampParse",
    "cramp_duration",
    "normalise",
    "parse_cramp",
]
from bot.parsing import episode, form
from bot.parsing.body import (
    find_muscle,
    find_side,
    last_muscle,
    leg_side,
    thigh_part,
    toes_in_the_foot,
)
from bot.parsing.clock_change import first_of_the_repeat
from bot.parsing.continuation import continuation, told_time
from bot.parsing.dates import DateOrder, default_date_order, find_date, mask, mask_this_year
from bot.parsing.duration import (
    Duration,
    find_duration,
    held_since,
    held_since_ago,
    started_at,
    unit_seconds,
)
from bot.parsing.flags import find_triggers
from bot.parsing.recent_scene import recent_scene_time
from bot.parsing.severity import SEVERITY_NUMBER_RES, find_severity, opens_with_severity
from bot.parsing.triage.screen import red_flags, screen
from bot.parsing.within_event import tells_the_events_clock, within_event


@dataclass(frozen=True, slots=True)
class CrampParse:
    """What a chat message says about a cramp. ``to_json_dict`` is the CLI contract."""

    is_cramp: bool
    occurred_at: datetime | None
    side: str | None
    muscle: str | None
    severity: int | None
    duration_s: int | None
    triggers: tuple[str, ...]
    red_flags: tuple[str, ...]
    severity_out_of_range: int | None = None
    duration_out_of_range_s: int | None = None
    in_future: bool = False
    # "I get cramps every night": cramps in general, not one that happened (not logged);
    # "pregnancy" when such a statement also says the writer is pregnant.
    general: Literal["habitual", "pregnancy"] | None = None

    def to_json_dict(self) -> dict[str, Any]:
        """The exact JSON shape of the contract (no extra keys)."""
        return {
            "is_cramp": self.is_cramp,
            "occurred_at": self.occurred_at.isoformat() if self.occurred_at else None,
            "side": self.side,
            "muscle": self.muscle,
            "severity": self.severity,
            "duration_s": self.duration_s,
            "triggers": list(self.triggers),
            "red_flags": list(self.red_flags),
        }


# ------------------------------------------------------------------------------ main

_LEG_RE = re.compile(r"\blegs?\b")
# The sentences whose severity words may rate the cramp: they speak of it or of pain, or
# are a word or three ("Severe."), or tell how long it lasted ("lasted a minute maybe, pretty
# bad"), and are not about something else. A number on a scale ("8/10", "8 out of 10") rates
# the cramp wherever it is ("8/10 for about 15 seconds, then tight for the session").
_RATES_RE = re.compile(
    r"\b(?:cramp\w*|pain\w*|hurt\w*|sore|it|rate\w*|scale|lasted|lasting|not\s+(?:too|that|so)\s+bad"
    r"|(?:a|an|that|this|the)\s+(?:\w+\s+){0,2}one)\b"
)
_WORDS_RE = re.compile(r"[a-z']+")
_PIECES_RE = re.compile(r"[,;:]")


def _numeric(sentence: str) -> bool:
    return any(rx.search(sentence) for rx in SEVERITY_NUMBER_RES[:2])


def _rates(sentence: str) -> bool:
    if _numeric(sentence) or any(opens_with_severity(p) for p in _PIECES_RE.split(sentence)):
        return True  # "agony, like steel cables", "...through the back of my hand, excruciating"
    if episode.ACTIVITY_RE.search(sentence) and not episode.CRAMP_WORD_RE.search(sentence):
        return False
    return (
        bool(_RATES_RE.search(sentence))
        or len(_WORDS_RE.findall(sentence)) <= 3
        or find_duration(sentence) is not None
    )


_T = TypeVar("_T")


def _first(scopes: list[str], find: Callable[[str], _T | None]) -> _T | None:
    for scope in dict.fromkeys(scopes):  # the scopes are often the same text
        found = find(scope)
        if found is not None:
            return found
    return None


def _severity(
    reading: episode.Reading, norm: str, scopes: list[str]
) -> tuple[int | None, int | None]:
    """The cramp's severity: from its clause, its sentence (without other events), or a
    sentence that rates it (not one about cramps in general); `scopes`: the reading's."""
    anywhere = find_severity(norm)
    if reading.anchor is None or anywhere == (None, None):
        return anywhere  # nothing in the message rates anything
    clause, sentence, quiet = scopes[:3]
    for scope in dict.fromkeys((clause, sentence)):
        found = find_severity(scope)
        if found != (None, None):
            more = continuation(reading, norm) if not _numeric(scope) else ""
            if more and _numeric(more):  # "seized up so bad i yelled. 7/10 easy": a number
                return find_severity(more)  # on the scale beats a word, in the cramp's report
            return found
    general = {m.clause.sentence for m in reading.mentions if m.kind == "habitual"}
    own = reading.anchor.clause.sentence
    related = [  # a number on a scale is read even in a clause about something else
        norm[a:b] if _numeric(norm[a:b]) else quiet[a:b]
        for number, (a, b) in enumerate(reading.sentences)
        if number not in general
        and _rates(norm[a:b])
        and not (number > own and _mild_aftermath(norm[a:b]))
    ]
    return find_severity(" . ".join(related))


# What is left after the cramp, told in a later sentence: "now ok only slight pain", "8 hrs
# later it's still a bit tight". Mild words there rate the aftermath, not the cramp (strong
# ones may still be the cramp going on: "calf cramped 10 min ago. still agony").
_AFTERMATH_RE = re.compile(
    r"\b(?:now|still|later|afterwards?|since|left\s+(?:me|with)|lingering|residual|leftover"
    r"|today|tomorrow|next\s+day|this\s+morning)\b"
)
_MILD_TOP = 3


def _mild_aftermath(sentence: str) -> bool:
    if _numeric(sentence) or not _AFTERMATH_RE.search(sentence):
        return False
    level = find_severity(sentence)[0]
    return level is not None and level <= _MILD_TOP


def _time(
    reading: episode.Reading,
    norm: str,
    scopes: list[str],
    resolve: Callable[[str], TimeInfo],
    now: datetime,
    in_event: datetime | None = None,
) -> TimeInfo:
    """The cramp's time: one named in its clause; else its place inside a timed event
    (``in_event``: "the last half hour of a 10 to 1 exam"); else one named in its sentence
    (other events' clauses left out), else one implied by its clause ("woke me up"), else one
    named anywhere in its sentence, then in the message."""
    clause, quiet_sentence, quiet = scopes[:3] if len(scopes) > 1 else ("", "", "")
    sentence = lead = latest = latest_told = head = ""
    anchor = reading.anchor
    if anchor is not None:
        lead = quiet[reading.sentences[anchor.clause.sentence][0] : anchor.clause.end]
        quiet = _without_bedtime(reading.clauses, anchor.clause, quiet)
        start, end = reading.sentences[anchor.clause.sentence]
        # other events' spans ("gaming from 6pm till 3am, stood up and ...") told by their end
        norm, quiet = _span_ends(norm, anchor.clause), _span_ends(quiet, anchor.clause)
        sentence, quiet_sentence = norm[start:end], quiet[start:end]
        head = norm[start : anchor.clause.end]
        latest = _latest_clock_before(reading.clauses, anchor.clause, quiet)
        # ... and among other events' clauses too ("swim start 7:05, around the second buoy
        # (maybe 7:25) a guy swam over me and my calf locked up" is 7:25)
        latest_told = _latest_clock_before(reading.clauses, anchor.clause, norm)
    # (scope, an implied time will do, the scope keeps other events' clauses)
    steps = [(clause, False, False), (latest, False, False), (quiet_sentence, False, False),
             (clause, True, False), (latest_told, False, True), (sentence, False, True),
             (quiet, False, False), (norm, True, True)]  # fmt: skip
    if anchor is not None and (later := _told_later(reading, norm, anchor, resolve, now)):
        return later
    if anchor is not None and (back := _told_back(reading, norm, anchor, resolve)):
        return back
    if anchor is not None and (listed := _listed_after(reading, norm, clause, resolve)):
        return listed
    if anchor is not None and (told := _time_told_after(reading, norm, quiet_sentence, resolve)):
        return told
    if anchor is not None and (
        ended := _after_an_ended_event(reading, norm, anchor, resolve, now)
    ):
        return ended
    if anchor is not None and (last := _the_last_one(reading, norm, resolve)):
        return last
    if anchor is not None and _just_after_an_earlier_event(norm, anchor, resolve):
        return TimeInfo(now, night=False, in_future=False)
    # the event's place beats a day or a part of it told in the clause ("in the last hour of
    # dialysis this evening"), and the event's own clock ("started at 7 and 4 hours in my calf
    # seized"), not another clock time told there
    if in_event is not None and (not names_a_clock(clause) or tells_the_events_clock(clause)):
        return TimeInfo(in_event, night=False, in_future=False)
    seen: dict[str, TimeInfo] = {}  # the scopes are often the same text
    for scope, implied_ok, others in steps:
        if not scope.strip():
            continue
        found = seen.get(scope)
        if found is None:
            found = seen[scope] = resolve(scope)
        if (
            found.in_future and anchor is not None
            and scope in (quiet, norm) and scope not in (sentence, clause)
        ):  # fmt: skip
            continue  # a plan in another sentence ("cooking for eid tomorrow"), not the cramp's
        if found.in_future and anchor is None and any(m.kind == "past" for m in reading.mentions):
            continue  # a plan beside an old cramp ("audax next month, last ride i cramped")
        if (
            found.in_future and scope is not clause and _PAST_CLAUSE_RE.search(clause)
            and _PLAN_RE.search(scope) and not _PLAN_RE.search(clause)
        ):  # fmt: skip
            continue  # a plan beside a cramp told as past ("audax next month, last one i cramped")
        if scope is clause and _now_in_the_clause(found, clause, reading, norm, now):
            return found  # "and now both hands keep clenching into cramps": told as now
        if found.occurred_at is not None and (implied_ok or not found.inferred):
            if scope is clause and abs(found.occurred_at - now) < _A_MINUTE:
                return _going_since(found, resolve(quiet_sentence), now)
            if scope is clause and (
                refined := _clock_of_the_sentence(found, clause, quiet_sentence, resolve)
            ):
                return refined
            if scope is quiet_sentence and (framed := _framed_day(found, scope, head, resolve)):
                return framed
            return _after_the_event(found, lead, now) if others else found
    return resolve("")


_A_MINUTE = timedelta(minutes=1)
# A plan's time: "next month", "tomorrow", "in 3 weeks".
_PLAN_RE = re.compile(
    r"\b(?:next|tomorrow|tmrw|upcoming|in\s+(?:\d+|a|two|three|a\s+few|a\s+couple\s+of)\s+(?:days?"
    r"|weeks?|months?))\b"
)
# A cramp's clause told as past: its verb in the past or "the last one".
_PAST_CLAUSE_RE = re.compile(
    r"\b(?:last\s+(?:one|time|race|ride|run|game|match|season|year)|cramped|seized|locked|knotted"
    r"|spasmed|had|got|was|went|woke)\b"
)
# A day or a part of it: what dates a bare clock time.
_DAY_WORD_RE = re.compile(
    r"\b(?:yesterday|yday|last\s+ni(?:ght|te)|lastnight|tonight|tonite|today|morning|afternoon"
    r"|evening|night|(?:mon|tues|wednes|thurs|fri|satur|sun)day|weekend)\b"
)


def _framed_day(
    found: TimeInfo, kept: str, head: str, resolve: Callable[[str], TimeInfo]
) -> TimeInfo | None:
    """A bare clock in the cramp's sentence, dated by the day that opens the sentence in a
    clause of its own ("last night at the concert, so around 9:30, my toes curled up")."""
    if found.occurred_at is None or _DAY_WORD_RE.search(kept) or not names_a_clock(kept):
        return None
    if not _DAY_WORD_RE.search(head):
        return None
    told = resolve(head)
    if told.occurred_at is None or told.occurred_at == found.occurred_at:
        return None
    a, b = told.occurred_at, found.occurred_at
    return told if (a.hour % 12, a.minute) == (b.hour % 12, b.minute) else None


# A span of another event: "ranked grind from 6pm till 3am", "on shift 7 to 7".
_SPAN_START_RE = re.compile(
    r"\bfrom\s+\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\.?)?\s+(?:till|until|til|to|-|through)\s+"
    r"(?=\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?m\b|\b))"
)


def _span_ends(norm: str, own: episode.Span) -> str:
    """``norm`` with the start of another event's span blanked, so that its end is the clock
    read ("from 6pm till 3am, stood up and my thigh cramped" is 3am): the cramp told after it."""
    if "from" not in norm:
        return norm
    out = norm
    for m in _SPAN_START_RE.finditer(norm):
        if m.end() <= own.start:
            out = out[: m.start()] + " " * (m.end() - m.start()) + out[m.end() :]
    return out


_NOW_WORD_RE = re.compile(r"\bnow\b")


def _of_cramps(reading: episode.Reading, norm: str) -> str:
    """The cramp's sentence told by its clauses that speak of cramps, the others blanked
    ("throwing up since 5pm, and now my calves are cramping": the clock is the sickness's)."""
    anchor = reading.anchor
    if anchor is None:
        return ""
    number = anchor.clause.sentence
    told = {m.clause for m in reading.mentions}
    others = [c for c in reading.clauses if c.sentence == number and c not in told]
    start, end = reading.sentences[number]
    return episode.blank(norm, others)[start:end]


def _now_in_the_clause(
    found: TimeInfo, clause: str, reading: episode.Reading, norm: str, now: datetime
) -> bool:
    """The cramp's own clause says "now" of what it is doing ("and now my hands keep
    cramping"): that is its time, whatever else the sentence dates, unless the sentence's
    clauses that speak of cramps name the clock of one of them ("... keep cramping, had a bad
    one at 5"; not "throwing up since 5pm, and now my calves are cramping")."""
    return (
        found.inferred
        and found.occurred_at is not None
        and abs(found.occurred_at - now) < _A_MINUTE
        and _NOW_WORD_RE.search(clause) is not None
        and not names_a_clock(_of_cramps(reading, norm))
    )


_AGO_RE = re.compile(r"\bago\b")
_NEXT_RE = re.compile(r"\s*(?:[,;.]|and\b|then\b|but\b|so\b|now\b)")


def _just_after_an_earlier_event(
    norm: str, anchor: episode.Mention, resolve: Callable[[str], TimeInfo]
) -> bool:
    """The cramp is told with "just" after an event told by how long ago it was ("went to
    bed about 2 hrs ago and just got woken by my toe"): the cramp is now, the hours are the
    earlier event's."""
    agos = list(_AGO_RE.finditer(norm, 0, anchor.start))
    if not agos:
        return False
    rest = norm[agos[-1].end() : anchor.clause.end]
    if not _NEXT_RE.match(rest):
        return False  # "an hour ago I just had one": the hour is the cramp's
    if not says_just_now(rest):
        return False
    own = resolve(rest)  # no time of its own told after the event
    return own.occurred_at is None or own.inferred


_SAME_NIGHT = timedelta(hours=6)
_CLOCKISH_RE = re.compile(
    r"\d|\b(?:half|quarter|midnight|noon|one|two|three|four|five|six|seven|eight|nine|ten|eleven"
    r"|twelve)\b"
)


def _clock_of_the_sentence(
    found: TimeInfo, clause: str, sentence: str, resolve: Callable[[str], TimeInfo]
) -> TimeInfo | None:
    """A part of the day told in the cramp's clause, with its clock told later in the same
    sentence ("cramp attacked my leg last night when I was deep asleep, around 2am")."""
    if len(sentence.strip()) <= len(clause.strip()) or not _CLOCKISH_RE.search(sentence):
        return None  # the clause is the whole sentence, or nothing there could be a clock
    if names_a_clock(clause) or not names_a_clock(sentence):
        return None
    told = resolve(sentence)
    if told.occurred_at is None or found.occurred_at is None:
        return None
    return told if abs(told.occurred_at - found.occurred_at) <= _SAME_NIGHT else None


# "... my calf cramped so hard. brutal. that was maybe 20 min ago": the cramp's time, told in a
# sentence of its own after it, beats a part of the day its own sentence names ("after work").
_TOLD_BACK_RE = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:that|this|it)\s+(?:was|happened|started)\s+(?:maybe\s+|about\s+"
    r"|around\s+|like\s+|only\s+|just\s+|roughly\s+|nearly\s+|almost\s+)?(?:an?|\d{1,3}|half\s+an"
    r"|one|two|three|four|five|ten|twenty|thirty|forty|a\s+few|a\s+couple\s+of)\s*(?:\w+\s+)?"
    r"(?:minutes?|mins?|hours?|hrs?)\s+ago\b"
)


def _told_back(
    reading: episode.Reading,
    norm: str,
    anchor: episode.Mention,
    resolve: Callable[[str], TimeInfo],
) -> TimeInfo | None:
    """The cramp's time told back in a sentence after its own ("that was maybe 20 min ago")."""
    for start, end in reading.sentences[anchor.clause.sentence + 1 :]:
        told = norm[start:end]
        if _TOLD_BACK_RE.match(told):
            found = resolve(told)
            return found if found.occurred_at is not None else None
    return None


def _listed_after(
    reading: episode.Reading, norm: str, clause: str, resolve: Callable[[str], TimeInfo]
) -> TimeInfo | None:
    """The clock time told in the cramp's continuation ("... got woke by a cramp. right
    hamstring, at 6:40 this morning, 7/10"), when the cramp's clause names no time of its own:
    it beats the night that waking implies and a night told of another event."""
    more = continuation(reading, norm)
    if not more or not names_a_clock(more):
        return None
    own = resolve(clause)
    if own.occurred_at is not None and not own.inferred:
        return None  # "cramp last night. left calf, at 9": the clause's own
    found = resolve(more)
    return found if found.occurred_at is not None and not found.in_future else None


def _time_told_after(
    reading: episode.Reading, norm: str, sentence: str, resolve: Callable[[str], TimeInfo]
) -> TimeInfo | None:
    """The clock time told on its own right after the cramp's sentence ("woke with my calf
    cramping. it was about half one"), when that sentence names no clock: read with the day or
    the part of it the sentence tells ("last night", "woke")."""
    told = told_time(reading, norm)
    if not told or not names_a_clock(told) or names_a_clock(sentence):
        return None
    found = resolve(f"{sentence.strip()} . {told.strip()}")
    return found if found.occurred_at is not None and not found.in_future else None


# An event told by its end at a clock time: "I finish 12 hours of night at 7h", "got off work
# at 6", "the match ended at 4", "clocked off at 10", "worked until 7".
_ENDED_RE = re.compile(
    r"\b(?:finish(?:ed|es|ing)?|ended|ends|end\s+of|(?:got|get|came|come)\s+off|clock(?:ed)?\s+"
    r"(?:off|out)|knock(?:ed)?\s+off|sign(?:ed)?\s+off|left\s+work|done\s+(?:at|by)|until|till"
    r"|til)\b"
)
_RIGHT_AFTER = timedelta(minutes=15)


def _after_an_ended_event(
    reading: episode.Reading,
    norm: str,
    anchor: episode.Mention,
    resolve: Callable[[str], TimeInfo],
    now: datetime,
) -> TimeInfo | None:
    """The cramp told right after an event told by its end at a clock time, in the sentence
    before or earlier in its own ("I finish 12 hours of night at 7h this morning. In the
    parking, my left foot make a cramp"), its own sentence telling no time: just after that end
    (a quarter of an hour at most; an hour when it says "got home"), not a night another
    sentence tells of something else ("also last night the hour changed")."""
    number = anchor.clause.sentence
    start, end = reading.sentences[number]
    before = norm[reading.sentences[max(0, number - 1)][0] : anchor.clause.start]
    told = _ENDED_RE.search(before)
    if told is None or not names_a_clock(before[told.start() :]):
        return None
    if names_a_clock(norm[start:end]) or resolve(norm[start:end]).occurred_at is not None:
        return None  # the cramp's own time: "... at 7. calf cramped at 7:30 in the car park",
        # "around 12:40, my left calf cramped", "last night before work my calf cramped"
    ended = resolve(before[told.start() :])
    if ended.occurred_at is None or ended.inferred or ended.in_future:
        return None
    lead = norm[start : anchor.clause.end]
    if _AFTER_THE_EVENT_RE.search(lead):
        return _after_the_event(ended, lead, now)  # "got home", "on the way back"
    gap = max(now - ended.occurred_at, timedelta(0))
    later = ended.occurred_at + min(gap / 2, _RIGHT_AFTER)
    return replace(ended, occurred_at=later.replace(microsecond=0))


# "round 10 last night, an hour later a charley horse woke me": a while after a told clock.
_LATER_RE = re.compile(
    r"\b(?P<n>an?|one|two|three|four|a\s+couple\s+of|a\s+few|\d{1,2}|half\s+an)\s*"
    r"(?P<unit>hours?|hrs?|minutes?|mins?)\s+(?:later|into\s+(?:my\s+|the\s+)?sleep"
    # "an hour after falling asleep": after the bedtime told before it
    r"|after\s+(?:i\s+)?(?:fell\s+asleep|falling\s+asleep|dozed\s+off|dozing\s+off|drifted\s+off"
    r"|drifting\s+off|nodded\s+off|nodding\s+off|lights\s+out))\b"
)


def _told_later(
    reading: episode.Reading,
    norm: str,
    anchor: episode.Mention,
    resolve: Callable[[str], TimeInfo],
    now: datetime,
) -> TimeInfo | None:
    """The cramp's time when its clause comes "an hour later" than a clock time told before
    it, in its sentence or the one before; None otherwise."""
    clause = norm[anchor.clause.start : anchor.clause.end]
    m = (
        _LATER_RE.search(clause)
        if ("later" in clause or "after" in clause or "into" in clause)
        else None
    )
    if m is None or names_a_clock(clause[m.end() :]):
        return None
    sentence = anchor.clause.sentence
    start = reading.sentences[max(0, sentence - 1)][0]
    before = norm[start : anchor.clause.start + m.start()]
    if not names_a_clock(before):
        return None
    base = resolve(before)
    count = amount(m.group("n"))
    if base.occurred_at is None or count is None:
        return None
    when = base.occurred_at + timedelta(seconds=count * unit_seconds(m.group("unit")))
    return replace(base, occurred_at=when) if when <= now else None


def _the_last_one(
    reading: episode.Reading, norm: str, resolve: Callable[[str], TimeInfo]
) -> TimeInfo | None:
    """The time of the latest of cramps that keep coming, when the message tells it ("both
    hands keep cramping, the last one was about 10 min ago"); None otherwise."""
    for mention in reading.mentions[1:]:
        if mention.kind == "episode" and norm.startswith("the last one", mention.start):
            found = resolve(norm[mention.clause.start : mention.clause.end])
            if found.occurred_at is not None:
                return found
    return None


def _going_since(found: TimeInfo, sentence: TimeInfo, now: datetime) -> TimeInfo:
    """A cramp of now whose sentence says how long it has gone on ("there's one going right
    now, been about 15 min"): it began then."""
    began = sentence.occurred_at
    if began is not None and timedelta(0) < now - began <= timedelta(hours=12):
        return sentence
    return found


def _latest_clock_before(clauses: tuple[episode.Span, ...], own: episode.Span, quiet: str) -> str:
    """The cramp's sentence told up to its latest clock time before the cramp ("dozed off
    around 7, he woke me at 9 and when I stood up my calf cramped" is 9): the earlier clocks
    blanked, the day words kept ("tuesday morning, 5ish, a cramp"). Empty when the sentence
    names fewer than two clock times before the cramp."""
    ahead = [c for c in clauses if c.sentence == own.sentence and c.end <= own.start]
    if len(ahead) < 2 or len(_CLOCKISH_RE.findall(quiet, ahead[0].start, own.start)) < 2:
        return ""  # fewer than two clock times told before the cramp
    timed = [c for c in ahead if names_a_clock(quiet[c.start : c.end])]
    if len(timed) < 2:
        return ""
    return episode.blank(quiet, timed[:-1])[ahead[0].start : own.end]


_CLOCKISH_RE = re.compile(r"\d+|\b(?:noon|midnight|midday|o'?clock|half|quarter|ish)\b")


# Going to sleep is not the cramp that woke you: "went to bed around 11, a cramp woke me".
_BEDTIME_RE = re.compile(
    TO_BED + r"|\bturned\s+in\b"
    r"|\bhit\s+the\s+(?:hay|sack)\b|\blights\s+out\b"
    r"|\b(?:fell|fall|falling|drifted|drifting)\s+(?:a)?sleep\b|\b(?:dozed|nodded)\s+off\b"
)


_BEDTIME_CUES: Final = ("bed", "sleep", "turned in", "hit the", "lights out", "dozed", "nodded")
_SOMEONE_ELSES_BEDTIME_RE = re.compile(r"\b(?:was|were|is|are)\s+$")  # "hubby was going to bed"


def _bedtime(piece: str) -> bool:
    """Whether a clause tells of the writer going to sleep."""
    return any(
        not _SOMEONE_ELSES_BEDTIME_RE.search(piece, 0, m.start())
        for m in _BEDTIME_RE.finditer(piece)
    )


def _without_bedtime(clauses: tuple[episode.Span, ...], own: episode.Span, quiet: str) -> str:
    """``quiet`` with the clauses that tell the clock time of going to sleep blanked."""
    if not any(cue in quiet for cue in _BEDTIME_CUES) or not _BEDTIME_RE.search(quiet):
        return quiet
    bedtimes = [
        clause
        for clause in clauses
        if clause != own
        and _bedtime(piece := quiet[clause.start : clause.end])
        and not episode.CRAMP_WORD_RE.search(piece)
        and names_a_clock(piece)  # its day words stay ("friday evening I dozed off")
    ]
    return episode.blank(quiet, bedtimes)


# The cramp came after the event whose time was told: "played tennis at 1 and when I got home
# my calf started cramping".
_AFTER_THE_EVENT_RE = re.compile(
    r"\b(?:afterwards?|after\s+(?:that|it|this)|later|got\s+(?:home|back|in)|came\s+(?:home|back|in)"
    r"|back\s+home|on\s+the\s+way\s+(?:home|back))\b"
)
_SOON_AFTER = timedelta(hours=1)


def _after_the_event(found: TimeInfo, lead: str, now: datetime) -> TimeInfo:
    """A time read from another event's clause, moved on when the cramp's sentence (up to the
    cramp) says it came after that event: half way to now, and at most an hour after."""
    if found.occurred_at is None or not _AFTER_THE_EVENT_RE.search(lead):
        return found
    gap = now - found.occurred_at
    if gap <= timedelta(0):
        return found
    later = found.occurred_at + min(gap / 2, _SOON_AFTER)
    return replace(found, occurred_at=later.replace(microsecond=0))


def _diary_shorthand(
    norm: str, muscle: str | None, severity_numeric: bool, duration: bool
) -> bool:
    """ "L calf 7/10 2 min", "calf 3am again": a report without the word cramp."""
    if not (muscle is not None or _LEG_RE.search(norm)):
        return False
    if told := form.fields(norm):  # "- when: sunday about 7 / - where: right calf / - 6/10"
        return _a_forms_cramp(norm, told)
    if not (severity_numeric or duration or _clock_line(norm, muscle)):
        return False
    if len(_WORDS_RE.findall(norm)) > 12 or _WALK_OR_INJURY_RE.search(norm):
        return False  # a diary line is short; a longer text without the word is about else
    return not ("?" in norm or episode.QUESTION_START_RE.match(norm))


def _a_forms_cramp(norm: str, told: list[tuple[str, str]]) -> bool:
    """A form's fields (``told``, from ``form.fields``) tell one cramp, when one is when it
    happened or how bad or long it was: not a walk's pain or an injury, a habit, or a question.
    What the writer was doing ("doing what: walking the dog") is a trigger; an injury there is
    still one."""
    if not any(label.startswith(form.TELLS_THE_CRAMP) for label, _ in told):
        return False
    if _WALK_OR_INJURY_RE.search(form.without_activity(told)) or _INJURY_RE.search(norm):
        return False
    return not (episode.tells_a_habit(norm) or "?" in norm)


# A message opening with a repeat told as a diary line: "Again at 2.30 this night, left calf,
# before the clock jumped. This is 4 or 5 nights every week..."
_AGAIN_LINE_RE = re.compile(r"\s*(?:again|another\s+one|once\s+more)\b.*?(?=\.(?:\s|$)|[!?\n]|$)")


def _again_line(norm: str, muscle: str | None) -> bool:
    """The first sentence a repeat told as a diary line: "again", a muscle and the clock or the
    night, in a dozen words, not asked."""
    line = _AGAIN_LINE_RE.match(norm)
    if muscle is None or line is None or len(_WORDS_RE.findall(line.group(0))) > 12:
        return False
    told = line.group(0)
    if not (names_a_clock(told) or _NIGHT_WORD_RE.search(told)) or "?" in norm[: line.end() + 2]:
        return False
    return find_muscle(told) is not None and _ROUTINE_LINE_RE.search(told) is None


_NIGHT_WORD_RE = re.compile(
    r"\b(?:last\s+night|this\s+night|tonight|in\s+the\s+night|overnight)\b"
)


def _clock_line(norm: str, muscle: str | None) -> bool:
    """A diary line of a few words, a muscle and the clock time: "calf 3am again", "left foot
    2:40" (not a routine: "calf raises 6pm", "stretch hamstrings 9pm")."""
    if muscle is None or len(_WORDS_RE.findall(norm)) > _CLOCK_LINE_WORDS:
        return False
    return names_a_clock(norm) and _ROUTINE_LINE_RE.search(norm) is None


_CLOCK_LINE_WORDS: Final = 6
_ROUTINE_LINE_RE = re.compile(
    r"\b(?:stretch\w*|raises?|exercis\w*|massage\w*|physio\w*|appointment|appt|class|session"
    r"|yoga|pilates|gym|run|walk|train\w*|workout|rehab|ice|heat|roll\w*|tape|taped|socks?|cream)\b"
)


# A short burst of pain in one muscle, told without a cramp word: "knife in my calf at 3am,
# lasted half a minute", "absolute agony in my left calf, lasted 2 minutes". Pain that came
# with walking or from an injury is something else (the warning screen reads both).
_BURST_RE = re.compile(
    r"\b(?:knife|knives|stab\w*|agon\w+|sear\w*|shooting|excruciat\w*|pain\w*|ow+|ouch"
    r"|scream\w*|yell\w*)\b"
)
# Pain that came with walking or from an injury: neither a burst nor a diary line's cramp.
_INJURY = (
    r"kick\w*|fell(?!\s+(?:a)?sleep)|fall\w*(?!\s+(?:a)?sleep)|twist\w*|sprain\w*|tore|torn"
    r"|tear|pulled|strain\w*|hit|knock\w*|boot|tackl\w*|injur\w*|bruis\w*"
)
_INJURY_RE = re.compile(rf"\b(?:{_INJURY})\b")
_WALK_OR_INJURY_RE = re.compile(rf"\b(?:walk\w*|climb\w*|stairs|uphill|{_INJURY})\b")
_LASTING_DAYS_RE = re.compile(r"\b(?:days|weeks|since)\b")
_SOMEONE_ELSES_MUSCLE_RE = re.compile(
    r"\b(?:his|her|their)\s+(?:left\s+|right\s+|little\s+)?(?:calf|calves|foot|feet|toes?|thighs?"
    r"|hamstrings?|quads?|shins?|legs?)\b"
)
_BURST_MAX_S = LONG_DURATION_S


# "right calf cramped ... then the left one went too": the other side joined in.
_OTHER_SIDE_TOO_RE = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:the\s+|my\s+)?(?P<s>other|left|right)\s+(?:one|leg|calf|foot|thigh|hammy|hamstring"
    r"|quad|shin|side)\s+(?:\w+\s+){0,2}?(?:went|did|joined|followed|cramped|seized|locked"
    r"|started|kicked\s+off|got\s+it|too\b|as\s+well)"
    # "my right calf started cramping, then the left", "then the left one"
    # ... "then a couple of hours later the left"
    r"|\bthen\s+(?:(?:\w+\s+){1,4}?later\s+)?(?:the\s+|my\s+)?(?P<t>left|right|other)(?:\s+one)?"
    r"(?=\s*(?:[,.;!]|$|\s+(?:too"
    r"|as\s+well|and|went|did|joined|followed)\b))"
    # "the moment i put weight on the left that quad did the same"
    r"|\b(?P<u>left|right)\s+(?:\w+\s+){0,3}?(?:that|this|the)\s+(?:one|leg|calf|foot|thigh|quad"
    r"|hamstring|hammy|shin)\s+(?:did\s+the\s+same|went\s+too|went\s+as\s+well|followed|went)\b"
)


# "... and the left one felt like it was about to join in": that side never cramped.
_ALMOST_SIDE_RE = re.compile(
    r"\b(?P<s>left|right)\s+(?:one|leg|calf|foot|thigh|side)\s+(?:\w+\s+){0,4}?(?:about\s+to"
    r"|nearly|almost|threaten\w*|wanted\s+to|tried\s+to|was\s+going\s+to|twinged\s+but)"
)
_OPPOSITE = {"left": "right", "right": "left"}


_BOTH_OF_THEM_RE = re.compile(
    r"\b(?:calf|calves|feet|foot|legs?|thighs?|hamstrings?|quads?|cramps?)\b[^.!?]{0,40}?\bboth\s+of\s+"
    r"them\b"
)


def _both_sides(norm: str, side: str | None) -> str | None:
    """Both, when a report on one side says the other one went too; one side, when the
    other only threatened to."""
    almost = _ALMOST_SIDE_RE.search(norm)
    if side == "both" and almost is not None:
        return _OPPOSITE[almost.group("s")]
    if side is None and almost is None:  # "my foot cramped, then the other foot joined in"
        others = (_joined(m) for m in _OTHER_SIDE_TOO_RE.finditer(norm))
        if "other" in others or _BOTH_OF_THEM_RE.search(norm):
            return "both"  # "calf cramps again last night, both of them this time"
        return None
    if side not in ("left", "right") or almost is not None:
        return side
    for m in _OTHER_SIDE_TOO_RE.finditer(norm):
        if _joined(m) in ("other", _OPPOSITE[side]):
            return "both"
    return side


def _joined(m: re.Match[str]) -> str:
    """The side that joined in, from whichever form of ``_OTHER_SIDE_TOO_RE`` matched."""
    return m.group("s") or m.group("t") or m.group("u")


# Woken by a severe pain in one muscle, told without a cramp word: "woke up at 5:30 with
# EXCRUCIATING pain in my right calf", "woke up to extreme pain in the back of my thigh".
_WOKEN_BY_PAIN_RE = re.compile(
    r"\b(?:woke|woken|wake|waking|awoke|awoken)\s+(?:[\w:.']+\s+){0,6}?(?:with|to|by)\s+(?:\w+\s+){0,3}?"
    r"(?:pain|agony|ache)\s+(?:in|at|up)\b"
)
# ... or by a muscle named alone right after the waking: "i woke up twice in the night,
# first my right calf, then the left", "woke at 3: my left foot. again."
_WOKEN_BY_MUSCLE_RE = re.compile(
    r"\b(?:woke|woken|awoke|awoken)(?:\s+up)?(?:\s+(?:twice|again|(?:two|three|\d)\s+times"
    r"|in\s+the\s+night|last\s+night|this\s+morning|overnight|early|(?:at|around|about)\s+[\w:.]+)){0,3}\s*[,:;-]+\s*(?:first\s+|then\s+)?"
    r"(?:my|the)\s+(?:(?:left|right|lower|upper)\s+)?(?P<muscle>[a-z]+)\s*(?:[,.;!-]|$|then\b)"
)
_WOKEN_SEVERITY = 8  # "extreme", "excruciating", "agony": not "some pain in my calf"


def _woken_by_pain(
    reading: episode.Reading, norm: str, muscle: str | None, severity: int | None
) -> int | None:
    """Where a message that tells of no cramp in words tells of a night cramp by the pain
    that woke the writer, or None: not pain that came with walking or an injury, that has
    lasted days, or in a sentence that denies a cramp ("it wasn't a cramp")."""
    if reading.anchor is not None or muscle is None:
        return None
    woken = _WOKEN_BY_PAIN_RE.search(norm) if (severity or 0) >= _WOKEN_SEVERITY else None
    if woken is None:  # "woke up twice in the night, first my right calf, then the left"
        woken = next(
            (m for m in _WOKEN_BY_MUSCLE_RE.finditer(norm) if find_muscle(m.group("muscle"))),
            None,
        )
    if woken is None or _WALK_OR_INJURY_RE.search(norm) or _LASTING_DAYS_RE.search(norm):
        return None
    if "?" in norm or episode.QUESTION_START_RE.match(norm):
        return None
    sentence = episode.clause_of(reading.clauses, woken.start()).sentence
    for m in reading.mentions:  # a cramp named beside it, or denied ("it wasn't a cramp")
        if m.clause.sentence == sentence or not _NOT_LATELY_RE.search(norm, m.end, m.clause.end):
            return None
    return woken.start()


# "haven't had a charley horse in ages": none lately, so this pain is one.
_NOT_LATELY_RE = re.compile(
    r"\s+(?:in|for)\s+(?:ages|years|months|a\s+(?:long\s+)?(?:while|time)|forever|donkey'?s\s+years)\b"
)


def _pain_burst(norm: str, muscle: str | None, duration: Duration | None) -> int | None:
    """Where a cramp told as a short burst of pain in a named muscle that passed is told
    (the burst word's position), or None."""
    if muscle is None or duration is None or not 0 < duration.seconds <= _BURST_MAX_S:
        return None
    burst = _BURST_RE.search(norm)
    if duration.over or burst is None or _LASTING_DAYS_RE.search(norm):
        return None
    if _SOMEONE_ELSES_MUSCLE_RE.search(norm):  # "holding her calf, it was hard as a rock"
        return None
    if _WALK_OR_INJURY_RE.search(norm) or "?" in norm or episode.QUESTION_START_RE.match(norm):
        return None
    return burst.start()


def _burst_time(
    reading: episode.Reading,
    norm: str,
    at: int,
    told: TimeInfo,
    resolve: Callable[[str], TimeInfo],
) -> TimeInfo:
    """A pain burst's time: one named in its clause, else its sentence, else as told."""
    span = episode.clause_of(reading.clauses, at)
    start, end = reading.sentences[span.sentence]
    for scope in (norm[span.start : span.end], norm[start:end]):
        found = resolve(scope)
        if found.occurred_at is not None:
            return found
    return told


_NOT_THE_WRITERS_NOW: Final = frozenset({"past", "other", "earlier", "negated", "generic"})


# The cramp's subject told just before its clause, with an aside between: "on the bike my LEFT
# calf, the good one, cramped for 40 seconds".
_SUBJECT_TAIL_RE = re.compile(
    r"\b(?P<side>left|right)\s+(?:\w+\s+)?(?:calf|calves|foot|feet|thigh|hamstring|hammy|quad|shin"
    r"|toes?|leg|arch|hand|arm)\s*(?:,\s*(?:the|my)\s+(?:\w+\s+){0,2}?one\s*)?,?\s*$"
)


def _subject_side(reading: episode.Reading, norm: str) -> str | None:
    """The side of the cramp's subject told just before its clause (see above)."""
    anchor = reading.anchor
    if anchor is None:
        return None
    start = reading.sentences[anchor.clause.sentence][0]
    m = _SUBJECT_TAIL_RE.search(norm, start, anchor.clause.start)
    return m.group("side") if m else None


def _muscle_before(reading: episode.Reading, norm: str) -> str | None:
    """When the cramp's clause and sentence name no muscle ("last night both went at once"),
    the muscle named last before it, outside others' and old cramps' clauses ("it used to be
    calf cramps, now it's the backs of my thighs")."""
    anchor = reading.anchor
    if anchor is None:
        return None
    lead = norm[: anchor.clause.start]
    for mention in reading.mentions:
        clause = mention.clause
        if mention.kind in _NOT_THE_WRITERS_NOW and clause.end <= anchor.clause.start:
            lead = lead[: clause.start] + " " * (clause.end - clause.start) + lead[clause.end :]
    return last_muscle(lead)


def _normalised(text: str) -> str:
    """The message as the parser reads it: normalised, without a question quoted back before
    its answer ('You asked "how long did it last". OK: 2am, right foot, 1 min')."""
    return normalise(without_quoted_question(text))


def parse_cramp(
    text: str, *, now: datetime, tz: ZoneInfo, date_order: DateOrder | None = None
) -> CrampParse:
    """Parse one chat message; ``now`` must be timezone-aware (naive means wall time in tz).

    ``date_order`` reads numeric dates day-first (``"dmy"``) or month-first (``"mdy"``);
    None follows the zone (``bot.parsing.dates.default_date_order``).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    norm = _normalised(text)
    order = date_order or default_date_order(tz)
    hit = find_date(norm, now.astimezone(tz).date(), order)
    if hit is not None:
        norm = mask(norm, hit)  # its digits are neither a severity nor a clock time
    norm = mask_this_year(norm, now.astimezone(tz).year)  # "in 2029", told in 2029: not the past
    reading, scopes, whole = _reading(norm)
    muscles = {norm: whole}  # the scopes are often the message itself, or each other

    def muscle_in(scope: str) -> str | None:
        if scope not in muscles:
            muscles[scope] = find_muscle(scope)
        return muscles[scope]

    clause_muscle = muscle_in(scopes[0])
    muscle = clause_muscle if clause_muscle is not None else _first(scopes[1:2], muscle_in)
    if muscle is None and len(scopes) > 1:
        muscle = _muscle_before(reading, norm)
    if muscle is None:
        muscle = _first(scopes[2:], muscle_in)
    spread = muscle not in (None, *LEG_MUSCLES) and _in_many_places(scopes[0], reading)
    if spread:  # "cramps in my legs this afternoon, now my arms and stomach too"
        muscle = None
    if muscle == "thigh" and len(scopes) > 1:  # "the right thigh, the front side": its side,
        muscle = thigh_part(_told_of_it(reading, norm, scopes[1])) or muscle  # or "back of it"
    if muscle == "foot" and toes_in_the_foot(scopes[1] if len(scopes) > 1 else scopes[0]):
        muscle = "toes"  # "cramp in my left foot, in the toes": the more exact place
    untagged = episode.without_right_tag(norm)  # "..., right?" asks; it is no side
    side_scopes = scopes if untagged is norm else reading.scopes(untagged)
    side = find_side(side_scopes[0])
    if side is None and clause_muscle is None:
        side = _subject_side(reading, norm)  # "my LEFT calf, the good one, cramped"
    if side is None:
        side = _first(side_scopes[1:], find_side)
        # further on than the cramp's clause: when that clause names its muscle, read again
        # with the habit's clauses left out ("cramp in my shin again last night, had these in
        # my shins for years"); when it names none, the habit tells which ("my feet cramp at
        # night. last night they woke me")
        habitless = None
        if side is not None and clause_muscle is not None:
            habitless = _without_habit_scopes(reading, norm, scopes)
        if habitless is not None:
            side = _first(habitless, find_side)
    if spread:  # the side of a place outside the leg is not the legs' own
        side = _first(scopes, leg_side)
    side = _both_sides(norm, side)
    severity, sev_oor = _severity(reading, norm, scopes)
    duration = _first(_duration_scopes(reading, norm, scopes), find_duration)
    if duration is None and reading.anchor is not None:  # "started at 3:05, STILL going"
        duration = held_since(norm, now.astimezone(tz))
    if duration is None:  # "cramped 10 min ago and it's still locked"
        duration = _held_since_ago(reading, norm)
    on_date = hit.day if hit else None

    # A time named in the cramp's sentence beats one only implied in its clause ("just woke
    # up with a cramp ... 3:20 on the dot"); an implied one is kept when nothing is named.
    around = norm
    if reading.anchor is not None:
        first, last = reading.sentences[reading.anchor.clause.sentence]
        around = norm[first:last]
    story = Story(norm, around)

    def resolve(scope: str) -> TimeInfo:
        return resolve_time(scope, now, tz, on_date=on_date, story=story)

    tinfo = _time(reading, norm, scopes, resolve, now, within_event(norm, now.astimezone(tz)))
    if reading.anchor is not None:  # "woke at 1:30 ..., then the clocks went back": the first
        tinfo = first_of_the_repeat(tinfo, norm, reading.anchor.clause.end, tz)
    has_numeric_sev = severity is not None and any(rx.search(norm) for rx in SEVERITY_NUMBER_RES)
    is_cramp = reading.anchor is not None
    if not reading.mentions:
        numeric = has_numeric_sev or sev_oor is not None
        is_cramp = _diary_shorthand(norm, muscle, numeric, duration is not None)
        is_cramp = is_cramp or _again_line(norm, muscle)
    if not is_cramp and (woken := _woken_by_pain(reading, norm, muscle, severity)) is not None:
        is_cramp = True  # its time from its own sentence, as a burst's
        tinfo = _burst_time(reading, norm, woken, tinfo, resolve)
    burst = None if reading.mentions or is_cramp else _pain_burst(norm, muscle, duration)
    if burst is not None:
        is_cramp = True
        # its time from the burst's own sentence ("did a workout yesterday and this morning I
        # woke to the worst pain in my calf")
        tinfo = _burst_time(reading, norm, burst, tinfo, resolve)
    if is_cramp and tinfo.occurred_at is None and duration is not None:
        tinfo = _begun_so_long_ago(norm, duration.seconds, now, tinfo)
    if is_cramp and tinfo.occurred_at is None and reading.anchor is not None:
        # "back from a 4-hour hike. on the descent my calf cramped": inside the scene just over
        inside = recent_scene_time(norm, around, now, tz)
        if inside is not None:
            tinfo = TimeInfo(inside.astimezone(tz), night=False, in_future=False)
    general: Literal["habitual", "pregnancy"] | None = None
    if not is_cramp and reading.habitual:
        general = "pregnancy" if episode.pregnant(norm) else "habitual"
    duration_s: int | None = None
    dur_oor: int | None = None
    if duration is not None:
        if 0 < duration.seconds <= MAX_DURATION_S:
            duration_s = duration.seconds
        elif duration.seconds > MAX_DURATION_S:
            dur_oor = duration.seconds
    return CrampParse(
        is_cramp=is_cramp,
        occurred_at=None if general else tinfo.occurred_at,
        side=side,
        muscle=muscle,
        severity=severity,
        duration_s=duration_s,
        triggers=find_triggers(norm, tinfo.night),
        red_flags=red_flags(screen(text, _screen_seconds(duration)), text, side),
        severity_out_of_range=sev_oor,
        duration_out_of_range_s=dur_oor,
        in_future=tinfo.in_future,
        general=general,
    )


# A cramp told as still going, with how long so far: "calf cramp 20 min now still rock hard",
# "15 minutes so far and it won't let go".
_STILL_GOING_RE = re.compile(
    r"\b(?:still\s+(?:going|cramping|locked|stuck|knotted|in\s+(?:a\s+)?spasm|(?:rock\s+)?hard)"
    r"|so\s+far|and\s+counting|(?:min\w*|hours?|hrs?)\s+now|won'?t\s+(?:stop|let\s+go|ease|release)"
    r"|not\s+(?:stopping|easing|letting\s+go|going\s+away))\b"
)


def _begun_so_long_ago(norm: str, seconds: int, now: datetime, found: TimeInfo) -> TimeInfo:
    """A cramp still going, told with no time but how long it has lasted so far: it began that
    long ago."""
    if 0 < seconds <= 2 * 3600 and _STILL_GOING_RE.search(norm):
        return TimeInfo(now - timedelta(seconds=seconds), night=False, in_future=False)
    return found


_AGO_PIECE_WORDS: Final = 5  # "about 10 min ago", "20 minutes or so ago"


def _held_since_ago(reading: episode.Reading, norm: str) -> Duration | None:
    """A cramp told in its clause (or a short piece right after it: "my calf cramped, about 10
    min ago") as begun a while ago, and still holding in its sentence or the next: how long it
    has held (``duration.held_since_ago``). Not a while ago told of another event ("went to bed
    2 hours ago and my calf is still cramping")."""
    anchor = reading.anchor
    if anchor is None:
        return None
    own = anchor.clause
    told = norm[own.start : own.end]
    more = [c for c in reading.clauses if c.sentence == own.sentence and c.start >= own.end]
    if more and len(_WORDS_RE.findall(norm, more[0].start, more[0].end)) <= _AGO_PIECE_WORDS:
        told = norm[own.start : more[0].end]
    last = reading.sentences[min(own.sentence + 1, len(reading.sentences) - 1)][1]
    held = held_since_ago(told, norm[own.start : last])
    # begun at something done a while ago, told just before it: "took my boots off 25 mins ago
    # and my calf cramped", "sat down 15 mins ago and my hamstring seized up" (not a cramp
    # going on since some time after it: "went to bed 2 hours ago and my calf is still
    # cramping")
    before = [c for c in reading.clauses if c.sentence == own.sentence and c.end <= own.start]
    if (
        held is None
        and before
        and _ENDS_AGO_RE.search(norm, before[-1].start, own.start)
        and _ONSET_RE.search(told)
    ):
        held = held_since_ago(norm[before[-1].start : own.end], norm[own.start : last])
    return held


_ENDS_AGO_RE: Final = re.compile(r"\bago\s*[,;]?\s*$")
# A cramp told as coming on there and then: "my calf cramped", "seized up", "went into a spasm"
_ONSET_RE: Final = re.compile(
    r"\b(?:cramped|seized|locked|knotted|tightened|clenched|went\s+into|(?:got|had)\s+(?:a\s+)?"
    r"(?:\w+\s+)?(?:cramp|spasm|charley\s+horse)|started\s+cramping|grabbed|caught)\b"
)


def _screen_seconds(duration: Duration | None) -> int | None:
    """A duration as the warning screen weighs it: "over 10 minutes" is longer than 10."""
    if duration is None:
        return None
    return duration.seconds + (1 if duration.over else 0)


def tells_an_episode(text: str) -> bool:
    """Whether a message tells of a cramp that happened (or is happening): the cheap first
    part of `parse_cramp`, shared with it through the cache."""
    reading, _, _ = _reading(_normalised(text))
    return reading.anchor is not None


_NO_CRAMP_KINDS: Final = frozenset({"supposed", "negated", "figure"})  # feared, denied, "crampy"


def cramp_duration(text: str, local_now: datetime | None = None) -> int | None:
    """How long the cramp of a message lasted, as the warning screen weighs it (seconds);
    `local_now`, the writer's wall time when the message was sent, measures a cramp told by
    the clock time it began and still holding."""
    norm = _normalised(text)
    reading, scopes, _ = _reading(norm)
    if reading.mentions and all(m.kind in _NO_CRAMP_KINDS for m in reading.mentions):
        return None  # "long haul tomorrow, 14 hours, don't want to get cramps": none to time
    found = _first(_duration_scopes(reading, norm, scopes), find_duration)
    if found is None and local_now is not None:
        found = held_since(norm, local_now)
    if found is None:
        found = _held_since_ago(reading, norm)
    return _screen_seconds(found)


def needs_the_time(text: str) -> bool:
    """Whether a message's cramp is told by the clock time it began and still holds, so that
    its length needs the time the message was sent ("started about 3:05, still going")."""
    return started_at(_normalised(text)) is not None


# Cramps told all over: "cramping all over since the run", "everywhere", "my whole body".
_ALL_OVER_RE = re.compile(
    r"\b(?:all\s+over(?!\s+(?:again|my|the|his|her|your))|everywhere|(?:my\s+)?whole\s+body"
    r"|head\s+to\s+(?:toe|foot))\b"
)


def _in_many_places(clause: str, reading: episode.Reading) -> bool:
    """Whether the cramp's clause tells cramps in many places, none first as the episode's:
    the legs named before any muscle ("cramps started in my legs and now my arms and my
    stomach keep cramping"), or all over ("cramping all over since the run: legs, arms"); a
    place outside the leg named with or after them is then not the cramp's muscle."""
    if reading.anchor is None:
        return False
    if _ALL_OVER_RE.search(clause):
        return True
    leg = _LEGS_TOLD_RE.search(clause)
    return leg is not None and find_muscle(clause[: leg.start()]) is None


# The legs as a place the cramps are in, not a word of something else ("the ballet leg
# sequence", "leg day"): "my legs", "both legs", "the leg cramps"
_LEGS_TOLD_RE = re.compile(
    r"\b(?:(?:my|his|her|their|our|your|both|the|all\s+my|from|in|into)\s+legs?|legs"
    r"|leg\s+(?:cramp\w*|spasm\w*|is|was|keeps?|kept|started|went|seiz\w*))\b"
    r"(?!\s+(?:day|sequence|press|raise|curl|extension|workout|session))"
)


def _told_of_it(reading: episode.Reading, norm: str, sentence: str) -> str:
    """The cramp's sentence (``sentence``, other events left out) and the one after it when
    that one tells no other cramp ("it was the back of my thigh" is the same): where a place
    named first is told more precisely ("left thigh cramped on the bike. back of the thigh")."""
    anchor = reading.anchor
    number = anchor.clause.sentence + 1 if anchor is not None else len(reading.sentences)
    if number >= len(reading.sentences):
        return sentence
    start, end = reading.sentences[number]
    if any(
        m.clause.sentence == number and _ANOTHER_RE.search(norm, m.clause.start, m.clause.end)
        for m in reading.mentions
    ):
        return sentence  # "... then my left hamstring went too": another cramp
    return f"{sentence} . {norm[start:end]}"


# Another cramp told after the first: "then", "too", "the other one".
_ANOTHER_RE = re.compile(r"\b(?:then|too|also|as\s+well|other|again|later|another|next)\b")


def _without_habit_scopes(
    reading: episode.Reading, norm: str, scopes: list[str]
) -> list[str] | None:
    """The scopes beyond the cramp's clause (its sentence, the message without other events,
    the message) with the clauses about the writer's habit left out; None when no habit is
    told (the scopes stand as they are)."""
    if reading.anchor is None or len(scopes) < 4:
        return None
    whole = reading.without_habits(norm)
    if whole is norm:
        return None
    start, end = reading.sentences[reading.anchor.clause.sentence]
    quiet = reading.without_habits(scopes[2])
    return [quiet[start:end], quiet, whole]


def _duration_scopes(reading: episode.Reading, norm: str, scopes: list[str]) -> list[str]:
    """Where a cramp's length is read: its clause, its sentence from its clause on, the
    sentences after it, its whole sentence, the message without other events; with no episode
    told, the message without other events only ("flying to Sydney, 22 hours with the stop. I
    get leg cramps now and then" names no cramp's length). A length told before the cramp,
    in the sentences before it or in its own sentence's clauses before its own, is another
    event's when one follows it ("bent over the bench for 3 hours. at 6 my calf cramped. 20
    sec", "did drills for an hour, and at 8.30 my shin cramped. 20 sec"). A form's length is
    read without its activity fields ("- doing what: 6 hrs at the furnace / - how long: 2
    mins")."""
    if told := form.fields(norm):
        return [form.without_activity(told)]
    if reading.anchor is None:
        return [reading.without_activities(norm)]
    quiet = scopes[2]
    end = reading.sentences[reading.anchor.clause.sentence][1]
    from_own = quiet[reading.anchor.clause.start : end]
    return [scopes[0], from_own, quiet[end:], scopes[1], quiet]


@lru_cache(maxsize=256)
def _reading(norm: str) -> tuple[episode.Reading, list[str], str | None]:
    """The mentions of a message, the scopes of its report and the muscle the whole message
    names first (cached: the parser and the warning screen both ask)."""
    muscle = find_muscle(norm)
    reading = episode.read(norm, has_muscle=muscle is not None or bool(_LEG_RE.search(norm)))
    return reading, reading.scopes(norm), muscle
