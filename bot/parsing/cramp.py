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
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from bot.parsing.normalise import normalise
from bot.parsing.terms import (  # re-exported: the contract's vocabulary
    LONG_DURATION_S,
    MAX_DURATION_S,
    MUSCLES,
    RED_FLAGS,
    SIDES,
    TRIGGERS,
)
from bot.parsing.timephrases import resolve_time

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
from bot.parsing.body import find_muscle, find_side
from bot.parsing.dates import DateOrder, default_date_order, find_date, mask
from bot.parsing.duration import Duration, find_duration
from bot.parsing.flags import find_triggers
from bot.parsing.severity import SEVERITY_NUMBER_RES, find_severity
from bot.parsing.triage.screen import red_flags, screen


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


# ------------------------------------------------------------------------ is it a cramp

_CRAMP_WORD_RE = re.compile(
    r"\b(?:cramp\w*|charl(?:e?y|ie)[\s-]*horses?|charleyhorse|spasm\w*"
    r"|seiz(?:ed|ing|es|e)(?:\s+up)?|lock(?:ed|ing)\s+up|knott?ed\s+up|balled\s+up"
    r"|tighten(?:ed|ing)\s+up|went\s+(?:rigid|rock\s+hard)|tied\s+up\s+in\s+(?:a\s+)?knots?)"
)
_STRONG_CRAMP_RE = re.compile(r"cramp|charl|horse")
_NON_LEG_RE = re.compile(
    r"(?:period|menstrual|menstruation|pms|stomach|tummy|belly|abdominal|abdomen|gut|uterine"
    r"|writer'?s|hand|hands|finger|fingers|thumb|jaw|neck|arm|arms|wrist|chest)\s*$"
)
_NON_LEG_AFTER_RE = re.compile(
    r"\s+(?:in|on|across)\s+(?:my|the|her|his)\s+(?:stomach|tummy|belly|abdomen|hands?|fingers?"
    r"|thumb|jaw|neck|arms?|wrist|uterus|chest)\b"
)
_CRAMPED_PLACE_RE = re.compile(
    r"\s+(?:seat|seats|room|rooms|space|spaces|apartment|flat|car|plane|quarters|office|desk"
    r"|bus|train|conditions|handwriting|cabin|house|kitchen|bathroom|bedroom|bed|cell|tent)\b"
)
_CRAMPED_PLACE_BEFORE_RE = re.compile(
    r"\b(?:seat|seats|room|space|apartment|flat|car|plane|flight|quarters|office|desk|bus|train"
    r"|cabin|house|kitchen|bathroom|bedroom|tent|place|row|airplane|economy)\s+"
    r"(?:(?:was|is|were|are|felt|feels|so|too|very|really|quite|pretty|bit|a|kinda|super)\s+)+$"
)
_NEG_BEFORE_RE = re.compile(
    r"(?:\b(?:no|zero|without|nary|0)\s+(?:(?:more|further|real|major|big|bad|serious|painful"
    r"|significant|noticeable|leg|legs|calf|calves|foot|feet|toe|thigh|muscle|night|nighttime"
    r"|nocturnal|new|single|other|of|the|my|any|these|those|bloody|damn|freaking|more|nasty"
    r"|horrible|terrible|annoying|charley|charlie|sign\s+of|signs\s+of|more\s+of\s+those)\s+){0,3}"
    r"|\b(?:not|never|none|nothing|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not"
    r"|hadn'?t|had\s+not|don'?t|do\s+not|doesn'?t|does\s+not|wasn'?t|was\s+not|weren'?t"
    r"|won'?t|isn'?t|aren'?t|can'?t\s+remember|cannot\s+remember|free\s+of|free\s+from)"
    r"\s+(?:(?:get|got|gotten|getting|have|had|having|has|experience|experienced|suffer"
    r"|suffered|feel|felt|notice|noticed|wake|woke|waking|up|with|a|an|any|one|single|even"
    r"|the|my|more|much|of|leg|legs|calf|foot|muscle|night|really|bad|major|big|those|these"
    r"|i|me|been|was|a\s+single|another|from|by|any\s+more|anymore|single|nasty|real|from)\s+)"
    r"{0,5})$"
)
_NEG_AFTER_RE = re.compile(
    r"\w*[\s-]*(?:free\b|\s*[:=-]?\s*(?:none|nope|nothing|zero|0)\b|\s+(?:are|have|has)\s+"
    r"(?:gone|stopped|disappeared)|\s+(?:last|this|the\s+whole)\s+\w+\s*[:=-]\s*(?:none|no|0))"
)
_GENERIC_BEFORE_RE = re.compile(
    r"(?:\bfor|\babout|\bagainst|\bprevent\w*|\bavoid\w*|\breduc\w*|\btreat\w*|\bcure\w*"
    r"|\bremed\w*|\brelie\w*|\bprone\s+to|\bcauses?(?:\s+of)?|\bcaus\w+|\bhelps?(?:\s+with)?"
    r"|\bstop\s+(?:getting)?|\bget\s+rid\s+of|\bscared\s+of|\bafraid\s+of|\bfear\s+of"
    r"|\bworried\s+about|\bworry\s+about|\bif\s+i\s+(?:get|have|got)|\bin\s+case\s+of"
    r"|\bsusceptible\s+to|\banti-?|\bdeal\s+with|\bdealing\s+with|\bmanag\w*|\bminimi[sz]e"
    r"|\bwhat\s+(?:is|are)|\bread\w*\s+(?:about|up\s+on)|\blearn\w*\s+about|\binfo\w*\s+on"
    r"|\bsymptoms?\s+of|\btips\s+on|\bwhen\s+you\s+(?:get|have)|\bpeople\s+(?:get|with))"
    r"\s+(?:(?:my|the|these|those|leg|legs|night|nighttime|night-time|nocturnal|muscle|calf"
    r"|foot|bad|frequent|recurring|recurrent|all|any|getting|a|an|such|future|more|chronic"
    r"|painful|severe|those|of)\s+){0,3}$"
)
_GENERIC_AFTER_RE = re.compile(
    r"\w*\s+(?:tips|remed\w*|relief|prevention|preventing|info\w*|medic\w*|pills?|supplements?"
    r"|research|articles?|treatments?|causes?|questions?|faq|advice|study|studies|cream|spray"
    r"|(?:are|is|can|could|may|might)\s+(?:be\s+)?(?:caused|a\s+sign|a\s+symptom|common"
    r"|normal|due|linked|related|associated|dangerous|serious))\b"
)
_QUESTION_START_RE = re.compile(
    r"^\W*(?:what|whats|what's|why|how|hows|how's|which|who|whom|whose"
    r"|when\s+(?:do|does|should|is|are|will|can|would)|where\s+(?:do|does|is|are|can)"
    r"|is(?!n'?t)|are(?!n'?t)|am\s+i|was\s+(?:it|that|this|i)|were|do(?!n'?t)|does(?!n'?t)"
    r"|did\s+(?:i|you|it|that|this|anyone|anybody|they|we|he|she)"
    r"|can(?!'?t|not)|could(?!n'?t)|should(?!n'?t)|shall|would(?!n'?t)|will(?!\s+power)"
    r"|any\s+(?:tips|idea|ideas|advice|suggestions|help|thoughts)|anyone|anybody"
    r"|has\s+anyone|have\s+you|tips|advice|help\s+me|explain|tell\s+me|i\s+wonder"
    r"|i\s+was\s+wondering|wondering|question|quick\s+question)\b"
)
_CLAUSE_SPLIT_RE = re.compile(r"[,:\u2013\u2014]|\s-\s|\.\.+")
_SENTENCE_RE = re.compile(r"(?:[^.!?\n;]|(?<=\d)\.(?=\d))+[.!?\n;]*")


