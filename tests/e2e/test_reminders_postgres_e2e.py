"""Reminder bursts on PostgreSQL, on the real process and the fake server.

- Two instances share one database (both poll the same fake Telegram, each through a server
  of its own so their calls can be told apart) and a 429 comes in the middle: each reminder
  arrives once, and neither instance sends during the flood wait (Telegram's retry_after).
- The database goes down mid-burst (every connection terminated): nothing is lost, at most
  the messages in flight (REMINDER_MAX_IN_FLIGHT, 3 here) stay `unconfirmed`.

Each test gets a fresh database, dropped afterwards; skipped only without TEST_DATABASE_URL.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from bot.offline.engine import Engine
from tests.e2e.burst import (
    FIRST_USER,
    TimedEngine,
    all_settled,
    deliveries,
    expire_leases,
    per_chat,
    reminder_sends,
    run_dir,
    seed,
    terminate_connections,
    wait_until,
)
from tests.e2e.conftest import TOKEN, BotProcess, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
IN_FLIGHT = 3  # sends one instance keeps in flight
FAST = {"REMINDER_POLL_SECONDS": "1", "REMINDER_MAX_IN_FLIGHT": str(IN_FLIGHT)}
RETRY_AFTER = 3


def _stop_all(bots: list[BotProcess]) -> list[tuple[int, str]]:
    results = [bot.stop() for bot in bots]
    for bot, (_code, err) in zip(bots, results, strict=True):
        sys.stderr.write(f"--- {bot.log_file.parent.name}\n{err}")
    return results


def polled(engine: TimedEngine) -> set[str]:
    """The servers (instances) that have called getUpdates."""
    return {tag for _t, tag, call in engine.log if call.method == "getUpdates"}


def test_two_instances_share_the_burst_and_both_honour_a_429(
    pg_database: str, tmp_path: Path
) -> None:
    users = [FIRST_USER + i for i in range(30)]
    engine = TimedEngine(TOKEN)
    servers = {name: engine.serve_as(name).start() for name in ("a", "b")}
    for user_id in users:
        engine.add_chat(user_id)
    bots = [
        launch(server, run_dir(tmp_path, name), DATABASE_URL=pg_database, **FAST)
        for name, server in servers.items()
    ]
    try:
        # The burst starts once both instances poll Telegram (each has migrated and armed its
        # dispatcher): seeded before, a slow start could leave the whole burst due at one
        # instance's first round, and the other would never send.
        engine.wait_for(lambda _calls: polled(engine) == {"a", "b"}, timeout=60)
        assert seed(pg_database, 30, spread_s=0.2) == users  # due over 6 s: both rounds claim
        bots[0].wait(lambda calls: len(reminder_sends(calls)) >= 8, timeout=20)
        engine.inject("sendMessage", "429", retry_after=RETRY_AFTER)
        wait_until(lambda: all_settled(pg_database, len(users)), timeout=40, what="all settled")
    finally:
        results = _stop_all(bots)
        for server in servers.values():
            server.stop()
    for code, err in results:
        assert code == 0
        assert "Traceback" not in err
        assert "flood control: waiting" in err, "each instance met the shared gate"

    assert {s for *_, s in deliveries(pg_database)} == {"sent"}
    assert len(deliveries(pg_database)) == len(users)
    assert per_chat(engine.calls) == dict.fromkeys(users, 1)
    ((refused_at, refused_by),) = [
        (t, tag) for t, tag, c in engine.log if c.method == "sendMessage" and c.status == 429
    ]
    accepted = [
        (t, tag) for t, tag, c in engine.log
        if c.method == "sendMessage" and c.status == 200 and "rd:" in str(c.params)
    ]  # fmt: skip
    during = [(t, tag) for t, tag in accepted if refused_at < t < refused_at + RETRY_AFTER]
    # Only sends started before the gate was written may land inside the wait: the other
    # instance's requests in flight, and the refused instance's others already on their way.
    assert len(during) <= 2 * IN_FLIGHT - 1, during
    assert sum(tag == refused_by for _t, tag in during) <= IN_FLIGHT - 1, during
    after = {tag for t, tag in accepted if t >= refused_at + RETRY_AFTER}
    assert after == {"a", "b"}, "both instances carried on after the wait"
    assert {tag for _t, tag in accepted} == {"a", "b"}


def slow_burst(pg_database: str, tmp_path: Path) -> tuple[list[int], FakeBotApiServer, BotProcess]:
    """30 reminders due now, a bot running them, and every send 0.1 s slow (a burst long
    enough to break in the middle)."""
    users = seed(pg_database, 30)
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    for user_id in users:
        server.engine.add_chat(user_id)
    server.engine.inject("sendMessage", "delay", times=10_000, delay_s=0.1)
    bot = launch(server, run_dir(tmp_path, "run"), DATABASE_URL=pg_database, **FAST)
    return users, server, bot


def test_database_killed_mid_burst_loses_nothing(pg_database: str, tmp_path: Path) -> None:
    users, server, bot = slow_burst(pg_database, tmp_path)
    engine = server.engine
    try:
        bot.wait(lambda calls: len(reminder_sends(calls)) >= 10, timeout=20)
        assert terminate_connections(pg_database) >= 1
        # Let the bot recover on its own while it keeps making progress ...
        seen, quiet_since = -1, time.monotonic()
        while not all_settled(pg_database, len(users)) and time.monotonic() - quiet_since < 4:
            now_seen = len(reminder_sends(engine.calls))
            if now_seen != seen:
                seen, quiet_since = now_seen, time.monotonic()
            time.sleep(0.25)
        # ... then let the leases of rows the lost round held run out (2 min in real time)
        expired = expire_leases(pg_database)
        wait_until(lambda: all_settled(pg_database, len(users)), timeout=20, what="all settled")
        assert bot.proc.poll() is None, "the bot survived the outage"
    finally:
        ((code, _err),) = _stop_all([bot])
        server.stop()
    assert code == 0
    rows = deliveries(pg_database)
    status = {user_id: s for _r, user_id, s in rows}
    received = per_chat(engine.calls)
    assert len(rows) == len(users)
    assert set(status.values()) <= {"sent", "unconfirmed"}, status
    unconfirmed = [u for u, s in status.items() if s == "unconfirmed"]
    assert len(unconfirmed) <= IN_FLIGHT, unconfirmed
    assert max(received.values()) == 1
    assert all(received[u] == 1 for u, s in status.items() if s == "sent")
    print(f"database killed: {expired} leases expired by hand, {len(unconfirmed)} unconfirmed")


def test_after_a_database_outage_the_burst_resumes_without_waiting_for_leases(
    pg_database: str, tmp_path: Path
) -> None:
    """The round the outage broke must not strand its claimed rows for their 2-minute lease:
    the bot picks them up again by itself as soon as the database is back."""
    users, server, bot = slow_burst(pg_database, tmp_path)
    engine = server.engine
    try:
        bot.wait(lambda calls: len(reminder_sends(calls)) >= 10, timeout=20)
        assert terminate_connections(pg_database) >= 1
        try:
            wait_until(lambda: all_settled(pg_database, len(users)), timeout=12)
        except AssertionError:
            held = dict(Counter(s for *_, s in deliveries(pg_database)))
            raise AssertionError(f"12 s after the outage, leases untouched: {held}") from None
    finally:
        ((code, _err),) = _stop_all([bot])
        server.stop()
    assert code == 0
    status = {user_id: s for _r, user_id, s in deliveries(pg_database)}
    assert set(status.values()) <= {"sent", "unconfirmed"}, status
    assert list(status.values()).count("unconfirmed") <= IN_FLIGHT
    assert max(per_chat(engine.calls).values()) == 1
