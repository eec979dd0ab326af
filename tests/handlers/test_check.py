"""/check: the cause finder through the Bot API double, its state in the `dialogs` table."""

from __future__ import annotations

from typing import Any

import pytest
from sqlalchemy import select

from bot.content.loader import load_content
from bot.db import users
from bot.db.models import Dialog, Reminder
from bot.offline.engine import Call
from bot.services import cause_finder as cf
from bot.services.check_dialog import step
from bot.views.check import parse_check_data
from tests.fakes.harness import USER, Harness, start_harness, stop_harness, texts

CONTENT = load_content()
KNOWLEDGE = CONTENT.knowledge
TOTAL = len(cf.questions(KNOWLEDGE))
SCREENING = len(KNOWLEDGE.check.screening)
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


async def test_check_asks_the_first_question_and_stores_the_dialog(bot: Harness) -> None:
    (reply,) = await bot.say("/check")
    assert f"Question 1 of {TOTAL}" in reply
    assert bot.buttons() == ["chk:1:y", "chk:1:n", "chk:1:u"]
    assert await stored(bot) == {"v": 1, "answers": []}


async def test_each_answer_edits_the_question_into_the_next(bot: Harness) -> None:
    await bot.say("/check")
    calls = await bot.press("chk:1:n")
    assert methods(calls) == ["editMessageText"]
    assert f"Question 2 of {TOTAL}" in texts(calls)[0]
    assert bot.buttons() == ["chk:2:y", "chk:2:n", "chk:2:u", "chk:2:b"]
    assert await stored(bot) == {"v": 1, "answers": ["n"]}


async def test_a_red_flag_yes_stops_and_shows_the_level_of_care(bot: Harness) -> None:
    await bot.say("/check")
    calls = await bot.press("chk:1:y")
    (text,) = texts(calls)
    emergency = KNOWLEDGE.doctor.levels[0]
    assert text.startswith("🚨") and emergency.title in text
    assert "Question" not in text
    assert "chk:r" in bot.buttons() and "doctor" in bot.buttons()
    assert not any(b.startswith("chk:2") for b in bot.buttons())
    assert await stored(bot) is None  # finished: the answers are not kept


async def test_all_no_shows_the_fallback_causes(bot: Harness) -> None:
    await bot.say("/check")
    calls = await answer_all(bot, "n", TOTAL)
    (text,) = texts(calls)
    assert "No clear pointer" in text
    shown = [b for b in bot.buttons() if b.startswith("cause:")]
    assert shown == [f"cause:{c}" for c in KNOWLEDGE.check.fallback.causes]
    assert await stored(bot) is None


async def test_all_unsure_ranks_causes_and_names_the_unsure_red_flags(bot: Harness) -> None:
    await bot.say("/check")
    calls = await answer_all(bot, "u", TOTAL)
    (text,) = texts(calls)
    assert "Likely causes" in text and "weren't sure" in text
    ranked = cf.result(KNOWLEDGE, ["u"] * TOTAL).causes
    shown = [b for b in bot.buttons() if b.startswith("cause:")]
    assert shown == [f"cause:{c.cause_id}" for c in ranked]
    assert 0 < len(shown) <= KNOWLEDGE.check.max_results


async def test_a_cause_on_the_result_opens_in_a_new_message(bot: Harness) -> None:
    await bot.say("/check")
    await answer_all(bot, "u", TOTAL)
    cause = next(b for b in bot.buttons() if b.startswith("cause:"))
    calls = await bot.press(cause)
    assert methods(calls) == ["sendMessage"]  # the result stays readable above


async def test_back_returns_to_the_previous_question(bot: Harness) -> None:
    await bot.say("/check")
    await answer_all(bot, "n", 2)
    calls = await bot.press("chk:3:b")
    assert methods(calls) == ["editMessageText"]
    assert f"Question 2 of {TOTAL}" in texts(calls)[0]
    assert await stored(bot) == {"v": 1, "answers": ["n"]}


async def test_restart_starts_again(bot: Harness) -> None:
    await bot.say("/check")
    await bot.press("chk:1:y")
    calls = await bot.press("chk:r")
    assert f"Question 1 of {TOTAL}" in texts(calls)[0]
    assert await stored(bot) == {"v": 1, "answers": []}


async def test_a_stale_press_says_expired_resends_the_current_question(bot: Harness) -> None:
    await bot.say("/check")
    message_id = bot.message_with_button(USER, "chk:1:n")
    await answer_all(bot, "n", 2)
    for data in ("chk:1:y", "chk:2:n", "chk:9:u", "chk:1:b", "chk:3:x", "chk:x:y", "chk:"):
        calls = await bot.process(bot.engine.callback(USER, data, message_id=message_id))
        assert answers(calls) == [EXPIRED], data
        assert methods(calls) == ["sendMessage"], data
        assert f"Question 3 of {TOTAL}" in texts(calls)[0], data
        assert await stored(bot) == {"v": 1, "answers": ["n", "n"]}, data


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
        dialog.state = {"v": 1, "answers": ["maybe"]}
    calls = await bot.press("chk:1:n")
    assert answers(calls) == [EXPIRED]
    assert await stored(bot) is None


async def test_the_dialog_survives_a_restart(bot: Harness, db_url: str) -> None:
    await bot.say("/check")
    await answer_all(bot, "n", 2)
    restarted = await start_harness(db_url, bot.clock, engine=bot.engine)
    try:
        calls = await restarted.press("chk:3:u")
        assert answers(calls) == [""]
        assert f"Question 4 of {TOTAL}" in texts(calls)[0]
        assert await stored(restarted) == {"v": 1, "answers": ["n", "n", "u"]}
    finally:
        await stop_harness(restarted)


async def test_the_menu_button_starts_the_check(bot: Harness) -> None:
    await bot.say("/start")
    calls = await bot.press("menu:check")
    assert f"Question 1 of {TOTAL}" in texts(calls)[0]


async def test_a_reminder_offer_on_the_result_sets_it_in_one_tap(bot: Harness) -> None:
    await bot.say("/check")
    await answer_all(bot, "n", SCREENING)
    await answer_all(bot, "y", TOTAL - SCREENING, first=SCREENING + 1)
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
    assert await stored(bot) == {"v": 1, "answers": []}


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
    ],
)
def test_parse_check_data(data: str, parsed: tuple[int, str] | None) -> None:
    assert parse_check_data(data) == parsed


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
    ],
)
def test_step_only_moves_the_current_question(
    answered: list[str], number: int, action: str, after: list[str] | None
) -> None:
    new = step(KNOWLEDGE, {"v": 1, "answers": answered}, number, action)
    assert (new["answers"] if new is not None else None) == after
