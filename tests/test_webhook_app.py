"""The webhook's ASGI app in process: secret, delivery semantics, bad input, health, metrics."""

from __future__ import annotations

import json
import logging
from typing import Any

import httpx
import pytest
from sqlalchemy import column, func, select, table, update
from telegram import Update
from telegram.ext import TypeHandler

from bot.context import BotContext
from bot.db.models import Cramp, ProcessedUpdate
from bot.webhook import MAX_BODY, SECRET_HEADER, create_web_app
from tests.fakes.harness import USER, Harness

SECRET = "test-secret_123"
PATH = "/tg/hook"
CRAMP = "cramp in my left calf 2 hours ago, 6/10"


def client(bot: Harness) -> httpx.AsyncClient:
    web = create_web_app(bot.app, webhook_path=PATH, secret=SECRET)
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=web), base_url="http://bot.test")


async def post(
    http: httpx.AsyncClient, payload: Any, *, secret: str | None = SECRET, raw: bytes | None = None
) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers[SECRET_HEADER] = secret
    body = raw if raw is not None else json.dumps(payload).encode()
    response = await http.post(PATH, content=body, headers=headers)
    return response.status_code


def sent(bot: Harness) -> int:
    return len(bot.engine.sent(USER))


async def count(bot: Harness, model: Any) -> int:
    async with bot.app.bot_data.sessions() as session:
        return int(await session.scalar(select(func.count()).select_from(model)) or 0)


def fail_first(times: int, error: type[Exception], *, text: str) -> TypeHandler[Update, Any]:
    """A handler (before the others) that raises the first `times` times it sees `text`."""
    left = [times]

    async def flaky(update: Update, _context: BotContext) -> None:
        message = update.effective_message
        if message is not None and message.text == text and left[0] > 0:
            left[0] -= 1
            raise error("injected failure")

    return TypeHandler(Update, flaky)


async def test_secret_is_required_and_checked(bot: Harness) -> None:
    async with client(bot) as http:
        assert await post(http, bot.engine.user_message(USER, "/help"), secret=None) == 403
        assert await post(http, bot.engine.user_message(USER, "/help"), secret="wrong") == 403
        assert sent(bot) == 0
        assert await post(http, bot.engine.user_message(USER, "/help")) == 200
        assert sent(bot) == 1
        assert (await http.get(PATH)).status_code == 405
    metrics = bot.app.bot_data.metrics
    assert metrics.value("bot_webhook_rejected_total", reason="secret") == 2


async def test_a_retry_of_a_committed_update_is_ignored(bot: Harness) -> None:
    async with client(bot) as http:
        await post(http, bot.engine.user_message(USER, "/timezone Europe/Berlin"))
        cramp = bot.engine.user_message(USER, CRAMP)
        assert await post(http, cramp) == 200
        replies = sent(bot)
        assert await post(http, cramp) == 200  # Telegram retries: same update_id
        assert await post(http, cramp) == 200
    assert sent(bot) == replies
    assert await count(bot, Cramp) == 1
    assert await count(bot, ProcessedUpdate) == 2
    metrics = bot.app.bot_data.metrics
    assert metrics.value("bot_updates_total", kind="message", outcome="duplicate") == 2
    assert metrics.value("bot_updates_total", kind="message", outcome="done") == 2


async def test_a_retry_of_a_failed_update_is_handled_again(bot: Harness) -> None:
    bot.app.add_handler(fail_first(1, RuntimeError, text=CRAMP), group=-5)
    async with client(bot) as http:
        await post(http, bot.engine.user_message(USER, "/timezone Europe/Berlin"))
        cramp = bot.engine.user_message(USER, CRAMP)
        assert await post(http, cramp) == 200  # failed: rolled back, the user got the apology
        assert await count(bot, Cramp) == 0
        assert await count(bot, ProcessedUpdate) == 1  # only /timezone
        assert await post(http, cramp) == 200  # the retry is handled: the cramp is stored
        assert await count(bot, Cramp) == 1
        assert await count(bot, ProcessedUpdate) == 2
        before = sent(bot)
        assert await post(http, cramp) == 200  # and now it is a duplicate
        assert sent(bot) == before
    assert await count(bot, Cramp) == 1
    metrics = bot.app.bot_data.metrics
    assert metrics.value("bot_updates_total", kind="message", outcome="failed") == 1


