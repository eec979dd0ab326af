"""The outage gate: when Telegram is unreachable, every instance pauses and one probes.

Row "outage" of `send_gates`, shared by every instance through the database (as the 429 gate):

- **open**: `since` is NULL (no outage), or `until` is NULL with `since` set: a probe got an
  answer and the first reminder that goes out ends the outage (`end`);
- **paused**: `until` is ahead. No reminder starts: the start compare-and-set refuses while any
  gate's `until` is ahead (`bot.reminders.sends`). The wake-up is armed for `until`;
- **probe due**: `since` is set and `until` has passed. The instance whose compare-and-set on
  `probes` wins (`take_probe`) moves `until` on and calls Telegram once, with no transaction
  open; an answer reopens the gate (`reopen`), a failure leaves it closed until that `until`.

`probes` counts the closings and probes of this outage; the next wait grows with it
(`policy.probe_delay`: 1, 2, 4 ... 60 s, with jitter) and is kept through a probe that got an
answer, so a Telegram that answers probes but still fails sends is probed less and less often.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import bindparam, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.reminders.sends import _G

OUTAGE = "outage"
Delay = Callable[[int], float]  # probes so far -> seconds until the next probe

_READ = select(_G.c.until, _G.c.since, _G.c.probes).where(_G.c.name == OUTAGE)
_CLOSE = (
    update(_G)
    .where(_G.c.name == OUTAGE,
           or_(_G.c.until.is_(None), _G.c.until <= bindparam("b_now", type_=_G.c.until.type)))
    .values(probes=_G.c.probes + 1, until=bindparam("b_now"))
    .returning(_G.c.probes, _G.c.since)
)  # fmt: skip
_TAKE = (
    update(_G)
    .where(_G.c.name == OUTAGE, _G.c.probes == bindparam("b_probes"),
           _G.c.until <= bindparam("b_now", type_=_G.c.until.type))
    .values(probes=_G.c.probes + 1, until=bindparam("b_until"))
)  # fmt: skip
_SET_UNTIL = (
    update(_G).where(_G.c.name == OUTAGE, _G.c.probes == bindparam("b_probes"))
    .values(until=bindparam("b_until"))
)  # fmt: skip
_END = (
    update(_G)
    .where(_G.c.name == OUTAGE, _G.c.probes == bindparam("b_probes"),
           _G.c.since.is_not(None), _G.c.until.is_(None))
    .values(since=None, probes=0)
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Gate:
    """The outage row as read: see the module docstring for what the states mean."""

    until: datetime | None = None
    since: datetime | None = None
    probes: int = 0

    def paused(self, now: datetime) -> bool:
        return self.until is not None and self.until > now

    def probe_due(self, now: datetime) -> bool:
        return self.since is not None and self.until is not None and self.until <= now

    @property
    def recovering(self) -> bool:
        """A probe got an answer; no reminder has gone out since."""
        return self.since is not None and self.until is None


async def read(conn: AsyncConnection) -> Gate:
    """The outage gate now (open when there is no row yet)."""
    row = (await conn.execute(_READ)).first()
    return Gate(row.until, row.since, row.probes) if row is not None else Gate()


async def close(conn: AsyncConnection, now: datetime, delay: Delay) -> Gate | None:
    """A send failed as transient: pause every instance until the first (or next) probe.

    Returns the gate as closed, or None when it was closed already (by another send in
    flight or another instance): one closing per failure wave, one log line per outage."""
    insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    await conn.execute(
        insert(_G).values(name=OUTAGE, probes=0).on_conflict_do_nothing(index_elements=["name"])
    )
    row = (await conn.execute(_CLOSE, {"b_now": now})).first()
    if row is None:
        return None
    since = row.since if row.since is not None else now
    until = now + timedelta(seconds=delay(row.probes))
    await conn.execute(update(_G).where(_G.c.name == OUTAGE).values(until=until, since=since))
    return Gate(until, since, row.probes)


async def take_probe(conn: AsyncConnection, seen: Gate, now: datetime, delay: Delay
                     ) -> Gate | None:  # fmt: skip
    """Take the probe that is due (a compare-and-set on `probes`): the gate stays closed
    until the next probe's time whatever the probe finds. None: another instance took it."""
    probes = seen.probes + 1
    until = now + timedelta(seconds=delay(probes))
    moved = await conn.execute(_TAKE, {"b_probes": seen.probes, "b_now": now, "b_until": until})
    if not moved.rowcount:
        return None
    return Gate(until, seen.since, probes)


async def reopen(conn: AsyncConnection, taken: Gate) -> bool:
    """The probe got an answer: open the gate (unless a send closed it again meanwhile)."""
    moved = await conn.execute(_SET_UNTIL, {"b_probes": taken.probes, "b_until": None})
    return bool(moved.rowcount)


async def end(conn: AsyncConnection, seen: Gate) -> bool:
    """A reminder went out after a probe's answer: the outage `seen` (recovering) is over
    (True for the one instance that ends it: it logs the line)."""
    moved = await conn.execute(_END, {"b_probes": seen.probes})
    return bool(moved.rowcount)
