"""Abuse: floods are slowed for the flooding user only; 10,000 random updates break nothing.

The property run sends random messages and button presses (forged callback data, other
users' entry ids, huge and empty payloads, HTML and Markdown control characters, right-to-left
and zero-width characters) through the real application and the Bot API double.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import Iterator
from datetime import timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from bot.db.models import Cramp, Reminder
from tests.fakes.harness import (
    USER,
    Harness,
    running_app,
    shared_content,
    texts,
)

APOLOGY = "Sorry, something went wrong"
SLOW_DOWN = shared_content().label("common.slow_down")
VICTIM = 5150
PRESSED_ON = 0  # the message random presses land on (set by the fixture)
Running = tuple[asyncio.Runner, Harness]


@pytest.fixture(scope="module")
def flooded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """The application with the production flood limits (30 at once, 2 a second)."""
    limits = {"flood_burst": 30, "flood_rate": 2.0}
    with running_app(tmp_path_factory.mktemp("flood"), **limits) as running:
        yield running


def test_a_flood_is_slowed_for_that_user_only(flooded: Running) -> None:
    runner, bot = flooded
    handled = notices = 0
    other_answered = []
    for i in range(100):  # 100 messages in 10 seconds
        bot.clock.advance(timedelta(seconds=0.1))
        replies = texts(runner.run(bot.process(bot.engine.user_message(USER, f"hello {i}"))))
        if replies == [SLOW_DOWN]:
            notices += 1
        elif replies:
            handled += 1
        if i == 0:
            bot.engine.add_chat(VICTIM + 1)
        if i % 25 == 0:  # someone else writes meanwhile
            other = runner.run(bot.process(bot.engine.user_message(VICTIM + 1, "hello")))
            other_answered.append(texts(other) != [] and texts(other) != [SLOW_DOWN])
    assert 45 <= handled <= 55  # 30 at once, then 2 a second
    assert notices == 1  # told once, not once per dropped message
    assert all(other_answered)
    bot.clock.advance(timedelta(seconds=20))  # after a pause the user is heard again
    assert texts(runner.run(bot.process(bot.engine.user_message(USER, "hello")))) != [SLOW_DOWN]


def test_a_flood_of_button_presses_is_answered_without_a_spinner(flooded: Running) -> None:
    runner, bot = flooded
    user = VICTIM + 2
    bot.engine.add_chat(user)
    runner.run(bot.process(bot.engine.user_message(user, "hello")))  # the menu, with buttons
    menu = bot.message_with_button(user, "menu:causes")
    answered = 0
    for _ in range(60):
        calls = runner.run(bot.process(bot.engine.callback(user, "menu:causes", message_id=menu)))
        answers = [c for c in calls if c.method == "answerCallbackQuery"]
        assert len(answers) == 1  # every press is answered: no spinner stays
        answered += 1
        if answers[0].params.get("text") == SLOW_DOWN:
            break
    assert answered < 60  # the flood was noticed


@pytest.fixture(scope="module")
def fuzzed(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Running]:
    """One application for all examples, with another user's cramp and reminder to protect."""
    with running_app(tmp_path_factory.mktemp("fuzz10k")) as (runner, harness):
        harness.engine.add_chat(VICTIM)
        runner.run(harness.say("/timezone Europe/Berlin"))
        runner.run(harness.say("hello"))  # the menu: every random press lands on this message
        global PRESSED_ON
        PRESSED_ON = harness.message_with_button(USER, "menu:causes")
        runner.run(harness.say("cramp in my left calf last night 7/10", user=VICTIM))
        runner.run(harness.say("/remind stretch 21:30", user=VICTIM))
        yield runner, harness


NOISE = ["<b>", "</i>", "<a href='x'>", "&amp;", "&#0;", "*bold*", "_it_", "`code`", "[x](y)",
         "\u202e", "\u200f", "\u200b", "\ufeff", "🦵", "\x00", "\n", "١٢٣", "שלום"]  # fmt: skip
