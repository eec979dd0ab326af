"""Forged, stale and foreign data on the cramp-logging buttons: answered, never an error.

Every press here comes from USER, who has logged nothing and has no dialog open, on a message
in USER's own chat; VICTIM has one cramp that no press may change or delete.
"""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from bot.content.loader import load_content
from bot.db.models import Cramp
from bot.offline.state import Call
from bot.views.cramp_buttons import (
    CardAction,
    CardFix,
    EntryFix,
    EntryKeypad,
    GuidedStep,
    HistoryItem,
    HistoryNav,
    PendingTime,
)
from tests.fakes.harness import USER, Harness, running_app, texts

CONTENT = load_content()
EXPIRED = CONTENT.label("common.button_expired")
NOT_YOURS = CONTENT.label("common.not_yours")
APOLOGY = CONTENT.text("common.error")
VICTIM = 5151
CODECS = (
    CardAction,
    CardFix,
    PendingTime,
    GuidedStep,
    HistoryNav,
    HistoryItem,
    EntryKeypad,
    EntryFix,
)


class Bot:
    """The module's application, USER's message to press on, and VICTIM's cramp."""

    def __init__(self, runner: asyncio.Runner, harness: Harness) -> None:
        self.runner, self.harness = runner, harness
        runner.run(harness.say("/timezone Europe/Berlin"))
        runner.run(harness.say("cramp in my left calf 5/10 2 min", user=VICTIM))
        self.victim = self.cramps(VICTIM)[0]
        runner.run(harness.say("/help"))
        bot_messages = [m for m in harness.engine.messages(USER) if m["from"]["is_bot"]]
        self.message_id = int(bot_messages[-1]["message_id"])

    def cramps(self, user_id: int) -> list[Cramp]:
        async def load() -> list[Cramp]:
            async with self.harness.app.bot_data.sessions() as session:
                rows = await session.scalars(select(Cramp).where(Cramp.user_id == user_id))
                return list(rows)

        return self.runner.run(load())

    def press(self, data: str, *, presser: int = USER) -> list[Call]:
        payload: dict[str, Any] = self.harness.engine.callback(
            USER, data, message_id=self.message_id
        )
        payload["callback_query"]["from"]["id"] = presser
        return self.runner.run(self.harness.process(payload))


@pytest.fixture(scope="module")
def running(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Bot]:
    """One application on SQLite for every forged press (one per case would be too slow)."""
    with running_app(tmp_path_factory.mktemp("forged")) as (runner, harness):
        yield Bot(runner, harness)


def only_answer(calls: list[Call], text: str) -> None:
    assert [(c.method, c.params.get("text")) for c in calls] == [("answerCallbackQuery", text)]
    assert all(c.status == 200 for c in calls)


def victim_untouched(bot: Bot) -> None:
    (cramp,) = bot.cramps(VICTIM)
    assert (cramp.id, cramp.side, cramp.muscle, cramp.severity, cramp.duration_s) == (
        bot.victim.id, "left", "calf", 5, 120
    )  # fmt: skip
    assert cramp.occurred_at == bot.victim.occurred_at
    assert cramp.edited_at is None


NOISE = "q7-Zx+9.kL_0" * 6  # 72 characters of safe-looking noise
VICTIM_ID = "{victim}"  # replaced by the victim's cramp id

FORGED: dict[str, list[str]] = {
    "cr": [
        "cr:", "cr::", "cr:x:sev", "cr:-1:sev", "cr:-1:undo", "cr:07:sev", "cr: 1:sev",
        "cr:1", "cr:1:", "cr:1:bogus", "cr:1:SEV", "cr:1:sev:11", "cr:1:sev:0", "cr:1:sev:-3",
        "cr:1:sev:x", "cr:1:dur:45", "cr:1:side:middle", "cr:1:mus:brain", "cr:1:time:later",
        "cr:1:undo:x", "cr:1:sev:3:4", "cr:99999999999999999999:undo", f"cr:{NOISE}"[:64],
        f"cr:1:sev:{NOISE}"[:64], "cr:1:undo\n", "cr:1:sév", "cr:1:undo" + "\x00" * 55,
        f"cr:{VICTIM_ID}:undo", f"cr:{VICTIM_ID}:sev", f"cr:{VICTIM_ID}:sev:3",
        f"cr:{VICTIM_ID}:side:right", f"cr:{VICTIM_ID}:time:night", f"cr:{VICTIM_ID}:dur:900",
        f"cr:{VICTIM_ID}:del", f"cr:{VICTIM_ID}:yes", f"cr:{VICTIM_ID}:keep", "cr:1:yes:x",
        "cr:1:del:1", "cr:1:Yes",
    ],
    "pc": [
        "pc:", "pc:x", "pc:1", "pc:x:now", "pc:-5:now", "pc:5:later", "pc:5:NOW",
        "pc:5:now:x", "pc::now", "pc:05:now", "pc:99999999999999999999:now", f"pc:{NOISE}"[:64],
        "pc:5:" + "n" * 59,
    ],
    "lg": [
        "lg:", "lg:x:calf", "lg:-1:calf", "lg:0", "lg:0:", "lg:0:calf:x", "lg:0:a:b",
        "lg:00:now", "lg:0:now!", f"lg:{NOISE}"[:64], "lg:0:now", "lg:1:calf", "lg:4:skip",
        "lg:5:skip", "lg:9:skip", "lg:1:banana", "lg:3:11", "lg:99999999999999999999:skip",
    ],
    "hi": [
        "hi:", "hi:p", "hi:p:", "hi:p:x", "hi:p:-1", "hi:p:1:2", "hi:x:1", "hi:x:1:0",
        "hi:o", "hi:o:1", "hi:o:-1:0", "hi:o:1:x", "hi:d:1:-1", "hi:o:1:0:0", "hi:2",
        "hi:p:99999999999999999999", f"hi:{NOISE}"[:64], f"hi:o:{VICTIM_ID}:0",
        f"hi:d:{VICTIM_ID}:0", f"hi:d:{VICTIM_ID}", f"hi:o:{VICTIM_ID}:99",
        f"hi:y:{VICTIM_ID}:0", f"hi:y:{VICTIM_ID}", f"hi:f:{VICTIM_ID}:0:sev",
        f"hi:v:{VICTIM_ID}:0:sev:3", f"hi:v:{VICTIM_ID}:0:side:right", "hi:f:1:0:bogus",
        "hi:f:1:0", "hi:v:1:0:sev:11", "hi:v:1:0:sev", "hi:o:1:0:sev", "hi:y:1:0:0",
        "hi:v:1:0:sev:3:4", "hi:undo:1:0",
    ],
}  # fmt: skip
CASES = [(prefix, data) for prefix, table in FORGED.items() for data in table]


