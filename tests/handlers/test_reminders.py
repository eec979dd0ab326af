"""Reminders through the Bot API double: /remind, /reminders, /quiet, delivery and its buttons.

The clock is moved, never slept; the dispatcher runs when a test says so (as its job would).
"""

from __future__ import annotations

import logging
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from bot.content.tg_rules import parse_html
from bot.context import BotContext
from bot.db.models import Delivery, Reminder, User
from bot.handlers.reminder_jobs import dispatch_job, dispatcher_of
from bot.offline.engine import Call
from bot.reminders.dispatcher import Dispatcher, DispatchStats
from tests.fakes.harness import USER, Harness, plain, texts

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)  # Friday, 08:15 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")
OTHER = 5151
FORMS = "Correct forms:"


class Naps(list[float]):
    """Records the dispatcher's waits instead of sleeping."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def dispatcher(bot: Harness) -> Dispatcher:
    found = dispatcher_of(bot.app.bot_data)
    if not isinstance(found.sleep, Naps):
        found.sleep = Naps()
    return found


async def fire(bot: Harness) -> DispatchStats:
    """One dispatch round at the fake clock's time."""
    return await dispatcher(bot).run_once()


def local(day: int, hour: int, minute: int = 0, month: int = 11) -> datetime:
    """A Berlin wall time in 2026 as aware UTC."""
    return datetime(2026, month, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


async def berlin(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/timezone Europe/Berlin")


async def reminders_of(bot: Harness, user_id: int = USER) -> list[Reminder]:
    async with bot.app.bot_data.sessions() as session:
        rows = await session.scalars(
            select(Reminder).where(Reminder.user_id == user_id).order_by(Reminder.id)
        )
        return list(rows)


async def deliveries_of(bot: Harness) -> list[Delivery]:
    async with bot.app.bot_data.sessions() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.slot, Delivery.id)))


async def stored_user(bot: Harness, user_id: int = USER) -> User:
    async with bot.app.bot_data.sessions() as session:
        user = await session.get(User, user_id)
        assert user is not None
        return user


def reminder_messages(bot: Harness, user_id: int = USER) -> list[Call]:
    return [c for c in bot.engine.sent(user_id) if "rd:" in str(c.params.get("reply_markup"))]


def buttons_of(call: Call) -> list[str]:
    markup = call.params["reply_markup"]
    return [b["callback_data"] for row in markup["inline_keyboard"] for b in row]


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text", "")) for c in calls if c.method == "answerCallbackQuery"]


# -- creating ------------------------------------------------------------------------------


async def test_remind_alone_opens_the_menu(bot: Harness) -> None:
    await berlin(bot)
    (menu,) = await bot.say("/remind")
    assert "/remind stretch 21:30" in menu
    assert bot.buttons() == [
        "rem:new:hydration", "rem:new:stretch", "rem:new:checkin", "rem:new:checkup",
        "rem:new:weekly", "rm:list",
    ]  # fmt: skip


