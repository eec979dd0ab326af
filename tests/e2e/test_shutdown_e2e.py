"""SIGTERM during a reminder burst: the bot stops claiming, finishes the message in flight,
releases what it holds and exits 0 within 10 s; after a restart every reminder has been
delivered exactly once (at most the one in flight left `unconfirmed`). SIGTERM while start-up
still waits for Telegram is a clean stop too."""

from __future__ import annotations

import asyncio
import signal
import time
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, insert, select

from bot.db.migrate import upgrade_to_head
from bot.db.models import Delivery, Reminder, User
from bot.offline.engine import Call, Engine
from tests.e2e.conftest import TOKEN, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
USERS = range(880_001, 880_031)  # 30 users, one due stretch reminder each
SEND_DELAY_S = 0.4  # a slow Telegram: the burst takes ~12 s


def reminder_sends(calls: list[Call]) -> list[Call]:
    return [
        c for c in calls
        if c.method == "sendMessage" and "rd:" in str(c.params.get("reply_markup"))
        and c.status == 200
    ]  # fmt: skip


def seed(database: Path) -> None:
    """Every user has a stretch reminder whose time came a minute ago. Its daily clock time is
    twelve hours away, so the series' next slot never falls due while the test runs (a fixed
    21:30 did, when the test ran at 21:29 UTC: every chat rightly got that slot's reminder too)."""
    asyncio.run(upgrade_to_head(f"sqlite+aiosqlite:///{database}"))
    due = datetime.now(UTC) - timedelta(minutes=1)
    daily = (due + timedelta(hours=12)).time().replace(second=0, microsecond=0)
    db = create_engine(f"sqlite:///{database}")
    with db.begin() as conn:
        conn.execute(insert(User), [
            {"id": uid, "timezone": "UTC", "language": "en", "created_at": due,
             "last_seen_at": due} for uid in USERS
        ])  # fmt: skip
        conn.execute(insert(Reminder), [
            {"user_id": uid, "kind": "stretch", "at_time": daily, "timezone": "UTC",
             "next_slot": due, "next_fire_at": due, "paused": False, "created_at": due}
            for uid in USERS
        ])  # fmt: skip
    db.dispose()


def ledger(database: Path) -> Counter[str]:
    db = create_engine(f"sqlite:///{database}")
    with db.connect() as conn:
        rows = conn.execute(select(Delivery.status, func.count()).group_by(Delivery.status))
        counts = Counter({status: n for status, n in rows})
    db.dispose()
    return counts


def burst(tmp_path: Path, *, hang_after: int | None) -> None:
    """30 due reminders, slow sends (the `hang_after`-th one hangs 15 s), SIGTERM mid-burst,
    then a restart that must deliver the rest: each chat gets its reminder exactly once."""
    engine = Engine(token=TOKEN)
    for uid in USERS:
        engine.add_chat(uid, name=f"u{uid}")
    faults = [engine.inject("sendMessage", "delay", times=len(USERS), delay_s=SEND_DELAY_S)]
    if hang_after is not None:
        faults[0].times = hang_after
        faults.append(engine.inject("sendMessage", "delay", times=1, delay_s=15.0))
    server = FakeBotApiServer(engine).start()
    seed(tmp_path / "e2e.db")
    first = launch(server, tmp_path)
    second = None
    try:
        first.wait(lambda calls: len(reminder_sends(calls)) >= (hang_after or 4) + 1, timeout=30)
        first.proc.send_signal(signal.SIGTERM)
        stopped_at = time.monotonic()
        code = first.proc.wait(timeout=20)
        took = time.monotonic() - stopped_at
        log = first.log_file.read_text(encoding="utf-8")
        assert code == 0, log
        assert took < 10, f"exit took {took:.1f} s"
        assert "released to the queue" in log, log
        sent_before = len(reminder_sends(engine.calls))
        assert sent_before < len(USERS)  # the burst really was cut short
        status = ledger(tmp_path / "e2e.db")
        assert status["claimed"] == len(USERS) - sent_before, status  # released, not lost
        if hang_after is None:  # the message in flight was finished and recorded
            assert status["sending"] == 0 and status["sent"] == sent_before, status
        else:  # the hung one: `sending`, or `unconfirmed` once its request was cut off
            in_flight = status["sending"] + status["unconfirmed"]
            assert in_flight == 1 and status["sent"] == sent_before - 1, status

        for fault in faults:
            fault.times = 0  # Telegram is fast again
        second = launch(server, tmp_path)
        second.wait(lambda calls: len(reminder_sends(calls)) >= len(USERS), timeout=30)
        time.sleep(1.5)  # a duplicate would show up now
        per_chat = Counter(int(c.params["chat_id"]) for c in reminder_sends(engine.calls))
        assert per_chat == Counter(dict.fromkeys(USERS, 1))
        code, log = second.stop()
        assert code == 0, log
        status = ledger(tmp_path / "e2e.db")
        assert status["sent"] + status["unconfirmed"] == len(USERS), status
        assert status["unconfirmed"] == (0 if hang_after is None else 1), status
    finally:
        for process in (first, second):
            if process is not None and process.proc.poll() is None:
                process.stop()
        server.stop()


def test_sigterm_mid_burst_finishes_the_send_in_flight_and_loses_nothing(
    tmp_path: Path,
) -> None:
    burst(tmp_path, hang_after=None)


def test_sigterm_while_a_send_hangs_still_exits_within_10_s(tmp_path: Path) -> None:
    burst(tmp_path, hang_after=6)


@pytest.mark.parametrize("held", ["getMe", "deleteWebhook"])
def test_sigterm_while_start_up_waits_for_telegram_is_a_clean_stop(
    tmp_path: Path, held: str
) -> None:
    """An operator stops the bot while it is still starting (Telegram slow to answer): exit 0
    and a line saying so, not 'cannot reach the Bot API'."""
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    server.engine.inject(held, "delay", times=5, delay_s=3.0)
    bot = launch(server, tmp_path)
    try:
        deadline = time.monotonic() + 20
        while not any(c.method == held for c in server.engine.calls):
            assert time.monotonic() < deadline, f"the bot never called {held}"
            time.sleep(0.05)
        time.sleep(0.3)  # the request is out, its answer 3 s away
        code, err = bot.stop()
    finally:
        bot.stop()
        server.stop()
    assert code == 0, err
    assert "cannot reach" not in err
    assert "Traceback" not in err
