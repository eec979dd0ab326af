"""Helpers for button handlers: a press is always answered, and removing a message's buttons
twice is not an error."""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Coroutine
from typing import Any

from telegram import CallbackQuery, Message, Update
from telegram.error import BadRequest, TelegramError

from bot.context import BotContext, not_modified

log = logging.getLogger(__name__)
Handler = Callable[[Update, BotContext], Coroutine[Any, Any, None]]


def button(handler: Handler) -> Handler:
    """Wrap a callback-query handler so the press is answered even when the handler fails.

    A handler answers as soon as it knows what to say; when it raises first, the spinner is
    stopped here (a second answer, if it had answered already, is refused and ignored) and the
    error goes on to the error handler.
    """

    @functools.wraps(handler)
    async def wrapped(update: Update, context: BotContext) -> None:
        try:
            await handler(update, context)
        except Exception:
            query = update.callback_query
            if query is not None:
                try:
                    await query.answer()
                except TelegramError:
                    log.debug("press of update %s was answered already", update.update_id)
            raise

    return wrapped


async def remove_buttons(query: CallbackQuery) -> None:
    """Take the buttons off the pressed message; nothing to do when they are gone already."""
    if not isinstance(query.message, Message) or query.message.reply_markup is None:
        return
    try:
        await query.message.edit_reply_markup(reply_markup=None)
    except BadRequest as exc:
        if not not_modified(exc):
            raise
