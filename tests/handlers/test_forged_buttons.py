"""Forged, stale and foreign button data for every feature but cramp logging: each press is
answered "This button has expired.", never with an exception, a rejected request or a change
to another user's reminders."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.db.models import Delivery, Reminder
from bot.handlers.reminder_jobs import dispatcher_of
from bot.offline.engine import Call
from tests.fakes.harness import USER, Harness, running_app, texts

OTHER = 5151
EXPIRED = "This button has expired."
APOLOGY = "Sorry, something went wrong"
START = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)  # 08:15 in Berlin


@dataclass
class World:
    runner: asyncio.Runner
    bot: Harness
    message_id: int  # a message of the bot in USER's chat, to press forged buttons on
    reminder_id: int  # OTHER's reminder
    delivery_id: int  # OTHER's delivery of it


async def _no_sleep(_seconds: float) -> None:
    return None


async def _setup(bot: Harness) -> tuple[int, int, int]:
    bot.clock.set(START)
    for user in (USER, OTHER):
        await bot.say("/timezone Europe/Berlin", user=user)
    await bot.say("/remind stretch 21:30", user=OTHER)
    await bot.say("/remind water every 2h 09:00-21:00")
    bot.clock.set(datetime(2026, 11, 20, 20, 30, tzinfo=UTC))  # 21:30 in Berlin
    dispatcher = dispatcher_of(bot.app.bot_data)
    dispatcher.sleep = _no_sleep
    await dispatcher.run_once()
    async with bot.app.bot_data.sessions() as session:
        reminder = await session.scalar(select(Reminder).where(Reminder.user_id == OTHER))
        delivery = await session.scalar(select(Delivery).where(Delivery.user_id == OTHER))
    assert reminder is not None and delivery is not None
    await bot.say("/reminders")
    mine = [m for m in bot.engine.messages(USER) if m["from"]["is_bot"]]
    return int(mine[-1]["message_id"]), reminder.id, delivery.id


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    """One application on SQLite for every forged press (one per case would be too slow)."""
    with running_app(tmp_path_factory.mktemp("forged")) as (runner, bot):
        message_id, reminder_id, delivery_id = runner.run(_setup(bot))
        yield World(runner, bot, message_id, reminder_id, delivery_id)


def _others_state(world: World) -> tuple[object, ...]:
    async def read() -> tuple[object, ...]:
        async with world.bot.app.bot_data.sessions() as session:
            reminder = await session.get(Reminder, world.reminder_id)
            delivery = await session.get(Delivery, world.delivery_id)
            assert reminder is not None and delivery is not None
            return reminder.paused, reminder.next_fire_at, delivery.action, delivery.status

    return world.runner.run(read())


def press(world: World, data: str) -> list[Call]:
    """Press `data` on USER's message; check what every press must satisfy."""
    before = _others_state(world)
    bot = world.bot
    payload = bot.engine.callback(USER, data, message_id=world.message_id)
    calls = world.runner.run(bot.process(payload))
    sent = texts(calls)  # fails on any request Telegram would reject
    assert not any(APOLOGY in text for text in sent), (data, sent)
    answered = [c for c in calls if c.method == "answerCallbackQuery"]
    assert len(answered) == 1 and answered[0].status == 200, (data, calls)
    assert _others_state(world) == before, data
    return calls


def answer_of(calls: list[Call]) -> str:
    return next(str(c.params.get("text", "")) for c in calls if c.method == "answerCallbackQuery")


NOISE = ["x" * 64, "é" * 32, ":" * 64, "-", ":", "", " ", "\x00", "rm", "kn", "menu"]
FORGED: dict[str, list[str]] = {
    "reminders": [
        "rem:new:bogus", "rem:new:", "rem:new", "rem:soon:3", "rem:soon:x", "rem:soon:-1",
        "rem:soon:09", "rem:soon:99999999999999999999", "rem:later:9", "rem:new:stretch:x",
        "rm:x:pause", "rm:1:explode", "rm:list:x", "rm:-:list", "rm:", "rm:1", "rm:1:pause:x",
        "rd:x:done", "rd:1:bogus", "rd:", "rd:99999999:done", "rd:1:done:1", "rd:-1:done",
        "rd:01:done",
    ],
    "check": ["chk:1:x", "chk:x:y", "chk:", "chk:r:r", "chk:-1:y", "chk:1", "chk:R",
              "chk:99999999999999999999:y", "chk:1:y:1"],
    "knowledge": ["kn:nope:-", "kn:cause:a:b", "kn:", "kn:causes", "kn:cause:a/b",
                  "src:", "src:cause", "src:nope:-", "src:cause:" + "a" * 41, "kn:CAUSES:-"],
    "privacy": ["del:maybe", "del:", "del:yes:no", "del:YES", "del:-"],
    "timezone": ["tz:Europe/Berlin", "tz:Mars.Olympus", "tz:..", "tz:", "tz:..etc.passwd",
                 "tz:Europe.Berlin:x", "tz:" + "A" * 41],
    "menu": ["menu:nope", "menu:", "menu:causes:x", "menu:CAUSES", "menu:-"],
}  # fmt: skip
TABLE = [(feature, data) for feature, forged in FORGED.items() for data in forged]


@pytest.mark.parametrize(("feature", "data"), TABLE, ids=[f"{f}:{d!r}" for f, d in TABLE])
def test_forged_data_is_answered_expired(world: World, feature: str, data: str) -> None:
    assert answer_of(press(world, data)) == EXPIRED, (feature, data)


@pytest.mark.parametrize("data", NOISE, ids=repr)
def test_noise_is_answered_expired(world: World, data: str) -> None:
    assert answer_of(press(world, data)) == EXPIRED


def test_another_users_reminder_and_delivery_are_left_alone(world: World) -> None:
    for change in ("pause", "resume", "delete"):
        assert answer_of(press(world, f"rm:{world.reminder_id}:{change}")) == EXPIRED
    for action in ("done", "snooze15", "snooze60", "skip", "stop"):
        assert answer_of(press(world, f"rd:{world.delivery_id}:{action}")) == EXPIRED


PREFIXES = ["rem", "rm", "rd", "chk", "kn", "src", "del", "tz", "menu", "x", ""]
SAFE = [":", "-", "0", "1", "9", "new", "soon", "list", "pause", "delete", "done", "stop",
        "y", "n", "r", "b", "cause", "causes", "no", "Europe.Berlin", "checkup"]  # fmt: skip


def _ids(world: World) -> list[str]:
    return [str(world.reminder_id), str(world.delivery_id)]


@settings(
    max_examples=150,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_fuzzed_presses_never_fail(world: World, data: st.DataObject) -> None:
    prefix = data.draw(st.sampled_from(PREFIXES))
    parts = data.draw(
        st.lists(
            st.one_of(
                st.sampled_from([*SAFE, *_ids(world)]),
                st.integers(min_value=-5, max_value=2**70).map(str),
                st.text(max_size=12),
            ),
            max_size=4,
        )
    )
    raw = ":".join([prefix, *parts])
    forged = raw.encode()[:64].decode(errors="ignore")
    if forged in ("del:yes", "chk:r") or forged.startswith("menu:"):
        return  # real buttons: erasing USER or opening a feature is not what is tested here
    press(world, forged)
