"""The cause finder (/check): red-flag screening first, then yes/no questions that matter.

Pure functions over a small JSON-serialisable state, {"v": 2, "answers": [["walking", "n"]]},
so a handler can keep it in the `dialogs` table and the dialogue survives a restart. The
answers name their questions; a state whose answers no longer replay against the content
(an older version, or content that changed) is rejected with ValueError.

A "yes" to a screening question ends the dialogue with its level, and so does "not sure"
when that level cannot wait (emergency, same day). After that a
question is asked only when it can still change the result: its `only_if` / `skip_if`
conditions hold, and it could move a cause into or within the shown list, or add a medicine
or a risk factor. No dialogue asks more than `max_questions`.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.content.knowledge import (
    Grade,
    Knowledge,
    Level,
    ReminderKind,
    ScreeningQuestion,
    WeightedQuestion,
)
from bot.reminders.kinds import ordered

YES, NO, UNSURE = "y", "n", "u"
ANSWERS = (YES, NO, UNSURE)
STATE_VERSION = 2
# "Not sure" counts for half a "yes".
CREDIT = {YES: 1.0, UNSURE: 0.5, NO: 0.0}

Question = ScreeningQuestion | WeightedQuestion
Answers = Sequence[tuple[str, str]]


@dataclass(frozen=True)
class Step:
    """The question to ask now and its position (1-based) in this dialogue."""

    number: int
    question: Question

    @property
    def screening(self) -> bool:
        """True for a red-flag screening question."""
        return isinstance(self.question, ScreeningQuestion)


@dataclass(frozen=True)
class RankedCause:
    """A cause that may play a part, with what to do about it and how good the evidence is."""

    cause_id: str
    score: float
    action: str
    grade: Grade
    red_flags: tuple[str, ...]


@dataclass(frozen=True)
class WorthChecking:
    """A cause whose link to cramps is not established, and the user's own risk factors."""

    cause_id: str
    factors: tuple[str, ...]


@dataclass(frozen=True)
class Result:
    """The outcome: a red-flag level (which wins over everything), or what may play a part."""

    level: Level | None
    flags: tuple[str, ...] = ()
    unsure_flags: tuple[str, ...] = ()
    signs: tuple[str, ...] = ()  # warning signs a "yes" made relevant (on a statin: its sign)
    causes: tuple[RankedCause, ...] = ()
    medicines: tuple[str, ...] = ()
    worth_checking: tuple[WorthChecking, ...] = ()
    reminders: tuple[ReminderKind, ...] = ()

    @property
    def no_pointer(self) -> bool:
        """True when nothing is ranked: the result gives general advice instead."""
        return self.level is None and not self.causes


@dataclass
class _Tally:
    """Scores and what the weighted answers so far rule in or out."""

    scores: dict[str, float] = field(default_factory=dict)
    affirmed: set[str] = field(default_factory=set)  # a primary question got yes / not sure
    refuted: set[str] = field(default_factory=set)  # a primary question got no

    def denied(self, cause_id: str) -> bool:
        return cause_id in self.refuted and cause_id not in self.affirmed


def start() -> dict[str, Any]:
    """A fresh dialogue."""
    return {"v": STATE_VERSION, "answers": []}


def answers_of(state: object) -> list[tuple[str, str]]:
    """The (question id, answer) pairs of a state; ValueError when this module did not write it."""
    if not isinstance(state, dict) or state.get("v") != STATE_VERSION:
        raise ValueError("not a cause-finder state")
    answers = state.get("answers")
    if not isinstance(answers, list) or not all(
        isinstance(a, list | tuple) and len(a) == 2 and isinstance(a[0], str) and a[1] in ANSWERS
        for a in answers
    ):
        raise ValueError("corrupt cause-finder answers")
    return [(str(a[0]), str(a[1])) for a in answers]


def _state(answers: Iterable[tuple[str, str]]) -> dict[str, Any]:
    return {"v": STATE_VERSION, "answers": [[q, v] for q, v in answers]}


