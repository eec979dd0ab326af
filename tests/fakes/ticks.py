"""A ticker on the event loop: proves the loop keeps running while something waits."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import AsyncIterator
from dataclasses import dataclass, field


@dataclass
class Ticks:
    """How many times the ticker ran (every 5 ms while the loop is free)."""

    count: int = 0
    fifth: asyncio.Event = field(default_factory=asyncio.Event)  # set on the fifth turn


@contextlib.asynccontextmanager
async def loop_ticks() -> AsyncIterator[Ticks]:
    """Count turns of the event loop for the duration of the block."""
    ticks = Ticks()

    async def tick() -> None:
        while True:
            await asyncio.sleep(0.005)
            ticks.count += 1
            if ticks.count == 5:
                ticks.fifth.set()

    ticker = asyncio.create_task(tick())
    try:
        yield ticks
    finally:
        ticker.cancel()