PREFIXES = ["cr", "pc", "lg", "hi", "rem", "rm", "rd", "chk", "kn", "src", "del", "tz", "menu"]
words = st.sampled_from(
    ["cramp", "calf", "left", "7/10", "last night", "swollen", "no", "/remind", "/history",
     "/export", "/delete", "/quiet", "banana", "-3/10", "99/10", "2 hours", "it is 14:05 here"]
)  # fmt: skip
messages = st.one_of(
    st.lists(st.one_of(words, st.sampled_from(NOISE), st.text(max_size=8)), max_size=12).map(
        " ".join
    ),
    st.text(max_size=200),
    st.just(""),
    # Near Telegram's 4,096 characters: a random piece repeated (drawing 4,000 random
    # characters one by one took most of this test's time).
    st.builds(
        lambda piece, size: (piece * (size // len(piece) + 1))[:size],
        st.text(min_size=1, max_size=60),
        st.integers(min_value=4000, max_value=4200),
    ),
)
ids = st.one_of(st.integers(min_value=-5, max_value=10**12), st.sampled_from(["1", "2", "x"]))
presses = st.one_of(
    st.builds(
        lambda p, parts: ":".join([p, *map(str, parts)]),
        st.sampled_from(PREFIXES),
        st.lists(
            st.one_of(ids, st.sampled_from(["undo", "sev", "7", "del", "yes", "y", "-"])),
            max_size=4,
        ),
    ),
    st.binary(max_size=64).map(lambda b: b.decode("latin-1")),
    st.text(max_size=64),
)
updates = st.one_of(
    messages.map(lambda text: ("message", text)), presses.map(lambda d: ("press", d))
)


SHARDS = 4  # the 10,000 updates in four runs that pytest-xdist can spread over workers
PER_EXAMPLE = 5  # updates per example: Hypothesis' bookkeeping and the check of the other
# user's data are paid once per five updates (the shard's CPU went from 14.2 to 10.7 s)


@pytest.mark.parametrize("shard", range(SHARDS))
@settings(
    max_examples=int(os.environ.get("ABUSE_UPDATES", "10000")) // SHARDS // PER_EXAMPLE,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    database=None,
)
@given(batch=st.lists(updates, min_size=PER_EXAMPLE, max_size=PER_EXAMPLE))
def test_ten_thousand_random_updates(
    fuzzed: Running, shard: int, batch: list[tuple[str, str]]
) -> None:
    # Each shard draws its own examples: Hypothesis seeds a parametrized test by its node id.
    runner, bot = fuzzed
    for update in batch:
        kind, value = update
        if kind == "message":
            calls = runner.run(bot.process(bot.engine.user_message(USER, value)))
        else:
            data = value if value else "x"
            press = bot.engine.callback(USER, data, message_id=PRESSED_ON)
            calls = runner.run(bot.process(press))
        replies = texts(calls)  # fails on any request Telegram would reject
        assert not any(APOLOGY in r for r in replies), (update, replies)
        for call in calls:
            for row in (call.params.get("reply_markup") or {}).get("inline_keyboard", []):
                for button in row:
                    assert 1 <= len(button["callback_data"].encode()) <= 64
    assert runner.run(victims_data(bot)) == (1, 1), batch  # the other user's data untouched


async def victims_data(bot: Harness) -> tuple[int, int]:
    """The other user's cramps and reminders."""
    async with bot.app.bot_data.sessions() as session:
        cramps = await session.scalar(
            select(func.count()).select_from(Cramp).where(Cramp.user_id == VICTIM)
        )
        reminders = await session.scalar(
            select(func.count()).select_from(Reminder).where(Reminder.user_id == VICTIM)
        )
    return int(cramps or 0), int(reminders or 0)


def test_the_other_users_data_was_never_touched(fuzzed: Running) -> None:
    runner, bot = fuzzed
    assert runner.run(victims_data(bot)) == (1, 1)
