"""The dispatcher: claims due reminders from the database, writes the ledger, then sends.

The database is the source of truth. One short transaction claims a batch (FOR UPDATE SKIP
LOCKED on PostgreSQL, so several instances share the work; SQLite has one writer), inserts one
delivery row per (reminder, slot) -- on conflict nothing, so a slot is claimed once -- and
advances each reminder to its following slot. Sending happens after the commit, outside any
transaction, in small chunks: a chunk's rows move `claimed` -> `sending` by compare-and-set
just before the attempt (the gate that makes delivery at most once), and their outcome is
recorded right after. A row still `claimed` after a crash was never attempted: it is sent once
if still within its kind's grace, else marked `missed`. A row still `sending` may have reached
Telegram, so it becomes `unconfirmed` and is never sent again.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass, field, fields
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Select, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.models import Delivery, Reminder, User
from bot.reminders.errors import (
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TransientSendError,
)
from bot.reminders.repository import done_since, spec_from_columns
from bot.reminders.schedule import (
    HYDRATION,
    ReminderSpec,
    grace,
    in_quiet,
    next_fire,
    quiet_end_after,
    resolve_wall,
    send_time,
    to_local_wall,
)

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
_EPSILON = timedelta(microseconds=1)


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


class Sender(Protocol):
    """Sends one reminder message and returns its message id; raises bot.reminders.errors."""

    async def send(self, delivery: Outgoing) -> int: ...


@dataclass(slots=True)
class DispatchStats:
    """What one dispatch round did."""

    claimed: int = 0
    sent: int = 0
    failed: int = 0
    missed: int = 0
    skipped: int = 0
    blocked: int = 0
    unconfirmed: int = 0
    deferred: int = 0

    def add(self, other: DispatchStats) -> None:
        """Accumulate another round's figures."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))


@dataclass(slots=True)
class _Outcome:
    status: str
    message_id: int | None = None
    attempts: int = 0


@dataclass(slots=True)
class _Claim:
    outgoing: list[Outgoing] = field(default_factory=list)
    stats: DispatchStats = field(default_factory=DispatchStats)


_REMINDER_COLUMNS = (
    Reminder.id, Reminder.user_id, Reminder.kind, Reminder.interval_minutes,
    Reminder.window_start, Reminder.window_end, Reminder.at_time, Reminder.every_months,
    Reminder.once_at, Reminder.anchor, Reminder.note, Reminder.timezone, Reminder.next_slot,
    Reminder.next_fire_at, User.quiet_start, User.quiet_end,
)  # fmt: skip


def _deliveries_with_owner(*extra: Any) -> Select[Any]:
    """Delivery rows with what sending needs from their reminder and user."""
    return (
        select(
            Delivery.id,
            Delivery.reminder_id,
            Delivery.user_id,
            Delivery.slot,
            *extra,
            Reminder.kind,
            Reminder.note,
            Reminder.timezone,
            User.quiet_start,
            User.quiet_end,
        )
        .join(Reminder, Reminder.id == Delivery.reminder_id)
        .join(User, User.id == Delivery.user_id)
    )


