"""CrampBot's send and edit are PTB's own methods with the application's defaults: the same
wire parameters, rate limiter and errors."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from telegram import InlineKeyboardButton, InlineKeyboardMarkup, LinkPreviewOptions
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden
from telegram.ext import Defaults

from bot.app import CountingRateLimiter
from bot.context import CrampBot
from bot.metrics import Metrics
from bot.offline.engine import Engine
from bot.offline.request import OfflineRequest
from bot.views.keyboards import keyboard

CHAT = 42
TOKEN = "123456:crampbot-test-token-0000000000000000"
KEYS = keyboard([[("Calf 🦵", "cr:7:mus:calf"), ("Thigh", "cr:7:mus:thigh")], [("Done", "cr:7")]])
# The same keyboard as python-telegram-bot's own objects, for its send_message.
PTB_KEYS = InlineKeyboardMarkup(
    [
        [
            InlineKeyboardButton("Calf 🦵", callback_data="cr:7:mus:calf"),
            InlineKeyboardButton("Thigh", callback_data="cr:7:mus:thigh"),
        ],
        [InlineKeyboardButton("Done", callback_data="cr:7")],
    ]
)


@pytest.fixture
async def parts() -> AsyncIterator[tuple[CrampBot, Engine, Metrics]]:
    engine, metrics = Engine(token=TOKEN), Metrics()
    engine.add_chat(CHAT)
    bot = CrampBot(
        TOKEN,
        request=OfflineRequest(engine),
        get_updates_request=OfflineRequest(engine),
        defaults=Defaults(
            parse_mode=ParseMode.HTML, link_preview_options=LinkPreviewOptions(is_disabled=True)
        ),
        rate_limiter=CountingRateLimiter(metrics),
    )
    async with bot:
        yield bot, engine, metrics


async def test_send_and_edit_match_ptbs_own_calls(parts: tuple[CrampBot, Engine, Metrics]) -> None:
    bot, engine, _ = parts
    text = "<b>Cramp logged</b> · left calf, 6/10 <a href='https://www.nhs.uk'>NHS</a>"
    theirs = await bot.send_message(CHAT, text, reply_markup=PTB_KEYS)
    ours = await bot.send_html(CHAT, text, KEYS)
    assert ours == theirs.message_id + 1
    await bot.edit_message_text("<i>Edited</i>", CHAT, theirs.message_id)
    await bot.edit_html(CHAT, ours, "<i>Edited</i>")
    sends = [c.params for c in engine.calls if c.method == "sendMessage"]
    edits = [c.params for c in engine.calls if c.method == "editMessageText"]
    assert sends[0] == sends[1]
    assert sends[1]["reply_markup"]["inline_keyboard"][0][0] == {
        "text": "Calf 🦵",
        "callback_data": "cr:7:mus:calf",
    }
    assert sends[1]["link_preview_options"] == {"is_disabled": True}
    assert {k: v for k, v in edits[0].items() if k != "message_id"} == {
        k: v for k, v in edits[1].items() if k != "message_id"
    }
    assert engine.messages(CHAT)[-1]["text"] == "Edited"  # both edits took, keyboards removed
    assert "reply_markup" not in engine.messages(CHAT)[-1]


async def test_errors_are_ptbs_and_pass_the_rate_limiter(
    parts: tuple[CrampBot, Engine, Metrics],
) -> None:
    bot, engine, metrics = parts
    with pytest.raises(BadRequest, match="parse entities"):
        await bot.send_html(CHAT, "<b>unclosed")
    message_id = await bot.send_html(CHAT, "Same", KEYS)
    await bot.edit_html(CHAT, message_id, "Same", KEYS)  # "not modified": shown already, no error
    assert engine.calls[-1].method == "editMessageText" and engine.calls[-1].status == 400
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_html(CHAT, message_id + 50, "Other")
    engine.block(CHAT)
    with pytest.raises(Forbidden):
        await bot.send_html(CHAT, "Hello")
    assert metrics.value("bot_api_errors_total", code="400") == 3
    assert metrics.value("bot_api_errors_total", code="403") == 1


def test_a_keyboard_is_built_once_and_checked() -> None:
    assert KEYS.markup == PTB_KEYS
    assert KEYS.rows == (
        (("Calf 🦵", "cr:7:mus:calf"), ("Thigh", "cr:7:mus:thigh")),
        (("Done", "cr:7"),),
    )
    with pytest.raises(ValueError, match="65 bytes"):
        keyboard([[("Too long", "x" * 65)]])
