"""Benchmark: cold start of `python -m bot run` and its resident memory after start.

    python bench/startup.py [--runs 5]

Starts the fake Bot API server (tests/fakes) on 127.0.0.1, then `python -m bot run` against it
on a fresh SQLite file, `--runs` times. For each run: seconds from the process start to its
first getUpdates request, and resident memory (RSS) once polling. As a baseline, the same is
measured in the same run for `python -c "import telegram.ext"` (the floor any PTB bot pays).
Targets: first getUpdates in under 2 s (median), RSS under 150 MB. Exits 1 when one is missed.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import argparse
import os
import signal
import statistics
import subprocess
import tempfile
import time

import psutil

from bot.offline.engine import Engine
from tests.fakes.bot_api_server import FakeBotApiServer

ROOT = Path(__file__).resolve().parents[1]
TOKEN = "4242424242:AAE2e-fake-token-for-the-startup-benchmark"
TARGET_START_S = 2.0
TARGET_RSS_MB = 150.0


def one_run(server: FakeBotApiServer, folder: Path) -> tuple[float, float]:
    """Seconds to the first getUpdates, and RSS in MB once polling."""
    env = {
        **{k: v for k, v in os.environ.items() if k in ("PATH", "HOME", "LANG")},
        "BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": server.base_url,
        "TELEGRAM_FILE_BASE_URL": server.file_base_url,
        "DATABASE_URL": f"sqlite+aiosqlite:///{folder / 'start.db'}",
        "LOG_LEVEL": "WARNING",
    }
    started = time.monotonic()
    proc = subprocess.Popen(
        [sys.executable, "-m", "bot", "run"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = started + 30
        while (arrived := server.arrived_since("getUpdates", started)) is None:
            if time.monotonic() > deadline or proc.poll() is not None:
                raise SystemExit("the bot never asked for updates")
            time.sleep(0.01)
        elapsed = arrived - started  # the request reached the server (a long poll then waits)
        time.sleep(0.5)  # settled: the dispatcher job and the poller are running
        rss = psutil.Process(proc.pid).memory_info().rss / 2**20
    finally:
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
    return elapsed, rss


def baseline() -> float:
    """Seconds for a bare interpreter to import python-telegram-bot's ext package."""
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", "import telegram.ext"], check=True)
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    server = FakeBotApiServer(Engine(token=TOKEN)).start()
    starts, memories, floors = [], [], []
    try:
        for run in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                start, rss = one_run(server, Path(tmp))
            floors.append(baseline())
            starts.append(start)
            memories.append(rss)
            print(f"run {run + 1}: first getUpdates after {start:.2f} s, RSS {rss:.0f} MB")
    finally:
        server.stop()
    median_start, worst_rss = statistics.median(starts), max(memories)
    floor = statistics.median(floors)
    print(f"median start {median_start:.2f} s (target < {TARGET_START_S} s); "
          f"import telegram.ext alone: {floor:.2f} s ({median_start / floor:.1f}x)")  # fmt: skip
    print(f"max RSS {worst_rss:.0f} MB (target < {TARGET_RSS_MB:.0f} MB)")
    missed = median_start >= TARGET_START_S or worst_rss >= TARGET_RSS_MB
    print("targets: " + ("MISSED" if missed else "met"))
    return 1 if missed else 0


if __name__ == "__main__":
    raise SystemExit(main())
