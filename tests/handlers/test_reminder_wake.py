"""The dispatcher wakes at the earliest due time: a one-shot JobQueue job armed after each round
and moved earlier when a reminder is created or changed; the safety poll stays behind it.

Time is the FakeClock's. The JobQueue is not started: the armed job is inspected (its `data` is
the due time on the fake clock, its trigger the real instant) and run by hand, as APScheduler
would at that instant. Nothing sleeps.
"""

from __future__ import annotations

import asyncio
import statistics
from datetime import UTC, datetime, time, timedelta
from typing import Any

from sqlalchemy import select, update

from bot.db import users
from bot.db.models import Delivery, Reminder
from bot.handlers.reminder_jobs import JOB_NAME, WAKE_JOB, armed_job, dispatcher_of
from bot.reminders import repository
from bot.reminders.spec import ReminderSpec
from tests.fakes.harness import USER, Harness

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
AT = NOW.replace(hour=9, minute=0)


class Naps(list[float]):
    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def armed(bot: Harness) -> datetime | None:
    job = armed_job(bot.app)
    return None if job is None else job.data  # type: ignore[no-any-return]


def real_delay(job: Any) -> float:
    """Seconds from now (real time) until APScheduler would run the job."""
    run_date: datetime = job.job.trigger.run_date
    return (run_date - datetime.now(UTC)).total_seconds()


async def fire(bot: Harness) -> None:
    """What APScheduler does when the armed wake-up job's time comes."""
    job = armed_job(bot.app)
    assert job is not None
    dispatcher_of(bot.app.bot_data).sleep = Naps()
    job.schedule_removal()  # a date job is gone once it ran
    await job.run(bot.app)


def reminder_messages(bot: Harness) -> list[Any]:
    return [c for c in bot.engine.sent(USER) if "rd:" in str(c.params.get("reply_markup"))]


