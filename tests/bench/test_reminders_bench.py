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


async def test_every_reminder_is_sent_through_the_late_sender() -> None:
    bench = load_bench()
    result = await bench.run_latency(3, 5.0, {})
    assert result["sent"] == result["marked_sent"] == 6
    assert result["most_in_flight"] >= 1
    assert result["rate"] > 0


def test_dispatcher_options_pass_only_what_the_constructor_takes() -> None:
    options, ignored = load_bench().dispatcher_options(["batch_size=50", "no_such_option=8"])
    assert options == {"batch_size": 50}
    assert ignored == ["no_such_option"]
