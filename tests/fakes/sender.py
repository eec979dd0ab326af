"""A reminder sender double: records what was sent, fails on demand, never touches a network."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from datetime import datetime

from bot.reminders.dispatcher import Outgoing

Fault = Callable[[Outgoing], BaseException | None]


class FakeSender:
    """Counts messages per (reminder, slot); `fault` may return an exception to raise."""

    def __init__(self, fault: Fault | None = None) -> None:
        self.sent: list[Outgoing] = []
        self.attempts = 0
        self.fault = fault
        self._next_id = 1000

    async def send(self, delivery: Outgoing) -> int:
        """Record the message, or raise what the fault says."""
        self.attempts += 1
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
