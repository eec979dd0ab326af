"""Property: whatever a user types, the bot neither crashes nor sends what Telegram rejects."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.fakes.harness import USER, Harness, running_app, texts

APOLOGY = "Sorry, something went wrong"

messages = st.one_of(
    st.text(max_size=300),
    st.text(
        alphabet=st.sampled_from("<>&/\"'bi a=cramp calf 0123456789/10 min ago"), max_size=200
    ),
    st.builds(
        lambda a, b: f"{a} cramp in my calf {b}",
        st.text(max_size=60),
        st.sampled_from(
            ["<b>", "</i>", "&amp;", "&#x1F600;", "\u202e", "\u200b", "🦵" * 30, "7/10"]
        ),
    ),
    st.text(min_size=3500, max_size=4500),
)


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[asyncio.Runner, Harness]]:
    """One application on SQLite for all examples (building one per example is too slow)."""
    with running_app(tmp_path_factory.mktemp("fuzz")) as (runner, harness):
        runner.run(harness.say("/timezone Europe/Berlin"))
        yield runner, harness


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=messages)
def test_any_text_gets_a_valid_answer_or_none(
    running: tuple[asyncio.Runner, Harness], text: str
) -> None:
    runner, harness = running
    calls = runner.run(harness.process(harness.engine.user_message(USER, text)))
    replies = texts(calls)  # fails on anything Telegram would reject
    assert not any(APOLOGY in r for r in replies), (text, replies)
    for call in calls:
        markup = call.params.get("reply_markup") or {}
        for row in markup.get("inline_keyboard", []):
            for button in row:
                assert 1 <= len(button["callback_data"].encode()) <= 64
