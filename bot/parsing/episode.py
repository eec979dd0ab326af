"""Which cramp a message reports, and the words that belong to it.

A message may speak of cramps in many ways: one that happened to the writer (an episode),
cramps in general ("they come most nights"), someone else's ("my husband had one"), an old
one ("years ago"), a denied one ("it wasn't really a cramp"), a supposed one ("if I get
one"), or a question. Each mention of a cramp is read in its sentence and clause; the first
episode is the *anchor*, and the time, duration, muscle, side and severity of the report are
read from the anchor's clause first, then its sentence, then the rest of the message, so
that another event's time or length ("ran 10k on Saturday", "after a 3 hour jam") is not
taken for the cramp's.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Final, Literal

from bot.parsing.duration import MADE_TO_STOP, RODE_IT_OUT
from bot.parsing.journey import A_LENGTH_RE, JOURNEY_RE
from bot.parsing.numbers import NUMBER_RE
from bot.parsing.roles import role_cues
from bot.parsing.severity import LITTLE_ONE_OWNERS
from bot.parsing.timephrases import names_a_clock
from bot.parsing.triage import context
from bot.parsing.triage.lexicon import CRAMP_IN_OTHER_LANGUAGES

Kind = Literal[
    "episode", "habitual", "negated", "generic", "other", "past", "supposed", "question",
    "figure", "earlier", "elsewhere",
]  # fmt: skip

# ------------------------------------------------------------------------- the words

# A muscle as the subject of a verb told with nothing after it (below): "my hammy went", "then
# the left one went too"; "both" for the muscles named before it ("the backs of my thighs ...
# last night both went at once"), not people ("we both went at 3").
_A_MUSCLE_THAT: Final = (
    r"(?:calf|calves|hammy|hammies|hamstrings?|quads?|thighs?|foot|feet|arch|toes?|shin|one"
    r"|(?<!we\s)(?<!they\s)(?<!you\s)(?<!us\s)(?<!them\s)(?<!kids\s)(?<!boys\s)(?<!girls\s)both)"
    r"\s+(?:just\s+|then\s+|suddenly\s+|properly\s+)?"
)
# ... and what may follow that verb: the clause's end, a time, a part of the event, how it held
# (not "went numb", "went dead", "went home"); "on" and "in the" only as ``on`` and ``in_the``
# allow.
_LEFT_BARE: Final = (
    # "went with about 10 to play", "went with 5 minutes left": a game's clock
    r"(?=\s+with\s+(?:about\s+|around\s+|like\s+|maybe\s+|only\s+|just\s+)?(?:\d+|a\s+few|ten"
    r"|five|two|three|twenty)\s+(?:\w+\s+)?(?:to\s+(?:go|play)|left|remaining)\b"
    r"|\s*(?:$|[.,!;:)]|\s(?:and|too|as\s+well|again|{on}|about|around|like|\d+|at|during|mid"
    r"|last|this|{in_the}|in\s+(?:bed|my\s+sleep)|in\s+about|in\s+around|halfway|while|when"
    r"|completely|totally|solid|rigid|stiff|hard|tight|twice|first|hold|then|,|lol|pulling"
    r"|like)\b))"
)
_ON_ANY: Final = r"on\s+(?:me|my|the|a|an)"  # "went on me", "went on the stairs"
_IN_THE_ANY: Final = r"in\s+the"  # "went in the night", "went in the last mile"
# "caught on me", "grabbed on the last rep", "caught on the climb" (not "caught on the rug")
_ON_THE_EVENT: Final = (
    r"on\s+(?:me|the\s+(?:last|final|first|second|third|way|climb|hill|descent|ascent|sprint"
    r"|rep|set|lap|run|ride|bike|swim|walk))"
)
# "caught in the night", "grabbed in the pool" (not "caught in the duvet", "in the door")
_IN_THE_EVENT: Final = (
    r"in\s+the\s+(?:night|morning|afternoon|evening|pool|sea|water|race|game|match|gym|middle|end"
    r"|last|final|first|second|heat|shower|bath|sprint|session|class)"
)
_WENT_BARE: Final = _LEFT_BARE.format(on=_ON_ANY, in_the=_IN_THE_ANY)
_TOOK_HOLD_BARE: Final = _LEFT_BARE.format(on=_ON_THE_EVENT, in_the=_IN_THE_EVENT)


CRAMP_WORD_RE: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:cramp\w*|charl(?:e?y|ie)[\s-]*horses?|charleyhorse|spasm\w*"
    rf"|{CRAMP_IN_OTHER_LANGUAGES}"
    r"|seiz(?:ed|ing|es|e)(?:\s+up)?|lock(?:ed|ing)(?:\s+up)?|knott?ed(?:\s+up)?|knots?"
    # "my hammy went", "then the left one went too", "my calf was going": a muscle that
    # "went" with nothing after it
    rf"|{_A_MUSCLE_THAT}(?:went|was\s+going|started\s+going){_WENT_BARE}"
    # the same in everyday verbs of a muscle taking hold: "my right hamstring grabbed at about
    # 2pm", "calf just caught on me", "hamstring bunched up in the sprint" (not what it met:
    # "my foot caught on the rug", "my hamstring caught the sun")
    rf"|{_A_MUSCLE_THAT}(?:grabb(?:ed|ing)|grabs|caught|catches|bunch(?:ed|es|ing)\s+up)"
    rf"{_TOOK_HOLD_BARE}"
    # "had my calf go again", "felt my hammy go": the same, told with "go"
    r"|(?:had|felt)\s+(?:my|the)\s+(?:left\s+|right\s+)?(?:calf|calves|hammy|hammies|hamstrings?"
    r"|quads?|thighs?|foot|feet|arch|toes?|shin)\s+go(?=\s+(?:again|too|as\s+well|last|this|at"
    r"|during|on|in\s+the|while|when|mid|twice)\b|\s*[.,!;]|$)"
    r"|balled\s+up|tighten(?:ed|ing)\s+up|"
    # "calf hard as a rock and bulging out", "my hammy rock hard"
    # "hamstring tight like iron", "woke with my right one rock hard again"
    r"(?:calf|calves|foot|feet|thighs?|hamstrings?|hammy|hammies|quads?|muscle|arch|shin"
    r"|(?:left|right|other)\s+one)\s+(?:was\s+|is\s+|went\s+|got\s+|felt\s+|feels\s+|feeling\s+"
    r"|just\s+)?(?:(?:as\s+|so\s+)?(?:hard|tight|stiff|tense)\s+(?:as|like)\s+(?:a\s+)?(?:rock"
    r"|stone|brick|board|concrete|iron|steel|wood)|rock[\s-]hard)|firm(?:ed|ing)\s+up|(?:went|going|gone)\s+(?:rigid"
    r"|rock\s+hard|hard\s+as)|locks\s+up"
    # the muscle wringing itself: "my right foot twisted up at 2", "calf screwed up tight"
    r"|(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|quads?|arch|shin)\s+(?:just\s+|then\s+"
    r"|all\s+)?(?:twisted|twisting|twists|screwed|screwing|screws)\s+up|tied\s+up\s+in\s+(?:a\s+)?"
    r"knots?|(?:toes?|fingers?|foot|feet)\s+(?:\w+\s+){0,6}?(?:(?:un)?curl\w*|claw\w*|scrunch\w*)"
    # "my right hand folded up by itself", "my left hand curled in on itself", "index finger
    # just clamped down"
    r"|hands?\s+(?:\w+\s+){0,3}?(?:folded|folding|curled|curling|clamped|clenched)\s+(?:up|down"
    r"|shut|in\s+on\s+(?:it|them)sel(?:f|ves)|inwards?)"
    r"|(?:fingers?|thumb)\s+(?:\w+\s+){0,3}?(?:clamped|clenched|folded)\s+(?:down|up|shut"
    r"|in\s+on\s+(?:it|them)sel(?:f|ves)|inwards?)"
    # a hand that gripped and would not open: "my fingers froze round the mouse and i couldnt
    # uncurl them", "thumb and fingers clamped onto the rope and wouldnt release" (not a hand
    # frozen by the cold: "fingers froze on the ski poles in the sleet")
    r"|(?:hands?|fingers?|thumbs?)\s+(?![^.!?]{0,80}\b(?:cold|snow\w*|ic[ey]|freezing|frost\w*"
    r"|sleet|gloves?)\b)(?:[\w']+\s+){0,4}?(?:curled|clamped|clenched|locked|froze|frozen|seized"
    r"|gripped|closed|stuck|tightened|clawed)\b[^.!?;]{0,60}?\b(?:would\s*n'?o?t|could\s*n'?o?t"
    r"|won'?t|can'?t|cannot|did\s*n'?o?t|refused\s+to)\s+(?:\w+\s+)?(?:open|uncurl|unclench"
    r"|let\s+go|release|straighten|unlock|loosen|budge|come\s+off)"
    # "my right calf gone solid", "calf went solid as a brick"
    r"|(?:calf|calves|foot|feet|thighs?|hamstrings?|hammy|hammies|quads?|arch|shin|toes?)\s+"
    r"(?:just\s+)?(?:had\s+)?(?:went|gone|going|goes)\s+(?:completely\s+|totally\s+|rock\s+)?solid\b"
    # "felt it building in my left calf, tried to relax it but too late": a cramp on its way
    r"|felt\s+it\s+(?:coming|building|starting)(?:\s+(?:on|up))?(?=\s+in\s+(?:my|the|his|her)\s)"
    r"|got\s+stuck|clench(?:ed|ing)\s+(?:up|like)|lock(?:ed|s|ing)?\s+solid|tens(?:ed|ing)\s+up"
    # "my right calf just stuck and started pulsing", "pointer and middle toe stuck together"
    r"|(?:calf|calves|hamstrings?|hammy|quads?|thighs?|arch)\s+(?:just\s+)?stuck\b"
    # "my right calf lock, cannot move it" (the verb left bare)
    r"|(?:calf|foot|thigh|hamstring|leg)\s+lock(?=\s*[,.]|\s+(?:and|again)\b)"
    # "leg got totally freezed, I could not move it": a muscle frozen stiff
    r"|(?:leg|calf|calves|foot|thigh|hamstring|muscle)\s+(?:got|went|just)\s+"
    r"(?:totally\s+|completely\s+|fully\s+|just\s+|like\s+)?(?:freezed|frozen|froze)\b"
    r"(?!\s+(?:solid\s+)?(?:in|from|by|with)\s+(?:the\s+)?(?:snow|cold|ice|frost|water|sea|wind))"
    r"|(?:toes?|fingers?)\s+(?:\w+\s+){0,3}?stuck\s+together"
    r"|(?:into|in)\s+a\s+(?:\w+\s+)?claw|(?:it|calf|foot|toes?|muscle)"
    r"\s+grab(?:bed|s)|grabbed\s+me|grab(?:bed|s|bing)\s+(?:so\s+|really\s+|super\s+)?(?:tight|hard\b)|(?:got|went)\s+(?:so\s+|really\s+|super\s+|very\s+|crazy\s+|rock\s+)?tight\b"
    # "the back of my right thigh pulled tight", "my calf drew up tight"
    r"|(?:pulled|drew|drawn|pulling|drawing)\s+(?:up\s+)?(?:so\s+|really\s+|super\s+|rock\s+)?tight\b"
    r"|(?:felt|feels|was|went|turned|like)\s+(?:like\s+)?(?:a\s+)?(?:\w+\s+)?(?:rock|brick|stone"
    r"|concrete|golf\s*ball|tennis\s*ball|board|vi[cs]e|(?:metal|steel|iron)\s+(?:bar|rod|pole|plate))"
    # a muscle that let go: "both calves ... then they both just let go"
    r"|(?<!make\s)(?<!makes\s)(?<!get\s)(?<!help\s)(?<!till\s)(?<!until\s)(?<!before\s)"
    r"(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|quads?|they|it)\s+(?:both\s+)?"
    r"(?:just\s+|finally\s+|eventually\s+)?(?:let\s+go|unlocked)\b"
    # an animal's grip for a simile: "felt like a crocodile had hold of my calf", "something like
    # a croc just clamped onto my calf"
    r"|like\s+(?:a|an|some)\s+(?:\w+\s+)?(?:crocodile|croc|shark|pit\s*bull|dog|animal|alien)\s+"
    r"(?:just\s+)?(?:had|has|got|was|is)?\s*(?:hold\s+of|clamped\s+(?:on(?:to)?|down\s+on)|grabbed"
    r"|gripp\w*|biting|bit|latched\s+on(?:to)?|chewing|eating)\s+(?:on\s+)?(?:my|the)\s+(?:left\s+"
    r"|right\s+)?(?:calf|calves|foot|thigh|hamstring|leg|toes?)"
    # "an alien trying to tear its way out of my right calf"
    r"|like\s+(?:a|an|some)\s+(?:\w+\s+)?(?:alien|creature|monster|animal|something)\s+(?:was\s+|is\s+)?"
    r"(?:trying\s+to\s+)?(?:tear|rip|claw|burst|get|crawl|break|chew|bite)\w*\s+(?:its\s+way\s+)?"
    r"(?:out\s+of|through)\s+(?:my|the)\s+(?:left\s+|right\s+)?(?:calf|calves|foot|thigh|hamstring|leg"
    r"|toes?)"
    # a muscle that woke the writer: "my calf has woken me up"
    r"|(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|hammies|quads?)\s+(?:has\s+|have\s+"
    r"|had\s+|just\s+)?(?:woke|woken|wakes|waking)\s+me\b"
    # "quads went full alien", "the little alien in my leg woke me up"
    r"|(?:went|gone|going)\s+(?:full\s+)?alien|alien\s+in\s+my\s+(?:leg|legs|calf|calves|foot|thigh)"
    # a muscle that woke the writer: "right calf woke me at quarter to 3"
    r"|(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|hammies|quads?|shin)\s+woke\s+me"
    # a diary line told by side, muscle and clock: "bang, left calf at half one", "Jaysus. left
    # calf at ten past four"
    r"|(?:(?<=^)|(?<=[.,!;:]\s)|(?<=\bbang\s)|(?<=\bbam\s))(?:left|right|both)\s+(?:calf|calves|foot"
    r"|feet|thigh|thighs|hamstring|hammy|quad|quads|shin|toes?)(?=\s+at\s+(?:\d|half|quarter|ten"
    r"|twenty|five|about|around)"
    # ... or by when, at the start of the message: "left foot, just now, bad", "right calf just
    # before the alarm. short one", "right calf, about an hour after I went to bed"
    r")"
    r"|^(?:left|right|both)\s+(?:calf|calves|foot|feet|thigh|thighs|hamstring|hammy|quad|quads|shin"
    r"|toes?|arch)(?=\s*,?\s+(?:just\s+now|just\s+before|right\s+now|now\s*[,.]|last\s+night"
    r"|this\s+morning|tonight|earlier|an?\s+hour|about\s+an?\s|around\s+\d|about\s+\d|at\s+\d"
    r"|\d)))"
)
# "one" standing for a cramp when the message speaks of cramps: "had one at 3am".
ONE_RE: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    # (not a body part picked out, "my right knee is the bad one", nor a child, "our new
    # little one arrived friday", "my little one has a cold", nor a question, "quick one, is
    # tonic any good?")
    r"(?:(?:had|got|get|another|a(?:\s+\w+)?|(?<!the\s)(?:massive|bad|big|huge|nasty|horrible"
    r"|terrible|awful|quick(?!\s+one\s*(?:[,:;-]|for\s+(?:you|u|ya|everyone|the\s+\w+)\b)\s*(?!(?:my\s+|the\s+)?"
    r"(?:left|right|calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|quads?|shins?|legs?"
    r"|arch)\b))|small|"
    + "".join(rf"(?<!{owner}\s)" for owner in LITTLE_ONE_OWNERS)
    + r"little|mild|proper|real))\s+one|one\s+(?:woke|got|hit|started|came|in\s+my"
    r"|in\s+the|at\s+(?:like\s+|about\s+|around\s+)?\d|this|last|just|again|an\s+hour)|(?:woke|wake)\s+(?:me\s+)?(?:up\s+)?"
    r"with\s+one|had\s+(?:two|three|2|3|a\s+couple)|(?:it|they|one)\s+got\s+(?:me|my)"
    r"|got\s+me\s+(?:at|last|this|again|twice|good)"
    # "why do I always get woken by cramp?? again last night around 1, left foot this time"
    r"|(?:(?<=[.!?]\s)|(?<=[.!?])|^)again\s+(?:last\s+night|this\s+morning|tonight|today|at\s+\d"
    r"|around\s+\d)"
    # "my calf often cramps at night. tonight again around 2 am, very painful"
    r"|(?:(?<=[.!?]\s)|(?<=[.!?])|^)(?:last\s+night|this\s+morning|tonight|today)\s+again\b"
    # "I wake up screaming with my calf in a spasm most weeks. happened again last night"
    r"|\b(?:happened|struck|came\s+back|came\s+on|returned|same)\s+(?:\w+\s+)?again\b"
    # "I keep getting cramp in both calves, had it again last night around 1"
    r"|\b(?:had|got)\s+(?:it|them|one|'?em)\s+again\s+(?:last\s+night|this\s+morning|tonight"
    r"|today|at\s+\d|around\s+\d|about\s+\d|just\s+now|earlier|yesterday|on\s+\w+day)\b"
    # "ever since my feet cramp at night. last night they woke me 3 times"
    r"|(?:they|it)\s+woke\s+me\b"
    # several, told by how bad: "had awful ones in both calves", "my brother gets nasty ones"
    r"|(?:had|got|get|gets|getting|having)\s+(?:some\s+|a\s+few\s+|two\s+|three\s+|(?:really|very"
    r"|such|proper|right)\s+)?(?:massive|bad|big|huge|nasty|horrible|terrible|awful|painful|severe"
    r"|strong|brutal|agonising|agonizing|killer|wicked|vicious)\s+ones"
    # "there's one going right now", "got one happening as I type"
    r"|(?:there'?s|there\s+is|got|have|i'?ve\s+got)\s+one\s+(?:going|happening|on)\b"
    r"|one\s+(?:going|happening)\s+(?:right\s+)?now"
    # "the last one maybe 10 minutes ago"
    r"|the\s+last\s+one\s+(?:was\s+)?(?:maybe\s+|about\s+|around\s+|just\s+)?(?:\w+\s+){0,3}?ago"
    # "last night's was in my right calf"
    r"|(?:last\s+night|this\s+morning|tonight|today)'?s\s+(?:one\s+)?(?:was|hit|came|got)"
    r"|it\s+(?:was|hit|got)\s+(?:the\s+\w+\s+of\s+)?"
    r"(?:my|the)\s+(?:\w+\s+){0,2}?(?:calf|calves|leg|foot|thigh|hamstring|quad|shin|toes?|arch"
    r"|hand|neck|back|hip))\b"
)
# What was switched to, told by "one": "switched to a different one", "moved me onto a new one".
_SWITCHED_TO_RE: Final = re.compile(
    r"\b(?:switch\w*|chang\w*|mov\w*|swap\w*)\s+(?:me\s+|him\s+|her\s+|it\s+|them\s+)?"
    r"(?:over\s+)?(?:on)?to\s+$"
)
# A cramp feared or foreseen, not had: "terrified my calf is going to cramp", "worried I'll
# get one tonight", "it might lock up on the climb".
_FEARED_BEFORE: Final = re.compile(
    # "going to" a verb, not a place or sleep ("about 2 hours after going to sleep")
    r"\b(?:going\s+to(?!\s+(?:sleep|bed|the|a|an|my|work|school|church|gym|pool|toilet|loo"
    r"|bathroom|kitchen|town)\b)|gonna|i'?ll|it'?ll|will|might|afraid|terrified|scared"
    r"|worried|dread\w*|fear\w*|nervous"
    # wished away: "don't want to get cramps", "hoping not to cramp", "trying to avoid cramps"
    r"|(?:don'?t|do\s+not|doesn'?t)\s+want|hop(?:e|ing)\s+(?:i\s+)?(?:don'?t|not|to\s+avoid)"
    r"|avoid\w*|prevent\w*|stave\s+off|ward\s+off)\s+(?:\w+\s+){0,4}?$"
    # what would happen, or used to: "was sure i'd cramp in the top bunk", "i'd get a cramp"
    r"|\b(?:i'?d|i\s+would|would|he'?d|she'?d|you'?d)\s+(?:(?:get|have|start)\s+(?:a\s+)?)?$"
)
_WENT_RE: Final = re.compile(r"\b(?:went|going|caught)$")  # "my foot caught ... and I fell"
_STRAIN_RE: Final = re.compile(
    r"\b(?:twist\w*|slipp?\w*|sprain\w*|tore|torn|tear|popp?\w*|snapp?\w*|strain\w*"
    r"|pulled\s+(?:a|my|his|her)\s+(?:\w+\s+)?(?:muscle|hamstring|hammy|calf|groin|quad)"
    r"|tripped|fell)\b"
)
_STRONG_RE: Final = re.compile(r"cramp|charl|horse|spasm|seiz|ones?\b|again\b")
_MUSCLE_NEAR_RE: Final = re.compile(
    r"\b(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hamm(?:y|ies)|quads?|shins?|legs?"
    r"|arch|hands?|fingers?|neck|back|hip|arm|forearm|stomach)\b"
)
_ROCK_RE: Final = re.compile(r"rock|brick|stone|concrete|ball|board|vi[cs]e")
# A time already past, told after a cramp's word.
_PAST_TIME: Final = (
    r"last\s+night|this\s+(?:morning|afternoon|evening)|yesterday|today|tonight|earlier"
    r"|an?\s+hour\s+ago|\d+\s*\w+\s+ago|(?:on\s+|last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|the\s+other\s+(?:day|night)"
    r"|(?:a|one|two|three|four|five|six|a\s+few|a\s+couple\s+of)\s+(?:days?|nights?)\s+ago"
)
# A time right after a mention makes it an event, not a reference: "since the cramp this
# morning", "mid cramp last night".
_TIMED_AFTER: Final = re.compile(
    # ("the cramp of yesterday night", as many first languages say it)
    r"\w*\s+(?:\(\w+\)\s+)?(?:(?:in\s+my\s+\w+\s+|of\s+)?(?:" + _PAST_TIME + r"|at\s+\d))"
)
# ... and a time told before it as its owner: "after last night's cramp", "this morning's
# charley horse", "since sunday night's big one".
_TIMED_BEFORE: Final = re.compile(
    r"\b(?:last\s+night|this\s+(?:morning|afternoon|evening)|yesterday|today|tonight"
    r"|(?:last\s+)?(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening"
    r"|night))?)'s\s+(?:[a-z]+\s+){0,2}$"
)
_NOT_A_MUSCLE_BEFORE: Final = re.compile(
    r"(?:period|menstrual|menstruation|pms|uterine|ovulation|ovary|ovarian|labou?r|contraction"
    r"|stomach\s+bug|chest|heart|gas|bowel|gut|ibs|writer'?s'?(?:\s+block)?)\s*$"
)
# The jaw, the neck or the back named last before a word of a muscle gone stiff: "my jaw
# locked", "neck and back stiff like boards", "back muscles went rigid" (not "the back of my
# calf", nor a leg muscle named after it: "my back was fine but my calf locked").
_TRUNK_BEFORE: Final = re.compile(
    r"\b(?:jaws?|neck|spine|mouth|(?:my|the|lower|upper|and|his|her|whole)\s+back(?!\s+of\b)|back(?=\s+muscles?\b))"
    r"(?:\s+muscles?)?\b(?![^.!?;]*\b(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy"
    r"|quads?|shins?|arch|legs?|hands?|fingers?|arms?)\b)[^.!?;]{0,40}$"
)
# Stiffness, not a cramp's word: "like a board", "rigid", "stiff as a plank" (a back that
# "locked up" is a back spasm; a jaw that locked is not).
_STIFF_WORD_RE: Final = re.compile(r"board|plank|rigid|stiff|rock|iron|wood|concrete|steel")
# A wound days before: jaw, neck or back spasms then are the warning screen's (tetanus).
_WOUND_RE: Final = re.compile(
    r"\b(?:wound\w*|rusty|nail|cut|cuts|gash\w*|puncture\w*|splinter|bite|bitten|graze\w*"
    r"|stabbed|stepped\s+on)\b"
)


def _trunk_stiff(text: str, start: int, word: str, clause: Span) -> bool:
    """Whether a mention tells the jaw, the neck or the back gone stiff (see above): by a word of
    stiffness, or a spasm when a wound is told; the jaw by any word but a cramp. Not a leg
    cramp, and no cramp of those muscles either (a cramp of the neck is: "my neck cramped")."""
    if word.startswith("cramp") or not _TRUNK_BEFORE.search(text, clause.start, start):
        return False
    if _STIFF_WORD_RE.search(word):
        return True
    return "jaw" in text[clause.start : start] or _WOUND_RE.search(text) is not None


# Belly cramps told with a gut illness in their sentence: the gut, not the belly muscles.
_BELLY_BEFORE: Final = re.compile(r"\b(?:stomach|tummy|belly|abdominal|abdomen|gut)\s+$")
_GUT_ILL_RE: Final = re.compile(
    r"\b(?:diarrh\w*|the\s+runs|vomit\w*|being\s+sick|been\s+sick|throwing\s+up|threw\s+up|puk\w*"
    r"|nause\w*|food\s+poisoning|(?:tummy|stomach)\s+(?:bug|flu|virus)|norovirus|gastro\w*|bug"
    r"|virus|on\s+the\s+(?:loo|toilet)|period|bloat\w*)\b"
)
_NOT_A_MUSCLE_AFTER: Final = re.compile(
    r"\s+(?:in|on|across)\s+(?:my|the|her|his)\s+(?:uterus|womb|chest|heart|ovar\w+|bowels?|gut)\b"
    # "these cramps today are the period kind"
    r"|\w*\s+(?:\w+\s+){0,2}?(?:are|is|were|was)\s+(?:the\s+|just\s+)?(?:period|menstrual|pms)\b"
    # "cramps all day but the period kind", "cramping, the period sort, not legs"
    r"|\w*[\s,]+(?:\w+[\s,]+){0,5}?(?:but\s+|just\s+|only\s+)?(?:the\s+)?(?:period|menstrual|pms)\s+"
    r"(?:kind|sort|type|ones?|variety)\b"
)
_PLACE_AFTER: Final = re.compile(
    r"\s+(?:seat|seats|room|rooms|space|spaces|apartment|flat|car|plane|quarters|office|desk"
    r"|bus|train|conditions|handwriting|cabin|house|kitchen|bathroom|bedroom|bed|cell|tent|row"
    r"|spot|corner|position|up\s+in(?!\s+(?:my|his|her|their|both|bed|the\s+(?:warm\s*-?up|night"
    r"|pool|water|sea|race|game|match|shower|bath|gym|end|middle|morning|evening|first|second"
    r"|last|final|heat|cold)\b"
    # a pose or an exercise is not a place: "toes cramped up in child's pose"
    r"|(?:a\s+)?(?:\w+\s+)?(?:pose|stretch|position|plank|lunge|squat|class|session)\b)))\b"
)
# A muscle right before "cramped": the muscle cramped, wherever ("my toes cramped up in ...").
_MUSCLE_SUBJECT_RE: Final = re.compile(
    r"\b(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|hammies|quads?|shins?|arch|hands?"
    r"|fingers?|legs?)\s+(?:\w+\s+)?$"
)
_PLACE_BEFORE: Final = re.compile(
    r"\b(?:seat|seats|room|space|apartment|flat|car|plane|flight|quarters|office|desk|bus|train"
    r"|cabin|house|kitchen|bathroom|bedroom|tent|place|row|airplane|economy)\s+"
    r"(?:(?:was|is|were|are|felt|feels|so|too|very|really|quite|pretty|bit|a|kinda|super)\s+)+$"
)
_NEG_BEFORE: Final = re.compile(
    # "weeks now without a single foot cramp", "through the whole derby without a cramp"
    r"(?:\b(?:no|zero|without(?:\s+(?:a|one|even\s+(?:a|one)))?|nary|neither|0|hardly\s+any"
    r"|barely\s+any|scarcely\s+any|almost\s+no"
    r"|far\s+fewer|much\s+fewer|fewer)\s+(?:(?:more|further|real|major|big|bad|serious|painful"
    r"|significant|noticeable|leg|legs|calf|calves|foot|feet|toe|thigh|muscle|night|nighttime"
    r"|nocturnal|new|single|other|of|the|my|any|these|those|bloody|damn|freaking|more|nasty"
    r"|horrible|terrible|annoying|charley|charlie|sign\s+of|signs\s+of|more\s+of\s+those"
    # what marks a cramp, denied: "there's no hard knot like with a cramp"
    r"|hard|tight|solid|visible)\s+){0,3}"
    r"|\b(?:not|never|none|nothing|didn'?t|did\s+not|haven'?t|have\s+not|hasn'?t|has\s+not"
    r"|hadn'?t|had\s+not|don'?t|do\s+not|doesn'?t|does\s+not|wasn'?t|was\s+not|weren'?t"
    r"|won'?t|isn'?t|aren'?t|can'?t\s+remember|cannot\s+remember|free\s+of|free\s+from)"
    r"\s+(?:(?:get|got|gotten|getting|have|had|having|has|experience|experienced|suffer"
    r"|suffered|feel|felt|notice|noticed|wake|woke|waking|up|with|a|an|any|one|single|even"
    r"|the|my|more|much|of|leg|legs|calf|foot|muscle|night|really|bad|major|big|those|these"
    r"|hard|tight|solid|visible|go|goes|going"
    r"|i|me|been|was|a\s+single|another|from|by|any\s+more|anymore|single|nasty|real|from"
    r"|proper|actual|actually|exactly|technically|strictly|true|normal|full|full-blown|turn\s+into"
    r"|turned|turning|developed|into|become"
    r"|quite|like|sure|it|that|this|it'?s|counts?\s+as|call\s+it)\s+){0,5})$"
)
# A cramp that is the second of things denied together: "no big spasms or cramps", "neither
# spasms nor cramps", "haven't had any twitching or cramping", "no spasms, cramps or twitches"
# (not a doubt between two: "no idea if it's a cramp or a spasm").
_NEG_OR_BEFORE: Final = re.compile(
    r"\b(?:no|zero|without|neither|not|never|none|(?:did|have|has|had|do|does|was|were)n'?t)\s+"
    r"(?:(?!(?:if|whether|but|and|then|so|when|because|until|till|it'?s|is|was|i|my|sure)\b)"
    r"[\w'-]+\s+){1,4}(?:or|nor)\s+(?:(?:any|a|an|the|real|big|bad|major|proper|even|other|leg"
    r"|calf|foot|muscle|night)\s+){0,2}$"
)
_NEG_LIST_BEFORE: Final = re.compile(
    r"\b(?:no|zero|without|neither|never\s+any|not\s+any)\s+(?:[\w'-]+\s+){0,2}?[\w'-]+,\s+"
    r"(?:[\w'-]+,\s+)*$"
)
# No one of a group, the cramp their verb: "nobody cramped", "no one got cramp", "none of us
# cramped", "not one of the team got cramp" (not "nobody believed me but my calf cramped").
_NOBODY_BEFORE: Final = re.compile(
    r"\b(?:nobody|no\s*-?\s*one|none\s+of\s+(?:us|them|the\s+\w+|my\s+\w+|our\s+\w+)"
    r"|not\s+(?:a\s+)?(?:single\s+)?(?:one|soul|person)(?:\s+of\s+(?:us|them|the\s+\w+|my\s+\w+"
    r"|our\s+\w+))?)(?:\s+(?:in|on|from|at)\s+(?:the|our|my)\s+\w+)?\s+(?:(?:even|ever|actually"
    r"|really|has|have|had|got|get|gets|did|was|were|went|ended\s+up|suffered|with|a|any|single"
    r"|the|bad|proper|real|from|up|of|leg|calf|muscle)\s+){0,4}$"
)
# Too worn out (busy, old) for cramps, said as a joke: "way too knackered to even cramp haha",
# "too exhausted to get cramps", "too busy with the twins to have cramps".
_TOO_TIRED_BEFORE: Final = re.compile(
    r"\btoo\s+(?:[\w']+\s+){1,4}?to\s+(?:even\s+)?(?:(?:get|have|notice|feel|bother\s+with"
    r"|worry\s+about|think\s+about)\s+)?(?:any\s+|a\s+|the\s+)?(?:(?:leg|night|calf|foot)\s+)?$"
)
_LIST_GOES_ON_AFTER: Final = re.compile(r"\w*(?:,\s+[\w'-]+)*,?\s+(?:or|nor)\s+[\w'-]+")
# How nearly: "have more or less stopped", "have pretty much gone".
_ALMOST: Final = (
    r"(?:pretty\s+much\s+|almost\s+|nearly\s+|all\s+|completely\s+|finally\s+|mostly\s+"
    r"|basically\s+|totally\s+|more\s+or\s+less\s+|largely\s+|all\s+but\s+|just\s+about\s+"
    r"|virtually\s+|practically\s+)"
)
# Not come back: "haven't come back", "has not returned", "never came back".
_NOT_BACK: Final = (
    r"\s*(?:(?:have|has)(?:n'?t|\s+not|\s+never)|never|didn'?t|did\s+not)\s+(?:come|came"
    r"|been)\s+back\b|\s*(?:(?:have|has)(?:n'?t|\s+not)|never|didn'?t)\s+return(?:ed)?\b"
)
_NEG_AFTER: Final = re.compile(
    r"\w*[\s-]*(?:free\b|\s*[:=-]?\s*(?:none|nope|nothing|zero|0)\b|\s+(?:are|have|has)\s+"
    rf"{_ALMOST}?(?:gone|stopped|disappeared|vanished)"
    # "cramps have never really been my problem", "have never bothered me"
    r"|\s+(?:have|has|had)\s+never\s+(?:really\s+|actually\s+|once\s+)?(?:been|bothered|troubled"
    r"|affected|worried)"
    # "the leg cramps I've had since my late 20s have basically vanished"
    r"|\s+(?:i'?ve|i\s+have|i'?d|i\s+had)\s+(?:had|got)\s+(?:[\w']+\s+){0,6}?(?:have|has)\s+"
    rf"{_ALMOST}?(?:gone|stopped|disappeared|vanished)|\s+(?:last|this|the\s+whole)\s+\w+\s*[:=-]\s*(?:none|no|0)"
    r"|\s+(?:never|didn'?t)\s+(?:came|come|happened|arrived|hit|turned|developed)"
    r"|(?<=s)\s+(?:all\s+|completely\s+|just\s+)?(?:stopped|disappeared|vanished|went\s+away"
    r"|cleared\s+up)"
    r"|\s+(?:don'?t|do\s+not|won'?t|will\s+not)\s+(?:come|happen|start|return|come\s+back)"
    # not come back: "the cramps haven't come back since i cut out coffee"
    rf"|{_NOT_BACK}"
    # the cramps the writer had, told as stopped since: "the cramps i had in the first weeks
    # have stopped", "the calf cramps that kept waking me in march have completely stopped"
    # (not one that ended: "the cramps i had after the race stopped after 2 days")
    r"|(?<=s)\s+(?:(?:that|which)\s+)?(?:(?:i|we)\s+|i'?ve\s+|ive\s+|i'?d\s+|kept\s+|used\s+to\s+)"
    r"(?:(?!(?:but|and|then|so|until|till)\b)[\w']+\s+){0,8}?(?:(?:have|has|had)\s+)?"
    rf"(?:{_ALMOST}?(?:stopped|gone(?:\s+away)?|disappeared|vanished|went\s+away|cleared\s+up"
    r"|ceased|(?:calmed|settled|eased|died|quietened|quieted|tailed)\s+(?:right\s+)?(?:down|off"
    r"|away))\b(?!\s+(?:after|within|in\s+(?:a|an|about|under|\d)|once|when|for)\b)"
    rf"|{_NOT_BACK})"
    # gone quiet over a while: "my cramps are way quieter now", "have calmed down a lot
    # since the magnesium", "cramps pretty quiet lately" (not one that eased: "eased off after
    # 2 minutes", which is one cramp, not cramps)
    r"|(?<=s)(?P<verb>\s+(?:are|were|have\s+been|has\s+been|'ve\s+been|been|seem(?:\s+to\s+be)?"
    r"|stayed|have\s+stayed))?\s+(?:(?:much|a\s+lot|pretty|really|very|quite|fairly|so|mostly"
    r"|nice\s+and|way|super|all|a\s+bit|bit)\s+)*(?:quiet|quieter|calmer|silent"
    r"|(?(verb)(?:calm|settled)|(?!)))\b"
    r"|(?<=s)\s+(?:have|has|'ve)\s+(?:(?:all|really|mostly|finally|pretty\s+much|a\s+lot|kind\s+of"
    r"|sort\s+of)\s+)*(?:calmed|settled|eased|died|quietened|quieted|backed|tailed|let)\s+"
    r"(?:(?:right|way|a\s+lot|right\s+back)\s+)?(?:down|off|away|up)\b"
    r"(?!\s+(?:after|within|in\s+(?:a|an|about|under|\d)|once|when)\b))"
)
_GENERIC_BEFORE: Final = re.compile(
    r"(?:\bfor|\babout|\bagainst|\bprevent\w*|\bavoid\w*|\breduc\w*|\btreat\w*|\bcure\w*"
    r"|\bremed\w*|\brelie\w*|\bprone\s+to|\bcauses?(?:\s+of)?|\bcaus\w+|\bhelps?(?:\s+with)?"
    r"|\bstop(?:s|ped|ping)?(?:\s+getting)?|\bkill(?:s|ing)?|\bget\s+rid\s+of|\bscared\s+of|\bafraid\s+of|\bfear\s+of"
    r"|\bworried\s+about|\bworry\s+about|\bif\s+(?:i|you|u|one)\s+(?:get|have|got|ever)"
    r"|\bin\s+case\s+of|\bsusceptible\s+to|\banti-?|\bdeal\s+with|\bdealing\s+with|\bmanag\w*"
    r"|\bminimi[sz]e|\bwhat\s+(?:is|are)|\bread\w*\s+(?:about|up\s+on)|\blearn\w*\s+about"
    r"|\binfo\w*\s+on|\bsymptoms?\s+of|\btips\s+on|\bwhen\s+you\s+(?:get|have)"
    # people in general: "over half of adults get night cramps", "a support group for people
    # woken up by charley horses"
    r"|\b(?:people|adults|folks|kids|children|women|men|runners|athletes|seniors|swimmers"
    r"|cyclists|hikers|walkers|players|friends|mates|everyone|everybody|anyone|millions"
    r"|most\s+of\s+us|lots\s+of\s+us"
    # "every cyclist I ride with has had cramp"
    r"|(?:every|each|any)\s+(?:single\s+)?(?:cyclist|runner|rider|swimmer|player|athlete|person"
    r"|woman|man|mum|mom|dancer|climber|hiker|walker|footballer|teammate|pregnant\s+woman"
    r"|driver|trucker|truckie|nurse|worker|guy|bloke|lad|girl|colleague|musician|guitarist"
    r"|golfer|rower|skier|surfer|soldier|farmer|builder|miner|teacher|patient|diabetic|friend"
    r"|one\s+of\s+(?:us|them|my\s+\w+)))\s+(?:(?!and\b|but\b)\w+\s+){0,3}?(?:who\s+)?"
    r"(?:get|gets|getting|have|has|with|suffer\w*(?:\s+(?:from|with))?|experienc\w*"
    r"|(?:are\s+|being\s+)?(?:woken|woke|kept\s+awake|plagued|affected|bothered|troubled)"
    r"(?:\s+up)?\s+by)"
    # the one "who" had them is someone named before: "hikers who were cramping up badly"
    r"|\bwho\s+(?:were|was|are|is|get|gets|got|had|have|has|suffer\w*)(?:\s+(?:from|with))?"
    # fewer of them, hoped for or seen over time: "hoping that means less cramping"
    r"|\b(?:less|fewer)"
    # what it would take: "so it has to be a proper one to wake me"
    r"|\b(?:has|have|had|needs?)\s+to\s+be"
    r"|\bduring|\bmid|\bheard|\bcalled|\bterm|\bword|\bsay"
    # "you" in general: "once you've had a proper charley horse you never forget it"
    r"|\bonce\s+you'?ve\s+(?:had|experienced|felt)|\bif\s+you'?ve\s+ever\s+had"
    # what a thing does to people in general: "they give people cramps"
    r"|\b(?:give|gives|giving|cause|causes|causing|trigger\w*)\s+(?:some\s+)?(?:people|you|u"
    r"|folks|patients|everyone|everybody|anyone|women|men|runners))"
    r"\s+(?:(?:my|the|these|those|leg|legs|night|nighttime|night-time|nocturnal|muscle|calf"
    r"|foot|bad|frequent|recurring|recurrent|all|any|getting|a|an|such|future|more|chronic"
    r"|painful|severe|those|of|proper|real|true|had|got|kids|children|players|people|athletes"
    r"|runners)\s+){0,3}$"
)
_GENERIC_AFTER: Final = re.compile(
    r"\w*\s+(?:tips|remed\w*|relief|prevention|preventing|info\w*|medic\w*|pills?|supplements?"
    # what is taken for them: "my cramp tablets ran out", "cramp meds"
    r"|tablets?|tabs|meds|capsules?"
    r"|research|articles?|treatments?|causes?|questions?|faq|advice|study|studies|cream|spray"
    r"|(?:are|is|can|could|may|might)\s+(?:be\s+)?(?:(?:totally|completely|perfectly|very|so|really"
    r"|quite|pretty|super|extremely|fairly|often|usually|just)\s+)?(?:caused|a\s+sign|a\s+symptom"
    r"|common|normal|due|linked|related|associated|dangerous|serious))\b"
    # what cramps are like in general: "leg cramps honestly hurt more than anything", "cramps
    # are the worst design flaw in the human body"
    r"|\w*\s+run\s+in\s+(?:the|our|my|his|her)\s+family\b"
    r"|\w*(?<=s)(?:\s+in\s+(?:the\s+)?[\w\s]{0,20}?)?\s+(?:honestly\s+|really\s+|genuinely\s+|seriously\s+)?"
    r"(?:hurt|are|were)\s+"
    r"(?:\w+\s+)?(?:more|worse)\s+than\b"
    # kept away, or spoken of by everyone: "keeps the night cramps away", "the cramps everyone
    # warns you about"
    r"|\w*\s+(?:away|at\s+bay)\b|\w*\s+(?:that\s+)?(?:everyone|everybody|people|they|the\s+books)"
    r"\s+(?:warns?|talks?|told|tells|says?|mentions?|goes\s+on)\b"
    r"|\w*(?<=s)(?:\s+(?:on|in|during|after|at|from)\s+(?:the\s+)?\w+)?"
    r"\s+(?:honestly\s+|really\s+|genuinely\s+|seriously\s+|literally\s+)?(?:are|r)\s+"
    r"(?:honestly\s+|really\s+|genuinely\s+|seriously\s+|literally\s+|just\s+)?(?:brutal|awful"
    r"|horrendous|unbearable|killing\s+me|the\s+worst"
    r"|the\s+devil|evil|hell|a\s+(?:curse|nightmare|design\s+flaw)|no\s+joke|so\s+common"
    r"|the\s+bane|(?:my|the)\s+(?:least\s+favou?rite|(?:(?:2nd|second|3rd|third|next)\s+)?worst)"
    r"\s+(?:part|thing|bit))\b"
    # what the writer keeps track of, or their main problem: "cramps are the only thing I want
    # to track here", "leg cramps are what I log", "the cramps are my real issue now"
    r"|\w*(?<=s)\s+(?:are|r)\s+(?:(?:the|my)\s+(?:only|one|main|real|big|biggest)\s+(?:thing|one|issue"
    r"|problem|concern|worry|reason)|what\s+(?:i|we)\b|my\s+(?:real\s+|main\s+|big\s+|biggest\s+"
    r"|only\s+)?(?:issue|problem|concern|worry|reason|focus|bugbear)|why\s+i'?m\s+here)\b"
    # what cramps are said to mean: "my mum always told me leg cramps meant ..."
    r"|\w*(?<=s)\s+(?:mean|meant|means)\b"
    # what one does to anybody: "when it grabs you at 3am" (not "spasms you can't stop")
    r"|(?<=grabs)\s+(?:you|u|ya)\b"
)
# A simile or a denial: "felt like a bad charley horse", "cramp-like pain", "thought it was
# cramp", "not a proper cramp", "wasn't even a cramp".
_FIGURE_BEFORE: Final = re.compile(
    r"(?:\b(?:like|as\s+if|as\s+though|similar\s+to|resembl\w*|kind\s+of|sort\s+of|almost"
    # compared with one: "people keep comparing my sickle cell crisis to a bad cramp"
    r"|compar\w*\s+(?:[\w']+\s+){0,6}?(?:to|with)"
    # dreamt: "dreamt i had a foot cramp, woke up and it was gone"
    r"|dream(?:t|ed|ing)?\s+(?:that\s+)?(?:i\s+)?(?:had|got|was\s+having)"
    # one told apart from another: "how do I tell a normal cramp from tetanus"
    r"|tell(?=\s+an?\s)|distinguish|differentiate)"
    r"\s+(?:with\s+)?(?:(?:a|an|the|some|real|proper|true|actual|bad|really|really\s+bad|massive|huge|constant|permanent|normal"
    r"|mild|low[\s-]level|low|dull|little|small|giant|charley|leg|calf|foot|toe|thigh)\s+){0,3}"
    # "first i thought cramp but ...": the word right after "thought" (not "what I thought was a
    # cramp", which tells of one)
    r"|\b(?:thought|assumed|figured|presumed|reckoned|guessed)\s+(?:just\s+)?"
    # (its "it" left out, as many first languages do: "I thought was only a cramp"; not "what I
    # thought was a cramp")
    r"|(?<!what\si\s)(?<!what\s)\b(?:thought|assumed|figured|presumed|reckoned|guessed)\s+(?:was|is)"
    r"\s+(?:just\s+|only\s+)?(?:a\s+|an\s+)?"
    r"|\b(?:thought|assumed|figured|presumed|reckoned|guessed)\s+(?:it\s+was|it'?s|i\s+(?:had|was\s+getting)"
    # "thought the sore spot on my calf was a cramp"
    r"|(?:the|this|that|my)\s+(?:\w+\s+){1,6}?(?:was|were))"
    r"\s+(?:just\s+|only\s+)?(?:a\s+|an\s+)?"
    r"(?:(?:\w+\s+){0,2})"
    r"|\b(?:not|never|isn'?t|wasn'?t|no)\s+(?:even\s+|really\s+|actually\s+)?(?:a\s+|an\s+|the\s+)"
    r"?(?:(?:proper|real|true|actual|normal|full|full-blown|typical|usual|regular|sharp\s+grab\s+of"
    r"\s+a(?:\s+normal)?)\s+)+"
    r"|\b(?:don'?t|do\s+not|didn'?t|did\s+not)\s+think\s+(?:it'?s|its|it\s+(?:is|was)|they'?re"
    r"|they\s+(?:are|were)|that'?s|that\s+was|mine\s+(?:are|is|were|was)|(?:these|those)\s+(?:are"
    r"|were)|this\s+(?:is|was))\s+(?:(?:really|actually|a|an|real|proper|true)\s+)*"
    r"|['\"]"
    # averted, or something else: "stretched it before it actually cramped", "more like a
    # sprain than a real cramp", "pulled it rather than cramped", "jaw stiff, like it's cramping"
    r"|\bbefore\s+(?:it|they)\s+(?:actually|fully|properly|really|even|could)\s+(?:\w+\s+)?"
    r"|\bbefore\s+(?:it|they)\s+(?:turned|became|went|developed|got)\s+(?:into\s+)?(?:a\s+)?"
    r"(?:full(?:[\s-]blown)?\s+|proper\s+|real\s+|bad\s+)?"
    r"|\b(?:rather\s+than|than)\s+(?:(?:a|an|real|proper|actual|true|full|any|every|my|the)\s+){0,3}"
    r"|\blike\s+(?:it'?s|its|it\s+is|it\s+was|they'?re|i'?m)\s+(?:\w+\s+)?"
    r"|\bone\s+day\s+(?!last\b|this\s+(?:week|month|year|summer|winter|spring|autumn|fall)\b|in\b"
    r"|at\b|during\b|after\b)(?:\w+\s+){0,2})$"
)
# What a pain was first taken for, told in the present as people writing English second do, or
# with "believe", "thinking", "sure": "in the beginning i think is only cramp, but ...",
# "initially i believed its a cramp", "i was thinking cramp at first". Read only with "at
# first" or its like in the sentence (_AT_FIRST_RE): "i think it's a cramp in my calf" alone
# tells one.
_TAKEN_FOR_BEFORE: Final = re.compile(
    r"\b(?:think|thinking|thought|believe[ds]?|believing|suppos(?:e|ed|ing)|assum\w*|guess\w*"
    r"|figur\w*|reckon\w*|(?:took|take|taking|mistook)\s+it\s+for|(?:was|were|am|i'?m)\s+sure)\s+"
    r"(?:that\s+)?(?:(?:it|this|that|the\s+pain)(?:'?s)?\s+)?(?:(?:is|was|be|must\s+be|would\s+be)\s+)?"
    r"(?:(?:just|only|simply|a|an|some|normal|muscle|leg|calf)\s+){0,3}$"
)
_AT_FIRST_RE: Final = re.compile(
    r"\b(?:at\s+(?:first|1st)|first\s+(?:i|we)\b|initially|in\s+the\s+beginning|to\s+begin\s+with"
    r"|at\s+the\s+(?:start|beginning)|originally|first\s+off)"
)
_FIGURE_AFTER: Final = re.compile(
    r"(?:-like|\s*['\"]|y\b|ish\b|\s+like\s+(?:pain|feeling|ache|sensation)"
    # averted: "stretched it out and blocked the cramp before it took over"
    r"|\s+before\s+(?:it|they)\s+(?:took\s+(?:over|hold)|got\s+(?:going|bad|a\s+grip|hold)|set\s+in"
    r"|kicked\s+in|started|could))"
)
# A cramp named as one already known: "5 days after that charley horse", "the cramp from
# saturday is gone", "since that cramp".
_EARLIER_BEFORE: Final = re.compile(
    r"\b(?:after|since|from|about|of)\s+(?:that|the|this|my|last\s+\w+'?s|yesterday'?s)\s+"
    r"(?:(?:big|bad|last|one|nasty|massive|awful|horrible|huge|same|whopper)\s+)*$"
)
# "From" a time, or from anything when the cramp is said to be gone: the cramp from an
# earlier day ("the cramp from saturday", "the one from last night has eased"), not a cause
# ("cramped from the heat", "got a cramp from the new shoes").
_EARLIER_AFTER: Final = re.compile(
    r"\w*\s+(?:from\s+(?:(?:"
    + _PAST_TIME
    + r"|last\s+\w+|before|the\s+weekend|that\s+(?:day|night))\b"
    r"|(?!hell\b)(?:[a-z']+\s+){1,3}?(?=(?:is|has)\s+(?:gone|better|eased|settled)))"
    r"|i\s+(?:told|mentioned|logged|had\s+(?:on|last))\s*\w*)"
    r"(?:\s+(?:is|has)\s+(?:gone|better|eased|settled))?"
    r"|\w*\s+(?:is|has)\s+(?:gone|finally\s+gone|better|settled)\b"
)
QUESTION_START_RE: Final = re.compile(
    r"^\W*(?:what|whats|what's|why|how|hows|how's|which|who|whom|whose"
    r"|when\s+(?:do|does|should|is|are|will|can|would)|where\s+(?:do|does|is|are|can)"
    r"|is(?!n'?t)|are(?!n'?t)|am\s+i|was\s+(?:it|that|this|i)|were|do(?!n'?t)|does(?!n'?t)"
    r"|did\s+(?:i|you|it|that|this|anyone|anybody|they|we|he|she)"
    r"|can(?!'?t|not)|could(?!n'?t)|should(?!n'?t)|shall|would(?!n'?t)|will(?!\s+power)"
    r"|any\s+(?:tips|idea|ideas|advice|suggestions|help|thoughts)|anyone|anybody"
    r"|has\s+anyone|have\s+you|tips|advice|help\s+me|explain|tell\s+me|i\s+wonder"
    r"|kindly|please\s+(?:tell|advise|explain|help)|pls\s+(?:tell|advise|help)"
    r"|i\s+was\s+wondering|wondering|question|quick\s+question)\b"
)
# A report inside a question sentence: a past event with a time ("got me at 2", "last night").
_REPORTED_RE: Final = re.compile(
    r"\b(?:had|got|woke|woken|hit|happened|started|came\s+on|last\s+night|this\s+morning"
    r"|yesterday|tonight|at\s+\d|\d\s*(?:am|pm)|ago|just\s+now|has\s+been|took|drank|swigs?)\b"
)
# A cramp told as happening before the question ("CRAMP IN MY LEFT FOOT RIGHT NOW how do i make
# it stop"), unlike a question that starts the clause ("how do I stop a cramp right now?").
_HAPPENING_RE: Final = re.compile(
    r"\b(?:right\s+now|as\s+(?:i|we)\s+(?:type|speak|write)|still\s+(?:going|cramping|locked))\b"
)
_FREQ: Final = (
    r"(?:always|usually|often|frequently|regularly|constantly|sometimes|normally|generally"
    r"|typically|still|also|keep|tend\s+to|seem\s+to|(?:have|'ve)\s+been|been|only|ever|really"
    r"|just|mainly|mostly|actually|kind\s+of|kinda|sort\s+of"
    r"|mostly|nearly\s+always|almost\s+always|occasionally|rarely|now)"
)
# What a cramp told in the present simple comes with, each time: "they cramp even when I'm
# sitting", "my calf seizes up the moment I point my toes", "cramps as soon as I lie down".
_EVEN = r"(?:(?:even|only|especially|mostly|usually|always|also|still|just)\s+)?"
_THE_MOMENT = r"as\s+soon\s+as|the\s+(?:moment|minute|second|instant)|any\s*time|each\s+time"
# One part of the writer's (or someone's) leg, a side or a word before it: "my right calf", "the
# left foot", "my calf".
_ONE_PART = (
    r"(?:my|his|her|the)\s+(?:(?:left|right|lower|upper|inner|outer|other|bad|good)\s+)?(?:leg|calf"
    r"|foot|thigh|toe|hamstring|hammy|quad|hand|arch|shin)"
)
# What brings a cramp on, told as a clause of its own: "after I walk", "when I'm driving",
# "if I point my toes", "once I've been walking for ten minutes".
_WHAT_BRINGS_IT = (
    r"(?:when|whenever|if|after|once|while|as\s+soon\s+as|every\s+time|each\s+time)\s+"
    r"(?:i|i'?m|im|i'?ve|ive|we|you|u|\w+ing)\b"
)
# Since a time long before today: "since christmas", "since march", "since I started the tablets".
_SINCE_LONG_AGO = (
    r"since\s+(?:christmas|xmas|boxing\s+day|new\s+year|easter|thanksgiving|halloween|covid"
    r"|(?:the\s+)?(?:summer|winter|spring|autumn|fall)|january|february|march|april|may|june|july"
    r"|august|september|october|november|december|last\s+(?:week|month|year|summer|winter|spring"
    r"|autumn)|i\s+(?:started|stopped|began|switched|moved|retired|got\s+pregnant|had\s+(?:the|my))"
    r"|starting|the\s+(?:op|operation|surgery|baby|birth|accident)|my\s+(?:\w+\s+)?(?:op|operation"
    r"|surgery)|then)\b"
)
# Cramps in general: what the writer gets, not one that happened. (Every alternative but the
# last opens with \b, so that the engine tests the word boundary once for all of them: a
# search was up to seven times slower when one alternative opened otherwise; and each starts
# a word, or "'ve", which the lookahead tells the engine.)
_HABITUAL_RE: Final = re.compile(
    rf"(?:\b(?=[\w'])(?:\b(?:i|we|and|i'?ve|i\s+have|i'?d|i\s+would|i\s+used\s+to|mi)\s+(?:{_FREQ}\s+){{0,3}}"
    r"(?:get|getting|gets|suffer(?:ing)?\s+(?:from|with)|wake\s+up\s+with|having|had\s+cramps"
    r"|started\s+getting|keep\s+getting|been\s+getting)\s+(?:\w+\s+){0,3}?(?:cramp|charl|spasm)"
    rf"|\b(?:i|we|and)\s+(?:{_FREQ}\s+){{0,2}}have\s+(?:\w+\s+){{0,2}}?cramps\b"
    rf"|\b(?:always|usually|often|frequently|regularly|constantly|normally|typically|nearly\s+always"
    r"|almost\s+always|mostly)\s+(?:get|have|wake|cramp|spasm|seize|lock|in|at|the|my)"
    # had since a change told before, however bad: "ive had terrible ones since", "i've had
    # awful cramps ever since" (not "since 3pm", "since lunch": one spell today, told by the
    # episode's words)
    r"|\b(?:i'?ve|i\s+have|ive)\s+(?:had|got|been\s+getting)\s+(?:[\w']+\s+){0,2}?(?:cramps|ones"
    r"|spasms)\s+(?:ever\s+)?since\b"
    # cramps as the subject of their coming, with what brings them: "my night cramps still show
    # up once I'm in bed", "the spasms start once I lie down", "cramps still catch me as soon as
    # I turn over"
    rf"|\b(?:cramps|spasms|charley\s+horses|they)\s+(?:{_EVEN}(?:come|start|begin|strike|appear"
    r"|arrive|happen|kick\s+in|set\s+in|creep\s+in|show\s+up|turn\s+up|wake\s+me(?:\s+up)?)"
    r"|(?:still|always|usually|often|only|mostly|normally)\s+(?:get|catch|grab)\s+me)"
    rf"(?:\s+(?:on|back|up))?\s+(?:{_WHAT_BRINGS_IT}|(?:{_THE_MOMENT})\s+(?:i|we|you)\b)"
    # not what grows "every day since" ("it's got worse every day since")
    r"|\bevery(?<!worse\severy)(?<!better\severy)\s+(?:single\s+)?(?:night|day|morning|evening|week"
    r"|weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
    # "i get one every few weeks", "every other night", "every 2 or 3 months": how often
    r"|\bevery\s+(?:few|couple\s+of|other|second|several|\d+|two|three|four|five|six)"
    r"(?:\s*(?:-|or|to)\s*(?:\d+|two|three|four|five|six))?\s+(?:days|nights|weeks|months|years"
    r"|mornings|evenings|day|night|week|month|year)\b"
    # "pretty much every transfer", "after every shift": each time something is done
    r"|\b(?:pretty\s+much|almost|nearly|just\s+about|practically)\s+every\s+\w+"
    r"|\bevery\s+(?:single\s+)?(?:transfer|shift|run|walk|hike|game|match|session|class|workout|ride|swim"
    r"|practice|rehearsal|gig|lesson|period|meal|flight|training)\b"
    # "every time I tried to pick it up" in a race is inside one event; "every time I run" is not
    r"|\bevery\s+(?:single\s+)?time\b(?!\s+(?:i|it|we|he|she)\s+(?:\w+ed|went|got|took|ran|stood|put"
    r"|hit|felt|made|came|began|tried)\b)"
    r"|\b(?:most|many|some)\s+(?:of\s+the\s+)?nights\b|\bmost\s+of\s+the\s+days\b|\beach\s+night\b"
    r"|\bnight\s+after\s+night\b|\bsometimes\b"
    r"|\b(?:lots|loads|plenty|a\s+lot)\s+of\s+(?:\w+\s+){0,2}?cramps\b"
    # "i am getting cramp in leg at night", "my calves have started cramping"
    r"|\b(?:i\s+am|i'?m|am)\s+getting\s+(?:\w+\s+){0,2}?cramp"
    r"|\b(?:calves|legs|feet|thighs|toes|hamstrings|quads|hands|fingers|they)\s+(?:have|has)\s+"
    r"started\s+(?:cramping|to\s+cramp)\b"
    r"|\ball\s+the\s+time\b|\bkeep\s+getting\b|\bnightly\b"
    r"|\b(?:\d+|a\s+few|several|two|three|four|five|couple\s+of)(?:\s*(?:-|to|or)\s*\w+)?\s+times"
    r"\s+(?:a|an|per|every)\s+(?:day|week|night|month|year|hour)\b"
    r"|\b(?:once|twice)\s+(?:a|every)\s+(?:\w+\s+){0,3}(?:weeks?|nights?|months?|years?)\b"
    r"|\b(?:\d|two|three|four|five|six)\s+(?:nights|days|mornings)\s+(?:a|per|every)\s+week\b"
    r"|\b(?:times|once|twice)\s+ever\b|\bas\s+long\s+as\s+i\s+can\s+remember\b"
    # not how long one cramp held: "wouldn't let go for ages"
    r"|\b(?<!go\s)(?<!release\s)(?<!ease\s)(?<!open\s)(?<!uncurl\s)(?<!stop\s)"
    r"for\s+(?:over\s+|more\s+than\s+|about\s+|like\s+|nearly\s+|almost\s+)?(?:(?:a\s+couple\s+of"
    r"|a\s+few|several|\d+|two"
    r"|three|four|five|six)\s+)?(?:a\s+year|years|months|ages|weeks|a\s+decade|decades)(?:\s+now)?\b"
    r"|\b(?:the|an?)\s+(?:odd|occasional)\s+(?:\w+\s+)?(?:cramp|one)\b"
    r"|\b(?:cramps?|they|these|those)\s+(?:have|has)\s+(?:started|begun|come\s+back|turned\s+up"
    r"|arrived|kicked\s+in|appeared|returned|set\s+in)\b"
    # where the cramps began and where they are now, over days: "this week the cramps started in
    # my calves, and now i'm getting them in my arms too", "my arms are getting them as well"
    r"|\b(?:the|my|these|those)\s+(?:\w+\s+)?(?:cramps|cramping|spasms)\s+(?:first\s+)?(?:started"
    r"|began|begun)\s+(?:off\s+|out\s+)?(?:in|with)\s+(?:my|the|both)\b"
    r"|\b(?:i'?m|im|i\s+am|(?:are|is)(?<!it\sis)(?<!this\sis))\s+(?:now\s+|also\s+)?getting\s+"
    r"(?:them|these|those)\b"
    r"|\b(?:they'?ve|they\s+have|they'?re|they\s+are)\s+(?:now\s+|also\s+)?(?:moved|moving|spread"
    r"|spreading|travell?ed|travell?ing|shifted|gone)\s+(?:up\s+|down\s+|on\s+)?(?:to|into|in)\b"
    # where the cramps have gone over days: "this week the cramps moved from my legs into my arms"
    r"|\b(?:the|my|these|those)\s+cramps\s+(?:have\s+|has\s+|had\s+)?(?:moved|spread|travelled|traveled"
    r"|shifted|gone)\s+(?:from|to|into|up|down|over)\b"
    r"|\b(?:more\s+and\s+more|more\s+often|day\s+and\s+night)\b"
    # "still catch me asleep now and again", "6 nights out of 7 now"
    r"|\bnow\s+and\s+(?:again|then)\b|\bevery\s+(?:so\s+often|now\s+and\s+then)\b|\bfrom\s+time\s+to"
    r"\s+time\b|\bonce\s+in\s+a\s+while\b|\b\d+\s+(?:nights?|days?)\s+out\s+of\s+(?:\d+|every)\b"
    # "mi get one or two a month": how many in a while
    r"|\b(?:one|two|three|\d+)\s+or\s+(?:two|three|four|\d+)\s+(?:a|per|every)\s+(?:week|month|night|year)\b"
    # "lately my left calf and right thigh cramp up on the way": what happens these days
    r"|\b(?:lately|these\s+days|nowadays)\b,?\s+(?:\w+\s+){0,6}?(?:calf|calves|feet|foot|legs?"
    r"|thighs?|toes|hamstrings?|hammies|quads?|they|muscles?|hands?|fingers)\s+(?:\w+\s+)?"
    r"(?:cramp|seize|lock|spasm)s?(?:\s+up)?(?![\w-])"
    # "my feet and calves are cramping constantly"
    r"|\bconstantly\b(?:(?<=ing\sconstantly)|(?<=\bare\sconstantly)|(?<=\bis\sconstantly)"
    r"|(?<=\bam\sconstantly)|(?<=\bkeep\sconstantly)|(?<=\bkeeps\sconstantly))"
    r"|\bgetting\s+(?:\w+\s+){0,3}?cramps\b"
    r"|\b(?:can'?t|cannot|can\s+never|never)\s+(?:\w+\s+){1,12}?without\s+(?:my|the)\s+(?:\w+\s+){0,2}?"
    r"(?:cramp|seiz|lock|knot)\w*"
    r"|\b(?:that'?s|is)\s+when\s+(?:i|they|my\s+\w+)\s+(?:\w+\s+)?cramp"
    r"|\b(?:my|his|her|the)\s+(?:legs|calves|feet|thighs|toes|hamstrings|quads|hands|fingers)"
    r"\s+(?:\w+\s+)?(?:cramp|start\s+cramping|always\s+cramp|tend\s+to\s+cramp)(?:\s+up)?\b"
    r"|\b(?:my|his|her|the)\s+(?:leg|calf|foot|thigh|toe|hamstring|quad|hand)\s+cramps\s+"
    r"(?:when|whenever|if|after|every|at\s+night|during|while)\b"
    r"|\b(?:start|starts)\s+cramping\b|\bwhenever\b|\bmost\s+(?:days|mornings|evenings)\b"
    # ... told with its side, or "up", and what brings it on: "my right calf cramps up after I
    # walk about 300 yards", "my left foot seizes when I point my toes" (not the noun: "my
    # right calf cramps after the race were awful")
    rf"|\b{_ONE_PART}\s+(?:cramps|seizes|locks|spasms|tightens|knots|clenches)\s+up\s+{_EVEN}"
    rf"(?:when|whenever|if|after|every|at\s+night|during|while|once|{_THE_MOMENT})\b"
    rf"|\b{_ONE_PART}\s+(?:cramps|seizes|locks|spasms|tightens|knots|clenches)\s+{_EVEN}"
    rf"{_WHAT_BRINGS_IT}"
    # ... or after how far the writer gets: "my right calf cramps after about 200 metres", "my
    # calves seize up within a few hundred yards" (not told in the past: "cramped after 300 yards
    # this morning")
    rf"|\b(?:{_ONE_PART}s?|(?:my|his|her|the)\s+(?:(?:left|right|lower|upper|other|bad)\s+)?"
    r"(?:calves|feet|thighs|hamstrings|quads|legs))\s+(?:cramps?|seizes?|locks?|spasms?|tightens?"
    r"|knots?|clench(?:es)?)(?:\s+up)?\s+(?:after|within|at)\s+(?:about\s+|around\s+|roughly\s+"
    r"|maybe\s+|only\s+|just\s+|less\s+than\s+|under\s+|like\s+)?(?:\d+|a\s+few|a\s+couple\s+of"
    r"|a|one|two|three|four|five|ten|twenty|fifty|a\s+hundred)\s*(?:hundred\s+)?(?:metres|meters|m"
    r"|yards|yds|steps|blocks|km|kilometres|miles?|(?:minutes?|mins?)\s+(?:of\s+)?walking)\b"
    # the present perfect of a spell that goes on and off, or since long ago: "my left calf has
    # been cramping on and off since christmas", "my feet have been seizing up a lot lately"
    # (not one night's: "on and off all night")
    r"|\b(?:has|have|'s|'ve)\s+been\s+(?:cramping|seizing|locking|spasming|knotting|tightening)"
    # (on and off over a spell, not one day's: "been up the allotment all day ... my calves have
    # been cramping on and off")
    r"(?:\s+up)?\s+(?:(?:on\s+and\s+off|off\s+and\s+on)\s+(?=(?:for|since|over|lately|recently|this"
    r"\s+(?:week|month|year)|all\s+(?:week|month|year)|every|most)\b)"
    r"|now\s+and\s+(?:then|again)|again\s+and\s+again|(?:quite\s+|so\s+)?a\s+lot\b(?!\s+(?:all|the"
    r"\s+whole|through|tonight|today|this)\b)|regularly|lately|recently|for\s+(?:\w+\s+)?(?:days|weeks"
    rf"|months|years|ages|a\s+(?:week|month|year|fortnight|while))|{_SINCE_LONG_AGO})"
    # a muscle's change over months told in the present, its cramps with it: "at night it
    # twitches and cramps also", "it twitches in the evening and cramps too"
    r"|\b(?:at|in\s+the)\s+(?:night|evening)s?\s*,?\s+(?:it|they|(?:my|the)\s+\w+)\s+(?:\w+\s+){0,4}?"
    r"(?:cramps|seizes|spasms)\b(?!\s+(?:were|was|at\s+\d))"
    r"|\b(?:it|they)\s+(?:twitch(?:es)?|jumps?|aches?|hurts?|burns?|tingles?|shakes?)\s+"
    r"(?:[\w']+\s+){0,4}?and\s+(?:also\s+)?(?:cramps?|seizes?|spasms?)\b(?!\s+(?:were|was)\b)"
    # the present progressive of a habit, as English written second tells it: "after a long day
    # my legs is cramping in the night", "my thighs are cramping at night"
    r"|\b(?:is|are|am|'re)\s+(?:always\s+|still\s+|often\s+|also\s+)?(?:cramping|seizing|locking"
    r"|knotting|spasming)(?:\s+up)?\s+(?:at|in\s+the|during\s+the)\s+nights?\b"
    # the present simple of what keeps happening: "my toes and calves cramp up when i swim",
    # "i only really cramp when they take the fluid off", "the arch of one foot cramps so
    # badly", "these leg cramps at night are killing me", "3 of the last 4 nights"
    r"|\blast\s+(?:few|couple\s+of|several|\d+|two|three|four|five|six)\s+(?:weeks|months|years)\b"
    r"|\bcramps\s+coming\s+(?:at\s+night|every|most|on\s+and\s+off)"
    # "i've had cramps on and off all that time", "a few leg cramps lately"
    # (not one evening's: "cramps on and off all evening after my first 10k")
    r"|\bcramps\s+(?:\w+\s+)?(?:on\s+and\s+off|off\s+and\s+on)\b(?!\s+(?:all\s+(?:evening|night|day|morning|afternoon)"
    r"|the\s+whole|this|last|tonight|today|during|through)\b)"
    r"|\b(?:a\s+few|several|some|a\s+couple\s+of|loads\s+of|lots\s+of)\s+(?:\w+\s+){0,2}?cramps\s+"
    r"(?:\w+\s+){0,3}?(?:lately|recently|of\s+late)\b"
    r"|\b(?:a\s+few|several|some|a\s+couple\s+of|two|three|four|loads\s+of|lots\s+of)\s+(?:\w+\s+)?"
    r"cramps\s+(?:this|last|over\s+the)\s+(?:week|month|fortnight|few\s+days)\b"
    r"|\b(?:i|we|they|it|calves|toes|legs|feet|arches|shins|thighs|hamstrings|quads|hands|fingers|arms)"
    r"\s+(?:(?!caught\b|got\b|had\b|took\b)\w+\s+){0,2}?(?:cramps?|seizes?|spasms?|knots?|locks?)"
    r"(?:\s+up)?\s+"
    rf"{_EVEN}(?:when|whenever|if|after|every|at\s+night|during|{_THE_MOMENT}"
    r"|while|on\s+the\s+way|in\s+the\s+(?:night|evening|morning)|a\s+lot|all|so|badly"
    # ("my legs spasm a fair bit normally")
    r"|constantly|often|a\s+fair\s+bit|quite\s+a\s+bit|loads|heaps|normally|usually|regularly"
    r"|frequently|daily)\b"
    r"|\b(?:calf|foot|leg|thigh|toe|arch|shin|hamstring|quad|hand)\s+(?:\w+\s+){0,2}?"
    rf"(?:cramps|seizes|spasms)(?:\s+up)?\s+{_EVEN}(?:so|badly|a\s+lot|all|constantly|often|when"
    rf"|whenever|every|at\s+night|{_THE_MOMENT})\b"
    r"|\b(?:these|those|the)\s+(?:\w+\s+){0,3}?cramps\s+(?:\w+\s+){0,3}?(?:are|have\s+been)\s+"
    r"(?:killing|ruining|driving|wrecking|getting\s+worse|unbearable)"
    r"|\b(?:\d|two|three|four|five|six)\s+(?:of|out\s+of)\s+the\s+(?:last|past)\s+\w+\s+"
    r"(?:nights|days)\b"
    # what happens each time: "I can walk 200 yards, then my calf cramps and I have to stop"
    r"|\b(?:can|could|manage|get|go)\s+(?:\w+\s+){0,6}?(?:then|before|until|till)\s+(?:my|the|his"
    r"|her)\s+(?:\w+\s+){0,2}?(?:cramps|seizes|locks|tightens|knots)\b"
    # cramps as the subject of what they do in general: "the cramps come and go", "cramps come
    # with the cirrhosis", "my leg spasms are always worse at night", "the cramps keep spreading"
    r"|\b(?:cramps|spasms|cramping)\s+(?:in\s+(?:my|the|his|her|both)\s+(?:\w+\s+)?\w+\s+)?"
    r"(?:come\s+and\s+go|comes\s+and\s+goes|come\s+with|comes\s+with"
    r"|are\s+(?:brand\s+|totally\s+|quite\s+|fairly\s+|completely\s+)?new|are\s+(?:always|usually"
    r"|often|mostly|normally|generally|worse|better|part)|keep\s+(?:spreading|moving|travell?ing"
    r"|jumping|shifting))\b|\balways\s+worse\b"
    # "my legs have cramped terribly ever since I started it"; "months now of cramping"
    r"|\b(?:have|has|'ve)\s+(?:\w+\s+){0,2}?cramped\s+(?:\w+\s+){0,2}?ever\s+since\b"
    r"|\b(?:weeks|months|years)\s+(?:now\s+)?of\s+(?:\w+\s+){0,3}?(?:cramp|spasm)"
    # what a cramp does whenever it comes: "when a calf cramp hits do you...", "when cramp tek
    # yuh, put salt on your tongue"
    r"|\bwhen\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:cramp|charley\s+horse|spasm)s?\s+(?:hits|strikes"
    r"|comes(?:\s+on)?|takes|tek|teks|grabs|kicks\s+in|starts"
    # the verb left bare, as in English written second: "when the cramp come, how to..."
    r"|come(?:\s+on)?(?=\s*,|\s+(?:how|what|i|we|you|u)\b)|hit(?=\s*,)|start(?=\s*,))\b))"
    # the subject left out: "get cramps after a night at the pub", "always get them in bed"
    rf"|^\W*(?:{_FREQ}\s+){{0,2}}get\s+(?:\w+\s+){{0,2}}?(?:cramp|charl|spasm|them\b)"
)
# A question about cramps in general: "why do they always wait till I'm asleep", "why does my
# foot always pick 3am" (its time is any night's, not one event's).
_GENERAL_ASK_RE: Final = re.compile(
    r"\b(?:always|usually|ever|often|normally|generally|tend\s+to|every\s+time|whenever"
    r"|all\s+the\s+time|keeps?|every\s+(?:night|day|morning))\b"
)
# A muscle that keeps cramping when something happens: "my thumb keeps cramping when I
# play" (but "now my calves keep cramping up" is happening now).
_KEEPS_WHEN_RE: Final = re.compile(
    r"\bkeeps?\s+(?:on\s+)?(?:cramp|seiz|lock|spasm)\w*(?:\s+up)?\s+(?:\w+\s+)?(?:when|whenever"
    r"|if|every|while|during|at\s+night|in\s+the\s+night|on\s+(?:long|hot|cold)|after\s+(?:long"
    r"|hard|every|a\s+long|i)|mid|in\s+(?:class|training|rehearsals?|lessons?|practice)|lately"
    r"|recently|these\s+days|nowadays)\b"
)
# "cramps keep waking me up", "they keep coming back": cramps over time, not one.
_KEEP_COMING_AFTER: Final = re.compile(
    r"\w*\s+(?:\w+\s+)?(?:keep|keeps|kept)\s+(?:on\s+)?(?:waking|coming|happening|hitting"
    r"|getting|bothering|interrupting|ruining|disturbing|returning|showing\s+up|popping\s+up)\b"
)
# Cramps told by how rare they have become: "cramps are rare these days".
_RARE_AFTER: Final = re.compile(
    r"\w*\s+(?:are|r|have\s+been|'re)\s+(?:\w+\s+)?(?:rare|rarer|few\s+and\s+far\s+between"
    r"|less\s+(?:frequent|common|often)|occasional|infrequent)\b"
)
_NOW_RE: Final = re.compile(r"\bnow\b")
# The time a cramp took to pass: "took ten minutes for the cramp in my thigh to ease".
_TO_END_AFTER: Final = re.compile(
    r"\w*\s+(?:(?:in|on)\s+(?:my|the)\s+(?:\w+\s+){1,2}?)?to\s+(?:finally\s+|fully\s+)?(?:ease"
    r"|go(?:\s+away)?|stop|pass|let\s+(?:go|up)|settle|subside|release|wear\s+off|calm|die\s+down"
    r"|fade|relax|loosen|unlock)\b"
)
_PREGNANT_RE: Final = re.compile(
    r"\b(?:pregnan\w*|i'?m\s+expecting|(?:weeks|wks|months)\s+(?:along|gone)|trimester|preggo"
    r"|preggers|preggy)\b"
)

# ---------------------------------------------------------------------- the structure

# Sentences end at . ! ? ; a new line, or an emoji (people end a thought with one).
_SENTENCE_RE: Final = re.compile(
    r"(?:[^.!?\n;\U0001F000-\U0001FAFF\u2600-\u27BF]|(?<=\d)\.(?=\d))+"
)
# A muscle told with its cramp, as a clause's subject: "left calf cramped", "calf cramp at 3am".
_A_PART_CRAMPED: Final = (
    r"(?:(?:left|right|both)\s+)?(?:calf|calves|foot|feet|thighs?|hamstrings?|hammy|quads?|shins?"
    r"|toes?|arch)\s+(?:\w+\s+)?(?:cramp|spasm|seiz|lock|knott|went\b|grabb|caught|bunched|balled)"
)
_PART_NEXT_RE: Final = re.compile(rf"\s+(?:(?P<my>my\s)|{_A_PART_CRAMPED})")
# Another day's plan: "exam tomorrow", "flying out on friday", "moving house next week".
_ANOTHER_DAY_RE: Final = re.compile(
    r"\b(?:tomorrow|tmrw|tomorow|tmr|next\s+(?:week|month|\w+day)|on\s+(?:mon|tues|wednes|thurs"
    r"|fri|satur|sun)day)\b"
)
# Inside a sentence a new clause starts at a comma or dash, or at "and" / "then" / "but" /
# "so" followed by a new time or subject: "hard run yesterday and at 3am i woke...".
_CLAUSE_RE: Final = re.compile(
    r"[,\u2013\u2014(]|(?<!\d):(?!\d)|\s-\s|\.\.+|\b(?:but|(?<!or\s)so|then|and\s+then|after\s+that"
    r"|though|while|than\s+(?:when|the\s+time))\b"
    r"|(?:\band\b|&)(?=\s+(?:at|around|round|about|sometime|towards?|just\s+(?:after|before|gone)"
    r"|by\s+(?:midnight|noon|morning|evening|night|bedtime|lunch|lunchtime|dinner|tea|\d)"
    r"|this|last|yesterday|today|tonight|now|when|later|earlier|in\s+the"
    r"|ever\s+since|since|got|had|woke"
    r"|on\s+(?:mon|tue|wed|thu|fri|sat|sun)|i\b|i'?m|i'?ve|my\b|it\b|then|after|before"
    r"|\d|the\s+(?:next|other|same)"
    # a cramp as a new subject: "pond hockey all day yesterday and a cramp in my left hamstring
    # woke me at 5" (the day is the hockey's)
    r"|(?:a|an)\s+(?:\w+\s+){0,2}?(?:cramp|charley|charlie|spasm)\w*\s+(?:\w+\s+){0,5}?(?:woke"
    r"|hit|got|struck|grabbed|came)"
    # ... or a muscle that cramped, after another day's plan (``_clauses``): "big match tmrw and
    # calf cramp at 3am", "exam tomorrow & left calf cramped at 3" (the day is the match's)
    rf"|{_A_PART_CRAMPED}"
    # ... or a plan for tomorrow: "calf cramp at 3am and big match tmrw"
    r"|(?:\w+\s+){0,3}?(?:tomorrow|tmrw|tomorow|tmr)\b))"
)
# "..., took me 2 hrs" after another event: its length (not "took about an hour to let go").
_TOOK_RE: Final = re.compile(
    r"[\s,;]*(?:and\s+)?(?:it\s+)?took\s+(?:me|us|him|her|about|around|\d|an?\b|over|nearly"
    r"|almost|just\s+(?:over|under)|two|three|four|five|six)(?![^,.;!?]*\b(?:let"
    r"|ease|eased|easing|release|pass|stop|settle|go\s+away|for\s+(?:it|the|my)|relax|unlock))"
)
_UNTIL_IT_WENT_RE: Final = re.compile(
    r"\b(?:till|until|til|before)\s+(?:it|they)\s+(?:\w+\s+)?(?:let\s+go|eased|released|relaxed"
    r"|stopped|passed|went|calmed|settled|gave\s+up|loosened|unlocked|let\s+up|uncurled)\b"
)
_LET_GO_RE: Final = re.compile(
    r"\b(?:before|till|until|til)\s+(?:it|they|the|my|both)\b|\blet\s+go\b|\beased\b|\breleased\b"
)
# A clause that is only a length: "..., 22 hours with the stop", "..., about 3 hrs each way",
# "..., 7 and a half hrs", "..., 6-7 hours"; or the length of a part of the journey or the
# event before: "..., the longest was 8 hrs", "..., last one 5 hours".
_LENGTH_RE: Final = re.compile(
    r"[\s,;(]*(?:and\s+)?(?:(?:the\s+)?(?:last|first|final|second|third|return|next|other"
    r"|longest|shortest|main)\s+(?:(?:leg|one|flight|hop|stretch|bit|part|drive|ride|train|bus"
    r"|coach|ferry)\s+)?(?:was\s+|took\s+|is\s+)?)?"
    r"(?:about|around|roughly|nearly|almost|over|like|maybe|a\s+good|a\s+solid|just\s+over"
    r"|just\s+under)?\s*"
    rf"(?:{NUMBER_RE}|an?|half\s+an?)(?:\s*(?:-|to|or)\s*{NUMBER_RE})?(?:\s+and\s+a\s+half)?"
    r"\s*(?:\+\s*)?(?:hours?|hrs?|h|minutes?|mins?)\b"
)
# A journey told on in the next clause: "then on to vancouver", "and then home via Doha".
_JOURNEY_ON_RE: Final = re.compile(
    r"[\s,;]*(?:and\s+)?then\s+(?:on\s+|back\s+|straight\s+)?(?:to|onto|home|via|across|over)\b"
)
# Being well again after a while: "..., fine after 20 min", "ok again within the hour".
_WELL_AFTER_RE: Final = re.compile(
    r"[\s,;(]*(?:i\s+was\s+|was\s+|felt\s+)?(?:fine|ok|okay|alright|better|grand|normal"
    r"|recovered|back\s+to\s+normal)\s+(?:again\s+)?(?:after|in|within)\s+"
    rf"(?:about\s+|around\s+|maybe\s+|like\s+)?(?:{NUMBER_RE}|an?|the)\s*(?:hours?|hrs?|h|minutes?|mins?)\b"
)
# What the writer did to the cramp itself ("walking it off round the bedroom", "stood on it"):
# the cramp's own clause, not another event.
# A clause after a cramp's telling what it made the writer do: "I must go off the bike and walk"
_MADE_TO_STOP_RE: Final = re.compile(r"\W*(?:and\s+|so\s+)?(?:i\s+)?" + MADE_TO_STOP)
TENDING_RE: Final = re.compile(
    r"\b(?:walk\w*|stamp\w*|pac(?:ed|ing)|hobbl\w*|stood|stand\w*|hopp\w*)\s+(?:on\s+it|it\s+off"
    r"|them\s+off|it\s+out|around|about|round|up\s+and\s+down)\b"
    r"|\b(?:stood|stand|standing)\s+(?:there|still|frozen|stock\s+still)\b"
    # "worked it out after a couple of minutes", "shook them out", "rubbed it out"
    r"|\b(?:work\w*|shook|shak\w*|rubb?\w*|massag\w*|stretch\w*|get|got|getting)\s+(?:it|them)"
    r"\s+out\b(?!\s+of\b)"
    # "sat on the curb rubbing it for a few minutes"
    r"|\b(?:rubb\w*|massag\w*|knead\w*)\s+(?:it|them)\b"
    # endured or carried on with: "rode it out", "kept rowing with it"
    rf"|\b(?:{RODE_IT_OUT})\b"
    # the cramp's own end: "went in about a minute once I stood up", and told with how long
    # anywhere in the clause: "gone in under a minute once I stood on the floor"
    r"|^\W*(?:and\s+)?(?:it\s+|they\s+)?(?:went|eased|passed|stopped|let\s+go|released|settled)"
    r"\s+(?:in|after)\b"
    r"|\b(?:gone|eased|let\s+go|passed|released|relaxed|went\s+away|settled|stopped)\s+"
    r"(?:in|after|within)\s+(?:about\s+|under\s+|less\s+than\s+|maybe\s+|like\s+)?(?:a|an|\d|one"
    r"|two|three|half|a\s+few|a\s+couple)\b"
)
# Being able to move again after the cramp ("took a couple of minutes before I could walk",
# "couldn't stand"): the cramp's aftermath, not another event.
_ABLE_RE: Final = re.compile(
    r"\b(?:(?:before|till|until|til)\s+(?:i|we|he|she)\s+(?:could|was\s+able\s+to|managed\s+to"
    r"|dared|trusted\s+it\s+enough\s+to)|(?:could\s*n'?o?t|can'?t|cannot|unable\s+to))"
    r"\s+(?:\w+\s+)?(?:walk|stand|run|drive|swim|ride|move|train|play)\w*"
)
# A clause about another event: an activity, a journey, a task (its time and length are not
# the cramp's unless the cramp is in it).
ACTIVITY_RE: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:ran|run|runs|running|jog\w*|rode|ride|riding|cycl\w*|biked|biking|swam|swim"
    r"|swimming|hik\w*|walked|walking|walk|played|playing|game|match|jam|gig|exam|workout"
    r"|session|class|shift|training|trained|train|gym|lifted|lifting|drove|drive|driving"
    r"|flew|flight|flying|landed|sat|sitting|stood|standing|worked|working|weeding|gardening|shovel\w*"
    r"|wore|wearing"
    r"|danced|dancing|skied|skiing|climb\w*|practice|marathon|10k|5k|miler|miles|km|day\s+on"
    r"|days\s+on|hours\s+(?:on|of)|tournament|race|bball|basketball|football|soccer|tennis"
    r"|golf|yoga|pilates|exercis\w*|study\w*|wrote|writing|typing|painting|cleaning|cooked"
    r"|leg\s+day|squash|squats?|hiit|crossfit|spin|rowing|surf\w*|party|wedding|funeral"
    # combat sports: "2 hours kickboxing", "sparring", "bjj"
    r"|(?:kick\s*-?|thai\s*)?boxing|martial\s+arts|karate|judo|bjj|jiu\s*-?jitsu|mma|muay\s+thai"
    r"|taekwondo|sparr\w*"
    r"|cooking|hoover\w*|moved|moving|dog|mow\w*|raking|raked|digging|dug|vacuum\w*"
    # a rehearsal, a performance, a lecture: "pointe rehearsal went on for 5 hours"
    r"|rehears\w*|recital|performance|concert|audition|lecture|seminar|meeting|conference"
    # on the water: "paddled out to the point and back, about 3 hours"
    r"|paddl\w*|kayak\w*|canoe\w*|sail\w*|rowed)\b"
)


@dataclass(frozen=True, slots=True)
class Span:
    """A part of the normalised text: [start, end) and the sentence it is in."""

    start: int
    end: int
    sentence: int


_THOUGHT_WAS_RE: Final = re.compile(
    r"\b(?:thought|assumed|figured)\s+(?:it\s+was|was|i\s+had|it'?s)\s+(?:just\s+)?(?:a\s+|an\s+)?"
    r"(?:\w+\s+)?$"
)
_DENIAL_BEFORE: Final = re.compile(
    r"\b(?:not|isn'?t|wasn'?t|than)\s+(?:(?:a|an|really|even|actually|real|proper|true)\s+){0,3}$"
)


@dataclass(frozen=True, slots=True)
class Mention:
    """One mention of a cramp and how the message means it."""

    start: int
    end: int
    kind: Kind
    clause: Span


@dataclass(frozen=True, slots=True)
class Reading:
    """The mentions of a message and where its report's words are to be read."""

    mentions: tuple[Mention, ...]
    sentences: tuple[tuple[int, int], ...]
    clauses: tuple[Span, ...]
    anchor: Mention | None = None  # the first mention of a cramp that happened to the writer

    @classmethod
    def of(
        cls,
        mentions: tuple[Mention, ...],
        sentences: tuple[tuple[int, int], ...],
        clauses: tuple[Span, ...],
        text: str,
    ) -> Reading:
        """A reading, its anchor found once (every reader of the message asks for it): the
        first episode told, or a later one told with its own clock time when the first's
        sentence names none ("a spasm earlier tonight. went to bed, then about 1:30 woke up to
        my toe cramping": the one the message is about)."""
        episodes = [m for m in mentions if m.kind == "episode"]
        anchor = episodes[0] if episodes else None
        if anchor is not None and len(episodes) > 1:
            first = sentences[anchor.clause.sentence]
            if not names_a_clock(text[first[0] : first[1]]):
                for later in episodes[1:]:
                    span = sentences[later.clause.sentence]
                    told = text[span[0] : span[1]]
                    if (
                        later.clause.sentence != anchor.clause.sentence
                        and names_a_clock(told)
                        and not _ONSET_RE.search(told)  # "it started 3 nights ago at 3am"
                    ):
                        anchor = later
                        break
        return cls(mentions, sentences, clauses, anchor)

    @property
    def habitual(self) -> bool:
        return any(m.kind == "habitual" for m in self.mentions)

    def scopes(self, text: str) -> list[str]:
        """Where to read the report's words, nearest first: the anchor's clause, its
        sentence and the message without other events' clauses, then the whole message."""
        anchor = self.anchor
        if anchor is None:
            return [text]
        start, end = self.sentences[anchor.clause.sentence]
        quiet = self.without_activities(text)
        compared = [c for c in self.clauses if context.THAN_THEN_RE.match(text, c.start, c.end)]
        last = blank(text, compared) if compared else text  # never the event compared with
        return [text[anchor.clause.start : anchor.clause.end], quiet[start:end], quiet, last]

    def without_activities(self, text: str) -> str:
        """The message with clauses about other events blanked (kept: the cramp's own)."""
        anchor = self.anchor
        others: list[Span] = []
        if any(cue in text for cue in _CLOCK_CHANGE_CUES) and _CLOCK_CHANGE_RE.search(text):
            others += self._clock_change(text)
        blanked = False  # the clause before was another event's
        blanked_sentence = -1
        for number, clause in enumerate(self.clauses):
            if anchor is not None and clause == anchor.clause:
                blanked = False
                continue
            piece = text[clause.start : clause.end]
            other = (
                (
                    (ACTIVITY_RE.search(piece) and ACTIVITY_RE.search(_ABLE_RE.sub(" ", piece)))
                    or self._journey_with_its_length(text, number)
                )
                and not CRAMP_WORD_RE.search(piece)
                and not TENDING_RE.search(piece)
                and not _UNTIL_IT_WENT_RE.search(piece)  # "sat on the verge till it let go"
                and not self._made_to_stop(clause, text)
            )
            # "walked the 3 miles to work, took me 2 hrs", "flying to Sydney, 22 hours with
            # the stop": the walk's or the journey's length goes with it
            its_length = blanked and (
                _TOOK_RE.match(piece)
                or (
                    clause.sentence == blanked_sentence
                    and _LENGTH_RE.match(piece)
                    and not _LET_GO_RE.search(piece)  # "about 5 mins before they let go"
                )
            )
            # the same journey going on: "flying to brisbane then on to vancouver, 20+ hours"
            if blanked and _JOURNEY_ON_RE.match(piece) and not CRAMP_WORD_RE.search(piece):
                other = True
            # another spell's end, told before any cramp: "felt dizzy, sat in the shade, fine
            # after 20 min. had a leg cramp after"
            its_length = its_length or (
                blanked
                and _WELL_AFTER_RE.match(piece) is not None
                and not any(m.start < clause.end for m in self.mentions)
            )
            # another cramp, weeks before: "same spot that locked up swimming a few weeks ago"
            older = _LONG_AGO_RE.search(piece) is not None and any(
                m.clause == clause for m in self.mentions
            )
            # how the leg is after it: "sore today but happy", "still tender this morning"
            after = _AFTER_IT_RE.search(piece) is not None and not CRAMP_WORD_RE.search(piece)
            # the event a pain is measured against: "hurt worse than when i cut my hand open"
            compared = context.THAN_THEN_RE.match(piece) is not None
            if other or its_length or older or after or compared:
                others.append(clause)
            blanked = bool(other or its_length)
            blanked_sentence = clause.sentence
        return blank(text, others)

    def _made_to_stop(self, clause: Span, text: str) -> bool:
        """Whether ``clause`` tells what the cramp just told made the writer do, in its
        sentence ("my quad cramped, I had to get off and walk, 3 minutes"): tending it."""
        anchor = self.anchor
        return (
            anchor is not None
            and clause.sentence == anchor.clause.sentence
            and clause.start >= anchor.clause.end
            and _MADE_TO_STOP_RE.match(text, clause.start, clause.end) is not None
        )

    def _journey_with_its_length(self, text: str, number: int) -> bool:
        """Whether clause ``number`` tells a journey with its length, in it or in the clause
        after it ("the journey home took 4 hours", "coach back from the coast, five hours")."""
        clause = self.clauses[number]
        if not JOURNEY_RE.search(text, clause.start, clause.end):
            return False
        if A_LENGTH_RE.search(text, clause.start, clause.end):
            return True
        after = self.clauses[number + 1] if number + 1 < len(self.clauses) else None
        return (
            after is not None
            and after.sentence == clause.sentence
            and _LENGTH_RE.match(text, after.start, after.end) is not None
        )

    def _clock_change(self, text: str) -> list[Span]:
        """The clauses that tell of the clocks changing, with those after them in their
        sentence that go on with it (no cramp, no clock of their own): their hour and their
        time are the change's ("the clock skipped from 2 to 3, there goes an hour")."""
        told = {m.clause for m in self.mentions}
        found: list[Span] = []
        going_on = -1  # the sentence whose clocks changed in a clause before
        for clause in self.clauses:
            if clause in told:
                going_on = -1
                continue
            if _CLOCK_CHANGE_RE.search(text, clause.start, clause.end):
                going_on = clause.sentence
            elif clause.sentence != going_on or names_a_clock(text[clause.start : clause.end]):
                going_on = -1
                continue
            found.append(clause)
        return found

    def without_habits(self, text: str) -> str:
        """``text`` with the clauses about the writer's habit blanked ("cramp in my shin again
        last night, had these in my shins for 20 years"): the side they name is not this
        cramp's. Kept: the cramp's own clause and any clause with an episode."""
        if not _HABITUAL_RE.search(text):
            return text
        anchor = self.anchor
        habits = [
            clause
            for clause in self.clauses
            if (anchor is None or clause != anchor.clause)
            and not any(m.clause == clause and m.kind == "episode" for m in self.mentions)
            and _HABITUAL_RE.search(text, clause.start, clause.end)
        ]
        return blank(text, habits)


