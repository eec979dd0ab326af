"""The database out of reach while a handler runs: one "try again in a moment" message, no
apology, a button press still answered, one log line without a stack."""

from __future__ import annotations

import logging
from typing import Any

import pytest
from sqlalchemy.exc import IntegrityError, OperationalError

from bot.db.outage import is_unavailable
from bot.services import reminders as service
from tests.fakes.harness import USER, Harness, texts

LOST = OperationalError("SELECT 1", {}, Exception("server closed the connection unexpectedly"))


def _raise(error: Exception) -> Any:
    async def broken(*_args: object, **_kwargs: object) -> None:
        raise error

    return broken


async def test_a_command_answers_try_again_once_without_the_apology(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setattr(service, "create_from_args", _raise(LOST))
    try_again = bot.app.bot_data.content.label("common.db_unavailable")
    apology = bot.app.bot_data.content.label("common.error")
    with caplog.at_level(logging.WARNING):
        replies = await bot.say("/remind stretch 21:30")
    assert replies == [try_again]
    assert apology not in replies
    (line,) = [r for r in caplog.records if r.name.startswith("bot")]
    assert "database unavailable" in line.getMessage() and line.exc_info is None


async def test_a_button_press_is_answered_and_told_to_try_again(
    bot: Harness, monkeypatch: pytest.MonkeyPatch
) -> None:
    await bot.say("/remind")
    monkeypatch.setattr(service, "create_default", _raise(LOST))
    calls = await bot.press("rem:new:stretch")
    assert [c.method for c in calls if c.method == "answerCallbackQuery"] == [
        "answerCallbackQuery"
    ]
    assert all(c.status == 200 for c in calls)
    assert texts(calls) == [bot.app.bot_data.content.label("common.db_unavailable")]
    assert len(bot.engine.sent(USER)) == 2  # the menu, then the one sentence


async def test_bugs_keep_the_apology_and_their_stack(
    bot: Harness, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    bug = IntegrityError("INSERT", {}, Exception("UNIQUE constraint failed"))
    monkeypatch.setattr(service, "create_from_args", _raise(bug))
    with caplog.at_level(logging.WARNING):
        replies = await bot.say("/remind stretch 21:30")
    assert replies == [bot.app.bot_data.content.label("common.error")]
    assert any(r.exc_info for r in caplog.records)


def test_what_counts_as_unavailable() -> None:
    import sqlite3

    assert is_unavailable(LOST)
    assert is_unavailable(ConnectionRefusedError(111, "Connection refused"))
    assert is_unavailable(sqlite3.OperationalError("database is locked"))
    assert not is_unavailable(sqlite3.OperationalError("no such table: users"))
    assert not is_unavailable(IntegrityError("INSERT", {}, Exception("duplicate")))
    assert not is_unavailable(FileNotFoundError("content/en"))
    assert not is_unavailable(RuntimeError("bug"))
    wrapped = OperationalError("x", {}, sqlite3.OperationalError("no such table: users"))
    assert not is_unavailable(wrapped)
