"""Webhook mode against the real process: the secret, retries, bad input, a crash mid-update,
health and metrics, and registering the webhook only when asked."""

from __future__ import annotations

import http.client
import json
import socket
import sqlite3
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from bot.offline.engine import Engine
from tests.e2e.conftest import ROOT, TOKEN, USER, BotProcess, launch
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
SECRET = "s3cret-token_for-webhooks"
HOOK_URL = "https://bot.example.test/tg/hook-path"
CRAMP = "cramp in my left calf 2 hours ago, 6/10"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def request(
    url: str, body: bytes | None = None, secret: str | None = None, timeout: float = 10
) -> tuple[int, str]:
    """(status, body); status 0 when nothing answered (not listening, or the process died)."""
    headers = {"Content-Type": "application/json"}
    if secret is not None:
        headers["X-Telegram-Bot-Api-Secret-Token"] = secret
    method = "GET" if body is None else "POST"
    req = urllib.request.Request(url, body, headers, method=method)
    try:
        with urllib.request.urlopen(req, timeout=timeout) as response:
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except (urllib.error.URLError, ConnectionError, http.client.HTTPException, TimeoutError):
        return 0, ""


def post(url: str, payload: object, secret: str | None = SECRET) -> int:
    return request(url, json.dumps(payload).encode(), secret)[0]


def start(server: FakeBotApiServer, tmp: Path, port: int, **env: str) -> BotProcess:
    tmp.mkdir(parents=True, exist_ok=True)
    return launch(
        server, tmp, WEBHOOK_URL=HOOK_URL, WEBHOOK_SECRET=SECRET, WEBHOOK_LISTEN="127.0.0.1",
        WEBHOOK_PORT=str(port), **env,
    )  # fmt: skip


def wait_ready(base: str, bot: BotProcess, timeout: float = 30) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if bot.proc.poll() is not None:
            raise AssertionError(f"bot exited with {bot.proc.returncode}")
        if request(f"{base}/readyz")[0] == 200:
            return
        time.sleep(0.2)
    raise AssertionError("never ready")


def test_webhook_secret_retries_bad_input_health_and_metrics(tmp_path: Path) -> None:
    port = free_port()
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    engine = server.engine
    engine.add_chat(USER, name="Eve")
    bot = start(server, tmp_path, port)
    base = f"http://127.0.0.1:{port}"
    url = base + "/tg/hook-path"  # WEBHOOK_URL's path, behind the proxy that ends TLS
    try:
        wait_ready(base, bot)
        assert request(f"{base}/healthz")[0] == 200
        assert not any(c.method == "setWebhook" for c in engine.calls)  # only when asked
        update = engine.user_message(USER, "/help")
        assert post(url, update) == 200
        assert len(engine.sent(USER)) == 1  # answered after the update was handled
        assert post(url, update) == 200  # Telegram retries the same update_id: ignored
        assert post(url, engine.user_message(USER, "/privacy"), "wrong") == 403
        assert post(url, engine.user_message(USER, "/privacy"), None) == 403
        assert request(base + "/telegram", b"{}", SECRET)[0] == 404  # only WEBHOOK_URL's path
        # bad input: 4xx each, and the instance goes on serving
        assert request(url, b"not json at all", SECRET)[0] == 400
        assert request(url, b'{"no": "update"}', SECRET)[0] == 400
        assert request(url, b'{"update_id": 1, "message": 5}', SECRET)[0] == 400
        status, _ = request(url, b'{"pad": "' + b"x" * 1_100_000 + b'"}', SECRET)
        assert status in (413, 0)  # refused (the server may close before the body is sent)
        for n in range(200):  # a flood without the secret
            assert post(url, {"update_id": 90_000 + n}, None if n % 2 else "bad") == 403
        assert post(url, engine.user_message(USER, "/settings")) == 200
        texts = [str(c.params["text"]) for c in engine.sent(USER)]
        assert len(texts) == 2
        assert "What I can do" in texts[0]
        assert "Your settings" in texts[1]
        status, metrics = request(f"{base}/metrics")
        assert status == 200
        assert 'bot_updates_total{kind="message",outcome="duplicate"} 1.0' in metrics
        assert 'bot_updates_total{kind="message",outcome="done"} 2.0' in metrics
        assert 'bot_webhook_rejected_total{reason="secret"} 202.0' in metrics
    finally:
        code, stderr = bot.stop()
        server.stop()
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert len([line for line in stderr.splitlines() if "refused requests" in line]) == 1