# The clocks changing: "the clock skipped an hour", "clocks sprang forward", "daylight saving
# started", "the time change" (not an alarm clock going off).
_CLOCK_CHANGE_CUES: Final = ("clock", "daylight", "dst", "summer", "winter", "time change")
_CLOCK_CHANGE_RE: Final = re.compile(
    r"(?<!alarm\s)\bclocks?\s+(?:\w+\s+){0,2}?(?:jump\w*|sprang|sprung|spring\w*|went|go|goes"
    r"|going|gone|mov\w*|skipp\w*|leap\w*|leapt|chang\w*|fell|fall\w*|turned|rolled|shift\w*)\b"
    r"(?!\s+off\b)"
    r"|\b(?:put|set|turn\w*|chang\w*|mov\w*)\s+(?:the\s+|our\s+|all\s+the\s+)?clocks?\b"
    r"|\b(?:clock|time)\s+change|\bdaylight\s+sav\w*|\bdst\b"
    r"|\b(?:summer|winter)\s*time\s+(?:start\w*|began|begins|kick\w*\s+in|end\w*|is\s+over)"
)


def blank(text: str, spans: Sequence[Span]) -> str:
    """``text`` with each span blanked out (the same length: positions stay), or ``text``
    itself when there are none."""
    if not spans:
        return text
    chars = list(text)
    for span in spans:
        chars[span.start : span.end] = " " * (span.end - span.start)
    return "".join(chars)


