"""The When keypad: a day of the last week then its part, or a typed time after tapping When."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select

from bot.db.models import Cramp, Dialog
from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, start_harness, stop_harness, texts

MENU = "What would you like to do?"
EXPIRED = "This button has expired."
BERLIN = ZoneInfo("Europe/Berlin")
HINT = "Or type when it happened, e.g. 3 days ago at 3am, on 25/11 at 6:00"


async def cramps_of(bot: Harness, user_id: int = USER) -> list[Cramp]:
    async with bot.app.bot_data.sessions() as session:
        rows = await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id).order_by(Cramp.id)
        )
        return list(rows)


async def dialogs_of(bot: Harness, user_id: int = USER) -> list[str]:
    async with bot.app.bot_data.sessions() as session:
        return list(await session.scalars(select(Dialog.name).where(Dialog.user_id == user_id)))


async def logged(bot: Harness, now: datetime, text: str = "cramp in my left calf 7/10") -> Cramp:
    """Set the clock, the zone Europe/Berlin, log one cramp; that cramp."""
    bot.clock.set(now)
    await bot.say("/timezone Europe/Berlin")
    await bot.say(text)
    return (await cramps_of(bot))[-1]


def keypad(bot: Harness, user: int = USER) -> list[list[tuple[str, str]]]:
    """Rows of (label, callback data) on the bot's newest message that has buttons."""
    for message in reversed(bot.engine.messages(user)):
        rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
        if rows:
            return [[(b["text"], b["callback_data"]) for b in row] for row in rows]
    return []


def labels(bot: Harness) -> list[str]:
    return [label for row in keypad(bot) for label, _ in row]


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text")) for c in calls if c.method == "answerCallbackQuery"]


async def test_when_offers_the_last_seven_days_and_invites_a_typed_time(bot: Harness) -> None:
    cramp = await logged(bot, datetime(2026, 10, 27, 10, 0, tzinfo=UTC))  # Tue 27, 11:00 CET
    (card,) = texts(await bot.press(f"cr:{cramp.id}:time"))
    assert card.splitlines()[-1] == HINT
    rows = keypad(bot)
    assert [label for label, _ in rows[0]] == ["Just now", "1 h ago", "Last night"]
    days = [label for row in rows[1:3] for label, _ in row]
    assert days == ["Tue 20", "Wed 21", "Thu 22", "Fri 23", "Sat 24", "Sun 25", "Mon 26"]
    assert rows[1][0][1] == f"cr:{cramp.id}:day:20261020:-"
    assert all(len(row) <= 8 for row in rows)  # Telegram's limit per row
    assert "When" not in labels(bot)  # its keypad is open
    assert await dialogs_of(bot) == ["when"]


async def test_a_day_then_its_part_sets_the_local_time_across_the_dst_change(
    bot: Harness,
) -> None:
    cramp = await logged(bot, datetime(2026, 10, 27, 10, 0, tzinfo=UTC))
    await bot.press(f"cr:{cramp.id}:time")
    (question,) = texts(await bot.press(f"cr:{cramp.id}:day:20261025:-"))
    assert "When on Sun 25 Oct? Pick the part of the day, or type a time." in question
    assert labels(bot)[:4] == ["Night 03:00", "Morning 09:00", "Afternoon 15:00", "Evening 21:00"]
    assert "When" in labels(bot)  # back to the days
    (card,) = texts(await bot.press(f"cr:{cramp.id}:at:20261025:night:-"))
    assert card.splitlines()[:2] == ["✏️ Cramp updated", "When: 2026-10-25 03:00"]
    (cramp,) = await cramps_of(bot)
    assert cramp.occurred_at == datetime(2026, 10, 25, 2, 0, tzinfo=UTC)  # CET from 03:00 CEST
    assert await dialogs_of(bot) == []
    picks = {  # summer time until 03:00 on Sun 25, winter time after
        ("20261024", "morning"): datetime(2026, 10, 24, 7, 0, tzinfo=UTC),
        ("20261024", "evening"): datetime(2026, 10, 24, 19, 0, tzinfo=UTC),
        ("20261025", "morning"): datetime(2026, 10, 25, 8, 0, tzinfo=UTC),
        ("20261026", "afternoon"): datetime(2026, 10, 26, 14, 0, tzinfo=UTC),
    }
    for (day, part), expected in picks.items():
        await bot.press(f"cr:{cramp.id}:time")
        await bot.press(f"cr:{cramp.id}:day:{day}:-")
        await bot.press(f"cr:{cramp.id}:at:{day}:{part}:-")
        (cramp,) = await cramps_of(bot)
        assert cramp.occurred_at == expected, (day, part)
        assert f"{cramp.occurred_at.astimezone(BERLIN):%Y%m%d}" == day


