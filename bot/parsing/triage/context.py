"""What a mention means in its sentence: negated, hypothetical, in the past, someone else's.

A small version of clinical NLP's ConText algorithm (as in medspaCy): a cue before a finding
in the same sentence changes its meaning ("no swelling", "if it swells", "had a clot five
years ago", "my dad's leg"); a stop word ends a negation's reach ("no pain but it's red").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from bot.parsing.body import find_muscle
from bot.parsing.normalise import normalise
from bot.parsing.triage.lexicon import (
    ANIMAL,
    HISTORICAL,
    HYPOTHETICAL,
    NAMED_SUBJECT,
    NEGATED_AFTER,
    NEGATION_GLUE,
    NEGATION_STOP,
    NEGATORS,
    NOT_A_NAME,
    OTHER,
    PAST_CUE,
    SELF,
    TREATED,
)

Who = Literal["self", "other", "animal"]
_SENTENCE_RE: Final = re.compile(r"(?:[^.!?\n;]|(?<=\d)\.(?=\d))+")
_WORD_RE: Final = re.compile(r"[a-z']+")
# A new clause after a comma: ", it's", ", i", ", my", ", the skin".
_CLAUSE_RE: Final = re.compile(
    r",\s*(?=(?:it|its|it's|i|i'm|my|the|and\s+(?:it|my|i))\b)"
    # the items of a list or a form: "sweating - no / confused - yes" (the answer "no" is the
    # item's before it, not a denial of the next; the end of the text before a mention is not
    # an item's end: "checked: no swelling")
    r"|\s+/\s*|\s*/\s+|\s*\|\s*"
    r"|[-:=?]\s*(?:yes|yeah|yep|no|nope|none|nah)\b(?=\s*(?:[/,;.|]|-\s))"
)
# A list going on after a mention to its last item: ", grazes or bites".
_LIST_GOES_ON_RE: Final = re.compile(r"(?:\s*,\s*[\w']+){0,3}\s*,?\s+(?:or|nor)\s+[\w']+")
# The rest of a form's item, up to its answer: "redness or heat - no /", "swelling/warmth: no."
_ITEM_ANSWERED_NO_RE: Final = re.compile(
    r"(?:\s+(?:or|and|&)\s+|\s*/\s*)[\w' ]{1,30}?(?=\s*[:?=-]\s*(?:no|none|nope|nah|negative)\s*"
    r"(?:[/,;.|]|$))"
)
_MAX_NEGATION_WORDS: Final = 8
_TURN_RE: Final = re.compile(
    r";|\b(?:but|now|today|tonight|then|this\s+(?:morning|evening|afternoon)|(?:\d+|few)\s+hrs?\s+on)\b"
    # the writer's own reason after a general question: "what does a dvt feel like, because
    # my left calf is tight and red"
    r"|\b(?:because|cos|coz|cuz)\s+(?=(?:i|i'?m|im|i'?ve|my|since)\b)"
)
# A cause the writer asks about right before the finding: "is it just lost strength?",
# "could it be from weak ankles".
_ASKED_CAUSE_RE: Final = re.compile(
    r"\b(?:is|could|might|would|can)\s+(?:it|this|that)\s+(?:be\s+)?(?:just|only|simply"
    r"|because\s+of|from|down\s+to|due\s+to)\s+(?:\w+\s+)?$"
)
# "can't walk a block without my calves cramping": they do cramp, each time.
CANT_WITHOUT_RE: Final = re.compile(r"\b(?:can'?t|cannot|couldn'?t|never)\b[^,;]*\bwithout\b")
_OWN_RE: Final = re.compile(r"\b(?:my|his|her|our)\b")
CLAUSE_END_RE: Final = re.compile(r"[,.;?!\n]")
# Where a sentence turns to the present: "had a clot in 2019, and now my calf is swollen".
_PRESENT_RE: Final = re.compile(
    r";|:(?!\d)|\b(?:and\s+)?(?:(?<!ago\s)now|today|tonight|currently|lately|recently|this\s+(?:morning|week"
    r"|evening|time)|since\s+then|ever\s+since|but|then"
    # taken again: "was on simvastatin years ago, back on it since march, legs ache"
    r"|back\s+on|restarted|started\s+(?:it\s+|them\s+)?again"
    # the same again now: "had a clot 2 yrs ago and this feels exactly the same, right calf hot"
    r"|this\s+(?:feels|looks|seems)\s+(?:\w+\s+)?(?:the\s+same|like\s+(?:it|that|last\s+time)))\b"
)
# A new clause with its own subject after a comma ("my calf is swollen and hot, i had a clot
# 5 years ago"; "had a clot years ago, my calf is swollen now"), and the present tense that
# makes a finding's own clause of now.
_NEW_SUBJECT_RE: Final = re.compile(
    r",\s*(?:and\s+|but\s+|also\s+)?(?=(?:i|i'?ve|i'?d|he|she|we|they|my|his|her|their|our"
    # a thing as the subject: "got kicked last night, its swollen", ", the pain is worse"
    r"|it'?s|it|the)\s"
    # a past event told without its subject: "my calf is swollen and warm, had a knee op 2
    # months ago"
    r"|(?:had|got|went|was|did|broke|started|came)\s"
    r"|with\s+(?:my|her|our)\s+(?:first|last|previous|eldest|oldest|older)\b"
    # someone else as the subject: "i strip old paint for a living, a colleague tested high"
    r"|(?:a|an|one\s+of\s+(?:my|the|our))\s+(?:colleague|friend|mate|workmate|co-?worker|neighbou?r"
    r"|guy|bloke|lad|woman|man|lady|girl|boy)s?\s)"
    # ... or after "and" or "but": "I had surgery a year ago and my calf is swollen today"
    r"|\s(?:and|but)\s+(?=(?:i|i'?m|my|his|her|their|our|it'?s|the)\s)"
)
_PRESENT_TENSE_RE: Final = re.compile(
    r"\b(?:is|are|am|i'?m|has|have|feels?|looks?|seems?|keeps?|getting|gets|goes|hurts?|aches?"
    r"|its|\w+'s|i\s+(?:still\s+)?(?:work|do|use|live|take)|for\s+a\s+living)\b"
)


_AT_NUMBER_RE: Final = re.compile(r"at\s+\d\d")
# Up to now, told after the mention: "... had cramps most nights ever since".
# A reading, not an age: "went to bed with my sugar at 14", "bp was at 16 over 9".
_MEASURED_AT_RE: Final = re.compile(
    r"\b(?:sugars?|glucose|bgs?|bms?|levels?|readings?|numbers?|bp|pressure|temp|temperature"
    r"|fever|heart\s*rate|hr|pulse|sats|oxygen|ketones|a1c|hba1c|potassium|magnesium|sodium"
    r"|calcium|ferritin|b12|iron|weight|score|battery|thermostat|heating|aircon|ac)"
    r"(?:\s+(?:was|is|were|are|still|sitting|running|stuck|stayed|hovering|reading|of|around|about"
    r"|already|only|went|up|down|dropped|sat)){0,3}\s+$"
)
_EVER_SINCE_AFTER_RE: Final = re.compile(r"\b(?:ever\s+since|since\s+then)\s*(?:[.,!?;]|$)")
# ... or a bare "since" closing the finding's own clause: "finished chemo last year and I've
# been drinking quite heavily since, a bottle most nights"
_SINCE_CLOSING_RE: Final = re.compile(r"[^.,;!?]{0,30}?\bsince\s*(?:[.,!?;]|$)")
_SINCE_BEFORE_RE: Final = re.compile(r"\bsince\s+(?:[^\s,;]+\s+){0,14}$")
# A jab dated in its own clause: "last tetanus jab 20 yrs ago".
_JAB_RE: Final = re.compile(r"\b(?:tetanus|jabs?|booster|vaccin\w*|injection|shots?)\b")
# A recent time told in a finding's own clause: "cut my leg on barbed wire yesterday".
_RECENT_RE: Final = re.compile(
    r"\b(?:yesterday|today|tonight|last\s+night|this\s+(?:morning|afternoon|evening|week)"
    r"|just\s+now|(?:an?|\d+|few|couple\s+of)\s+(?:hours?|hrs?|days?|mins?|minutes?)\s+ago)\b"
)
_STARTED_BEFORE_RE: Final = re.compile(
    r"\b(?:started|starting|began|begun|been\s+on|put\s+on|prescribed)\b"
)
_WHEN_STARTED_RE: Final = re.compile(r"(?:ago|back|before)$|^(?:in|last)\s")
_STOPPED_RE: Final = re.compile(
    r"\b(?:stopped|stop|quit|came\s+off|come\s+off|finished|ended|no\s+longer|not\s+on)\b"
)
_STOPPED_SINCE_RE: Final = re.compile(r"\b(?:stopped|quit|ceased|gave\s+up)\s+\w+\s+$")
_RACE_RE: Final = re.compile(
    r"\b(?:miles?|mile\s+\d+|km|kilomet\w+|laps?|marathon|half|race|ultra|\d+k)\b"
)


@dataclass(frozen=True, slots=True)
class Sentences:
    """The sentences of a normalised text, with who each one is about."""

    bounds: tuple[tuple[int, int], ...]
    text: str

    def index(self, position: int) -> int:
        """The number of the sentence holding `position`."""
        for number, (start, end) in enumerate(self.bounds):
            if start <= position < end:
                return number
        return max(len(self.bounds) - 1, 0)

    def span(self, position: int) -> tuple[int, int]:
        """The (start, end) of the sentence holding `position`."""
        return self.bounds[self.index(position)] if self.bounds else (0, len(self.text))


def sentences(text: str) -> Sentences:
    """Split normalised text into sentences (decimal points do not split)."""
    bounds = tuple((m.start(), m.end()) for m in _SENTENCE_RE.finditer(text))
    return Sentences(bounds or ((0, len(text)),), text)


_IF_NOT_MORE_RE: Final = re.compile(r"\bif\s+not\s+(?:more|longer|worse|sooner|earlier|before)\b")


# A thing, not a body, as what has the finding: "my phone battery is literally swollen from the
# heat", "the battery's dead", "the tyre went flat".
_THING_RE: Final = re.compile(
    r"\b(?:battery|batteries|phone|laptop|tyre|tire|tyres|tires|car|cars|van|truck|bike|engine|river"
    r"|creek|lake|stream|bottle|package|parcel|walls?|kettle|dress|shirt|jumper|hoodie|jacket|coat"
    # ... and what swells in a figure: "my ego is more swollen than my calf will ever be"
    r"|ego|pride|wallet|head)(?:'s|\s+(?:is|was|has|had|went|gone|got|been|are"
    r"|were))(?:\s+(?:literally|totally|all|completely|so|really|now|just|gone|been|got|a\s+bit|more"
    r"|well\s+and\s+truly|truly|utterly|massively|hugely|very|officially|seriously"
    # (and how a thing's colour is told: "my new car is bright red")
    r"|even|bright|dark|deep|light|vivid|shiny|pillar\s+box|fire\s+engine|cherry))*\s+$"
)


def of_a_thing(text: str, start: int, sentence_start: int) -> bool:
    """Whether a finding is said of a thing, not of anyone's body ("my phone battery is
    swollen")."""
    return _THING_RE.search(text, max(sentence_start, start - 40), start) is not None


