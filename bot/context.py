"""The typed CallbackContext: handlers reach the database, the content and the clock here."""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable, Callable, Coroutine, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, NoReturn

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncEngine, AsyncSession, async_sessionmaker
from telegram import Update
from telegram.error import BadRequest
from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.content.loader import Content
from bot.db.outage import is_unavailable
from bot.db.processed import already_processed, mark_processed
from bot.db.unit_of_work import current_unit, unit_of_work
from bot.metrics import Metrics
from bot.reminders.dispatcher import Dispatcher
from bot.reminders.ledger import Outgoing
from bot.services.account import ZoneHook
from bot.services.flood import Cooldown, FloodGate
from bot.services.guided_stretch import Guides
from bot.services.user_cache import UserCache
from bot.views.keyboards import Keyboard, ReplyKeys
from bot.views.screen import Screen

log = logging.getLogger(__name__)
TOKEN_REJECTED = (
    "Telegram rejected the bot token (401 Unauthorized): it was revoked or changed. The bot "
    "stopped; put the current token from @BotFather (/mybots > API Token) in BOT_TOKEN and "
    "start it again."
)

TextHook = Callable[["Update", "BotContext", str], Awaitable[bool]]
UpdateHandler = Callable[["Update", "BotContext"], Awaitable[None]]
StartupHook = Callable[[Any], Awaitable[None]]


@dataclass(frozen=True)
class Composed:
    """A reminder message a feature wrote from the user's data, and what to do once it went
    out (None: nothing)."""

    screen: Screen
    after_sent: Callable[[], Awaitable[None]] | None = None


# None: nothing to send this time (a weekly summary of an empty week); the delivery is
# recorded `skipped`, not sent, failed or retried.
Composer = Callable[[Outgoing], Awaitable[Composed | None]]


@dataclass
class Waker:
    """The reminder dispatcher's wake-up state (`handlers.reminder_wake`): one round at a
    time, the armed instant, the current outage."""

    lock: asyncio.Lock = field(default_factory=asyncio.Lock)
    again: bool = False  # a wake-up came during a round: run once more
    rearm: bool = False  # a reminder changed during a round: look for the earliest time again
    armed: datetime | None = None  # the clock's time the wake-up job is set for
    failures: int = 0  # rounds failed in a row for want of the database
    down_since: datetime | None = None
    seen_running: bool = False  # the application was running during a round
    job: Callable[[BotContext], Coroutine[Any, Any, None]] | None = None  # the round


@dataclass
class BotData:
    """Application-wide services, built once by build_application."""

    settings: Settings
    content: Content
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    features: set[str] = field(default_factory=set)
    text_hooks: list[TextHook] = field(default_factory=list)
    # After a chat message was answered without a warning: features that had waited to ask.
    after_text_hooks: list[UpdateHandler] = field(default_factory=list)
    # Called inside the /timezone transaction; each returns how many things it moved.
    timezone_hooks: list[ZoneHook] = field(default_factory=list)
    menu_entries: dict[str, UpdateHandler] = field(default_factory=dict)
    # Reminder kinds whose message a feature writes (`ReminderKind.composed`), by kind name.
    reminder_composers: dict[str, Composer] = field(default_factory=dict)
    startup_hooks: list[StartupHook] = field(default_factory=list)
    stop_hooks: list[StartupHook] = field(default_factory=list)
    engine: AsyncEngine | None = None  # the database engine (disposed at shutdown)
    migrate: bool = True  # bring the schema to head at start-up
    started: bool = False  # start-up finished (the webhook's health answer)
    dedupe_updates: bool = False  # record update ids (webhook mode)
    dispatcher: Dispatcher | None = None  # the reminder dispatcher, once start-up built it
    reminder_rounds: set[asyncio.Task[Any]] = field(default_factory=set)  # rounds running
    waker: Waker = field(default_factory=Waker)  # the dispatcher's wake-up
    notice_task: asyncio.Task[None] | None = None  # the /admin notice being sent
    token_rejected: bool = False  # Telegram answered 401: the process is stopping
    stop_serving: Callable[[], None] | None = None  # how the runner stops (None: PTB's)
    owns_loop: bool = False  # the process's runner: settle its loop's tasks before the engine
    users: UserCache = field(default_factory=UserCache)
    metrics: Metrics = field(default_factory=Metrics)
    flood: FloodGate = field(default_factory=FloodGate)
    exports: Cooldown = field(default_factory=Cooldown)  # one /export report a minute per user
    guides: Guides = field(default_factory=Guides)  # guided stretches running (memory only)


_OWN_PACE: ContextVar[bool] = ContextVar("own_pace", default=False)


@contextmanager
def own_pace() -> Iterator[None]:
    """Bot API calls made inside are paced by their caller (the reminder dispatcher's shared
    rate): the rate limiter lets them through without queueing them, so the replies queued in
    it never wait behind a broadcast."""
    token = _OWN_PACE.set(True)
    try:
        yield
    finally:
        _OWN_PACE.reset(token)


def has_own_pace() -> bool:
    """True inside `own_pace`: the call is paced by its caller."""
    return _OWN_PACE.get()


class CrampBot(ExtBot[int]):  # int: the rate limiter's arguments (AIORateLimiter)
    """ExtBot with the two calls handlers make on every update, on PTB's public methods.

    Parse mode (HTML) and link previews (off) come from the application's `Defaults`."""

    async def send_html(
        self, chat_id: int, text: str, markup: Keyboard | ReplyKeys | None = None
    ) -> int:
        """Send an HTML message (with inline buttons, or buttons under the chat); the id of
        the message Telegram made."""
        message = await self.send_message(
            chat_id, text, reply_markup=markup.markup if markup is not None else None
        )
        return message.message_id

    async def edit_html(
        self, chat_id: int, message_id: int, text: str, markup: Keyboard | None = None
    ) -> None:
        """Replace a message's text and keyboard; the same again is no error (Telegram answers
        "message is not modified": the message already shows it)."""
        try:
            await self.edit_message_text(
                text, chat_id=chat_id, message_id=message_id,
                reply_markup=markup.markup if markup is not None else None,
            )  # fmt: skip
        except BadRequest as error:
            if not not_modified(error):
                raise


