"""The guided bedtime stretch through the Bot API double: Start, ticks, Pause / Resume, Stop,
recording Done, one timer a user, at most one edit a second, and Telegram's refusals.

Nothing sleeps. The JobQueue is not started: a session's pending tick job is found by name,
the FakeClock is set to the instant it is armed for (`Guide.next_at`) and the job is run by
hand, as APScheduler would at that instant (as tests/handlers/test_reminder_wake.py does).
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from itertools import pairwise
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import select

from bot.content.tg_rules import NOT_MODIFIED
from bot.db.models import Delivery
from bot.handlers.reminder_jobs import dispatcher_of
from bot.offline.engine import Call
from bot.services.guided_stretch import PAUSE_LIMIT, TOTAL, Guide
from bot.views.guide import guide_screen
from bot.views.keyboards import markup_of
from tests.fakes.harness import USER, Harness, plain

NOW = datetime(2026, 11, 20, 7, 15, tzinfo=UTC)  # Friday, 08:15 in Berlin
BERLIN = ZoneInfo("Europe/Berlin")
ABOUT = "kn:prevent:routine"


class Naps(list[float]):
    """The dispatcher's waits, recorded instead of slept."""

    async def __call__(self, seconds: float) -> None:
        self.append(seconds)


def local(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2026, 11, day, hour, minute, tzinfo=BERLIN).astimezone(UTC)


async def stretch_reminder(bot: Harness) -> int:
    """A stretch reminder delivered at 21:30 Berlin time; the delivery's id."""
    bot.clock.set(NOW)
    await bot.say("/timezone Europe/Berlin")
    await bot.say("/remind stretch 21:30")
    bot.clock.set(local(20, 21, 30))
    dispatcher = dispatcher_of(bot.app.bot_data)
    dispatcher.sleep = Naps()
    assert (await dispatcher.run_once()).sent == 1
    (delivery,) = await deliveries(bot)
    return delivery.id


async def deliveries(bot: Harness) -> list[Delivery]:
    async with bot.app.bot_data.sessions() as session:
        return list(await session.scalars(select(Delivery).order_by(Delivery.id)))


def guide(bot: Harness, user: int = USER) -> Guide:
    return bot.app.bot_data.guides.by_user[user]


def jobs(bot: Harness) -> list[Any]:
    assert bot.app.job_queue is not None
    return [j for j in bot.app.job_queue.jobs(r"^guide-") if not j.removed]


async def tick(bot: Harness, *, early: bool = False) -> list[Call]:
    """Run the one pending tick at the instant it is armed for (or now, when `early`)."""
    (job,) = jobs(bot)
    due = job.data.next_at
    assert due is not None
    if not early:
        assert due >= bot.clock.now()
        bot.clock.set(due)
    job.schedule_removal()  # a one-shot job is gone once it ran
    mark = len(bot.engine.calls)
    await job.run(bot.app)
    return bot.engine.calls[mark:]


async def run_out(bot: Harness, limit: int = 500) -> list[Call]:
    """Tick until no tick is armed."""
    calls: list[Call] = []
    for _ in range(limit):
        if not jobs(bot):
            return calls
        calls += await tick(bot)
    raise AssertionError("the session never ended")


def edits(calls: list[Call]) -> list[str]:
    return [plain(c) for c in calls if c.method == "editMessageText" and c.status == 200]


def answers(calls: list[Call]) -> list[str]:
    return [str(c.params.get("text", "")) for c in calls if c.method == "answerCallbackQuery"]


def guided_messages(bot: Harness) -> list[Call]:
    return [c for c in bot.engine.sent(USER) if "gs:" in str(c.params.get("reply_markup"))
            and plain(c).startswith("🧘 Guided bedtime stretch")]  # fmt: skip


def control(bot: Harness, action: str) -> str:
    return f"gs:{guide(bot).token}:{action}"


async def press_control(bot: Harness, action: str) -> list[Call]:
    return await bot.press(control(bot, action), message_id=guide(bot).message_id)


def edit_stamps(bot: Harness) -> list[datetime]:
    """The FakeClock's time at every editMessageText request from now on (refused ones too)."""
    stamps: list[datetime] = []
    seen = [len(bot.engine.calls)]

    def listener() -> None:
        calls = bot.engine.calls
        stamps.extend(bot.clock.now() for c in calls[seen[0] :] if c.method == "editMessageText")
        seen[0] = len(calls)

    bot.engine.subscribe(listener)
    return stamps


