"""The send-time half of the ledger: compare-and-set on `deliveries` around each request.

`start` moves a row claimed -> sending (renewing its lease) unless the claimer was fenced out,
a shared gate is closed (the 429 flood gate, the outage gate of `outage_gate.py`) or the user
blocked the bot; `record` writes the outcome, a
compare-and-set on (id, claim_token, `sending`). The flood gate (`send_gates`) is shared by
every instance: no one sends before it reopens.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import Table, and_, bindparam, exists, or_, select, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncConnection

from bot.db.models import Delivery, SendGate, User
from bot.reminders import pacing

log = logging.getLogger(__name__)
FLOOD = "flood"
_SET = {"status", "message_id", "sent_at", "token", "id"}


_D: Table = Delivery.__table__  # type: ignore[assignment]
_U: Table = User.__table__  # type: ignore[assignment]
_G: Table = SendGate.__table__  # type: ignore[assignment]
_BLOCKED = exists().where(_U.c.id == _D.c.user_id, _U.c.blocked_at.is_not(None))
_MINE = and_(_D.c.id == bindparam("b_id"), _D.c.claim_token == bindparam("b_token"))
_START = (
    update(_D)
    .where(_MINE, _D.c.status == "claimed", ~_BLOCKED,
           ~exists().where(_G.c.until > bindparam("b_now", type_=_G.c.until.type)))
    .values(status="sending", claimed_until=bindparam("b_until"), attempts=_D.c.attempts + 1)
    .returning(_D.c.attempts)
)  # fmt: skip
_REFUSE = (
    update(_D).where(_MINE, _D.c.status == "claimed", _BLOCKED)
    .values(status="blocked", claimed_until=None).returning(_D.c.id)
)  # fmt: skip
_RECORD = (
    update(_D).where(_MINE, _D.c.status == "sending")
    .values(status=bindparam("b_status"), message_id=bindparam("b_message_id"),
            sent_at=bindparam("b_sent_at"))
)  # fmt: skip
_RELEASE = (
    update(_D).where(_D.c.claim_token == bindparam("b_token"), _D.c.status == "claimed")
    .values(claimed_until=bindparam("b_now"), claim_token=None)
)  # fmt: skip
_GATE = select(_G.c.until).where(_G.c.name == FLOOD)
_RAISE_GATE = (
    update(_G)
    .where(_G.c.name == FLOOD, or_(_G.c.until.is_(None), _G.c.until < bindparam("b_until")))
    .values(until=bindparam("b_until"))
)  # fmt: skip


_BLOCK_ONE = (
    update(_U).where(_U.c.id == bindparam("b_id"), _U.c.blocked_at.is_(None))
    .values(blocked_at=bindparam("b_now"))
)  # fmt: skip
_OPEN_GATE = (
    sqlite.insert(_G)
    .values(name=FLOOD, until=None)
    .on_conflict_do_nothing(index_elements=["name"])
)


async def flood_until(conn: AsyncConnection) -> datetime | None:
    """The shared flood gate: no instance sends before this instant."""
    gate: datetime | None = (await conn.execute(_GATE)).scalar()
    return gate


async def close_gate(conn: AsyncConnection, until: datetime) -> None:
    """Close the flood gate until `until` (never shortens it)."""
    dialect_insert = postgresql.insert if conn.dialect.name == "postgresql" else sqlite.insert
    await conn.execute(
        dialect_insert(_G)
        .values(name=FLOOD, until=None)
        .on_conflict_do_nothing(index_elements=["name"])
    )
    await conn.execute(_RAISE_GATE, {"b_until": until})


async def start(
    conn: AsyncConnection, *, delivery_id: int, token: str, now: datetime, lease: timedelta
) -> int | None:
    """claimed -> sending (renewing the lease), unless fenced out, gated or blocked.

    Returns the row's attempt count (this one included), or None when the row did not move."""
    moved = await conn.execute(
        _START, {"b_id": delivery_id, "b_token": token, "b_now": now, "b_until": now + lease}
    )
    attempts: int | None = moved.scalar()
    return attempts


async def refuse_blocked(conn: AsyncConnection, *, delivery_id: int, token: str) -> bool:
    """claimed -> blocked when the user blocked the bot after the claim."""
    moved = await conn.execute(_REFUSE, {"b_id": delivery_id, "b_token": token})
    return moved.scalar() is not None


async def record(conn: AsyncConnection, results: Sequence[dict[str, Any]]) -> int:
    """Write attempt outcomes, each a compare-and-set on (id, token, `sending`).

    results: {"id", "token", "status", "message_id", "sent_at"}; a status `claimed` puts the
    row back (a refused attempt, retried by its owner). Returns how many were accepted.
    """
    if not results:
        return 0
    outcome = await conn.execute(_RECORD, _rows(results))
    accepted = int(getattr(outcome, "rowcount", -1) or 0)
    _refused(len(results), accepted)
    return accepted


async def release(conn: AsyncConnection, token: str, now: datetime, *, why: str = "stopping"
                  ) -> int:  # fmt: skip
    """Hand the rows still `claimed` under `token` back to the queue (a stop, an outage): their
    lease ends now, so the next round anywhere, or recovery after a restart, takes them."""
    async with conn.begin():
        moved = await conn.execute(_RELEASE, {"b_token": token, "b_now": now})
    released = int(getattr(moved, "rowcount", 0) or 0)
    if released:
        log.info("%s: %d claimed reminder(s) released to the queue", why, released)
    return released


async def mark_blocked(conn: AsyncConnection, user_ids: set[int], now: datetime) -> None:
    """The user blocked the bot (a 403): their reminders pause until they come back."""
    await conn.execute(
        update(_U).where(_U.c.id.in_(user_ids), _U.c.blocked_at.is_(None)).values(blocked_at=now)
    )


def _rows(results: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    return [{f"b_{k}": r.get(k) for k in _SET} for r in results]


def _refused(sent: int, accepted: int) -> None:
    if 0 <= accepted < sent:
        log.warning("%d delivery result(s) refused: lease lost", sent - accepted)


class Writer:
    """The send loop's statements on one connection, in transactions it commits itself.

    The Core statements above, built once, run through the connection (any database).
    """

    def __init__(self, conn: AsyncConnection) -> None:
        self.conn = conn

    @staticmethod
    async def connect(conn: AsyncConnection) -> Writer:
        """The writer on `conn`."""
        return Writer(conn)

    async def start(self, *, delivery_id: int, token: str, now: datetime, lease: timedelta
                    ) -> int | None:  # fmt: skip
        return await start(self.conn, delivery_id=delivery_id, token=token, now=now, lease=lease)

    async def refuse_blocked(self, *, delivery_id: int, token: str) -> bool:
        return await refuse_blocked(self.conn, delivery_id=delivery_id, token=token)

    async def record(self, results: Sequence[dict[str, Any]]) -> int:
        return await record(self.conn, results)

    async def mark_blocked(self, user_ids: set[int], now: datetime) -> None:
        await mark_blocked(self.conn, user_ids, now)

    async def flood_until(self) -> datetime | None:
        return await flood_until(self.conn)

    async def close_gate(self, until: datetime) -> None:
        await close_gate(self.conn, until)

    async def take_slots(self, *, now: datetime, count: int, interval_us: int) -> int:
        """The shared send rate: reserve `count` slots (`bot.reminders.pacing`)."""
        return await pacing.take(self.conn, now=now, count=count, interval_us=interval_us)

    async def commit(self) -> None:
        await self.conn.commit()

    async def rollback(self) -> None:
        await self.conn.rollback()
