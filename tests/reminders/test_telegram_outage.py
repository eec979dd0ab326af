"""Telegram unreachable: reminders keep their slot within grace, one probe, honest lateness.

The real application on both databases; the reminder sender is a double whose `down` says
whether Telegram answers at the FakeClock's time. Nothing sleeps: the armed wake-up job (a
probe, a due slot) is run by hand at its time, as APScheduler would, until the clock passes
the end of the scenario.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest
from sqlalchemy import select

from bot.context import BotContext
from bot.db.models import Delivery
from bot.handlers.reminder_jobs import armed_job, dispatch_job, dispatcher_of
from bot.reminders.dispatcher import Dispatcher, Outgoing
from bot.reminders.errors import AmbiguousSendError, TransientSendError
from bot.views.reminders import reminder_message
from tests.fakes.clock import FakeClock
from tests.fakes.harness import Harness
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import Sessions, add, deliveries, hourly, stretch

DAY = datetime(2026, 6, 1, tzinfo=UTC)


class Sleeper:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock

    async def __call__(self, seconds: float) -> None:
        self.clock.advance(seconds=seconds)


def outage(clock: FakeClock, start: datetime, end: datetime) -> FakeSender:
    """A sender for which Telegram answers 502 from `start` until `end`."""

    def down() -> BaseException | None:
        return TransientSendError("Bad Gateway") if start <= clock.now() < end else None

    return FakeSender(down=down)


def use(bot: Harness, sender: FakeSender) -> None:
    dispatcher = dispatcher_of(bot.app.bot_data)
    dispatcher.sender, dispatcher.sleep = sender, Sleeper(bot.clock)
    dispatcher.jitter = lambda: 0.5  # the probes' waits exactly 1, 2, 4 ... 60 s


async def run_until(bot: Harness, end: datetime) -> int:
    """Run the armed wake-up at its time until the next one is after `end`; rounds run."""
    rounds = 0
    await dispatch_job(BotContext(bot.app))
    while (job := armed_job(bot.app)) is not None and job.data <= end:
        bot.clock.set(max(bot.clock.now(), job.data))
        job.schedule_removal()
        await job.run(bot.app)
        rounds += 1
        assert rounds < 2_000, "the wake-up spins"
    return rounds


def warnings(caplog: pytest.LogCaptureFixture) -> list[str]:
    return [r.getMessage().split(" (")[0].split(";")[0] for r in caplog.records
            if r.name.startswith("bot") and r.levelno >= logging.WARNING]  # fmt: skip


async def statuses(bot: Harness) -> Counter[tuple[int, str]]:
    async with bot.app.bot_data.sessions() as session:
        rows = (await session.execute(select(Delivery.user_id, Delivery.status))).all()
    return Counter((uid, status) for uid, status in rows)


async def test_a_90_second_outage_delays_every_reminder_and_loses_none(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    """The operator's case: 10 stretch reminders at one minute, Telegram down from 5 s before
    it for 90 s. Before, all 10 were `failed` after 1, 2 and 4 s of retries."""
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    for uid in range(1, 11):
        await add(sessions, uid, stretch(21, 0), bot.clock.now())
    due = DAY.replace(hour=21)
    sender = outage(bot.clock, due - timedelta(seconds=5), due + timedelta(seconds=85))
    use(bot, sender)
    bot.clock.set(due)
    with caplog.at_level(logging.INFO):
        await run_until(bot, due + timedelta(minutes=10))
    assert Counter(sender.per_slot().values()) == {1: 10}
    assert await statuses(bot) == {(uid, "sent"): 1 for uid in range(1, 11)}
    # One probe at a time, growing: 1, 2, 4 ... s; no row spent attempts of its own.
    assert 5 <= sender.probes <= 8
    assert sender.attempts - len(sender.sent) <= 10  # the first wave only
    # a minute and a half late is not "late" for a bedtime stretch (more than 5 minutes is)
    assert all(o.late_by is None for o in sender.sent)
    down, back = warnings(caplog)  # one line when it went, one when it came back
    assert down == "reminders: Telegram unreachable"
    assert back.startswith("reminders: Telegram answers again after ")
    assert 90 <= int(back.split()[-2]) <= 90 + 72  # the outage, and at most one probe's wait


async def test_a_25_minute_outage_keeps_hydrations_grace_and_says_it_is_late(
    bot: Harness,
) -> None:
    """Hydration's grace is 30 minutes: a slot at the start of a 25-minute outage goes out
    when Telegram is back, saying it is late, and the next slot of the series is on time."""
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    rid = await add(sessions, 1, hourly(9, 21, 120), bot.clock.now(), zone="Europe/Berlin")
    start = DAY.replace(hour=6, minute=59)  # 08:59 in Berlin
    sender = outage(bot.clock, start, start + timedelta(minutes=25))
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=6))
    await run_until(bot, DAY.replace(hour=10))
    by = {r.slot.strftime("%H:%M"): r.status for r in await deliveries(sessions)
          if r.reminder_id == rid}  # fmt: skip
    assert by == {"07:00": "sent", "09:00": "sent"}  # UTC: 09:00 and 11:00 in Berlin
    first, second = sender.sent
    assert first.late_by is not None
    assert timedelta(minutes=20) < first.late_by < timedelta(minutes=26)
    text = str(reminder_message(bot.app.bot_data.content, first).text)
    assert "Your 09:00 hydration reminder, sent 2" in text  # 2x min late, in their time
    assert second.late_by is None
    assert "late" not in str(reminder_message(bot.app.bot_data.content, second).text)


async def test_a_25_minute_outage_misses_a_slot_whose_grace_ended_in_it(bot: Harness) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    rid = await add(sessions, 1, hourly(9, 21, 120), bot.clock.now())  # 09:00, 11:00 ...
    start, end = DAY.replace(hour=8, minute=55), DAY.replace(hour=9, minute=35)
    sender = outage(bot.clock, start, end)
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=8, minute=50))
    await run_until(bot, DAY.replace(hour=12))
    by = {r.slot.strftime("%H:%M"): r.status for r in await deliveries(sessions)
          if r.reminder_id == rid}  # fmt: skip
    assert by == {"09:00": "missed", "11:00": "sent"}  # never `failed`
    assert [o.slot.hour for o in sender.sent] == [11]


async def test_a_3_hour_outage_misses_the_stretch_and_the_next_day_is_on_time(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    await add(sessions, 1, stretch(21, 30), bot.clock.now())
    start = DAY.replace(hour=21, minute=25)
    sender = outage(bot.clock, start, start + timedelta(hours=3))
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=21))
    with caplog.at_level(logging.INFO):
        await run_until(bot, DAY.replace(hour=23, minute=59) + timedelta(days=1))
    rows = await deliveries(sessions)
    assert [(r.slot.day, r.status) for r in rows] == [(1, "missed"), (2, "sent")]
    assert [(o.slot.day, o.late_by) for o in sender.sent] == [(2, None)]
    assert 150 <= sender.probes <= 200  # capped at a probe a minute, never more often
    missed = [r.getMessage() for r in caplog.records if "missed" in r.getMessage()]
    assert any("1 missed" in line for line in missed)  # logged and counted once
    metrics = bot.app.bot_data.metrics
    missed_total = metrics.registry.get_sample_value("bot_reminders_total", {"outcome": "missed"})
    assert missed_total == 1
    probes = metrics.registry.get_sample_value("bot_reminder_outage_total", {"event": "probe"})
    assert probes == sender.probes  # what an operator watches: probes climbing = still down


async def test_quiet_hours_win_over_late_delivery(bot: Harness) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    await add(sessions, 1, stretch(21, 30), bot.clock.now(), quiet=(time(22), time(7)))
    sender = outage(bot.clock, DAY.replace(hour=21, minute=29), DAY.replace(hour=22, minute=10))
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=21))
    await run_until(bot, DAY.replace(hour=23))
    assert [r.status for r in await deliveries(sessions)] == ["missed"]
    assert sender.sent == []


async def test_an_outage_that_starts_mid_burst_delivers_everything_once(bot: Harness) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    for uid in range(1, 31):
        await add(sessions, uid, stretch(21, 0), bot.clock.now())
    due = DAY.replace(hour=21)
    back = due + timedelta(minutes=2)
    sender = FakeSender(
        down=lambda: (
            TransientSendError("502")
            if len(sender.sent) >= 10 and bot.clock.now() < back
            else None
        )
    )
    use(bot, sender)
    bot.clock.set(due)
    await run_until(bot, due + timedelta(minutes=15))
    assert Counter(sender.per_slot().values()) == {1: 30}
    assert await statuses(bot) == {(uid, "sent"): 1 for uid in range(1, 31)}


async def test_replies_are_not_blocked_by_the_pause(bot: Harness) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    await add(sessions, 5, stretch(21, 0), bot.clock.now())
    sender = outage(bot.clock, DAY, DAY.replace(hour=23))
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=21))
    await dispatch_job(BotContext(bot.app))
    assert sender.sent == [] and armed_job(bot.app) is not None  # paused, a probe armed
    assert await bot.say("/b12", user=5)  # answered while reminders wait for the probe


async def test_a_timeout_pauses_too_and_is_never_resent_for_a_stretch(bot: Harness) -> None:
    bot.clock.set(DAY)
    sessions = bot.app.bot_data.sessions
    await add(sessions, 1, stretch(21, 0), bot.clock.now())
    timed_out: list[int] = []

    def fault(o: Outgoing) -> BaseException | None:
        if not timed_out:
            timed_out.append(o.delivery_id)
            return AmbiguousSendError("read timeout")
        return None

    sender = FakeSender(fault)
    use(bot, sender)
    bot.clock.set(DAY.replace(hour=21))
    await run_until(bot, DAY.replace(hour=22))
    assert [r.status for r in await deliveries(sessions)] == ["unconfirmed"]
    assert sender.probes == 1


# -- two instances, a restart: the dispatcher itself on both databases -------------------------


def instance(sessions: Sessions, clock: FakeClock, sender: FakeSender) -> Dispatcher:
    return Dispatcher(sessions, clock, sender, sleep=Sleeper(clock), jitter=lambda: 0.5)


async def test_two_instances_share_one_probe_and_send_each_reminder_once(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    for uid in range(1, 21):
        await add(sessions, uid, stretch(21, 0), clock.now())
    due = DAY.replace(hour=21)
    sender = outage(clock, due - timedelta(minutes=1), due + timedelta(minutes=3))
    a, b = instance(sessions, clock, sender), instance(sessions, clock, sender)
    clock.set(due)
    first = await a.run_once()
    assert first.paused and first.sent == 0
    assert (await b.run_once()).paused  # the gate is shared: b sends nothing either
    probes_per_instant: list[int] = []
    while clock.now() < due + timedelta(minutes=10):
        clock.advance(seconds=1)
        sa, sb = await a.run_once(), await b.run_once()
        if sa.probes or sb.probes:
            probes_per_instant.append(sa.probes + sb.probes)
    assert probes_per_instant and set(probes_per_instant) == {1}  # never both
    assert Counter(sender.per_slot().values()) == {1: 20}
    assert Counter(r.status for r in await deliveries(sessions)) == {"sent": 20}


async def test_killed_during_the_outage_and_restarted_after_it(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    for uid in range(1, 6):
        await add(sessions, uid, stretch(21, 0), clock.now())
    due = DAY.replace(hour=21)
    sender = outage(clock, due - timedelta(minutes=1), due + timedelta(minutes=20))
    before = instance(sessions, clock, sender)
    clock.set(due)
    assert (await before.run_once()).paused
    clock.advance(seconds=30)
    assert (await before.run_once()).probes == 1  # still down
    # killed here; restarted while Telegram is still down: the restart probes, sends nothing
    clock.advance(minutes=5)
    after = instance(sessions, clock, sender)
    assert (await after.recover(everything=True)).sent == 0
    clock.set(due + timedelta(minutes=25))  # Telegram is back
    stats = await after.run_until_idle()
    assert stats.sent == 5
    assert Counter(sender.per_slot().values()) == {1: 5}
    assert all(o.late_by is not None for o in sender.sent)  # 20-odd minutes late: said so
