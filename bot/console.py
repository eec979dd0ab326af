"""`python -m bot console`: the real application in a terminal, against the offline Bot API double.

Reads one message per line from standard input; a number picks a button of the latest message
with buttons. Reminders are printed as they fire. Ends cleanly at the end of input.
"""

from __future__ import annotations

import asyncio
import sys
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
PRINTED_METHODS = {"sendMessage", "editMessageText", "sendPhoto", "sendDocument"}


class Transcript:
    """Prints what the bot sends to the console user and remembers the latest buttons."""

    def __init__(self, engine: Engine, out: TextIO) -> None:
        self.engine = engine
        self.out = out
        self.seen = 0
        self.buttons: list[tuple[int, str]] = []  # (message id, callback data)

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
        raw = str(params.get("text") or params.get("caption") or "")
        text = parse_html(raw).text if params.get("parse_mode") == "HTML" else raw
        prefix = "bot (edited)> " if method == "editMessageText" else "bot> "
        if method in {"sendPhoto", "sendDocument"}:
            key = "photo" if method == "sendPhoto" else "document"
            text = f"[{key} attached] {text}".strip()
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

    def _message_id(self, params: dict[str, Any]) -> int:
        if "message_id" in params:
            return int(params["message_id"])
        sent = [m for m in self.engine.messages(CONSOLE_USER_ID) if "reply_markup" in m]
        return int(sent[-1]["message_id"]) if sent else 0


async def _read_line() -> str:
    return await asyncio.get_running_loop().run_in_executor(None, sys.stdin.readline)


async def console_session(database_url: str, out: TextIO = sys.stdout) -> None:
    """Run the application offline until standard input ends."""
    engine = Engine(token=CONSOLE_TOKEN, first_name="Cramp Bot")
    engine.add_chat(CONSOLE_USER_ID, name="You")
    settings = Settings(database_url=database_url)
    setup_logging("WARNING")
    request = OfflineRequest(engine)
    app = build_application(
        settings, token=CONSOLE_TOKEN, request=request, updates_request=OfflineRequest(engine)
    )
    transcript = Transcript(engine, out)
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
    out.write("Chatting with the bot offline. Type a message; a number presses a button.\n")
    out.flush()
    try:
        while line := await _read_line():
            text = line.rstrip("\n")
            if not text.strip():
                continue
            out.write(f"you> {text}\n")
            payload = _to_update(engine, transcript, text)
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


def _to_update(engine: Engine, transcript: Transcript, text: str) -> dict[str, Any]:
    stripped = text.strip()
    if stripped.isdigit() and 1 <= int(stripped) <= len(transcript.buttons):
        message_id, data = transcript.buttons[int(stripped) - 1]
        return engine.callback(CONSOLE_USER_ID, data, message_id=message_id)
    return engine.user_message(CONSOLE_USER_ID, text, first_name="You")


def run_console(database_url: str) -> int:
    """Entry point of `python -m bot console`."""
    try:
        asyncio.run(console_session(database_url))
    except KeyboardInterrupt:
        return 130
    return 0