def _mention_counts(text: str, m: re.Match[str], question: bool, has_muscle: bool) -> bool:
    """Whether a cramp-word match reports a cramp (not negated, generic or hypothetical)."""
    word = m.group(0)
    if not _STRONG_CRAMP_RE.search(word) and not has_muscle:
        return False
    start, end = m.start(), m.end()
    before = text[max(0, start - 80) : start]
    after = text[end : end + 60]
    if _NON_LEG_RE.search(before) or _NON_LEG_AFTER_RE.match(after):
        return False
    if word == "cramped" and (
        _CRAMPED_PLACE_RE.match(after) or _CRAMPED_PLACE_BEFORE_RE.search(before)
    ):
        return False
    if _NEG_BEFORE_RE.search(before) or _NEG_AFTER_RE.match(text, end):
        return False
    if _GENERIC_BEFORE_RE.search(before) or _GENERIC_AFTER_RE.match(text, end):
        return False
    return not question


# ------------------------------------------------------------------------------ main


def _is_cramp(
    text: str,
    has_muscle: bool,
    has_leg: bool,
    severity_numeric: bool,
    has_duration: bool,
) -> bool:
    any_mention = False
    for sent in _SENTENCE_RE.finditer(text):
        s = sent.group(0)
        ends_with_q = "?" in s.rstrip()[-3:]
        # A sentence is split into clauses; "I had a cramp, is that bad?" reports the cramp
        # in its first clause and asks in its last one.
        bounds = [0, *(c.end() for c in _CLAUSE_SPLIT_RE.finditer(s)), len(s) + 1]
        for m in _CRAMP_WORD_RE.finditer(s):
            any_mention = True
            idx = next(i for i in range(len(bounds) - 1) if bounds[i] <= m.start() < bounds[i + 1])
            clause = s[bounds[idx] : bounds[idx + 1]]
            is_last = idx == len(bounds) - 2
            question = bool(_QUESTION_START_RE.match(clause)) or (ends_with_q and is_last)
            if question and (severity_numeric or has_duration):
                question = False
            if _mention_counts(s, m, question, has_muscle or has_leg):
                return True
    if any_mention:
        return False
    # Diary shorthand without the word: "L calf 7/10 2 min".
    if (has_muscle or has_leg) and (severity_numeric or has_duration):
        return not ("?" in text or _QUESTION_START_RE.match(text))
    return False


