"""The morning check-in: asked once a morning in the user's zone, answered in taps, one row a
night; a night already logged is confirmed; three unanswered mornings pause it; presses
repeated or a day late count once, for the right night. The clock is moved; nothing sleeps."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.db.models import Night
from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_cramp_log import all_cramps
from tests.handlers.test_reminders import (
    answers,
    berlin,
    deliveries_of,
    fire,
    local,
    reminders_of,
)

ASK = "🌅 Any leg cramps last night?"


async def nights_of(bot: Harness) -> list[tuple[date, int, int | None]]:
    async with bot.app.bot_data.sessions() as session:
        rows = await session.scalars(select(Night).order_by(Night.night))
        return [(n.night, n.cramps, n.sleep) for n in rows]


def morning_messages(bot: Harness) -> list[Call]:
    """The check-in messages sent (the question, a confirmation or the pause notice)."""
    return [c for c in bot.engine.sent(USER) if c.status == 200 and (
        "ci:" in str(c.params.get("reply_markup")) or "paused your morning" in c.params["text"]
    )]  # fmt: skip


def buttons_of(call: Call) -> list[str]:
    rows = call.params["reply_markup"]["inline_keyboard"]
    return [b["callback_data"] for row in rows for b in row]


async def morning(bot: Harness, when: datetime) -> Call:
    """Move the clock to `when`, run a round: exactly one check-in goes out."""
    before = len(morning_messages(bot))
    bot.clock.set(when)
    stats = await fire(bot)
    assert stats.sent == 1, stats
    sent = morning_messages(bot)
    assert len(sent) == before + 1
    return sent[-1]


async def checkin_at_eight(bot: Harness) -> None:
    await berlin(bot)  # Friday 2026-11-20, 08:15 in Berlin
    (confirmation,) = await bot.say("/checkin")
    assert "morning check-in at 08:00" in confirmation
    assert "Sat 2026-11-21 08:00" in confirmation


async def test_asked_at_the_users_morning_once_and_none_records_a_cramp_free_night(
    bot: Harness,
) -> None:
    await checkin_at_eight(bot)
    bot.clock.set(local(21, 7, 59))
    assert (await fire(bot)).sent == 0
    message = await morning(bot, local(21, 8, 0) + timedelta(seconds=3))
    assert texts([message])[0].startswith(ASK)
    (delivery,) = await deliveries_of(bot)
    d = delivery.id
    assert buttons_of(message) == [f"ci:{d}:n:0", f"ci:{d}:n:1", f"ci:{d}:n:2", f"ci:{d}:n:3"]
    assert (await fire(bot)).sent == 0  # never twice
    calls = await bot.press(f"ci:{d}:n:0")
    assert texts(calls) == ["😌 Noted: a night without cramps."]
    assert await nights_of(bot) == [(date(2026, 11, 21), 0, None)]
    calls = await bot.press(f"ci:{d}:n:0", message_id=delivery.message_id)
    assert answers(calls) == ["Already noted, thank you."]
    assert await nights_of(bot) == [(date(2026, 11, 21), 0, None)]  # counted once


async def test_one_held_back_by_the_bot_being_down_says_it_is_late(bot: Harness) -> None:
    await checkin_at_eight(bot)
    message = await morning(bot, local(21, 9, 40))  # down from before 08:00 till 09:40
    (first, *rest) = texts([message])[0].split("\n")
    assert first == "⏰ Your 08:00 checkin reminder, sent 1 h 40 min late."
    assert rest[0].startswith(ASK)
    (delivery,) = await deliveries_of(bot)
    assert buttons_of(message)[0] == f"ci:{delivery.id}:n:0"
    on_time = await morning(bot, local(22, 8, 0) + timedelta(seconds=3))
    assert texts([on_time])[0].startswith(ASK)  # the next one, on time, says nothing of it


async def test_a_count_then_how_much_sleep_was_disturbed(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await morning(bot, local(21, 8, 0))
    (delivery,) = await deliveries_of(bot)
    d = delivery.id
    (shown,) = texts(await bot.press(f"ci:{d}:n:2"))
    assert shown.startswith("Noted: 2 cramps last night.\nHow much did they disturb your sleep?")
    assert bot.buttons() == [*(f"ci:{d}:s:{k}" for k in range(11)), f"ci:{d}:skip:0"]
    assert texts(await bot.press(f"ci:{d}:s:6")) == [
        "Noted: 2 cramps last night.\nSleep disturbed: 6/10."
    ]
    assert await nights_of(bot) == [(date(2026, 11, 21), 2, 6)]
    (delivery,) = await deliveries_of(bot)
    assert delivery.action == "answered"
    # A different count later changes the same night and forgets the score given for the old.
    await bot.press(f"ci:{d}:n:3", message_id=delivery.message_id)
    assert await nights_of(bot) == [(date(2026, 11, 21), 3, None)]


async def test_a_night_already_logged_is_confirmed_not_asked_again(bot: Harness) -> None:
    await checkin_at_eight(bot)
    bot.clock.set(local(21, 6, 30))
    await bot.say("cramp in my left calf at 3am, woke me up")
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == local(21, 3, 0)
    message = await morning(bot, local(21, 8, 0))
    (shown,) = texts([message])
    assert shown == "🌅 Last night you logged 1 cramp (at 03:00). Was that all?"
    (delivery,) = await deliveries_of(bot)
    d = delivery.id
    assert buttons_of(message) == [f"ci:{d}:all:0", f"ci:{d}:n:2", f"ci:{d}:n:3"]
    await bot.press(f"ci:{d}:all:0")
    assert await nights_of(bot) == [(date(2026, 11, 21), 1, None)]
    # "None" can never say fewer cramps than the diary holds for that night.
    await bot.press(f"ci:{d}:n:0", message_id=delivery.message_id)
    assert await nights_of(bot) == [(date(2026, 11, 21), 1, None)]


async def test_an_evening_cramp_belongs_to_the_night_and_an_afternoon_one_does_not(
    bot: Harness,
) -> None:
    await checkin_at_eight(bot)
    bot.clock.set(local(20, 23, 0))
    await bot.say("calf cramp at 3pm today")
    await bot.say("calf cramp just now, 1 minute")  # 23:00: part of the night to come
    message = await morning(bot, local(21, 8, 0))
    assert texts([message]) == ["🌅 Last night you logged 1 cramp (at 23:00). Was that all?"]


async def test_a_press_a_day_late_counts_for_its_own_night(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await morning(bot, local(21, 8, 0))
    await morning(bot, local(22, 8, 0))
    first, second = await deliveries_of(bot)
    d1, d2 = first.id, second.id
    await bot.press(f"ci:{d1}:n:1", message_id=first.message_id)
    await bot.press(f"ci:{d2}:n:0", message_id=second.message_id)
    assert await nights_of(bot) == [(date(2026, 11, 21), 1, None), (date(2026, 11, 22), 0, None)]
    bot.clock.set(local(29, 8, 1))  # over a week later: too old to say
    calls = await bot.press(f"ci:{d1}:n:2", message_id=first.message_id)
    assert answers(calls) == ["That check-in is too old to answer now."]
    assert (await nights_of(bot))[0] == (date(2026, 11, 21), 1, None)


async def test_three_unanswered_mornings_pause_it_and_resume_starts_afresh(bot: Harness) -> None:
    await checkin_at_eight(bot)
    for day in (21, 22, 23):
        assert texts([await morning(bot, local(day, 8, 0))])[0].startswith(ASK)
    notice = await morning(bot, local(24, 8, 0))
    (shown,) = texts([notice])
    assert shown.startswith("🌅 I've paused your morning check-in")
    (reminder,) = await reminders_of(bot)
    assert reminder.paused
    assert buttons_of(notice) == [f"rm:{reminder.id}:resume"]
    bot.clock.set(local(25, 8, 0))
    assert (await fire(bot)).sent == 0  # paused: nothing more
    bot.clock.set(local(25, 12, 0))
    await bot.press(f"rm:{reminder.id}:resume")
    assert texts([await morning(bot, local(26, 8, 0))])[0].startswith(ASK)  # not paused again
    assert not (await reminders_of(bot))[0].paused


async def test_an_answer_keeps_it_going(bot: Harness) -> None:
    await checkin_at_eight(bot)
    for day in (21, 22, 23):
        await morning(bot, local(day, 8, 0))
        if day == 22:
            (_, delivery) = await deliveries_of(bot)
            await bot.press(f"ci:{delivery.id}:n:0")
    assert texts([await morning(bot, local(24, 8, 0))])[0].startswith(ASK)


async def test_it_never_comes_in_quiet_hours(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await bot.say("/quiet 22:00-09:30")
    bot.clock.set(local(21, 8, 0))
    assert (await fire(bot)).sent == 0
    message = await morning(bot, local(21, 9, 30))
    assert texts([message])[0].startswith(ASK)


async def test_a_far_zone_asks_about_its_own_local_night(bot: Harness) -> None:
    auckland = ZoneInfo("Pacific/Auckland")  # UTC+13 in December
    bot.clock.set(datetime(2026, 12, 1, 12, 0, tzinfo=auckland).astimezone(UTC))
    await bot.say("/timezone Pacific/Auckland")
    await bot.say("/checkin 06:30")
    bot.clock.set(datetime(2026, 12, 2, 1, 30, tzinfo=auckland).astimezone(UTC))
    await bot.say("calf cramp right now, 2 minutes")
    wake_up = datetime(2026, 12, 2, 6, 30, tzinfo=auckland)
    assert wake_up.astimezone(UTC).date() == date(2026, 12, 1)  # the UTC date is yesterday
    message = await morning(bot, wake_up.astimezone(UTC))
    assert texts([message]) == ["🌅 Last night you logged 1 cramp (at 01:30). Was that all?"]
    (delivery,) = await deliveries_of(bot)
    await bot.press(f"ci:{delivery.id}:all:0")
    assert await nights_of(bot) == [(date(2026, 12, 2), 1, None)]


async def test_dst_nights_keep_the_local_time_and_the_whole_night(bot: Harness) -> None:
    await checkin_at_eight(bot)
    berlin_tz = ZoneInfo("Europe/Berlin")
    # Spring forward (2027-03-28, 02:00 -> 03:00) and fall back (2027-10-31, 03:00 -> 02:00).
    for spring_or_fall in (date(2027, 3, 28), date(2027, 10, 31)):
        bot.clock.set(datetime.combine(spring_or_fall, datetime.min.time(), berlin_tz)
                      .replace(hour=4).astimezone(UTC))  # fmt: skip
        await bot.say("woke with a calf cramp at 3:30, still sore")
        bot.clock.set(datetime.combine(spring_or_fall, datetime.min.time(), berlin_tz)
                      .replace(hour=7, minute=59).astimezone(UTC))  # fmt: skip
        await fire(bot)  # whatever the days between missed: past their grace
        eight = datetime.combine(spring_or_fall, datetime.min.time(), berlin_tz).replace(hour=8)
        message = await morning(bot, eight.astimezone(UTC))
        assert texts([message]) == ["🌅 Last night you logged 1 cramp (at 03:30). Was that all?"]
        delivery = (await deliveries_of(bot))[-1]
        assert delivery.slot == eight.astimezone(UTC)
        await bot.press(f"ci:{delivery.id}:n:2")
    found = await nights_of(bot)
    assert found == [(date(2027, 3, 28), 2, None), (date(2027, 10, 31), 2, None)]


async def test_a_cramp_logged_in_one_tap_is_asked_about_by_the_check_in(bot: Harness) -> None:
    await checkin_at_eight(bot)
    bot.clock.set(local(21, 3, 12))
    await bot.say("/now")
    bot.clock.set(local(21, 7, 0))
    replies = await bot.say("morning! what helps with cramps?")
    assert not any("About your cramp at 03:12" in r for r in replies)  # the check-in asks
    message = await morning(bot, local(21, 8, 0))
    assert texts([message]) == ["🌅 Last night you logged 1 cramp (at 03:12). Was that all?"]
    (delivery,) = await deliveries_of(bot)
    d = delivery.id
    await bot.press(f"ci:{d}:all:0")
    calls = await bot.press(f"ci:{d}:skip:0")
    shown = texts(calls)
    assert shown[0] == "Noted: 1 cramp last night."
    assert shown[1].startswith("✅ Cramp logged\nWhen: today 03:12\nWhere: not said")
    assert "About your cramp at 03:12: tap what you remember" in shown[1]  # its card, by taps


async def test_settings_turn_it_on_and_checkin_resumes_or_moves_it(bot: Harness) -> None:
    await berlin(bot)
    (shown,) = await bot.say("/settings")
    assert "Morning check-in: off." in shown
    assert bot.buttons()[:1] == ["rem:new:checkin"]  # (then the weekly summary's)
    await bot.press("rem:new:checkin")
    (shown,) = await bot.say("/settings")
    assert "Morning check-in: 08:00." in shown
    (reminder,) = await reminders_of(bot)
    await bot.say("/reminders")
    await bot.press(f"rm:{reminder.id}:pause")
    (shown,) = await bot.say("/settings")
    assert "Morning check-in: paused." in shown
    assert bot.buttons()[:1] == [f"rm:{reminder.id}:resume"]
    assert await bot.say("/checkin") == ["▶️ Morning check-in resumed: 08:00."]
    assert await bot.say("/checkin") == [
        "Morning check-in: 08:00. Pause or delete it in /reminders."
    ]
    (moved,) = await bot.say("/checkin 07:15")
    assert "morning check-in at 07:15" in moved
    (only,) = await reminders_of(bot)  # one check-in a user: moved, not doubled
    assert only.at_time is not None and f"{only.at_time:%H:%M}" == "07:15"
    assert only.id == reminder.id  # the same reminder, its answered mornings kept with it
    (refused,) = await bot.say("/checkin at dawn")
    assert "Correct forms" in refused or "time" in refused.lower()
    assert len(await reminders_of(bot)) == 1
    await bot.press("rem:new:checkin")  # the one-tap button again: still one
    (moved,) = await bot.say("/remind checkin 06:45")  # /remind moves it too, never a second
    assert "06:45" in moved
    (only,) = await reminders_of(bot)
    assert only.id == reminder.id and f"{only.at_time:%H:%M}" == "06:45" and not only.paused


async def test_forged_or_foreign_presses_change_nothing(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await morning(bot, local(21, 8, 0))
    (delivery,) = await deliveries_of(bot)
    other = 5151
    bot.engine.add_chat(other)
    await bot.say("/start", user=other)
    theirs = int(bot.engine.messages(other)[-1]["message_id"])
    calls = await bot.process(
        bot.engine.callback(other, f"ci:{delivery.id}:n:2", message_id=theirs)
    )
    assert answers(calls) == ["This button has expired."]
    calls = await bot.press(f"ci:{delivery.id}:s:7", message_id=delivery.message_id)  # no count
    assert answers(calls) == ["This button has expired."]
    assert await nights_of(bot) == []


async def test_export_holds_the_nights(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await morning(bot, local(21, 8, 0))
    (delivery,) = await deliveries_of(bot)
    await bot.press(f"ci:{delivery.id}:n:0")
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    intro = texts(calls)[0]
    assert "Also 1 nights from the morning check-in" in intro or "1 night" in intro
    names = [c.params["document"] for c in calls if c.method == "sendDocument"]
    assert len(names) == 4
