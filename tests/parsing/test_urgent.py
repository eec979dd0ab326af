"""Emergency signs outside the leg: chest pain, breathlessness, cramps in chest, arms or belly."""

from __future__ import annotations

import pytest

from bot.parsing.urgent import CHEST_PAIN, CRAMP_ELSEWHERE, urgent_flags


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("my chest feels tight and I cant breathe", [CHEST_PAIN]),
        ("sharp pain in my chest", [CHEST_PAIN]),
        ("short of breath after the calf cramp", [CHEST_PAIN]),
        ("I have a cramp in my chest", [CRAMP_ELSEWHERE]),
        ("stomach cramps since noon", [CRAMP_ELSEWHERE]),
        ("cramping in both arms", [CRAMP_ELSEWHERE]),
        ("chest pain and cramps in my arms", [CHEST_PAIN, CRAMP_ELSEWHERE]),
        ("no chest pain, just a calf cramp", []),
        ("calf cramp last night 7/10", []),
        ("I was breathing fine, cramp in my foot", []),
        ("arm wrestling then a leg cramp", []),
    ],
)
def test_urgent_flags(text: str, expected: list[str]) -> None:
    assert urgent_flags(text) == expected
