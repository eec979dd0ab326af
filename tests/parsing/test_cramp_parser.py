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


@pytest.mark.parametrize(
    "text",
    [
        # cramps in general, asked about or told as a habit
        "why do my calves always wait until i'm half asleep to cramp",
        "how come my toes usually curl up at 2am and never in the afternoon?",
        "why does my foot always pick 3am to cramp up",
        "i mainly get cramps after a long day on my feet at the salon",
        "i only really get cramps when i've been on my feet all day",
        "my fingers keep cramping when i knit for more than an hour",
        "my left foot keeps locking up whenever i point my toes in pilates",
        "my thumb keeps cramping when i play guitar, probably just overuse",
        "get cramps after a heavy session at the pub, why",
        "my calves cramp every time i've had a few beers, how come",
        # someone else's cramp: a stranger, a friend, a group
        "the bloke in the seat beside me on the coach got a massive calf cramp",
        "the lady next to me in yoga got a foot cramp and had to stop",
        "a lady at my aqua class got a cramp in her foot and had to get out",
        "a guy i ride with cramped so badly at the top of the climb he had to stop",
        "half the team were cramping by the end of extra time",
        "my training partner got cramp in his hamstring at km 30",
        "a mate of mine gets awful cramps after every long ride",
        "the wife had a massive cramp in her foot last night, kicked me awake",
        "nothing wakes you faster than your wife sitting up at 3am yelling about her calf cramp",
        # a cramp denied
        "i don't think it was a cramp in my calf, more of a dull ache",
        "dont think its really cramp in my foot, it just aches after work",
    ],
)
def test_not_an_episode_of_the_writer(text: str) -> None:
    assert not parse_cramp(text, now=NOW, tz=BERLIN).is_cramp


@pytest.mark.parametrize(
    ("text", "muscle"),
    [
        # happening now, however often it comes back
        ("my calf keeps cramping right now, it won't settle", "calf"),
        ("both feet keep cramping now after the gastro bug", "foot"),
        # at someone else's place: the place is theirs, the cramp the writer's
        ("staying at my daughter's house and got a bad calf cramp last night", "calf"),
        ("at my mum's place for the weekend, woke at 3 with my foot cramping", "foot"),
        ("the baby must be pressing on a nerve, calf cramped at 4am", "calf"),
        # a muscle that went tight
        ("my calf got really tight at parkrun this morning, had to walk the last km", "calf"),
        ("hamstring went tight halfway through the 5 a side and i limped off", "hamstring"),
        # the time the cramp took to pass, with a simile before it
        ("took what felt like forever, 2 minutes, for the cramp in my calf to let go", "calf"),
        ("took ten minutes for the cramp in my left hamstring to ease off", "hamstring"),
    ],
)
def test_episodes_in_everyday_words(text: str, muscle: str) -> None:
    result = parse_cramp(text, now=NOW, tz=BERLIN)
    assert (result.is_cramp, result.muscle) == (True, muscle)


def test_waking_on_a_named_day_is_that_early_morning() -> None:
    woke = parse_cramp("woke up yesterday with a nasty cramp in my calf", now=NOW, tz=BERLIN)
    assert woke.occurred_at == datetime.fromisoformat("2026-11-19T07:00:00+01:00")
    sunday = parse_cramp("woke up on sunday with a cramp in my right foot", now=NOW, tz=BERLIN)
    assert sunday.occurred_at == datetime.fromisoformat("2026-11-15T07:00:00+01:00")


def test_a_guess_at_how_long_is_not_a_time_still_going() -> None:
    result = parse_cramp("calf seized up for what must have been two minutes", now=NOW, tz=BERLIN)
    assert result.occurred_at is None


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