def not_modified(error: BadRequest) -> bool:
    """Telegram's refusal of an edit that would change nothing: the message shows it already."""
    return "not modified" in str(error).lower()


class BotContext(CallbackContext[CrampBot, dict[Any, Any], dict[Any, Any], BotData]):
    """CallbackContext with typed access to the bot's services."""

    @property
    def content(self) -> Content:
        """The validated content store."""
        return self.bot_data.content

    @property
    def sessions(self) -> async_sessionmaker[AsyncSession]:
        """Session factory: one session per update or job."""
        return self.bot_data.sessions

    @property
    def clock(self) -> Clock:
        """The injected clock."""
        return self.bot_data.clock

    @property
    def settings(self) -> Settings:
        """The bot's settings."""
        return self.bot_data.settings


class Outcome(StrEnum):
    """What became of one update."""

    DONE = "done"  # handled and committed (with its update id, in webhook mode)
    DUPLICATE = "duplicate"  # its update id was committed before: ignored
    FAILED = "failed"  # a handler failed: rolled back, the user got the apology
    UNAVAILABLE = "unavailable"  # the database could not be reached: rolled back, retry later


def update_kind(update: object) -> str:
    """`message`, `callback_query`, `my_chat_member`, ... (the update's one field)."""
    if not isinstance(update, Update):
        return "other"
    return next((k for k in Update.ALL_TYPES if getattr(update, k, None) is not None), "unknown")


_errors: ContextVar[list[Exception] | None] = ContextVar("update_errors", default=None)


class BotApplication(
    Application[CrampBot, BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]
):
    """The PTB application, with one unit of work (session + transaction) per update."""

    stop_requested = False  # a stop signal came (SIGINT/SIGTERM), perhaps during start-up

    def _raise_system_exit(self) -> NoReturn:  # type: ignore[override]
        """PTB's handler of the stop signals in `run_polling`: note the request, then stop.

        A signal that comes while start-up awaits Telegram (deleteWebhook) makes PTB abandon
        that request, which then fails as a NetworkError; `python -m bot run` reads it as the
        stop the operator asked for, not as an unreachable Bot API."""
        self.stop_requested = True
        raise SystemExit

    def reject_token(self) -> None:
        """Telegram answered 401 (the token was revoked or changed): stop sending reminders and
        stop the process, with one line that never carries the token; `python -m bot run`
        then exits with what to do (TOKEN_REJECTED)."""
        data = self.bot_data
        if data.token_rejected or not self.running:  # at start-up: `python -m bot run` says it
            return
        data.token_rejected = True
        log.critical(TOKEN_REJECTED)
        if data.dispatcher is not None:
            data.dispatcher.stop()
        asyncio.get_running_loop().call_soon(data.stop_serving or self.stop_running)

    async def process_update(self, update: object) -> None:
        """Run the handlers of `update` in one unit of work, committed once at the end."""
        await self.handle_update(update)

    async def handle_update(self, update: object) -> Outcome:
        """`process_update`, saying what became of the update.

        With the `dedupe_updates` flag (webhook mode) an update id committed before is ignored,
        and the update's id is written in its last transaction: a retry of an update whose work
        all committed is ignored; one that failed or was cut short (a crash while a reply was
        on its way, after the work before it committed) is handled again, and what it stored
        is found again rather than stored twice (a cramp is logged once per chat message).
        """
        data = self.bot_data
        update_id = update.update_id if isinstance(update, Update) else None
        if not data.dedupe_updates:
            update_id = None
        errors: list[Exception] = []
        reset = _errors.set(errors)
        started = time.perf_counter()
        duplicate = False
        try:
            async with unit_of_work(data.sessions) as unit:
                if update_id is not None and await already_processed(
                    await unit.session(), update_id
                ):
                    duplicate = True
                else:
                    await super().process_update(update)
                    if update_id is not None and not unit.failed:
                        session = await unit.session()
                        if not await mark_processed(session, update_id, data.clock.now()):
                            log.info("update %s was also handled concurrently", update_id)
        except Exception as exc:  # the commit itself failed: the error handler answers
            await self.process_error(update=update, error=exc)
        finally:
            _errors.reset(reset)
        if duplicate:
            log.info("ignoring duplicate update %s", update_id)
            outcome = Outcome.DUPLICATE
        elif any(is_unavailable(e) for e in errors):
            outcome = Outcome.UNAVAILABLE
        elif errors:
            outcome = Outcome.FAILED
        else:
            outcome = Outcome.DONE
        data.metrics.update(update_kind(update), outcome.value, time.perf_counter() - started)
        return outcome

    async def process_error(
        self,
        update: object | None,
        error: Exception,
        job: Any = None,
        coroutine: Any = None,
    ) -> bool:
        """A handler failed: roll the update's work back, then run the error handlers."""
        unit = current_unit()
        if unit is not None and update is not None:
            unit.failed = True
        errors = _errors.get()
        if errors is not None and update is not None:
            errors.append(error)
        if is_unavailable(error) or isinstance(error, SQLAlchemyError):
            self.bot_data.metrics.database_error("updates" if update is not None else "jobs")
        return await super().process_error(update, error, job, coroutine)
