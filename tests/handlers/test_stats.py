"""/stats through the harness: no cramps -> how to log one; cramps -> a PNG chart."""

from __future__ import annotations

import struct
from datetime import timedelta

from bot.content.tg_rules import parse_html
from bot.db import users
from bot.db.models import Cramp
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
