"""Reminders on PTB's JobQueue: recovery once at start-up, then a dispatch round every poll.

A round runs as its own task, shielded from the job's cancellation, and the stop hook waits
for it: PTB stops the JobQueue on SIGTERM, and a round that is sending finishes sending and
recording instead of leaving a row `sending` (which recovery could only mark `unconfirmed`).
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Coroutine
from typing import Any

from bot.context import BotApplication, BotContext, BotData
from bot.handlers.reminder_sender import TelegramSender
from bot.reminders.dispatcher import Dispatcher, DispatchStats

log = logging.getLogger(__name__)
DISPATCHER_KEY = "reminder_dispatcher"
INFLIGHT_KEY = "reminder_rounds"
JOB_NAME = "reminder-dispatcher"
DRAIN_TIMEOUT_S = 60.0


def dispatcher_of(data: BotData) -> Dispatcher:
    """The application's dispatcher (built by the start-up hook)."""
    dispatcher: Dispatcher = data.extras[DISPATCHER_KEY]
    return dispatcher


def build_dispatcher(app: BotApplication) -> Dispatcher:
    """Create the dispatcher on the app's database, clock and bot, and keep it in bot_data."""
    data = app.bot_data
    dispatcher = Dispatcher(data.sessions, data.clock, TelegramSender(app.bot, data.content))
    data.extras[DISPATCHER_KEY] = dispatcher
    return dispatcher


def _report(task: asyncio.Task[DispatchStats]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("reminder round failed", exc_info=task.exception())


async def _shielded(data: BotData, work: Coroutine[Any, Any, DispatchStats]) -> DispatchStats:
    """Run `work` as a task the stop hook can wait for; cancelling the caller leaves it going."""
    task = asyncio.ensure_future(work)
    rounds: set[asyncio.Task[DispatchStats]] = data.extras.setdefault(INFLIGHT_KEY, set())
    rounds.add(task)
    task.add_done_callback(rounds.discard)
    task.add_done_callback(_report)
    return await asyncio.shield(task)


async def dispatch_job(context: BotContext) -> None:
    """Job: one dispatch round. Never raises: a failure is logged with its stack."""
    try:
        stats = await _shielded(context.bot_data, dispatcher_of(context.bot_data).run_once())
    except asyncio.CancelledError:
        raise
    except Exception:  # logged by _report; the next round tries again
        return
    if stats.claimed or stats.missed or stats.unconfirmed:
        log.info(
            "reminders: %d claimed, %d sent, %d failed, %d missed, %d blocked, %d unconfirmed",
            stats.claimed, stats.sent, stats.failed, stats.missed, stats.blocked,
            stats.unconfirmed,
        )  # fmt: skip


async def start_reminders(app: BotApplication) -> None:
    """Start-up hook: finish what a crash left, then dispatch every REMINDER_POLL_SECONDS.

    On SQLite (one instance) every leftover claim is recovered at once; on PostgreSQL, where
    other instances may be sending right now, only rows whose lease has run out (the others
    are reclaimed by whichever instance's round comes after their lease).
    """
    data = app.bot_data
    dispatcher = build_dispatcher(app)
    try:
        stats = await _shielded(data, dispatcher.recover(everything=data.settings.is_sqlite))
        log.info(
            "reminder recovery: %d resent, %d missed, %d unconfirmed",
            stats.sent, stats.missed, stats.unconfirmed,
        )  # fmt: skip
    except Exception:
        log.exception("reminder recovery failed; the dispatcher retries stale claims")
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        log.error("no JobQueue: reminders will not be sent")
        return
    poll = data.settings.reminder_poll_seconds
    app.job_queue.run_repeating(
        dispatch_job, interval=poll, first=poll, name=JOB_NAME,
        job_kwargs={"coalesce": True, "max_instances": 1, "misfire_grace_time": None},
    )  # fmt: skip


async def drain_reminders(app: BotApplication) -> None:
    """Stop hook: wait for a dispatch round in flight, so no reminder is left half-sent."""
    rounds = set(app.bot_data.extras.get(INFLIGHT_KEY, ()))
    if rounds:
        log.info("waiting for %d reminder round(s) to finish", len(rounds))
        await asyncio.wait(rounds, timeout=DRAIN_TIMEOUT_S)