def answer(knowledge: Knowledge, state: dict[str, Any], value: str) -> dict[str, Any]:
    """The state after answering the current question with "y", "n" or "u"."""
    if value not in ANSWERS:
        raise ValueError(f"answer must be one of {ANSWERS}, not {value!r}")
    step = current(knowledge, state)
    if step is None:
        raise ValueError("the cause-finder dialogue is over")
    return _state([*answers_of(state), (step.question.id, value)])


def back(state: dict[str, Any]) -> dict[str, Any]:
    """The state before the last answer (unchanged at the first question)."""
    return _state(answers_of(state)[:-1])


def current(knowledge: Knowledge, state: dict[str, Any]) -> Step | None:
    """The question to ask next, or None when the dialogue is over.

    ValueError when the stored answers do not replay against the questions (stale state).
    """
    answers = answers_of(state)
    for index, (question_id, _) in enumerate(answers):
        expected = _next(knowledge, answers[:index])
        if expected is None or expected.id != question_id:
            raise ValueError("cause-finder answers do not match the questions")
    question = _next(knowledge, answers)
    return None if question is None else Step(len(answers) + 1, question)


def asked(knowledge: Knowledge, answers: Iterable[str]) -> int:
    """How many questions a user answering `answers` in turn is asked (for tests and bench)."""
    state = start()
    for value in answers:
        if current(knowledge, state) is None:
            break
        state = answer(knowledge, state, value)
    return len(answers_of(state))


def _next(knowledge: Knowledge, answers: Answers) -> Question | None:
    check = knowledge.check
    if len(answers) >= check.max_questions:
        return None
    given = dict(answers)
    for screen in check.screening:
        if screen.id not in given:
            return screen
        if _stops(knowledge, screen, given[screen.id]):
            return None
    tally = _tally(knowledge, given)
    possible = _possible(knowledge, given)
    useful = _useful(knowledge, tally, possible, room=check.max_questions - len(answers))
    return next((q for q in possible if q.id in useful and _open(q, given)), None)


def _open(question: WeightedQuestion, given: dict[str, str]) -> bool:
    """Whether the answers so far let `question` be asked now (its gate, if any, said yes)."""
    return not question.only_if or any(given.get(ref) in (YES, UNSURE) for ref in question.only_if)


def _stops(knowledge: Knowledge, screen: ScreeningQuestion, value: str) -> bool:
    """A "yes" to a safety question ends the dialogue with its level; so does "not sure" when
    the level is one that cannot wait (emergency, same day): in doubt, the level is said."""
    if value == YES:
        return True
    level = knowledge.level(screen.level)
    return value == UNSURE and level is not None and level.final


def _possible(knowledge: Knowledge, given: dict[str, str]) -> list[WeightedQuestion]:
    """Unanswered questions whose conditions hold or may still hold, in order."""
    open_ids: set[str] = set()
    result = []
    for question in knowledge.check.questions:
        if question.id in given:
            continue
        skipped = any(given.get(ref) == YES for ref in question.skip_if)
        gated = bool(question.only_if) and not any(
            given.get(ref) in (YES, UNSURE) or ref in open_ids for ref in question.only_if
        )
        if not (skipped or gated):
            open_ids.add(question.id)
            result.append(question)
    return result


def _useful(
    knowledge: Knowledge, tally: _Tally, possible: list[WeightedQuestion], room: int
) -> set[str]:
    """Ids of possible questions whose answer could change the result, or lead to one.

    A question that only leads to others (a gate such as "do any of these apply?") is not
    useful as the last question there is `room` for: none of its follow-ups could be asked.
    """
    shown = _ranked_ids(knowledge, tally)
    full = len(shown) >= knowledge.check.max_results
    order = _order(knowledge)
    reach = dict(tally.scores)
    for question in possible:
        for cause_id, weight in question.weights.items():
            reach[cause_id] = reach.get(cause_id, 0.0) + weight
    revivable = {c for q in possible for c in _primary(q)}

    def could_show(cause_id: str) -> bool:
        if tally.denied(cause_id) and cause_id not in revivable:
            return False
        if not full:
            return True
        last = shown[-1]
        return (-reach[cause_id], order[cause_id]) < (-tally.scores[last], order[last])

    useful: set[str] = set()
    for question in reversed(possible):  # dependants first: a gate is useful through them
        leads = room > 1 and any(question.id in q.only_if and q.id in useful for q in possible)
        changes = bool(question.medicine or question.notes or question.signs) or any(
            c in shown or could_show(c) for c in question.weights
        )
        if leads or changes:
            useful.add(question.id)
    return useful


