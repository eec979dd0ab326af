"""Shared pieces of the knowledge screens: UI texts, citations, grades, the disclaimer."""

from __future__ import annotations

from collections.abc import Iterable

from bot.content.html import Html
from bot.content.knowledge import Claim, Evidence, Knowledge, RemedyEvidence
from bot.content.loader import Content


def text(content: Content, key: str, /, **values: object) -> Html:
    """A UI text of ui/knowledge.yaml."""
    return content.text(f"knowledge.{key}", **values)


def label(content: Content, key: str, /, **values: object) -> str:
    """A button label (plain text) from ui/knowledge.yaml."""
    return content.label(f"knowledge.{key}", **values)


def cite(content: Content, claim: Claim) -> Html:
    """A claim followed by the short names of its sources."""
    return text(
        content, "cited", text=claim.text, sources=shorts(content.knowledge, claim.sources)
    )


def shorts(knowledge: Knowledge, ids: Iterable[str]) -> str:
    """Short source names, each once: "Mayo Clinic; NHS"."""
    return "; ".join(dict.fromkeys(knowledge.sources[i].short for i in ids))


def grade_line(content: Content, evidence: Evidence) -> Html:
    """ "Evidence: weak. <reason>"; for a remedy its label, a verdict on the treatment."""
    if isinstance(evidence, RemedyEvidence):
        return text(content, "evidence_label_line", label=evidence.label, reason=evidence.reason)
    grade = text(content, f"grade_{evidence.grade}")
    return text(content, "evidence_line", grade=grade, reason=evidence.reason)


def disclaimer(content: Content) -> Html:
    """The one-line "not a diagnosis" note."""
    return text(content, "disclaimer", text=content.knowledge.triage.disclaimer)
