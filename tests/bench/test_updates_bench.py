"""Smoke test of bench/updates.py: its SQLite side runs in-process on a tiny mix."""

from __future__ import annotations

import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from bot.db.migrate import upgrade_to_head

BENCH = Path(__file__).resolve().parents[2] / "bench" / "updates.py"


@cache
def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("bench_updates", BENCH)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look their module up there
    spec.loader.exec_module(module)
    return module


def test_the_mix_is_mostly_cramps_and_deterministic() -> None:
    bench = load_bench()
    mix = bench.make_mix(2000, 500, seed=1)
    assert mix == bench.make_mix(2000, 500, seed=1)
    assert sum(step.kind == "cramp" for step in mix) >= 0.40 * len(mix)
    assert {step.kind for step in mix} == set(bench.WEIGHTS)
    assert len({step.text for step in mix if step.kind == "cramp"}) >= 5


async def test_the_sqlite_side_processes_every_update(tmp_path: Path) -> None:
    bench = load_bench()
    url = f"sqlite+aiosqlite:///{tmp_path / 'bench.db'}"
    await upgrade_to_head(url)
    mix = bench.make_mix(60, 20, seed=1)
    assert sum(step.kind == "cramp" for step in mix) >= 0.40 * len(mix)
    result = await bench.run_side("bot", updates=60, users=20, seed=1, url=url)
    assert result["updates"] == 60
    assert sum(result["sent"].values()) == 60
    assert result["sent"].get("press", 0) > 0  # buttons on real cards were pressed
    assert result["rejected"] == {}
    assert result["errors"] == 0
    assert result["warm_errors"] == 0
    assert result["calls"] >= 60
    assert result["rate"] > 0
    assert result["p99_ms"] >= result["p50_ms"] > 0
