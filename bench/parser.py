"""Benchmark of a chat message's reading: `python bench/parser.py [--rounds N]` from the repo.

What the text router does with every plain message, on one core, in-process:

- the warning screen (`services.triage.assess`, with the cramp's duration as it is read),
- the cramp parser (`parsing.cramp.parse_cramp`),
- the search, as the router asks for it: for a cramp report, whether it asks how to stop it
  (`services.topics.cramping_now`), and for a question the entry that answers it.

Two sets of messages: the short ones of the parser's cases and the shared samples (about 26
characters, a diary line), and the development corpus (`tests/corpus/dev.jsonl`: 260
messages as people write them, about 150 characters). Every round sends each message with
a different made-up word at the end ("zqbd"), so no cache serves a message twice: the figure
is for messages never seen before, as in a chat. Each message is timed on its own; the
figures are messages per second over the sum of those times, and p50 / p99 per message.

Baseline, in the same run: lower-casing and splitting the same messages into words, the
least any reading of a message costs in Python on this machine; the ratio shows how far the
reading is from that floor, independent of how fast the machine is today.

Latency: a user feels the reading as part of the reply, which Telegram takes 50-300 ms to
carry; the p99 per message is printed as a share of the fastest (50 ms) round trip.

Target: 2,000 messages a second on the short set (exit 1 when missed); the corpus set is
printed beside it.
"""

from __future__ import annotations

import argparse
import itertools
import json
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bot.content.loader import load_content  # noqa: E402
from bot.parsing.cramp import cramp_duration, parse_cramp  # noqa: E402
from bot.services.search import search  # noqa: E402
from bot.services.topics import cramping_now, is_question  # noqa: E402
from bot.services.triage import assess  # noqa: E402

TARGET_MSG_PER_S = 2_000
TELEGRAM_FASTEST_MS = 50
Message = tuple[str, datetime, ZoneInfo]


def load(*names: str) -> list[Message]:
    items = []
    for name in names:
        for line in (ROOT / name).read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                items.append(
                    (row["text"], datetime.fromisoformat(row["now"]), ZoneInfo(row["tz"]))
                )
    if not items:
        sys.exit(f"bench: no messages in {names}")
    return items


KNOWLEDGE = load_content().knowledge
_WORDS = re.compile(r"[a-z']+")


def read(text: str, now: datetime, tz: ZoneInfo) -> None:
    """The router's reading of one message (handlers.fallback.text_message and its hooks)."""
    assess(KNOWLEDGE, text, duration_s=cramp_duration(text))
    cramping_now(KNOWLEDGE, text, now=now)
    parse_cramp(text, now=now, tz=tz)
    if is_question(text, KNOWLEDGE):
        search(KNOWLEDGE, text)


def floor(text: str, now: datetime, tz: ZoneInfo) -> None:
    """The baseline: lower-case the message and split it into words."""
    _WORDS.findall(text.lower())


_NAMES = itertools.count()


def unique_word() -> str:
    """A made-up word, new every call ("zqbd"): letters only, so it is never a number."""
    return "zq" + "".join("abcdefghij"[int(d)] for d in str(next(_NAMES)))


def run(messages: list[Message], rounds: int, work: Callable[[str, datetime, ZoneInfo], None]
        ) -> list[float]:  # fmt: skip
    """Seconds per message, each message new in every round."""
    clock = time.perf_counter
    times = []
    for _ in range(rounds):
        suffix = " " + unique_word()
        for text, now, tz in messages:
            text = text + suffix
            start = clock()
            work(text, now, tz)
            times.append(clock() - start)
    return times


def report(name: str, messages: list[Message], rounds: int) -> float:
    length = statistics.mean(len(text) for text, _, _ in messages)
    run(messages, 1, read)  # warm-up: regular expressions compiled, the search index built
    base = run(messages, rounds, floor)
    times = run(messages, rounds, read)
    rate = len(times) / sum(times)
    base_rate = len(base) / sum(base)
    q = statistics.quantiles(times, n=100)
    print(f"{name}: {len(messages)} messages, {length:.0f} characters on average, "
          f"{len(times):,} read (each one new)")  # fmt: skip
    print(
        f"  reading   {rate:9,.0f} msg/s   p50 {q[49] * 1e6:7.0f} us   p99 {q[98] * 1e6:7.0f} us"
    )
    print(f"  baseline  {base_rate:9,.0f} msg/s   (lower-case and split into words)")
    print(f"  the reading costs {base_rate / rate:,.0f} times the baseline; its p99 is "
          f"{q[98] * 1e3 / TELEGRAM_FASTEST_MS:.1%} of Telegram's fastest round trip "
          f"({TELEGRAM_FASTEST_MS} ms)")  # fmt: skip
    return rate


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="times each set is sent")
    args = parser.parse_args()
    short = load("tests/parsing/cases.jsonl", "tests/parsing/samples.jsonl")
    corpus = load("tests/corpus/dev.jsonl")
    rate = report("short (diary lines)", short, args.rounds)
    report("corpus (as people write)", corpus, max(1, args.rounds // 2))
    verdict = "OK" if rate >= TARGET_MSG_PER_S else "MISS"
    print(f"target: {TARGET_MSG_PER_S:,} msg/s on the short set: {verdict} ({rate:,.0f} msg/s, "
          f"{rate / TARGET_MSG_PER_S:.2f}x)")  # fmt: skip
    return 0 if rate >= TARGET_MSG_PER_S else 1


if __name__ == "__main__":
    raise SystemExit(main())
