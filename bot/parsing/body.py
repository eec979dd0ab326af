"""Which muscle and which side a cramp message names."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Final

# ----------------------------------------------------------------------------- muscle

# "my left", "the weak", "his bad left": whose, and up to two words of which one
_POSS = (
    r"(?:(?:my|the|his|her|your|a)\s+)?(?:(?:left|right|l|r|lt|rt|weak|bad|good|poor|sore|injured"
    r"|affected|other|dodgy|gammy)\s+){0,2}"
)
# The calf as people mixing another language into English name it: "my left pantorrilla"
# (Spanish), "panturrilha" (Portuguese), "mollet" (French), "polpaccio" (Italian), "kuit"
# (Dutch), "łydka" (Polish), "baldır" (Turkish), "betis" (Malay, Tagalog). The warning screen
# places findings on it too.
CALF_IN_OTHER_LANGUAGES: Final = (
    r"pantorrillas?|panturrilhas?|mollets?|polpacci?o?|kuiten?|łydk[ai]|baldır\w*|betis"
)
_MUSCLE_RE = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    # ("the back of both my thighs": "both" before whose, or after)
    rf"(?:(?P<hamstring>backs?[\s-]+of[\s-]+(?:both\s+)?{_POSS}(?:both\s+)?(?:upper\s+)?(?:thighs?"
    r"|upper\s+legs?)"
    r"|hamstrings?|ham\s*-?\s*strings?|biceps\s+femoris|posterior\s+thighs?"
    # "left thigh back side", "my thigh, the back side" (as said in Indian English), "my thigh
    # in the back", "left thigh at the back"
    r"|thighs?,?\s+(?:(?:the\s+|at\s+the\s+|on\s+the\s+)?back\s*-?\s*side"
    r"|(?:in|at)\s+(?:the\s+)?back(?![\s-]+of\b)"
    # "my thigh from behind", "left thigh at the rear" (not "from behind the wheel", "at the rear
    # of the bus"); "behind my left thigh", "the back side of my thigh"
    r"|(?:from\s+)?behind|(?:from|at|in|on)\s+the\s+(?:rear|back))(?![\s-]+(?:of|the|a|an|my|his|her"
    r"|our|their|seat|door|row|wheel|counter|desk|bar)\b)"
    rf"|behind\s+{_POSS}thighs?|(?:back|rear)\s*-?\s*side\s+of\s+{_POSS}thighs?)"
    rf"|(?P<quadriceps>fronts?\s+of\s+(?:both\s+)?{_POSS}(?:both\s+)?(?:thighs?|upper\s+legs?)"
    r"|quadriceps|quadricep|quads?|vastus\s+\w+|rectus\s+femoris|anterior\s+thighs?"
    # "left thigh in front", "my thigh at the front"
    r"|thighs?,?\s+(?:(?:the\s+|at\s+the\s+|on\s+the\s+)?front\s*-?\s*side"
    r"|(?:in|at)\s+(?:the\s+)?front(?![\s-]+of\b)"
    # "my thigh from the front" (not "from the front of the queue")
    r"|from\s+(?:the\s+)?front(?![\s-]+(?:of|row|seat|door|desk)\b))"
    rf"|front\s*-?\s*side\s+of\s+{_POSS}thighs?)"
    rf"|(?P<shin>fronts?\s+of\s+{_POSS}(?:lower\s+legs?|legs?)|shins?|shin\s*bones?"
    r"|tibialis(?:\s+anterior)?)"
    rf"|(?P<calf>backs?\s+of\s+{_POSS}(?:lower\s+)?(?:(?:left|right)\s+)?legs?|calf|calves|calve|gastrocnemius"
    r"|gastroc|soleus|lower\s+legs?|achilles"
    # the calf in the languages people mix into English
    rf"|{CALF_IN_OTHER_LANGUAGES}"
    # "my left leg, the back part", "the back part of my leg"
    rf"|legs?,?\s+(?:the\s+|at\s+the\s+)?back\s+(?:part|side)|back\s+(?:part|side)\s+of\s+{_POSS}legs?)"
    r"|(?P<toes>big\s+toes?|little\s+toes?|pinky\s+toes?|toes?|hallux)"
    rf"|(?P<foot>ball\s+of\s+{_POSS}(?:foot|feet)|bottom\s+of\s+{_POSS}(?:foot|feet)"
    r"|arch(?:es)?\s+of\s+\w+\s+(?:foot|feet)|foot|feet|arch|arches|soles?|instep|heels?"
    r"|plantar)"
    r"|(?P<thigh>inner\s+thighs?|outer\s+thighs?|thighs?|upper\s+legs?|adductors?|groin)"
    # "my left hand fingers", "fretting hand finger": the fingers of the hand named before them
    r"|(?P<fingers>fingers?|thumbs?|pinky\s+finger|index\s+finger|knuckles?|pink(?:y|ie)(?!\s+toe)"
    r"|(?:fretting\s+|picking\s+|writing\s+|bow\s+)?hands?\s+(?:fingers?|thumbs?))"
    r"|(?P<hand>hands?|palms?|wrists?)"
    r"|(?P<arm>forearms?|arms?|biceps?|triceps?|upper\s+arms?)"
    r"|(?P<hip>hips?|hip\s+flexors?|glutes?|gluteus|buttocks?|bum\s+cheek)"
    r"|(?P<neck>back\s+of\s+(?:my\s+|the\s+)?neck|back\s+(?:left\s+|right\s+)?side\s+of\s+(?:my\s+|the\s+)?"
    r"neck|neck|trapezius|traps?)"
    # not "the back part" of a leg named before ("my left leg, the back part (calf)")
    r"|(?P<back>lower\s+back|upper\s+back|middle\s+of\s+my\s+back|back(?![\s-]+of\b)(?!\s+part\b)|lats?|spine"
    r"|shoulder\s+blades?)"
    r"|(?P<stomach>stomach|belly|tummy|abs|abdomen|abdominals?|abdominal\s+muscles?|side\s+of\s+"
    r"my\s+(?:stomach|belly)|obliques?|diaphragm))\b"
)
# Body parts named for something else than the cramp: a stubbed toe, toes pointed in a
# stretch, shoes (heels), "back" as a direction ("went back to sleep", "pulled my toes back").
_NOT_THE_CRAMP_RE = re.compile(
    r"\b(?=[\w'])"  # a match starts a word or "'re": word ends are passed at once
    r"(?:stubb?(?:ed|ing)\s+(?:my\s+)?(?:\w+\s+)?(?:toe|foot)|back[\s-]+to[\s-]+back|(?:toes?|feet)\s+pointed"
    # where a sting or a bite landed: "a wasp stung me on my left toe", "bitten by a spider on
    # my foot", "a bee sting on the sole of my foot" (the leg that cramps after is not that place)
    r"|(?:stung|bitten|bit\s+(?:me|him|her)|(?:bee|wasp|hornet|jellyfish|scorpion|spider|ant|insect"
    r"|bug|snake|mosquito|midge|tick|horsefly|dog|cat)\s+(?:sting|bite)s?)\s+(?:[\w']+\s+){0,3}?(?:on|in|at)\s+"
    r"(?:my|the|his|her)\s+(?:(?:sole|top|back|side|ball|bottom)\s+of\s+(?:my|the|his|her)\s+)?"
    r"(?:(?:left|right|big|little)\s+)?(?:toes?|foot|feet|calf|calves|thighs?|shins?|ankle|heel"
    r"|arch|instep|hands?|fingers?|thumb|arm|leg)"
    r"|point(?:ed|ing)?\s+(?:my\s+)?toes|pull(?:ed|ing)?\s+(?:your|my|the)\s+toes(?:\s+\w+){0,3}"
    r"|(?:on|onto|up\s+on)\s+(?:my\s+)?(?:tip\s*)?toes|in\s+(?:\w+\s+)?heels|wearing\s+heels"
    r"|high\s+heels|heels?\s+(?:down|on\s+the\s+floor)|put\s+my\s+heel"
    # what eases a cramp: "flexed my foot", "flex ur toes to ur knee", "heel down, toes up"
    r"|flex(?:ed|ing)?\s+(?:your|ur|my|the)\s+(?:foot|feet|toes)(?![^.!?]{0,25}\b(?:and|then)\s+(?:it|they"
    r"|my\s+\w+)\s+(?:\w+\s+)?(?:cramp|seiz|lock|spasm|knot))(?:\s+(?:up|back|towards?|to)\b)?"
    r"|toes\s+(?:up|towards?\s+(?:the|my|your|ur)\s+(?:knee|shin|nose|face|head))"
    r"|clip(?:ped|ping)?\s+(?:my\s+)?(?:left\s+|right\s+)?foot\s+(?:back\s+)?(?:in|out)"
    r"|(?:went|go|get|got|going|came|come|coming|comes|fall|fell|drift\w*|lay|lie|lying|laid|sat|sit|put|set"
    r"|headed|head|pulled|drove|walked|turned|way|looking|look|bring|brought|straight|flew|flying"
    r"|right|all\s+the\s+way|\w+ed|years?|yrs?|months?|weeks?|days?|while|ages|time)\s+back(?!\s+of)\b"
    # pushed or put back where it was: "pushed it back", "bent them back"
    r"|(?:push\w*|pull\w*|put|bent|bend\w*|forc\w*|stretch\w*)\s+(?:it|them)\s+back\b(?!\s+of)"
    # returned: "the cramps are back with a vengeance"
    r"|(?:are|is|were|was|'re)\s+back\b(?!\s+of)"
    r"|(?<!lower\s)(?<!upper\s)back\s+(?:to|home|in|into|up|down|then|from"
    r"|out|on|when|later|at\s+(?:work|home)|and\s+forth)\b"
    # a way back: "climbing the ladder back onto the pier" (not "my back through the night")
    r"|(?<!lower\s)(?<!upper\s)(?<!my\s)(?<!his\s)(?<!her\s)(?<!the\s)(?<!our\s)(?<!your\s)"
    r"(?<!their\s)back\s+(?:onto|across|along|aboard|inside|outside|through|towards?|upstairs"
    r"|downstairs|indoors|outdoors|over\s+to)\b"
    # "at 2am back at the tent": a place returned to, not "a cramp in my back at the gym"
    r"|(?<!lower\s)(?<!upper\s)(?<!my\s)(?<!his\s)(?<!her\s)(?<!the\s)(?<!our\s)(?<!your\s)"
    r"(?<!their\s)back\s+at\s+(?:the|my|our|his|her|their|camp|base|school)\b"
    r"|(?:my|the)\s+back\s+(?:door|seat|garden"
    r"|yard)|on\s+my\s+back\b|in\s+the\s+back\s+of\s+my\s+mind"
    # "hands up", "hands on", not the hand that cramped on the wheel or the keys
    r"|hands?\s+(?:on|up|down)(?!\s+(?:the|my)\s+(?:wheel|steering|keys|keyboard|mouse|pen|bars?|handlebars?"
    r"|controller|neck|fretboard)\b)"
    r"|(?:with|using)\s+(?:my\s+)?(?:other\s+)?hands?|other\s+hand|hand\s+(?:it|them)"
    # work done by hand, and the back of an exercise: "hand sewing a zip", "back squats"
    r"|hand[\s-]+(?:sewing|sewn|sew|stitch\w*|wash\w*|writ\w*|made|knit\w*|held|paint\w*)"
    r"|back[\s-]*(?:squats?|extensions?|stroke|rows?|packs?|packing|pedal\w*|flips?)"
    # a tattoo over the back, not the back's muscles: "a full back piece", "my back tattoo"
    r"|back\s+(?:pieces?|tattoos?|tats?)"
    r"|by\s+hand|on\s+the\s+other\s+hand|head\s+to\s+the\s+(?:left|right)|shoulder"
    r"|chest|neck\s+of\s+the\s+woods|arms?\s+(?:of\s+the\s+chair|length)|armchair"
    r"|belly\s+laugh|(?:lay|lying|sleep\w*|slept)\s+on\s+my\s+(?:stomach|belly|side|back)"
    r"|on\s+an\s+empty\s+stomach|stomach\s+(?:bug|flu|virus|upset|ache)|upset\s+stomach"
    # a part denied beside the one that cramped: "it wasn't the toe, it was my calf", "not my
    # foot but my calf", "isn't in the calf this time, it's the hamstring"
    r"|(?:wasn'?t|was\s+not|isn'?t|is\s+not|not)\s+(?:in\s+|on\s+)?(?:my|the)\s+(?:(?:left|right|big"
    r"|little)\s+)?(?:toes?|foot|feet|arch|heel|calf|calves|shins?|thighs?|hamstrings?|hammy|quads?"
    r"|hands?|fingers?|thumb|arm|hip|back|neck)(?:\s+this\s+time)?(?=\s*[,;-]?\s*(?:it\s+was"
    r"|it'?s|but|rather|instead|(?:my|the)\s)))\b"
)
_ON_FEET_RE = re.compile(r"\b(?:on|off)\s+(?:my|his|her|our|their|your)\s+feet\b")
_CHARLEY_RE = re.compile(r"charl(?:e?y|ie)[\s-]*horse|charleyhorse")
_PLURAL_RE = re.compile(
    r"(?:\bmy\s+|^)(?:calves|feet|thighs|shins|hamstrings|quads|legs|lower\s+legs|hammies|hands"
    r"|arms|forearms)\b"
)


def _scan(text: str) -> str:
    scan = _ON_FEET_RE.sub(" ", text) if "feet" in text else text
    return _NOT_THE_CRAMP_RE.sub(" ", scan)


def last_muscle(text: str) -> str | None:
    """The muscle a text names last ("it used to be my calves, now it's the backs of my
    thighs": the thighs)."""
    found = [m.lastgroup for m in _MUSCLE_RE.finditer(_scan(text)) if m.lastgroup is not None]
    return found[-1] if found else None


# A foot or toes the writer moves, named before another muscle: what they were doing, not the
# cramp ("when i pointed my foot the muscle down the front of my shin cramped", "stretching my
# foot down and the front of the shin locked"). Named alone, it stays the cramp's ("pointed
# my foot and it cramped").
_MOVED_BEFORE_RE = re.compile(
    r"\b(?:point|flex|stretch|extend|rotat|circl|wiggl|lift|rais|curl|bend|bent|press|push|tap"
    r"|roll|turn|twist|straighten|splay|scrunch)\w*\s+(?:(?:my|the|your|ur|his|her|one)\s+)?"
    r"(?:(?:left|right|l|r|other)\s+)?$"
)
_MOVED_PARTS: Final = frozenset({"foot", "toes"})
# ... not a foot that will not move: "he can't lift his foot" (its weakness is the story).
_UNABLE_BEFORE_RE = re.compile(
    r"\b(?:can'?t|cannot|couldn'?t|could\s+not|unable\s+to|effort\s+to|hard\s+to|struggl\w*\s+to"
    r"|not\s+able\s+to)\s+(?:\w+\s+)?$"
)


def _moved(scan: str, start: int) -> bool:
    """Whether the foot or toes named at ``start`` are told as moved by the writer."""
    moved = _MOVED_BEFORE_RE.search(scan, max(0, start - 30), start)
    return moved is not None and not _UNABLE_BEFORE_RE.search(
        scan, max(0, moved.start() - 25), moved.start()
    )


# Which part of a thigh named before: "back of it", "the front part", "back of the leg".
_THIGH_PART_RE = re.compile(
    r"\b(?:(?P<back>back|rear|underside)|(?P<front>front))\s+(?:of\s+(?:it|that\s+one|(?:the|my)"
    r"\s+(?:left\s+|right\s+)?(?:thigh|leg|upper\s+leg))|part|side|bit)\b"
    # told on its own after the thigh: "my thigh cramped, from behind", "... from the front"
    r"|\bfrom\s+(?:(?P<behind>behind)|the\s+(?P<ahead>front))\s*(?:[,.;!?]|$)"
)
_THIGH_PARTS: Final = frozenset({"hamstring", "quadriceps"})


def thigh_part(text: str) -> str | None:
    """The part of a thigh ``text`` names ("left thigh ..., back of the thigh": hamstring;
    "the front of it": quadriceps), or None."""
    scan = _scan(text)
    for m in _MUSCLE_RE.finditer(scan):
        if m.lastgroup in _THIGH_PARTS:
            return m.lastgroup
    part = _THIGH_PART_RE.search(scan)
    if part is None:
        return None
    return "hamstring" if part.group("back") or part.group("behind") else "quadriceps"


# The toes told as the place inside a foot cramp: "cramp in my foot, in the toes", "my foot
# cramped at the toes", "toes twisted over each other" (not the toes telling the foot's shape,
# "toes curled under", nor moved to ease it, "pulled my toes back"; not another feeling in them,
# "pins and needles in the toes", "gout in my big toe"; not beside the arch or the sole named as
# the cramp's place, "my arch cramped, toes twisted sideways").
_TOES_PLACE_RE = re.compile(
    r"\b(?:in|at)\s+(?:the|my|his|her|both)\s+(?:(?:left|right|big|little|small|smaller|pinky|baby"
    r"|middle|front|two|three|four|other)\s+){0,2}toes?\b"
    r"|\btoes?\s+(?:\w+\s+)?(?:twist\w*|cross\w*|overlapp\w*)"
)
_OTHER_FEELING_BEFORE_RE = re.compile(
    r"\b(?:gout|pins\s+and\s+needles|tingl\w*|numb\w*|burn\w*|pain|painful|ache|aching|sore"
    r"|bunions?|nails?|cold|blue|white|purple|feel\w*|felt|swell\w*|swollen|neuropathy|chilblains?"
    r"|blisters?|stubb\w*)\b[^.!?;,]{0,25}$"
)
_FOOT_PART_RE = re.compile(r"\b(?:arch|arches|sole|soles|instep|heel|heels|ball\s+of)\b")


def toes_in_the_foot(text: str) -> bool:
    """Whether ``text`` names the toes as the place inside a foot cramp (see above)."""
    scan = _scan(text)
    if _FOOT_PART_RE.search(scan):
        return False
    return any(
        not _OTHER_FEELING_BEFORE_RE.search(scan, max(0, m.start() - 40), m.start())
        for m in _TOES_PLACE_RE.finditer(scan)
    )


def find_muscle(text: str) -> str | None:
    """The muscle a message names first (leg muscles before the rest in the same text); a foot
    or toes the writer moves yields to a muscle named after it (see ``_MOVED_BEFORE_RE``)."""
    scan = _scan(text)
    m = _MUSCLE_RE.search(scan)
    while m is not None and m.lastgroup in _MOVED_PARTS and _moved(scan, m.start()):
        later = _MUSCLE_RE.search(scan, m.end())
        if later is None:
            break
        m = later
    if m is not None and m.lastgroup is not None:
        return m.lastgroup
    if _CHARLEY_RE.search(text):
        return "calf"
    return None


# ------------------------------------------------------------------------------- side

_SIDE = r"(?P<s>left|right|lt|rt|l|r)"
_PART_OF = (
    r"(?:little|big|pinky|baby|middle|second|third|fourth|2nd|3rd|4th|inner|outer|upper|lower"
    r"|index|ring)"
)
_BODY = (
    # "left ring and little finger": two fingers or toes named together
    rf"(?:{_PART_OF}\s+(?:(?:and|&|n|\+)\s+{_PART_OF}\s+)?)?"
    r"(?:leg|legs|calf|calves|calve|foot|feet|thigh|thighs|hamstring|hamstrings|ham|hammy|quad"
    r"|quads|quadriceps|quadricep|shin|shins|toes?|big\s+toe|arch|sole|heel|knee|ankle|one|side"
    r"|sided|lower\s+leg|upper\s+leg|inner\s+thigh|outer\s+thigh|charl(?:e?y|ie)|gastroc"
    r"|achilles|hand|hands|arm|arms|forearm|forearms|hip|hips|glute|glutes|finger|fingers"
    r"|pinky|pinkie|ring\s+finger|biceps?|triceps?|bicep|elbow|shoulder"
    r"|thumb|wrist|back|neck|side\s+of\s+my\s+(?:neck|back|stomach|belly))"
)
_SIDE_RES: Final = (
    re.compile(rf"\b{_SIDE}\b\.?\s*-?\s*{_BODY}\b"),
    re.compile(r"\b(?:on|in|to|of)\s+(?:the|my|his|her)\s+(?P<s>left|right)\b(?!\s+(?:now|away))"),
    re.compile(
        r"\b(?:leg|calf|foot|thigh|shin|side|hamstring|quad|toes?)\s*(?:[,:(=]|-)\s*"
        r"(?:the\s+)?(?P<s>left|right|lt|rt|l|r)\b(?!\s+(?:now|after|away|before|when|then))"
    ),
    re.compile(r"(?:^|[,;(])\s*(?P<s>left|right)\s*(?:[,;.)!]|$)"),
    # a sentence of its own: "calf cramp again 3am ugh. left. gone now"
    re.compile(r"[.!?]\s*(?P<s>left|right)\s*(?:[.!)]|$)"),
    re.compile(r"\b(?P<s>left|right)(?:ie|y)?\s*$"),
    # beside the spine: "the meaty bit about 2 inches left of my spine"
    re.compile(
        r"\b(?P<s>left|right)\s+of\s+(?:my|the|his|her)\s+(?:spine|backbone|belly\s*button|navel"
        r"|tailbone|lower\s+back)\b"
    ),
)
_BOTH_RE = re.compile(
    r"\bboth\b(?!\s+(?:times|of\s+(?:us|them)|days|nights|ways|ways|had|have|got|went|feel|look"
    r"|woke|slept|were|are|did|say|said|get|suffer"
    r"|legs\s+look|look\s+the\s+same))"
    r"|\b(?:each|either)\s+(?:leg|calf|foot|side|thigh)\b|\bbilateral(?:ly)?\b"
    r"|\b(?:left|right)\s+(?:and|&|\+|n|/)\s+(?:right|left)\b|\bl\s*[+&/]\s*r\b"
    r"|\br\s*[+&/]\s*l\b|\ball\s+(?:my\s+)?(?:legs|calves)\b"
    # "my two feet", "the two legs": a pair of the legs' parts with whose before "two" (not "two
    # feet from the bed", a distance, nor "my two little toes")
    r"|\b(?:my|the|his|her|your|both)\s+two\s+(?:legs|calves|feet|thighs|shins|hamstrings|quads"
    r"|ankles|knees|heels|soles|arches|big\s+toes)\b"
)
_TOWARDS_RE = re.compile(
    r"\b(?:head|turn\w*|look\w*|reach\w*|lean\w*|roll\w*|mov\w*|swerv\w*|step\w*|glanc\w*"
    r"|twist\w*|pull\w*"
    # "right" as "all the way": "toes bent right back", "it came right back"
    r"|bent|bend\w*|curl\w*|went|came|com(?:e|es|ing)|go|goes|going|flip\w*|fold\w*|shot|sent)\s+$"
)
_SIDE_NORM: Final = {"left": "left", "lt": "left", "l": "left", "right": "right"}


@lru_cache(maxsize=256)  # the warning screen and the cramp parser both ask, per text
def find_side(text: str) -> str | None:
    if _BOTH_RE.search(text):
        return "both"
    found: set[str] = set()
    for rx in _SIDE_RES:
        for m in rx.finditer(text):
            if _TOWARDS_RE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "turned my head to the right": a movement, not the cramp's side
            found.add(_SIDE_NORM.get(m.group("s"), "right"))
    if len(found) == 2:
        return "both"
    if found:
        return found.pop()
    if _PLURAL_RE.search(_ON_FEET_RE.sub(" ", text) if "feet" in text else text):
        return "both"
    return None


# A place outside the leg with its side or owner: "my left hand", "both arms", "my hands".
_OUTSIDE_THE_LEG_RE = re.compile(
    r"\b(?:(?:left|right|lt|rt|both|my|his|her|the)\s+)+(?:hands?|arms?|forearms?|fingers?"
    r"|thumbs?|wrists?|elbows?|shoulders?|neck|back|hips?|glutes?|stomach|belly|tummy)\b"
)


def leg_side(text: str) -> str | None:
    """The side ``text`` names for the legs, the sides of places outside the leg left out
    ("leg cramps last night, then my left hand": none; "... last night both calves": both)."""
    return find_side(_OUTSIDE_THE_LEG_RE.sub(" ", text))
