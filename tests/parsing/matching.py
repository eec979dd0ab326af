"""Reading of the `expect` objects of the cramp-message case files (see samples README)."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

SAMPLES = Path(__file__).resolve().parent / "samples.jsonl"
"""The worked examples of the product brief, copied into the project's own tests."""
OWN_CASES = Path(__file__).resolve().parent / "cases.jsonl"


def load_cases(path: Path) -> list[dict[str, Any]]:
    """Every case of a JSONL file; a missing file is an error, never a skip."""
    if not path.is_file():
        raise FileNotFoundError(f"case file not found: {path}")
    cases = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            cases.append(json.loads(line))
    if not cases:
        raise ValueError(f"no cases in {path}")
    return cases


def mismatches(expect: dict[str, Any], got: dict[str, Any]) -> list[str]:
    """Human-readable differences between an `expect` object and a parser result."""
    problems = []
    for key, want in expect.items():
        have = got[key]
        ok: bool
        if isinstance(want, dict) and "between" in want:
            lo, hi = (datetime.fromisoformat(x) for x in want["between"])
            ok = have is not None and lo <= datetime.fromisoformat(have) <= hi
        elif isinstance(want, dict) and "includes" in want:
            ok = isinstance(have, list) and set(want["includes"]) <= set(have)
        elif isinstance(want, list) and key not in {"triggers", "red_flags"}:
            lo, hi = want
            ok = isinstance(have, int) and not isinstance(have, bool) and lo <= have <= hi
        elif want == [] and key in {"triggers", "red_flags"}:
            ok = have == []
        else:
            ok = have == want and type(have) is type(want)
        if not ok:
            problems.append(f"{key}: expected {want!r}, got {have!r}")
    return problems
