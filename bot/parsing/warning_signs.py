"""Warning signs in any chat message, whether or not it reports a cramp.

``warning_signs(text)`` returns the ids of red flags in ``content/<lang>/knowledge/doctor.yaml``
(or their aliases) that the message names, negated mentions left out ("no swelling",
"not red"). It is pure and regex-based, like the cramp parser whose flag patterns it reuses.

The ids, by the level of care doctor.yaml gives them:
- emergency: ``chest_pain_breathless``, ``coughing_blood``, ``chest_arms_belly``, ``tetanus``
  (stiffness, spasms or cramps after a wound; a stiff jaw; trouble swallowing);
- today: ``dvt`` (one leg swollen), ``swelling``, ``redness``, ``warmth``, ``skin_change``,
  ``numbness``, ``weakness``, ``twitches``, ``fluid_loss``, ``toxin``, ``wound`` (a wound
  without symptoms), ``long_duration`` (over 10 minutes and not easing);
- book: ``tenderness``, ``wasting``, ``new_medicine``, ``long_cramp_passed`` (a cramp over
  10 minutes that has passed).
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.body import find_side
from bot.parsing.cramp import normalise
from bot.parsing.duration import LONG_PHRASE_RE, find_duration
from bot.parsing.flags import find_red_flags, flag_negated
from bot.parsing.urgent import CHEST_PAIN, CRAMP_ELSEWHERE, urgent_flags

_LONG_S: Final = 10 * 60

_PATTERNS: Final[dict[str, re.Pattern[str]]] = {
    "coughing_blood": re.compile(
        r"\b(?:cough\w*\s+(?:up\s+)?(?:some\s+)?(?:blood|bloody)|(?:bloody|blood-stained"
        r"|blood\s+in\s+(?:my\s+)?)\s*(?:cough|phlegm|sputum|spit|mucus)|spitting\s+(?:up\s+)?"
        r"blood|ha?emoptysis)\b"
    ),
    "skin_change": re.compile(
        r"\b(?:(?:darker|darkened|dark|purple|purplish|blue|bluish|discolou?red|mottled|shiny)"
        r"\s+(?:skin|patch|area|spot|colou?r)|skin\s+(?:is|was|looks|looked|went|turned|has\s+"
        r"gone|got)\s+(?:\w+\s+)?(?:dark|darker|purple|blue|bluish|discolou?red|shiny|red)"
        r"|discolou?r(?:ed|ation)|(?:turned|went|gone|going|looks?)\s+(?:dark|darker|purple"
        r"|blue|bluish)|veins?\s+(?:in\s+my\s+\w+\s+)?(?:are|is|look|looks|feel|feels)\s+(?:\w+\s+)?(?:hard|sore"
        r"|swollen|bulging|lumpy))\b"
    ),
    "swelling_more": re.compile(
        r"\b(?:(?:bigger|larger|fatter|thicker|wider)\s+than\s+(?:the\s+)?(?:other|my\s+other"
        r"|usual|normal)|(?:calf|leg|ankle|foot|thigh|knee)\s+(?:has\s+)?(?:puffed|blown|ballooned)"
        r"\s+up|ballooned|(?:one|my\s+left|my\s+right|left|right)\s+(?:calf|leg|ankle)\s+is\s+"
        r"(?:bigger|larger|fatter|thicker))\b"
    ),
    "warmth_more": re.compile(
        r"\b(?:hot\s+to\s+(?:the\s+)?touch|warm\s+to\s+(?:the\s+)?touch|(?:red|swollen|puffy)"
        r"\s+(?:and|&)\s+(?:hot|warm)|(?:hot|warm)\s+(?:and|&)\s+(?:red|swollen|puffy)"
        r"|feels?\s+(?:really\s+|very\s+|so\s+)?(?:hot|warm)|burning\s+hot)\b"
    ),
    "tenderness": re.compile(
        r"\b(?:tender\w*|(?:sore|painful|hurts?|agony)\s+(?:to|when\s+i|if\s+i)\s+(?:the\s+)?"
        r"(?:touch\w*|press\w*)|hurts?\s+(?:to|when)\s+(?:touch|pressed|press))\b"
    ),
    "numbness_more": re.compile(
        r"\b(?:went\s+dead|gone\s+dead|goes\s+dead|feels?\s+dead|dead\s+(?:feeling|foot|leg|toes)"
        r"|pins\s*(?:&|and|n)\s*needles|prickl\w*|no\s+sensation|lost\s+sensation"
        r"|(?:leg|legs|foot|feet|toes|calf)\s+(?:fell|falls|is|was|went|keeps?\s+going)\s+"
        r"asleep|tingl\w*|numb\w*)\b"
    ),
    "weakness_more": re.compile(
        r"\b(?:gave\s+(?:way|out)|gives\s+(?:way|out)|giving\s+(?:way|out)|collapsed|buckl\w*"
        r"|can'?t\s+(?:stand|walk|put\s+weight)\s+on\s+(?:it|my\s+\w+)|can'?t\s+(?:lift|move)"
        r"\s+(?:my\s+)?(?:foot|leg|toes|feet|legs)|(?:foot|leg|legs)\s+(?:is|are|feels?|felt)"
        r"\s+(?:\w+\s+)?(?:weak|floppy|like\s+jelly)|tripping\s+over\s+my\s+(?:foot|toes))\b"
    ),
    "wasting": re.compile(
        r"\b(?:muscle\s+wasting|wasting\s+away|wasting|(?:muscles?|calf|calves|legs?|thighs?)"
        r"\s+(?:is|are|has|have|got|getting|gotten|look|looks|seem|seems)\s+(?:\w+\s+)?"
        r"(?:thinner|smaller|shrinking|shrunk|skinnier|wasted)|losing\s+muscle|lost\s+(?:a\s+lot"
        r"\s+of\s+)?muscle|muscles?\s+(?:are\s+)?shrinking|atroph\w*)\b"
    ),
    "twitches": re.compile(
        r"\b(?:twitch\w*|fasciculat\w*|muscles?\s+(?:jump\w*|flicker\w*|ripple\w*|quiver\w*)"
        r"|jumping\s+muscles?|flickering|quivering)\b"
    ),
    "fluid_loss": re.compile(
        r"\b(?:vomit\w*|throw(?:ing)?\s+up|threw\s+up|been\s+(?:very\s+)?sick|being\s+sick"
        r"|diarrh\w*|the\s+runs|stomach\s+(?:bug|flu)|gastro\w*|food\s+poisoning|sweat(?:ing"
        r"|ed)?\s+(?:a\s+lot|heavily|buckets|loads|so\s+much|profusely|like\s+crazy)|heavy\s+"
        r"sweat\w*|drenched\s+in\s+sweat|profuse\w*\s+sweat\w*|lost\s+a\s+lot\s+of\s+(?:fluids?"
        r"|sweat|water))\b"
    ),
    "toxin": re.compile(
        r"\b(?:lead\s+(?:paint|pipes?|poisoning|exposure|dust|fumes|solder)|(?:exposed\s+to"
        r"|exposure\s+to|working\s+with|handling|handled|worked\s+with|contact\s+with|inhaled"
        r"|swallowed|ingested|breathed\s+in)\s+(?:some\s+|the\s+|a\s+lot\s+of\s+)?(?:lead"
        r"|mercury|pesticides?|chemicals?|insecticides?|herbicides?|solvents?|toxins?|poison"
        r"|fumes|bleach)|mercury|pesticides?|insecticides?|herbicides?|weed\s*killer"
        r"|rat\s+poison|(?<!food\s)poison(?:ed|ing|ous)?(?!\s+(?:ivy|oak))|arsenic|strychnine"
        r"|organophosphates?|black\s+widow|spider\s+bite|scorpion|snake\s*bite|toxins?|toxic"
        r"|heavy\s+metals?|nerve\s+agent)\b"
    ),
    "wound": re.compile(
        r"\b(?:wounds?|gash|puncture\w*|(?:a|the|deep|dirty|bad|nasty|big)\s+cut|cut\s+(?:myself"
        r"|my\s+\w+|it\s+on|on\s+(?:a|some|the))|(?:stepped|stood|trod|treaded)\s+on\s+(?:a|an"
        r"|some|the)\s+(?:rusty\s+)?(?:nail|glass|metal|tack)|rusty\s+(?:nail|metal|wire|fence"
        r"|tool|blade|nails)|(?:dog|cat|animal|horse|rat)\s+bite|bitten\s+by|splinter|scraped"
        r"\s+(?:my|it)|gravel\s+rash|(?:a|the)\s+graze)\b"
    ),
    "tetanus_sign": re.compile(
        r"\b(?:lock\s*-?\s*jaw|stiff\s+jaw|jaw\s+(?:is\s+|feels\s+|went\s+|got\s+)?(?:stiff"
        r"|locked|tight|clenched)|can'?t\s+open\s+my\s+(?:mouth|jaw)|(?:trouble|difficulty"
        r"|problems?|hard|can'?t|cannot|struggling\s+to|unable\s+to)\s+swallow\w*"
        r"|(?:trouble|difficulty)\s+breathing)\b"
    ),
    "after_wound_symptom": re.compile(
        r"\b(?:stiff\w*|spasm\w*|cramp\w*|rigid|seiz\w*|locked\s+up|jerk\w*)\b"
    ),
    "new_medicine": re.compile(
        r"\b(?:(?:a\s+)?new\s+(?:medicine|medication|meds?|pills?|tablets?|prescription|drug"
        r"|statin|inhaler|dose|blood\s+pressure\s+\w+|water\s+pills?|diuretic)s?"
        r"|(?:started|starting|began|begun|changed|switched|increased|upped|put\s+on)"
        r"\s+(?:on\s+|taking\s+|me\s+on\s+|my\s+|a\s+|the\s+)*(?:\w+\s+)?(?:medicine|medication"
        r"|meds|pills?|tablets?|statins?|diuretics?|water\s+pills?|inhaler|dose|dosage"
        r"|prescription|atorvastatin|simvastatin|rosuvastatin|furosemide|metformin|lisinopril"
        r"|amlodipine|raloxifene|naproxen|iron|estrogen|hrt))\b"
    ),
    "ongoing": re.compile(
        r"\b(?:still|right\s+now|ongoing|for\s+the\s+(?:last|past)|it'?s\s+been|has\s+been"
        r"|have\s+been|keeps?\s+going|i'?ve\s+had\s+(?:a|this|the)\s+cramp|is\s+cramping"
        r"|am\s+cramping|i'?m\s+cramping)\b"
    ),
}
_FLAG_IDS: Final = {"swelling", "redness", "warmth", "numbness", "weakness"}


def _found(name: str, text: str) -> bool:
    """A match of the named pattern that is not negated ("no tingling", "not red")."""
    return any(not flag_negated(text, m.start(), m.end()) for m in _PATTERNS[name].finditer(text))


def _wound_signs(text: str) -> list[str]:
    if _found("tetanus_sign", text):
        return ["tetanus"]
    if not _found("wound", text):
        return []
    return ["tetanus"] if _found("after_wound_symptom", text) else ["wound"]


def _long_cramp(text: str, flags: tuple[str, ...]) -> list[str]:
    if "long_duration" not in flags:
        return []
    duration = find_duration(text)
    ongoing = LONG_PHRASE_RE.search(text) or _PATTERNS["ongoing"].search(text)
    if ongoing or duration is None or duration.seconds > 3 * 3600:
        return ["long_duration"]
    return ["long_cramp_passed"]


def warning_signs(text: str) -> tuple[str, ...]:
    """Red-flag ids (doctor.yaml ids or aliases) named in ``text``; empty when there are none."""
    norm = normalise(text)
    found: list[str] = []
    urgent = urgent_flags(norm)
    found += [f for f in (CHEST_PAIN, CRAMP_ELSEWHERE) if f in urgent]
    if _found("coughing_blood", norm):
        found.append("coughing_blood")
    found += _wound_signs(norm)
    flags = find_red_flags(norm, find_side(norm), find_duration(norm))
    if "one_leg_pain_with_swelling" in flags:
        found.append("dvt")
    found += [f for f in flags if f in _FLAG_IDS]
    for extra, flag in (
        ("swelling_more", "swelling"),
        ("warmth_more", "warmth"),
        ("numbness_more", "numbness"),
        ("weakness_more", "weakness"),
        ("skin_change", "skin_change"),
    ):
        if flag not in found and _found(extra, norm):
            found.append(flag)
    found += [name for name in ("twitches", "fluid_loss", "toxin") if _found(name, norm)]
    found += _long_cramp(norm, flags)
    found += [name for name in ("tenderness", "wasting", "new_medicine") if _found(name, norm)]
    return tuple(dict.fromkeys(found))
