"""The shared send rate: every instance takes its send slots from one row of `send_pace`.

The row holds the next free slot (microseconds since the epoch). Taking `n` slots is one
UPDATE ... RETURNING that moves it to `max(next, now) + n * interval`, so the slots handed out
to all instances are distinct and `interval` apart: together they never exceed the rate. An
integer, so the same statement runs on SQLite (`max`) and PostgreSQL (`greatest`), and the
UPDATE comes first in its transaction: on SQLite it takes the write lock at once (no
read-then-write upgrade), on PostgreSQL the row lock orders instances. A `Pacer` keeps the slots
of its last block (a block per about 40 ms of sends: 1 slot at 30/s, 40 at 1000/s) and drops
those that passed unused; a start whose slot passed while it waited (`late_us`: one interval,
at least 50 ms; a slow database, the other sends' turns on the connection) gives it up once for
a fresh one, so a wait rarely becomes a burst and a database slower than the slots never stops
the sends. Every send goes out at or after its own slot; the slots of all instances are
distinct and an interval apart.
"""

from __future__ import annotations

import math
from collections import deque
from datetime import UTC, datetime, timedelta

from sqlalchemy import Table, bindparam, func, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.models import SendPace

PACE = "reminders"
EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
_US = timedelta(microseconds=1)
_P: Table = SendPace.__table__  # type: ignore[assignment]
OPEN = {
    name: dialect.insert(_P)
    .values(name=PACE, next_us=0)
    .on_conflict_do_nothing(index_elements=["name"])
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}
TAKE = {
    name: update(_P)
    .where(_P.c.name == PACE)
    .values(next_us=larger(_P.c.next_us, bindparam("b_now_us")) + bindparam("b_step_us"))
    .returning(_P.c.next_us)
    for name, larger in (("sqlite", func.max), ("postgresql", func.greatest))
}


def micros(when: datetime) -> int:
    """`when` as microseconds since the epoch."""
    return (when - EPOCH) // _US


def instant(us: int) -> datetime:
    """Microseconds since the epoch as an aware UTC datetime."""
    return EPOCH + us * _US


async def take(conn: AsyncConnection, *, now: datetime, count: int, interval_us: int) -> int:
    """Reserve `count` consecutive slots; returns the first (microseconds since the epoch)."""
    dialect = conn.dialect.name
    await conn.execute(OPEN[dialect])
    moved = await conn.execute(
        TAKE[dialect], {"b_now_us": micros(now), "b_step_us": count * interval_us}
    )
    end: int = moved.scalar_one()
    return end - count * interval_us


class Pacer:
    """One instance's share of the rate: slots taken from the shared row, used in order."""

    def __init__(self, rate: float) -> None:
        if not 0 < rate <= 1000:
            raise ValueError("rate must be within (0, 1000] messages a second")
        self.interval_us = math.ceil(1_000_000 / rate)  # rounded up: never over the rate
        self.block = max(1, int(rate // 25))  # slots per database round trip
        self.late_us = max(self.interval_us, 50_000)  # a slot this late is lost, not used
        self._held: deque[int] = deque()

    def missed(self, slot: datetime, now: datetime) -> bool:
        """`slot` passed while we waited (the database, the other sends): sending in it now
        would crowd the slots after it, so take another."""
        return micros(now) - micros(slot) >= self.late_us

    def next_held(self, now: datetime) -> datetime | None:
        """The next slot already taken and still usable at `now` (None: take a block)."""
        late = micros(now) - self.late_us
        while self._held and self._held[0] <= late:  # missed: using it now would be a burst
            self._held.popleft()
        return instant(self._held.popleft()) if self._held else None

    def hold(self, first_us: int) -> datetime:
        """Keep a block taken from `first_us` and return its first slot."""
        self._held.extend(first_us + i * self.interval_us for i in range(1, self.block))
        return instant(first_us)
