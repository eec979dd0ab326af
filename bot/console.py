"""`python -m bot console`: the real application in a terminal, against the offline Bot API double.

Reads one message per line from standard input; a number presses a button of the latest
message with buttons (a button the bot has since removed is refused, as Telegram would);
`/location LAT LON` shares a location. Pop-up answers of button presses are printed, files the
bot sends are saved into a folder (named on screen), and reminders are printed as they fire.
Ends cleanly at the end of input.
"""

from __future__ import annotations

import asyncio
import re
import sys
from pathlib import Path
from typing import Any, TextIO

from telegram import Update

from bot.app import build_application
from bot.config import Settings
from bot.content.tg_rules import parse_html
from bot.logs import setup_logging
from bot.offline.engine import Engine, threadsafe_setter
from bot.offline.request import OfflineRequest

CONSOLE_USER_ID = 1_000_001
CONSOLE_TOKEN = "1000000:console-offline-token-not-a-real-one-000"
PRINTED_METHODS = {
    "sendMessage", "editMessageText", "editMessageReplyMarkup", "sendPhoto", "sendDocument",
    "answerCallbackQuery",
}  # fmt: skip
LOCATION_RE = re.compile(r"^/location\s+(-?\d+(?:\.\d+)?)[\s,]+(-?\d+(?:\.\d+)?)\s*$")


class Transcript:
    """Prints what the bot sends to the console user and remembers the latest buttons."""

    def __init__(self, engine: Engine, out: TextIO, files: Path) -> None:
        self.engine = engine
        self.out = out
        self.files = files
        self.seen = 0
        self.buttons: list[tuple[int, str]] = []  # (message id, callback data)
        self.saved: set[int] = set()  # ids of messages whose file was saved

    def flush(self) -> None:
        """Print every bot call not printed yet."""
        calls = self.engine.calls
        for call in calls[self.seen :]:
            if call.method in PRINTED_METHODS and call.status == 200:
                self._print(call.method, call.params)
            elif call.method in PRINTED_METHODS:
                self.out.write(f"!! Telegram would reject {call.method} ({call.status})\n")
        self.seen = len(calls)
        self.out.flush()

    def _print(self, method: str, params: dict[str, Any]) -> None:
        if method == "answerCallbackQuery":
            if params.get("text"):
                self.out.write(f"bot (pop-up)> {params['text']}\n")
            return
        if method == "editMessageReplyMarkup":
            if not (params.get("reply_markup") or {}).get("inline_keyboard"):
                self.out.write("bot (buttons removed)\n")
            return
        raw = str(params.get("text") or params.get("caption") or "")
        text = parse_html(raw).text if params.get("parse_mode") == "HTML" else raw
        prefix = "bot (edited)> " if method == "editMessageText" else "bot> "
        if method in {"sendPhoto", "sendDocument"}:
            text = f"[{self._save(method)}] {text}".strip()
        pad = " " * len(prefix)
        self.out.write(prefix + text.replace("\n", "\n" + pad) + "\n")
        rows = (params.get("reply_markup") or {}).get("inline_keyboard") or []
        if rows:
            message_id = self._message_id(params)
            self.buttons = []
            labels = []
            for row in rows:
                for button in row:
                    self.buttons.append((message_id, str(button.get("callback_data", ""))))
                    labels.append(f"[{len(self.buttons)}] {button.get('text', '')}")
            self.out.write(pad + "  ".join(labels) + "\n")

    def _save(self, method: str) -> str:
        """Save the file of the latest photo or document message; say where it went."""
        key = "photo" if method == "sendPhoto" else "document"
        sent = [
            m for m in self.engine.messages(CONSOLE_USER_ID)
            if key in m and m["message_id"] not in self.saved
        ]  # fmt: skip
        if not sent:
            return f"{key} attached"
        self.saved.add(sent[0]["message_id"])  # calls are printed in the order they were made
        item = sent[0][key][-1] if key == "photo" else sent[0][key]
        name = str(item.get("file_name") or f"photo-{sent[0]['message_id']}.png")
        reply = self.engine.call("getFile", {"file_id": item["file_id"]})
        content = self.engine.file_content(str(reply.body["result"]["file_path"]))
        if content is None:
            return f"{key} attached"
        self.files.mkdir(parents=True, exist_ok=True)
        path = self.files / Path(name).name
        path.write_bytes(content)
        return f"{key} saved: {path}"

    def still_there(self, message_id: int, data: str) -> bool:
        """Whether the message still carries this button (an edit may have removed it)."""
        for message in self.engine.messages(CONSOLE_USER_ID):
            if message["message_id"] == message_id:
                rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
                return any(b.get("callback_data") == data for row in rows for b in row)
        return False

    def _message_id(self, params: dict[str, Any]) -> int:
        if "message_id" in params:
            return int(params["message_id"])
        sent = [m for m in self.engine.messages(CONSOLE_USER_ID) if "reply_markup" in m]
        return int(sent[-1]["message_id"]) if sent else 0


async def _read_line() -> str:
    return await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)


async def console_session(
    database_url: str, out: TextIO = sys.stdout, files: Path = Path("data/console-files")
) -> None:
    """Run the application offline until standard input ends."""
    engine = Engine(token=CONSOLE_TOKEN, first_name="Cramp Bot")
    engine.add_chat(CONSOLE_USER_ID, name="You")
    settings = Settings(database_url=database_url)
    setup_logging("WARNING")
    request = OfflineRequest(engine)
    app = build_application(
        settings, token=CONSOLE_TOKEN, request=request, updates_request=OfflineRequest(engine)
    )
    transcript = Transcript(engine, out, files)
    changed = asyncio.Event()
    unsubscribe = engine.subscribe(threadsafe_setter(changed))

    async def printer() -> None:
        while True:
            await changed.wait()
            changed.clear()
            transcript.flush()

    printing = asyncio.create_task(printer())
    await app.initialize()
    if app.post_init:
        await app.post_init(app)
    await app.start()
    out.write(
        "Chatting with the bot offline. Type a message; a number presses a button; "
        f"/location LAT LON shares a location. Files go to {files}/\n"
    )
    out.flush()
    try:
        while line := await _read_line():
            text = line.rstrip("\n")
            if not text.strip():
                continue
            out.write(f"you> {text}\n")
            payload = _to_update(engine, transcript, text)
            if payload is None:
                out.write("(that button is no longer there)\n")
                continue
            await app.process_update(Update.de_json(payload, app.bot))
            transcript.flush()
    finally:
        await app.stop()
        await app.shutdown()
        if app.post_shutdown:
            await app.post_shutdown(app)
        unsubscribe()
        printing.cancel()
        transcript.flush()


def _to_update(engine: Engine, transcript: Transcript, text: str) -> dict[str, Any] | None:
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(transcript.buttons):
        message_id, data = transcript.buttons[int(stripped) - 1]
        if not transcript.still_there(message_id, data):
            return None
        return engine.callback(CONSOLE_USER_ID, data, message_id=message_id)
    if found := LOCATION_RE.match(stripped):
        lat, lon = float(found.group(1)), float(found.group(2))
        return engine.location(CONSOLE_USER_ID, lat, lon)
    return engine.user_message(CONSOLE_USER_ID, text, first_name="You")


def run_console(database_url: str, files: Path = Path("data/console-files")) -> int:
    """Entry point of `python -m bot console`."""
    try:
        asyncio.run(console_session(database_url, files=files))
    except KeyboardInterrupt:
        return 130
    return 0
