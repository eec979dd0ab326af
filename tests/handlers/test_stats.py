"""/stats through the harness: no cramps -> how to log one; cramps -> a PNG chart."""

from __future__ import annotations

import struct
from datetime import time, timedelta

from bot.content.tg_rules import parse_html
from bot.db import users
from bot.db.models import Cramp, Delivery, Night, Reminder
from bot.offline.state import Call
from tests.fakes.harness import USER, Harness, texts

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


async def seed_cramps(bot: Harness, user_id: int = USER) -> None:
    now = bot.clock.now()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=user_id, now=now)
        for days, muscle, severity in [(0, "calf", 7), (1, "calf", 5), (9, "foot", None),
                                       (20, "calf", 8), (200, "shin", 9)]:  # fmt: skip
            session.add(
                Cramp(user_id=user_id, occurred_at=now - timedelta(days=days, hours=3),
                      side="left", muscle=muscle, severity=severity, duration_s=90,
                      triggers=[], red_flags=[], created_at=now)
            )  # fmt: skip


async def test_stats_without_cramps_says_how_to_log_one(bot: Harness) -> None:
    calls = await bot.process(bot.engine.user_message(USER, "/stats"))
    (text,) = texts(calls)
    assert "No cramps logged" in text
    assert "/log" in text
    assert not bot.engine.sent(method="sendPhoto")


async def test_stats_sends_a_png_chart_with_a_summary_caption(bot: Harness) -> None:
    await seed_cramps(bot)
    await seed_cramps(bot, user_id=999)  # someone else's cramps are not counted
    calls = await bot.process(bot.engine.user_message(USER, "/stats"))
    photos = [c for c in calls if c.method == "sendPhoto"]
    assert [c.status for c in photos] == [200]
    methods = [c.method for c in calls]  # the chat shows "sending a photo" while it is drawn
    assert methods.index("sendChatAction") < methods.index("sendPhoto")
    caption = str(photos[0].params["caption"])
    visible = parse_html(caption).text
    assert len(visible) <= 1024
    assert "Cramps: 4 (" in visible  # the 200-day-old cramp is outside the 8 weeks
    assert "calf 3" in visible
    assert "shin" not in visible
    (message,) = [m for m in bot.engine.messages(USER) if "photo" in m]
    file_id = message["photo"][-1]["file_id"]
    path = bot.engine.call("getFile", {"file_id": file_id}).body["result"]["file_path"]
    png = bot.engine.file_content(path)
    assert png.startswith(PNG_SIGNATURE)
    assert 5_000 < len(png) < 1_000_000
    width, height = struct.unpack(">II", png[16:24])
    assert (width, height) == (800, 600)


async def seed_diary(bot: Harness) -> None:
    """Three nights answered (0, 2 with sleep 6, and 3 or more with sleep 8), a stretch
    reminder sent three times and done twice, and check-ins sent four times, three answered."""
    now = bot.clock.now()
    today = now.date()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=USER, now=now)
        for days, count, sleep in [(1, 0, None), (2, 2, 6), (3, 3, 8)]:
            session.add(Night(user_id=USER, night=today - timedelta(days=days), cramps=count,
                              sleep=sleep, answered_at=now))  # fmt: skip
        for rid, kind in [(1, "stretch"), (2, "checkin")]:
            session.add(Reminder(id=rid, user_id=USER, kind=kind, at_time=time(8),
                                 timezone="UTC", paused=False, created_at=now))  # fmt: skip
        await session.flush()
        actions = {1: ["done", "done", None], 2: ["answered", "answered", "answered", None]}
        for rid, acted in actions.items():
            for i, action in enumerate(acted):
                session.add(Delivery(reminder_id=rid, user_id=USER, status="sent",
                                     slot=now - timedelta(days=i + 1), attempts=1,
                                     action=action, created_at=now))  # fmt: skip


def captions(calls: list[Call]) -> list[str]:
    return [parse_html(str(c.params["caption"])).text for c in calls if c.method == "sendPhoto"]


