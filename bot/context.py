"""The typed CallbackContext: handlers reach the database, the content and the clock here."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram.ext import Application, CallbackContext, ExtBot

from bot.clock import Clock
from bot.config import Settings
from bot.content.loader import Content
from bot.db.unit_of_work import current_unit, unit_of_work
from bot.services.flood import FloodGate
from bot.services.user_cache import UserCache

if TYPE_CHECKING:
    from telegram import Update

    from bot.db.models import User

TextHook = Callable[["Update", "BotContext", str], Awaitable[bool]]
# Called inside the /timezone transaction; returns how many of the user's things it moved.
TimezoneHook = Callable[[AsyncSession, "User", datetime], Awaitable[int]]
UserHook = Callable[["BotContext", int], Awaitable[None]]
UpdateHandler = Callable[["Update", "BotContext"], Awaitable[None]]
StartupHook = Callable[[Any], Awaitable[None]]


@dataclass
class BotData:
    """Application-wide services, built once by build_application."""

    settings: Settings
    content: Content
    sessions: async_sessionmaker[AsyncSession]
    clock: Clock
    features: set[str] = field(default_factory=set)
    text_hooks: list[TextHook] = field(default_factory=list)
    timezone_hooks: list[TimezoneHook] = field(default_factory=list)
    unblock_hooks: list[UserHook] = field(default_factory=list)
    block_hooks: list[UserHook] = field(default_factory=list)
    menu_entries: dict[str, UpdateHandler] = field(default_factory=dict)
    startup_hooks: list[StartupHook] = field(default_factory=list)
    stop_hooks: list[StartupHook] = field(default_factory=list)
    extras: dict[str, Any] = field(default_factory=dict)
    users: UserCache = field(default_factory=UserCache)
    flood: FloodGate = field(default_factory=FloodGate)


class BotContext(CallbackContext[ExtBot[None], dict[Any, Any], dict[Any, Any], BotData]):
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


class BotApplication(
    Application[ExtBot[None], BotContext, dict[Any, Any], dict[Any, Any], BotData, Any]
):
    """The PTB application, with one unit of work (session + transaction) per update."""

    async def process_update(self, update: object) -> None:
        """Run the handlers of `update` in one unit of work, committed once at the end."""
        try:
            async with unit_of_work(self.bot_data.sessions):
                await super().process_update(update)
        except Exception as exc:  # the commit itself failed: the error handler answers
            await self.process_error(update=update, error=exc)

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
        return await super().process_error(update, error, job, coroutine)
