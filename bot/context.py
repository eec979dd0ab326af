"""The typed CallbackContext: handlers reach the database, the content and the clock here."""

from __future__ import annotations

import logging
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from enum import StrEnum
from typing import TYPE_CHECKING, Any, NoReturn

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update
from telegram.constants import ParseMode
from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.content.loader import Content
from bot.db.models import ProcessedUpdate
from bot.db.outage import is_unavailable
from bot.db.unit_of_work import current_unit, unit_of_work
from bot.metrics import Metrics
from bot.services.flood import Cooldown, FloodGate
from bot.services.user_cache import UserCache
from bot.views.keyboards import Keyboard

if TYPE_CHECKING:
    from bot.db.models import User

log = logging.getLogger(__name__)
KEEP_UPDATE_IDS = timedelta(days=2)
PRUNE_EVERY = 100
DEDUPE_KEY = "dedupe_updates"  # extras flag: record update ids (webhook mode)

TextHook = Callable[["Update", "BotContext", str], Awaitable[bool]]
# Called inside the /timezone transaction; returns how many of the user's things it moved.
TimezoneHook = Callable[[AsyncSession, "User", datetime], Awaitable[int]]
UpdateHandler = Callable[["Update", "BotContext"], Awaitable[None]]
StartupHook = Callable[[Any], Awaitable[None]]


@dataclass
class BotData:
    """Application-wide services, built once by build_application."""

    settings: Settings
    content: Content
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    # The sessions of updates' units of work, when not `sessions` (SQLite: inline_session).
    unit_sessions: Callable[[], AsyncSession] | None = None
    features: set[str] = field(default_factory=set)
    text_hooks: list[TextHook] = field(default_factory=list)
    timezone_hooks: list[TimezoneHook] = field(default_factory=list)
    menu_entries: dict[str, UpdateHandler] = field(default_factory=dict)
    startup_hooks: list[StartupHook] = field(default_factory=list)
    stop_hooks: list[StartupHook] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    users: UserCache = field(default_factory=UserCache)
    metrics: Metrics = field(default_factory=Metrics)
    flood: FloodGate = field(default_factory=FloodGate)
    exports: Cooldown = field(default_factory=Cooldown)  # one /export report a minute per user


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
    """ExtBot with lean calls for the messages handlers send on every update.

    PTB's `send_message` turns a keyboard into Telegram objects and serializes them, and parses
    Telegram's answer into a `Message` (with every button again): over a quarter of the time an
    update took in bench/updates.py (py-spy). These calls send the keyboard's JSON as it is and
    read only the message id, through the same `_post` (defaults, rate limiter, errors) as PTB's
    methods.
    """

    async def send_html(self, chat_id: int, text: str, markup: Keyboard | None = None) -> int:
        """Send an HTML message (link previews off); the id of the message Telegram made."""
        result = await self._post("sendMessage", _html({"chat_id": chat_id}, text, markup))
        return int(result["message_id"])

    async def edit_html(
        self, chat_id: int, message_id: int, text: str, markup: Keyboard | None = None
    ) -> None:
        """Replace a message's text and keyboard (BadRequest "not modified" when the same)."""
        target = {"chat_id": chat_id, "message_id": message_id}
        await self._post("editMessageText", _html(target, text, markup))


def _html(target: dict[str, int], text: str, markup: Keyboard | None) -> dict[str, Any]:
    """The parameters of an HTML message to `target`; a keyboard as its ready JSON."""
    data: dict[str, Any] = {**target, "text": text, "parse_mode": ParseMode.HTML,
                            "link_preview_options": NO_PREVIEW}  # fmt: skip
    if markup is not None:
        data["reply_markup"] = markup.json
    return data


NO_PREVIEW = '{"is_disabled": true}'


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


async def already_processed(session: AsyncSession, update_id: int) -> bool:
    """True when `update_id` was committed before (a webhook retry)."""
    found = await session.scalar(
        select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
    )
    return found is not None


async def mark_processed(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record `update_id` in the update's own transaction; False when another delivery of the
    same update committed it meanwhile (both are then handled: at least once)."""
    values = {"update_id": update_id, "processed_at": now}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    result = await session.execute(insert(ProcessedUpdate).values(values).on_conflict_do_nothing())
    if update_id % PRUNE_EVERY == 0:
        cutoff = now - KEEP_UPDATE_IDS
        await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < cutoff))
    return bool(getattr(result, "rowcount", 1))


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
        if not data.extras.get(DEDUPE_KEY):
            update_id = None
        errors: list[Exception] = []
        reset = _errors.set(errors)
        started = time.perf_counter()
        duplicate = False
        try:
            async with unit_of_work(data.unit_sessions or data.sessions) as unit:
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
