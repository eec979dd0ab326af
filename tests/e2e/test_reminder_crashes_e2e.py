"""Crashes and late answers during a burst of reminders, on the real process and SQLite.

- SIGKILL at random points of a burst, again and again, each time restarted at once on the
  same database: every reminder arrives exactly once, except that a kill may leave the
  messages in flight (at most REMINDER_MAX_IN_FLIGHT, 3 here) whose fate is unknown
  (`unconfirmed`, never resent for a stretch reminder).
- A send Telegram accepts but answers after the bot's read timeout: no duplicate.

The fake's `delay` fault accepts a message at once and answers it late, which slows the burst
down (and, past PTB's 5 s read timeout, makes the answer too late). The kill points come from
`random.Random(E2E_SEED)` (default below): a failure names its seed and replays.
"""

from __future__ import annotations

import os
import random
import sys
import time
from pathlib import Path

import pytest

from bot.offline.engine import Engine
from tests.e2e.burst import (
    all_settled,
    deliveries,
    per_chat,
    reminder_sends,
    run_dir,
    seed,
    wait_until,
)
from tests.e2e.conftest import TOKEN, BotProcess, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
SEED = int(os.environ.get("E2E_SEED", "20261201"))
KILLS = 10
USERS = 45
SEND_S = 0.08  # each reminder send is answered this late: the burst lasts a few seconds
IN_FLIGHT = 3  # sends one instance keeps in flight (30/s at 80 ms needs about 3)


def _start(server: FakeBotApiServer, tmp_path: Path, name: str, url: str) -> BotProcess:
    return launch(
        server, run_dir(tmp_path, name), DATABASE_URL=url, REMINDER_POLL_SECONDS="1",
        REMINDER_MAX_IN_FLIGHT=str(IN_FLIGHT),
    )  # fmt: skip


def test_sigkill_at_random_points_of_a_burst_loses_or_repeats_at_most_one_per_kill(
    tmp_path: Path,
) -> None:
    rng = random.Random(SEED)
    url = f"sqlite+aiosqlite:///{tmp_path / 'burst.db'}"
    users = seed(url, USERS)
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    engine = server.engine
    for user_id in users:
        engine.add_chat(user_id)
    engine.inject("sendMessage", "delay", times=10_000, delay_s=SEND_S)
    logs: list[Path] = []
    final: BotProcess | None = None
    try:
        for kill in range(KILLS):
            bot = _start(server, tmp_path, f"run{kill}", url)
            logs.append(bot.log_file)
            before = len(reminder_sends(engine.calls))
            # a random point of the burst: after 1-3 more reminders went out (the first ones
            # by start-up recovery), plus a random part of a send
            more = rng.randint(1, 3)
            bot.wait(lambda calls, n=before + more: len(reminder_sends(calls)) >= n)
            time.sleep(rng.uniform(0, 1.5 * SEND_S))
            bot.proc.kill()
            bot.proc.wait()
        assert len(reminder_sends(engine.calls)) < USERS, "the burst ended before the last kill"
        final = _start(server, tmp_path, "final", url)
        logs.append(final.log_file)
        wait_until(lambda: all_settled(url, USERS), timeout=30, what="every reminder settled")
        code, err = final.stop()
        assert code == 0, err
        assert "Traceback" not in err
    finally:
        if final is not None:
            final.stop()
        server.stop()
        for log in logs:
            sys.stderr.write(f"--- {log.parent.name}\n{log.read_text(errors='replace')}")

    rows = deliveries(url)
    received = per_chat(engine.calls)
    status = {user_id: s for _r, user_id, s in rows}
    assert len(rows) == USERS, "one ledger row per reminder: no occurrence claimed twice"
    assert set(status) == set(users)
    unconfirmed = {u for u, s in status.items() if s == "unconfirmed"}
    assert set(status.values()) <= {"sent", "unconfirmed"}, status
    unknown = f"seed {SEED}: {len(unconfirmed)} unknown after {KILLS}"
    assert len(unconfirmed) <= KILLS * IN_FLIGHT, unknown
    assert max(received.values()) == 1, f"seed {SEED}: a stretch reminder was sent twice"
    for user_id in users:
        if status[user_id] == "sent":
            assert received[user_id] == 1, f"seed {SEED}: user {user_id} marked sent, got none"
        else:  # the kill came while its request was out: delivered or not, never resent
            assert received[user_id] in (0, 1)
    print(f"seed {SEED}: {KILLS} kills, {len(unconfirmed)} unconfirmed, "
          f"{sum(received.values())}/{USERS} delivered")  # fmt: skip


def test_a_send_accepted_but_answered_too_late_is_not_sent_again(tmp_path: Path) -> None:
    """Telegram takes the message and answers after PTB's read timeout (5 s): the bot cannot
    know it arrived, marks it `unconfirmed` and never resends it; the others go out once."""
    url = f"sqlite+aiosqlite:///{tmp_path / 'late.db'}"
    users = seed(url, 3)
    late = users[0]
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    engine = server.engine
    for user_id in users:
        engine.add_chat(user_id)
    engine.inject("sendMessage", "delay", chat_id=late, delay_s=6.0)
    bot = _start(server, tmp_path, "run", url)
    try:
        wait_until(lambda: all_settled(url, len(users)), timeout=20, what="every reminder settled")
        time.sleep(2.5)  # two more dispatcher rounds: nothing is resent
        code, err = bot.stop()
    finally:
        bot.stop()
        server.stop()
        sys.stderr.write(bot.log_file.read_text(errors="replace"))
    assert code == 0
    assert "Traceback" not in err
    status = {user_id: s for _r, user_id, s in deliveries(url)}
    assert status == {late: "unconfirmed", users[1]: "sent", users[2]: "sent"}
    assert per_chat(engine.calls) == {late: 1, users[1]: 1, users[2]: 1}
    attempts = [c for c in engine.calls if c.method == "sendMessage"]
    assert len(attempts) == 3, "the late one was not attempted again"
