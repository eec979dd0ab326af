"""Chat messages that ask: questions told from reports, a cramp now that asks for help,
and `/cause <name>`. Which entry answers a question is `bot.services.search`'s job.

A message is a question when one of its sentences ends with "?" or opens with one of the
question words of content/<lang>/knowledge/topics.yaml (lower-cased, apostrophes dropped,
plural "s" removed): people ask in the middle ("fastest way to stop one? the last had me
yelping") and after a story ("took magnesium for a month, no change. does the type matter").
"""

from __future__ import annotations

import re
import weakref
from datetime import datetime
from functools import cache, lru_cache
from typing import Final

from bot.content.knowledge import Knowledge, load_knowledge
from bot.parsing.cramp import cramp_duration, tells_an_episode
from bot.parsing.triage.screen import screen
from bot.services.search import could_answer, search

WORD_RE = re.compile(r"[a-z0-9]+")
STOP_NOW = "prevent:now"  # what to do during a cramp
APOSTROPHES = str.maketrans("", "", "'’`")


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith("ss"):
        return word[:-1]
    return word


@lru_cache(maxsize=256)
def words(text: str) -> tuple[str, ...]:
    """Normalised words of a text (cached: every chat message is matched more than once)."""
    return tuple(_stem(w) for w in WORD_RE.findall(text.lower().translate(APOSTROPHES)))


def cramping_now(knowledge: Knowledge, text: str, *, now: datetime) -> bool:
    """True for a cramp report that asks how to stop it ("my calf is cramping now, help").

    Such a message is still logged as a cramp; the steps come first. Not when it carries a
    warning sign: the sign is answered before anything else. Only a message that tells of
    a cramp, and that the steps may answer, is searched (the search is the costly part; most
    cramp reports say nothing of stopping one).
    """
    if not tells_an_episode(text) or not could_answer(knowledge, text, STOP_NOW):
        return False
    if search(knowledge, text).best != STOP_NOW:
        return False
    return not screen(text, cramp_duration(text)).signs


@cache
def _default_knowledge() -> Knowledge:
    from bot.content.loader import DEFAULT_ROOT

    return load_knowledge(DEFAULT_ROOT / "en" / "knowledge")


# A question after a comma: "genuinely asking, does it work", "my legs ache, is that normal".
_CLAUSE_ASKS_RE = re.compile(
    r"[,;:]\s*(?:so\s+|but\s+|and\s+)?(?:(?:does|do|is|are|can|could|should|will|would|was"
    r"|has|have)\s+(?:it|this|that|there|anyone|anybody|any\s+of\s+you|you|they|i|we|my|these"
    r"|those|the|a|an)\b|how\s+(?:do|does|can|could|should|long|often|come|much|many|to)\b"
    r"|why\s+(?:do|does|is|are|would|am|did)\b|anyone\s+(?:else|know|tried|have|got|get)\b"
    r"|any\s+(?:tips|ideas|advice)\b"
    # a question word closing a statement: "always cramp when I'm hungover, why"
    r"|(?:but\s+|so\s+)?(?:why|how\s+come|any\s+idea\s+why)\s*[.!]*\s*$)"
    # ... or after "but" or "so" with no comma: "a guy at work swears by it but does it actually
    # do anything" (not "so do i")
    r"|\b(?:but|so)\s+(?:does|do|is|are|can|could|should|will|would)\s+(?:it|this|that|they|these"
    r"|those|anyone|anybody|you)\s+(?:actually\s+|really\s+|even\s+|still\s+)?(?:do|help|work|make"
    r"|cause|matter|count|mean|stop|prevent|need|have|get|give|be|a|an|the|normal|safe|true|worth"
    r"|bad|ok|okay|fine|dangerous|serious|why|hurt|feel|go|come|last|take|happen|mean)\b"
    r"|\b(?:but|so)\s+(?:do|should|can|could|must)\s+i\s+(?:need|have\s+to|still|really|stop|keep|take"
    r"|see|go|carry\s+on)\b"
)
SENTENCE_RE = re.compile(r"[^.!?\n]+[.!?\n]*")
# Whether a claim holds, asked as a choice without a question mark: "legit or a hoax", "real
# science or just a meme", "myth or fact", "true or false", "does it actually work or is it
# placebo".
_HOLDS = (
    r"(?:legit|legitimate|real|true|fact|facts|science|scientific|proven|evidence[\s-]based"
    r"|(?:backed|supported)\s+by\s+(?:science|evidence|research)|genuine|effective|a\s+real\s+thing"
    r"|actually\s+works?|really\s+works?|works)"
)
_FAILS = (
    r"(?:meme|myth|hoax|fake|false|bs|bull|bullshit|rubbish|nonsense|scam|fiction|placebo|fad|hype"
    r"|made\s+up|marketing|snake\s+oil|bro[\s-]?science|pseudo[\s-]?science|woo|(?:old\s+)?wives'?"
    r"\s+tale|urban\s+(?:myth|legend)|(?:all\s+)?in\s+(?:my|your|the|our)\s+heads?|a\s+trend"
    r"|(?:a\s+)?tiktok\s+thing|(?:an?\s+)?internet\s+thing)"
)
_CHOICE_ASKED_RE = re.compile(
    rf"\b{_HOLDS}\s+or\s+(?:(?:is\s+it|it'?s|just|only|an?|more\s+(?:of\s+)?an?|total|pure"
    rf"|complete|utter)\s+){{0,3}}(?:{_FAILS}|not)\b"
    rf"|\b{_FAILS}\s+or\s+(?:(?:is\s+it|it'?s|an?|actual|actually|really)\s+){{0,2}}{_HOLDS}\b"
    r"|\b(?:does|do|did|will|would)\s+(?:it|that|this|they|these|those)\s+(?:actually\s+|really\s+"
    r"|even\s+)?work\s+or\b"
)


