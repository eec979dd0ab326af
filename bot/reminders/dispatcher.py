"""The dispatcher loop: claim a batch, then send one message at a time through the ledger.

The ledger (`bot/reminders/ledger.py`) claims and fences rows; the policy
(`bot/reminders/policy.py`) decides what a slot, a send result or an expired lease becomes.
This loop only sequences them: each row moves `claimed` -> `sending` in a committed
compare-and-set just before its request goes out, so a kill leaves at most one row whose fate
is unknown; rows claimed but not started go back to the queue when their lease runs out.
Results are written together with the next row's start (one commit per message), and always
before a wait. See docs/reminders.md for the state machine.

Stopping (SIGTERM): `stop()` makes the loop finish the message in flight, record it, and hand
every row it still holds back to the queue (lease ended now), without claiming more; sleeps
(backoff, the flood gate) end at once. Whoever runs next (this instance restarted, or another)
takes the released rows at once, so nothing is lost and nothing is sent twice.

The database may go away mid-round (connections killed, a restart, SQLite locked past its busy
wait): the round raises, results not yet committed stay queued, and the rows this round had
claimed but not finished are the first work of the next round (same token, so no one else's).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager, suppress
from dataclasses import dataclass, fields
from datetime import datetime, timedelta
from typing import Any, Protocol

from sqlalchemy import Table, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.models import Delivery
from bot.db.outage import is_unavailable
from bot.reminders import ledger
from bot.reminders.errors import (
    AmbiguousSendError,
    PermanentSendError,
    RecipientBlocked,
    RetryLater,
    TransientSendError,
)
from bot.reminders.ledger import Claimed, Outgoing
from bot.reminders.policy import Result, after_send

log = logging.getLogger(__name__)
Sleep = Callable[[float], Awaitable[None]]
OnSent = Callable[[Outgoing, datetime], None]
__all__ = ["DispatchStats", "Dispatcher", "Outgoing", "Sender"]
_D: Table = Delivery.__table__  # type: ignore[assignment]


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
    invalid: int = 0
    released: int = 0  # claimed rows handed back to the queue by a stop

    def add(self, other: DispatchStats) -> None:
        """Accumulate another round's figures."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def count(self, claimed: Claimed) -> None:
        """Add what a claim decided without sending."""
        self.claimed += len(claimed.outgoing)
        for key, n in claimed.counts.items():
            setattr(self, key, getattr(self, key) + n)


_RESULTS: tuple[tuple[type[Exception], Result], ...] = (
    (RetryLater, Result.RETRY_AFTER),
    (TransientSendError, Result.TRANSIENT),
    (AmbiguousSendError, Result.AMBIGUOUS),
    (RecipientBlocked, Result.BLOCKED),
    (PermanentSendError, Result.PERMANENT),
)


