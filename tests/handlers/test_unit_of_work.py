"""One session per update; its work is committed before each Bot API call and at the end."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, select
from sqlalchemy.engine import Engine as SyncEngine

from bot.db.models import Cramp, User
from tests.fakes.harness import USER, Harness


class Counts:
    """Transactions begun and committed on the application's engine."""

    def __init__(self) -> None:
        self.begins = 0
        self.commits = 0
        self.rollbacks = 0


@pytest.fixture
def counts(bot: Harness) -> Iterator[Counts]:
    assert bot.app.bot_data.engine is not None
    engines: list[SyncEngine] = [bot.app.bot_data.engine.sync_engine]
    found = Counts()

    def begin(_conn: object) -> None:
        found.begins += 1

    def commit(_conn: object) -> None:
        found.commits += 1

    def rollback(_conn: object) -> None:
        found.rollbacks += 1

    hooks = {"begin": begin, "commit": commit, "rollback": rollback}
    for engine in engines:
        for name, hook in hooks.items():
            event.listen(engine, name, hook)
    yield found
    for engine in engines:
        for name, hook in hooks.items():
            event.remove(engine, name, hook)


async def test_a_cramp_is_committed_before_its_card_and_the_card_after(
    bot: Harness, counts: Counts
) -> None:
    await bot.say("/timezone Europe/Berlin")
    counts.begins = counts.commits = 0
    replies = await bot.say("bad cramp in my left calf last night, 2 minutes, 7/10")
    assert replies[0].startswith("✅")
    # The cramp, committed before the card was sent; then the card's id, in its own.
    assert (counts.begins, counts.commits) == (2, 2)
    async with bot.app.bot_data.sessions() as session:
        cramp = await session.scalar(select(Cramp))
    assert cramp is not None and cramp.card_message_id is not None


async def test_a_knowledge_command_opens_no_transaction(bot: Harness, counts: Counts) -> None:
    await bot.say("/causes")
    assert counts.begins == 0


async def test_reading_twice_in_a_day_writes_nothing(bot: Harness) -> None:
    await bot.say("/timezone Europe/Berlin")
    async with bot.app.bot_data.sessions() as session:
        first = (await session.get(User, USER)).last_seen_at  # type: ignore[union-attr]
    bot.clock.advance(minutes=30)
    await bot.say("/history")
    async with bot.app.bot_data.sessions() as session:
        assert (await session.get(User, USER)).last_seen_at == first  # type: ignore[union-attr]


async def test_a_card_that_cannot_be_sent_leaves_the_cramp_stored(
    bot: Harness, counts: Counts
) -> None:
    await bot.say("/timezone Europe/Berlin")
    counts.commits = 0
    # The card cannot be sent: the cramp was committed before the call, and stays; what
    # would have followed the card (its id) is never written.
    bot.engine.inject("sendMessage", "403", times=5)
    await bot.process(bot.engine.user_message(USER, "cramp in my left calf, 6/10"))
    async with bot.app.bot_data.sessions() as session:
        stored = (await session.scalars(select(Cramp))).all()
    assert len(stored) == 1 and stored[0].card_message_id is None
    assert counts.commits == 1


async def test_a_message_handled_again_after_a_cut_short_reply_logs_one_cramp(
    bot: Harness,
) -> None:
    """The card's send fails after the cramp committed (as when the process dies there); the
    same update handled again (Telegram's retry) shows the card of the cramp already logged."""
    await bot.say("/timezone Europe/Berlin")
    update = bot.engine.user_message(USER, "cramp in my right calf 10 minutes ago, 5/10")
    bot.engine.inject("sendMessage", "500", times=1)
    await bot.process(update)
    calls = await bot.process(update)
    assert any("Cramp logged" in str(c.params.get("text")) for c in calls if c.status == 200)
    async with bot.app.bot_data.sessions() as session:
        stored = (await session.scalars(select(Cramp))).all()
    assert len(stored) == 1 and stored[0].card_message_id is not None
