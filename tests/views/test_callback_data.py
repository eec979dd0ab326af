"""The callback-data codec: round trips, and forged data unpacks to None, never raises."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.views.callback_data import MAX_BYTES, CallbackData


@dataclass(frozen=True, slots=True)
class Card(CallbackData, prefix="cr"):
    cramp_id: int
    field: Literal["sev", "side", "undo"]


@dataclass(frozen=True, slots=True)
class Fix(CallbackData, prefix="fx"):
    cramp_id: int
    field: Literal["sev", "side"]
    value: str
    page: int | None = None


def test_round_trip_and_pattern() -> None:
    assert Card(7, "sev").pack() == "cr:7:sev"
    assert Card.unpack("cr:7:sev") == Card(7, "sev")
    assert Fix.unpack(Fix(7, "side", "left").pack()) == Fix(7, "side", "left", None)
    assert Fix(7, "side", "left", 3).pack() == "fx:7:side:left:3"
    assert Card.pattern() == "^cr:"


@pytest.mark.parametrize(
    "forged",
    [
        None, "", "cr", "cr:", "cr:7", "cr:x:sev", "cr:-1:sev", "cr:07:sev", "cr:7:nope",
        "cr:7:sev:extra", "fx:7:sev", "CR:7:sev", "cr:99999999999999999999:sev",
        "cr:7:sev\n", "cr: 7:sev", "x" * 65,
    ],
)  # fmt: skip
def test_forged_data_is_none(forged: str | None) -> None:
    assert Card.unpack(forged) is None


def test_values_that_cannot_be_packed_are_refused() -> None:
    with pytest.raises(ValueError, match="cannot be packed"):
        Fix(1, "sev", "a:b").pack()
    with pytest.raises(ValueError, match="cannot be packed"):
        Card(-1, "sev").pack()
    with pytest.raises(ValueError, match="cannot be packed"):
        Card(1, "bogus").pack()  # type: ignore[arg-type]


def test_prefix_must_be_short_lower_case() -> None:
    with pytest.raises(ValueError, match="prefix"):

        @dataclass(frozen=True)
        class Bad(CallbackData, prefix="Bad:"):
            x: int


@given(st.text(max_size=80))
def test_any_text_unpacks_or_is_none(data: str) -> None:
    found = Fix.unpack(data)
    if found is not None:
        assert found.pack() == data
        assert len(data.encode()) <= MAX_BYTES


@given(st.integers(min_value=0, max_value=10**12), st.sampled_from(["sev", "side"]))
def test_packed_data_fits_telegram(cramp_id: int, field: Literal["sev", "side"]) -> None:
    data = Fix(cramp_id, field, "x" * 20, cramp_id).pack()
    assert len(data.encode()) <= MAX_BYTES