async def test_menu_sets_each_kind_with_its_defaults_in_one_tap(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind")
    confirmations = []
    for kind in ("hydration", "stretch", "checkup"):
        confirmations += texts(await bot.press(f"rem:new:{kind}"))
    hydration, stretch, checkup = await reminders_of(bot)
    assert (hydration.interval_minutes, hydration.window_start, hydration.window_end) == (
        120,
        time(9),
        time(21),
    )
    assert stretch.at_time == time(21, 30)
    assert (checkup.every_months, checkup.at_time) == (6, time(9))
    assert "Next: Fri 2026-11-20 09:00 (Europe/Berlin)" in confirmations[0]
    assert "Next: Fri 2026-11-20 21:30 (Europe/Berlin)" in confirmations[1]
    assert "Next: Thu 2027-05-20 09:00 (Europe/Berlin)" in confirmations[2]


async def test_main_menu_offers_reminders(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/start")
    assert "menu:remind" in bot.buttons()
    (menu,) = texts(await bot.press("menu:remind"))
    assert "Reminders" in menu
    assert "not medical advice" in menu
    assert "rem:new:stretch" in bot.buttons()


async def test_cause_finder_offer_sets_a_checkup_in_one_tap(bot: Harness) -> None:
    await berlin(bot)
    # the cause finder's result carries rem:new:<kind>; any bot message of the chat will do
    (last,) = [m for m in bot.engine.messages(USER) if m["from"]["is_bot"]][-1:]
    calls = await bot.press("rem:new:checkup", message_id=int(last["message_id"]))
    assert "Reminder set: check-up every 6 months at 09:00" in texts(calls)[0]
    assert "your choice, not medical advice" in texts(calls)[0]
    assert [r.kind for r in await reminders_of(bot)] == ["checkup"]


@pytest.mark.parametrize(
    ("command", "said"),
    [
        ("/remind hydration every 2h 08:00-22:00",
         "drink water every 2 h, 08:00-22:00.\nNext: Fri 2026-11-20 10:00 (Europe/Berlin)"),
        ("/remind stretch 21:30", "bedtime stretch at 21:30.\nNext: Fri 2026-11-20 21:30"),
        ("/remind checkup every 6 months",
         "check-up every 6 months at 09:00.\nNext: Thu 2027-05-20 09:00"),
        ("/remind checkup 2027-03-01 09:00 blood test",
         "check-up on 2027-03-01 at 09:00 (blood test).\nNext: Mon 2027-03-01 09:00"),
    ],
)  # fmt: skip
async def test_typed_forms_create_and_confirm_the_next_local_time(
    bot: Harness, command: str, said: str
) -> None:
    await berlin(bot)
    (reply,) = await bot.say(command)
    assert said in reply
    assert "/timezone" not in reply
    assert len(await reminders_of(bot)) == 1


async def test_a_window_crossing_midnight_is_said_back(bot: Harness) -> None:
    await berlin(bot)
    (reply,) = await bot.say("/remind hydration every 2h 22:00-02:00")
    assert "crosses midnight: from 22:00 in the evening until 02:00 the next morning" in reply


async def test_without_a_time_zone_the_default_is_used_and_a_hint_given(bot: Harness) -> None:
    bot.clock.set(NOW)
    (reply,) = await bot.say("/remind stretch 21:30")
    assert "Next: Fri 2026-11-20 21:30 (UTC)" in reply
    assert "not set your time zone, so I use UTC" in reply
    (reminder,) = await reminders_of(bot)
    assert reminder.timezone == "UTC"


async def test_the_default_zone_setting_is_used(db_url: str) -> None:
    from tests.fakes.clock import FakeClock
    from tests.fakes.harness import start_harness, stop_harness

    harness = await start_harness(db_url, FakeClock(NOW), default_timezone="Asia/Tokyo")
    try:
        (reply,) = await harness.say("/remind stretch 21:30")
        assert "Next: Fri 2026-11-20 21:30 (Asia/Tokyo)" in reply
        await harness.say("/quiet 23:00-06:00")  # keeps the zone of a user who set none
        (reminder,) = await reminders_of(harness)
        assert reminder.timezone == "Asia/Tokyo"
        assert reminder.next_slot == datetime(2026, 11, 20, 12, 30, tzinfo=UTC)
    finally:
        await stop_harness(harness)


@pytest.mark.parametrize(
    ("command", "error"),
    [
        ("/remind yoga 21:00", "kinds of reminder: hydration, stretch, checkin, checkup, weekly."),
        ("/remind hydration every 15 min", "at most every 30 minutes"),
        ("/remind hydration every 2h 08:00-08:00", "needs a start and a different end"),
        ("/remind hydration every 2h 08:00-", "needs a start and a different end"),
        ("/remind hydration every 2h 25:00-08:00", "I couldn't read “25:00” as a time of day."),
        ("/remind stretch 24:30", "I couldn't read “24:30” as a time of day."),
        ("/remind stretch tonight", "I couldn't read “tonight” as a time of day."),
        ("/remind stretch", "what to remind you of and when"),
        ("/remind checkup 2027-02-30", "not a valid date"),
        ("/remind checkup 2020-01-01 09:00", "already passed"),
        ("/remind checkup every often", "did not understand how often"),
        ("/remind hydration <b>every</b> 2h", "did not understand how often"),
    ],
)
async def test_bad_forms_are_answered_with_the_correct_form(
    bot: Harness, command: str, error: str
) -> None:
    await berlin(bot)
    (reply,) = await bot.say(command)
    assert error in reply
    assert FORMS in reply
    assert "/remind hydration every 2h 08:00-22:00" in reply
    assert await reminders_of(bot) == []


async def test_more_than_twenty_reminders_are_refused(bot: Harness) -> None:
    await berlin(bot)
    for hour in range(20):
        await bot.say(f"/remind stretch {hour:02d}:05")
    (reply,) = await bot.say("/remind stretch 21:30")
    assert "already have 20 reminders" in reply
    assert len(await reminders_of(bot)) == 20


# -- managing ------------------------------------------------------------------------------


async def test_reminders_list_pause_resume_delete(bot: Harness) -> None:
    await berlin(bot)
    (empty,) = await bot.say("/reminders")
    assert "You have no reminders" in empty
    await bot.say("/remind stretch 21:30")
    await bot.say("/remind hydration every 2h 08:00-22:00")
    (listing,) = await bot.say("/reminders")
    assert "1. bedtime stretch at 21:30, next: Fri 2026-11-20 21:30" in listing
    assert "2. drink water every 2 h, 08:00-22:00, next: Fri 2026-11-20 10:00" in listing
    stretch, hydration = await reminders_of(bot)
    assert bot.buttons() == [
        f"rm:{stretch.id}:pause", f"rm:{stretch.id}:delete",
        f"rm:{hydration.id}:pause", f"rm:{hydration.id}:delete",
    ]  # fmt: skip
    calls = await bot.press(f"rm:{stretch.id}:pause")
    assert answers(calls) == ["Paused."]
    assert "1. bedtime stretch at 21:30, paused" in texts(calls)[0]
    assert (await reminders_of(bot))[0].paused
    bot.clock.set(local(21, 9))  # resumed the next morning: the next slot after now
    calls = await bot.press(f"rm:{stretch.id}:resume")
    assert "next: Sat 2026-11-21 21:30" in texts(calls)[0]
    assert not (await reminders_of(bot))[0].paused
    calls = await bot.press(f"rm:{hydration.id}:delete")
    assert answers(calls) == ["Deleted."]
    assert [r.id for r in await reminders_of(bot)] == [stretch.id]
    listing_id = bot.message_with_button(USER, f"rm:{stretch.id}:delete")
    calls = await bot.press(f"rm:{hydration.id}:pause", message_id=listing_id)
    assert "expired" in answers(calls)[0]


async def test_another_users_reminder_cannot_be_changed(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    (stretch,) = await reminders_of(bot)
    await bot.say("/reminders", user=OTHER)
    message_id = next(m["message_id"] for m in bot.engine.messages(OTHER) if m["from"]["is_bot"])
    calls = await bot.press(f"rm:{stretch.id}:delete", user=OTHER, message_id=message_id)
    assert "expired" in answers(calls)[0]
    assert len(await reminders_of(bot)) == 1


async def test_quiet_hours_are_set_cleared_and_retime_reminders(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind hydration every 2h 08:00-22:00")
    (usage,) = await bot.say("/quiet")
    assert "/quiet 22:30-07:30" in usage
    (usage,) = await bot.say("/quiet sometimes")
    assert "/quiet 22:30-07:30" in usage
    (reply,) = await bot.say("/quiet 20:00-12:30")
    assert "Quiet hours set: 20:00-12:30" in reply
    assert "cross midnight" in reply
    user = await stored_user(bot)
    assert (user.quiet_start, user.quiet_end) == (time(20), time(12, 30))
    (hydration,) = await reminders_of(bot)
    assert hydration.next_slot == local(20, 14)  # 10:00 and 12:00 fall in quiet hours
    (settings,) = await bot.say("/settings")
    assert "Quiet hours: 20:00-12:30" in settings
    (reply,) = await bot.say("/quiet off")
    assert "cleared" in reply
    (hydration,) = await reminders_of(bot)
    assert hydration.next_slot == local(20, 10)


async def test_timezone_change_keeps_local_times(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    (confirmation,) = await bot.say("/timezone America/New_York")
    assert "Your reminders now follow this zone." in confirmation
    (stretch,) = await reminders_of(bot)
    assert stretch.timezone == "America/New_York"
    assert stretch.next_slot == datetime(2026, 11, 20, 21, 30, tzinfo=ZoneInfo("America/New_York"))
    (listing,) = await bot.say("/reminders")
    assert "next: Fri 2026-11-20 21:30" in listing


# -- delivery ------------------------------------------------------------------------------


async def test_a_stretch_reminder_fires_with_the_routine_and_six_buttons(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 29))
    assert (await fire(bot)).claimed == 0
    bot.clock.set(local(20, 21, 30) + timedelta(seconds=5))
    stats = await fire(bot)
    assert (stats.claimed, stats.sent) == (1, 1)
    (message,) = reminder_messages(bot)
    assert message.status == 200
    assert message.params["parse_mode"] == "HTML"
    shown = parse_html(str(message.params["text"])).text
    assert shown.startswith("🧘 Time for your bedtime stretch.")
    assert "Bedtime stretch (about 3 minutes)" in shown  # the routine from content
    assert "1. Calf: stand facing a wall" in shown
    assert len(shown) < 4096
    (delivery,) = await deliveries_of(bot)
    assert buttons_of(message) == [f"gs:go:{delivery.id}"] + [
        f"rd:{delivery.id}:{a}" for a in ("done", "snooze15", "snooze60", "skip", "stop")
    ]  # Start (the guided stretch) first
    assert all(len(b.encode()) <= 64 for b in buttons_of(message))
    assert (delivery.status, delivery.message_id) == ("sent", message_id_of(bot))
    assert (await fire(bot)).claimed == 0  # never twice


def message_id_of(bot: Harness) -> int:
    for m in reversed(bot.engine.messages(USER)):
        if "rd:" in str(m.get("reply_markup")):
            return int(m["message_id"])
    raise AssertionError("no reminder message")


async def test_checkup_note_is_escaped(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind checkup 2026-11-21 09:00 <b>B12</b> & ferritin")
    bot.clock.set(local(21, 9))
    await fire(bot)
    (message,) = reminder_messages(bot)
    assert "&lt;b&gt;B12&lt;/b&gt; &amp; ferritin" in str(message.params["text"])
    assert "Your note: <b>B12</b> & ferritin" in plain(message)


async def test_done_is_recorded_and_an_old_press_expires(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind hydration every 2h 08:00-22:00")
    bot.clock.set(local(20, 10, 5))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    calls = await bot.press(f"rd:{delivery.id}:done")
    assert answers(calls) == ["Well done! Recorded."]
    assert any(c.method == "editMessageReplyMarkup" and c.status == 200 for c in calls)
    (delivery,) = await deliveries_of(bot)
    assert (delivery.action, delivery.acted_at) == ("done", local(20, 10, 5))
    bot.clock.set(local(20, 12, 5))  # a drink marked done recently skips the next slot
    await fire(bot)
    assert [d.status for d in await deliveries_of(bot)] == ["sent", "skipped"]
    bot.clock.set(local(20, 14, 5))
    await fire(bot)
    second = [d for d in await deliveries_of(bot) if d.status == "sent"][-1]
    bot.clock.set(local(23, 14, 5))
    calls = await bot.press(f"rd:{second.id}:done", message_id=message_id_of(bot))
    assert "expired" in answers(calls)[0]


async def test_snooze_sends_one_extra_message_and_keeps_the_series(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    calls = await bot.press(f"rd:{delivery.id}:snooze15")
    assert answers(calls) == ["I'll remind you again in 15 minutes."]
    (stretch,) = await reminders_of(bot)
    assert stretch.next_slot == local(21, 21, 30)
    bot.clock.set(local(20, 21, 44))
    await fire(bot)
    assert len(reminder_messages(bot)) == 1
    bot.clock.set(local(20, 21, 45))
    await fire(bot)
    _, extra = reminder_messages(bot)
    assert plain(extra).startswith("⏰ Snoozed reminder")
    for minutes in (15, 60, 120):
        bot.clock.advance(minutes=minutes)
        await fire(bot)
    assert len(reminder_messages(bot)) == 2
    bot.clock.set(local(21, 21, 30))
    await fire(bot)
    assert len(reminder_messages(bot)) == 3
    slots = [d.slot for d in await deliveries_of(bot) if d.status == "sent"]
    assert slots == [local(20, 21, 30), local(20, 21, 45), local(21, 21, 30)]


async def test_skip_today_moves_to_tomorrow(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind hydration every 2h 08:00-22:00")
    bot.clock.set(local(20, 10, 5))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    calls = await bot.press(f"rd:{delivery.id}:skip")
    assert answers(calls) == ["Skipped for today."]
    (hydration,) = await reminders_of(bot)
    assert hydration.next_slot == local(21, 8)
    bot.clock.set(local(20, 21, 59))
    await fire(bot)
    assert len(reminder_messages(bot)) == 1


async def test_stop_pauses_the_series(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    calls = await bot.press(f"rd:{delivery.id}:stop")
    assert "Resume it any time in /reminders" in answers(calls)[0]
    (stretch,) = await reminders_of(bot)
    assert stretch.paused
    bot.clock.set(local(22, 21, 30))
    await fire(bot)
    assert len(reminder_messages(bot)) == 1


async def test_a_press_by_another_user_is_refused(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    await bot.say("/reminders", user=OTHER)
    other_message = next(
        m["message_id"] for m in bot.engine.messages(OTHER) if m["from"]["is_bot"]
    )
    calls = await bot.press(f"rd:{delivery.id}:stop", user=OTHER, message_id=other_message)
    assert answers(calls)[0] == "This button has expired."
    calls = await bot.press(f"rd:{delivery.id}:bogus", message_id=message_id_of(bot))
    assert answers(calls)[0] == "This button has expired."
    (delivery,) = await deliveries_of(bot)
    assert delivery.action is None
    assert not (await reminders_of(bot))[0].paused


# -- Telegram failures ---------------------------------------------------------------------


async def test_an_outage_of_several_minutes_leaves_every_series_running(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    await bot.say("/remind hydration every 30 min 21:30-23:30")
    bot.clock.set(local(20, 21, 25))
    faults = [
        bot.engine.inject("sendMessage", "502", times=3),  # a timeout is never resent: see
        bot.engine.inject("sendMessage", "500", times=10_000),  # tests/reminders/test_faults
    ]
    for _ in range(8):  # 21:25 .. 21:39 every two minutes: both slots at 21:30 fail
        await fire(bot)
        bot.clock.advance(minutes=2)
    assert reminder_messages(bot) == []
    # kept for a later attempt, never `failed`: getMe answers the probes, sends still fail
    assert [d.status for d in await deliveries_of(bot)] == ["claimed", "claimed"]
    for fault in faults:
        fault.times = 0
    bot.clock.set(local(20, 22, 3))
    await fire(bot)
    firsts = [plain(c).split("\n")[:2] for c in reminder_messages(bot)]
    assert firsts[0] == [  # within its 2-hour grace, oldest first, saying it is late
        "⏰ Your 21:30 stretch reminder, sent 33 min late.",
        "🧘 Time for your bedtime stretch.",
    ]
    assert [f[0] for f in firsts[1:]] == ["💧 Time for a glass of water."]  # 22:00, on time
    statuses = {(d.slot, d.status) for d in await deliveries_of(bot)}
    assert (local(20, 21, 30), "missed") in statuses  # the 21:30 glass: past its 30 minutes
    bot.clock.set(local(21, 21, 30))
    await fire(bot)
    last = plain(reminder_messages(bot)[-1])
    assert last.startswith("🧘 Time for your bedtime stretch.")  # the next day: on time


async def test_a_429_is_honoured_then_sent(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    bot.engine.inject("sendMessage", "429", retry_after=7)
    stats = await fire(bot)
    assert stats.sent == 1
    assert dispatcher(bot).sleep == [7.0]  # type: ignore[comparison-overlap]
    assert len(reminder_messages(bot)) == 1


async def test_a_403_marks_the_user_blocked_and_start_resumes(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.engine.block(USER)
    bot.clock.set(local(20, 21, 30))
    stats = await fire(bot)
    assert stats.blocked == 1
    assert (await stored_user(bot)).blocked_at == local(20, 21, 30)
    bot.clock.set(local(21, 21, 30))
    assert (await fire(bot)).claimed == 0  # paused, not retried
    assert [c.status for c in bot.engine.calls if c.method == "sendMessage"][-1] == 403
    bot.engine.block(USER, blocked=False)
    bot.clock.set(local(22, 22, 0))  # back 30 min after Sunday's slot: within the 2 h grace
    replies = await bot.say("/start")
    assert "Welcome back" in replies[0]
    assert (await stored_user(bot)).blocked_at is None
    stats = await fire(bot)
    assert (stats.sent, stats.missed) == (1, 1)  # Saturday's is too late, Sunday's still useful
    statuses = [(d.slot, d.status) for d in await deliveries_of(bot)]
    assert statuses == [
        (local(20, 21, 30), "blocked"), (local(21, 21, 30), "missed"),
        (local(22, 21, 30), "sent"),
    ]  # fmt: skip
    bot.clock.set(local(23, 21, 30))
    await fire(bot)
    assert len(reminder_messages(bot)) == 2


async def test_a_kicked_update_pauses_before_any_send(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    await bot.process(bot.engine.my_chat_member(USER, "member", "kicked"))
    assert (await stored_user(bot)).blocked_at is not None
    bot.clock.set(local(20, 21, 30))
    await fire(bot)
    assert [c for c in bot.engine.calls if c.method == "sendMessage" and c.status == 403] == []
    await bot.process(bot.engine.my_chat_member(USER, "kicked", "member"))
    bot.clock.set(local(21, 21, 30))
    await fire(bot)
    assert len(reminder_messages(bot)) == 1


async def test_the_job_never_dies(bot: Harness, caplog: pytest.LogCaptureFixture) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    real = dispatcher(bot)

    async def broken() -> DispatchStats:
        raise RuntimeError("database went away")

    real.run_once = broken  # type: ignore[method-assign]
    with caplog.at_level(logging.ERROR):
        await dispatch_job(BotContext(bot.app))
    assert "reminder round failed" in caplog.text
    assert "RuntimeError" in caplog.text
    del real.run_once
    await dispatch_job(BotContext(bot.app))
    assert len(reminder_messages(bot)) == 1
    async with bot.app.bot_data.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Delivery)) == 1


async def test_recovery_at_start_up_sends_an_unsent_claim_once(db_url: str) -> None:
    from tests.fakes.clock import FakeClock
    from tests.fakes.harness import start_harness, stop_harness

    clock = FakeClock(NOW)
    first = await start_harness(db_url, clock)
    try:
        await berlin(first)
        await first.say("/remind stretch 21:30")
        clock.set(local(20, 21, 30))
        # what a crash right after the claim leaves: a `claimed` row, never attempted
        claim = await dispatcher(first)._claim(clock.now())
        assert len(claim.outgoing) == 1
    finally:
        await stop_harness(first)
    clock.advance(minutes=20)
    second = await start_harness(db_url, clock, engine=first.engine)
    try:
        assert len(reminder_messages(second)) == 1
        await fire(second)
        assert len(reminder_messages(second)) == 1
        assert [d.status for d in await deliveries_of(second)] == ["sent"]
    finally:
        await stop_harness(second)


@pytest.mark.parametrize("action", ["done", "snooze15"])
async def test_a_double_tap_on_a_reminder_button_is_no_error(bot: Harness, action: str) -> None:
    await berlin(bot)
    await bot.say("/remind hydration every 2h 08:00-22:00")
    bot.clock.set(local(20, 10, 5))
    await fire(bot)
    (delivery,) = await deliveries_of(bot)
    message_id = message_id_of(bot)
    data = f"rd:{delivery.id}:{action}"
    first = await bot.press(data, message_id=message_id)
    # the second tap carries the buttons as they were when it was made
    payload = bot.engine.callback(USER, data, message_id=message_id)
    payload["callback_query"]["message"]["reply_markup"] = {
        "inline_keyboard": [[{"text": "Done", "callback_data": data}]]
    }
    second = await bot.process(payload)
    assert answers(first) and answers(second) == ["Already recorded."]
    sent = [c for c in second if c.method == "sendMessage"]
    assert not sent  # no "Sorry, something went wrong"
