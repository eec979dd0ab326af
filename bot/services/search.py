"""Questions in any wording -> the content entry that answers them.

Two signals, the first deciding when it speaks:
1. The words people use for an entry (its keywords in content/<lang>/knowledge/topics.yaml):
   phrases matched in the question ("pickle juice", "growing pains"; "why ... night" allows a
   few words between), longer phrases counting more.
2. The entry's own title and text, indexed once per content store in SQLite's built-in
   full-text search (FTS5, in memory) with the Porter stemmer and ranked with BM25, the title
   weighing more. Why FTS5: it ships with Python's sqlite3, so there is nothing to install; it
   ranks by BM25, the standard for short-text search; its stemmer folds "stretching" and
   "stretches" together; a query over a hundred entries takes tens of microseconds.

The question part of a message is searched first ("had a big one at 4am. is magnesium worth
it?"), then the whole message. An answer is *close enough* when a keyword phrase matched, or
the best entry's title shares a word with the question that not every entry shares ("cramp",
"leg"); otherwise the bot says it has no good answer and offers the nearest entries. A keyword
in a question about another part of the body or another illness, with nothing of cramps,
muscles or legs ("can I go swimming with an ear infection?"), is not close either.
"""

from __future__ import annotations

import re
import sqlite3
import weakref
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Final

from bot.content.knowledge import Claim, Knowledge
from bot.parsing.flags import INHALER
from bot.parsing.triage.lexicon import MEDICINE_NAME
from bot.services.search_ages import older_age, told_ages
from bot.services.search_cues import (
    another_asked,
    asks,
    asks_tonic_first,
    clauses,
    during_a_cramp,
    points_back,
    prescriber_withholds,
    quinine_prescribed,
    why_asked,
    why_at_night,
    works_asked,
    young_others,
)

_WORD_RE: Final = re.compile(r"[a-z0-9]+")
# Words that say nothing about which entry is meant.
_STOP: Final = frozenset(
    {"a", "about", "after", "again", "all", "am", "an", "and", "any", "anyone", "anybody"}
    | {"are", "as", "at", "be", "been", "before", "being", "but", "by", "can", "could"}
    | {"did", "do", "does", "doing", "don", "dont", "for", "from", "get", "gets", "getting"}
    | {"got", "had", "has", "have", "having", "he", "her", "here", "how", "i", "if", "im"}
    | {"in", "into", "is", "it", "its", "ive", "just", "know", "like", "me", "my", "myself"}
    | {"no", "not", "now", "of", "off", "on", "once", "one", "only", "or", "other", "our"}
    | {"out", "over", "own", "really", "same", "she", "should", "so", "some", "such"}
    | {"than", "that", "the", "their", "them", "then", "there", "these", "they", "this"}
    | {"those", "through", "to", "too", "very", "was", "we", "were", "what", "when"}
    | {"where", "which", "while", "who", "will", "with", "would", "you", "your"}
    | {"yours", "thanks", "please", "hi", "hello", "ok", "okay", "help", "tell", "anybody"}
    | {"someone", "wondering", "wonder", "question", "lol"}
)
# Words every entry is about: they rank, but never make an answer close enough alone.
_GENERIC: Final = frozenset(
    {"cramp", "cramps", "cramping", "cramped", "leg", "legs", "calf", "calves", "foot"}
    | {"feet", "night", "nights", "pain", "muscle", "muscles", "thing", "things", "normal"}
    | {"good", "bad", "best", "work", "works", "worth", "try"}
)
WEIGHTS: Final = (5.0, 1.0)  # title, text
FALLBACK: Final = ("prevent", "causes", "doctor")
_MAX_QUERY: Final = 8  # words of a question sent to the full-text search
_TITLE_MEMO: Final = 50_000  # words whose title entries are kept
_STOP_NOW: Final = "prevent:now"
_CHILDREN: Final = "faq:children"
_QUININE: Final = "evidence:quinine"
_TONIC: Final = "evidence:tonic_water"
_AGEING: Final = "cause:ageing"
_WHY_NIGHT: Final = "faq:why_night"
_WHY_NIGHT_WEIGHT: Final = 2  # as the keyword "why ... night"
# the entries `Index._cues` may score
_CUED: Final = frozenset({_STOP_NOW, _CHILDREN, _AGEING, _WHY_NIGHT})
# listed before the remedies on purpose: a remedy asked about in pregnancy, or beside a clot's
# signs, is answered with them first
_BEFORE_REMEDIES: Final = frozenset({"cause:pregnancy", "faq:clot_or_cramp"})


@dataclass(frozen=True, slots=True)
class Entry:
    """A searchable knowledge screen: its address (topics.yaml's target), title, keywords
    and text."""

    target: str
    title: str
    keywords: tuple[str, ...]
    body: str
    see: tuple[str, ...] = ()  # the entries this one points to ("see also")


@dataclass(frozen=True, slots=True)
class Found:
    """The entries nearest a question, best first; `close`: the first one answers it."""

    targets: tuple[str, ...]
    close: bool

    @property
    def best(self) -> str | None:
        return self.targets[0] if self.close and self.targets else None