# Blue as a mood ("feeling so blue lately", "been really blue since the move"): how the
# person feels, not a colour of the skin; not when a body part feels it ("my toes are feeling
# blue") or a place on the body follows ("feeling blue in my toes").
_MOOD_BEFORE_RE: Final = re.compile(
    r"\b(?P<verb>feel\w*|felt|been|i'?m|im|am)\s+(?:(?:so|a\s+bit|a\s+little|really|very|quite"
    r"|pretty|kinda|kind\s+of|super|bit|abit|a\s+tad|too|real|rather|properly|proper|down\s+and"
    r"|low\s+and)\s+)*$"
)
# ... felt by a part of the body: "my toes are feeling blue", "the foot has been blue"
# The parts of the body a feeling or a colour is told of, and "it" or "they" for one of them.
_FEELING_PARTS: Final = (
    r"toes?|foot|feet|legs?|calf|calves|skin|hands?|fingers?|ankles?|shins?|thighs?|knees?|it|they"
)
_BODY_FEELS_RE: Final = re.compile(
    rf"\b(?:{_FEELING_PARTS}|toenails?|nails?|its|it'?s|they'?re)\s+(?:(?:are|is|was|were|has|have|keeps?|had|still"
    r"|now|just|also)\s+){0,2}$"
)
_ON_THE_BODY_RE: Final = re.compile(r"\s+(?:in|on|around|at|under)\s+(?:my|the|his|her|both)\b")