def _sentences(text: str) -> list[tuple[int, int]]:
    found = [(m.start(), m.end()) for m in _SENTENCE_RE.finditer(text)]
    return found or [(0, len(text))]


# Body parts named together before one verb ("both calves and my hands cramped", "calves & feet
# cramped"): one subject, so "and my ..." or "and feet cramped" after them goes on the same
# clause.
_BARE_BODY_RE: Final = re.compile(
    r"[\s,(]*"
    # after a time: "since lunch both calves and my hands keep cramping"
    r"(?:(?:(?:since|by|from|at|around|about|after)\s+(?:lunch|breakfast|dinner|tea|supper|midnight"
    r"|noon|bedtime|\d[\d:.]*\s*(?:am|pm)?)|this\s+(?:morning|evening|afternoon)|last\s+night|yesterday"
    r"|today|tonight|now|and\s+now|then)\s*,?\s+)?"
    r"(?:(?:both|my|the|his|her|left|right|two|all|of)\s+)*(?:calf|calves|foot|feet"
    r"|legs?|thighs?|hamstrings?|quads?|shins?|toes?|arch(?:es)?|soles?|hands?|fingers?|arms?"
    r"|forearms?|hips?)\s*"
)


def _clauses(text: str, sentences: list[tuple[int, int]]) -> list[Span]:
    spans = []
    for number, (start, end) in enumerate(sentences):
        cuts = [start]
        for m in _CLAUSE_RE.finditer(text, start, end):
            part = _PART_NEXT_RE.match(text, m.end()) if m.group() in ("and", "&") else None
            if part is not None and (
                _BARE_BODY_RE.fullmatch(text, cuts[-1], m.start())
                # a muscle with no "my" starts a clause only after another day's plan
                or (not part["my"] and not _ANOTHER_DAY_RE.search(text, cuts[-1], m.start()))
            ):
                continue
            cuts.append(m.start())
        cuts.append(end)
        for a, b in itertools.pairwise(cuts):
            if text[a:b].strip(" ,:-()"):
                spans.append(Span(a, b, number))
    return spans or [Span(0, len(text), 0)]


