"""The ledger: claims, leases, fencing tokens and compare-and-set on `deliveries`.

A claim writes `claimed` rows with the claimer's token and lease (`claimed_until`). Every later
transition is a compare-and-set on (id, claim_token, status), so an instance whose lease ran
out and whose rows were taken over cannot write over the new owner. `start` (claimed ->
sending) is committed before the request goes out and renews the lease; it refuses while the
shared flood gate is closed or the user is blocked. Expired leases are reclaimed by anyone.

This module holds the claiming half (claim, reclaim); `bot.reminders.sends` the send-time
half (start, record, release, the flood gate), re-exported here; `bot.reminders.due` when the
next round has work.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfoNotFoundError

from sqlalchemy import Table, and_, bindparam, or_, select, text, true, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery, Reminder, User
from bot.reminders import policy
from bot.reminders.kinds import KINDS
from bot.reminders.policy import quiet_window
from bot.reminders.repository import done_since, spec_from_columns
from bot.reminders.sends import (  # the send-time half of the ledger
    _D,
    Writer,
    close_gate,
    flood_until,
    mark_blocked,
    record,
    refuse_blocked,
    release,
    start,
)

__all__ = [
    "Claimed", "Outgoing", "Writer", "begin_write", "claim_due", "close_gate", "flood_until",
    "mark_blocked", "reclaim", "record", "refuse_blocked", "release", "start",
]  # fmt: skip

log = logging.getLogger(__name__)
_R: Table = Reminder.__table__  # type: ignore[assignment]
# Core executemany statements (the ORM's bulk paths cost more than the SQL in a big claim)
_MOVE = (
    update(_R).where(_R.c.id == bindparam("b_id"))
    .values(next_slot=bindparam("b_next_slot"), next_fire_at=bindparam("b_next_fire_at"))
)  # fmt: skip
_ENTRY = ("reminder_id", "user_id", "slot", "status", "attempts", "source", "created_at",
          "claimed_until", "claim_token")  # fmt: skip
_INSERTS = {
    name: dialect.insert(_D)
    .values({c: bindparam(f"b_{c}") for c in _ENTRY})
    .on_conflict_do_nothing(index_elements=["reminder_id", "slot"])
    for name, dialect in (("sqlite", sqlite), ("postgresql", postgresql))
}
_MINE = (
    select(_D.c.id, _D.c.reminder_id, _D.c.slot)
    .where(_D.c.claim_token == bindparam("b_token"), _D.c.status == "claimed")
    .order_by(_D.c.id)
)  # fmt: skip


@dataclass(frozen=True, slots=True)
class Outgoing:
    """One reminder message to send; the sender turns it into text and buttons."""

    delivery_id: int
    reminder_id: int
    user_id: int
    kind: str
    note: str | None
    slot: datetime
    snoozed: bool = False
    zone: str = "UTC"  # the user's, for the slot's wall-clock time in a late message
    due: datetime | None = None  # when it was meant to go out (`policy.meant_at`); None: slot
    late_by: timedelta | None = None  # set by the dispatcher when it goes out late


@dataclass(slots=True)
class Claimed:
    """What one claim took: rows to send (all under `token`) and the counts of the rest."""

    token: str
    outgoing: list[Outgoing]
    counts: dict[str, int]


_DUE_COLUMNS = (
    Reminder.id, Reminder.user_id, Reminder.kind, Reminder.interval_minutes,
    Reminder.window_start, Reminder.window_end, Reminder.at_time, Reminder.every_months,
    Reminder.once_at, Reminder.anchor, Reminder.note, Reminder.timezone, Reminder.next_slot,
    Reminder.next_fire_at, User.quiet_start, User.quiet_end,
)  # fmt: skip
_ROW_COLUMNS = (
    Delivery.id, Delivery.reminder_id, Delivery.user_id, Delivery.slot, Delivery.status,
    Delivery.attempts, Delivery.source, Reminder.kind, Reminder.note, Reminder.timezone,
    User.quiet_start, User.quiet_end,
)  # fmt: skip


async def begin_write(session: AsyncSession) -> bool:
    """Take the write lock first on SQLite (a read-then-write transaction can fail to upgrade
    with SQLITE_BUSY, which the busy timeout does not cover); True on PostgreSQL."""
    if session.get_bind().dialect.name == "postgresql":
        return True
    await session.execute(text("UPDATE users SET id = id WHERE 0"))
    return False


def _bump(counts: dict[str, int], key: str, n: int = 1) -> None:
    counts[key] = counts.get(key, 0) + n


async def claim_due(
    session: AsyncSession, *, now: datetime, token: str, lease: timedelta, limit: int
) -> Claimed:
    """Advance due series (one ledger row per due slot) and claim due snoozes, in one write."""
    postgres = await begin_write(session)
    claimed = Claimed(token, [], {})
    query = (
        select(*_DUE_COLUMNS).join(User, User.id == Reminder.user_id)
        .where(Reminder.paused.is_(False), Reminder.next_fire_at <= now,
               User.blocked_at.is_(None))
        .order_by(Reminder.next_fire_at, Reminder.id).limit(limit)  # ties: the oldest first
    )  # fmt: skip
    if postgres:
        query = query.with_for_update(of=Reminder, skip_locked=True)
    rows = (await session.execute(query)).all()
    done = await _done(session, rows, now=now)
    entries: list[dict[str, Any]] = []
    moves: list[dict[str, Any]] = []
    until = now + lease
    notes: dict[int, Any] = {}
    for row in rows:
        try:
            spec = spec_from_columns(*row[2:11])  # type: ignore[arg-type]
            step = policy.advance(
                spec, user_id=row.user_id, zone=row.timezone,
                quiet=quiet_window(row.quiet_start, row.quiet_end),
                slot=row.next_slot or row.next_fire_at, fire_at=row.next_fire_at, now=now,
                done_at=done.get(row.id),
            )  # fmt: skip
        except (ZoneInfoNotFoundError, ValueError) as error:
            log.warning("reminder %s disarmed: %s: %s", row.id, type(error).__name__, error)
            _bump(claimed.counts, "invalid")
            moves.append({"b_id": row.id, "b_next_slot": None, "b_next_fire_at": None})
            continue
        _bump(claimed.counts, "deferred", step.deferred)
        moves.append(
            {"b_id": row.id, "b_next_slot": step.next_slot, "b_next_fire_at": step.next_fire_at}
        )
        notes[row.id] = row
        for slot, status in step.entries:
            if status != "claimed":
                _bump(claimed.counts, status)
            mine = status == "claimed"
            entries.append({
                "b_reminder_id": row.id, "b_user_id": row.user_id, "b_slot": slot,
                "b_status": status, "b_attempts": 0, "b_source": "series", "b_created_at": now,
                "b_claimed_until": until if mine else None,
                "b_claim_token": token if mine else None,
            })  # fmt: skip
    conn = await session.connection()
    if moves:
        await conn.execute(_MOVE, moves)
    if entries:  # a slot that already has a row (another claim's) keeps it: not ours
        await conn.execute(_INSERTS["postgresql" if postgres else "sqlite"], entries)
        for delivery_id, reminder_id, slot in await conn.execute(_MINE, {"b_token": token}):
            r = notes[reminder_id]
            due = policy.meant_at(r.kind, slot, user_id=r.user_id, zone=r.timezone,
                                  quiet=quiet_window(r.quiet_start, r.quiet_end))  # fmt: skip
            claimed.outgoing.append(Outgoing(
                delivery_id, reminder_id, r.user_id, r.kind, r.note, slot, zone=r.timezone,
                due=due,
            ))  # fmt: skip
    await _take_rows(session, claimed, now=now, lease=lease, limit=limit, postgres=postgres,
                     where=and_(Delivery.status == "scheduled", Delivery.slot <= now))  # fmt: skip
    return claimed


async def _done(session: AsyncSession, rows: Sequence[Any], *, now: datetime) -> dict[int, Any]:
    """The latest Done press of each reminder whose kind reads them (its `done_lookback`)."""
    lookback = {name: k.done_lookback for name, k in KINDS.items() if k.done_lookback}
    ids = [r.id for r in rows if r.kind in lookback]
    if not ids:
        return {}
    since = now - max(lookback[r.kind] for r in rows if r.kind in lookback)
    return await done_since(session, reminder_ids=ids, since=since)


async def reclaim(
    session: AsyncSession, *, now: datetime, token: str, lease: timedelta, limit: int,
    everything: bool = False,
) -> Claimed:  # fmt: skip
    """Take over rows whose lease ran out (all in-flight rows with `everything`, SQLite's
    start-up, where no other instance can exist): claimed ones go back to the queue."""
    postgres = await begin_write(session)
    claimed = Claimed(token, [], {})
    expired = Delivery.claimed_until.is_(None) | (Delivery.claimed_until <= now)
    await _take_rows(session, claimed, now=now, lease=lease, limit=limit, postgres=postgres,
                     where=and_(Delivery.status.in_(("claimed", "sending")),
                                true() if everything else expired))  # fmt: skip
    return claimed


async def _take_rows(
    session: AsyncSession, claimed: Claimed, *, now: datetime, lease: timedelta, limit: int,
    postgres: bool, where: Any,
) -> None:  # fmt: skip
    query = (
        select(*_ROW_COLUMNS).join(Reminder, Reminder.id == Delivery.reminder_id)
        .join(User, User.id == Delivery.user_id)
        .where(where, or_(Delivery.status == "sending",
                          and_(Reminder.paused.is_(False), User.blocked_at.is_(None))))
        .order_by(Delivery.slot, Delivery.id).limit(limit)
    )  # fmt: skip
    if postgres:
        query = query.with_for_update(of=Delivery, skip_locked=True)
    changes: list[dict[str, Any]] = []
    for row in (await session.execute(query)).all():
        try:
            quiet = quiet_window(row.quiet_start, row.quiet_end)
            decided = policy.timing(row.kind, row.slot, now, zone=row.timezone, quiet=quiet)
            due = policy.meant_at(row.kind, row.slot, user_id=row.user_id, zone=row.timezone,
                                  quiet=quiet)  # fmt: skip
        except (ZoneInfoNotFoundError, ValueError) as error:
            log.warning("delivery %s skipped: %s: %s", row.id, type(error).__name__, error)
            decided, due = policy.MISSED, row.slot
        if row.status == "scheduled":  # a snooze whose time has come
            status, until = (decided.action if decided.action != "send" else "claimed"), None
            if decided.action == "defer":
                continue  # stays scheduled until quiet hours end
        else:
            status, until = policy.on_expired(row.kind, row.status, row.attempts, decided)
        take = status == "claimed" and until is None
        changes.append({
            "b_id": row.id, "b_status": status, "b_token": claimed.token if take else None,
            "b_until": now + lease if take else until,
        })  # fmt: skip
        if take:
            snoozed = row.source == "snooze"
            claimed.outgoing.append(Outgoing(
                row.id, row.reminder_id, row.user_id, row.kind, row.note, row.slot, snoozed,
                zone=row.timezone, due=row.slot if snoozed else due,
            ))  # fmt: skip
        elif status != "claimed":
            _bump(claimed.counts, status)
    if changes:
        await session.execute(
            update(_D).where(Delivery.id == bindparam("b_id")).values(
                status=bindparam("b_status"), claim_token=bindparam("b_token"),
                claimed_until=bindparam("b_until"),
            ),
            changes,
        )  # fmt: skip