async def test_a_reminder_for_0900_is_sent_by_a_job_armed_at_0900(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/remind stretch 09:00")
    job = armed_job(bot.app)
    assert job is not None and job.name == WAKE_JOB
    assert job.data == AT
    # the real trigger is as far ahead as the due time is on the fake clock (lateness 0)
    assert abs(real_delay(job) - (AT - NOW).total_seconds()) < 1.0
    bot.clock.set(AT)
    await fire(bot)
    assert len(reminder_messages(bot)) == 1
    assert armed(bot) == AT + timedelta(days=1)  # re-armed for the next slot


async def test_an_earlier_reminder_rearms_earlier_and_a_later_one_does_not(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/remind stretch 09:00")
    assert armed(bot) == AT
    await bot.say("/remind stretch 08:00")
    assert armed(bot) == NOW.replace(hour=8, minute=0)
    await bot.say("/remind stretch 10:00")
    assert armed(bot) == NOW.replace(hour=8, minute=0)
    jobs = bot.app.job_queue.get_jobs_by_name(WAKE_JOB)  # type: ignore[union-attr]
    assert len([j for j in jobs if not j.removed]) == 1  # replaced, never piled up


async def test_the_safety_poll_still_runs_every_minute(bot: Harness) -> None:
    (poll,) = bot.app.job_queue.get_jobs_by_name(JOB_NAME)  # type: ignore[union-attr]
    assert bot.app.bot_data.settings.reminder_poll_seconds == 60
    assert poll.job.trigger.interval == timedelta(seconds=60)


async def test_a_snooze_rearms_for_its_time(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/remind stretch 09:00")
    bot.clock.set(AT)
    await fire(bot)
    async with bot.app.bot_data.sessions() as session:
        (delivery,) = await session.scalars(select(Delivery))
    bot.clock.advance(minutes=2)
    await bot.press(f"rd:{delivery.id}:snooze15")
    assert armed(bot) == AT + timedelta(minutes=17)
    bot.clock.set(AT + timedelta(minutes=17))
    await fire(bot)
    assert len(reminder_messages(bot)) == 2


async def test_resume_and_a_zone_change_rearm(bot: Harness) -> None:
    """Changes only ever move the wake-up earlier; one that comes too early runs an empty
    round, which arms the right time."""
    bot.clock.set(NOW)
    await bot.say("/remind stretch 09:00")
    (reminder,) = await _reminders(bot)
    await bot.press(f"rm:{reminder.id}:pause", message_id=await _list(bot))
    assert armed(bot) == AT  # left as it was
    bot.clock.set(AT)
    await fire(bot)
    assert reminder_messages(bot) == []
    assert armed(bot) is None  # nothing to wake for: the safety poll alone
    await bot.press(f"rm:{reminder.id}:resume", message_id=await _list(bot))
    tomorrow = AT + timedelta(days=1)
    assert armed(bot) == tomorrow
    await bot.say("/timezone Asia/Tokyo")  # 09:00 in Tokyo is 00:00 UTC
    assert armed(bot) == tomorrow.replace(hour=0)
    await bot.say("/timezone Europe/London")  # back to 09:00 UTC: later, so left as it was
    assert armed(bot) == tomorrow.replace(hour=0)
    bot.clock.set(tomorrow.replace(hour=0))
    await fire(bot)
    assert armed(bot) == tomorrow


async def test_leftover_rows_never_spin_the_loop(bot: Harness) -> None:
    """A snooze of a paused reminder and a reminder whose zone is gone, both past due: the
    round skips them, and the wake-up is armed for the next real time, not for them."""
    bot.clock.set(NOW)
    await bot.say("/remind stretch 09:00")
    sessions = bot.app.bot_data.sessions
    async with sessions() as session, session.begin():
        user = await users.ensure_user(session, user_id=77, now=NOW)
        paused = await repository.create(
            session, user=user, spec=ReminderSpec(kind="stretch", at_time=time(7)), now=NOW
        )
        gone = await repository.create(
            session, user=user, spec=ReminderSpec(kind="stretch", at_time=time(7, 5)), now=NOW
        )
        paused.paused = True
        session.add(Delivery(
            reminder_id=paused.id, user_id=77, slot=NOW - timedelta(minutes=1),
            status="scheduled", source="snooze", attempts=0, created_at=NOW,
        ))  # fmt: skip
        await session.flush()
        await session.execute(
            update(Reminder).where(Reminder.id == gone.id)
            .values(timezone="Mars/Olympus_Mons", next_fire_at=NOW - timedelta(minutes=1))
        )  # fmt: skip
    await asyncio.wait_for(fire_now(bot), timeout=10)
    assert armed(bot) == AT
    async with sessions() as session:
        assert (await session.get(Reminder, gone.id)).next_fire_at is None  # type: ignore[union-attr]


async def fire_now(bot: Harness) -> None:
    from bot.handlers.reminder_wake import arm

    arm(bot.app, bot.clock.now())
    await fire(bot)


async def test_armed_time_equals_the_due_time_lateness_under_a_second(bot: Harness) -> None:
    """The measurement behind "within 1 s at the median": for reminders at scattered minutes
    the wake-up's real trigger is as far ahead as the due time on the clock, so the only
    lateness left is the round itself (measured for real in bench/reminder_wake.py)."""
    bot.clock.set(NOW)
    lateness: list[float] = []
    for minute in (59, 47, 31, 23, 17):  # each earlier than the last: the wake-up moves
        await bot.say(f"/remind stretch 07:{minute:02d}")
        job = armed_job(bot.app)
        due = NOW.replace(minute=minute)
        assert job.data == due
        lateness.append(abs(real_delay(job) - (due - bot.clock.now()).total_seconds()))
    assert statistics.median(lateness) < 1.0 and max(lateness) < 1.0


async def _reminders(bot: Harness) -> list[Reminder]:
    async with bot.app.bot_data.sessions() as session:
        return list(await session.scalars(select(Reminder).where(Reminder.user_id == USER)))


async def _list(bot: Harness) -> int:
    await bot.say("/reminders")
    return int(bot.engine.messages(USER)[-1]["message_id"])