def _claims(model: object) -> Iterator[str]:
    """The text of every claim inside a content model."""
    if isinstance(model, Claim):
        yield model.text
        return
    if isinstance(model, str):
        yield model
        return
    fields = getattr(model, "__pydantic_fields__", None)
    if fields is None:
        if isinstance(model, tuple | list):
            for item in model:
                yield from _claims(item)
        return
    for name in fields:
        if name in {"sources", "id", "url"}:
            continue
        yield from _claims(getattr(model, name))


def entries(knowledge: Knowledge) -> list[Entry]:
    """Every knowledge screen a question may be answered with."""
    keywords: dict[str, list[str]] = {}
    for topic in knowledge.topics.topics:
        keywords.setdefault(topic.target, []).extend(topic.keywords)
    found: list[Entry] = []

    def add(target: str, title: str, *parts: object, see: tuple[str, ...] = ()) -> None:
        body = " ".join(text for part in parts for text in _claims(part))
        found.append(Entry(target, title, tuple(keywords.get(target, ())), body, see))

    for cause in knowledge.causes.causes:
        add(f"cause:{cause.id}", cause.title, cause.summary, cause.mechanism, cause.signs,
            cause.action)  # fmt: skip
    for item in knowledge.evidence.items:
        add(f"evidence:{item.id}", item.title, item.verdict, item.points)
    for part in knowledge.b12.parts:
        add(f"b12:{part.id}", f"B12: {part.title}", part.points)
    for faq in knowledge.faq.items:
        add(f"faq:{faq.id}", faq.title, faq.points, see=tuple(faq.see))
    prevent = knowledge.prevent
    add("prevent:now", prevent.during.title, prevent.during.points)
    add("prevent:routine", prevent.routine.title, prevent.routine.intro, prevent.routine.steps)
    add("prevent:fluids", prevent.fluids.title, prevent.fluids.points)
    add("prevent:habits", prevent.habits.title, prevent.habits.points)
    add("prevent", "Preventing leg cramps", prevent.intro)
    add("causes", "Causes of leg cramps", knowledge.causes.intro)
    add("symptoms", "Which signs point to which cause", knowledge.symptoms.lookalikes)
    add("b12", "Vitamin B12", knowledge.b12.summary, knowledge.b12.cramps_link)
    add("foods", "Foods rich in B12, magnesium and potassium", knowledge.foods.intro,
        knowledge.foods.groups)  # fmt: skip
    add("doctor", "When to see a doctor", knowledge.triage.intro,
        [s.short for s in knowledge.triage.signs])  # fmt: skip
    add("check", "Cause finder", knowledge.check.intro)
    return found


def _stem(word: str) -> str:
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


_GLUED_RE: Final = re.compile(r"(\d)([a-z])")  # "7yo" -> "7 yo", "3am" -> "3 am"


def _tokens(text: str) -> tuple[str, ...]:
    plain = _GLUED_RE.sub(r"\1 \2", text.lower().replace("'", ""))
    return tuple(_stem(w) for w in _WORD_RE.findall(plain))


def _words(text: str) -> list[str]:
    return [w for w in _WORD_RE.findall(text.lower().replace("'", "")) if w not in _STOP]


def _telling(text: str, asked: str) -> list[str]:
    """The words of a question sent to the full-text search (of the whole message when its
    question part has none)."""
    return [w for w in _words(asked) if w not in _GENERIC][:_MAX_QUERY] or [
        w for w in _words(text) if w not in _GENERIC
    ][:_MAX_QUERY]


GAP: Final = "..."  # in a keyword: up to _GAP_WORDS other words ("why ... night")
_GAP_WORDS: Final = 6
Phrase = tuple[str, ...]


def _phrase(keyword: str) -> Phrase:
    return tuple(GAP if part == GAP else w for part in keyword.split() for w in (
        (GAP,) if part == GAP else _tokens(part)))  # fmt: skip


def _weight(phrase: Phrase) -> int:
    """A phrase's words that tell something ("stop a cramp" is two, like "yellow mustard")."""
    return max(1, sum(1 for w in phrase if w != GAP and w not in _STOP))


def _spans(tokens: tuple[str, ...], phrase: Phrase) -> list[tuple[int, int]]:
    """Where a phrase without gaps occurs in the tokens."""
    size = len(phrase)
    return [(i, i + size) for i in range(len(tokens) - size + 1) if tokens[i : i + size] == phrase]


def _covered(tokens: tuple[str, ...], small: Phrase, phrases: list[Phrase]) -> bool:
    """Whether every occurrence of `small` lies inside a longer phrase that was found ("be
    worried" is not also "worried"; "mustard packets ... eating mustard" is)."""
    if GAP in small:
        return False
    bigger = [q for q in phrases if len(q) > len(small) and GAP not in q]
    if not bigger:
        return False
    inside = [span for q in bigger for span in _spans(tokens, q)]
    return all(
        any(a <= start and end <= b for a, b in inside) for start, end in _spans(tokens, small)
    )


def _matches(tokens: tuple[str, ...], phrase: Phrase) -> bool:
    """Whether the phrase occurs in the tokens (a GAP skips up to _GAP_WORDS tokens)."""
    first = phrase[0]
    for start, token in enumerate(tokens):
        if token == first and _rest(tokens, start + 1, phrase, 1):
            return True
    return False


