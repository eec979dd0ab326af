"""Property test: any text parses without raising and stays inside the contract domains."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from hypothesis import given, settings
from hypothesis import strategies as st

from bot.parsing.cramp import MUSCLES, RED_FLAGS, SIDES, TRIGGERS, parse_cramp
from bot.parsing.dates import DateOrder

ZONES = [ZoneInfo(z) for z in ("UTC", "Europe/Berlin", "America/New_York", "Asia/Kolkata")]
WORDS = [
    "cramp",
    "calf",
    "left",
    "right",
    "both",
    "7/10",
    "12/10",
    "2 min",
    "ago",
    "at 3am",
    "last night",
    "yesterday",
    "on monday",
    "no",
    "swollen",
    "not",
    "?",
    "<b>",
    "</b>",
    "&amp;",
    "½",
    "\u200b",
    "\u202e",
    "שלום",
    "مرحبا",
    "🦵",
    "💥",
    "ﬁ",
    "１２",
    "٣",
    " ",
    "\n",
    "half an hour",
    "a few seconds",
    "pain 9",
    "tonight",
    "charley horse",
    "rusty nail",
    "on 25/11",
    "05/06",
    "on 5/10",
    "Nov 25th",
    "the 3rd",
    "2026-02-29",
    "31.12.",
    "next week",
    "-3/10",
    "every night",
    "pregnant",
    "hurt like hell",
]
texts = st.one_of(
    st.text(max_size=300),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=10_000),
    st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=2000).map("".join).map(lambda s: s[:10_000]),
)
_LO = datetime(2000, 1, 2)  # noqa: DTZ001 - hypothesis wants naive bounds
_HI = datetime(2099, 12, 30)  # noqa: DTZ001
moments = st.datetimes(min_value=_LO, max_value=_HI, timezones=st.just(UTC))


@settings(max_examples=200, deadline=None)
@given(
    text=texts,
    now=moments,
    tz=st.sampled_from(ZONES),
    order=st.sampled_from([None, "dmy", "mdy"]),
)
def test_never_raises_and_stays_in_domain(
    text: str, now: datetime, tz: ZoneInfo, order: DateOrder | None
) -> None:
    result = parse_cramp(text, now=now, tz=tz, date_order=order)
    data = result.to_json_dict()
    assert isinstance(result.is_cramp, bool)
    assert result.side in (None, *SIDES)
    assert result.muscle in (None, *MUSCLES)
    assert result.severity is None or 1 <= result.severity <= 10
    assert result.duration_s is None or 0 < result.duration_s <= 24 * 3600
    assert set(result.triggers) <= set(TRIGGERS)
    assert set(result.red_flags) <= set(RED_FLAGS)
    assert len(set(result.triggers)) == len(result.triggers)
    if result.occurred_at is not None:
        assert result.occurred_at.tzinfo is tz
        # an explicit date may lie up to a year away (bot/parsing/dates.py), nothing further
        assert abs(result.occurred_at - now) < timedelta(days=367)
        assert result.in_future == (result.occurred_at > now)
    if result.general is not None:
        assert not result.is_cramp
        assert result.occurred_at is None
    if data["occurred_at"] is not None:
        datetime.fromisoformat(data["occurred_at"])
