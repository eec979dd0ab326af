"""Reminders at Telegram's rate: several sends in flight, a send rate shared by every instance
(`send_pace`), oldest due first. On SQLite and PostgreSQL; time is the FakeClock's, moved by
the dispatcher's sleeps, and a request "takes time" as turns of the event loop or an event."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import datetime, timedelta

import pytest
from pydantic import ValidationError
from sqlalchemy import update

from bot.config import Settings
from bot.db.models import Reminder
from bot.db.session import create_engine, session_factory
from bot.reminders.dispatcher import Dispatcher, Outgoing
from bot.reminders.pacing import Pacer, micros
from tests.fakes.clock import FakeClock
from tests.fakes.sender import FakeSender
from tests.reminders.helpers import Sessions, deliveries
from tests.reminders.test_faults import DUE, burst, make


class Held(FakeSender):
    """Every request hangs until `release` is set; `full` is set once `limit` are in flight."""

    def __init__(self, limit: int) -> None:
        super().__init__()
        self.limit, self.active, self.peak = limit, 0, 0
        self.full, self.release = asyncio.Event(), asyncio.Event()

    async def send(self, delivery: Outgoing) -> int:
        self.active += 1
        self.peak = max(self.peak, self.active)
        if self.active == self.limit:
            self.full.set()
        await self.release.wait()
        self.active -= 1
        return await super().send(delivery)


async def test_several_sends_are_in_flight_and_never_more_than_the_limit(
    sessions: Sessions, clock: FakeClock
) -> None:
    await burst(sessions, clock, 10)
    sender = Held(limit=4)
    disp = make(sessions, clock, sender, max_in_flight=4)
    round_ = asyncio.create_task(disp.run_once())
    await asyncio.wait_for(sender.full.wait(), timeout=10)
    # four requests out at once, each row committed `sending` before it; nothing else started
    assert Counter(r.status for r in await deliveries(sessions)) == {"sending": 4, "claimed": 6}
    sender.release.set()
    stats = await round_
    assert (stats.claimed, stats.sent, sender.peak) == (10, 10, 4)
    assert set(sender.per_slot().values()) == {1}
    assert {r.status for r in await deliveries(sessions)} == {"sent"}


class Slow(FakeSender):
    """A request takes a few turns of the event loop; records the order requests began in."""

    def __init__(self, clock: FakeClock, log: list[tuple[datetime, int]] | None = None) -> None:
        super().__init__()
        self.clock, self.began = clock, log if log is not None else []

    async def send(self, delivery: Outgoing) -> int:
        self.began.append((self.clock.now(), delivery.reminder_id))
        for _ in range(3):
            await asyncio.sleep(0)
        return await super().send(delivery)


async def test_reminders_of_one_minute_start_oldest_due_first_with_sends_in_flight(
    sessions: Sessions, clock: FakeClock
) -> None:
    """'In order' with sends in flight: requests begin in due order (due time, then reminder
    id for the same instant); they may finish in any order."""
    await burst(sessions, clock, 24)
    seconds = [(7 * rid) % 40 for rid in range(1, 25)]  # 21:00:00-21:00:39, shuffled, ties
    async with sessions() as s, s.begin():
        for rid, second in enumerate(seconds, start=1):
            due = DUE.replace(minute=0, second=second)
            await s.execute(update(Reminder).where(Reminder.id == rid).values(next_fire_at=due))
    sender = Slow(clock)
    disp = make(sessions, clock, sender, max_in_flight=4, batch_size=10, rate=50)
    await disp.run_until_idle()
    due = sorted(range(1, 25), key=lambda rid: (seconds[rid - 1], rid))
    assert [rid for _t, rid in sender.began] == due
    assert set(sender.per_slot().values()) == {1} and len(sender.sent) == 24


async def _drain(disp: Dispatcher) -> None:
    for _ in range(30):
        await disp.run_once()
        await asyncio.sleep(0)


def assert_paced(began: list[datetime], start: datetime, rate: float) -> None:
    """No more than k + 1 requests by `start + k / rate`: the k-th (0-based) began no earlier,
    give or take how late a slot may still be used (`Pacer.late_us`)."""
    pacer = Pacer(rate)
    for k, at in enumerate(sorted(began)):
        assert at >= start + timedelta(microseconds=k * pacer.interval_us - pacer.late_us), k


@pytest.mark.parametrize("rate", [10, 40])
async def test_two_instances_together_keep_to_the_rate(
    db_url: str, clock: FakeClock, rate: float
) -> None:
    engines = [create_engine(db_url), create_engine(db_url)]
    a_sessions, b_sessions = (session_factory(e) for e in engines)
    await burst(a_sessions, clock, 60)
    began: list[tuple[datetime, int]] = []
    a_sender, b_sender = Slow(clock, began), Slow(clock, began)
    a = make(a_sessions, clock, a_sender, batch_size=10, max_in_flight=4, rate=rate)
    b = make(b_sessions, clock, b_sender, batch_size=10, max_in_flight=4, rate=rate)
    await asyncio.gather(_drain(a), _drain(b))
    for engine in engines:
        await engine.dispose()
    if db_url.startswith("postgresql"):  # both instances took part; SQLite (one writer, one
        # instance supported) may let the first claim every batch before the second's turn
        assert a_sender.sent and b_sender.sent
    per = a_sender.per_slot() + b_sender.per_slot()
    assert len(per) == 60 and set(per.values()) == {1}
    times = [t for t, _rid in began]
    assert_paced(times, DUE, rate)
    # ... and the rate is nearly reached. The FakeClock jumps to the end of each sleep, so an
    # instance that slept to its slot may find the other already past it (the slot counts as
    # missed, `Pacer.missed`): here up to about every other slot; with a real clock sleeps
    # overlap and few are (docs/reminders.md has figures).
    assert max(times) - DUE <= timedelta(seconds=2.5 * 60 / rate)


def test_a_pacer_takes_blocks_by_rate_and_drops_slots_it_could_not_use() -> None:
    assert (Pacer(30).block, Pacer(30).interval_us) == (1, 33_334)  # 30 slots: under 1 s
    assert (Pacer(1000).block, Pacer(1000).interval_us) == (40, 1000)
    pacer = Pacer(100)  # blocks of 4, 10 ms apart
    first = pacer.hold(micros(DUE))
    assert first == DUE
    assert pacer.next_held(DUE) == DUE + timedelta(milliseconds=10)
    # a 429 wait later the last two slots are long past: using them now would be a burst
    assert pacer.next_held(DUE + timedelta(seconds=5)) is None
    assert not pacer.missed(DUE, DUE + timedelta(milliseconds=49))
    assert pacer.missed(DUE, DUE + timedelta(milliseconds=50))  # at least 50 ms, or a slot
    with pytest.raises(ValueError, match="rate"):
        Pacer(1001)


def test_the_rate_settings_are_validated() -> None:
    settings = Settings(reminder_rate=1000, reminder_max_in_flight=64)
    assert (settings.reminder_rate, settings.reminder_max_in_flight) == (1000, 64)
    assert (Settings().reminder_rate, Settings().reminder_max_in_flight) == (30, 16)
    for bad in ({"reminder_rate": 0}, {"reminder_rate": 1001}, {"reminder_max_in_flight": 0}):
        with pytest.raises(ValidationError):
            Settings(**bad)  # type: ignore[arg-type]