def _rest(tokens: tuple[str, ...], at: int, phrase: Phrase, part: int) -> bool:
    if part == len(phrase):
        return True
    if phrase[part] == GAP:
        nxt = phrase[part + 1]
        return any(
            tokens[i] == nxt and _rest(tokens, i + 1, phrase, part + 2)
            for i in range(at, min(len(tokens), at + _GAP_WORDS + 1))
        )
    return (
        at < len(tokens) and tokens[at] == phrase[part] and _rest(tokens, at + 1, phrase, part + 1)
    )


class Index:
    """The search index of one content store: keyword phrases, and FTS5 over the text."""

    def __init__(self, items: list[Entry], order: dict[str, int]) -> None:
        self._targets = [e.target for e in items]
        self._see = [frozenset(e.see) for e in items]
        self._positions = {target: n for n, target in reversed(list(enumerate(self._targets)))}
        self._order = [order.get(e.target, len(order)) for e in items]
        # offered when nothing is near: the pages most questions end up on
        self._fallback = [self._targets.index(t) for t in FALLBACK if t in self._targets]
        self._phrases = [
            [p for p in dict.fromkeys(_phrase(k) for k in e.keywords) if p and p[0] != GAP]
            for e in items
        ]
        self._by_first: dict[str, list[tuple[int, Phrase]]] = {}
        self._own_by_first: list[dict[str, list[Phrase]]] = []  # each entry's, by first word
        for position, phrases in enumerate(self._phrases):
            own: dict[str, list[Phrase]] = {}
            for phrase in phrases:
                self._by_first.setdefault(phrase[0], []).append((position, phrase))
                own.setdefault(phrase[0], []).append(phrase)
            self._own_by_first.append(own)
        # each phrase's words as letters any text with them has (a word "...y" may be
        # written "...ies"): a phrase with one missing cannot be there
        self._letters = [
            [frozenset(w[:-1] if w.endswith("y") else w for w in p if w != GAP) for p in phrases]
            for phrases in self._phrases
        ]
        self._parts = [frozenset().union(*phrases) for phrases in self._letters]
        self._titles: dict[str, frozenset[int]] = {}
        self._db = sqlite3.connect(":memory:", check_same_thread=False)
        self._db.execute(
            "CREATE VIRTUAL TABLE entries USING fts5(title, body, tokenize = 'porter unicode61')"
        )
        self._db.executemany(
            "INSERT INTO entries (rowid, title, body) VALUES (?, ?, ?)",
            [(n, e.title, e.body) for n, e in enumerate(items)],
        )
        self._db.commit()

    def search(self, text: str, *, limit: int = 3) -> Found:
        """`_search`, with the medicines' page put first for whether a medicine gives cramps,
        and a cause asked of what the message names put first (`_as_cause`)."""
        prepared = _prepared(text)  # read once, for the search and the checks after it
        found = self._search(text, prepared, limit=limit)
        lowered = text.lower()
        if (
            "cause:medications" in self._targets
            and found.best not in _MEDICINE_PAGES
            and _asks_if_a_medicine_cramps(prepared)
            and (
                not found.close
                or found.best == "causes"
                or (
                    # not a cause's page found: "b12 borderline and I take metformin, could
                    # this be behind...", "does metformin cause cramps" (the B12 pages)
                    not (found.best or "").startswith(("cause:", "b12"))
                    and _asks_if_a_medicine_cramps(question_part(prepared))
                )
            )
        ):
            # "can lithium give you leg cramps?": a medicine no entry names by itself is the
            # medicines' page (not the general causes), which tells what is known and not to
            # stop it alone; so when the question itself asks it, whatever else the message
            # tells ("I drink a lot of water because the psychiatrist told me to")
            ranked = ("cause:medications", *(t for t in found.targets if t != "cause:medications"))
            return Found(ranked[:limit], close=True)
        if not found.targets:
            return found
        if _CAUSE_ASKED_RE.search(lowered):
            if _CAUSE_ASKED_RE.search(question_part(prepared)):
                return _as_cause(found, lowered, self._targets)
        elif (
            found.best in _GENERAL_WHY
            and _CAUSE_NAMED_RE.search(lowered)
            and _CAUSE_NAMED_RE.search(question_part(prepared))
        ):
            return _cause_first(found)
        return found  # most messages: no cause asked anywhere

    def _search(self, text: str, prepared: str, *, limit: int = 3) -> Found:
        """The entries nearest `text`, best first. Keyword phrases count once in the whole
        message and once more in its question part; ties go to the entry listed first in
        topics.yaml (the specific before the general). BM25 is asked only when no keyword
        matched; it then ranks the entries and decides whether the first is close: only
        when the question speaks of cramps, muscles or legs at all.

        Cramps of another kind (period, stomach) and things named after a keyword (a hot
        water bottle, a water bed) are left out of the search first, and drinking told beside
        wine or beer is the alcohol's (see `_prepared`, which gave `prepared`)."""
        raw = text
        text = prepared
        if _NAMING_RE.search(text):  # "why's it called a charley horse?": no entry says
            return Found(tuple(self._targets[p] for p in self._fallback[:limit]), close=False)
        asked = question_part(text)
        scores = self._keywords(text)
        for position, score in self._cues(text, scores).items():
            scores[position] = scores.get(position, 0) + score
        if asked != text:
            found = self._keywords(asked)
            for part in (found, self._cues(asked, found, again=True)):
                for position, score in part.items():
                    scores[position] = scores.get(position, 0) + score
        if scores:
            ranked = sorted(scores, key=lambda p: (-scores[p], self._order[p]))
            if _SERVICE_RE.search(asked):
                # "how much does a sports massage cost?", "anybody know a good physio in
                # Bridgetown?": a price or a person to see, which no entry tells
                return Found(tuple(self._targets[p] for p in ranked[:limit]), close=False)
            self._medicine_before_drink(ranked, text, asked)
            # an entry that points to the best one is its narrower case, with the general
            # page a tap away: "my daughter (7) had a cramp, what should I do?" is the
            # children's page (which points to the steps for a cramp now)
            narrower = [p for p in ranked[1:] if self._targets[ranked[0]] in self._see[p]]
            if narrower:
                ranked.remove(narrower[0])
                ranked.insert(0, narrower[0])
            # "my GP won't give me quinine any more, is it dangerous?": the worry is about the
            # remedy named, which its own entry weighs (the doctor page only lists signs)
            named = [p for p in ranked[1:] if self._targets[p].startswith("evidence:")]
            # ... and "does a spoon of mustard really stop a cramp??": whether the remedy named
            # works, not the steps for a cramp now (unless one is going on now)
            general = (
                self._targets[ranked[0]] in ("doctor", "prevent", "prevent:now")
                # "the neurologist mentioned quinine. is quinine safe, what are the side
                # effects?": the remedy's own page weighs its risks, not the medicines' page
                or (
                    self._targets[ranked[0]] == "cause:medications"
                    and bool(_SAFETY_RE.search(asked))
                )
                # "the GP stopped my quinine after years, why?": why a doctor will not prescribe
                # a remedy, or stopped it, is that remedy's page (not the causes of cramps)
                or (
                    not self._targets[ranked[0]].startswith("evidence:")
                    and prescriber_withholds(text)
                    and why_asked(asked)
                )
            )
            cramp_now = self._targets[ranked[0]] == "prevent:now" and _NOW_RE.search(text)
            if named and general and not cramp_now:
                ranked.remove(named[0])
                ranked.insert(0, named[0])
            elif not cramp_now and (remedy := self._remedy_asked(ranked[0], text)) is not None:
                ranked.remove(remedy)
                ranked.insert(0, remedy)
            # "can I go swimming with an ear infection?": a keyword, but about another part
            # of the body or another illness, and nothing of cramps, muscles or legs
            # ... or about cramps of another kind only ("any tips for bad period cramps?", left
            # out of `text` by `_prepared`)
            # (the night or sleep alone does not make it about cramps: "I grind my teeth at
            # night, anything for that?")
            close = bool(_STRONG_DOMAIN_RE.search(text)) or not (
                _OFF_DOMAIN_RE.search(text) or _ELSEWHERE_RE.search(raw.lower())
            )
            return Found(tuple(self._targets[p] for p in ranked[:limit]), close)
        telling = _telling(text, asked)
        ranked = self._bm25(telling, limit)
        close = bool(ranked) and bool(_DOMAIN_RE.search(text)) and self._titled(ranked[0], telling)
        ranked += [p for p in self._fallback if p not in ranked]
        return Found(tuple(self._targets[p] for p in ranked[:limit]), close)

    def _cues(
        self, text: str, keywords: dict[int, int] | None = None, *, again: bool = False
    ) -> dict[int, int]:
        """Entry -> weight of what `text` asks, read by concept (`search_cues`): what to do
        while a cramp holds weighs three (the moment and what to do, each worth a telling word
        or two: more than "walk ... stop" or "what can i do for"); a grandchild, a niece or nephew,
        pupils or a youth team told as the ones whose legs cramp weigh as "kids"; why cramps come
        at night, asked however far apart the words, weighs as "why ... night" with what the
        night's keywords gave (`keywords`, those found in `text`); an age from 50 on weighs one
        for the ageing page, once in a message (not `again` in its question part), and only
        beside the page's own keywords or when nothing else is found: it never outweighs what
        is asked."""
        found: dict[int, int] = {}
        if _STOP_NOW in self._positions and during_a_cramp(text):
            found[self._positions[_STOP_NOW]] = 3
        if _CHILDREN in self._positions and young_others(text):
            found[self._positions[_CHILDREN]] = 1
        night = self._positions.get(_WHY_NIGHT)
        if night is not None and why_at_night(text):
            weight = _WHY_NIGHT_WEIGHT - (keywords or {}).get(night, 0)
            if weight > 0:
                found[night] = weight
        ageing = self._positions.get(_AGEING)
        known = keywords or {}
        if (
            ageing is not None
            and not again
            and (ageing in known or not (known or found))
            and older_age(text)
        ):
            found[ageing] = 1
        return found

    def _remedy_asked(self, best: int, text: str) -> int | None:
        """A remedy asked about, put before what the writer tells around it: "does tonic do
        anything for my dad's cramps? he's 88", "is magnesium worth it? I train for a marathon
        and cycle at weekends", "do compression socks help, I'm on my feet all day".

        The remedy is an entry of its own (evidence) named in a clause that asks whether it
        works, helps or is safe, or in the clause before one that points back to it ("my nan
        has a g&t at night. does it do anything?"). The best entry found otherwise goes after
        it when its keywords are only in what the writer tells, or in another choice offered
        about the remedy ("or are they only for long flights?"): not when it is what is asked
        with the remedy ("is magnesium safe for my kids"), nor asked in a question of its own
        ("is it the statin? would quinine help?"), nor itself a remedy or an entry listed
        before the remedies."""
        if self._targets[best].startswith("evidence:") or self._targets[best] in _BEFORE_REMEDIES:
            return None
        told = clauses(text)
        read: dict[int, dict[int, int]] = {}  # clause -> its keywords, each clause read once

        def keywords(at: int) -> dict[int, int]:
            if at not in read:
                read[at] = self._keywords(told[at])
            return read[at]

        for n, clause in enumerate(told):
            if not works_asked(clause):
                continue
            about = [n]
            remedies = self._remedies(keywords(n))
            if not remedies and n > 0 and points_back(clause):
                about.insert(0, n - 1)
                remedies = self._remedies(keywords(n - 1))
            if not remedies:
                continue
            choices = n + 1
            while choices < len(told) and another_asked(told[choices]):
                choices += 1
            asking = [
                at
                for at, part in enumerate(told)
                if at in about or (asks(part) and not n < at < choices)
            ]
            if not any(best in keywords(at) for at in asking):
                return remedies[0]
        return None

    def _remedies(self, found: dict[int, int]) -> list[int]:
        """The remedies (evidence entries) among a clause's keywords (`found`), best first."""
        named = [p for p in found if self._targets[p].startswith("evidence:")]
        return sorted(named, key=lambda p: (-found[p], self._order[p]))

    def _medicine_before_drink(self, ranked: list[int], text: str, asked: str) -> None:
        """Prescribed quinine asked about, tonic water or gin named beside it ("my GP gave me
        quinine tablets, are they safe? apparently it's what's in tonic"): the medicine's page
        before the drink's, unless the question asks about the drink ("... is tonic water a
        safer option?")."""
        quinine, tonic = self._positions.get(_QUININE), self._positions.get(_TONIC)
        if quinine is None or tonic is None or quinine not in ranked or tonic not in ranked:
            return
        at = ranked.index(tonic)
        if at < ranked.index(quinine) and quinine_prescribed(text) and not asks_tonic_first(asked):
            ranked.remove(quinine)
            ranked.insert(at, quinine)

    def could_answer(self, text: str, target: str) -> bool:
        """Whether `target` may be the entry that answers `text` (`search(text).best`): False
        only when it cannot be, found with less work than the search. The best entry has one
        of its keyword phrases in the message or its question part (an entry put first as the
        narrower case or as the remedy named has one too), or, when no entry's keyword is
        there, a word of the question in its title (`search` then asks `_titled`); a cause page
        may be put first for a cause asked ("could that be why ...?", `_as_cause`), and the
        medicines' page for whether a medicine gives cramps."""
        position = self._positions.get(target)
        if position is None:
            return False
        text = _prepared(text)
        asked = question_part(text)
        if target.startswith("cause:") and (
            _CAUSE_ASKED_RE.search(asked) or _CAUSE_NAMED_RE.search(asked)
        ):
            return True  # a cause asked of what the message names (`_as_cause`, `search`)
        if target == "cause:medications" and _asks_if_a_medicine_cramps(text):
            return True  # whether a medicine gives cramps (`search`)
        if target in _CUED and any(position in self._cues(part) for part in {text, asked}):
            return True  # what the question asks, read by concept (`_cues`)
        # every word of a phrase, less its plural ending, is in the text's letters
        plain = text.replace("'", "")
        have = {part for part in self._parts[position] if part in plain}
        if any(parts <= have for parts in self._letters[position]):
            by_first = self._own_by_first[position]
            for tokens in map(_tokens, {text, asked}):
                for first in by_first.keys() & set(tokens):
                    if any(_matches(tokens, phrase) for phrase in by_first[first]):
                        return True
        telling = _telling(text, asked)
        return bool(telling) and self._titled(position, telling)

    def _keywords(self, text: str) -> dict[int, int]:
        """Entry -> the words of its keyword phrases found in `text`; the longest phrase found
        reads its words ("be worried" is not also "worried", "on the drink" is alcohol, not
        the "drink" of fluids)."""
        tokens = _tokens(text)
        found: dict[int, list[Phrase]] = {}
        for token in set(tokens):
            for position, phrase in self._by_first.get(token, ()):
                if _matches(tokens, phrase):
                    found.setdefault(position, []).append(phrase)
        every = [p for phrases in found.values() for p in phrases]
        scores: dict[int, int] = {}
        for position, phrases in found.items():
            kept = [p for p in phrases if not _covered(tokens, p, every)]
            if kept:
                scores[position] = sum(_weight(p) for p in kept)
        return scores

    def _bm25(self, words: list[str], limit: int) -> list[int]:
        """Entries whose title and text share one of `words`, by BM25."""
        if not words:
            return []
        query = " OR ".join(f'"{w}"' for w in words)
        rows = self._db.execute(
            "SELECT rowid FROM entries WHERE entries MATCH ? ORDER BY bm25(entries, ?, ?) LIMIT ?",
            (query, *WEIGHTS, limit),
        ).fetchall()
        return [r for (r,) in rows]

    def _titled(self, rowid: int, words: list[str]) -> bool:
        """Whether entry `rowid`'s title contains one of `words`."""
        return any(rowid in self._title_rows(word) for word in words)

    def _title_rows(self, word: str) -> frozenset[int]:
        """The entries whose title contains `word` (as FTS5 stems it), asked once per word:
        people use a few thousand words (bounded, so made-up words cannot grow it without
        limit)."""
        rows = self._titles.get(word)
        if rows is None:
            found = self._db.execute(
                "SELECT rowid FROM entries WHERE entries MATCH ?", (f'title : "{word}"',)
            ).fetchall()
            rows = frozenset(r for (r,) in found)
            if len(self._titles) < _TITLE_MEMO:
                self._titles[word] = rows
        return rows


