"""Small, curated typo correction for the words the cramp parser cares about.

Only whole tokens are rewritten. Long key words also accept every spelling one edit
away (Damerau-Levenshtein 1), except real English words that happen to be that close
(``camp``, ``clamp``, ``cramming``...). Short words (calf, foot, shin) only get an
explicit list, because their one-edit neighbours are real words ("calm", "food").
"""

from __future__ import annotations

import re
from string import ascii_lowercase
from typing import Final

# canonical word -> real words one edit away that must never be rewritten to it
_FUZZY: Final[dict[str, frozenset[str]]] = {
    "cramp": frozenset(
        {"camp", "clamp", "cram", "crap", "ramp", "champ", "crimp", "crump", "tramp", "cramps"}
        | {"craps", "crams", "gramp", "scamp", "cream", "creamp", "crampy"}
    ),
    "cramps": frozenset(
        {"camps", "clamps", "champs", "ramps", "tramps", "crimps", "crumps", "cramp", "crams"}
        | {"scamps", "grams", "creams", "crampy"}
    ),
    "cramped": frozenset(
        {"camped", "clamped", "champed", "ramped", "tramped", "crimped", "crumped", "crammed"}
        | {"crapped", "cramp", "cramper"}
    ),
    "cramping": frozenset(
        {"camping", "clamping", "ramping", "champing", "crimping", "crumping", "cramming"}
        | {"crapping", "tramping"}
    ),
    "hamstring": frozenset({"hamstrings"}),
    "hamstrings": frozenset({"hamstring"}),
    "thigh": frozenset({"high", "sigh", "thin", "thing", "thighs", "tight", "nigh"}),
    "thighs": frozenset({"highs", "sighs", "things", "thins", "thigh", "tights"}),
    "charley": frozenset({"charlie", "charles", "charly"}),
    "excruciating": frozenset(),
    "severe": frozenset({"sever", "severs", "severed"}),
    "swollen": frozenset(),
    "swelling": frozenset(
        {
            "dwelling",
            "smelling",
            "spelling",
            "swilling",
            "swellings",
            "selling",
            "welling",
            "shelling",
        }
    ),
    "numbness": frozenset(),
    # what a cramp leaves behind ("the sorness went after 20 mins")
    "soreness": frozenset(),
    "yesterday": frozenset({"yesterdays"}),
    "pregnant": frozenset({"pregnancy"}),
    "moderate": frozenset({"moderated", "moderates"}),
    "quadriceps": frozenset({"quadricep"}),
    "breathless": frozenset(),
    "breathing": frozenset({"breathin", "breaching"}),
    "tingling": frozenset({"tinkling", "tingles"}),
    "purple": frozenset({"purples"}),
    "bladder": frozenset({"ladder", "blander", "bladders"}),
    "temperature": frozenset({"temperatures"}),
    "suddenly": frozenset(),
    "pesticide": frozenset({"pesticides"}),
    "scorpion": frozenset({"scorpions"}),
    "poisoned": frozenset({"poisoner"}),
    "statin": frozenset({"station", "status", "stain", "satin", "statins", "staying"}),
    "coughing": frozenset({"cougher"}),
    "mottled": frozenset({"mottles", "motley"}),
    # tablets taken by mistake, typed in a panic ("too mny of my quinnine tablts by mistke")
    "quinine": frozenset({"quinines"}),
    "tablets": frozenset({"tables", "tablet", "tablas"}),
    "mistake": frozenset({"mistakes", "mistaken"}),
}

