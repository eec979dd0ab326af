"""/admin through the real application: only ADMIN_IDS see it; the maintenance notice reaches
every user once, skips blocked ones, and resumes after a restart where it stopped."""

from __future__ import annotations

import asyncio
from collections import Counter
from datetime import timedelta

from sqlalchemy import select, update

from bot.db.models import Delivery, Reminder, SendGate, User
from bot.db.session import create_engine
from bot.handlers import admin
from tests.fakes.clock import FakeClock
from tests.fakes.harness import USER, Harness, plain, start_harness, stop_harness

ADMIN = 5151
PEOPLE = [6001, 6002, 6003, 6004, 6005, 6006]


async def admin_bot(db_url: str, clock: FakeClock) -> Harness:
    return await start_harness(db_url, clock, admin_ids=frozenset({ADMIN}))


def notices(bot: Harness) -> Counter[int]:
    """How many maintenance notices each chat got."""
    return Counter(
        int(c.params["chat_id"])
        for c in bot.engine.calls
        if c.method == "sendMessage" and c.status == 200 and "Planned maintenance" in plain(c)
    )


async def test_anyone_else_gets_the_unknown_command_answer(db_url: str, clock: FakeClock) -> None:
    bot = await admin_bot(db_url, clock)
    try:
        unknown = await bot.say("/nosuchcommand")
        assert await bot.say("/admin") == unknown
        assert await bot.say("/admin notice tonight") == unknown
        assert not notices(bot)
    finally:
        await stop_harness(bot)


async def test_the_overview_counts_users_reminders_and_deliveries(
    db_url: str, clock: FakeClock
) -> None:
    bot = await admin_bot(db_url, clock)
    try:
        await bot.say("/timezone Europe/Berlin")
        await bot.say("/remind stretch 21:30")
        await bot.say("/remind hydration every 2h 08:00-22:00")
        clock.advance(timedelta(days=8))  # USER is no longer active this week
        await bot.say("hello", user=7001)
        (text,) = await bot.say("/admin", user=ADMIN)
        assert "Users: 2 (1 active in the last 7 days, 0 blocked the bot)" in text
        assert "Reminders by kind: hydration 1, stretch 1" in text
        assert "Today (UTC): 0 reminders delivered, 0 failed or unconfirmed" in text
        assert "version 0.1.0" in text
        assert "No maintenance notice" in text

        engine = create_engine(db_url)
        async with engine.begin() as conn:  # one delivered today, one failed today
            stretch = (await conn.execute(Reminder.__table__.select())).first()
            assert stretch is not None
            for status, sent in (("sent", clock.now()), ("failed", None)):
                await conn.execute(
                    Delivery.__table__.insert().values(
                        reminder_id=stretch.id, user_id=USER, status=status, attempts=1,
                        slot=clock.now() - timedelta(minutes=len(status)), sent_at=sent,
                        source="series", created_at=clock.now(),
                    )
                )  # fmt: skip
        await engine.dispose()
        (text,) = await bot.say("/admin", user=ADMIN)
        assert "Today (UTC): 1 reminders delivered, 1 failed or unconfirmed" in text
    finally:
        await stop_harness(bot)


async def test_the_notice_reaches_everyone_once_and_skips_the_blocked(
    db_url: str, clock: FakeClock
) -> None:
    bot = await admin_bot(db_url, clock)
    try:
        for person in PEOPLE:
            await bot.say("hello", user=person)
        await bot.say("hello", user=ADMIN)
        engine = create_engine(db_url)
        async with engine.begin() as conn:  # known blocked: never tried
            await conn.execute(update(User).where(User.id == 6001).values(blocked_at=clock.now()))
        await engine.dispose()
        bot.engine.block(6002)  # blocked without the bot knowing yet: a 403, then skipped

        assert await bot.say("/admin notice", user=ADMIN) == [
            "Say when, for example: /admin notice on Sunday 02:00-02:30 UTC"
        ]
        started = await bot.say("/admin notice on Sunday 02:00-02:30 UTC", user=ADMIN)
        assert started[0] == (
            "Sending the maintenance notice to 6 users, at most 30 a second (with the "
            "reminders). This is what they get:"
        )
        assert started[1].startswith("Planned maintenance on Sunday 02:00-02:30 UTC:")
        await asyncio.wait_for(bot.app.bot_data.notice_task, timeout=10)  # type: ignore[arg-type]

        got = notices(bot)
        assert got == Counter({p: 1 for p in [*PEOPLE[2:], ADMIN]}) + Counter({ADMIN: 1})
        (text,) = await bot.say("/admin", user=ADMIN)
        assert "Last maintenance notice: 5 sent, 1 skipped (blocked), 0 failed." in text
        assert "blocked the bot" in text and "2 blocked the bot" in text
    finally:
        await stop_harness(bot)


