"""Settings: defaults, validation, token checks, and the token never reaching the logs."""

from __future__ import annotations

import logging
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import SecretStr, ValidationError

from bot.config import DEFAULT_DATABASE_URL, Settings, TokenError, require_token
from bot.logs import RedactTokens

ROOT = Path(__file__).resolve().parents[1]
GOOD_TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def test_defaults_match_the_documented_table(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("DATABASE_URL", "DEFAULT_TIMEZONE", "LOG_LEVEL", "BOT_TOKEN"):
        monkeypatch.delenv(var, raising=False)
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.database_url == DEFAULT_DATABASE_URL
    assert settings.telegram_api_base_url == "https://api.telegram.org/bot"
    assert settings.telegram_file_base_url == "https://api.telegram.org/file/bot"
    assert settings.default_timezone == "UTC"
    assert settings.log_level == "INFO"
    assert settings.admin_ids == frozenset()
    assert settings.webhook_url is None


def test_env_values_are_parsed(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("ADMIN_IDS", "1, 22,333")
    monkeypatch.setenv("DATABASE_URL", "postgresql://u@h/db")
    monkeypatch.setenv("LOG_LEVEL", "debug")
    settings = Settings(_env_file=None)  # type: ignore[call-arg]
    assert settings.admin_ids == frozenset({1, 22, 333})
    assert settings.database_url == "postgresql+asyncpg://u@h/db"
    assert settings.log_level == "DEBUG"


def test_bad_zone_is_rejected() -> None:
    with pytest.raises(ValidationError, match="IANA"):
        Settings(_env_file=None, default_timezone="Mars/Base")  # type: ignore[call-arg]


@pytest.mark.parametrize(
    ("token", "problem"),
    [(None, "missing"), ("", "missing"), ("abc", "malformed"), ("1:2", "malformed")],
)
def test_missing_or_malformed_token(token: str | None, problem: str) -> None:
    settings = Settings(_env_file=None, bot_token=SecretStr(token) if token is not None else None)  # type: ignore[call-arg]
    with pytest.raises(TokenError, match=problem):
        require_token(settings)


def test_good_token_passes() -> None:
    settings = Settings(_env_file=None, bot_token=SecretStr(GOOD_TOKEN))  # type: ignore[call-arg]
    assert require_token(settings) == GOOD_TOKEN


def test_run_without_token_stops_with_one_clear_line(tmp_path: Path) -> None:
    env = {"PATH": "/usr/bin:/bin", "BOT_TOKEN": "", "HOME": str(tmp_path)}
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env, capture_output=True, text=True,
        timeout=60, check=False,
    )  # fmt: skip
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "@BotFather" in lines[0] and "python -m bot console" in lines[0]


def test_token_is_redacted_from_log_records() -> None:
    record = logging.LogRecord(
        "httpx", logging.INFO, __file__, 1, "POST https://api.telegram.org/bot%s/getMe",
        (GOOD_TOKEN,), None,
    )  # fmt: skip
    RedactTokens().filter(record)
    assert GOOD_TOKEN not in record.getMessage()
    assert "<redacted>" in record.getMessage()


def test_debug_logging_keeps_library_records_with_message_texts_out() -> None:
    import sys

    from bot.logs import log_unraisable, setup_logging

    hook = sys.unraisablehook
    setup_logging("DEBUG")
    try:
        assert logging.getLogger("telegram.ext").getEffectiveLevel() == logging.INFO
        assert logging.getLogger("httpx").getEffectiveLevel() == logging.WARNING
        assert logging.getLogger("sqlalchemy.engine").getEffectiveLevel() == logging.WARNING
        assert logging.getLogger("bot").getEffectiveLevel() == logging.DEBUG
        # what a finaliser raises is one log line too (tests/test_observability.py)
        assert sys.unraisablehook is log_unraisable
    finally:
        setup_logging("INFO")
        sys.unraisablehook = hook  # pytest's own hook, for the tests after this one
