"""/export with a period: the visit brief through the Bot API double, on SQLite and PostgreSQL;
the cause finder's answers kept for it, exported and erased."""

from __future__ import annotations

import csv
import io
import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select

from bot.db import users
from bot.db.models import CheckAnswers, Cramp, Delivery, Night, Reminder
from bot.parsing.export_range import DateRange
from bot.services import privacy
from bot.services.flood import Cooldown
from tests.fakes.harness import USER, Harness, shared_content, texts
from tests.reports.typical import typical_rows

KNOWLEDGE = shared_content().knowledge
FORMS = shared_content().label("privacy.export_forms")
DECEMBER = datetime(2026, 12, 1, 8, 0, tzinfo=UTC)


async def in_berlin(bot: Harness) -> None:
    bot.clock.set(DECEMBER)
    (reply,) = await bot.say("/timezone Europe/Berlin")
    assert "Europe/Berlin" in reply


async def seed_diary(bot: Harness) -> None:
    """The typical diary (six months: cramps, the check-in's nights) for USER."""
    cramps, nights = typical_rows()
    async with bot.app.bot_data.sessions() as session, session.begin():
        await users.ensure_user(session, user_id=USER, now=DECEMBER)
        for c in cramps:
            session.add(Cramp(user_id=USER, occurred_at=c.occurred_at, side=c.side,
                              muscle=c.muscle, severity=c.severity, duration_s=c.duration_s,
                              triggers=[], red_flags=[], created_at=DECEMBER))  # fmt: skip
        for n in nights:
            session.add(Night(user_id=USER, night=n.night, cramps=n.cramps, sleep=n.sleep,
                              answered_at=DECEMBER))  # fmt: skip


def documents(bot: Harness) -> dict[str, bytes]:
    """The files USER was sent, by name (the latest of each)."""
    found = {}
    for message in bot.engine.messages(USER):
        document = message.get("document")
        if document:
            path = bot.engine.call("getFile", {"file_id": document["file_id"]})
            found[document["file_name"]] = bot.engine.file_content(
                path.body["result"]["file_path"]
            )
    return found


def pages_of(pdf: bytes) -> int:
    assert pdf.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


async def finish_check(bot: Harness, value: str) -> None:
    """/check: "no" to the safety questions, then `value` to every question to the result."""
    await bot.say("/check")
    number = 0
    for number in range(1, len(KNOWLEDGE.check.screening) + 1):
        await bot.press(f"chk:{number}:n")
    while True:
        number += 1
        calls = await bot.press(f"chk:{number}:{value}")
        if "Question" not in texts(calls)[0]:
            return


async def test_export_with_a_range_sends_the_visit_brief(bot: Harness) -> None:
    await in_berlin(bot)
    await seed_diary(bot)
    calls = await bot.process(bot.engine.user_message(USER, "/export 2026-09-01 2026-11-30"))
    intro = texts(calls)[0]
    assert "visit brief for your doctor (PDF) covering 2026-09-01 to 2026-11-30" in intro
    assert [c.status for c in calls if c.method == "sendDocument"] == [200] * 4
    files = documents(bot)
    assert set(files) == {"cramps.csv", "reminders.csv", "nights.csv", "report.pdf"}
    assert pages_of(files["report.pdf"]) == 2  # a typical three-month diary
    assert str(USER).encode() not in files["report.pdf"]


async def test_export_forms_name_their_period(bot: Harness) -> None:
    await in_berlin(bot)
    await seed_diary(bot)
    for text, period in (
        ("/export", "2026-09-02 to 2026-12-01"),  # the last 3 months (1 December in Berlin)
        ("/export 4w", "2026-11-04 to 2026-12-01"),
        ("/export 2026-10-01", "2026-10-01 to 2026-12-01"),
    ):
        bot.clock.advance(minutes=2)  # one export a minute
        calls = await bot.process(bot.engine.user_message(USER, text))
        assert f"covering {period}" in texts(calls)[0], text
        assert len([c for c in calls if c.method == "sendDocument"]) == 4


async def test_a_bad_period_gets_one_line_with_the_forms_and_sends_nothing(bot: Harness) -> None:
    await in_berlin(bot)
    await seed_diary(bot)
    for text in ("/export last year", "/export 2027-01-01", "/export 2026-11-30 2026-09-01"):
        calls = await bot.process(bot.engine.user_message(USER, text))
        assert texts(calls) == [FORMS]
        assert not [c for c in calls if c.method in ("sendDocument", "sendChatAction")]
    assert "/export 4w" in FORMS and "/export 2026-09-01 2026-11-30" in FORMS
    calls = await bot.process(bot.engine.user_message(USER, "/export 3m"))  # not held up
    assert len([c for c in calls if c.method == "sendDocument"]) == 4


