"""One session and one transaction per update, committed once after the handlers ran."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from sqlalchemy import event, func, select
from sqlalchemy.engine import Engine as SyncEngine

from bot.app import ENGINE_KEY, UNIT_SESSIONS_KEY
from bot.db.models import Cramp, User
from tests.fakes.harness import USER, Harness


class Counts:
    """Transactions begun and committed on the application's engines (on SQLite, updates run
    on a second, synchronous engine: `bot.db.inline_session`)."""

    def __init__(self) -> None:
        self.begins = 0
        self.commits = 0
        self.rollbacks = 0


@pytest.fixture
def counts(bot: Harness) -> Iterator[Counts]:
    extras = bot.app.bot_data.extras
    engines: list[SyncEngine] = [extras[ENGINE_KEY].sync_engine]
    if UNIT_SESSIONS_KEY in extras:
        engines.append(extras[UNIT_SESSIONS_KEY].engine)
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


async def test_a_cramp_message_is_one_transaction(bot: Harness, counts: Counts) -> None:
    await bot.say("/timezone Europe/Berlin")
    counts.begins = counts.commits = 0
    replies = await bot.say("bad cramp in my left calf last night, 2 minutes, 7/10")
    assert replies[0].startswith("✅")
    assert (counts.begins, counts.commits) == (1, 1)


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


async def test_a_failed_update_is_rolled_back_whole(bot: Harness, counts: Counts) -> None:
    await bot.say("/timezone Europe/Berlin")
    # The card cannot be sent: the handler fails after storing the cramp.
    bot.engine.inject("sendMessage", "403", times=5)
    await bot.process(bot.engine.user_message(USER, "cramp in my left calf, 6/10"))
    async with bot.app.bot_data.sessions() as session:
        stored = await session.scalar(select(func.count()).select_from(Cramp))
    assert stored == 0
    assert counts.commits == 1  # only the /timezone update committed
