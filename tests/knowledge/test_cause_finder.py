"""The cause finder: screening first, skipping, early stop, what a result shows."""

from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from bot.content.knowledge import Knowledge, Questionnaire, WeightedQuestion
from bot.services import cause_finder as cf

Policy = Callable[[str], str]


def run(knowledge: Knowledge, answers: dict[str, str], default: str = "n") -> list[str]:
    """Answer each asked question from `answers` (else `default`); the ids asked, in order."""
    state = cf.start()
    while (step := cf.current(knowledge, state)) is not None:
        value = answers.get(step.question.id, default)
        if step.screening and step.question.id not in answers:
            value = "n"  # screening is "no" unless a test says otherwise
        state = cf.answer(knowledge, state, value)
    return [q for q, _ in cf.answers_of(state)]


def outcome(knowledge: Knowledge, answers: dict[str, str], default: str = "n") -> cf.Result:
    asked = run(knowledge, answers, default)
    given = {q: answers.get(q, "n" if q in SCREENING else default) for q in asked}
    return cf.result(knowledge, list(given.items()))


SCREENING = ("emergency", "today")


def test_screening_comes_first(knowledge: Knowledge) -> None:
    assert [q.id for q in knowledge.check.screening] == list(SCREENING)
    assert run(knowledge, {})[:2] == list(SCREENING)


# --- question counts ---------------------------------------------------------------


def test_a_typical_all_no_run_asks_at_most_8(knowledge: Knowledge) -> None:
    asked = run(knowledge, {})
    assert len(asked) <= 8
    assert asked == ["emergency", "today", "walking", "health", "about", "medicines", "daily"]


def test_an_all_yes_run_never_asks_more_than_12(knowledge: Knowledge) -> None:
    asked = run(knowledge, {}, default="y")
    assert len(asked) <= 12
    assert len(asked) > 8  # every "yes" opens follow-ups: the cap is what holds


def test_an_all_unsure_run_never_asks_more_than_12(knowledge: Knowledge) -> None:
    assert len(run(knowledge, {}, default="u")) <= 12


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(cf.ANSWERS), min_size=30, max_size=30))
def test_random_runs_never_ask_more_than_12(knowledge: Knowledge, answers: list[str]) -> None:
    assert cf.asked(knowledge, answers) <= 12


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from("nnnnnnnu"), min_size=30, max_size=30))
def test_typical_runs_mostly_no_ask_at_most_8(knowledge: Knowledge, answers: list[str]) -> None:
    # a typical person: no red flag, mostly "no", the odd "not sure" on a detail
    state = cf.start()
    for value in answers:
        step = cf.current(knowledge, state)
        if step is None:
            break
        gate = step.question.id in ("daily", "medicines", "about")
        state = cf.answer(knowledge, state, "n" if step.screening or gate else value)
    assert len(cf.answers_of(state)) <= 8


# --- skipping ------------------------------------------------------------------------


def test_no_medicine_details_without_medicines(knowledge: Knowledge) -> None:
    asked = run(knowledge, {"medicines": "n"})
    assert not {"diuretic", "statin", "other_medicine", "b12_medicine"} & set(asked)
    asked = run(knowledge, {"medicines": "y"})
    assert {"diuretic", "statin", "other_medicine", "b12_medicine"} <= set(asked)
    asked = run(knowledge, {"medicines": "y", "statin": "y"})
    assert "other_medicine" not in asked  # medicines are listed already


def test_not_sure_to_a_gate_asks_its_details(knowledge: Knowledge) -> None:
    assert "diuretic" in run(knowledge, {"medicines": "u"})


def test_no_pregnancy_or_age_details_unless_they_apply(knowledge: Knowledge) -> None:
    assert not {"pregnant", "over_50", "diet", "gut"} & set(run(knowledge, {"about": "n"}))
    assert "pregnant" not in run(knowledge, {"about": "y", "over_50": "y"})
    assert "pregnant" in run(knowledge, {"about": "y", "over_50": "n"})
    # gut surgery only adds a B12 factor: left out once age or diet has flagged B12
    assert "gut" not in run(knowledge, {"about": "y", "diet": "y"})
    assert "gut" in run(knowledge, {"about": "y"})