async def test_days_over_a_month_end_in_the_users_zone(bot: Harness) -> None:
    # 23:30 UTC on 30 November is already Tue 1 December in Berlin: the days end on Mon 30.
    cramp = await logged(bot, datetime(2026, 11, 30, 23, 30, tzinfo=UTC))
    await bot.press(f"cr:{cramp.id}:time")
    days = [label for row in keypad(bot)[1:3] for label, _ in row]
    assert days == ["Tue 24", "Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29", "Mon 30"]
    bot.clock.set(datetime(2026, 12, 2, 8, 0, tzinfo=UTC))  # Wed 2 December
    card_id = bot.message_with_button(USER, f"cr:{cramp.id}:sev")
    await bot.press(f"cr:{cramp.id}:time", message_id=card_id)  # the keypad opened again
    days = [label for row in keypad(bot)[1:3] for label, _ in row]
    assert days == ["Wed 25", "Thu 26", "Fri 27", "Sat 28", "Sun 29", "Mon 30", "Tue 1"]
    await bot.press(f"cr:{cramp.id}:day:20261130:-")
    (card,) = texts(await bot.press(f"cr:{cramp.id}:at:20261130:evening:-"))
    assert "When: 2026-11-30 21:00" in card
    (cramp,) = await cramps_of(bot)
    assert cramp.occurred_at == datetime(2026, 11, 30, 20, 0, tzinfo=UTC)


NOW = datetime(2026, 11, 28, 7, 15, tzinfo=UTC)  # Sat 28 November, 08:15 in Berlin


