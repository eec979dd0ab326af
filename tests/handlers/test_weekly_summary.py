"""The weekly summary: once a week at the user's day and time, in their zone, with numbers from
the diary counted here by hand; nothing at all in a week without entries (the delivery is
`skipped`, once); DST weeks, a far zone across a year end, a restart between the due time and
the send, and /remind weekly's arguments. The clock is moved; nothing sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.db import cramps, nights
from bot.offline.state import Call
from tests.fakes.clock import FakeClock
from tests.fakes.harness import USER, Harness, start_harness, stop_harness, texts
from tests.handlers.test_reminders import answers, deliveries_of, dispatcher, fire, reminders_of

BERLIN, LONDON, AUCKLAND = "Europe/Berlin", "Europe/London", "Pacific/Auckland"
NONE_BEFORE = "Nothing was noted the week before, so nothing to compare yet."


def at(zone: str, year: int, month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A wall time in `zone` (the first of a repeated one) as aware UTC."""
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone)).astimezone(UTC)


def berlin(day: int, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall time in November 2026."""
    return at(BERLIN, 2026, 11, day, hour, minute)


def summaries(bot: Harness) -> list[Call]:
    """The weekly summaries sent (the only messages with /stats' buttons)."""
    return [c for c in bot.engine.sent(USER)
            if c.status == 200 and "st:1w" in str(c.params.get("reply_markup"))]  # fmt: skip


def buttons_of(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [b["callback_data"] for row in rows for b in row]


async def due(bot: Harness, when: datetime) -> str:
    """Nothing a minute before `when`; at `when` exactly one summary, never a second."""
    before = len(summaries(bot))
    bot.clock.set(when - timedelta(minutes=1))
    await fire(bot)
    assert len(summaries(bot)) == before, "sent before its time"
    bot.clock.set(when)
    await fire(bot)
    sent = summaries(bot)
    assert len(sent) == before + 1
    await fire(bot)
    assert len(summaries(bot)) == before + 1, "sent twice"
    return texts([sent[-1]])[0]


async def log_cramp(bot: Harness, when: datetime) -> None:
    """A cramp at `when`, logged a minute later."""
    bot.clock.set(when + timedelta(minutes=1))
    async with bot.app.bot_data.sessions() as session, session.begin():
        await cramps.add_cramp(session, user_id=USER, occurred_at=when, now=bot.clock.now())


async def note_night(bot: Harness, night: date, count: int) -> None:
    """A night answered (as the check-in's buttons would store it)."""
    async with bot.app.bot_data.sessions() as session, session.begin():
        await nights.record(session, user_id=USER, night=night, cramps=count,
                            now=bot.clock.now())  # fmt: skip


async def weekly_in(bot: Harness, zone: str, now: datetime, args: str) -> str:
    bot.clock.set(now)
    await bot.say(f"/timezone {zone}")
    (confirmation,) = await bot.say(f"/remind weekly {args}")
    return confirmation


# -- the numbers ----------------------------------------------------------------------------------


async def test_the_week_in_numbers_from_a_diary_counted_by_hand(bot: Harness) -> None:
    confirmation = await weekly_in(bot, BERLIN, berlin(9, 10), "sun 19:00")
    assert confirmation.startswith("✅ Reminder set: weekly summary on Sundays at 19:00.")
    assert "Next: Sun 2026-11-15 19:00 (Europe/Berlin)." in confirmation
    assert "It comes only in weeks with something in your diary" in confirmation
    # The week before: Sun 8 Nov 19:00 to Sun 15 Nov 19:00; 5 cramps, the last at 18:30.
    for day, hour, minute in ((10, 3, 0), (12, 23, 30), (13, 4, 0), (14, 2, 0), (15, 18, 30)):
        await log_cramp(bot, berlin(day, hour, minute))
    assert await due(bot, berlin(15, 19, 0)) == "\n".join([
        "📅 Your week (since Sun 8 Nov, 19:00)", "Cramps logged: 5", NONE_BEFORE,
    ])  # fmt: skip

    # The week: Sun 15 Nov 19:00 to Sun 22 Nov 19:00, with a stretch and a check-in each day.
    await log_cramp(bot, berlin(15, 19, 5))  # after the last summary: this week's
    await bot.say("/remind stretch 21:30")
    await bot.say("/checkin 08:00")
    stretch_done = {15, 16, 18, 20}  # 4 of the 7 evenings (Sun 15 to Sat 21)
    # The mornings' answers: Mon 16 confirms the 3 logged that night (from 18:00: 18:30, which
    # was last week's, 19:05 and 03:10), Wed 18 the 1 at 02:00; Sat 21 goes unanswered; Sun 22
    # says 1 that was never logged.
    morning_answer = {16: "all:0", 17: "n:0", 18: "all:0", 19: "n:0", 20: "n:0", 22: "n:1"}
    for day in range(15, 23):
        if day == 16:
            await log_cramp(bot, berlin(16, 3, 10))
        if day == 18:
            await log_cramp(bot, berlin(18, 2, 0))
        if day >= 16:
            bot.clock.set(berlin(day, 8, 0))
            assert (await fire(bot)).sent == 1
            d = (await deliveries_of(bot))[-1].id
            if day in morning_answer:
                await bot.press(f"ci:{d}:{morning_answer[day]}")
        if day <= 21:
            bot.clock.set(berlin(day, 21, 30))
            assert (await fire(bot)).sent == 1
            if day in stretch_done:
                d = (await deliveries_of(bot))[-1].id
                await bot.press(f"rd:{d}:done")
    # By hand: cramps logged 19:05, 03:10, 02:00 = 3, against 5 the week before; nights
    # answered Mon 3, Tue 0, Wed 1, Thu 0, Fri 0, Sun 1: 6 nights, 3 free, 5 / 6 = 0.8 a night;
    # stretch done 4 of 7; check-ins answered 6 of 7 (Mon 16 to Sun 22).
    assert await due(bot, berlin(22, 19, 0)) == "\n".join([
        "📅 Your week (since Sun 15 Nov, 19:00)",
        "Cramps logged: 3",
        "2 fewer than the week before (5).",
        "Nights noted: 6, 3 without cramps (0.8 cramps a night)",
        "Bedtime stretch: done after 4 of 7 reminders",
        "Check-ins answered: 6 of 7",
    ])  # fmt: skip
    summary = (await deliveries_of(bot))[-1]
    assert summary.status == "sent"
    assert buttons_of(summaries(bot)[-1]) == ["st:1w", "st:4w", f"rd:{summary.id}:stop"]
    # Its button opens /stats over the last 7 days.
    calls = await bot.press("st:1w")
    (photo,) = [c for c in calls if c.method == "sendPhoto"]
    assert str(photo.params["caption"]).startswith("<b>Your last 7 days</b>")


async def test_more_or_the_same_as_the_week_before(bot: Harness) -> None:
    await weekly_in(bot, BERLIN, berlin(9, 10), "sun 19:00")
    await log_cramp(bot, berlin(12, 3, 0))
    await due(bot, berlin(15, 19, 0))
    for day in (16, 17, 18):
        await log_cramp(bot, berlin(day, 3, 0))
    assert "2 more than the week before (1)." in await due(bot, berlin(22, 19, 0))
    for day in (23, 24, 25):
        await log_cramp(bot, berlin(day, 3, 0))
    assert "The same number as the week before." in await due(bot, berlin(29, 19, 0))


# -- nothing to say -------------------------------------------------------------------------------


async def test_a_week_without_entries_sends_nothing_and_is_skipped_once(bot: Harness) -> None:
    await weekly_in(bot, BERLIN, berlin(20, 8, 15), "sun 19:00")
    await bot.say("/remind stretch 21:30")
    bot.clock.set(berlin(21, 21, 30))
    assert (await fire(bot)).sent == 1  # a stretch reminder not marked done is no entry
    bot.clock.set(berlin(22, 19, 0))
    stats = await fire(bot)
    assert (stats.claimed, stats.sent, stats.skipped, stats.failed) == (1, 0, 1, 0)
    assert summaries(bot) == []
    weekly = [d for d in await deliveries_of(bot) if d.slot == berlin(22, 19, 0)]
    assert [(d.status, d.attempts, d.message_id, d.sent_at, d.action) for d in weekly] == [
        ("skipped", 1, None, None, None)
    ]
    for later in (timedelta(minutes=1), timedelta(hours=3), timedelta(hours=25)):
        bot.clock.set(berlin(22, 19, 0) + later)  # leases run out, its grace ends: still once
        assert (await fire(bot)).skipped == 0  # (at 22:00, Sunday's stretch goes out)
    assert summaries(bot) == []
    assert [d.status for d in await deliveries_of(bot) if d.slot == berlin(22, 19, 0)] == [
        "skipped"
    ]
    # The next week has a cramp: its summary comes, with nothing before it to compare.
    await log_cramp(bot, berlin(24, 4, 0))
    shown = await due(bot, berlin(29, 19, 0))
    assert shown == "\n".join([
        "📅 Your week (since Sun 22 Nov, 19:00)", "Cramps logged: 1", NONE_BEFORE,
        "Bedtime stretch: done after 0 of 1 reminders",
    ])  # fmt: skip


async def test_stop_on_a_summary_stops_the_next_ones(bot: Harness) -> None:
    await weekly_in(bot, BERLIN, berlin(20, 8, 15), "sun 19:00")
    await log_cramp(bot, berlin(21, 3, 0))
    await due(bot, berlin(22, 19, 0))
    d = (await deliveries_of(bot))[-1].id
    calls = await bot.press(f"rd:{d}:stop")
    assert answers(calls) == ["Stopped. Resume it any time in /reminders."]
    (reminder,) = await reminders_of(bot)
    assert reminder.paused
    await log_cramp(bot, berlin(24, 3, 0))
    bot.clock.set(berlin(29, 19, 0))
    await fire(bot)
    assert len(summaries(bot)) == 1


# -- when it comes --------------------------------------------------------------------------------


async def test_london_spring_forward_week_is_167_hours_at_19_local(bot: Harness) -> None:
    await weekly_in(bot, LONDON, at(LONDON, 2027, 3, 15, 12), "sun 19:00")
    await log_cramp(bot, at(LONDON, 2027, 3, 21, 18, 30))  # before the 21st's summary
    assert "Cramps logged: 1" in await due(bot, at(LONDON, 2027, 3, 21, 19))
    assert at(LONDON, 2027, 3, 21, 19) == datetime(2027, 3, 21, 19, tzinfo=UTC)  # GMT
    await log_cramp(bot, at(LONDON, 2027, 3, 21, 19, 30))
    await log_cramp(bot, at(LONDON, 2027, 3, 28, 18, 30))  # BST now
    shown = await due(bot, at(LONDON, 2027, 3, 28, 19))
    assert at(LONDON, 2027, 3, 28, 19) == datetime(2027, 3, 28, 18, tzinfo=UTC)
    # 7 x 24 h back from 18:00 UTC would take in the 21st's 18:30 cramp: 3. The local week: 2.
    assert shown.splitlines()[:3] == [
        "📅 Your week (since Sun 21 Mar, 19:00)", "Cramps logged: 2",
        "1 more than the week before (1).",
    ]  # fmt: skip
    await log_cramp(bot, at(LONDON, 2027, 4, 1, 3))
    assert "since Sun 28 Mar, 19:00" in await due(bot, at(LONDON, 2027, 4, 4, 19))
    assert [d.slot for d in await deliveries_of(bot)] == [
        datetime(2027, 3, 21, 19, tzinfo=UTC), datetime(2027, 3, 28, 18, tzinfo=UTC),
        datetime(2027, 4, 4, 18, tzinfo=UTC),
    ]  # fmt: skip


async def test_london_fall_back_week_is_169_hours_at_19_local(bot: Harness) -> None:
    await weekly_in(bot, LONDON, at(LONDON, 2027, 10, 18, 12), "sun 19:00")
    await log_cramp(bot, at(LONDON, 2027, 10, 24, 18, 30))
    assert "Cramps logged: 1" in await due(bot, at(LONDON, 2027, 10, 24, 19))
    await log_cramp(bot, at(LONDON, 2027, 10, 24, 19, 30))  # 18:30 UTC: this week's
    await log_cramp(bot, at(LONDON, 2027, 10, 31, 18, 30))  # GMT now
    shown = await due(bot, at(LONDON, 2027, 10, 31, 19))
    assert at(LONDON, 2027, 10, 31, 19) == datetime(2027, 10, 31, 19, tzinfo=UTC)
    # 7 x 24 h back from 19:00 UTC would leave out the 24th's 19:30 BST cramp: 1. Locally: 2.
    assert shown.splitlines()[:3] == [
        "📅 Your week (since Sun 24 Oct, 19:00)", "Cramps logged: 2",
        "1 more than the week before (1).",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("weekend", "slot"),
    [
        # 01:30 does not exist on 28 March: once, at 02:30 BST (01:30 UTC)
        (date(2027, 3, 27), datetime(2027, 3, 28, 1, 30, tzinfo=UTC)),
        # 01:30 comes twice on 31 October: once, at the first (BST, 00:30 UTC)
        (date(2027, 10, 30), datetime(2027, 10, 31, 0, 30, tzinfo=UTC)),
    ],
)
async def test_a_time_in_the_dst_change_comes_once_that_week(
    bot: Harness, weekend: date, slot: datetime
) -> None:
    start = datetime.combine(weekend, datetime.min.time(), ZoneInfo(LONDON)).astimezone(UTC)
    await weekly_in(bot, LONDON, start - timedelta(days=3), "sun 01:30")
    await log_cramp(bot, start - timedelta(days=2))
    bot.clock.set(start)
    for _ in range(2 * 24 * 4):  # Saturday and Sunday, a round every 15 minutes
        await fire(bot)
        bot.clock.advance(minutes=15)
    assert len(summaries(bot)) == 1
    assert [(d.slot, d.status) for d in await deliveries_of(bot)] == [(slot, "sent")]
    (reminder,) = await reminders_of(bot)
    sunday_after = weekend + timedelta(days=8)
    assert reminder.next_slot == at(LONDON, sunday_after.year, sunday_after.month,
                                    sunday_after.day, 1, 30)  # fmt: skip


async def test_a_far_zone_across_the_year_end(bot: Harness) -> None:
    confirmation = await weekly_in(bot, AUCKLAND, at(AUCKLAND, 2026, 12, 21, 12), "mon 8am")
    assert "weekly summary on Mondays at 08:00" in confirmation
    assert "Next: Mon 2026-12-28 08:00 (Pacific/Auckland)." in confirmation
    await log_cramp(bot, at(AUCKLAND, 2026, 12, 27, 23))
    await note_night(bot, date(2026, 12, 27), 0)  # ended at noon on the 27th: this week
    monday = at(AUCKLAND, 2026, 12, 28, 8)
    assert monday == datetime(2026, 12, 27, 19, tzinfo=UTC)  # still Sunday in UTC
    assert await due(bot, monday) == "\n".join([
        "📅 Your week (since Mon 21 Dec, 08:00)", "Cramps logged: 1", NONE_BEFORE,
        "Nights noted: 1, 1 without cramps (0.0 cramps a night)",
    ])  # fmt: skip
    await note_night(bot, date(2026, 12, 28), 1)  # ends at noon on the 28th: next week's
    await log_cramp(bot, at(AUCKLAND, 2027, 1, 4, 7, 30))  # 18:30 UTC on 3 January
    assert await due(bot, at(AUCKLAND, 2027, 1, 4, 8)) == "\n".join([
        "📅 Your week (since Mon 28 Dec, 08:00)", "Cramps logged: 1",
        "The same number as the week before.",
        "Nights noted: 1, 0 without cramps (1.0 cramps a night)",
    ])  # fmt: skip


async def test_in_quiet_hours_it_waits_for_their_end(bot: Harness) -> None:
    await weekly_in(bot, BERLIN, berlin(20, 8, 15), "sun 23:00")
    (shown,) = await bot.say("/quiet 22:30-07:30")
    await log_cramp(bot, berlin(21, 3, 0))
    bot.clock.set(berlin(22, 23, 0))
    await fire(bot)
    assert summaries(bot) == []
    shown = await due(bot, berlin(23, 7, 30))
    assert shown.startswith("📅 Your week (since Mon 16 Nov, 07:30)\nCramps logged: 1")


# -- through a restart ----------------------------------------------------------------------------


@pytest.mark.parametrize("entries", [True, False])
async def test_a_restart_between_the_due_time_and_the_send(db_url: str, entries: bool) -> None:
    clock = FakeClock(berlin(20, 8, 15))
    first = await start_harness(db_url, clock)
    try:
        await weekly_in(first, BERLIN, berlin(20, 8, 15), "sun 19:00")
        if entries:
            await log_cramp(first, berlin(21, 3, 0))
        clock.set(berlin(22, 19, 0))
        # what a crash right after the claim leaves: a `claimed` row, never attempted
        claim = await dispatcher(first)._claim(clock.now())
        assert len(claim.outgoing) == 1
    finally:
        await stop_harness(first)
    clock.advance(minutes=20)
    second = await start_harness(db_url, clock, engine=first.engine)  # recovers at start-up
    try:
        for _ in range(2):
            await fire(second)
            clock.advance(minutes=5)
        assert len(summaries(second)) == (1 if entries else 0)
        expected = "sent" if entries else "skipped"
        assert [d.status for d in await deliveries_of(second)] == [expected]
    finally:
        await stop_harness(second)


# -- setting it -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("args", "first_line"),
    [
        ("sunnday 19:00", "I couldn't read “sunnday” as a day of the week. Say the day as mon, "
                          "tue ... sun, or in full: /remind weekly sunday 19:00."),
        ("sun 25:00", "I couldn't read “25:00” as a time of day. Say times like 21:30, 9:30pm "
                      "or 9pm."),
        ("19:00", "Add the day, for example /remind weekly sun 19:00."),
        ("sunday", "Add the time, for example /remind weekly sun 19:00."),
        ("", "Tell me the day and the time, for example /remind weekly sun 19:00."),
    ],
)  # fmt: skip
async def test_bad_arguments_get_one_clear_line(bot: Harness, args: str, first_line: str) -> None:
    bot.clock.set(berlin(20, 8, 15))
    (shown,) = await bot.say(f"/remind weekly {args}")
    lines = shown.splitlines()
    assert lines[0] == first_line
    assert lines[1:3] == ["", "Correct forms:"]
    assert "/remind weekly sun 19:00" in lines
    assert await reminders_of(bot) == []


@pytest.mark.parametrize(
    "args", ["sun 19:00", "Sunday 7pm", "sundays at 19:00", "19:00 on sun", "every sunday 7 pm"]
)
async def test_the_forms_of_a_day_and_a_time(bot: Harness, args: str) -> None:
    confirmation = await weekly_in(bot, BERLIN, berlin(20, 8, 15), args)
    assert "weekly summary on Sundays at 19:00" in confirmation
    (reminder,) = await reminders_of(bot)
    assert reminder.next_slot == berlin(22, 19, 0)


async def test_settings_turn_it_on_and_the_same_one_is_not_set_twice(bot: Harness) -> None:
    bot.clock.set(berlin(20, 8, 15))
    await bot.say("/timezone Europe/Berlin")
    (shown,) = await bot.say("/settings")
    assert "Weekly summary: off." in shown
    assert bot.buttons() == ["rem:new:checkin", "rem:new:weekly"]
    (created,) = texts(await bot.press("rem:new:weekly"))
    assert "weekly summary on Sundays at 19:00" in created
    (shown,) = await bot.say("/settings")
    assert "Weekly summary: Sundays at 19:00." in shown
    (again,) = await bot.say("/remind weekly sunday 7pm")
    assert again.startswith("You already have this reminder: weekly summary on Sundays")
    (reminder,) = await reminders_of(bot)
    await bot.say("/reminders")
    await bot.press(f"rm:{reminder.id}:pause")
    (shown,) = await bot.say("/settings")
    assert "Weekly summary: paused." in shown
    assert bot.buttons() == ["rem:new:checkin", f"rm:{reminder.id}:resume"]
    (moved,) = await bot.say("/remind weekly sat 10:00")  # one summary a user: it moves
    assert "Saturdays at 10:00" in moved
    (only,) = await reminders_of(bot)
    assert only.id == reminder.id and not only.paused