async def test_stats_show_the_nights_and_the_reminders_kept(bot: Harness) -> None:
    await seed_cramps(bot)
    await seed_diary(bot)
    (caption,) = captions(await bot.process(bot.engine.user_message(USER, "/stats")))
    assert caption.startswith("Your last 4 weeks\n")
    assert "Morning check-in: 3 nights answered, 1 without cramps, 1.7 cramps a night" in caption
    assert "Sleep disturbed: 7.0/10 on average" in caption
    assert "Bedtime stretch: done after 2 of 3 reminders" in caption
    assert "Check-ins answered: 3 of 4" in caption
    assert bot.buttons() == ["st:1w", "st:4w", "st:3m", "st:all", "in:show"]


async def test_periods_are_one_tap_away(bot: Harness) -> None:
    await seed_cramps(bot)  # 0, 1, 9, 20 and 200 days ago
    await bot.process(bot.engine.user_message(USER, "/stats"))
    (week,) = captions(await bot.press("st:1w"))
    assert week.startswith("Your last 7 days\nCramps: 2 (1 today)")
    (everything,) = captions(await bot.press("st:all"))
    first = (bot.clock.now() - timedelta(days=200, hours=3)).date()
    assert everything.startswith(f"Your diary since {first:%Y-%m-%d}\nCramps: 5 (")
    assert "shin 1" in everything


async def test_an_empty_period_says_so_and_offers_the_others(bot: Harness) -> None:
    now = bot.clock.now()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=USER, now=now)
        session.add(Cramp(user_id=USER, occurred_at=now - timedelta(days=60), triggers=[],
                          red_flags=[], created_at=now))  # fmt: skip
    (text,) = texts(await bot.process(bot.engine.user_message(USER, "/stats")))
    assert text.startswith("Nothing logged in last 4 weeks.")
    assert bot.buttons() == ["st:1w", "st:4w", "st:3m", "st:all"]
    (caption,) = captions(await bot.press("st:3m"))
    assert "Cramps: 1 (0 this week)" in caption


async def test_insights_are_one_tap_from_stats_and_say_what_they_rest_on(bot: Harness) -> None:
    await seed_cramps(bot)
    await seed_diary(bot)
    await bot.process(bot.engine.user_message(USER, "/stats"))
    (shown,) = texts(await bot.press("in:show"))
    assert shown.startswith("💡 What your diary shows")
    assert "Cramps a night: nights answered at the morning check-in so far: 3. From 7 on" in shown
    # Nights after a done evening: 1 (the evening before last); after one not marked: 1.
    assert "marked done: 1; after a stretch reminder you did not mark: 1. I need 7" in shown
    assert "Time of night: night cramps logged so far: 5." in shown  # each at 04:15, in the night
    assert "Trend: cramps logged in the last 8 weeks: 4. From 6 on I can compare." in shown
    assert "not a diagnosis" in shown
    # The check-in does not ask about active days: said plainly, with the question one tap away
    # (the check-in is on, so nothing is said of it) and the entry on exercise and cramps.
    assert "Active days: your diary has no exercise data yet" in shown
    assert "This needs the morning check-in on" not in shown
    assert bot.buttons() == ["kn:prevent:routine", "kn:cause:overexertion", "ca:on"]


async def test_cramps_logged_without_a_time_count_in_no_part_of_the_day(bot: Harness) -> None:
    """Cramps whose message named no time are stored when it was written: the statistics
    count them as a time not said and the time-of-night insight leaves them out."""
    await seed_cramps(bot)
    now = bot.clock.now()
    async with bot.app.bot_data.sessions() as session, session.begin():
        for hours in (1, 2, 26):  # written at night, no time told
            session.add(
                Cramp(user_id=USER, occurred_at=now - timedelta(hours=hours), muscle="calf",
                      triggers=[], red_flags=[], created_at=now, time_told=False)
            )  # fmt: skip
    calls = await bot.process(bot.engine.user_message(USER, "/stats"))
    (photo,) = [c for c in calls if c.method == "sendPhoto"]
    caption = parse_html(str(photo.params["caption"])).text
    assert "Cramps: 7 (" in caption
    assert "not said 3" in caption.split("When: ")[1].splitlines()[0]
    (shown,) = texts(await bot.press("in:show"))
    assert "Time of night: night cramps logged so far: 5." in shown  # the told ones only
