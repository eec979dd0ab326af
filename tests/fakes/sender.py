"""A reminder sender double: records what was sent, fails on demand, never touches a network."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from bot.reminders.dispatcher import Outgoing

Fault = Callable[[Outgoing], BaseException | None]
Down = Callable[[], BaseException | None]  # Telegram as a whole: the error every call gets


class FakeSender:
    """Counts messages per (reminder, slot); `fault` may return an exception to raise."""

    def __init__(self, fault: Fault | None = None, *, down: Down | None = None) -> None:
        self.sent: list[Outgoing] = []
        self.attempts = 0
        self.probes = 0
        self.fault = fault
        self.down = down  # sends and probes alike fail while it returns an error
        self._next_id = 1000

    async def probe(self) -> None:
        """The dispatcher's outage probe: fails while `down` says so."""
        self.probes += 1
        error = self.down() if self.down is not None else None
        if error is not None:
            raise error

    async def send(self, delivery: Outgoing) -> int:
        """Record the message, or raise what the fault says."""
        self.attempts += 1
        outage = self.down() if self.down is not None else None
        if outage is not None:
            raise outage
        if self.fault is not None:
            error = self.fault(delivery)
            if error is not None:
                raise error
        self.sent.append(delivery)
        self._next_id += 1
        return self._next_id

    def per_slot(self) -> Counter[tuple[int, datetime]]:
        """How many messages each (reminder, slot) got."""
        return Counter((o.reminder_id, o.slot) for o in self.sent)