_LEG_RE = re.compile(r"\blegs?\b")
_FREQ = (
    r"(?:always|usually|often|frequently|regularly|constantly|sometimes|normally|generally"
    r"|typically|still|also|keep|tend\s+to|seem\s+to|(?:have|'ve)\s+been|been)"
)
_HABITUAL_RE = re.compile(
    rf"\b(?:i|we|and|i'?ve|i\s+have)\s+(?:{_FREQ}\s+){{0,2}}(?:get|getting|suffer(?:ing)?\s+from"
    r"|wake\s+up\s+with|having)\s+(?:\w+\s+){0,3}?(?:cramp|charl|spasm)"
    rf"|\b(?:i|we|and)\s+(?:{_FREQ}\s+){{0,2}}have\s+(?:\w+\s+){{0,2}}?cramps\b"
    rf"|\b(?:always|usually|often|frequently|regularly|constantly|normally|typically)\s+"
    r"(?:get|have|wake|cramp)"
    r"|\bevery\s+(?:single\s+)?(?:night|day|morning|evening|week|time)\b|\b(?:most|many)\s+nights\b"
    r"|\beach\s+night\b|\bnight\s+after\s+night\b|\ball\s+the\s+time\b|\bkeep\s+getting\b"
    r"|\b(?:\d+|a\s+few|several|two|three)\s+times\s+a\s+(?:week|night|month)\b|\bnightly\b"
)
_PREGNANT_RE = re.compile(r"\b(?:pregnan\w*|i'?m\s+expecting|weeks\s+along|trimester)\b")


def _general(norm: str, explicit_time: bool) -> Literal["habitual", "pregnancy"] | None:
    """Whether the message speaks of cramps in general ("I always get calf cramps")."""
    if explicit_time or not _HABITUAL_RE.search(norm):
        return None
    return "pregnancy" if _PREGNANT_RE.search(norm) else "habitual"


def parse_cramp(
    text: str, *, now: datetime, tz: ZoneInfo, date_order: DateOrder | None = None
) -> CrampParse:
    """Parse one chat message; ``now`` must be timezone-aware (naive means wall time in tz).

    ``date_order`` reads numeric dates day-first (``"dmy"``) or month-first (``"mdy"``);
    None follows the zone (``bot.parsing.dates.default_date_order``).
    """
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    norm = normalise(text)
    order = date_order or default_date_order(tz)
    hit = find_date(norm, now.astimezone(tz).date(), order)
    if hit is not None:
        norm = mask(norm, hit)  # its digits are neither a severity nor a clock time
    muscle = find_muscle(norm)
    side = find_side(norm)
    severity, sev_oor = find_severity(norm)
    duration = find_duration(norm)
    tinfo = resolve_time(norm, now, tz, on_date=hit.day if hit else None)
    has_numeric_sev = severity is not None and any(rx.search(norm) for rx in SEVERITY_NUMBER_RES)
    is_cramp = _is_cramp(
        norm,
        has_muscle=muscle is not None,
        has_leg=bool(_LEG_RE.search(norm)),
        severity_numeric=has_numeric_sev or sev_oor is not None,
        has_duration=duration is not None,
    )
    general = None
    if is_cramp:
        general = _general(norm, tinfo.occurred_at is not None and not tinfo.inferred)
        is_cramp = general is None
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


def _screen_seconds(duration: Duration | None) -> int | None:
    """A duration as the warning screen weighs it: "over 10 minutes" is longer than 10."""
    if duration is None:
        return None
    return duration.seconds + (1 if duration.over else 0)


def cramp_duration(text: str) -> int | None:
    """How long the cramp of a message lasted, as the warning screen weighs it (seconds)."""
    return _screen_seconds(find_duration(normalise(text)))
