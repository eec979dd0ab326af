"""Reminders on PTB's JobQueue: recovery at start-up, then rounds when something is due.

After every round the dispatcher asks the database for the earliest instant it has work
(`ledger.next_due`: a send time, a snooze, a lease running out, the flood gate reopening) and
arms one one-shot job, `reminder-wake`, for that instant, replacing the previous one. Creating
or changing a reminder calls `wake` (once the update is committed), which moves that job
earlier when the change made something due sooner. A slow safety poll
(`REMINDER_POLL_SECONDS`, default 60) runs behind it: it catches what another instance or a
hand edit in the database changed, and anything a lost wake-up would have missed.

One round at a time: a wake-up that comes while a round runs makes that round run once more.
A round runs as its own task, shielded from the job's cancellation, and the stop hook waits
for it. On SIGTERM PTB clears `app.running` and waits for the running job: the dispatcher
sees that between two messages (and the stop hook tells it too), so the round finishes the
message in flight and records it (instead of leaving a row `sending`, which recovery could
only mark `unconfirmed`), hands its other claimed rows back to the queue and claims nothing
more. The wait is bounded (DRAIN_TIMEOUT_S) so the process exits within 10 s of SIGTERM,
Docker's default stop timeout, even when a request hangs.

Database outages (connections killed, a restart, SQLite locked past its busy wait): one
warning when the first round fails, retries on the wake-up job with backoff (1, 2, 4 ... 30 s),
one line when the database answers again; nothing is lost (see the dispatcher's docstring).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import asdict, dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.context import BotApplication, BotContext, BotData
from bot.db.models import User
from bot.db.outage import describe, is_unavailable
from bot.db.unit_of_work import current_unit
from bot.handlers.reminder_sender import TelegramSender
from bot.reminders import ledger
from bot.reminders.dispatcher import Dispatcher, DispatchStats
from bot.reminders.ledger import Outgoing

log = logging.getLogger(__name__)
DISPATCHER_KEY = "reminder_dispatcher"
WAKER_KEY = "reminder_waker"
INFLIGHT_KEY = "reminder_rounds"
JOB_NAME = "reminder-dispatcher"  # the safety poll
WAKE_JOB = "reminder-wake"  # the one-shot wake-up at the earliest due time
DRAIN_TIMEOUT_S = 7.0  # of the 10 s a stop may take; the rest is PTB's own shutdown
RELEASE_TIMEOUT_S = 1.5
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


@dataclass
class Waker:
    """The wake-up's state: one round at a time, the armed instant, the current outage."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    again: bool = False  # a wake-up came during a round: run once more
    rearm: bool = False  # a reminder changed during a round: look for the earliest time again
    armed: datetime | None = None  # the clock's time the wake-up job is set for
    failures: int = 0  # rounds failed in a row for want of the database
    down_since: datetime | None = None
    seen_running: bool = False  # the application was running during a round


def _stopped(app: BotApplication) -> Callable[[], bool]:
    """The application is stopping: PTB's `stop()` clears `running` first, then waits for the
    running job (this round), so the round must notice by itself, not wait for the stop hook."""
    waker = waker_of(app.bot_data)

    def stopped() -> bool:
        if app.running:
            waker.seen_running = True
            return False
        return waker.seen_running

    return stopped


def dispatcher_of(data: BotData) -> Dispatcher:
    """The application's dispatcher (built by the start-up hook)."""
    dispatcher: Dispatcher = data.extras[DISPATCHER_KEY]
    return dispatcher


def waker_of(data: BotData) -> Waker:
    """The application's wake-up state (created on first use)."""
    waker: Waker = data.extras.setdefault(WAKER_KEY, Waker())
    return waker


def build_dispatcher(app: BotApplication) -> Dispatcher:
    """Create the dispatcher on the app's database, clock and bot, and keep it in bot_data."""
    data = app.bot_data
    sender = TelegramSender(app.bot, data.content)
    dispatcher = Dispatcher(data.sessions, data.clock, sender, stopped=_stopped(app))

    def lag(o: Outgoing, sent_at: datetime) -> None:
        if not o.snoozed:  # a snooze moves the due time; its lag would be the snooze
            data.metrics.reminder_sent((sent_at - o.slot).total_seconds())

    dispatcher.on_sent = lag
    data.extras[DISPATCHER_KEY] = dispatcher
    return dispatcher


def _report(task: asyncio.Task[DispatchStats]) -> None:
    if task.cancelled():
        return
    error = task.exception()
    if error is not None and not is_unavailable(error):  # outages: one line, by dispatch_job
        log.error("reminder round failed", exc_info=error)


