"""Undo only just after logging; Delete asks first and names what it deleted; opened entries."""

from __future__ import annotations

from datetime import UTC, datetime

from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_cramp_log import all_cramps, berlin

OTHER = 5151


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text")) for c in calls if c.method == "answerCallbackQuery"]


def labels_of(bot: Harness, data: str) -> list[str]:
    """Button labels of the newest bot message carrying `data`."""
    message_id = bot.message_with_button(USER, data)
    message = next(m for m in bot.engine.messages(USER) if m["message_id"] == message_id)
    return [b["text"] for row in message["reply_markup"]["inline_keyboard"] for b in row]


async def test_undo_for_ten_minutes_then_delete_that_asks(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf last night, 7/10")
    (cramp,) = await all_cramps(bot)
    assert bot.buttons()[-1] == f"cr:{cramp.id}:undo"
    bot.clock.advance(minutes=11)
    calls = await bot.press(f"cr:{cramp.id}:undo")  # an Undo left on the card: too late now
    assert answers(calls) == ["Too late to undo. Use Delete instead."]
    assert len(await all_cramps(bot)) == 1
    assert bot.buttons()[-1] == f"cr:{cramp.id}:del"
    assert "Undo" not in labels_of(bot, f"cr:{cramp.id}:del")
    calls = await bot.press(f"cr:{cramp.id}:del")
    assert texts(calls) == ["Delete this entry?\nleft calf, Fri 20 Nov 03:00, 7/10"]
    assert len(await all_cramps(bot)) == 1
    calls = await bot.press(f"cr:{cramp.id}:yes")
    assert texts(calls) == ["🗑 Deleted: left calf, Fri 20 Nov 03:00, 7/10"]
    assert await all_cramps(bot) == []


async def test_undo_within_the_window_removes_and_names_the_entry(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf last night, 7/10")
    (cramp,) = await all_cramps(bot)
    bot.clock.advance(minutes=9)
    await bot.press(f"cr:{cramp.id}:sev")
    calls = await bot.press(f"cr:{cramp.id}:sev:6")
    assert bot.buttons()[-1] == f"cr:{cramp.id}:undo"  # a fix does not end the window
    calls = await bot.press(f"cr:{cramp.id}:undo")
    assert texts(calls) == ["Undone: left calf, Fri 20 Nov 03:00, 6/10 is no longer in your log."]
    assert await all_cramps(bot) == []


async def test_cancel_on_the_card_keeps_the_entry(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf last night, 7/10")
    (cramp,) = await all_cramps(bot)
    bot.clock.advance(minutes=30)
    await bot.press(f"cr:{cramp.id}:sev")  # any press shows the card as it is now
    await bot.press(f"cr:{cramp.id}:del")
    calls = await bot.press(f"cr:{cramp.id}:keep")
    assert texts(calls)[0].startswith("✅ Cramp logged")
    assert bot.buttons()[-1] == f"cr:{cramp.id}:del"
    assert len(await all_cramps(bot)) == 1


async def test_an_opened_entry_has_its_header_back_and_delete_and_never_undo(
    bot: Harness,
) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf on 16/11 at 3am, 7/10")  # 4 days ago
    (cramp,) = await all_cramps(bot)
    await bot.say("/history")
    calls = await bot.press(f"hi:o:{cramp.id}:0")
    (entry,) = texts(calls)
    assert entry.splitlines()[0] == "📄 Entry of Mon 16 Nov"
    assert "Cramp logged" not in entry
    buttons = bot.buttons()
    assert buttons[-2:] == [f"hi:d:{cramp.id}:0", "hi:p:0"]
    assert not any(b.startswith("cr:") for b in buttons)
    assert "Undo" not in labels_of(bot, "hi:p:0")
    calls = await bot.press(f"hi:f:{cramp.id}:0:side")  # fixing keeps the entry's context
    assert texts(calls)[0].startswith("📄 Entry of Mon 16 Nov")
    calls = await bot.press(f"hi:v:{cramp.id}:0:side:right")
    assert texts(calls)[0].splitlines()[:3] == [
        "✏️ Entry of Mon 16 Nov (updated)", "When: 2026-11-16 03:00", "Where: right calf"
    ]  # fmt: skip
    assert bot.buttons()[-2:] == [f"hi:d:{cramp.id}:0", "hi:p:0"]
    assert "Undo" not in labels_of(bot, "hi:p:0")
    (cramp,) = await all_cramps(bot)
    assert cramp.side == "right"


async def test_delete_in_history_asks_cancel_keeps_yes_deletes(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf on 16/11 at 3am, 7/10")
    await bot.say("calf cramp in both legs 1 hour ago, 4/10")
    older, newer = await all_cramps(bot)
    await bot.say("/history")
    await bot.press(f"hi:o:{older.id}:0")
    calls = await bot.press(f"hi:d:{older.id}:0")
    assert texts(calls) == ["Delete this entry?\nleft calf, Mon 16 Nov 03:00, 7/10"]
    assert bot.buttons() == [f"hi:y:{older.id}:0", f"hi:o:{older.id}:0"]
    assert labels_of(bot, f"hi:y:{older.id}:0") == ["Yes, delete", "Cancel"]
    calls = await bot.press(f"hi:o:{older.id}:0")  # Cancel: back to the entry, kept
    assert texts(calls)[0].startswith("📄 Entry of Mon 16 Nov")
    assert len(await all_cramps(bot)) == 2
    await bot.press(f"hi:d:{older.id}:0")
    calls = await bot.press(f"hi:y:{older.id}:0")
    page = texts(calls)[0].splitlines()
    assert page[0] == "🗑 Deleted: left calf, Mon 16 Nov 03:00, 7/10"
    assert "1-1 of 1" in page[2]
    assert "both calves" in page[3]
    assert answers(calls) == ["Deleted."]
    assert [c.id for c in await all_cramps(bot)] == [newer.id]


async def test_a_forged_confirm_for_someone_elses_entry_has_expired(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("cramp in my left calf 5/10", user=OTHER)
    (theirs,) = await all_cramps(bot, OTHER)
    await bot.say("cramp in my right calf 3/10")
    (mine,) = await all_cramps(bot)
    card = bot.message_with_button(USER, f"cr:{mine.id}:undo")
    for data in (f"cr:{theirs.id}:yes", f"hi:y:{theirs.id}:0", f"hi:v:{theirs.id}:0:sev:1"):
        calls = await bot.press(data, message_id=card)
        assert answers(calls) == ["This button has expired."], data
        assert [c.method for c in calls] == ["answerCallbackQuery"]
    (kept,) = await all_cramps(bot, OTHER)
    assert (kept.id, kept.severity) == (theirs.id, 5)


async def test_both_calves_on_the_card_and_in_history(bot: Harness) -> None:
    await berlin(bot)
    (card,) = await bot.say("cramp in both calves last night")
    assert "Where: both calves" in card
    (page,) = await bot.say("/history")
    assert "both calves" in page
    (cramp,) = await all_cramps(bot)
    assert cramp.occurred_at == datetime(2026, 11, 20, 2, 0, tzinfo=UTC)
