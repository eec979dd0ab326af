"""One tap at 3 a.m.: /now and the button under the chat log a cramp with no question; the
details are asked for in taps after the next message, once."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_cramp_log import all_cramps

NIGHT = datetime(2026, 11, 20, 2, 12, tzinfo=UTC)  # 03:12 in Berlin
BUTTON = "🦵 Cramp now"


def sent_markups(calls: list[Call]) -> list[dict[str, object]]:
    return [c.params["reply_markup"] for c in calls
            if c.method == "sendMessage" and c.params.get("reply_markup")]  # fmt: skip


async def night(bot: Harness) -> None:
    bot.clock.set(NIGHT)
    await bot.say("/timezone Europe/Berlin")


async def test_the_button_logs_a_cramp_now_with_one_quiet_line_and_no_question(
    bot: Harness,
) -> None:
    await night(bot)
    calls = await bot.process(bot.engine.user_message(USER, BUTTON))
    assert texts(calls) == [
        "🌙 Noted: a cramp at 03:12. Nothing to answer now; I'll ask the details later."
    ]
    (markup,) = sent_markups(calls)  # no inline buttons: only the button under the chat
    assert markup["keyboard"] == [[{"text": BUTTON}]] and markup["is_persistent"] is True
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == NIGHT
    assert (cramp.muscle, cramp.side, cramp.severity, cramp.duration_s) == (None,) * 4


async def test_slash_now_does_the_same_and_start_puts_the_button_under_the_chat(
    bot: Harness,
) -> None:
    await night(bot)
    assert await bot.say("/now") == [
        "🌙 Noted: a cramp at 03:12. Nothing to answer now; I'll ask the details later."
    ]
    assert len(await all_cramps(bot)) == 1
    calls = await bot.process(bot.engine.user_message(USER, "/start"))
    assert any(m.get("keyboard") == [[{"text": BUTTON}]] for m in sent_markups(calls))


async def test_taps_in_one_bout_ask_nothing_and_the_next_message_asks_once(bot: Harness) -> None:
    await night(bot)
    await bot.say(BUTTON)
    bot.clock.advance(minutes=6)
    replies = await bot.say(BUTTON)  # a second cramp of the same bout: still no question
    assert len(replies) == 1 and "Noted" in replies[0]
    _, second = await all_cramps(bot)
    bot.clock.advance(hours=5)  # the morning
    replies = await bot.say("thanks")
    assert replies[-1].startswith("✅ Cramp logged")
    assert "About your cramp at 03:18: tap what you remember" in replies[-1]
    assert bot.buttons()[0].startswith(f"cr:{second.id}:")  # the card's fields, as taps
    await bot.press(f"cr:{second.id}:sev:6")
    assert (await all_cramps(bot))[1].severity == 6
    assert not any("About your cramp" in r for r in await bot.say("thanks again"))  # once


async def test_nothing_is_asked_about_a_cramp_deleted_meanwhile(
    bot: Harness,
) -> None:
    await night(bot)
    await bot.say("/now")
    (cramp,) = await all_cramps(bot)
    quiet_line = bot.engine.messages(USER)[-1]["message_id"]
    await bot.press(f"cr:{cramp.id}:undo", message_id=quiet_line)  # sent by a client, forged
    assert await all_cramps(bot) == []
    bot.clock.advance(hours=5)
    replies = await bot.say("what causes cramps?")
    assert not any("About your cramp" in r for r in replies)


async def test_no_question_after_a_warning(bot: Harness) -> None:
    await night(bot)
    await bot.say("/now")
    bot.clock.advance(hours=5)
    replies = await bot.say("my calf is swollen, red and hot since the cramp")
    assert not any("About your cramp" in r for r in replies)
