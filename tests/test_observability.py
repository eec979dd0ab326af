"""JSON logs, webhook settings, Bot API error codes and per-application metrics registries."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict
from typing import Any

import pytest
from pydantic import ValidationError
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut

from bot.app import CountingRateLimiter
from bot.config import Settings, TokenError, require_webhook_secret
from bot.handlers.telegram_errors import code_of as api_error_code
from bot.logs import JsonFormatter, RedactTokens
from bot.metrics import Metrics
from bot.reminders.dispatcher import DispatchStats

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"


def settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_json_lines_redact_the_token_and_keep_tracebacks_on_one_line() -> None:
    try:
        raise RuntimeError(f"boom with {TOKEN}")
    except RuntimeError:
        import sys

        record = logging.LogRecord(
            "bot.x", logging.ERROR, __file__, 1, "calling %s failed", (f"/bot{TOKEN}/x",),
            sys.exc_info(),
        )  # fmt: skip
    RedactTokens().filter(record)
    line = JsonFormatter().format(record)
    assert "\n" not in line
    event = json.loads(line)
    assert event["level"] == "ERROR"
    assert event["logger"] == "bot.x"
    assert event["message"] == "calling /bot123456789:<redacted>/x failed"
    assert "RuntimeError" in event["error"]
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in line


def test_an_exception_python_cannot_raise_is_one_line_without_a_traceback(
    caplog: pytest.LogCaptureFixture,
) -> None:
    """What a finaliser raises (an HTTP response closed by the garbage collector after its
    request was cancelled) reaches `sys.unraisablehook`: one warning line, the token redacted."""
    from types import SimpleNamespace

    from bot.logs import log_unraisable

    class Response:
        pass

    error = RuntimeError(f"aclose(): asynchronous generator is already running {TOKEN}")
    unraisable = SimpleNamespace(
        exc_type=RuntimeError, exc_value=error, exc_traceback=None,
        err_msg="Exception ignored in", object=Response(),
    )  # fmt: skip
    with caplog.at_level(logging.WARNING, logger="bot.unraisable"):
        log_unraisable(unraisable)
    (record,) = caplog.records
    RedactTokens().filter(record)
    message = record.getMessage()
    assert message.startswith("Exception ignored in: Response: RuntimeError: aclose()")
    assert "\n" not in message and record.exc_info is None
    assert "AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw" not in message


def test_webhook_settings() -> None:
    s = settings(webhook_url="https://bot.example.org/tg/abc", webhook_secret="a-B_9")
    assert s.webhook_path == "/tg/abc"
    assert require_webhook_secret(s) == "a-B_9"
    assert settings(webhook_url="https://bot.example.org").webhook_path == "/"
    assert settings(webhook_url="").webhook_url is None
    assert settings().metrics_port is None
    assert settings(metrics_port="").metrics_port is None
    assert settings(metrics_port="9100").metrics_port == 9100
    assert settings().log_format == "text"
    assert settings(log_format="JSON").log_format == "json"
    with pytest.raises(TokenError, match="WEBHOOK_SECRET is required"):
        require_webhook_secret(settings(webhook_url="https://bot.example.org/x"))
    assert settings(webhook_secret="").webhook_secret is None


@pytest.mark.parametrize(
    "values",
    [
        {"webhook_url": "bot.example.org/hook"},
        {"webhook_url": "ftp://bot.example.org/hook"},
        {"webhook_url": "https://bot.example.org/metrics"},
        {"webhook_url": "https://bot.example.org/healthz/"},
        {"webhook_secret": "has spaces"},
        {"webhook_secret": "x" * 257},
        {"log_format": "yaml"},
        {"metrics_port": 0},
    ],
)
def test_bad_webhook_settings_are_rejected(values: dict[str, Any]) -> None:
    with pytest.raises(ValidationError):
        settings(**values)


def test_api_error_codes() -> None:
    assert api_error_code(BadRequest("Bad Request: chat not found")) == "400"
    assert api_error_code(Forbidden("Forbidden: bot was blocked by the user")) == "403"
    assert api_error_code(RetryAfter(3)) == "429"
    assert api_error_code(TimedOut()) == "timeout"
    assert api_error_code(NetworkError("reset")) == "network"


async def test_the_rate_limiter_counts_failed_calls() -> None:
    metrics = Metrics()
    limiter = CountingRateLimiter(metrics)

    async def fails(*_args: Any, **_kwargs: Any) -> Any:
        raise Forbidden("Forbidden: bot was blocked by the user")

    async def works(*_args: Any, **_kwargs: Any) -> Any:
        return True

    await limiter.initialize()
    try:
        assert await limiter.process_request(works, (), {}, "sendMessage", {"chat_id": 1}, None)
        with pytest.raises(Forbidden):
            await limiter.process_request(fails, (), {}, "sendMessage", {"chat_id": 1}, None)
    finally:
        await limiter.shutdown()
    assert metrics.value("bot_api_errors_total", code="403") == 1


def test_each_application_has_its_own_registry() -> None:
    first, second = Metrics(), Metrics()
    first.update("message", "done", 0.01)
    first.reminder_round(asdict(DispatchStats(claimed=3, sent=2, failed=1, unconfirmed=1)))
    first.reminder_sent(42.0)
    first.database_error("reminders")
    assert first.value("bot_updates_total", kind="message", outcome="done") == 1
    assert second.value("bot_updates_total", kind="message", outcome="done") == 0
    assert first.value("bot_reminders_total", outcome="due") == 3
    assert first.value("bot_reminders_total", outcome="sent") == 2
    assert first.value("bot_reminders_total", outcome="failed") == 1
    assert first.value("bot_reminders_total", outcome="unconfirmed") == 1
    assert first.value("bot_reminders_total", outcome="missed") == 0
    assert first.value("bot_reminder_lag_seconds_count") == 1
    assert first.value("bot_reminder_lag_seconds_sum") == 42.0
    assert first.value("bot_database_errors_total", where="reminders") == 1
    assert b"bot_reminders_total" in second.render()
