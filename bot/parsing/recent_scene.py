"""A cramp placed inside something the writer has just done, told with no time of its own.

- A scene the writer is back from ("back from a 4-hour hike. on the descent my left calf
  cramped", "home from the pool, calf went during the final lap"): the scene ended just now,
  so a cramp inside it came within its span, ending now (its length when told, up to 12
  hours; else a nominal two hours): the middle of it, or the middle of its second half for
  its end part ("on the way back", "the descent", "the last lap", "the cool-down").
- The last part of something done today, the message telling of today ("taught three classes
  today and in the last savasana my calf cramped", "during the cool-down my hamstring went,
  still tight now"): earlier today, as "earlier" is read; with no word of the day ("quad
  cramped on the last lap lol") no time is told.

Not a stay or a trip of days ("back from two weeks in Spain", "home from hospital"), and not a
cramp told after the scene ("back from the gym, cramped on the sofa"). Works on normalised
text."""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.numbers import NUMBER_RE, amount
from bot.parsing.timephrases import resolve_time

_BACK_FROM_RE: Final = re.compile(
    r"(?<!my\s)(?<!the\s)(?<!lower\s)(?<!upper\s)(?<!way\s)\b(?:back|home|returned|in)\s+from\b"
    r"(?P<scene>[^.!?;]*)"
)
# A stay or a trip of days, not an outing of today.
_A_STAY_RE: Final = re.compile(
    r"\b(?:holiday|hols|vacation|trip|abroad|hospital|a\s+week|weeks?|days|months?|overseas"
    r"|visiting|uni|university|deployment|tour)\b"
)
# The cramp inside the scene, not after it.
_INSIDE_RE: Final = re.compile(
    r"\b(?:on\s+the\s+(?:way|descent|climb|ascent|trail|route|walk|ride|run|hike|last|final"
    r"|return|home\s+stretch|drive)|during|halfway|half\s+way|mid[\s-]?\w+|in\s+the\s+(?:last"
    r"|final|first|middle)|near\s+the\s+(?:end|top|start)|at\s+the\s+(?:end|top|summit"
    r"|turnaround)|towards?\s+the\s+end|while\s+\w+ing|coming\s+(?:down|back|home))\b"
)
# The end part of the scene.
_END_PART_RE: Final = re.compile(
    r"\b(?:on\s+the\s+(?:way\s+(?:back|home|down|out)|descent|return|home\s+stretch)"
    r"|(?:in|on|during)\s+the\s+(?:last|final)|near\s+the\s+end|at\s+the\s+end|towards?\s+the\s+end"
    r"|coming\s+(?:down|back|home)|cool[\s-]?down|warm[\s-]?down)\b"
)
# The last part of something done, without a scene one is back from: "in the last savasana",
# "in the final lap", "on the last rep", "during the cool-down" (not "in the last 10 minutes",
# a span up to now, nor the last occasion: "the last race", "the last flight", "my last run").
_LAST_PART_RE: Final = re.compile(
    r"\b(?:(?:in|on|during)\s+the\s+(?:last|final)\s+(?:laps?|sets?|reps?|rounds?|lengths?|miles?"
    r"|km|kilomet(?:re|er)s?|climbs?|hills?|descent|stretch(?:es)?|poses?|savasana|shavasana"
    r"|asanas?|intervals?|sprints?|run|leg|songs?|dances?|lessons?|holes?|innings|overs?"
    r"|quarter|period|bout|heat|drills?|stage|pitch|lift|dive|ascent|pull|push|piece)"
    r"|during\s+(?:the\s+|my\s+|our\s+)?(?:cool|warm)[\s-]?down)\b"
)
# The message tells of today: "today", "tonight", "just", "now" ("still sore now").
_TODAY_RE: Final = re.compile(
    r"\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|just|now|earlier)\b"
)
_LENGTH_RE: Final = re.compile(
    rf"(?<![\w.:/])(?P<n>{NUMBER_RE}|an?|half\s+an?)(?P<half>\s+and\s+a\s+half)?[\s-]*"
    r"(?P<unit>hours?|hrs?|h|minutes?|mins?)\b"
)
_NOMINAL: Final = timedelta(hours=2)
_LONGEST: Final = timedelta(hours=12)


def _length(scene: str) -> timedelta | None:
    """The scene's length when told ("a 4-hour hike", "2 hrs of tennis"), else None."""
    m = _LENGTH_RE.search(scene)
    count = amount(m.group("n")) if m is not None else None
    if m is None or count is None:
        return None
    if m.group("half") or scene.startswith(" and a half", m.end()):
        count += 0.5
    return timedelta(seconds=count * (3600 if m.group("unit").startswith("h") else 60))


def recent_scene_time(message: str, sentence: str, now: datetime, tz: ZoneInfo) -> datetime | None:
    """The cramp's time when its sentence (``sentence``) places it inside a scene ``message``
    tells the writer is back from, or in the last part of something done; None otherwise."""
    back = _BACK_FROM_RE.search(message)
    if back is not None and _INSIDE_RE.search(sentence) and not _A_STAY_RE.search(back["scene"]):
        length = _length(back["scene"]) or _NOMINAL
        if length > _LONGEST:
            return None
        into = length / 4 if _END_PART_RE.search(sentence) else length / 2
        return (now - into).replace(microsecond=0)
    if _LAST_PART_RE.search(sentence) and _TODAY_RE.search(message):
        return resolve_time("earlier", now, tz).occurred_at
    return None
