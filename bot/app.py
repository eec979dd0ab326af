"""build_application(settings): the one place where the bot is assembled."""

from __future__ import annotations

import asyncio
import gc
import logging
from collections.abc import Callable, Coroutine
from typing import Any, cast

from telegram import (
    BotCommand,
    BotCommandScopeAllPrivateChats,
    LinkPreviewOptions,
    MenuButtonCommands,
)
from telegram.constants import ParseMode
from telegram.error import (
    TelegramError,
)
from telegram.ext import (
    AIORateLimiter,
    ApplicationBuilder,
    BaseRateLimiter,
    ContextTypes,
    Defaults,
)
from telegram.request import BaseRequest

from bot import handlers
from bot.chat_order import ChatOrderedProcessor
from bot.clock import Clock, SystemClock
from bot.config import Settings
from bot.content.loader import Content, load_content
from bot.context import BotApplication, BotContext, BotData, CrampBot, has_own_pace
from bot.db.migrate import upgrade_to_head
from bot.db.session import create_engine, session_factory
from bot.db.unit_of_work import settle_current
from bot.handlers.telegram_errors import code_of
from bot.metrics import Metrics
from bot.services.flood import FloodGate
from bot.telegram_request import CheckedRequest

log = logging.getLogger(__name__)


async def _post_init(app: BotApplication) -> None:
    data = app.bot_data
    if data.migrate:
        await upgrade_to_head(data.settings.database_url)
    await _introduce(app)
    for hook in data.startup_hooks:
        await hook(app)
    data.started = True
    _freeze_startup_objects()
    log.info("bot started; %d handlers", sum(len(h) for h in app.handlers.values()))


_froze = False


def _freeze_startup_objects() -> None:
    """Move what start-up built (content, handlers, SQLAlchemy and PTB internals) out of the
    cyclic collector's reach, once per process: full collections then walk only what updates
    allocate (about 3% of an update's time before). Frozen objects are still freed by
    reference counting; only cycles among them would stay, and they live as long as the bot.
    The collector is switched on again here: `python -m bot run` keeps it off while starting."""
    global _froze
    if not _froze:
        _froze = True
        gc.collect()
        gc.freeze()
    gc.enable()


async def _introduce(app: BotApplication) -> None:
    """Commands (private chats), the menu button and the descriptions, from content."""
    content = app.bot_data.content
    commands = [BotCommand(c.command, c.description) for c in content.commands.commands if c.menu]
    await app.bot.set_my_commands(commands, scope=BotCommandScopeAllPrivateChats())
    await app.bot.set_chat_menu_button(menu_button=MenuButtonCommands())
    await app.bot.set_my_description(content.label("start.bot_description"))
    await app.bot.set_my_short_description(content.label("start.bot_short_description"))


async def _post_stop(app: BotApplication) -> None:
    for hook in app.bot_data.stop_hooks:
        await hook(app)


SETTLE_TIMEOUT_S = 2.0  # of the 10 s a stop may take


async def _settle_tasks() -> None:
    """Cancel what still runs on the loop and wait for it (at most SETTLE_TIMEOUT_S), as
    `asyncio.run` does before it closes its loop: a query a cancelled job or a late round left
    in the driver's thread would otherwise finish after the loop closed ("Event loop is
    closed" in that thread). Only for the process's own runner: a test's loop is its own."""
    current = asyncio.current_task()
    left = [task for task in asyncio.all_tasks() if task is not current and not task.done()]
    for task in left:
        task.cancel()
    if left:
        _done, pending = await asyncio.wait(left, timeout=SETTLE_TIMEOUT_S)
        if pending:
            log.warning("stopping: %d task(s) did not end when cancelled", len(pending))


async def _post_shutdown(app: BotApplication) -> None:
    if app.bot_data.owns_loop:
        await _settle_tasks()
    if app.bot_data.engine is not None:
        await app.bot_data.engine.dispose()
    if app.bot_data.started:
        log.info("bot stopped")


class SettleFirst(BaseRateLimiter[int]):
    """No limit (tests, benches, the console): only commits the update's work before a call."""

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        """Nothing to free."""

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Commit the current update's work, then make the call."""
        await settle_current()
        return await callback(*args, **kwargs)


REPLY_RETRIES = 2  # a reply refused with a 429 is sent again after Telegram's wait


class CountingRateLimiter(AIORateLimiter):
    """PTB's rate limiter that also counts the Bot API calls that fail, by code.

    Every Bot API call passes here, so this is where the update's work so far is committed
    (`settle_current`): no transaction waits on Telegram, nor on this limiter's queue.

    Reminder sends (`own_pace`) pass straight through: the dispatcher paces them itself, at a
    rate shared by every instance (docs/reminders.md), so the limiter's queue holds only
    replies and a reply never waits behind a broadcast. A reply refused with a 429 (a
    broadcast and replies together over Telegram's limit) waits as told and is sent again
    (AIORateLimiter's `max_retries`), instead of being lost.
    """

    def __init__(self, metrics: Metrics) -> None:
        super().__init__(max_retries=REPLY_RETRIES)
        self._metrics = metrics

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        """Commit the update's work, send through the limiter (reminders: straight through);
        count an error."""
        await settle_current()
        try:
            if has_own_pace():
                return await callback(*args, **kwargs)
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        except TelegramError as error:
            self._metrics.api_error(code_of(error))
            raise


def build_application(
    settings: Settings,
    *,
    token: str = "123456:offline-token-for-the-console-000000000",
    request: BaseRequest | None = None,
    updates_request: BaseRequest | None = None,
    clock: Clock | None = None,
    content: Content | None = None,
    migrate: bool = True,
    rate_limit: bool = True,
) -> BotApplication:
    """Assemble the application: settings, content, database, handlers and lifecycle hooks."""
    content = content or load_content(language=settings.language)
    engine = create_engine(
        settings.database_url,
        pool_size=settings.db_pool_size,
        max_overflow=settings.db_max_overflow,
    )
    data = BotData(
        settings=settings,
        content=content,
        sessions=session_factory(engine),
        clock=clock or SystemClock(),
    )
    data.flood = FloodGate(burst=settings.flood_burst, rate=settings.flood_rate)
    data.engine = engine
    data.migrate = migrate
    # What ApplicationBuilder would build (a pool for the handlers, one for getUpdates), with
    # each answer checked and a 401 stopping the bot (bot.telegram_request).
    request = request or CheckedRequest(connection_pool_size=256)
    updates_request = updates_request or CheckedRequest(connection_pool_size=1)
    bot = CrampBot(
        token,
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.telegram_file_base_url,
        defaults=Defaults(
            parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
        rate_limiter=CountingRateLimiter(data.metrics) if rate_limit else SettleFirst(),
        request=request,
        get_updates_request=updates_request,
    )
    builder: Any = ApplicationBuilder().application_class(BotApplication)
    builder = (
        builder.bot(bot)
        # PTB builds bot_data by calling this with no arguments: hand it our instance.
        .context_types(
            ContextTypes(context=BotContext, bot_data=cast("type[BotData]", lambda: data))
        )
        .concurrent_updates(ChatOrderedProcessor(settings.concurrent_updates))
        .post_init(_post_init)
        .post_stop(_post_stop)
        .post_shutdown(_post_shutdown)
    )
    app: BotApplication = builder.build()
    for transport in (request, updates_request):
        if isinstance(transport, CheckedRequest):
            transport.on_rejected = app.reject_token
    handlers.register(app, data)
    return app