class Dispatcher:
    """Claims due reminders and sends them through `sender`; see the module docstring."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        sender: Sender,
        *,
        batch_size: int = 200,
        chunk_size: int = 1,  # kept for callers; sends are one at a time (see docstring)
        sleep: Sleep = asyncio.sleep,
        transient_attempts: int = 3,
        retry_later_attempts: int = 5,
        backoff_s: float = 1.0,
        claim_lease: timedelta = timedelta(minutes=2),
        stopped: Callable[[], bool] | None = None,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.sender = sender
        self.batch_size = batch_size
        self.sleep = sleep
        self.transient_attempts = transient_attempts
        self.retry_later_attempts = retry_later_attempts
        self.backoff_s = backoff_s
        self.claim_lease = claim_lease
        self._pending: list[dict[str, Any]] = []  # results not yet committed
        self._blocked: set[int] = set()
        self._leftover: list[tuple[str, list[Outgoing]]] = []  # an outage interrupted these
        self._stopping = asyncio.Event()
        self._stopped = stopped  # the host's own "shutting down" signal, if it has one
        self._active: set[str] = set()  # tokens of the batches being sent now
        self.on_sent: OnSent | None = None  # metrics: told of each message sent and when

    def stop(self) -> None:
        """Stop: finish the message in flight, release the rest, claim nothing more."""
        self._stopping.set()

    @property
    def stopping(self) -> bool:
        """True once `stop` was called or the host said it is stopping."""
        if not self._stopping.is_set() and self._stopped is not None and self._stopped():
            self._stopping.set()
        return self._stopping.is_set()

    async def wait_stopping(self) -> None:
        """Return once the dispatcher is stopping."""
        while not self.stopping:
            with suppress(TimeoutError):
                await asyncio.wait_for(self._stopping.wait(), timeout=0.2)

    async def _pause(self, seconds: float) -> None:
        """`sleep`, cut short by a stop."""
        if self.stopping:
            return
        sleeper = asyncio.ensure_future(self.sleep(seconds))
        stopper = asyncio.ensure_future(self.wait_stopping())
        try:
            await asyncio.wait({sleeper, stopper}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            for task in (sleeper, stopper):
                task.cancel()

    async def run_once(self) -> DispatchStats:
        """Claim due reminders and rows whose lease ran out, send them, record outcomes."""
        stats = DispatchStats()
        if self.stopping:
            return stats
        while self._leftover:  # an outage cut the last round short: finish it first
            token, rows = self._leftover.pop(0)
            await self._send_all(token, rows, stats)
        claim = await self._claim(self.clock.now())
        stats.count(claim)
        stale = await self._reclaim(claim.token, everything=False)
        stats.count(stale)
        await self._send_all(claim.token, [*claim.outgoing, *stale.outgoing], stats)
        return stats

    async def run_until_idle(self, *, max_rounds: int = 10_000) -> DispatchStats:
        """Run rounds until one claims nothing (tests, benchmarks, catching up)."""
        total = DispatchStats()
        for _ in range(max_rounds):
            stats = await self.run_once()
            total.add(stats)
            if stats.claimed == 0 and stats.missed == 0 and stats.skipped == 0:
                break
        return total

    async def recover(self, *, everything: bool = False) -> DispatchStats:
        """At start-up: rows a dead process left. `claimed` ones go back to the queue (sent once
        within grace, else missed), `sending` ones become `unconfirmed`. With `everything` (one
        instance, SQLite) at once, else once their lease has run out."""
        stats = DispatchStats()
        token = secrets.token_hex(8)
        while True:
            stale = await self._reclaim(token, everything=everything)
            stats.count(stale)
            await self._send_all(token, stale.outgoing, stats)
            if len(stale.outgoing) < self.batch_size or self.stopping:
                return stats

    async def _claim(self, now: datetime) -> Claimed:
        async with self.sessions() as session, session.begin():
            return await ledger.claim_due(
                session, now=now, token=secrets.token_hex(8), lease=self.claim_lease,
                limit=self.batch_size,
            )  # fmt: skip

    async def _reclaim(self, token: str, *, everything: bool) -> Claimed:
        async with self.sessions() as session, session.begin():
            return await ledger.reclaim(
                session, now=self.clock.now(), token=token, lease=self.claim_lease,
                limit=self.batch_size, everything=everything,
            )  # fmt: skip

    # -- sending ----------------------------------------------------------------------------

    async def _send_all(
        self, token: str, outgoing: Sequence[Outgoing], stats: DispatchStats
    ) -> None:
        if not outgoing:
            return
        engine = self.sessions.kw["bind"]
        done = 0
        self._active.add(token)
        try:
            async with engine.connect() as conn:
                writer = await ledger.Writer.connect(conn)
                for o in outgoing:
                    if self.stopping:
                        break
                    await self._deliver(writer, token, o, stats)
                    done += 1
                await self._flush(writer)
                if self.stopping:
                    stats.released += await self._release(conn, token)
        except Exception as error:
            if is_unavailable(error) and done < len(outgoing):
                self._leftover.insert(0, (token, list(outgoing[done:])))
            raise
        finally:
            self._active.discard(token)

    async def release_held(self) -> int:
        """Stopping while a request hangs: release the rows the stuck batch has not started
        (the one in flight stays `sending`; recovery settles it)."""
        self.stop()
        released = 0
        async with self.sessions.kw["bind"].connect() as conn:
            for token in list(self._active):
                released += await self._release(conn, token)
        return released

    async def _release(self, conn: AsyncConnection, token: str) -> int:
        """Hand the rows still `claimed` under `token` back to the queue: their lease ends now,
        so the next round anywhere (or recovery after a restart) takes them at once."""
        async with conn.begin():
            moved = await conn.execute(
                update(_D)
                .where(_D.c.claim_token == token, _D.c.status == "claimed")
                .values(claimed_until=self.clock.now(), claim_token=None)
            )
        released = int(getattr(moved, "rowcount", 0) or 0)
        if released:
            log.info("stopping: %d claimed reminder(s) released to the queue", released)
        return released

    @asynccontextmanager
    async def _writing(self, writer: ledger.Writer) -> AsyncIterator[None]:
        """A transaction that first writes the queued results; they leave the queue only once
        it committed (a connection lost on the way keeps them for the next attempt)."""
        n, blocked = len(self._pending), set(self._blocked)
        try:
            await writer.record(self._pending[:n])
            if blocked:
                await writer.mark_blocked(blocked, self.clock.now())
            yield
            await writer.commit()
        except BaseException:
            with suppress(Exception):  # a lost connection: the error that matters is the first
                await writer.rollback()
            raise
        del self._pending[:n]
        self._blocked -= blocked

    async def _flush(self, writer: ledger.Writer) -> None:
        if self._pending or self._blocked:
            async with self._writing(writer):
                pass

    async def _start(self, writer: ledger.Writer, token: str, o: Outgoing) -> int | None:
        """claimed -> sending, waiting while the shared flood gate is closed; None: not ours."""
        waited: datetime | None = None
        while True:
            now = max(self.clock.now(), waited or self.clock.now())  # we slept until `waited`
            async with self._writing(writer):
                attempts = await writer.start(
                    delivery_id=o.delivery_id, token=token, now=now, lease=self.claim_lease
                )
                if attempts is not None:
                    return attempts
                gate = await writer.flood_until()
                if gate is None or gate <= now:
                    blocked = await writer.refuse_blocked(delivery_id=o.delivery_id, token=token)
                    return -1 if blocked else None
            log.info("flood control: waiting %.1f s", (gate - self.clock.now()).total_seconds())
            await self._pause(max(0.0, (gate - self.clock.now()).total_seconds()))
            if self.stopping:
                return None  # still claimed: released by the caller
            waited = gate

    async def _deliver(
        self, writer: ledger.Writer, token: str, o: Outgoing, stats: DispatchStats
    ) -> None:
        failures = waits = 0
        while True:
            attempts = await self._start(writer, token, o)
            if attempts is None:
                if not self.stopping:
                    log.info("delivery %s skipped: taken over, deleted or finished", o.delivery_id)
                return
            if attempts < 0:
                stats.blocked += 1
                return
            message_id, retry_after = None, 0.0
            try:
                message_id = await self.sender.send(o)
                result = Result.SENT
            except Exception as error:
                result = next((r for t, r in _RESULTS if isinstance(error, t)), Result.PERMANENT)
                if result is Result.PERMANENT and not isinstance(error, PermanentSendError):
                    log.error("sender failed on delivery %s", o.delivery_id, exc_info=error)
                if isinstance(error, RetryLater):
                    retry_after = error.retry_after_s
            waits += result is Result.RETRY_AFTER
            failures += result in (Result.TRANSIENT, Result.AMBIGUOUS)
            step = after_send(
                o.kind, result, attempts=attempts, failures=failures, waits=waits,
                max_failures=self.transient_attempts, max_waits=self.retry_later_attempts,
                backoff_s=self.backoff_s,
            )  # fmt: skip
            sent_at = self.clock.now() if result is Result.SENT else None
            if sent_at is not None and self.on_sent is not None:
                self.on_sent(o, sent_at)
            self._pending.append({"id": o.delivery_id, "token": token, "status": step.status,
                                  "message_id": message_id, "sent_at": sent_at})  # fmt: skip
            if result is Result.BLOCKED:
                self._blocked.add(o.user_id)
            if not step.retry:
                setattr(stats, step.status, getattr(stats, step.status) + 1)
                return
            if result is Result.RETRY_AFTER:
                async with self._writing(writer):
                    until = self.clock.now() + timedelta(seconds=retry_after)
                    await writer.close_gate(until)
            else:
                await self._flush(writer)
                await self._pause(step.backoff_s)
            if self.stopping:  # the retry is the next owner's: the row is `claimed` again
                return
