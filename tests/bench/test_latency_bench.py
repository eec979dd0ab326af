"""Smoke test of the latency mode of bench/updates.py (bench/latency.py) on a tiny burst."""

from __future__ import annotations

import pytest

from bench import latency
from bench.latency import CRAMP, KNOWLEDGE, Arrival


async def test_chats_at_once_beat_one_at_a_time_and_each_chat_stays_in_order(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # 100 ms keeps the round trips well above the bot's own work on a busy machine (the whole
    # suite on two cores: at 50 ms the CPU a test worker got once ate the margin).
    results = await latency.run_latency(delay_ms=100, chats=8, concurrent=None)
    fast, slow = results["concurrent"], results["one at a time"]
    for r in (fast, slow):
        assert r["updates"] == r["messages"] == 16  # one reply each
        assert r["out_of_order"] == []
        assert (r["errors"], r["warm_errors"], r["rejected"]) == (0, 0, 0)
        assert r["p99_ms"] >= r["p50_ms"] >= 100
    assert slow["concurrent"] == 1 < fast["concurrent"]
    # One at a time, 16 replies cost 16 round trips; eight chats at once, about two.
    assert fast["message_rate"] > 2.5 * slow["message_rate"]
    assert fast["rate"] > 2.5 * slow["rate"]
    assert fast["p50_ms"] * 2 < slow["p50_ms"]
    assert latency.report(results, delay_ms=100, chats=8) == 0
    assert "target (must): each chat's replies in order" in capsys.readouterr().out


def test_replies_out_of_order_unanswered_or_mixed_up_are_found() -> None:
    texts = [CRAMP, KNOWLEDGE, CRAMP, KNOWLEDGE]
    good = [Arrival(0, 1.0, True), Arrival(2, 1.1, True), Arrival(1, 2.0, False),
            Arrival(3, 2.1, False)]  # fmt: skip
    assert latency.out_of_order(good, texts) == []
    swapped = [Arrival(1, 1.0, False), Arrival(0, 2.0, True), *good[1::2]]
    assert latency.out_of_order(swapped, texts) == [
        "chat 1: replies to updates [1, 0] (in arrival order)"
    ]
    assert latency.out_of_order(good[:3], texts) == ["chat 2: unanswered updates ([2] answered)"]
    mixed = [Arrival(0, 1.0, False), *good[1:]]
    assert latency.out_of_order(mixed, texts) == [
        "chat 1: update 0 answered with the other's reply"
    ]