async def test_the_notice_resumes_after_a_restart_without_repeats(
    db_url: str, clock: FakeClock
) -> None:
    bot = await admin_bot(db_url, clock)
    engine = bot.engine
    for person in PEOPLE:
        await bot.say("hello", user=person)
    await bot.say("hello", user=ADMIN)
    stall, hung = asyncio.Event(), asyncio.Event()
    served = 0
    real_send = admin._send_one

    async def send_three_then_hang(app: object, user_id: int, text: str) -> str:
        nonlocal served
        if served == 3:
            hung.set()  # three sends have returned and their counts are in memory
            await stall.wait()  # the process dies here
        served += 1
        return await real_send(app, user_id, text)  # type: ignore[arg-type]

    admin._send_one = send_three_then_hang  # type: ignore[assignment]
    try:
        await bot.say("/admin notice tonight 23:00-23:15 UTC", user=ADMIN)
        # Not `served == 3`: that is true while the third send is still in flight, and a stop
        # there makes that send's outcome unknown (delivered, but not counted).
        await asyncio.wait_for(hung.wait(), timeout=10)
        await admin.stop_notice(bot.app)  # SIGTERM: the sender is cancelled mid-way
    finally:
        admin._send_one = real_send  # type: ignore[assignment]
    await stop_harness(bot)
    before = notices(bot)
    assert sum(before.values()) == 3 + 1  # three users, plus the preview the admin got

    restarted = await start_harness(db_url, clock, engine=engine, admin_ids=frozenset({ADMIN}))
    try:
        task = restarted.app.bot_data.notice_task  # resumed by the start-up hook
        await asyncio.wait_for(task, timeout=10)
        got = notices(restarted)
        # Everyone else once; the recipient whose turn it was at the stop (6003) not at all: the
        # cursor moves before each send, so a stop can lose that one message, never repeat it.
        in_flight = PEOPLE[2]
        assert all(got[p] == 1 for p in PEOPLE if p != in_flight), got
        assert got[in_flight] == 0, got
        assert got[ADMIN] == 2  # the preview and the notice itself
        (text,) = await restarted.say("/admin", user=ADMIN)
        assert "Last maintenance notice: 6 sent" in text
    finally:
        await stop_harness(restarted)


async def test_the_notice_goes_through_the_reminders_gates(db_url: str, clock: FakeClock) -> None:
    """One broadcast engine: a notice message refused with a 502 closes the outage gate that
    holds the reminders too, and goes when it opens; a 429 closes the shared flood gate."""
    bot = await admin_bot(db_url, clock)
    dispatcher = bot.app.bot_data.dispatcher
    assert dispatcher is not None
    waits: list[float] = []

    async def sleep(seconds: float) -> None:
        waits.append(round(seconds, 3))
        clock.advance(seconds=seconds)

    dispatcher.sleep, dispatcher.jitter = sleep, lambda: 0.5
    try:
        for person in PEOPLE[:3]:
            await bot.say("hello", user=person)
        bot.engine.inject("sendMessage", "502", times=2, chat_id=PEOPLE[0])
        bot.engine.inject("sendMessage", "429", retry_after=7, chat_id=PEOPLE[1])
        await bot.say("/admin notice tonight 23:00-23:15 UTC", user=ADMIN)
        await asyncio.wait_for(bot.app.bot_data.notice_task, timeout=10)  # type: ignore[arg-type]
        assert notices(bot) == Counter({**{p: 1 for p in PEOPLE[:3]}, ADMIN: 2})
        assert waits == [1.0, 2.0, 7.0]  # the outage gate's probes, then Telegram's 429 wait
        async with bot.app.bot_data.sessions() as session:
            gates = dict((await session.execute(select(SendGate.name, SendGate.probes))).all())
        assert gates["outage"] == 2  # the reminders' own gate closed, twice, for everyone
    finally:
        await stop_harness(bot)
