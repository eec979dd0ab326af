"""/experiment stretch through the Bot API double, on both databases: four alternating weeks
with and without the bedtime stretch reminder, the morning check-in every night, stops and
resumes, and what the user's own diary says at the end. The clock is moved (the experiment
job and the reminder dispatcher run when a test says so); nothing sleeps."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.db.models import Experiment, Night
from bot.handlers.experiment import turn_weeks
from bot.offline.state import Call
from bot.reports.rate_ratio import rate_ratio
from bot.services import experiment as service
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_checkin import morning_messages
from tests.handlers.test_reminders import (
    answers,
    berlin,
    deliveries_of,
    dispatcher,
    reminder_messages,
    reminders_of,
)

BERLIN = ZoneInfo("Europe/Berlin")
AUCKLAND = ZoneInfo("Pacific/Auckland")


@pytest.fixture
def stretch_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "draw_first", lambda: "stretch")


@pytest.fixture
def none_first(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(service, "draw_first", lambda: "none")


def at(day: date, hour: int, minute: int = 0, zone: ZoneInfo = BERLIN) -> datetime:
    """A local wall time as aware UTC."""
    return datetime.combine(day, time(hour, minute), zone).astimezone(UTC)


def days(first: date, last: date) -> Iterator[date]:
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


async def experiments_of(bot: Harness) -> list[Experiment]:
    async with bot.app.bot_data.sessions() as session:
        return list(await session.scalars(select(Experiment).order_by(Experiment.id)))


async def nights_of(bot: Harness) -> dict[date, int]:
    async with bot.app.bot_data.sessions() as session:
        return {n.night: n.cramps for n in await session.scalars(select(Night))}


async def job(bot: Harness, when: datetime) -> list[str]:
    """Move the clock to `when`, run the experiment job once; the texts it sent."""
    bot.clock.set(when)
    mark = len(bot.engine.calls)
    await turn_weeks(bot.app)
    return texts(bot.engine.calls[mark:])


async def evening(
    bot: Harness, day: date, zone: ZoneInfo = BERLIN, stretch_at: time = time(21, 30)
) -> tuple[bool, list[str]]:
    """The experiment job at noon, then the dispatcher at the stretch reminder's time:
    whether the stretch reminder came, and what the job sent."""
    notices = await job(bot, at(day, 12, 0, zone))
    before = len(reminder_messages(bot))
    bot.clock.set(at(day, stretch_at.hour, stretch_at.minute, zone))
    await dispatcher(bot).run_once()
    stretch = [c for c in reminder_messages(bot)[before:] if "stretch" in c.params["text"].lower()]
    return bool(stretch), notices


async def wake_up(bot: Harness, night: date, cramps: int | None, zone: ZoneInfo = BERLIN
                  ) -> None:  # fmt: skip
    """08:00 on the night's morning: the check-in comes; answer it with `cramps` (None: leave
    it unanswered)."""
    before = len(morning_messages(bot))
    bot.clock.set(at(night, 8, 0, zone))
    await dispatcher(bot).run_once()
    sent = morning_messages(bot)
    assert len(sent) == before + 1, night
    if cramps is not None:
        delivery = (await deliveries_of(bot))[-1]
        calls = await bot.press(f"ci:{delivery.id}:n:{cramps}", message_id=delivery.message_id)
        texts(calls)


async def start(bot: Harness, args: str = "stretch") -> list[Call]:
    """/experiment <args>, then its Start button."""
    (offer,) = await bot.say(f"/experiment {args}")
    assert "A 4-week stretch experiment" in offer
    go = next(b for b in bot.buttons() if b.startswith("ex:go:"))
    return await bot.press(go)


# -- the whole four weeks ------------------------------------------------------------------


async def test_four_weeks_with_gaps_switch_the_reminder_and_compare_the_two_kinds_of_week(
    bot: Harness, stretch_first: None
) -> None:
    await berlin(bot)  # Friday 2026-11-20, 08:15 in Berlin; no check-in, no stretch reminder
    (offer,) = await bot.say("/experiment stretch")
    assert "Morning check-in:</b>" not in offer  # plain text
    assert "Morning check-in: it's off. Starting turns it on at 08:00" in offer
    assert "Stretch reminder: I'll set one at 21:30" in offer
    assert "The first week begins on the evening of Fri 2026-11-20." in offer
    assert bot.buttons() == ["ex:go:2130", "ex:no:0"]
    (started,) = texts(await bot.press("ex:go:2130"))
    assert started.startswith(
        "🧪 Started. Week 1 of 4 begins on the evening of Fri 2026-11-20: stretch before bed"
    )
    assert "Week 2: no bedtime stretch, evenings Fri 2026-11-27 to Thu 2026-12-03" in started
    assert "Week 4: no bedtime stretch, evenings Fri 2026-12-11 to Thu 2026-12-17" in started
    stretch, checkin = sorted(await reminders_of(bot), key=lambda r: r.kind, reverse=True)
    assert (stretch.kind, stretch.at_time, stretch.paused) == ("stretch", time(21, 30), False)
    assert (checkin.kind, checkin.at_time) == ("checkin", time(8))
    (row,) = await experiments_of(bot)
    assert (row.first_night, row.first_condition, row.week, row.told) == (
        date(2026, 11, 21), "stretch", 1, 1,
    )  # fmt: skip

    # Cramps a night: few after stretch weeks, more after the others; two nights unanswered.
    stretch_nights = [0, 1, 0, 0, None, 0, 0, 0, 0, 1, 0, 0, 0, 0]
    none_nights = [2, 3, 1, None, 2, 2, 3, 2, 1, 2, 3, 2, 2, 1]
    plan = iter(stretch_nights[:7] + none_nights[:7] + stretch_nights[7:] + none_nights[7:])
    first = date(2026, 11, 21)
    week_notices: list[str] = []
    for i, night in enumerate(days(first, first + timedelta(days=27))):
        week_is_stretch = (i // 7) % 2 == 0
        if i % 7 == 0 and i:  # a week's first evening: nothing changes before noon
            assert await job(bot, at(night - timedelta(days=1), 11, 59)) == []
        came, notices = await evening(bot, night - timedelta(days=1))
        assert came == week_is_stretch, (night, came)
        assert len(notices) == (1 if i % 7 == 0 and i else 0), (night, notices)
        week_notices += notices
        if week_is_stretch and i % 2 == 0:  # some stretches marked done
            delivery = [d for d in await deliveries_of(bot) if d.status == "sent"][-1]
            await bot.press(f"rd:{delivery.id}:done", message_id=delivery.message_id)
        await wake_up(bot, night, next(plan))
    assert [n.split(" of your")[0] for n in week_notices] == [
        "🧪 Week 2 of 4", "🧪 Week 3 of 4", "🧪 Week 4 of 4",
    ]  # fmt: skip
    assert "no bedtime stretch, evenings to Thu 2026-12-03" in week_notices[0]
    assert "Your stretch reminder is paused this week" in week_notices[0]
    assert "stretch before bed every evening" in week_notices[1]
    assert "Your stretch reminder comes this week (21:30)" in week_notices[1]
    assert len(await nights_of(bot)) == 26

    (shown,) = await bot.say("/experiment")  # before the end: how it is going, no comparison
    assert "Week 4 of 4 (evenings to Thu 2026-12-17): no bedtime stretch." in shown
    assert "stretch weeks 13 of 14 (1 missed), no-stretch weeks 13 of 14 (1 missed)" in shown
    assert "The comparison comes when week 4 ends." in shown

    result = await job(bot, at(date(2026, 12, 18), 12, 0))
    (text,) = result
    expected = rate_ratio(2, 13, 26, 13)  # 2 cramps over 13 nights against 26 over 13
    assert text.startswith("🧪 Your 4 weeks are over. In your diary over these weeks:")
    assert "Stretch weeks: nights answered: 13 (1 unanswered); cramps: 2, 0.2 a night;" in text
    assert "evenings with the stretch marked done: 8." in text
    assert "No-stretch weeks: nights answered: 13 (1 unanswered); cramps: 26, 2.0 a night." in text
    assert f"were {expected.estimate:.3g} times those in the others" in text
    assert f"(95% interval {expected.low:.3g} to {expected.high:.3g})" in text
    assert "nights in stretch weeks had fewer cramps" in text
    assert "not proof that stretching works" in text
    assert '3 nights were noted as "3 or more" and count as 3' in text
    assert "The stretch reminder I set for it is paused" in text
    assert "The morning check-in stays on" in text
    assert bot.buttons() == [f"rm:{stretch.id}:resume"]
    kept = {r.kind: r.paused for r in await reminders_of(bot)}
    assert kept == {"stretch": True, "checkin": False}  # its reminder paused, with its history
    (row,) = await experiments_of(bot)
    assert (row.status, row.week, row.told) == ("done", 5, 5)
    assert await job(bot, at(date(2026, 12, 18), 12, 1)) == []  # told once
    (again,) = await bot.say("/experiment")
    assert "Your 4 weeks are over" in again and "interval" in again


# -- time zones and DST --------------------------------------------------------------------


async def test_a_week_switches_at_local_noon_on_the_dst_day_and_its_night_counts(
    bot: Harness, stretch_first: None
) -> None:
    # Berlin springs forward in the night to Sunday 2027-03-28 (02:00 -> 03:00). Started on
    # Sunday the 21st, week 1 holds the nights to the 28th, so week 2 (no stretch) begins on
    # the evening of the 28th: switched at 12:00 CEST, 10:00 UTC.
    start_day = date(2027, 3, 21)
    bot.clock.set(at(start_day, 9, 0))
    await bot.say("/timezone Europe/Berlin")
    await bot.say("/checkin")
    await bot.say("/remind stretch 21:30")
    (started,) = texts(await start(bot))
    assert "Week 1 of 4 begins on the evening of Sun 2027-03-21" in started
    assert "Week 2: no bedtime stretch, evenings Sun 2027-03-28 to Sat 2027-04-03" in started
    for night in days(date(2027, 3, 22), date(2027, 3, 28)):
        came, _ = await evening(bot, night - timedelta(days=1))
        assert came, night
        await wake_up(bot, night, 1 if night.day % 2 else 0)
    dst_day = date(2027, 3, 28)
    assert at(dst_day, 12, 0) == datetime(2027, 3, 28, 10, 0, tzinfo=UTC)
    assert await job(bot, at(dst_day, 11, 59)) == []
    came, notices = await evening(bot, dst_day)
    assert not came  # no-stretch week: the 21:30 CEST slot (19:30 UTC) is not sent
    assert notices and notices[0].startswith("🧪 Week 2 of 4")
    (reminder,) = [r for r in await reminders_of(bot) if r.kind == "stretch"]
    assert reminder.paused
    await wake_up(bot, date(2027, 3, 29), 2)
    (shown,) = await bot.say("/experiment")
    # the DST night (to the 28th) is the last of week 1: 7 stretch nights, 1 no-stretch night
    assert "stretch weeks 7 of 7 (0 missed), no-stretch weeks 1 of 1 (0 missed)" in shown


async def test_a_far_zone_runs_on_its_own_nights_and_noon(bot: Harness, none_first: None) -> None:
    # Auckland (UTC+13 in December): its noon is 23:00 UTC the day before.
    bot.clock.set(at(date(2026, 12, 1), 9, 0, AUCKLAND))
    await bot.say("/timezone Pacific/Auckland")
    await bot.say("/remind stretch 21:00")
    (offer,) = await bot.say("/experiment stretch")
    assert "yours (21:00) comes in stretch weeks" in offer
    assert "The first week begins on the evening of Tue 2026-12-01." in offer
    (started,) = texts(await bot.press("ex:go:2130"))
    assert "Week 1 of 4 begins on the evening of Tue 2026-12-01: no bedtime stretch" in started
    assert [r.at_time for r in await reminders_of(bot) if r.kind == "stretch"] == [time(21)]
    for night in days(date(2026, 12, 2), date(2026, 12, 8)):  # week 1: no stretch
        wall = datetime.combine(night - timedelta(days=1), time(21), AUCKLAND)
        came, _ = await evening(bot, night - timedelta(days=1), AUCKLAND, time(21))
        assert not came, wall
        await wake_up(bot, night, 2, AUCKLAND)
    noon = at(date(2026, 12, 8), 12, 0, AUCKLAND)
    assert noon == datetime(2026, 12, 7, 23, 0, tzinfo=UTC)  # the UTC date is the day before
    assert await job(bot, noon - timedelta(minutes=1)) == []
    (notice,) = await job(bot, noon)
    assert notice.startswith("🧪 Week 2 of 4 of your experiment starts this evening: stretch")
    assert "Your stretch reminder comes this week (21:00)" in notice
    bot.clock.set(at(date(2026, 12, 8), 21, 0, AUCKLAND))
    before = len(reminder_messages(bot))
    await dispatcher(bot).run_once()
    assert len(reminder_messages(bot)) == before + 1  # 08:00 UTC: Auckland's evening
    assert await nights_of(bot) == {d: 2 for d in days(date(2026, 12, 2), date(2026, 12, 8))}


# -- stop, resume, one at a time -----------------------------------------------------------


async def test_stop_restores_the_reminder_and_resume_shifts_the_remaining_weeks(
    bot: Harness, none_first: None
) -> None:
    await berlin(bot)  # Fri 2026-11-20 08:15
    await bot.say("/checkin")
    await bot.say("/remind stretch 22:00")
    (started,) = texts(await start(bot))
    assert "Week 1 of 4 begins on the evening of Fri 2026-11-20: no bedtime stretch" in started
    assert "Week 4: stretch before bed every evening, evenings Fri 2026-12-11 to Thu" in started
    (stretch,) = [r for r in await reminders_of(bot) if r.kind == "stretch"]
    assert stretch.paused  # week 1: no stretch, at once
    for night in days(date(2026, 11, 21), date(2026, 11, 23)):
        await wake_up(bot, night, 1)
    bot.clock.set(at(date(2026, 11, 23), 10, 0))  # Monday morning: nights to the 23rd kept
    (stopped,) = await bot.say("/experiment stop")
    assert stopped.startswith("⏸ On hold after 3 of 28 nights.")
    assert (
        "/experiment resume goes on with week 1 (no bedtime stretch); nights left in it: 4"
        in stopped
    )
    assert not next(r for r in await reminders_of(bot) if r.kind == "stretch").paused
    assert await bot.say("/experiment stop") == [
        "It's on hold already. /experiment resume goes on with it."
    ]
    came, notices = await evening(bot, date(2026, 11, 23), stretch_at=time(22))
    assert (came, notices) == (True, [])  # on hold: the user's reminder as before, no job
    await wake_up(bot, date(2026, 11, 24), 3)  # a night on hold: answered, not counted
    (refused,) = await bot.say("/experiment stretch")
    assert refused.startswith("One experiment at a time: yours is on hold.")
    assert bot.buttons() == ["ex:resume:0", "ex:over:0"]
    (shown,) = await bot.say("/experiment")
    assert "On hold since the evening of Mon 2026-11-23, after 3 of 28 nights" in shown

    bot.clock.set(at(date(2026, 11, 26), 15, 0))  # Thursday: three evenings held
    (resumed,) = await bot.say("/experiment resume")
    assert resumed.startswith("▶️ Resumed. Week 1 of 4 goes on from the evening of Thu 2026-11-26")
    assert "The last evening is now Sun 2026-12-20." in resumed  # 3 days later than Thu 17th
    assert next(r for r in await reminders_of(bot) if r.kind == "stretch").paused
    assert await bot.say("/experiment resume") == ["It's running: week 1 of 4."]
    (row,) = await experiments_of(bot)
    assert row.pauses == [["2026-11-24", "2026-11-27"]]
    for night in days(date(2026, 11, 27), date(2026, 11, 30)):  # week 1's 4 nights left
        came, _ = await evening(bot, night - timedelta(days=1), stretch_at=time(22))
        assert not came
        await wake_up(bot, night, 1)
    came, notices = await evening(bot, date(2026, 11, 30), stretch_at=time(22))  # week 2
    assert came and notices[0].startswith("🧪 Week 2 of 4")
    (shown,) = await bot.say("/experiment")
    assert "stretch weeks 0 of 0 (0 missed), no-stretch weeks 7 of 7 (0 missed)" in shown
    assert "Week 2 of 4 (evenings to Sun 2026-12-06): stretch before bed" in shown


async def test_a_second_experiment_while_one_runs_is_refused_and_one_on_hold_can_be_ended(
    bot: Harness, stretch_first: None
) -> None:
    await berlin(bot)
    await start(bot)
    offer = bot.message_with_button(USER, "ex:stop:0")  # the start screen, now the calendar
    (refused,) = await bot.say("/experiment stretch 22:00")
    assert refused == (
        "One experiment at a time: yours is in week 1 of 4. /experiment shows it; "
        "/experiment stop puts it on hold."
    )
    # the old start button pressed again starts nothing new
    (again,) = texts(await bot.press("ex:go:2130", message_id=offer))
    assert again.startswith("One experiment at a time")
    assert len(await experiments_of(bot)) == 1
    await bot.say("/experiment stop")
    await bot.say("/experiment stretch")
    (offer,) = texts(await bot.press("ex:over:0"))
    assert offer.startswith("🧪 A 4-week stretch experiment")
    assert "yours (21:30) comes in stretch weeks" in offer  # the one it set, now paused
    (old,) = await experiments_of(bot)
    assert old.status == "ended"
    await bot.press("ex:go:2130")
    statuses = [e.status for e in await experiments_of(bot)]
    assert statuses == ["ended", "running"]
    assert len([r for r in await reminders_of(bot) if r.kind == "stretch"]) == 1  # reused


# -- too few nights, and what says nothing ------------------------------------------------


async def test_too_few_nights_are_said_with_the_counts(bot: Harness, stretch_first: None) -> None:
    await berlin(bot)
    await start(bot)
    await wake_up(bot, date(2026, 11, 21), 0)
    await wake_up(bot, date(2026, 11, 22), 1)
    bot.clock.set(at(date(2026, 11, 29), 8, 0))
    await dispatcher(bot).run_once()  # whatever mornings between were missed: past their grace
    await wake_up(bot, date(2026, 11, 30), 2)
    last = date(2026, 12, 18)
    assert await job(bot, at(last, 12, 0)) == []  # the last night unanswered: the result waits
    (text,) = await job(bot, at(last + timedelta(days=1), 12, 0))  # a day later it comes
    assert "Stretch weeks: nights answered: 2 (12 unanswered); cramps: 1, 0.5 a night" in text
    assert "No-stretch weeks: nights answered: 1 (13 unanswered); cramps: 2, 2.0 a night" in text
    assert (
        "Too few nights to tell: 2 of 7 in stretch weeks, 1 of 7 in no-stretch weeks. I need 7"
        in text
    )
    assert "interval" not in text


async def test_not_now_and_forged_presses_start_nothing(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/experiment stretch")
    message = bot.message_with_button(USER, "ex:go:2130")
    assert texts(await bot.press("ex:no:0")) == [
        "No experiment, then. /experiment stretch offers it again whenever you like."
    ]
    for forged in ("ex:go:2561", "ex:go:x", "ex:launch:0"):
        calls = await bot.process(bot.engine.callback(USER, forged, message_id=message))
        assert answers(calls) == ["This button has expired."]
    other = 5151
    bot.engine.add_chat(other)
    await bot.say("/start", user=other)
    theirs = int(bot.engine.messages(other)[-1]["message_id"])
    calls = await bot.process(bot.engine.callback(other, "ex:stop:0", message_id=theirs))
    assert texts(calls) == ["There's no experiment running. /experiment stretch starts one."]
    assert await experiments_of(bot) == []  # a press acts on the presser's own data only
    assert await bot.say("/experiment") == [
        "You have no experiment yet. /experiment stretch starts one: 4 weeks, two with the "
        "bedtime stretch and two without, and what your own diary says about them."
    ]
    assert (await bot.say("/experiment sometimes"))[0].startswith("I didn't get that.")
    assert (await bot.say("/experiment stretch at dawn"))[0].startswith("I didn't get that.")


async def test_a_week_notice_waits_for_the_end_of_quiet_hours(
    bot: Harness, stretch_first: None
) -> None:
    await berlin(bot)
    await bot.say("/quiet 11:00-13:30")
    await start(bot)
    switch_day = date(2026, 11, 27)  # week 2 begins on its evening
    assert await job(bot, at(switch_day, 12, 0)) == []  # switched, not told in quiet hours
    (stretch,) = [r for r in await reminders_of(bot) if r.kind == "stretch"]
    assert stretch.paused
    (notice,) = await job(bot, at(switch_day, 13, 30))
    assert notice.startswith("🧪 Week 2 of 4")


# -- the user's data -----------------------------------------------------------------------


async def test_export_holds_the_experiment_and_delete_erases_it(
    bot: Harness, none_first: None
) -> None:
    await berlin(bot)
    await start(bot)
    await wake_up(bot, date(2026, 11, 21), 1)
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert "Also your stretch experiments (experiments.csv, 1 in all" in texts(calls)[0]
    assert len([c for c in calls if c.method == "sendDocument"]) == 5
    uploads = [m["document"] for m in bot.engine.messages(USER) if "document" in m]
    (found,) = [d for d in uploads if d["file_name"] == "experiments.csv"]
    path = bot.engine.call("getFile", {"file_id": found["file_id"]}).body["result"]["file_path"]
    lines = bot.engine.file_content(path).decode().splitlines()
    assert lines[0] == (
        "test,status,started_at,first_night,weeks,holds,stopped_at,ended_at,"
        "checkin_turned_on,reminder_set"
    )
    assert lines[1].startswith("stretch,running,2026-11-20T08:15:00+01:00,2026-11-21,")
    assert "none 2026-11-21/2026-11-27; stretch 2026-11-28/2026-12-04;" in lines[1]
    assert lines[1].endswith(",,,True,True")
    await bot.say("/delete")
    await bot.press("del:yes")
    assert await experiments_of(bot) == []


async def test_a_paused_check_in_is_pointed_out(bot: Harness, stretch_first: None) -> None:
    await berlin(bot)
    await start(bot)
    (checkin,) = [r for r in await reminders_of(bot) if r.kind == "checkin"]
    await bot.say("/reminders")
    await bot.press(f"rm:{checkin.id}:pause")
    (shown,) = await bot.say("/experiment")
    assert "Your morning check-in is paused, so nights go unanswered: /checkin" in shown
    await bot.say("/checkin")
    (shown,) = await bot.say("/experiment")
    assert "check-in is paused" not in shown


async def test_a_stretch_reminder_quiet_hours_keep_out_starts_nothing(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 21:00-07:00")
    await bot.say("/experiment stretch")
    (answer,) = texts(await bot.press("ex:go:2130"))
    assert answer.startswith("Your quiet hours are 21:00-07:00, so")  # the usual question
    assert await experiments_of(bot) == []
    assert [r.kind for r in await reminders_of(bot)] == []  # nothing half set up
    (offer,) = await bot.say("/experiment stretch 20:30")
    assert "I'll set one at 20:30" in offer
    (started,) = texts(await bot.press("ex:go:2030"))
    assert started.startswith("🧪 Started.")
    assert sorted(r.kind for r in await reminders_of(bot)) == ["checkin", "stretch"]
