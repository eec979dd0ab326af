"""The knowledge store, content/<lang>/knowledge/*.yaml: schemas, loading, cross references.

Every medical statement is a `Claim` carrying the ids of its sources (sources.yaml).
Knowledge text is plain text: views escape it, so content can never break Telegram's HTML.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Literal

from pydantic import Field, StringConstraints, field_validator, model_validator

from bot.content.files import load_model
from bot.content.knowledge_refs import check_references
from bot.content.schemas import NonEmpty, Strict

# Ids appear in callback data ("src:cause:<id>") and commands ("/cause <id>").
Id = Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]{1,32}$")]
SourceIds = Annotated[tuple[Id, ...], Field(min_length=1)]
Grade = Literal["strong", "moderate", "weak", "not_established"]
Level = Literal["emergency", "today", "book"]
# The name of a reminder kind (bot/reminders/kinds/); content-check refuses unknown ones.
ReminderKind = Id
LEVELS: tuple[Level, ...] = ("emergency", "today", "book")
TARGET_RE = r"^(cause:|evidence:|b12:|prevent:|doctor:|faq:)?[a-z0-9_]{1,32}$"


# A search is not a source: a link must name one record (a DOI, a PubMed id, a page).
SEARCH_URL_RE = re.compile(r"[?&](term|q|query|search)=|/search\b|/results\b", re.IGNORECASE)


class Source(Strict):
    """One entry of sources.yaml.

    `url` is a stable link: a DOI, a PubMed record or the publisher's own page, never a
    search. An article we could not link for certain has none; its title then carries the
    full citation (journal, year, volume and pages).
    """

    id: Id
    short: NonEmpty
    title: NonEmpty
    publisher: NonEmpty
    year: Annotated[int, Field(ge=1900, le=2100)]
    kind: Literal["page", "article", "guideline"]
    url: Annotated[str, StringConstraints(pattern=r"^https://[^\s<>\"]+$")] | None = None

    @field_validator("url")
    @classmethod
    def _not_a_search(cls, url: str | None) -> str | None:
        if url is not None and SEARCH_URL_RE.search(url):
            raise ValueError("a source links one record, not a search")
        return url

    @model_validator(mode="after")
    def _article_without_link(self) -> Source:
        if self.url is None and self.kind != "article":
            raise ValueError("only an article, cited in full in its title, may have no url")
        return self


class Claim(Strict):
    """A statement in plain text and the sources that back it."""

    text: NonEmpty
    sources: SourceIds


class Bullets(Strict):
    """A list of short statements sharing their sources."""

    items: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]
    sources: SourceIds


class Evidence(Strict):
    """How good the evidence is, with a one-line plain reason."""

    grade: Grade
    reason: NonEmpty
    sources: SourceIds


class RemedyEvidence(Evidence):
    """The evidence about a remedy, and `label`: what it means for the treatment.

    A grade alone misleads for a remedy ("strong" evidence that quinine works says nothing
    of its risks), so a remedy's evidence line shows the label instead, e.g. "works a
    little; not safe for routine use".
    """

    label: NonEmpty


class Cause(Strict):
    """A cause or risk factor of leg cramps."""

    id: Id
    title: NonEmpty
    summary: NonEmpty
    mechanism: Claim
    signs: Bullets
    action: Claim
    evidence: Evidence
    group: Id
    red_flags: tuple[Id, ...] = ()
    reminders: tuple[ReminderKind, ...] = ()

    def source_ids(self) -> tuple[str, ...]:
        """Every source the cause cites, in order of first mention."""
        parts = (self.mechanism, self.signs, self.action, self.evidence)
        return tuple(dict.fromkeys(s for part in parts for s in part.sources))


class CauseGroup(Strict):
    """A group of causes: /causes lists the groups, a `group:<id>` button shows its causes."""

    id: Id
    title: NonEmpty


class Causes(Strict):
    """causes.yaml."""

    intro: Claim
    groups: Annotated[tuple[CauseGroup, ...], Field(min_length=1)]
    causes: Annotated[tuple[Cause, ...], Field(min_length=1)]

    def in_group(self, group_id: str) -> tuple[Cause, ...]:
        """The causes of one group, in file order."""
        return tuple(c for c in self.causes if c.group == group_id)


class Sign(Strict):
    """A warning sign of the triage catalogue (triage.yaml) and its level of care.

    `aliases` are older ids meaning this sign (stored with cramps logged before the
    catalogue); `headline` puts `short` on the /doctor overview, `banner` in the warning
    line of the knowledge pages; `screen` asks about it in the cause finder's screening
    question of its level.
    """

    id: Id
    level: Level
    text: NonEmpty
    short: NonEmpty
    sources: SourceIds
    aliases: tuple[Id, ...] = ()
    headline: bool = False
    banner: bool = False
    screen: bool = False


class LevelOfCare(Strict):
    """One level of care: what to do. `title` heads an alert; `action` follows a sign ("...:
    call 999 now"); `short` stands after a sign in a list ("(get help today)") and on the
    level's button. `title`, `action` and `advice` may name {number}, the emergency number.
    `final`: the alert is the last message (no cramp card, no offer to remind later).
    `other_languages`: the level's action in the languages the bot does not read yet, said
    under its "English only" answer, so that a warning it cannot read still names the number."""

    level: Level
    title: NonEmpty
    action: NonEmpty
    short: NonEmpty
    advice: NonEmpty
    sources: SourceIds
    final: bool = False
    other_languages: str | None = None

    def title_for(self, number: str) -> str:
        """The title with the emergency number filled in."""
        return self.title.replace("{number}", number)

    def action_for(self, number: str) -> str:
        """The action with the emergency number filled in."""
        return self.action.replace("{number}", number)

    def other_languages_for(self, number: str) -> str | None:
        """`other_languages` with the emergency number filled in."""
        if self.other_languages is None:
            return None
        return self.other_languages.replace("{number}", number)

    def advice_for(self, number: str) -> str:
        """The advice with the emergency number filled in."""
        return self.advice.replace("{number}", number)


class ZoneNumber(Strict):
    """The emergency number of the time zones whose names start with one of `prefixes`."""

    number: NonEmpty
    prefixes: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]


class Numbers(Strict):
    """Emergency numbers by time zone; `default` names them all where the zone cannot tell,
    `bare` the same without words (for a line in other languages)."""

    default: NonEmpty
    bare: NonEmpty
    zones: tuple[ZoneNumber, ...] = ()

    def for_zone(self, zone: str | None) -> str:
        """The number for an IANA zone name (the first matching prefix), else the default."""
        if zone:
            for entry in self.zones:
                if any(
                    zone == p
                    or (p.endswith("/") and zone.startswith(p))
                    or zone.startswith(p + "/")
                    for p in entry.prefixes
                ):
                    return entry.number
        return self.default


class RiskContext(Strict):
    """Something that makes a clot in the leg likelier (a long journey, pregnancy...)."""

    id: Id
    text: NonEmpty
    sources: SourceIds


class Triage(Strict):
    """triage.yaml: the one catalogue of warning signs and their levels of care."""

    disclaimer: NonEmpty
    intro: Claim
    numbers: Numbers
    levels: tuple[LevelOfCare, ...]
    signs: Annotated[tuple[Sign, ...], Field(min_length=1)]
    risk_contexts: tuple[RiskContext, ...] = ()
    watch: tuple[Id, ...] = ()  # the signs to watch for after a risk context

    @field_validator("levels")
    @classmethod
    def _emergency_first(cls, levels: tuple[LevelOfCare, ...]) -> tuple[LevelOfCare, ...]:
        if tuple(level.level for level in levels) != LEVELS:
            raise ValueError(f"levels must be exactly {', '.join(LEVELS)}, in that order")
        return levels

    def signs_of(self, level: str) -> tuple[Sign, ...]:
        """The signs of one level, in file order."""
        return tuple(s for s in self.signs if s.level == level)


class SymptomRow(Strict):
    """A sign and the causes it points to.

    `note` replaces the cause names where the row points somewhere weaker than a cause
    (low B12 is worth a check but is not a known cause of cramps).
    """

    sign: NonEmpty
    causes: Annotated[tuple[Id, ...], Field(min_length=1)]
    sources: SourceIds
    note: NonEmpty | None = None


class Symptoms(Strict):
    """symptoms.yaml: the comparison table (warning signs come first, from triage.yaml)."""

    rows: Annotated[tuple[SymptomRow, ...], Field(min_length=1)]
    lookalikes: Claim


class EvidenceItem(Strict):
    """What the evidence says about a remedy (magnesium, quinine, ...)."""

    id: Id
    title: NonEmpty
    verdict: Claim
    points: Annotated[tuple[Claim, ...], Field(min_length=1)]
    grade: RemedyEvidence


class EvidenceFile(Strict):
    """evidence.yaml."""

    items: Annotated[tuple[EvidenceItem, ...], Field(min_length=1)]


class IntakeRow(Strict):
    """A row of the B12 intake table: the one place amounts may appear."""

    group: NonEmpty
    amount: NonEmpty


class B12Part(Strict):
    """One part of the /b12 overview, opened with a `b12:<id>` button."""

    id: Id
    title: NonEmpty
    points: Annotated[tuple[Claim, ...], Field(min_length=1)]
    table: tuple[IntakeRow, ...] = ()


class B12(Strict):
    """b12.yaml."""

    summary: Claim
    cramps_link: Claim
    parts: Annotated[tuple[B12Part, ...], Field(min_length=1)]


class FoodGroup(Strict):
    """Food sources of one nutrient."""

    id: Id
    title: NonEmpty
    foods: NonEmpty
    note: NonEmpty
    sources: SourceIds


class Foods(Strict):
    """foods.yaml."""

    intro: Claim
    groups: Annotated[tuple[FoodGroup, ...], Field(min_length=1)]


class Section(Strict):
    """A titled list of claims, with an optional caution that defers to a doctor."""

    title: NonEmpty
    points: Annotated[tuple[Claim, ...], Field(min_length=1)]
    caution: str = ""


class Step(Strict):
    """A step of the bedtime stretch routine."""

    text: NonEmpty
    hold: str = ""


class Routine(Strict):
    """The bedtime stretch routine, step by step."""

    title: NonEmpty
    intro: Claim
    steps: Annotated[tuple[Step, ...], Field(min_length=1)]
    sources: SourceIds
    result: Claim
    evidence: Claim
    caution: str = ""


class Prevent(Strict):
    """prevent.yaml."""

    intro: Claim
    during: Section
    routine: Routine
    fluids: Section
    habits: Section

    def section(self, part: str) -> Section | None:
        """The plain section behind a `prevent:<part>` button (the routine has its own view)."""
        return {"now": self.during, "fluids": self.fluids, "habits": self.habits}.get(part)


class ScreeningQuestion(Strict):
    """A safety question about the screened signs of one level (triage.yaml); "yes" stops
    the cause finder with that level."""

    id: Id
    level: Level
    text: NonEmpty


class WeightedQuestion(Strict):
    """A yes/no question of the cause finder.

    A "yes" adds `weights` to causes (a "not sure" half), names a `medicine` the user takes,
    attaches `notes` (the user's own risk factor, in their words, for a cause whose link to
    cramps is not established) and puts `signs` (warning signs of triage.yaml that a "yes"
    makes relevant, such as the statin sign) at the top of the result. `only_if` asks it
    only after a "yes" or "not sure" to one of those earlier questions; `skip_if` leaves it
    out after a "yes" to one of them.
    """

    id: Id
    text: NonEmpty
    weights: dict[Id, Annotated[int, Field(ge=1, le=5)]] = Field(default_factory=dict)
    only_if: tuple[Id, ...] = ()
    skip_if: tuple[Id, ...] = ()
    medicine: str = ""
    notes: dict[Id, NonEmpty] = Field(default_factory=dict)
    signs: tuple[Id, ...] = ()


class NoPointer(Strict):
    """What the cause finder says when no answer points anywhere: general advice."""

    note: Claim
    advice: Annotated[tuple[Claim, ...], Field(min_length=1)]
    reminders: tuple[ReminderKind, ...] = ()


class CheckWith(Strict):
    """A cause whose link to cramps is not established: what to check, and why."""

    title: NonEmpty
    text: NonEmpty
    sources: SourceIds


class Questionnaire(Strict):
    """check.yaml."""

    intro: NonEmpty
    max_results: Annotated[int, Field(ge=1, le=5)]
    max_questions: Annotated[int, Field(ge=3, le=12)]
    screening: Annotated[tuple[ScreeningQuestion, ...], Field(min_length=1)]
    questions: Annotated[tuple[WeightedQuestion, ...], Field(min_length=1)]
    medicines: Claim
    worth_checking: dict[Id, CheckWith] = Field(default_factory=dict)
    no_pointer: NoPointer


class FaqItem(Strict):
    """A question people ask, answered in a few cited points (faq.yaml). `signs`: warning
    signs of the triage catalogue shown first with their levels; `see`: the addresses of
    related screens (topics.yaml's targets), shown as buttons."""

    id: Id
    title: NonEmpty
    points: Annotated[tuple[Claim, ...], Field(min_length=1)]
    signs: tuple[Id, ...] = ()
    see: tuple[Annotated[str, StringConstraints(pattern=TARGET_RE)], ...] = ()


class FaqFile(Strict):
    """faq.yaml."""

    items: Annotated[tuple[FaqItem, ...], Field(min_length=1)]


class Topic(Strict):
    """Keywords that send a free-text question to one content entry."""

    target: Annotated[str, StringConstraints(pattern=TARGET_RE)]
    keywords: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]


class Topics(Strict):
    """topics.yaml."""

    question_words: Annotated[tuple[NonEmpty, ...], Field(min_length=1)]
    topics: Annotated[tuple[Topic, ...], Field(min_length=1)]


class SourceFile(Strict):
    """sources.yaml."""

    sources: Annotated[tuple[Source, ...], Field(min_length=1)]


@dataclass(frozen=True)
class Knowledge:
    """The validated knowledge store of one language."""

    sources: dict[str, Source]
    causes: Causes
    triage: Triage
    symptoms: Symptoms
    evidence: EvidenceFile
    b12: B12
    foods: Foods
    prevent: Prevent
    check: Questionnaire
    topics: Topics
    faq: FaqFile

    def cause(self, cause_id: str) -> Cause | None:
        """The cause with this id, or None."""
        return next((c for c in self.causes.causes if c.id == cause_id), None)

    def evidence_item(self, item_id: str) -> EvidenceItem | None:
        """The evidence entry with this id, or None."""
        return next((e for e in self.evidence.items if e.id == item_id), None)

    def faq_item(self, item_id: str) -> FaqItem | None:
        """The FAQ entry with this id, or None."""
        return next((f for f in self.faq.items if f.id == item_id), None)

    def b12_part(self, part_id: str) -> B12Part | None:
        """The B12 part with this id, or None."""
        return next((p for p in self.b12.parts if p.id == part_id), None)

    def group(self, group_id: str) -> CauseGroup | None:
        """The cause group with this id, or None."""
        return next((g for g in self.causes.groups if g.id == group_id), None)

    @cached_property
    def _signs(self) -> dict[str, Sign]:
        """Every sign by id and alias (built on first use)."""
        return {name: sign for sign in self.triage.signs for name in (*sign.aliases, sign.id)}

    def screened(self, level: Level) -> tuple[str, ...]:
        """The ids of the signs the cause finder's screening question of `level` asks about."""
        return tuple(s.id for s in self.triage.signs_of(level) if s.screen)

    def level(self, level: str) -> LevelOfCare | None:
        """The level of care with this name (emergency, today, book), or None."""
        return next((lv for lv in self.triage.levels if lv.level == level), None)

    def flag(self, flag_id: str) -> tuple[Sign, Level] | None:
        """A warning sign by id or alias, with its level; None when unknown."""
        found = self._signs.get(flag_id)
        return (found, found.level) if found is not None else None

    def signs_in(self, flag_ids: Iterable[str]) -> tuple[Sign, ...]:
        """The catalogue's signs for these ids or aliases, each once, in the given order
        (three old ids of one sign, stored with an old cramp, give that sign once)."""
        found: dict[str, Sign] = {}
        for flag_id in flag_ids:
            hit = self._signs.get(flag_id)
            if hit is not None:
                found.setdefault(hit.id, hit)
        return tuple(found.values())

    def most_urgent(self, flag_ids: Iterable[str]) -> Level | None:
        """The most urgent level among these signs (unknown ids are ignored)."""
        levels = {found[1] for f in flag_ids if (found := self.flag(f))}
        return next((level for level in LEVELS if level in levels), None)


def load_knowledge(base: Path) -> Knowledge:
    """Load content/<lang>/knowledge/ and check every cross reference (ContentError)."""
    sources = load_model(base / "sources.yaml", SourceFile).sources
    knowledge = Knowledge(
        sources={s.id: s for s in sources},
        causes=load_model(base / "causes.yaml", Causes),
        triage=load_model(base / "triage.yaml", Triage),
        symptoms=load_model(base / "symptoms.yaml", Symptoms),
        evidence=load_model(base / "evidence.yaml", EvidenceFile),
        b12=load_model(base / "b12.yaml", B12),
        foods=load_model(base / "foods.yaml", Foods),
        prevent=load_model(base / "prevent.yaml", Prevent),
        check=load_model(base / "check.yaml", Questionnaire),
        topics=load_model(base / "topics.yaml", Topics),
        faq=load_model(base / "faq.yaml", FaqFile),
    )
    check_references(knowledge, base, source_ids=[s.id for s in sources])
    return knowledge