async def _shielded(data: BotData, work: Coroutine[Any, Any, DispatchStats]) -> DispatchStats:
    """Run `work` as a task the stop hook can wait for; cancelling the caller leaves it going."""
    task = asyncio.ensure_future(work)
    rounds: set[asyncio.Task[DispatchStats]] = data.extras.setdefault(INFLIGHT_KEY, set())
    rounds.add(task)
    task.add_done_callback(rounds.discard)
    task.add_done_callback(_report)
    return await asyncio.shield(task)


async def _until_stop(
    data: BotData, work: Coroutine[Any, Any, DispatchStats]
) -> DispatchStats | None:
    """`_shielded`, but give up waiting (None) once the dispatcher is stopping: PTB's stop
    waits for this job without a bound, the stop hook waits for the round with one."""
    dispatcher = dispatcher_of(data)
    round_ = asyncio.ensure_future(_shielded(data, work))
    watch = asyncio.ensure_future(dispatcher.wait_stopping())
    try:
        await asyncio.wait({round_, watch}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watch.cancel()
    if round_.done():
        return round_.result()
    round_.add_done_callback(lambda t: t.cancelled() or t.exception())  # retrieved by _report
    return None


# -- the wake-up job ----------------------------------------------------------------------------


def armed_job(app: BotApplication) -> Any:
    """The pending wake-up job (PTB's Job; its `data` is the due time), or None."""
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        return None
    jobs = [j for j in app.job_queue.get_jobs_by_name(WAKE_JOB) if not j.removed]
    return jobs[-1] if jobs else None


def _arm(app: BotApplication, due: datetime | None) -> None:
    """Set the wake-up job for `due` (the clock's time), replacing the one armed before."""
    waker, clock = waker_of(app.bot_data), app.bot_data.clock
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        return
    for job in app.job_queue.get_jobs_by_name(WAKE_JOB):
        job.schedule_removal()
    waker.armed = due
    if due is None:
        return
    delay = max(0.0, (due - clock.now()).total_seconds())
    app.job_queue.run_once(
        dispatch_job, when=delay, name=WAKE_JOB, data=due,
        job_kwargs={"misfire_grace_time": None},
    )  # fmt: skip


async def _next_due(data: BotData, after: datetime) -> datetime | None:
    async with data.sessions() as session:
        return await ledger.next_due(session, after=after)


async def rearm(app: BotApplication) -> None:
    """A reminder was created or changed: arm the wake-up earlier if something is due sooner.

    During a round only a flag is set: the round looks for the earliest time when it ends."""
    data = app.bot_data
    waker, now = waker_of(data), data.clock.now()
    if waker.lock.locked():
        waker.rearm = True
        return
    due = await _next_due(data, now)
    if due is not None and (waker.armed is None or waker.armed <= now or due < waker.armed):
        _arm(app, due)


async def wake(context: BotContext) -> None:
    """Call where a handler created or changed reminders: once the update is committed, the
    dispatcher's wake-up moves earlier when that made something due sooner."""
    app: BotApplication = context.application  # type: ignore[assignment]
    unit = current_unit()
    if unit is None:
        await rearm(app)
    else:
        unit.on_commit(lambda: rearm(app))


def _timezone_hook(app: BotApplication) -> Any:
    async def moved_zone(_session: AsyncSession, _user: User, _now: datetime) -> int:
        unit = current_unit()
        if unit is not None:  # a zone change moves every reminder of the user
            unit.on_commit(lambda: rearm(app))
        return 0  # the reminders themselves are moved (and counted) by services.retime

    return moved_zone


# -- rounds -------------------------------------------------------------------------------------


def _outage(app: BotApplication, error: BaseException) -> None:
    """The database is unreachable: one warning per outage, then retry with backoff."""
    data = app.bot_data
    waker, now = waker_of(data), data.clock.now()
    delay = BACKOFF_S[min(waker.failures, len(BACKOFF_S) - 1)]
    if waker.failures == 0:
        waker.down_since = now
        log.warning(
            "reminders: database unavailable (%s); retrying in %.0f s, backing off to %.0f s",
            describe(error), delay, BACKOFF_S[-1],
        )  # fmt: skip
    else:
        log.debug("reminders: database still unavailable: %s", describe(error))
    waker.failures += 1
    data.metrics.database_error("reminders")
    _arm(app, now + timedelta(seconds=delay))


def _recovered(data: BotData) -> None:
    waker = waker_of(data)
    if waker.failures:
        since = waker.down_since or data.clock.now()
        log.warning(
            "reminders: database back after %.0f s (%d failed attempt(s)); catching up",
            (data.clock.now() - since).total_seconds(), waker.failures,
        )  # fmt: skip
    waker.failures, waker.down_since = 0, None


def _busy(stats: DispatchStats) -> bool:
    """The round found work: run another one at once (a burst larger than a batch, rows
    that fell due meanwhile); the round after it, finding nothing, arms the wake-up."""
    return bool(stats.claimed or stats.missed or stats.skipped or stats.invalid)


def _log_stats(stats: DispatchStats) -> None:
    if stats.claimed or stats.missed or stats.unconfirmed:
        log.info(
            "reminders: %d claimed, %d sent, %d failed, %d missed, %d blocked, %d unconfirmed",
            stats.claimed, stats.sent, stats.failed, stats.missed, stats.blocked,
            stats.unconfirmed,
        )  # fmt: skip


async def dispatch_job(context: BotContext) -> None:
    """Job (wake-up, safety poll, retry): run rounds until one finds nothing due, then arm the
    wake-up for the earliest due time. Never raises: a failure is logged (an outage in one
    line, anything else with its stack) and retried."""
    app: BotApplication = context.application  # type: ignore[assignment]
    data = app.bot_data
    waker = waker_of(data)
    if waker.lock.locked():
        waker.again = True
        return
    async with waker.lock:
        run, started = True, data.clock.now()
        while run or waker.rearm:
            waker.rearm, in_round = False, run
            try:
                if run:
                    waker.again, started = False, data.clock.now()
                    stats = await _until_stop(data, dispatcher_of(data).run_once())
                    if stats is None:  # stopping: the stop hook waits for the round
                        return
                    _recovered(data)
                    _log_stats(stats)
                    data.metrics.reminder_round(asdict(stats))
                    if _busy(stats):
                        continue
                in_round = False
                _arm(app, await _next_due(data, started))
            except asyncio.CancelledError:
                raise
            except Exception as error:
                if is_unavailable(error):
                    _outage(app, error)
                elif not in_round:  # a failed round is logged with its stack by _report
                    log.exception("reminder wake-up failed; the safety poll goes on")
                return
            if dispatcher_of(data).stopping:
                return
            run = waker.again


async def start_reminders(app: BotApplication) -> None:
    """Start-up hook: finish what a crash left, arm the wake-up and the safety poll.

    On SQLite (one instance) every leftover claim is recovered at once; on PostgreSQL, where
    other instances may be sending right now, only rows whose lease has run out (the others
    are reclaimed by whichever instance's round comes after their lease).
    """
    data = app.bot_data
    dispatcher = build_dispatcher(app)
    data.timezone_hooks.append(_timezone_hook(app))
    try:
        stats = await _shielded(data, dispatcher.recover(everything=data.settings.is_sqlite))
        data.metrics.reminder_round(asdict(stats))
        log.info(
            "reminder recovery: %d resent, %d missed, %d unconfirmed",
            stats.sent, stats.missed, stats.unconfirmed,
        )  # fmt: skip
    except Exception as error:
        if is_unavailable(error):
            log.warning("reminder recovery postponed: database unavailable (%s)", describe(error))
        else:
            log.exception("reminder recovery failed; the dispatcher retries stale claims")
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        log.error("no JobQueue: reminders will not be sent")
        return
    poll = data.settings.reminder_poll_seconds
    app.job_queue.run_repeating(
        dispatch_job, interval=poll, first=poll, name=JOB_NAME,
        job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )  # fmt: skip
    _arm(app, data.clock.now())  # a first round at once: due rows, then the earliest time


async def drain_reminders(app: BotApplication) -> None:
    """Stop hook: stop claiming, let the round in flight finish its message and release the
    rest, and wait for it (at most DRAIN_TIMEOUT_S), so no reminder is left half-sent."""
    dispatcher: Dispatcher | None = app.bot_data.extras.get(DISPATCHER_KEY)
    if dispatcher is not None:
        dispatcher.stop()
    rounds = set(app.bot_data.extras.get(INFLIGHT_KEY, ()))
    if rounds:
        log.info("stopping: waiting for %d reminder round(s) to finish", len(rounds))
        _done, pending = await asyncio.wait(rounds, timeout=DRAIN_TIMEOUT_S)
        if pending and dispatcher is not None:
            log.warning(
                "stopping: a reminder send did not finish within %.0f s; "
                "recovery settles it after the restart", DRAIN_TIMEOUT_S,
            )  # fmt: skip
            try:
                async with asyncio.timeout(RELEASE_TIMEOUT_S):
                    await dispatcher.release_held()
            except Exception as error:  # the lease runs out instead; never block the exit
                log.warning("stopping: could not release claimed reminders: %s", error)
