"""A user's own reply never waits behind a reminder broadcast, and a 429 never loses it.

The real application with PTB's rate limiter (CountingRateLimiter, 30 calls a second) and the
in-process Bot API double, every sendMessage answered 50 ms late. Reminder sends skip the
limiter's queue (the dispatcher paces them at its shared rate), so the queue holds replies
only. The broadcast here is unpaced (the harness's clock stands still); what is measured is
the reply's wait, which nothing schedules."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest

from bot.handlers.reminder_jobs import dispatcher_of
from bot.reminders.dispatcher import Outgoing, Sender
from tests.fakes.clock import FakeClock
from tests.fakes.harness import USER, Harness, plain, start_harness, stop_harness
from tests.reminders.helpers import add, stretch

DAY = datetime(2026, 6, 1, tzinfo=UTC)
BROADCAST = 60


class Watch:
    """The dispatcher's sender, telling when `after` reminders went out."""

    def __init__(self, inner: Sender, after: int) -> None:
        self.inner, self.after, self.sent = inner, after, 0
        self.reached = asyncio.Event()

    async def send(self, delivery: Outgoing) -> int:
        message_id = await self.inner.send(delivery)
        self.sent += 1
        if self.sent == self.after:
            self.reached.set()
        return message_id


@pytest.fixture
async def limited(db_url: str, clock: FakeClock) -> AsyncIterator[Harness]:
    harness = await start_harness(db_url, clock, rate_limit=True)
    yield harness
    await stop_harness(harness)


async def broadcast(bot: Harness, *, refuse_reply: bool = False) -> Watch:
    bot.clock.set(DAY)
    for uid in range(1, BROADCAST + 1):
        bot.engine.add_chat(uid)
        await add(bot.app.bot_data.sessions, uid, stretch(21, 0), bot.clock.now())
    bot.engine.add_chat(USER)
    await bot.say("/start")
    bot.clock.set(DAY.replace(hour=21, minute=1))
    if refuse_reply:  # the next reply is refused, as Telegram does over its limit
        bot.engine.inject("sendMessage", "429", chat_id=USER, retry_after=1)
    bot.engine.inject("sendMessage", "delay", times=10_000, delay_s=0.05)
    dispatcher = dispatcher_of(bot.app.bot_data)
    watch = Watch(dispatcher.sender, after=40)  # past the limiter's burst of 30
    dispatcher.sender = watch
    return watch


def reminder_calls(bot: Harness) -> list[int]:
    return [i for i, c in enumerate(bot.engine.calls)
            if c.method == "sendMessage" and c.params.get("chat_id") != USER]  # fmt: skip


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_reply_during_a_broadcast_goes_out_at_once(limited: Harness) -> None:
    watch = await broadcast(limited)
    loop = asyncio.get_running_loop()
    round_ = asyncio.create_task(dispatcher_of(limited.app.bot_data).run_once())
    await asyncio.wait_for(watch.reached.wait(), timeout=10)
    asked = loop.time()
    mark = len(limited.engine.calls)
    assert await limited.say("/help")
    waited = loop.time() - asked
    stats = await round_
    assert stats.sent == BROADCAST
    reply = next(i for i, c in enumerate(limited.engine.calls)
                 if i >= mark and c.params.get("chat_id") == USER)  # fmt: skip
    assert reply < reminder_calls(limited)[-1]  # before the broadcast finished
    # 50 ms for Telegram's answer and the handler's work; queued behind the reminders in the
    # limiter (30 a second, its burst spent) it would wait 0.5 s and more
    assert waited < 0.3, waited


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_a_429_during_a_broadcast_does_not_lose_a_reply(limited: Harness) -> None:
    watch = await broadcast(limited, refuse_reply=True)
    round_ = asyncio.create_task(dispatcher_of(limited.app.bot_data).run_once())
    await asyncio.wait_for(watch.reached.wait(), timeout=10)
    # the limiter really waits Telegram's retry_after (1 s, the double's smallest), then resends
    calls = await limited.process(limited.engine.user_message(USER, "/help"))
    replies = [c for c in calls if c.method == "sendMessage" and c.params["chat_id"] == USER]
    assert [c.status for c in replies] == [429, 200]  # refused once, sent again after the wait
    assert [c.params["chat_id"] for c in limited.engine.calls if c.status == 429] == [USER]
    assert (await round_).sent == BROADCAST
    assert [plain(replies[1])] == await limited.say("/help")  # the answer, not an apology
