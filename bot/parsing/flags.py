"""Triggers named in a cramp message (negated ones are left out); red flags come from the
warning screen (`bot.parsing.triage`)."""

from __future__ import annotations

import re
from typing import Final

# Inhalers for asthma or COPD, the long-acting ones (linked to cramps, content/en/knowledge/
# causes.yaml) by their common brand and generic names: "my symbicort", "seretide puffer".
INHALER: Final = (
    r"(?:inhalers?|puffers?(?!\s+(?:jackets?|coats?|fish|vests?))|symbicort|seretide|advair|fostair"
    r"|relvar|breo|flutiform|trelegy|trimbow|serevent|oxis|spiriva|anoro|ultibro|duoresp"
    r"|salmeterol|formoterol|vilanterol|indacaterol|olodaterol|tiotropium|umeclidinium)"
)

# -------------------------------------------------------------------- triggers / flags

_TREATMENT_RE = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    r"(?:(?:applied|used|put|with|some|a)\s+(?:a\s+)?heat(?:ing)?(?:\s+(?:pad|pack|patch))?"
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
            rf"|{INHALER}|raloxifene|evista|teriparatide|insulin|metformin|zolpidem"
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


def flag_negated(text: str, start: int, end: int) -> bool:
    """Whether the mention at text[start:end] is negated ("no swelling", "swelling: no")."""
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


def find_triggers(text: str, night_from_time: bool) -> tuple[str, ...]:
    scan = _TREATMENT_RE.sub(" ", text)
    out: list[str] = []
    for name, rx in _TRIGGER_RES:
        if name == "night" and night_from_time:
            out.append(name)
            continue
        for m in rx.finditer(scan):
            if name in {"night", "dehydration"} or not flag_negated(scan, m.start(), m.end()):
                out.append(name)
                break
    return tuple(out)