# "crampy" told of a leg's part got or had once ("got a crampy right calf in bed", "woke with
# a crampy hamstring") or of one that went so ("my foot went all crampy"): the part cramped (not
# "a crampy feeling", "crampy stomach", "my calf feels crampy", "now just a crampy hamstring",
# "plus crampy legs", "I've had a crampy calf on and off").
_CRAMPY_LEG_RE: Final = re.compile(
    r"\s+(?:(?:left|right|little|big|lower|upper)\s+)?(?:calf|calves|foot|feet|toes?|thighs?"
    r"|hamstrings?|hammy|hammies|quads?|shins?|arch|arches|legs?)\b"
)
_GOT_CRAMPY_BEFORE: Final = re.compile(
    r"(?<!'ve\s)(?<!ive\s)(?<!have\s)(?<!has\s)(?<!'s\s)\b(?:got|had|woke\s+(?:up\s+)?with"
    r"|woken\s+by|with)\s+(?:an?\s+)?(?:(?:really|very|bit|little|sudden|horrible|awful|nasty"
    r"|sore|painful)\s+){0,2}$"
)
_WENT_CRAMPY: Final = re.compile(
    r"\b(?:went|gone|turned|got)\s+(?:(?:all|a\s+bit|really|very"
    r"|so|suddenly|proper|properly)\s+)?$"
)


