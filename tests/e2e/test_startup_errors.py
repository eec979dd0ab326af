"""Start-up errors an operator can cause: one line that says what to do, no traceback, no token."""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from bot.offline.engine import Engine
from tests.e2e.conftest import ROOT, TOKEN, USER, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
WRONG = "1111111111:AAE2e-a-token-telegram-does-not-know-xyz"


@pytest.fixture(scope="module")
def server() -> Iterator[FakeBotApiServer]:
    running = FakeBotApiServer(Engine(token=TOKEN)).start()
    yield running
    running.stop()


def run_bot(tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    base = {k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")}
    base["DATABASE_URL"] = f"sqlite+aiosqlite:///{tmp_path / 'start.db'}"
    return subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env={**base, **env},
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip


CASES = {
    "rejected token": ({"BOT_TOKEN": WRONG}, "Telegram rejected BOT_TOKEN"),
    "no Bot API": (
        {"BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": "http://127.0.0.1:9/bot"},
        "cannot reach the Bot API",
    ),
    "malformed database URL": (
        {"BOT_TOKEN": TOKEN, "DATABASE_URL": "nonsense"},
        "DATABASE_URL is not a database URL",
    ),
    "unreachable database": (
        {"BOT_TOKEN": TOKEN, "DATABASE_URL": "postgresql+asyncpg://bot:secret@127.0.0.1:9/x"},
        "cannot open the database",
    ),
}


@pytest.mark.parametrize("case", CASES, ids=list(CASES))
def test_one_line_and_a_non_zero_exit(server: FakeBotApiServer, tmp_path: Path, case: str) -> None:
    env, expected = CASES[case]
    env = {"TELEGRAM_API_BASE_URL": server.base_url, **env}
    proc = run_bot(tmp_path, **env)
    output = (proc.stdout + proc.stderr).strip()
    assert proc.returncode != 0
    assert output.splitlines() == [output], output  # exactly one line
    assert expected in output
    assert "Traceback" not in output
    for token in (WRONG, TOKEN):
        assert token.split(":", 1)[1] not in output  # nothing of the secret part
    assert "secret" not in output  # nor the database password


def test_a_token_revoked_while_running_stops_the_bot_with_one_clear_line(tmp_path: Path) -> None:
    """Telegram answers 401 to every call once the token is revoked: the bot stops polling,
    replying and sending, and exits with what to do, instead of running on in vain."""
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    server.engine.add_chat(USER)
    bot = launch(server, tmp_path)
    try:
        assert bot.say("/start")  # running and answering
        server.engine.token = WRONG  # revoked: every call of the old token gets 401
        code = bot.proc.wait(timeout=30)
        log = bot.log_file.read_text(encoding="utf-8")
    finally:
        bot.stop()
        server.stop()
    assert code == 4, log
    assert "Telegram rejected the bot token (401 Unauthorized)" in log
    assert log.strip().splitlines()[-1].startswith("Telegram rejected the bot token"), log
    assert "Traceback" not in log
    assert TOKEN.split(":", 1)[1] not in log
