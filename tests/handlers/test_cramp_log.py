"""Logging cramps from chat messages through the Bot API double: card, fixes, undo, edits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from bot.content.tg_rules import NOT_MODIFIED
from bot.db.models import Cramp, Reminder
from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, plain, start_harness, stop_harness, texts

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)  # 08:15 in Berlin


async def all_cramps(bot: Harness, user_id: int = USER) -> list[Cramp]:
    async with bot.app.bot_data.sessions() as session:
        rows = await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id).order_by(Cramp.id)
        )
        return list(rows)


async def berlin(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/timezone Europe/Berlin")


async def test_message_is_logged_with_a_one_glance_card(bot: Harness) -> None:
    await berlin(bot)
    message = bot.engine.user_message(
        USER, "bad cramp in my left calf last night, about 2 minutes, 7/10"
    )
    (card,) = texts(await bot.process(message))
    assert card.splitlines() == [
        "✅ Cramp logged",
        "When: today 03:00",
        "Where: left calf",
        "How bad: 7/10",
        "How long: 2 min",
        "",  # the first cramp: the morning check-in, one command away
        "🌅 Tip: /checkin asks each morning, in one tap, whether you had cramps in the night, "
        "so cramp-free nights count too.",
    ]
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    assert (cramp.side, cramp.muscle, cramp.severity, cramp.duration_s) == ("left", "calf", 7, 120)
    assert cramp.triggers == ["night"]
    assert cramp.red_flags == []
    assert cramp.source_message_id == message["message"]["message_id"]
    assert cramp.card_message_id is not None
    assert f"cr:{cramp.id}:undo" in bot.buttons()


async def test_missing_fields_get_one_optional_tap(bot: Harness) -> None:
    await berlin(bot)
    (card,) = await bot.say("cramp in my foot")
    assert "How bad: not said" in card
    (cramp,) = await all_cramps(bot)
    assert [f"cr:{cramp.id}:sev:{n}" for n in range(1, 11)] == bot.buttons()[:10]
    calls = await bot.press(f"cr:{cramp.id}:sev:6")
    assert "How bad: 6/10" in texts(calls)[0]
    assert f"cr:{cramp.id}:side:left" in bot.buttons()  # side is next, still optional
    (cramp,) = await all_cramps(bot)
    assert cramp.severity == 6


async def test_each_field_can_be_fixed_and_undo_removes(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp left calf 5/10 1 min")
    (cramp,) = await all_cramps(bot)
    await bot.press(f"cr:{cramp.id}:side")
    await bot.press(f"cr:{cramp.id}:side:right")
    await bot.press(f"cr:{cramp.id}:mus")
    await bot.press(f"cr:{cramp.id}:mus:hamstring")
    await bot.press(f"cr:{cramp.id}:time")
    calls = await bot.press(f"cr:{cramp.id}:time:night")
    assert "Where: right hamstring" in texts(calls)[0]
    (cramp,) = await all_cramps(bot)
    assert (cramp.side, cramp.muscle) == ("right", "hamstring")
    assert cramp.occurred_at == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
    calls = await bot.press(f"cr:{cramp.id}:undo")
    assert "no longer in your log" in texts(calls)[0]
    assert await all_cramps(bot) == []


async def test_forged_button_cannot_touch_another_users_cramp(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp left calf 5/10")
    (theirs,) = await all_cramps(bot)
    other = 5151
    await bot.say("/help", user=other)
    last = [m for m in bot.engine.messages(other) if m["from"]["is_bot"]][-1]
    calls = await bot.press(f"cr:{theirs.id}:undo", user=other, message_id=last["message_id"])
    answers = [c for c in calls if c.method == "answerCallbackQuery"]
    assert "expired" in answers[0].params["text"]
    assert len(await all_cramps(bot)) == 1


async def test_impossible_severity_and_duration_are_asked_back_not_stored(bot: Harness) -> None:
    await berlin(bot)
    (card,) = await bot.say("cramp in my calf, 12/10")
    assert "didn't store 12" in card
    (cramp,) = await all_cramps(bot)
    assert cramp.severity is None
    alert, card, _offer = await bot.say("calf cramp 7/10 that lasted 30 hours")
    assert alert.startswith("📅 ")  # a very long cramp is a warning sign even if the figure is off
    assert "longer than a day" in card
    second = (await all_cramps(bot))[1]
    assert second.duration_s is None
    assert bot.message_with_button(USER, f"cr:{second.id}:dur:60")


async def test_future_time_is_questioned_and_stored_only_after_an_answer(bot: Harness) -> None:
    await berlin(bot)
    (question,) = await bot.say("calf cramp at 11pm tomorrow")
    assert "still ahead of us" in question
    assert await all_cramps(bot) == []
    token = bot.buttons()[0].split(":")[1]
    question_id = bot.message_with_button(USER, f"pc:{token}:1h")
    calls = await bot.press(f"pc:{token}:1h")
    assert "Cramp logged" in texts(calls)[0]
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == NOW - timedelta(hours=1)
    assert cramp.muscle == "calf"
    calls = await bot.press(f"pc:{token}:now", message_id=question_id)  # a stale press
    assert "expired" in texts(calls)[0]
    assert len(await all_cramps(bot)) == 1


async def test_a_date_is_kept_and_a_future_date_or_next_week_is_asked_back(bot: Harness) -> None:
    await berlin(bot)
    (card,) = await bot.say("calf cramp on 18/11 at 3am, 6/10")
    assert "When: 2026-11-18 03:00" in card
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == datetime(2026, 11, 18, 2, 0, tzinfo=UTC)
    for text in ("cramp in my calf next week", "calf cramp on 25/11, 6/10"):
        (question,) = await bot.say(text)
        assert "still ahead of us" in question, text
    assert len(await all_cramps(bot)) == 1


async def test_negative_severity_is_asked_back_like_an_impossible_one(bot: Harness) -> None:
    await berlin(bot)
    (card,) = await bot.say("cramp in my calf, -3/10")
    assert "didn't store -3" in card
    (cramp,) = await all_cramps(bot)
    assert cramp.severity is None
    assert bot.message_with_button(USER, f"cr:{cramp.id}:sev:5")


async def test_pregnancy_statement_gets_the_pregnancy_answer_and_logs_nothing(
    bot: Harness,
) -> None:
    await berlin(bot)
    (answer,) = await bot.say("I am pregnant and get cramps")
    assert "/cause pregnancy" in answer
    assert "haven't logged anything" in answer
    assert "Cramp logged" not in answer
    assert await all_cramps(bot) == []


async def test_habitual_statement_is_answered_with_an_offer_to_log_last_night(
    bot: Harness,
) -> None:
    await berlin(bot)
    (offer,) = await bot.say("I always get calf cramps")
    assert "haven't logged anything" in offer
    assert await all_cramps(bot) == []
    night = next(b for b in bot.buttons() if b.endswith(":night"))
    calls = await bot.press(night)
    assert "Cramp logged" in texts(calls)[0]
    (cramp,) = await all_cramps(bot)
    assert cramp.muscle == "calf"
    assert cramp.occurred_at == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)  # 03:00 in Berlin
    assert "night" in cramp.triggers


async def test_habitual_offer_can_be_declined(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("I get cramps every night")
    no = next(b for b in bot.buttons() if b.endswith(":no"))
    calls = await bot.press(no)
    assert "nothing logged" in texts(calls)[0]
    assert await all_cramps(bot) == []


async def test_editing_the_chat_message_updates_the_entry_and_its_card(bot: Harness) -> None:
    await berlin(bot)
    sent = bot.engine.user_message(USER, "cramp in my left calf 5/10")
    await bot.process(sent)
    message_id = sent["message"]["message_id"]
    calls = await bot.process(
        bot.engine.user_message(
            USER, "cramp in my right calf 8/10", edited=True, message_id=message_id
        )
    )
    edits = [c for c in calls if c.method == "editMessageText"]
    assert edits and edits[0].status == 200
    assert "Where: right calf" in texts(calls)[0]
    (cramp,) = await all_cramps(bot)
    assert (cramp.side, cramp.severity) == ("right", 8)
    calls = await bot.process(
        bot.engine.user_message(USER, "sorry, wrong chat", edited=True, message_id=message_id)
    )
    assert "removed the entry" in texts(calls)[0]
    assert await all_cramps(bot) == []


async def test_a_same_day_sign_is_the_last_message_and_the_cramp_is_noted(bot: Harness) -> None:
    await berlin(bot)
    (alert,) = await bot.say("cramp in my left calf, it's swollen and red, 7/10")
    assert alert.startswith("⚠️ Get medical help today")
    assert "noted the cramp in your diary" in alert
    assert "tomorrow" not in alert.lower()
    (cramp,) = await all_cramps(bot)
    assert cramp.red_flags == ["dvt"] and cramp.severity == 7


async def test_non_cramp_messages_are_not_logged(bot: Harness) -> None:
    await berlin(bot)
    for text in ("hello", "what causes cramps?", "thanks!", "🙂"):
        replies = await bot.say(text)
        assert not any("Cramp logged" in r for r in replies), text
    (praise,) = await bot.say("no cramps last night!")
    assert "great" in praise
    assert await all_cramps(bot) == []


async def test_a_question_beside_no_cramps_is_answered_not_praised(bot: Harness) -> None:
    await berlin(bot)
    replies = await bot.say("how come they only ever hit at night?? never had a cramp in the day")
    assert replies and not any("great" in r.lower() for r in replies)
    assert any("night" in r.lower() for r in replies)
    assert await all_cramps(bot) == []


async def test_guided_logging_in_five_taps(bot: Harness) -> None:
    await berlin(bot)
    (first,) = await bot.say("/log")
    assert "(1/5)" in first
    for data in ("lg:0:1h", "lg:1:quadriceps", "lg:2:right", "lg:3:4"):
        await bot.press(data)
    calls = await bot.press("lg:4:skip")
    assert "Cramp logged" in texts(calls)[0]
    (cramp,) = await all_cramps(bot)
    assert (cramp.muscle, cramp.side, cramp.severity, cramp.duration_s) == (
        "quadriceps",
        "right",
        4,
        None,
    )
    assert cramp.occurred_at == NOW - timedelta(hours=1)


async def test_guided_logging_survives_a_restart_and_rejects_stale_steps(
    bot: Harness, db_url: str
) -> None:
    await berlin(bot)
    await bot.say("/log")
    await bot.press("lg:0:now")
    message_id = bot.message_with_button(USER, "lg:1:calf")
    restarted = await start_harness(db_url, bot.clock, engine=bot.engine)  # a new process
    try:
        press = bot.engine.callback(USER, "lg:1:calf", message_id=message_id)
        calls = await restarted.process(press)
        assert "(3/5)" in texts(calls)[0]
        again = await restarted.process(
            bot.engine.callback(USER, "lg:1:calf", message_id=message_id)
        )
        answers = [c for c in again if c.method == "answerCallbackQuery"]
        assert "expired" in answers[0].params["text"]
    finally:
        await stop_harness(restarted)
    for data in ("lg:2:skip", "lg:3:skip", "lg:4:skip"):
        await bot.press(data, message_id=message_id)
    (cramp,) = await all_cramps(bot)
    assert cramp.muscle == "calf"


async def test_history_pages_newest_first_and_entries_open_and_delete(bot: Harness) -> None:
    await berlin(bot)
    for hour in range(1, 8):
        await bot.say(f"calf cramp {hour} hours ago, {hour}/10")
    (page,) = await bot.say("/history")
    assert "1-5 of 7" in page
    assert page.splitlines()[1].startswith("1. today 07:15")  # 1 hour ago, newest
    calls = await bot.press("hi:p:1")
    assert "6-7 of 7" in texts(calls)[0]
    oldest = (await all_cramps(bot))[-1]
    assert oldest.severity == 7
    calls = await bot.press(f"hi:o:{oldest.id}:1")
    assert "How bad: 7/10" in texts(calls)[0]
    calls = await bot.press(f"hi:d:{oldest.id}:1")
    assert texts(calls)[0].startswith("Delete this entry?")
    assert len(await all_cramps(bot)) == 7  # asked, not deleted yet
    calls = await bot.press(f"hi:y:{oldest.id}:1")
    assert "6-6 of 6" in texts(calls)[0]
    assert len(await all_cramps(bot)) == 6


async def test_empty_history_explains_how_to_log(bot: Harness) -> None:
    (reply,) = await bot.say("/history")
    assert "No cramps logged yet" in reply


async def test_a_checkup_is_offered_after_frequent_cramps_once(bot: Harness) -> None:
    await berlin(bot)
    for hours in (30, 20):
        assert len(await bot.say(f"calf cramp {hours} hours ago")) == 1
    _card, offer = await bot.say("calf cramp 2 hours ago")
    assert "3 cramps in the past week" in offer
    assert "tomorrow" in offer
    assert bot.buttons() == ["rem:soon:9", "rem:soon:13", "rem:soon:18"]
    assert len(await bot.say("calf cramp 1 hour ago")) == 1  # not again on the 4th
    await bot.press("rem:soon:13")
    async with bot.app.bot_data.sessions() as session:
        reminder = (await session.scalars(select(Reminder).where(Reminder.user_id == USER))).one()
    # A one-off within days, not "every 6 months": tomorrow 13:00 in Berlin (12:00 UTC).
    assert (reminder.kind, reminder.every_months) == ("checkup", None)
    assert reminder.next_fire_at == datetime(2026, 11, 21, 12, 0, tzinfo=UTC)


async def test_the_checkup_offer_refuses_a_forged_hour(bot: Harness) -> None:
    await berlin(bot)
    for hours in (30, 20, 2):
        await bot.say(f"calf cramp {hours} hours ago")
    offer = bot.message_with_button(USER, "rem:soon:9")
    for forged in ("rem:soon:3", "rem:soon:x", "rem:soon:", "rem:soon:99999999999999"):
        calls = await bot.press(forged, message_id=offer)
        answers = [str(c.params.get("text")) for c in calls if c.method == "answerCallbackQuery"]
        assert answers == ["This button has expired."]
        assert [c.method for c in calls] == ["answerCallbackQuery"]
    async with bot.app.bot_data.sessions() as session:
        assert (await session.scalars(select(Reminder))).all() == []


async def test_a_checkup_is_offered_after_a_book_level_sign_unless_one_is_set(
    bot: Harness,
) -> None:
    await berlin(bot)
    _alert, _card, offer = await bot.say("calf cramp last night that went on for 20 minutes")
    assert "book that appointment" in offer
    async with bot.app.bot_data.sessions() as session, session.begin():
        session.add(
            Reminder(user_id=USER, kind="checkup", timezone="Europe/Berlin", created_at=NOW,
                     every_months=6)
        )  # fmt: skip
    assert len(await bot.say("another calf cramp, lasted 15 minutes, gone now")) == 2


async def test_without_a_time_zone_the_card_says_which_zone_it_uses(bot: Harness) -> None:
    bot.clock.set(NOW)
    (card,) = await bot.say("CRAMP IN BOTH CALVES LAST NIGHT")
    assert "Where: both calves" in card
    assert "When: today 03:00" in card  # UTC, the bot's default zone
    assert "Times are in UTC until you tell me your time zone: /timezone" in card
    await berlin(bot)
    (card,) = await bot.say("cramp in my calf")
    assert "/timezone" not in card


async def test_chest_pain_gets_the_emergency_answer_and_is_not_logged(bot: Harness) -> None:
    await berlin(bot)
    (alert,) = await bot.say("my chest feels tight and I cant breathe")
    assert alert.startswith("🚨 Emergency: call 112 now")  # Berlin: the EU number
    assert "diary" not in alert
    (alert,) = await bot.say("I have a cramp in my chest")
    assert "Emergency" in alert
    assert await all_cramps(bot) == []


async def test_a_leg_cramp_with_chest_pain_gets_only_the_emergency_and_is_noted(
    bot: Harness,
) -> None:
    await berlin(bot)
    (alert,) = await bot.say("calf cramp 6/10 and now chest pain")
    assert alert.startswith("🚨 Emergency") and "noted the cramp" in alert
    (cramp,) = await all_cramps(bot)
    assert cramp.muscle == "calf" and cramp.red_flags == ["clot_lung"]


def assert_no_apology(calls: list[Call]) -> None:
    """No error reply; a rejected call may only be an edit that changed nothing."""
    sent = [plain(c) for c in calls if c.method == "sendMessage"]
    assert not any(text.startswith("Sorry") for text in sent), sent
    rejected = [c for c in calls if c.status != 200]
    assert all(c.method == "editMessageText" and NOT_MODIFIED in c.error for c in rejected), [
        (c.method, c.error) for c in rejected
    ]


async def test_the_same_edit_twice_and_double_taps_are_not_errors(bot: Harness) -> None:
    await berlin(bot)
    sent = bot.engine.user_message(USER, "cramp in my left calf 5/10")
    await bot.process(sent)
    message_id = sent["message"]["message_id"]
    for _ in range(2):  # the card would not change: Telegram's "message is not modified"
        edit = bot.engine.user_message(
            USER, "cramp in my right calf 8/10", edited=True, message_id=message_id
        )
        assert_no_apology(await bot.process(edit))
    (cramp,) = await all_cramps(bot)
    for data in (f"cr:{cramp.id}:sev", f"cr:{cramp.id}:sev:6"):
        card = bot.message_with_button(USER, data)
        for _ in range(2):
            calls = await bot.press(data, message_id=card)
            assert_no_apology(calls)
    await bot.say("/history")
    page = bot.message_with_button(USER, "hi:o:1:0")
    for data in ("hi:p:0", "hi:p:0", "hi:o:1:0", "hi:d:1:0", "hi:d:1:0", "hi:y:1:0", "hi:y:1:0"):
        calls = await bot.press(data, message_id=page)
        assert_no_apology(calls)
    assert await all_cramps(bot) == []
    await bot.say("/log")
    step = bot.message_with_button(USER, "lg:0:now")
    for _ in range(2):
        calls = await bot.press("lg:0:now", message_id=step)
        assert_no_apology(calls)
    answers = [c.params.get("text") for c in calls if c.method == "answerCallbackQuery"]
    assert answers == ["This button has expired."]
