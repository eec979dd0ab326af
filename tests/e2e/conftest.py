"""End-to-end: the real `python -m bot run` process against the fake Bot API server."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from bot.offline.engine import Call, Engine
from tests.conftest import PG_ENV
from tests.e2e.burst import fresh_pg_database
from tests.fakes.bot_api_server import FakeBotApiServer

ROOT = Path(__file__).resolve().parents[2]
TOKEN = "4242424242:AAE2e-fake-token-for-end-to-end-tests-xyz"
USER = 777001


class BotProcess:
    """A running bot process, its fake Telegram and the calls it made."""

    def __init__(
        self, server: FakeBotApiServer, proc: subprocess.Popen[str], log_file: Path
    ) -> None:
        self.server = server
        self.engine: Engine = server.engine
        self.proc = proc
        self.log_file = log_file  # stderr goes to a file: a full pipe would stall the bot
        self.database: Path | None = None

    def wait(self, predicate: Callable[[list[Call]], bool], timeout: float = 20.0) -> list[Call]:
        """Wait for the bot to make calls satisfying `predicate` (the only real-time wait)."""
        if self.proc.poll() is not None:
            raise AssertionError(f"bot exited early with {self.proc.returncode}")
        return self.server.wait_for(predicate, timeout=timeout)

    def say(
        self, text: str, *, replies: int = 1, chat_id: int = USER, **kwargs: object
    ) -> list[str]:
        """Send a user message and wait for `replies` new bot messages; return their texts."""
        before = len(self.engine.sent(chat_id))
        self.engine.user_message(chat_id, text, **kwargs)
        self.wait(lambda _calls: len(self.engine.sent(chat_id)) >= before + replies)
        return [str(c.params["text"]) for c in self.engine.sent(chat_id)[before:]]

    def stop(self) -> tuple[int, str]:
        """SIGTERM the bot; return its exit code and stderr."""
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
        try:
            self.proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        return self.proc.returncode, self.log_file.read_text(encoding="utf-8", errors="replace")


def launch(server: FakeBotApiServer, tmp_path: Path, **extra_env: str) -> BotProcess:
    """Start `python -m bot run` against `server` with a fresh SQLite file."""
    env = {
        **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG", "TZ")},
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "TELEGRAM_FILE_BASE_URL": server.file_base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'e2e.db'}",
        "LOG_LEVEL": "INFO",
        "PYTHONUNBUFFERED": "1",
        **extra_env,
    }
    log_file = tmp_path / "bot.log"
    with log_file.open("w", encoding="utf-8") as log:
        proc = subprocess.Popen(
            [sys.executable, "-m", "bot", "run"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=log,
            text=True,
        )
    running = BotProcess(server, proc, log_file)
    running.database = tmp_path / "e2e.db"
    return running


@pytest.fixture
def bot_process(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[BotProcess]:
    """Start the fake server and `python -m bot run` against it; stop both afterwards.

    Parametrize indirectly with a dict to override environment variables of the bot.
    """
    overrides: dict[str, str] = getattr(request, "param", None) or {}
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    server.engine.add_chat(USER, name="Eve")
    running = launch(server, tmp_path, **overrides)
    try:
        yield running
    finally:
        _code, err = running.stop()
        server.stop()
        sys.stderr.write(err)  # shown by pytest when the test failed


@pytest.fixture
def pg_database() -> Iterator[str]:
    """A fresh, empty PostgreSQL database for this test only, dropped afterwards (the bot
    processes or the test migrate it); skipped only without TEST_DATABASE_URL."""
    with fresh_pg_database() as url:
        if url is None:
            pytest.skip(f"{PG_ENV} is not set: PostgreSQL tests skipped (CI always sets it)")
        yield url
