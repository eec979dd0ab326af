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

Telegram unreachable (5xx, garbage, a connection never made, a timeout): the row goes back to
`claimed` for a later attempt and the outage gate closes for every instance
(`outage_gate.py`); the round stops starting rows, hands the batch back to the queue and
ends. Rounds while the gate is closed do nothing; when it is due, one instance probes Telegram
(`Sender.probe`), and an answer reopens it: rows still within their kind's grace go out, oldest
first, saying they are late; the others are `missed` (the reclaim's `timing`). A 401 stops
the round (`TokenRejected`): the host stops the process.

A kind whose message is composed from the user's data may have nothing to say (a weekly
summary of an empty week): the sender then sends nothing and returns no message id, and the
row is recorded `skipped`, final like `sent` (never retried or resent).

A stop (`stopping.py`) finishes the messages in flight, records them and releases the rest of
the batch. The database may go away mid-round (connections killed, a restart, SQLite locked past
its busy wait): the round raises, results not yet committed stay queued, and the rows this
round had claimed but not finished are the first work of the next round (same token).
"""

from __future__ import annotations

import asyncio
import logging
import random
import secrets
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from contextlib import asynccontextmanager
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession, async_sessionmaker

from bot.clock import Clock
from bot.db.outage import is_unavailable
from bot.reminders import ledger, outage_gate
from bot.reminders.errors import PermanentSendError, RetryLater, TokenRejected
from bot.reminders.ledger import Claimed, Outgoing, Writer
from bot.reminders.outage_gate import Gate
from bot.reminders.outbox import Outbox
from bot.reminders.pacing import Pacer, instant
from bot.reminders.policy import Result, after_send, late_by, probe_delay, result_of
from bot.reminders.stats import DispatchStats
from bot.reminders.stopping import Sleep, Stopper

log = logging.getLogger(__name__)
OnSent = Callable[[Outgoing, datetime], None]
PAUSED = -2  # `_start`: the outage gate is closed
__all__ = ["DispatchStats", "Dispatcher", "Outgoing", "Sender"]


class Sender(Protocol):
    """Sends one reminder message and returns its message id, or None when there was nothing
    to send (a composed kind's composer found nothing: the row becomes `skipped`); raises
    bot.reminders.errors."""

    async def send(self, delivery: Outgoing) -> int | None: ...

    async def probe(self) -> None:
        """One cheap call that succeeds when Telegram answers; raises bot.reminders.errors."""


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
        retry_later_attempts: int = 5,
        claim_lease: timedelta = timedelta(minutes=2),
        stopped: Callable[[], bool] | None = None,
        max_in_flight: int = 16,
        rate: float | None = None,
        jitter: Callable[[], float] = random.random,
    ) -> None:
        self.sessions = sessions
        self.clock = clock
        self.sender = sender
        self.batch_size = batch_size
        self.sleep = sleep
        self.retry_later_attempts = retry_later_attempts
        self.jitter = jitter
        self.claim_lease = claim_lease
        self.max_in_flight = max_in_flight
        self.pacer = Pacer(rate) if rate is not None else None  # None: unpaced (tests, benches)
        self._db = asyncio.Lock()  # the send loop's connection: one transaction at a time
        self._outbox = Outbox()  # results not yet committed
        self._leftover: list[tuple[str, list[Outgoing]]] = []  # an outage interrupted these
        self._stopper = Stopper(stopped)
        self._active: set[str] = set()  # tokens of the batches being sent now
        self.on_sent: OnSent | None = None  # metrics: told of each message sent and when
        self._recovering: Gate | None = None  # a probe got an answer; no reminder sent since

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
        if self.stopping or not await self._may_send(stats):
            return stats
        await self._write_pending()
        while self._leftover:  # an outage cut the last round short: finish it first
            token, rows = self._leftover.pop(0)
            await self._send_all(token, rows, stats)
        claim = await self._claim(self.clock.now())
        stats.count(claim)
        stale = await self._reclaim(claim.token, everything=False)
        stats.count(stale)
        due = sorted([*claim.outgoing, *stale.outgoing], key=lambda o: (o.slot, o.delivery_id))
        await self._send_all(claim.token, due, stats)  # the oldest first
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
        if not await self._may_send(stats):  # Telegram down: the rounds after take them
            return stats
        while True:
            stale = await self._reclaim(token, everything=everything)
            stats.count(stale)
            await self._send_all(token, stale.outgoing, stats)
            if len(stale.outgoing) < self.batch_size or self.stopping or stats.paused:
                return stats

    # -- other broadcasts ---------------------------------------------------------------------

    async def send_other(self, send: Callable[[], Awaitable[object]]) -> Result:
        """One message that is not a reminder (the /admin notice) through the same engine: at a
        slot of the shared rate, never while the flood or outage gate is closed. A 429 closes
        the flood gate and a transient failure the outage gate for every instance, and the
        message goes when they open. SENT, BLOCKED, PERMANENT, AMBIGUOUS (may have arrived:
        never resent) or, once stopping, TRANSIENT; a 401 raises TokenRejected."""
        while not self.stopping:
            if not await self._other_turn():
                break
            try:
                await send()
                return Result.SENT
            except Exception as error:
                result = result_of(error)
                if result is Result.REJECTED:
                    raise
                if isinstance(error, RetryLater):  # result_of's RETRY_AFTER
                    until = self.clock.now() + timedelta(seconds=error.retry_after_s)
                    async with self.sessions.kw["bind"].connect() as conn, conn.begin():
                        await ledger.close_gate(conn, until)
                elif result is Result.TRANSIENT:
                    now = self.clock.now()
                    async with self.sessions.kw["bind"].connect() as conn, conn.begin():
                        closed = await outage_gate.close(conn, now, self._delay)
                    _log_closed(closed, now, error)
                else:
                    return result
        return Result.TRANSIENT

    async def _other_turn(self) -> bool:
        """Wait for the gates to open and a slot of the shared rate (False: stopping)."""
        async with self.sessions.kw["bind"].connect() as conn:
            while True:
                now = self.clock.now()
                async with conn.begin():
                    gate = await outage_gate.read(conn)
                    flood = await ledger.flood_until(conn)
                closed = [t for t in (gate.until if gate.paused(now) else None, flood) if t]
                until = max(closed, default=now)
                if until <= now:
                    break
                await self._stopper.pause(self.sleep, (until - now).total_seconds())
                if self.stopping:
                    return False
            if self.pacer is None:
                return True
            async with conn.begin():
                first = await ledger.Writer(conn).take_slots(
                    now=now, count=1, interval_us=self.pacer.interval_us
                )
        wait = (instant(first) - self.clock.now()).total_seconds()
        if wait > 0:
            await self._stopper.pause(self.sleep, wait)
        return not self.stopping

    # -- the outage gate ----------------------------------------------------------------------

    def _delay(self, probes: int) -> float:
        return probe_delay(probes, self.jitter())

    async def _may_send(self, stats: DispatchStats) -> bool:
        """False while the outage gate is closed; when a probe is due and this instance takes
        it, True once Telegram answers it (no transaction is open during the probe)."""
        now = self.clock.now()
        async with self.sessions.kw["bind"].connect() as conn:
            async with conn.begin():
                gate = await outage_gate.read(conn)
            if gate.probe_due(now):
                async with conn.begin():  # one UPDATE: a compare-and-set on `probes`
                    taken = await outage_gate.take_probe(conn, gate, now, self._delay)
            elif gate.paused(now):
                taken = None
            else:
                self._recovering = gate if gate.recovering else None
                return True
        if taken is None:  # paused, or another instance probes
            stats.paused += 1
            return False
        stats.probes += 1
        try:
            await self.sender.probe()
        except Exception as error:
            result = result_of(error)
            if result is Result.REJECTED:
                raise
            if result in (Result.TRANSIENT, Result.AMBIGUOUS):
                wait = ((taken.until or now) - now).total_seconds()
                log.debug("reminders: Telegram still unreachable (%s); next probe in %.0f s",
                          type(error).__name__, wait)  # fmt: skip
                stats.paused += 1
                return False
        async with self.sessions.kw["bind"].connect() as conn, conn.begin():
            await outage_gate.reopen(conn, taken)
        down = (self.clock.now() - (taken.since or now)).total_seconds()
        log.warning("reminders: Telegram answers again after %.0f s; sending what is still "
                    "due, marking missed what is past its grace", down)  # fmt: skip
        self._recovering = Gate(None, taken.since, taken.probes)
        return True

    async def _close_outage(self, writer: Writer, error: BaseException) -> None:
        """A send failed as transient: close the outage gate (one line for the outage)."""
        now = self.clock.now()
        async with self._tx(writer, now):
            closed = await outage_gate.close(writer.conn, now, self._delay)
        _log_closed(closed, now, error)

    async def _ended(self, writer: Writer) -> None:
        """The first reminder sent after a probe's answer ends the outage."""
        gate, self._recovering = self._recovering, None
        if gate is None:
            return
        async with self._tx(writer, self.clock.now()):
            await outage_gate.end(writer.conn, gate)

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
                try:
                    await self._window(writer, token, outgoing, stats, finished)
                except TokenRejected:
                    await self._hand_back(writer, conn, token, stats)
                    raise
                await self._hand_back(writer, conn, token, stats)
        except Exception as error:
            rest = [o for o in outgoing if o.delivery_id not in finished]
            if is_unavailable(error) and rest:
                self._leftover.insert(0, (token, rest))
            raise
        finally:
            self._active.discard(token)

    async def _write_pending(self) -> None:
        """Write the results a lost connection left queued, whether or not rows are left to
        send: a batch whose last write failed after every message went out has none."""
        if not self._outbox.pending:
            return
        async with self.sessions.kw["bind"].connect() as conn:
            writer = await Writer.connect(conn)
            async with self._db:
                await self._outbox.flush(writer, self.clock.now())

    async def _hand_back(self, writer: Writer, conn: AsyncConnection, token: str,
                         stats: DispatchStats) -> None:  # fmt: skip
        """Write the results still queued; on a stop, an outage or a rejected token, hand the
        rows not sent back to the queue."""
        async with self._db:
            await self._outbox.flush(writer, self.clock.now())
        if self.stopping or stats.paused:
            why = "stopping" if self.stopping else "Telegram unreachable"
            stats.released += await ledger.release(conn, token, self.clock.now(), why=why)

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
                if attempts == PAUSED:
                    room.release()
                    stats.paused += 1
                    break
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
        if attempts == PAUSED:
            stats.paused += 1
        elif attempts is not None:
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
        closed; None: not ours, -1: the user blocked the bot, PAUSED: the outage gate is
        closed (the row stays claimed: handed back to the queue)."""
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
                if (await outage_gate.read(writer.conn)).paused(now):
                    return PAUSED
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
        """Send a started row and queue its result; after a 429, wait and start it again; after
        a transient failure, close the outage gate (the row goes back to the queue)."""
        waits = 0
        while True:
            message_id, retry_after, failure = None, 0.0, None
            late = late_by(o.due or o.slot, self.clock.now())
            try:
                message_id = await self.sender.send(replace(o, late_by=late) if late else o)
                result = Result.SENT if message_id is not None else Result.SKIPPED
            except Exception as error:
                result, failure = result_of(error), error
                if result is Result.PERMANENT and not isinstance(error, PermanentSendError):
                    log.error("sender failed on delivery %s", o.delivery_id, exc_info=error)
                if isinstance(error, RetryLater):
                    retry_after = error.retry_after_s
            waits += result is Result.RETRY_AFTER
            step = after_send(o.kind, result, attempts=attempts, waits=waits,
                              max_waits=self.retry_later_attempts)  # fmt: skip
            sent_at = self.clock.now() if result is Result.SENT else None
            if sent_at is not None and self.on_sent is not None:
                self.on_sent(o, sent_at)
            self._outbox.add(
                {"id": o.delivery_id, "token": token, "status": step.status,
                 "message_id": message_id, "sent_at": sent_at},
                blocked_user=o.user_id if result is Result.BLOCKED else None,
            )  # fmt: skip
            if result is Result.REJECTED:
                raise TokenRejected("Telegram rejected the bot token") from failure
            if sent_at is not None and self._recovering is not None:
                await self._ended(writer)
            if step.pause and failure is not None:  # a pause only ever follows a failure
                stats.paused += 1  # the round hands its other rows back to the queue
                await self._close_outage(writer, failure)
            if not step.retry or result is not Result.RETRY_AFTER:
                stats.bump(step.status if not step.retry else "retrying")
                return
            until = self.clock.now() + timedelta(seconds=retry_after)
            async with self._tx(writer, self.clock.now()):
                await writer.close_gate(until)
            if self.stopping:  # the retry is the next owner's: the row is `claimed` again
                return
            started = await self._start(writer, token, o)
            if started is None or started < 0:
                self._not_started(o, started, stats)
                return
            attempts = started


def _log_closed(closed: Gate | None, now: datetime, error: BaseException) -> None:
    """One warning when an outage begins (the first closing; later ones are the same outage)."""
    if closed is not None and closed.probes == 1:
        log.warning(
            "reminders: Telegram unreachable (%s); every instance pauses reminders and one "
            "probes (first in %.0f s, backing off to %.0f s)",
            type(error).__name__, ((closed.until or now) - now).total_seconds(),
            probe_delay(99, 0.5),
        )  # fmt: skip


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
