"""The `parse` command-line entry point, called through main()."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from bot.parsing.cli import main

KEYS = [
    "is_cramp",
    "occurred_at",
    "side",
    "muscle",
    "severity",
    "duration_s",
    "triggers",
    "red_flags",
]


def test_single_text(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(
        [
            "--now",
            "2026-11-20T08:15:00+01:00",
            "--tz",
            "Europe/Berlin",
            "bad cramp in my left calf last night, lasted about 2 minutes, 7/10",
        ]
    )
    out = capsys.readouterr().out
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 1
    data = json.loads(lines[0])
    assert list(data) == KEYS
    assert data["severity"] == 7
    assert data["duration_s"] == 120
    assert data["side"] == "left"
    assert data["occurred_at"].endswith("+01:00")


@pytest.mark.parametrize(("order", "day"), [("dmy", "2026-06-05"), ("mdy", "2026-05-06")])
def test_date_order_option(order: str, day: str, capsys: pytest.CaptureFixture[str]) -> None:
    argv = ["--now", "2026-11-28T14:17:00+01:00", "--tz", "Europe/Berlin", "--date-order", order]
    assert main([*argv, "cramp on 05/06"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == KEYS
    assert data["occurred_at"].startswith(day)


def test_defaults_are_now_and_utc(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["cramp just now"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert list(data) == KEYS
    assert data["occurred_at"].endswith("+00:00")


def test_jsonl_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    rows = [
        {"text": "hello", "now": "2026-11-20T08:15:00+01:00", "tz": "Europe/Berlin"},
        {
            "text": "calf cramp 2 hours ago",
            "now": "2026-11-20T22:30:00-05:00",
            "tz": "America/New_York",
        },
        {
            "text": "no cramps last night!",
            "now": "2026-11-20T08:15:00+01:00",
            "tz": "Europe/Berlin",
        },
    ]
    src.write_text("\n".join(json.dumps(r) for r in rows) + "\n", encoding="utf-8")
    assert main(["--jsonl", str(src)]) == 0
    out = [json.loads(x) for x in capsys.readouterr().out.splitlines()]
    assert [o["is_cramp"] for o in out] == [False, True, False]
    assert all(list(o) == KEYS for o in out)
    assert out[1]["occurred_at"] == "2026-11-20T20:30:00-05:00"


def test_jsonl_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    line = json.dumps({"text": "cramp", "now": "2026-11-20T08:15:00+01:00", "tz": "UTC"})
    monkeypatch.setattr("sys.stdin", io.StringIO(line + "\n"))
    assert main(["--jsonl", "-"]) == 0
    assert json.loads(capsys.readouterr().out)["is_cramp"] is True


@pytest.mark.parametrize(
    "argv",
    [
        ["--tz", "Mars/Olympus", "cramp"],
        ["--tz", "../../etc/passwd", "cramp"],
        ["--now", "yesterday-ish", "cramp"],
        ["--now", "2026-13-45T99:00", "cramp"],
        [],
        ["--bogus", "cramp"],
        ["--date-order", "ymd", "cramp"],
        ["--jsonl", "/nonexistent/file.jsonl"],
    ],
)
def test_bad_arguments_return_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(argv) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert len(captured.err.strip().splitlines()) == 1


def test_bad_zone_in_jsonl_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in.jsonl"
    src.write_text(json.dumps({"text": "cramp", "now": "2026-11-20T08:15:00", "tz": "Nope/No"}))
    assert main(["--jsonl", str(src)]) == 2
    assert "line 1" in capsys.readouterr().err