def test_pins_and_needles_only_with_a_b12_risk_factor(knowledge: Knowledge) -> None:
    assert "tingling" not in run(knowledge, {"about": "y"})
    assert "tingling" in run(knowledge, {"about": "y", "diet": "y"})


def test_a_screening_yes_asks_nothing_more(knowledge: Knowledge) -> None:
    assert run(knowledge, {"emergency": "y"}) == ["emergency"]
    assert run(knowledge, {"today": "y"}) == ["emergency", "today"]


# --- early stop ------------------------------------------------------------------------


def small_quiz(knowledge: Knowledge) -> Knowledge:
    """Two questions for one cause each: once the first two are shown, the third can't move."""
    questions = (
        WeightedQuestion(id="a", text="A?", weights={"circulation": 5}),
        WeightedQuestion(id="b", text="B?", weights={"dehydration": 5}),
        WeightedQuestion(id="c", text="C?", weights={"ageing": 2}),
        WeightedQuestion(id="d", text="D?", weights={"pregnancy": 1}),
    )
    check: Questionnaire = knowledge.check.model_copy(
        update={"questions": questions, "max_results": 2}
    )
    return dataclasses.replace(knowledge, check=check)


def test_stops_when_more_answers_cannot_change_the_result(knowledge: Knowledge) -> None:
    quiz = small_quiz(knowledge)
    assert run(quiz, {"a": "y", "b": "y"}) == [*SCREENING, "a", "b"]  # c, d can't reach 5
    assert run(quiz, {"a": "y", "b": "n"}) == [*SCREENING, "a", "b", "c", "d"]
    # a question only about causes that cannot reach the shown list is skipped on its own
    assert run(quiz, {"a": "y", "b": "y", "c": "y"}) == [*SCREENING, "a", "b"]


def test_early_stop_keeps_the_result(knowledge: Knowledge) -> None:
    quiz = small_quiz(knowledge)
    stopped = outcome(quiz, {"a": "y", "b": "y"})
    full = cf.result(quiz, [("emergency", "n"), ("today", "n"), ("a", "y"), ("b", "y"),
                            ("c", "y"), ("d", "y")])  # fmt: skip
    assert [c.cause_id for c in stopped.causes] == [c.cause_id for c in full.causes]


# --- the result --------------------------------------------------------------------------

RESULT_TABLE = [
    ({"walking": "y"}, ["circulation", "lumbar_stenosis"]),
    ({"daily": "y", "exercise": "y", "fluids": "y"}, ["dehydration", "overexertion"]),
    ({"daily": "y", "exercise": "y", "fluids": "n"}, ["overexertion"]),  # dehydration ruled out
    ({"medicines": "y", "diuretic": "y"},
     ["medications", "low_magnesium", "low_potassium"]),
    ({"about": "y", "pregnant": "y"}, ["pregnancy"]),
    ({"about": "y", "over_50": "y", "diet": "y"}, ["ageing"]),
    ({"about": "u", "over_50": "y", "pregnant": "y"}, ["ageing"]),  # pregnant not asked
    ({"health": "y", "daily": "u", "posture": "y"}, ["sitting_standing", "conditions"]),  # tie
]  # fmt: skip


@pytest.mark.parametrize(("answers", "ranked"), RESULT_TABLE)
def test_what_may_play_a_part(
    knowledge: Knowledge, answers: dict[str, str], ranked: list[str]
) -> None:
    result = outcome(knowledge, answers)
    assert result.level is None
    assert [c.cause_id for c in result.causes] == ranked
    for shown in result.causes:
        cause = knowledge.cause(shown.cause_id)
        assert cause is not None
        assert (shown.action, shown.grade) == (cause.action.text, cause.evidence.grade)


def test_b12_is_never_ranked_but_worth_checking_with_the_risk_factors(
    knowledge: Knowledge,
) -> None:
    everything = outcome(knowledge, {}, default="y")
    result = outcome(knowledge, {"medicines": "y", "diuretic": "y", "b12_medicine": "y",
                                 "about": "y", "diet": "y"})  # fmt: skip
    tingling = outcome(knowledge, {"about": "y", "diet": "y", "over_50": "y", "tingling": "y"})
    assert "pins_needles" in tingling.signs  # long-standing pins and needles: book a visit
    for each in (everything, result, tingling):
        assert "b12_deficiency" not in [c.cause_id for c in each.causes]
    (b12,) = result.worth_checking
    assert b12.cause_id == "b12_deficiency"
    assert b12.factors == (
        "you eat few or no animal products",
        "you take metformin or a stomach acid reducer",
    )
    assert tingling.worth_checking[0].factors == (
        "you are over 50",
        "you eat few or no animal products",
        "you often get pins and needles",
    )


