"""/export sends everything; /delete erases everything after a confirm; the retention purge."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select

from bot.db import users
from bot.db.models import Cramp, Reminder, User
from bot.services.privacy import purge_blocked
from tests.fakes.harness import USER, Harness, texts


async def seed(bot: Harness, user_id: int = USER) -> None:
    now = bot.clock.now()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=user_id, now=now)
        session.add(
            Cramp(user_id=user_id, occurred_at=now - timedelta(hours=5), side="left",
                  muscle="calf", severity=7, duration_s=120, triggers=["night"], created_at=now)
        )  # fmt: skip
        session.add(
            Reminder(user_id=user_id, kind="stretch", timezone="UTC", created_at=now,
                     next_fire_at=now + timedelta(hours=1))
        )  # fmt: skip


async def count(bot: Harness, model: type[User] | type[Cramp] | type[Reminder]) -> int:
    async with bot.app.bot_data.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


async def test_export_sends_csv_files_with_the_users_data(bot: Harness) -> None:
    await seed(bot)
    await seed(bot, user_id=999)  # someone else's data must not leak
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert "1 logged cramps and 1 reminders" in texts(calls)[0]
    documents = [c for c in calls if c.method == "sendDocument"]
    assert [d.status for d in documents] == [200, 200, 200]
    uploads = [m for m in bot.engine.messages(USER) if "document" in m]
    files = {m["document"]["file_name"]: m["document"] for m in uploads}
    assert set(files) == {"cramps.csv", "reminders.csv", "report.pdf"}
    path = bot.engine.call("getFile", {"file_id": files["cramps.csv"]["file_id"]}).body["result"]
    rows = list(csv.DictReader(io.StringIO(bot.engine.file_content(path["file_path"]).decode())))
    assert len(rows) == 1
    assert rows[0]["muscle"] == "calf"
    assert rows[0]["severity"] == "7"


async def test_a_second_export_within_a_minute_points_to_the_first(bot: Harness) -> None:
    """The report is the heaviest work the bot does: one export a minute per user."""
    await seed(bot)
    await seed(bot, user_id=999)
    assert len(bot.engine.sent(USER, method="sendDocument")) == 0
    await bot.process(bot.engine.user_message(USER, "/export"))
    bot.clock.advance(seconds=50)
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert texts(calls) == [
        "I sent your export a moment ago: the files are just above. You can ask for a new one "
        "in a minute."
    ]
    assert not [c for c in calls if c.method in ("sendDocument", "sendChatAction")]
    other = await bot.process(bot.engine.user_message(999, "/export"))  # others are not held up
    assert len([c for c in other if c.method == "sendDocument"]) == 3
    bot.clock.advance(seconds=11)
    again = await bot.process(bot.engine.user_message(USER, "/export"))
    assert len([c for c in again if c.method == "sendDocument"]) == 3
    assert len(bot.engine.sent(USER, method="sendDocument")) == 6


def uploaded(bot: Harness, file_id: str) -> bytes:
    path = bot.engine.call("getFile", {"file_id": file_id}).body["result"]["file_path"]
    return bot.engine.file_content(path)


async def test_export_sends_a_one_page_pdf_report_without_identifiers(bot: Harness) -> None:
    await seed(bot)
    await bot.process(bot.engine.user_message(USER, "/export", first_name="Zelda"))
    (report,) = [
        m["document"] for m in bot.engine.messages(USER)
        if m.get("document", {}).get("file_name") == "report.pdf"
    ]  # fmt: skip
    pdf = uploaded(bot, report["file_id"])
    assert pdf.startswith(b"%PDF")
    assert len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf)) == 1
    assert str(USER).encode() not in pdf
    assert b"Zelda" not in pdf


async def test_an_empty_export_says_there_is_nothing_to_export(bot: Harness) -> None:
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert texts(calls) == [
        "There is nothing to export yet: no cramps logged and no reminders set. Tell me about "
        "a cramp in your own words, or try /remind."
    ]
    assert not [c for c in calls if c.method in {"sendDocument", "sendChatAction"}]


async def test_export_shows_it_is_sending_files(bot: Harness) -> None:
    await seed(bot)
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    actions = [c.params.get("action") for c in calls if c.method == "sendChatAction"]
    assert actions == ["upload_document"]
    assert [c.method for c in calls].index("sendChatAction") < [c.method for c in calls].index(
        "sendDocument"
    )


async def test_delete_asks_first_and_cancel_keeps_everything(bot: Harness) -> None:
    await seed(bot)
    (question,) = await bot.say("/delete")
    assert "cannot be undone" in question
    await bot.press("del:no")
    assert await count(bot, Cramp) == 1


async def test_delete_confirmed_erases_everything_of_that_user_only(bot: Harness) -> None:
    await seed(bot)
    await seed(bot, user_id=999)
    await bot.say("/delete")
    calls = await bot.press("del:yes")
    assert any("Everything I held about you is erased" in t for t in texts(calls))
    async with bot.app.bot_data.sessions() as session:
        assert await users.get_user(session, user_id=USER) is None
        assert await users.get_user(session, user_id=999) is not None
    assert await count(bot, Cramp) == 1
    assert await count(bot, Reminder) == 1


async def test_a_second_tap_on_yes_is_answered_and_erases_nothing_more(bot: Harness) -> None:
    await seed(bot)
    await seed(bot, user_id=999)
    await bot.say("/delete")
    question = bot.message_with_button(USER, "del:yes")
    await bot.press("del:yes", message_id=question)
    # The case fuzzing found: the same press again (a double tap, or a stale client) on the
    # message that already says everything was erased.
    again = await bot.press("del:yes", message_id=question)
    assert next(c.method for c in again) == "answerCallbackQuery"  # no spinner left
    assert not any("Sorry" in t for t in texts(again))  # at most a no-op edit was refused
    assert await count(bot, Cramp) == 1  # the other user's data is still there


async def test_retention_purge_erases_long_blocked_users_only(bot: Harness) -> None:
    await seed(bot)
    await seed(bot, user_id=999)
    now = bot.clock.now()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.mark_blocked(session, user_id=USER, now=now - timedelta(days=400))
        await users.mark_blocked(session, user_id=999, now=now - timedelta(days=30))
    async with bot.app.bot_data.sessions() as session, session.begin():
        assert await purge_blocked(session, now=now, retention_days=365) == 1
    async with bot.app.bot_data.sessions() as session:
        assert await users.get_user(session, user_id=USER) is None
        assert await users.get_user(session, user_id=999) is not None


def csv_rows(bot: Harness, name: str) -> list[dict[str, str]]:
    (document,) = [
        m["document"] for m in bot.engine.messages(USER)
        if m.get("document", {}).get("file_name") == name
    ]  # fmt: skip
    return list(csv.DictReader(io.StringIO(uploaded(bot, document["file_id"]).decode())))


async def test_export_times_are_local_with_their_offset(bot: Harness) -> None:
    """A Berlin 09:00 check-up exports as 09:00+01:00 (not 08:00+00:00 nor 09:00+00:00), in
    summer time as +02:00, and a cramp as the user saw it."""
    bot.clock.set(datetime(2026, 11, 30, 12, 0, tzinfo=UTC))
    await bot.say("/timezone Europe/Berlin")
    (reply,) = await bot.say("/remind checkup 2026-12-01 09:00 blood test")
    assert "Reminder set" in reply
    (reply,) = await bot.say("/remind checkup 2027-06-01 09:00 ultrasound")
    assert "Reminder set" in reply
    async with bot.app.bot_data.sessions() as session, session.begin():
        session.add(
            Cramp(user_id=USER, occurred_at=datetime(2026, 11, 30, 2, 30, 15, 500, tzinfo=UTC),
                  side="left", muscle="calf", severity=7, duration_s=120, triggers=[],
                  created_at=datetime(2026, 11, 30, 7, 5, tzinfo=UTC))
        )  # fmt: skip
        session.add(  # a message that named no time: kept as written, marked as not told
            Cramp(user_id=USER, occurred_at=datetime(2026, 11, 30, 11, 0, tzinfo=UTC),
                  triggers=[], created_at=datetime(2026, 11, 30, 11, 0, tzinfo=UTC),
                  time_told=False)
        )  # fmt: skip
    await bot.process(bot.engine.user_message(USER, "/export"))
    cramp, untold = csv_rows(bot, "cramps.csv")
    assert cramp["occurred_at"] == "2026-11-30T03:30:15+01:00"
    assert cramp["time_told"] == "yes"
    assert (untold["occurred_at"], untold["time_told"]) == ("2026-11-30T12:00:00+01:00", "no")
    assert cramp["logged_at"] == "2026-11-30T08:05:00+01:00"
    winter, summer = csv_rows(bot, "reminders.csv")
    assert (winter["note"], winter["timezone"]) == ("blood test", "Europe/Berlin")
    assert winter["once_at"] == "2026-12-01T09:00:00+01:00"
    assert winter["next_fire_at"] == "2026-12-01T09:00:00+01:00"
    assert summer["once_at"] == "2027-06-01T09:00:00+02:00"
