"""`python -m bot healthcheck` (the HEALTHCHECK): /healthz when served, else the database."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bot.__main__ import main


@pytest.fixture
def healthz() -> Iterator[tuple[int, list[int]]]:
    """A local /healthz answering the status at the head of the returned list."""
    statuses = [200]

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            self.send_response(statuses[0] if self.path == "/healthz" else 404)
            self.end_headers()

        def log_message(self, *_args: object) -> None:
            return

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server.server_address[1], statuses
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ("WEBHOOK_URL", "METRICS_PORT", "DATABASE_URL", "BOT_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.chdir(tmp_path)  # no .env of the developer's


def test_polling_without_metrics_port_checks_the_database(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", f"sqlite+aiosqlite:///{tmp_path / 'h.db'}")
    assert main(["healthcheck"]) == 0
    assert "healthy: the database answers" in capsys.readouterr().out
    monkeypatch.setenv("DATABASE_URL", "postgresql+asyncpg://nobody:secret@127.0.0.1:1/none")
    assert main(["healthcheck"]) == 1
    err = capsys.readouterr().err
    assert err.startswith("unhealthy: database") and "secret" not in err


def test_metrics_port_healthz(
    monkeypatch: pytest.MonkeyPatch, healthz: tuple[int, list[int]]
) -> None:
    port, statuses = healthz
    monkeypatch.setenv("METRICS_PORT", str(port))
    assert main(["healthcheck"]) == 0
    statuses[0] = 503
    assert main(["healthcheck"]) == 1


def test_webhook_mode_asks_the_webhook_port(
    monkeypatch: pytest.MonkeyPatch, healthz: tuple[int, list[int]]
) -> None:
    port, _ = healthz
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.org")
    monkeypatch.setenv("WEBHOOK_PORT", str(port))
    assert main(["healthcheck"]) == 0
    monkeypatch.setenv("WEBHOOK_PORT", "1")  # nothing listens there
    assert main(["healthcheck"]) == 1
