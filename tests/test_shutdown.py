"""The process's last step: nothing may still use the database when its loop closes."""

from __future__ import annotations

import asyncio

from sqlalchemy import text

from bot.context import BotData
from tests.fakes.clock import FakeClock
from tests.fakes.harness import Harness, start_harness, stop_harness


async def _querying(data: BotData, started: asyncio.Event) -> None:
    """A task that keeps a connection busy, as a cancelled job's or a late round's query does."""
    while True:
        async with data.sessions() as session:
            await session.execute(text("SELECT 1"))
            started.set()
        await asyncio.sleep(0)


async def test_the_runner_cancels_what_still_runs_before_the_engine_closes(
    db_url: str, clock: FakeClock
) -> None:
    harness: Harness = await start_harness(db_url, clock)
    data = harness.app.bot_data
    data.owns_loop = True  # as `run_server` sets it
    started = asyncio.Event()
    left = asyncio.ensure_future(_querying(data, started))
    await started.wait()
    await stop_harness(harness)
    assert left.cancelled()


async def test_a_loop_the_bot_does_not_own_keeps_its_tasks(db_url: str, clock: FakeClock) -> None:
    harness = await start_harness(db_url, clock)
    other = asyncio.ensure_future(asyncio.sleep(60))  # the test's own, say a fake server
    try:
        await stop_harness(harness)
        assert not other.done()
    finally:
        other.cancel()
