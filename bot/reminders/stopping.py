"""Graceful stop of the dispatcher: one signal, and sleeps that end when it comes.

`stop()` (the stop hook), or the host's own "shutting down" test (PTB clearing
`app.running`), makes the loop finish the messages in flight, record them, hand the rest of its
batch back to the queue (`sends.release`) and claim nothing more. Backoff and flood-gate
waits are cut short, so a stop never waits out a 429.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from contextlib import suppress

Sleep = Callable[[float], Awaitable[None]]


class Stopper:
    """Whether the dispatcher is stopping, and sleeps cut short by it."""

    def __init__(self, stopped: Callable[[], bool] | None = None) -> None:
        self._event = asyncio.Event()
        self._stopped = stopped  # the host's own "shutting down" signal, if it has one

    def stop(self) -> None:
        self._event.set()

    @property
    def stopping(self) -> bool:
        """True once `stop` was called or the host said it is stopping."""
        if not self._event.is_set() and self._stopped is not None and self._stopped():
            self._event.set()
        return self._event.is_set()

    async def wait(self) -> None:
        """Return once stopping (the host's signal is polled every 0.2 s)."""
        while not self.stopping:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._event.wait(), timeout=0.2)

    async def pause(self, sleep: Sleep, seconds: float) -> None:
        """`sleep(seconds)`, cut short by a stop."""
        if self.stopping:
            return
        sleeper = asyncio.ensure_future(sleep(seconds))
        stopper = asyncio.ensure_future(self.wait())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, stopper):
                task.cancel()