def test_a_crash_mid_update_is_handled_again_on_the_retry(tmp_path: Path) -> None:
    """At least once: the process dies while the update's card is on its way (its cramp was
    committed before the call), Telegram gets no 200 and retries; the restarted instance
    handles the update again, finds the cramp it stored and sends its card (a reply may be
    sent twice), stores nothing twice, and ignores the retry after that."""
    port = free_port()
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    engine = server.engine
    engine.add_chat(USER, name="Eve")
    base = f"http://127.0.0.1:{port}"
    url = base + "/tg/hook-path"
    database = tmp_path / "e2e.db"
    first = start(server, tmp_path / "first", port, DATABASE_URL=f"sqlite+aiosqlite:///{database}")
    second: BotProcess | None = None
    try:
        wait_ready(base, first)
        assert post(url, engine.user_message(USER, "/timezone Europe/Berlin")) == 200
        cramp = engine.user_message(USER, CRAMP)
        engine.inject("sendMessage", "delay", delay_s=30)  # the card hangs: the update is open
        answers: list[int] = []
        sender = threading.Thread(target=lambda: answers.append(post(url, cramp)))
        sender.start()
        first.wait(lambda calls: sum(c.method == "sendMessage" for c in calls) >= 2)
        first.proc.kill()  # SIGKILL mid-update
        first.proc.wait()
        sender.join(10)
        assert answers == [0]  # Telegram got no 200: it will retry
        with sqlite3.connect(database) as db:  # committed before its card went out
            assert db.execute("SELECT count(*) FROM cramps").fetchone() == (1,)
        second = start(
            server, tmp_path / "second", port, DATABASE_URL=f"sqlite+aiosqlite:///{database}"
        )
        wait_ready(base, second)
        before = len(engine.sent(USER))
        assert post(url, cramp) == 200  # the retry
        assert len(engine.sent(USER)) == before + 1
        assert "Cramp logged" in str(engine.sent(USER)[-1].params["text"])
        assert post(url, cramp) == 200  # a retry after the commit: ignored
        assert len(engine.sent(USER)) == before + 1
        with sqlite3.connect(database) as db:
            assert db.execute("SELECT count(*) FROM cramps").fetchone() == (1,)
    finally:
        first.stop()
        code, stderr = second.stop() if second is not None else (0, "")
        server.stop()
    assert code == 0, stderr


def test_set_webhook_registers_the_url_and_secret(tmp_path: Path) -> None:
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    env = {
        "PATH": "/usr/bin:/bin", "BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": server.base_url,
        "WEBHOOK_URL": HOOK_URL, "WEBHOOK_SECRET": SECRET,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
    }  # fmt: skip
    try:
        done = subprocess.run(
            [sys.executable, "-m", "bot", "set-webhook"], cwd=ROOT, env=env,
            capture_output=True, text=True, timeout=60, check=False,
        )  # fmt: skip
        calls = [c for c in server.engine.calls if c.method == "setWebhook"]
    finally:
        server.stop()
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"webhook set: {HOOK_URL}"
    (hook,) = calls
    assert hook.params["url"] == HOOK_URL
    assert hook.params["secret_token"] == SECRET
    assert TOKEN.split(":")[1] not in done.stdout + done.stderr


@pytest.mark.parametrize("secret", [None, ""])
def test_webhook_mode_without_a_secret_stops_with_one_line(
    tmp_path: Path, secret: str | None
) -> None:
    env = {
        "PATH": "/usr/bin:/bin", "BOT_TOKEN": TOKEN, "WEBHOOK_URL": HOOK_URL,
        "DATABASE_URL": f"sqlite+aiosqlite:///{tmp_path / 'unused.db'}",
    }  # fmt: skip
    if secret is not None:
        env["WEBHOOK_SECRET"] = secret
    done = subprocess.run(
        [sys.executable, "-m", "bot", "run"], cwd=ROOT, env=env,
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith("WEBHOOK_SECRET is required when WEBHOOK_URL is set")
