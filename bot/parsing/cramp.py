"""Pure parser for cramp reports written as plain chat text.

``parse_cramp(text, now=..., tz=...)`` returns a ``CrampParse``. No I/O, no globals
that change; all regexes are compiled at import time.

Severity words (fixed scale, documented here and in the tests):
slight / minor / light / little 2, mild 3, "not (too) bad" 4, moderate / medium 5,
painful / uncomfortable 6, bad / strong / nasty / pretty bad 7, severe / intense /
really bad 8, terrible / horrible / awful / brutal / killer 9, excruciating / agony /
unbearable / worst ever 10. An intensifier ("very", "really", "so", "super",
"extremely") adds one (mild words lose one).

Durations: "a few seconds" 5 s, "a couple of seconds" 2 s, "several seconds" 10 s;
"a few minutes" 3 min, "several minutes" 5 min; a range ("2-3 min") gives its midpoint.
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Final
from zoneinfo import ZoneInfo

from bot.parsing.numbers import NUMBER_RE, WORD_UNITS, is_vague, number_value
from bot.parsing.timephrases import resolve_time
from bot.parsing.typos import fix_typos

SIDES: Final = ("left", "right", "both")
MUSCLES: Final = ("calf", "hamstring", "quadriceps", "thigh", "foot", "toes", "shin")
TRIGGERS: Final = (
    "exercise",
    "night",
    "dehydration",
    "heat",
    "pregnancy",
    "medication",
    "standing",
    "sitting",
    "alcohol",
    "caffeine",
)
RED_FLAGS: Final = (
    "swelling",
    "redness",
    "warmth",
    "numbness",
    "weakness",
    "long_duration",
    "toxin",
    "one_leg_pain_with_swelling",
)
MAX_DURATION_S: Final = 24 * 3600
LONG_DURATION_S: Final = 10 * 60


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


# --------------------------------------------------------------------------- normalise

_TAG_RE = re.compile(r"<[^<>]{0,200}>")
_ZERO_WIDTH_RE = re.compile("[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\ufeff]")
_HALF_AFTER_DIGIT_RE = re.compile(r"(\d)\s*½")
_SPACES_RE = re.compile(r"[ \t\r\f\v]+")
_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"'})
_MAX_CHARS: Final = 20_000


def normalise(text: str) -> str:
    """Lower-case, de-HTML, de-typo and simplify ``text`` for matching."""
    text = text[:_MAX_CHARS]
    if "<" in text:
        text = _TAG_RE.sub(" ", text)
    if "&" in text:
        text = html.unescape(text)
    text = _ZERO_WIDTH_RE.sub("", text)
    if "½" in text:
        text = _HALF_AFTER_DIGIT_RE.sub(r"\1.5", text).replace("½", " half ")
    if not text.isascii():
        text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES).lower()
    text = _SPACES_RE.sub(" ", text)
    return fix_typos(text)


# ------------------------------------------------------------------------ is it a cramp

_CRAMP_WORD_RE = re.compile(
    r"\b(?:cramp\w*|charl(?:e?y|ie)[\s-]*horses?|charleyhorse|spasm\w*"
    r"|seiz(?:ed|ing|es|e)(?:\s+up)?|lock(?:ed|ing)\s+up|knott?ed\s+up|balled\s+up"
    r"|tighten(?:ed|ing)\s+up|went\s+(?:rigid|rock\s+hard)|tied\s+up\s+in\s+(?:a\s+)?knots?)"
)
_STRONG_CRAMP_RE = re.compile(r"cramp|charl|horse")
_NON_LEG_RE = re.compile(
    r"(?:period|menstrual|menstruation|pms|stomach|tummy|belly|abdominal|abdomen|gut|uterine"
    r"|writer'?s|hand|hands|finger|fingers|thumb|jaw|neck|arm|arms|wrist)\s*$"
)
_NON_LEG_AFTER_RE = re.compile(
    r"\s+(?:in|on)\s+(?:my|the|her|his)\s+(?:stomach|tummy|belly|abdomen|hands?|fingers?"
    r"|thumb|jaw|neck|arms?|wrist|uterus)\b"
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


# ----------------------------------------------------------------------------- muscle

_POSS = r"(?:(?:my|the|his|her|your|a)\s+)?(?:(?:left|right|l|r|lt|rt)\s+)?"
_MUSCLE_RE = re.compile(
    rf"\b(?:(?P<hamstring>back\s+of\s+{_POSS}(?:upper\s+)?(?:thighs?|upper\s+legs?)"
    r"|hamstrings?|ham\s*-?\s*strings?|biceps\s+femoris|posterior\s+thighs?)"
    rf"|(?P<quadriceps>front\s+of\s+{_POSS}(?:thighs?|upper\s+legs?)"
    r"|quadriceps|quadricep|quads?|vastus\s+\w+|rectus\s+femoris|anterior\s+thighs?)"
    rf"|(?P<shin>front\s+of\s+{_POSS}(?:lower\s+legs?|legs?)|shins?|shin\s*bones?"
    r"|tibialis(?:\s+anterior)?)"
    rf"|(?P<calf>back\s+of\s+{_POSS}(?:lower\s+)?legs?|calf|calves|calve|gastrocnemius"
    r"|gastroc|soleus|lower\s+legs?|achilles)"
    r"|(?P<toes>big\s+toes?|little\s+toes?|pinky\s+toes?|toes?|hallux)"
    rf"|(?P<foot>ball\s+of\s+{_POSS}(?:foot|feet)|bottom\s+of\s+{_POSS}(?:foot|feet)"
    r"|arch(?:es)?\s+of\s+\w+\s+(?:foot|feet)|foot|feet|arch|arches|soles?|instep|heels?"
    r"|plantar)"
    r"|(?P<thigh>inner\s+thighs?|outer\s+thighs?|thighs?|upper\s+legs?|adductors?))\b"
)
_ON_FEET_RE = re.compile(r"\b(?:on|off)\s+(?:my|his|her|our|their|your)\s+feet\b")
_CHARLEY_RE = re.compile(r"charl(?:e?y|ie)[\s-]*horse|charleyhorse")
_PLURAL_RE = re.compile(
    r"\bmy\s+(?:calves|feet|thighs|shins|hamstrings|quads|legs|lower\s+legs|hammies)\b"
)


def _muscle(text: str) -> str | None:
    scan = _ON_FEET_RE.sub(" ", text) if "feet" in text else text
    m = _MUSCLE_RE.search(scan)
    if m is not None and m.lastgroup is not None:
        return m.lastgroup
    if _CHARLEY_RE.search(text):
        return "calf"
    return None


# ------------------------------------------------------------------------------- side

_SIDE = r"(?P<s>left|right|lt|rt|l|r)"
_BODY = (
    r"(?:leg|legs|calf|calves|calve|foot|feet|thigh|thighs|hamstring|hamstrings|ham|hammy|quad"
    r"|quads|quadriceps|quadricep|shin|shins|toes?|big\s+toe|arch|sole|heel|knee|ankle|one|side"
    r"|sided|lower\s+leg|upper\s+leg|inner\s+thigh|outer\s+thigh|charl(?:e?y|ie)|gastroc"
    r"|achilles)"
)
_SIDE_RES: Final = (
    re.compile(rf"\b{_SIDE}\b\.?\s*-?\s*{_BODY}\b"),
    re.compile(r"\b(?:on|in|to|of)\s+(?:the|my|his|her)\s+(?P<s>left|right)\b(?!\s+(?:now|away))"),
    re.compile(
        r"\b(?:leg|calf|foot|thigh|shin|side|hamstring|quad|toes?)\s*(?:[,:(=]|-)\s*"
        r"(?:the\s+)?(?P<s>left|right|lt|rt|l|r)\b(?!\s+(?:now|after|away|before|when|then))"
    ),
    re.compile(r"(?:^|[,;(])\s*(?P<s>left|right)\s*(?:[,;.)!]|$)"),
    re.compile(r"\b(?P<s>left|right)(?:ie|y)?\s*$"),
)
_BOTH_RE = re.compile(
    r"\bboth\b(?!\s+(?:times|of\s+(?:us|them)|days|nights|ways|hands|arms))"
    r"|\b(?:each|either)\s+(?:leg|calf|foot|side|thigh)\b|\bbilateral(?:ly)?\b"
    r"|\b(?:left|right)\s+(?:and|&|\+|n|/)\s+(?:right|left)\b|\bl\s*[+&/]\s*r\b"
    r"|\br\s*[+&/]\s*l\b|\ball\s+(?:my\s+)?(?:legs|calves)\b"
)
_SIDE_NORM: Final = {"left": "left", "lt": "left", "l": "left", "right": "right"}


def _side(text: str) -> str | None:
    if _BOTH_RE.search(text):
        return "both"
    found: set[str] = set()
    for rx in _SIDE_RES:
        for m in rx.finditer(text):
            found.add(_SIDE_NORM.get(m.group("s"), "right"))
    if len(found) == 2:
        return "both"
    if found:
        return found.pop()
    if _PLURAL_RE.search(_ON_FEET_RE.sub(" ", text) if "feet" in text else text):
        return "both"
    return None


# --------------------------------------------------------------------------- severity

_SEV_WORD_NUMS: Final = {w: n for w, n in WORD_UNITS.items() if n <= 12}
_SEV_VAL = (
    r"(?P<v>\d{1,3}(?:[.,]5)?|zero|one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve)"
)
_SEV_NUM_RES: Final = (
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


def _severity(text: str) -> tuple[int | None, int | None]:
    """(severity, out-of-range raw value)."""
    best: tuple[int, float] | None = None
    for rx in _SEV_NUM_RES:
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


# --------------------------------------------------------------------------- duration

_DUR_UNITS = (
    r"(?P<unit>seconds|second|secs|sec|s|minutes|minute|mins|min|mns|mn|m|hours|hour|hrs|hr|h)"
)
_DUR_RE = re.compile(
    r"(?<![\w.:/,])"
    r"(?:(?P<half>half\s+(?:an?\s+)?)"
    rf"|(?P<n1>{NUMBER_RE})(?:\s*(?:-|–|to|or)\s*(?P<n2>{NUMBER_RE}))?"
    r"(?P<andhalf1>\s+and\s+a\s+half)?(?P<plus>\s*\+)?\s*)"
    rf"{_DUR_UNITS}\b(?!'|\s+(?:thought|later|after|into|before|run|walk|drive|flight|jog|ride|hike"
    r"|workout|nap|session|game|match|class|break|of\s+(?:\w+ing|exercise|sleep|football"
    r"|training|sport|cardio|yoga|soccer|tennis|work)))"
    r"(?P<andhalf2>\s+and\s+a\s+half)?"
    r"(?:\s*(?:and\s+)?(?P<sub>\d{1,2})\s*(?P<subunit>seconds|second|secs|sec|s)\b)?"
)
_MSS_RE = re.compile(r"(?<![\w.:/])(?P<m>\d{1,2}):(?P<s>[0-5]\d)\s*(?:min|mins|minutes|m)\b")
_ORDINAL_AFTER_RE = re.compile(
    r"\s+(?:cramp|time|one|night|day|leg|calf|foot|attack|episode|spasm|week|morning|round)"
)
_AGO_AFTER_RE = re.compile(r"\s*(?:ago|back|earlier|before\s+now|prior)\b")
_DUR_SKIP_BEFORE_RE = re.compile(
    r"\b(?:after|into|within|every|slept|sleep|sleeping|sat|sitting|stood|standing|drove"
    r"|driving|walked|walking|ran|run|running|hiked|hiking|cycled|cycling|played|playing"
    r"|trained|training|worked|working|flew|flying|flight|napped|exercised|exercising|since"
    r"|last|past|in|wait|waited|bed\s+for|each\s+night\s+for|per|up|once|twice|awake)"
    r"\s+(?:\w+\s+){0,1}$"
)
_DUR_CUE_RE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|last|took|about|around|approx\w*|maybe|nearly|almost"
    r"|over|under|like|each|held|kept|roughly|just|only|whole|full|least|than)\s+(?:\w+\s+)?$"
    r"|~\s*$"
)
_OVER_RE = re.compile(r"\b(?:over|more\s+than|longer\s+than|at\s+least|>\s*|past)\s*$")
_DECADE_RE = re.compile(r"\b(?:my|his|her|their|the|early|late|mid|in\s+your)\s+$")
_LONG_PHRASE_RE = re.compile(
    r"\b(?:(?:cramp\w*|lasted|lasting|went\s+on|been\s+going)\s+for\s+hours|hours\s+long|won'?t\s+(?:stop|ease|go\s+away|let\s+go"
    r"|let\s+up|relax|release)|will\s+not\s+(?:stop|ease|go\s+away|let\s+go|relax|release)"
    r"|not\s+(?:easing|stopping|going\s+away|letting\s+(?:go|up))|hasn'?t\s+(?:stopped|eased"
    r"|gone\s+away|let\s+(?:go|up)|relaxed)|has\s+not\s+(?:stopped|eased|gone\s+away)"
    r"|still\s+(?:cramping|cramped|hard|tight|locked|contracted|knotted)\s+after"
    r"|doesn'?t\s+(?:ease|stop|go\s+away|let\s+go)|does\s+not\s+(?:ease|stop|go\s+away)"
    r"|isn'?t\s+(?:easing|stopping|going\s+away))\b"
)


def _unit_seconds(unit: str) -> int:
    if unit.startswith("s"):
        return 1
    if unit.startswith("m"):
        return 60
    return 3600


@dataclass(frozen=True, slots=True)
class _Duration:
    seconds: int
    over: bool


def _duration_candidates(text: str) -> list[tuple[int, bool, _Duration]]:
    out: list[tuple[int, bool, _Duration]] = []
    for m in _MSS_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        secs = int(m.group("m")) * 60 + int(m.group("s"))
        out.append((m.start(), bool(_DUR_CUE_RE.search(before)), _Duration(secs, False)))
    for m in _DUR_RE.finditer(text):
        unit = m.group("unit")
        if _AGO_AFTER_RE.match(text, m.end()):
            continue
        if (
            unit == "second"
            and (m.group("n1") or "").strip() in {"a", "an", "the"}
            and _ORDINAL_AFTER_RE.match(text, m.end())
        ):
            continue  # "a second cramp", "the second night"
        before = text[max(0, m.start() - 40) : m.start()]
        if _DUR_SKIP_BEFORE_RE.search(before):
            continue
        if m.group("half"):
            value = 0.5
        else:
            n1 = m.group("n1")
            if unit in {"s", "m", "h"} and not n1[0].isdigit():
                continue
            if unit == "m" and m.group("sub") is None:
                # bare "2m" is as likely metres as minutes: only "1m30s" counts
                continue
            if unit.startswith("s") and _DECADE_RE.search(before):
                continue
            v1 = number_value(n1)
            if v1 is None:
                continue
            value = v1
            if m.group("n2"):
                v2 = number_value(m.group("n2"))
                if v2 is not None and v2 > v1:
                    value = (v1 + v2) / 2
            if m.group("andhalf1") or m.group("andhalf2"):
                value += 0.5
            if is_vague(n1) and unit.startswith("s"):
                value = {"a few": 5, "few": 5, "several": 10}.get(" ".join(n1.split()), value)
        secs = round(value * _unit_seconds(unit))
        if m.group("sub"):
            secs += int(m.group("sub"))
        over = bool(m.group("plus")) or bool(_OVER_RE.search(before))
        out.append((m.start(), bool(_DUR_CUE_RE.search(before)), _Duration(secs, over)))
    out.sort(key=lambda c: c[0])
    return out


def _duration(text: str) -> _Duration | None:
    cands = _duration_candidates(text)
    if not cands:
        return None
    for _, cued, dur in cands:
        if cued:
            return dur
    return cands[0][2]


# -------------------------------------------------------------------- triggers / flags

_TREATMENT_RE = re.compile(
    r"\b(?:(?:applied|used|put|with|some|a)\s+(?:a\s+)?heat(?:ing)?(?:\s+(?:pad|pack|patch))?"
    r"|heat(?:ing)?\s+(?:pad|pack|patch|lamp|therapy|rub|wrap)|hot\s+water\s+bottle"
    r"|(?:magnesium|vitamin\s+\w+|b12|potassium|calcium|zinc|iron|electrolyte|salt|quinine"
    r"|sleeping)\s+(?:pills?|tablets?|supplements?|capsules?|spray)"
    r"|ran\s+out|run\s+out|running\s+out|runny|run\s+down|in\s+the\s+long\s+run"
    r"|stood\s+up|stand(?:ing)?\s+up|stand-up|got\s+up|sat\s+up|sit(?:ting)?\s+up"
    r"|can'?t\s+stand|on\s+(?:sat|sun)\b|red\s+flags?|decaf\w*)"
)
_TRIGGER_RES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "exercise",
        re.compile(
            r"\b(?:exercis\w*|work(?:ed|ing)?\s*-?out|workouts?|gym|train(?:ing|ed)|run|runs"
            r"|running|ran|jog\w*|sprint\w*|marathon|half-marathon|race|football|soccer"
            r"|basketball|tennis|squash|badminton|volleyball|rugby|hockey|baseball|golf|cycl\w*"
            r"|bike\s+ride|biking|bicycl\w*|spin\s+class|spinning|swim\w*|swam|hik\w*|climb\w*"
            r"|squats?|lunges?|leg\s+day|deadlifts?|lift(?:ing|ed)\s+weights|weightlifting"
            r"|weights|sports?|yoga|pilates|danc\w*|cardio|crossfit|hiit|zumba|aerobics"
            r"|ski(?:ing)?|skat\w*|treadmill|stairmaster|long\s+walk|brisk\s+walk|walked\s+\d+"
            r"|\d+\s*(?:km|k|miles?)\b|jump\w*|rowing|boxing|kickboxing|martial\s+arts|karate"
            r"|judo|tournament|practice|physio|stretching\s+class|bootcamp|parkrun|5k|10k"
            r"|triathlon|ironman|paddl\w*|surf\w*|trail)\b"
        ),
    ),
    (
        "night",
        re.compile(
            r"\b(?:night|nights|nite|tonight|tonite|overnight|nocturnal|bed|bedtime|in\s+my\s+sleep"
            r"|asleep|sleeping|slept|sleep|woke|woken|wake|waking|awake|awoke|awakened|midnight"
            r"|nighttime|night-time|lastnight|2nite|wee\s+hours)\b"
        ),
    ),
    (
        "dehydration",
        re.compile(
            r"\b(?:dehydrat\w*|under-?hydrated|barely\s+(?:drank|drunk|drink|had\s+(?:any\s+)?"
            r"(?:water|fluids?))|(?:didn'?t|did\s+not|don'?t|haven'?t|hadn'?t|forgot\s+to"
            r"|forget\s+to|not)\s+(?:drink|drank|drunk|drinking|had\s+(?:enough|much|any)\s+"
            r"(?:water|fluids?))|(?:not\s+enough|too\s+little|little|no|low|hardly\s+any)\s+"
            r"(?:water|fluids?|hydration|to\s+drink)|hardly\s+(?:drank|drunk|drink)|thirsty"
            r"|thirst|dry\s+mouth|sweat(?:ed|ing)?\s+(?:a\s+lot|buckets|loads|heaps|so\s+much)"
            r"|lost\s+a\s+lot\s+of\s+(?:fluids?|sweat)|vomit\w*|diarrh\w*|threw\s+up"
            r"|throwing\s+up|stomach\s+bug|drank\s+(?:nothing|little|hardly))\b"
        ),
    ),
    (
        "heat",
        re.compile(
            r"\b(?:hot\s+(?:day|days|weather|outside|afternoon|summer|sun|room|car|bath|tub"
            r"|shower|yoga|climate|flat|apartment|office|night|one|spell)|heat(?:wave)?\b"
            r"|heat\s+wave|scorching|sweltering|boiling\s+(?:hot|outside|day)|humid\w*|sauna"
            r"|steam\s+room|in\s+the\s+sun|sunbath\w*|sunburn\w*|sunstroke|summer\s+heat"
            r"|it(?:'s|s|\s+is|\s+was)\s+(?:so\s+|very\s+|really\s+|super\s+|too\s+|extremely\s+)?"
            r"(?:hot|warm)\b|(?:weather|temperature|temps?)\s+(?:is|was|were)\s+(?:\w+\s+)?"
            r"(?:hot|high|warm)|\d{2}\s*(?:°|degrees)\s*c?|warm\s+(?:weather|day|days|outside)"
            r"|heatstroke|heat\s+exhaustion)"
        ),
    ),
    (
        "pregnancy",
        re.compile(
            r"\b(?:pregnan\w*|expecting\s+(?:a\s+)?(?:baby|twins)|i'?m\s+expecting"
            r"|weeks\s+along|trimester|gestation\w*|prenatal|antenatal|(?:my|the|baby)\s+bump"
            r"|baby\s+(?:is\s+)?(?:due|kicking))\b"
        ),
    ),
    (
        "medication",
        re.compile(
            r"\b(?:statins?|atorvastatin|simvastatin|rosuvastatin|pravastatin|lovastatin"
            r"|lipitor|crestor|zocor|diuretics?|water\s+pills?|furosemide|lasix"
            r"|hydrochlorothiazide|hctz|thiazides?|bendroflumethiazide|chlorthalidone"
            r"|indapamide|spironolactone|amlodipine|nifedipine|beta[\s-]?blockers?"
            r"|ace\s+inhibitors?|lisinopril|ramipril|losartan|albuterol|salbutamol|ventolin"
            r"|inhaler|raloxifene|evista|teriparatide|insulin|metformin|zolpidem"
            r"|antidepressants?|ssris?|sertraline|fluoxetine|citalopram|escitalopram"
            r"|venlafaxine|lithium|steroids?|prednisone|prednisolone|chemo(?:therapy)?"
            r"|medication|medications|meds|med|medicine|medicines|pills?|tablets?|prescription"
            r"|prescribed|drugs?|side[\s-]effects?|dose|dosage|birth\s+control"
            r"|contraceptives?|blood\s+pressure\s+(?:pills?|meds?|medication)|cholesterol\s+"
            r"(?:pills?|meds?|medication)|antibiotics?|cipro|levofloxacin|fluoroquinolones?)\b"
        ),
    ),
    (
        "standing",
        re.compile(
            r"\b(?:standing|stood|stand\s+(?:all|for|the\s+whole)|on\s+(?:my|her|his|our|their)"
            r"\s+feet|standing\s+desk|retail\s+shift|waitress\w*|waiter)\b"
        ),
    ),
    (
        "sitting",
        re.compile(
            r"\b(?:sitting|sat|seated|sit\s+(?:all|for|at)|desk|office\s+chair|couch|sofa"
            r"|long\s+(?:drive|car\s+ride|train\s+ride|bus\s+ride|journey|trip|haul)|flight"
            r"|flights|flying|plane|airplane|aeroplane|road\s+trip|in\s+the\s+car|car\s+ride"
            r"|drove|driving|drive|commute|cinema|movie\s+theat(?:er|re)|crossed\s+legs"
            r"|cross-legged|gaming|computer|laptop|tv|binge-?watch\w*)\b"
        ),
    ),
    (
        "alcohol",
        re.compile(
            r"\b(?:alcohol\w*|wine|wines|beers?|booze|boozing|vodka|whisk(?:e)?y|gin|rum"
            r"|tequila|cocktails?|champagne|prosecco|pints?|lager|ale|cider|liquor|hangover"
            r"|hung\s*over|drunk(?!\s+(?:water|enough|some\s+water|a\s+(?:glass|bottle|litre|liter)"
            r"\s+of\s+water|\d|plenty|lots))|tipsy|(?:few|couple\s+of|some|too\s+many|several|\d+"
            r"|two|three|four|five)\s+drinks|drinks\s+(?:last\s+night|yesterday|after\s+work)"
            r"|went\s+(?:out\s+)?drinking|drinking\s+(?:last|yesterday|session|too\s+much"
            r"|alcohol|heavily|with)|binge\s+drinking|sake|margaritas?|martinis?|mojitos?"
            r"|brandy|bourbon|scotch|shots\s+of)\b"
        ),
    ),
    (
        "caffeine",
        re.compile(
            r"\b(?:coffee|coffees|espresso|espressos|caffeine|caffeinated|cappuccino|latte"
            r"|lattes|americano|mocha|macchiato|flat\s+white|energy\s+drinks?|red\s*bull"
            r"|monster\s+energy|cola|coke|pepsi|tea|teas|matcha|pre-?workout|double\s+shot)\b"
        ),
    ),
)

_FLAG_RES: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    (
        "swelling",
        re.compile(
            r"\b(?:swollen|swelling|swell(?:s|ed|ing)?|puffy|puffed\s+up|puffiness|edema"
            r"|oedema|swolle?n|bloated\s+(?:leg|calf|ankle|foot))\b"
        ),
    ),
    (
        "redness",
        re.compile(
            r"\b(?:redness|reddened|reddish|reddening|red(?!\s*(?:bull|wine|meat|light|flag"
            r"|eye|sox|wings|cross|carpet|pepper|onion|velvet|dead|lentils?|-?eye|bus)))\b"
        ),
    ),
    (
        "warmth",
        re.compile(
            r"\b(?:warmth|warm(?!\s*(?:-?up|ed\s+up|ing\s+up|bath|shower|water|weather|day|days"
            r"|room|milk|compress|towel|socks|blanket|tea|drink|outside|evening|night|climate"
            r"|temperatures?|here|today|pad|pack|clothes|bed|sun)\b)"
            r"|hot\s+to\s+(?:the\s+)?touch|(?:calf|leg|foot|thigh|shin|skin|area|spot|it)\s+"
            r"(?:is|was|feels|felt|looks|got|gets|became)\s+(?:\w+\s+)?hot|feels?\s+hot"
            r"|felt\s+hot|burning\s+hot|heat\s+coming\s+off)\b"
        ),
    ),
    (
        "numbness",
        re.compile(
            r"\b(?:numb|numbness|numbed|pins\s+and\s+needles|tingl\w*|can'?t\s+feel|cannot\s+feel"
            r"|no\s+feeling|lost\s+(?:all\s+)?(?:the\s+)?feeling|loss\s+of\s+(?:feeling|sensation)"
            r"|(?:leg|legs|foot|feet|toes)\s+(?:fell|falls|is|was|went)\s+asleep)\b"
        ),
    ),
    (
        "weakness",
        re.compile(
            r"\b(?:weak|weakness|weakened|gave\s+way|gives\s+way|giving\s+way|buckl(?:ed|es|ing)"
            r"|foot\s+drop|drop\s+foot|(?:lost|losing)\s+(?:my\s+)?strength|no\s+strength"
            r"|can'?t\s+(?:lift|move|bend|flex|raise)\s+(?:my\s+)?(?:foot|leg|toes)"
            r"|cannot\s+(?:lift|move)\s+(?:my\s+)?(?:foot|leg|toes)|paraly[sz]\w*)\b"
        ),
    ),
    (
        "toxin",
        re.compile(
            r"\b(?:lead\s+(?:paint|pipes?|poisoning|exposure|dust|levels?|fumes|solder|-?based"
            r"|shot|batter(?:y|ies)|pellets?)|(?:exposed\s+to|exposure\s+to|working\s+with"
            r"|handling|handled|worked\s+with|contact\s+with|around|inhaled|swallowed|ingested"
            r"|breathing|breathed)\s+(?:some\s+|the\s+|a\s+lot\s+of\s+)?(?:lead|mercury"
            r"|pesticides?|chemicals?|insecticides?|herbicides?|solvents?|toxins?|poison|fumes)"
            r"|mercury|pesticides?|insecticides?|herbicides?|weed\s*killer|roundup|rat\s+poison"
            r"|poison(?:ed|ing|ous)?(?!\s+(?:ivy|oak))|arsenic|strychnine|organophosphates?"
            r"|tetanus|lockjaw|lock\s+jaw|rusty\s+(?:nail|metal|wire|fence|tool|blade|nails)"
            r"|(?:stepped|stood)\s+on\s+a\s+(?:rusty\s+)?nail|puncture\s+wound|dirty\s+wound"
            r"|black\s+widow|spider\s+bite|scorpion|snake\s*bite|toxins?|toxic|heavy\s+metals?"
            r"|insect\s+spray|bug\s+spray|fumigat\w*|nerve\s+agent|sprayed\s+(?:the\s+)?"
            r"(?:crops|fields?|garden))\b"
        ),
    ),
)
_FLAG_NEGATORS: Final = frozenset(
    {"no", "not", "without", "isn't", "isnt", "aren't", "arent", "wasn't", "wasnt", "weren't"}
    | {"never", "nor", "neither", "doesn't", "doesnt", "don't", "dont", "didn't", "didnt"}
    | {"hasn't", "hasnt", "haven't", "havent", "zero", "free", "nothing", "none", "nope"}
)
_FLAG_GLUE: Final = frozenset(
    {"any", "signs", "sign", "of", "or", "and", "nor", "obvious", "visible", "noticeable"}
    | {"real", "much", "more", "the", "my", "it", "is", "was", "feel", "feels", "felt", "see"}
    | {"notice", "noticed", "seen", "saw", "have", "has", "had", "been", "there", "at", "all"}
    | {"also", "really", "a", "an", "bit", "very", "that", "too", "leg", "calf", "skin", "foot"}
    | {"swelling", "swollen", "redness", "red", "warmth", "warm", "numbness", "numb", "weak"}
    | {"weakness", "tingling", "puffy", "hot", "heat", "pain", "bruising", "discoloration"}
    | {"get", "got", "look", "looks", "looked", "seem", "seems", "seemed", "is", "are", "any"}
    | {"legs", "feet", "area", "afterwards", "after", "numbness", "swelling", "tingly", "nor"}
)
_WORDS_RE = re.compile(r"[a-z']+")
_CLAUSE_BREAK_RE = re.compile(r"[.;!?\n]|\bbut\b|\bthough\b|\balthough\b|\bhowever\b|\byet\b")
_FLAG_AFTER_NEG_RE = re.compile(r"\s*[:?=-]?\s*(?:no|none|nope|not\s+really|negative)\b")
_ONE_LEG_RE = re.compile(
    r"\b(?:one\s+(?:leg|calf|side|foot|ankle|thigh)|only\s+(?:my\s+|the\s+|on\s+the\s+)?"
    r"(?:left|right)|single\s+leg)\b"
)


def _flag_negated(text: str, start: int, end: int) -> bool:
    if _FLAG_AFTER_NEG_RE.match(text, end):
        return True
    before = text[max(0, start - 80) : start]
    breaks = list(_CLAUSE_BREAK_RE.finditer(before))
    if breaks:
        before = before[breaks[-1].end() :]
    words = _WORDS_RE.findall(before)
    for i in range(len(words) - 1, max(-1, len(words) - 9), -1):
        w = words[i]
        if w in _FLAG_NEGATORS or w.endswith("n't"):
            return True
        if w not in _FLAG_GLUE:
            return False
    return False


def _triggers(text: str, night_from_time: bool) -> tuple[str, ...]:
    scan = _TREATMENT_RE.sub(" ", text)
    out: list[str] = []
    for name, rx in _TRIGGER_RES:
        if name == "night" and night_from_time:
            out.append(name)
            continue
        for m in rx.finditer(scan):
            if name in {"night", "dehydration"} or not _flag_negated(scan, m.start(), m.end()):
                out.append(name)
                break
    return tuple(out)


def _red_flags(text: str, side: str | None, duration: _Duration | None) -> tuple[str, ...]:
    found: set[str] = set()
    for name, rx in _FLAG_RES:
        for m in rx.finditer(text):
            if name == "numbness" and m.group(0).startswith(("no ", "can", "lost", "loss")):
                found.add(name)
                break
            if not _flag_negated(text, m.start(), m.end()):
                found.add(name)
                break
    long_by_value = duration is not None and (
        duration.seconds > LONG_DURATION_S or (duration.over and duration.seconds >= 600)
    )
    if long_by_value or _LONG_PHRASE_RE.search(text):
        found.add("long_duration")
    if "swelling" in found and (side in {"left", "right"} or _ONE_LEG_RE.search(text)):
        found.add("one_leg_pain_with_swelling")
    return tuple(f for f in RED_FLAGS if f in found)


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


def parse_cramp(text: str, *, now: datetime, tz: ZoneInfo) -> CrampParse:
    """Parse one chat message; ``now`` must be timezone-aware (naive means wall time in tz)."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=tz)
    norm = normalise(text)
    muscle = _muscle(norm)
    side = _side(norm)
    severity, sev_oor = _severity(norm)
    duration = _duration(norm)
    tinfo = resolve_time(norm, now, tz)
    has_numeric_sev = severity is not None and any(rx.search(norm) for rx in _SEV_NUM_RES)
    is_cramp = _is_cramp(
        norm,
        has_muscle=muscle is not None,
        has_leg=bool(_LEG_RE.search(norm)),
        severity_numeric=has_numeric_sev or sev_oor is not None,
        has_duration=duration is not None,
    )
    duration_s: int | None = None
    dur_oor: int | None = None
    if duration is not None:
        if 0 < duration.seconds <= MAX_DURATION_S:
            duration_s = duration.seconds
        elif duration.seconds > MAX_DURATION_S:
            dur_oor = duration.seconds
    return CrampParse(
        is_cramp=is_cramp,
        occurred_at=tinfo.occurred_at,
        side=side,
        muscle=muscle,
        severity=severity,
        duration_s=duration_s,
        triggers=_triggers(norm, tinfo.night),
        red_flags=_red_flags(norm, side, duration),
        severity_out_of_range=sev_oor,
        duration_out_of_range_s=dur_oor,
        in_future=tinfo.in_future,
    )
