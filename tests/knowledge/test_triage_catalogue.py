"""A level of care is stated in one place: content/en/knowledge/triage.yaml.

Every other file names signs by id (a cause's `red_flags`, an FAQ entry's `signs`, a cause
finder question's `signs`) and the views fill in the level from the catalogue, so a level
changed there changes everywhere, and no other text can contradict or soften it (the medical
review found the tetanus level stated twice, differently, and statin pain sent to "within a
day or two" in one file and "today" in another).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
import yaml

from bot.content.loader import DEFAULT_ROOT

ROOT = DEFAULT_ROOT / "en"
CATALOGUE = ROOT / "knowledge" / "triage.yaml"

# Ways of stating a level of care: an emergency number or service, a same-day route, a
# time limit for seeing someone. Case-insensitive.
LEVEL_WORDS = re.compile(
    r"\b(999|112|911|111)\b|\bA ?& ?E\b|emergency (department|number|services?)|ambulance"
    r"|\burgent(ly)?\b|same[- ]day|straight away|right away|immediately"
    r"|within (a day|a day or two|24 hours|hours|\d+ (hours|days))"
    r"|\b(doctor|GP|help|care|seen|see someone|appointment)\b[^.]{0,20}\btoday\b"
    r"|\b(call|phone|ring)\b[^.]{0,30}\b(doctor|GP|surgery|emergency)"
    r"|go to (a |the )?(hospital|emergency)",
    re.IGNORECASE,
)
# Words people type to find the /doctor page: search keywords, not statements of a level.
NOT_TEXT = {("knowledge/topics.yaml", "keywords")}


def strings(node: object, path: str = "") -> Iterator[tuple[str, str]]:
    """Every string in a YAML tree, with its dotted path."""
    if isinstance(node, str):
        yield path, node
    elif isinstance(node, dict):
        for key, value in node.items():
            yield from strings(value, f"{path}.{key}" if path else str(key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            yield from strings(value, f"{path}.{index}")


def statements() -> Iterator[tuple[str, str, str]]:
    """(file, path, text) of every user-facing string outside the catalogue."""
    for file in sorted(ROOT.rglob("*.yaml")):
        if file == CATALOGUE:
            continue
        name = file.relative_to(ROOT).as_posix()
        for path, text in strings(yaml.safe_load(file.read_text(encoding="utf-8"))):
            if any(name == f and f".{key}." in f".{path}." for f, key in NOT_TEXT):
                continue
            yield name, path, text


@pytest.mark.parametrize(
    "text",
    [
        "Call 999 now.", "go to A&E", "ask for an urgent appointment", "see a doctor today",
        "Book a visit within a day or two.", "NHS 111 can help", "get help straight away",
        "Phone your GP surgery", "needs a doctor the same day",
    ],
)  # fmt: skip
def test_the_check_finds_a_stated_level(text: str) -> None:
    assert LEVEL_WORDS.search(text)


@pytest.mark.parametrize(
    "text",
    [
        "Stretch your calves before bed.", "Skipped for today.", "Today (UTC): 3 sent",
        "If you are worried, talk to a doctor.", "Book your check-up",
    ],
)  # fmt: skip
def test_ordinary_text_is_not_a_stated_level(text: str) -> None:
    assert not LEVEL_WORDS.search(text)


def test_no_level_is_stated_outside_the_catalogue() -> None:
    found = [
        f"{name}: {path}: {match.group(0)!r} in {text!r}"
        for name, path, text in statements()
        if (match := LEVEL_WORDS.search(text))
    ]
    assert found == []


def test_the_catalogue_states_every_level() -> None:
    catalogue = CATALOGUE.read_text(encoding="utf-8")
    assert LEVEL_WORDS.search(catalogue)
    assert "{number}" in catalogue  # the emergency number is filled in by time zone