_SAFETY_RE: Final = re.compile(r"\b(?:safe|side[\s-]?effects?|risks?|dangerous|harmful)\b")
_NOW_RE: Final = re.compile(
    r"\b(?:now|right\s+now|this\s+(?:second|minute|instant)|asap|currently|at\s+the\s+moment|atm)\b"
)


def _prepared(text: str) -> str:
    """`text` lower-cased as the search reads it: cramps of another kind and things named after
    a keyword left out; ages read (`told_ages`: "an 88 year old" is no child); "drinking" in a
    message that names wine, beer or spirits and no water is the alcohol ("a bottle of wine a
    night ... once I'm not drinking every day")."""
    text = told_ages(_ELSEWHERE_RE.sub(" ", text.lower()))
    if _ALCOHOL_NAMED_RE.search(text) and not _WATER_NAMED_RE.search(text):
        text = _DRINKING_RE.sub("alcohol", text)
    return text


_ALCOHOL_NAMED_RE: Final = re.compile(
    r"\b(?:wine|beers?|lager|cider|vodka|whisk(?:e)?y|gin|rum|spirits|booze|alcohol|pints?)\b"
)
_WATER_NAMED_RE: Final = re.compile(r"\b(?:water|fluids?|electrolytes?|hydrat\w*|squash|juice)\b")
_DRINKING_RE: Final = re.compile(r"\b(?:drinking|drinks|drink|drank)\b")


