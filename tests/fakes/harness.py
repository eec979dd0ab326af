"""Drive the real application through the in-process Bot API double, one update at a time."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any

from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.content.loader import Content, load_content
from bot.content.tg_rules import NOT_MODIFIED, parse_html
from bot.context import BotApplication
from bot.db.migrate import upgrade_to_head
from bot.offline.engine import Call, Engine
from bot.offline.request import OfflineRequest
from tests.fakes.clock import FakeClock

TOKEN = "123456:harness-token-for-tests-000000000000"
USER = 4242


class Harness:
    """The application, its Telegram double and the fake clock, with chat-like helpers."""

    def __init__(self, app: BotApplication, engine: Engine, clock: FakeClock) -> None:
        self.app = app
        self.engine = engine
        self.clock = clock
        self._mark = 0

    async def process(self, payload: dict[str, Any]) -> list[Call]:
        """Feed one update to the application; return the Bot API calls it made."""
        self._mark = len(self.engine.calls)
        await self.app.process_update(Update.de_json(payload, self.app.bot))
        return self.engine.calls[self._mark :]

    async def say(self, text: str, *, user: int = USER, **kwargs: Any) -> list[str]:
        """Send a text from `user`; return the plain texts of the bot's new messages."""
        calls = await self.process(self.engine.user_message(user, text, **kwargs))
        return texts(calls)

    async def press(
        self, data: str, *, user: int = USER, message_id: int | None = None
    ) -> list[Call]:
        """Press a button (by callback data) on the bot's latest message that has it."""
        if message_id is None:
            message_id = self.message_with_button(user, data)
        return await self.process(self.engine.callback(user, data, message_id=message_id))

    def message_with_button(self, user: int, data: str) -> int:
        """Id of the newest bot message in the chat carrying a button with `data`."""
        for message in reversed(self.engine.messages(user)):
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
            if any(b.get("callback_data") == data for row in rows for b in row):
                return int(message["message_id"])
        raise AssertionError(f"no message with button {data!r}")

    def buttons(self, user: int = USER) -> list[str]:
        """Callback data of the buttons on the bot's newest message that has buttons."""
        for message in reversed(self.engine.messages(user)):
            rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
            if rows:
                return [str(b.get("callback_data")) for row in rows for b in row]
        return []


def plain(call: Call) -> str:
    """The visible text of a sent or edited message."""
    raw = str(call.params.get("text") or call.params.get("caption") or "")
    return parse_html(raw).text if call.params.get("parse_mode") == "HTML" else raw


def texts(calls: list[Call]) -> list[str]:
    """Visible texts of the successful message calls among `calls`; fails on rejected ones.

    Allowed: a late answer to a button press, and an edit that would change nothing (a second
    tap on the same button): Telegram refuses it as "message is not modified" and the bot
    takes that as done, as the real one does.
    """
    rejected = [
        c for c in calls
        if c.status != 200 and c.method != "answerCallbackQuery" and NOT_MODIFIED not in c.error
    ]  # fmt: skip
    assert not rejected, f"Telegram would reject: {[(c.method, c.error) for c in rejected]}"
    return [plain(c) for c in calls if c.method in {"sendMessage", "editMessageText"}]


@cache
def shared_content() -> Content:
    """The content store, loaded once per test session (it is never changed after loading)."""
    return load_content()


async def start_harness(
    db_url: str,
    clock: FakeClock,
    *,
    engine: Engine | None = None,
    request: OfflineRequest | None = None,
    rate_limit: bool = False,
    **settings: Any,
) -> Harness:
    """Build and initialise the application on a migrated database (and a given Telegram)."""
    engine = engine or Engine(token=TOKEN)
    settings.setdefault("flood_burst", 1_000_000)  # flood control has its own tests
    app = build_application(
        Settings(database_url=db_url, **settings),
        content=shared_content(),
        token=TOKEN,
        request=request or OfflineRequest(engine),
        updates_request=OfflineRequest(engine),
        clock=clock,
        migrate=False,
        rate_limit=rate_limit,
    )
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    # The FakeClock stands still while the dispatcher sleeps: the shared send rate has its own
    # tests (tests/reminders/test_rate.py); here reminders go out unpaced.
    dispatcher = app.bot_data.dispatcher
    if dispatcher is not None:
        dispatcher.pacer = None
    return Harness(app, engine, clock)


async def stop_harness(harness: Harness) -> None:
    """Shut the application down and release the database."""
    await harness.app.shutdown()
    if harness.app.post_shutdown:
        await harness.app.post_shutdown(harness.app)


@contextmanager
def running_app(folder: Path, **settings: Any) -> Iterator[tuple[asyncio.Runner, Harness]]:
    """One application on a fresh SQLite file in `folder`, driven from synchronous code.

    For module-scoped fixtures whose many cases (tables, hypothesis examples) would be too
    slow with an application each: `runner.run(harness.process(...))` feeds one update.
    """
    url = f"sqlite+aiosqlite:///{folder / 'app.db'}"
    runner = asyncio.Runner()
    try:
        runner.run(upgrade_to_head(url))
        harness = runner.run(start_harness(url, FakeClock(), **settings))
        try:
            yield runner, harness
        finally:
            runner.run(stop_harness(harness))
    finally:
        runner.close()