def clause_of(clauses: Sequence[Span], position: int) -> Span:
    """The clause that holds `position`."""
    for clause in clauses:
        if clause.start <= position < clause.end:
            return clause
    return clauses[-1]


def _kind(
    text: str,
    start: int,
    end: int,
    clause: Span,
    sentence: tuple[int, int],
    cues: tuple[tuple[int, context.Who], ...],
    *,
    has_muscle: bool,
    news: tuple[int, ...] = (),
) -> Kind:
    word = text[start:end]
    before = text[max(sentence[0], start - 80) : start]
    after = text[end : end + 60]
    piece = text[clause.start : clause.end]
    if not _STRONG_RE.search(word) and not has_muscle:
        return "figure"
    if _NOT_A_MUSCLE_BEFORE.search(before) or _NOT_A_MUSCLE_AFTER.match(after):
        return "elsewhere"
    if _trunk_stiff(text, start, word, clause):
        return "elsewhere"  # "rusty nail last week, now my jaw is stiff like a board"
    if _BELLY_BEFORE.search(before) and _GUT_ILL_RE.search(text, sentence[0], sentence[1]):
        return "elsewhere"  # "stomach cramps and diarrhoea since yesterday": the gut
    if (
        word.startswith("cramped")
        and (_PLACE_AFTER.match(after) or _PLACE_BEFORE.search(before))
        and not _MUSCLE_SUBJECT_RE.search(before)  # "my toes cramped up in downward dog"
    ):
        return "figure"
    if _WENT_RE.search(word) and _STRAIN_RE.search(text, sentence[0], sentence[1]):
        return "figure"  # "my foot went on the ice and I twisted it": a fall or a strain
    rock = _ROCK_RE.search(word) is not None
    # "crampy", "cramp-like": a feeling, not a cramp (but "a crampy right calf", "my foot went
    # all crampy": a cramp, read on as one)
    if (
        word.startswith("cramp")
        and word.endswith(("y", "ish", "-like"))
        and not (
            word.endswith("y")
            and _CRAMPY_LEG_RE.match(text, end)
            and _GOT_CRAMPY_BEFORE.search(before)
        )
        and not _WENT_CRAMPY.search(before)
    ):
        return "figure"
    if not rock and (_FIGURE_BEFORE.search(before) or _FIGURE_AFTER.match(text, end)):
        return "figure"
    if _TAKEN_FOR_BEFORE.search(before) and _AT_FIRST_RE.search(text, sentence[0], sentence[1]):
        return "figure"  # "at first i think is only cramp, but it never went away"
    if (
        _NEG_BEFORE.search(before) and not context.CANT_WITHOUT_RE.search(text, sentence[0], start)
    ) or _NEG_AFTER.match(text, end):
        return "negated"
    if _NEG_OR_BEFORE.search(before) or (
        _NEG_LIST_BEFORE.search(before) and _LIST_GOES_ON_AFTER.match(text, end)
    ):
        return "negated"  # "no big spasms or cramps", "no spasms, cramps or twitches"
    if _NOBODY_BEFORE.search(before):
        return "negated"  # "none of us cramped", "not one of the team got cramp"
    if "too" in before and _TOO_TIRED_BEFORE.search(before):
        return "negated"  # "honestly too exhausted to get cramps haha"
    timed = _TIMED_AFTER.match(text, end) is not None or _TIMED_BEFORE.search(before) is not None
    if not timed and (_EARLIER_BEFORE.search(before) or _EARLIER_AFTER.match(text, end)):
        return "earlier"
    if _GENERIC_AFTER.match(text, end) or (
        not timed
        and _GENERIC_BEFORE.search(before)
        and not _TO_END_AFTER.match(text, end)  # "took ages for the cramp to ease"
    ):
        return "generic"
    if _DEFINED_AFTER_RE.match(text, end) and _DEFINED_BEFORE_RE.search(before):
        return "generic"  # "a cramp is a hard knot that passes in a minute, a crisis lasts days"
    if word == "cramps" and _CLAIM_BEFORE_RE.search(before) and not _episode_words(piece):
        return "generic"  # "the coach said cramps at our age are from growing"
    if not timed and not _episode_words(piece) and _as_a_class(text, start, end, before):
        return "generic"  # "3 in 4 cramps happen at night", "most cramps come on in bed"
    if not timed and not _episode_words(piece) and _explained(text, start, end, before):
        return "generic"  # "I put the leg cramps down to my back", "blamed the cramps on"
    if not timed and not _episode_words(piece) and _compared(text, start, end, before):
        return "generic"  # "the cramps are much better than they were on tamoxifen"
    if context.who(cues, start) != "self" or _OTHERS_BODY_AFTER.match(text, end):
        return "other"
    if news and context.on_screen(text, news, start, sentence):
        return "other"  # "saw on the news that dozens of runners were treated for cramps"
    if not timed and _LAST_TIME_RE.search(text, clause.start, start) and not _episode_words(piece):
        return "past"  # "last time my calves cramped so bad", "last july ... my calves cramped"
    if (
        not timed
        and _LAST_EVENT_RE.search(text, clause.start, start)
        and not _episode_words(text[sentence[0] : sentence[1]])
        # (counted over it: "last season my hamstrings cramped a few times", the habit's)
        and not _counted_over_a_while(piece, text[sentence[0] : sentence[1]])
    ):
        return "past"  # "on the last long trip i got a few cramps", "last tournament my calves"
    if not timed and context.historical(text, start, sentence, cramp=True):
        return "past"  # not "the leg that had the clot in 2019 cramped last night"
    if (
        not timed
        and _YEARS_EVENT_RE.search(text, clause.start, clause.end)
        and not _TODAY_TOLD_RE.search(text, sentence[0], sentence[1])
    ):
        return "past"  # "had a calf cramp in the 2018 county final" (this year's is blanked)
    if _supposed(text, start, clause, sentence) or _FEARED_BEFORE.search(before):
        return "supposed"
    sentence_text = text[sentence[0] : sentence[1]]
    asked = "?" in text[sentence[1] : sentence[1] + 3]
    if asked and _named_and_tagged(text, start, clause, sentence):
        return "question"  # "it's only a cramp from the gym, right?": what the pain is, asked
    asks = bool(QUESTION_START_RE.match(piece)) or (
        asked
        and (
            clause.end >= sentence[1] - 1
            # "when my toes curl up and lock, how do I get them to let go?": the case asked about
            or (_WHEN_CLAUSE_RE.match(piece) is not None and not _PAST_CRAMP_RE.search(word))
        )
    )
    reported = _REPORTED_RE.search(piece) is not None or (
        _HAPPENING_RE.search(piece) is not None and not QUESTION_START_RE.match(piece)
    )
    # "my big toe cramped and stuck out sideways??": surprise at what happened, not a question
    surprised = (
        _PAST_CRAMP_RE.search(word) is not None
        and not QUESTION_START_RE.match(piece)
        and not _ASKING_WORD_RE.search(piece)
    )
    reported = reported or surprised
    if asks and (not reported or _GENERAL_ASK_RE.search(piece)):
        return "question"
    keeps = "keep" in piece and (
        _KEEPS_WHEN_RE.search(piece) is not None or _KEEP_COMING_AFTER.match(text, end) is not None
    )
    if keeps and not _episode_words(piece) and not _NOW_RE.search(piece):
        return "habitual"
    if _RARE_AFTER.match(text, end) and not _episode_words(piece):
        return "habitual"
    if _counted_over_a_while(piece, sentence_text):
        return "habitual"  # "I've only had a couple so far", "a few times last swing"
    if _WHENEVER_BEFORE_RE.search(before) and not _PAST_CRAMP_RE.search(word):
        return "habitual"  # "now I panic every time my calf cramps": the cramp as a condition
    if (
        not _episode_words(piece)  # the clause's own words first: the cheaper test
        and _habitual_sentence(sentence_text)
        and not _now_each_time(sentence_text, piece)
        and not _todays_story(text, sentence)
        and not _opens_on_a_day(sentence_text)
    ):
        return "habitual"
    return "episode"


