"""Cross-reference checks of the knowledge store: every id a file names must exist."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from pydantic import BaseModel

from bot.content.errors import ContentError

if TYPE_CHECKING:
    from bot.content.knowledge import Knowledge

# Pages a free-text topic may point to (besides cause:, evidence: and b12: entries).
PAGES = ("causes", "symptoms", "b12", "foods", "prevent", "doctor", "check")
# The parts of /prevent, each opened with a `prevent:<part>` button ("now": during a cramp).
PREVENT_PARTS = ("now", "routine", "fluids", "habits")
CITING_FILES = (
    "causes", "triage", "symptoms", "evidence", "b12", "foods", "prevent", "check", "faq",
)  # fmt: skip


def check_references(knowledge: Knowledge, base: Path, *, source_ids: list[str]) -> None:
    """Raise ContentError (file, field) for the first id that is duplicated or dangling."""
    _unique(base / "sources.yaml", "sources", source_ids)
    for name in CITING_FILES:
        model = getattr(knowledge, name)
        for where, ids in walk_sources(model):
            for source in ids:
                if source not in knowledge.sources:
                    raise ContentError(base / f"{name}.yaml", where, f"unknown source {source!r}")
    _check_causes(knowledge, base / "causes.yaml")
    _check_triage(knowledge, base / "triage.yaml")
    _check_symptoms(knowledge, base / "symptoms.yaml")
    _unique(base / "evidence.yaml", "items", [e.id for e in knowledge.evidence.items])
    _unique(base / "b12.yaml", "parts", [p.id for p in knowledge.b12.parts])
    _unique(base / "foods.yaml", "groups", [g.id for g in knowledge.foods.groups])
    _check_questionnaire(knowledge, base / "check.yaml")
    _check_topics(knowledge, base / "topics.yaml")
    _unique(base / "faq.yaml", "items", [f.id for f in knowledge.faq.items])
    for index, item in enumerate(knowledge.faq.items):
        for sign in item.signs:
            if knowledge.flag(sign) is None:
                raise ContentError(base / "faq.yaml", f"items.{index}.signs", f"unknown {sign!r}")
        for target in item.see:
            if not target_exists(knowledge, target):
                raise ContentError(base / "faq.yaml", f"items.{index}.see", f"unknown {target!r}")


def walk_sources(model: BaseModel, path: str = "") -> Iterator[tuple[str, tuple[str, ...]]]:
    """Every `sources` list inside a model, with its dotted location."""
    for name, value in model:
        where = f"{path}.{name}" if path else name
        if name == "sources" and isinstance(value, tuple):
            yield where, value
        elif isinstance(value, BaseModel):
            yield from walk_sources(value, where)
        elif isinstance(value, tuple | dict):
            items = value.items() if isinstance(value, dict) else enumerate(value)
            for index, item in items:
                if isinstance(item, BaseModel):
                    yield from walk_sources(item, f"{where}.{index}")


def _unique(path: Path, field: str, ids: Iterable[str]) -> None:
    seen: set[str] = set()
    for index, item in enumerate(ids):
        if item in seen:
            raise ContentError(path, f"{field}.{index}.id", f"duplicate id {item!r}")
        seen.add(item)


def _check_causes(knowledge: Knowledge, path: Path) -> None:
    causes = knowledge.causes.causes
    _unique(path, "causes", [c.id for c in causes])
    _unique(path, "groups", [g.id for g in knowledge.causes.groups])
    for index, group in enumerate(knowledge.causes.groups):
        if not knowledge.causes.in_group(group.id):
            raise ContentError(path, f"groups.{index}", f"group {group.id!r} has no cause")
    for index, cause in enumerate(causes):
        if not cause.source_ids():
            raise ContentError(path, f"causes.{index}", "a cause needs at least one source")
        if knowledge.group(cause.group) is None:
            raise ContentError(path, f"causes.{index}.group", f"unknown group {cause.group!r}")
        for flag in cause.red_flags:
            if knowledge.flag(flag) is None:
                raise ContentError(path, f"causes.{index}.red_flags", f"unknown flag {flag!r}")


def _check_triage(knowledge: Knowledge, path: Path) -> None:
    triage = knowledge.triage
    for index, watched in enumerate(triage.watch):
        if knowledge.flag(watched) is None:
            raise ContentError(path, f"watch.{index}", f"unknown sign {watched!r}")
    seen: set[str] = set()
    for index, sign in enumerate(triage.signs):
        for name in (sign.id, *sign.aliases):
            if name in seen:
                raise ContentError(path, f"signs.{index}", f"duplicate sign id {name!r}")
            seen.add(name)
    for index, level in enumerate(triage.levels):
        if not triage.signs_of(level.level):
            raise ContentError(path, f"levels.{index}", f"no sign has level {level.level!r}")
    _unique(path, "risk_contexts", [r.id for r in triage.risk_contexts])


def _check_symptoms(knowledge: Knowledge, path: Path) -> None:
    for index, row in enumerate(knowledge.symptoms.rows):
        _known_causes(knowledge, path, f"rows.{index}.causes", row.causes)


def _known_causes(knowledge: Knowledge, path: Path, where: str, ids: Iterable[str]) -> None:
    for cause_id in ids:
        if knowledge.cause(cause_id) is None:
            raise ContentError(path, where, f"unknown cause {cause_id!r}")


def _check_questionnaire(knowledge: Knowledge, path: Path) -> None:
    check = knowledge.check
    ids = [q.id for q in check.screening] + [q.id for q in check.questions]
    _unique(path, "questions", ids)
    for index, screen in enumerate(check.screening):
        if not knowledge.screened(screen.level):
            raise ContentError(path, f"screening.{index}.level", "no sign of it is screened")
    earlier: set[str] = set()
    for index, question in enumerate(check.questions):
        where = f"questions.{index}"
        _known_causes(knowledge, path, f"{where}.weights", question.weights)
        _known_causes(knowledge, path, f"{where}.notes", question.notes)
        for cause_id in question.weights:
            if _grade(knowledge, cause_id) == "not_established":
                # a cause whose link to cramps is not established is never ranked
                raise ContentError(path, f"{where}.weights", f"{cause_id!r} is not established")
        for cause_id in question.notes:
            if cause_id not in check.worth_checking:
                raise ContentError(path, f"{where}.notes", f"no worth_checking for {cause_id!r}")
        for sign in question.signs:
            if knowledge.flag(sign) is None:
                raise ContentError(path, f"{where}.signs", f"unknown sign {sign!r}")
        for field in ("only_if", "skip_if"):
            for ref in getattr(question, field):
                if ref not in earlier:
                    raise ContentError(path, f"{where}.{field}", f"{ref!r} is not asked before")
        earlier.add(question.id)
    _known_causes(knowledge, path, "worth_checking", check.worth_checking)


def _grade(knowledge: Knowledge, cause_id: str) -> str:
    cause = knowledge.cause(cause_id)
    return cause.evidence.grade if cause is not None else ""


def target_exists(knowledge: Knowledge, target: str) -> bool:
    """Whether a content address (`page` or `kind:ref`) names a screen."""
    kind, _, ref = target.partition(":")
    if not ref:
        return kind in PAGES
    found = {
        "cause": lambda r: knowledge.cause(r) is not None,
        "evidence": lambda r: knowledge.evidence_item(r) is not None,
        "b12": lambda r: knowledge.b12_part(r) is not None,
        "prevent": lambda r: r in PREVENT_PARTS,
        "doctor": lambda r: knowledge.level(r) is not None,
        "faq": lambda r: knowledge.faq_item(r) is not None,
    }.get(kind)
    return found is not None and found(ref)


def _check_topics(knowledge: Knowledge, path: Path) -> None:
    for index, topic in enumerate(knowledge.topics.topics):
        if not target_exists(knowledge, topic.target):
            raise ContentError(path, f"topics.{index}.target", f"unknown target {topic.target!r}")