def is_question(text: str, knowledge: Knowledge | None = None) -> bool:
    """True when a message asks something: a sentence ends with "?" or opens like a question.

    The opening words come from topics.yaml (`question_words`); without `knowledge` the
    English store is used.
    """
    if "?" in text:
        return True
    lowered = text.lower()
    if _CLAUSE_ASKS_RE.search(lowered) or _CHOICE_ASKED_RE.search(lowered):
        return True
    store = knowledge or _default_knowledge()
    openings = _question_words(store)
    for sentence in SENTENCE_RE.findall(text):
        tokens = words(sentence)
        # a greeting or a word to the reader before the question ("y'all does pickle juice
        # work", "pls kindly advise me", "ok so is it normal")
        while tokens and tokens[0] in _LEAD_IN and tokens[0] not in openings:
            tokens = tokens[2:] if tokens[:2] == ("quick", "one") else tokens[1:]  # "quick one,"
        if tokens and any(tokens[: len(w)] == w for w in openings.get(tokens[0], ())):
            return True
    return False


_LEAD_IN: Final = frozenset(
    words(
        "hi hey hello hiya guys yall y'all folks everyone ok okay so um hmm pls plz please sir"
        " madam doc doctor dr random but quick question real honestly seriously right"
    )
)


Openings = dict[str, tuple[tuple[str, ...], ...]]
_QUESTION_WORDS: dict[int, tuple[weakref.ref[Knowledge], Openings]] = {}


def _question_words(knowledge: Knowledge) -> Openings:
    """The store's question openings as word tuples by their first word, once per store."""
    cached = _QUESTION_WORDS.get(id(knowledge))
    if cached is not None and cached[0]() is knowledge:
        return cached[1]
    by_first: dict[str, list[tuple[str, ...]]] = {}
    for opening in map(words, knowledge.topics.question_words):
        if opening:
            by_first.setdefault(opening[0], []).append(opening)
    found = {first: tuple(group) for first, group in by_first.items()}
    _QUESTION_WORDS[id(knowledge)] = (weakref.ref(knowledge), found)
    return found


def resolve_cause(knowledge: Knowledge, value: str) -> str | None:
    """The cause meant by `/cause <value>`: its id, or the only cause whose id or title has it."""
    wanted = value.strip().lower().replace(" ", "_").replace("-", "_")
    if not wanted:
        return None
    ids = [cause.id for cause in knowledge.causes.causes]
    if wanted in ids:
        return wanted
    loose = wanted.replace("_", " ")
    found = [
        cause.id
        for cause in knowledge.causes.causes
        if wanted in cause.id or loose in cause.title.lower()
    ]
    return found[0] if len(found) == 1 else None
