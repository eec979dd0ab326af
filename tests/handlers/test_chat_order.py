"""Many chats at once, each chat in order (`bot.chat_order`), under a Bot API with latency.

Updates go the way PTB sends them: `app.update_processor.process_update(update,
app.process_update(update))`, all at once, as `Application.start` does for a polling burst.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from sqlalchemy import func, select
from telegram import Update

from bot.chat_order import ChatOrderedProcessor, chat_of
from bot.db.models import Cramp
from bot.offline.engine import Engine
from bot.offline.request import OfflineRequest
from tests.fakes.clock import FakeClock
from tests.fakes.harness import TOKEN, Harness, plain, start_harness, stop_harness

DELAY_S = 0.05  # each Bot API call, as Telegram's own answers take 50-300 ms


class SlowRequest(OfflineRequest):
    """The double, answering every call after `delay_s` (a send to a held chat waits more)."""

    def __init__(self, engine: Engine, delay_s: float) -> None:
        super().__init__(engine)
        self.delay_s = delay_s
        self.held: dict[int, asyncio.Event] = {}
        self.holding = asyncio.Event()
        self.in_flight = 0
        self.most_in_flight = 0  # the most calls waiting on an answer at one moment

    async def do_request(self, url: str, method: str, request_data: Any = None, **kw: Any) -> Any:
        chat = request_data.parameters.get("chat_id") if request_data is not None else None
        if url.endswith("/sendMessage") and chat in self.held:
            self.holding.set()
            await self.held[chat].wait()
        self.in_flight += 1
        self.most_in_flight = max(self.most_in_flight, self.in_flight)
        try:
            await asyncio.sleep(self.delay_s)
        finally:
            self.in_flight -= 1
        return await super().do_request(url, method, request_data, **kw)


@pytest.fixture
async def slow(db_url: str, clock: FakeClock) -> AsyncIterator[tuple[Harness, SlowRequest]]:
    engine = Engine(token=TOKEN)
    request = SlowRequest(engine, DELAY_S)
    harness = await start_harness(db_url, clock, engine=engine, request=request)
    try:
        yield harness, request
    finally:
        await stop_harness(harness)


async def send_all(harness: Harness, payloads: list[dict[str, Any]]) -> None:
    """Hand every update to the application's processor at once, as PTB does."""
    app = harness.app
    updates = [Update.de_json(p, app.bot) for p in payloads]
    await asyncio.gather(
        *(app.update_processor.process_update(u, app.process_update(u)) for u in updates)
    )


def sent_texts(harness: Harness, chat: int) -> list[str]:
    return [plain(c) for c in harness.engine.calls
            if c.method == "sendMessage" and c.params.get("chat_id") == chat]  # fmt: skip


async def test_chats_are_answered_at_once_not_one_after_another(
    slow: tuple[Harness, SlowRequest],
) -> None:
    harness, request = slow
    chats = list(range(7001, 7021))
    engine = harness.engine
    await send_all(harness, [engine.user_message(c, "/b12") for c in chats])  # first contact
    request.most_in_flight = 0
    await send_all(harness, [engine.user_message(c, "/causes") for c in chats])
    assert all(len(sent_texts(harness, c)) >= 2 for c in chats)
    # One at a time, one reply would wait on Telegram at any moment; at once, most of the
    # twenty wait together. Counted, not timed: a loaded CI machine stretches wall time
    # (this once took 0.51 s of a 0.5 s bound there) but not how many calls overlap.
    assert request.most_in_flight >= 10, request.most_in_flight


async def test_one_chats_updates_are_handled_in_the_order_they_came(
    slow: tuple[Harness, SlowRequest],
) -> None:
    harness, _ = slow
    engine = harness.engine
    chat, other = 7101, 7102
    for user in (chat, other):
        await send_all(harness, [engine.user_message(user, "/timezone Europe/Berlin")])
    burst = [f"cramp in my calf {n} minutes ago, {n % 9 + 1}/10" for n in range(2, 14)]
    payloads = [engine.user_message(chat, text) for text in burst]
    payloads.insert(3, engine.user_message(other, "/b12"))
    await send_all(harness, payloads)
    async with harness.app.bot_data.sessions() as session:
        rows = (await session.scalars(
            select(Cramp).where(Cramp.user_id == chat).order_by(Cramp.id)
        )).all()  # fmt: skip
    # Logged in the order sent: ids rise as the severities were sent.
    assert [c.severity for c in rows] == [n % 9 + 1 for n in range(2, 14)]
    assert sent_texts(harness, other)


async def test_a_send_held_open_does_not_hold_other_chats_writes(
    slow: tuple[Harness, SlowRequest],
) -> None:
    """No transaction spans a Bot API call: while one chat's reply hangs, another chat's
    cramp is logged and committed."""
    harness, request = slow
    engine = harness.engine
    held, free = 7201, 7202
    for user in (held, free):
        await send_all(harness, [engine.user_message(user, "/timezone Europe/Berlin")])
    request.held[held] = asyncio.Event()
    first = asyncio.create_task(
        send_all(harness, [engine.user_message(held, "cramp in my left calf just now, 6/10")])
    )
    await asyncio.wait_for(request.holding.wait(), 5)
    await asyncio.wait_for(
        send_all(harness, [engine.user_message(free, "cramp in my right foot, 4/10")]), 5
    )
    async with harness.app.bot_data.sessions() as session:
        counted = {
            user: await session.scalar(
                select(func.count()).select_from(Cramp).where(Cramp.user_id == user)
            )
            for user in (held, free)
        }
    # The held chat's cramp was committed before its reply went out; the free one since.
    assert counted == {held: 1, free: 1}
    request.held[held].set()
    await asyncio.wait_for(first, 5)
    assert sent_texts(harness, held)


async def test_a_burst_from_one_chat_holds_one_slot() -> None:
    processor = ChatOrderedProcessor(2)
    order: list[str] = []
    gate = asyncio.Event()

    async def work(name: str, wait: bool = False) -> None:
        if wait:
            await gate.wait()
        order.append(name)

    def update(chat: int) -> Update:
        return Update.de_json(
            {"update_id": chat, "message": {"message_id": 1, "date": 0, "text": "x",
             "chat": {"id": chat, "type": "private"}}}, None,
        )  # fmt: skip

    burst = [
        asyncio.create_task(processor.process_update(update(1), work(f"a{n}", wait=n == 0)))
        for n in range(10)
    ]
    await asyncio.sleep(0)
    other = asyncio.create_task(processor.process_update(update(2), work("b")))
    await asyncio.wait_for(other, 1)  # chat 1's nine waiting updates do not take the slots
    assert order == ["b"]
    gate.set()
    await asyncio.gather(*burst)
    assert order == ["b"] + [f"a{n}" for n in range(10)]
    assert processor.chats_in_progress == 0


def test_the_chat_of_an_update() -> None:
    message = {"message_id": 1, "date": 0, "text": "x", "chat": {"id": 5, "type": "private"}}
    assert chat_of(Update.de_json({"update_id": 1, "message": message}, None)) == 5
    assert chat_of(object()) is None
