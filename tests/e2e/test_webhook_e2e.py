"""Webhook mode: the secret is checked and a retried update (same update_id) is handled once."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.offline.engine import Engine
from tests.e2e.conftest import TOKEN, USER, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
SECRET = "s3cret-token_for-webhooks"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def post(url: str, payload: dict[str, object], secret: str | None) -> int:
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    request = urllib.request.Request(url, json.dumps(payload).encode(), headers, method="POST")
    try:
        with urllib.request.urlopen(request, timeout=10) as response:
            return int(response.status)
    except urllib.error.HTTPError as exc:
        return exc.code
    except urllib.error.URLError:
        return 0  # not listening yet


def test_webhook_checks_secret_and_ignores_duplicate_updates(tmp_path: Path) -> None:
    port = free_port()
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    engine = server.engine
    engine.add_chat(USER, name="Eve")
    bot = launch(
        server, tmp_path, WEBHOOK_URL="https://bot.example.test", WEBHOOK_SECRET=SECRET,
        WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
    )  # fmt: skip
    try:
        bot.wait(lambda calls: any(c.method == "setWebhook" and c.status == 200 for c in calls))
        (hook,) = [c for c in engine.calls if c.method == "setWebhook"]
        assert hook.params["url"] == "https://bot.example.test/telegram"
        assert hook.params["secret_token"] == SECRET
        update = engine.user_message(USER, "/help")
        url = f"http://127.0.0.1:{port}/telegram"  # behind the load balancer that ends TLS
        deadline = time.monotonic() + 20
        status = post(url, update, SECRET)
        while status != 200 and time.monotonic() < deadline:  # the listener may still be starting
            time.sleep(0.2)
            status = post(url, update, SECRET)
        assert status == 200
        bot.wait(lambda _calls: len(engine.sent(USER)) == 1)
        assert post(url, update, SECRET) == 200  # Telegram retries the same update_id
        assert post(url, engine.user_message(USER, "/privacy"), "wrong") == 403
        assert post(url, engine.user_message(USER, "/privacy"), None) == 403
        follow_up = engine.user_message(USER, "/settings")
        assert post(url, follow_up, SECRET) == 200
        bot.wait(lambda _calls: len(engine.sent(USER)) == 2)
        texts = [c.params["text"] for c in engine.sent(USER)]
        assert "What I can do" in texts[0]
        assert "Your settings" in texts[1]
    finally:
        code, stderr = bot.stop()
        server.stop()
    assert code == 0, stderr
    assert "Traceback" not in stderr
