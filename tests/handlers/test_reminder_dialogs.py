"""Reminders that should not be set as asked: an identical one, one quiet hours would keep
from ever coming (the Move / Change quiet hours / Cancel question, kept in `dialogs`); /quiet's
forms and refusals; the list's count, snoozes and finished one-offs; a check-up inside quiet
hours labelled with the time it really comes. Through the Bot API double."""

from __future__ import annotations

from datetime import time

import pytest
from sqlalchemy import select

from bot.db.models import Delivery, Dialog
from tests.fakes.harness import USER, Harness, texts
from tests.handlers.test_reminders import (
    answers,
    berlin,
    fire,
    local,
    reminders_of,
    stored_user,
)

USAGE = "/quiet 22:30-07:30"


async def pending_buttons(bot: Harness) -> dict[str, str]:
    """The quiet-hours question's buttons by choice."""
    return {b.rsplit(":", 1)[1]: b for b in bot.buttons() if b.startswith("rem:pq:")}


async def dialog_count(bot: Harness) -> int:
    async with bot.app.bot_data.sessions() as session:
        return len(list(await session.scalars(select(Dialog))))


# -- identical reminders -------------------------------------------------------------------


async def test_an_identical_reminder_is_refused(bot: Harness) -> None:
    await berlin(bot)
    (first,) = await bot.say("/remind hydration every 2h 08:00-22:00")
    assert "Reminder set" in first
    same = ("/remind hydration every 2h 08:00-22:00", "/remind water every 2 hours 8am-10pm",
            "/remind drink every 120 min 8-22")  # fmt: skip
    for command in same:
        (reply,) = await bot.say(command)
        assert "You already have this reminder: drink water every 2 h, 08:00-22:00." in reply
        assert "Reminder set" not in reply
    assert len(await reminders_of(bot)) == 1
    (other,) = await bot.say("/remind hydration every 2h 09:00-22:00")  # different: allowed
    assert "Reminder set" in other
    assert len(await reminders_of(bot)) == 2