# Figures of speech told by what follows the word: "numb with worry", "red-faced", "hot under
# the collar", "hot and bothered", "hot-headed".
_FIGURE_AFTER_RES: Final = {
    "numb": re.compile(
        r"\s+(?:with|from)\s+(?:worry|fear|shock|grief|terror|anxiety|dread|boredom|nerves|panic)\b"
        r"|\s+inside\b"
    ),
    "red": re.compile(r"(?:\s*-\s*|\s+)faced\b|\s+in\s+the\s+face\b"),
    # "swollen with pride", "my heart swelled with joy"
    "swollen": re.compile(
        r"\s+(?:up\s+)?with\s+(?:\w+\s+)?(?:pride|joy|happiness|love|emotion|importance|gratitude"
        r"|relief)\b"
    ),
    "warm": re.compile(
        r"\s+under\s+the\s+collar\b|\s+and\s+bothered\b|(?:\s*-\s*|\s+)(?:headed|tempered)\b"
    ),
}


def a_figure(concept: str, text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a finding text[start:end] is a figure of speech, not the body: a mood ("feeling
    so blue lately", `a_mood`) or an idiom (`_FIGURE_AFTER_RES`)."""
    if concept == "blue":
        # swearing: "turned the air blue", "the language was blue"
        if _AIR_BLUE_RE.search(text, max(sentence_start, start - 25), start):
            return True
        return a_mood(text, start, end, sentence_start)
    if concept == "tingle" and text.startswith("buzz", start):
        return an_excitement(text, start, end, sentence_start)
    figure = _FIGURE_AFTER_RES.get(concept)
    return figure is not None and figure.match(text, end) is not None


# Buzzing as excitement: "absolutely buzzing, got my medal", "i'm still buzzing from the gig"
_EXCITED_BEFORE_RE: Final = re.compile(
    r"(?:^|[,.!;:]\s*|\b(?:i'?m|im|am|was|were|we'?re|still|absolutely|totally|proper|properly"
    r"|well|so|honestly|literally|actually|buzzing)\s+)"
    r"(?:(?:absolutely|totally|proper|properly|well|so|still|literally|honestly|actually)\s+)*$"
)


def an_excitement(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether "buzzing" is a mood ("absolutely buzzing after the race"), not a feeling in a
    body part ("my feet are buzzing", "buzzing in my toes")."""
    if _ON_THE_BODY_RE.match(text, end):
        return False
    before = text[max(sentence_start, start - 40) : start]
    clause = CLAUSE_END_RE.split(before)[-1]
    if _BODY_WORD_RE.search(clause):
        return False
    return _EXCITED_BEFORE_RE.search(text, max(sentence_start, start - 40), start) is not None


_BODY_WORD_RE: Final = re.compile(rf"\b(?:{_FEELING_PARTS}|lips?|face|arms?|soles?|heels?)\b")


_AIR_BLUE_RE: Final = re.compile(
    r"\b(?:turn\w*|made|make|making)\s+the\s+air\s+$|\blanguage\s+was\s+$"
)


def a_mood(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a colour text[start:end] is a mood ("feeling so blue lately")."""
    if _ON_THE_BODY_RE.match(text, end):
        return False
    mood = _MOOD_BEFORE_RE.search(text, max(sentence_start, start - 40), start)
    if mood is None:
        return False
    before = mood.start("verb")
    return _BODY_FEELS_RE.search(text, max(sentence_start, before - 30), before) is None


# The surroundings as what is hot or cold: "the water way colder than i expected", "the sun
# was hot well well", "in a freezing tent", "the hot sun".
_SURROUNDINGS: Final = (
    r"(?:water|sea|ocean|pool|lake|river|sun|weather|air|wind|tent|room|house|shower|bath|office"
    r"|floor|tiles|car|bus|train|plane|day|night|morning|evening|afternoon|weekend"
    # what was eaten or drunk: "very hot pepper soup", "a hot curry", "the tea was hot"
    r"|soup|curry|tea|coffee|cocoa|chocolate|food|meal|drinks?|sauce|peppers?|chill?i(?:es)?"
    r"|wings|stew|broth|noodles|dish|bowl|cup|mug|plate)"
)
_SURROUNDINGS_BEFORE_RE: Final = re.compile(
    rf"\b{_SURROUNDINGS}(?:'s|\s+(?:is|was|are|were|got|gets|felt|feels|way|much|even))?"
    r"(?:\s+(?:literally|totally|so|really|just|a\s+bit|way|much|even|bloody|proper|too))*\s+$"
)
_SURROUNDINGS_AFTER_RE: Final = re.compile(rf"\s+{_SURROUNDINGS}\b")
# The weather as "it", in a condition: "if its hot", "when it gets really hot".
_WEATHER_IT_BEFORE_RE: Final = re.compile(
    r"\b(?:if|when|whenever|because|cos|as)\s+(?:it\s+(?:is|gets|got|was)\s+(?:\w+\s+)?)?$"
)


def of_the_surroundings(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a heat or cold text[start:end] is the surroundings', not a body's."""
    if _SURROUNDINGS_AFTER_RE.match(text, end):
        return True
    if _WEATHER_IT_BEFORE_RE.search(text, max(sentence_start, start - 30), start):
        return True  # "how much should she drink if its hot": the weather's
    return _SURROUNDINGS_BEFORE_RE.search(text, max(sentence_start, start - 40), start) is not None


_DOES_NOTHING: Final = frozenset(
    {"done", "did", "does", "doing", "do", "helped", "helps", "changed", "worked", "works"}
)


_HARDLY: Final = frozenset({"hardly", "barely", "scarcely"})


def negated(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether the mention text[start:end] is negated in its sentence ("no swelling",
    "not hot or red", "swelling: none"); a stop word ends the reach ("no pain but red")."""
    if NEGATED_AFTER.match(text, end):
        return True
    if (item := _ITEM_ANSWERED_NO_RE.match(text, end)) and NEGATED_AFTER.match(text, item.end()):
        return True  # one of a form's items answered together: "redness or heat - no /"
    before = text[sentence_start:start]
    clause = _CLAUSE_RE.split(before)[-1]
    if "if not" in clause:  # "ten minutes if not more and the cramp is still there"
        clause = _IF_NOT_MORE_RE.sub(" ", clause)
    words = _WORD_RE.findall(clause)
    # the other items of a denied list: "no cuts or wounds", "no cuts, grazes or bites" (read
    # only at the first word that is not glue: the usual denial never needs it)
    listed: int | None = None
    for at in range(len(words) - 1, max(-1, len(words) - 1 - _MAX_NEGATION_WORDS), -1):
        word = words[at]
        if word in ("or", "nor"):
            listed = 2
            continue
        if word == "nothing" and at > 0 and words[at - 1] in _DOES_NOTHING:
            return False  # "magnesium has done nothing, cramps just as bad": a remedy's failure
        if word == "without" and CANT_WITHOUT_RE.search(clause):
            return False  # "can't walk to the shops without my calf seizing": it does seize
        if word in _HARDLY and at + 1 < len(words) and words[at + 1] == "any":
            return True  # "hardly any cramps", "barely any swelling"
        if word in NEGATORS or word.endswith("n't"):
            return not word.startswith(("can", "couldn"))  # "can't feel" is a finding
        if word in NEGATION_STOP:
            return False
        if word not in NEGATION_GLUE:
            if listed is None:
                listed = 2 if _LIST_GOES_ON_RE.match(text, end) else 0
            if not listed:
                return False
            listed -= 1
    return False


def hypothetical(text: str, start: int, sentence_start: int) -> bool:
    """Whether a mention is only supposed ("if it swells", "signs of a clot"); the supposing
    ends where the sentence turns ("thought it was a dead leg but now it's swollen")."""
    # "is it just weak muscles?"; but "could it be the swollen veins on my calf" asks about
    # something the writer has: the finding stands
    asked = _ASKED_CAUSE_RE.search(text[max(sentence_start, start - 40) : start])
    if asked and not _OWN_RE.search(CLAUSE_END_RE.split(text[start : start + 60], 1)[0]):
        return True
    turns = [m.end() for m in _TURN_RE.finditer(text, sentence_start, start)]
    since = turns[-1] if turns else sentence_start
    if _HOW_TO_STOP_RE.search(text, since, start) and _HAPPENING_RE.match(text, start):
        return True  # "how do I stop cramps and tingly legs happening on the flight?"
    return HYPOTHETICAL.search(text, since, start) is not None


# Asked how to keep something from happening: "how do I stop ... happening?"
_HOW_TO_STOP_RE: Final = re.compile(
    r"\bhow\s+(?:do|can|could|should|would)\s+(?:i|you|we|one)\s+(?:best\s+)?(?:stop|keep)\b"
)
_HAPPENING_RE: Final = re.compile(
    r"[^.!?]{0,40}?\b(?:(?:from\s+)?happening|coming\s+on|(?:on|during)\s+(?:the|my|a)\s+"
    r"(?:\w+\s+)?(?:flight|plane|trip|drive|journey|coach|train|bus))\b"
)


# Someone on a screen: "watching casualty and some bloke got bitten", "on the telly".
_ON_SCREEN_RE: Final = re.compile(
    r"\bwatch(?:ing|ed)\s+(?:\w+\s+){0,3}?(?:casualty|tv|telly|the\s+news|a\s+film|a\s+movie|a\s+show"
    r"|(?:the|a)\s+(?:documentary|series|match|game|tennis|football|marathon|programme|program|episode)"
    r"|grey'?s\s+anatomy|er\b|holby|youtube|netflix)|\bon\s+(?:the\s+)?(?:tv|telly|television|the\s+news)\b"
    # told as in a programme without "watching": "in greys anatomy a woman's leg went white",
    # "in a film the guy got bitten", "on youtube a runner collapsed"
    r"|\b(?:in|on)\s+(?:grey'?s\s+anatomy|casualty|holby(?:\s+city)?|house\b|er\b|youtube|tiktok"
    r"|netflix|(?:a|the|this|that)\s+(?:film|movie|tv\s+show|show|series|programme|program"
    r"|documentary|drama|soap|episode|video|clip|reel)\b)"
    # told from the news, a paper or the radio: "read in the paper that people fainted at the
    # festival", "heard on the radio a lad collapsed"
    r"|\b(?:in|on)\s+(?:the\s+)?(?:local\s+)?(?:news|papers?|newspaper|radio|headlines)\b"
    r"|\bread\s+(?:an?\s+|this\s+)?(?:article|story|report|post)\b"
)
# The words that may begin such a mention (the search runs only when one is written).
_SCREEN_WORDS: Final = (
    "watch",
    "tv",
    "telly",
    "anatomy",
    "casualty",
    "holby",
    "youtube",
    "tiktok",
    "netflix",
    "film",
    "movie",
    "show",
    "series",
    "programme",
    "program",
    "documentary",
    "drama",
    "soap",
    "episode",
    "video",
    "clip",
    "reel",
    "er ",
    "house ",
    "news",
    "paper",
    "radio",
    "headline",
    "article",
    "story",
    "report",
    "post",
)


def screen_ends(text: str) -> tuple[int, ...]:
    """Where each mention of watching a screen ends (none unless one of `_SCREEN_WORDS` is
    written)."""
    if not any(word in text for word in _SCREEN_WORDS):
        return ()
    return tuple(m.end() for m in _ON_SCREEN_RE.finditer(text))


def on_screen(text: str, ends: tuple[int, ...], start: int, span: tuple[int, int]) -> bool:
    """Whether a mention tells what happened to someone on a screen: after "watching ..." in
    its sentence (``ends``: from ``screen_ends``), with no word of the writer's own between
    ("watching tv and my calf went white" is the writer's)."""
    return any(
        span[0] <= end <= start
        and not SELF.search(text, end, start)
        and not _OWN_THOUGHT_RE.search(text, end, start)
        for end in ends
    )


# The writer's own thought after the screen: "watched telly and thought it was a cramp but the
# calf is now rock hard" (the calf is the writer's).
_OWN_THOUGHT_RE: Final = re.compile(r"\b(?:thought|figured|reckoned|assumed)\s+(?:it|that)\b")


_ENDED_RE: Final = re.compile(
    r"(?:went|gone)\s+away|cleared\s+up|resolved|all\s+(?:sorted|better)"
)
# A comparison with a time before ("worse than when", "than the time"): what is compared is now.
THAN_THEN_RE: Final = re.compile(r"than\s+(?:when|the\s+time)\b")
# An aside in brackets: what it dates is its own ("(new knee 2 yrs ago)").
_ASIDE_RE: Final = re.compile(r"\([^()]*\)")


def historical(text: str, start: int, span: tuple[int, int], *, cramp: bool = False) -> bool:
    """Whether a mention is of the past ("had a clot five years ago", "used to"), read in its
    clause: "went on crestor 8 months ago and now his legs are weak" is about now. For a
    `cramp`, "went away" or "cleared up" is how it ended, not a sign of long ago."""
    sentence = text[span[0] : span[1]]
    if PAST_CUE.search(sentence) is None:
        return False  # no word of the past in the sentence: the usual answer, found at once
    offset = start - span[0]
    clause_start, clause_end = 0, len(sentence)
    for m in _PRESENT_RE.finditer(sentence):
        if m.end() <= offset:
            clause_start = m.end()
        elif m.start() > offset:
            clause_end = m.start()
            break
    if "," in sentence or " and " in sentence or " but " in sentence:
        # the finding's own clause, when it tells of now
        cuts = [m.end() for m in _NEW_SUBJECT_RE.finditer(sentence)]
        if cuts:
            own_start = max([c for c in cuts if c <= offset], default=0)
            own_end = min([c for c in cuts if c > offset], default=len(sentence))
            if _PRESENT_TENSE_RE.search(sentence, own_start, own_end):
                clause_start = max(clause_start, own_start)
                clause_end = min(clause_end, own_end)
    if _EVER_SINCE_AFTER_RE.search(sentence, offset) or _SINCE_CLOSING_RE.match(sentence, offset):
        return False  # "started it a few months back and had cramps most nights ever since"
    life = _OF_MY_LIFE_RE.search(sentence, 0, offset)
    if (
        life
        and _AND_I_HAVE_RE.search(sentence, life.end(), offset)
        and not _NOW_TOLD_RE.search(sentence, life.end())
    ):
        return True  # "worst cramp of my life, and i've sliced my palm open": a comparison
    asides = [a.span() for a in _ASIDE_RE.finditer(sentence)] if "(" in sentence else []
    own = _comma_clause(sentence, offset)
    recent = _RECENT_RE.search(sentence, *own) is not None
    for m in HISTORICAL.finditer(sentence, clause_start, clause_end):
        if recent and not own[0] <= m.start() < own[1]:
            continue  # "cut my leg yesterday, deep, last tetanus jab maybe as a kid": the jab's
        if not own[0] <= m.start() < own[1] and _JAB_RE.search(
            sentence, *_comma_clause(sentence, m.start())
        ):
            continue  # "stood on a thorn, deep and dirty, last tetanus 20 yrs ago": the jab's
        cue_end = _comma_clause(sentence, m.start())[1]
        if cue_end <= own[0] and (
            _NOW_TIME_RE.search(sentence, cue_end, own[1]) or _on_it(sentence, own[0], offset)
        ):
            continue  # "transplant 2 yrs ago, on a statin, weak since few days, urine dark": now
        if any(a <= m.start() < b and not a <= offset < b for a, b in asides):
            continue  # "the leg i had the op on (new knee 2 yrs ago)": the aside's own time
        if _AT_NUMBER_RE.fullmatch(m.group(0)) and _RACE_RE.search(text):
            continue  # "pulled out at 22" in a race: a mile, not an age
        if _AT_NUMBER_RE.fullmatch(m.group(0)) and _MEASURED_AT_RE.search(
            sentence, max(0, m.start() - 40), m.start()
        ):
            continue  # "my sugar at 14": a reading, not an age
        if _SINCE_BEFORE_RE.search(sentence, max(0, m.start() - 90), m.start()):
            continue  # "swollen since my knee op 2 months ago": from then until now
        if (
            _WHEN_STARTED_RE.search(m.group(0))
            and _STARTED_BEFORE_RE.search(sentence, clause_start, m.start())
            and not _STOPPED_RE.search(sentence)
        ):
            continue  # "started atorvastatin 2 years ago": on it since, and still
        if _STOPPED_SINCE_RE.search(sentence, clause_start, m.start()):
            continue  # "quit sweating a while back": stopped then, and still so
        if offset < m.start() and THAN_THEN_RE.search(m.group(0)):
            continue  # "the pain is way worse than when it happened": the pain is now
        if cramp and _ENDED_RE.match(m.group(0)):
            continue  # "a cramp in my stomach muscles in PE, went away when I stood up"
        return True
    return False


# A superlative over a lifetime, then what the writer has been through: "the worst cramp of my
# life, and I've broken my leg" (the break is the measure, from long ago).
_OF_MY_LIFE_RE: Final = re.compile(
    r"\b(?:worst|most\s+painful|most\s+agonising|most\s+agonizing|biggest|hardest)\s+(?:\w+\s+){0,3}?"
    r"(?:of\s+my\s+(?:whole\s+|entire\s+)?life|i'?ve\s+ever\s+(?:had|felt|known))"
)
_NOW_TOLD_RE: Final = re.compile(
    r"\b(?:since|still|now|today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)"
    r"|last\s+night|ago)\b"
)
_AND_I_HAVE_RE: Final = re.compile(
    r"\b(?:and|&)\s+(?:i'?ve|i\s+have|ive)\s+(?!(?:just|got|now|also|then|since)\b)"
)


# A time of now, told in a later comma clause than a past one: "since few days", "since
# monday", "for 3 days now".
_NOW_TIME_RE: Final = re.compile(
    r"\bsince\s+(?:a\s+|the\s+last\s+)?(?:few|couple\s+(?:of\s+)?|\d+|two|three|four|five|six"
    r"|several)\s+(?:days?|weeks?|hours?)\b|\bsince\s+(?:yesterday|monday|tuesday|wednesday"
    r"|thursday|friday|saturday|sunday|last\s+(?:night|week|weekend))\b|\bfor\s+(?:the\s+)?"
    r"(?:last\s+|past\s+)?(?:a\s+few|few|a\s+couple\s+of|\d+|two|three|four|five|several)\s+"
    r"(?:days?|weeks?)\s+now\b|\b(?:right\s+now|currently|at\s+the\s+moment)\b"
)


# A medicine taken now, in its own comma clause: "knee op 4 years ago, on rosuvastatin, ...".
_ON_A_MEDICINE_RE: Final = re.compile(r"\s*(?:and\s+|also\s+|still\s+|now\s+)?(?:on|taking)\s+")


def _on_it(sentence: str, clause_start: int, offset: int) -> bool:
    """Whether a comma clause is "on" or "taking" the mention itself ("on rosuvastatin"): taken
    now (not "on crutches for weeks", where "on" is part of the mention)."""
    on = _ON_A_MEDICINE_RE.match(sentence, clause_start)
    return on is not None and on.end() == offset


def _comma_clause(sentence: str, offset: int) -> tuple[int, int]:
    """The stretch of `sentence` between the commas around `offset`."""
    start = sentence.rfind(",", 0, offset) + 1
    end = sentence.find(",", offset)
    return start, len(sentence) if end < 0 else end


def treated(text: str, start: int, sentence_start: int) -> bool:
    """Whether a finding is named as what a treatment is for ("water pills for the swelling")."""
    return TREATED.search(text[max(sentence_start, start - 40) : start]) is not None


@lru_cache(maxsize=256)  # the warning screen and the episode reader both ask, per text
def experiencers(text: str) -> tuple[tuple[int, Who], ...]:
    """Every cue of who a sentence is about, in order: ("my dad" -> other, "my" -> self)."""
    cues: list[tuple[int, Who]] = []
    others = [(m.start(), m.end()) for m in OTHER.finditer(text)]
    others += [
        (m.start(), m.end("name"))
        for m in NAMED_SUBJECT.finditer(text)
        if m.group("name") not in NOT_A_NAME and find_muscle(m.group("name")) is None
    ]
    # an animal's: "my dogs back leg is swollen" (a vet's patient: no person's level), from
    # the animal's name on ("next door's dog bit my calf": the bite is the writer's)
    animals = [(m.start(), m.end()) for m in ANIMAL.finditer(text)]
    starts = {start for start, _ in animals}
    cues += [(start, "other") for start, _ in others if start not in starts]
    cues += [(end, "animal") for _, end in animals]
    taken = others + animals
    for m in SELF.finditer(text):
        if not any(start <= m.start() < end for start, end in taken):
            cues.append((m.start(), "self"))
    # someone who only gave the writer advice ("my coach said stretch more. cramp again last
    # night at 2am"): the sentences after the advice are the writer's again
    if others:
        for m in _ADVISED_RE.finditer(text):
            if any(start < m.start() for start, _ in others):
                ends = _SENTENCE_END_RE.search(text, m.end())
                # (not when the next sentence goes on about them: "she had one at 2am")
                if ends is not None and not _THIRD_PERSON_RE.match(text, ends.end()):
                    cues.append((ends.end(), "self"))
    cues.sort()
    return tuple(cues)


# Advice told as an imperative after a verb of saying: "said stretch more", "says to drink more".
_ADVISED_RE: Final = re.compile(
    r"\b(?:said|says|told\s+me|tells\s+me|reckons|suggested|suggests|advised|advises|recommended"
    r"|recommends)\s+(?:(?:i|you|we)\s+(?:should|must|need\s+to|ought\s+to)\s+|to\s+)?(?:try|stretch"
    r"|drink|eat|take|use|rub|massage|avoid|cut|rest|raise|walk|wear|put|keep|get|see|go|add)\b"
)
_SENTENCE_END_RE: Final = re.compile(r"[.!?\n]+\s*")
_THIRD_PERSON_RE: Final = re.compile(
    r"(?:\w+\s+){0,3}?(?:he|she|they|his|her|their|him|them|he'?s|she'?s|they'?re)\b"
)


def who(cues: tuple[tuple[int, Who], ...], position: int) -> Who:
    """Who a mention at `position` is about: the nearest cue before it (in its sentence or
    an earlier one), else the writer."""
    found: Who = "self"
    for at, person in cues:
        if at > position:
            break
        found = person
    return found


_PUTTING_OFF_RE: Final = re.compile(
    r"\b(?:tomorrow|tmrw|in\s+the\s+morning|see\s+how\s+(?:it\s+)?(?:goes|it\s+is|i\s+feel)"
    r"|probably\s+(?:nothing|fine|ok|okay)|(?:it'?s|its|it\s+is)\s+(?:probably\s+)?(?:nothing|fine)"
    r"|(?:go|going|head|heading)\s+(?:back\s+)?to\s+(?:bed|sleep)|sleep\s+on\s+it"
    r"|wait\s+(?:and\s+see|till|until|a\s+bit|it\s+out)|(?:i'?ll|ill|i\s+will)\s+(?:just\s+)?"
    r"(?:wait|be\s+(?:fine|ok|okay|alright))|not\s+(?:going|gonna)\s+(?:to\s+)?(?:go|call|bother)"
    r"|ignore\s+it|no\s+need|don'?t\s+(?:want|need)\s+to\s+(?:go|call|bother)|it'?ll\s+pass"
    r"|(?:can'?t|cannot|won'?t)\s+(?:go|call)|(?:ok|okay)\s+(?:thanks|thank\s+you|ty))\b"
)


def putting_off(text: str) -> bool:
    """Whether a message puts off getting help ("I'll see how it is tomorrow")."""
    return _PUTTING_OFF_RE.search(normalise(text)) is not None
