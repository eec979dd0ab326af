"""The warning screen: warning signs in any chat message, by concept and in context.

``screen(text)`` reads a message as a clinician would read a note: it finds the concepts of
`lexicon` (a finding such as a size, a colour, a temperature, a sensation, a movement,
urine, a wound or an exposure; a body site; a risk context), reads each in its sentence
(`context`: negated, hypothetical, in the past, someone else's), places each finding on a
body site, and turns what is left into the ids of warning signs of the triage catalogue
(content/<lang>/knowledge/triage.yaml). It never decides a level: the catalogue does.

Where a message names the leg with a finding it cannot place ("my calf looks weird"),
`ask` is set: the bot asks one question with buttons instead of guessing.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Final

from bot.parsing import episode
from bot.parsing.duration import LONG_PHRASE_RE
from bot.parsing.normalise import normalise
from bot.parsing.terms import LONG_DURATION_S, RED_FLAGS
from bot.parsing.triage import context
from bot.parsing.triage.lexicon import (
    BOTTOM_AND,
    BOTTOM_NEXT,
    COLD_THAT_STAYS,
    MEDICINE_NAME,
    PATTERNS,
    SITES,
    TO_THE_LOO,
    triggered,
)

LEG_SITES: Final = frozenset({"leg", "foot"})
RISKS: Final = (
    "journey",
    "surgery",
    "immobile",
    "pregnancy",
    "hormones",
    "cancer",
    "earlier_clot",
)
# Findings the catalogue's clot sign is made of.
_CLOT: Final = ("swollen", "red", "dark", "warm", "veins")
# A colour or temperature of a leg (a blocked artery).
_LIMB: Final = ("cold", "pale", "blue")
_TEMPERATURE: Final = frozenset({"cold", "warm"})
_NEAR: Final = 60  # characters: how far a site may be from its finding in one sentence
_WHOLE_PERSON_RE: Final = re.compile(
    r"\b(?:i\s+(?:feel|felt|am|was|get|got)|i'?m|feel(?:ing)?|felt|it'?s\s+(?:so\s+|really\s+)?"
    r"(?:hot|cold|warm)\s+(?:out|outside|today|here))\b"
)
# A temperature the person feels, told with no part of the body as its subject ("feeling really
# cold tonight and my calves are cramping", "felt so hot after the run"): the whole person's,
# not a leg's, unless a leg follows it ("feeling hot in my left calf").
_PERSON_FEELS_RE: Final = re.compile(
    r"\W*(?:(?:and|but|so|also|just|still|now)\s+)*(?:(?:i|i'?m|im|i\s+am|i\s+was|i'?ve\s+been"
    r"|been)\s+)?(?:(?:feel|felt|feeling|am|was|getting|got)\s+)?(?:(?:really|so|very"
    r"|a\s+bit|quite|super|kinda|all|bloody|freezing|boiling)\s+)*$"
)
_FELT_IN_RE: Final = re.compile(
    r"\s*(?:(?:in|on|at|down|around|through)\s+(?:my|the|his|her)\b"
    # ... or told with a finding only a leg has: "feeling hot and swollen"
    r"|(?:,|and|&)\s*(?:\w+\s+)?(?:swollen|red|puffy|tender|sore|painful|tight|hard|pale|white"
    r"|blue|numb)|\s*to\s+(?:the\s+)?touch)"
)
_PRONOUN_RE: Final = re.compile(
    r"\b(?:it|it'?s|its|skin|the\s+(?:area|spot|muscle|leg|calf|foot))\b"
)
_ONGOING_RE: Final = re.compile(
    # (not a body kept still: "lying still", "stand still", "keep still")
    r"\b(?:(?<!lying\s)(?<!lie\s)(?<!lay\s)(?<!sitting\s)(?<!sit\s)(?<!sat\s)(?<!standing\s)"
    r"(?<!stand\s)(?<!stood\s)(?<!keep\s)(?<!kept\s)(?<!stay\s)(?<!stayed\s)(?<!hold\s)(?<!held\s)still"
    r"|right\s+now|ongoing|for\s+the\s+(?:last|past)|it'?s\s+been|has\s+been"
    r"|have\s+been|keeps?\s+going|keeps?\s+cramping|won'?t\s+(?:stop|ease|release|let\s+go|quit)|is\s+cramping"
    r"|am\s+cramping|i'?m\s+cramping|straight|been\s+going|(?:isn'?t|not|nothing'?s?)\s+helping"
    r"|nothing\s+(?:helps|works|is\s+working)|and\s+counting"
    r"|nothing\s+(?:is\s+|'s\s+)?(?:making|getting)\s+(?:it|them)\s+(?:to\s+)?(?:let\s+go|ease|stop|release)"
    r"|since\s+\w+(?:\s+\w+)?\s+(?:minutes?|mins?|hours?|hrs?)\s+now"
    # second-language English: "cramp since 15 minute, not stop, stretching not help"
    r"|since\s+(?:about\s+|around\s+)?\d+\s*(?:minutes?|mins?|hours?|hrs?)\b(?!\s+ago)"
    r"|not\s+(?:stop|stopping|help|helps|ease|easing|go\s+away|going\s+away|let\s+go)"
    r"|(?:doesn'?t|does\s+not|don'?t)\s+(?:stop|ease|help|go\s+away|let\s+go)"
    # "cramp for an hour now", "more than 1 hour already"
    r"|(?:minutes?|mins?|hours?|hrs?|hour)\s+(?:now|already)(?!\s+(?:ago|gone|fine|ok|better))"
    r"|still\s+(?:\w+\s+)?(?:going|there|cramping|tight|knotted|locked|stuck)\s+after)\b"
)
_AFTERMATH_RE: Final = re.compile(
    r"\b(?:after\s+(?:the|that|a|this|it|last\s+night'?s|this\s+morning'?s)"
    # "since the cramp", not "since the weekend" or "since the op" (no cramp's aftermath)
    r"|since\s+the(?!\s+(?:weekend|week|start|beginning|end|summer|winter|spring|autumn|fall"
    r"|holidays?|new\s+year|christmas|op|operation|surgery|accident|\w+day)\b)"
    r"|from\s+the|afterwards|after\s+it|the\s+(?:next|whole\s+next)\s+day|next\s+day"
    r"|the\s+day\s+after)\b"
)
_EXERTION_RE: Final = re.compile(
    r"\b(?:leg\s+day|run\w*|ran|jog\w*|sprint\w*|climb\w*|stairs|hill\w*|workout|gym|exercis\w*|race"
    r"|swim\w*|swam|lengths|laps|cycl\w*|bike|biking|ride|hik\w*|football|tennis|squash|marathon|\d+k|training"
    r"|game|match|spin|hiit|circuits|bootcamp|crossfit|golf|netball|rugby|hockey|basketball"
    r"|boxing|rowing|danc\w*|aerobics|zumba|(?:5|five|6|six|7|seven)[\s-]a[\s-]side|futsal|footy|soccer"
    r"|cricket|hurling|gaelic|volleyball|badminton|pickleball|skiing|surf\w*"
    # the weights room: "bench press session", "100 pull-ups", "heavy deadlifts"
    r"|bench\s*press\w*|deadlift\w*|squats|pull[\s-]?ups|push[\s-]?ups|chin[\s-]?ups|curls"
    r"|weights|weightlifting|powerlifting"
    # a long walk: "did 30km on the camino", "walked 20 miles"
    # (a distance only with what was done: not "flew 5000 miles")
    r"|camino|pilgrimage|trek\w*|(?:walked|hiked|did|cycled|rode|covered)\s+\d+\s*(?:km|k|miles?)"
    # "did a 20 mile charity walk", "a 30k sponsored hike"
    r"|\d+\s*-?\s*(?:km|k|miles?|mi)\s+(?:\w+\s+)?(?:walk|hike|ride|run|trek|march|swim|cycle)\b"
    # hard physical work: the garden, the spade, lifting, moving house, overdoing it
    r"|garden\w*|digg\w*|dug|spade\w*|shovel\w*|mow\w*|lifting|heavy\s+lifting|moving\s+house"
    r"|yard\s*work|diy|overd(?:id|o|one|oing)"
    # pushed further than usual: "pushing myself extra far on my walker", "walked further
    # than usual"
    r"|push(?:ed|ing)?\s+(?:myself|himself|herself|themselves|it)|overexert\w*|extra\s+far"
    r"|(?:further|farther)\s+than\s+(?:usual|normal|i\s+(?:normally|usually))"
    # heavy things moved: "moving furniture whole day", "lugging boxes up the stairs"
    r"|(?:moving|moved|carry\w*|carried|lugg\w*|haul\w*|shift\w*|lift\w*)\s+(?:\w+\s+){0,2}?"
    r"(?:furniture|boxes|sofas?|couch|settee|beds?|wardrobes?|mattress\w*|sacks|bricks|logs|slabs)"
    # hauling and carrying: "hauled pots all day", "lugging bags of cement", "laying slabs"
    r"|haul\w*|lugg\w*|hoist\w*|bricklay\w*|labou?ring|(?:laying|lifting|shifting|stacking|loading"
    r"|unloading|carrying)\s+(?:\w+\s+)?(?:slabs|bricks|blocks|boxes|bags|crates|sacks|bales|logs"
    r"|pallets|pots|stock|timber)"
    r"|mov(?:e|ed|ing)\s+(?:a|the|some|our|my)\s+(?:\w+\s+)?(?:sofa|couch|furniture|wardrobe|fridge"
    r"|boxes|bed|piano|table|dresser))\b"
)
# Exercise only got ready for or headed to: "packing my gym bag", "about to go for a run".
_PREPARING_RE: Final = re.compile(
    r"\b(?:about\s+to|getting\s+ready\s+for|ready\s+for|before\s+(?:my|a)|on\s+(?:my|the)\s+way"
    r"\s+to|heading\s+(?:to|for|out\s+for)|head\s+(?:to|out\s+for)|pack\w*)"
    r"\s+(?:\w+\s+){0,3}?$"
)
_GEAR_RE: Final = re.compile(r"\s+(?:bag|kit|stuff|gear|clothes|shoes|things)\b")


def _spraying_as_work(r: _Reading) -> bool:
    """Spraying told as a routine of years or weeks, with no sign of an acute poisoning."""
    return _routine(r) and not _acutely_poisoned(r)


def _nerve_poisoned(r: _Reading) -> list[Hit]:
    """What an organophosphate does, told now: two or more of sweating, drooling or streaming
    eyes, twitching, feeling sick or dizzy, being sick ("now sweating, drooling and my calves
    twitch"); not signs told over weeks, nor beside a routine of years unless told as of today
    ("been dipping sheep for years, lately numb feet and cramps" is long contact)."""
    picture = _felt_now(r, "secretions", "twitch", "unwell", "fluid_loss")
    kinds = {h.concept for h in picture}
    if len(picture) < 2 or (len(kinds) < 2 and kinds != {"secretions"}):
        return []
    if _WEEKS_LONG_RE.search(r.text) or (_routine(r) and not _AS_OF_TODAY_RE.search(r.text)):
        return []
    return picture


def _fumes_felt(r: _Reading) -> list[Hit]:
    """What carbon monoxide does, told now: a headache, dizziness, feeling or being sick,
    confusion, breathlessness (not "hungover", nor a question about what it does)."""
    return _felt_now(r, "unwell", "confused", "fluid_loss", "breathless")


def _felt_now(r: _Reading, *concepts: str) -> list[Hit]:
    """Mentions of these concepts felt now: not asked about, not asked as something's effect,
    and with no everyday cause in their sentence (a cold, hay fever, a hangover)."""
    return [
        h for h in r.now(*concepts)
        if not _asked_about(r, h) and not _asked_as_effect(r, h)
        and not _EVERYDAY_CAUSE_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip


def _fumes_of_weeks(r: _Reading) -> bool:
    """Headaches or sickness from fumes told over weeks, or as easing away from home ("headaches
    for weeks that clear when I'm at work"), with no one confused or collapsed now: long
    contact with a toxin (the same day), not a poisoning to call 999 for."""
    weeks = _WEEKS_LONG_RE.search(r.text) or _AWAY_BETTER_RE.search(r.text)
    return bool(weeks) and not r.now("confused")


# Someone the writer treated or rescued: "treated a family with", "we brought in a man with".
_CARED_FOR_RE: Final = re.compile(
    r"\b(?:treated|treating|nursed|nursing|looked\s+after|looking\s+after|brought\s+in|rescued"
    r"|attended|resuscitated|cared\s+for|pulled\s+out|got\s+out|had|saw|seen)\s+(?:a|an|the|two|three|\d+|some|our)?\s*"
    r"(?:\w+\s+){0,2}?(?:patients?|family|families|man|men|woman|women|casualty|casualties|child"
    r"|children|kids?|person|people|lady|guy|bloke|couple|resident|residents)\b"
)
# The writer told as well: "I'm fine", "i feel totally fine".
_WRITER_WELL_RE: Final = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+feel|i\s+felt|feeling)\s+(?:\w+\s+)?(?:fine|ok|okay|well|alright|good)\b"
)
# What burns to make carbon monoxide: "gas heater", "generator", "carbon monoxide".
_FUEL_RE: Final = re.compile(
    r"\b(?:heater|fire|stove|burner|lamp|bbq|barbecue|boiler|generator|genny|engine|running"
    r"|monoxide|charcoal)\b"
)
# Better away from home: "headaches that go when I'm out of the house", "fine at work".
_AWAY_BETTER_RE: Final = re.compile(
    r"\b(?:better|go(?:es)?\s+away|goes|go|gone|clear\w*|ease\w*|lift\w*|fine|disappear\w*|vanish\w*"
    r"|stop\w*)\s+(?:\w+\s+){0,3}?(?:when|whenever|once|if|as\s+soon\s+as)\s+(?:i'?m|i\s+am|we'?re|we\s+are"
    r"|i|we|i\s+get|we\s+get|i\s+go|we\s+go)\s+(?:\w+\s+)?(?:out(?:side)?|away|at\s+work|to\s+work"
    r"|on\s+holiday|on\s+holidays|out\s+of\s+the\s+(?:house|flat|home))\b"
    r"|\b(?:fine|better|ok|okay|gone|clear)\s+(?:\w+\s+)?(?:at\s+work|outside|out\s+of\s+the\s+(?:house"
    r"|flat|home)|away\s+from\s+(?:home|the\s+(?:house|flat))|on\s+holiday)\b"
    r"|\b(?:only|just|always|worse)\s+(?:\w+\s+)?(?:at|when\s+(?:i'?m|we'?re)\s+(?:at\s+)?)\s*home\b"
)
# An everyday cause of streaming eyes, a headache or sickness: "a cold", "hay fever", "a bug".
_EVERYDAY_CAUSE_RE: Final = re.compile(
    r"\b(?:(?:a|the|my|bad|head|chest|heavy|streaming)\s+cold|flu|hay\s*fever|allerg\w*|pollen"
    r"|onions?|migraines?|hangover|hungover|stomach\s+bug|tummy\s+bug|virus|period)\b"
)


def _routine(r: _Reading) -> bool:
    return _ROUTINE_RE.search(r.text) is not None or _WEEKS_LONG_RE.search(r.text) is not None


def _acutely_poisoned(r: _Reading) -> bool:
    return bool(r.now("sweating", "fluid_loss", "breathless", "confused")) or (
        _DROOLING_RE.search(r.text) is not None
    )


def _sprayed_protected(r: _Reading) -> bool:
    """Spraying told with the kit on or with no contact ("in full protective kit, no splashes"),
    with no sign of an acute poisoning and no gap in the kit ("gloves but no mask")."""
    kept_off = _PROTECTED_RE.search(r.text) or _NO_CONTACT_RE.search(r.text)
    return bool(kept_off) and not _UNPROTECTED_RE.search(r.text) and not _acutely_poisoned(r)


_PROTECTED_RE: Final = re.compile(
    r"\b(?:with|in|wearing|wore|had\s+on)\s+(?:(?:the|a|my|his|her|proper|full|all\s+the|all\s+my)\s+)*"
    r"(?:masks?|suit|ppe|gloves|respirator|gear|protective|overalls)\b"
    # "always nitrile gloves when using solvents", "respirator on whenever I spray"
    r"|\b(?:always|nitrile|rubber|latex|chemical)\s+(?:\w+\s+)?(?:gloves|masks?|respirator)\b"
    r"|\b(?:gloves|mask|respirator|ppe)\s+(?:always\s+)?on\s+(?:whenever|every\s+time|when)\b"
)
_UNPROTECTED_RE: Final = re.compile(
    r"\b(?:no|without\s+(?:a|any|my|the)?)\s*(?:masks?|gloves|protection|ppe|respirator|suit)\b"
    r"|\b(?:mask|gloves?|respirator)\s+(?:\w+\s+)?(?:slipped|came\s+off|off|split|tore|leaked|broke)\b"
)


# A spill told as kept off the skin: "it went on my boot not on me".
_KEPT_OFF_SKIN_RE: Final = re.compile(
    r"\bnot\s+on\s+(?:me|my\s+skin|him|her|them)\b|\bnone\s+(?:of\s+it\s+)?(?:on|touched)\s+(?:me|my\s+skin)\b"
    r"|\b(?:went|landed|got|spilt|spilled)\s+(?:all\s+)?(?:on|over)\s+(?:my|the|his|her)\s+(?:boots?|shoes?|wellies"
    r"|gloves|apron|overalls|floor|ground|bench|table|path|patio)\b(?![^.!?]{0,30}?\b(?:through|soaked|skin))"
)
_SPILT_RE: Final = re.compile(r"(?:spilled|spilt|splashed|got)\b")
# Cramps that came after it: "since last night my calves keep cramping", "now my calves".
_SINCE_THEN_RE: Final = re.compile(r"\b(?:since|now|started|keep|keeps|kept|then|after\s+that)\b")
_WASHED_OFF_RE: Final = re.compile(
    r"\b(?:washed|rinsed|wiped|hosed|showered)\s+(?:it|them|the\s+\w+|my\s+\w+)?\s*(?:off|away)\b"
)
# A farm or workshop chemical handled as work: sprays, dips, pesticides, solvents.
_WORK_CHEMICAL_RE: Final = re.compile(
    r"spray|organophosph|pesticid|insecticid|herbicid|sheep\s+dip|weed\s*killer|solvent"
)
# Work done as a routine: "daily", "for many years", "for a living".
_ROUTINE_RE: Final = re.compile(
    r"\b(?:daily|every\s+(?:day|week|season)|for\s+(?:many\s+|some\s+|\d+\s+|a\s+few\s+|several\s+)?"
    r"years|for\s+a\s+living|for\s+work|(?:is|as)\s+my\s+(?:job|trade|work|hobby)|my\s+(?:job|trade"
    r"|hobby)\s+is|as\s+a\s+hobby)\b"
)
# How often something else happens: "peeing constantly", "plays soccer 4 times a week".
_ANOTHER_HABIT_RE: Final = re.compile(
    r"\b(?:pee\w*|wee(?:ing|s|d)?|urinat\w*|eat\w*|sweat\w*|cough\w*|snor\w*|fidget\w*|texting"
    r"|hungry|thirsty|tired|moving|sneez\w*|itch\w*)\s+$"
    # what is eaten or taken, and how often: "eating a dill pickle with lunch every day"
    r"|\b(?:eat\w*|ate|taking|takes|took|drink|drinks)\s+(?:(?!cramp|spasm|charl|pain|hurt"
    r"|ache)[\w'ó]+\s+){1,5}$"
    # what is drunk, and how often: "a glass of red wine with dinner most nights"
    r"|\b(?:have|having|has|had|drinks?|drinking|drank)\s+(?:[\w']+\s+){0,3}?(?:glass(?:es)?|pints?"
    r"|bottles?|cups?|cans?|beers?|wine|coffees?|teas?|shots?|drinks?|drams?|whisk(?:e)?y|cocktails?)"
    r"\s+(?:(?!cramp|spasm|charl|pain|hurt|ache|sore)[\w']+\s+){0,6}$"
    # exercises done, and how often: "I do squats and push-ups every night"
    # (not the stretches done against the cramps: how hard someone has tried)
    r"|\b(?:squats|lunges|push-?ups|press-?ups|sit-?ups|pull-?ups|planks?|burpees|workouts?|weights"
    r"|laps|lengths|reps)\s+(?:(?!cramp|spasm|charl|pain|hurt"
    r"|ache)[\w']+\s+){0,3}$"
    # a remedy and its measure: "my nan swears by a glass every night", "a spoonful nightly"
    r"|\b(?:swears?|swore|swearing)\s+by\s+(?:(?!cramp|spasm|charl|pain|hurt|ache)[\w']+\s+){0,4}$"
    r"|\b(?:a|one|two|a\s+big|a\s+small|half\s+a)\s+(?:glass|cup|mug|spoonful|teaspoon|tablespoon"
    r"|shot|sachet|capful)\s+(?:of\s+[\w']+\s+)?(?:[\w']+\s+){0,2}$"
    r"|\b(?:plays?|playing|trains?|training|runs?|running|swims?|swimming|rides?|riding|cycles?"
    r"|cycling|goes|go|going|dances?|dancing|works?|working|gym|lifts?|lifting|teach\w*|coach\w*"
    # a trade's things used: "uses solvents every day", "handle pesticides daily"
    r"|instruct\w*|uses?|using|handles?|handling)\s+"
    r"(?:(?!cramp|spasm|charl|pain|hurt|ache)[\w']+\s+){0,3}$"
    # where someone or something sleeps or sits, and how often: "the cat sleeps on my legs
    # every night"
    r"|\b(?:sleeps?|sleeping|lies|lying|lays|laying|sits?|sitting|curls?\s+up)\s+(?:on|across"
    r"|against|by|next\s+to|with)\s+(?:(?!cramp|spasm|charl|pain|hurt|ache)[\w']+\s+){0,4}$"
)
# A treatment's schedule: "on the dialysis three times a week", "physio twice a week" (unless
# the cramps come at each one: "get cramps near the end of every session").
_SCHEDULE_RE: Final = re.compile(
    r"\b(?:dialysis|haemodialysis|hemodialysis|physio\w*|chemo\w*|injections?|infusions?"
    r"|appointments?|sessions?|classes|lessons)\s+(?:(?!cramp|spasm|charl|pain|hurt|ache)[\w']+\s+){0,2}$"
)
_EACH_SESSION_RE: Final = re.compile(
    r"\b(?:every|each)\s+(?:single\s+)?(?:session|time|treatment|dialysis|run|class|appointment)\b"
)


def _another_habit(r: _Reading, hit: Hit) -> bool:
    """Whether a frequency ("4 times a week", "constantly") is how often something else is
    done, not how often the leg hurts."""
    if _GETS_UP_FOR_RE.match(r.text, hit.end):
        return True  # "up twice a night to pee": how often they get up for something else
    if _said_before(r, hit, _ANOTHER_HABIT_RE, 60):
        return True
    return _said_before(r, hit, _SCHEDULE_RE, 40) and not _EACH_SESSION_RE.search(
        r.text, *_sentence_span(r, hit)
    )


_GETS_UP_FOR_RE: Final = re.compile(
    r"\s+(?:to|for)\s+(?:a\s+|the\s+)?(?:pee|wee|urinate|loo|toilet|bathroom|lavatory|feed\w*"
    # (and the old words for it: "to spend a penny", "to pass water")
    r"|nurse|change\s+(?:the|him|her)|check\s+on|spend\s+a\s+penny|pass\s+water|make\s+water|piddle"
    r"|tinkle|widdle|empty\s+my\s+bladder)\b"
)


# Signs told over weeks or months, not since a moment today: "since few weeks", "lately".
_WEEKS_LONG_RE: Final = re.compile(
    r"\b(?:since\s+(?:a\s+|the\s+last\s+|the\s+past\s+)?(?:few|couple\s+(?:of\s+)?|some|several|\d+|two"
    r"|three|four)\s+(?:weeks|months)|for\s+(?:the\s+|a\s+)?(?:past\s+|last\s+)?(?:few\s+|couple\s+of\s+"
    r"|some\s+|several\s+|\d+\s+|two\s+|three\s+)?(?:weeks|months)|(?:few|couple\s+of|several|\d+)"
    r"\s+(?:weeks|months)\s+now|lately|these\s+days|for\s+a\s+while\s+now)\b"
)


# A strike that missed ("struck at my boot but missed", "didn't break the skin"), not "didn't
# get a good look at it".
_MISSED_RE: Final = re.compile(
    r"\b(?:missed|didn'?t\s+(?:bite|sting|get\s+(?:me|my|him|her|through)\b|break\s+the\s+skin)"
    r"|no\s+(?:bite\s+)?(?:marks|punctures?|holes))"
)


_MONTH: Final = (
    r"(?:jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|may|june"
    r"|july|august|september|october|november|december)"
)
# A bite or poisoning days ago that a hospital or doctor has already seen to.
_DAYS_AGO_RE: Final = re.compile(
    r"\b(?:once(?!\s+(?:a|every|or|more|again|in\s+a\s+while|per)\b)|last\s+(?:week|month)|(?:\d+|a|two|three|four|five|six|few|couple\s+(?:of\s+)?)\s+"
    r"(?:days|weeks?|months?|years?)\s+(?:ago|back)|the\s+other\s+(?:week|day)"
    # a month or a season gone: "the chest tightness I had in January", "last spring"
    rf"|(?:in|back\s+in)\s+{_MONTH}"
    r"|last\s+(?:year|spring|summer|autumn|fall|winter))\b"
)
_SEEN_TO_RE: Final = re.compile(
    r"\b(?:hospital|er|a\s*&\s*e|a\s+and\s+e|doctors?|docs?|gp|urgent\s+care|clinic|paramedics"
    r"|ambulance|nurse|cardiologist|specialist|consultant)\s+(?:\w+\s+){0,3}?(?:said|says"
    r"|checked|cleared|treated|discharged|kept|gave|observed|monitored|let\s+me\s+go"
    r"|sent\s+me\s+home|told\s+me|put\s+it\s+down\s+to)|\bdry\s+bite"
    r"|\b(?:got|had|given)\s+(?:the\s+)?anti-?venom"
    r"|\bended\s+up\s+in\s+(?:hospital|a\s*&\s*e|the\s+er|icu|intensive\s+care)|\bhospitali[sz]ed"
)


_IN_CARE_RE: Final = re.compile(
    r"\b(?:he|she|they)(?:'?s|'?re|\s+is|\s+are|\s+was|\s+were)?\s+(?:\w+\s+){0,2}?(?:in\s+(?:hospital"
    r"|a\s*&\s*e|a\s+and\s+e|the\s+er|icu|intensive\s+care)\b|being\s+(?:treated|looked\s+after"
    r"|monitored|kept\s+in)|(?:fine|ok|okay|alright|doing\s+(?:ok|okay|fine|well))\s+now)"
)


def _seen_to(r: _Reading) -> bool:
    """A bite or a poisoning days or weeks ago that a hospital has seen to ("bitten last week,
    the ER said it was a dry bite"): over, unless something is new now."""
    return bool(_DAYS_AGO_RE.search(r.text) and _SEEN_TO_RE.search(r.text))


# A test that found nothing: "the mri was clear", "scan came back normal", "did an MRI, it was
# normal"
_CLEAR_TEST_RE: Final = re.compile(
    r"\b(?:mri|scans?|ct|x-?rays?|tests?|bloods?|ultrasound|doppler|ecg|ekg)[\s,]+(?:\w+[\s,]+){0,3}?"
    r"(?:(?:was|were|is|are|came\s+back|all|it\s+was|showed)\s+)?(?:all\s+)?(?:clear|normal|fine|ok"
    r"|okay|negative|nothing)\b"
    r"|\b(?:a|the)\s+(?:clear|normal)\s+(?:mri|scan|ct|x-?ray|test)"
)
# All well again now: "back to normal now", "all fine now", "she's fine now"
_WELL_NOW_RE: Final = re.compile(
    r"\b(?:fine|normal|ok|okay|sorted|better|resolved)\s+(?:again\s+)?now\b|\bback\s+to\s+normal\b"
    # "no pain since", "not had it since", "fine ever since"
    r"|\bno\s+(?:more\s+)?(?:pain|symptoms?|problems?|trouble|episodes?)\s+(?:ever\s+)?since\b"
    r"|\bnot\s+had\s+(?:it|any|one)\s+since\b|\bfine\s+(?:ever\s+)?since\b"
    # "nothing like that since", "none since"
    r"|\b(?:nothing|none)\s+(?:like\s+(?:that|it|this)\s+)?(?:ever\s+)?since\b"
    # a swelling down or settled: "it's gone right down since", "settled down now"
    r"|\b(?:gone|went|going|come|came|calmed|calming|settled|settling)\s+(?:right\s+"
    r"|all\s+the\s+way\s+|back\s+)?down\b(?!\s+(?:to|the|at|into|with|a)\b)"
    r"|\bsettled\s+(?:since|now)\b"
)
_NEW_AGAIN_RE: Final = re.compile(
    r"\b(?:again|since\s+(?:yesterday|today|this|last\s+night)|but\s+now|returned"
    r"|c[oa]me\s+back(?!\s+(?:all\s+)?(?:fine|normal|clear|negative|ok|okay|good)))\b"
)
# A visit or a test told as done: "went to A&E", "got it looked at", "they scanned it", "had an
# ultrasound", "the gp sent me for a doppler"
_CHECKED_RE: Final = re.compile(
    r"\b(?:went|go|gone|been|got\s+taken|rushed|popped)\s+(?:\w+\s+){0,2}?(?:to|into)\s+(?:the\s+|a\s+"
    r"|my\s+)?(?:a\s*&\s*e|a\s+and\s+e|er|hospital|gp|doctors?|docs|urgent\s+care|walk[\s-]?in"
    r"|emergency|minor\s+injuries|clinic|surgery)\b"
    r"|\b(?:got|had|have\s+had|get)\s+(?:(?:it|them|this|that|(?:my|the)\s+\w+|myself)\s+)?"
    r"(?:looked\s+at|checked|scanned|seen\s+to|x-?rayed|tested)\b"
    r"|\b(?:they|doctors?|docs?|gp|nurse|hospital|a\s*&\s*e|er|midwife|physio|paramedics?|medics)\s+"
    r"(?:\w+\s+){0,2}?"
    r"(?:scanned|examined|checked|tested|looked\s+at|did\s+(?:a|an|the|some)|ran\s+(?:a|an|some)"
    r"|sent\s+me\s+for)\b"
    r"|\b(?:saw|seen|see)\s+(?:the|my|a)\s+(?:gp|doctor|doc|nurse|midwife|consultant|specialist)\b"
    r"|\bhad\s+(?:a|an|the|my|some)\s+(?:\w+\s+)?(?:scans?|ultrasound|doppler|ecg|ekg|ct|mri|x-?ray"
    r"|blood\s+tests?|bloods)\b"
)
# A result or a cause the check gave: "no clot", "it was a pulled muscle", "just the heat"
_FOUND_NOTHING_RE: Final = re.compile(
    r"\b(?:ruled\s+out|nothing\s+(?:found|showed(?:\s+up)?|there|wrong)|found\s+nothing"
    r"|clear(?:ed)?\s+(?:of|me)\b|(?:said|says|told\s+me)\s+(?:it\s+was|it'?s|its|i\s+was|i'?m"
    r"|everything\s+(?:was|is))\s+(?:all\s+)?(?:fine|ok|okay|normal|clear))"
)
_CAUSE_TOLD_RE: Final = re.compile(
    r"\b(?:was|it'?s|turned\s+out\s+(?:to\s+be\s+)?|put\s+it\s+down\s+to|diagnosed\s+(?:it\s+as"
    r"|with)|just|only)\s+(?:just\s+|only\s+)?(?:a|an|the|my|some)\s+\w+"
)
# A check still to come: "waiting for the scan", "booked in for an ultrasound"
_AWAITED_RE: Final = re.compile(
    r"\b(?:waiting\s+(?:for|on)|awaiting|booked\s+(?:in\s+)?for|due\s+(?:to\s+have|for)|sent\s+me\s+for"
    r"\s+(?:\w+\s+){1,3}?(?:tomorrow|next|on\s+\w+day)|(?:not|aren'?t|isn'?t)\s+back\s+yet"
    r"|still\s+to\s+(?:have|get))\b"
)


def _over_and_checked(r: _Reading, hits: list[Hit]) -> bool:
    """A sign told as over and checked: told days or weeks ago, seen to or a clear test, and
    well now ("last month he had a bladder problem, A&E did an MRI, it was clear, he's fine
    now"; "chest pain last month, ecg fine, they said reflux, no pain since"); or a visit or a
    test told as done after it, with a clear result or a cause given, and the sign gone since
    or both told ("calf puffed up after the flight. got it looked at, scan clear, no clot. gone
    right down since"; "went to A&E, ECG and CT all clear, it was a pulled muscle"). Not when
    something is back or new, a test is still awaited, or a sign is told after the all-well or
    the check ("fine since, but coughing blood today"; "scan was clear but now it's swollen")."""
    if _NEW_AGAIN_RE.search(r.text) or r.any("worsening"):
        return False
    well = _WELL_NOW_RE.search(r.text)
    if (
        well
        and (_seen_to(r) or (_DAYS_AGO_RE.search(r.text) and _CLEAR_TEST_RE.search(r.text)))
        and all(h.start < well.start() for h in hits)
    ):
        return True
    checked = _CHECKED_RE.search(r.text)
    if checked is None or _AWAITED_RE.search(r.text):
        return False
    after = checked.start()
    clear = any(
        rule.search(r.text, after) for rule in (_CLEAR_TEST_RE, _SCARE_OVER_RE, _FOUND_NOTHING_RE)
    )
    cause = _CAUSE_TOLD_RE.search(r.text, after) is not None
    # the sign told before the visit, or as what it was for: "went to the ER with the chest
    # tightness, ECG and CT all clear"
    taken = context.CLAUSE_END_RE.search(r.text, checked.end())
    told_for = taken.start() if taken else len(r.text)
    return (
        (clear or cause)
        and (bool(well) or (clear and cause))
        and all(h.start < after or h.start < told_for for h in hits)
        and (well is None or well.start() > after)
    )


_ANIMAL_BITTEN_RE: Final = re.compile(
    r"\b(?:dog|cat|horse|pony|pet|puppy|pup|kitten|goat|sheep|cow|lamb)\s+(?:\w+\s+){0,2}?$"
)


def _an_animal_bitten(r: _Reading, hit: Hit) -> bool:
    """ "Our dog got bitten by a brown snake": the vet's, not the writer's (but "my son and the
    dog were bitten": a person too)."""
    if not _said_before(r, hit, _ANIMAL_BITTEN_RE, 30):
        return False
    start, _ = _sentence_span(r, hit)
    return _PERSON_AND_RE.search(r.text, start, hit.start) is None


_PERSON_AND_RE: Final = re.compile(
    r"\b(?:i|me|my\s+(?:son|daughter|husband|wife|partner|kid|child|boy|girl|mum|mom|dad|friend"
    r"|brother|sister)|we|us)\s+(?:and|&)\s+(?:the|my|our)\s+(?:\w+\s+){1,3}$"
)


def _exerted(text: str, start: int, end: int) -> bool:
    """Whether a sentence tells of exercise done, not only got ready for ("getting my gym
    stuff together", "was about to head to the gym")."""
    for m in _EXERTION_RE.finditer(text, start, end):
        before = text[max(start, m.start() - 30) : m.start()]
        if _DENIED_RE.search(before):
            continue  # "haven't done any exercise", "no gym this week"
        if not (_PREPARING_RE.search(before) or _GEAR_RE.match(text, m.end())):
            return True
    return False


# A cause denied just before its word: "no exercise", "haven't done any exercise", "never
# knocked it", "there's no bruise".
_DENIED_RE: Final = re.compile(
    r"\b(?:no|not|never|haven'?t|havent|hadn'?t|hadnt|didn'?t|didnt|without|nor)\b"
    r"(?:\s+[\w']+){0,3}\s*$"
)


_SEVERE_RE: Final = re.compile(
    r"\b(?:severe|excruciating|unbearable|agony|worst|screaming|can'?t\s+(?:walk|move|stand"
    r"|get\s+up)|couldn'?t\s+(?:walk|move|stand)|(?:kept|keep|keeps)\s+falling|unreal)\b"
)
_ACUTE_COLD_RE: Final = re.compile(
    r"\b(?:ice|icy|stone|freezing)[\s-]*cold|icy|cold\s+to\s+(?:the\s+)?touch|colder"
    r"|(?:than|compared\s+(?:to|with))\s+(?:the|my)\s+(?:other|left|right)"
    r"|(?:gone|went|turned|going)\s+(?:\w+\s+)?cold\b"
    # "like ice and won't warm up": cold that stays
    rf"|{COLD_THAT_STAYS}"
)
_NOW_RE: Final = re.compile(
    r"\b(?:still|now|today|since|keeps?|for\s+(?:days|weeks)|can'?t|cannot|won'?t|isn'?t|is|are"
    r"|feels?|am)\b"
)


# Cramps spoken of as "they", or as "it" happening again and again ("it's every night").
def _woken_by_the_leg(r: _Reading, hit: Hit) -> bool:
    """Waking named with the leg in the sentence of a frequency ("twice a week I wake up
    screaming, it feels like my calf is being eaten"); waking for another reason is left out
    by `_woken_by_another`."""
    start, end = _sentence_span(r, hit)
    return bool(_WOKEN_RE.search(r.text, start, end) and _LEG_WORD_RE.search(r.text, start, end))


def _woken_by_another(r: _Reading, hit: Hit) -> bool:
    """A frequency of waking for another reason ("the baby wakes me every night", "I wake
    twice a week to pee"): not the cramps'."""
    clause = _clause_around(r, hit)
    woken = hit.concept == "sleep_loss" or _WOKEN_RE.search(clause)
    # "an alarm every 2 hrs to reheat the heat packs": woken to tend the cramps, their doing
    return bool(woken and _WOKEN_BY_RE.search(clause) and not _CRAMP_CARE_RE.search(clause))


def _clause_around(r: _Reading, hit: Hit) -> str:
    start, end = _sentence_span(r, hit)
    before = _CLAUSE_CUT_RE.split(r.text[start : hit.start])[-1]
    after = _CLAUSE_CUT_RE.split(r.text[hit.end : end])[0]
    return f"{before} {after}"


_WOKEN_BY_RE: Final = re.compile(
    r"\b(?:to\s+(?:pee|wee|the\s+(?:loo|toilet|bathroom)|feed|check)|bab(?:y|ies)|toddler|kids?"
    r"|twins?|son|daughter|children|little\s+one|newborn|teething"
    r"|partner|husband|wife|hubby|snor\w*|dog|cat|neighbou?rs?|alarm|noise|hot\s+flush\w*)\b"
)
_CLAUSE_CUT_RE: Final = re.compile(r"[,;]|\b(?:and|but|plus|also)\b")
# Long ago, not a blow of the last days: "broke it in 2019", "years ago", "as a kid".
_LONG_AGO_RE: Final = re.compile(
    r"\b(?:years?|months?|decades?|(?:19|20)\d\d|as\s+a\s+(?:kid|child|teen\w*)|when\s+i\s+was"
    r"|back\s+in|school|uni|college)\b"
)
# Caring for the cramps themselves (an alarm set to reheat the heat packs): their doing.
_CRAMP_CARE_RE: Final = re.compile(
    r"\b(?:heat\s*packs?|hot\s+water\s+bottles?|rub\w*|massag\w*|stretch\w*|cramp\w*|spasm\w*)\b"
)
_WOKEN_RE: Final = re.compile(r"\b(?:wake|wakes|waking|woke|woken|wakened)\b")
_LEG_WORD_RE: Final = re.compile(
    r"\b(?:legs?|calf|calves|thighs?|feet|foot|toes|hamstrings?|hammy|quads?|shins?)\b"
)
_THEY_RE: Final = re.compile(
    # not people who tell or do: "like they tell us", "they said", "they put me on"
    r"\b(?:they(?!\s+(?:tell|told|say|said|reckon|think|thought|recommend\w*|advise\w*|asked"
    r"|ask|gave|give|put|want|wanted|suggest\w*|reckoned|explained|warn\w*)\b)|them|these"
    r"|those)\b|\b(?:it'?s|its|it\s+(?:happens|comes|starts))\s+(?:\w+\s+)?"
    r"(?:every|each|most|nightly|always)\b"
    # how often then and now, the cramps of the sentence before understood: "last time was once
    # or twice a year, now almost every night"
    r"|\b(?:once|twice|\d+\s+times)\s+(?:or\s+twice\s+)?(?:a|per)\s+(?:year|month|week)\b"
    r"[^.!?]{0,30}\bnow\b"
    # a count of its own: "4th night this week."
    r"|\b(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)\s+(?:time|night|one)\s+this\s+week\b"
)
_EASED_RE: Final = re.compile(
    r"\b(?<!not\s)(?<!hasn't\s)(?<!hasnt\s)(?<!never\s)(?<!to\s)(?<!won't\s)(?<!wont\s)(?<!didn't\s)"
    r"(?<!didnt\s)(?<!making\sit\s)(?<!make\sit\s)(?<!makes\sit\s)(?<!get\sit\s)(?<!help\sit\s)"
    r"(?:eased|let\s+go|went\s+away|passed(?!\s+out)|stopped|fine\s+now|gone\s+now"
    # "it's gone", not "it's gone 2 now" (past two o'clock)
    r"|it'?s\s+gone(?!\s+(?:\d|(?:midnight|noon|half|quarter|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)\b|(?:(?:rock|really|so|very|all|quite|a\s+bit)\s+)?(?:tight"
    r"|hard|swollen|red|numb|cold|white|blue|purple|stiff|rigid|worse|black|dark|pale|weak"
    r"|dead)\b))"
    r"|all\s+ok\s+now|ok\s+now|better\s+now|finally\s+(?:let|went|stopped|eased|released)"
    # "after a couple of minutes it relaxed by itself", "released on its own"
    r"|(?:relaxed|released|loosened|unlocked|settled)\s+(?:by\s+itself|on\s+its\s+own|in\s+the\s+end)"
    r"|(?:then|after\s+that)\s+(?:it\s+was\s+|it'?s\s+|was\s+)?(?:fine|ok|okay|normal|gone))\b"
)
_PERSONAL_RE: Final = re.compile(
    r"\b(?:i|i'?m|i'?ve|my|me|on|taking|take|takes|took|started|put|went|been|upped|since"
    r"|he|she|his|her)\b"
)
_ALL_DAY_RE: Final = re.compile(r"\ball\s+day\b")
_LASTING_RE: Final = re.compile(
    # (not a rate: "walking 2km a day now")
    r"\b(?:for\s+(?:\w+\s+)?(?:days|weeks)|(?<!\ba\s)(?<!per\s)(?<!each\s)(?<!every\s)(?:days?|weeks?)\s+now"
    r"|won'?t\s+(?:go|ease|stop|quit"
    r"|let\s+up)|(?:not|isn'?t|doesn'?t\s+feel\s+like|unlike)\s+(?:\w+\s+){0,5}?(?:a\s+)?(?:normal"
    r"|usual|regular|typical|ordinary)\s+(?:cramp|charley)|keeps?\s+(?:coming\s+back|hurting"
    r"|aching)|constant\w*|getting\s+worse|more\s+each\s+day|hasn'?t\s+(?:gone|eased|stopped)"
    r"|all\s+week|since\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+flight"
    r"|i\s+(?:got\s+back|landed|flew)"
    # since a risk context told before: "hip op 2 weeks ago, calf achy ever since"
    r"|(?:the|my)\s+(?:op|operation|surgery|c-?section|caesarean|birth|delivery))"
    # (a pain, not cramps that keep coming nor all well: "been cramping at night ever since",
    # "been fine ever since")
    r"|(?:been|has\s+been|have\s+been)\s+(?:\w+\s+){0,3}?(?:ach\w*|sore|pain\w*|hurt\w*|throb\w*"
    r"|tight|tender|swollen|killing\s+me)\s+(?:\w+\s+){0,2}?ever\s+since)\b"
)
_ONSET_RE: Final = re.compile(
    r"\b(?:first|then|before|started|within|until|till|and\s+then|next\s+(?:thing|minute|second)"
    r"|before\s+i\s+knew\s+it|moments?\s+later|seconds\s+later)\b"
)
# Not after a denial: "i wasnt lying on it", "not sitting on it" (both position patterns).
_UNDENIED: Final = r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)"
# Sat on something hard for long, told as the cause (not "like sitting on ice", "not from
# sitting").
_SEAT_PRESSED_RE: Final = re.compile(
    r"\b(?<!like\s)(?<!not\s)(?<!not\sfrom\s)(?<!isn't\sfrom\s)(?<!isnt\sfrom\s)(?:sitting|sat)\s+"
    r"(?:on|in|through|for)\s+"
    # ... or the seat named: "after 5 hours on a hard wooden bench"
    r"|\b(?:on|in)\s+(?:a|the|those|these)\s+(?:\w+\s+){0,2}?(?:bench(?:es)?|bleachers|pews?|stools?"
    r"|saddle|bike\s+seat|toilet|loo)\b"
)
_NO_BEFORE_RE: Final = re.compile(r"\bno\s+$")
_POSITIONAL_RE: Final = re.compile(
    rf"\b{_UNDENIED}(?:sitting|sat|cross[\s-]?legged|kneeling|knelt|kneeled|kneel|kneels"
    r"|lying\s+on|slept\s+on|squatting|sit\s+(?:with|on|in)|legs?\s+crossed|crossed\s+(?:my\s+)?legs)\b"
)


@dataclass(frozen=True, slots=True)
class Hit:
    """One mention of a concept, read in its sentence."""

    concept: str
    start: int
    end: int
    sentence: int
    person: context.Who
    site: str | None = None


@dataclass(frozen=True, slots=True)
class Screening:
    """What the screen found: catalogue sign ids (in the order found), risk contexts named,
    whether to ask about a leg finding, whether every sign is someone else's, and the
    findings (concepts) that stand (for the cramp parser's red flags)."""

    signs: tuple[str, ...] = ()
    risks: tuple[str, ...] = ()
    ask: bool = False
    other: bool = False
    findings: frozenset[str] = frozenset()
    leg_findings: frozenset[str] = frozenset()


NOTHING: Final = Screening()


@dataclass
class _Reading:
    """Every concept of one message, split by what its context says."""

    text: str
    bounds: context.Sentences
    current: dict[str, list[Hit]] = field(default_factory=dict)
    past: dict[str, list[Hit]] = field(default_factory=dict)
    supposed: dict[str, list[Hit]] = field(default_factory=dict)

    def now(self, *concepts: str, sites: Iterable[str] | None = None) -> list[Hit]:
        """Current, not negated mentions of these concepts (on these sites, if given)."""
        current = self.current
        if current.keys().isdisjoint(concepts):
            return []  # most concepts asked for are not in a message: the usual answer
        found = [h for c in concepts if c in current for h in current[c]]
        if sites is None or not found:
            return found
        wanted = frozenset(sites)
        return [h for h in found if h.site in wanted]

    # (a concept is a key only with a mention: its list is never empty)
    def any(self, *concepts: str) -> bool:
        return not self.current.keys().isdisjoint(concepts)

    def ever(self, *concepts: str) -> bool:
        """Named at all, now or in the past (risk contexts)."""
        return not (
            self.current.keys().isdisjoint(concepts) and self.past.keys().isdisjoint(concepts)
        )

    def sentences_with(self, pattern: re.Pattern[str]) -> set[int]:
        """The numbers of the sentences in which `pattern` occurs."""
        return {
            number
            for number, (start, end) in enumerate(self.bounds.bounds)
            if pattern.search(self.text, start, end)
        }

    def same_sentence(self, a: Iterable[Hit], *concepts: str) -> list[Hit]:
        """Mentions of `a` with a current mention of one of `concepts` in their sentence."""
        sentences = {h.sentence for c in concepts for h in self.current.get(c, ())}
        return [h for h in a if h.sentence in sentences]


_THAN_BEFORE_RE: Final = re.compile(
    r"\bthan\s+(?:my|the|his|her|your)\s+(?:other\s+)?(?:\w+\s+)?$"
)


_FEELER_BEFORE_RE: Final = re.compile(
    r"\b(?:under|with|against|beneath)\s+(?:my|the|his|her|your)\s+$"
)
_HAND_RE: Final = re.compile(r"(?:hands?|palms?|fingers?|fingertips?)\b")


def _sites(text: str, bounds: context.Sentences) -> list[tuple[int, str, int]]:
    """(position, kind, sentence) of every body site named."""
    found = []
    for m in SITES.finditer(text):
        if _THAN_BEFORE_RE.search(text, max(0, m.start() - 25), m.start()):
            continue  # the one compared with: "my eyes are more swollen than my leg"
        if _FEELER_BEFORE_RE.search(text, max(0, m.start() - 15), m.start()) and _HAND_RE.match(
            text, m.start()
        ):
            continue  # the hand that felt it: "warm under my hand"
        kind = m.lastgroup or "body"
        found.append((m.start(), kind, bounds.index(m.start())))
    return found


def _place(
    hit_start: int,
    sentence: int,
    sites: list[tuple[int, str, int]],
    default: str | None,
    text: str,
    bounds: context.Sentences,
) -> str | None:
    """The body site a finding is on: the nearest site in its sentence; else, when the
    sentence points back ("it", "the skin"), the last site named before it; else the
    message's default (the leg, when the message is about a leg or a cramp)."""
    near = [(abs(pos - hit_start), kind) for pos, kind, s in sites if s == sentence]
    near = [item for item in near if item[0] <= _NEAR] or near
    if near:
        return min(near)[1]
    start, end = bounds.bounds[sentence]
    if _PRONOUN_RE.search(text, start, end):
        earlier = [kind for pos, kind, s in sites if pos < hit_start]
        if earlier:
            return earlier[-1]
    return default


_ORDER: Final = {concept: n for n, concept in enumerate(PATTERNS)}


def _read(text: str) -> _Reading:
    bounds = context.sentences(text)
    cues = context.experiencers(text)
    sites = _sites(text, bounds)
    leg_message = any(kind in LEG_SITES for _, kind, _ in sites) or bool(
        PATTERNS["cramp"].search(text)
    )
    # A message naming no body part at all is about the leg ("red and hot"), unless it is
    # about how the writer feels ("I feel hot").
    bare = not sites and not _WHOLE_PERSON_RE.search(text)
    default = "leg" if leg_message or bare else None
    reading = _Reading(text, bounds)
    present = triggered(text)
    # "is chest pain with a cramp ever serious? asking generally, i dont have any": what the
    # question names before the writer says they have none of it
    denial = _ASKING_GENERALLY_RE.search(text) if "?" in text else None
    asked_generally = denial.start() if denial else 0
    # what happened to someone on a screen: "watching casualty and some bloke got bitten"
    screen_ends = context.screen_ends(text)
    for concept in sorted(present, key=_ORDER.__getitem__):  # in the lexicon's order
        for m in PATTERNS[concept].finditer(text):
            number = bounds.index(m.start())
            span = bounds.bounds[number]
            if (
                # (a child is who is there, not a finding to deny: "didn't notice my 3 year old
                # had been into it")
                (concept != "child" and context.negated(text, m.start(), m.end(), span[0]))
                or context.treated(text, m.start(), span[0])
                or context.of_a_thing(text, m.start(), span[0])
                or (
                    concept in _TEMPERATURE
                    and context.of_the_surroundings(text, m.start(), m.end(), span[0])
                )
                or context.a_figure(concept, text, m.start(), m.end(), span[0])
                or (concept == "swollen" and _same_size(m.group()))
            ):
                continue
            site = _place(m.start(), number, sites, default, text, bounds)
            if concept in _TEMPERATURE and _felt_all_over(text, m.start(), m.end(), span[0]):
                site = "body"
            person = context.who(cues, m.start())
            if person == "animal":
                continue  # a vet's patient ("my dogs back leg is swollen"): no person's sign
            hit = Hit(concept, m.start(), m.end(), number, person, site)
            if (
                context.on_screen(text, screen_ends, m.start(), span)
                or context.hypothetical(text, m.start(), span[0])
                or (asked_generally and m.start() < asked_generally)
            ):
                reading.supposed.setdefault(concept, []).append(hit)
            elif context.historical(text, m.start(), span):
                reading.past.setdefault(concept, []).append(hit)
            else:
                reading.current.setdefault(concept, []).append(hit)
    return reading


def _same_size(found: str) -> bool:
    """Two measures told ("41cm, the left one is 37cm") less than 2 cm apart: the same size."""
    sizes = [float(n) for n in _CM_RE.findall(found)]
    return len(sizes) == 2 and abs(sizes[0] - sizes[1]) < 2


_CM_RE: Final = re.compile(r"\b(\d{2}(?:\.\d)?)\s*cm\b")
_ASKING_GENERALLY_RE: Final = re.compile(
    r"\?\s*(?:(?:just|only)\s+)?(?:asking|wondering|curious)\s+(?:generally|in\s+general"
    r"|hypothetically|out\s+of\s+(?:interest|curiosity)|for\s+(?:general\s+)?(?:interest|knowledge))\b"
    r"|\?\s*(?:i|i'?ve)\s+(?:don'?t|do\s+not|dont|haven'?t|have\s+not)\s+(?:got\s+)?(?:any|it|that"
    r"|them|this|those)\b"
)


def _felt_all_over(text: str, start: int, end: int, sentence_start: int) -> bool:
    """Whether a temperature is how the person feels, not a leg (`_PERSON_FEELS_RE`)."""
    clause_start = max(sentence_start, text.rfind(",", 0, start) + 1)
    told = text[clause_start:start]
    if not _PERSON_FEELS_RE.fullmatch(told) or _FELT_IN_RE.match(text, end):
        return False
    if _I_RE.search(told):
        return True
    # with no "I", only at the sentence's start: after a comma, the leg may go on being the
    # subject ("right calf aching, felt warm")
    return clause_start == sentence_start and bool(
        _FEELING_WORD_RE.search(told) or _FEELING_WORD_RE.match(text, start, end)
    )


_I_RE: Final = re.compile(r"\b(?:i|i'?m|im|i'?ve)\b")
_FEELING_WORD_RE: Final = re.compile(r"\b(?:feel|felt|feeling)\b")


class _Signs:
    """Sign ids found so far and the mentions behind them."""

    def __init__(self) -> None:
        self.ids: list[str] = []
        self.behind: list[Hit] = []

    def add(self, sign: str, hits: Iterable[Hit]) -> None:
        if sign not in self.ids:
            self.ids.append(sign)
        self.behind.extend(hits)


# The findings each group of signs is made of: every sign of `_emergency`, `_today` (but the
# long cramp) and `_book` needs one of its group's findings named now (a risk context, a
# statin or a new medicine also in the past). Most messages name only a cramp: they pass at
# once. (A new sign adds its findings here.)
_EMERGENCY_FINDINGS: Final = frozenset(
    {"breathless", "chest_pain", "cough_blood", *_LIMB, "numb", "cant_move", "tingle"}
    | {"bladder", "urgency", "both_legs", "dark_urine", "jaw", "wound", "poison", "bite"}
    | {"tablets_gone", "creature_found", "unknown_bite", "spray_exposure", "ear_ring"}
    | {"worsening", "cast", "no_sweat", "confused", "pesticide", "co_source", "co_leak"}
)
_TODAY_FINDINGS: Final = frozenset(
    {*_CLOT, *RISKS, "statin", "wound", "unknown_bite", "exposure", "fever", "numb", "weak"}
    | {"co_leak", "co_source"}
    | {"cant_move", "spread_cramp", "thyroid_op", "child", "fluid_loss", "sweating"}
)
_TODAY_PAST: Final = (*RISKS, "statin")
_BOOK_FINDINGS: Final = frozenset(
    {"frequent", "no_help", "sleep_loss", "walking", "new_medicine", "tingle", "numb"}
    | {"wasting", "twitch", "drinking", "tender", "weak"}
)


def _emergency(r: _Reading, out: _Signs) -> None:
    if r.current.keys().isdisjoint(_EMERGENCY_FINDINGS):
        return
    breath = [
        h for h in r.now("breathless")
        if (not _exerted(r.text, *_sentence_span(r, h)) or r.any("sudden")
            or r.now(*_CLOT, sites=LEG_SITES)  # with a clot's signs in the leg
            # or a clot's risk and a leg that aches ("since the long bus ride my calf aches and
            # on the stairs i have no air")
            or (_risks(r) and _one_leg_aches(r))
            or _AT_REST_RE.match(r.text, h.end)
            or _NOT_SETTLING_RE.search(r.text, *_sentence_span(r, h)))
        and not _breath_held_by_cramp(r, h) and not _not_lung(r, h)
        and not _caught_at_once(r, h)
    ]  # fmt: skip
    chest = [
        h for h in r.now("chest_pain")
        if not (_CLUTCH_RE.match(r.text, h.start) and _not_lung(r, h))
        and not _explained_catch(r, h, breath) and not _gone_with_the_effort(r, h, breath)
    ]  # fmt: skip
    lung = [*chest, *r.now("cough_blood"), *breath]
    # "do cramps ever cause chest pain?": asked about, not felt
    # (nor told as over and checked: "chest pain last month, A&E said reflux, none since")
    lung = [h for h in lung if not _asked_about(r, h)]
    if lung and not _over_and_checked(r, lung):
        out.add("clot_lung", lung)
    limb = r.now(*_LIMB, sites=LEG_SITES)
    limb = [h for h in limb if h.concept != "cold" or _acute_cold(r, h, limb)]
    limb = [h for h in limb if not _recovered(r, h) and not _flushed(r, h)]
    limb = [h for h in limb if not _on_the_surface(r, h)]
    limb = [h for h in limb if not _bruise_of_a_knock(r, h) and not _in_the_urine(r, h)]
    limb = [h for h in limb if not _face_gone_pale(r, h)]
    if limb and (not _chronic_unchanged(r, limb) or _NOT_COMING_BACK_RE.search(r.text)):
        out.add("cold_leg", limb)
    numb_still = r.now("numb", sites=LEG_SITES)
    stuck = [h for h in r.now("cant_move", sites=LEG_SITES) if not _during_cramp(r, h)]
    # numb and not moving, come on over days ("in the last 3 days my foot has gone floppy, I
    # can't lift the toes, the top feels numb"): new weakness (today), not a sudden blocked artery
    gradual = (
        bool(r.same_sentence(stuck, "lasting", "chronic")) or _OVER_A_DAY_RE.search(r.text)
    ) and not r.any("sudden")
    if numb_still and stuck and not gradual:
        out.add("cold_leg", [*numb_still, *stuck])
    # a foot that won't move at all, suddenly ("after the cramp my foot won't move, i can't
    # move my toes at all"): not a weak leg (today) but one that has stopped (a blocked artery)
    complete = [h for h in stuck if _COMPLETE_RE.search(r.text, *_sentence_span(r, h))]
    if complete and not gradual and not _chronic_unchanged(r, complete):
        out.add("cold_leg", complete)
    abrupt = [h for h in r.now("sudden") if _ABRUPT_RE.match(r.text, h.start)]
    numb_now = [h for h in numb_still if not _with_the_cramp(r, h)]
    if abrupt and numb_now and r.same_sentence(numb_now, "sudden"):
        out.add("cold_leg", numb_now)  # a leg suddenly numb: a blocked artery until shown not
    # numbness of the seat that went once they stood or walked ("bum was numb by the end of
    # the drive but fine after I walked about"): the pressure of sitting, not the nerves
    saddle = [
        h for h in r.now("numb", "tingle")
        if (h.site == "bottom" or _seat_too(r, h)) and not _recovered(r, h)
        and not _known_deficit(r, h)
    ]  # fmt: skip
    # a bottom numb from a hard seat, nothing else of the nerves told: "bum went completely
    # numb sitting on the hard benches at the match"
    # ("no back pain" is no back)
    back = any(not _NO_BEFORE_RE.search(r.text, 0, m.start()) for m in _SPINE_RE.finditer(r.text))
    if saddle and not r.any("bladder", "urgency", "weak", "cant_move") and not back:
        saddle = [h for h in saddle if not _SEAT_PRESSED_RE.search(r.text, *_sentence_span(r, h))]
    # beside a muscle sign, the saddle, or the back ("since my back went I can't tell when I
    # need the loo")
    beside = r.now("cramp", "numb", "weak", "pain") or saddle or _SPINE_RE.search(r.text)
    bladder = r.now("bladder") if beside else []
    if not saddle:  # "can barely pee these days": long-standing, unless it is new now
        bladder = [h for h in bladder if not _chronic(r, [h]) or _acute_in(r, h)]
    urgency = r.now("urgency")
    spine = urgency and (saddle or _SPINE_RE.search(r.text) or r.now("both_legs"))
    if spine and not _URGE_EXPLAINED_RE.search(r.text):
        bladder += urgency  # a new urge to go, beside the back: the nerves
    muscle = r.now("pain", "weak", "cramp", "stiff", "tender", "cant_move")
    if not muscle and r.now("injury"):
        muscle = r.now("swollen")  # "pinned under the quad bike ... thigh massively swollen"
    urine = [h for h in r.now("dark_urine") if not _urine_coloured_by_food(r, h)]
    # the dark colour denied inside the mention: "urine is clear not dark", "pee wasnt brown"
    urine = [h for h in urine if not _COLOUR_DENIED_RE.search(r.text, h.start, h.end)]
    # dark once, clear again after drinking, with no pain or weakness now: "drunk loads of water
    # since, it's back to pale straw and I feel fine" (the fluid lost, not the muscles)
    if urine and _URINE_CLEARED_RE.search(r.text, urine[-1].end):
        # (stiff the day after, going down the stairs, is not the muscles breaking down)
        sore = [
            h for h in r.now("pain", "weak", "tender", "cant_move")
            if not r.text.startswith("stiff", h.start)
        ]  # fmt: skip
        urine = urine if sore else []
    if urine and muscle:
        out.add("dark_urine_severe", urine)  # muscle breakdown: however the pain is put
    both = r.same_sentence(r.now("weak", "numb", "cant_move"), "both_legs")
    if both and not (r.any("worsening", "spreading") or abrupt or _SEVERE_RE.search(r.text)):
        both = []
    # worse slowly over months or a year, nothing new of late: wasting to book, not the nerves
    both = [h for h in both if not _slowly_over_months(r, h)]
    if "dark_urine_severe" in out.ids:
        both = []  # weak legs with dark urine are the muscles, not the nerves
    elif (
        both
        and r.now("statin")
        and all(h.concept == "weak" for h in both)
        and len(r.same_sentence(both, "pain", "tender")) == len(both)
    ):
        both = []  # weak and aching on a statin: the muscles (the statin's item), not the nerves
    sciatica = [  # sciatica in both legs: the nerves of both, whatever else is said
        h
        for h in r.same_sentence(r.now("pain"), "both_legs")
        if r.text.startswith("sciatic", h.start)
    ]
    both += sciatica
    if (saddle or bladder or both) and not _over_and_checked(r, [*saddle, *bladder, *both]):
        out.add("cauda_equina", [*saddle, *bladder, *both])
    wound, jaw = _wounds(r), r.now("jaw")
    lockjaw = [h for h in jaw if "jaw" in r.text[h.start : h.end]]
    if not wound:  # a jaw stiff from the teeth: "stiff in the mornings because I grind my teeth"
        lockjaw = [h for h in lockjaw if not _DENTAL_RE.search(r.text, *_sentence_span(r, h))]
    stiff = [h for h in r.now("stiff") if h.concept != "cramp"] if wound else []
    # stiffness told as over: "legs were stiff after the walk but fine now"
    stiff = [h for h in stiff if not _FINE_NOW_RE.search(r.text, h.end, _sentence_span(r, h)[1])]
    if lockjaw or (wound and (jaw or stiff)):
        out.add("tetanus", [*jaw, *stiff, *wound])
    bites = [
        h for h in r.now("bite")
        if not _MISSED_RE.search(r.text, *_sentence_span(r, h)) and not _an_animal_bitten(r, h)
    ]  # fmt: skip
    # a child and tablets gone ("didn't notice my 3 year old had been into it"); or someone who
    # cannot keep count of their own ("Nan's got Alzheimer's ... found her quinine box empty"),
    # or who is drowsy or being sick beside it
    gone = r.now("tablets_gone")
    if gone and not (r.ever("child") or _CANNOT_KEEP_COUNT_RE.search(r.text)):
        gone = []
    if gone and (_USED_UP_RE.search(r.text) or _ALL_THERE_RE.search(r.text)):
        gone = []  # "chewing on my old tablet box, dont panic, it was empty, i finished them"
    # a scorpion or spider found in a shoe or the bed, and pain, tingling or spreading there
    felt = r.now("pain", "tingle", "numb", "swollen", "spread_cramp", "worsening")
    found = r.now("creature_found") if felt else []
    # spraying as the work of years or weeks ("spraying pesticides daily for many years"),
    # with no sign of acute poisoning: long contact with a toxin, not a poisoning today
    poisons = r.now("poison")
    # a spill that never reached the skin: "it went on my boot not on me"
    if not _acutely_poisoned(r):
        poisons = [
            h for h in poisons if not _KEPT_OFF_SKIN_RE.search(r.text, *_sentence_span(r, h))
        ]
    # a spill washed off at once, nothing else felt: contact with a toxin, the same day when
    # cramps follow ("spilled paint thinner on my legs, washed it off, calves cramping since")
    washed = [] if _acutely_poisoned(r) or r.now("unwell") else [
        h for h in poisons if _SPILT_RE.match(r.text, h.start)
        and _WASHED_OFF_RE.search(r.text, h.end, _sentence_span(r, h)[1])
    ]  # fmt: skip
    if washed:
        poisons = [h for h in poisons if h not in washed]
        since = [
            c for c in r.now("cramp", "twitch")
            if c.start > washed[0].end and _SINCE_THEN_RE.search(r.text, *_sentence_span(r, c))
        ]  # fmt: skip
        if since:
            out.add("toxin_exposure", washed)
    sprays = [h for h in poisons if _WORK_CHEMICAL_RE.search(r.text, h.start, h.end)]
    if sprays and _sprayed_protected(r):  # "in full protective kit like always, no splashes"
        poisons = [h for h in poisons if h not in sprays]
    elif sprays and _spraying_as_work(r):
        poisons = [h for h in poisons if h not in sprays]
        if sprays := [h for h in sprays if not _theirs_not_mine(r, h)]:
            out.add("toxin_exposure", sprays)
    poison = [*poisons, *bites, *gone, *found]
    # someone else's, already in hospital or fine now: "my brother got bitten by an adder,
    # he's in hospital and fine now, i just have achy calves"
    poison = [h for h in poison if h.person != "other" or not _IN_CARE_RE.search(r.text)]
    # a patient's poisoning the writer treated, the writer well: "paramedic here, we brought in a
    # man with CO poisoning last night, i feel fine"
    if _WRITER_WELL_RE.search(r.text):
        poison = [h for h in poison if not _CARED_FOR_RE.search(r.text, *_sentence_span(r, h))]
    # fumes of a fire or a boiler told over weeks ("the gas fire has sooty marks and we've all
    # had headaches for weeks"): long contact with a toxin, the same day
    if poison and _fumes_of_weeks(r):
        fumes = [h for h in poison if _FUEL_RE.search(r.text, h.start, h.end)]
        poison = [h for h in poison if h not in fumes]
        if fumes:
            out.add("toxin_exposure", fumes)
    if poison and not _seen_to(r):
        out.add("poisoning", poison)
    unseen = r.now("unknown_bite")
    if _EXERTION_RE.search(r.text):  # "something hit my shin in the match": a ball, a stick
        unseen = [h for h in unseen if not _STRUCK_RE.match(r.text, h.start, h.end)]
    if unseen and (r.now("creature") or _MARKS_RE.search(r.text)):
        out.add("poisoning", unseen)  # "something bit me ... it was a brown snake"
    elif unseen:
        sweat = [] if _EXERTION_RE.search(r.text) or r.ever("heat") else r.now("sweating")
        trunk = [h for h in r.now("cramp", "stiff", "tight") if h.site == "body"]
        if body_wide := [*r.now("spread_cramp"), *sweat, *trunk]:
            out.add("poisoning", [*unseen, *body_wide])  # a bite, then a body-wide reaction
    # crops sprayed without protection, then twitching, sweating or drooling: poisoning; then
    # cramps alone: contact with a toxin (not with a mask and suit on, or long before)
    sprayed = [h for h in r.now("spray_exposure") if not _SPRAYED_SAFELY_RE.search(r.text)]
    # "spraying the roses" alone may be water: a chemical named, smelt or unprotected counts
    chemical = bool(sprayed) and _CHEMICAL_CUE_RE.search(r.text) is not None
    if sprayed and _DROOLING_RE.search(r.text):
        out.add("poisoning", sprayed)
    elif (
        sprayed
        and chemical
        and (poisoned := r.now("twitch", "sweating", "spread_cramp"))
        and not _WEEKS_LONG_RE.search(r.text)
    ):
        out.add("poisoning", [*sprayed, *poisoned])
    elif sprayed and chemical and r.now("twitch", "sweating", "spread_cramp", "cramp"):
        # signs told over weeks ("since few weeks cramps and some twitching"): long contact
        out.add("toxin_exposure", [*sprayed, *r.now("twitch", "cramp")])
    elif (
        sprayed
        and chemical
        and (cramps := [h for h in r.now("cramp") if not _asked_as_effect(r, h)])
    ):
        out.add("toxin_exposure", [*sprayed, *cramps])
    # an insecticide or sheep dip on the skin or breathed in, told by what it does rather than
    # as a poisoning ("sheep dip soaked into my boots this morning, now sweating, drooling,
    # eyes streaming, legs twitching"): poisoned, unless the signs are of weeks
    contact = [h for h in r.now("pesticide") if not _ahead(r, h)]  # not "dipping next week"
    if contact and (picture := _nerve_poisoned(r)):
        out.add("poisoning", [*contact, *picture])
    # fumes from a fire in a closed space, or a carbon monoxide alarm going off, with a pounding
    # head, dizziness, sickness or confusion now: breathed in, a poisoning (of weeks: _today)
    fumes = [h for h in r.now("co_source") if not _ahead(r, h)]
    if fumes and (felt := _fumes_felt(r)) and not _fumes_of_weeks(r):
        out.add("poisoning", [*fumes, *felt])
    # a leaking boiler or fire, and someone confused or collapsed now: poisoned, whatever weeks
    elif (leak := r.now("co_leak")) and (dazed := r.now("confused")):
        out.add("poisoning", [*leak, *dazed])
    # "do quinine tablets make your ears ring?": asked about, not felt
    ringing = [h for h in r.now("ear_ring") if not _asked_as_effect(r, h)]
    if ringing and r.now("quinine"):
        out.add("poisoning", ringing)  # too much quinine: ringing ears, blurred sight
    worse = r.now("worsening")
    tight = r.now("swollen", "tight", sites=LEG_SITES)
    # ... or an arm's: "hurt my forearm climbing and it's gone rock hard and swollen"
    tight += [
        h for h in r.now("swollen", "tight", sites={"body"})
        if _LIMB_WORD_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    # after a blow or hard exercise; or after any exercise when the muscle is swollen too
    # ("cramp after my run ... now really tight and swollen and the pain is getting worse")
    # the blow may be told as past ("copped a boot on the shin yday"), not years back
    recent_blow = any(
        not _LONG_AGO_RE.search(r.text, *_sentence_span(r, h)) for h in r.past.get("injury", ())
    )
    exercised = (
        r.any("injury", "hard_exercise")
        or recent_blow
        or (
            {h.concept for h in tight} >= {"swollen", "tight"} and _exerted(r.text, 0, len(r.text))
        )
    )
    if worse and tight and exercised and not _eased(r):
        out.add("compartment", [*worse, *tight])
    cast = [h for h in r.now("cast") if not _taken_off(r, h)]
    # a cast too tight: pain getting worse, a tight feeling, or the toes numb, tingling, pale,
    # blue or cold (swelling alone, warm after a week in a boot, is the clot's: the same day)
    squeezed = [
        *worse, *(h for h in tight if h.concept == "tight"),
        *r.now("numb", "tingle", "pale", "blue", "cold"),
    ]  # fmt: skip
    if cast and squeezed and not _eased(r):
        out.add("compartment", [*cast, *squeezed])  # a cast or bandage too tight
    heat = [
        h
        for h in r.now("no_sweat", "confused")
        if not _PASSING_RE.search(r.text, *_sentence_span(r, h)) and not _told_long_ago(r, h)
    ]
    # in the heat, either; without a word for the heat, hot dry skin with confusion is enough,
    # and so is confusion or a collapse with a hot body after hard exercise ("collapsed after
    # the marathon, now confused and burning hot": the heat the body made)
    confused = r.now("confused")
    exertion_heat = bool(confused) and r.any("hard_exercise") and r.any("warm", "fever")
    if heat and (r.ever("heat") or (r.now("no_sweat") and confused) or exertion_heat):
        out.add("heatstroke", heat)


def _today(r: _Reading, out: _Signs, *, duration_s: int | None) -> None:
    if r.current.keys().isdisjoint(_TODAY_FINDINGS) and not r.ever(*_TODAY_PAST):
        _long(r, out, duration_s)  # the one sign of a cramp alone
        return
    clot = [h for h in r.now(*_CLOT, sites=LEG_SITES) if not _LESION_RE.match(r.text, h.end)]
    if "heatstroke" in out.ids:  # red and hot all over is the heat, not a clot in the leg
        clot = [h for h in clot if h.concept not in ("red", "warm")]
    clot = [h for h in clot if not _recovered(r, h) and not _flushed(r, h)]
    clot = [h for h in clot if not _on_the_surface(r, h)]
    clot = [h for h in clot if not _in_the_urine(r, h) and not _usual_for_them(r, h)]
    clot = [h for h in clot if not _asked_about(r, h)]  # "is a swollen calf a sign of a clot"
    clot = [h for h in clot if not _burning_feel(r, h, clot)]
    # one calf bigger for years ("been like that for years from cycling"): a known shape
    clot = [h for h in clot if not (h.concept == "swollen" and _years_known(r, h))]
    # redness of a named skin trouble, told alone ("chilblains on my toes every winter, red
    # and itchy")
    clot = [h for h in clot if not _skin_trouble(r, h, clot)]
    # a fresh tattoo's or graze's pink edge, not hot, not spreading, no fever
    clot = [h for h in clot if not _mild_at_a_skin_break(r, h)]
    # warmth as what helps: "water and warmth help with both"
    # (not the leg found warm: "hot to the touch")
    clot = [
        h for h in clot
        if h.concept != "warm" or r.text.endswith("touch", h.start, h.end)
        or not _HELPS_AFTER_RE.match(r.text, h.end)
    ]  # fmt: skip
    # a muscle pumped up by the gym, told alone ("my calf is so swollen from leg day lol")
    clot = [h for h in clot if not (h.concept == "swollen" and _pumped(r, h, clot))]
    # a foot's warmth and colour told as reassurance: "foot is warm and normal colour, toes
    # wiggle fine", "foot warm and pink"
    if clot:
        fine = [m.span() for m in _FOOT_FINE_RE.finditer(r.text)]
        clot = [h for h in clot if not any(a <= h.start < b for a, b in fine)]
    clot = [h for h in clot if not _one_finding_explained(r, h, clot)]
    if clot and _swelling_of_a_knock(r, clot):
        clot = []
    if clot:  # both legs swollen: not a clot in one leg
        both = _both_legs_sentences(r)
        if all(h.sentence in both for h in clot):
            clot = []
    # a scare checked and over: "calf puffed up after the flight. had a scan, no clot, gone
    # down since"
    checked = bool(clot) and _over_and_checked(r, clot)
    if checked:
        clot = []
    if clot and (over := _scare_over(r)):  # only the scare's own sentence is history
        clot = [
            h for h in clot
            if h.sentence not in over
            or (
                _NOW_AGAIN_RE.search(r.text, *_sentence_span(r, h))
                and not _before_all_clear(r, h)
            )
        ]  # fmt: skip
    if clot:
        out.add("dvt", clot)
    elif not checked and r.ever(*RISKS) and (lasting := _lasting_leg_pain(r)):
        # the risk of the one whose leg it is: not "my husband is in hospital with a clot …
        # my own legs keep cramping from the chairs"
        risks = _risk_hits(r)
        if all(h.person == "other" and _told_of_them(r, h) for h in risks):
            lasting = [h for h in lasting if h.person == "other"]  # theirs, not the writer's
        # a journey or an operation still to come is no cause of a pain now ("flying to spain
        # tomorrow, my night cramps are getting worse")
        if risks and all(_ahead(r, h) for h in risks):
            lasting = []
        if lasting:
            out.add("dvt", lasting)
    statin = [
        h for h in r.now("statin")
        if _personal(r, h) and not _not_yet_taken(r, h) and not _stopped_long_ago(r, h)
        and not _stopped_and_settled(r, h)
    ]  # fmt: skip
    statin += [h for h in r.past.get("statin", ()) if _still_taken(r, h)]
    # a dose or a medicine the doctor changed, after which the cramps or aches stopped ("gp
    # lowered my atorvastatin dose and the cramps have stopped"): seen to and over
    if statin and _DOCTOR_CHANGED_RE.search(r.text) and _settled(r):
        statin = []
    # "do statins cause cramps?": cramps asked about as an effect are not a symptom
    felt = statin and [
        h for h in r.now("cramp", "pain", "weak", "tender") if not _asked_as_effect(r, h)
    ]
    if statin and felt and not _explained_on_statin(r, statin):
        out.add("statin", statin)
    _long(r, out, duration_s)
    if (wound := _wounds(r)) and "tetanus" not in out.ids and not _jabs_known(r):
        out.add("wound", wound)
    bitten = r.now("unknown_bite") if "poisoning" not in out.ids else []
    if _SMALL_BITER_RE.search(r.text):
        bitten = []  # "something bit my ankle, probably a midge, an itchy red dot"
    since = bool(bitten) and _SINCE_BITE_RE.search(r.text, bitten[0].end) is not None
    if since and r.now("cramp", "stiff") and not _eased(r):
        out.add("wound", bitten)  # cramps after a bite by something unseen: the same day
    # contact denied: "I work in a lab with chemicals but no spills or anything"
    exposure = [
        h for h in r.now("exposure") if not _NO_CONTACT_RE.search(r.text, *_sentence_span(r, h))
    ]
    # someone else's work, the writer's cramps their own: "my dad dipped sheep for years ...
    # now i get the odd cramp after a long day lambing"
    exposure = [h for h in exposure if not _theirs_not_mine(r, h)]
    # stopped long since: "we stopped dipping sheep years back and had the tests, all fine"
    exposure = [h for h in exposure if not _said_before(r, h, _WORK_STOPPED_BEFORE_RE, 30)]
    # still to come: "going to strip the old lead paint off next week, any tips"
    exposure = [h for h in exposure if not _to_come(r, h, _AHEAD_RE, _EXPOSED_RE)]
    # the work done in its kit, nothing felt of it: "I use solvents every day with a mask and
    # good ventilation, get the odd calf cramp after football"
    if exposure and _sprayed_protected(r) and _nothing_of_it_felt(r):
        exposure = []
    # one visit, not long contact: "went to a shooting range once for a stag do"
    if not _routine(r):
        exposure = [h for h in exposure if not _ONE_VISIT_RE.search(r.text, *_sentence_span(r, h))]
    # nothing felt, what it does asked: "old lead pipes at home, no symptoms at all, does lead
    # cause cramps?"
    if exposure and _NO_SYMPTOMS_RE.search(r.text):
        found = r.now("cramp", "pain", "weak", "tingle", "numb", "twitch", "fluid_loss")
        if any(h.concept == "cramp" for h in found) and all(_asked_as_effect(r, h) for h in found):
            exposure = []
    # ... and then short of breath or collapsing, not as a routine of work: poisoned ("swam
    # despite the toxic algae signs, swallowed loads, now wheezing and can't get his breath")
    unwell = r.now("breathless", "confused") if exposure and not _routine(r) else []
    if exposure and unwell and "poisoning" not in out.ids:
        out.add("poisoning", [*exposure, *unwell])
    elif exposure and "poisoning" not in out.ids:
        out.add("toxin_exposure", exposure)
    # a leaking boiler or fire ("the boiler flame is yellow", "soot round the gas fire"), or any
    # source of fumes, with headaches or sickness of weeks or easing away from home: long
    # contact with carbon monoxide, the same day
    leak = [h for h in r.now("co_leak", "co_source") if not _ahead(r, h)]
    if leak and _fumes_felt(r) and _fumes_of_weeks(r) and "poisoning" not in out.ids:
        out.add("toxin_exposure", leak)
    if r.now("red", "warm", "swollen") and r.any("spreading") and r.any("fever"):
        out.add("cellulitis", r.now("fever"))
    _numbness(r, out)
    spread = [  # "now my hands are cramping too": spreading only from cramps in the legs
        h for h in r.now("spread_cramp")
        if not r.text.startswith(("now", "also"), h.start) or _legs_first(r, h)
    ]  # fmt: skip
    # (the cramps may be told as they used to be: "used to just be in my calves but now its
    # spreading to my arms")
    # cramps listed in the legs and elsewhere are spreading when told as new ("now I've got
    # cramps in my legs, my back and my arms"), not as the run of a long habit ("the cramps in
    # my calves and hands are getting more regular")
    spread = [h for h in spread if not _listed_without_onset(r, h)]
    if spread and r.ever("cramp"):
        out.add("spreading", spread)
    operated = [h for h in r.now("thyroid_op") if not _operation_ahead(r, h)]
    if operated and (calcium := r.now("mouth_tingle", "cramp", "stiff")):
        out.add("thyroid_calcium", calcium)
    _child(r, out)
    # cramps after heavy fluid loss, in the legs or the hands ("both my hands locked up into
    # claws"), not the belly cramps of the illness itself
    lost = [h for h in r.now("fluid_loss") if not _over(r, h) and not _peeing(r, h)]
    # what a remedy does to anyone: "does it just give you the runs", "will have you running
    # to the loo" (not "it's given me the runs")
    lost = [h for h in lost if not _said_before(r, h, _TO_ANYONE_RE, 40)]
    # heavy sweating with little to drink is fluid lost too, or with cramps that keep coming
    # after it, drinking or not ("sweated loads, leg cramps on and off ever since")
    if _DRANK_LITTLE_RE.search(r.text) or _KEEP_COMING_RE.search(r.text):
        lost += [h for h in r.now("sweating") if not _over(r, h)]
    if not lost:
        return
    limbs = [h for h in r.now("cramp") if not _belly(r, h)]
    legs = limbs or r.now("pain", "weak", sites=LEG_SITES)
    # the same person's: not "the baby had diarrhoea all week, and I had a calf cramp"
    # (an illness told with no one named before it is the one whose legs cramp: "back from
    # the school trip with a tummy bug, been sick for 2 days and now her legs keep cramping")
    lost = [h for h in lost if any(h.person == leg.person for leg in legs) or _unowned(r, h)]
    if lost and legs:
        out.add("fluid_loss", lost)


_TO_ANYONE_RE: Final = re.compile(
    r"\b(?:give|gives|giving|have|has|send|sends|sending|leave|leaves|make|makes|keep|keeps|put"
    r"|puts|get|gets|set|sets)\s+(?:you|people|folk|folks|some\s+people|everyone|one)\s+(?:\w+\s+){0,2}?$"
)


def _unowned(r: _Reading, hit: Hit) -> bool:
    """Whether nothing before a mention says whose it is (no "I", "my", "she", "my son")."""
    cues = context.experiencers(r.text)
    return not cues or cues[0][0] > hit.start


# A small spot on the skin ("an itchy red bump", "a red dot where it bit me"): the skin
# there, not a leg that is red or swollen.
_LESION_RE: Final = re.compile(
    r"(?:\s+(?:and\s+)?(?:itchy|raised|little|small|tiny|angry|sore|red|pink|swollen|hot|warm))*\s+(?:bumps?|spots?|dots?"
    r"|pimples?|welts?|blisters?|marks?|bites?|stings?|zits?|lumps?\s+where)\b"
)


_BELLY_BEFORE_RE: Final = re.compile(
    r"\b(?:stomach|belly|tummy|abdo\w*|gut|guts|bowel|period|menstrual)\s+(?:\w+\s+){0,2}$"
)
_BELLY_AFTER_RE: Final = re.compile(
    r"\w*\s+(?:in|of|across)\s+(?:my|the|his|her)\s+(?:stomach|belly|tummy|abdo\w*|gut|guts)\b"
)


def _belly(r: _Reading, hit: Hit) -> bool:
    """Belly cramps ("stomach cramps", "cramps in my tummy"): the illness, not the muscles."""
    before = r.text[max(0, hit.start - 25) : hit.start]
    return bool(_BELLY_BEFORE_RE.search(before) or _BELLY_AFTER_RE.match(r.text, hit.end))


_BRUISE_RE: Final = re.compile(r"\bbruis\w*|\brolled\s+(?:my|his|her)\s+ankle")


# An insect's sting or bite (not a snake's, a spider's or a scorpion's: those are the
# emergency's, read elsewhere): "stung by a wasp on my ankle", "mozzie bites on my shins".
_INSECT_RE: Final = re.compile(
    r"\b(?:wasps?|bees?|hornets?|yellow\s*jackets?|mozz?ies?|mosquito(?:e?s)?|midges?|gnats?"
    r"|horse\s*fl(?:y|ies)|cleggs?|ants?|fire\s*ants?|fleas?|bed\s*bugs?|sand\s*fl(?:y|ies)"
    r"|nettles?"
    # the sea's stingers: "jellyfish got me on the ankle paddling"
    r"|jelly\s*fish(?:es)?|weever(?:\s*fish)?|sea\s+(?:lice|anemones?|urchins?)|bluebottles?"
    r"|man\s+o'?\s*war|fire\s+coral|coral)\b"
)
_STING_RE: Final = re.compile(r"\b(?:stung|stings?|stinging|bit|bitten|bites?|biting)\b")
_AROUND_THE_STING_RE: Final = re.compile(
    r"\b(?:round|around|where|near|at)\s+(?:the\s+|it\s+)?(?:sting|bite|stung|bit)"
)


# Foods that colour urine pink, red or dark: "ate loads of beetroot, my pee is pinkish red".
_URINE_FOOD_RE: Final = re.compile(
    r"\b(?:beet\w*|blackberr\w*|rhubarb|dragon\s*fruit|pitaya|food\s+colou?r\w*|red\s+dye"
    r"|fava\s+beans|senna)\b"
)


_PINK_RE: Final = re.compile(r"\b(?:red\w*|pink\w*|purpl\w*|magenta)\b")
_DARK_RE: Final = re.compile(r"dark|brown|cola|coke|tea|black|coffee|rust")


# A dark colour denied: "not dark", "wasnt brown", "rather than dark", "nothing like cola".
_COLOUR_DENIED_RE: Final = re.compile(
    r"\b(?:not|no|isn'?t|isnt|wasn'?t|wasnt|aren'?t|never|rather\s+than|instead\s+of|nothing\s+like)\s+"
    r"(?:(?:that|so|very|really|too|at\s+all|even|remotely)\s+)?(?:dark|brown|cola|black|red|tea|coca"
    r"|coke|rusty)\w*\W*$"
)


def _urine_coloured_by_food(r: _Reading, hit: Hit) -> bool:
    """Urine turned pink or red by something eaten, told in its sentence or the one before
    (brown or cola-coloured urine is the muscles' whatever was eaten)."""
    told = r.text[hit.start : hit.end]
    if not _PINK_RE.search(told) or _DARK_RE.search(told):
        return False
    bounds = r.bounds.bounds
    start = bounds[max(0, hit.sentence - 1)][0]
    return _URINE_FOOD_RE.search(r.text, start, bounds[hit.sentence][1]) is not None


def _face_gone_pale(r: _Reading, hit: Hit) -> bool:
    """ "White as a sheet", "pale as a ghost": a face gone pale from a fright, with no part of
    the leg named just before ("my foot went white as a sheet" is the foot's)."""
    if not _AS_A_SHEET_RE.match(r.text, hit.end):
        return False
    start, _ = _sentence_span(r, hit)
    return _BODY_NAMED_RE.search(r.text, max(start, hit.start - 30), hit.start) is None


_AS_A_SHEET_RE: Final = re.compile(r"\s+as\s+(?:a\s+)?(?:sheet|ghost|snow)\b")


def _in_the_urine(r: _Reading, hit: Hit) -> bool:
    """A colour that is the urine's ("my pee is pinkish red", "my wee went dark yellow, drank
    more and it's pale again"), not the leg's: urine named before it in its sentence, with no
    part of the body between."""
    if any(u.start <= hit.start < u.end for u in r.current.get("dark_urine", ())):
        return True
    start, _ = _sentence_span(r, hit)
    if _URINE_BEFORE_RE.search(r.text, start, hit.start) is not None:
        return True
    # "back to pale" is said of urine, not of a leg: "pee was dark yellow ... got a calf cramp
    # in bed. drank loads today and it's back to pale"
    if _BACK_TO_RE.search(r.text, max(start, hit.start - 12), hit.start) and _URINE_WORD_RE.search(
        r.text, 0, hit.start
    ):
        return True
    # "it" a sentence or two after the urine, with no part of the body named since: "wee was
    # dark like apple juice. drank two litres and it's pale again now"
    if _IT_IS_BEFORE_RE.search(r.text, start, hit.start) is None:
        return False
    urine = [m.end() for m in _URINE_WORD_RE.finditer(r.text, 0, start)]
    return bool(urine) and _BODY_NAMED_RE.search(r.text, urine[-1], hit.start) is None


_LIMB_WORDS: Final = (
    r"legs?|calf|calves|foot|feet|toes?|skin|thighs?|shins?|ankles?|knees?|hands?|arms?"
)
_URINE_WORD_RE: Final = re.compile(r"\b(?:pee|wee|urine|piss|nappy|nappies|diapers?)\b")
_URINE_BEFORE_RE: Final = re.compile(
    rf"{_URINE_WORD_RE.pattern}(?:(?!\b(?:{_LIMB_WORDS})\b)[^.!?;])*$"
)
_BACK_TO_RE: Final = re.compile(r"\bback\s+to\s+(?:being\s+)?$")
_URINE_CLEARED_RE: Final = re.compile(
    r"\b(?:back\s+to\s+(?:normal|pale|clear|light|straw)|(?:pale|clear|light|lighter|normal)"
    r"(?:\s+(?:straw|yellow|colou?r(?:ed)?))?\s+(?:again|now)|cleared(?:\s+up)?)\b"
)
_BODY_NAMED_RE: Final = re.compile(rf"\b(?:{_LIMB_WORDS})\b")
_IT_IS_BEFORE_RE: Final = re.compile(
    r"\b(?:it'?s|it\s+(?:is|was|went|turned|looks?|looked|has\s+gone|had\s+gone|came\s+out|goes))"
    r"\s+(?:\w+\s+){0,2}?$"
)


def _seat_too(r: _Reading, hit: Hit) -> bool:
    """The seat is one of the places the finding is told of ("my bum and the backs of my
    legs are numb")."""
    start = _sentence_span(r, hit)[0]
    if BOTTOM_NEXT.match(r.text, hit.end):
        return True  # "can't feel anything when I wipe"
    return BOTTOM_AND.search(r.text, start, hit.start) is not None


def _swelling_of_a_sting(r: _Reading, clot: list[Hit]) -> bool:
    """Swelling, redness or warmth in a sentence that tells of an insect's sting or bite (or
    says it is round the sting): the sting's own reaction, not a clot, when no risk context
    is named and nothing is getting worse or spreading (that is the infection's, read
    elsewhere)."""
    if any(h.concept not in ("swollen", "red", "warm") for h in clot):
        return False
    if _risks(r) or r.any("worsening", "veins", "spreading"):
        return False
    for h in clot:
        start, end = _sentence_span(r, h)
        stings = [
            m for m in _STING_RE.finditer(r.text, start, end)
            if not _NOT_STUNG_RE.search(r.text, max(start, m.start() - 25), m.start())
        ]  # fmt: skip
        stung = stings and _INSECT_RE.search(r.text, start, end)
        if not (stung or _AROUND_THE_STING_RE.search(r.text, start, end)):
            return False
    return True


_NOT_STUNG_RE: Final = re.compile(
    r"\b(?:not|never|didn'?t|did\s+not|don'?t\s+think\s+(?:it|they|she|he)|no)\b[^.,;]*$"
)


def _swelling_of_a_knock(r: _Reading, clot: list[Hit]) -> bool:
    """Swelling or a bruise alone where a sprain, a knock or a bruise is: the injury, not a
    clot, when no risk context is named and the pain is not getting worse (that is the
    emergency's)."""
    if _swelling_of_a_sting(r, clot):
        return True
    # (redness too: "my knee looks a bit angry after the fall")
    if any(h.concept not in ("swollen", "dark", "red") for h in clot):
        return False
    if any(h.concept == "dark" for h in clot) and not _bruised(r):
        return False  # a dark patch is the bruise of a knock only when it is called one
    return _a_knock(r)


def _bruise_of_a_knock(r: _Reading, hit: Hit) -> bool:
    """A blue or purple patch where a knock, a stubbed toe or a dropped tin is named ("gone a
    bit blue but it's less sore today"): a bruise, unless the leg is also cold, numb or cannot
    move, or the pain is getting worse."""
    if hit.concept != "blue" or not _a_knock(r):
        return False
    return not r.now("cold", "pale", "numb", "cant_move", sites=LEG_SITES)


def _a_knock(r: _Reading) -> bool:
    """A sprain, a knock or a bruise named, with no risk context and no pain getting worse."""
    if _risks(r) or r.any("worsening", "veins"):
        return False
    return r.any("injury") or _bruised(r)


def _bruised(r: _Reading) -> bool:
    """A bruise named, and not denied ("there's no bruise", "never knocked it")."""
    return any(
        not _DENIED_RE.search(r.text, max(0, m.start() - 30), m.start())
        for m in _BRUISE_RE.finditer(r.text)
    )


# Tetanus jabs known to be up to date: "had a tetanus booster 9 months ago" (the same-day
# advice is for a wound with unknown jabs; stiffness or spasms still count).
_JAB_KNOWN_RE: Final = re.compile(
    r"\b(?:tetanus\s+(?:jab|shot|injection|booster|vaccine|vaccination|jabs|shots)"
    # ... or a booster had, its name left out: "had a booster in March", "got my tetanus last year"
    r"|(?:had|got|given)\s+(?:a|my|the|his|her|their)\s+(?:tetanus|booster))\s+(?:\w+\s+){0,3}?"
    r"(?:(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|few|couple\s+of)\s+"
    r"(?:days|weeks?|months?)\s+(?:ago|back|before|earlier)|(?:last|this)\s+(?:year|month|week"
    rf"|spring|summer|autumn|fall|winter)|(?:in|back\s+in)\s+{_MONTH}\b"
    # a booster within ten years ("had a tetanus booster 2 years ago"), not "20 yrs ago"
    r"|(?:[1-9]|a|one|two|three|four|five|six|seven|eight|nine|a\s+few|a\s+couple\s+of)\s+(?:years?|yrs?)"
    r"\s+(?:ago|back)"
    r"|recently)|\b(?:up\s+to\s+date|current)\s+(?:with|on)\s+(?:all\s+)?(?:my\s+|his\s+|her\s+|their\s+)?"
    r"(?:tetanus|jabs|vaccinations|vaccines|immuni[sz]ations|boosters)"
    # "tetanus is up to date", "tetanus up to date", "my tetanus jab's up to date"
    r"|\b(?:tetanus|jabs|vaccinations|vaccines)\s+(?:(?:is|are|'s|(?:jabs?|shots?|boosters?)(?:\s+(?:is|are)"
    r"|'s)?)\s+)?(?:all\s+)?(?:up\s+to|in)\s+date"
    # covered, told after the jab: "had a booster in March so I'm covered"
    r"|\b(?:jabs?|shots?|boosters?|tetanus|vaccin\w*)\b[^.!?]{0,40}?\b(?:i'?m|im|i\s+am|he'?s|she'?s"
    r"|they'?re|we'?re)\s+(?:still\s+|fully\s+|all\s+)?covered\b(?!\s+(?:in|with)\b)"
    r"|\bcovered\s+for\s+tetanus"
    # "tetanus jabs all done", "had all my tetanus shots"
    r"|\btetanus\s+(?:jabs?|shots?|boosters?|vaccinations?)\s+(?:are\s+|were\s+)?(?:all\s+)?(?:done|sorted|complete"
    r"|had)\b"
    # a jab given for the wound: "minor injuries gave him a tetanus jab", "got a tetanus shot
    # at a&e", "they did a tetanus booster there and then"
    r"|\b(?:gave|given|give|did|done)\s+(?:(?:me|him|her|them|us)\s+|my\s+\w+\s+)?(?:a\s+|the\s+)?"
    r"tetanus\s+(?:jab|shot|injection|booster|vaccine|jabs|shots)"
    r"|\b(?:(?:got|had)\s+|(?:and|plus)\s+)(?:a\s+|the\s+)?tetanus\s+(?:jab|shot|injection|booster)s?\s+(?:there|then"
    r"|at\s+the\s+time"
    r"|at\s+(?:a&e|the\s+(?:er|hospital|walk[\s-]in|clinic|surgery)|urgent\s+care|minor\s+injuries)"
    r"|in\s+(?:a&e|the\s+er|hospital)|for\s+(?:it|that|the\s+(?:cut|wound|bite))|same\s+day"
    r"|straight\s+away)"
    # a jab got where the wound was seen to: "went to a&e, got a tetanus booster", "been to
    # minor injuries, got the tetanus shot"
    r"|\b(?:went|been|go|taken|took\s+(?:me|him|her|myself))\s+(?:in\s+)?to\s+(?:the\s+|a\s+)?"
    r"(?:a&e|er|hospital|walk[\s-]in(?:\s+cent(?:re|er))?|clinic|urgent\s+care|minor\s+injuries|gp"
    r"|doctors?|doctor'?s|nurse|surgery)\b[^.!?]{0,40}?\b(?:got|had|given|gave\s+(?:me|him|her|them))"
    r"\s+(?:a\s+|the\s+)?tetanus\s+(?:jab|shot|injection|booster)"
    # every jab had: "he's had all his jabs", "fully vaccinated"
    r"|\b(?:had|has\s+had|have\s+had|'s\s+had|'ve\s+had|got)\s+all\s+(?:of\s+)?(?:my|his|her|their|the)\s+"
    r"(?:jabs|vaccinations|vaccines|immuni[sz]ations|boosters|injections)\b|\bfully\s+(?:vaccinated"
    r"|immuni[sz]ed|jabbed)\b"
)


# "they didn't give me a tetanus jab", "never got a tetanus shot there"
_NO_JAB_RE: Final = re.compile(
    r"\b(?:didn'?t|did\s+not|never|no|not|wouldn'?t|won'?t)\s+(?:\w+\s+)?$"
)
_UNSURE_RE: Final = re.compile(r"\b(?:if|whether|not\s+sure|no\s+idea|don'?t\s+know|unsure)\b")


def _jabs_known(r: _Reading) -> bool:
    """Whether the message says the tetanus jabs are up to date (not "no idea if they are")."""
    for m in _JAB_KNOWN_RE.finditer(r.text):
        before = max(0, m.start() - 25)
        unsure = _UNSURE_RE.search(r.text, before, m.start())
        if not unsure and not _NO_JAB_RE.search(r.text, before, m.start()):
            return True
    return False


_FINE_NOW_RE: Final = re.compile(
    r"\b(?:but|and)\s+(?:\w+\s+){0,2}?(?:fine|ok|okay|alright|all\s+right|grand|good|gone)\s+now\b"
)


def _wounds(r: _Reading) -> list[Hit]:
    """The wounds named now, less those named only to say how bad a pain was, and a small
    clean cut ("cut my finger chopping onions, are plasters ok")."""
    return [
        h for h in r.now("wound")
        if not _compared(r, h) and not _an_animal_bitten(r, h) and not _minor_cut(r, h)
        and not _a_graze(r, h)
    ]  # fmt: skip


def _a_graze(r: _Reading, hit: Hit) -> bool:
    """A scrape or a graze is the skin's, not deep: a wound only when told dirty or deep
    ("scraped it on the bike pedal", not "grazed on a farm track, gravel in it")."""
    if not r.text.startswith(("scrap", "graz"), hit.start):
        return False
    # (an infected one stays a wound: its tetanus jabs matter too)
    return _DIRTY_RE.search(r.text) is None and not r.now("spreading", "fever")


_MINOR_CUT_RE: Final = re.compile(
    r"\b(?:small|little|tiny|minor|paper|shaving|shaved|chopping|slicing|kitchen|onions?|veg\w*"
    r"|bread|plasters?|band-?aids?)\b"
)
# What makes a wound deep or dirty, told by its depth, its dirt or what made it: the words a
# small cut (`_DEEP_OR_DIRTY_RE`) and a graze (`_DIRTY_RE`) are both read against.
_DIRT: Final = (
    r"deep|dirty|rusty|rust|soil|mud\w*|manure|garden\w*|farm|barn|nail|barbed|animal|gaping"
    r"|stitch\w*|bleeding|tetanus|infected|pus"
)
_DEEP_OR_DIRTY_RE: Final = re.compile(
    rf"\b(?:{_DIRT}|wire|dog|cat|bite|bitten|puncture\w*|glued|jabs?|red|swollen|hot)\b"
)
_DIRTY_RE: Final = re.compile(rf"\b(?:{_DIRT}|filthy|dung|gravel|grit)\b")


def _burning_feel(r: _Reading, hit: Hit, clot: list[Hit]) -> bool:
    """ "Burning hot" told of a cramp, with no other sign of a clot: how the cramp felt ("my
    arch cramped inside the boot, burning hot"), not warm skin."""
    if hit.concept != "warm" or not r.text.startswith("burning", hit.start):
        return False
    if any(h.concept != "warm" for h in clot):
        return False  # "burning hot and swollen"
    return bool(r.same_sentence([hit], "cramp"))


def _minor_cut(r: _Reading, hit: Hit) -> bool:
    """A cut told as small and clean ("a small cut", "grazed my palm, nothing deep"), with
    nothing deep or dirty about it in the message."""
    start, end = _sentence_span(r, hit)
    said_small = _MINOR_CUT_RE.search(r.text, start, end) or _NOT_DEEP_RE.search(
        r.text, start, end
    )
    if said_small is None:
        return False
    rest = _NOT_DEEP_RE.sub(" ", r.text) if "deep" in r.text else r.text
    return _DEEP_OR_DIRTY_RE.search(rest) is None


# A wound told as shallow: "nothing deep", "not too deep", "just a scratch", "superficial".
_NOT_DEEP_RE: Final = re.compile(
    r"\b(?:nothing|not|isn'?t|isnt|wasn'?t|wasnt)\s+(?:very\s+|too\s+|that\s+|at\s+all\s+)?deep\b"
    r"|\bsuperficial\b|\b(?:just|only)\s+(?:a\s+)?(?:graze|scratch|scrape|nick|surface)\b"
)


def _compared(r: _Reading, hit: Hit) -> bool:
    """A wound named to say how bad a pain was ("worst pain I've ever had, and I've cut myself
    on a table saw"): an old injury, not one to treat."""
    start, end = _sentence_span(r, hit)
    if _COMPARED_RE.search(r.text, start, hit.start) is None:
        return False
    return _WOUND_NOW_RE.search(r.text, start, end) is None  # "since sunday", "still open"


_WOUND_NOW_RE: Final = re.compile(
    r"\b(?:since|still|yesterday|today|tonight|last\s+\w+|this\s+\w+|days?\s+ago|ago|deep"
    r"|dirty|rusty|infected|tetanus|jabs?|now|on\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    r"|(?:still|is|'s|wide)\s+open)\b"
)
_ONE_SIDE_RE: Final = re.compile(
    r"\b(?:left|right|one)\s+(?:\w+\s+)?(?:leg|calf|thigh|ankle|foot|knee|shin)"
    # one of the two measured against the other: "the right one is 3cm bigger, the left isn't"
    r"|\b(?:the\s+)?(?:left|right)\s+one\b|\bthe\s+other\s+(?:one\s+)?(?:isn'?t|is\s+not|doesn'?t)\b"
    # "left is 4cm bigger than the right"
    r"|\b(?:left|right)\s+(?:side\s+)?(?:is|was|looks|measures)\s+(?:\w+\s+){0,2}?(?:bigger|larger|fatter"
    r"|thicker|wider|swollen|puffier)\b"
    # both looked at to tell one from the other: "compared both legs: that calf is swollen,
    # hot and harder than the other"
    r"|\bcompar\w*\s+(?:both|the\s+two|my\s+two|his\s+two|her\s+two)\b|\bthan\s+the\s+other\b"
)
_PASSING_RE: Final = re.compile(
    r"\bfor\s+a\s+(?:minute|moment|second|sec)\b|\bwhen\s+i\s+(?:stood|got)\s+up\b|\bfine\s+now\b"
)
_COMPARED_RE: Final = re.compile(
    r"\b(?:worse\s+than|worst\s+(?:\w+\s+){0,2}?(?:i'?ve|i\s+have|i\s+had)\s+ever|more\s+than"
    r"\s+when|(?:and|even\s+though|although)\s+i'?ve\s+(?:had|been|cut|broken|given)"
    r"|(?:and|even\s+though|although)\s+i\s+(?:once\s+)?(?:cut|broke|sliced|gashed))\b"
    r"|\b(?:and|even\s+though|although)\s+i\s+once\s+$"
)


def _legs_first(r: _Reading, hit: Hit) -> bool:
    """Cramps in the legs named before the hands or arms that now cramp too ("started in my
    calves but now my hands ... are cramping")."""
    if any(h.start < hit.start for h in r.now("cramp", "pain", sites=LEG_SITES)):
        return True
    # "cramps used to only be in my calves but now my hands and arms keep cramping"
    if any(
        h.sentence == hit.sentence and h.start < hit.start and h.site in LEG_SITES
        for h in r.past.get("cramp", ())
    ):
        return True
    return bool(r.now("both_legs")) or _STARTED_IN_LEGS_RE.search(r.text, 0, hit.start) is not None


_NO_CONTACT_RE: Final = re.compile(
    r"\b(?:no|never\s+(?:any|a|had\s+(?:a|any))|without\s+any|not\s+(?:a|one))\s+(?:spills?|splash\w*"
    r"|leaks?|contact|exposure)\b(?!\s+(?:problems?|issues?|worries))|\bnever\s+(?:touch|handle|breathe|get\s+it\s+on)\b"
    # kept out of the water a warning named: "so we didn't swim", "stayed out of the water"
    r"|\b(?:didn'?t|did\s+not|didnt|never|won'?t)\s+(?:go\s+)?(?:swim|in|get\s+in|paddle)\b"
    r"|\bstayed\s+out\s+of\s+(?:the\s+)?(?:water|lake|river|sea)\b"
    # ... or went in elsewhere: "so we swam in the pool instead"
    r"|\b(?:swam|swum|swim|went|paddled|dipped)\b[^.!?]{0,30}?\binstead\b"
)
_SPRAYED_SAFELY_RE: Final = re.compile(
    r"\bwith\s+(?:the\s+|a\s+|my\s+|proper\s+|full\s+|all\s+the\s+)*(?:mask|suit|ppe|gloves|respirator"
    r"|gear|protective)|\b(?:no|without\s+any)\s+(?:problems?|issues?|symptoms?)\b|\bfeel\w*\s+(?:totally\s+"
    r"|completely\s+|absolutely\s+)?fine\b|\b(?:last|a)\s+(?:week|month|year)\b|\b(?:weeks|months|years)\s+ago\b"
)
_CHEMICAL_CUE_RE: Final = re.compile(
    r"\b(?:chemicals?|smell\w*|fumes?|toxic|poison\w*|pesticides?|insecticides?|herbicides?|fungicides?"
    r"|weed\s*killer|bug\s+spray|knapsack|sprayer|crop\s*spray\w*|no\s+mask|without\s+(?:a\s+|any\s+)?(?:mask"
    r"|gloves|protection|ppe|respirator)|at\s+work)\b"
)
_STRUCK_RE: Final = re.compile(r"something\s+(?:\w+\s+)?(?:whacked|hit|struck|smacked)\b")
# What fangs leave: "2 little marks", "two tiny holes", "a pair of puncture marks".
_MARKS_RE: Final = re.compile(
    r"\b(?:two|2|a\s+pair\s+of|a\s+couple\s+of)\s+(?:(?:little|tiny|small|red|neat)\s+){0,2}"
    r"(?:puncture\s+)?(?:punctures?|holes?|marks?|dots|pricks?)\b"
)
_DROOLING_RE: Final = re.compile(
    r"\b(?:drool\w*|saliva|slobber\w*|blurr\w*|pin\s*point\s+pupils)\b"
)
_STARTED_IN_LEGS_RE: Final = re.compile(
    r"\b(?:(?:started|began|begun|first)\s+(?:off\s+)?(?:in|with)|(?:only|just)\s+(?:in\s+)?)"
    r"\s*(?:my|the|both|his|her)\s+(?:\w+\s+)?(?:legs?|calf|calves|feet|foot|thighs?|hamstrings?"
    r"|quads?|shins?)\b"
)


def _child(r: _Reading, out: _Signs) -> None:
    """A child's leg pain: with a limp or not putting weight on the leg, or with a fever,
    swelling or redness, the same day; lasting or long-standing, a routine visit."""
    if not r.now("child"):
        return
    # the child's, not the writer's own ("the baby wakes me every night, and I had a cramp")
    limp = [h for h in r.now("limp") if not _writers_own(r, h)]
    pain = [h for h in r.now("pain", sites=LEG_SITES) or r.now("cramp") if not _writers_own(r, h)]
    # a pain told in a sentence of its own that names no child is the writer's ("up three times
    # a night with the baby. had a quick calf cramp this morning")
    pain = [
        h for h in pain
        if h.person == "other" or _CHILD_BEFORE_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    # the writer's own cramp while handling the child ("lower back cramped when I bent to lift
    # my baby out of the cot"); cramps a son or daughter only tells of ("my daughter is telling
    # low B12 is causing leg cramps")
    pain = [
        h for h in pain
        if (h.person == "other" or not _HANDLING_A_CHILD_RE.search(r.text, *_sentence_span(r, h)))
        and not _CHILD_TELLS_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    # (a child named only in a later sentence is not the one in pain: "... everyone in the trade
    # gets cramps. sorry for the essay, my daughter says I write texts like letters")
    children = r.now("child")
    pain = [h for h in pain if any(c.start < h.end or c.sentence == h.sentence for c in children)]
    unwell = r.now("fever", "swollen", "red", "warm")
    # a temperature read below a high one ("a bit of a temperature 37.9"): not the fever meant
    unwell = [h for h in unwell if h.concept != "fever" or not _BELOW_HIGH_RE.match(r.text, h.end)]
    # a limp with a cause of its own in the foot: "limping because her new shoes rubbed a blister"
    limp = [h for h in limp if not _LIMP_CAUSE_RE.search(r.text, *_sentence_span(r, h))]
    # the catalogue's same-day sign: a limp or not putting weight on the leg, told of the
    # child ("today she's limping"), or pain with a fever, swelling or redness
    no_weight = [h for h in limp if _NO_WEIGHT_RE.search(r.text, h.start, h.end)]
    childs_limp = [h for h in limp if _told_of_the_child(r, h)]
    if no_weight or childs_limp or ((limp or pain) and unwell):
        out.add("child_leg_pain", [*limp, *unwell])
    elif (
        (limp or pain)
        and not _growing_pains(r)
        and (
            r.any("lasting")
            # (not how long a medicine has been taken: "on a statin for years")
            or any(not _said_before(r, h, _TAKEN_FOR_RE, 50) for h in r.now("chronic"))
            or _STILL_IN_THE_MORNING_RE.search(r.text) is not None
            # "his leg pains are getting worse over the last few weeks"
            or bool(r.now("worsening"))
            # not the baby's nights, nor how often the child plays
            or any(
                not _woken_by_another(r, h) and not _another_habit(r, h) for h in r.now("frequent")
            )
        )
    ):
        out.add("child_pain_persists", [*limp, *pain])


_NO_WEIGHT_RE: Final = re.compile(r"weight|walk|stand")
_CHILD_TELLS_RE: Final = re.compile(
    r"\b(?:son|daughter|kids?|children|grandson|granddaughter)\s+(?:is\s+|was\s+|keeps\s+)?(?:says?|said"
    r"|saying|telling|tells|told|thinks|reckons|read|reads|showed|sent)\b"
    r"(?!\s+(?:me\s+)?(?:that\s+)?(?:his|her|he|she|he'?s|she'?s|they|their)\b)"
)
_HANDLING_A_CHILD_RE: Final = re.compile(
    r"\b(?:lift\w*|carr(?:y|ying|ied)|pick\w*\s+up|picking|hold\w*|bath\w*|feed\w*|rock\w*|push\w*"
    r"|put\w*\s+down|settl\w*|chas\w*\s+after)\s+(?:my|the|our|her|his)\s+(?:\w+\s+)?(?:baby|toddler|son"
    r"|daughter|little\s+one|kids?|child|boy|girl|twins|newborn)\b"
)
_CHILD_BEFORE_RE: Final = re.compile(
    r"\b(?:he|she|he'?s|she'?s|hes|shes|his|her|him|they|their|son|daughter|boy|girl|kids?|child"
    r"|children|toddler|baby|little\s+one|grand(?:son|daughter|child|kid)s?|niece|nephew|teen\w*"
    r"|\d+\s*(?:yo|y/o|yrs?|years?))\b"
)


# A medicine taken, just before how long: "been on a statin for years", "takes his inhaler".
_TAKEN_FOR_RE: Final = re.compile(
    r"\b(?:on|taking|takes|taken|take|took)\s+(?:a\s+|an\s+|the\s+|his\s+|her\s+|my\s+|their\s+)?"
    r"(?:\w+\s+)?(?:statins?|tablets?|pills?|medicines?|medications?|meds|drugs?|injections?|inhalers?"
    rf"|\w+statin|{MEDICINE_NAME})\s+(?:\w+\s+){{0,2}}?$"
)


# A reading told after "temperature", below a high one: 35-37.9 C, or 95-100.3 F.
_BELOW_HIGH_RE: Final = re.compile(
    r"(?:\s+(?:of|was|is|at|reading|around|about|like|only|just))*\s*:?\s*"
    r"(?:3[5-7](?:[.,]\d)?|9[5-9](?:[.,]\d)?|100(?:[.,][0-3])?)(?![\d.,])"
)


def _told_of_the_child(r: _Reading, hit: Hit) -> bool:
    """A finding told right after the child, or he or she ("my son is limping", "today she's
    limping"), not the writer's own ("the 3yo slept through, I hobbled round the room")."""
    if _said_before(r, hit, _CHILD_BEFORE_RE, 25):
        return True
    start, _ = _sentence_span(r, hit)
    return _CHILDS_LEG_RE.search(r.text, start, hit.start) is not None  # "pain in his left leg"


_CHILDS_LEG_RE: Final = re.compile(
    r"\b(?:his|her)\s+(?:left\s+|right\s+)?(?:leg|legs|calf|shin|knee|foot|ankle|thigh|hip)\b"
)


_WRITER_BEFORE_RE: Final = re.compile(
    r"\b(?:i|i'?ve|i'?m|i'?d)\s+(?:[\w']+\s+){0,3}?$"
    # "my calf cramps most nights since having the baby": the writer's own leg
    r"|\bmy\s+(?:(?:left|right|lower|upper|poor|own)\s+)?(?:calf|calves|legs?|foot|feet|thighs?|shins?"
    r"|hamstrings?|toes?|knees?)\s+$"
)


def _writers_own(r: _Reading, hit: Hit) -> bool:
    """A pain the writer tells as their own ("and I had a calf cramp once")."""
    return _said_before(r, hit, _WRITER_BEFORE_RE, 40)


_RELIEVED_BY_BEFORE_RE: Final = re.compile(
    r"\b(?:goes|went|gone|eases|eased|stops|stopped|passes|passed|settles|settled|disappears)\s+"
    r"(?:away\s+)?(?:as\s+soon\s+as|once|when|if|after)\s+(?:i|he|she|we|you)\s+(?:get\s+up\s+and\s+)?$"
)
_APPLIED_RE: Final = re.compile(
    r"\b(?:spray|sprays|oil|oils|cream|creams|gel|lotion|rub|balm|menthol|deep\s+heat|ointment|patch"
    r"|patches|flakes|bath\s+salts|epsom)\b"
)
_MADE_TO_TINGLE_RE: Final = re.compile(
    r"\b(?:makes?|made|making|leaves?|left)\s+(?:\w+\s+){0,2}$|\bskin\s+$"
)


def _applied_tingle(r: _Reading, hit: Hit) -> bool:
    """Tingling a spray, an oil or a cream put on the skin makes: the product's, not the
    nerves'."""
    start, end = _sentence_span(r, hit)
    if not _APPLIED_RE.search(r.text, start, end):
        return False
    return _said_before(r, hit, _MADE_TO_TINGLE_RE, 25)


_FEAR_OF_CRAMP_RE: Final = re.compile(
    r"\b(?:worried|worrying|scared|afraid|anxious|nervous|terrified|dread\w*|fear\w*)\b[^.!?]{0,40}?"
    r"\b(?:comes?\s+back|coming\s+back|come\s+again|happens?\s+again|will\s+(?:come|happen|start)"
    r"|might\s+(?:come|happen|start)|gets?\s+me\s+again|return\w*)\b"
)


def _book(r: _Reading, out: _Signs) -> None:
    if r.current.keys().isdisjoint(_BOOK_FINDINGS) and "new_medicine" not in r.past:
        return
    cramp = r.now("cramp") + r.supposed.get("cramp", [])
    # the sentences about cramps, read only when a frequency or lost sleep is told
    # (a sentence naming cramps only as someone's past still tells of cramps: "my gran used to
    # get cramps every night ... but mine have been waking me 4 or 5 nights a week")
    told = cramp + [
        h for h in r.past.get("cramp", ())
        if any(f.sentence == h.sentence for f in r.current.get("frequent", ()))
    ]  # fmt: skip
    about = _about_cramps(r, told) if r.any("frequent", "no_help", "sleep_loss") else set()
    if not cramp and r.now("no_help") and _CRAMP_REMEDY_RE.search(r.text):
        # the cramps left unsaid, their remedies named and failing: "every night for 3 months,
        # both calves ... tried magnesium, mustard packets, nothing works"
        about |= {
            h.sentence for h in r.now("frequent")
            if _MUSCLE_WORD_RE.search(r.text, *_sentence_span(r, h))
        }  # fmt: skip
    often = [h for h in r.now("frequent", "no_help") if h.sentence in about]
    # a medicine for something else, unchanged, is not a remedy that failed: "been on water
    # tablets for years, nothing changed"
    often = [
        h for h in often
        if h.concept != "no_help" or not _NOT_A_REMEDY_RE.search(r.text, h.start, h.end)
    ]  # fmt: skip
    # a cramp remedy of weeks or more that did nothing, in a message about cramps: "gave slow
    # mag 3 years already, no change" (not "stretches, yoga, nothing helps" two days after one)
    # ... or told with nothing else, the cramps the bot is about left unsaid ("tried magnesium
    # and stretches for a month now, nothing works")
    alone = not cramp and r.current.keys() <= _SELF_CARE_TALK
    if (cramp or alone) and (no_help := [h for h in r.now("no_help") if h.sentence not in about]):
        tried = r.sentences_with(_CRAMP_REMEDY_RE) & r.sentences_with(_WEEKS_OR_MORE_RE)
        often += [h for h in no_help if h.sentence in tried]
    # sleep lost anywhere in a message about cramps ("his cramps keep getting worse ... I'm
    # rubbing his legs half the night and neither of us is sleeping")
    # (not when the only cramp told is someone else's one: "wife screamed with a cramp, I've had
    # no sleep"; theirs that keep coming count: "dad's cramps get worse, mum's up half the night")
    # (not cramps named only as what a remedy asked about is for: "cant sleep. does magnesium
    # spray do anything for cramps")
    felt = [
        h for h in cramp if not _FOR_CRAMPS_BEFORE_RE.search(r.text, max(0, h.start - 20), h.start)
    ]
    lost = [h for h in r.now("sleep_loss") if h.sentence in about or felt]
    # sleep lost to the fear of one: "cant sleep worried the cramp comes back"
    lost = [h for h in lost if not _FEAR_OF_CRAMP_RE.search(r.text, *_sentence_span(r, h))]
    lost = [h for h in lost if not _awake_after_this_one(r, h)]
    # (not sleep lost to the fear of one: "cant sleep worried the cramp comes back")
    if lost and (
        any(h.person != "other" for h in r.now("cramp"))
        or r.now("frequent", "worsening")
        or _AT_NIGHT_RE.search(r.text)  # their cramps keep coming
    ):
        often += lost
    # "a glass of tonic water every night for leg cramps": how often the remedy is taken
    often = [h for h in often if not _FOR_CRAMPS_AFTER_RE.match(r.text, h.end)]
    # how often something else happens: "peeing constantly", "eating all the time"
    # (a frequency's, not a remedy that failed: "drink water every day but no improvement")
    often = [h for h in often if h.concept != "frequent" or not _another_habit(r, h)]
    # how often another state of the leg is felt: "with my CP my legs are tight all the time"
    often = [
        h for h in often
        if h.concept != "frequent"
        or not (_said_before(r, h, _STATE_RE, 25) or _STATE_AFTER_RE.match(r.text, h.end))
    ]  # fmt: skip
    # how often a group the writer meets gets them: "the customers come in with cramps all the
    # time", "the lads on site get cramps constantly" (not "me and the lads")
    often = [h for h in often if h.concept != "frequent" or not _of_a_group(r, h)]
    often = [h for h in often if not _woken_by_another(r, h) and not _rest_lost_otherwise(r, h)]
    # a frequency the cramps came down from: "gone from cramps every night to once a fortnight",
    # or someone else's ("up three times a night with the baby")
    often = [
        h for h in often
        if not _came_down_from(r, h) and not _WITH_THE_BABY_RE.match(r.text, h.end)
    ]  # fmt: skip
    # "the odd calf cramp after football, maybe twice a week": told as occasional
    often = [h for h in often if not _told_as_occasional(r, h)]
    # self-care failing in the cramp going on now, not over weeks: "calf cramp right now and
    # stretching doesnt help, what else can i do"
    if (
        any(h.concept == "no_help" for h in often)
        and _CRAMP_NOW_RE.search(r.text)
        and not _LONG_SPAN_RE.search(r.text)
    ):
        often = [h for h in often if h.concept != "no_help"]
    if often and not _controlled(r):
        out.add("frequent", often)
    # (not walking as the relief: "cramps up sitting on the ferry, goes as soon as i walk about")
    walking = [
        h
        for h in r.now("walking")
        if not _RELIEVED_BY_BEFORE_RE.search(r.text, max(0, h.start - 40), h.start)
    ]
    # (not asked of anyone: "is it true that calf pain when you walk that goes when you stop can
    # be a sign of blocked arteries?")
    walking = [h for h in walking if not _asked_of_anyone(r, h)]
    # (the pain as someone else sees it: "he stops and rubs his calf")
    # (not one climb's cramp, over: "puffing after carrying the shopping up three flights of
    # stairs and then my thigh cramped, both settled after a sit down")
    if (
        walking
        and r.any("rest_relief")
        and (r.now("pain", "cramp", "tight") or _RUBS_A_LEG_RE.search(r.text))
        and (_A_PATTERN_RE.search(r.text) or not _ONE_CLIMB_RE.search(r.text))
    ):
        out.add("walking_pain", walking)
    cramp = [h for h in cramp if not _asked_as_effect(r, h)]
    # a medicine started a while back, with cramps ever since: its start is meant to be past
    # ("put me on ramipril a couple of months back and ever since I get cramps")
    medicine = r.now("new_medicine") or [
        h for h in r.past.get("new_medicine", []) if _EVER_SINCE_RE.search(r.text, h.end)
    ]
    # (not the medicine started for the cramps: "gp started me on quinine for my cramps")
    medicine = [h for h in medicine if not _FOR_CRAMPS_AFTER_RE.match(r.text, h.end)]
    # (nor cramps that stopped, on a medicine changed or since something started: "the
    # amlodipine gave me cramps but they lowered the dose and they've stopped")
    # (nor cramps told as rare since: "no cramps for the past month since i started magnesium")
    if medicine and cramp and "statin" not in out.ids and not _settled(r) and not _controlled(r):
        out.add("new_medicine", medicine)
    tingle = [
        h for h in r.now("tingle", sites=LEG_SITES)
        if not _positional(r, h) and not _in_the_cold(r, h) and not _stung_skin(r, h)
        and not _recovered(r, h)  # "then it fizzed back to normal"
        and not _TINGLE_GONE_RE.match(r.text, h.end)  # "the pins and needles are all gone"
        and not _applied_tingle(r, h)  # "magnesium spray ... makes my skin tingle"
        and not (_brief(r, h) and not _chronic(r, [h]))  # "go within a minute of standing up"
    ]  # fmt: skip
    tingle = [h for h in tingle if not _aftermath(r, h) or _chronic(r, [h])]
    # numbness that has come and gone for months: "my toes go numb on and off, about a year now"
    if not _LOOKED_AFTER_RE.search(r.text):  # known and watched: "podiatrist checks them"
        tingle += [
            h for h in r.now("numb", sites=LEG_SITES)
            if _chronic(r, [h]) and not _positional(r, h) and not _in_the_cold(r, h)
            and not r.same_sentence([h], "sudden")  # "on hrt for a year, foot suddenly numb"
            and not _part_of_a_known_illness(r, h)  # "I have MS, legs always a bit numb"
        ]  # fmt: skip
    tingle = [h for h in tingle if not _tingle_before_cramp(r, h) and not _asked_about(r, h)]
    restless = r.sentences_with(_RESTLESS_RE) if tingle else set()
    # the urge to move of restless legs, told apart from pins and needles in its sentence
    tingle = [
        h
        for h in tingle
        if h.sentence not in restless or _NAMED_TINGLE_RE.match(r.text, h.start, h.end)
    ]
    if tingle and "new_numbness" not in out.ids:
        out.add("pins_needles", tingle)
    # (not a sign that shrinks as it heals: "redness is shrinking")
    thin = [
        h for h in r.now("wasting", sites=LEG_SITES)
        if not _HEALING_BEFORE_RE.search(r.text, max(0, h.start - 30), h.start)
    ]  # fmt: skip
    # thinner from weight lost on purpose, the strength kept: "lost 8 kilos on purpose since
    # january, strength is the same"; or thinner for life and unchanged ("always been thinner
    # ever since i broke that leg as a kid, nothing's changed")
    if (
        thin
        and (_WEIGHT_LOST_RE.search(r.text) or _LIFELONG_RE.search(r.text))
        and not r.now("weak")
    ):
        thin = []
    twitch = [
        h for h in r.now("twitch")
        if not _onset(r, h) and not _jumpy(r, h) and not _residue(r, h) and not _explained(r, h)
        and not _in_the_session(r, h) and not _part_of_a_known_illness(r, h)
        and not _a_few_times(r, h) and not _in_the_face(r, h) and not _one_time(r, h)
        and not _set_off(r)
    ]  # fmt: skip
    # weakness come on over months: "my calf muscles got weak slowly over this year" (book:
    # muscle weakness or wasting; new weakness is the same day's)
    # (not weakness long known and unchanged: "weak for years with my MS, no change lately")
    slow = [
        h for h in r.now("weak", sites=LEG_SITES)
        if _chronic(r, [h]) and _PROGRESSIVE_RE.search(r.text, *_sentence_span(r, h))
        and "new_numbness" not in out.ids and not _part_of_a_known_illness(r, h)
    ]  # fmt: skip
    if thin or twitch or slow:
        out.add("wasting", [*thin, *twitch, *slow])
    drinking = [h for h in r.now("drinking") if not _soft_drink(r, h) and not _one_occasion(r, h)]
    if drinking and _DIALYSIS_RE.search(r.text) and not _ALCOHOL_RE.search(r.text):
        drinking = []  # "drank way too much over the weekend" on dialysis: fluid, not alcohol
    if drinking:
        out.add("heavy_drinking", drinking)
    tender = r.now("tender", sites=LEG_SITES)
    # the skin's own soreness: "shins went hot and pink after a day on the beach, a bit tender"
    tender = [h for h in tender if not _SKIN_TROUBLE_RE.search(r.text, *_sentence_span(r, h))]
    if tender and _a_knock(r) and not r.now("swollen", sites=LEG_SITES):
        # "a bruise on my shin, only hurts if I press it", "landed on my knee, bit tender":
        # the knock's (the book item is a calf tender for over a day after a cramp)
        tender = []
    # sore to touch after a long hike or a run told with it: the effort's soreness (not "still
    # tender today after that whopper the other night ... did a light jog at lunch")
    tender = [
        h for h in tender
        if r.any("lasting") or r.now("cramp") or _STILL_RE.search(r.text, *_sentence_span(r, h))
        or not (_exerted(r.text, *_sentence_span(r, h)) or r.same_sentence([h], "hard_exercise"))
    ]  # fmt: skip
    # ... and tenderness told as going off: "the stretch worked, calf still a bit tender but much
    # better than when I woke" (a cramp's day of tenderness)
    if not r.any("lasting"):
        tender = [h for h in tender if not _BETTER_RE.search(r.text, *_sentence_span(r, h))]
    if tender and (r.any("lasting") or not (r.now("cramp") or _SEIZED_RE.search(r.text))):
        out.add("tenderness", tender)  # not a cramp's aftermath ("calf gone solid ... tender now")


# Weakness told as coming on over time: "slowly", "gradually", "getting weaker".
_PROGRESSIVE_RE: Final = re.compile(
    # ("slapping a bit more each month")
    r"\b(?:(?:more|worse|weaker)\s+(?:and\s+more\s+)?(?:each|every)\s+(?:week|month|year)"
    r"|slowly|gradually|getting\s+weak\w*|got\s+weak\w*|gone\s+weak\w*|becom\w*\s+(?:\w+\s+and\s+)?weak"
    r"|weaker\s+and\s+weaker|more\s+and\s+more\s+weak|weaker\s+(?:over|every|each)"
    # "over the last six months ... my legs just feel weaker" (not "weaker than the other")
    r"|(?:feel|feels|felt|feeling|are|is|seem|seems)\s+(?:\w+\s+)?weaker(?!\s+than))\b"
)
_OCCASIONAL_RE: Final = re.compile(
    r"\b(?:the\s+odd|an\s+odd|occasional\w*|now\s+and\s+(?:then|again)|every\s+so\s+often"
    r"|once\s+in\s+a\s+(?:while|blue\s+moon)|from\s+time\s+to\s+time|hardly\s+ever|rarely)\b"
)


def _told_as_occasional(r: _Reading, hit: Hit) -> bool:
    """A frequency told just after "the odd cramp" or "occasional" ("the odd calf cramp after
    football, maybe twice a week"), with no turn to now between ("occasional cramps but now
    they wake me every night")."""
    start, _ = _sentence_span(r, hit)
    ends = [m.end() for m in _OCCASIONAL_RE.finditer(r.text, start, hit.start)]
    return bool(ends) and not _TURN_RE.search(r.text, ends[-1], hit.start)


_TURN_RE: Final = re.compile(r"\b(?:but|now|lately|these\s+days|recently|suddenly)\b")


def _peeing(r: _Reading, hit: Hit) -> bool:
    """Trips to the loo told beside a water tablet or peeing ("it's a water tablet so I'm
    running to the loo a lot"): urine, not diarrhoea."""
    told = r.text[hit.start : hit.end]
    if not _TO_THE_LOO_RE.match(told):
        return False
    start, end = _sentence_span(r, hit)
    return _PEEING_RE.search(r.text, start, end) is not None


_TO_THE_LOO_RE: Final = re.compile(TO_THE_LOO)
_PEEING_RE: Final = re.compile(
    r"\b(?:pee\w*|wee(?:s|ing)?|urin\w*|water\s+(?:tablets?|pills?)|diuretics?|furosemide|frusemide"
    r"|bendroflumethiazide|indapamide|bumetanide|prostate|bladder)\b"
)


_CRAMP_REMEDY_RE: Final = re.compile(
    r"\b(?:magnesium|mag|slow[\s-]*mag|quinine|tonic|stretch\w*|pickle\s+juice|electrolytes?"
    r"|bananas?|potassium)\b"
)


_WEEKS_OR_MORE_RE: Final = re.compile(
    r"\b(?:weeks|months|years|ages|a\s+(?:month|year|fortnight)|(?:this|the\s+last)\s+month)\b"
)
# What a message of self-care tried may hold beside it (a time, a drink)
_SELF_CARE_TALK: Final = frozenset({"no_help", "lasting", "drinking", "frequent"})
_CRAMP_NOW_RE: Final = re.compile(
    r"\b(?:right\s+now|in\s+the\s+middle\s+of\s+(?:a|one|it)|at\s+the\s+moment|still\s+(?:locked|cramp\w*"
    r"|going|rock\s+hard|knotted|seized)|won'?t\s+(?:ease|stop|let\s+go|go\s+away|release)|mid[\s-]?cramp)\b"
)


_FOR_CRAMPS_BEFORE_RE: Final = re.compile(
    r"\b(?:for|against|with)\s+(?:leg\s+|night\s+|calf\s+)?$"
)


def _about_cramps(r: _Reading, cramp: list[Hit]) -> set[int]:
    """The sentences that tell of cramps: named ("they come nightly"), woken by the leg in
    whatever words ("twice a week I wake up screaming, it feels like something is eating my
    calf"), and a sentence that goes on from one of those."""
    about = {h.sentence for h in cramp} | r.sentences_with(_THEY_RE)
    about |= {h.sentence for h in r.now("frequent") if _woken_by_the_leg(r, h)}
    return about | {n + 1 for n in about if _continues(r, n + 1)}


_NOW_BEFORE_RE: Final = re.compile(
    r"\b(?:now|and\s+now|so\s+now|still|just|but)\s+(?:i\s+|i'?m\s+)?$"
)
_ONE_NIGHT_RE: Final = re.compile(r"\b(?:last\s+night|tonight|this\s+morning)\b")
# One cramp told at a time of this day, not a night's waking: "at football this evening",
# "an hour ago", "earlier while I was cooking"
_EARLIER_TODAY_RE: Final = re.compile(
    r"\b(?:this\s+(?:evening|afternoon)|tonight|earlier|(?:an?|one|two|three|half\s+an|\d+)\s+"
    r"(?:hours?|hrs?|minutes?|mins?)\s+ago)\b"
)
# Told as of this day: the above, "today", "this morning", "just now".
_AS_OF_TODAY_RE: Final = re.compile(
    rf"{_EARLIER_TODAY_RE.pattern}|\b(?:today|this\s+morning|just\s+now)\b"
)


def _awake_after_this_one(r: _Reading, hit: Hit) -> bool:
    """Sleep lost tonight to the one cramp that woke them or came earlier ("a calf one woke me an
    hour ago, now i cant sleep", "can't get back to sleep"), not cramps that keep spoiling
    sleep (no frequency, no worsening, no cramps "at night" told)."""
    if r.now("frequent", "worsening") or _AT_NIGHT_RE.search(r.text):
        return False
    # a night's sleep gone after the one that woke them: "woke me at 3 last night, running on
    # no sleep today"
    if r.text.startswith("no sleep", hit.start):
        return _WOKEN_RE.search(r.text) is not None and _ONE_NIGHT_RE.search(r.text) is not None
    if not r.text.startswith("can", hit.start):
        return False
    told_now = _NOW_BEFORE_RE.search(r.text, max(0, hit.start - 15), hit.start)
    back = "back" in r.text[hit.start : hit.end]
    # woken by it, or kept up after one earlier today ("cramped at football this evening, ok
    # now, just can't sleep")
    one = _WOKEN_RE.search(r.text) or _EARLIER_TODAY_RE.search(r.text, 0, hit.start)
    return bool(told_now or back) and one is not None


def _rest_lost_otherwise(r: _Reading, hit: Hit) -> bool:
    """Rest lost told only as "sleeping in the recliner" or "neither of us is getting any rest":
    the cramps' doing only when the sentence says they come at night, often or worse ("his leg
    cramps at night are getting worse ... sleeping in the recliner"), not "since my hip op as
    it's comfier" or "with the builders next door"."""
    start, end = _sentence_span(r, hit)
    # sleep lost to another cause named before it, no cramp between: "menopausal, eyes all
    # swollen from no sleep", "the baby is teething, no sleep" (not "cramps again, no sleep")
    cause = _SLEEP_THIEF_RE.search(r.text, start, hit.start)
    if cause and not any(cause.end() <= h.start < hit.start for h in r.now("cramp")):
        return True
    if _TIRED_FROM_ILLNESS_RE.search(r.text, start, hit.start) and not any(
        start <= h.start < hit.start for h in r.now("cramp")
    ):
        return True
    if not _LOOSE_REST_RE.match(r.text, hit.start):
        return False
    if any(h.sentence == hit.sentence for h in r.now("frequent", "worsening")):
        return False
    if _LITTLE_SLEEP_RE.match(r.text, hit.start):  # "so barely sleep": the message's night cramps
        start, end = 0, len(r.text)
    return _AT_NIGHT_RE.search(r.text, start, end) is None


# What tells a walk's pain as a pattern, and what tells one occasion of it, over.
_A_PATTERN_RE: Final = re.compile(
    r"\b(?:every|each|always|whenever|keeps?|again|any\s*time|same\s+(?:thing|again)|weeks|months"
    r"|years|lately|recently|these\s+days|most\s+days|usually|often|can\s+only|have\s+to\s+stop"
    r"|has\s+to\s+stop|when\s+i\s+walk|if\s+i\s+walk)\b"
)
_ONE_CLIMB_RE: Final = re.compile(
    r"\b(?:cramped|seized|locked\s+up|settled|was\s+(?:puffing|walking|climbing|carrying|hiking))\b"
)
# A small biter named: not a bite by something unseen.
_SMALL_BITER_RE: Final = re.compile(
    r"\b(?:midges?|mozzies?|mosquito\w*|gnats?|fleas?|ants?|horse\s*fl(?:y|ies)|bed\s*bugs?|mites?"
    r"|clegs?)\b"
)
# A shoe that makes the foot slap or catch, told as fine in others.
_FOOTWEAR_RE: Final = re.compile(
    r"\bin\s+(?:my|these|those|the|his|her)\s+(?:new\s+|old\s+)?(?:flip[\s-]?flops|sandals|slippers|crocs"
    r"|heels|wellies|wellingtons|clogs|sliders|thongs)\b"
)
# A difference had for life, unchanged: "always been thinner ... nothing's changed".
_LIFELONG_RE: Final = re.compile(
    r"\b(?:always\s+been|since\s+(?:i\s+was\s+)?(?:a\s+(?:kid|child|baby|boy|girl)|childhood|birth|i\s+was\s+born"
    r"|i\s+was\s+(?:little|young|small)))\b[^.!?]{0,80}?\b(?:nothing'?s?\s+changed|nothing\s+has\s+changed"
    r"|no\s+change|hasn'?t\s+changed|same\s+as\s+(?:ever|always))"
)
# Weight lost by choice: "lost 8 kilos on purpose", "been dieting", "on a diet since January",
# "doing slimming world", "on ozempic".
_WEIGHT_LOST_RE: Final = re.compile(
    r"\b(?:lost|losing|dropped|shed)\s+(?:about\s+|around\s+|over\s+)?(?:\d+(?:\.\d+)?\s*)?(?:kilos?|kg|stone"
    r"|st|pounds|lbs?|weight|a\s+lot\s+of\s+weight)\b[^.!?]{0,40}?\b(?:on\s+purpose|deliberately|dieting"
    r"|diet|running|training|gym|slimming|intentionally|trying\s+to)|\b(?:been|on\s+a|started\s+a)\s+"
    r"diet(?:ing)?\b|\bslimming\s+world\b|\bweight\s+watchers\b|\b(?:ozempic|wegovy|mounjaro)\b"
)
# Tablets told as used up before the child had the pack: "it was empty, i finished them last
# week", "the box had nothing in it".
_USED_UP_RE: Final = re.compile(
    r"\b(?:(?:it|the\s+\w+|they)\s+(?:was|were)\s+(?:already\s+)?empty|(?:i|we|she|he)\s+(?:had\s+)?"
    r"(?:finished|used\s+up|used)\s+(?:them|it|the\s+\w+)(?:\s+all)?\s+(?:last|a|two|three|ages|weeks?"
    r"|days?|months?|before|already|ages)|(?:had|has)\s+nothing\s+in\s+(?:it|them)|(?:it|they)\s+(?:was"
    r"|were)\s+(?:all\s+)?used\s+up)\b"
)
# Tablets counted and all there: "i counted them and all 10 are still there, none chewed"
_ALL_THERE_RE: Final = re.compile(
    r"\b(?:all\s+(?:\d+\s+|of\s+them\s+|the\s+tablets\s+|the\s+pills\s+)?(?:are|were)\s+(?:still\s+)?there"
    r"|(?:they'?re|they\s+are|they\s+were)\s+all\s+(?:still\s+)?there"
    r"|none\s+(?:are\s+|were\s+)?(?:missing|gone|taken|swallowed)|nothing\s+(?:is\s+|was\s+)?missing"
    r"|(?:counted|checked)\s+(?:them|the\s+\w+)\s+and\s+(?:they'?re|they\s+are|it'?s|all)\s+(?:all\s+)?"
    r"(?:there|full|fine))\b"
)
# Someone who cannot keep count of their own tablets, or who shows what too many do.
_CANNOT_KEEP_COUNT_RE: Final = re.compile(
    r"\b(?:dementia|alzheimer'?s?|memory\s+(?:problems|issues|loss)|learning\s+(?:disabilit\w+"
    r"|difficult\w+)|confused|muddled|drowsy|very\s+sleepy|so\s+sleepy|can'?t\s+wake|won'?t\s+wake"
    r"|being\s+sick|been\s+sick|vomit\w*|throwing\s+up|unresponsive)\b"
)
_RUBS_A_LEG_RE: Final = re.compile(
    r"\b(?:rub|rubs|rubbing|rubbed|massag\w+|clutch\w*|grab|grabs|grabbing|hold|holds|holding)\s+(?:at\s+)?(?:his|her"
    r"|my|their|the)\s+(?:left\s+|right\s+)?(?:calf|calves|leg|legs|thigh|thighs|shin)\b"
)
_WITH_THE_BABY_RE: Final = re.compile(
    r"\s+(?:with|for|feeding|to\s+feed|to\s+settle)\s+(?:the|my|our)\s+(?:baby|newborn|toddler|twins"
    r"|little\s+one|kids?)\b"
)


# A state of the leg other than cramping, told just before how often it is felt.
_STATES: Final = (
    r"tight|stiff|spastic|sore|achy|tired|heavy|restless|fidgety|cold|numb|tingly|crawly|creepy"
    r"|fizzy|itchy|jittery|jumpy"
)
_STATE_RE: Final = re.compile(
    rf"\b(?:(?:{_STATES})"
    # the urge of restless legs: "his legs want to move all the time"
    r"|(?:want|wants|wanting|need|needs|needing|urge)\s+to\s+(?:move|kick|jerk|stretch))"
    r"\s+(?:\w+\s+)?$"
)
# ... or told after it: "every night my calves feel crawly"
_STATE_AFTER_RE: Final = re.compile(
    r"\s+(?:my|the|his|her|their)\s+(?:legs?|calf|calves|feet|thighs?)\s+(?:feel|feels|get|gets"
    rf"|go|goes|are|is)\s+(?:\w+\s+)?(?:{_STATES})\b"
)


def _of_a_group(r: _Reading, hit: Hit) -> bool:
    """A frequency told of a group of other people before it in its sentence (customers,
    patients, the lads at work), or of one person told by where they are (the man in the next
    bed), with neither the writer among them nor a word of the writer's between."""
    start, _ = _sentence_span(r, hit)
    groups = sorted(
        [*_GROUP_RE.finditer(r.text, start, hit.start),
         *_BYSTANDER_RE.finditer(r.text, start, hit.start)],
        key=lambda m: m.start(),
    )  # fmt: skip
    if not groups:
        return False
    group = groups[-1]
    return not (
        _WITH_ME_RE.search(r.text, max(start, group.start() - 15), group.start())
        or _OWN_PERSON_RE.search(r.text, group.end(), hit.start)
    )


_GROUP_RE: Final = re.compile(
    r"\b(?:customers|clients|patients|residents|guests|punters|visitors|truck(?:ie|er)s|drivers"
    r"|runners|riders|cyclists|players|athletes|students|pupils|lads|blokes|colleagues|workmates"
    r"|co-?workers|staff|members|walkers|hikers|climbers|swimmers|dancers|soldiers|recruits"
    r"|workers|people|folks?|everyone|everybody|loads\s+of\s+(?:us|them))\b"
)
# One other person told by where they are, not by who they are to the writer: "the lady in
# the room next to mum's", "the bloke next to me on the line", "a man at my swimming club"
_BYSTANDER_RE: Final = re.compile(
    r"\b(?:the|a|an|this|that|some)\s+(?:(?:old|older|elderly|young|little|other|poor|nice|new)\s+)?"
    r"(?:lady|man|woman|guy|bloke|chap|fella|fellow|gent|gentleman|girl|boy|dude|patient|resident"
    r"|passenger)\s+(?:in|on|at|across|opposite|next|beside|behind|from|down|up|over|below|above"
    r"|by|near)\b(?:\s+(?:to\s+)?(?:me|mine|us)\b)?"
)
_WITH_ME_RE: Final = re.compile(r"\b(?:me|i|us|we)\s+(?:and|&|n)\s+(?:\w+\s+)?$")
_OWN_PERSON_RE: Final = re.compile(r"\b(?:i|me|i'?m|i'?ve|myself|we|us|we'?re|our)\b")


def _came_down_from(r: _Reading, hit: Hit) -> bool:
    """A frequency told as where the cramps were before they eased: "from ... to ...", or "5 a
    week at the start, now 1 or 2 a week" (both counts of that sentence)."""
    start, end = _sentence_span(r, hit)
    if (m := _AT_FIRST_NOW_RE.search(r.text, start, end)) and _fewer(
        m.group("was"), m.group("now")
    ):
        return True
    before = _FROM_BEFORE_RE.search(r.text, max(start, hit.start - 30), hit.start)
    return before is not None and _TO_AFTER_RE.match(r.text, hit.end) is not None


_NOT_A_REMEDY_RE: Final = re.compile(
    r"\b(?:water\s+(?:tablets?|pills?)|diuretics?|blood\s+pressure|statins?|cholesterol|thyroid|insulin"
    r"|metformin|inhalers?|the\s+pill|hrt)\b"
)


def _fewer(was: str, now: str) -> bool:
    """Whether the count told now ("1 or 2", "once", "hardly any") is below the one before."""
    before, after = _count(was), _count(now)
    return before is not None and after is not None and after < before


def _count(told: str) -> float | None:
    word = told.split()[0]
    if word.isdigit():
        return float(word)
    return _COUNT_WORDS.get(word)


_COUNT_WORDS: Final = {
    "one": 1, "once": 1, "two": 2, "twice": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "none": 0, "hardly": 0.5, "the": 0.5,
}  # fmt: skip
# A count at first and a count now: "5 a week at the start, now 1 or 2 a week", "started at 6
# cramps a week, now 1"
_AT_FIRST_NOW_RE: Final = re.compile(
    r"\b(?:(?:started|starting)\s+(?:at|with|on)\s+|used\s+to\s+(?:be|get|have)\s+|(?:was|were)\s+)?"
    r"(?P<was>\d+|one|two|three|four|five|six|seven|eight|nine|ten|once|twice)\b[^.!?]{0,40}?"
    r"(?:at\s+(?:the\s+)?(?:start|first|beginning)|to\s+begin\s+with|originally|before|a\s+week|a\s+night)"
    r"\s*,?\s+(?:and\s+|but\s+)?now\s+(?:only\s+|just\s+|down\s+to\s+|about\s+)?"
    r"(?P<now>\d+|one|two|once|twice|three|four|five|six|seven|hardly|none|the\s+odd)"
)


_FROM_BEFORE_RE: Final = re.compile(r"\bfrom\s+(?:\w+\s+){0,3}$")
_TO_AFTER_RE: Final = re.compile(
    r"\s*,?\s+(?:down\s+)?to\s+(?:about\s+|around\s+|maybe\s+|just\s+)?(?:once|one"
    r"|twice|none|nothing|zero|hardly|rarely|the\s+odd|occasional|\d)"
)
_SLEEP_THIEF_RE: Final = re.compile(
    r"\b(?:(?:peri)?-?menopaus\w*|hot\s+(?:flush|flash)\w*|night\s+sweats|baby|newborn|toddler"
    r"|teething|insomnia|night\s+shifts?|jet\s*-?\s*lag\w*|snor\w*|exams?|stress\w*|anxiety)\b"
)
# An illness's tiredness, with no cramp told before it in its sentence: "had covid in December
# and I'm still tired all the time" (not "night cramps since my second chemo cycle, I barely
# sleep")
_TIRED_FROM_ILLNESS_RE: Final = re.compile(
    r"\b(?:covid(?:-?19)?|flu|virus|post-?viral|glandular\s+fever|chemo\w*|radiotherapy|anaemi\w*"
    r"|anemi\w*)\b"
)
# Little sleep or tiredness told without its cause ("just shattered" after one night): the
# cramps' doing when the message has them at night, often.
_LITTLE_SLEEP = r"(?:barely|hardly|up)\b|half\s+the\s+night|exhausted|shattered|so\s+tired"
_LITTLE_SLEEP_RE: Final = re.compile(_LITTLE_SLEEP)
_LOOSE_REST_RE: Final = re.compile(
    r"sleep\w*\s+(?:\w+\s+){0,2}?in\s+|(?:not|isn|aren|neither)\w*.{0,20}getting"
    r"(?!\s+(?:any\s+)?better)|" + _LITTLE_SLEEP
)
_AT_NIGHT_RE: Final = re.compile(
    r"\b(?:at\s+night|every\s+night|nightly|most\s+nights|wake\s+(?:him|her|me|us)"
    r"|night\s+cramps|(?:cramps?|spasms?)\s+(?:\w+\s+)?(?:at|in\s+the)\s+night"
    r"|(?:\d|two|three|four|five|six)\s+nights?\s+(?:out\s+of|a|per|every|each)"
    r"|keeps?\s+(?:getting\s+)?(?:woken|waking|woke))\b"
)


_DIALYSIS_RE: Final = re.compile(
    r"\b(?:dialysis|haemodialysis|hemodialysis|dry\s+weight|fluid\s+(?:restriction|allowance|limit))\b"
)


def _asked_as_effect(r: _Reading, hit: Hit) -> bool:
    """Cramps asked about as a medicine's possible effect ("can it give you leg cramps?",
    "does amlodipine cause cramps"): a question, not cramps the writer has."""
    start, end = _sentence_span(r, hit)
    if not _said_before(r, hit, _EFFECT_RE, 30):
        return False
    if _HAS_THEM_RE.search(r.text):
        return False  # "could that be what's giving me cramps?", "i've had terrible ones since"
    sentence = r.text[start:end]
    return "?" in r.text[hit.end : end + 1] or _ASKING_RE.match(sentence) is not None


def _asked_of_anyone(r: _Reading, hit: Hit) -> bool:
    """A question told of "you" in general, with nothing of the writer's in its sentence."""
    start, end = _sentence_span(r, hit)
    if "?" not in r.text[start : end + 1] or _MINE_RE.search(r.text, start, end):
        return False
    return _ANYONE_WALKS_RE.search(r.text, start, end) is not None


_ANYONE_WALKS_RE: Final = re.compile(
    r"\b(?:when|if|after)\s+(?:you|one|people|someone)\s+walks?\b"
)
_MINE_RE: Final = re.compile(r"\b(?:my|i|i'?m|i'?ve|me|mine)\b")


def _asked_about(r: _Reading, hit: Hit) -> bool:
    """A symptom named in a question about what something causes ("can low B12 give leg
    cramps also or only the tingling type symptoms?"), not one the writer has."""
    start, end = _sentence_span(r, hit)
    sentence = r.text[start:end]
    if _ASKING_RE.match(sentence) is None or _HAS_THEM_RE.search(r.text):
        return False
    if _SIGN_OF_AFTER_RE.match(r.text, hit.end) and not _OWNED_BEFORE_RE.search(
        r.text, start, hit.start
    ):
        return True  # "is chest pain ever a sign of a clot (?)", with or without the mark
    asked = "?" in r.text[hit.end : end + 1]
    return asked and _EFFECT_VERB_RE.search(r.text, start, hit.start) is not None


_SIGN_OF_AFTER_RE: Final = re.compile(
    r"\s+(?:[\w']+\s+){0,3}?(?:sign|signs|symptom|symptoms|warning\s+sign)\s+of\b"
)
# ... not one the writer has: "is my swollen calf a sign of a clot?"
_OWNED_BEFORE_RE: Final = re.compile(r"\b(?:my|his|her|our|this|these)\s+(?:\w+\s+)?$")


# What a thing is asked to do: "cause", "give", "bring on".
_EFFECT_VERBS: Final = r"cause|causes|give|gives|make|makes|trigger|triggers|bring\s+on|lead\s+to"
_EFFECT_VERB_RE: Final = re.compile(rf"\b(?:{_EFFECT_VERBS})\b")
_HAS_THEM_RE: Final = re.compile(
    r"\b(?:giving|gives|gave|causing|caused|makes|made|making)\s+(?:me|her|him|them|my\s+\w+)\b"
    r"|\b(?:i'?ve|i\s+have"
    r"|she'?s|he'?s|been|i'?m|i\s+am)\s+(?:had|having|getting|been\s+getting|been\s+having)\b"
    r"|\bsince\s+(?:then|starting|i\s+started|it|taking)\b|\bones\s+since\b"
)
_EFFECT_RE: Final = re.compile(
    rf"\b(?:{_EFFECT_VERBS}|causing|giving|side\s+effects?\s+(?:of|like|such\s+as))\s+"
    r"(?:\w+\s+){0,2}?$"
)
_ASKING_RE: Final = re.compile(
    r"\s*(?:can|could|do|does|did|would|will|might|may|is|are|should)\b|.*\b(?:wonder\w*"
    r"|anyone\s+know)\b"
)


def _slowly_over_months(r: _Reading, hit: Hit) -> bool:
    """A finding told in its sentence as come on over months or years ("over the past year
    both legs have got weaker"), with nothing of late or now said there."""
    start, end = _sentence_span(r, hit)
    return (
        _SLOW_SPAN_RE.search(r.text, start, end) is not None
        and _RECENT_RE.search(r.text, start, end) is None
        and _NOW_TURN_RE.search(r.text, start, end) is None
    )


_SLOW_SPAN_RE: Final = re.compile(
    # (not how long since something was last done: "first time in years")
    r"\b(?:(?:over|(?<!time\s)in|during|for)\s+(?:the\s+)?(?:past\s+|last\s+)?(?:about\s+|around\s+|nearly\s+|almost\s+"
    r"|over\s+)?(?:a\s+|few\s+|couple\s+of\s+|\d+\s+|two\s+|three\s+|several\s+|many\s+)?(?:months|years?)"
    r"|this\s+past\s+(?:year|few\s+months)|(?:months|years)\s+now|gradual\w*|slowly)\b"
)
_NOW_TURN_RE: Final = re.compile(
    r"\b(?:but\s+now|suddenly|all\s+of\s+a\s+sudden|overnight|today)\b"
)


def _numbness(r: _Reading, out: _Signs) -> None:
    """New numbness or weakness in a leg (today); long-standing tingling is left to book."""
    if {"cold_leg", "cauda_equina"} & set(out.ids) or not r.any("numb", "weak", "cant_move"):
        return
    numb = [h for h in r.now("numb", sites=LEG_SITES) if not _positional(r, h)]
    numb = [h for h in numb if not (_with_the_cramp(r, h) and _eased(r))]
    numb = [h for h in numb if not _numbish_after(r, h)]
    numb = [h for h in numb if not _numb_for_a_moment(r, h) and not _recovered(r, h)]
    numb = [h for h in numb if not _known_deficit(r, h) and not _part_of_a_known_illness(r, h)]
    numb = [h for h in numb if not _dead_tired(r, h)]  # "legs feel dead" after leg day
    # long-standing numbness is not new, but "on and off for the last few days" is
    numb = [
        h for h in numb
        if not _chronic(r, [h]) or _RECENT_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    weak = [
        h for h in r.now("weak", "cant_move", sites=LEG_SITES)
        if not _during_cramp(r, h) and not _tired_legs(r, h)
        and (not _chronic(r, [h]) or _RECENT_RE.search(r.text, *_sentence_span(r, h)))
        and not _too_sore(r, h) and not _weak_by_name(r, h) and not _limited(r, h)
        and not _known_deficit(r, h)
        and (not _aftermath(r, h) or _LOST_USE_RE.match(r.text, h.start) or _lasts(r, h))
        # (come on over months, as for both legs below: "weaker than a year ago, getting worse
        # over months")
        and not _slowly_over_months(r, h)
        # (a shoe's doing: "slaps down when i walk in my new flip flops, fine in trainers")
        and not _FOOTWEAR_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    # new numbness or weakness in a hand or an arm, told as new ("since sunday the ring and
    # little finger are numb and weak ... never had that before") or as sudden ("my arm
    # suddenly went cold and white, it's numb": the catalogue's blocked artery is a leg's or a
    # foot's, as its source gives it; an arm gets the same day, as new loss of feeling)
    if _RECENT_RE.search(r.text) or r.any("sudden"):
        weak += [
            h for h in r.now("numb", "weak", sites=("body",))
            if _LIMB_WORD_RE.search(r.text, *_sentence_span(r, h)) and not _positional(r, h)
            and not _recovered(r, h) and not _numb_for_a_moment(r, h)
            and not (_with_the_cramp(r, h) and _eased(r)) and not _SLEPT_ON_RE.search(r.text)
        ]  # fmt: skip
    both = r.same_sentence(r.now("weak", "numb", "cant_move"), "both_legs")
    both = [h for h in both if not _recovered(r, h)]  # "went numb at yoga but it wore off"
    both = [h for h in both if not _tired_legs(r, h)]  # "legs like jelly" after the game
    # (come on over months: "over the last months my legs are getting thinner and weaker" is
    # weakness or wasting to book, not new)
    both = [h for h in both if not _slowly_over_months(r, h)]
    # (a known illness's, unchanged: "I have MS, my legs are always a bit numb, nothing new")
    both = [h for h in both if not _part_of_a_known_illness(r, h)]
    if numb or weak or both:
        out.add("new_numbness", [*numb, *weak, *both])


# Weakness after a cramp that has not gone: "still weak" the day after, or a foot that
# catches, drags or trips ("keep catching my foot on the stairs").
_LASTING_WEAK_RE: Final = re.compile(
    r"\bstill\s+(?:\w+\s+)?(?:weak|wobbly|giving\s+way)|\b(?:catch\w*|drag\w*|trip\w*|scuff\w*"
    r"|slap\w*)\s+(?:\w+\s+){0,2}?(?:foot|toes?|feet)\b|\bfoot\s+(?:keeps\s+)?(?:drop\w*|dragg\w*|catch\w*"
    r"|slapp\w*)"
    # "it kind of slaps when i walk"
    r"|\bit\s+(?:kind\s+of\s+|sort\s+of\s+|kinda\s+|sorta\s+|just\s+)?(?:slaps?|slapping|flops?|flopping)\b"
    # weakness since something began: "since i started the new tablets i cant lift my foot"
    r"|\b(?:ever\s+)?since\s+(?:i|he|she|they)\s+(?:started|began|went\s+on|changed|switched)\b"
)


def _lasts(r: _Reading, hit: Hit) -> bool:
    """Whether weakness after a cramp is still there, or makes the foot catch (see above)."""
    return _LASTING_WEAK_RE.search(r.text, *_sentence_span(r, hit)) is not None


# "my weak leg", "her weaker left leg", "the weak side": the leg a person knows as weak (after
# a stroke, polio, an old injury), named, not a weakness found today.
_WEAK_BY_NAME_RE: Final = re.compile(
    r"(?:my|his|her|their|your|the)\s+weak(?:er|est)?\s+(?:(?:left|right)\s+)?"
    r"(?:legs?|side|foot|feet|ankle|knee)\b"
)
_OWNER_BEFORE_RE: Final = re.compile(r"\b(?:my|his|her|their|your|the)\s+$")


def _weak_by_name(r: _Reading, hit: Hit) -> bool:
    """A leg called weak as its name ("since my stroke my weak leg jerks"), unless the sentence
    says something is new ("my weak leg suddenly gave way" counts by "gave way")."""
    start = hit.start - 7 if hit.start >= 7 else 0
    owner = _OWNER_BEFORE_RE.search(r.text, start, hit.start)
    if owner is None or not _WEAK_BY_NAME_RE.match(r.text, owner.start()):
        return False
    return not _acute_in(r, hit)


# An ability limited in speed or needing a hold ("can't get up quick", "can't stand without
# holding on to something"): how a frail person moves, not a leg that has lost its strength.
_LIMITED_AFTER_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,3}?(?:quick(?:ly)?|fast|as\s+(?:quick(?:ly)?|fast|easily|well)\b|easily"
    r"|without\s+(?:holding|hanging|grabbing|leaning|a\s+(?:stick|frame|cane|walker|rail|hand)"
    r"|(?:my|his|her)\s+(?:stick|frame|cane|walker)|something|help)|unaided)\b"
)


def _limited(r: _Reading, hit: Hit) -> bool:
    """An inability told with its limit (see above), unless the sentence says it is new,
    sudden or getting worse ("since this morning she can't stand without help")."""
    return (
        _LIMITED_AFTER_RE.match(r.text, hit.end) is not None
        and not _told_new(r, hit)
        and not r.same_sentence([hit], "worsening")
    )


def _told_new(r: _Reading, hit: Hit) -> bool:
    """Whether a finding's sentence tells it as new or sudden ("since this morning", "today",
    "suddenly", "the last few days")."""
    return _acute_in(r, hit) or _RECENT_RE.search(r.text, *_sentence_span(r, hit)) is not None


# A loss of feeling or strength known for years and unchanged ("MS for 12 yrs, left foot numb
# the whole time, no change"; "no feeling around my bottom since my spinal injury 12 years
# ago, all the same since"), or told with the condition that left it ("my husband had a
# stroke, weak on one side"): a known deficit, not a new sign.
_YEARS_KNOWN_DEFICIT_RE: Final = re.compile(
    r"\b(?:(?:\d+|many|several|a\s+few|two|three|four|five|six|seven|eight|nine|ten|twenty)\s*"
    r"(?:years?|yrs?|decades?)(?:\s+ago|\s+now)?|for\s+years|for\s+decades|since\s+(?:birth|childhood"
    r"|i\s+was\s+(?:a\s+)?(?:kid|child|baby|born)))\b"
)
_UNCHANGED_RE: Final = re.compile(
    r"\b(?:(?:been|is|are|stayed|stays|remains?|remained|all|it'?s|its)\s+(?:\w+\s+)?the\s+same"
    r"|no\s+change|unchanged|(?:not|never|hasn'?t|has\s+not|haven'?t)\s+changed|stable"
    r"|the\s+whole\s+time|same\s+as\s+(?:always|ever)|as\s+(?:always|usual)|nothing\s+new"
    # "nothing's changed there", "always a bit weak and numb"
    r"|nothing'?s\s+changed|nothing\s+has\s+changed|always\s+(?:a\s+bit\s+|been\s+|quite\s+)?(?:weak|numb))\b"
)
_DEFICIT_CAUSE_RE: Final = re.compile(
    r"\b(?:stroke|polio|cerebral\s+palsy|spina\s+bifida|spinal\s+(?:cord\s+)?injury|paraplegi\w*"
    r"|tetraplegi\w*|quadriplegi\w*|hemiplegi\w*|multiple\s+sclerosis|ms"
    # weeks in a cast or a boot leave the muscle thin and weak (the wasting's item, not new
    # weakness): "cast came off 6 weeks ago, calf still weak", "since the boot came off"
    r"|(?:cast|plaster|boot|brace|splint)\s+(?:came|come|was\s+taken|got\s+taken)\s+off"
    r"|(?:out\s+of|off)\s+(?:the|my|his|her)\s+(?:cast|plaster|boot|brace|splint))\b"
)


def _known_deficit(r: _Reading, hit: Hit) -> bool:
    """A numbness or weakness known for years and unchanged, or told with the condition that
    left it, with nothing new or sudden in its sentence (see above)."""
    if _told_new(r, hit) or r.any("sudden"):
        return False
    start, end = _sentence_span(r, hit)
    if hit.concept == "weak" and _DEFICIT_CAUSE_RE.search(r.text, start, end):
        return True  # "had a stroke, weak on one side"
    if _NEW_OR_WORSE_RE.search(r.text, start, end) and not _UNCHANGED_RE.search(
        r.text, start, end
    ):
        return False
    years = _YEARS_KNOWN_DEFICIT_RE.search(r.text, 0, end)
    return bool(years and _UNCHANGED_RE.search(r.text))


def _tired_legs(r: _Reading, hit: Hit) -> bool:
    """Legs "like jelly" or "wobbly" after a climb, a race or a workout: tired muscles, not a
    new weakness (one leg that gives way still counts)."""
    # "legs like jelly", "legs feel weak and wobbly like jelly"
    # one leg that gives way counts, told in the weakness's own clause (not "my left calf
    # cramped hard on the climb, now my legs are like jelly")
    start, end = _sentence_span(r, hit)
    clause_start = max(start, r.text.rfind(",", start, hit.start) + 1)
    if not _TIRED_RE.search(r.text, hit.start, hit.end + 25) or _ONE_SIDE_RE.search(
        r.text, clause_start, end
    ):
        return False
    # anywhere before: "did the stair climb, 40 floors! legs like jelly", "squash league, fifth
    # game ... both calves locked ... legs like jelly"
    return _exerted(r.text, 0, end)


def _dead_tired(r: _Reading, hit: Hit) -> bool:
    """Legs "dead" after hard exercise, with feeling not said to be lost ("killer leg day ...
    legs feel dead but i can walk fine"): spent muscles, not numbness. One leg named, or
    feeling lost ("can't feel my foot"), still counts."""
    if "dead" not in r.text[hit.start : hit.end]:
        return False
    start, end = _sentence_span(r, hit)
    if _ONE_SIDE_RE.search(r.text, start, end) or _FEELING_LOST_RE.search(r.text, start, end):
        return False
    return _LEGS_RE.search(r.text, max(start, hit.start - 30), hit.end) is not None and _exerted(
        r.text, 0, end
    )


_FEELING_LOST_RE: Final = re.compile(
    r"\b(?:can'?t|cannot|can\s+not|couldn'?t)\s+feel\b|\bno\s+feeling\b|\bnumb\w*"
)


_LOOKED_AFTER_RE: Final = re.compile(
    r"\b(?:podiatrist|neurologist|consultant|specialist|diabetes\s+(?:nurse|team|clinic)|gp|doctor"
    r"|doc|nurse)\s+(?:\w+\s+){0,3}?(?:checks?|checked|knows|aware|monitor\w*|looks?\s+at|sees|saw"
    r"|said|says|keeps?\s+an\s+eye)|\bdiagnosed\b|\bneuropathy\b"
)
_TIRED_RE: Final = re.compile(r"like\s+jelly|wobbly|jelly|rubbery|floppy")
# Walking hard because it hurts: "can hardly walk it's so sore", "just sore, can barely walk"
# (the weakness lexicon's walking forms, told with soreness).
_SORE_WHY_RE: Final = re.compile(
    r"\b(?:so|too|just|really|that|very|super|proper|well)\s+(?:sore|stiff|tender|achy|painful)\b"
    r"|\bdoms\b|\b(?:it'?s|they'?re|its)\s+(?:so\s+)?(?:sore|stiff)\b"
)


def _too_sore(r: _Reading, hit: Hit) -> bool:
    """Walking made hard by soreness told in its sentence, not a leg that has gone weak."""
    if "walk" not in r.text[hit.start : hit.end]:
        return False  # weakness told otherwise than by walking
    return _SORE_WHY_RE.search(r.text, *_sentence_span(r, hit)) is not None


# Come on over a day or more: "since yesterday", "for two days", "over the last few days".
_OVER_A_DAY_RE: Final = re.compile(
    r"\b(?:since\s+(?:yesterday|the\s+day\s+before)|for\s+(?:a\s+)?(?:couple\s+of|few|two|three|\d)"
    r"\s+days|(?:over|for|in|during)\s+(?:the\s+)?(?:last|past)\s+(?:few\s+|couple\s+of\s+|\d\s+|two\s+"
    r"|three\s+)?days|(?:over|for|in|during)\s+the\s+(?:last|past)\s+week"
    r"|since\s+(?:this|last)\s+week|(?:since|from)\s+(?:monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|the\s+weekend))\b"
)
# An arm or hand numb from how it lay: "woke with my arm dead from sleeping on it"
_SLEPT_ON_RE: Final = re.compile(
    rf"\b{_UNDENIED}(?:slept|sleeping|lying|lay|laid|lain|leaning|leant)"
    r"\s+(?:on|across)\s+(?:it|them|my|the)\b"
)
_LIMB_WORD_RE: Final = re.compile(r"\b(?:hands?|fingers?|thumbs?|arms?|forearms?|wrists?)\b")
# Told as new: "which is new", "it's new for me", "never had this before", "the numbness down my
# shin is new".
_TOLD_AS_NEW: Final = (
    r"(?:(?:which|that|thats|this|it|its|it's)\s+(?:is\s+|was\s+)?(?:completely\s+|totally\s+|all\s+)?new"
    r"|new\s+(?:for|to)\s+me|never\s+(?:had|felt|noticed)\s+(?:this|that|it)\s+(?:before|b4)"
    r"|(?:is|are)\s+(?:completely\s+|totally\s+|brand\s+)?new(?!\s+(?:shoes|boots|trainers|bed|job|mattress)))"
)
_RECENT_RE: Final = re.compile(
    r"\b(?:(?:the\s+)?(?:last|past)\s+(?:few|couple\s+of|\d|two|three|four)\s+days|since\s+(?:yesterday"
    r"|monday|tuesday|wednesday|thursday|friday|saturday|sunday|the\s+weekend|this\s+morning"
    r"|today|last\s+night)|this\s+week|(?:this|the)\s+(?:last|past)\s+week"
    r"|for\s+(?:a\s+)?(?:few|couple\s+of|two|three)\s+days"
    # second-language "since": "since 2 days", "since three days my foot is numb"
    r"|since\s+(?:a\s+)?(?:\d|one|two|three|four|five|six|few|couple)\s+(?:of\s+)?days?"
    # "started a few days ago"
    r"|(?:a\s+few|few|a\s+couple\s+of|couple\s+of|\d|two|three|four)\s+days\s+ago"
    rf"|{_TOLD_AS_NEW})\b"
)
_TOLD_AS_NEW_RE: Final = re.compile(rf"\b{_TOLD_AS_NEW}\b")


def _numb_for_a_moment(r: _Reading, hit: Hit) -> bool:
    """Numb "for a sec" and then "completely gone": a moment with the cramp, not new numbness."""
    if not _MOMENT_AFTER_RE.match(r.text, hit.end) and not (
        # "leg felt dead for a bit afterwards. all good now": what a cramp left, passed
        r.now("cramp") and _A_WHILE_AFTER_RE.match(r.text, hit.end)
    ):
        return False
    return _GONE_AGAIN_RE.search(r.text, hit.end) is not None


_MOMENT_AFTER_RE: Final = re.compile(
    r"\s+(?:\w+\s+)?for\s+(?:a\s+|one\s+|a\s+few\s+)?(?:sec|secs|second|seconds|moment|split\s+second)\b"
)
_A_WHILE_AFTER_RE: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:for\s+(?:a\s+bit|a\s+while|a\s+(?:few|couple\s+of)\s+min\w*|a\s+min\w*)"
    r"(?:\s+after(?:wards?)?)?|after(?:wards?)?)\b"
)
_GONE_AGAIN_RE: Final = re.compile(
    r"\b(?:completely\s+gone|(?:all\s+)?gone\s+now|back\s+to\s+normal|fine\s+now|normal\s+again"
    r"|all\s+(?:good|ok|okay|fine)\s+now"
    r"|went\s+away|it\s+was\s+(?:completely\s+)?gone)\b"
)


_AN_HOUR_S: Final = 3600
# Hours told of a journey or a shift: "fly from Istanbul to New York 10 hours", "a 12 hour drive".
_JOURNEY_HOURS_RE: Final = re.compile(
    r"\b(?:fly|flying|flew|flight|drive|driving|drove|train|bus|coach|ferry|journey|trip|shift)\b"
    r"[^.!?]{0,80}?\b\d+\s*(?:hours?|hrs?|h)\b|\b\d+\s*(?:hours?|hrs?|h)\s+(?:\w+\s+)?(?:flight|drive"
    r"|journey|trip|shift|train|bus|coach|ferry)\b"
)
# Findings that are not a cramp: a phrase of not going away with no cramp told is about them.
_NOT_A_CRAMP: Final = ("tingle", "numb", "swollen", "red", "warm", "dark", "twitch")


# What a cramp leaves, and other troubles, as the subject of "won't go away".
_OTHER_TROUBLE_RE: Final = re.compile(
    r"\b(?:sore\w*|ache|aching|tender\w*|bruis\w*|rash|itch\w*|stiffness|numbness|tingl\w*|swelling"
    r"|blister|lump|cough|headache)\b"
)


_STILL_RE: Final = re.compile(r"\bstill\b")
_CLAUSE_BREAK_RE: Final = re.compile(r"[,;:.!?]|\b(?:and|but|so)\b")


def _said_of_another_trouble(r: _Reading, at: int) -> bool:
    """A phrase of not going away whose subject, told first in its clause, is not the cramp:
    its soreness or tenderness, a rash, a blister ("the soreness from last night's cramp won't
    go away"; not "my foot went cold and the cramp won't stop")."""
    start, _ = r.bounds.span(at)
    # another finding told before it in its sentence, and no cramp yet: "pins and needles in
    # both feet since one year, it is not worse but not going away, and sometimes cramps"
    if any(start <= h.start < at for h in r.now(*_NOT_A_CRAMP)) and not any(
        start <= h.start < at for h in r.now("cramp")
    ):
        return True
    start = max([start, *(m.end() for m in _CLAUSE_BREAK_RE.finditer(r.text, start, at))])
    other = _OTHER_TROUBLE_RE.search(r.text, start, at)
    if other is None:
        return False
    first_cramp = next((h.start for h in r.now("cramp") if start <= h.start < at), at)
    return other.start() < first_cramp


_ONSET_NOW_RE: Final = re.compile(
    r"\b(?:now|today|tonight|this\s+(?:morning|afternoon|evening)|all\s+(?:day|afternoon|evening|night)"
    r"|since|started|starting|began|never\s+had|new)\b"
)


def _listed_without_onset(r: _Reading, hit: Hit) -> bool:
    """Cramps listed in the legs and elsewhere ("cramps in my legs, my back and my arms") with
    nothing in their sentence telling them as new."""
    told = r.text[hit.start : hit.end]
    if not (told.startswith("cramp") and re.search(r"\bin\b", told[:14])):
        return False
    return _ONSET_NOW_RE.search(r.text, *_sentence_span(r, hit)) is None


def _long(r: _Reading, out: _Signs, duration_s: int | None) -> None:
    """A cramp over 10 minutes: not easing (today) or passed (book). The cramp may be told
    by "one" alone ("a terrible one last night, 25 minutes by the clock")."""
    long_value = duration_s is not None and duration_s > LONG_DURATION_S
    journey = duration_s is not None and duration_s >= _AN_HOUR_S
    if long_value and journey and _JOURNEY_HOURS_RE.search(r.text):
        long_value = False  # "tomorrow I fly to New York 10 hours": the journey's hours
    told = r.now("cramp") or (long_value and episode.ONE_RE.search(r.text))
    if not told and not LONG_PHRASE_RE.search(r.text):
        return
    phrase = LONG_PHRASE_RE.search(r.text)
    if not long_value and not phrase:
        return
    if not told and r.now(*_NOT_A_CRAMP):  # "pins and needles for months, it doesn't go away"
        return
    if phrase and not long_value and _said_of_another_trouble(r, phrase.start()):
        return  # "the soreness from last night's cramp won't go away", "a rash that won't go away"
    cramps = r.now("cramp")
    worse = [  # this cramp getting worse, not the cramps over the weeks
        h for h in r.now("worsening")
        if r.same_sentence([h], "cramp") and not _PATTERN_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    going = _ONGOING_RE.search(r.text) or worse  # not easing: still going, or worse
    if phrase or (long_value and going and not _eased(r)):
        out.add("long_cramp", cramps)
        return
    if long_value:
        out.add("long_cramp_passed", cramps)


def _onset(r: _Reading, hit: Hit) -> bool:
    """Twitching as the start or part of a cramp ("it twitched first, then seized")."""
    start, end = _sentence_span(r, hit)
    if _ABOUT_TO_CRAMP_RE.search(r.text, start, end):
        return True  # twitchy "like it's going to lock up again": a cramp coming, not wasting
    with_cramp = bool(r.same_sentence([hit], "cramp"))
    # twitching told with how long it has gone on: "twitching for weeks", "twitchy for 5 days"
    ongoing = _chronic(r, [hit]) or any(
        h.sentence == hit.sentence and 0 <= h.start - hit.end <= 20
        for h in r.current.get("lasting", ())
    )
    if with_cramp and not ongoing and not _KEEPS_RE.search(r.text, start, end):
        return True  # "went into spasm, I could feel the muscles twitching": the cramp itself
    onset = _ONSET_RE.search(r.text, start, end) is not None
    # not twitching that keeps coming ("keeps twitching every evening since I started running",
    # "little twitches in my thigh for a few months now, plus more cramps than before")
    return (
        onset and with_cramp and not _AGAIN_AND_AGAIN_RE.search(r.text, start, end) and not ongoing
    )


# Words of something happening again and again: "keeps", "always", "on and off".
_AGAIN: Final = (
    r"keeps?|kept|constant\w*|always|often|all\s+the\s+time|on\s+and\s+off|lately|these\s+days"
)
_AGAIN_AND_AGAIN_RE: Final = re.compile(rf"\b(?:{_AGAIN}|every\s+(?:day|night|evening|morning))\b")


# Something that keeps happening or has gone on a while: "keeps", "for weeks", "since".
_KEEPS_RE: Final = re.compile(
    rf"\b(?:{_AGAIN}|weeks?|months?|years?|fortnight|every\s+(?:day|night)|recently|since"
    r"|for\s+ages|for\s+a\s+while)\b"
)


def _tingle_before_cramp(r: _Reading, hit: Hit) -> bool:
    """Tingling as the first part of this cramp ("my calf started tingling then knotted up"),
    not pins and needles that have gone on for weeks."""
    start, end = _sentence_span(r, hit)
    if _chronic(r, [hit]) or _KEEPS_RE.search(r.text, start, end):
        return False
    if not r.same_sentence([hit], "cramp"):
        # "from halfway my calves were tingling ... with 20km to go both calves went into
        # cramp": the same muscle cramping later in the story
        muscle = _MUSCLE_WORD_RE.search(r.text, start, end)
        later = [h for h in r.now("cramp") if hit.sentence < h.sentence <= hit.sentence + 2]
        return muscle is not None and any(
            muscle.group(0)[:4] in r.text[slice(*_sentence_span(r, h))] for h in later
        )
    between = r.text[hit.end : end]
    return _ONSET_RE.search(between) is not None


_MUSCLE_WORD_RE: Final = re.compile(
    r"\b(?:calf|calves|foot|feet|toes?|thighs?|hamstrings?|hammy|quads?|shins?|hands?|fingers)\b"
)


def _residue(r: _Reading, hit: Hit) -> bool:
    """Twitching still felt a little after a cramp ("left calf just now, can still feel it
    twitching"): the cramp's tail, unless it goes on for days or weeks."""
    _, end = _sentence_span(r, hit)
    if r.now("wasting"):
        return False
    if _FOR_A_FEW_MINUTES_RE.match(r.text[hit.end : end]):  # "kept twitching for a minute"
        return not _LONG_SPAN_RE.search(r.text)
    if _brief(r, hit):  # "thigh jumping a bit after leg day, stopped after a few minutes"
        return True
    if not _said_before(r, hit, _STILL_BEFORE_RE, 30):
        return False
    return not _KEEPS_RE.search(r.text)


_FEW_TIMES_RE: Final = re.compile(
    r"\s+(?:\w+\s+)?(?:once|twice|a\s+couple\s+of\s+times|a\s+few\s+times|once\s+or\s+twice"
    r"|two\s+or\s+three\s+times|for\s+a\s+(?:second|sec|moment))\b"
)


_FACE: Final = r"(?:eye\s*lids?|eyes?|lids?|lips?|face|cheeks?|eye\s*brows?|brows?|mouth|chin)"
_FACE_BEFORE_RE: Final = re.compile(rf"\b{_FACE}\s+(?:[\w']+\s+){{0,2}}$")
_FACE_AFTER_RE: Final = re.compile(
    rf"\s+(?:in|of|on|under|above)\s+(?:my|his|her|the|one)\s+(?:left\s+|right\s+)?{_FACE}\b"
)


def _in_the_face(r: _Reading, hit: Hit) -> bool:
    """Twitching of an eyelid, a lip or the face ("eyelid twitching", "a twitch in my eye"):
    common and not the muscle twitching of the sign."""
    start, _ = _sentence_span(r, hit)
    before = _FACE_BEFORE_RE.search(r.text, max(start, hit.start - 30), hit.start)
    return bool(before) or _FACE_AFTER_RE.match(r.text, hit.end) is not None


def _a_few_times(r: _Reading, hit: Hit) -> bool:
    """Twitching counted in ones and twos ("my calf twitched a couple of times after leg day"),
    not twitching that keeps on or goes on for weeks."""
    if not _FEW_TIMES_RE.match(r.text, hit.end) or _LONG_SPAN_RE.search(r.text):
        return False
    return not _KEEPS_RE.search(r.text, *_sentence_span(r, hit))


def _one_time(r: _Reading, hit: Hit) -> bool:
    """Twitching told of one night or one day ("my calf twitched last night but never
    cramped"), with nothing of it coming back, going on or a muscle thinning: a passing
    twitch, not the twitching that goes on."""
    if r.now("wasting", "weak") or _LONG_SPAN_RE.search(r.text) or _KEEPS_RE.search(r.text):
        return False
    return _ONE_TIME_RE.search(r.text) is not None and _AGAIN_RE.search(r.text) is None


_ONE_TIME_RE: Final = re.compile(
    rf"{_ONE_NIGHT_RE.pattern}|\b(?:this\s+(?:afternoon|evening)|yesterday|today|earlier"
    r"|just\s+now|the\s+other\s+(?:night|day))\b"
)
_AGAIN_RE: Final = re.compile(r"\b(?:again|most\s+(?:nights|days)|every\s+\w+|each\s+\w+)\b")


def _set_off(r: _Reading) -> bool:
    """Twitching set off by something everyday, told of now: coffee or energy drinks, nerves,
    a night without sleep, a hard session ("3 coffees before my shift and my thumb keeps
    twitching", "quads twitching for an hour after leg day, fine now", "nervous before my
    driving test and my thigh twitched a bit"); not twitching that goes on for days or weeks,
    comes every night or comes with a muscle weaker or thinner."""
    if r.now("wasting", "weak") or _LONG_SPAN_RE.search(r.text) or _OFTEN_RE.search(r.text):
        return False
    return _SET_OFF_RE.search(r.text) is not None or _exerted(r.text, 0, len(r.text))


_SET_OFF_RE: Final = re.compile(
    r"\b(?:coffees?|espressos?|caffeine|energy\s+drinks?|red\s*bulls?|monsters?|pre-?workout"
    r"|nervous|nerves|anxious|anxiety|stress\w*|panick?\w*|adrenaline|driving\s+test|exams?"
    r"|interview|no\s+sleep|all[\s-]?nighter|barely\s+slept|leg\s+day)\b"
)
_OFTEN_RE: Final = re.compile(
    r"\b(?:every|each|since|always|often|lately|these\s+days|most\s+(?:nights|days)|for\s+ages"
    r"|for\s+a\s+while)\b"
)


def _in_the_session(r: _Reading, hit: Hit) -> bool:
    """Twitching in the same swim, ride or race as the cramps the message tells ("toes cramped
    in the warm up, by the main set my calves were twitching too"): muscles on the edge of
    cramping, not twitching that goes on for days or weeks."""
    if _LONG_SPAN_RE.search(r.text):
        return False
    start, end = _sentence_span(r, hit)
    if _KEEPS_RE.search(r.text, start, end):
        return False
    if not (r.now("cramp") or _SEIZED_RE.search(r.text)):
        # no cramp named, the twitching starting in the effort and the pain that stops it: "on
        # the descent both quads started twitching, by a quarter mile the pain was too much"
        started = _BEGAN_RE.search(r.text, max(start, hit.start - 20), hit.end)
        return bool(started) and bool(r.now("pain")) and _exerted(r.text, 0, len(r.text))
    return _exerted(r.text, 0, len(r.text)) or _SESSION_RE.search(r.text) is not None


# The teeth and the jaw joint as the cause of a stiff jaw.
_DENTAL_RE: Final = re.compile(
    r"\b(?:grind\w*|clench\w*|bruxism|tmj|tmd|jaw\s+joint|dentist\w*|dental|wisdom\s+(?:tooth|teeth)"
    r"|(?:mouth|night|bite)\s+guard|brace[sd]?|filling|root\s+canal|tooth\s*ache|chewing\s+gum)\b"
)
_BEGAN_RE: Final = re.compile(r"\b(?:started|starting|began|begin\w*|start)\b")
# A cramp told by what the muscle did, and the parts of a session it came in.
_SEIZED_RE: Final = re.compile(
    r"\b(?:locked|locking|seiz\w*|knotted|spasm\w*|(?:gone|went|going)\s+(?:rock\s+)?(?:solid|hard)"
    # a cramp told by its likeness: "calf was like a rock for maybe 2 mins", "hard as a brick"
    r"|(?:like|as\s+hard\s+as|hard\s+as)\s+(?:a\s+)?(?:rock|brick|stone|plank|board|golf\s*ball"
    r"|tennis\s+ball|concrete)|rock[\s-]*hard|balled\s+up"
    # ... or by its grip: "calf went into a full on death grip like a shark had hold of it"
    r"|death\s+grip|(?:in|into)\s+(?:a\s+)?(?:vice|vise)(?:\s+grip)?)\b"
)
_SESSION_RE: Final = re.compile(
    r"\b(?:laps?|lengths?|(?:main|last|first)\s+set|warm[\s-]?up|mile\s+\d+|finish(?:\s+line)?"
    r"|the\s+line)\b"
)


_STILL_BEFORE_RE: Final = re.compile(r"\bstill\s+(?:\w+\s+){0,3}$")
_FOR_A_FEW_MINUTES_RE: Final = re.compile(
    r"\w*\s+(?:\w+\s+){0,2}?(?:for\s+(?:a|an|one|two|three|a\s+few|a\s+couple\s+of|couple\s+of|few"
    r"|several|\d+)\s+(?:more\s+)?(?:seconds?|secs?|minutes?|mins?)\b"
    # "calves twitchy the rest of the set"
    r"|(?:for\s+)?the\s+rest\s+of\s+the\s+(?:set|session|swim|run|game|match|ride|race|class|workout"
    r"|practice|training|lesson|evening|night|morning|afternoon|day)\b)"
)
# A finding that went within minutes: "stop after few minute", "go within a minute of standing".
_PASSED_IN_MINUTES_RE: Final = re.compile(
    r"\b(?:stop|stops|stopped|went|goes|gone|go|pass|passed|passes|settled|settles|settle|faded"
    r"|fades|fade|wore\s+off|wears\s+off|wear\s+off)\s+(?:away\s+|off\s+)?(?:after|within|in)\s+"
    r"(?:about\s+|around\s+|like\s+)?(?:a|an|one|two|few|a\s+few|a\s+couple\s+of|couple\s+of|\d+)"
    r"\s+(?:seconds?|secs?|minutes?|mins?|moments?)\b"
    # the time first: "after 1 minute it pass", "within a minute it's gone"
    r"|\b(?:after|within|in)\s+(?:about\s+|around\s+|like\s+)?(?:a|an|one|two|few|a\s+few|a\s+couple\s+of"
    r"|couple\s+of|\d+)\s+(?:seconds?|secs?|minutes?|mins?|moments?)\s*,?\s+(?:it|they)\s+(?:\w+\s+)?"
    r"(?:stop|stops|stopped|went|goes|gone|go|pass|passed|passes|settled|settles|settle|faded|fades"
    r"|fade|is\s+gone|'s\s+gone|are\s+gone|wore\s+off|wears\s+off)\b"
)


def _brief(r: _Reading, hit: Hit) -> bool:
    """A twitch or a tingle told, after it in its sentence, as gone within minutes, with
    nothing said of days, weeks or its being constant."""
    _, end = _sentence_span(r, hit)
    passed = _PASSED_IN_MINUTES_RE.search(r.text, hit.end, end)
    return passed is not None and _LONG_SPAN_RE.search(r.text) is None


_LONG_SPAN_RE: Final = re.compile(
    r"\b(?:days|weeks?|months?|years?|fortnight|all\s+the\s+time|constant\w*|every\s+day|lately)\b"
)


def _jumpy(r: _Reading, hit: Hit) -> bool:
    """ "Twitchy" said of the writer's nerves ("it makes me twitchy", "still a bit twitchy"),
    not muscles twitching under the skin."""
    if not r.text.startswith("twitchy", hit.start):
        return False
    start, _ = _sentence_span(r, hit)
    return _JUMPY_RE.search(r.text[max(start, hit.start - 25) : hit.start]) is not None


_JUMPY_RE: Final = re.compile(
    r"\b(?:makes?\s+me|made\s+me|i'?m|im|i\s+am|i\s+feel|feeling|still|a\s+(?:bit|little))\s+"
    r"(?:\w+\s+)?$"
)


def _sentence_span(r: _Reading, hit: Hit) -> tuple[int, int]:
    return r.bounds.bounds[hit.sentence]


def _said_before(r: _Reading, hit: Hit, pattern: re.Pattern[str], width: int) -> bool:
    """Whether `pattern` is told in the `width` characters before a mention, in its sentence."""
    start, _ = _sentence_span(r, hit)
    return pattern.search(r.text, max(start, hit.start - width), hit.start) is not None


def _chronic(r: _Reading, hits: list[Hit]) -> bool:
    sentences = {h.sentence for h in hits}
    return any(h.sentence in sentences for h in r.current.get("chronic", ()))


_CHANGE_RE: Final = re.compile(
    r"\b(?:now|suddenly|all\s+of\s+a\s+sudden|today|tonight|just\s+now"
    # "cramps on and off, but in the last half hour my foot has gone white"
    r"|(?:in\s+the\s+|within\s+the\s+|over\s+the\s+)?(?:last|past)\s+(?:half\s+(?:an\s+)?)?(?:hour|few\s+"
    r"(?:minutes|mins|hours)|\d+\s+(?:minutes|mins|hours))|(?:an?|\d+|half\s+an)\s+(?:hour|minutes?"
    r"|mins?)\s+ago)\b"
)


# A colour or feeling that does not return: "its not coming back even after an hour warming up".
_NOT_COMING_BACK_RE: Final = re.compile(
    r"\b(?:not|isn'?t|hasn'?t|won'?t|never)\s+(?:\w+\s+)?(?:coming|come|came|going|gone)\s+back\b"
    r"|\bstill\s+(?:white|numb|cold|blue|pale|waxy|grey|gray)\b[^.!?]{0,40}?\bafter\b"
)


def _chronic_unchanged(r: _Reading, hits: list[Hit]) -> bool:
    """Long-standing by its sentence, unless the sentence turns to a change after the long
    part and before the findings ("had a calf cramp for ages and now my foot has gone white")."""
    first = min(h.start for h in hits)
    return any(
        c.sentence in {h.sentence for h in hits}
        and not (c.end <= first and _CHANGE_RE.search(r.text, c.end, first))
        for c in r.current.get("chronic", ())
    )


# Cold feet met with what warms them, not a leg gone cold: "slept in bed socks".
_WARMED_RE: Final = re.compile(
    r"\b(?:bed\s*socks|socks|slippers|blankets?|duvet|hot\s+water\s+bottle|electric\s+blanket"
    r"|heating|heater|warmed\s+(?:them|it)\s+up)\b"
)


# A story set long ago in the message ("ran honolulu back in 83. ... stopped sweating"), and
# nothing in the finding's sentence that brings it to now.
_STORY_LONG_AGO_RE: Final = re.compile(
    r"\b(?:back\s+in\s+'?(?:19|20)?\d\d|(?:\d+|many|several|a\s+few)\s+years\s+ago|in\s+(?:19|20)\d\d)\b"
)
_TOLD_NOW_RE: Final = re.compile(
    r"\b(?:now|today|tonight|right\s+now|currently|at\s+the\s+moment|this\s+(?:morning|evening"
    r"|afternoon)|i'?m|i\s+am|is|are|still)\b"
)


def _told_long_ago(r: _Reading, hit: Hit) -> bool:
    """Whether a finding belongs to a story the message sets years back, its sentence telling
    nothing of now."""
    story = _STORY_LONG_AGO_RE.search(r.text)
    if story is None or story.start() > hit.start:
        return False
    return _TOLD_NOW_RE.search(r.text, *_sentence_span(r, hit)) is None


def _acute_cold(r: _Reading, hit: Hit, limb: list[Hit]) -> bool:
    """A cold leg counts when it is cold out of the ordinary: "ice cold", "colder than the
    other", "gone cold", or cold with another sign (pale, blue, numb, sudden)."""
    start, end = _sentence_span(r, hit)
    if _WARMED_RE.search(r.text, start, end) and not any(h.concept != "cold" for h in limb):
        return False  # "feet were icy so I slept in bed socks": cold feet in bed, warmed
    if _ACUTE_COLD_RE.search(r.text, start, end):
        return True
    if any(h.concept != "cold" for h in limb):
        return True
    if _COLD_CAUSE_RE.search(r.text):  # the snow, an ice pack, the sea: only numbness counts
        return bool(r.same_sentence([hit], "numb"))
    # "feet were cold last night": a cold night told as over, not a foot that has gone cold
    was = _WAS_COLD_RE.search(r.text, max(start, hit.start - 30), hit.start)
    if was and _A_NIGHT_GONE_RE.search(r.text, start, end):
        return bool(r.same_sentence([hit], "numb", "tingle", "worsening"))
    return bool(r.same_sentence([hit], "numb", "tingle", "worsening")) or r.any(
        "sudden", "worsening"
    )


# A cold told in the past tense of a night or a day that is over ("my feet were cold last night",
# "foot was freezing yesterday"), with nothing saying it lasts.
_WAS_COLD_RE: Final = re.compile(
    r"\b(?:was|were)\s+(?:(?:so|really|very|a\s+bit|quite|pretty)\s+)?$"
)
_A_NIGHT_GONE_RE: Final = re.compile(
    r"\b(?:last\s+night|yesterday|the\s+other\s+(?:night|day)|overnight|in\s+bed)\b"
    r"(?![^.!?]{0,40}\b(?:still|since|won'?t|wont|hasn'?t))"
)


def _during_cramp(r: _Reading, hit: Hit) -> bool:
    """ "couldn't move my foot" or "the leg buckled" while a cramp held it: part of the cramp,
    not a sign. A weakness that is there now ("still", "today", "can't") is not."""
    start, end = _sentence_span(r, hit)
    if _BRIEFLY_AFTER_RE.match(r.text, hit.end) and r.now("cramp"):
        return True  # "i cannot move my leg for around 1 minute": as long as the cramp held
    if _lasts(r, hit):
        return False  # "still weak since that cramp yesterday": not the cramp's grip
    past_tense = r.text[hit.start : hit.end].startswith(("couldn", "could not"))
    if not past_tense and _TOLD_AS_NEW_RE.search(r.text, start, end):
        return False  # "... they feel weak, struggled up the stairs today which is new"
    if _NOW_TOLD_BEFORE_RE.search(
        r.text, max(start, hit.start - 14), hit.start
    ) and _RECENT_RE.search(r.text, start, end):
        return False  # "for the last 2 days my foot feels weak": days of it, not a cramp's grip
    if (
        not past_tense
        and _AFTERMATH_RE.search(r.text, start, end)
        and _LOST_USE_RE.match(r.text, hit.start)
    ):
        return False  # "since the cramp I can't stand on it": a leg that fails now
    if _PERSISTS_RE.search(r.text[max(start, hit.start - 25) : min(end, hit.end + 40)]):
        return False  # "keeps giving way on the stairs since yesterday": not one cramp's grip
    named_before = [
        c for c in r.now("cramp")
        if c.sentence == hit.sentence and c.end <= hit.start
        and _AFTER_THE_CRAMP_RE.search(r.text, max(start, c.start - 20), c.start)
    ]  # fmt: skip
    if named_before and not past_tense:
        return False  # "after the cramp my foot won't move": a foot that fails since
    if _NOW_RE.search(r.text, start, end) and not past_tense:
        cramps = [c for c in r.now("cramp") if c.sentence == hit.sentence]
        # "cramp last night, now my foot is numb and I can't move it": after the cramp
        turned = any(
            _TURN_TO_NOW_RE.search(r.text, c.end, hit.start)
            and not _STILL_CRAMPING_RE.search(r.text, max(0, c.start - 20), c.end)
            for c in cramps
        )
        return bool(cramps) and not turned
    return bool(r.now("cramp"))


# A finding told as it is now: "my foot feels weak", "has been weak" (not "went weak").
_NOW_TOLD_BEFORE_RE: Final = re.compile(
    r"\b(?:feels?|feeling|is|are|'s|has\s+been|have\s+been|been|getting)\s+(?:\w+\s+)?$"
)
_FOOT_FINE_RE: Final = re.compile(
    r"\b(?:foot|feet|toes|it|it'?s|its|they'?re|theyre|they)\s+(?:is\s+|are\s+|look\w*\s+|feel\w*\s+)?"
    r"(?:(?:warm|pink)\s+(?:again|now)|warm|pink)\s*(?:,\s*|and\s+|&\s+)"
    r"(?:a\s+)?(?:(?:totally|completely|perfectly|all)\s+)?(?:normal|pink|warm|fine|ok|okay|good)"
    r"(?:\s+colou?r(?:ed)?)?\b"
    # a colour in a list of a check's good findings: "toes wiggle fine, pink, no swelling"
    r"|\b(?:wiggl\w*|mov\w*)\s+(?:fine|ok|okay|normally|well)\s*(?:,\s*|and\s+|&\s+)(?:pink|warm)\b"
    r"|\b(?:pink|warm)\s*(?:,\s*|and\s+|&\s+)(?:(?:pink|warm)\s*(?:,\s*|and\s+|&\s+))?"
    r"(?:no|not)\s+(?:swelling|swollen|puffy|cold|numb|pale|tingl\w*)\b"
    # "in daylight they look normal and feel warm"
    r"|\b(?:look\w*|feel\w*)\s+(?:normal|fine|ok|okay)\s+(?:and|&)\s+(?:look\w*|feel\w*)\s+(?:warm|normal"
    r"|fine|pink)\b"
    # told as all well again: "All normal now, pink and warm"
    r"|\b(?:all|everything|back\s+to)\s+(?:normal|fine|good|ok|okay)(?:\s+(?:again|now))?\s*[,;:-]?\s*"
    r"(?:pink|warm)\s*(?:,\s*|and\s+|&\s+)(?:pink|warm)\b"
)
_COMPLETE_RE: Final = re.compile(
    r"\b(?:at\s+all|completely|totally|(?:won'?t|will\s+not)\s+move|not\s+even\s+a\s+(?:bit|little))\b"
)
_AFTER_THE_CRAMP_RE: Final = re.compile(
    r"\b(?:after|since)\s+(?:the|that|this|my|last\s+night'?s|this\s+morning'?s)\s+(?:\w+\s+)?$"
)
_STILL_CRAMPING_RE: Final = re.compile(r"\b(?:is|are|'s|still)\s+(?:\w+\s+)?cramping$")
_TURN_TO_NOW_RE: Final = re.compile(
    r"(?:[,;]|\band\b|\bbut\b)\s+(?:\w+\s+)?(?:now|today|this\s+morning|since\s+then)\b|\bever\s+since\b"
)


# A spell of a minute or so: "for around 1 minute", "for a few seconds", "for a bit".
_BRIEFLY_AFTER_RE: Final = re.compile(
    r"[\w\s']{0,20}?\bfor\s+(?:about\s+|around\s+|like\s+|maybe\s+|a\s+good\s+)?(?:a\s+(?:few\s+|couple\s+"
    r"(?:of\s+)?)?(?:sec\w*|min\w*|moment|bit|while|second|minute)|(?:1|2|3|4|5|one|two|three|four"
    r"|five|ten|\d{1,2})\s*(?:sec\w*|s\b|min\w*))\b"
)
# Cramps going on since then: "... and ever since", "since then I get", "and now I get".
_EVER_SINCE_RE: Final = re.compile(
    r"\b(?:ever\s+since|since\s+then|and\s+(?:now|since)\s+(?:i|my)\b)"
)
_FOR_CRAMPS_AFTER_RE: Final = re.compile(
    r"\s+(?:for|against|to\s+(?:stop|prevent|help\s+with|ward\s+off))\s+(?:\w+\s+){0,2}?(?:cramps?|them)\b"
)
_PERSISTS_RE: Final = re.compile(
    r"\b(?:keeps?|kept|since\s+(?:yesterday|last|this|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|\d)|for\s+(?:days|weeks|hours|a\s+few\s+days)|all\s+day|again\s+and\s+again"
    # "over the last week it's got harder to lift my foot"
    r"|(?:over|in|for)\s+the\s+(?:last|past)\s+(?:few\s+)?(?:days?|weeks?|fortnight)"
    r"|(?:got|getting|become|becoming)\s+(?:harder|worse|weaker))\b"
)


def _breath_held_by_cramp(r: _Reading, hit: Hit) -> bool:
    """ "could barely breathe till it let go", "woke up gasping with a cramp": the pain of a
    cramp taking the breath for as long as it held, not a breathlessness of its own."""
    if not r.same_sentence([hit], "cramp"):
        return False
    if _WITH_CRAMP_AFTER_RE.match(r.text, hit.end):  # "gasping with a cramp", "when it cramps"
        return True
    return _HELD_RE.match(r.text, hit.end) is not None and _eased(r)


# Right after the breath words: while the cramp held, or for a moment.
_HELD_RE: Final = re.compile(
    r"[^.!?;,]{0,30}?\b(?:(?:till|until)\s+(?:it|the\s+(?:\w+\s+)?cramp|they|the\s+\w+|my\s+\w+)\s+"
    r"(?:\w+\s+)?(?:let|eased|passed|stopped|went|released|relaxed|calmed|settled|unlocked|was\s+over)"
    r"|while\s+(?:it|the\s+(?:\w+\s+)?cramp)\s+(?:lasted|held|was\s+(?:on|going|happening|cramping))"
    r"|with\s+(?:a|the|that)\s+(?:\w+\s+)?cramp|when\s+(?:my|the|a)\s+(?:\w+\s+)?cramps?"
    r"|for\s+a\s+(?:second|sec|moment|bit|few\s+seconds)|from\s+the\s+pain)\b"
)
_WITH_CRAMP_AFTER_RE: Final = re.compile(
    r"[^.!?;,]{0,30}?\b(?:with\s+(?:a|the|that)\s+(?:\w+\s+)?cramp|when\s+(?:my|the|a)\s+(?:\w+\s+)?"
    r"cramps?\b|whenever\s+(?:\w+\s+){1,2}?cramps?\b)"
)


# Cramps that came after the bite and are still coming: "and now both legs keep cramping".
_SINCE_BITE_RE: Final = re.compile(r"\b(?:now|since|keeps?|still|started)\b")
# A leg that fails, not one that is only tired: after a cramp it is still a new sign.
_LOST_USE_RE: Final = re.compile(
    r"can'?t|cannot|won'?t|giv|gave|buckl|kept\s+falling|keep\s+falling"
    # "foot won't move", "leg isn't working": the limb named first
    r"|(?:foot|feet|leg|legs|toes?)\s+(?:won'?t|will\s+not|isn'?t|is\s+not)"
)
# Not the lungs: a blocked nose, pollen, a cold, laughing.
# Breathless at rest, whatever was done earlier: "out of breath on the phone", "puffed just
# walking to the kitchen".
_AT_REST_RE: Final = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:on\s+the\s+phone|at\s+rest|talking|in\s+bed|lying\s+in\s+bed"
    r"|(?:just\s+)?(?:walking\s+|going\s+)?(?:to|across|round|around)\s+the\s+(?:kitchen|room|flat"
    r"|bathroom|toilet|loo|lounge)|getting\s+dressed|doing\s+nothing)\b"
)
_ON_BREATHING_RE: Final = re.compile(r"breath|inhal")
# A stitch, or a cramp of the belly or ribs that hurt to breathe while it held: "the muscle just
# under my right ribs cramped so hard it hurt to breathe"
_STITCH_RE: Final = re.compile(
    r"\bstitch\w*|\b(?:ribs?|belly|stomach|tummy|abs|side|diaphragm)\b[^.!?]{0,30}?\b(?:cramp\w*"
    r"|spasm\w*|seized)\s+(?:up\s+)?so\s+(?:hard|bad|badly|tight)\b"
)
_LASTING_CATCH_RE: Final = re.compile(r"\b(?:hours?|days?|all\s+day|since|still|weeks?)\b")
# a blow to the ribs or chest: "cracked a rib", "fell on my ribs", "elbowed in the chest"
_RIB_BLOW_RE: Final = re.compile(
    r"\b(?:broke|broken|cracked|bruised|fractured|injured)\s+(?:a\s+|my\s+|his\s+|her\s+)?ribs?"
    r"|\bribs?\s+(?:[\w']+\s+){0,6}?(?:since|after)\s+(?:i|he|she)\s+(?:fell|was\s+hit|crashed|came\s+off)"
    r"|\b(?:fell|landed|crashed)\s+(?:[\w']+\s+){0,4}?(?:on|onto)\s+(?:my|his|her)\s+(?:ribs|chest|side)"
    r"|\b(?:hit|kicked|elbowed|punched|kneed)\s+(?:[\w']+\s+)?in\s+the\s+(?:ribs|chest)"
)


def _one_leg_aches(r: _Reading) -> bool:
    """Pain in one leg, not both ("my calf aches", not "calves ache after")."""
    both = {h.sentence for h in r.now("both_legs")} | r.sentences_with(_LEGS_RE)
    return any(h.sentence not in both for h in r.now("pain", sites=LEG_SITES))


_LEGS_RE: Final = re.compile(r"\b(?:calves|legs|thighs|shins|feet|hamstrings|quads|both)\b")


def _gone_with_the_effort(r: _Reading, hit: Hit, breath: list[Hit]) -> bool:
    """A chest tight for a few seconds at the top of a hill, gone at once when the writer slowed
    down, with nothing else: the effort's, not a clot in the lung."""
    if breath or r.any(*_CLOT) or _risks(r):
        return False
    start, end = _sentence_span(r, hit)
    return (
        _exerted(r.text, start, end) and _GONE_AT_ONCE_RE.search(r.text, hit.end, end) is not None
    )


_GONE_AT_ONCE_RE: Final = re.compile(
    r"\b(?:settled|went|passed|eased|stopped|disappeared|gone)\s+(?:off\s+)?(?:straight|right)\s+away"
    r"|\b(?:as\s+soon\s+as|once|when)\s+i\s+(?:slowed|stopped|eased\s+off|walked|rested)"
)


def _explained_catch(r: _Reading, hit: Hit, breath: list[Hit]) -> bool:
    """Pain on breathing in that the message explains: a stitch that came and went with
    nothing else, or a blow to the ribs or chest with no breathlessness. Put down to a pulled
    muscle, a cold or a cough, it still counts (a cough is itself a sign of a clot in the lung)."""
    if not _ON_BREATHING_RE.search(r.text, hit.start, hit.end) or breath:
        return False
    if r.any(*_CLOT) or _risks(r):
        return False
    start, end = _sentence_span(r, hit)  # how long the catch lasted, told in its sentence
    if _STITCH_RE.search(r.text) and not _LASTING_CATCH_RE.search(r.text, start, end):
        return True
    return _RIB_BLOW_RE.search(r.text) is not None


_NOT_SETTLING_RE: Final = re.compile(
    r"\b(?:hasn'?t|has\s+not|isn'?t|is\s+not|not|won'?t)\s+(?:\w+\s+)?(?:settled|settling|calmed"
    r"|eased|easing|gone|better|stopped)|an\s+hour\s+later|hours\s+later"
    # still short of breath a good while after the effort: "it's been 40 minutes sitting down and
    # I still can't catch my breath"
    r"|\bstill\s+(?:\w+\s+){0,2}?(?:can'?t|cannot|can\s+not|struggling\s+to)\s+(?:catch|get)\s+(?:my|his"
    r"|her)\s+breath|\bstill\s+(?:breathless|out\s+of\s+breath|short\s+of\s+breath|gasping|puffing"
    r"|panting)|(?:[2-9]\d|\d{3})\s+(?:minutes|mins)\s+(?:later|sitting|resting|of\s+rest|at\s+rest)"
)
_NOT_LUNG_RE: Final = re.compile(
    r"\b(?:nose|nasal|stuffy|blocked\s+up|pollen|hay\s*fever|(?:a|the|stinking|bad|head)\s+cold"
    r"|flu|laugh\w*)\b"
)
# "I can't breathe 😂": the idiom of laughing, only in those words and with laughter beside it.
_CANT_BREATHE_RE: Final = re.compile(r"can'?t\s+breathe")
_LAUGHTER_RE: Final = re.compile(r"😂|🤣|\b(?:lol|lmao|haha\w*|crying\s+laughing|dying)\b")


# Breath back within a minute or two: "out of puff for a minute, then fine".
_BACK_AT_ONCE_RE: Final = re.compile(
    r"\s+(?:for\s+)?(?:a|one|two|a\s+few|a\s+couple\s+of|\d+)\s+(?:minutes?|mins?|moments?|secs?"
    r"|seconds?|bit)(?:\s+or\s+(?:two|so))?\s*,?\s+(?:then|and\s+then|but\s+then|and|but)\s+"
    r"(?:i\s+was\s+|i'?m\s+|was\s+|it\s+was\s+|felt\s+|(?:i\s+)?caught\s+my\s+breath"
    r"|got\s+my\s+breath\s+back)?(?:totally\s+|completely\s+|absolutely\s+)?(?:fine|ok|okay|alright"
    r"|normal|good|back\s+to\s+normal|$|[,.!])"
)


def _caught_at_once(r: _Reading, hit: Hit) -> bool:
    """Breath lost to an effort told in its sentence and back within a minute or two ("ran for
    the bus and was out of puff for a minute, then fine"), with no clot's sign in the leg."""
    if r.now(*_CLOT, sites=LEG_SITES) or not _exerted(r.text, *_sentence_span(r, hit)):
        return False
    return _BACK_AT_ONCE_RE.match(r.text, hit.end) is not None


def _not_lung(r: _Reading, hit: Hit) -> bool:
    """Breath or a hand at the chest with another cause in its sentence (a cold, laughing,
    being winded by a fall or a blow)."""
    start, end = _sentence_span(r, hit)
    if r.text.startswith("winded", hit.start) and r.any("injury"):
        return True
    if (
        _CANT_BREATHE_RE.match(r.text, hit.start)
        and _LAUGHTER_RE.search(r.text, max(start, hit.start - 20), min(end, hit.end + 25))
        and not r.now(*_CLOT, sites=LEG_SITES)  # "can't breathe ... calf swole ... lol"
    ):
        return True  # laughter beside it: "I can't breathe 😂"
    return _NOT_LUNG_RE.search(r.text, start, end) is not None


_CLUTCH_RE: Final = re.compile(r"grabb|clutch|clasp|holding|gripp")
# The cramps over weeks getting worse, not this one: "getting worse lately", "each one".
_PATTERN_RE: Final = re.compile(
    r"\b(?:lately|recently|these\s+days|each\s+(?:cramp|one|time)|every\s+(?:cramp|time|week|night)"
    r"|over\s+the\s+(?:weeks|months|years)|last\s+night'?s|my\s+cramps)\b"
)
# Cold with a cause the writer names: "came in from the snow", "after an ice pack".
_COLD_CAUSE_RE: Final = re.compile(
    r"\b(?:snow\w*|ice\s*packs?|ice|icy\s+water|sea|lake|pool|swim\w*|cold\s+(?:water|floor"
    r"|weather|day|night|room)|outside|outdoors|winter|freezing\s+(?:out|outside)|warm(?:ed|s)?\s+up"
    r"|always\s+cold)\b"
)


def _aftermath(r: _Reading, hit: Hit) -> bool:
    """Weakness or soreness the day after a cramp: expected, not a new sign."""
    start, end = _sentence_span(r, hit)
    return _AFTERMATH_RE.search(r.text, start, end) is not None


def _over(r: _Reading, hit: Hit) -> bool:
    """An illness told as over ("a stomach bug last month, all fine now")."""
    start, end = _sentence_span(r, hit)
    return _OVER_RE.search(r.text, start, end) is not None


_KEEP_COMING_RE: Final = re.compile(
    r"\b(?:on\s+and\s+off\s+(?:ever\s+)?since|ever\s+since|even\s+after\s+(?:drinking|a\s+drink|rehydrat\w*"
    r"|electrolytes)|despite\s+(?:drinking|rehydrat\w*|electrolytes)|keep\s+coming\s+back)\b"
)
# Little drunk beside the sweat: "sweated buckets and barely drank anything", "ran out of water"
_DRANK_LITTLE_RE: Final = re.compile(
    r"\b(?:(?:barely|hardly|didn'?t|did\s+not|never|forgot\s+to|not)\s+(?:\w+\s+)?(?:drink|drank"
    r"|drunk|drinking)\b(?!\s+(?:\w+\s+)?(?:alcohol|beer|wine|booze|coffee))|ran\s+out\s+of\s+water"
    r"|no\s+water\b|nothing\s+to\s+drink|dehydrated)"
)
_OVER_RE: Final = re.compile(
    r"\b(?:last\s+month|(?:\d+|a|two|three|few)\s+(?:weeks?|months?)\s+ago|(?:all\s+)?(?:fine"
    r"|better|ok|okay|recovered)\s+now|got\s+over\s+it)\b"
)
_NO_SYMPTOMS_RE: Final = re.compile(
    r"\b(?:no|not\s+(?:any|got\s+any|had\s+any)|without\s+any)\s+(?:\w+\s+)?symptoms?\b|\bsymptom[\s-]free\b"
    r"|\bfeel\s+(?:totally\s+|completely\s+|absolutely\s+)?fine\b"
)
_ABRUPT_RE: Final = re.compile(r"sudden|all\s+of\s+a\s+sudden|out\s+of\s+nowhere")
# Cramps told as under control ("the cramps have nearly stopped", "they've eased right off").
_CONTROLLED_RE: Final = re.compile(
    r"\b(?:cramps|they|them)\s+(?:have|has|'ve|are|have\s+now)\s+(?:\w+\s+)?(?:stopped|gone"
    r"|disappeared|eased\s+off|stopped\s+completely|under\s+control)|(?:nearly|almost|mostly"
    r"|pretty\s+much)\s+(?:stopped|gone|disappeared)|hardly\s+(?:get|have|had)\s+(?:them|any)"
    # "I've barely had any", "none in the last 6 weeks", "not had one for a month"
    r"|(?:barely|hardly|rarely)\s+(?:had|get|got|have)\s+(?:any|one|them)\b"
    r"|\b(?:none|no\s+cramps?)\s+(?:at\s+all\s+)?(?:in|for)\s+(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?"
    r"(?:days?|weeks?|months?)"
    r"|(?:not|haven'?t|havent)\s+had\s+(?:a\s+single\s+one|one|any)\s+(?:in|for)\s+(?:the\s+)?"
    r"(?:last\s+|past\s+)?(?:\w+\s+)?(?:days?|weeks?|months?)"
    # a routine that keeps them away: "tonic water every night keeps her cramps away"
    r"|(?<!nothing\s)(?<!never\s)(?<!n't\s)(?<!not\s)(?<!nothing\sever\s)(?<!no\sway\sto\s)"
    r"(?:keeps?|kept)\s+(?:\w+\s+){0,2}?(?:cramps?|them)\s+(?:away|at\s+bay)"
    # a count now against the old one: "two in the last month instead of twenty", "down from
    # most nights"
    r"|(?:instead\s+of|down\s+from)\s+(?:about\s+|around\s+|the\s+usual\s+|the\s+old\s+)?(?:\d+"
    r"|ten|fifteen|twenty|thirty|forty|fifty|every\s+night|most\s+nights|nightly|every\s+day|daily)\b"
)
_RESTLESS_RE: Final = re.compile(
    r"\b(?:restless\s+legs?|rls|urge\s+to\s+move|(?:only|just)\s+(?:moving|walking)\s+(?:\w+\s+)?"
    r"(?:helps|makes\s+it\s+stop|stops\s+it)|have\s+to\s+(?:keep\s+)?mov(?:e|ing)\s+(?:them|my\s+legs)"
    # up and walking to ease it: "I have to get up and walk it off", "walking about helps"
    r"|(?:have|need|got)\s+to\s+(?:get\s+(?:up|out\s+of\s+bed)\s+and\s+)(?:walk|move|pace)\w*"
    r"|walking\s+(?:about|around)\s+helps|can'?t\s+keep\s+(?:them|my\s+legs|my\s+feet)\s+still)\b"
)
_ABOUT_TO_CRAMP_RE: Final = re.compile(
    r"\b(?:gonna|going\s+to|about\s+to|ready\s+to|wants?\s+to|threaten\w*\s+to)\s+"
    r"(?:\w+\s+)?(?:cramp|lock|seize|spasm|go\s+again)"
)
# What is drunk when it is not alcohol ("I drink loads of water", "coffee ... loads of it").
_SOFT_DRINK_RE: Final = re.compile(
    r"\b(?:water|coffee|tea|milk|juice|squash|fluids?|electrolytes?|cola|coke|pop|soda|tonic"
    r"|smoothies?|decaf|espresso)\b"
)
# Self-care for cramps told just before ("stretching and", "magnesium, bananas and")
_SELF_CARE_BEFORE_RE: Final = re.compile(
    r"\b(?:stretch\w*|magnesium|bananas?|electrolytes?|salt|quinine|pickle\s+juice|massag\w*)"
    r"[\s,]+(?:(?:and|&|n|plus)\s+)?(?:been\s+|also\s+)?$"
)
_FLUIDS_TALK_RE: Final = re.compile(r"\b(?:pee|wee|urine|thirst\w*|hydrat\w*|dehydrat\w*)\b")
_ALCOHOL_RE: Final = re.compile(
    # (and its measures: "6 cans most nights", "tins", "units")
    r"\b(?:alcohol\w*|beer|beers|wine|vodka|whisk(?:e)?y|gin|rum|cider|pints?|booze|spirits|cans|tins"
    r"|tinnies|units"
    r"|lager|ale|cocktails?|hungover|hangover|soju|sake|prosecco|champagne|stout|bourbon|scotch"
    r"|brandy|tequila|sherry|schnapps|ouzo|raki|rakia|baijiu|mead)\b"
    # "drunk" as the drinking, not the state: not "barely drunk anything", "had drunk loads of
    # water", "not drunk enough today"
    r"|(?<!\bbarely\s)(?<!\bhardly\s)(?<!\bnot\s)(?<!\bnever\s)(?<!\bscarcely\s)(?<!\bhad\s)"
    r"(?<!\bhave\s)(?<!\bhas\s)(?<!\bve\s)\bdrunk\b(?!\s+(?:any|anything|much|enough|nothing|water"
    r"|fluids?|some\s+water|loads\s+of\s+water|a\s+lot\s+of\s+water|very\s+little|little)\b)"
)


def _one_occasion(r: _Reading, hit: Hit) -> bool:
    """Drinking "loads" at one party or night out ("big night out for my 30th, drank loads"):
    one occasion, not heavy drinking, unless the message tells it as a habit."""
    if not _LOADS_RE.match(r.text, hit.start, hit.end):
        return False  # an amount told with how often ("8 cans a day") is a habit
    return _OCCASION_RE.search(r.text) is not None and _DRINK_HABIT_RE.search(r.text) is None


_NIGHTS_RE: Final = re.compile(
    r"\b(?:(?:most|every|each)\s+(?:single\s+)?(?:night|evening)s?|nightly|a\s+night"
    r"|(?:[2-7]|two|three|four|five|six|seven)\s+nights\s+a\s+week)\b"
)
_LOADS_RE: Final = re.compile(
    r"(?:drink|drinking|drank)\s+(?:\w+\s+)?(?:a\s+lot|too\s+much|loads)\b"
)
_OCCASION_RE: Final = re.compile(
    r"\b(?:night\s+out|party|wedding|birthday|\d+(?:st|nd|rd|th)\b|stag|hen\s+(?:do|party)|christmas"
    r"|new\s+year|festival|bbq|barbecue|celebrat\w*|leaving\s+do|reunion|graduation|match\s+day"
    # a day away: "walked 20km on holiday, drank loads of beer too"
    r"|on\s+holiday|on\s+hols|on\s+vacation|on\s+(?:a|the|my|our)\s+(?:trip|holiday|cruise|weekend\s+away))"
)
_DRINK_HABIT_RE: Final = re.compile(
    r"\b(?:every|most|always|daily|usually|each|nightly|a\s+(?:night|day)|for\s+(?:years|months"
    r"|weeks)|lately|these\s+days|often|regularly)\b"
)


def _soft_drink(r: _Reading, hit: Hit) -> bool:
    """Drinking "loads" of water or coffee is not heavy drinking, nor drinking more told among
    the things tried for cramps ("been stretching and drinking loads for weeks"), nor an amount
    drunk with no alcohol named ("I just drink loads at suhoor", "I drink a lot during the
    day"): alcohol is named, or told by a pattern that means it ("drinking heavily", "drinks
    every night", "drink too much")."""
    after = r.text[hit.end : hit.end + 25]
    if _SOFT_DRINK_RE.match(after.lstrip().removeprefix("of").lstrip()):
        return True
    if _SELF_CARE_BEFORE_RE.search(r.text, max(0, hit.start - 40), hit.start):
        return True
    if _ALCOHOL_RE.search(r.text):
        return False
    amount = _LOADS_RE.fullmatch(r.text, hit.start, hit.end)
    if amount and not amount.group().endswith("too much"):
        # "a lot", "loads": how much, not what; but "i drink a lot, most nights" is the evening's
        return not _NIGHTS_RE.search(r.text, hit.end, _sentence_span(r, hit)[1])
    if r.ever("heat") or _EXERTION_RE.search(r.text) or _FLUIDS_TALK_RE.search(r.text):
        return True  # "drank loads" on a hike, in the heat or beside the colour of one's pee
    # "coffee? i drink loads of it", "tonic water ... she drink it every night": the drink
    # named before
    refers = _REFERS_BACK_RE.match(after) is not None or _PRONOUN_OBJECT_RE.search(
        r.text, hit.start, hit.end
    )
    return bool(refers) and bool(_SOFT_DRINK_RE.search(r.text, 0, hit.start))


# A cast, boot or splint no longer on: "had a cast on my leg till last month", "the cast came
# off last week", "out of the boot since May", "after the splint".
_OFF_AFTER_RE: Final = re.compile(
    r"\s+(?:[\w']+\s+){0,4}?(?:(?:till|until|til|up\s+to)\s+(?:last|a\s+(?:few|couple)|\d+|one|two"
    r"|three|four|five|six|some)\b|(?:came|come|comes|taken|took|got|been\s+taken|was\s+taken)"
    r"\s+(?:it\s+)?off\b|(?:is|was|been|came|finally)\s+off\b|off\s+(?:now|since|last|a\s+week))"
)
_OFF_BEFORE_RE: Final = re.compile(
    r"\b(?:out\s+of|after|since|free\s+of|rid\s+of|off)\s+(?:my|the|a|his|her)\s+(?:\w+\s+)?$"
)


def _taken_off(r: _Reading, hit: Hit) -> bool:
    """Whether a cast, boot or splint is told as no longer on (`_OFF_AFTER_RE`)."""
    _, end = _sentence_span(r, hit)
    return bool(_OFF_AFTER_RE.match(r.text, hit.end, end)) or _said_before(
        r, hit, _OFF_BEFORE_RE, 30
    )


def _explained_on_statin(r: _Reading, statin: list[Hit]) -> bool:
    """Cramps with an obvious cause on a long-standing statin are not the statin sign: a
    cramp after a run, on a statin taken for years, with no other muscle pain or weakness; or
    calf pain that comes on walking and goes at rest (the arteries: book, not the statin)."""
    # (the tenderness a cramp leaves is not muscle pain: "its gone now just a bit tender")
    tender = [
        h for h in r.now("tender")
        if not _aftermath(r, h) and not _LEFT_TENDER_RE.search(r.text, *_sentence_span(r, h))
    ]  # fmt: skip
    if r.now("weak") or tender or _ACHES_RE.search(r.text):
        return False
    if r.now("new_medicine") or _DOSE_CHANGED_RE.search(r.text):
        return False  # started or changed lately: not a long-standing statin
    long_taken = any(
        _YEARS_ON_RE.match(r.text, h.end, _sentence_span(r, h)[1])
        or _YEARS_ON_BEFORE_RE.search(r.text, max(0, h.start - 30), h.start)  # "10 yrs on it"
        for h in statin
    ) or bool(_MISSED_DOSES_RE.search(r.text))  # doses missed of a statin taken as a rule
    cause = (
        _EXERTION_RE.search(r.text)
        or r.any("hard_exercise")  # "after long walk in mountains"
        or _STRAINED_RE.search(r.text)
        or r.ever("heat")
        or (r.now("walking") and r.now("rest_relief"))
        # too little drunk, or long shifts on one's feet: "doubled up on shifts and hardly drank"
        or _DRANK_LITTLE_RE.search(r.text)
        or _LONG_SHIFTS_RE.search(r.text)
    )
    return long_taken and bool(cause)


_LONG_SHIFTS_RE: Final = re.compile(
    r"\b(?:double|doubled\s+up\s+on|back[\s-]+to[\s-]+back|extra|(?:1[0-6]|twelve|fourteen)[\s-]*"
    r"(?:hour|hr)s?|long|night)\s+shifts?\b|\bon\s+my\s+feet\s+all\s+(?:day|night|shift)\b"
)


# the tenderness a cramp leaves once it has gone: "its gone now just a bit tender"
_LEFT_TENDER_RE: Final = re.compile(
    r"\b(?:gone|went|passed|eased|over)\b[^.!?]{0,25}?\b(?:just|only|still)\s+(?:a\s+bit\s+"
    r"|a\s+little\s+|slightly\s+)?(?:tender|sore)\b"
    # a cramp last night, a little sore today: "cramp in my calf last night, bit tender today"
    r"|\b(?:last\s+night|yesterday|in\s+the\s+night|overnight)[,\s]+(?:(?:and|but|now|just|only)\s+)?"
    r"(?:a\s+)?(?:bit|little|slightly|still|tad)?\s*(?:tender|sore)\s+(?:today|this\s+morning|now)\b"
)
# a muscle pulled or strained: the cramp's obvious cause ("pulled my hamstring moving a sofa")
_STRAINED_RE: Final = re.compile(
    r"\b(?:pulled|strained|tweaked|tore|torn|sprained)\s+(?:my|a|the)\s+(?:\w+\s+)?(?:hamstring|hammy"
    r"|calf|muscle|groin|quad|thigh|ankle)\b"
)


_MISSED_DOSES_RE: Final = re.compile(
    r"\b(?:missed|forgot|forgotten|skipped)\s+(?:to\s+take\s+)?(?:my|his|her|a\s+couple\s+of|a\s+few|two"
    r"|some|a)\s+(?:\w+\s+)?(?:\w*statins?|doses?|tablets?|pills?)\b"
)
_DOSE_CHANGED_RE: Final = re.compile(
    # (not a change denied: "nothing changed", "no changes")
    r"\b(?<!nothing\s)(?<!nothing's\s)(?<!not\s)(?<!never\s)(?<!hasn't\s)(?<!haven't\s)"
    r"(?:doubled|increased|upped|raised|higher\s+dose|new\s+dose|switched|changed|started"
    r"|starting|began)\b"
    # (the work doubled, not the dose: "doubled up on shifts this week")
    r"(?!\s+up\s+on\s+(?:my\s+|the\s+|extra\s+|night\s+)?(?:shifts?|work|overtime|hours|training"
    r"|sessions?|runs?|miles|workouts?|classes)\b)"
)
# "since 2015", "for 10 years", "for years": taken long before this cramp
_YEARS_ON_BEFORE_RE: Final = re.compile(
    r"\b(?:\d+\+?|many|several|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty)"
    r"\s*(?:years|yrs|decades)\s+(?:now\s+)?(?:on|taking)\s+(?:\w+\s+)?$"
)
_YEARS_ON_RE: Final = re.compile(
    # (after a list too: "... and atorvastatin, all for 8+ years")
    r",?\s+(?:\w+\s+){0,2}?(?:since\s+(?:19|20)\d\d|(?:for\s+)?(?:\d+\+?|many|several|a\s+few|two|three|four"
    r"|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s*"
    r"(?:years|yrs|decades)\b(?!\s+(?:old|of\s+age|young))|for\s+years|for\s+ages"
    r"|for\s+a\s+decade)"
)
# muscle pain beyond the cramp: "every muscle aches", "my thighs ache all the time"
_ACHES_RE: Final = re.compile(
    r"\b(?:muscles?\s+(?:\w+\s+)?(?:ache|aches|aching|hurt|hurts|sore|pain)|aches?\s+all"
    r"|all\s+over|constantly|all\s+the\s+time|for\s+no\s+reason|unexplained)\b"
)


_STOPPED_BEFORE_RE: Final = re.compile(
    r"\b(?:stopped|quit|came\s+off|come\s+off|got\s+off|no\s+longer\s+(?:on|take|taking)"
    r"|not\s+been\s+on|haven'?t\s+(?:taken|been\s+on))\s+(?:taking\s+|the\s+|my\s+)?$"
)
_MONTHS_AGO_RE: Final = re.compile(
    r"\b(?:(?:\d+|two|three|four|five|six|a\s+few|several|many|a\s+couple\s+of)\s+(?:years?|months)"
    r"\s+(?:ago|back)|last\s+year|years\s+ago|a\s+year\s+ago)\b"
)
_BACK_ON_RE: Final = re.compile(
    r"\b(?:back\s+on|restarted|started\s+(?:it\s+)?again|on\s+it\s+again)\b"
)


def _stopped_long_ago(r: _Reading, hit: Hit) -> bool:
    """A medicine stopped months or years ago ("I stopped simvastatin two years ago"), not
    taken again since."""
    start, end = _sentence_span(r, hit)
    before = r.text[max(start, hit.start - 30) : hit.start]
    return (
        _STOPPED_BEFORE_RE.search(before) is not None
        and _MONTHS_AGO_RE.search(r.text, start, end) is not None
        and _BACK_ON_RE.search(r.text) is None
    )


def _stopped_and_settled(r: _Reading, hit: Hit) -> bool:
    """A medicine stopped, after which the aches stopped ("doc switched me off simvastatin last
    month and the muscle aches stopped"): seen to and over."""
    start, _ = _sentence_span(r, hit)
    before = r.text[max(start, hit.start - 30) : hit.start]
    stopped = _STOPPED_BEFORE_RE.search(before) or _TAKEN_OFF_BEFORE_RE.search(before)
    return bool(stopped) and _SETTLED_AFTER_RE.search(r.text, hit.end) is not None


_TAKEN_OFF_BEFORE_RE: Final = re.compile(
    r"\b(?:switched|took|taken|put|moved)\s+(?:me\s+|him\s+|her\s+|them\s+)?off\s+(?:the\s+|my\s+)?$"
)
_SETTLED_AFTER_RE: Final = re.compile(
    r"\b(?:aches?|aching|pains?|cramps?|symptoms?|weakness|it|they)"
    # told with whose they were: "the cramps I had in the first month have gone", "the aches
    # mum had on her statin have stopped"
    r"(?:\s+(?:i|he|she|we|they|you|mum|mom|dad|\w+)\s+(?:had|got|was\s+getting|were\s+getting"
    r"|used\s+to\s+(?:get|have))(?:\s+[\w-]+){0,6}?)?"
    r"\s+(?:have\s+|has\s+|are\s+|were\s+)?(?:now\s+)?(?:all\s+|completely\s+|totally\s+)?"
    r"(?:stopped|gone|went\s+away|cleared(?:\s+up)?|settled|disappeared|eased\s+off)\b"
    # or by the nights since: "the last two weeks he's slept through"
    r"|\b(?:has|have|'s|'ve)\s+slept\s+(?:right\s+|straight\s+)?through\b"
)
# A doctor's change to a medicine: "the gp lowered the dose", "switched me from simvastatin to
# pravastatin", "they dropped it to 5mg", "since the gp halved the dose"
_DOCTOR_CHANGED_RE: Final = re.compile(
    r"\b(?:lowered|reduced|halved|cut|dropped|switched|changed|swapped|moved)\s+(?:me\s+|him\s+"
    r"|her\s+|it\s+|them\s+)?(?:\w+\s+){0,2}?(?:(?:dose|dosage|from|to\s+(?:a\s+)?(?:different|another"
    r"|lower|new))\b|to\s+(?:\w+\s+)?\d)"
)

# (nor settled when the medicine is to be taken again: "now the doctor's restarting it")
# Pins and needles told as gone: "the pins and needles are all gone", "tingling has stopped"
_TINGLE_GONE_RE: Final = re.compile(
    r"\s+(?:in\s+(?:my|his|her|the)\s+\w+\s+)?(?:is|are|has|have|'s|'re)\s+(?:now\s+)?(?:all\s+"
    r"|completely\s+|totally\s+)?(?:gone|cleared(?:\s+up)?|disappeared|stopped)\b"
)
_NOT_SETTLED_AFTER_RE: Final = re.compile(
    r"\b(?:but|still|again|back|returned|worse|re-?start\w*|re-?introduc\w*)\b"
)


def _settled(r: _Reading) -> bool:
    """Cramps or aches told as stopped, and nothing told still going after it ("the cramps
    have stopped but my thighs are weak" still has a sign)."""
    found = _SETTLED_AFTER_RE.search(r.text)
    if found is None or _NOT_SETTLED_AFTER_RE.search(r.text, found.end()):
        return False
    # (cramps told as they always were stay: "she just gets the odd night cramp like before")
    usual = r.sentences_with(_AS_BEFORE_RE)
    return not any(
        h.start >= found.end() and not (h.concept == "cramp" and h.sentence in usual)
        for h in r.now("weak", "tender", "pain", "cramp")
    )


_AS_BEFORE_RE: Final = re.compile(
    r"\b(?:like|as)\s+(?:before|always|usual|ever|normal)\b|\bthe\s+(?:odd|usual|occasional)\b"
)


def _still_taken(r: _Reading, hit: Hit) -> bool:
    """A medicine still taken, though a past time is named with it: "on simvastatin since
    2000, switched brand months back", "I'm still on atorvastatin"."""
    start, end = _sentence_span(r, hit)
    before = r.text[max(start, hit.start - 30) : hit.start]
    if _ON_NOW_RE.search(before) or _BACK_ON_RE.search(r.text, start, end):
        return True  # "came off it 6 months ago but restarted it last month"
    if _STARTED_RE.search(before) and _STILL_NOW_RE.search(r.text, hit.end):
        return True  # "started statins back in january and now every muscle aches"
    return r.text[start : hit.start].strip() == "on" and bool(
        _SINCE_RE.match(r.text, hit.end, end)
    )


_STARTED_RE: Final = re.compile(r"\b(?:started|began|put\s+on|went\s+on)\s+(?:taking\s+|on\s+)?$")
_STILL_NOW_RE: Final = re.compile(
    r"\b(?:now|lately|recently|these\s+days|this\s+week|the\s+last\s+\w+|every|constantly"
    r"|all\s+the\s+time|still)\b"
)
_ON_NOW_RE: Final = re.compile(
    r"\b(?:i'?m|im|i\s+am|been|still|currently|he'?s|she'?s|he\s+is|she\s+is)\s+(?:\w+\s+)?"
    r"(?:on|taking)\s+(?:\w+\s+)?$"
)
_SINCE_RE: Final = re.compile(r"\s+(?:\w+\s+)?(?:since|for\s+(?:\d+|many|years|ages))\b")


def _before_all_clear(r: _Reading, hit: Hit) -> bool:
    """A finding told before the all-clear of its sentence, with no "now" or "again" between
    ("gp checked my swollen leg yesterday, scan clear, no clot, just cramps now"): what the
    scan was for, not a finding after it."""
    start, end = _sentence_span(r, hit)
    clear = _SCARE_OVER_RE.search(r.text, hit.end, end)
    return clear is not None and not _NOW_AGAIN_RE.search(r.text, start, clear.start())


def _scare_over(r: _Reading) -> set[int]:
    """The sentences that tell a clot scare as over and done ("scan was clear, no clot"),
    when the message speaks of the past; a finding in another sentence still counts."""
    if not (r.past or _PAST_TIME_RE.search(r.text)):
        return set()
    return r.sentences_with(_SCARE_OVER_RE)


def _controlled(r: _Reading) -> bool:
    """Cramps told as under control ("they've nearly stopped"), and not back since ("but now
    they're back every night"); "they have stopped me sleeping" is the opposite."""
    found = _CONTROLLED_RE.search(r.text)
    if found is None or _NOT_CONTROL_RE.match(r.text, found.end()):
        return False
    return _TURN_BACK_RE.search(r.text, found.end()) is None


# A colour or cold that went as it came ("went bluish in the sea, then warmed up fine").
# Not after a negation: "hasn't gone down", "never wore off".
_NOT: Final = r"(?<!n't\s)(?<!nt\s)(?<!not\s)"
_RECOVERED_RE: Final = re.compile(
    rf"\b(?:{_NOT}(?:warmed|warm|warms)\s+(?:up|back)"
    r"|(?:colou?r|feeling)\s+(?:came|come|has\s+come)\s+back"
    # "came back in a minute", "goes away after", "was normal in few min"
    r"|(?:came|come|comes)\s+back\s+(?:in|within|after)\s+(?:a|about|like|\d+|few|a\s+few)\b"
    rf"|{_NOT}(?:goes|go|went|gone)\s+away\s+(?:after(?:wards)?|again|once"
    r"|when|within|in\s+a)\b"
    r"|(?:was|were|are|is|looked|look|looks|went)\s+(?:back\s+)?normal\s+(?:again\s+)?(?:in|within"
    r"|after)\b"
    r"|(?:went|gone|is|was)\s+back\s+to\s+normal|back\s+to\s+(?:normal|pink)"
    # "boots off and all normal now", "pink again and feel completely normal now"
    r"|all\s+normal\s+(?:again|now)\b|pink\s+again|(?:feel|feels|look|looks|pink\s+and)\s+"
    r"(?:completely\s+|totally\s+|all\s+|perfectly\s+)?normal\s+(?:again|now)\b|(?:it\s+was|it'?s|was)\s+gone\s+(?:a\s+few|\d+|within|in\s+a)"
    # "went back to their normal brown", "back to its usual colour"
    r"|back\s+to\s+(?:their|its|my|his|her|the)\s+(?:normal|usual)\b"
    r"|pinked\s+(?:straight\s+|right\s+)?(?:back\s+)?up"
    # "its completely settled now", "settled down now"
    r"|(?:completely|all|fully|totally)\s+settled|settled\s+(?:down\s+)?now"
    r"|(?:then|and|went)\s+(?:\w+\s+)?(?:pink|normal)\s+again"
    # "felt weird for a minute then it was totally normal"
    r"|then\s+(?:it\s+|its\s+|it'?s\s+)?(?:was|went|felt|is)\s+(?:totally\s+|completely\s+|all\s+"
    r"|perfectly\s+)?(?:back\s+to\s+)?normal\b"
    r"|normal\s+colou?r\s+again|colou?r\s+(?:came|come|returned)\s+back"
    # "but its warm now and normal colour", "they're warm again"
    r"|(?:it'?s|its|it\s+is|they'?re|theyre|they\s+are|(?:foot|feet|toes)\s+(?:is|are))\s+(?:nice\s+and\s+"
    r"|all\s+)?warm\s+(?:again|now)\b"
    # (not "it's gone to sleep", "it's gone white")
    r"|(?:swelling|puffiness|redness|its|it)(?:'s|\s+is|\s+has)?\s+(?:all\s+|completely\s+)?(?:gone(?:\s+down)?"
    r"(?!\s+(?:to\s+sleep|numb|dead|white|pale|blue|grey|gray|cold|purple|black|red|hard|stiff"
    r"|weak|floppy|funny|weird|all\s+\w+))|went\s+down)"
    rf"|{_NOT}(?<!never\s)(?:wore|wears|worn|wearing)\s+off"
    rf"|{_NOT}(?<!never\s)(?:went|goes|go|gone)\s+(?:away\s+)?(?:when|once|as\s+soon"
    r"\s+as)\s+(?:i|he|she|we|they)\s+(?:stood|stand|got\s+up|get\s+up|walked|walk|moved|move"
    r"|shifted|shift)"
    r"|fine\s+(?:once|after|again|now|the\s+(?:second|moment|minute)|as\s+soon\s+as|when\s+i)"
    # second-language English: "now is fine", "now all normal"
    r"|now\s+(?:is|it\s+is|it'?s|its|all|everything\s+is|leg\s+is)\s+(?:(?:all|totally|completely)\s+)?"
    r"(?:fine|ok|okay|normal|good|gone)\b"
    rf"|{_NOT}(?:goes|went|gone|going)\s+down\s+(?:overnight|by\s+(?:the\s+)?morning"
    r"|with\s+my\s+feet\s+up)"
    r"|(?:gone|went\s+away|faded|cleared|disappeared)\s+(?:\w+\s+)?"
    r"(?:after|within|in)\s+(?:about\s+|around\s+|like\s+)?(?:\d+|a|an|half|ten|twenty|five"
    r"|few|couple|the\s+(?:hour|day|minute|morning)))"
)
# A skin flushed by heat: a hot bath or shower, a sauna, the sun.
_FLUSH_CAUSE_RE: Final = re.compile(
    r"\b(?:hot\s+(?:bath|shower|tub)|(?:bath|shower)\s+(?:was\s+)?(?:too\s+|really\s+|very\s+)?hot"
    r"|sauna|jacuzzi|steam\s+room|sunburn\w*|sunbath\w*|in\s+the\s+sun)\b"
)


def _usual_for_them(r: _Reading, hit: Hit) -> bool:
    """A finding told, later in its sentence, as the writer's usual or a known effect ("toes
    bright red afterwards, that's normal for me", "hands and feet a bit red from the tablets but
    that's been the same for weeks"), with nothing new or worse said of it."""
    start, end = _sentence_span(r, hit)
    return bool(
        _USUAL_FOR_ME_RE.search(r.text, hit.end, end)
        and not _NEW_OR_WORSE_RE.search(r.text, start, end)
        and "?" not in r.text[hit.end : end + 1]  # "red and hot, is that normal for me?"
    )


_USUAL_FOR_ME_RE: Final = re.compile(
    r"\b(?:(?:that'?s|thats|which\s+is|it'?s|its|is|are|they'?re)\s+(?:(?!not\b|never\b)\w+\s+)?"
    r"(?:normal|usual|standard"
    r"|typical)\s+for\s+(?:me|him|her)|as\s+(?:usual|always)|(?:(?:been|is|are|stayed)\s+(?:\w+\s+)?)?"
    r"(?:the\s+)?same\s+for\s+(?:weeks|months|ages|years)|from\s+(?:the|my|his|her)\s+(?:chemo\w*|tablets|pills|meds"
    r"|medication|treatment))"
)
_NEW_OR_WORSE_RE: Final = re.compile(
    r"\b(?:new|worse|worsening|spreading|only\s+(?:on\s+)?(?:one|the\s+(?:left|right))|one\s+side"
    r"|than\s+(?:the\s+)?other|swollen|swelling|sudden\w*)\b"
)


# A colour put on the skin, not in it: a tan, a dye, ink, one that washes off.
_SURFACE_COLOUR_RE: Final = re.compile(
    r"\b(?:tan\s*lines?|(?:fake|spray|self)[\s-]*tan\w*|tanning|sun\s*tan\w*|tanned|dye[sd]?"
    r"|new\s+jeans|denim|ink|paint|henna|marker(?:\s+pen)?|felt[\s-]tip|biro"
    # a trick of the light: "I think it was the blue bathroom light", "in a photo"
    r"|(?:the|a)\s+(?:\w+\s+){0,2}light(?:ing)?|in\s+(?:a|the)\s+photo|camera|filter"
    r"|(?:washed|washes|wash|rubbed|rubs|came|comes"
    r"|scrubbed|wiped)\s+(?:it\s+|them\s+)?(?:right\s+)?off)\b"
)
_COLOURS: Final = frozenset({"red", "dark", "blue", "white", "pale"})
_PEN_LINE_RE: Final = re.compile(
    r"\b(?:drew|drawn|draw|drawing|marked|traced)\s+(?:a\s+)?(?:line\s+|pen\s+line\s+)?(?:round|around"
    r"|the\s+edges?|its\s+edges?)|\b(?:pen|biro|marker)\s+line\b"
)
_IT_WAS_RE: Final = re.compile(
    r"\s*(?:it\s+was|it'?s|its|turn(?:ed|s)\s+out|that\s+was|that'?s|thats)\b"
    # ... or how it got onto the skin: "I got splashed with the red paint", "my son drew on me"
    r"|[^.!?]*\b(?:splash\w*|drew\s+on|drawn\s+on|drawing\s+on|(?:washed|came|rubbed|scrubbed|wiped)\s+"
    r"(?:it\s+|them\s+)?off|wash(?:es)?\s+off|painted\s+(?:on\s+)?(?:my|his|her|me)|put\s+\w+\s+on\s+(?:it"
    r"|them|my|me))\b"
)


def _on_the_surface(r: _Reading, hit: Hit) -> bool:
    """A colour on the skin's surface, its cause told in its sentence ("one leg looks darker
    but it's my tan line", "my legs looked blue from new jeans but it washed off"; not "it's
    not from tanning")."""
    if hit.concept not in _COLOURS or _PEN_LINE_RE.search(r.text):
        return False  # (not the line drawn round a redness to watch it spread)
    start, end = _sentence_span(r, hit)
    bounds = r.bounds.bounds
    if hit.sentence + 1 < len(bounds) and _IT_WAS_RE.match(r.text, bounds[hit.sentence + 1][0]):
        end = bounds[hit.sentence + 1][1]  # "my left foot was blue. It was the dye from..."
    for m in _SURFACE_COLOUR_RE.finditer(r.text, start, end):
        if not _DENIED_RE.search(r.text, max(start, m.start() - 30), m.start()):
            return True
    return False


def _recovered(r: _Reading, hit: Hit) -> bool:
    """A colour or a change that went back to normal, in its sentence or the next ("red and
    blotchy, gave me a fright. Back to normal half an hour later")."""
    if _GONE_AFTER_RE.match(r.text, hit.end):
        return True  # "swelling all gone", "the swelling has gone down"
    bounds = r.bounds.bounds
    end = bounds[min(hit.sentence + 1, len(bounds) - 1)][1]
    return _RECOVERED_RE.search(r.text, hit.end, end) is not None


_HEALING_BEFORE_RE: Final = re.compile(
    r"\b(?:redness|red\s+(?:patch|area|mark)|swelling|rash|patch|lump|bruise|bruising|spot|mark"
    r"|wound|cut|ulcer|sore|infection|cellulitis|area|blister)\s+(?:is\s+|has\s+|'s\s+)?(?:\w+\s+)?$"
)
_GONE_AFTER_RE: Final = re.compile(
    # (told of its place first: "swelling round the knee going down each day")
    r"(?:\s+(?:round|around|in|on|at|of)\s+(?:the|my|his|her)\s+\w+)?"
    r"(?:'s\s+|\s+is\s+|\s+has\s+|\s+)(?:all\s+|completely\s+|totally\s+)?(?:gone(?:\s+down)?|went\s+down"
    r"|going\s+down"
    # under treatment and getting better: "redness is shrinking", "swelling fading", "less
    # each day"
    r"|disappeared|cleared(?:\s+up)?|shrinking|getting\s+smaller|fading|settling(?:\s+down)?"
    r"|(?:less|smaller|better)\s+(?:each|every)\s+day)\b"
)


def _one_finding_explained(r: _Reading, hit: Hit, clot: list[Hit]) -> bool:
    """One finding a doctor explained ("the swelling turned out to be a Baker's cyst, GP says
    nothing to worry about", "doc said the redness is just eczema"). Not when the sentence
    names more than one sign (swollen and red and hot), anything changing, or a risk context:
    "the scan ruled out a clot" alone says what it is not, and clears nothing."""
    if _risks(r) or not _explained(r, hit):
        return False
    return _alone(hit, clot)


def _alone(hit: Hit, clot: list[Hit]) -> bool:
    """Whether `hit` is the only kind of clot finding its sentence names (`hit` among `clot`):
    "the swelling turned out to be a cyst", not "swollen and red and hot"."""
    return all(h.concept == hit.concept for h in clot if h.sentence == hit.sentence)


# A nerve or muscle illness already diagnosed, and a finding told as known to its doctors or
# there since the diagnosis: "he has MND, the twitching has been there since diagnosis and the
# team know about it" (the book item is for twitching no one has explained).
_NERVE_ILLNESS_RE: Final = re.compile(
    r"\b(?:mnd|motor\s+neu?ron\w*\s+disease|als|amyotrophic|ms|multiple\s+sclerosis|parkinson'?s"
    r"|cmt|charcot|post[\s-]?polio|myasthenia|neuropathy|spinal\s+(?:cord\s+)?injury)\b"
)
_KNOWN_TO_THEM_RE: Final = re.compile(
    r"\bsince\s+(?:(?:his|her|my|the)\s+)?diagnos\w*|\b(?:team|neurologist|consultant|specialist"
    r"|doctors?|nurses?|neuro)\s+(?:\w+\s+)?(?:know|knows|are\s+aware|is\s+aware|aware)\b"
    r"|\bpart\s+of\s+(?:his|her|my|the)\s+\w+|\balways\s+(?:had|has|have)\b"
)


def _part_of_a_known_illness(r: _Reading, hit: Hit) -> bool:
    """A finding a diagnosed nerve or muscle illness explains, told as known and not new."""
    if not _NERVE_ILLNESS_RE.search(r.text) or _told_new(r, hit):
        return False
    start, end = _sentence_span(r, hit)
    told = _KNOWN_TO_THEM_RE.search(r.text, start, end) or _UNCHANGED_RE.search(r.text, start, end)
    return told is not None


def _explained(r: _Reading, hit: Hit) -> bool:
    """A finding a doctor or a scan has explained, in its sentence ("the swelling turned out to
    be a Baker's cyst, the scan ruled out a clot", "neuro checked everything, she said the
    twitches are benign"), unless it is back or worse now."""
    start, end = _sentence_span(r, hit)
    if not _EXPLAINED_RE.search(r.text, start, end):
        return False
    return not _BACK_AGAIN_RE.search(r.text, start, end)


_EXPLAINED_RE: Final = re.compile(
    r"\bturned\s+out\s+to\s+be\b|\b(?:is|was|are|were|'s)\s+just\s+(?:a\s+|an\s+|from\s+)?\w+"
    r"|\b(?:said|says|told\s+(?:me|her|him|us))\s+"
    r"(?:(?:it|they)\s+(?:was|were|is|are|'s|'re)\s+|(?:its|theyre|thats|that'?s)\s+"
    r"|the\s+(?:\w+\s+){1,5}?(?:was|were|is|are)\s+)?"
    r"(?:benign|harmless|nothing\s+(?:serious|to\s+worry|sinister)|normal)\b"
)
_BACK_AGAIN_RE: Final = re.compile(
    r"\b(?:(?<!reassure\sme\s)(?<!tell\sme\s)(?<!ask\s)(?<!asking\s)(?<!check\s)again|back|worse|returned|new|(?<!healing\s)(?<!fine\s)(?<!better\s)(?<!grand\s)(?<!ok\s)"
    r"(?<!good\s)now|today|this\s+morning|still|bigger|more|increas\w*"
    r"|spread\w*|hotter|redder|flare\w*|other\s+(?:leg|calf|side))\b"
)


def _flushed(r: _Reading, hit: Hit) -> bool:
    """Red, warm or blotchy skin after a hot bath, a sauna or the sun: the heat, not the
    blood flow of one leg."""
    if hit.concept == "warm" and _the_weather(r, hit):
        return True
    if hit.concept not in ("red", "warm", "blue"):
        return False
    # heat held on the skin, told before the colour or in its sentence: "dozed off with the hot
    # water bottle on my calf, a pinkish mark now", "a red lacy pattern from the log burner"
    # (not a colour the heat did not shift: "stays blue even after the hot water bottle")
    start, end = _sentence_span(r, hit)
    if not _UNMOVED_RE.search(r.text, start, end) and (
        _HEAT_HELD_RE.search(r.text, 0, hit.start)
        or _HEAT_CAUSE_AFTER_RE.search(r.text, hit.end, end)
    ):
        return True
    return _FLUSH_CAUSE_RE.search(r.text) is not None


# Heat held on the skin: a hot water bottle, a heat pad, the fire.
_HEAT_HELD = (
    r"\b(?:hot[\s-]*water[\s-]*bottles?|hotties?|heat(?:ing)?\s+(?:pads?|packs?|patch\w*|lamps?|wraps?)"
    r"|wheat\s*(?:bags?|packs?)|electric\s+blankets?|heated\s+(?:blankets?|throws?|insoles?)"
    # a cream or rub that heats the skin: "rubbing in the deep heat cream", "tiger balm"
    r"|deep\s+heat|(?:heat|heating|warming)\s+(?:cream|rub|gel|balm|spray)s?|tiger\s+balm|ralgex"
    r"|capsaicin|chilli\s+(?:cream|plasters?)"
    r"|(?:in\s+front\s+of|next\s+to|against|too\s+close\s+to|by|beside|near|round|around)\s+the\s+"
    r"(?:fire|heater|radiator|stove"
    r"|log\s+burner))\b"
)
_HEAT_HELD_RE: Final = re.compile(_HEAT_HELD)
# ... told after the colour as its cause: "a pink patch where the hot water bottle was", "from
# sitting right up against the log burner"
_HEAT_CAUSE_AFTER_RE: Final = re.compile(
    r"\b(?:from|where|because\s+of|due\s+to)\b[^.!?]{0,50}?" + _HEAT_HELD
)
_UNMOVED_RE: Final = re.compile(
    r"\b(?:still|even\s+(?:after|with)|despite|won'?t\s+warm|not\s+warming|doesn'?t\s+help)\b"
)


# "it was so hot, got a cramp in my foot": "it" with nothing before it for it to be is the
# weather or the room, not a warm leg ("my calf is sore and it's hot" keeps its leg).
_IT_HOT_RE: Final = re.compile(
    r"\bit(?:\s+(?:was|is|were|gets|got)|'s|s)\s+(?:\w+\s+)?(?:hot|warm)$"
)
_BODY_BEFORE_RE: Final = re.compile(
    r"\b(?:leg|legs|calf|calves|foot|feet|toes?|thigh|thighs|ankle|ankles|shin|shins|knee|knees"
    r"|hamstrings?|quads?|skin|muscle|arm|hand|hands|back)\b"
)


def _the_weather(r: _Reading, hit: Hit) -> bool:
    if not _IT_HOT_RE.search(r.text, max(0, hit.start - 8), hit.end):
        return False
    return _BODY_BEFORE_RE.search(r.text, 0, hit.start) is None


_NAMED_TINGLE_RE: Final = re.compile(r"pins|tingl|numb")  # named as such, not the urge to move
_NOT_CONTROL_RE: Final = re.compile(r"\s+(?:me|him|her|us|them|my|our)\b")
_TURN_BACK_RE: Final = re.compile(r"\b(?:but|now|again|back|returned|worse)\b")
_REFERS_BACK_RE: Final = re.compile(r"\s*(?:of\s+)?(?:it|that|them|those)\b")
# (or one of it: "tonic water ... I should drink one every night", "a glass of it")
_PRONOUN_OBJECT_RE: Final = re.compile(
    r"\b(?:it|that|them|those|one|a\s+(?:glass|can|bottle|cup|mug|tin))\b"
)
# Where a new urge to pass water points to the nerves: the back, sciatica, both legs.
# What makes a child limp that is not the leg's trouble: a blister, shoes that rub, a splinter.
_LIMP_CAUSE_RE: Final = re.compile(
    r"\b(?:blisters?|verrucas?|splinters?|ingrown\s+(?:toe\s*)?nails?|stubbed|new\s+(?:school\s+)?shoes"
    r"|(?:shoes?|boots?|trainers)\s+(?:\w+\s+)?(?:rubbed|rubbing|rub|pinch\w*|too\s+(?:small|tight)))\b"
)
_BETTER_RE: Final = re.compile(
    r"\b(?:(?:much|a\s+lot|loads|way|far|bit)\s+better|getting\s+better|easing|improving"
    r"|less\s+(?:sore|tender|painful))\b"
)
_SPINE_RE: Final = re.compile(
    r"\b(?:(?:my|lower|the)\s+back\b|back\s+(?:pain|ache|is|has|went|gave|injury|op)"
    r"|(?:my|both)\s+legs\b"
    r"|backache|spine|spinal|sciatic\w*|lumbar|(?:slipped|prolapsed|bulging)\s+disc)"
)
# Something new in a sentence that also names an old problem: "weak stream for years but since
# yesterday i can't pee at all".
_ACUTE_RE: Final = re.compile(
    r"\b(?:today|tonight|now|suddenly|sudden|since\s+(?:this|last|yesterday)"
    # (not "no change at all": unchanged)
    r"|yesterday|this\s+(?:morning|afternoon|evening)|(?<!change\s)(?<!different\s)(?<!worse\s)at\s+all"
    r"|anymore|any\s+more)\b"
)


def _acute_in(r: _Reading, hit: Hit) -> bool:
    return _ACUTE_RE.search(r.text, *_sentence_span(r, hit)) is not None


# What explains a need to pass water more often: pregnancy, more to drink, a water tablet,
# the prostate, an infection.
_URGE_EXPLAINED_RE: Final = re.compile(
    r"\b(?:pregnan\w*|\d+\s*(?:weeks?|wks?)|trimester|drink\w*|fluids?|water\s+(?:pills?"
    r"|tablets?|infection)|diuretic\w*|furosemide|prostate|uti|cystitis|normal)"
)


_SCARE_OVER_RE: Final = re.compile(
    r"\b(?:no\s+clot|(?:scan|ultrasound|doppler|tests?|results?)\s+(?:\w+\s+){0,2}?(?:was|were"
    r"|came\s+back)\s+(?:\w+\s+)?(?:clear|fine|normal|negative)|turned\s+out\s+(?:to\s+be\s+)?"
    r"(?:nothing|fine|just)|all\s+(?:fine|good|ok|okay|clear)|false\s+alarm)\b"
)
_PAST_TIME_RE: Final = re.compile(
    r"\b(?:last\s+(?:spring|summer|autumn|fall|winter|year|month|week)|ago|back\s+in|yesterday|yday"
    r"|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|in\s+(?:january"
    r"|february|march|april|may|june|july|august|september|october|november|december))\b"
)
_NOW_AGAIN_RE: Final = re.compile(r"\b(?:now|today|again|this\s+(?:week|morning)|still)\b")


def _continues(r: _Reading, number: int) -> bool:
    """A sentence that goes on from the one before without a subject of its own ("Keeps me
    from sleeping most nights.")."""
    if number >= len(r.bounds.bounds):
        return False
    start, end = r.bounds.bounds[number]
    return _CONTINUES_RE.match(r.text, start, end) is not None


_CONTINUES_RE: Final = re.compile(
    r"\s*(?:and\s+)?(?:keeps?|kept|wakes?|woke|ruins?|ruined|stops?|stopping|happens?|comes?"
    r"|every|most|almost|nearly"
    # ... or points back at it: "This is 4 or 5 nights every week", "thats most nights"
    r"|(?:this|that|it)(?:'s|s|\s+is|\s+has\s+been|'s\s+been|\s+happens)|thats)\b"
)


def _with_the_cramp(r: _Reading, hit: Hit) -> bool:
    """Numb "during the cramp": part of the cramp when it then passed."""
    start, end = _sentence_span(r, hit)
    return _WITH_CRAMP_RE.search(r.text, start, end) is not None


def _numbish_after(r: _Reading, hit: Hit) -> bool:
    """A calf "numbish and sore" after a cramp that has passed: what the cramp left, told
    with a hedge and soreness, not numbness of the nerves ("my foot is numb" still counts)."""
    start, end = _sentence_span(r, hit)
    return (
        bool(r.now("cramp"))
        and _eased(r)
        and _NUMBISH_RE.search(r.text, max(start, hit.start - 20), min(end, hit.end + 10))
        is not None
        and _SORE_TOO_RE.search(r.text, start, end) is not None
    )


_NUMBISH_RE: Final = re.compile(
    r"\b(?:numbish|numb-ish|a\s+(?:bit|little|tad|touch)\s+numb|slightly\s+numb|kinda\s+numb"
    r"|kind\s+of\s+numb|sort\s+of\s+numb)\b"
)
# ... told beside soreness, heaviness or its going: "numbish and heavy", "a bit numb, like
# dull, getting better already", "sort of numb and bruised"
_SORE_TOO_RE: Final = re.compile(
    r"\b(?:sore|bruised|tender|achy|aching|heavy|dull|getting\s+better|wearing\s+off|fading"
    r"|easing)\b"
)
_WITH_CRAMP_RE: Final = re.compile(
    r"\b(?:during|with|in)\s+(?:the\s+|that\s+)?(?:cramp|spasm)|while\s+(?:it\s+was\s+)?cramp\w*"
)


def _positional(r: _Reading, hit: Hit) -> bool:
    """A leg that "fell asleep" from sitting on it (not "not just when im sitting")."""
    start, end = _sentence_span(r, hit)
    return (
        _POSITIONAL_RE.search(r.text, start, end) is not None
        and _NOT_ONLY_WHEN_RE.search(r.text, start, end) is None
    )


_NOT_ONLY_WHEN_RE: Final = re.compile(
    r"\b(?:not|n't)\s+(?:just|only)\s+(?:when|while|after|from|if)\b|\beven\s+when\s+(?:i'?m\s+|i\s+am\s+)?"
    r"(?:not\s+)?(?:standing|walking|lying|moving)\b"
)


def _growing_pains(r: _Reading) -> bool:
    """A child's pain told as what the catalogue's sign is not: in both legs, gone by the
    morning, the child running about as usual ("both legs, always gone by morning and she's
    running about fine")."""
    return (
        _GONE_BY_MORNING_RE.search(r.text) is not None
        and _ONE_SIDE_RE.search(r.text) is None
        and not r.now("limp")
    )


_STILL_IN_THE_MORNING_RE: Final = re.compile(
    r"\bstill\s+(?:there|hurting|hurts|sore|aching|bad)\s+(?:\w+\s+){0,5}?(?:in|by)\s+the\s+morning"
    # "still has the leg pain when he wakes up in the morning"
    r"|\bstill\s+(?:\w+\s+){0,4}?(?:pain|pains|ache|aches|aching|hurt\w*|sore)\s+(?:\w+\s+){0,5}?"
    r"(?:(?:in|by)\s+the\s+morning|when\s+(?:he|she|they)\s+wakes?)"
    r"|\b(?:into|during|all)\s+the\s+(?:next\s+)?day\b"
)
_GONE_BY_MORNING_RE: Final = re.compile(
    r"\b(?:gone|fine|ok|okay|better|over)\s+(?:again\s+)?(?:by|in)\s+(?:the\s+)?morning"
    r"|(?:running|playing|runs|plays)\s+(?:about|around)?\s*(?:fine|normally|as\s+usual|happily)\b"
)


# A fresh break or mark in the skin: a tattoo, a piercing, a graze, a bite, a jab's site.
_SKIN_BREAK: Final = (
    r"tattoo\w*|inked|piercings?|pierced|graz\w*|scrap(?:e|es|ed|ing)|scratch\w*|cuts?|nick(?:ed)?"
    r"|bites?|bitten|stings?|stung|blisters?|injections?|jabs?|vaccin\w*|needle|cannula|stitches"
    r"|wounds?"
)
_SKIN_BREAK_RE: Final = re.compile(rf"\b(?:{_SKIN_BREAK})\b")
_SKIN_TROUBLE_RE: Final = re.compile(
    r"\b(?:chilblains?|eczema|psoriasis|dermatitis|rash\w*|sunburn\w*|sunburnt|athlete'?s\s+foot"
    # a small trouble of the skin or a nail: "ingrown toenail, a little bit red down the side",
    # "little bit red round the scratch"
    r"|ingrown\s+(?:toe\s*)?nails?|(?:round|around|near|by)\s+(?:the|my|a)\s+(?:(?:new|fresh)\s+)?"
    rf"(?:{_SKIN_BREAK}|splinter|thorn|spot|pimple|nail|toenail)\w*|blisters?|splinters?|pimples?"
    r"|tattoo\w*|verrucas?|warts?|hives|heat\s+rash|shaving\s+rash|razor\s+burn|insect\s+bites?"
    # the sun: "hot and pink after a day on the beach"
    r"|(?:a|the|all)\s+day\s+(?:on\s+the\s+beach|in\s+the\s+sun|at\s+the\s+beach|by\s+the\s+pool)|too\s+much\s+sun"
    # a mark where something presses: "where my sock elastic digs in"
    r"|where\s+(?:my|the|his|her)\s+(?:\w+\s+){0,2}?(?:digs?|dug|rubs?|rubbed|presses|pressed|cuts?)\s+in"
    r"|sock\s+marks?|elastic\s+marks?"
    # a rub from what is worn: "ski boot rubbed a red patch", "skates rubbed my shin raw",
    # "chafing from the brace"
    r"|(?:shoes?|boots?|trainers|skates?|straps?|braces?|cast|splint|socks?|harness)\s+(?:\w+\s+)?"
    r"(?:rubbed|rubbing|rubs|chafed|chafing|chafes)|chaf(?:e|ed|es|ing)|rubbed\s+(?:\w+\s+){0,2}?raw"
    # a scrape's redness: "a bit red where i scraped it on the bike pedal"
    r"|where\s+(?:i|he|she|they|you)\s+(?:scraped|grazed|knocked|bumped|banged|scratched|caught|hit)"
    # "red from the sun after the beach", "from tight socks"
    r"|(?:from|in|after|at|on)\s+the\s+(?:sun|beach|pool)|from\s+(?:my\s+|the\s+|tight\s+|new\s+)*(?:socks"
    r"|stockings|shoes|boots|straps?|elastic|waistband))\b"
)


_HELPS_AFTER_RE: Final = re.compile(
    r"\s+(?:really\s+|also\s+|always\s+|does\s+)?(?:helps?|helped|eases?|eased|soothes?|soothed"
    r"|works?)\b"
    # (not a cry for help: "my calf is hot help!", "so hot, help me")
    r"(?<!help)|\s+(?:really\s+|also\s+|always\s+|does\s+)?help\b(?!\s*(?:[!?]|$|me\b|pl[sz]\b"
    r"|please\b|some|any))"
)


def _skin_trouble(r: _Reading, hit: Hit, clot: list[Hit]) -> bool:
    """Redness told with a named skin trouble in its sentence, and no other sign of a clot
    there: the skin's, not the vein's."""
    if hit.concept not in ("red", "dark"):  # ("chilblains on my toes, itchy and purplish")
        return False
    start, end = _sentence_span(r, hit)
    # (heat and tenderness of the same skin too: "shins went hot and pink after a day on the
    # beach, a bit tender")
    # (and its colours together: "itchy red purple lumps")
    skin = [h for h in clot if h.concept not in ("warm", "tender", "red", "dark")]
    return _SKIN_TROUBLE_RE.search(r.text, start, end) is not None and _alone(hit, [hit, *skin])


def _mild_at_a_skin_break(r: _Reading, hit: Hit) -> bool:
    """A mild redness at a fresh break in the skin (a tattoo, a piercing, a graze, a bite, a
    jab's site), told in its sentence or the one before, with heat, spreading or fever denied
    and none of them, a swelling or a worsening told ("new tattoo on my calf, a bit pink round
    the edges but no fever, not hot, not spreading"): the skin healing, not a clot nor an
    infection."""
    if hit.concept not in ("red", "dark"):
        return False
    if r.any("warm", "swollen", "spreading", "fever", "worsening"):
        return False  # "red, hot and spreading", "red, warm and swollen"
    start, end = _sentence_span(r, hit)
    before = r.bounds.bounds[max(0, hit.sentence - 1)][0]
    # at its edge ("pink round the edges", "red where it got me") or the break itself red ("the
    # piercing looks a bit red"), not a redness elsewhere ("flu jab in my arm, my calf is red")
    at_edge = _EDGE_RE.search(r.text, start, end) and _SKIN_BREAK_RE.search(r.text, before, end)
    if not at_edge and not _said_before(r, hit, _BREAK_IS_RE, 40):
        return False
    return any(
        context.negated(r.text, m.start(), m.end(), r.bounds.bounds[r.bounds.index(m.start())][0])
        for m in _INFLAMED_RE.finditer(r.text)
    )


_EDGE_RE: Final = re.compile(r"\b(?:round|around|near|where|edges?|site|border|rim)\b")
_BREAK_IS_RE: Final = re.compile(
    rf"\b(?:{_SKIN_BREAK})(?:'s|\s+(?:is|looks?|looking|went|has\s+gone|gone|was|area|site))\s+"
    r"(?:\w+\s+){0,3}?$"
)
# The words of an infection's heat, spread and fever, denied bare: "not hot", "no temp"
_INFLAMED_RE: Final = re.compile(
    r"\b(?:hot|warm\w*|heat|spread\w*|fever\w*|temperature|temp|feverish|high\s+temp\w*)\b"
)


_PUMP_RE: Final = re.compile(
    r"\b(?:from|after)\s+(?:(?:a|the|my|today'?s|yesterday'?s|that)\s+)?(?:leg\s+day|gym|lifting"
    r"|weights|squats|workout|training|session|calf\s+raises)\b|\bpump(?:ed)?\b|\bgainz?\b"
)


def _pumped(r: _Reading, hit: Hit, clot: list[Hit]) -> bool:
    """Swelling told as a workout's pump, the only finding of its sentence, with no risk
    context and no pain growing worse."""
    start, end = _sentence_span(r, hit)
    if not _PUMP_RE.search(r.text, start, end) or _risks(r) or r.any("worsening"):
        return False
    return _alone(hit, clot)


def _years_known(r: _Reading, hit: Hit) -> bool:
    """A size the writer has known for years, with nothing new in its sentence."""
    return _YEARS_KNOWN_RE.search(r.text) is not None and not _acute_in(r, hit)


_YEARS_KNOWN_RE: Final = re.compile(
    r"\b(?:been\s+(?:like\s+that|that\s+way|the\s+case)\s+for\s+(?:\w+\s+)?(?:years|decades)"
    # "bigger than my right for eight years, no change at all"
    r"|for\s+(?:\w+\s+)?(?:years|decades)\s*[,;]?\s*(?:and\s+|with\s+)?no\s+change"
    # learners' English: "bigger than right since 20 years"
    r"|since\s+(?:\d+|many|several|some)\s+years"
    r"|for\s+(?:\w+\s+)?(?:years|decades)\s*[,;]?\s*(?:and\s+)?(?:it'?s\s+|it\s+has\s+)?(?:not|never)\s+changed"
    r"|since\s+(?:my|his|her|their)\s+\w+\s+days"
    r"|(?:always|forever)\s+been\s+(?:a\s+bit\s+)?(?:bigger|larger|fatter|thicker|wider|chunkier|beefier"
    r"|more\s+muscl\w*|like\s+(?:that|this)"
    r"|that\s+way|this\s+way|that\s+size)|since\s+(?:(?:i|he|she)\s+was\s+(?:a\s+)?(?:kid|child"
    r"|little|young|teenager|boy|girl)|childhood)|all\s+(?:my|his|her|their)\s+(?:life|lives)"
    r"|(?:my|his|her|their)\s+whole\s+life"
    r"|from\s+years\s+of\s+\w+|from\s+(?:cycling|football|running|rugby|skiing|the\s+gym|lifting"
    r"|tennis|squash|dancing|ballet|hockey|basketball))\b"
)


def _stung_skin(r: _Reading, hit: Hit) -> bool:
    """Tingling of the skin a plant, a jellyfish or the sun stung ("brushed through nettles,
    shins all tingly"): the sting, not the nerves."""
    start, end = _sentence_span(r, hit)
    return _STUNG_SKIN_RE.search(r.text, start, end) is not None


_STUNG_SKIN_RE: Final = re.compile(
    r"\b(?:nettles?|stinging\s+(?:nettles?|plants?)|jelly\s*fish|sunburn\w*|sun\s*burn\w*"
    r"|poison\s+(?:ivy|oak)|chilli|chili|deep\s+heat|tiger\s+balm|ice\s+pack|razor\s+burn)\b"
)


def _in_the_cold(r: _Reading, hit: Hit) -> bool:
    """Tingling toes "when it's freezing out", "in the cold": the cold, not the nerves."""
    start, end = _sentence_span(r, hit)
    cold = _COLD_TINGLE_RE.search(r.text, start, end)
    if cold is None or _NOT_ONLY_RE.search(r.text, start, cold.start()):
        return False
    lasting = any(  # "for months", "for a year": long-standing, not the cold's own words
        not _COLD_WORD_RE.search(r.text, h.start, h.end) for h in r.now("chronic", "lasting")
    )
    return not lasting and not r.any("numb", "pale", "blue") and not _NERVE_RISK_RE.search(r.text)


_COLD_WORD_RE: Final = re.compile(r"cold|winter|freez|frost|snow|icy")
_NERVE_RISK_RE: Final = re.compile(r"\b(?:diabet\w*|b12|neuropath\w*|months|a\s+year|years)\b")
_NOT_ONLY_RE: Final = re.compile(r"\b(?:not\s+(?:just|only)|even|also)\s+$")
_COLD_TINGLE_RE: Final = re.compile(
    r"\b(?:when|if|in|after|from)\s+(?:it'?s\s+|its\s+|the\s+)?(?:\w+\s+)?(?:cold|freezing"
    r"|frosty|icy|winter|snow\w*)|(?:cold|freezing)\s+(?:weather|out|outside|day|morning)"
    r"|in\s+winter|all\s+winter|(?:cold|frozen)\s+feet"
)


def _eased(r: _Reading) -> bool:
    return _EASED_RE.search(r.text) is not None


# A medicine offered or planned, not yet taken: "GP wants to put me on a statin", "starting
# atorvastatin next week", "should I take the statin they offered?".
_NOT_YET_BEFORE_RE: Final = re.compile(
    # (or "wants to add atorvastatin", "would like to prescribe")
    r"\b(?:(?:wants?|would\s+like|'?d\s+like|plans?|planning)\s+(?:me\s+|him\s+|her\s+)?to\s+(?:put|start|go\s+on"
    r"|try|add|prescribe|give|switch)|(?:is|are|'s|'re)\s+"
    r"(?:about|going)\s+to\s+(?:put|start)|(?:should|shall)\s+(?:i|he|she|we)\s+(?:start|go\s+on"
    r"|begin|accept)|(?:haven'?t|hasn'?t|not)\s+(?:yet\s+)?started|whether\s+to\s+start"
    # "the doctor wants him on atorvastatin", "thinking of putting me on", "will a statin ...?"
    r"|wants?\s+(?:me|him|her|us|them)\s+on|(?:thinking|talking)\s+(?:of|about)\s+(?:putting"
    r"|starting|going\s+on)|(?:suggested|recommended|offered|mentioned)\s+(?:putting|starting"
    r"|going\s+on|i\s+(?:start|go\s+on)|(?:he|she)\s+(?:start|go\s+on))|(?:will|would)\s+(?:a|an)"
    r"|(?:if|when|once)\s+(?:i|he|she|they|we)\s+(?:start|go\s+on|begin))\b"
    r"(?:\s+[\w']+){0,5}\s+$"
)
# Words that say the medicine is taken after all: "been on it 3 months", "since starting it".
_TAKEN_RE: Final = re.compile(
    r"\b(?:been\s+on|on\s+it|taking\s+it|i\s+take|started\s+(?:it|taking|on)|since\s+(?:starting"
    r"|i\s+started|taking)|stay\s+on|stopping|stop\s+(?:it|my|taking))\b"
)
_START_RE: Final = re.compile(r"\bstart(?:s|ing)?\b")
_DECLINED_RE: Final = re.compile(
    r"\b(?:said\s+no|declined|refused|turned\s+(?:it|them|him|her)\s+down|didn'?t\s+(?:want|take)"
    r"|won'?t\s+take|not\s+taking)\b"
)
_GENERAL_EFFECT_RE: Final = re.compile(
    r"\b(?:give|gives|cause|causes)\s+(?:some\s+)?(?:people|you|folks|patients|everyone)\b"
)


def _ahead(r: _Reading, hit: Hit) -> bool:
    """A risk context told as still to come in its sentence ("off on a long coach trip next
    week"), with nothing there of it having happened ("flew back yesterday")."""
    return _to_come(r, hit, _AHEAD_RE, _BEEN_RE)


def _to_come(r: _Reading, hit: Hit, ahead: re.Pattern[str], done: re.Pattern[str]) -> bool:
    """Whether `hit`'s sentence tells it as to come (`ahead`) and nothing of it as done."""
    start, end = _sentence_span(r, hit)
    return bool(ahead.search(r.text, start, end)) and not done.search(r.text, start, end)


_AHEAD_RE: Final = re.compile(
    r"\b(?:tomorrow|tmrw|next\s+(?:week|month|year|time|monday|tuesday|wednesday|thursday|friday"
    r"|saturday|sunday|weekend)|soon|in\s+(?:a|two|three|four|\d+)\s+(?:days?|weeks?|months?)"
    r"|(?:going|gonna|about)\s+to|booked\s+(?:in|for)|due\s+to\s+(?:fly|travel|go|have)|off\s+on)\b"
)
# Words that tell something as having happened, in a sentence that also tells it as to come.
_HAPPENED: Final = r"since|yesterday|ago|last\s+\w+|was|were|had"
_BEEN_RE: Final = re.compile(
    rf"\b(?:flew|flown|back\s+from|got\s+back|returned|landed|after|{_HAPPENED})\b"
)
# Contact that has happened, in an exposure's sentence: "stripped it all weekend", "been
# sanding for weeks" (not "after" alone: "cramps after long shifts are normal for me").
_EXPOSED_RE: Final = re.compile(
    rf"\b(?:{_HAPPENED}|been|did|done"
    r"|all\s+(?:\w+\s+)?(?:weekend|week|day|night|morning|afternoon|summer|winter|year)"
    r"|for\s+(?:\w+\s+)?(?:days|weeks|months|years)|now\s+(?:i|my|we)\b)\b"
)
_NEXT_TIME_RE: Final = re.compile(
    r"\b(?:next\s+(?:week|month|time)|tomorrow|soon|in\s+(?:a|two|\d+)\s+(?:days?|weeks?))\b"
)


def _operation_ahead(r: _Reading, hit: Hit) -> bool:
    """An operation still to come in its sentence ("having my thyroid operation next month",
    "booked in to have my thyroid out in January"), with nothing told as done."""
    return _to_come(r, hit, _OPERATION_AHEAD_RE, _OPERATION_DONE_RE)


# an operation to come: when, or how it is arranged
_OPERATION_AHEAD_RE: Final = re.compile(
    r"\b(?:next\s+(?:week|month|year|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|spring|summer|autumn|winter)|in\s+(?:a|one|two|three|four|five|six|\d+|a\s+few|a\s+couple\s+of)"
    r"\s+(?:days?|weeks?|months?)|booked\s+(?:in|for)|scheduled|on\s+the\s+(?:waiting\s+)?list"
    r"|due\s+to\s+have|(?:going\s+to|gonna|will|i'?ll)\s+(?:have|be\s+having|get)|coming\s+up"
    r"|pre-?op|before\s+(?:my|the|her|his)\s+(?:\w+\s+)?(?:op|operation|surgery)|planned|upcoming)\b"
)
# an operation told as done: "had my thyroid out", "since the operation", "two weeks ago"
_OPERATION_DONE_RE: Final = re.compile(
    # (not "taken out" or "removed": "having my thyroid taken out next month")
    r"\b(?:had|was|were|after|since|ago|post-?op|done|went\s+(?:in|under))\b"
)


def _not_yet_taken(r: _Reading, hit: Hit) -> bool:
    """Whether a medicine is only offered or planned in its sentence."""
    if _TAKEN_RE.search(r.text):
        return False
    start, end = _sentence_span(r, hit)
    before = r.text[max(start, hit.start - 60) : hit.start]
    if _NOT_YET_BEFORE_RE.search(before):
        return True
    if _DECLINED_RE.search(r.text, start, end) or _GENERAL_EFFECT_RE.search(r.text, start, end):
        return True  # offered and turned down; what statins do to people in general
    planned = _START_RE.search(before) is not None
    return planned and _NEXT_TIME_RE.search(r.text, start, end) is not None


def _personal(r: _Reading, hit: Hit) -> bool:
    """Whether a medicine is the writer's (or the person written about): "I'm on a statin",
    "my cholesterol tablets", "dad went on crestor"; not "can statins cause cramps?"."""
    start, end = _sentence_span(r, hit)
    return _PERSONAL_RE.search(r.text, start, end) is not None


_THIRD_PERSON_RE: Final = re.compile(
    r"\b(?:he|she|he'?s|she'?s|hes|shes|his|her|him|they|their)\b"
)


def _told_of_them(r: _Reading, hit: Hit) -> bool:
    """A finding whose sentence tells it of him or her ("my husband is in hospital being
    treated for a clot in his leg"), not only beside someone named ("back from my brother's
    wedding, long flight")."""
    return _THIRD_PERSON_RE.search(r.text, *_sentence_span(r, hit)) is not None


def _nothing_of_it_felt(r: _Reading) -> bool:
    """No sign a toxin gives (pins and needles, numbness, weakness, twitching, feeling unwell),
    and cramps only with a cause of their own (a match, a run) or none told."""
    if r.now("tingle", "numb", "weak", "twitch", "unwell", "fluid_loss"):
        return False
    return not r.now("cramp") or _exerted(r.text, 0, len(r.text))


def _theirs_not_mine(r: _Reading, hit: Hit) -> bool:
    """Someone else's contact with a toxin, while the cramps or pains told are all the
    writer's own ("my husband sprays pesticides for a living, I got a cramp last night"): not
    the writer's contact (theirs, with their own cramps, still counts)."""
    if hit.person != "other":
        return False
    # (not their work's own "every day": "my husband uses solvents every day, he's fine")
    felt = [
        h
        for h in r.now("cramp", "pain", "tingle", "numb", "weak", "twitch", "frequent")
        if h.concept != "frequent" or h.sentence != hit.sentence
    ]
    return bool(felt) and all(
        h.person == "self" and _WRITER_RE.search(r.text, *_sentence_span(r, h)) for h in felt
    )


# The writer named: "I", "I'm", "my own", "myself", "me".
_WRITER_RE: Final = re.compile(rf"{_I_RE.pattern}|\b(?:my\s+own|myself|me)\b")


def _both_legs_sentences(r: _Reading) -> set[int]:
    """The sentences that tell of both legs and name no one side ("both calves are swollen",
    not "both calves ache but the left one is swollen")."""
    return {h.sentence for h in r.now("both_legs")} - r.sentences_with(_ONE_SIDE_RE)


def _lasting_leg_pain(r: _Reading) -> list[Hit]:
    """Pain in one leg that stays ("aching all day", "not a normal cramp", "for days")."""
    # (cramps told in the plural come and go: "twitching for weeks now, plus cramps")
    pain = [
        h for h in r.now("pain", "cramp", sites=LEG_SITES)
        if h.concept != "cramp" or not r.text.endswith("cramps", h.start, h.end)
    ]  # fmt: skip
    pain += [
        h for h in r.now("worsening", sites=LEG_SITES) if not _INTENSITY_RE.match(r.text, h.start)
    ]
    # not both legs ("cramps in both legs wake me ... getting worse")
    both = _both_legs_sentences(r)
    pain = [h for h in pain if h.sentence not in both]
    if not pain:
        return []
    # how long something told as usual has been so is not the pain's ("red from the chemo,
    # same for weeks")
    usual = [m.span() for m in _USUAL_FOR_ME_RE.finditer(r.text)]
    lasting = any(
        not _foreseen(r, m.start())
        and not _AFTER_EACH_RE.match(r.text, m.end())
        and not any(a <= m.start() < b for a, b in usual)
        and not _gestation(r, m.start())
        and not _of_the_risk(r, m.start())
        for m in _LASTING_RE.finditer(r.text)
    )
    if not lasting and _episode(r):
        return []  # soreness after a cramp that came and went is expected
    all_day = _ALL_DAY_RE.search(r.text) is not None
    # How bad a cramp is ("excruciating") is not pain that grows; soreness foreseen after a
    # cramp ("it'll be sore for days") is not pain that stays.
    worse = [h for h in r.now("worsening") if not _INTENSITY_RE.match(r.text, h.start)]
    told = [
        h for h in r.now("lasting")
        if not _foreseen(r, h.start) and not _AFTER_EACH_RE.match(r.text, h.end)
        and not any(a <= h.start < b for a, b in usual) and not _of_the_risk(r, h.start)
    ]  # fmt: skip
    return pain if lasting or all_day or worse or told else []


def _of_the_risk(r: _Reading, at: int) -> bool:
    """A length told of a risk context itself, right after it: "on crutches for weeks", "in
    plaster for six weeks", "laid up in bed for days" (how long the context lasted, not the
    pain)."""
    if not r.text.startswith("for ", at):  # (not how long ago: "knee replaced 9 days ago")
        return False
    return any(
        0 <= at - h.end <= _RISK_LENGTH_GAP and not _WORDS_BETWEEN_RE.search(r.text, h.end, at)
        for h in _risk_hits(r)
    )


def _risk_hits(r: _Reading) -> list[Hit]:
    """Every mention of a risk context, told as now or as past."""
    return [h for c in RISKS for h in (*r.current.get(c, ()), *r.past.get(c, ()))]


_RISK_LENGTH_GAP: Final = 12
# (a clause between is the pain's: "after the op, my calf has ached for days")
_WORDS_BETWEEN_RE: Final = re.compile(r"[,;.!?]|\b(?:and|but|my|it|calf|leg|pain)\b")


_WEEKS_GONE_RE: Final = re.compile(r"\b\d{1,2}\s*(?:\+\s*\d\s*)?$")
_PREGNANT_RE: Final = re.compile(
    r"\b(?:pregnan\w*|twins?|trimester|expecting|gestation|bump|ivf)\b"
)


def _gestation(r: _Reading, position: int) -> bool:
    """ "24 weeks now" in a message about a pregnancy: how far along, not how long a pain has
    lasted."""
    if not _WEEKS_GONE_RE.search(r.text, max(0, position - 6), position):
        return False
    return _PREGNANT_RE.search(r.text) is not None


# Soreness that follows each cramp ("the calf always feels bruised for days after"): what a
# cramp leaves, not pain that stays; not "for days after the flight".
_AFTER_EACH_RE: Final = re.compile(
    r"\s+after(?:wards?)?\b(?!\s+(?:\w+\s+){0,2}?(?:flight|flying|surgery|operation|op\b|journey|trip"
    r"|drive|driving|birth|labou?r|delivery|fall|accident|injury|knock|bite|sting|jab))"
)


_INTENSITY_RE: Final = re.compile(r"unbearable|excruciating|worst\s+pain|can'?t\s+bear|screaming")
_FORESEEN_RE: Final = re.compile(
    r"\b(?:gonna|going\s+to|will|'ll|ll|ill(?=\s+be\b)|bound\s+to)\s+(?:\w+\s+){0,3}?$"
)


def _foreseen(r: _Reading, position: int) -> bool:
    """A lasting told as what will come ("gonna be sore for days")."""
    start, _ = r.bounds.span(position)
    return _FORESEEN_RE.search(r.text[max(start, position - 40) : position]) is not None


_TRAVELLED_RE: Final = re.compile(
    r"\b(?:flight|flights|flew|plane|long\s+drive|coach\s+trip|long\s+journey)\b"
)


def _episode(r: _Reading) -> bool:
    """Whether the message tells of a cramp that came and went."""
    return bool(r.now("cramp")) and _eased(r)


# The writer's own lack of what someone else had: "I had the same op and never had that"
_NEVER_HAD_IT_RE: Final = re.compile(
    r"\b(?:i|i'?ve|i\s+have)\s+(?:\w+\s+){0,8}?never\s+(?:had|got|get|felt)\s+(?:that|it|this|those"
    r"|them|any\s+of\s+(?:that|it|those))\b"
)
# A story told as now or lately: the sign may still be going
_LATELY_RE: Final = re.compile(
    r"\b(?:now|today|tonight|yesterday|this\s+(?:morning|afternoon|evening|week)|since|just|still"
    r"|keeps?|is|are)\b"
)


def _answered(r: _Reading, vague: list[Hit]) -> bool:
    """Whether the message already answers the question about the leg: it looks as it always
    does, and what is odd is a look ("legs look a funny colour ... my varicose veins, been there
    for years") or a feeling it names ("feels a bit funny ... sore like after a workout, looks
    normal, same size as the other one"). A feeling left unnamed may still be a cold or a numb
    leg: asked."""
    if not _LOOKS_AS_EVER_RE.search(r.text):
        return False
    named = _FEEL_NAMED_RE.search(r.text) is not None
    return all(named or _A_LOOK_RE.search(r.text, h.start, h.end) for h in vague)


_A_LOOK_RE: Final = re.compile(r"\b(?:look\w*|colou?r\w*)\b")
# A feeling named: "sore like after a workout", "a little bit sore when I walk"
_FEEL_NAMED_RE: Final = re.compile(r"\b(?:sore|achy|aching|stiff|bruised)\b")
# The leg told as it always looks: normal to see, the same as the other one, or a look the
# writer has known for years.
_LOOKS_AS_EVER_RE: Final = re.compile(
    r"(?<!n't\s)(?<!nt\s)(?<!not\s)(?<!never\s)\b(?:looks?|looking|looked)\s+(?:(?:totally|completely|perfectly|pretty|quite|all)\s+)?"
    r"(?:normal|fine|ok|okay|the\s+same(?:\s+as\s+(?:the\s+other|always|ever|usual))?)\b"
    r"|\bsame\s+(?:size|colou?r|shape)\s+(?:as|like)\s+(?:the\s+other|my\s+other|the\s+(?:left|right))"
    # the skin's colour told normal (not the urine's: "pee normal colour")
    r"|(?<!pee\s)(?<!wee\s)(?<!urine\s)\b(?:colou?r\s+(?:is\s+|looks\s+)?normal|normal\s+colou?r)\b"
    r"|\b(?:been\s+(?:there|like\s+(?:that|this))|had\s+(?:them|it|those))\s+for\s+(?:\w+\s+)?"
    r"(?:years|decades)\b"
)


def _compared_with_own(r: _Reading, behind: list[Hit]) -> bool:
    """Someone else's sign told as their past story, set against the writer's own lack of it
    ("my neighbour had tingling lips after her thyroid op; I had mine out years ago and never
    had that"): the writer asks about themselves, and the other's sign is no longer going."""
    if not _NEVER_HAD_IT_RE.search(r.text):
        return False
    return not any(_LATELY_RE.search(r.text, *_sentence_span(r, h)) for h in behind)


@lru_cache(maxsize=256)
def screen(text: str, duration_s: int | None = None) -> Screening:
    """The warning signs of a chat message (catalogue ids), read by concept and context;
    `duration_s` is how long the message's cramp lasted, as the cramp parser read it."""
    norm = normalise(text)
    reading = _read(norm)
    long_told = duration_s is not None and duration_s > LONG_DURATION_S
    if not reading.current and not long_told:
        return Screening(risks=_risks(reading))
    out = _Signs()
    _emergency(reading, out)
    _today(reading, out, duration_s=duration_s)
    _book(reading, out)
    vague = reading.now("vague", sites=LEG_SITES)
    # a leg's pain growing worse since a long journey, told with no clot sign either way
    # ("cramp in my calf on the flight home and it's got worse every day since"): ask
    if not vague and (worse := reading.now("worsening", sites=LEG_SITES)):
        vague = worse if _TRAVELLED_RE.search(reading.text) else []
    placed = reading.now(*_CLOT, *_LIMB, "numb", sites=LEG_SITES)
    vague = [h for h in vague if not _recovered(reading, h)]  # "then it was totally normal"
    ask = bool(vague) and not placed and not _answered(reading, vague)
    other = bool(out.behind) and all(h.person == "other" for h in out.behind)
    if other and _compared_with_own(reading, out.behind):
        return Screening(risks=_risks(reading), ask=ask)
    findings = frozenset(reading.current)
    legs = frozenset(h.concept for h in reading.now(*reading.current, sites=LEG_SITES))
    return Screening(tuple(out.ids), _risks(reading), ask, other, findings, legs)


# The cramp parser's red-flag names (PRODUCT.md) for the findings on a leg.
_CONTRACT: Final = {
    "swollen": "swelling", "red": "redness", "dark": "redness", "warm": "warmth",
    "numb": "numbness", "tingle": "numbness", "weak": "weakness", "cant_move": "weakness",
}  # fmt: skip
# Signs the contract calls "toxin": contact with toxic or infectious substances (NHS), a
# tetanus-prone wound included.
_ONE_VISIT_RE: Final = re.compile(
    r"\b(?:once(?!\s+(?:a|an|every|per|in\s+a|or|more|again)\b)"
    r"|one\s+(?:time|visit|afternoon|morning|evening|day|session)|a\s+single\s+\w+"
    r"|(?:my|the)\s+first\s+time|for\s+a\s+(?:stag|hen|birthday|party|team\s+day))\b"
)
_WORK_STOPPED_BEFORE_RE: Final = re.compile(
    r"\b(?:stopped|quit|gave\s+up|packed\s+in|retired\s+from|no\s+longer|not\s+(?:been\s+)?"
    r"(?:\w+ing\s+)?since)\s+(?:\w+\s+){0,2}$"
)
_TOXIN: Final = frozenset({"poisoning", "toxin_exposure", "tetanus", "wound"})
_ONE_LEG_RE: Final = re.compile(
    r"\b(?:one\s+(?:leg|calf|side|foot|ankle|thigh)|only\s+(?:my\s+|the\s+|on\s+the\s+)?"
    r"(?:left|right)|single\s+leg|than\s+the\s+other|(?:left|right)\s+(?:leg|calf|ankle|thigh))\b"
)


def red_flags(screening: Screening, text: str, side: str | None) -> tuple[str, ...]:
    """The parser contract's red flags (PRODUCT.md) from what the screen found."""
    found = {_CONTRACT[c] for c in screening.leg_findings if c in _CONTRACT}
    if _TOXIN & set(screening.signs):
        found.add("toxin")
    if {"long_cramp", "long_cramp_passed"} & set(screening.signs):
        found.add("long_duration")
    if "swelling" in found and (side in {"left", "right"} or _ONE_LEG_RE.search(normalise(text))):
        found.add("one_leg_pain_with_swelling")
    return tuple(f for f in RED_FLAGS if f in found)


def _risks(reading: _Reading) -> tuple[str, ...]:
    return tuple(risk for risk in RISKS if reading.ever(risk))
