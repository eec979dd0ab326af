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


async def test_a_spanish_message_gets_one_line(bot: Harness) -> None:
    assert await bot.say("tengo calambres en la pierna por la noche") == [ENGLISH_ONLY]


async def test_a_russian_message_gets_one_line(bot: Harness) -> None:
    assert await bot.say("у меня судороги в ногах по ночам") == [ENGLISH_ONLY]


async def test_an_english_message_still_gets_the_menu(bot: Harness) -> None:
    assert await bot.say("hello") == ["What would you like to do?"]