# A sentence opening on one day, told in the present as English written second does, the cramp
# in a later clause: "Yesterday at the high pass, 3800 m, both my thighs get cramp".
# (today's words, shared with a story of today told in the present, ``_TODAYS_STORY_RE``)
_TODAY_WORDS: Final = r"today|tonight|this\s+(?:morning|afternoon|evening)"
_DAY_OPENS_RE: Final = re.compile(
    rf"\s*(?:so\s+|and\s+)?(?:yesterday|{_TODAY_WORDS}|last\s+night"
    r"|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b"
)


def _opens_on_a_day(sentence: str) -> bool:
    """Whether a sentence opens on one day (see ``_DAY_OPENS_RE``) and says nothing of how
    often: its present tense tells that day, not a habit."""
    return _DAY_OPENS_RE.match(sentence) is not None and _HOW_OFTEN_RE.search(sentence) is None


def tells_a_habit(text: str) -> bool:
    """Whether normalised `text` tells of cramps in general anywhere (see ``_HABITUAL_RE``)."""
    return _HABITUAL_RE.search(text) is not None


@lru_cache(maxsize=256)  # the mentions of one sentence all ask
def _habitual_sentence(sentence: str) -> bool:
    """Whether a sentence tells of cramps in general (see ``_HABITUAL_RE``)."""
    return _HABITUAL_RE.search(sentence) is not None


# A story of today told in the present, as English written second does: "today i harvest
# grapes all day in the sun", "this morning we walk to the market" (a sentence opening on today
# and the writer's verb in the present, or a part of the body's: not "today i went", nor a
# habit, "today i always").
_TODAYS_STORY_RE: Final = re.compile(
    rf"(?:^|(?<=[.!?\n,])|(?<=[.!?,]\s))\s*(?:so\s+|and\s+|but\s+)?(?:{_TODAY_WORDS})"
    r"\s*,?\s+(?:i|we|(?:my|the|both\s+my)\s+[a-z]+(?:\s+(?:and|&)\s+(?:my\s+)?[a-z]+)?)"
    r"\s+(?:also\s+|just\s+)?"
    # (the verb in the present: "today my back go in spasm", "this morning we walk to the market")
    r"(?!(?:is|are|feel|feels|look|looks|seem|seems|always|usually|often|normally|generally"
    r"|sometimes|get|have|keep|tend|went|had|got|was"
    r"|were|did|ran|swam|rode|drove|sat|stood|woke|felt|came|made|took|ate|drank|slept|spent|began"
    r"|left|am|'m|m|will|'ll|ll|would|can|could|might|may|must|should)\b)(?![a-z]+ed\b)[a-z]+\b"
)
# A story going on through the day: "in the evening", "after lunch", "then", "at 6".
_NEXT_IN_THE_DAY_RE: Final = re.compile(
    r"\b(?:in\s+the\s+(?:morning|afternoon|evening|night)|after\s+(?:lunch|dinner|breakfast|tea|work"
    r"|that|this|it)|then|later|afterwards?|at\s+(?:\d|noon|lunch|midday|dinner)|around\s+\d"
    r"|tonight|this\s+(?:morning|afternoon|evening))\b"
)
# What marks a habit beyond the present simple: how often, or at any time.
_HOW_OFTEN_RE: Final = re.compile(
    r"\b(?:always|usually|often|normally|generally|typically|sometimes|every|whenever|each\s+time"
    r"|most|regularly|constantly|frequently|tend|keeps?|all\s+the\s+time|at\s+night|nightly|lately"
    r"|recently|these\s+days|nowadays|again\s+and\s+again|for\s+(?:weeks|months|years))\b"
)


