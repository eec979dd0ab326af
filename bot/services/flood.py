"""Token buckets per user: how many updates each user may send, on the injected clock.

BURST updates at once, refilled at RATE per second. The state is per process, like the
update stream it guards; `handlers.flood` applies it to every update. `Cooldown` spaces out
one costly job per user (the /export report: a PDF drawn with matplotlib, the heaviest work
the bot does), so repeating the command cannot keep the bot's CPU busy.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TypeVar

BURST = 30
RATE = 2.0  # updates per second, sustained
MAX_USERS = 50_000
T = TypeVar("T")


NOTICE_EVERY = timedelta(minutes=1)


@dataclass
class FloodGate:
    """Token buckets by user id: (tokens, last refill, when the user was last told to wait)."""

    burst: int = BURST
    rate: float = RATE
    _buckets: dict[int, tuple[float, datetime, datetime | None]] = field(default_factory=dict)

    def admit(self, user_id: int, now: datetime) -> tuple[bool, bool]:
        """(handle it, send the notice): one token per update; one notice a minute at most."""
        tokens, last, noticed = self._buckets.get(user_id, (float(self.burst), now, None))
        elapsed = max(0.0, (now - last).total_seconds())
        tokens = min(float(self.burst), tokens + elapsed * self.rate)
        if tokens >= 1:
            _remember(self._buckets, user_id, (tokens - 1, now, noticed))
            return True, False
        tell = noticed is None or now - noticed >= NOTICE_EVERY
        _remember(self._buckets, user_id, (tokens, now, now if tell else noticed))
        return False, tell


def _remember(table: dict[int, T], user_id: int, state: T) -> None:
    """Keep `state` for the user; a table that reached MAX_USERS starts afresh (per process,
    and forgetting only lets a user through once more)."""
    if len(table) >= MAX_USERS and user_id not in table:
        table.clear()
    table[user_id] = state


EXPORT_EVERY = timedelta(minutes=1)


@dataclass
class Cooldown:
    """At most one job per user per `every`, on the injected clock (per process)."""

    every: timedelta = EXPORT_EVERY
    _last: dict[int, datetime] = field(default_factory=dict)

    def admit(self, user_id: int, now: datetime) -> bool:
        """True (and the job counted) unless the user's last one was under `every` ago."""
        last = self._last.get(user_id)
        if last is not None and timedelta(0) <= now - last < self.every:
            return False
        _remember(self._last, user_id, now)
        return True
