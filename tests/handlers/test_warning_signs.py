"""Warning signs through the real handlers: the level of care first, and nothing after a
final alert that suggests waiting (no card, no offer to remind tomorrow)."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.db.models import Cramp
from tests.fakes.harness import USER, Harness, running_app, shared_content, texts

CONTENT = shared_content()
K = CONTENT.knowledge
HEADINGS = ("🚨", "⚠️", "📅")
E, T, B = "emergency", "today", "book"
USERS = iter(range(9000, 99999))


def title(level: str, number: str | None = None) -> str:
    """The first line of an alert of `level`, as the user sees it."""
    entry = K.level(level)
    assert entry is not None
    icon = CONTENT.label(f"triage.icon_{level}")
    return f"{icon} {entry.title_for(number or K.triage.numbers.default)}"


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[asyncio.Runner, Harness]]:
    """One application on SQLite for every case (one per case would be too slow)."""
    with running_app(tmp_path_factory.mktemp("warn")) as (runner, harness):
        yield runner, harness


def _say(running: tuple[asyncio.Runner, Harness], text: str, user: int = USER) -> list[str]:
    runner, harness = running
    return texts(runner.run(harness.process(harness.engine.user_message(user, text))))


def _cramps(running: tuple[asyncio.Runner, Harness], user: int) -> list[Cramp]:
    runner, harness = running

    async def rows() -> list[Cramp]:
        async with harness.app.bot_data.sessions() as session:
            found = await session.scalars(select(Cramp).where(Cramp.user_id == user))
            return list(found)

    return runner.run(rows())


def _new_user(running: tuple[asyncio.Runner, Harness], zone: str = "UTC") -> int:
    user = next(USERS)
    _say(running, f"/timezone {zone}", user)
    return user


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("my foot turned blue and cold and the cramp won't stop", E),
        ("leg cramps and numbness around my bottom and I can't pee", E),
        ("I swallowed some weed killer and my legs are cramping", E),
        ("cramp in my left calf at 3am, now the calf is swollen and hot", T),
        ("on simvastatin and my thighs ache and cramp", T),
    ],
)
def test_a_final_alert_is_the_last_message_and_the_cramp_is_noted_quietly(
    running: tuple[asyncio.Runner, Harness], text: str, level: str
) -> None:
    user = _new_user(running)
    replies = _say(running, text, user)
    assert len(replies) == 1, replies  # no card, no offer, no second answer
    alert = replies[0]
    assert alert.splitlines()[0] == title(level)
    assert "tomorrow" not in alert.lower()
    _, harness = running
    assert harness.buttons(user) == [], "an alert carries no buttons that suggest waiting"
    logged = _cramps(running, user)
    if "cramp" in text:
        assert len(logged) == 1 and CONTENT.text("triage.noted") in alert
        assert logged[0].red_flags, "the sign is stored with the cramp for the report"


def test_a_book_level_sign_comes_first_then_the_card_and_the_offer(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    user = _new_user(running)
    replies = _say(running, "cramp in my left calf last night, lasted 15 minutes, gone now", user)
    assert replies[0].splitlines()[0] == title(B)
    assert replies[1].startswith("✅")
    assert "tomorrow" in replies[-1].lower()  # a routine appointment may be booked tomorrow


@pytest.mark.parametrize(
    ("zone", "number"),
    [
        ("Europe/London", "999"),
        ("America/New_York", "911"),
        ("America/Toronto", "911"),
        ("Europe/Berlin", "112"),
        ("Asia/Tokyo", None),
    ],
)
def test_the_emergency_number_follows_the_users_zone(
    running: tuple[asyncio.Runner, Harness], zone: str, number: str | None
) -> None:
    user = _new_user(running, zone)
    replies = _say(running, "sudden chest pain and my calf is sore", user)
    assert replies[0].splitlines()[0] == title(E, number)


def test_someone_elses_signs_get_the_advice_and_nothing_is_logged(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    user = _new_user(running)
    replies = _say(running, "my dad had a cramp and now his calf is swollen and red", user)
    assert replies[0].splitlines()[0] == title(T)
    assert CONTENT.text("triage.other_person") in replies[0]
    assert _cramps(running, user) == []


def test_a_question_that_is_also_a_warning_gets_the_warning(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    user = _new_user(running)
    replies = _say(running, "is it normal that my calf is hot and swollen after a cramp?", user)
    assert len(replies) == 1 and replies[0].splitlines()[0] == title(T)


def test_an_unplaced_finding_asks_one_question_first(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    runner, harness = running
    user = _new_user(running)
    replies = _say(running, "cramp in my right calf at 4am and now the leg looks weird", user)
    assert len(replies) == 1 and CONTENT.text("triage.ask").startswith(replies[0][:20])
    choices = harness.buttons(user)
    assert [c.rsplit(":", 1)[1] for c in choices] == ["swollen", "cold", "neither"]
    assert len(_cramps(running, user)) == 1  # noted while we ask
    answer = texts(runner.run(harness.press(choices[1], user=user)))
    assert answer[-1].splitlines()[0] == title(E)
    assert "cold_leg" in _cramps(running, user)[0].red_flags
    again = texts(runner.run(harness.press(choices[2], user=user)))
    assert again[-1] == CONTENT.text("triage.ask_expired")  # answered once


def test_neither_is_reassured(running: tuple[asyncio.Runner, Harness]) -> None:
    runner, harness = running
    user = _new_user(running)
    _say(running, "my calf feels strange since the cramp", user)
    neither = harness.buttons(user)[2]
    answer = texts(runner.run(harness.press(neither, user=user)))
    # what to do if the leg changes, with the catalogue's levels (the GP review found "see a
    # doctor" there, softer than the cold-leg sign's emergency)
    cold, clot = (K.level(K.flag(i)[0].level) for i in ("cold_leg", "dvt"))  # type: ignore[index]
    assert cold is not None and clot is not None
    number = K.triage.numbers.default
    expected = CONTENT.label(
        "triage.ask_neither_reply", cold=cold.action_for(number), clot=clot.action_for(number)
    )
    assert answer[-1] == expected
    assert "call" in answer[-1] and "see a doctor" not in answer[-1]


def test_a_routine_sign_told_with_the_unplaced_finding_is_kept_for_after_the_answer(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    runner, harness = running
    user = _new_user(running)
    text = "for weeks the muscles in my calves keep twitching and cramping, they just feel odd"
    replies = _say(running, text, user)
    assert CONTENT.text("triage.ask").startswith(replies[0][:20])  # the question first
    neither = harness.buttons(user)[2]
    answer = texts(runner.run(harness.press(neither, user=user)))
    assert answer[-1].splitlines()[0] == title(B)  # then the routine visit, not reassurance


def test_a_risk_context_alone_gets_prevention(running: tuple[asyncio.Runner, Harness]) -> None:
    user = _new_user(running, "Europe/London")
    replies = _say(running, "back from a 12 hour flight, what stops cramps?", user)
    assert "999" in replies[0] and not replies[0].startswith(HEADINGS)


def test_after_frequent_cramps_the_offer_counts_logged_episodes(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    user = _new_user(running)
    for text in ("I get cramps every night", "they wake me up most nights", "cramp lol"):
        _say(running, text, user)
    replies = _say(running, "cramp in my left calf at 2am", user)
    assert not any("past week" in r for r in replies)  # 2 logged so far: no offer yet
    replies = _say(running, "cramp in my right calf at 5am", user)
    assert "You've logged 3 cramps" in replies[-1]


# Warning phrases that must reach an alert inside any noise.
WARNING_PHRASES = [
    "swollen", "swelling", "puffy", "bigger than the other one", "redness", "darker skin",
    "hot to the touch", "tender", "numb", "pins and needles", "tingling", "went dead",
    "my leg gave way", "muscle wasting", "twitching", "chest pain", "breathless",
    "coughing up blood", "stepped on a rusty nail", "lockjaw", "ice cold", "gone white",
    "numb around my bottom", "swallowed weed killer", "snake bite",
]  # fmt: skip
# Noise has no "n" or "o", so it never spells a negation that would rightly cancel the sign.
noise = st.lists(
    st.sampled_from([*"abcxyz !?.,:-😩🦵💥#*", " my calf ", " help ", " aaaa ", " lmao "]),
    max_size=12,
).map("".join)
case = st.sampled_from([str.lower, str.upper, str.title, lambda s: s])


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(phrase=st.sampled_from(WARNING_PHRASES), before=noise, after=noise, shape=case)
def test_a_warning_inside_noise_is_still_answered_first(
    running: tuple[asyncio.Runner, Harness], phrase: str, before: str, after: str, shape: object
) -> None:
    text = f"{before} {shape(phrase)} {after}"  # type: ignore[operator]
    replies = _say(running, text)
    assert replies and replies[0].startswith(HEADINGS), (text, replies)


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("MY CALF IS SWOLLEN AND RED AND HOT!!!", T),
        ("😱😱 my foot went ice cold 🥶 and white 😱", E),
        ("<i>chest</i> <b>pain</b> &amp; my calf hurts", E),
        ("my calff is swolen and realy hott", T),
        ("my lefft legg is sudenly ice cold and pael", E),
        ("I had a cramp. " + "blah " * 780 + "now my calf is swollen", T),
    ],
)
def test_bad_input_is_still_answered_at_its_level(
    running: tuple[asyncio.Runner, Harness], text: str, level: str
) -> None:
    user = _new_user(running)
    assert len(text) < 4096
    replies = _say(running, text, user)
    assert replies[0].splitlines()[0] == title(level), (text[:80], replies)


@pytest.mark.parametrize(
    ("alert", "after", "level"),
    [
        (
            "my right calf is swollen, hot and red",
            "ok ta, i'll wait and see how it is tomorrow",
            T,
        ),
        (
            "chest pain and i can't get my breath, leg cramping",
            "it's probably nothing, off to bed",
            E,
        ),
        ("left calf is puffy and warm since the flight", "another cramp in that calf just now", T),
    ],
)
def test_putting_off_an_alert_gets_its_level_again(
    running: tuple[asyncio.Runner, Harness], alert: str, after: str, level: str
) -> None:
    """GP review: after an alert, "I'll see how it is tomorrow" got the menu."""
    user = _new_user(running)
    _say(running, alert, user)
    replies = _say(running, after, user)
    assert replies[0].startswith(CONTENT.label(f"triage.icon_{level}"))
    assert title(level).split(" ", 1)[1] in replies[0]
    assert not any("What would you like to do?" in r for r in replies)


def test_the_reminder_ends_after_twelve_hours_and_needs_an_alert(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    _, harness = running
    user = _new_user(running)
    assert not any(
        "Earlier you" in r for r in _say(running, "i'll see how it goes tomorrow", user)
    )
    _say(running, "my right calf is swollen, hot and red", user)
    harness.clock.advance(hours=13)
    try:
        assert not any("Earlier you" in r for r in _say(running, "see how it is tomorrow", user))
    finally:
        harness.clock.advance(hours=-13)


def test_a_cramp_told_by_when_it_began_is_measured_by_the_users_clock(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    """ "Started at 4:50 and still going", sent at 05:12 in the writer's zone, is a cramp of
    22 minutes that has not eased (same day); sent at 04:55 it is five minutes (no alert)."""
    _, harness = running
    zone = ZoneInfo("Australia/Sydney")
    text = "my calf cramp started at 4:50 and it's still locked, stretching does nothing"
    harness.clock.set(datetime(2026, 10, 4, 5, 12, tzinfo=zone))  # the morning DST begins
    late = _new_user(running, "Australia/Sydney")
    assert _say(running, text, late)[0].splitlines()[0] == title(T, "000")
    harness.clock.set(datetime(2026, 10, 4, 4, 55, tzinfo=zone))
    early = _new_user(running, "Australia/Sydney")
    assert not _say(running, text, early)[0].startswith(HEADINGS)
    (cramp,) = _cramps(running, early)
    assert cramp.duration_s == 300


def test_an_alert_about_someone_else_keeps_the_writers_own_cramp_without_their_signs(
    running: tuple[asyncio.Runner, Harness],
) -> None:
    user = _new_user(running)
    text = (
        "had a bad cramp in my left calf at 3am. now my 3yo got into nan's purse and her pill "
        "box is open and empty"
    )
    (alert,) = _say(running, text, user)
    assert alert.splitlines()[0] == title(E)
    assert CONTENT.text("triage.noted") in alert
    (cramp,) = _cramps(running, user)
    assert (cramp.side, cramp.muscle) == ("left", "calf")
    assert cramp.red_flags == [], "the child's signs are not the writer's"
    other = _new_user(running)  # someone else's cramp and signs: nothing of the writer's
    (alert,) = _say(running, "my dad's calf cramped and now it's swollen, red and hot", other)
    assert alert.splitlines()[0] == title(T)
    assert _cramps(running, other) == []
