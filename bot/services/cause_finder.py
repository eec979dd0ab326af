"""The cause finder (/check): red-flag screening first, then weighted yes/no questions.

Pure functions over a small JSON-serialisable state, {"v": 1, "answers": ["n", "y", "u"]},
so a handler can keep it in the `dialogs` table and the dialogue survives a restart.
Answer i answers question i of `questions(knowledge)`: the screening questions, then the
weighted ones. A "yes" to a screening question ends the dialogue with its red-flag level.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from bot.content.knowledge import (
    Grade,
    Knowledge,
    Level,
    ReminderKind,
    ScreeningQuestion,
    WeightedQuestion,
)

YES, NO, UNSURE = "y", "n", "u"
ANSWERS = (YES, NO, UNSURE)
STATE_VERSION = 1
REMINDER_ORDER: tuple[ReminderKind, ...] = ("hydration", "stretch", "checkup")
# "Not sure" counts for half a "yes".
CREDIT = {YES: 1.0, UNSURE: 0.5, NO: 0.0}

Question = ScreeningQuestion | WeightedQuestion


@dataclass(frozen=True)
class Step:
    """The question to ask now: its position (1-based) among all questions."""

    number: int
    total: int
    question: Question

    @property
    def screening(self) -> bool:
        """True for a red-flag screening question."""
        return isinstance(self.question, ScreeningQuestion)


@dataclass(frozen=True)
class RankedCause:
    """A likely cause with what to do about it and how good the evidence is."""

    cause_id: str
    score: float
    action: str
    grade: Grade
    red_flags: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """The outcome: a red-flag level (which wins over everything), or ranked causes."""

    level: Level | None
    flags: tuple[str, ...]
    unsure_flags: tuple[str, ...]
    causes: tuple[RankedCause, ...]
    fallback: bool
    reminders: tuple[ReminderKind, ...]


def start() -> dict[str, Any]:
    """A fresh dialogue."""
    return {"v": STATE_VERSION, "answers": []}


def answers_of(state: object) -> list[str]:
    """The answers in a state; ValueError when the state is not one this module wrote."""
    if not isinstance(state, dict) or state.get("v") != STATE_VERSION:
        raise ValueError("not a cause-finder state")
    answers = state.get("answers")
    if not isinstance(answers, list) or any(a not in ANSWERS for a in answers):
        raise ValueError("corrupt cause-finder answers")
    return list(answers)


def answer(state: dict[str, Any], value: str) -> dict[str, Any]:
    """The state after answering the current question with "y", "n" or "u"."""
    if value not in ANSWERS:
        raise ValueError(f"answer must be one of {ANSWERS}, not {value!r}")
    return {"v": STATE_VERSION, "answers": [*answers_of(state), value]}


def back(state: dict[str, Any]) -> dict[str, Any]:
    """The state before the last answer (unchanged at the first question)."""
    return {"v": STATE_VERSION, "answers": answers_of(state)[:-1]}


def questions(knowledge: Knowledge) -> tuple[Question, ...]:
    """Every question in the order asked: screening first."""
    return (*knowledge.check.screening, *knowledge.check.questions)


def current(knowledge: Knowledge, state: dict[str, Any]) -> Step | None:
    """The question to ask next, or None when the dialogue is over."""
    answers = answers_of(state)
    every = questions(knowledge)
    screening = len(knowledge.check.screening)
    if YES in answers[:screening] or len(answers) >= len(every):
        return None
    return Step(number=len(answers) + 1, total=len(every), question=every[len(answers)])


def result(knowledge: Knowledge, answers: Sequence[str]) -> Result:
    """Rank the causes for a set of answers (extra answers are ignored)."""
    check = knowledge.check
    unsure: list[str] = []
    denied: set[str] = set()
    for screen, value in zip(check.screening, answers, strict=False):
        if value == YES:
            level = knowledge.most_urgent(screen.flags)
            offer: tuple[ReminderKind, ...] = ("checkup",) if level == "book" else ()
            return Result(level, screen.flags, tuple(unsure), (), False, offer)
        if value == UNSURE:
            unsure.extend(screen.flags)
        elif value == NO:
            denied.update(screen.flags)
    scores: dict[str, float] = {}
    weighted = answers[len(check.screening) :]
    for question, value in zip(check.questions, weighted, strict=False):
        for cause_id, weight in question.weights.items():
            scores[cause_id] = scores.get(cause_id, 0.0) + weight * CREDIT.get(value, 0.0)
    order = {cause.id: index for index, cause in enumerate(knowledge.causes.causes)}
    ranked = sorted((c for c, s in scores.items() if s > 0), key=lambda c: (-scores[c], order[c]))
    fallback = not ranked
    chosen = list(check.fallback.causes) if fallback else ranked[: check.max_results]
    causes = tuple(_ranked(knowledge, c, scores.get(c, 0.0), denied) for c in chosen)
    return Result(None, (), tuple(unsure), causes, fallback, _reminders(knowledge, chosen))


def _ranked(knowledge: Knowledge, cause_id: str, score: float, denied: set[str]) -> RankedCause:
    """A ranked cause; red flags the user already said "no" to are left out."""
    cause = knowledge.cause(cause_id)
    if cause is None:  # the loader guarantees every weight names a cause
        raise LookupError(cause_id)
    flags = tuple(f for f in cause.red_flags if f not in denied)
    return RankedCause(cause_id, score, cause.action.text, cause.evidence.grade, flags)


def _reminders(knowledge: Knowledge, cause_ids: list[str]) -> tuple[ReminderKind, ...]:
    kinds = {kind for c in cause_ids if (cause := knowledge.cause(c)) for kind in cause.reminders}
    return tuple(kind for kind in REMINDER_ORDER if kind in kinds)
