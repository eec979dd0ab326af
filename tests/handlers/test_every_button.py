"""Every callback-query handler is wrapped by `@button` (`bot.handlers.buttons`; functools.wraps
marks the wrapper with `__wrapped__`): a press is always answered, so the
user's spinner stops even when the handler fails."""

from __future__ import annotations

import pytest
from telegram.ext import CallbackQueryHandler

from tests.fakes.harness import Harness


@pytest.mark.parametrize("db_url", ["sqlite"], indirect=True)
async def test_every_callback_handler_answers_the_press(bot: Harness) -> None:
    callbacks = [
        h.callback for group in bot.app.handlers.values() for h in group
        if isinstance(h, CallbackQueryHandler)
    ]  # fmt: skip
    assert len(callbacks) >= 14
    unwrapped = [c.__qualname__ for c in callbacks if not hasattr(c, "__wrapped__")]
    assert unwrapped == []