def test_the_table_covers_every_button() -> None:
    assert {c.prefix for c in CODECS} == set(FORGED)
    assert all(len(table) >= 10 for table in FORGED.values())


@pytest.mark.parametrize(("prefix", "data"), CASES, ids=[d for _, d in CASES])
def test_forged_data_is_answered_expired(running: Bot, prefix: str, data: str) -> None:
    data = data.replace(VICTIM_ID, str(running.victim.id))
    assert data.startswith(f"{prefix}:")
    calls = running.press(data)
    only_answer(calls, EXPIRED)
    victim_untouched(running)


@pytest.mark.parametrize(
    "data",
    [
        "cr:{victim}:undo",
        "cr:{victim}:sev:3",
        "cr:{victim}:yes",
        "pc:1:now",
        "lg:0:now",
        "hi:d:{victim}:0",
        "hi:y:{victim}:0",
        "hi:v:{victim}:0:sev:3",
    ],
)
def test_presses_from_someone_else_are_not_theirs(running: Bot, data: str) -> None:
    calls = running.press(data.replace(VICTIM_ID, str(running.victim.id)), presser=VICTIM)
    only_answer(calls, NOT_YOURS)
    victim_untouched(running)


@pytest.mark.parametrize("data", ["cr", "pc", "lg", "hi", "crx:1:undo", "CR:1:undo", "hi;p:0"])
def test_near_misses_of_the_prefixes_reach_the_fallback(running: Bot, data: str) -> None:
    calls = running.press(data)
    assert [c.params.get("text") for c in calls if c.method == "answerCallbackQuery"] == [
        CONTENT.label("common.button_expired")
    ]
    assert texts(calls) == ["What would you like to do?"]
    victim_untouched(running)


def test_a_well_formed_time_for_no_held_cramp_expires_the_question(running: Bot) -> None:
    calls = running.press("pc:5:now")
    assert [c.params.get("text") for c in calls if c.method == "answerCallbackQuery"] == [EXPIRED]
    assert texts(calls) == [CONTENT.text("cramps.pending_expired")]
    assert running.cramps(USER) == []


prefixes = st.sampled_from(list(FORGED))
part = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["sev", "side", "mus", "time", "dur", "undo", "del", "yes", "keep", "skip",
                     "now", "1h", "night", "no", "p", "o", "d", "y", "f", "v", "left", "calf", "7",
                     "900", "", "-", "{victim}"]),
    st.text(max_size=20),
)  # fmt: skip
noise = st.binary(min_size=0, max_size=61).map(lambda b: b.decode("latin-1"))
forged_data = st.builds(
    lambda prefix, parts: ":".join([prefix, *parts]),
    prefixes,
    st.lists(part, min_size=1, max_size=5),
) | st.builds(lambda prefix, rest: f"{prefix}:{rest}", prefixes, noise)


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=forged_data)
def test_fuzzed_data_never_raises_or_touches_another_users_cramp(running: Bot, data: str) -> None:
    data = data.replace(VICTIM_ID, str(running.victim.id))
    assume(HistoryNav.unpack(data) is None)  # any page of your own history is a real page
    assume(PendingTime.unpack(data) is None)  # tested above: expires the question
    calls = running.press(data)
    only_answer(calls, EXPIRED)
    assert APOLOGY not in str([c.params for c in calls])
    victim_untouched(running)
