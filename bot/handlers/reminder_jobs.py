"""Reminders on PTB's JobQueue: recovery at start-up, then rounds when something is due.

When rounds run (the one-shot wake-up at the earliest due time, `wake` after a handler's
change, outage backoff) is `reminder_wake`; this module runs them. A slow safety poll
(`REMINDER_POLL_SECONDS`, default 60) runs behind the wake-up: it catches what another
instance or a hand edit in the database changed, and anything a lost wake-up would have missed.

One round at a time: a wake-up that comes while a round runs makes that round run once more.
A round runs as its own task, shielded from the job's cancellation, and the stop hook waits
for it. On SIGTERM PTB clears `app.running` and waits for the running job: the dispatcher
sees that before its next start (and the stop hook tells it too), so the round finishes the
messages in flight and records them (instead of leaving rows `sending`, which recovery could
only mark `unconfirmed`), hands its other claimed rows back to the queue and claims nothing
more. The wait is bounded (DRAIN_TIMEOUT_S) so the process exits within 10 s of SIGTERM,
Docker's default stop timeout, even when a request hangs.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import asdict
from datetime import datetime
from typing import Any

from bot.context import BotApplication, BotContext, BotData
from bot.db.outage import describe, is_unavailable
from bot.handlers.reminder_sender import TelegramSender
from bot.handlers.reminder_wake import (
    WAKE_JOB,
    arm,
    armed_job,
    earliest_due,
    outage,
    rearm,
    recovered,
    wake,
    waker_of,
)
from bot.reminders.dispatcher import Dispatcher, DispatchStats
from bot.reminders.errors import TokenRejected
from bot.reminders.ledger import Outgoing

__all__ = [
    "JOB_NAME", "WAKE_JOB", "armed_job", "dispatch_job", "dispatcher_of", "drain_reminders",
    "rearm", "start_reminders", "wake",
]  # fmt: skip
log = logging.getLogger(__name__)
JOB_NAME = "reminder-dispatcher"  # the safety poll
DRAIN_TIMEOUT_S = 7.0  # of the 10 s a stop may take; the rest is PTB's own shutdown
RELEASE_TIMEOUT_S = 1.5


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
    dispatcher = data.dispatcher
    assert dispatcher is not None  # built at start-up, before any round
    return dispatcher


def build_dispatcher(app: BotApplication) -> Dispatcher:
    """Create the dispatcher on the app's database, clock and bot, and keep it in bot_data."""
    data = app.bot_data
    sender = TelegramSender(app.bot, data.content, data.reminder_composers)
    settings = data.settings
    dispatcher = Dispatcher(
        data.sessions, data.clock, sender, stopped=_stopped(app),
        max_in_flight=settings.reminder_max_in_flight, rate=settings.reminder_rate,
    )  # fmt: skip

    def lag(o: Outgoing, sent_at: datetime) -> None:
        if not o.snoozed:  # a snooze moves the due time; its lag would be the snooze
            data.metrics.reminder_sent((sent_at - o.slot).total_seconds())

    dispatcher.on_sent = lag
    data.dispatcher = dispatcher
    return dispatcher


def _report(task: asyncio.Task[DispatchStats]) -> None:
    if task.cancelled():
        return
    error = task.exception()
    if error is not None and not is_unavailable(error) and not isinstance(error, TokenRejected):
        # outages: one line by dispatch_job; a rejected token: one line by reject_token
        log.error("reminder round failed", exc_info=error)


async def _shielded(data: BotData, work: Coroutine[Any, Any, DispatchStats]) -> DispatchStats:
    """Run `work` as a task the stop hook can wait for; cancelling the caller leaves it going."""
    task = asyncio.ensure_future(work)
    rounds = data.reminder_rounds
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


# -- rounds -------------------------------------------------------------------------------------


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
                    recovered(data)
                    _log_stats(stats)
                    data.metrics.reminder_round(asdict(stats))
                    if _busy(stats):
                        continue
                in_round = False
                arm(app, await earliest_due(data, started))
            except asyncio.CancelledError:
                raise
            except TokenRejected:
                app.reject_token()
                return
            except Exception as error:
                if is_unavailable(error):
                    outage(app, error)
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
    waker_of(data).job = dispatch_job  # what the wake-up job runs
    try:
        stats = await _shielded(data, dispatcher.recover(everything=data.settings.is_sqlite))
        data.metrics.reminder_round(asdict(stats))
        log.info(
            "reminder recovery: %d resent, %d missed, %d unconfirmed",
            stats.sent, stats.missed, stats.unconfirmed,
        )  # fmt: skip
    except TokenRejected:
        app.reject_token()
        return
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
    arm(app, data.clock.now())  # a first round at once: due rows, then the earliest time


async def drain_reminders(app: BotApplication) -> None:
    """Stop hook: stop claiming, let the round in flight finish its messages and release the
    rest, and wait for it (at most DRAIN_TIMEOUT_S), so no reminder is left half-sent."""
    dispatcher = app.bot_data.dispatcher
    if dispatcher is not None:
        dispatcher.stop()
    rounds = set(app.bot_data.reminder_rounds)
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
