"""The one error handler: log with the stack (never the message text), tell the user plainly."""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import Forbidden, NetworkError

from bot.context import BotContext

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure and send one plain sentence to the user."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    if isinstance(error, NetworkError | Forbidden):
        log.warning("telegram error for update %s: %s: %s", update_id, type(error).__name__, error)
    else:
        log.error("handler failed for update %s", update_id, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, Forbidden):
        return
    try:
        await context.bot.send_message(
            update.effective_chat.id,
            context.content.text("common.error"),
            parse_mode=ParseMode.HTML,
        )
    except Exception:  # the apology must never raise in turn
        log.warning("could not send the apology for update %s", update_id)