async def test_an_identical_one_tap_reminder_is_refused(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind")
    assert "Reminder set" in texts(await bot.press("rem:new:hydration"))[0]
    assert "You already have this" in texts(await bot.press("rem:new:hydration"))[0]
    assert len(await reminders_of(bot)) == 1


async def test_a_note_makes_it_different_but_not_its_case(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30 calves")
    (same,) = await bot.say("/remind stretch 9:30pm  Calves")
    assert "You already have this reminder" in same
    (other,) = await bot.say("/remind stretch 21:30 hamstrings")
    assert "Reminder set" in other


async def test_an_identical_paused_reminder_is_offered_for_resuming(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    (stretch,) = await reminders_of(bot)
    await bot.say("/reminders")
    await bot.press(f"rm:{stretch.id}:pause")
    (reply,) = await bot.say("/remind stretch 21:30")
    assert "You already have this reminder, paused: bedtime stretch at 21:30. Resume it?" in reply
    assert bot.buttons() == [f"rm:{stretch.id}:resume"]
    calls = await bot.press(f"rm:{stretch.id}:resume")
    assert answers(calls) == ["Resumed."]
    assert "1. bedtime stretch at 21:30, next: Fri 2026-11-20 21:30" in texts(calls)[0]
    assert [r.paused for r in await reminders_of(bot)] == [False]


# -- quiet hours that would swallow a reminder ---------------------------------------------


async def test_a_reminder_inside_quiet_hours_is_held_and_moved(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    (question,) = await bot.say("/remind stretch 23:00")
    assert "Reminder set" not in question
    assert (
        "Your quiet hours are 22:30-07:30, so bedtime stretch at 23:00 would never come."
        in question
    )
    assert await reminders_of(bot) == []
    choices = await pending_buttons(bot)
    assert list(choices) == ["move", "quiet", "cancel"]
    assert all(len(b.encode()) <= 64 for b in choices.values())
    question_id = bot.message_with_button(USER, choices["move"])
    calls = await bot.press(choices["move"])
    (reply,) = texts(calls)
    assert "Reminder set: bedtime stretch at 07:30." in reply
    assert "Next: Sat 2026-11-21 07:30" in reply
    (stretch,) = await reminders_of(bot)
    assert stretch.at_time == time(7, 30)
    assert await dialog_count(bot) == 0
    calls = await bot.press(choices["move"], message_id=question_id)  # nothing held any more
    assert "expired" in answers(calls)[0]
    assert len(await reminders_of(bot)) == 1


async def test_a_held_reminder_can_be_cancelled(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    await bot.say("/remind stretch 11pm")
    choices = await pending_buttons(bot)
    (reply,) = texts(await bot.press(choices["cancel"]))
    assert "Cancelled: no reminder set." in reply
    assert await reminders_of(bot) == []
    assert await dialog_count(bot) == 0


async def test_change_quiet_hours_sets_the_held_reminder_after_them(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    await bot.say("/remind stretch 23:00")
    choices = await pending_buttons(bot)
    (reply,) = texts(await bot.press(choices["quiet"]))
    assert "Send your new quiet hours with /quiet" in reply
    assert USAGE in reply
    assert await reminders_of(bot) == []
    (reply,) = await bot.say("/quiet 23:30-07:30")
    assert "Quiet hours set: 23:30-07:30" in reply
    assert "Reminder set: bedtime stretch at 23:00." in reply
    (stretch,) = await reminders_of(bot)
    assert stretch.next_slot == local(20, 23)
    assert await dialog_count(bot) == 0
    (later,) = await bot.say("/quiet 22:00-07:00")  # nothing held any more
    assert "Reminder set" not in later


async def test_new_quiet_hours_that_still_swallow_it_ask_again(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    await bot.say("/remind stretch 23:00")
    await bot.press((await pending_buttons(bot))["quiet"])
    (reply,) = await bot.say("/quiet 22:00-06:00")
    assert "so bedtime stretch at 23:00 would never come" in reply
    assert list(await pending_buttons(bot)) == ["move", "quiet", "cancel"]
    await bot.press((await pending_buttons(bot))["move"])
    (stretch,) = await reminders_of(bot)
    assert stretch.at_time == time(6)


async def test_an_older_question_expires_when_a_newer_one_is_asked(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    await bot.say("/remind stretch 23:00")
    old = await pending_buttons(bot)
    old_message = bot.message_with_button(USER, old["move"])
    await bot.say("/remind stretch 23:15")
    calls = await bot.press(old["move"], message_id=old_message)
    assert "expired" in answers(calls)[0]
    assert await reminders_of(bot) == []


async def test_a_drink_window_inside_quiet_hours_moves_whole(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:00-08:00")
    (question,) = await bot.say("/remind hydration every 1h 23:00-02:00")
    assert "would never come" in question
    calls = await bot.press((await pending_buttons(bot))["move"])
    assert "drink water every 1 h, 08:00-11:00" in texts(calls)[0]


async def test_a_reminder_partly_outside_quiet_hours_is_set_at_once(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:30-07:30")
    (reply,) = await bot.say("/remind hydration every 2h 06:00-22:00")
    assert "Reminder set" in reply
    assert len(await reminders_of(bot)) == 1


# -- /quiet --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("words", "shown"),
    [
        ("11pm-6am", "23:00-06:00"),
        ("23-7", "23:00-07:00"),
        ("22:30\u201307:30", "22:30-07:30"),
        ("22:30\u201407:30", "22:30-07:30"),
        ("22.30-7.30", "22:30-07:30"),
        ("10 pm to 6 am", "22:00-06:00"),
    ],
)
async def test_quiet_hours_in_every_form(bot: Harness, words: str, shown: str) -> None:
    await berlin(bot)
    (reply,) = await bot.say(f"/quiet {words}")
    assert f"Quiet hours set: {shown}" in reply
    user = await stored_user(bot)
    assert f"{user.quiet_start:%H:%M}-{user.quiet_end:%H:%M}" == shown
    (cleared,) = await bot.say("/quiet off")
    assert "Quiet hours cleared." in cleared
    assert (await stored_user(bot)).quiet_start is None


@pytest.mark.parametrize(
    ("words", "why"),
    [
        ("banana", "I couldn't read “banana” as a time window."),
        ("07:00-07:00", "“07:00-07:00” starts and ends at the same time, so the quiet hours "
                        "would be empty."),
        ("00:00-23:59", "“00:00-23:59” would be quiet for more than 20 hours a day"),
        ("6am-5am", "would be quiet for more than 20 hours a day"),
        ("25:00-07:00", "I couldn't read “25:00” as a time of day."),
        ("<b>x</b>", "I couldn't read “<b>x</b>” as a time window."),
    ],
)  # fmt: skip
async def test_refused_quiet_hours_say_why_then_the_usage(
    bot: Harness, words: str, why: str
) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:00-06:00")
    (reply,) = await bot.say(f"/quiet {words}")
    assert why in reply
    assert reply.index(why) < reply.index(USAGE)
    assert "Your quiet hours now: 22:00-06:00." in reply
    user = await stored_user(bot)
    assert (user.quiet_start, user.quiet_end) == (time(22), time(6))


async def test_quiet_alone_shows_the_usage_without_blame(bot: Harness) -> None:
    await berlin(bot)
    (reply,) = await bot.say("/quiet")
    assert reply.startswith("Quiet hours: no reminder comes inside them.")
    assert "couldn't" not in reply


# -- /remind's times -----------------------------------------------------------------------


@pytest.mark.parametrize("said", ["9pm", "9 pm", "21h", "21.00", "21:00", "9:00pm"])
async def test_remind_reads_every_time_form(bot: Harness, said: str) -> None:
    await berlin(bot)
    (reply,) = await bot.say(f"/remind stretch {said}")
    assert "Reminder set: bedtime stretch at 21:00." in reply
    assert "Next: Fri 2026-11-20 21:00" in reply


# -- /reminders ----------------------------------------------------------------------------


async def test_the_list_counts_and_says_when_it_is_empty(bot: Harness) -> None:
    await berlin(bot)
    for hour in ("7am", "8am", "9am", "10am"):
        await bot.say(f"/remind stretch {hour}")
    (listing,) = await bot.say("/reminders")
    assert listing.startswith("Your 4 reminders")
    ids = [r.id for r in await reminders_of(bot)]
    for n, reminder_id in enumerate(ids):
        calls = await bot.press(f"rm:{reminder_id}:delete")
        if n < 3:
            assert texts(calls)[0].startswith(f"Your {3 - n} reminder")
    (empty,) = texts(calls)
    assert "You have no reminders. Add one with /remind" in empty
    assert bot.buttons() == ["menu:remind"]
    await bot.press("menu:remind")
    assert "rem:new:stretch" in bot.buttons()


async def test_the_list_shows_a_snoozed_reminders_new_time(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    await fire(bot)
    async with bot.app.bot_data.sessions() as session:
        delivery = await session.scalar(select(Delivery))
    assert delivery is not None
    await bot.press(f"rd:{delivery.id}:snooze60")
    (listing,) = await bot.say("/reminders")
    assert "1. bedtime stretch at 21:30, snoozed until Fri 2026-11-20 22:30" in listing
    bot.clock.set(local(20, 22, 31))
    await fire(bot)
    (listing,) = await bot.say("/reminders")
    assert "1. bedtime stretch at 21:30, next: Sat 2026-11-21 21:30" in listing


async def test_the_list_hides_finished_one_offs(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/remind checkup 2026-11-21 09:00")
    await bot.say("/remind stretch 21:30")
    (listing,) = await bot.say("/reminders")
    assert listing.startswith("Your 2 reminders")
    bot.clock.set(local(21, 9))
    await fire(bot)
    (listing,) = await bot.say("/reminders")
    assert listing.startswith("Your 1 reminder")
    assert "check-up" not in listing
    (again,) = await bot.say("/remind checkup 2026-11-28 09:00")  # a new one is no duplicate
    assert "Reminder set" in again


# -- a check-up inside quiet hours ---------------------------------------------------------


async def test_a_checkup_inside_quiet_hours_shows_when_it_really_comes(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 21:00-17:00")
    (reply,) = await bot.say("/remind checkup every 6 months")
    assert "check-up every 6 months at 17:00 (when your quiet hours 21:00-17:00 end)" in reply
    assert "at 09:00" not in reply
    assert "Next: Thu 2027-05-20 17:00" in reply
    (listing,) = await bot.say("/reminders")
    assert (
        "check-up every 6 months at 17:00 (when your quiet hours 21:00-17:00 end), "
        "next: Thu 2027-05-20 17:00" in listing
    )
    await bot.say("/quiet off")
    (listing,) = await bot.say("/reminders")
    assert "check-up every 6 months at 09:00, next: Thu 2027-05-20 09:00" in listing


async def test_a_one_off_checkup_in_night_quiet_hours_moves_to_the_morning(bot: Harness) -> None:
    await berlin(bot)
    await bot.say("/quiet 22:00-07:00")
    (reply,) = await bot.say("/remind checkup 2026-12-01 23:00")
    assert "check-up on 2026-12-02 at 07:00 (when your quiet hours 22:00-07:00 end)" in reply
    assert "Next: Wed 2026-12-02 07:00" in reply