def _primary(question: WeightedQuestion) -> set[str]:
    """The causes a question is mainly about: those with its highest weight."""
    top = max(question.weights.values(), default=0)
    return {c for c, w in question.weights.items() if w == top}


def _tally(knowledge: Knowledge, given: dict[str, str]) -> _Tally:
    tally = _Tally()
    for question in knowledge.check.questions:
        value = given.get(question.id)
        if value is None:
            continue
        for cause_id, weight in question.weights.items():
            tally.scores[cause_id] = tally.scores.get(cause_id, 0.0) + weight * CREDIT[value]
        (tally.refuted if value == NO else tally.affirmed).update(_primary(question))
    return tally


def _order(knowledge: Knowledge) -> dict[str, int]:
    return {cause.id: index for index, cause in enumerate(knowledge.causes.causes)}


def _ranked_ids(knowledge: Knowledge, tally: _Tally) -> list[str]:
    order = _order(knowledge)
    ids = [c for c, s in tally.scores.items() if s > 0 and not tally.denied(c)]
    ids.sort(key=lambda c: (-tally.scores[c], order[c]))
    return ids[: knowledge.check.max_results]


def result(knowledge: Knowledge, answers: Answers) -> Result:
    """What the answers point to (answers to unknown questions are ignored)."""
    check = knowledge.check
    given = dict(answers)
    unsure: list[str] = []
    denied_flags: set[str] = set()
    for screen in check.screening:
        value = given.get(screen.id)
        flags = knowledge.screened(screen.level)
        if value is not None and _stops(knowledge, screen, value):
            level = screen.level
            offer = tuple(k.name for k in ordered() if level == "book" and k.books_appointments)
            return Result(level, flags, tuple(unsure), reminders=offer)
        if value == UNSURE:
            unsure.extend(flags)
        elif value == NO:
            denied_flags.update(flags)
    tally = _tally(knowledge, given)
    causes = tuple(
        _ranked(knowledge, c, tally.scores[c], denied_flags) for c in _ranked_ids(knowledge, tally)
    )
    yes = [q for q in check.questions if given.get(q.id) == YES]
    medicines = tuple(q.medicine for q in yes if q.medicine)
    signs = tuple(dict.fromkeys(s for q in yes for s in q.signs))
    factors: dict[str, list[str]] = {}
    for question in yes:
        for cause_id, phrase in question.notes.items():
            factors.setdefault(cause_id, []).append(phrase)
    checking = tuple(WorthChecking(c, tuple(f)) for c, f in factors.items())
    kinds: set[ReminderKind] = set(check.no_pointer.reminders) if not causes else set()
    for cause_id in [*(c.cause_id for c in causes), *factors]:
        cause = knowledge.cause(cause_id)
        kinds.update(cause.reminders if cause else ())
    reminders = tuple(k.name for k in ordered() if k.name in kinds)  # unknown ones dropped
    return Result(None, (), tuple(unsure), signs, causes, medicines, checking, reminders)


def _ranked(knowledge: Knowledge, cause_id: str, score: float, denied: set[str]) -> RankedCause:
    """A ranked cause; red flags the user already said "no" to are left out."""
    cause = knowledge.cause(cause_id)
    if cause is None:  # the loader guarantees every weight names a cause
        raise LookupError(cause_id)
    flags = tuple(f for f in cause.red_flags if f not in denied)
    return RankedCause(cause_id, score, cause.action.text, cause.evidence.grade, flags)