_THINGS: Final = (
    r"mattress|bed|car|house|boiler|shoes|trainers|sofa|pillow|van|bike|laptop|phone|tv|fridge|roof"
    r"|boots|chair|recliner|dog|cat|horse|pony"
)
# Cramps of another kind, and things that only carry a keyword's name.
_ELSEWHERE_RE: Final = re.compile(
    r"\b(?:period|menstrual|pms|stomach\s+bug|tummy\s+bug|gas|ibs|uterine|labou?r|ovulation)"
    r"\s+(?:cramps?|cramping|pains?)\b|\bhot[\s-]+water[\s-]+bottles?\b|\bwater\s*beds?\b"
    r"|\bwater(?:melon|proof|park|polo)s?\b|\bpuffer\s+(?:jacket|coat|vest|fish)s?\b"
    # a thing's age, not a child's: "ours is 15 yrs old" (a mattress), "a 10 year old car"
    rf"|\b(?:ours|mine|it|it'?s|its|{_THINGS})(?:\s+is|\s+was|'s)?\s+(?:about\s+|over\s+|nearly\s+|almost\s+)?"
    r"\d+\s*(?:years?|yrs?)[\s-]*old\b"
    rf"|\b\d+\s*(?:years?|yrs?)[\s-]*old\s+(?:{_THINGS})\b"
)
# What a leg-cramp leaflet is about: without one of these, a question is about something else
# (the night and sleep only when no other part of the body or illness is named).
_STRONG_DOMAIN: Final = (
    r"cramp\w*|charl(?:e?y|ie)[\s-]*horses?|spasm\w*|seiz\w*|muscles?|legs?|calf|calves"
    r"|thighs?|hamstrings?|quads?|shins?|feet|foot|toes?|arch|knots?|twitch\w*|stretch\w*"
    r"|magnesium|potassium|quinine|tonic|b12|statins?"
)
_STRONG_DOMAIN_RE: Final = re.compile(rf"\b(?:{_STRONG_DOMAIN})\b")
_DOMAIN_RE: Final = re.compile(rf"\b(?:{_STRONG_DOMAIN}|night|nights|sleep\w*)\b")
# A question about a word's origin: "why is it called a charley horse", "where does the name
# come from".
_NAMING_RE: Final = re.compile(
    r"\bwhy(?:\s+is\s+it|'?s\s+it|\s+'?s\s+it|\s+it'?s|\s+are\s+they|\s+do\s+(?:they|we|you|people))\s+(?:even\s+)?"
    r"(?:called|call(?:ed)?\s+it)|\bwhere\s+does\s+the\s+(?:name|term|word|phrase)|\borigin\s+of\s+the"
    r"\s+(?:name|term|word|phrase)"
)
# A price, or a person or a place to go to: no entry of the store tells them.
_SERVICE_RE: Final = re.compile(
    r"\b(?:cost|costs|price|prices|priced|charge|charges|fee|fees|afford|insurance\s+cover"
    r"|(?:know|recommend)\s+(?:of\s+)?(?:a|an|any)\s+(?:good\s+)?(?:\w+\s+){0,2}?(?:person|physio\w*"
    r"|therapist|masseuse|massage\s+therapist|doctor|gp|clinic|place|osteopath|chiropractor"
    r"|podiatrist|shop|gym|coach)|where\s+(?:can|do|should|could)\s+i\s+(?:find|get|buy)"
    r"(?!\s+(?:info\w*|tips|advice|help|out|more|rid|the\s+(?:stretch\w*|exercises?)))"
    r"|near\s+me|in\s+my\s+area)\b"
)
# Another part of the body or another illness: a question about that, not about cramps.
_OFF_DOMAIN_RE: Final = re.compile(
    r"\b(?:ears?|eyes?|teeth|tooth|throat|tonsils?|nose|sinus\w*|headaches?|migraines?|lungs?"
    r"|skin|rash\w*|acne|eczema|hair|nails?|infection|infected|flu|covid|cough\w*|fever|asthma"
    r"|toothache|earache|sore\s+throat|hay\s*fever|allerg\w*|uti|thrush"
    # the night's other troubles: snoring, sleepwalking, night sweats, heartburn
    r"|snor\w*|sleep\s*walk\w*|sleep\s*talk\w*|insomnia|nightmares?|night\s+(?:terrors?|sweats?)"
    r"|bed\s*wetting|wet(?:s|ting)?\s+the\s+bed|apno?ea|reflux|heartburn|indigestion)\b"
)
# Sentences end at . ! ? a new line or an emoji ("...grabbed the hospital bag 😂 is this
# normal in pregnancy??": the question is the last part).
_SENTENCE_RE: Final = re.compile(
    r"[^.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF]+[.!?\n\U0001F000-\U0001FAFF\u2600-\u27BF]*"
)
_ASKS_RE: Final = re.compile(
    r"(?:^|[,;]\s*|\b(?:so|and|but)\s+)(?:what|why|how|which|who|where|is|are|does|do|can"
    # (not "when" opening a clause about what happens: "when I lie down my legs feel like ants")
    r"|when(?!\s+(?:i|i'?m|im|my|we|he|she|they|it|it'?s|the)\b)"
    r"|could|should|would|will|any|anyone|anybody|has\s+anyone|wondering|i\s+wonder)\b"
)


