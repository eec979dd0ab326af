"""Smoke test of the latency mode of bench/reminders.py on a few reminders."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[2] / "bench" / "reminders.py"


@cache
def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_reminders", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


async def test_every_reminder_is_sent_once_in_flight_and_paced(tmp_path: Path) -> None:
    bench = load_bench()
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    options = {"rate": 100.0, "max_in_flight": 8}
    result = await bench.run_latency(url, 10, 50.0, options, instances=1)
    assert result["sent"] == result["marked_sent"] == 20
    assert result["most_in_flight"] > 1  # several on their way at once
    assert result["rate"] <= 100 * 1.02  # the pace holds


def test_the_busiest_second_counts_starts_within_one_second() -> None:
    busiest = load_bench().busiest_second
    assert busiest([0.0, 0.5, 0.99, 1.0, 1.2]) == 4  # 0.5 to 1.2
    assert busiest([0.0, 2.0, 4.0]) == 1


def test_dispatcher_options_pass_only_what_the_constructor_takes() -> None:
    options, ignored = load_bench().dispatcher_options(["batch_size=50", "no_such_option=8"])
    assert options == {"batch_size": 50, "rate": 30.0, "max_in_flight": 16}  # the bot's defaults
    assert ignored == ["no_such_option"]
