"""A message in a language the bot does not speak gets one short line, not the menu."""

from __future__ import annotations

import pytest

from bot.parsing.language import is_foreign
from tests.fakes.harness import Harness, shared_content

ENGLISH_ONLY = shared_content().label("common.english_only")

FOREIGN = [
    "tengo calambres en la pierna por la noche",
    "anoche tuve un calambre muy fuerte en la pantorrilla",
    "tenho cãibras na perna à noite",
    "j'ai des crampes dans le mollet la nuit",
    "ich habe nachts Krämpfe in der Wade",
    "ho dei crampi al polpaccio di notte",
    "ik heb kramp in mijn kuit",
    "mam skurcze w nodze w nocy",
    "gece bacağım kramp giriyor",
    "у меня судороги в ногах по ночам",
    "Ночью свело икру, очень больно",
    "我晚上腿抽筋",
    "κράμπες στο πόδι τη νύχτα",
]
ENGLISH = [
    "cramp in my left calf last night, 7/10",
    "hello",
    "what causes cramps?",
    "thanks!",
    "I had a bad cramp during the night",
    "calf cramp at the gym",
    "Olá",  # one word: not judged
    "cramp in my calf, café au lait before bed",
]


@pytest.mark.parametrize("text", FOREIGN)
def test_other_languages_are_recognised(text: str) -> None:
    assert is_foreign(text)


@pytest.mark.parametrize("text", ENGLISH)
def test_english_is_not_foreign(text: str) -> None:
    assert not is_foreign(text)


def _answer(replies: list[str]) -> tuple[str, str]:
    """The one reply, as its "English only" line and the emergency line under it."""
    (reply,) = replies
    only, emergency = reply.split("\n\n")
    return only, emergency


async def test_a_spanish_message_gets_one_short_answer_with_the_emergency_numbers(
    bot: Harness,
) -> None:
    """A warning the bot cannot read still gets the number: all three until the zone is set."""
    only, emergency = _answer(await bot.say("tengo calambres en la pierna por la noche"))
    assert only == ENGLISH_ONLY
    assert emergency.startswith("🚨") and "llame al 112 / 999 / 911 ahora" in emergency
    assert "emergency" not in emergency.lower()  # none of it in English


async def test_a_russian_message_gets_one_short_answer(bot: Harness) -> None:
    only, emergency = _answer(await bot.say("у меня судороги в ногах по ночам"))
    assert only == ENGLISH_ONLY
    assert "звоните 112 / 999 / 911 сейчас" in emergency


async def test_the_number_is_the_users_own_once_their_zone_is_set(bot: Harness) -> None:
    await bot.say("/timezone Europe/Madrid")
    _, emergency = _answer(await bot.say("de repente mi pierna está fría y azul, no la siento"))
    assert "llame al 112 ahora" in emergency and "999" not in emergency
    await bot.say("/timezone America/Chicago", user=2)
    _, emergency = _answer(
        await bot.say("ma jambe est froide et blanche depuis une heure", user=2)
    )
    assert "appelez le 911 maintenant" in emergency and "112" not in emergency


async def test_an_english_message_still_gets_the_menu(bot: Harness) -> None:
    assert await bot.say("hello") == ["What would you like to do?"]