def _todays_story(text: str, sentence: tuple[int, int]) -> bool:
    """Whether a sentence in the present simple goes on with a story of today told in the
    present (see ``_TODAYS_STORY_RE``) in or before it ("today i harvest grapes all day. in the
    evening when i sit in the car both my calves make cramp"), and says nothing of how often:
    today's events in order, not a habit ("when i sit in the car my calves cramp" alone is
    one)."""
    if "to" not in text and "this" not in text:
        return False
    if _HOW_OFTEN_RE.search(text, sentence[0], sentence[1]):
        return False
    told = _TODAYS_STORY_RE.search(text, 0, sentence[1])
    if told is None or _HOW_OFTEN_RE.search(text, told.start(), sentence[0]):
        return False
    # the cramp's sentence is the story's, or goes on with it by a part of the day or "then"
    return (
        told.start() >= sentence[0]
        or _NEXT_IN_THE_DAY_RE.search(text, sentence[0], sentence[1]) is not None
    )


def _now_each_time(sentence: str, piece: str) -> bool:
    """ "and now my calves keep cramping up every time I move": the cramps of now, each time
    the writer moves (the only sign of a habit is "every time", and the clause says now)."""
    found = [m.group(0) for m in _HABITUAL_RE.finditer(sentence)]
    each_time = all(f.startswith(("every time", "every single time")) for f in found)
    return bool(found) and each_time and " now " in f" {piece} "


# Cramps counted ("had a couple", "a few times", "twice") over a while longer than a night ("so
# far", "this month", "last swing", "over the past weeks"): how many there were, no one told.
_COUNTED_RE: Final = re.compile(
    r"\b(?:(?:had|got|gotten|get)\s+(?:only\s+|just\s+|about\s+|maybe\s+)?(?:a\s+couple|a\s+few"
    r"|a\s+handful|several|two|three|four|five|\d{1,2})(?!\s*(?:am|pm|[:.]\d))"
    r"|(?:a\s+couple\s+of|a\s+few|several|two|three|four|five|\d{1,2})\s+times|twice"
    # a diary's count: "four cramps since january", "only two charley horses since i started"
    r"|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|\d{1,2})\s+"
    r"(?:[a-z]+\s+)?(?:cramps|spasms|charl(?:e?y|ie)\s+horses))\b"
)
_A_WHILE_RE: Final = re.compile(
    r"\b(?:so\s+far|to\s+date|in\s+total|all\s+(?:week|month|year|season|summer|winter)"
    r"|this\s+(?:week|month|year|season|pregnancy|trimester|summer|winter|spring|autumn|term)"
    r"|(?:last|previous|past)\s+(?:week|fortnight|month|year|season|swing|trip|tour|hitch|rotation"
    r"|roster|stint|deployment|holidays?|vacation|block|camp|term|pregnancy|cruise|summer|winter"
    r"|spring|autumn)"
    r"|(?:over|in)\s+the\s+(?:last|past)\s+(?:\w+\s+)?(?:days|weeks?|months?|years?|fortnight)"
    r"|lately|recently|of\s+late)\b"
    # since long before today: "since january", "since i started the tablets"
    rf"|\b{_SINCE_LONG_AGO}"
)


# Any cramp denied over a while: "had none this week", "none since tuesday", "not a single one
# since monday", "haven't had any in the last 5 days" (not a while that a cramp ended: "none all
# week until last night").
_NONE_FOR_A_WHILE_RE: Final = re.compile(
    r"\b(?:none|zero|nil|nada|not\s+(?:a\s+single\s+one|one|any)"
    r"|(?:n'?t|not)\s+had\s+(?:a\s+single\s+one|one|any))\b\s+(?:[\w']+\s+){0,2}?"
    rf"(?:{_A_WHILE_RE.pattern}|\bsince\s+(?:last\s+)?(?:\w+day|the\s+weekend)\b)"
    r"(?![^.!?]*\b(?:until|till|til|then|except)\b)"
)


def _none_for_a_while(text: str, found: list[Mention]) -> list[Mention]:
    """``found`` with each episode told before a denial of any cramp over a while (see above)
    and telling no event of its own read as denied: "my cramps are the normal kind and i've had
    none this week", "calf cramps, none since tuesday" (not "had one at 2am, none since")."""
    denied = _NONE_FOR_A_WHILE_RE.search(text) if "n" in text else None
    if denied is None:
        return found
    return [
        Mention(m.start, m.end, "negated", m.clause)
        if m.kind == "episode"
        and m.start < denied.start()
        and not _PAST_CRAMP_RE.search(text, m.start, m.end)
        and not _episode_words(text[m.clause.start : m.clause.end])
        and not _REPORTED_RE.search(text, m.clause.start, m.clause.end)
        else m
        for m in found
    ]


def _counted_over_a_while(piece: str, sentence: str) -> bool:
    """Whether a mention's clause counts cramps over a while its sentence names (see above),
    with no one of them told by its time ("twice this week, the worst at 3am" tells one)."""
    return (
        _COUNTED_RE.search(piece) is not None
        and _A_WHILE_RE.search(sentence) is not None
        and not _episode_words(sentence)
    )


# A simile ends with its clause: "took what felt like forever, for the cramp to let go".
_SIMILE_RE: Final = re.compile(r"\b(?:felt|feels|feeling)\s+like|\bas\s+if\b|\blike\s+having\b")


# A cramp told as the verb of a supposing: "if my calf cramps on stage I'll die", "if the foot
# locks up again during the recital".
_IF_IT_CRAMPS_RE: Final = re.compile(
    r"\bif\s+(?:(?:my|the|your|his|her)(?:\s+\w+){1,2}|i|you|u|we|he|she|they)\s+(?:ever\s+)?"
    r"(?:cramps|cramp|seizes|seize|locks|lock|spasms|knots|tightens|goes)\b"
)


# The writer's guess at what something is, not a cramp told: "I was thinking it's cramps from
# carrying the baby", "I keep telling myself it's a cramp knot".
_GUESSED_RE: Final = re.compile(
    r"\b(?:(?:was|am|i'?m|been|keep)\s+(?:thinking|telling\s+myself|hoping|assuming)|telling\s+myself"
    r"|hoping|hope)\s+(?:that\s+)?(?:it'?s|it\s+is|its|it\s+was|this\s+is|they'?re|they\s+are)\s+"
    r"(?:(?:just|only|probably|a|an|some)\s+)*(?:\w+\s+)?$"
)


def _supposed(text: str, start: int, clause: Span, sentence: tuple[int, int]) -> bool:
    """Whether a mention is only supposed ("if I get one tonight"), a simile in an earlier
    clause of the sentence aside."""
    if _GUESSED_RE.search(text, max(sentence[0], start - 60), start):
        return True
    supposing = _IF_IT_CRAMPS_RE.search(text, max(sentence[0], start - 40), start + 12)
    if supposing is not None and supposing.end() >= start:
        return True  # the mention is the supposed verb itself
    if not context.hypothetical(text, start, sentence[0]):
        return False
    if not _SIMILE_RE.search(text, sentence[0], clause.start):
        return True
    earlier = _SIMILE_RE.sub(lambda m: " " * len(m.group(0)), text[sentence[0] : clause.start])
    return context.hypothetical(text[: sentence[0]] + earlier + text[clause.start :], start,
                                sentence[0])  # fmt: skip


# The previous time of something, not a night told: "feis on saturday and last time my calves
# and arches cramped so bad".
_LAST_TIME_RE: Final = re.compile(
    r"\blast\s+time\b"
    # the previous one of an event, its teller next: "an audax next month, last one i cramped"
    # (not the cramp itself: "the last one woke me at 4")
    r"|\b(?:the\s+)?last\s+one\s+(?=(?:i|we|he|she|my|our)\b)"
    # a month or season named as last year's: "last july at the buckeye 50k", "last summer"
    r"|\blast\s+(?:january|february|march|april|june|july|august|september|october|november"
    r"|december|summer|winter|spring|autumn)\b"
)
# The previous one of an occasion, named by "last" (not a part of the one going on: "the last
# lap", "the last mile"; nor "last night", "last thing at night"): "on the last long trip",
# "last tournament", "my last race", "the last long passage". Read only when the cramp's
# sentence tells no time of its own ("at the last race my calf cramped at mile 20, and again
# last night at 3am" tells last night's).
_LAST_EVENT_RE: Final = re.compile(
    r"\blast\s+(?:[a-z]+\s+){0,2}?(?:trip|tour|tournament|race|season|passage|voyage|crossing"
    r"|flight|holiday|vacation|marathon|ultra|triathlon|event|competition|comp|meet|regatta|gig"
    r"|concert|festival|camp|hike|trek|expedition|cruise|game|match|fixture|ride|sportive|audax"
    r"|deployment|pregnancy|visit|outing|excursion|journey|drive|walk|run)s?\b"
    r"(?!\s+(?:of\s+(?:the\s+)?(?:day|night|evening|morning)|today|tonight|this)\b)"
)
# An event named by its year ("in the 2018 county final", "at the 2021 berlin marathon"): one
# of a year gone by (parse_cramp blanks this year's number), not a night told.
_YEARS_EVENT_RE: Final = re.compile(
    r"\b(?:the|my|our|that|this)\s+(?:19|20)\d\d\s+(?!(?:calories|cals?|kcal|steps|m|metres?"
    r"|meters?|yards?|mg|ml|units|people|km|k|miles?|ft|feet|words|times)\b)[a-z]"
)
# Today's words in a sentence that names such an event: the cramp is today's ("at the 2026 city
# 10k this morning my calf cramped").
_TODAY_TOLD_RE: Final = re.compile(
    r"\b(?:last\s+night|this\s+(?:morning|afternoon|evening|week)|yesterday|tonight|today"
    r"|just\s+now|right\s+now|earlier|ago)\b"
)
_PAST_CRAMP_RE: Final = re.compile(
    r"\b(?:cramped|seized|locked|knotted|spasmed|curled|clawed|balled)\b"
)
_WHENEVER_BEFORE_RE: Final = re.compile(
    r"\b(?:every\s+(?:single\s+)?time|whenever|each\s+time)\s+(?:[\w']+\s+){0,3}$"
)
_WHEN_CLAUSE_RE: Final = re.compile(
    r"\W*(?:and\s+|but\s+|so\s+)?(?:when|whenever|every\s+time|each\s+time)\s"
)
# A tag question ending a sentence (its "?" after it): "..., right", "yes", "isn't it", "innit".
TAG_QUESTION_RE: Final = re.compile(
    r"[\s,]+(?P<tag>right|yes|yeah|yea|yep|no|eh|innit|surely|correct|ok|okay|(?:is|was|are|were)"
    r"(?:n'?t|\s+not)?\s+(?:it|they)|(?:don'?t|do\s+not)\s+you\s+think|am\s+i\s+right)\s*$"
)
# "right" as a tag question ("had a cramp at 2am, it's from the training, right?"), not a side
# ("on the right?", "my left or right?").
_RIGHT_TAG_RE: Final = re.compile(
    r"(?<!the\s)(?<!my\s)(?<!or\s)(?<!and\s)(?<!to\s)(?<!on\s)\bright(?=\s*\?)"
)


def without_right_tag(text: str) -> str:
    """``text`` with each "right" of a tag question (see above) blanked, positions kept; or
    ``text`` itself when it has none."""
    if "right" not in text or "?" not in text:
        return text
    blanked = _RIGHT_TAG_RE.sub("     ", text)
    return blanked if blanked != text else text


# A cramp named as what something is, at its clause's start: "it's just a cramp", "that was
# cramp", "only cramp", "probably just a calf cramp", "must be a cramp".
_NAMED_AS_BEFORE_RE: Final = re.compile(
    r"^\W*(?:(?:and|but|so)\s+)?(?:(?:it'?s|its|it\s+(?:is|was)|that'?s|thats|that\s+(?:is|was)"
    r"|this\s+(?:is|was)|(?:it|that|this)\s+must\s+be|must\s+be|probably|prob|surely|just|only"
    r"|simply|def(?:initely)?)\s+)+(?:(?:just|only|a|an|probably|simply|normal|muscle|leg|calf|foot"
    r"|thigh|hamstring|toe)\s+){0,3}$"
)


def _named_and_tagged(text: str, start: int, clause: Span, sentence: tuple[int, int]) -> bool:
    """Whether a mention names what a pain is and a tag question asks it back ("it's just a
    cramp from the training, yes?", "only cramp, right?"): the writer asks what it is, and
    tells no cramp (a cramp told is: "had a cramp at 2am, it's from the training, right?")."""
    return (
        TAG_QUESTION_RE.search(text, sentence[0], sentence[1]) is not None
        and _NAMED_AS_BEFORE_RE.search(text[clause.start : start]) is not None
    )


_ASKING_WORD_RE: Final = re.compile(
    r"\b(?:why|how|what|normal|should|is\s+(?:it|this|that)|does|do\s+(?:i|you)|can|could|anyone)\b"
)


# Cramps in general as what someone claims or what was read: "pak guru said cramps at our age
# are from growing", "read in the paper that cramps come from not stretching" (a cramp told as
# said, "my wife said my calf cramped", names its muscle and is no bare "cramps").
_CLAIM_BEFORE_RE: Final = re.compile(
    r"\b(?:said|says|saying|reckons?|reckoned|told\s+(?:me|us|him|her)|claims?|claimed|thinks?"
    r"|believes?|read|heard|learned|learnt)\s+(?:[\w']+\s+){0,4}?(?:that\s+)?(?:(?:leg|night|muscle"
    r"|nocturnal)\s+)?$"
)


# A cramp as what any one is, told in the present simple: "a cramp is a hard knot that passes",
# "a charley horse is sudden", "honestly a cramp lasts a minute, my sciatica lasts all day" (not
# one going on: "a cramp is starting in my calf").
_DEFINED_BEFORE_RE: Final = re.compile(
    r"(?:^\s*|[.,;:!?(]\s*|\b(?:and|but|while|whereas|because|cos|so|that|think|know|knew)\s+)"
    r"(?:honestly\s+|basically\s+|well\s+)?(?:a|an)\s+(?:(?:leg|calf|foot|muscle|night|real|proper"
    r"|normal|true|typical|regular|ordinary)\s+)?$"
)
_DEFINED_AFTER_RE: Final = re.compile(
    r"\w*\s+(?:is\s+(?:just\s+|only\s+|basically\s+|simply\s+|usually\s+|normally\s+|more\s+)?"
    r"(?:a|an|one|sharp|short|brief|quick|sudden|painful|when|where|like|nothing|over|different)\b"
    r"|(?:lasts|passes|goes\s+away|lets\s+go|releases|eases|stops|feels|hurts|means)\b)"
)


# Cramps as a class, told by a share of them or by what they do in general: "3 in 4 cramps
# happen at night", "most leg cramps come on in bed", "cramps occur more in older people".
_SHARE_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:\d+|one|two|three|four|five|six|seven|eight|nine)\s+(?:in|out\s+of|of\s+every)\s+"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|every)"
    r"|(?<!the\s)\bmost(?:\s+of)?|(?:\bhalf|\bthe\s+(?:vast\s+)?(?:majority|bulk)|\ba\s+(?:third"
    r"|quarter)|\d+\s*(?:%|per\s*cent))\s+of)\s+(?:(?:all|the|leg|night|nocturnal|muscle)\s+){0,2}$"
)
_AS_A_CLASS_AFTER_RE: Final = re.compile(
    r"\s+(?:(?:mostly|usually|often|typically|generally|commonly|mainly|tend\s+to|are\s+more"
    r"|are\s+most)\s+)?(?:happen|occur|strike|come\s+on|affect|common|likely)\b"
)
_OWNED_BEFORE_RE: Final = re.compile(r"\b(?:my|our|these|those|his|her|their)\s+(?:\w+\s+)?$")


def _as_a_class(text: str, start: int, end: int, before: str) -> bool:
    """Whether a mention names cramps as a class, not one (see ``_SHARE_BEFORE_RE``); the
    writer's own ("my cramps happen at night") are the habit's reading, not this."""
    if text[start:end] not in ("cramps", "spasms"):
        return False  # one, rated: "seven out of ten cramp in my shin at twenty past six"
    if _SHARE_BEFORE_RE.search(before):
        return True
    return _AS_A_CLASS_AFTER_RE.match(text, end) is not None and not _OWNED_BEFORE_RE.search(
        before
    )


# Cramps named as what something explains: "I put the leg cramps down to that", "blamed the
# cramps on the heat", "chalked my cramps up to dehydration", "the cramps I've had, I thought
# were from the new shoes".
_EXPLAINED_BEFORE_RE: Final = re.compile(
    r"\b(?:put|puts|putting|blam(?:e|ed|es|ing)|chalk(?:ed|s|ing)?|attribut\w+|ascrib\w+"
    r"|pinn?(?:ed|ing)?)\s+(?:(?:all|the|my|these|those|his|her|their|leg|night|calf|foot|muscle"
    r"|occasional|odd)\s+){0,3}$"
)
_EXPLAINED_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:i'?ve\s+(?:had|been\s+getting)|i\s+(?:had|get)|lately|recently|of\s+late))?"
    r"\s+(?:down\s+to|up\s+to|on|to)\b"
)
_FROM_WHAT = (
    r"(?:just\s+|probably\s+|all\s+)?(?:from|due\s+to|caused\s+by|down\s+to|because\s+of)\b"
)
# "the cramps I've had, I thought were from ..."
_THOUGHT_FROM_AFTER_RE: Final = re.compile(
    r"\s+(?:that\s+|which\s+)?(?:i'?ve\s+(?:had|been\s+getting)|i\s+(?:had|get|got|keep\s+getting))"
    r"(?:\s+[\w']+){0,3}?\s*,?\s+(?:i\s+)?(?:thought|assumed|figured|reckoned|guessed)\s+"
    rf"(?:they\s+)?(?:were|came)\s+{_FROM_WHAT}"
)
# "I thought the cramps were from the new shoes"
_THOUGHT_BEFORE_RE: Final = re.compile(
    r"\b(?:thought|assumed|figured|reckoned|guessed)\s+(?:that\s+)?(?:the|my|these|those|all\s+the)\s+"
    r"(?:\w+\s+)?$"
)
_WERE_FROM_AFTER_RE: Final = re.compile(rf"\s+were\s+{_FROM_WHAT}")


