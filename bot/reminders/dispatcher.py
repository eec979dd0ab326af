"""The dispatcher loop: claim a batch, then send it through the ledger, several at a time.

The ledger (`ledger.py`, `sends.py`) claims and fences rows; the policy (`policy.py`) decides
what a slot, a send result or an expired lease becomes. This loop only sequences them: rows
start in due order, each at its slot of the rate shared by every instance (`pacing.py`), each
moving `claimed` -> `sending` in a committed compare-and-set just before its request goes out;
the requests run as tasks, at most `max_in_flight` at once, so a kill leaves at most that many
rows whose fate is unknown; rows claimed but not started go back to the queue when their lease
runs out. The tasks share one connection, one transaction at a time (`_tx`, an asyncio lock
never held across a send). Results wait in the outbox (`outbox.py`) and are written with the
next start (one commit per message), and always before a wait. The state machine and the
design: docs/reminders.md.

A stop (`stopping.py`) finishes the messages in flight, records them and releases the rest of
the batch. The database may go away mid-round (connections killed, a restart, SQLite locked past
its busy wait): the round raises, results not yet committed stay queued, and the rows this
round had claimed but not finished are the first work of the next round (same token).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.outage import is_unavailable
from bot.reminders import ledger
from bot.reminders.errors import PermanentSendError, RetryLater
from bot.reminders.ledger import Claimed, Outgoing, Writer
from bot.reminders.outbox import Outbox
from bot.reminders.pacing import Pacer
from bot.reminders.policy import Result, after_send, result_of
from bot.reminders.stats import DispatchStats
from bot.reminders.stopping import Sleep, Stopper

log = logging.getLogger(__name__)
OnSent = Callable[[Outgoing, datetime], None]
__all__ = ["DispatchStats", "Dispatcher", "Outgoing", "Sender"]


class Sender(Protocol):
    """Sends one reminder message and returns its message id; raises bot.reminders.errors."""

    async def send(self, delivery: Outgoing) -> int: ...


class Dispatcher:
    """Claims due reminders and sends them through `sender`; see the module docstring."""

    def __init__(
        self,
        sessions: async_sessionmaker[AsyncSession],
        clock: Clock,
        sender: Sender,
        *,
        batch_size: int = 200,
        sleep: Sleep = asyncio.sleep,
        transient_attempts: int = 3,
        retry_later_attempts: int = 5,
        backoff_s: float = 1.0,
        claim_lease: timedelta = timedelta(minutes=2),
        stopped: Callable[[], bool] | None = None,
        max_in_flight: int = 16,
        rate: float | None = None,
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
        self.max_in_flight = max_in_flight
        self.pacer = Pacer(rate) if rate is not None else None  # None: unpaced (tests, benches)
        self._db = asyncio.Lock()  # the send loop's connection: one transaction at a time
        self._outbox = Outbox()  # results not yet committed
        self._leftover: list[tuple[str, list[Outgoing]]] = []  # an outage interrupted these
        self._stopper = Stopper(stopped)
        self._active: set[str] = set()  # tokens of the batches being sent now
        self.on_sent: OnSent | None = None  # metrics: told of each message sent and when

    def stop(self) -> None:
        """Stop: finish the messages in flight, release the rest, claim nothing more."""
        self._stopper.stop()

    @property
    def stopping(self) -> bool:
        """True once `stop` was called or the host said it is stopping."""
        return self._stopper.stopping

    async def wait_stopping(self) -> None:
        """Return once the dispatcher is stopping."""
        await self._stopper.wait()

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

    @asynccontextmanager
    async def _tx(self, writer: Writer, now: datetime) -> AsyncIterator[None]:
        """One transaction on the send loop's connection (queued results first); sends in
        flight take turns: the lock is held for the statements and the commit, never a send."""
        async with self._db, self._outbox.writing(writer, now):
            yield

    async def _send_all(
        self, token: str, outgoing: Sequence[Outgoing], stats: DispatchStats
    ) -> None:
        if not outgoing:
            return
        finished: set[int] = set()
        self._active.add(token)
        try:
            async with self.sessions.kw["bind"].connect() as conn:
                writer = await Writer.connect(conn)
                await self._window(writer, token, outgoing, stats, finished)
                async with self._db:
                    await self._outbox.flush(writer, self.clock.now())
                if self.stopping:
                    stats.released += await ledger.release(conn, token, self.clock.now())
        except Exception as error:
            rest = [o for o in outgoing if o.delivery_id not in finished]
            if is_unavailable(error) and rest:
                self._leftover.insert(0, (token, rest))
            raise
        finally:
            self._active.discard(token)

    async def _window(
        self, writer: Writer, token: str, outgoing: Sequence[Outgoing], stats: DispatchStats,
        finished: set[int],
    ) -> None:  # fmt: skip
        """Start the rows one by one in due order (each start a committed compare-and-set at
        its paced slot), each send then running as a task, at most `max_in_flight` at once."""
        room = asyncio.Semaphore(self.max_in_flight)
        flying: dict[asyncio.Task[None], Outgoing] = {}
        failed: list[BaseException] = []

        def landed(task: asyncio.Task[None]) -> None:
            o = flying.pop(task)
            room.release()
            if task.cancelled():
                return
            error = task.exception()
            if error is None:
                finished.add(o.delivery_id)
                return
            failed.append(error)
            if not isinstance(error, Exception):  # the process is dying: so do the others
                for other in flying:
                    other.cancel()

        try:
            for o in outgoing:
                await room.acquire()
                if self.stopping or failed:
                    break
                attempts = await self._start(writer, token, o)
                if attempts is None or attempts < 0:
                    room.release()
                    self._not_started(o, attempts, stats)
                    finished.add(o.delivery_id)
                    continue
                task = asyncio.create_task(self._deliver(writer, token, o, attempts, stats))
                flying[task] = o
                task.add_done_callback(landed)
        except BaseException as error:
            await _land(flying, kill=not isinstance(error, Exception))
            raise
        await _land(flying, kill=False, failed=failed)
        if failed:
            raise failed[0]

    def _not_started(self, o: Outgoing, attempts: int | None, stats: DispatchStats) -> None:
        if attempts is not None:
            stats.blocked += 1
        elif not self.stopping:
            log.info("delivery %s skipped: taken over, deleted or finished", o.delivery_id)

    async def release_held(self) -> int:
        """Stopping while a request hangs: release the rows the stuck batch has not started
        (those in flight stay `sending`; recovery settles them)."""
        self.stop()
        released = 0
        async with self.sessions.kw["bind"].connect() as conn:
            for token in list(self._active):
                released += await ledger.release(conn, token, self.clock.now())
        return released

    async def _slot(self, writer: Writer) -> datetime | None:
        """This send's paced slot (taking a block from the shared row when none is held)."""
        if self.pacer is None:
            return None
        now = self.clock.now()
        slot = self.pacer.next_held(now)
        if slot is None:
            async with self._tx(writer, now):
                first = await writer.take_slots(
                    now=now, count=self.pacer.block, interval_us=self.pacer.interval_us
                )
            slot = self.pacer.hold(first)
        return slot

    async def _start(self, writer: Writer, token: str, o: Outgoing) -> int | None:
        """claimed -> sending at the next paced slot, waiting while the shared flood gate is
        closed; None: not ours, -1: the user blocked the bot."""
        waited: datetime | None = None
        retaken = False
        while True:
            slot = await self._slot(writer)
            if slot is not None and slot > self.clock.now():
                await self._stopper.pause(self.sleep, (slot - self.clock.now()).total_seconds())
                if self.stopping:
                    return None  # still claimed: released by the caller
                waited = max(slot, waited) if waited is not None else slot
            now = self.clock.now()
            now = max(now, waited) if waited is not None else now  # we slept until `waited`
            if (
                slot is not None and self.pacer is not None and self.pacer.missed(slot, now)
                and not retaken
            ):  # fmt: skip
                retaken = True  # its slot passed meanwhile: sending now would crowd the next
                continue  # ones, so take another, once (a slow database must not stop sends)
            async with self._tx(writer, now):
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
            await self._stopper.pause(
                self.sleep, max(0.0, (gate - self.clock.now()).total_seconds())
            )
            if self.stopping:
                return None  # still claimed: released by the caller
            waited = gate

    async def _deliver(
        self, writer: Writer, token: str, o: Outgoing, attempts: int, stats: DispatchStats
    ) -> None:
        """Send a started row, queue its result, retry a refused attempt (a new start)."""
        failures = waits = 0
        while True:
            message_id, retry_after = None, 0.0
            try:
                message_id = await self.sender.send(o)
                result = Result.SENT
            except Exception as error:
                result = result_of(error)
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
            self._outbox.add(
                {"id": o.delivery_id, "token": token, "status": step.status,
                 "message_id": message_id, "sent_at": sent_at},
                blocked_user=o.user_id if result is Result.BLOCKED else None,
            )  # fmt: skip
            if not step.retry:
                stats.bump(step.status)
                return
            if result is Result.RETRY_AFTER:
                until = self.clock.now() + timedelta(seconds=retry_after)
                async with self._tx(writer, self.clock.now()):
                    await writer.close_gate(until)
            else:
                async with self._db:
                    await self._outbox.flush(writer, self.clock.now())
                await self._stopper.pause(self.sleep, step.backoff_s)
            if self.stopping:  # the retry is the next owner's: the row is `claimed` again
                return
            started = await self._start(writer, token, o)
            if started is None or started < 0:
                self._not_started(o, started, stats)
                return
            attempts = started


async def _land(
    flying: dict[asyncio.Task[None], Outgoing], *, kill: bool,
    failed: list[BaseException] | None = None,
) -> None:  # fmt: skip
    """Wait for the sends in flight. A send that dies (`kill`, or a BaseException that is not an
    Exception: the process dying, in tests) takes the others with it, as a killed process
    would: they stay `sending`, for recovery; after an ordinary error the others finish."""
    while flying:
        if kill or any(not isinstance(e, Exception) for e in failed or ()):
            for task in list(flying):
                task.cancel()
        await asyncio.wait(list(flying), return_when=asyncio.FIRST_COMPLETED)
