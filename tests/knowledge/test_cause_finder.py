"""The cause finder: red-flag screening first, weighted questions, back, JSON state."""

from __future__ import annotations

import json

import pytest

from bot.content.knowledge import Knowledge
from bot.services import cause_finder as cf

SCREENING = 7  # chest, leg, long, toxin, weakness, fluid_loss, wasting
NO_FLAGS = ["n"] * SCREENING
# Weighted questions, in order.
Q = [
    "tingling", "fatigue", "plant_diet", "exercise", "fluids", "medicines", "pregnant",
    "walking", "over_50", "posture", "b12_medicines", "alcohol", "conditions",
]  # fmt: skip


def weighted(**answers: str) -> list[str]:
    """Screening all "no", then the named weighted answers, "n" for the rest."""
    return NO_FLAGS + [answers.get(q, "n") for q in Q]


def test_question_order_matches_content(knowledge: Knowledge) -> None:
    assert [q.id for q in knowledge.check.screening][:2] == ["chest", "leg"]
    assert len(knowledge.check.screening) == SCREENING
    assert [q.id for q in knowledge.check.questions] == Q


FLAG_TABLE = [
    (["y"], "emergency", ("chest_arms_belly", "chest_pain_breathless"), ()),
    (["n", "y"], "today", ("dvt", "swelling"), ()),
    (["n", "n", "y"], "today", ("long_duration",), ()),
    (["n", "n", "n", "y"], "today", ("toxin", "wound"), ()),
    (["n", "n", "n", "n", "y"], "today", ("weakness", "numbness", "twitches"), ()),
    (["n"] * 5 + ["y"], "today", ("fluid_loss",), ()),
    (["n"] * 6 + ["y"], "book", ("wasting",), ("checkup",)),
    (["n", "u", "n", "y"], "today", ("toxin", "wound"), ()),
]


@pytest.mark.parametrize(("answers", "level", "flags", "reminders"), FLAG_TABLE)
def test_screening_yes_stops_with_level(
    knowledge: Knowledge,
    answers: list[str],
    level: str,
    flags: tuple[str, ...],
    reminders: tuple[str, ...],
) -> None:
    state = cf.start()
    for value in answers:
        assert cf.current(knowledge, state) is not None
        state = cf.answer(state, value)
    assert cf.current(knowledge, state) is None  # a "yes" ends the dialogue
    result = cf.result(knowledge, cf.answers_of(state))
    assert (result.level, result.flags, result.reminders) == (level, flags, reminders)
    assert result.causes == ()


CAUSE_TABLE = [
    (weighted(tingling="y", plant_diet="y"), ["b12_deficiency", "conditions"], ("checkup",)),
    (weighted(exercise="y", fluids="y"), ["dehydration", "overexertion"],
     ("hydration", "stretch")),
    (
        weighted(medicines="y"),
        ["medications", "low_magnesium", "low_potassium"],
        ("checkup",),
    ),
    (weighted(pregnant="y"), ["pregnancy"], ("stretch",)),
    (weighted(walking="y"), ["circulation", "lumbar_stenosis"], ("checkup",)),
    (weighted(over_50="y", posture="y"), ["sitting_standing", "ageing", "b12_deficiency"],
     ("stretch", "checkup")),
    (weighted(b12_medicines="y", fatigue="u"), ["b12_deficiency", "conditions"], ("checkup",)),
    (weighted(alcohol="y"), ["alcohol_stimulants"], ("hydration",)),
    (weighted(conditions="y", tingling="y"), ["conditions", "b12_deficiency"], ("checkup",)),
    (weighted(posture="u"), ["sitting_standing"], ("stretch",)),
]  # fmt: skip


@pytest.mark.parametrize(("answers", "ranked", "reminders"), CAUSE_TABLE)
def test_ranking(
    knowledge: Knowledge, answers: list[str], ranked: list[str], reminders: tuple[str, ...]
) -> None:
    result = cf.result(knowledge, answers)
    assert result.level is None
    assert not result.fallback
    assert [c.cause_id for c in result.causes] == ranked
    assert result.reminders == reminders
    for ranked_cause in result.causes:
        cause = knowledge.cause(ranked_cause.cause_id)
        assert cause is not None
        assert ranked_cause.action == cause.action.text
        assert ranked_cause.grade == cause.evidence.grade


def test_at_most_max_results(knowledge: Knowledge) -> None:
    result = cf.result(knowledge, NO_FLAGS + ["y"] * len(Q))
    assert len(result.causes) == knowledge.check.max_results


def test_all_no_gives_the_fallback(knowledge: Knowledge) -> None:
    result = cf.result(knowledge, weighted())
    assert result.fallback
    assert [c.cause_id for c in result.causes] == list(knowledge.check.fallback.causes)


def test_unsure_screening_is_reported_but_does_not_stop(knowledge: Knowledge) -> None:
    result = cf.result(knowledge, ["u", *NO_FLAGS[1:], *weighted(walking="y")[SCREENING:]])
    assert result.level is None
    assert result.unsure_flags == ("chest_arms_belly", "chest_pain_breathless")
    assert result.causes[0].cause_id == "circulation"


def test_denied_red_flags_are_not_repeated(knowledge: Knowledge) -> None:
    result = cf.result(knowledge, weighted(walking="y"))
    circulation = result.causes[0]
    assert "dvt" not in circulation.red_flags  # the user said no to the leg question
    assert "walking_pain" in circulation.red_flags


def test_steps_and_back(knowledge: Knowledge) -> None:
    state = cf.start()
    first = cf.current(knowledge, state)
    assert first is not None
    assert (first.number, first.screening) == (1, True)
    assert cf.back(state) == state
    state = cf.answer(cf.answer(state, "n"), "u")
    step = cf.current(knowledge, state)
    assert step is not None
    assert step.number == 3
    state = cf.back(state)
    assert cf.answers_of(state) == ["n"]
    for value in weighted()[1:]:
        state = cf.answer(state, value)
    assert cf.current(knowledge, state) is None
    last = cf.current(knowledge, cf.back(state))
    assert last is not None
    assert (last.number, last.total, last.screening) == (20, 20, False)


def test_state_survives_json(knowledge: Knowledge) -> None:
    state = cf.answer(cf.answer(cf.start(), "n"), "u")
    restored = json.loads(json.dumps(state))
    assert restored == state
    assert cf.current(knowledge, restored) == cf.current(knowledge, state)


@pytest.mark.parametrize("value", ["yes", "", "Y", "b"])
def test_bad_answer(value: str) -> None:
    with pytest.raises(ValueError, match="answer must be"):
        cf.answer(cf.start(), value)


@pytest.mark.parametrize(
    "state", [None, {}, {"v": 2, "answers": []}, {"v": 1, "answers": ["x"]}, {"v": 1}]
)
def test_corrupt_state(state: object) -> None:
    with pytest.raises(ValueError, match="cause-finder"):
        cf.answers_of(state)
