"""The first message of every command fits one phone screen: at most 1,000 visible characters
and 8 buttons; details are a tap away (/doctor levels, /prevent parts, /causes groups)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from bot.content.tg_rules import parse_html
from bot.offline.engine import Call
from bot.views.triage import banner
from tests.fakes.harness import USER, Harness, plain, shared_content, texts
from tests.fakes.knowledge import kn, src

CONTENT = shared_content()
KNOWLEDGE = CONTENT.knowledge
MAX_VISIBLE = 1000
MAX_BUTTONS = 8
SENDS = {"sendMessage", "sendPhoto", "sendDocument", "editMessageText"}
# Every command of commands.yaml, bare, plus the forms with an argument that open a screen.
COMMANDS = [f"/{c.command}" for c in CONTENT.commands.commands] + [
    "/cause dehydration",
    "/cause circulation",
    "/cause nonsense",
]


def buttons_of(call: Call) -> int:
    markup: Any = call.params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return sum(len(row) for row in markup.get("inline_keyboard", []))


def visible(call: Call) -> str:
    """The text a user sees: HTML parsed and stripped as Telegram shows it."""
    return plain(call).strip()


def data_of(calls: list[Call]) -> list[str]:
    sent = [c for c in calls if c.method in SENDS]
    markup: Any = sent[-1].params.get("reply_markup") or {}
    if isinstance(markup, str):
        markup = json.loads(markup)
    return [str(b["callback_data"]) for row in markup.get("inline_keyboard", []) for b in row]


def test_every_command_is_measured() -> None:
    knowledge_commands = {"causes", "cause", "symptoms", "b12", "foods", "prevent", "doctor"}
    assert knowledge_commands <= {c.command for c in CONTENT.commands.commands}
    assert {"/start", "/help", "/privacy", "/settings", "/check"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
async def test_first_message_fits_a_phone_screen(bot: Harness, command: str) -> None:
    await bot.say("/timezone Europe/Berlin")
    calls = await bot.process(bot.engine.user_message(USER, command))
    texts(calls)  # no message is rejected
    sent = [c for c in calls if c.method in SENDS]
    assert sent, command
    first = visible(sent[0])
    assert 0 < len(first) <= MAX_VISIBLE, (command, len(first))
    for call in sent:
        assert buttons_of(call) <= MAX_BUTTONS, (command, buttons_of(call))


@pytest.mark.parametrize("command", ["/prevent", "/doctor", "/causes", "/symptoms"])
async def test_the_long_pages_are_one_message_now(bot: Harness, command: str) -> None:
    assert len(await bot.say(command)) == 1


async def test_doctor_opens_with_reassurance_and_a_button_per_level(bot: Harness) -> None:
    (reply,) = await bot.say("/doctor")
    triage = KNOWLEDGE.triage
    titles = [level.title_for(triage.numbers.default) for level in triage.levels]
    assert reply.index(triage.intro.text) < reply.index(titles[0])
    lines = reply.split("\n")
    for level, title in zip(triage.levels, titles, strict=True):
        first = next(s.short for s in triage.signs_of(level.level) if s.headline)
        assert any(title in line and first[1:] in line for line in lines), level.level
    assert bot.buttons()[:3] == [kn(f"doctor:{level.level}") for level in triage.levels]
    assert triage.signs_of("today")[0].text not in reply


@pytest.mark.parametrize("level", ["emergency", "today", "book"])
async def test_a_level_button_shows_all_its_signs_in_place_and_back_returns(
    bot: Harness, level: str
) -> None:
    await bot.say("/doctor")
    page = bot.message_with_button(USER, kn(f"doctor:{level}"))
    calls = await bot.press(kn(f"doctor:{level}"))
    assert [c.method for c in calls if c.method in SENDS] == ["editMessageText"]
    (text,) = texts(calls)
    found = KNOWLEDGE.level(level)
    assert found is not None
    title = found.title_for(KNOWLEDGE.triage.numbers.default)
    assert text.startswith(("🚨", "⚠️", "📅")) and title in text
    for sign in KNOWLEDGE.triage.signs_of(level):
        assert sign.text in text
    assert src(f"doctor:{level}") in data_of(calls)
    calls = await bot.press(src(f"doctor:{level}"))
    assert "Sources" in texts(calls)[0]
    calls = await bot.press(kn(f"doctor:{level}"))  # Back from the sources
    assert title in texts(calls)[0]
    calls = await bot.press(kn("doctor"))
    assert KNOWLEDGE.triage.intro.text in texts(calls)[0]
    assert bot.message_with_button(USER, kn(f"doctor:{level}")) == page


BANNER = parse_html(banner(CONTENT)).text
STEPS = ("pull your toes up toward your face", "walk, or shake the leg", "massage",
         "warm shower", "Painkillers work too slowly", "up to 24 hours")  # fmt: skip
ROUTINE = KNOWLEDGE.prevent.routine.steps[0].text


def assert_steps(text: str) -> None:
    assert "Stop a cramp now" in text
    for words in STEPS:
        assert words in text, words
    for source in ("Mayo Clinic", "NHS", "MedlinePlus"):
        assert source in text
    assert ROUTINE not in text  # not the whole prevention page
    assert len(text) <= MAX_VISIBLE


@pytest.mark.parametrize(
    "question",
    ["How do I stop a cramp right now?", "how to stop a cramp", "what to do during a cramp?"],
)
async def test_stop_a_cramp_now_questions_get_the_steps(bot: Harness, question: str) -> None:
    (reply,) = await bot.say(question)
    assert_steps(reply)
    assert kn("prevent") in bot.buttons()


@pytest.mark.parametrize(
    "report", ["my calf is cramping now help", "cramp right now what do I do"]
)
async def test_a_cramp_happening_now_gets_the_steps_first_and_is_logged(
    bot: Harness, report: str
) -> None:
    await bot.say("/timezone Europe/Berlin")
    replies = await bot.say(report)
    assert_steps(replies[0])
    assert "Cramp logged" in replies[1]


async def test_red_flags_still_come_before_the_steps(bot: Harness) -> None:
    await bot.say("/timezone Europe/Berlin")
    replies = await bot.say("my calf is cramping now for 20 minutes help")
    assert replies[0].startswith("⚠️")
    assert not any("Stop a cramp now" in r for r in replies)


async def test_prevent_has_a_stop_a_cramp_now_button(bot: Harness) -> None:
    (reply,) = await bot.say("/prevent")
    assert ROUTINE not in reply
    assert bot.buttons()[0] == kn("prevent:now")
    calls = await bot.press(kn("prevent:now"))
    assert [c.method for c in calls if c.method in SENDS] == ["editMessageText"]
    assert_steps(texts(calls)[0])
    for part in (kn("prevent:routine"), kn("prevent:fluids"), kn("prevent:habits")):
        await bot.press(kn("prevent"))
        calls = await bot.press(part)
        assert parse_html(str(calls[-1].params["text"])).text, part
    calls = await bot.press(kn("prevent"))
    (text,) = texts(calls)
    assert text.startswith(BANNER)


async def test_causes_lists_groups_and_a_group_lists_its_causes(bot: Harness) -> None:
    (reply,) = await bot.say("/causes")
    groups = KNOWLEDGE.causes.groups
    assert reply.startswith(BANNER)
    assert bot.buttons() == [kn(f"group:{g.id}") for g in groups] + [src("causes")]
    listing = bot.message_with_button(USER, kn("group:everyday"))
    for group in groups:
        calls = await bot.press(kn(f"group:{group.id}"))
        (text,) = texts(calls)
        causes = KNOWLEDGE.causes.in_group(group.id)
        assert group.title in text
        assert data_of(calls) == [kn(f"cause:{c.id}") for c in causes] + [kn("causes")]
        calls = await bot.press(kn(f"cause:{causes[0].id}"))
        assert causes[0].title in texts(calls)[0]
        calls = await bot.press(kn(f"group:{group.id}"))
        calls = await bot.press(kn("causes"))
        assert bot.message_with_button(USER, kn("group:everyday")) == listing