def _explained(text: str, start: int, end: int, before: str) -> bool:
    """Whether a mention names cramps (the plural: cramps in general, not one) as what
    something explains (see above)."""
    if not text[start:end].endswith(("s", "ing")):
        return False
    if _EXPLAINED_BEFORE_RE.search(before) and _EXPLAINED_AFTER_RE.match(text, end):
        return True
    if _THOUGHT_BEFORE_RE.search(before) and _WERE_FROM_AFTER_RE.match(text, end):
        return True
    return _THOUGHT_FROM_AFTER_RE.match(text, end) is not None


# Cramps compared with another time, as a pattern: "the cramps are much better than they were
# on tamoxifen", "cramps are worse than last year", "the cramping is not as bad as it was",
# "more cramps than ever", "far less cramping than before".
_COMPARED_AFTER_RE: Final = re.compile(
    r"(?:\s+(?:in\s+(?:my|the|both)\s+\w+|at\s+night|now|these\s+days|nowadays|lately))?\s+"
    r"(?:are|were|is|was|have\s+been|has\s+been|'re|r|seem|seems|feel|feels|got|get"
    r"|getting)"
    r"\s+(?:\w+\s+){0,2}?(?:better|worse|milder|fewer|rarer|less\s+\w+|more\s+\w+"
    r"|not\s+(?:as|so)\s+\w+|nowhere\s+near\s+as\s+\w+)\s+(?:than|as|compared)\b"
)
_COMPARED_BEFORE_RE: Final = re.compile(
    r"\b(?:fewer|less|more|worse|better|milder)\s+(?:(?:leg|night|calf|foot|muscle|of\s+(?:the|my))\s+)?$"
)
_THAN_AFTER_RE: Final = re.compile(r"\s+(?:[\w']+\s+){0,3}?than\b")


def _compared(text: str, start: int, end: int, before: str) -> bool:
    """Whether a mention names cramps (the plural or "cramping": a pattern, not one) compared
    with another time (see above)."""
    if not text[start:end].endswith(("s", "ing")):
        return False
    if _COMPARED_AFTER_RE.match(text, end):
        return True
    return (
        _COMPARED_BEFORE_RE.search(before) is not None
        and _THAN_AFTER_RE.match(text, end) is not None
    )


# Someone else's muscle right after the word: "got a cramp in her foot".
_OTHERS_BODY_AFTER: Final = re.compile(
    r"\w*(?:\s+up)?\s+(?:in|on)\s+(?:her|his|their)\s+(?!own\b)"
    # "a massive charley horse woke him": whom it woke had it
    r"|\w*\s+(?:woke|wakes|had\s+woken|got)\s+(?:him|her|them)\b"
)

_EPISODE_WORDS_RE: Final = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:last\s+night|this\s+morning|yesterday|tonight|today|just\s+now|right\s+now"
    r"|at\s+(?:like\s+|about\s+|around\s+|just\s+gone\s+)?\d"
    r"|\d\s*(?:am|pm)(?!\s+(?:\w+\s+)?cramps)|(?<!weeks\s)(?<!months\s)(?<!month\s)(?<!years\s)"
    r"(?<!year\s)(?<!week\s)ago|earlier|woke|got\s+me|hit\s+me"
    r"|(?:had|got)\s+(?:one\b|(?:a|an)\s+(?:\w+\s+){0,2}?(?:cramp|charl|spasm|one\b))"
    # (not a habit told in the present progressive: "my legs is cramping in the night")
    r"|(?:is|am|i'?m)\s+cramping(?!(?:\s+up)?\s+(?:at|in\s+the|during\s+the)\s+nights?\b)"
    # a spell going on since a clock time today: "since around 10 both my calves keep cramping
    # every few minutes"; one race's "from about mile 14"
    r"|since\s+(?:about\s+|around\s+|roughly\s+)?\d{1,2}(?![\d.,]*\s*(?:years?|months?|weeks?|days?))"
    # ... or since a part of today, a meal or waking: "since this afternoon I have cramps",
    # "since lunch I've had cramps every few minutes", "since I woke up"
    r"|this\s+(?:afternoon|arvo|evening)|since\s+(?:breakfast|lunch\w*|dinner\w*|tea(?:time)?|supper\w*|noon"
    r"|midday|i\s+(?:woke|got\s+up)|waking|getting\s+up)"
    r"|every\s+(?:few|couple\s+of|\d+)\s+min\w*|from\s+(?:about\s+|around\s+)?mile\s+\d"
    # a named day: "started cramping friday night", "on tuesday"
    r"|(?:on|last)\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
    # ("tuesday at night I get cramp": a named day, told in the present; not "every sunday")
    r"|(?<!every\s)(?<!most\s)(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+"
    r"(?:at\s+|in\s+the\s+)?(?:night|morning|evening|afternoon))\b"
)


def _episode_words(piece: str) -> bool:
    """A clause that names one event, even inside a general statement ("I always get them,
    had one at 3am")."""
    return _EPISODE_WORDS_RE.search(piece) is not None


# Whom the writer stays with or visits: "staying with my mum on lord howe", "visiting my sister
# in Leeds", "on holiday with my parents". The host is where the writer is, not whose cramp it
# is ("staying with my mum, she had a cramp at 2am" is hers by "she").
_HOST_BEFORE_RE: Final = re.compile(
    r"\b(?:stay(?:ing|ed|s)?|visit(?:ing|ed|s)?|(?:sleeping|slept|sleep)\s+over|holiday(?:ing|ed)?"
    r"|on\s+holiday|away|living|lived|moved\s+in|spending\s+(?:the\s+)?(?:week(?:end)?|night|day"
    r"|holidays?|christmas|xmas))\s+(?:(?:with|at|in\s+with)\s+)?$"
)

_HOST_WORDS: Final = ("stay", "visit", "over", "holiday", "away", "liv", "mov", "spending")


def _without_hosts(
    text: str, cues: tuple[tuple[int, context.Who], ...]
) -> tuple[tuple[int, context.Who], ...]:
    """``cues`` with each other person named as the writer's host (see above) read as the
    writer, the one staying or visiting (not when someone else named before is the one: "my
    mum is staying with my sister")."""
    if not any(word in text for word in _HOST_WORDS):
        return cues
    out: list[tuple[int, context.Who]] = []
    for at, who in cues:
        if (
            who == "other"
            and context.who(tuple(out), at) == "self"
            and _HOST_BEFORE_RE.search(text, max(0, at - 40), at)
        ):
            who = "self"
        out.append((at, who))
    return tuple(out)


# What the news, a paper or the radio told: "saw on the news that", "read in the paper", "the
# local news said" (not a match watched on the telly, which the writer may cramp through).
_NEWS_WORDS: Final = ("news", "paper", "radio", "headline")
_NEWS_RE: Final = re.compile(
    r"\b(?:in|on)\s+(?:the\s+)?(?:local\s+|evening\s+|morning\s+)?(?:news|papers?|newspaper|radio"
    r"|headlines)\b|\b(?:news|papers?|newspaper|radio|headlines)\s+(?:said|says|saying|reported"
    r"|reports|reporting|showed|shows|covered)\b"
)


def _news_ends(text: str) -> tuple[int, ...]:
    """Where each mention of the news (see above) ends, for ``context.on_screen``."""
    if not any(word in text for word in _NEWS_WORDS):
        return ()
    return tuple(m.end() for m in _NEWS_RE.finditer(text))


def read(text: str, *, has_muscle: bool) -> Reading:
    """Every mention of a cramp in normalised `text`, each read in its clause and sentence.

    `has_muscle`: the message names a muscle, so weaker words ("seized", "locked", "got
    stuck") count as a cramp too.
    """
    sentences = _sentences(text)
    clauses = _clauses(text, sentences)
    cues = _without_hosts(text, context.experiencers(text))
    if roles := role_cues(text):  # someone else named by a role: "the Eagles midfielder"
        cues = tuple(sorted(cues + roles))
    found: list[Mention] = []
    news = _news_ends(text)  # what the news, a paper or the radio told
    matches = list(CRAMP_WORD_RE.finditer(text))
    talks_of_cramps = bool(matches)
    for m in ONE_RE.finditer(text):
        if _SWITCHED_TO_RE.search(text, max(0, m.start() - 30), m.start()):
            continue  # "switched to a different one": a medicine, a shoe, a mattress
        clause = clause_of(clauses, m.start())
        if talks_of_cramps or _MUSCLE_NEAR_RE.search(text, clause.start, clause.end):
            matches.append(m)
    for m in sorted(matches, key=lambda m: m.start()):
        if _RECORD_AFTER_RE.match(text, m.end()) and (
            CRAMP_WORD_RE.search(text, m.end()) or not _ENTRY_DETAIL_RE.search(text, m.end())
        ):
            continue  # "cramp diary week 3: zero cramps": the record's name, not a cramp (a
            # heading before an entry that names none is the entry's: "cramp log: left calf")
        clause = clause_of(clauses, m.start())
        sentence = sentences[clause.sentence]
        kind = _kind(
            text, m.start(), m.end(), clause, sentence, cues, has_muscle=has_muscle, news=news
        )
        if (
            kind == "episode"
            and not _STRONG_RE.search(text, m.start(), m.end())
            and any(f.clause == clause and f.kind == "generic" for f in found)
        ):
            kind = "generic"  # "a charley horse is a sudden knot": what any cramp is like
        elif kind == "episode" and _story_goes_on(text, found, sentences, clause.sentence):
            kind = "past"
        elif kind == "episode" and _habit_goes_on(text, found, sentences, clause.sentence):
            kind = "habitual"
        found.append(Mention(m.start(), m.end(), kind, clause))
    found = _none_for_a_while(text, found)
    if not any(m.kind == "episode" for m in found) and (
        instance := _habits_instance(text, found, sentences, clauses, cues)
    ):
        found.append(instance)
    if any(
        m.kind in ("negated", "figure")
        and text.startswith("cramp", m.start)
        and _DENIAL_BEFORE.search(text, max(0, m.start - 30), m.start)
        for m in found
    ):
        # the writer says it was not a cramp ("calf went super tight ... honestly think it's
        # a pulled muscle, not a cramp"): a weaker word for it is not an episode either
        found = [
            Mention(m.start, m.end, "figure", m.clause)
            if m.kind == "episode"
            and (
                not _STRONG_RE.search(text, m.start, m.end)
                # "what i thought was a cramp ... so not a cramp": taken back
                or _THOUGHT_WAS_RE.search(text, max(0, m.start - 30), m.start)
            )
            else m
            for m in found
        ]
    return Reading.of(tuple(found), tuple(sentences), tuple(clauses), text)


# The parts of the leg a cramp's details name ("left calf, 3 mins"; continuation.py too).
DETAIL_PARTS: Final = r"calf|calves|hamstrings?|thighs?|quads?|foot|feet|toes?|shins?|arch"
# What an entry under a record's heading tells of one cramp: where, how bad, how long.
_ENTRY_DETAIL_RE: Final = re.compile(
    rf"\b(?:{DETAIL_PARTS}|\d+\s*/\s*10|\d+\s*(?:mins?|minutes?|secs?|seconds?)\b)"
)
# The word naming a record kept of cramps: "cramp diary week 3: zero cramps", "leg cramp log,
# day 12", "my cramp tracker says 4 this month".
_RECORD_AFTER_RE: Final = re.compile(
    r"[\s-]*(?:diary|diaries|log|logs|logbook|journal|tracker|tracking|record|records|tally"
    r"|chart|notebook|spreadsheet|app)\b"
)


# One night of a habit told without the word, in a short sentence after it: "i get them most
# nights. last night 2am, left one", "cramps every night now, last night at 2 the worst".
_INSTANCE_RE: Final = re.compile(
    r"^\W*(?:and\s+|but\s+|then\s+|so\s+)?(?:last\s+night|this\s+morning|yesterday|tonight"
    r"|earlier(?:\s+today)?)\b"
)
_INSTANCE_WHAT_RE: Final = re.compile(
    r"\b(?:left|right|both|calf|calves|foot|feet|thighs?|hamstrings?|hammy|quads?|shins?|toes?"
    r"|arch|one|worst|woke|bad|awful|brutal|agony"
    # counted: "last night twice", "last night 3 of them"
    r"|twice|(?:\d|two|three|four|five|a\s+couple)\s+(?:of\s+them|times|in\s+a\s+row))\b"
)
_INSTANCE_NOT_RE: Final = re.compile(
    r"\b(?:no|not|none|didn'?t|did\s+not|fine|slept|without|free|nothing|took|take|tried|drank"
    r"|ate|went\s+to|bed\s+at)\b"
)
_INSTANCE_WORDS: Final = 12
_WORDS_RE: Final = re.compile(r"[a-z0-9']+")


def _habits_instance(
    text: str,
    found: list[Mention],
    sentences: list[tuple[int, int]],
    clauses: list[Span],
    cues: tuple[tuple[int, context.Who], ...],
) -> Mention | None:
    """The first short sentence, after the writer's own habit (or cramps in general), that
    tells one night of it by its time and the leg (see ``_INSTANCE_RE``), as an episode."""
    # (or cramps told as what the writer tracks: "cramps are what I log. last night 2am, left
    # calf")
    habits = [m for m in found if m.kind in ("habitual", "generic")]
    if not habits:
        return None
    for number in range(habits[0].clause.sentence, len(sentences)):
        for clause in clauses:
            if clause.sentence != number or clause.start < habits[0].end:
                continue
            told_already = any(m.clause == clause for m in found)
            if told_already or context.who(cues, clause.start) != "self":
                continue  # someone else's: "last night my husband had one"
            told = text[clause.start : clause.end]
            opening = _INSTANCE_RE.match(told)
            if opening is None or len(_WORDS_RE.findall(told)) > _INSTANCE_WORDS:
                continue
            # the leg may follow in the next clause: "last night 2am, left one"
            after = [c.end for c in clauses if c.sentence == number and c.start >= clause.end]
            rest = text[clause.start + opening.end() : min(after, default=clause.end)]
            if _INSTANCE_WHAT_RE.search(rest) and not _INSTANCE_NOT_RE.search(told):
                at = clause.start + opening.end()
                return Mention(at, at, "episode", clause)
    return None


_AFTER_IT_RE: Final = re.compile(
    r"\b(?:sore|tender|stiff|aching|achy|bruised|hobbling|limping|fine|ok|okay|better)\b"
    r"[^.;!?]{0,25}?\b(?:today|now|this\s+morning)\b"
    r"|\b(?:today|now|this\s+morning)\b[^.;!?]{0,25}?\b(?:sore|tender|stiff|aching|achy|bruised"
    r"|hobbling|limping)\b"
    # ... or well on a later day: "today both legs look the same", "today I'm fine, just tired"
    # (not "now": "it passed after a few minutes, now ok" is how the cramp ended)
    r"|\b(?:today|this\s+morning)\b[^.;!?]{0,25}?\b(?:fine|ok|okay|better|normal|tired"
    r"|looks?\s+(?:the\s+same|normal|fine))\b"
)
_LONG_AGO_RE: Final = re.compile(
    r"\b(?:weeks?|months?|years?)\s+(?:ago|back|before)\b|\blast\s+(?:week|month|year|summer"
    r"|winter|spring|autumn)\b"
)
# Words that bring a story back to now: "now", "again", "tonight".
_BACK_TO_NOW_RE: Final = re.compile(r"\b(?:now|again|this|today|tonight|still|currently)\b")


def _story_goes_on(
    text: str, found: list[Mention], sentences: list[tuple[int, int]], number: int
) -> bool:
    """Whether a mention with no time of its own goes on telling an old story from the
    sentence before ("Years ago I dropped out of a race with cramps. Right calf went first")."""
    if number == 0 or not any(m.kind == "past" and m.clause.sentence == number - 1 for m in found):
        return False
    piece = text[sentences[number][0] : sentences[number][1]]
    return not (_episode_words(piece) or _BACK_TO_NOW_RE.search(piece))


# How a run of cramps began, told after it: "it started 3 nights ago with one at 3am".
_ONSET_RE: Final = re.compile(r"\b(?:started|began|first\s+(?:one|time)|it\s+all\s+started)\b")
# The present simple of what happens each time: "my left thigh cramps up and wakes me", "i stop,
# stand still a minute and it's gone".
_PRESENT_SIMPLE_RE: Final = re.compile(
    r"\b(?:cramps|seizes|locks|tightens|knots|spasms|grabs|wakes\s+me|kicks\s+in|comes\s+on"
    r"|goes\s+(?:again|away|off))\b|\b(?:i|we)\s+(?:just\s+|then\s+|always\s+)?(?:stop|stand|have\s+to"
    r"|need\s+to|wake|sit|rub|stretch|limp|hobble|walk)\b"
    r"|\b(?:it|they)\s+(?:goes|go|comes|stops|eases|passes|starts|happens)\b"
)


def _habit_goes_on(
    text: str, found: list[Mention], sentences: list[tuple[int, int]], number: int
) -> bool:
    """Whether a mention with no time of its own, told in the present simple, goes on with a
    habit from a sentence before ("it's 6 nights out of 7 now. as I'm falling asleep my left
    thigh cramps up and wakes me")."""
    if number == 0:
        return False
    piece = text[sentences[number][0] : sentences[number][1]]
    if _episode_words(piece) or not _PRESENT_SIMPLE_RE.search(piece):
        return False
    # in a list of notes, an item after it tells the habit too ("few questions: 1. after 300 m
    # my calf cramps and i must stop 2. a minute standing and it goes 3. every walk, for months")
    told = sentences[:number] + (sentences[number + 1 :] if _a_list(text) else [])
    return any(m.kind == "habitual" and m.clause.sentence < number for m in found) or any(
        _habitual_sentence(text[start:end]) for start, end in told
    )


# An item of a list: a bullet at a line's or a sentence's start ("- ", "• "), or a number ("1. ",
# "2) "; the first two make a list, on one line too).
_LIST_ITEM_RE: Final = re.compile(
    r"(?:^|(?<=[\n:.;!?]))\s*[-*•·]\s|(?:^|(?<=[\s:.;]))(?P<n>[12])[.)]\s"
)


def _a_list(text: str) -> bool:
    """Whether ``text`` is written as a list (see above): two bullets, or items 1 and 2."""
    items = [m["n"] or "-" for m in _LIST_ITEM_RE.finditer(text, 0, 2_000)]
    return items.count("-") >= 2 or {"1", "2"} <= set(items)


def pregnant(text: str) -> bool:
    """Whether the writer says they are pregnant."""
    return _PREGNANT_RE.search(text) is not None
