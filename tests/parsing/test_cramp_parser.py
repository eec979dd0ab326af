"""The brief's worked examples (samples.jsonl), the project's own cases, unit checks."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.cramp import MUSCLES, RED_FLAGS, SIDES, TRIGGERS, CrampParse, parse_cramp
from tests.parsing.matching import OWN_CASES, SAMPLES, load_cases, mismatches

SAMPLE_CASES = load_cases(SAMPLES)
CASES = load_cases(OWN_CASES)
NOW = datetime.fromisoformat("2026-11-20T08:15:00+01:00")
BERLIN = ZoneInfo("Europe/Berlin")


def _run(case: dict[str, Any]) -> dict[str, Any]:
    now = datetime.fromisoformat(case["now"])
    return parse_cramp(case["text"], now=now, tz=ZoneInfo(case["tz"])).to_json_dict()


@pytest.mark.parametrize("case", SAMPLE_CASES, ids=[c["text"][:50] for c in SAMPLE_CASES])
def test_shared_samples(case: dict[str, Any]) -> None:
    assert mismatches(case["expect"], _run(case)) == []


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_own_cases(case: dict[str, Any]) -> None:
    assert mismatches(case["expect"], _run(case)) == []


def test_own_cases_cover_enough() -> None:
    assert len(CASES) >= 120
    assert sum(1 for c in CASES if c["expect"].get("is_cramp") is False) >= 30


def test_json_shape_and_types() -> None:
    result = parse_cramp("bad cramp in my left calf last night, 2 min, 7/10", now=NOW, tz=BERLIN)
    data = result.to_json_dict()
    assert list(data) == [
        "is_cramp",
        "occurred_at",
        "side",
        "muscle",
        "severity",
        "duration_s",
        "triggers",
        "red_flags",
    ]
    assert data["occurred_at"] == "2026-11-20T03:00:00+01:00"
    assert isinstance(data["triggers"], list)
    assert isinstance(data["red_flags"], list)


def test_parse_is_frozen_dataclass() -> None:
    result = parse_cramp("cramp", now=NOW, tz=BERLIN)
    assert isinstance(result, CrampParse)
    with pytest.raises(AttributeError):
        result.is_cramp = False  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "severity", "raw"),
    [("cramp 12/10", None, 12), ("cramp 0/10", None, 0), ("cramp 10/10", 10, None)],
)
def test_severity_out_of_range(text: str, severity: int | None, raw: int | None) -> None:
    result = parse_cramp(text, now=NOW, tz=BERLIN)
    assert (result.severity, result.severity_out_of_range) == (severity, raw)


def test_duration_over_a_day_is_not_stored() -> None:
    result = parse_cramp("calf cramp for 30 hours", now=NOW, tz=BERLIN)
    assert result.duration_s is None
    assert result.duration_out_of_range_s == 30 * 3600
    assert "long_duration" in result.red_flags


def test_future_time_is_reported() -> None:
    result = parse_cramp("cramp this evening", now=NOW, tz=BERLIN)
    assert result.in_future is True
    assert parse_cramp("cramp 5 min ago", now=NOW, tz=BERLIN).in_future is False


@pytest.mark.parametrize(
    ("word", "value"),
    [
        ("slight", 2),
        ("mild", 3),
        ("moderate", 5),
        ("bad", 7),
        ("severe", 8),
        ("terrible", 9),
        ("excruciating", 10),
    ],
)
def test_severity_word_scale(word: str, value: int) -> None:
    assert parse_cramp(f"{word} calf cramp", now=NOW, tz=BERLIN).severity == value


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # strong words people use beside the scale's anchors
        ("an extreme cramp in the back of my thigh", 9),
        ("crippling foot cramp before dawn", 9),
        ("debilitating cramp in my right calf", 9),
        # compared with the worst pain they know
        ("calf cramp at 3am, hurt worse than labor did", 10),
        ("both hamstrings seized worse than ever after the race", 10),
        # a strong word denied is not that word ("not too bad" is 4 on the scale)
        ("calf cramp this morning, wasn't excruciating, about moderate", 5),
        ("my foot cramped, not unbearable", 4),
        ("cramp in the shin, it wasnt agonizing or anything", 4),
    ],
)
def test_severity_words_in_everyday_use(text: str, value: int) -> None:
    assert parse_cramp(text, now=NOW, tz=BERLIN).severity == value


def test_numbers_land_in_the_right_fields() -> None:
    result = parse_cramp(
        "2 cramps 2 hours ago at the gym, each 45 sec, pain 4", now=NOW, tz=BERLIN
    )
    assert result.severity == 4
    assert result.duration_s == 45
    assert result.occurred_at == datetime.fromisoformat("2026-11-20T06:15:00+01:00")


def test_naive_now_is_read_in_the_zone() -> None:
    result = parse_cramp("cramp just now", now=datetime(2026, 11, 20, 8, 15), tz=BERLIN)  # noqa: DTZ001
    assert result.occurred_at == NOW


def test_domains_constants() -> None:
    assert SIDES == ("left", "right", "both")
    leg = {"calf", "hamstring", "quadriceps", "thigh", "foot", "toes", "shin"}
    assert set(MUSCLES) == leg | {"hand", "fingers", "arm", "hip", "back", "stomach", "neck"}
    assert len(TRIGGERS) == 10
    assert len(RED_FLAGS) == 8
