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


def test_console_honours_database_url_saves_files_and_refuses_removed_buttons(
    tmp_path: Path,
) -> None:
    database = tmp_path / "from-env.db"
    files = tmp_path / "received"
    script = (
        "/location 52.52 13.40\n"  # a shared location sets the zone
        "cramp in my left calf last night 7/10\n"
        "6\n"  # Undo
        "6\n"  # Undo again: the card no longer has that button
        "cramp in my right calf this morning 5/10\n"
        "/export\n"
    )
    proc = subprocess.run(
        [sys.executable, "-m", "bot", "console", "--files", str(files)],
        cwd=ROOT, input=script, capture_output=True, text=True, timeout=120, check=False,
        env={"PATH": "/usr/bin:/bin", "HOME": str(tmp_path),
             "DATABASE_URL": f"sqlite+aiosqlite:///{database}"},
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert database.exists()  # DATABASE_URL was used, not data/console.db
    assert "time zone is now Europe/Berlin" in out
    assert "(that button is no longer there)" in out
    assert sorted(p.name for p in files.iterdir()) == ["cramps.csv", "reminders.csv", "report.pdf"]
    assert "right" in (files / "cramps.csv").read_text(encoding="utf-8")
    assert f"[document saved: {files / 'report.pdf'}]" in out


def test_console_prints_pop_up_answers(tmp_path: Path) -> None:
    proc = run_console("/remind stretch 21:30\n/reminders\n1\n", tmp_path)  # 1: Pause
    assert proc.returncode == 0, proc.stderr
    assert "bot (pop-up)> " in proc.stdout
