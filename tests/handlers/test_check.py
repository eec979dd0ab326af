"""/check: the cause finder through the Bot API double, its state in the `dialogs` table."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.db import users
from bot.db.models import Dialog, Reminder
from bot.offline.engine import Call
from bot.services import cause_finder as cf
from bot.services.check_dialog import step
from bot.views.check import CheckData
from tests.fakes.harness import USER, Harness, shared_content, start_harness, stop_harness, texts

CONTENT = shared_content()
KNOWLEDGE = CONTENT.knowledge
SCREENING = len(KNOWLEDGE.check.screening)
V = cf.STATE_VERSION
EXPIRED = CONTENT.label("common.expired")


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text", "")) for c in calls if c.method == "answerCallbackQuery"]


def methods(calls: list[Call]) -> list[str]:
    return [c.method for c in calls if c.method != "answerCallbackQuery"]


async def stored(bot: Harness) -> dict[str, Any] | None:
    async with bot.app.bot_data.sessions() as session:
        dialog = await session.scalar(
            select(Dialog).where(Dialog.user_id == USER, Dialog.name == "check")
        )
        return dialog.state if dialog is not None else None


async def answer_all(bot: Harness, value: str, count: int, first: int = 1) -> list[Call]:
    calls: list[Call] = []
    for number in range(first, first + count):
        calls = await bot.press(f"chk:{number}:{value}")
        assert answers(calls) == [""], number
    return calls


async def finish(bot: Harness, value: str) -> tuple[list[Call], int]:
    """No to the screening, then `value` to every question until the result; (calls, asked)."""
    calls = await answer_all(bot, "n", SCREENING)
    number = SCREENING
    while "Question" in texts(calls)[0]:
        number += 1
        calls = await bot.press(f"chk:{number}:{value}")
        assert answers(calls) == [""], number
    return calls, number


async def test_check_asks_the_first_question_and_stores_the_dialog(bot: Harness) -> None:
    (reply,) = await bot.say("/check")
    assert "Question 1" in reply and "not a diagnosis" in reply
    assert bot.buttons() == ["chk:1:y", "chk:1:n", "chk:1:u"]
    assert await stored(bot) == {"v": V, "answers": []}


async def test_each_answer_edits_the_question_into_the_next(bot: Harness) -> None:
    await bot.say("/check")
    calls = await bot.press("chk:1:n")
    assert methods(calls) == ["editMessageText"]
    assert "Question 2" in texts(calls)[0]
    assert bot.buttons() == ["chk:2:y", "chk:2:n", "chk:2:u", "chk:2:b"]
    assert await stored(bot) == {"v": V, "answers": [["emergency", "n"]]}


async def test_a_red_flag_yes_stops_and_shows_the_level_of_care(bot: Harness) -> None:
    await bot.say("/check")
    calls = await bot.press("chk:1:y")
    (text,) = texts(calls)
    triage = KNOWLEDGE.triage
    assert text.startswith("🚨") and triage.levels[0].title_for(triage.numbers.default) in text
    assert "Question" not in text
    assert "chk:r" in bot.buttons() and "kn:doctor:-" in bot.buttons()
    assert not any(b.startswith("chk:2") for b in bot.buttons())
    assert await stored(bot) is None  # finished: the answers are not kept


async def test_a_full_all_no_run_is_short_and_gives_general_advice(bot: Harness) -> None:
    await bot.say("/check")
    calls, asked = await finish(bot, "n")
    assert asked <= 8
    (text,) = texts(calls)
    assert "Nothing stood out" in text and "before bed" in text
    assert "What may play a part" not in text and "Worth checking" not in text
    assert not [b for b in bot.buttons() if b.startswith("kn:cause:")]
    assert await stored(bot) is None


async def test_a_full_run_with_medicines_and_a_plant_diet(bot: Harness) -> None:
    await bot.say("/check")
    script = {"medicines": "y", "statin": "y", "about": "y", "diet": "y"}
    calls = await answer_all(bot, "n", SCREENING)
    number = SCREENING
    state = await stored(bot)
    while state is not None:
        step = cf.current(KNOWLEDGE, state)
        assert step is not None
        number += 1
        calls = await bot.press(f"chk:{number}:{script.get(step.question.id, 'n')}")
        state = await stored(bot)
    assert number <= 12
    (text,) = texts(calls)
    assert "What may play a part" in text and "Likely causes" not in text
    assert "a statin" in text and "stop a medicine on your own" in text
    assert "Worth checking with your doctor" in text
    assert "you eat few or no animal products" in text
    assert "B12" not in text.split("What may play a part")[1].split("Your medicines")[0]
    statin = KNOWLEDGE.flag("statin")
    assert statin is not None
    first = text.split("What may play a part")[0]  # the statin sign comes before the causes
    assert statin[0].short in first and "get help today" in first
    assert sum(len(row) for row in bot.engine.messages(USER)[-1]["reply_markup"]
               ["inline_keyboard"]) <= 8  # fmt: skip


async def test_all_unsure_never_asks_more_than_12(bot: Harness) -> None:
    await bot.say("/check")
    calls, asked = await finish(bot, "u")
    assert asked <= 12
    (text,) = texts(calls)
    assert "What may play a part" in text and "weren't sure" not in text


async def test_a_cause_on_the_result_opens_in_a_new_message(bot: Harness) -> None:
    await bot.say("/check")
    await finish(bot, "u")
    cause = next(b for b in bot.buttons() if b.startswith("kn:cause:"))
    calls = await bot.press(cause)
    assert methods(calls) == ["sendMessage"]  # the result stays readable above


async def test_back_returns_to_the_previous_question(bot: Harness) -> None:
    await bot.say("/check")
    await answer_all(bot, "n", 2)
    calls = await bot.press("chk:3:b")
    assert methods(calls) == ["editMessageText"]
    assert "Question 2" in texts(calls)[0]
    assert await stored(bot) == {"v": V, "answers": [["emergency", "n"]]}


async def test_restart_starts_again(bot: Harness) -> None:
    await bot.say("/check")
    await bot.press("chk:1:y")
    calls = await bot.press("chk:r")
    assert "Question 1" in texts(calls)[0]
    assert await stored(bot) == {"v": V, "answers": []}


async def test_a_stale_press_says_expired_resends_the_current_question(bot: Harness) -> None:
    await bot.say("/check")
    message_id = bot.message_with_button(USER, "chk:1:n")
    await answer_all(bot, "n", 2)
    for data in ("chk:1:y", "chk:2:n", "chk:9:u", "chk:1:b"):
        calls = await bot.process(bot.engine.callback(USER, data, message_id=message_id))
        assert answers(calls) == [EXPIRED], data
        assert methods(calls) == ["sendMessage"], data
        assert "Question 3" in texts(calls)[0], data
        assert await stored(bot) == {"v": V, "answers": [["emergency", "n"], ["today", "n"]]}
    for data in ("chk:3:x", "chk:x:y", "chk:"):  # forged: not a press on any question
        calls = await bot.process(bot.engine.callback(USER, data, message_id=message_id))
        assert answers(calls) == ["This button has expired."], data
        assert methods(calls) == [], data
        assert await stored(bot) == {"v": V, "answers": [["emergency", "n"], ["today", "n"]]}


async def test_a_press_after_the_end_says_expired_and_shows_the_menu(bot: Harness) -> None:
    await bot.say("/check")
    message_id = bot.message_with_button(USER, "chk:1:n")
    await bot.press("chk:1:y")
    calls = await bot.process(bot.engine.callback(USER, "chk:2:n", message_id=message_id))
    assert answers(calls) == [EXPIRED]
    assert texts(calls) == ["What would you like to do?"]


async def test_a_corrupt_stored_state_is_dropped(bot: Harness) -> None:
    await bot.say("/check")
    async with bot.app.bot_data.sessions() as session, session.begin():
        dialog = await session.get(Dialog, (USER, "check"))
        assert dialog is not None
        dialog.state = {"v": V, "answers": ["maybe"]}
    calls = await bot.press("chk:1:n")
    assert answers(calls) == [EXPIRED]
    assert await stored(bot) is None


@pytest.mark.parametrize(
    "old", [{"v": 1, "answers": []}, {"v": 1, "answers": ["n", "n", "y"]}, {"answers": []}]
)
async def test_a_state_saved_by_the_previous_version_is_expired(bot: Harness, old: object) -> None:
    await bot.say("/check")
    message_id = bot.message_with_button(USER, "chk:1:n")
    async with bot.app.bot_data.sessions() as session, session.begin():
        dialog = await session.get(Dialog, (USER, "check"))
        assert dialog is not None
        dialog.state = old
    for data in ("chk:1:n", "chk:4:y", "chk:2:b"):
        calls = await bot.process(bot.engine.callback(USER, data, message_id=message_id))
        assert answers(calls) == [EXPIRED], data
        assert texts(calls) == ["What would you like to do?"], data
    assert await stored(bot) is None
    (reply,) = await bot.say("/check")
    assert "Question 1" in reply


async def test_the_dialog_survives_a_restart(bot: Harness, db_url: str) -> None:
    await bot.say("/check")
    await answer_all(bot, "n", 2)
    restarted = await start_harness(db_url, bot.clock, engine=bot.engine)
    try:
        calls = await restarted.press("chk:3:u")
        assert answers(calls) == [""]
        assert "Question 4" in texts(calls)[0]
        stored_answers = [["emergency", "n"], ["today", "n"], ["walking", "u"]]
        assert await stored(restarted) == {"v": V, "answers": stored_answers}
    finally:
        await stop_harness(restarted)


async def test_the_menu_button_starts_the_check(bot: Harness) -> None:
    await bot.say("/start")
    calls = await bot.press("menu:check")
    assert "Question 1" in texts(calls)[0]


async def test_a_reminder_offer_on_the_result_sets_it_in_one_tap(bot: Harness) -> None:
    await bot.say("/check")
    await finish(bot, "y")
    offers = [b for b in bot.buttons() if b.startswith("rem:new:")]
    assert offers
    calls = await bot.press(offers[0])
    assert answers(calls) == [""]
    assert texts(calls)  # a confirmation, sent as a new message: the result stays visible
    assert not [c for c in calls if c.method == "editMessageText"]
    async with bot.app.bot_data.sessions() as session:
        kinds = list(await session.scalars(select(Reminder.kind).where(Reminder.user_id == USER)))
    assert kinds == [offers[0].removeprefix("rem:new:")]


async def test_check_on_a_known_user_keeps_the_user(bot: Harness) -> None:
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=USER, now=bot.clock.now())
    await bot.say("/check")
    await bot.say("/check")
    assert await stored(bot) == {"v": V, "answers": []}


@pytest.mark.parametrize(
    ("data", "parsed"),
    [
        ("chk:1:y", (1, "y")),
        ("chk:20:b", (20, "b")),
        ("chk:r", None),
        ("chk:1", None),
        ("chk:a:y", None),
        ("chk:١:y", None),
        ("chk:1:y:z", None),
        ("cause:1:y", None),
        ("chk:1:x", None),
    ],
)
def test_parse_check_data(data: str, parsed: tuple[int, str] | None) -> None:
    found = CheckData.unpack(data)
    assert (None if found is None else (found.number, found.move)) == parsed


@pytest.mark.parametrize(
    ("answered", "number", "action", "after"),
    [
        ([], 1, "n", ["n"]),
        (["n"], 2, "b", []),
        ([], 1, "b", None),  # no back from the first question
        (["n"], 1, "y", None),  # an old question
        (["n"], 3, "y", None),  # a question not asked yet
        (["n"], 2, "x", None),
        (["y"], 2, "n", None),  # finished after a red flag
        (["n", "n", "n"], 4, "y", ["n", "n", "n", "y"]),
    ],
)
def test_step_only_moves_the_current_question(
    answered: list[str], number: int, action: str, after: list[str] | None
) -> None:
    ids = ["emergency", "today", "walking"]
    state = {"v": V, "answers": [[q, a] for q, a in zip(ids, answered, strict=False)]}
    new = step(KNOWLEDGE, state, number, action)
    assert ([a for _, a in new["answers"]] if new is not None else None) == after


async def test_a_vegan_over_60_on_metformin_is_told_to_check_b12(bot: Harness) -> None:
    """Issue 18: this person was asked 12 questions, none about diet or age, and never saw B12."""
    script = {"health": "y", "about": "y", "over_50": "y", "diet": "y", "medicines": "y",
              "b12_medicine": "y"}  # fmt: skip
    await bot.say("/check")
    calls = await answer_all(bot, "n", SCREENING)
    number = SCREENING
    while (state := await stored(bot)) is not None:
        step = cf.current(KNOWLEDGE, state)
        assert step is not None
        number += 1
        calls = await bot.press(f"chk:{number}:{script.get(step.question.id, 'n')}")
    assert number <= 12
    (text,) = texts(calls)
    worth = text.split("Worth checking with your doctor")[1]
    assert "B12" in worth
    for factor in ("over 50", "few or no animal products", "metformin"):
        assert factor in worth, factor
    assert "B12" not in text.split("Worth checking")[0]  # never ranked as a cause
    assert "kn:cause:b12_deficiency" in bot.buttons()


async def test_not_sure_to_the_emergency_question_states_the_emergency_at_once(
    bot: Harness,
) -> None:
    """GP review: "not sure" here must say what to do now, not go on asking."""
    await bot.say("/check")
    calls = await bot.press("chk:1:u")
    (text,) = texts(calls)
    triage = KNOWLEDGE.triage
    assert text.startswith("🚨") and triage.levels[0].title_for(triage.numbers.default) in text
    assert "Question" not in text
    assert await stored(bot) is None