# A cause asked of something named: "could that be why my calves cramp?", "is it behind my
# cramps?", "what's behind them".
_CAUSE_ASKED_RE: Final = re.compile(
    r"\b(?:could|can|would|might|is|are)\s+(?:(?:either|any|one|both|all|each)\s+of\s+)?(?:that|this|it"
    r"|they|these|those|them)\s+(?:\w+\s+)?(?:be\s+)?"
    r"(?:why|the\s+reason|the\s+cause|behind|causing|to\s+blame|part\s+of\s+(?:why|the\s+reason))"
    r"|\bwhat'?s\s+behind\b|\bwhats\s+behind\b"
)
# A cause asked of what the question names itself: "could the caffeine be why my legs cramp at
# night?", "could all the coffee be behind it?" (not "is there a reason why", "can anyone tell
# me why"). It puts a cause page first only over the general answers (`_GENERAL_WHY`): "could
# the statin be why?" keeps the statins' page.
_CAUSE_NAMED_RE: Final = re.compile(
    r"\b(?:could|would|might|is|are)\s+(?:the\s+|my\s+|all\s+(?:the|my|this|that)\s+|too\s+much\s+)?"
    r"(?!(?:there|anyone|anybody|someone|somebody|you|u|it|that|this|they|these|those)\b)[a-z][\w'-]*\s+"
    r"(?:[a-z][\w'-]*\s+)?be\s+(?:the\s+reason\s+)?(?:why|the\s+cause|behind|causing|to\s+blame)\b"
)
_GENERAL_WHY: Final = frozenset({"faq:why_night", "causes"})
_MEDICINE_NAMED_RE: Final = re.compile(rf"\b(?:{MEDICINE_NAME}|{INHALER})\b")
# Whether something gives cramps, asked: "can lithium give you leg cramps?", "does it cause cramps"
_GIVES_CRAMPS_RE: Final = re.compile(
    r"\b(?:can|could|does|do|would|might|will|is|are)\b[^.!?]{0,40}?\b(?:give|gives|giving|cause|causes"
    r"|causing|bring\s+on|brings\s+on|trigger|triggers|lead\s+to|linked\s+to|behind)\s+(?:\w+\s+){0,2}?"
    r"(?:leg\s+|muscle\s+|night\s+|calf\s+|foot\s+)?cramp"
)