async def test_typed_days_ago_updates_the_entry_and_sends_the_card(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    (card,) = await bot.say("3 days ago at 3am")
    assert card.splitlines()[:3] == [
        "✏️ Cramp updated",
        "When: 2026-11-25 03:00",
        "Where: left calf",
    ]
    (after,) = await cramps_of(bot)
    assert after.occurred_at == datetime(2026, 11, 25, 2, 0, tzinfo=UTC)
    assert after.edited_at is not None
    assert after.card_message_id == bot.message_with_button(USER, f"cr:{cramp.id}:time")
    assert await dialogs_of(bot) == []
    assert await bot.say("hello") == [MENU]  # the question was answered: back to normal


async def test_typed_calendar_date_with_a_clock_time(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    (card,) = await bot.say("on 25/11 at 6:00")
    # A time written with minutes is read as written (24-hour style), as the hint shows it.
    assert "When: 2026-11-25 06:00" in card
    (after,) = await cramps_of(bot)
    assert after.occurred_at == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)
    await bot.press(f"cr:{cramp.id}:time")
    (card,) = await bot.say("on 25/11 at 6pm")
    assert "When: 2026-11-25 18:00" in card
    await bot.press(f"cr:{cramp.id}:time")
    (card,) = await bot.say("on 25/11 at 06:00")
    assert "When: 2026-11-25 06:00" in card
    (after,) = await cramps_of(bot)
    assert after.occurred_at == datetime(2026, 11, 25, 5, 0, tzinfo=UTC)


async def test_a_future_time_or_no_time_is_refused_and_the_entry_stays(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    before = cramp.occurred_at
    await bot.press(f"cr:{cramp.id}:time")
    (refused,) = await bot.say("next week")
    assert "is still ahead of us, so the entry stays as it was" in refused
    (unreadable,) = await bot.say("hello")
    assert unreadable.startswith("I couldn't read a time in that")
    (after,) = await cramps_of(bot)
    assert (after.occurred_at, after.edited_at) == (before, None)
    (card,) = await bot.say("yesterday at 11pm")  # still asked: a time is taken
    assert "When: yesterday 23:00" in card


async def test_after_eleven_minutes_a_message_is_handled_normally(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    bot.clock.set(NOW + timedelta(minutes=11))
    assert await bot.say("3 days ago at 3am") == [MENU]
    assert await bot.say("hello") == [MENU]
    (after,) = await cramps_of(bot)
    assert after.occurred_at == cramp.occurred_at
    assert await dialogs_of(bot) == []


async def test_the_question_is_stored_so_another_process_reads_the_answer(
    bot: Harness, db_url: str
) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    bot.clock.set(NOW + timedelta(minutes=9))
    again = await start_harness(db_url, bot.clock)  # a restarted (or second) instance
    try:
        (card,) = await again.say("the night before last")
        assert "Cramp updated" in card
        (after,) = await cramps_of(again)
        assert after.occurred_at.astimezone(BERLIN).date().isoformat() == "2026-11-26"
    finally:
        await stop_harness(again)


async def test_a_new_cramp_report_or_another_button_closes_the_question(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    (card,) = await bot.say("cramp in my right hamstring 4/10")
    assert card.startswith("✅ Cramp logged")
    first, second = await cramps_of(bot)
    assert (first.occurred_at, first.edited_at) == (cramp.occurred_at, None)
    assert second.muscle == "hamstring"
    await bot.press(f"cr:{second.id}:time")
    card, _checkup_offer = await bot.say("my left foot cramped 2 days ago, 3/10")
    assert card.startswith("✅ Cramp logged")
    assert len(await cramps_of(bot)) == 3
    second_card = bot.message_with_button(USER, f"cr:{second.id}:sev")
    await bot.press(f"cr:{second.id}:time", message_id=second_card)
    assert await dialogs_of(bot) == ["when"]
    await bot.press(f"cr:{second.id}:sev")  # the When keypad is gone from the card
    assert await dialogs_of(bot) == []
    assert await bot.say("3 days ago at 3am") == [MENU]


async def test_the_same_when_button_on_an_entry_opened_from_history(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.say("/history")
    await bot.press(f"hi:o:{cramp.id}:0")
    (entry,) = texts(await bot.press(f"hi:f:{cramp.id}:0:time"))
    assert entry.splitlines()[-1] == HINT
    assert f"cr:{cramp.id}:day:20261121:0" in bot.buttons()
    await bot.press(f"cr:{cramp.id}:day:20261121:0")
    (entry,) = texts(await bot.press(f"cr:{cramp.id}:at:20261121:morning:0"))
    assert entry.splitlines()[:2] == ["✏️ Entry of Sat 21 Nov (updated)", "When: 2026-11-21 09:00"]
    assert "« Back to history" in labels(bot)
    (after,) = await cramps_of(bot)
    assert after.occurred_at == datetime(2026, 11, 21, 8, 0, tzinfo=UTC)
    await bot.press(f"hi:f:{cramp.id}:0:time")
    (card,) = await bot.say("on 25/11 at 6am")
    assert "When: 2026-11-25 06:00" in card


async def test_forged_day_data_expires_and_changes_nothing(bot: Harness) -> None:
    cramp = await logged(bot, NOW)
    await bot.press(f"cr:{cramp.id}:time")
    card_id = bot.message_with_button(USER, f"cr:{cramp.id}:day:20261121:-")
    forged = [
        f"cr:{cramp.id}:day:20261128:-",  # today: not offered
        f"cr:{cramp.id}:day:20261129:-",  # tomorrow
        f"cr:{cramp.id}:day:20261119:-",  # nine days ago: too old
        f"cr:{cramp.id}:day:20261131:-",  # no such day
        f"cr:{cramp.id}:day:20261399:-",
        f"cr:{cramp.id}:day:0:-",
        f"cr:{cramp.id}:day:20261121",
        f"cr:{cramp.id}:day:20261121:x",
        f"cr:{cramp.id}:day:2026-11-21:-",
        f"cr:{cramp.id}:at:20261121:noon:-",
        f"cr:{cramp.id}:at:20261121:night",
        f"cr:{cramp.id}:at:20261128:night:-",
        f"cr:{cramp.id}:at:20261121:night:-:1",
        f"cr:{cramp.id}:at:99999999999999999999:night:-",
    ]
    for data in forged:
        calls = await bot.press(data, message_id=card_id)
        assert answers(calls) == [EXPIRED], data
        assert texts(calls) == [], data
    (after,) = await cramps_of(bot)
    assert (after.occurred_at, after.edited_at) == (cramp.occurred_at, None)


async def test_someone_elses_cramp_id_expires(bot: Harness) -> None:
    victim = 5151
    theirs = await logged(bot, NOW)
    await bot.say("cramp in my left calf 5/10", user=victim)
    (their_cramp,) = await cramps_of(bot, victim)
    mine = await cramps_of(bot)
    await bot.press(f"cr:{mine[0].id}:time")
    card_id = bot.message_with_button(USER, f"cr:{mine[0].id}:day:20261121:-")
    for data in (
        f"cr:{their_cramp.id}:day:20261121:-",
        f"cr:{their_cramp.id}:at:20261121:night:-",
        f"cr:{their_cramp.id}:day:20261121:0",
        f"cr:{their_cramp.id}:at:20261121:night:0",
    ):
        calls = await bot.press(data, message_id=card_id)
        assert answers(calls) == [EXPIRED], data
    (after,) = await cramps_of(bot, victim)
    assert (after.occurred_at, after.edited_at) == (their_cramp.occurred_at, None)
    assert theirs.id != their_cramp.id


async def test_a_message_that_names_no_time_is_kept_as_written_then_and_said_so(
    bot: Harness,
) -> None:
    """No time in the message: the entry holds when it was written, marked as not told (the
    card, history and statistics say so) until a time is picked or typed."""
    cramp = await logged(bot, datetime(2026, 10, 27, 10, 0, tzinfo=UTC))  # 11:00 CET
    assert not cramp.time_told
    assert cramp.occurred_at == datetime(2026, 10, 27, 10, 0, tzinfo=UTC)
    card = bot.engine.messages(USER)[-1]["text"]
    assert "When: written today 11:00, no time given" in card
    (history,) = await bot.say("/history")
    assert "written today 11:00, no time given" in history
    await bot.press(f"cr:{cramp.id}:time")
    await bot.press(f"cr:{cramp.id}:day:20261026:-")
    (card,) = texts(await bot.press(f"cr:{cramp.id}:at:20261026:night:-"))
    assert "When: yesterday 03:00" in card.splitlines()
    (cramp,) = await cramps_of(bot)
    assert cramp.time_told

    told = await logged(bot, datetime(2026, 10, 27, 10, 5, tzinfo=UTC), "calf cramp at 3am, 6/10")
    assert told.time_told and told.occurred_at == datetime(2026, 10, 27, 2, 0, tzinfo=UTC)
    untold = await logged(bot, datetime(2026, 10, 27, 10, 10, tzinfo=UTC), "foot cramp 5/10")
    await bot.press(f"cr:{untold.id}:time")
    (card,) = await bot.say("2 days ago at 6am")
    assert "When: 2026-10-25 06:00" in card
    assert (await cramps_of(bot))[-1].time_told
