"""Active days: the morning check-in's question whether the day before was more active than
usual, asked only of users who turned it on (from the insights or /settings), answered in one
tap; a press repeated or a day late counts once, for the right night; the insight compares the
nights after; /export holds the answers and /delete erases them. Both databases."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from bot.db import users
from bot.db.models import Night, User
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_checkin import ASK, checkin_at_eight, morning
from tests.handlers.test_privacy import csv_rows
from tests.handlers.test_reminders import answers, deliveries_of, local, stored_user
from tests.handlers.test_stats import seed_cramps

QUESTION = "Were you more active than usual yesterday? (exercise, sport, a long walk, heavy work)"
NONE = "😌 Noted: a night without cramps."


async def nights_of(bot: Harness) -> list[tuple[date, int, int | None, bool | None]]:
    async with bot.app.bot_data.sessions() as session:
        rows = await session.scalars(select(Night).order_by(Night.night))
        return [(n.night, n.cramps, n.sleep, n.active) for n in rows]


async def opt_in(bot: Harness) -> None:
    """Turn the question on from /settings (the check-in is on: nothing more to offer)."""
    (shown,) = await bot.say("/settings")
    assert "Activity question: off." in shown
    assert "ca:on" in bot.buttons()
    (turned,) = texts(await bot.press("ca:on"))
    assert turned.startswith("🏃 From the next morning check-in, after your answers")
    assert "not running now" not in turned


async def test_asked_only_when_opted_in_and_a_yes_pressed_twice_counts_once(
    bot: Harness,
) -> None:
    await checkin_at_eight(bot)
    await morning(bot, local(21, 8, 0))
    (first,) = await deliveries_of(bot)
    calls = await bot.press(f"ci:{first.id}:n:0")
    assert texts(calls) == [NONE]  # not opted in: the night is noted, nothing more is asked
    (edit,) = [c for c in calls if c.method == "editMessageText"]
    assert "reply_markup" not in edit.params

    await opt_in(bot)
    message = await morning(bot, local(22, 8, 0))
    assert texts([message])[0].startswith(ASK)  # the check-in itself is as before
    d = (await deliveries_of(bot))[-1].id
    assert texts(await bot.press(f"ci:{d}:n:0")) == [f"{NONE}\n{QUESTION}"]
    assert bot.buttons() == [f"ci:{d}:a:1", f"ci:{d}:a:0", f"ci:{d}:askip:0"]
    assert texts(await bot.press(f"ci:{d}:a:1")) == [
        f"{NONE}\n🏃 Yesterday: more active than usual."
    ]
    again = await bot.press(f"ci:{d}:a:1", message_id=(await deliveries_of(bot))[-1].message_id)
    assert answers(again) == ["Already noted, thank you."]
    assert await nights_of(bot) == [
        (date(2026, 11, 21), 0, None, None),
        (date(2026, 11, 22), 0, None, True),
    ]  # one row a night, the yes counted once


async def test_after_a_count_sleep_comes_first_then_the_day_and_skip_leaves_it_unsaid(
    bot: Harness,
) -> None:
    await checkin_at_eight(bot)
    await opt_in(bot)
    await morning(bot, local(21, 8, 0))
    d = (await deliveries_of(bot))[-1].id
    (shown,) = texts(await bot.press(f"ci:{d}:n:2"))
    assert shown.startswith("Noted: 2 cramps last night.\nHow much did they disturb your sleep?")
    assert texts(await bot.press(f"ci:{d}:s:5")) == [
        f"Noted: 2 cramps last night.\nSleep disturbed: 5/10.\n{QUESTION}"
    ]
    assert texts(await bot.press(f"ci:{d}:a:0")) == [
        "Noted: 2 cramps last night.\nSleep disturbed: 5/10.\n"
        "Yesterday: no more active than usual."
    ]
    await morning(bot, local(22, 8, 0))
    d2 = (await deliveries_of(bot))[-1].id
    await bot.press(f"ci:{d2}:n:1")
    assert texts(await bot.press(f"ci:{d2}:skip:0")) == [f"Noted: 1 cramp last night.\n{QUESTION}"]
    assert texts(await bot.press(f"ci:{d2}:askip:0")) == ["Noted: 1 cramp last night."]
    assert await nights_of(bot) == [
        (date(2026, 11, 21), 2, 5, False),
        (date(2026, 11, 22), 1, None, None),
    ]


async def test_a_day_late_answer_goes_to_its_own_night(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await opt_in(bot)
    await morning(bot, local(21, 8, 0))
    await morning(bot, local(22, 8, 0))
    first, second = await deliveries_of(bot)
    await bot.press(f"ci:{first.id}:n:0", message_id=first.message_id)
    await bot.press(f"ci:{second.id}:n:1")
    bot.clock.set(local(22, 19, 0))  # the evening after: yesterday's message answered now
    await bot.press(f"ci:{first.id}:a:1", message_id=first.message_id)
    await bot.press(f"ci:{second.id}:skip:0")
    await bot.press(f"ci:{second.id}:a:0")
    assert await nights_of(bot) == [
        (date(2026, 11, 21), 0, None, True),
        (date(2026, 11, 22), 1, None, False),
    ]
    # A new count for a night keeps what was said of the day before it.
    await bot.press(f"ci:{first.id}:n:2", message_id=first.message_id)
    assert (await nights_of(bot))[0] == (date(2026, 11, 21), 2, None, True)
    bot.clock.set(local(29, 8, 1))  # over a week later: too old
    calls = await bot.press(f"ci:{first.id}:a:0", message_id=first.message_id)
    assert answers(calls) == ["That check-in is too old to answer now."]
    assert (await nights_of(bot))[0][3] is True


async def test_forged_activity_presses_change_nothing(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await opt_in(bot)
    await morning(bot, local(21, 8, 0))
    (delivery,) = await deliveries_of(bot)
    mid = delivery.message_id
    calls = await bot.press(f"ci:{delivery.id}:a:1", message_id=mid)  # before any count
    assert answers(calls) == ["This button has expired."]
    await bot.press(f"ci:{delivery.id}:n:0", message_id=mid)
    calls = await bot.press(f"ci:{delivery.id}:a:7", message_id=mid)
    assert answers(calls) == ["This button has expired."]
    assert await nights_of(bot) == [(date(2026, 11, 21), 0, None, None)]


async def test_the_insight_offers_the_question_in_one_tap_and_the_check_in_with_it(
    bot: Harness,
) -> None:
    await seed_cramps(bot)
    await bot.process(bot.engine.user_message(USER, "/stats"))
    (shown,) = texts(await bot.press("in:show"))
    assert "Active days: your diary has no exercise data yet" in shown
    assert "This needs the morning check-in on: /checkin." in shown  # it is off
    assert "kn:cause:overexertion" in bot.buttons()
    calls = await bot.press("ca:on")
    (turned,) = texts(calls)
    assert "which is not running now: tap below to start it" in turned
    assert bot.buttons() == ["rem:new:checkin"]  # the check-in's own one-tap button
    assert (await stored_user(bot)).checkin_asks_active
    again = await bot.press("ca:on", message_id=bot.message_with_button(USER, "ca:on"))
    assert answers(again) == ["Already on."] and texts(again) == []
    await bot.press("rem:new:checkin")
    (shown,) = texts(await bot.press("in:show"))
    assert "Active days: nights after a day more active than usual: 0; after a usual day: 0." in (
        shown
    )
    assert "ca:on" not in bot.buttons()


async def test_settings_turn_the_question_off_again(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await opt_in(bot)
    (shown,) = await bot.say("/settings")
    assert "Activity question: on." in shown
    assert bot.buttons() == ["ca:off", "rem:new:weekly"]
    (off,) = texts(await bot.press("ca:off"))
    assert off.startswith("The morning check-in no longer asks about active days.")
    assert not (await stored_user(bot)).checkin_asks_active
    await morning(bot, local(21, 8, 0))
    (delivery,) = await deliveries_of(bot)
    assert texts(await bot.press(f"ci:{delivery.id}:n:0")) == [NONE]


async def test_the_insight_compares_the_nights_after_active_and_usual_days(
    bot: Harness,
) -> None:
    await seed_cramps(bot)
    today = bot.clock.now().date()
    # 7 nights after an active day with 1, 0, 2, 0, 1, 0, 0 cramps (4: 0.6 a night), 7 after a
    # usual day with 1 each (1.0), and 2 not answered (left out).
    after_active = [1, 0, 2, 0, 1, 0, 0]
    async with bot.app.bot_data.sessions() as session, session.begin():
        user = await users.ensure_user(session, user_id=USER, now=bot.clock.now())
        await users.set_checkin_asks_active(session, user=user, on=True)
        for i in range(16):
            active = None if i >= 14 else i < 7
            count = after_active[i] if i < 7 else 1
            session.add(Night(user_id=USER, night=today - timedelta(days=i + 1), cramps=count,
                              sleep=None, active=active, answered_at=bot.clock.now()))  # fmt: skip
    await bot.process(bot.engine.user_message(USER, "/stats"))
    (shown,) = texts(await bot.press("in:show"))
    assert (
        "Active days: in your diary, nights after a day more active than usual had 0.6 cramps a "
        "night (7 nights), nights after a usual day 1.0 (7 nights). Days differ in many ways, so "
        "this is a hint, not proof."
    ) in shown
    assert "ca:on" not in bot.buttons() and "kn:cause:overexertion" in bot.buttons()


async def test_export_holds_the_active_days_and_delete_erases_them(bot: Harness) -> None:
    await checkin_at_eight(bot)
    await opt_in(bot)
    await morning(bot, local(21, 8, 0))
    await morning(bot, local(22, 8, 0))
    first, second = await deliveries_of(bot)
    await bot.press(f"ci:{first.id}:n:0", message_id=first.message_id)
    await bot.press(f"ci:{first.id}:a:1", message_id=first.message_id)
    await bot.press(f"ci:{second.id}:n:0", message_id=second.message_id)
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert "whether the day before was more active than usual" in texts(calls)[0]
    rows = csv_rows(bot, "nights.csv")
    assert [(r["night"], r["cramps"], r["active_day"]) for r in rows] == [
        ("2026-11-21", "0", "True"),
        ("2026-11-22", "0", ""),
    ]
    await bot.say("/delete")
    await bot.press("del:yes")
    async with bot.app.bot_data.sessions() as session:
        assert await session.scalar(select(func.count()).select_from(Night)) == 0
        assert await session.get(User, USER) is None
