"""Check a corpus file's shape (not its texts): python tests/corpus/check_part.py FILE..."""

from __future__ import annotations

import json
import sys
from collections import Counter
from datetime import datetime
from zoneinfo import ZoneInfo

KINDS = {"report", "warning", "question", "statement"}
LEVELS = {None, "emergency", "today", "book"}
MUSCLES = {
    "calf",
    "hamstring",
    "quadriceps",
    "thigh",
    "foot",
    "toes",
    "shin",
    "hand",
    "fingers",
    "arm",
    "hip",
    "back",
    "stomach",
    "neck",
    None,
}
SIDES = {"left", "right", "both", None}
TOPICS = set(
    [
        "stop_now",
        "why_night",
        "causes",
        "prevent",
        "stretching",
        "fluids",
        "magnesium",
        "magnesium_topical",
        "potassium",
        "banana",
        "quinine",
        "tonic_water",
        "pickle_juice",
        "mustard",
        "soap",
        "compression_socks",
        "b12",
        "b12_cramps",
        "b12_tests",
        "foods",
        "pregnancy",
        "children",
        "statins",
        "medicines",
        "age",
        "alcohol",
        "caffeine",
        "exercise",
        "when_doctor",
        "dvt",
        "restless_legs",
        "claudication",
        "sore_after",
        "none",
    ]
)
FIELDS = ("side", "muscle", "severity", "duration_s", "occurred_at")


def problems(case: dict) -> list[str]:
    out = []
    for key in ("id", "text", "now", "tz", "kind", "level", "expect", "source"):
        if key not in case:
            out.append(f"missing {key}")
    if out:
        return out
    if case["kind"] not in KINDS:
        out.append(f"kind {case['kind']!r}")
    if case["level"] not in LEVELS:
        out.append(f"level {case['level']!r}")
    if not str(case["source"]).startswith("http"):
        out.append("source is not an address")
    try:
        now = datetime.fromisoformat(case["now"])
        if now.tzinfo is None:
            out.append("now without offset")
        ZoneInfo(case["tz"])
    except Exception as exc:
        out.append(f"now/tz: {exc}")
    exp = case["expect"]
    if "is_cramp" not in exp:
        out.append("expect without is_cramp")
    elif exp["is_cramp"] is True:
        for f in FIELDS:
            if f not in exp:
                out.append(f"expect without {f}")
    if exp.get("muscle", None) not in MUSCLES:
        out.append(f"muscle {exp.get('muscle')!r}")
    if exp.get("side", None) not in SIDES:
        out.append(f"side {exp.get('side')!r}")
    occ = exp.get("occurred_at")
    if isinstance(occ, dict):
        lo, hi = (datetime.fromisoformat(x) for x in occ["between"])
        if not lo <= hi:
            out.append("occurred_at window reversed")
    if case["kind"] == "question":
        topic = case.get("topic")
        names = topic if isinstance(topic, list) else [topic]
        if not names or any(n not in TOPICS for n in names):
            out.append(f"topic {topic!r}")
    if case["kind"] == "warning" and case["level"] is None and not case.get("ask"):
        out.append("a warning without a level (use kind report/statement for near-misses)")
    return out


def main(paths: list[str]) -> int:
    bad = 0
    kinds: Counter[str] = Counter()
    levels: Counter[str] = Counter()
    seen: set[str] = set()
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for n, line in enumerate(fh, 1):
                if not line.strip():
                    continue
                try:
                    case = json.loads(line)
                except json.JSONDecodeError as exc:
                    print(f"{path}:{n}: not JSON: {exc}")
                    bad += 1
                    continue
                found = problems(case)
                if case.get("id") in seen:
                    found.append("duplicate id")
                seen.add(case.get("id"))
                for p in found:
                    print(f"{path}:{n}: {case.get('id')}: {p}")
                bad += bool(found)
                kinds[case.get("kind")] += 1
                levels[str(case.get("level"))] += 1
    print(f"{len(seen)} lines, {bad} with problems; kinds {dict(kinds)}; levels {dict(levels)}")
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