async def test_database_out_of_reach_answers_503_so_telegram_retries(bot: Harness) -> None:
    bot.app.add_handler(fail_first(1, ConnectionRefusedError, text=CRAMP), group=-5)
    async with client(bot) as http:
        await post(http, bot.engine.user_message(USER, "/timezone Europe/Berlin"))
        cramp = bot.engine.user_message(USER, CRAMP)
        assert await post(http, cramp) == 503
        assert await count(bot, Cramp) == 0
        assert await post(http, cramp) == 200
    assert await count(bot, Cramp) == 1
    metrics = bot.app.bot_data.metrics
    assert metrics.value("bot_updates_total", kind="message", outcome="unavailable") == 1
    assert metrics.value("bot_database_errors_total", where="updates") == 1


@pytest.mark.parametrize(
    ("body", "status", "reason"),
    [
        (b"this is not json", 400, "not_json"),
        (b"\xff\xfe\x00garbage", 400, "not_json"),
        (b"[1, 2, 3]", 400, "not_update"),
        (b'{"message": {"text": "hi"}}', 400, "not_update"),
        (b'{"update_id": "12"}', 400, "not_update"),
        (b'{"update_id": true}', 400, "not_update"),
        (b'{"update_id": 5, "message": "not an object"}', 400, "not_update"),
        (b"{" + b" " * MAX_BODY + b"}", 413, "too_large"),
    ],
)
async def test_bad_bodies_get_4xx_and_good_updates_still_work(
    bot: Harness, body: bytes, status: int, reason: str
) -> None:
    async with client(bot) as http:
        assert await post(http, None, raw=body) == status
        assert await post(http, bot.engine.user_message(USER, "/help")) == 200
    assert sent(bot) == 1
    assert bot.app.bot_data.metrics.value("bot_webhook_rejected_total", reason=reason) == 1


async def test_a_flood_without_the_secret_logs_one_line(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    async with client(bot) as http:
        for n in range(300):
            payload = {"update_id": 10_000 + n, "message": {"text": "x"}}
            assert await post(http, payload, secret=None if n % 2 else "nope") == 403
        assert await post(http, None, raw=b"not json") == 400
        assert await post(http, bot.engine.user_message(USER, "/help")) == 200
    assert sent(bot) == 1
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) == 1, [r.getMessage() for r in refused]


async def test_health_readiness_and_metrics(bot: Harness) -> None:
    async with client(bot) as http:
        assert (await http.get("/healthz")).status_code == 200
        ready = await http.get("/readyz")
        assert ready.status_code == 200, ready.text
        assert ready.json() == {"ready": True, "problems": {}}
        await post(http, bot.engine.user_message(USER, "/help"))
        page = await http.get("/metrics")
    assert page.status_code == 200
    assert page.headers["content-type"].startswith("text/plain")
    text = page.text
    for name in (
        'bot_updates_total{kind="message",outcome="done"} 1.0',
        'bot_handler_seconds_bucket{kind="message",le="+Inf"} 1.0',
        'bot_reminders_total{outcome="due"}',
        'bot_reminders_total{outcome="unconfirmed"}',
        "bot_reminder_lag_seconds_count",
        "# TYPE bot_api_errors_total counter",
        "# TYPE bot_database_errors_total counter",
    ):
        assert name in text, name


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)  # rewrites alembic_version
async def test_readyz_says_what_is_missing(bot: Harness) -> None:
    async with bot.app.bot_data.sessions() as session, session.begin():
        version = table("alembic_version", column("version_num"))
        await session.execute(update(version).values(version_num="0000_old"))
    bot.app.bot_data.started = False
    async with client(bot) as http:
        ready = await http.get("/readyz")
    assert ready.status_code == 503
    problems = ready.json()["problems"]
    assert set(problems) == {"migrations", "started"}
    assert "0000_old" in problems["migrations"]