_EXPLICIT: Final[dict[str, str]] = {
    # "every" typed in a hurry
    "evry": "every",
    "mny": "many",
    "tok": "took",
    "evrywhere": "everywhere",
    "everywere": "everywhere",
    "evryday": "everyday",
    "evrytime": "everytime",
    "evrything": "everything",
    "evryone": "everyone",
    "cramo": "cramp",
    "cramos": "cramps",
    "cramoed": "cramped",
    "cramoing": "cramping",
    "kramp": "cramp",
    "kram": "cramp",  # Malay and Indonesian ("kena kram")
    "krampf": "cramp",
    "crampe": "cramp",
    "cramb": "cramp",
    "crampppp": "cramp",
    "calff": "calf",
    "cafl": "calf",
    "claf": "calf",
    "clf": "calf",
    "calfe": "calf",
    "carf": "calf",  # written as said, without the l ("both carf muscles")
    "carfs": "calves",
    "clafs": "calves",
    "calfs": "calves",
    "cavles": "calves",
    "calvs": "calves",
    "calvess": "calves",
    "hammy": "hamstring",
    "hammies": "hamstrings",
    "hamstrung": "hamstring",
    "quadracep": "quadricep",
    "quadraceps": "quadriceps",
    "quadricepts": "quadriceps",
    "quadrecep": "quadricep",
    "quadreceps": "quadriceps",
    "qaud": "quad",
    "qauds": "quads",
    "shinn": "shin",
    "shinns": "shins",
    "feets": "feet",
    "foots": "feet",
    "fooot": "foot",
    "footh": "foot",
    "toez": "toes",
    "teos": "toes",
    "lft": "left",
    "leftt": "left",
    "letf": "left",
    "lfet": "left",
    "lefy": "left",
    "rght": "right",
    "rihgt": "right",
    "rigth": "right",
    "rite": "right",
    "riht": "right",
    "rigt": "right",
    "righ": "right",
    "roght": "right",
    "rught": "right",
    "sevre": "severe",
    "sever": "severe",
    "servere": "severe",
    "moderat": "moderate",
    "modrate": "moderate",
    "mdoerate": "moderate",
    "midl": "mild",
    "mlid": "mild",
    "minuts": "minutes",
    "mintues": "minutes",
    "minites": "minutes",
    "minits": "minutes",
    "mintes": "minutes",
    "minuets": "minutes",
    "minuet": "minute",
    "mintue": "minute",
    "secnds": "seconds",
    "seocnds": "seconds",
    "secods": "seconds",
    "secounds": "seconds",
    "agp": "ago",
    "aog": "ago",
    "agoo": "ago",
    "hous": "hours",
    "horus": "hours",
    "hrous": "hours",
    "swolen": "swollen",
    "swolled": "swollen",
    "numbb": "numb",
    "numm": "numb",
    "nmb": "numb",
    "numbe": "numb",
    "wite": "white",
    "whit": "white",
    "pael": "pale",
    "plae": "pale",
    "bleu": "blue",
    "blu": "blue",
    "cld": "cold",
    "coldd": "cold",
    "hott": "hot",
    "swolllen": "swollen",
    "sweling": "swelling",
    "swelled": "swelled",
    "brethless": "breathless",
    "breathles": "breathless",
    "chst": "chest",
    "ches": "chest",
    "excercise": "exercise",
    "exersize": "exercise",
    "exercize": "exercise",
    "excersize": "exercise",
    "pregant": "pregnant",
    "preggo": "pregnant",
    "preggers": "pregnant",
    "wierd": "weird",
    "chrley": "charley",
    # the final g dropped ("pain's gettin worse", "cannae lift ma toes")
    "gettin": "getting",
    "goin": "going",
    "killin": "killing",
    "crampin": "cramping",
    "achin": "aching",
    "hurtin": "hurting",
    "burnin": "burning",
    "tinglin": "tingling",
    "throbbin": "throbbing",
    "swellin": "swelling",
    "seizin": "seizing",
    "lockin": "locking",
    "spasmin": "spasming",
    "wakin": "waking",
    "mornin": "morning",
    "mawnin": "morning",
    "thru": "through",
    "thro": "through",
    "marnin": "morning",
    "evenin": "evening",
    "nothin": "nothing",
    "cannae": "can't",
    "canna": "can't",
    "dinnae": "don't",
    "didnae": "didn't",
    "hasnae": "hasn't",
    "isnae": "isn't",
    "disnae": "doesn't",
    "doesnae": "doesn't",
    "wasnae": "wasn't",
    "wouldnae": "wouldn't",
    "willnae": "won't",
    "easin": "easing",
    "wi": "with",
    "stoppin": "stopping",
    "lettin": "letting",
    "charly": "charley",
    # text-speak: vowels dropped, words clipped ("cnt brth", "ma calf is bare swole")
    "cnt": "can't",
    "cnnt": "can't",
    "brth": "breathe",
    "brethe": "breathe",
    "breth": "breath",
    # can't and cannot typed in a hurry: "cnat breath", "cabt breathe" (n and b are neighbours)
    "cnat": "cant",
    "cabt": "cant",
    "canot": "cannot",
    "cannt": "cant",
    # bitten as second-language English or a slip writes it: "was bited by snake"
    "bited": "bitten",
    "bitted": "bitten",
    "biten": "bitten",
    "breff": "breath",
    "swole": "swollen",
    "swoll": "swollen",
    "swolln": "swollen",
    "startd": "started",
    "strtd": "started",
    "weeak": "weak",
    "weakk": "weak",
    "nites": "nights",
    "nitez": "nights",
    "propa": "properly",
    "reasn": "reason",
    "wat": "what",
    "dnt": "don't",
    "cud": "could",
    "shud": "should",
}


def _edits1(word: str) -> set[str]:
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {a + b[1:] for a, b in splits if b}
    transposes = {a + b[1] + b[0] + b[2:] for a, b in splits if len(b) > 1}
    replaces = {a + c + b[1:] for a, b in splits if b for c in ascii_lowercase}
    inserts = {a + c + b for a, b in splits for c in ascii_lowercase}
    return deletes | transposes | replaces | inserts


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    canon = set(_FUZZY)
    for word, stop in _FUZZY.items():
        for variant in _edits1(word):
            if variant in canon or variant in stop or variant == word or len(variant) < 4:
                continue
            table.setdefault(variant, word)
    table.update(_EXPLICIT)
    return table


TYPOS: Final[dict[str, str]] = _build()

_TOKEN_RE = re.compile(r"[a-z]+")


def _fix(m: re.Match[str]) -> str:
    tok = m.group(0)
    return TYPOS.get(tok, tok)


# "cram" is a real word, but "a cram in my right calf" is the cramp.
_CRAM_IN_RE = re.compile(
    r"\b(?P<a>a|the|bad|massive|huge|big|nasty|another)\s+cram(?P<s>s?)(?=\s+(?:in|on)\s+(?:my|the|his"
    r"|her|both)\b)"
)


# The gym's "swole" is muscly, not swollen: "getting swole hurts", "looking swole af".
_GYM_SWOLE_RE = re.compile(
    r"\b(?:(?<=getting\s)|(?<=gettin\s)|(?<=get\s)|(?<=looking\s)|(?<=look\s)|(?<=looks\s))swole\b"
    r"|\bswole(?=\s+(?:af|gains|bro|mate|season)\b)"
)


def fix_typos(text: str) -> str:
    """Rewrite known misspellings in lower-cased ``text``, token by token (most messages
    have none: one set lookup per word decides, and only those with one are rewritten)."""
    if "cram " in text or "crams " in text:
        text = _CRAM_IN_RE.sub(lambda m: f"{m.group('a')} cramp{m.group('s')}", text)
    if "swole" in text:
        text = _GYM_SWOLE_RE.sub("muscly", text)
    if TYPOS.keys().isdisjoint(_TOKEN_RE.findall(text)):
        return text
    return _TOKEN_RE.sub(_fix, text)