# People at risk of low B12, each with the answers they would give: every one of them must
# finish /check with B12 under "worth checking", their own factors listed, never ranked.
B12_AT_RISK = {
    "vegan over 60 on metformin": (
        {"health": "y", "about": "y", "over_50": "y", "diet": "y", "medicines": "y",
         "b12_medicine": "y"},
        {"you are over 50", "you eat few or no animal products",
         "you take metformin or a stomach acid reducer"},
    ),
    "the same, also on a statin, busy days": (
        {"health": "y", "about": "y", "over_50": "y", "diet": "y", "medicines": "y",
         "statin": "y", "b12_medicine": "y", "daily": "y", "fluids": "y"},
        {"you are over 50", "you eat few or no animal products",
         "you take metformin or a stomach acid reducer"},
    ),
    "young, after weight-loss surgery": (
        {"about": "y", "gut": "y"},
        {"stomach or bowel surgery, or pernicious anaemia in your family"},
    ),
    "on an acid reducer for years": (
        {"medicines": "y", "b12_medicine": "y"},
        {"you take metformin or a stomach acid reducer"},
    ),
    "vegetarian not sure of much": (
        {"about": "u", "diet": "y"}, {"you eat few or no animal products"},
    ),
}  # fmt: skip


@pytest.mark.parametrize("who", list(B12_AT_RISK))
def test_everyone_at_risk_of_low_b12_sees_it_with_their_own_factors(
    knowledge: Knowledge, who: str
) -> None:
    answers, factors = B12_AT_RISK[who]
    asked = run(knowledge, answers)
    assert len(asked) <= knowledge.check.max_questions
    result = outcome(knowledge, answers)
    assert "b12_deficiency" not in [c.cause_id for c in result.causes]
    (b12,) = result.worth_checking
    assert b12.cause_id == "b12_deficiency"
    assert factors <= set(b12.factors), who


def test_age_and_diet_are_asked_before_daily_habits_and_medicine_details(
    knowledge: Knowledge,
) -> None:
    """Issue 18: a vegan over 60 was asked 12 questions, none about age or diet."""
    asked = run(knowledge, {}, default="y")
    for early, late in (("about", "medicines"), ("diet", "diuretic"), ("over_50", "statin")):
        assert asked.index(early) < asked.index(late)
    asked = run(knowledge, {})
    assert asked.index("about") < asked.index("daily")


def test_a_statin_yes_puts_the_statin_warning_sign_in_the_result(knowledge: Knowledge) -> None:
    """The statin sign (same-day care) applies whatever the screening answer was."""
    result = outcome(knowledge, {"medicines": "y", "statin": "y"})
    assert "statin" in result.signs
    sign = knowledge.flag("statin")
    assert sign is not None and sign[0].level == "today"
    assert outcome(knowledge, {"medicines": "y", "statin": "n"}).signs == ()
    assert outcome(knowledge, {"medicines": "y", "statin": "u"}).signs == ()


def test_a_gate_is_not_asked_without_room_for_its_follow_up(knowledge: Knowledge) -> None:
    for answers in ({}, {"about": "y", "over_50": "y", "diet": "y", "medicines": "y"}):
        asked = run(knowledge, answers, default="y")
        gates = {ref for q in knowledge.check.questions for ref in q.only_if}
        assert asked[-1] not in gates or len(asked) < knowledge.check.max_questions


def test_no_worth_checking_without_a_risk_factor(knowledge: Knowledge) -> None:
    assert outcome(knowledge, {"walking": "y"}).worth_checking == ()


@pytest.mark.parametrize("default", ["y", "u", "n"])
def test_a_cause_answered_no_is_never_shown(knowledge: Knowledge, default: str) -> None:
    for question in knowledge.check.questions:
        for cause_id, weight in question.weights.items():
            if weight < max(question.weights.values()):
                continue
            others = [q for q in knowledge.check.questions
                      if q is not question and q.weights.get(cause_id) == weight]  # fmt: skip
            answers = {question.id: "n", **{q.id: "n" for q in others}}
            for gate in (*question.only_if, *(r for q in others for r in q.only_if)):
                answers.setdefault(gate, "y")
            result = outcome(knowledge, answers, default=default)
            assert cause_id not in [c.cause_id for c in result.causes], (question.id, default)


