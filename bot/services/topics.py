"""Free-text questions ("is magnesium good for cramps?") -> a knowledge entry.

Keywords live in content/<lang>/knowledge/topics.yaml. Words are lower-cased, apostrophes
dropped and a plural "s" removed on both sides. A topic scores the number of words of the
keywords it matches, so phrases beat single words; ties go to the topic listed first.
"""

from __future__ import annotations

import re
import weakref
from dataclasses import dataclass
from datetime import datetime
from functools import cache, lru_cache
from zoneinfo import ZoneInfo

from bot.content.knowledge import Knowledge, load_knowledge
from bot.parsing.cramp import parse_cramp
from bot.parsing.triage.screen import screen

WORD_RE = re.compile(r"[a-z0-9]+")
STOP_NOW = "prevent:now"  # what to do during a cramp
APOSTROPHES = str.maketrans("", "", "'’`")


@dataclass(frozen=True)
class TopicMatch:
    """The entry a question is about: target is cause:<id>, evidence:<id>, b12:<part> or a page."""

    target: str
    score: int

    @property
    def data(self) -> str:
        """The callback data that opens the entry (as a button would)."""
        kind, _, ref = self.target.partition(":")
        return f"ev:{ref}" if kind == "evidence" else self.target


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


def _contains(haystack: tuple[str, ...], needle: tuple[str, ...]) -> bool:
    size = len(needle)
    return any(haystack[i : i + size] == needle for i in range(len(haystack) - size + 1))


Keywords = list[tuple[str, frozenset[tuple[str, ...]]]]
# A keyword counts only when its first word is in the text: each first word -> the
# (topic index, keyword) pairs that start with it, so a question looks up its own words
# instead of walking every keyword of every topic.
KeywordIndex = dict[str, list[tuple[int, tuple[str, ...]]]]
_KEYWORDS: dict[int, tuple[weakref.ref[Knowledge], Keywords, KeywordIndex]] = {}


def _keyword_index(knowledge: Knowledge) -> tuple[Keywords, KeywordIndex]:
    """Each topic's target and its keywords as word tuples, computed once per store."""
    cached = _KEYWORDS.get(id(knowledge))
    if cached is not None and cached[0]() is knowledge:
        return cached[1], cached[2]
    found = [
        (topic.target, frozenset(words(k) for k in topic.keywords) - {()})
        for topic in knowledge.topics.topics
    ]
    index: KeywordIndex = {}
    for position, (_, keywords) in enumerate(found):
        for keyword in keywords:
            index.setdefault(keyword[0], []).append((position, keyword))
    _KEYWORDS[id(knowledge)] = (weakref.ref(knowledge), found, index)
    return found, index


def match_topic(knowledge: Knowledge, text: str) -> TopicMatch | None:
    """The best-matching entry for a question, or None when no keyword matches."""
    tokens = words(text)
    topics, index = _keyword_index(knowledge)
    scores: dict[int, int] = {}
    for word in set(tokens):
        for position, k in index.get(word, ()):
            if len(k) == 1 or _contains(tokens, k):
                scores[position] = scores.get(position, 0) + len(k)
    if not scores:
        return None
    top = max(scores.values())
    first = min(position for position, score in scores.items() if score == top)
    return TopicMatch(topics[first][0], top)


def cramping_now(knowledge: Knowledge, text: str, *, now: datetime) -> bool:
    """True for a cramp report that asks how to stop it ("my calf is cramping now, help").

    Such a message is still logged as a cramp; the steps come first. Not when it carries a
    red flag: the cramp log answers those before anything else.
    """
    match = match_topic(knowledge, text)
    if match is None or match.data != STOP_NOW:
        return False
    parse = parse_cramp(text, now=now, tz=ZoneInfo("UTC"))  # the zone changes no flag
    return parse.is_cramp and not screen(text, parse.duration_s).signs


@cache
def _default_knowledge() -> Knowledge:
    from bot.content.loader import DEFAULT_ROOT

    return load_knowledge(DEFAULT_ROOT / "en" / "knowledge")


def is_question(text: str, knowledge: Knowledge | None = None) -> bool:
    """True when a message asks something: ends with "?" or opens like a question.

    The opening words come from topics.yaml (`question_words`); without `knowledge` the
    English store is used.
    """
    stripped = text.strip()
    if not stripped:
        return False
    if stripped.endswith("?"):
        return True
    store = knowledge or _default_knowledge()
    tokens = words(stripped)
    return any(tokens[: len(w)] == w for w in _question_words(store))


_QUESTION_WORDS: dict[int, tuple[weakref.ref[Knowledge], tuple[tuple[str, ...], ...]]] = {}


def _question_words(knowledge: Knowledge) -> tuple[tuple[str, ...], ...]:
    """The store's question openings as word tuples, computed once per store."""
    cached = _QUESTION_WORDS.get(id(knowledge))
    if cached is not None and cached[0]() is knowledge:
        return cached[1]
    found = tuple(w for w in map(words, knowledge.topics.question_words) if w)
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
