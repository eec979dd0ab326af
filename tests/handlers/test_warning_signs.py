"""Warning signs in any message get the level of care first, through the real handlers."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.db.models import Cramp
from bot.parsing.warning_signs import warning_signs
from tests.fakes.harness import (
    USER,
    Harness,
    running_app,
    shared_content,
    texts,
)

CONTENT = shared_content()
TITLES = {level.level: f"⚠️ {level.title}" for level in CONTENT.knowledge.doctor.levels}
E, T, B = "emergency", "today", "book"

# (message, the level of care its answer must open with; None: no warning at all)
TABLE: list[tuple[str, str | None]] = [
    # the messages the issue saw answered with only the menu
    ("my calf is swollen, red and hot", T),
    ("my calf is swollen", T),
    ("swollen calf", T),
    ("my left leg is swollen and warm", T),
    ("calf pain and swelling", T),
    ("my foot is numb", T),
    ("my legs are weak", T),
    ("muscle twitching and cramps", T),
    ("cramps after vomiting all day", T),
    ("red and hot", T),
    # swelling, in people's words
    ("my ankle is puffy", T),
    ("my left calf is bigger than the other one", T),
    ("one leg looks fatter than the other", T),
    ("right calf has puffed up since this morning", T),
    ("my leg is really swollen after the flight", T),
    ("SWOLLEN LEG!!!", T),
    ("??? swollen calf!!!", T),
    ("my calf is sweling", T),
    ("🦵😩 swollen 😩", T),
    ("<b>swollen</b> & sore calf", T),
    # redness, darker skin, warmth, tenderness
    ("the back of my calf is red", T),
    ("my shin went purple", T),
    ("the skin on my calf looks darker than usual", T),
    ("there's a discoloured patch on my leg", T),
    ("my calf is hot to the touch", T),
    ("my leg feels hot", T),
    ("the veins in my calf are hard and sore", T),
    ("my calf is tender", B),
    ("it hurts to touch my calf", B),
    # numbness, tingling
    ("pins and needles in my foot", T),
    ("my toes are tingling", T),
    ("my foot went dead", T),
    ("I can't feel my toes", T),
    ("my leg keeps going asleep", T),
    ("numbness in my thigh after the cramp", T),
    # weakness, wasting, twitching
    ("my leg gave way on the stairs", T),
    ("my knee buckled this morning", T),
    ("I can't lift my foot properly", T),
    ("my legs feel weak and wobbly", T),
    ("my calf muscles are getting thinner", B),
    ("I think I'm losing muscle in my legs", B),
    ("my calf keeps twitching", T),
    ("muscles jumping in my thigh all evening", T),
    # fluid loss
    ("cramps after diarrhoea", T),
    ("I've been throwing up and now my legs cramp", T),
    ("I sweated buckets at the gym then my calves cramped", T),
    ("had a stomach bug and cramps since", T),
    # wounds, tetanus, toxins, medicines
    ("stepped on a rusty nail yesterday", T),
    ("I have a deep cut on my foot from gardening", T),
    ("stepped on a rusty nail last week and now my leg is stiff", E),
    ("cramps since I cut my foot on some metal", E),
    ("my jaw is stiff and it is hard to swallow", E),
    ("calf cramps after spraying pesticides", T),
    ("cramps since I started a new medicine", B),
    ("I was put on a new statin and now I get cramps", B),
    ("cramps since starting water pills", B),
    # chest, breath, blood, cramps elsewhere
    ("chest pain", E),
    ("I have chest pain and my calf hurts", E),
    ("I'm breathless and my leg is swollen", E),
    ("short of breath since this morning", E),
    ("coughing up blood", E),
    ("cramps in my arms and chest", E),
    # long cramps
    ("cramp in my calf for 20 minutes and it won't ease", T),
    ("my calf has been cramping for 15 minutes, still going", T),
    ("cramp lasted 15 minutes last night, it's gone now", B),
    ("calf cramp last night, lasted about 12 minutes", B),
    # a question that is also a warning
    ("is a swollen calf serious?", T),
    ("what does it mean if my foot is numb?", T),
    # negated mentions are not flags
    ("no swelling", None),
    ("calf cramp last night 7/10, no swelling or redness", None),
    ("my leg is not red", None),
    ("not swollen, not warm, just sore", None),
    ("no numbness or tingling", None),
    ("cramp at 3am, left calf, no weakness after", None),
    ("swelling: no", None),
    ("I don't have any swelling", None),
    ("cramp in my calf, it wasn't swollen", None),
    # ordinary messages
    ("hello", None),
    ("what causes cramps?", None),
    ("bad cramp in my left calf last night, 2 minutes, 7/10", None),
    ("I take statins", None),
    ("red wine gives me cramps", None),
    ("warm bath helped my cramp", None),
    ("cramp lasted 2 minutes", None),
    ("thanks!", None),
    ("I walked 10k today and feel great", None),
    ("my calf was sore after the cramp", None),
    ("cramp in my right calf, 5/10, 30 seconds", None),
]


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[asyncio.Runner, Harness]]:
    """One application on SQLite for every phrasing (one per case would be too slow)."""
    with running_app(tmp_path_factory.mktemp("warn")) as (runner, harness):
        runner.run(harness.say("/timezone Europe/Berlin"))
        yield runner, harness


def _say(running: tuple[asyncio.Runner, Harness], text: str) -> list[str]:
    runner, harness = running
    return texts(runner.run(harness.process(harness.engine.user_message(USER, text))))


def test_the_table_is_large_and_mixed() -> None:
    assert len(TABLE) >= 80
    assert sum(1 for _, level in TABLE if level is None) >= 20
    assert {level for _, level in TABLE} == {E, T, B, None}


@pytest.mark.parametrize(("text", "level"), TABLE, ids=[t for t, _ in TABLE])
def test_each_phrasing_through_the_handlers(
    running: tuple[asyncio.Runner, Harness], text: str, level: str | None
) -> None:
    replies = _say(running, text)
    assert replies, text
    alerts = [r for r in replies if r.startswith("⚠️")]
    if level is None:
        assert alerts == [], (text, replies)
        return
    assert replies[0].splitlines()[0] == TITLES[level], (text, replies)
    assert len(alerts) == 1  # one alert per message, never repeated by the logger


def test_every_id_the_screen_returns_is_in_doctor_yaml() -> None:
    ids = {i for text, _ in TABLE for i in warning_signs(text)}
    assert ids, "the table names warning signs"
    for flag_id in ids:
        assert CONTENT.knowledge.flag(flag_id) is not None, flag_id


def test_a_warning_comes_before_the_card_and_the_cramp_is_still_logged(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    runner, harness = running

    async def count() -> int:
        async with harness.app.bot_data.sessions() as session:
            return int(await session.scalar(select(func.count()).select_from(Cramp)) or 0)

    before = runner.run(count())
    replies = _say(running, "bad cramp in my left calf last night, 7/10, now it is swollen")
    assert replies[0].startswith(TITLES[T])
    assert replies[1].startswith("✅")  # the card follows the level of care
    assert runner.run(count()) == before + 1


def test_html_in_a_warning_message_is_escaped(running: tuple[asyncio.Runner, Harness]) -> None:
    replies = _say(running, "<script>swollen</script> calf <b>red</b> &amp; hot")
    assert replies[0].startswith(TITLES[T])


# Phrases from the list; each must reach the level of care inside any noise.
WARNING_PHRASES = [
    "swollen", "swelling", "puffy", "bigger than the other one", "redness", "darker skin",
    "hot to the touch", "tender", "numb", "pins and needles", "tingling", "went dead",
    "my leg gave way", "muscle wasting", "twitching", "vomiting", "diarrhoea",
    "sweating heavily", "new medicine", "chest pain", "breathless", "coughing up blood",
    "stepped on a rusty nail", "lockjaw",
]  # fmt: skip
# Noise has no "n" or "o", so it never spells a negation that would rightly cancel the sign.
noise = st.lists(
    st.sampled_from([*"abcxyz !?.,:-😩🦵💥#*", " my calf ", " ok ", " lol ", " help "]),
    max_size=12,
).map("".join)
case = st.sampled_from([str.lower, str.upper, str.title, lambda s: s])


@settings(
    max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(phrase=st.sampled_from(WARNING_PHRASES), before=noise, after=noise, shape=case)
def test_no_message_with_a_warning_phrase_gets_the_plain_menu(
    running: tuple[asyncio.Runner, Harness], phrase: str, before: str, after: str, shape: object
) -> None:
    text = f"{before} {shape(phrase)} {after}"  # type: ignore[operator]
    replies = _say(running, text)
    assert replies and replies[0].startswith("⚠️"), (text, replies)


def test_the_symptoms_warning_note_names_chest_pain_and_breathlessness(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    first = _say(running, "/symptoms")[0].lower()
    assert "chest pain" in first
    assert "breathless" in first


def test_levels_of_care_in_content() -> None:
    knowledge = CONTENT.knowledge
    assert knowledge.flag("tetanus") is not None
    assert knowledge.flag("tetanus")[1] == E  # type: ignore[index]
    assert knowledge.flag("wound")[1] == T  # type: ignore[index]
    assert knowledge.flag("coughing_blood")[1] == E  # type: ignore[index]
    assert knowledge.flag("long_duration")[1] == T  # type: ignore[index]
    assert knowledge.flag("long_cramp_passed")[1] == B  # type: ignore[index]
    assert "not easing" in knowledge.flag("long_duration")[0].text  # type: ignore[index]
