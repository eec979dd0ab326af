"""When reminder rounds run: the one-shot wake-up job, moving it earlier, outage backoff.

After every round the dispatcher asks the database for the earliest instant it has work
(`bot.reminders.due.next_due`: a send time, a snooze, a lease running out, the flood gate
reopening) and arms one one-shot job, `reminder-wake`, for that instant, replacing the previous
one. Creating or changing a reminder calls `wake` (once the update is committed), which moves
that job earlier when the change made something due sooner. The job it runs is the round
(`reminder_jobs.dispatch_job`, set in `Waker.job` at start-up).

Database outages (connections killed, a restart, SQLite locked past its busy wait): one
warning when the first round fails, retries on the wake-up job with backoff (1, 2, 4 ... 30 s),
one line when the database answers again; nothing is lost (see the dispatcher's docstring).
"""

from __future__ import annotations

import logging
from datetime import datetime, timedelta
from typing import Any

from bot.context import BotApplication, BotContext, BotData, Waker
from bot.db.outage import describe
from bot.db.unit_of_work import current_unit
from bot.reminders.due import next_due

log = logging.getLogger(__name__)
WAKE_JOB = "reminder-wake"  # the one-shot wake-up at the earliest due time
BACKOFF_S = (1.0, 2.0, 4.0, 8.0, 16.0, 30.0)


def waker_of(data: BotData) -> Waker:
    """The application's wake-up state."""
    return data.waker


def armed_job(app: BotApplication) -> Any:
    """The pending wake-up job (PTB's Job; its `data` is the due time), or None."""
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        return None
    jobs = [j for j in app.job_queue.get_jobs_by_name(WAKE_JOB) if not j.removed]
    return jobs[-1] if jobs else None


def arm(app: BotApplication, due: datetime | None) -> None:
    """Set the wake-up job for `due` (the clock's time), replacing the one armed before."""
    waker, clock = waker_of(app.bot_data), app.bot_data.clock
    if app.job_queue is None:  # pragma: no cover - the job-queue extra is a dependency
        return
    for job in app.job_queue.get_jobs_by_name(WAKE_JOB):
        job.schedule_removal()
    waker.armed = due
    if due is None or waker.job is None:  # no round to run before start-up arms one
        return
    delay = max(0.0, (due - clock.now()).total_seconds())
    app.job_queue.run_once(
        waker.job, when=delay, name=WAKE_JOB, data=due,
        job_kwargs={"misfire_grace_time": None},
    )  # fmt: skip


async def earliest_due(data: BotData, after: datetime) -> datetime | None:
    """The earliest instant after `after` at which a round has work (None: nothing waits)."""
    async with data.sessions() as session:
        return await next_due(session, after=after)


async def rearm(app: BotApplication) -> None:
    """A reminder was created or changed: arm the wake-up earlier if something is due sooner.

    During a round only a flag is set: the round looks for the earliest time when it ends."""
    data = app.bot_data
    waker, now = waker_of(data), data.clock.now()
    if waker.lock.locked():
        waker.rearm = True
        return
    due = await earliest_due(data, now)
    if due is not None and (waker.armed is None or waker.armed <= now or due < waker.armed):
        arm(app, due)


async def wake(context: BotContext) -> None:
    """Call where a handler created or changed reminders: once the update is committed, the
    dispatcher's wake-up moves earlier when that made something due sooner."""
    app: BotApplication = context.application  # type: ignore[assignment]
    unit = current_unit()
    if unit is None:
        await rearm(app)
    else:
        unit.on_commit(lambda: rearm(app))


# -- database outages ---------------------------------------------------------------------------


def outage(app: BotApplication, error: BaseException) -> None:
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
    arm(app, now + timedelta(seconds=delay))


def recovered(data: BotData) -> None:
    """A round went through: one line if it ended an outage."""
    waker = waker_of(data)
    if waker.failures:
        since = waker.down_since or data.clock.now()
        log.warning(
            "reminders: database back after %.0f s (%d failed attempt(s)); catching up",
            (data.clock.now() - since).total_seconds(), waker.failures,
        )  # fmt: skip
    waker.failures, waker.down_since = 0, None
