"""Serving: polling by default, webhook mode with a secret and duplicate-update protection."""

from __future__ import annotations

import logging
from datetime import datetime, timedelta

from sqlalchemy import delete
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession, async_sessionmaker
from telegram import Update
from telegram.ext import ApplicationHandlerStop, TypeHandler

from bot.config import Settings
from bot.context import BotApplication, BotContext
from bot.db.models import ProcessedUpdate

log = logging.getLogger(__name__)
KEEP_UPDATE_IDS = timedelta(days=2)
PRUNE_EVERY = 100


async def remember_update(
    sessions: async_sessionmaker[AsyncSession], *, update_id: int, now: datetime
) -> bool:
    """Record an update id; False when it was processed before (a webhook retry)."""
    async with sessions() as session:
        try:
            async with session.begin():
                session.add(ProcessedUpdate(update_id=update_id, processed_at=now))
        except IntegrityError:
            return False
        if update_id % PRUNE_EVERY:
            return True
        async with session.begin():
            await session.execute(
                delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < now - KEEP_UPDATE_IDS)
            )
    return True


async def _dedupe(update: Update, context: BotContext) -> None:
    if not await remember_update(
        context.sessions, update_id=update.update_id, now=context.clock.now()
    ):
        log.info("ignoring duplicate update %s", update.update_id)
        raise ApplicationHandlerStop


def run_server(app: BotApplication, settings: Settings) -> None:
    """Serve until SIGINT/SIGTERM; PTB stops the updater, handlers and jobs cleanly."""
    if settings.webhook_url:
        app.add_handler(TypeHandler(Update, _dedupe), group=-1)
        secret = settings.webhook_secret.get_secret_value() if settings.webhook_secret else None
        app.run_webhook(
            listen=settings.webhook_listen,
            port=settings.webhook_port,
            url_path="telegram",
            webhook_url=settings.webhook_url.rstrip("/") + "/telegram",
            secret_token=secret,
            allowed_updates=Update.ALL_TYPES,
        )
    else:
        app.run_polling(allowed_updates=Update.ALL_TYPES)
