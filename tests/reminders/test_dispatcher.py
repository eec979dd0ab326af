"""Dispatcher on SQLite and PostgreSQL with a moved clock and a fake sender."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import UTC, datetime, time, timedelta

import pytest

from bot.db import users
from bot.db.models import Delivery
from bot.db.session import create_engine, session_factory
from bot.reminders import repository
from bot.reminders.dispatcher import Dispatcher, Outgoing
from bot.reminders.errors import RecipientBlocked, RetryLater, TransientSendError
from bot.reminders.kinds import kind
from bot.reminders.schedule import ReminderSpec
from bot.reminders.slots import spread_offset
from tests.fakes.clock import FakeClock
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import Sessions, add, deliveries, hourly, reminder, stretch

DAY = datetime(2026, 6, 1, tzinfo=UTC)


def drink_offset(user_id: int) -> timedelta:
    return spread_offset(user_id, kind("hydration").spread)


class Crash(BaseException):
    """Stands for the process dying in the middle of a send."""


class Sleeper:
    def __init__(self, clock: FakeClock) -> None:
        self.clock = clock
        self.waits: list[float] = []

    async def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.clock.advance(seconds=seconds)


def dispatcher(
    sessions: Sessions, clock: FakeClock, sender: FakeSender, **kw: object
) -> Dispatcher:
    return Dispatcher(sessions, clock, sender, sleep=Sleeper(clock), **kw)  # type: ignore[arg-type]


async def test_delivers_each_slot_once(sessions: Sessions, clock: FakeClock) -> None:
    clock.set(DAY)
    rid = await add(sessions, 1, stretch(21, 30), clock.now())
    sender = FakeSender()
    disp = dispatcher(sessions, clock, sender)
    assert (await disp.run_once()).claimed == 0
    clock.set(DAY.replace(hour=21, minute=30))
    stats = await disp.run_once()
    assert (stats.claimed, stats.sent) == (1, 1)
    assert (await disp.run_once()).claimed == 0
    clock.advance(days=1)
    await disp.run_once()
    assert [o.slot for o in sender.sent] == [DAY.replace(hour=21, minute=30),
                                             DAY.replace(day=2, hour=21, minute=30)]  # fmt: skip
    rows = await deliveries(sessions)
    assert [(r.status, r.message_id is not None, r.sent_at) for r in rows] == [
        ("sent", True, rows[0].slot), ("sent", True, rows[1].slot)
    ]  # fmt: skip
    assert (await reminder(sessions, rid)).next_slot == DAY.replace(day=3, hour=21, minute=30)


async def test_ledger_makes_delivery_idempotent(sessions: Sessions, clock: FakeClock) -> None:
    clock.set(DAY)
    rid = await add(sessions, 1, stretch(9, 0), clock.now())
    slot = DAY.replace(hour=9)
    async with sessions() as session, session.begin():
        session.add(
            Delivery(reminder_id=rid, user_id=1, slot=slot, status="sent", created_at=slot)
        )
    clock.set(slot + timedelta(minutes=1))
    sender = FakeSender()
    await dispatcher(sessions, clock, sender).run_once()
    assert sender.sent == []
    assert (await reminder(sessions, rid)).next_slot == slot + timedelta(days=1)


@pytest.mark.parametrize("in_flight", [1, 16])
async def test_crash_mid_dispatch_loses_nothing_and_sends_nothing_twice(
    sessions: Sessions, clock: FakeClock, in_flight: int
) -> None:
    clock.set(DAY)
    for uid in range(1, 6):
        await add(sessions, uid, stretch(21, 0), clock.now())
    clock.set(DAY.replace(hour=21, minute=1))
    calls = Counter[int]()

    def crash_on_second(o: Outgoing) -> BaseException | None:
        calls["n"] += 1
        return Crash() if calls["n"] == 2 else None

    first = FakeSender(crash_on_second)
    with pytest.raises(Crash):
        await dispatcher(sessions, clock, first, max_in_flight=in_flight).run_once()
    before = Counter(r.status for r in await deliveries(sessions))
    unknown = before["sending"]
    assert 1 <= unknown <= in_flight  # the requests in flight when the process died
    if in_flight == 1:
        assert before == {"sent": 1, "sending": 1, "claimed": 3}
    assert 1 <= len(first.sent) <= before["sent"] + unknown  # in flight, yet it got there
    clock.advance(minutes=2)
    second = FakeSender()
    restarted = dispatcher(sessions, clock, second, max_in_flight=in_flight)
    stats = await restarted.recover()
    assert (stats.sent, stats.unconfirmed) == (before["claimed"], unknown)
    assert (await restarted.run_once()).claimed == 0
    both = first.per_slot() + second.per_slot()
    assert len(both) >= 5 - unknown
    assert set(both.values()) == {1}  # nobody got one twice
    statuses = Counter(r.status for r in await deliveries(sessions))
    assert statuses == +Counter({"sent": 5 - unknown, "unconfirmed": unknown})


async def test_claimed_rows_left_over_are_sent_once_within_grace_else_missed(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    await add(sessions, 1, stretch(21, 0), clock.now())
    await add(sessions, 2, hourly(8, 22), clock.now())
    clock.set(DAY.replace(hour=21, minute=5))
    crashed = dispatcher(sessions, clock, FakeSender())
    claim = await crashed._claim(clock.now())  # the process dies right after the commit
    assert len(claim.outgoing) == 2
    clock.advance(minutes=40)  # stretch grace 2 h: still useful; hydration grace 30 min: not
    sender = FakeSender()
    stats = await dispatcher(sessions, clock, sender).recover()
    assert (stats.sent, stats.missed) == (1, 1)
    assert [o.kind for o in sender.sent] == ["stretch"]
    assert (await dispatcher(sessions, clock, sender).recover()).claimed == 0


async def test_late_slots_follow_the_grace_of_their_kind(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    await add(sessions, 1, stretch(9, 0), clock.now())
    await add(sessions, 2, stretch(10, 0), clock.now())
    await add(sessions, 3, hourly(8, 22), clock.now())
    clock.set(DAY.replace(hour=11, minute=30))  # the bot was down since 08:00
    sender = FakeSender()
    stats = await dispatcher(sessions, clock, sender).run_until_idle()
    assert sorted((o.user_id, o.slot.hour) for o in sender.sent) == [(2, 10), (3, 11)]
    assert stats.missed == 2  # stretch 09:00; hydration 08:00 (09:00, 10:00 passed unrecorded)
    assert stats.sent == 2


async def test_outage_of_several_minutes_then_every_series_goes_on(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    for uid in range(1, 6):
        await add(sessions, uid, hourly(8, 22), clock.now())
    outage_end = DAY.replace(hour=10, minute=10)

    def down() -> BaseException | None:
        return TransientSendError("502") if clock.now() < outage_end else None

    sender = FakeSender(down=down)
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=10, minute=3))
    for _ in range(6):  # the job runs every minute during the outage
        await disp.run_once()
        clock.advance(minutes=1)
    clock.set(DAY.replace(hour=11, minute=3))
    await disp.run_once()
    rows = await deliveries(sessions)
    assert Counter((r.slot.hour, r.status) for r in rows) == {
        (8, "missed"): 5,
        (10, "missed"): 5,  # kept for a later attempt, but past its 30-minute grace by 11:03
        (11, "sent"): 5,
    }
    assert sender.probes >= 2  # the rounds during the outage probed instead of sending
    assert sorted(o.user_id for o in sender.sent) == [1, 2, 3, 4, 5]


async def test_retry_later_is_honoured(sessions: Sessions, clock: FakeClock) -> None:
    clock.set(DAY)
    await add(sessions, 1, stretch(9, 0), clock.now())
    raised: list[int] = []

    def flood(o: Outgoing) -> BaseException | None:
        if not raised:
            raised.append(1)
            return RetryLater(7)
        return None

    sender = FakeSender(flood)
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=9))
    stats = await disp.run_once()
    assert stats.sent == 1
    assert disp.sleep.waits == [7]  # type: ignore[attr-defined]
    assert (await deliveries(sessions))[0].attempts == 2


async def test_blocked_user_is_paused_and_resumed(sessions: Sessions, clock: FakeClock) -> None:
    clock.set(DAY)
    rid = await add(sessions, 1, stretch(9, 0), clock.now())
    await add(sessions, 2, stretch(9, 0), clock.now())
    sender = FakeSender(lambda o: RecipientBlocked() if o.user_id == 1 else None)
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=9))
    stats = await disp.run_once()
    assert (stats.sent, stats.blocked) == (1, 1)
    async with sessions() as session:
        blocked = await users.get_user(session, user_id=1)
        assert blocked is not None
        assert blocked.blocked_at == clock.now()
    sender.fault = None
    clock.set(DAY.replace(day=3, hour=9))
    await disp.run_once()
    assert [o.user_id for o in sender.sent] == [2, 2]  # user 1 gets nothing while blocked
    async with sessions() as session, session.begin():
        assert await users.mark_unblocked(session, user_id=1)
    clock.set(DAY.replace(day=3, hour=10))
    stats = await disp.run_once()
    assert stats.missed == 1  # the day-2 slot is long past its grace
    assert stats.sent == 1  # the day-3 slot is within it
    assert (await reminder(sessions, rid)).next_slot == DAY.replace(day=4, hour=9)


async def test_snooze_gives_one_extra_message_and_keeps_the_series(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    await add(sessions, 1, hourly(8, 22), clock.now())
    sender = FakeSender()
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=10, minute=5))
    await disp.run_once()
    first = (await deliveries(sessions))[-1]
    async with sessions() as session, session.begin():
        result = await repository.record_action(
            session, delivery_id=first.id, user_id=1, action="snooze15", now=clock.now()
        )
        assert result.ok
        again = await repository.record_action(
            session, delivery_id=first.id, user_id=1, action="snooze15", now=clock.now()
        )
        assert again.status == "already"
    clock.set(DAY.replace(hour=10, minute=19))
    assert (await disp.run_once()).claimed == 0
    clock.set(DAY.replace(hour=10, minute=20))
    assert (await disp.run_once()).sent == 1
    clock.set(DAY.replace(hour=11, minute=5))
    await disp.run_once()
    clock.set(DAY.replace(hour=12, minute=5))
    await disp.run_once()
    assert [(o.slot.hour, o.slot.minute, o.snoozed) for o in sender.sent] == [
        (10, 0, False), (10, 20, True), (11, 0, False), (12, 0, False)
    ]  # fmt: skip


async def test_hydration_skips_a_slot_after_a_recent_done(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    await add(sessions, 1, hourly(8, 22), clock.now())
    sender = FakeSender()
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=10, minute=5))
    await disp.run_once()
    delivery = (await deliveries(sessions))[-1]
    async with sessions() as session, session.begin():
        await repository.record_action(
            session, delivery_id=delivery.id, user_id=1, action="done",
            now=DAY.replace(hour=10, minute=30),
        )  # fmt: skip
    for hour in (11, 12):
        clock.set(DAY.replace(hour=hour, minute=5))
        await disp.run_once()
    assert [o.slot.hour for o in sender.sent] == [10, 12]
    assert [r.status for r in await deliveries(sessions)] == ["missed", "sent", "skipped", "sent"]


async def test_hydration_is_spread_by_a_stable_per_user_offset(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    uid = next(u for u in range(1, 100) if drink_offset(u) >= timedelta(seconds=60))
    rid = await add(sessions, uid, hourly(8, 22), clock.now())
    stored = await reminder(sessions, rid)
    assert stored.next_slot == DAY.replace(hour=8)
    assert stored.next_fire_at == DAY.replace(hour=8) + drink_offset(uid)
    sender = FakeSender()
    clock.set(DAY.replace(hour=8))
    assert (await dispatcher(sessions, clock, sender).run_once()).claimed == 0
    clock.set(stored.next_fire_at)
    await dispatcher(sessions, clock, sender).run_once()
    assert [o.slot for o in sender.sent] == [DAY.replace(hour=8)]


async def test_late_checkup_in_quiet_hours_waits_for_their_end(
    sessions: Sessions, clock: FakeClock
) -> None:
    clock.set(DAY)
    spec = ReminderSpec(kind="checkup", once_at=datetime.combine(DAY.date(), time(21)))
    await add(sessions, 1, spec, clock.now(), quiet=(time(22), time(7)))
    sender = FakeSender()
    disp = dispatcher(sessions, clock, sender)
    clock.set(DAY.replace(hour=23))  # the bot was down at 21:00
    stats = await disp.run_once()
    assert (stats.deferred, sender.sent) == (1, [])
    clock.set(DAY.replace(day=2, hour=7))
    assert (await disp.run_once()).sent == 1
    assert (await disp.run_once()).claimed == 0


async def test_two_instances_on_postgresql_deliver_each_reminder_exactly_once(
    pg_url: str, clock: FakeClock
) -> None:
    from tests.conftest import _empty_tables

    await _empty_tables(pg_url)
    engines = [create_engine(pg_url), create_engine(pg_url)]
    sessions = [session_factory(e) for e in engines]
    clock.set(DAY)
    async with sessions[0]() as session, session.begin():
        for uid in range(1, 301):
            await users.ensure_user(session, user_id=uid, now=clock.now())
        await repository.create_many(
            session, items=[(uid, stretch(9, 0)) for uid in range(1, 301)], zone="UTC",
            now=clock.now(),
        )  # fmt: skip
    clock.set(DAY.replace(hour=9))
    sender = FakeSender()

    async def drain(disp: Dispatcher) -> int:
        total = 0
        while (stats := await disp.run_once()).claimed:
            total += stats.claimed
            await asyncio.sleep(0)
        return total

    counts = await asyncio.gather(
        *(drain(Dispatcher(s, clock, sender, batch_size=25)) for s in sessions)
    )
    for engine in engines:
        await engine.dispose()
    assert sum(counts) == 300
    assert all(c > 0 for c in counts)  # both instances took part
    per_slot = sender.per_slot()
    assert len(per_slot) == 300
    assert set(per_slot.values()) == {1}
