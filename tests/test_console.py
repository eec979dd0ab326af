"""`python -m bot console` is scriptable through standard input and exits cleanly at its end."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_console(script: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "bot", "console", "--database", f"sqlite+aiosqlite:///{tmp_path}/c.db"],
        cwd=ROOT, input=script, capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
    )  # fmt: skip


def test_scripted_console_session(tmp_path: Path) -> None:
    utc_now = datetime.now(UTC)  # the console runs on the real clock
    script = f"/start\n/help\nit is {utc_now:%H:%M} here\n1\n/settings\n"
    proc = run_console(script, tmp_path)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "you> /start" in out
    assert "bot> Hello, You!" in out
    assert "/privacy - What is stored and why" in out
    assert "[1] " in out
    assert "bot (edited)> Done: your time zone is now" in out
    assert "Time zone: " in out
    assert "Traceback" not in proc.stderr
    assert "would reject" not in out


def test_console_ends_cleanly_on_empty_input(tmp_path: Path) -> None:
    proc = run_console("", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
