"""Reminder repository on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select

from bot.db import users
from bot.db.models import Delivery, Reminder
from bot.reminders import repository
from bot.reminders.errors import ReminderLimitReached
from bot.reminders.schedule import ReminderSpec
from tests.reminders.helpers import Sessions, add, hourly, reminder, stretch

NOW = datetime(2026, 6, 1, 12, tzinfo=UTC)


async def test_create_stores_the_spec_and_arms_it_in_the_users_zone(sessions: Sessions) -> None:
    spec = ReminderSpec(kind="checkup", once_at=datetime.combine(date(2027, 3, 1), time(9)),
                        note="blood test")  # fmt: skip
    rid = await add(sessions, 1, spec, NOW, zone="America/New_York")
    stored = await reminder(sessions, rid)
    assert stored.timezone == "America/New_York"
    assert stored.next_slot == datetime(2027, 3, 1, 14, tzinfo=UTC)
    assert repository.spec_of(stored) == spec
    monthly = ReminderSpec(
        kind="checkup", every_months=6, anchor=date(2026, 6, 1), at_time=time(9)
    )
    again = await reminder(sessions, await add(sessions, 1, monthly, NOW, zone="Europe/Berlin"))
    assert repository.spec_of(again) == monthly
    assert again.next_slot == datetime(2026, 12, 1, 8, tzinfo=UTC)


async def test_limit_of_twenty_stores_nothing_more(sessions: Sessions) -> None:
    for n in range(repository.MAX_REMINDERS_PER_USER):
        await add(sessions, 1, stretch(n % 24, 0), NOW)
    with pytest.raises(ReminderLimitReached):
        await add(sessions, 1, stretch(), NOW)
    async with sessions() as session:
        count = await session.scalar(select(func.count()).select_from(Reminder))
        assert count == repository.MAX_REMINDERS_PER_USER
    await add(sessions, 2, stretch(), NOW)  # other users are not affected


async def test_list_pause_resume_delete_only_the_owners(sessions: Sessions) -> None:
    rid = await add(sessions, 1, stretch(21, 30), NOW)
    await add(sessions, 2, stretch(8, 0), NOW)
    async with sessions() as session, session.begin():
        assert [r.id for r in await repository.list_for_user(session, user_id=1)] == [rid]
        assert await repository.pause(session, reminder_id=rid, user_id=2) is None
        paused = await repository.pause(session, reminder_id=rid, user_id=1)
        assert paused is not None
        assert paused.paused
    later = NOW + timedelta(days=3, hours=10)  # 22:00 on June 4th
    async with sessions() as session, session.begin():
        resumed = await repository.resume(session, reminder_id=rid, user_id=1, now=later)
        assert resumed is not None
        assert not resumed.paused
        assert resumed.next_slot == datetime(2026, 6, 5, 21, 30, tzinfo=UTC)
    async with sessions() as session, session.begin():
        assert not await repository.delete(session, reminder_id=rid, user_id=2)
        assert await repository.delete(session, reminder_id=rid, user_id=1)
        assert await repository.list_for_user(session, user_id=1) == []


async def test_retime_user_moves_reminders_to_the_new_zone_and_quiet_hours(
    sessions: Sessions,
) -> None:
    stretch_id = await add(sessions, 1, stretch(21, 30), NOW, zone="Europe/Berlin")
    water_id = await add(sessions, 1, hourly(8, 22), NOW, zone="Europe/Berlin")
    async with sessions() as session, session.begin():
        user = await users.get_user(session, user_id=1)
        assert user is not None
        await users.set_timezone(session, user=user, zone="America/New_York")
        await users.set_quiet_hours(session, user=user, start=time(21), end=time(7))
        assert await repository.retime_user(session, user, NOW) == 2
    moved = await reminder(sessions, stretch_id)
    assert moved.timezone == "America/New_York"
    assert moved.next_slot is None  # 21:30 now falls in quiet hours: a stretch is dropped
    water = await reminder(sessions, water_id)
    assert water.next_slot == datetime(2026, 6, 1, 13, tzinfo=UTC)  # 09:00 in New York


async def _delivered(sessions: Sessions, rid: int, user_id: int, slot: datetime) -> int:
    async with sessions() as session, session.begin():
        delivery = Delivery(reminder_id=rid, user_id=user_id, slot=slot, status="sent",
                            sent_at=slot, created_at=slot)  # fmt: skip
        session.add(delivery)
        await session.flush()
        return delivery.id


async def test_record_action_results(sessions: Sessions) -> None:
    rid = await add(sessions, 1, hourly(8, 22), NOW)
    await add(sessions, 2, stretch(), NOW)
    did = await _delivered(sessions, rid, 1, NOW)
    async with sessions() as session, session.begin():
        act = repository.record_action
        assert (await act(session, delivery_id=999, user_id=1, action="done", now=NOW)).status == (
            "unknown"
        )
        assert (await act(session, delivery_id=did, user_id=2, action="done", now=NOW)).status == (
            "not_yours"
        )
        late = NOW + timedelta(days=3)
        assert (
            await act(session, delivery_id=did, user_id=1, action="done", now=late)
        ).status == ("expired")
        done = await act(session, delivery_id=did, user_id=1, action="done", now=NOW)
        assert (done.status, done.reminder_id, done.kind) == ("ok", rid, "hydration")
        assert (await act(session, delivery_id=did, user_id=1, action="done", now=NOW)).status == (
            "already"
        )
    async with sessions() as session:
        stored = await session.get(Delivery, did)
        assert stored is not None
        assert (stored.action, stored.acted_at) == ("done", NOW)


async def test_skip_today_moves_past_todays_slots_in_the_users_zone(sessions: Sessions) -> None:
    rid = await add(sessions, 1, hourly(8, 22), NOW, zone="Europe/Berlin")
    did = await _delivered(sessions, rid, 1, NOW)
    async with sessions() as session, session.begin():
        result = await repository.record_action(
            session, delivery_id=did, user_id=1, action="skip", now=NOW
        )
        assert result.ok
    assert (await reminder(sessions, rid)).next_slot == datetime(2026, 6, 2, 6, tzinfo=UTC)


async def test_stop_pauses_and_snooze_adds_one_delivery(sessions: Sessions) -> None:
    rid = await add(sessions, 1, stretch(12, 0), NOW)
    did = await _delivered(sessions, rid, 1, NOW)
    async with sessions() as session, session.begin():
        act = repository.record_action
        assert (await act(session, delivery_id=did, user_id=1, action="snooze60", now=NOW)).ok
        assert (await act(session, delivery_id=did, user_id=1, action="stop", now=NOW)).ok
    stored = await reminder(sessions, rid)
    assert stored.paused
    assert stored.next_slot == NOW + timedelta(days=1)  # the series schedule is untouched
    async with sessions() as session:
        extra = (await session.scalars(select(Delivery).where(Delivery.source == "snooze"))).all()
        assert [(d.slot, d.status) for d in extra] == [(NOW + timedelta(hours=1), "scheduled")]