def gaps(stamps: list[datetime]) -> Iterator[timedelta]:
    return (b - a for a, b in pairwise(stamps))


@pytest.fixture
def no_errors(caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    """Fails when anything logged an error or a traceback."""
    with caplog.at_level(logging.INFO):
        yield
    bad = [r for r in caplog.records if r.levelno >= logging.ERROR or r.exc_info]
    assert bad == [], [r.getMessage() for r in bad]


# -- start, ticks, finish ------------------------------------------------------------------


@pytest.mark.usefixtures("no_errors")
async def test_start_ticks_and_finish_records_done_once(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    assert f"gs:go:{delivery_id}" in bot.buttons()  # Start, next to Done
    origin = bot.message_with_button(USER, f"gs:go:{delivery_id}")
    started = bot.clock.now()
    calls = await bot.press(f"gs:go:{delivery_id}")
    assert answers(calls) == ["Starting: follow the new message."]
    (first,) = guided_messages(bot)
    first_id = guide(bot).message_id
    shown = plain(first)
    assert "Stretch 1 of 12 · round 1 of 3" in shown
    assert "Get ready: Left calf, 5 s" in shown
    assert "Hallegraeff 2012" in shown and "the evidence is mixed" in shown
    assert bot.buttons() == [control(bot, "pause"), control(bot, "stop"), ABOUT]
    calls = await bot.press(ABOUT, message_id=first_id)  # the source: a new message
    assert edits(calls) == []  # the guided message has one writer, its tick
    (about,) = [plain(c) for c in calls if c.method == "sendMessage"]
    assert "Bedtime stretch (about 3 minutes)" in about and "Hallegraeff 2012" in about
    assert "the evidence is mixed" in about

    calls = await run_out(bot)
    shown_texts = edits(calls)
    assert len(shown_texts) == TOTAL.total_seconds()  # one edit a second, the end included
    assert bot.clock.now() - started == TOTAL  # 3 min 55 s: 12 holds, 11 rests, 5 s to start
    countdown = [t.split("\n")[2] for t in shown_texts[:-1]]
    assert countdown[:6] == [
        "Get ready: Left calf, 4 s", "Get ready: Left calf, 3 s", "Get ready: Left calf, 2 s",
        "Get ready: Left calf, 1 s", "Left calf — hold 10 s", "Left calf — hold 9 s",
    ]  # fmt: skip
    assert "Rest 10 s · next: Left calf" in countdown
    assert countdown[-1] == "Right hamstring — hold 1 s"
    assert shown_texts[-1] == "✅ Done — recorded. Sleep well."
    (message,) = [m for m in bot.engine.messages(USER) if m["message_id"] == first_id]
    assert "reply_markup" not in message  # the end has nothing to press

    (delivery,) = await deliveries(bot)
    assert (delivery.action, delivery.acted_at) == ("done", started + TOTAL)
    cleared = [c for c in calls if c.method == "editMessageReplyMarkup"]
    assert [(c.params["message_id"], c.status) for c in cleared] == [(origin, 200)]
    assert jobs(bot) == [] and bot.app.bot_data.guides.by_token == {}
    await bot.say("cramp in my left calf last night, 2 minutes, 5/10")  # /stats needs one
    stats = await bot.process(bot.engine.user_message(USER, "/stats"))
    (caption,) = [plain(c) for c in stats if c.method == "sendPhoto"]
    assert "Bedtime stretch: done after 1 of 1 reminders" in caption

    # Started again from /prevent, it counts for the same reminder: recorded once, not again.
    await bot.say("/prevent")
    await bot.press("kn:prevent:routine")
    assert "gs:go:-" in bot.buttons()
    await bot.press("gs:go:-")
    assert edits(await run_out(bot))[-1] == "✅ Done — recorded. Sleep well."
    (delivery,) = await deliveries(bot)
    assert (delivery.action, delivery.acted_at) == ("done", started + TOTAL)


@pytest.mark.usefixtures("no_errors")
async def test_from_prevent_without_a_reminder_nothing_is_recorded(bot: Harness) -> None:
    bot.clock.set(NOW)
    await bot.say("/prevent")
    await bot.press("kn:prevent:routine")
    calls = await bot.press("gs:go:-")
    assert answers(calls) == ["Starting: follow the new message."]
    final = edits(await run_out(bot))[-1]
    assert final.startswith("✅ Done. Sleep well. There was no stretch reminder to record it on")
    assert await deliveries(bot) == []


# -- pause, resume, stop -------------------------------------------------------------------


@pytest.mark.usefixtures("no_errors")
async def test_pause_holds_the_countdown_and_resume_continues(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    started = bot.clock.now()
    await bot.press(f"gs:go:{delivery_id}")
    for _ in range(9):
        shown = edits(await tick(bot))
    assert "Left calf — hold 6 s" in shown[-1]
    calls = await press_control(bot, "pause")
    assert answers(calls) == ["Paused."]
    assert edits(calls) == []  # the press only answers; the tick edits
    (shown,) = edits(await tick(bot))
    assert "⏸ Paused · Left calf, 6 s left" in shown
    assert bot.buttons() == [control(bot, "resume"), control(bot, "stop"), ABOUT]
    assert guide(bot).next_at == bot.clock.now() - timedelta(seconds=1) + PAUSE_LIMIT
    bot.clock.advance(minutes=5)  # the pause: no tick, nothing counts down
    calls = await press_control(bot, "resume")
    assert answers(calls) == ["Resumed."]
    (shown,) = edits(await tick(bot))
    assert "Left calf — hold 5 s" in shown
    final = edits(await run_out(bot))[-1]
    assert final == "✅ Done — recorded. Sleep well."
    paused = timedelta(minutes=5, seconds=1)  # 1 s of it before the paused screen showed
    assert bot.clock.now() - started == TOTAL + paused
    (delivery,) = await deliveries(bot)
    assert delivery.action == "done"


@pytest.mark.usefixtures("no_errors")
async def test_a_long_pause_ends_without_recording(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    await tick(bot)
    await press_control(bot, "pause")
    await tick(bot)
    (shown,) = edits(await tick(bot))  # PAUSE_LIMIT later
    assert shown.startswith("⏹ Stopped after 10 minutes on pause. Nothing recorded")
    assert jobs(bot) == []
    (delivery,) = await deliveries(bot)
    assert delivery.action is None


@pytest.mark.usefixtures("no_errors")
async def test_stop_ends_without_recording(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    for _ in range(3):
        await tick(bot)
    message_id, stop = guide(bot).message_id, control(bot, "stop")
    calls = await press_control(bot, "stop")
    assert answers(calls) == ["Stopped. Nothing recorded."]
    (shown,) = edits(await tick(bot))
    assert shown == "⏹ Stopped. Nothing recorded; start again whenever you like."
    assert jobs(bot) == [] and bot.app.bot_data.guides.by_token == {}
    (delivery,) = await deliveries(bot)
    assert delivery.action is None
    calls = await bot.press(stop, message_id=message_id)  # a late press of the old button
    assert answers(calls) == ["This stretch has ended."]


@pytest.mark.usefixtures("no_errors")
async def test_a_control_from_before_a_restart_is_answered_and_removed(bot: Harness) -> None:
    bot.clock.set(NOW)
    bot.engine.add_chat(USER)
    message_id = bot.engine.call(
        "sendMessage",
        {"chat_id": USER, "text": "left over",
         "reply_markup": {"inline_keyboard": [[{"text": "Stop", "callback_data": "gs:7:stop"}]]}},
    ).body["result"]["message_id"]  # fmt: skip
    calls = await bot.press("gs:7:stop", message_id=message_id)
    assert answers(calls) == ["This stretch has ended."]
    assert [c.status for c in calls if c.method == "editMessageReplyMarkup"] == [200]


# -- one timer a user ----------------------------------------------------------------------


@pytest.mark.usefixtures("no_errors")
async def test_a_second_start_does_not_start_a_second_timer(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    origin = bot.message_with_button(USER, f"gs:go:{delivery_id}")
    await bot.press(f"gs:go:{delivery_id}")
    calls = await bot.press(f"gs:go:{delivery_id}", message_id=origin)  # a double tap
    assert answers(calls) == ["A stretch is already running: use its Pause and Stop buttons."]
    await bot.say("/prevent")
    await bot.press("kn:prevent:routine")
    calls = await bot.press("gs:go:-")  # Start on another message
    assert answers(calls) == ["A stretch is already running: use its Pause and Stop buttons."]
    await tick(bot)
    await press_control(bot, "pause")
    calls = await bot.press("gs:go:-")  # paused still counts
    assert "already running" in answers(calls)[0]
    assert len(guided_messages(bot)) == 1 and len(jobs(bot)) == 1
    other = 5151  # another user has a timer of their own
    await bot.say("/prevent", user=other)
    await bot.press("kn:prevent:routine", user=other)
    calls = await bot.press("gs:go:-", user=other)
    assert answers(calls) == ["Starting: follow the new message."]
    assert len(jobs(bot)) == 2
    await press_control(bot, "stop")
    calls = await bot.press("gs:go:-")  # after Stop, Start works again
    assert answers(calls) == ["Starting: follow the new message."]


# -- at most one edit a second -------------------------------------------------------------


@pytest.mark.usefixtures("no_errors")
async def test_never_more_than_one_edit_a_second(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    stamps = edit_stamps(bot)
    sent_at = bot.clock.now()
    # Presses every 300 ms and ticks run early (as if re-armed by each press) try to edit
    # more often than the countdown needs.
    for step in range(200):
        if step % 5 == 1:
            await press_control(bot, "pause")
        elif step % 5 == 3:
            await press_control(bot, "resume")
        if jobs(bot):
            await tick(bot, early=True)
        bot.clock.advance(milliseconds=300)
    await press_control(bot, "resume")
    await run_out(bot)
    assert len(stamps) > 100
    assert stamps[0] - sent_at >= timedelta(seconds=1)  # the first message counts as a write
    assert min(gaps(stamps)) >= timedelta(seconds=1)
    (delivery,) = await deliveries(bot)
    assert delivery.action == "done"


# -- Telegram's refusals -------------------------------------------------------------------


@pytest.mark.usefixtures("no_errors")
async def test_a_429_makes_the_next_tick_wait(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    await tick(bot)
    stamps = edit_stamps(bot)
    bot.engine.inject("editMessageText", "429", retry_after=7)
    calls = await tick(bot)
    refused_at = bot.clock.now()
    assert [c.status for c in calls if c.method == "editMessageText"] == [429]
    assert guide(bot).next_at == refused_at + timedelta(seconds=7)
    (shown,) = edits(await tick(bot))
    assert "Left calf — hold 6 s" in shown  # 9 s in: the countdown went on meanwhile
    assert stamps == [refused_at, refused_at + timedelta(seconds=7)]
    assert edits(await run_out(bot))[-1] == "✅ Done — recorded. Sleep well."


@pytest.mark.usefixtures("no_errors")
async def test_a_deleted_message_ends_the_session_cleanly(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    await tick(bot)
    bot.engine.call("deleteMessage", {"chat_id": USER, "message_id": guide(bot).message_id})
    calls = await tick(bot)
    assert [c.error for c in calls] == ["Bad Request: message to edit not found"]
    assert jobs(bot) == [] and bot.app.bot_data.guides.by_token == {}
    (delivery,) = await deliveries(bot)
    assert delivery.action is None
    origin = bot.message_with_button(USER, f"gs:go:{delivery_id}")
    calls = await bot.press(f"gs:go:{delivery_id}", message_id=origin)
    assert answers(calls) == ["Starting: follow the new message."]  # a new one may start


@pytest.mark.usefixtures("no_errors")
async def test_a_blocked_bot_ends_the_session_cleanly(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    await tick(bot)
    bot.engine.block(USER)
    calls = await tick(bot)
    assert [c.status for c in calls] == [403]
    assert jobs(bot) == [] and bot.app.bot_data.guides.by_token == {}


@pytest.mark.usefixtures("no_errors")
async def test_not_modified_counts_as_shown(bot: Harness) -> None:
    """Telegram refuses an edit that changes nothing: the message shows it already, and the
    countdown goes on (`CrampBot.edit_html`)."""
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    await tick(bot)
    session = guide(bot)
    assert session.next_at is not None and session.message_id is not None
    screen = guide_screen(bot.app.bot_data.content, session.view(session.next_at))
    await bot.app.bot.edit_html(USER, session.message_id, screen.text, markup_of(screen))
    calls = await tick(bot)
    assert [c.error for c in calls if c.method == "editMessageText"] == [NOT_MODIFIED]
    assert len(jobs(bot)) == 1
    assert edits(await run_out(bot))[-1] == "✅ Done — recorded. Sleep well."


@pytest.mark.usefixtures("no_errors")
async def test_a_transient_failure_is_tried_again_at_the_next_tick(bot: Harness) -> None:
    delivery_id = await stretch_reminder(bot)
    await bot.press(f"gs:go:{delivery_id}")
    bot.engine.inject("editMessageText", "502")
    calls = await tick(bot)
    assert [c.status for c in calls] == [502]
    (shown,) = edits(await tick(bot))
    assert "Get ready: Left calf, 3 s" in shown