async def test_a_user_with_no_data_gets_a_friendly_line_whatever_the_period(bot: Harness) -> None:
    for text in ("/export", "/export 3m", "/export 2026-09-01 2026-11-30"):
        calls = await bot.process(bot.engine.user_message(USER, text))
        (line,) = texts(calls)
        assert line.startswith("There is nothing to export yet")
        assert not [c for c in calls if c.method == "sendDocument"]


async def test_a_period_with_nothing_in_it_still_sends_a_one_page_brief(bot: Harness) -> None:
    await in_berlin(bot)
    await seed_diary(bot)  # nothing before March
    await bot.process(bot.engine.user_message(USER, "/export 2026-01-01 2026-02-28"))
    assert pages_of(documents(bot)["report.pdf"]) == 1


async def test_finished_cause_finder_answers_are_kept_exported_and_erased(bot: Harness) -> None:
    await finish_check(bot, "y")
    async with bot.app.bot_data.sessions() as session:
        stored = await session.get(CheckAnswers, USER)
        assert stored is not None
        asked = [q for q, _ in stored.answers]
    safety = {s.id for s in KNOWLEDGE.check.screening}
    assert asked and not safety & set(asked)  # the safety questions are not kept
    assert all(v == "y" for _, v in stored.answers)
    calls = await bot.process(bot.engine.user_message(USER, "/export"))
    assert "last cause finder you finished (check_answers.csv)" in texts(calls)[0]
    rows = list(csv.DictReader(io.StringIO(documents(bot)["check_answers.csv"].decode())))
    assert [r["question_id"] for r in rows] == asked
    assert rows[0]["answer"] == "yes" and rows[0]["question"] == KNOWLEDGE.check.questions[0].text
    assert pages_of(documents(bot)["report.pdf"]) == 1
    await bot.say("/delete")
    await bot.press("del:yes")
    async with bot.app.bot_data.sessions() as session:
        left = await session.scalar(select(func.count()).select_from(CheckAnswers))
    assert left == 0


async def test_a_new_finished_check_replaces_the_answers(bot: Harness) -> None:
    await finish_check(bot, "y")
    await finish_check(bot, "n")
    async with bot.app.bot_data.sessions() as session:
        stored = await session.get(CheckAnswers, USER)
    assert stored is not None and {v for _, v in stored.answers} == {"n"}
    await bot.say("/check")
    await bot.press("chk:1:y")  # a safety "yes" ends it: the answers before are kept
    async with bot.app.bot_data.sessions() as session:
        kept = await session.get(CheckAnswers, USER)
    assert kept is not None and kept.answers == stored.answers


async def test_a_range_in_the_users_zone_across_dst_and_a_month_end(bot: Harness) -> None:
    """October in Berlin (summer time ends on the 25th): 00:30 on 1 October and 23:30 on
    31 October count, 23:30 on 30 September does not (it is the period before); reminders
    count only when their slot is in October."""
    await in_berlin(bot)
    at = [datetime(2026, 9, 30, 22, 30, tzinfo=UTC), datetime(2026, 10, 31, 22, 30, tzinfo=UTC),
          datetime(2026, 9, 30, 21, 30, tzinfo=UTC)]  # fmt: skip
    async with bot.app.bot_data.sessions() as session, session.begin():
        for when in at:
            session.add(Cramp(user_id=USER, occurred_at=when, severity=5, triggers=[],
                              red_flags=[], created_at=DECEMBER))  # fmt: skip
        reminder = Reminder(user_id=USER, kind="stretch", timezone="Europe/Berlin",
                            created_at=DECEMBER)  # fmt: skip
        session.add(reminder)
        await session.flush()
        for slot, action in ((at[0], "done"), (at[1], None), (at[2], "done")):
            session.add(Delivery(reminder_id=reminder.id, user_id=USER, slot=slot, status="sent",
                                 action=action, created_at=DECEMBER))  # fmt: skip
    async with bot.app.bot_data.sessions() as session:
        export = await privacy.export(
            session, user_id=USER, zone=ZoneInfo("Europe/Berlin"), now=DECEMBER,
            gate=Cooldown(timedelta(0)), knowledge=KNOWLEDGE,
            period=DateRange(date(2026, 10, 1), date(2026, 10, 31)),
        )  # fmt: skip
    report = export.report
    assert report is not None
    assert report.stats.total == 2
    assert (report.comparison.now.cramps, report.comparison.before.cramps) == (2, 1)
    assert report.comparison.before.span.first == date(2026, 8, 31)
    assert (report.done, report.delivered) == (1, 2)
    # the diary: 23:30 on 30 September and 00:30 on 1 October are the night of 1 October;
    # 23:30 on 31 October is the night of 1 November, after the period
    assert [(n.night, n.cramps) for n in report.diary.nights] == [(date(2026, 10, 1), 2)]
