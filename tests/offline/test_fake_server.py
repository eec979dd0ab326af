"""PTB's real HTTPXRequest against FakeBotApiServer: the wire format, long-poll and faults."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
import threading
import time
from collections.abc import AsyncIterator, Iterator

import httpx
import pytest
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import BadRequest, Forbidden, InvalidToken, NetworkError, RetryAfter, TimedOut

from tests.fakes.bot_api_server import FakeBotApiServer

CHAT = 42
TOKEN = "123:ABC"


@pytest.fixture
def server() -> Iterator[FakeBotApiServer]:
    with FakeBotApiServer() as server:
        server.engine.add_chat(CHAT)
        yield server


@pytest.fixture
async def bot(server: FakeBotApiServer) -> AsyncIterator[Bot]:
    bot = Bot(TOKEN, base_url=server.base_url, base_file_url=server.file_base_url)
    async with bot:
        yield bot


def api(server: FakeBotApiServer, method: str) -> str:
    return f"{server.base_url}{TOKEN}/{method}"


async def test_send_edit_answer(bot: Bot, server: FakeBotApiServer) -> None:
    markup = InlineKeyboardMarkup([[InlineKeyboardButton("Stretch done", callback_data="done")]])
    sent = await bot.send_message(
        CHAT, "<i>Stretch</i> now", parse_mode="HTML", reply_markup=markup
    )
    assert sent.text == "Stretch now"
    assert sent.reply_markup == markup
    server.engine.callback(CHAT, "done", message_id=sent.message_id)
    (update,) = await bot.get_updates()
    assert update.callback_query is not None
    assert await update.callback_query.answer() is True
    await bot.edit_message_text("Well done", CHAT, sent.message_id)
    with pytest.raises(BadRequest, match="Message is not modified"):
        await bot.edit_message_text("Well done", CHAT, sent.message_id)
    call = server.engine.sent(CHAT)[0]
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "done"
    assert call.params["chat_id"] == CHAT  # form strings normalised


async def test_faults_over_http(
    bot: Bot, server: FakeBotApiServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PTB_TIMEDELTA", "1")  # see test_request_double: avoids PTB's warning
    engine = server.engine
    engine.inject("sendMessage", "429", retry_after=4)
    with pytest.raises(RetryAfter) as info:
        await bot.send_message(CHAT, "x")
    assert info.value.retry_after == dt.timedelta(seconds=4)
    engine.inject("sendMessage", "500")
    with pytest.raises(NetworkError, match="Internal Server Error"):
        await bot.send_message(CHAT, "x")
    engine.inject("sendMessage", "502")
    with pytest.raises(NetworkError, match="Bad Gateway"):
        await bot.send_message(CHAT, "x")
    engine.block(CHAT)
    with pytest.raises(Forbidden, match="bot was blocked by the user"):
        await bot.send_message(CHAT, "x")
    engine.block(CHAT, False)
    engine.inject("sendMessage", "timeout", delay_s=5)
    started = time.monotonic()
    with pytest.raises(TimedOut):
        await bot.send_message(CHAT, "x", read_timeout=0.2)
    assert time.monotonic() - started < 2
    assert (await bot.send_message(CHAT, "after")).text == "after"
    assert [c.params["text"] for c in engine.sent(CHAT)] == ["after"]


async def test_wrong_token_is_unauthorized(server: FakeBotApiServer) -> None:
    with pytest.raises(InvalidToken):
        await Bot("123:WRONG", base_url=server.base_url).get_me()


async def test_long_poll_returns_update_pushed_during_wait(
    bot: Bot, server: FakeBotApiServer
) -> None:
    timer = threading.Timer(0.2, server.engine.user_message, (CHAT, "my calf cramps"))
    timer.start()
    started = time.monotonic()
    updates = await bot.get_updates(timeout=10)
    timer.join()
    assert time.monotonic() - started < 5
    assert [u.message.text for u in updates if u.message] == ["my calf cramps"]


async def test_multipart_uploads_and_file_download(bot: Bot, server: FakeBotApiServer) -> None:
    doc = await bot.send_document(CHAT, b"when,where\n", filename="diary.csv", caption="Diary")
    assert doc.document is not None
    assert (doc.document.file_name, doc.document.file_size) == ("diary.csv", 11)
    assert doc.caption == "Diary"
    upload = server.engine.sent(CHAT, "sendDocument")[0].params["document"]
    assert (upload.filename, upload.size) == ("diary.csv", 11)
    file = await bot.get_file(doc.document.file_id)
    assert await file.download_as_bytearray() == bytearray(b"when,where\n")
    photo = await bot.send_photo(
        CHAT, b"\x89PNG\r\n\x1a\n", caption="<b>leg</b>", parse_mode="HTML"
    )
    assert photo.caption == "leg"
    assert photo.photo[0].file_size == 8


def test_raw_bodies_json_form_query_and_404(server: FakeBotApiServer) -> None:
    with httpx.Client() as client:
        sent = client.post(api(server, "sendMessage"), json={"chat_id": CHAT, "text": "json"})
        assert sent.json()["result"]["text"] == "json"
        form = client.post(api(server, "sendMessage"), data={"chat_id": str(CHAT), "text": "form"})
        assert form.json()["result"]["text"] == "form"
        query = client.get(api(server, "sendMessage"), params={"chat_id": CHAT, "text": "get"})
        assert query.json()["result"]["text"] == "get"
        missing = client.post(api(server, "sendHologram"))
        assert (missing.status_code, missing.json()["description"]) == (404, "Not Found")
        bad = client.post(f"{server.base_url}0:NOPE/getMe")
        assert (bad.status_code, bad.json()["description"]) == (401, "Unauthorized")


def test_stop_interrupts_pending_long_poll() -> None:
    server = FakeBotApiServer().start()
    result: list[int] = []

    def poll() -> None:
        with httpx.Client(timeout=30) as client:
            response = client.post(f"{server.base_url}{TOKEN}/getUpdates", data={"timeout": "25"})
            result.append(response.status_code)

    thread = threading.Thread(target=poll)
    sent = time.monotonic()
    thread.start()
    deadline = sent + 10  # the poll reaches the server (slower on a loaded machine)
    while server.arrived_since("getUpdates", sent) is None and time.monotonic() < deadline:
        time.sleep(0.01)
    assert server.arrived_since("getUpdates", sent) is not None
    started = time.monotonic()
    server.stop()
    thread.join(timeout=5)
    assert time.monotonic() - started < 3
    assert result == [200]


BOT_SCRIPT = """
import sys
from telegram.ext import ApplicationBuilder, MessageHandler, filters

async def echo(update, context):
    await update.effective_message.reply_text("You said: " + update.effective_message.text)

app = ApplicationBuilder().token("123:ABC").base_url(sys.argv[1]).build()
app.add_handler(MessageHandler(filters.TEXT, echo))
app.run_polling(poll_interval=0, timeout=10)
"""


def test_wait_for_a_bot_process(server: FakeBotApiServer) -> None:
    proc = subprocess.Popen([sys.executable, "-c", BOT_SCRIPT, server.base_url])
    try:
        # PTB's bootstrap calls deleteWebhook right before its first (long) getUpdates;
        # a getUpdates call is only recorded once answered.
        server.wait_for(lambda calls: any(c.method == "deleteWebhook" for c in calls))
        server.engine.user_message(CHAT, "ouch")
        server.wait_for(lambda calls: any(c.method == "sendMessage" for c in calls))
        assert server.engine.last_text(CHAT) == "You said: ouch"
    finally:
        proc.terminate()
        proc.wait(timeout=10)
