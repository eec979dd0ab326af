"""The one error handler: log with the stack (never the message text), tell the user plainly.

The database out of reach (connections killed, a restart, SQLite locked past its busy wait) is
not a bug: one warning line without a stack, and "try again in a moment" instead of the
apology. Button presses are answered by `handlers.buttons.button` before the error gets here.
"""

from __future__ import annotations

import logging

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError

from bot.context import BotContext
from bot.db.outage import describe, is_unavailable
from bot.handlers.telegram_errors import code_of

log = logging.getLogger(__name__)


async def on_error(update: object, context: BotContext) -> None:
    """Log the failure and send one plain sentence to the user."""
    error = context.error
    update_id = update.update_id if isinstance(update, Update) else None
    unavailable = is_unavailable(error)
    if unavailable and error is not None:
        log.warning("database unavailable for update %s: %s", update_id, describe(error))
    elif isinstance(error, TelegramError) and code_of(error) in {
        "400",
        "403",
        "timeout",
        "network",
    }:
        log.warning("telegram error for update %s: %s: %s", update_id, type(error).__name__, error)
    else:
        log.error("handler failed for update %s", update_id, exc_info=error)
    if not isinstance(update, Update) or update.effective_chat is None:
        return
    if isinstance(error, TelegramError) and code_of(error) == "403":  # blocked: nobody to tell
        return
    key = "common.db_unavailable" if unavailable else "common.error"
    try:
        await context.bot.send_message(
            update.effective_chat.id, context.content.text(key), parse_mode=ParseMode.HTML
        )
    except Exception:  # the apology must never raise in turn
        log.warning("could not send the apology for update %s", update_id)