def test_confirmed_medicines_are_listed(knowledge: Knowledge) -> None:
    result = outcome(knowledge, {"medicines": "y", "diuretic": "y", "statin": "y"})
    assert result.medicines == ("a water tablet (diuretic)", "a statin")
    assert "medications" in [c.cause_id for c in result.causes]
    assert outcome(knowledge, {"medicines": "y", "statin": "u"}).medicines == ()
    assert "Don't stop a medicine on your own" in knowledge.check.medicines.text


def test_no_pointer(knowledge: Knowledge) -> None:
    result = outcome(knowledge, {})
    assert result.no_pointer
    assert (result.causes, result.medicines, result.worth_checking) == ((), (), ())
    assert result.reminders == ("hydration", "stretch")


FLAG_TABLE = [
    ({"emergency": "y"}, "emergency", ("clot_lung", "cold_leg", "cauda_equina", "tetanus",
                                       "poisoning", "compartment", "dark_urine_severe")),
    ({"today": "y"}, "today", ("dvt", "statin", "long_cramp", "wound",
                               "toxin_exposure", "new_numbness", "spreading", "fluid_loss")),
]  # fmt: skip


@pytest.mark.parametrize(("answers", "level", "flags"), FLAG_TABLE)
def test_screening_yes_stops_with_level(
    knowledge: Knowledge, answers: dict[str, str], level: str, flags: tuple[str, ...]
) -> None:
    result = outcome(knowledge, answers)
    assert (result.level, result.flags, result.causes) == (level, flags, ())


@pytest.mark.parametrize("level", ["emergency", "today"])
def test_not_sure_about_signs_that_cannot_wait_stops_with_their_level(
    knowledge: Knowledge, level: str
) -> None:
    """GP review: "not sure" to the emergency question went on for five more questions and
    ended with the signs listed under "if in doubt", without a level or a number."""
    answers = {"emergency": "u" if level == "emergency" else "n", "today": "u", "walking": "y"}
    assert run(knowledge, answers)[-1] == level  # nothing asked after it
    result = outcome(knowledge, answers)
    assert result.level == level
    assert result.flags == knowledge.screened(level)
    assert result.causes == ()


def test_denied_red_flags_are_not_repeated(knowledge: Knowledge) -> None:
    circulation = outcome(knowledge, {"walking": "y"}).causes[0]
    assert "dvt" not in circulation.red_flags  # the user said no to the "today" question
    assert "walking_pain" in circulation.red_flags


# --- state -------------------------------------------------------------------------------


def test_steps_and_back(knowledge: Knowledge) -> None:
    state = cf.start()
    assert cf.back(state) == state
    state = cf.answer(knowledge, cf.answer(knowledge, state, "n"), "n")
    step = cf.current(knowledge, state)
    assert step is not None
    assert (step.number, step.question.id, step.screening) == (3, "walking", False)
    assert cf.answers_of(cf.back(state)) == [("emergency", "n")]


def test_state_survives_json(knowledge: Knowledge) -> None:
    state = cf.answer(knowledge, cf.answer(knowledge, cf.start(), "n"), "u")
    restored = json.loads(json.dumps(state))
    assert cf.current(knowledge, restored) == cf.current(knowledge, state)


@pytest.mark.parametrize("value", ["yes", "", "Y", "b"])
def test_bad_answer(knowledge: Knowledge, value: str) -> None:
    with pytest.raises(ValueError, match="answer must be"):
        cf.answer(knowledge, cf.start(), value)


@pytest.mark.parametrize(
    "state",
    [None, {}, {"v": 1, "answers": ["n", "y"]}, {"v": 1, "answers": []},
     {"v": 2, "answers": ["x"]}, {"v": 2, "answers": [["today", "n"]]},
     {"v": 2, "answers": [["emergency", "maybe"]]}, {"v": 2}],
)  # fmt: skip
def test_old_or_corrupt_state_is_refused(knowledge: Knowledge, state: object) -> None:
    with pytest.raises(ValueError, match="cause-finder"):
        cf.current(knowledge, state)  # type: ignore[arg-type]