# The pages that answer about a medicine: the medicines' own, and those of one medicine.
_MEDICINE_PAGES: Final = frozenset({"cause:medications", "faq:statins", "evidence:quinine"})


def _asks_if_a_medicine_cramps(prepared: str) -> bool:
    """Whether a message (as `_prepared` reads it) asks if a medicine it names gives cramps."""
    return bool(_GIVES_CRAMPS_RE.search(prepared) and _MEDICINE_NAMED_RE.search(prepared))


_B12_CAUSE: Final = "cause:b12_deficiency"
# B12 told low or lowered (not "my B12 came back fine"): "low B12", "lowers B12", "B12 was on
# the low side", "deficient in B12".
_B12_LOW_RE: Final = re.compile(
    r"\b(?:low(?:er|ers|ering|ered)?|deplet\w*|drain\w*|deficien\w*|lack\s+of|lacking|short\s+(?:of|on)"
    r"|not\s+enough)\s+(?:\w+\s+){0,2}?b\s*-?\s*12\b"
    r"|\bb\s*-?\s*12\s+(?:\w+\s+){0,4}?(?:low|deficien\w*|on\s+the\s+low\s+side|borderline)\b"
)


def _as_cause(found: Found, text: str, targets: list[str]) -> Found:
    """A cause asked of what the message names: a medicine named is the medicines' page ("been
    on lithium for years, could that be whats behind my cramps?"); else the first cause page
    among those found ("my last B12 came back low. could that be why my feet cramp?")."""
    ranked = list(found.targets)
    if _B12_LOW_RE.search(text) and _B12_CAUSE in targets:
        # "metformin lowers B12 and low B12 gives you cramps, is that why...?": the B12 page,
        # which names the medicines that lower it
        first = _B12_CAUSE
    elif _MEDICINE_NAMED_RE.search(text) and "cause:medications" in targets:
        first = "cause:medications"
    else:
        return _cause_first(found)
    ranked = [first, *(t for t in ranked if t != first)]
    return Found(tuple(ranked[: len(found.targets)]), found.close)