class Dispatcher:
    """Claims due reminders and sends them through `sender`; see the module docstring."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        sender: Sender,
        *,
        batch_size: int = 500,
        chunk_size: int = 20,
        sleep: Sleep = asyncio.sleep,
        transient_attempts: int = 3,
        retry_later_attempts: int = 5,
        backoff_s: float = 1.0,
        claim_lease: timedelta = timedelta(minutes=2),
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.sender = sender
        self.batch_size = batch_size
        self.chunk_size = chunk_size
        self.sleep = sleep
        self.transient_attempts = transient_attempts
        self.retry_later_attempts = retry_later_attempts
        self.backoff_s = backoff_s
        self.claim_lease = claim_lease
        self._specs: dict[tuple[Any, ...], ReminderSpec] = {}

    async def run_once(self) -> DispatchStats:
        """Claim one batch of due reminders (and stale claims), send them, record outcomes."""
        now = self.clock.now()
        claim = await self._claim(now)
        stale = await self._reclaim(now, lease=self.claim_lease)
        claim.stats.add(stale.stats)
        claim.outgoing.extend(stale.outgoing)
        await self._send_all(claim.outgoing, claim.stats)
        return claim.stats

    async def run_until_idle(self, *, max_rounds: int = 10_000) -> DispatchStats:
        """Run rounds until one claims nothing (tests, benchmarks, catching up)."""
        total = DispatchStats()
        for _ in range(max_rounds):
            stats = await self.run_once()
            total.add(stats)
            if stats.claimed == 0 and stats.missed == 0 and stats.skipped == 0:
                break
        return total

    async def recover(self, *, lease: timedelta = timedelta(0)) -> DispatchStats:
        """At start-up: finish what a crash left; `claimed` rows once within grace, else missed."""
        now = self.clock.now()
        claim = await self._reclaim(now, lease=lease)
        await self._send_all(claim.outgoing, claim.stats)
        return claim.stats

    # -- claiming -------------------------------------------------------------------------

    async def _claim(self, now: datetime) -> _Claim:
        claim = _Claim()
        async with self.sessions() as session, session.begin():
            postgres = await _begin_write(session)
            query = (
                select(*_REMINDER_COLUMNS)
                .join(User, User.id == Reminder.user_id)
                .where(
                    Reminder.paused.is_(False),
                    Reminder.next_fire_at <= now,
                    User.blocked_at.is_(None),
                )
                .order_by(Reminder.next_fire_at)
                .limit(self.batch_size)
            )
            if postgres:
                query = query.with_for_update(of=Reminder, skip_locked=True)
            rows = (await session.execute(query)).all()
            ledger: list[dict[str, Any]] = []
            moves: list[dict[str, Any]] = []
            meta: dict[tuple[int, datetime], tuple[int, str, str | None]] = {}
            hydration = [r.id for r in rows if r.kind == HYDRATION]
            done = await done_since(
                session, reminder_ids=hydration, since=now - timedelta(hours=13)
            )
            for row in rows:
                self._advance(row, now, done.get(row.id), ledger, moves, meta, claim.stats)
            if moves:
                await session.execute(update(Reminder), moves)
            if ledger:
                claim.outgoing = await self._insert_ledger(session, postgres, ledger, meta)
            claim.outgoing.extend(await self._claim_snoozes(session, postgres, now, claim.stats))
        claim.stats.claimed += len(claim.outgoing)
        return claim

    def _spec(self, row: Any) -> ReminderSpec:
        key = tuple(row[2:11])
        spec = self._specs.get(key)
        if spec is None:
            if len(self._specs) > 10_000:
                self._specs.clear()
            spec = self._specs[key] = spec_from_columns(*key)
        return spec

    def _advance(
        self,
        row: Any,
        now: datetime,
        done_at: datetime | None,
        ledger: list[dict[str, Any]],
        moves: list[dict[str, Any]],
        meta: dict[tuple[int, datetime], tuple[int, str, str | None]],
        stats: DispatchStats,
    ) -> None:
        """Decide what happens to the reminder's due slot and find its following one."""
        spec, zone = self._spec(row), row.timezone
        quiet = (row.quiet_start, row.quiet_end) if row.quiet_start and row.quiet_end else None
        late_limit = grace(row.kind)
        slot: datetime | None = row.next_slot or row.next_fire_at
        fire_at: datetime | None = row.next_fire_at

        def entry(when: datetime, status: str) -> None:
            ledger.append({
                "reminder_id": row.id, "user_id": row.user_id, "slot": when, "status": status,
                "attempts": 0, "source": "series", "created_at": now,
            })  # fmt: skip
            meta[(row.id, when)] = (row.user_id, row.kind, row.note)

        while slot is not None and fire_at is not None and fire_at <= now:
            following = next_fire(spec, zone=zone, after=slot, quiet=quiet)
            if now - slot > late_limit or (following is not None and following <= now):
                entry(slot, "missed")
                stats.missed += 1
                earliest = now - late_limit - _EPSILON  # a slot exactly `grace` late still counts
                slot = next_fire(spec, zone=zone, after=max(slot, earliest), quiet=quiet)
            else:
                local_now = to_local_wall(now, zone)
                if quiet is not None and in_quiet(local_now.time(), quiet):
                    fire_at = resolve_wall(quiet_end_after(local_now, quiet), zone)
                    stats.deferred += 1
                    moves.append({"id": row.id, "next_slot": slot, "next_fire_at": fire_at})
                    return
                interval = timedelta(minutes=spec.interval_minutes or 0)
                if spec.kind == HYDRATION and done_at is not None and done_at >= slot - interval:
                    entry(slot, "skipped")
                    stats.skipped += 1
                else:
                    entry(slot, "claimed")
                slot = following
            fire_at = (
                send_time(row.kind, slot, user_id=row.user_id, zone=zone, quiet=quiet)
                if slot is not None
                else None
            )
        moves.append({"id": row.id, "next_slot": slot, "next_fire_at": fire_at})

    async def _insert_ledger(
        self,
        session: AsyncSession,
        postgres: bool,
        ledger: list[dict[str, Any]],
        meta: dict[tuple[int, datetime], tuple[int, str, str | None]],
    ) -> list[Outgoing]:
        dialect_insert = postgresql.insert if postgres else sqlite.insert
        statement = (
            dialect_insert(Delivery)
            .on_conflict_do_nothing(index_elements=["reminder_id", "slot"])
            .returning(Delivery.id, Delivery.reminder_id, Delivery.slot, Delivery.status)
        )
        outgoing = []
        result = await session.execute(statement, ledger)
        for delivery_id, reminder_id, slot, status in result.all():
            if status != "claimed":
                continue
            user_id, kind, note = meta[(reminder_id, slot)]
            outgoing.append(Outgoing(delivery_id, reminder_id, user_id, kind, note, slot))
        return outgoing

    async def _claim_snoozes(
        self, session: AsyncSession, postgres: bool, now: datetime, stats: DispatchStats
    ) -> list[Outgoing]:
        query = (
            _deliveries_with_owner()
            .where(
                Delivery.status == "scheduled",
                Delivery.slot <= now,
                Reminder.paused.is_(False),
                User.blocked_at.is_(None),
            )
            .order_by(Delivery.slot)
            .limit(self.batch_size)
        )
        if postgres:
            query = query.with_for_update(of=Delivery, skip_locked=True)
        outgoing, missed = [], []
        for row in (await session.execute(query)).all():
            quiet = (row.quiet_start, row.quiet_end) if row.quiet_start and row.quiet_end else None
            if now - row.slot > grace(row.kind):
                missed.append(row.id)
            elif not in_quiet(to_local_wall(now, row.timezone).time(), quiet):
                outgoing.append(
                    Outgoing(row.id, row.reminder_id, row.user_id, row.kind, row.note, row.slot,
                             snoozed=True)
                )  # fmt: skip
        if missed:
            stats.missed += len(missed)
            await session.execute(
                update(Delivery).where(Delivery.id.in_(missed)).values(status="missed")
            )
        if outgoing:
            await session.execute(
                update(Delivery)
                .where(Delivery.id.in_([o.delivery_id for o in outgoing]))
                .values(status="claimed", created_at=now)
            )
        return outgoing

    async def _reclaim(self, now: datetime, *, lease: timedelta) -> _Claim:
        """Rows a crashed or stalled dispatcher left: claimed ones within grace are re-armed."""
        claim = _Claim()
        cutoff = now - lease
        async with self.sessions() as session, session.begin():
            postgres = await _begin_write(session)
            unconfirmed = await session.execute(
                update(Delivery)
                .where(Delivery.status == "sending", Delivery.created_at <= cutoff)
                .values(status="unconfirmed")
            )
            claim.stats.unconfirmed += _rowcount(unconfirmed)
            query = (
                _deliveries_with_owner(Delivery.source)
                .where(
                    Delivery.status == "claimed",
                    Delivery.created_at <= cutoff,
                    User.blocked_at.is_(None),
                )
                .limit(self.batch_size)
            )
            if postgres:
                query = query.with_for_update(of=Delivery, skip_locked=True)
            missed, refreshed = [], []
            for row in (await session.execute(query)).all():
                quiet = (row.quiet_start, row.quiet_end) if row.quiet_start else None
                if now - row.slot > grace(row.kind):
                    missed.append(row.id)
                elif not in_quiet(to_local_wall(now, row.timezone).time(), quiet):
                    refreshed.append(row.id)
                    claim.outgoing.append(
                        Outgoing(row.id, row.reminder_id, row.user_id, row.kind, row.note,
                                 row.slot, snoozed=row.source == "snooze")
                    )  # fmt: skip
            if missed:
                claim.stats.missed += len(missed)
                await session.execute(
                    update(Delivery).where(Delivery.id.in_(missed)).values(status="missed")
                )
            if refreshed:
                await session.execute(
                    update(Delivery).where(Delivery.id.in_(refreshed)).values(created_at=now)
                )
        claim.stats.claimed += len(claim.outgoing)
        return claim

    # -- sending ----------------------------------------------------------------------------

    async def _send_all(self, outgoing: Sequence[Outgoing], stats: DispatchStats) -> None:
        blocked: set[int] = set()
        for start in range(0, len(outgoing), self.chunk_size):
            chunk = [o for o in outgoing[start : start + self.chunk_size]]
            for o in chunk:
                if o.user_id in blocked:
                    await self._record({o.delivery_id: _Outcome("blocked")}, set(), stats)
            chunk = [o for o in chunk if o.user_id not in blocked]
            mine = await self._start(chunk)
            chunk = [o for o in chunk if o.delivery_id in mine]
            if not chunk:
                continue
            results = await asyncio.gather(
                *(self._deliver(o) for o in chunk), return_exceptions=True
            )
            outcomes: dict[int, _Outcome] = {}
            crash: BaseException | None = None
            newly_blocked: set[int] = set()
            for o, result in zip(chunk, results, strict=True):
                if isinstance(result, _Outcome):
                    outcomes[o.delivery_id] = result
                    if result.status == "blocked":
                        newly_blocked.add(o.user_id)
                elif isinstance(result, Exception):
                    log.error("sender failed on delivery %s", o.delivery_id, exc_info=result)
                    outcomes[o.delivery_id] = _Outcome("failed", attempts=1)
                else:  # a crash or a cancellation: the attempt's fate is unknown
                    crash = crash or result
            blocked |= newly_blocked
            await self._record(outcomes, newly_blocked, stats)
            if crash is not None:
                raise crash

    async def _start(self, chunk: Sequence[Outgoing]) -> set[int]:
        """Compare-and-set claimed -> sending; only the rows this call moved are ours to send."""
        if not chunk:
            return set()
        ids = [o.delivery_id for o in chunk]
        async with self.sessions() as session, session.begin():
            await _begin_write(session)
            result = await session.execute(
                update(Delivery)
                .where(Delivery.id.in_(ids), Delivery.status == "claimed")
                .values(status="sending")
                .returning(Delivery.id)
            )
            return set(result.scalars())

    async def _deliver(self, outgoing: Outgoing) -> _Outcome:
        attempts = transient = waits = 0
        while True:
            attempts += 1
            try:
                message_id = await self.sender.send(outgoing)
            except RetryLater as error:
                waits += 1
                if waits > self.retry_later_attempts:
                    return _Outcome("failed", attempts=attempts)
                await self.sleep(error.retry_after_s)
            except TransientSendError:
                transient += 1
                if transient >= self.transient_attempts:
                    return _Outcome("failed", attempts=attempts)
                await self.sleep(self.backoff_s * 2 ** (transient - 1))
            except RecipientBlocked:
                return _Outcome("blocked", attempts=attempts)
            except PermanentSendError:
                return _Outcome("failed", attempts=attempts)
            else:
                return _Outcome("sent", message_id=message_id, attempts=attempts)

    async def _record(
        self, outcomes: dict[int, _Outcome], blocked_users: set[int], stats: DispatchStats
    ) -> None:
        if not outcomes:
            return
        now = self.clock.now()
        rows = [
            {"id": delivery_id, "status": o.status, "message_id": o.message_id,
             "attempts": o.attempts, "sent_at": now if o.status == "sent" else None}
            for delivery_id, o in outcomes.items()
        ]  # fmt: skip
        for o in outcomes.values():
            setattr(stats, o.status, getattr(stats, o.status) + 1)
        async with self.sessions() as session, session.begin():
            await _begin_write(session)
            await session.execute(update(Delivery), rows)
            if blocked_users:
                await session.execute(
                    update(User)
                    .where(User.id.in_(blocked_users), User.blocked_at.is_(None))
                    .values(blocked_at=now)
                )


async def _begin_write(session: AsyncSession) -> bool:
    """Start the transaction as a writer; True on PostgreSQL.

    On SQLite a transaction that reads first and writes later can fail to upgrade its lock
    (SQLITE_BUSY, which the busy timeout does not cover); taking the write lock first waits
    for it instead.
    """
    if session.get_bind().dialect.name == "postgresql":
        return True
    await session.execute(text("UPDATE users SET id = id WHERE 0"))
    return False


def _rowcount(result: Any) -> int:
    count = getattr(result, "rowcount", 0)
    return int(count) if count and count > 0 else 0
