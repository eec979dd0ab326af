"""A real PTB Bot talking to the in-process double (OfflineRequest) gets real PTB exceptions."""

from __future__ import annotations

import asyncio
import datetime as dt
from collections.abc import AsyncIterator

import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup, Update
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes

from bot.offline.engine import Engine
from bot.offline.request import OfflineRequest, offline_bot

CHAT = 42


@pytest.fixture
def engine() -> Engine:
    engine = Engine()
    engine.add_chat(CHAT)
    return engine


@pytest.fixture
async def bot(engine: Engine) -> AsyncIterator[Bot]:
    async with offline_bot(engine) as bot:
        yield bot


def keyboard(data: str = "yes") -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup([[InlineKeyboardButton("Yes", callback_data=data)]])


async def test_send_edit_answer_roundtrip(bot: Bot, engine: Engine) -> None:
    message = await bot.send_message(
        CHAT, "<b>Cramp?</b>", parse_mode="HTML", reply_markup=keyboard()
    )
    assert message.text == "Cramp?"
    assert message.entities[0].type == "bold"
    engine.callback(CHAT, "yes", message_id=message.message_id)
    (update,) = await bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer("Noted") is True
    edited = await bot.edit_message_text("Noted ✅", CHAT, message.message_id)
    assert isinstance(edited, type(message))
    assert engine.last_text(CHAT) == "Noted ✅"
    assert [c.method for c in engine.calls] == [
        "getMe",
        "sendMessage",
        "getUpdates",
        "answerCallbackQuery",
        "editMessageText",
    ]


async def test_bad_requests(bot: Bot, engine: Engine) -> None:
    # PTB strips "Bad Request: " and str.capitalize()s the rest, as with the real server.
    with pytest.raises(BadRequest, match='unsupported start tag "br" at byte offset 5'):
        await bot.send_message(CHAT, "Ouch <br>", parse_mode="HTML")
    with pytest.raises(BadRequest, match="Message is too long"):
        await bot.send_message(CHAT, "a" * 4097)
    with pytest.raises(BadRequest, match="Button_data_invalid"):
        await bot.send_message(CHAT, "x", reply_markup=keyboard("d" * 65))
    message = await bot.send_message(CHAT, "same", reply_markup=keyboard())
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("same", CHAT, message.message_id, reply_markup=keyboard())
    with pytest.raises(BadRequest, match="Message to edit not found"):
        await bot.edit_message_text("x", CHAT, 9999)
    with pytest.raises(BadRequest, match="Chat not found"):
        await bot.send_message(7, "who?")


async def test_injected_faults_become_ptb_exceptions(
    bot: Bot, engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Without PTB_TIMEDELTA, PTB 22.x warns (PTBDeprecationWarning) inside RetryAfter.__init__,
    # which our "warnings are errors" config turns into a failure of any 429 path.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")
    engine.inject("sendMessage", "429", retry_after=3)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(CHAT, "x")
    assert info.value.retry_after == dt.timedelta(seconds=3)
    engine.inject("sendMessage", "500")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT, "x")
    engine.inject("sendMessage", "502")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT, "x")
    engine.inject("sendMessage", "403")
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "x")
    engine.inject("sendMessage", "timeout")
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "x")
    await bot.send_message(CHAT, "finally")
    assert [c.params["text"] for c in engine.sent(CHAT)] == ["finally"]


async def test_blocked_chat_is_forbidden(bot: Bot, engine: Engine) -> None:
    engine.block(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "reminder")


async def test_delay_beyond_read_timeout_times_out(bot: Bot, engine: Engine) -> None:
    engine.inject("sendMessage", "delay", delay_s=0.2)
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "slow", read_timeout=0.01)
    engine.inject("sendMessage", "delay", delay_s=0.01)
    assert (await bot.send_message(CHAT, "ok")).text == "ok"


async def test_wrong_token_is_invalid_token(engine: Engine) -> None:
    with pytest.raises(InvalidToken):
        await Bot("123:WRONG", request=OfflineRequest(engine)).get_me()


async def test_long_poll_wakes_on_update(bot: Bot, engine: Engine) -> None:
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, engine.user_message, CHAT, "hello")
    updates = await bot.get_updates(timeout=5)
    assert [u.message.text for u in updates if u.message] == ["hello"]
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()


async def test_document_upload_and_download(bot: Bot, engine: Engine) -> None:
    message = await bot.send_document(CHAT, b"date,pain\n", filename="diary.csv", caption="Diary")
    assert message.document is not None
    assert (message.document.file_name, message.document.file_size) == ("diary.csv", 10)
    upload = engine.sent(CHAT, "sendDocument")[0].params["document"]
    assert (upload.filename, upload.size, upload.content) == ("diary.csv", 10, b"date,pain\n")
    file = await bot.get_file(message.document.file_id)
    assert await file.download_as_bytearray() == bytearray(b"date,pain\n")
    photo = await bot.send_photo(CHAT, b"\x89PNG fake", caption="<i>leg</i>", parse_mode="HTML")
    assert photo.caption == "leg"
    with pytest.raises(BadRequest, match="Message caption is too long"):
        await bot.send_photo(CHAT, b"\x89PNG", caption="c" * 1025)


async def test_application_polls_and_replies(engine: Engine) -> None:
    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("Hi! Tell me about your cramp.")

    app = (
        ApplicationBuilder()
        .token(engine.token)
        .request(OfflineRequest(engine))
        .get_updates_request(OfflineRequest(engine))
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        await app.start()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=10)
        engine.user_message(CHAT, "/start")
        await engine.wait_for_async(lambda calls: any(c.method == "sendMessage" for c in calls))
        await app.updater.stop()
        await app.stop()
    assert engine.last_text(CHAT) == "Hi! Tell me about your cramp."
