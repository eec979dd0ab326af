"""Benchmark of the cramp-message parser: `python bench/parser.py` from the repo root.

Parses the shared samples plus the project's own cases, repeated to about 20,000
messages, prints messages per second and p50/p99 time per message, compares with the
target (2,000 msg/s on one core) and exits 1 when under it.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.parsing.cramp import parse_cramp  # noqa: E402

TARGET_MSG_PER_S = 2_000
CORPUS_SIZE = 20_000


def _corpus_files() -> list[Path]:
    cases = ROOT / "tests" / "parsing"
    return [cases / "cases.jsonl", cases / "samples.jsonl"]


def _load() -> list[tuple[str, datetime, ZoneInfo]]:
    items = []
    for path in _corpus_files():
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append(
                    (row["text"], datetime.fromisoformat(row["now"]), ZoneInfo(row["tz"]))
                )
    if not items:
        sys.exit("bench: no corpus found")
    return items


def main() -> int:
    base = _load()
    corpus = (base * (CORPUS_SIZE // len(base) + 1))[:CORPUS_SIZE]
    for text, now, tz in base:  # warm-up (regex compilation, caches)
        parse_cramp(text, now=now, tz=tz)
    per_msg: list[float] = []
    clock = time.perf_counter
    start = clock()
    for text, now, tz in corpus:
        t0 = clock()
        parse_cramp(text, now=now, tz=tz)
        per_msg.append(clock() - t0)
    total = clock() - start
    rate = len(corpus) / total
    qs = statistics.quantiles(per_msg, n=100)
    print(f"corpus: {len(base)} distinct messages, {len(corpus)} parsed")
    print(f"throughput: {rate:,.0f} msg/s ({total:.2f} s total)")
    print(f"per message: p50 {qs[49] * 1e6:.1f} us, p99 {qs[98] * 1e6:.1f} us")
    print(f"target: {TARGET_MSG_PER_S:,} msg/s -> ratio {rate / TARGET_MSG_PER_S:.1f}x")
    if rate < TARGET_MSG_PER_S:
        print("FAIL: under target", file=sys.stderr)
        return 1
    print("OK")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
