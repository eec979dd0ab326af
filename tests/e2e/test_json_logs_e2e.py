"""LOG_FORMAT=json at DEBUG through a whole conversation: every line is one JSON object, and
neither the token nor anything the user typed is in the log. Polling mode serves health and
metrics on METRICS_PORT."""

from __future__ import annotations

import json
import socket
import time
import urllib.error
import urllib.request

import pytest

from tests.e2e.conftest import TOKEN, BotProcess

pytestmark = pytest.mark.e2e


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


PORT = _free_port()
SAID = [
    "/timezone Europe/Berlin",
    "bad cramp in my left calf last night near the zebrafish tank, lasted 2 minutes, 7/10",
    "what causes cramps, asks the platypus?",
    "hello wombat",
    "/history",
]
MARKERS = ["zebrafish", "platypus", "wombat", "left calf last night"]


def get(path: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{PORT}{path}", timeout=10) as response:
            return int(response.status), response.read().decode()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode()
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


@pytest.mark.parametrize(
    "bot_process",
    [{"LOG_FORMAT": "json", "LOG_LEVEL": "DEBUG", "METRICS_PORT": str(PORT),
      "WEBHOOK_LISTEN": "127.0.0.1"}],
    indirect=True,
)  # fmt: skip
def test_json_logs_carry_neither_token_nor_message_text(bot_process: BotProcess) -> None:
    bot_process.wait(lambda calls: any(c.method == "setMyCommands" for c in calls))
    for text in SAID:
        bot_process.say(text)
    deadline = time.monotonic() + 20
    while get("/readyz")[0] != 200 and time.monotonic() < deadline:
        time.sleep(0.2)
    assert get("/healthz")[0] == 200
    assert get("/readyz")[0] == 200
    status, metrics = get("/metrics")
    assert status == 200
    done = [
        float(line.rsplit(" ", 1)[1])
        for line in metrics.splitlines()
        if line.startswith('bot_updates_total{kind="message",outcome="done"}')
    ]
    assert done and done[0] >= len(SAID)
    assert "bot_handler_seconds_bucket" in metrics
    code, log = bot_process.stop()
    assert code == 0, log
    lines = [line for line in log.splitlines() if line.strip()]
    assert len(lines) >= 3
    for line in lines:
        event = json.loads(line)  # one JSON object per line, tracebacks included
        assert {"time", "level", "logger", "message"} <= set(event), line
    secret = TOKEN.split(":", 1)[1]
    assert secret not in log
    for text in [*SAID[1:4], *MARKERS]:
        assert text not in log, text
    assert get("/healthz")[0] == 0  # stopped with the bot