def _cause_first(found: Found) -> Found:
    """`found` with its first cause page put first (unchanged when it holds none)."""
    cause = next((t for t in found.targets if t.startswith("cause:")), None)
    if cause is None:
        return found
    return Found((cause, *(t for t in found.targets if t != cause)), found.close)


_POINTS_BACK_RE: Final = re.compile(
    r"(?:so\s+|and\s+|but\s+)?(?:(?:could|would|can|might)\s+(?:that|this)\s+be"
    # "... magnesium pills. are they worth the money?", "do they actually work?"
    r"|(?:are|do|does|is|will|would|should|can)\s+(?:they|these|those|it)\s+(?:\w+\s+)?(?:worth"
    r"|work|help|any\s+good|safe|effective|good\s+for)"
    # whether what was told holds: "a colleague told me these inhalers cause cramps. is that
    # true?", "any truth in that?", "really?"
    r"|(?:is|was)\s+(?:that|this|it)\s+(?:really\s+|actually\s+|even\s+)?(?:true|right|correct|so"
    r"|a\s+(?:real\s+)?thing|legit|a\s+myth|a\s+fact)|(?:is\s+there\s+)?any\s+truth\s+(?:in|to)"
    r"|(?:true|really|seriously|legit)(?=\s*\?))\b"
)


def question_part(text: str) -> str:
    """The sentences of a message that ask (ending with "?", or the part of a sentence from
    a question opening on)."""
    found = []
    before = ""
    for m in _SENTENCE_RE.finditer(text.lower()):
        sentence, told = m.group(0).strip(), before
        before = sentence
        if sentence.endswith("?"):
            # "my last B12 came back low. could that be why my calves cramp?": "that" is the
            # sentence before
            if told and not told.endswith("?") and _POINTS_BACK_RE.match(sentence):
                found.append(told)
            found.append(sentence)
        elif (opening := _ASKS_RE.search(sentence)) is not None:
            asked = sentence[opening.start() :]
            # "..., why" asks about the whole sentence before it
            found.append(sentence if len(_WORD_RE.findall(asked)) <= 2 else asked)
    return " ".join(found) or text


_INDEXES: dict[int, tuple[weakref.ref[Knowledge], Index]] = {}


def index(knowledge: Knowledge) -> Index:
    """The search index of a content store, built on first use."""
    cached = _INDEXES.get(id(knowledge))
    if cached is None or cached[0]() is not knowledge:
        order = {t.target: n for n, t in reversed(list(enumerate(knowledge.topics.topics)))}
        cached = (weakref.ref(knowledge), Index(entries(knowledge), order))
        _INDEXES[id(knowledge)] = cached
    return cached[1]


def search(knowledge: Knowledge, text: str) -> Found:
    """The content entries that answer a question, best first."""
    return index(knowledge).search(text)


def could_answer(knowledge: Knowledge, text: str, target: str) -> bool:
    """Whether `target` may be the entry that answers `text`: False only when
    `search(knowledge, text).best` cannot be `target` (see `Index.could_answer`)."""
    return index(knowledge).could_answer(text, target)
