"""Two instances in webhook mode on one PostgreSQL database, behind a round-robin balancer.

One fake Telegram (a tagged server per instance, so their calls can be told apart), one fresh
database, two `python -m bot run` processes started together on it. Each update is built by
the fake engine (consistent chats and message ids) and POSTed, with the secret, to one
instance or the other, the way a load balancer spreads Telegram's requests. One conversation
crosses both: /start, a whole /check run answered button by button on alternating instances,
a cramp logged on A and fixed from its card on B, a reminder set on one and made due: it is
sent once, by one of the two. The same update id POSTed to A then B is handled once. Every
update's replies arrive once, and the fake rejects no call.

The conversation needs no process-local state: whichever instance gets an update continues
from what the other stored (the /check answers in `dialogs`, the cramp in `cramps`, the
reminder's claim in `deliveries`, the handled update ids in `processed_updates`). Starting
both together on the empty database also checks that their migrations do not race.
"""

from __future__ import annotations

import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select, update

from bot.db.models import Cramp, Reminder
from bot.db.session import create_engine
from bot.offline.engine import Call
from tests.conftest import run_blocking
from tests.e2e.burst import (
    TimedEngine,
    reminder_sends,
    run_dir,
    wait_until,
)
from tests.e2e.conftest import TOKEN, USER, BotProcess, launch
from tests.e2e.test_webhook_e2e import SECRET, free_port, post, wait_ready
from tests.fakes.bot_api_server import FakeBotApiServer

pytestmark = pytest.mark.e2e
PATH = "/tg"
CRAMP = "cramp in my left calf 2 hours ago, 6/10"


def buttons(call: Call | dict[str, Any]) -> list[str]:
    params = call.params if isinstance(call, Call) else call
    rows = (params.get("reply_markup") or {}).get("inline_keyboard") or []
    return [str(b.get("callback_data")) for row in rows for b in row]


class Balancer:
    """Sends each update to one instance, as Telegram through a load balancer would."""

    def __init__(self, engine: TimedEngine, ports: dict[str, int]) -> None:
        self.engine = engine
        self.urls = {name: f"http://127.0.0.1:{port}{PATH}" for name, port in ports.items()}
        self.handled: list[tuple[str, int]] = []  # (instance, update id)

    def deliver(self, name: str, payload: dict[str, Any]) -> list[Call]:
        """POST `payload` to instance `name`; the calls it made while handling it.

        The instance answers 200 only after the update was handled (replies sent, work
        committed), so the calls between the POST and its answer are the update's replies.
        """
        before = len(self.engine.log)
        assert post(self.urls[name], payload, SECRET) == 200, (name, payload)
        self.handled.append((name, int(payload["update_id"])))
        return [call for _t, tag, call in self.engine.log[before:] if tag == name]


def sends(calls: list[Call], method: str = "sendMessage") -> list[Call]:
    return [c for c in calls if c.method == method and c.params.get("chat_id") == USER]


def edits(calls: list[Call]) -> list[Call]:
    return sends(calls, "editMessageText")


def pressed(calls: list[Call]) -> list[Call]:
    return [c for c in calls if c.method == "answerCallbackQuery"]


def cramps(url: str) -> list[tuple[int, str | None, str | None, int | None]]:
    async def read() -> list[tuple[int, str | None, str | None, int | None]]:
        engine = create_engine(url)
        try:
            async with engine.connect() as conn:
                rows = await conn.execute(
                    select(Cramp.id, Cramp.side, Cramp.muscle, Cramp.severity).where(
                        Cramp.user_id == USER
                    )
                )
                return [(i, side, muscle, sev) for i, side, muscle, sev in rows]
        finally:
            await engine.dispose()

    return run_blocking(read())


def make_due(url: str, kind: str) -> int:
    """Move the reminder of `kind` to now, as if its time had come; how many rows moved."""

    async def move() -> int:
        engine = create_engine(url)
        now = datetime.now(UTC)
        try:
            async with engine.begin() as conn:
                done = await conn.execute(
                    update(Reminder)
                    .where(Reminder.user_id == USER, Reminder.kind == kind)
                    .values(next_slot=now, next_fire_at=now)
                )
                return int(done.rowcount)
        finally:
            await engine.dispose()

    return run_blocking(move())


def start(server: FakeBotApiServer, tmp: Path, database: str, port: int) -> BotProcess:
    """`python -m bot run` in webhook mode on `port`, on `database`, against `server`."""
    return launch(
        server, tmp, DATABASE_URL=database, WEBHOOK_URL=f"http://127.0.0.1:{port}{PATH}",
        WEBHOOK_SECRET=SECRET, WEBHOOK_LISTEN="127.0.0.1", WEBHOOK_PORT=str(port),
        REMINDER_POLL_SECONDS="1",
    )  # fmt: skip


def test_a_conversation_spread_over_two_webhook_instances(
    pg_database: str, tmp_path: Path
) -> None:
    started = time.monotonic()
    engine = TimedEngine(TOKEN)
    engine.add_chat(USER, name="Eve")
    servers = {name: engine.serve_as(name).start() for name in ("a", "b")}
    ports = {name: free_port() for name in servers}
    # both at once on the empty database: a deploy of two instances migrates it together
    bots = {
        name: start(server, run_dir(tmp_path, name), pg_database, ports[name])
        for name, server in servers.items()
    }
    lb = Balancer(engine, ports)
    try:
        for name, bot in bots.items():
            wait_ready(f"http://127.0.0.1:{ports[name]}", bot, timeout=40)

        # /start on A: the welcome and its follow-up, once each
        welcome = sends(lb.deliver("a", engine.user_message(USER, "/start", first_name="Eve")))
        assert len(welcome) == 2
        assert "Hello, Eve!" in str(welcome[0].params["text"])

        # /check on B, then every answer on the other instance than the one before
        (question,) = sends(lb.deliver("b", engine.user_message(USER, "/check")))
        assert "Question 1" in str(question.params["text"])
        check_id = next(m["message_id"] for m in engine.messages(USER) if "chk:1:n" in buttons(m))
        text, number, turn = str(question.params["text"]), 0, "a"
        while "Question" in text:
            number += 1
            assert f"Question {number}" in text
            calls = lb.deliver(turn, engine.callback(USER, f"chk:{number}:n", message_id=check_id))
            answered = [c.params.get("text", "") for c in pressed(calls)]
            assert answered == [""], number  # not "expired": B continues from A's answers
            assert sends(calls) == [], number  # no question sent again
            (edit,) = edits(calls)
            text, turn = str(edit.params["text"]), "b" if turn == "a" else "a"
            assert number <= 12
        assert number > 2, "the run crossed the instances several times"
        assert "Nothing stood out" in text

        # a cramp on A; its card's keypad opened on A, the fix pressed on B
        (card,) = sends(lb.deliver("a", engine.user_message(USER, CRAMP)))
        assert "Cramp logged" in str(card.params["text"])
        ((cramp_id, side, muscle, severity),) = cramps(pg_database)
        assert (side, muscle, severity) == ("left", "calf", 6)
        assert f"cr:{cramp_id}:side" in buttons(card)
        card_id = next(
            m["message_id"] for m in engine.messages(USER) if f"cr:{cramp_id}:undo" in buttons(m)
        )
        calls = lb.deliver("a", engine.callback(USER, f"cr:{cramp_id}:side", message_id=card_id))
        (keypad,) = edits(calls)
        assert f"cr:{cramp_id}:side:right" in buttons(keypad)
        assert sends(calls) == []
        calls = lb.deliver(
            "b", engine.callback(USER, f"cr:{cramp_id}:side:right", message_id=card_id)
        )
        (fixed,) = edits(calls)
        assert "Where: right calf" in str(fixed.params["text"])
        assert cramps(pg_database) == [(cramp_id, "right", "calf", 6)]

        # one update id delivered twice (Telegram's retry landing on the other instance)
        help_update = engine.user_message(USER, "/help")
        assert len(sends(lb.deliver("a", help_update))) == 1
        assert lb.deliver("b", help_update) == []  # handled once: nothing sent the second time

        # a reminder set on B, made due: sent once, by one of the two
        due = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(hours=3)
        remind = f"/remind checkup {due:%Y-%m-%d %H:%M} blood test"
        (reply,) = sends(lb.deliver("b", engine.user_message(USER, remind)))
        assert "Reminder set" in str(reply.params["text"])
        assert reminder_sends(engine.calls) == []
        assert make_due(pg_database, "checkup") == 1
        wait_until(lambda: len(reminder_sends(engine.calls)) >= 1, timeout=15, what="reminder")
        time.sleep(3)  # three more rounds of each dispatcher: nothing is sent again
        (reminder,) = reminder_sends(engine.calls)
        assert "blood test" in str(reminder.params["text"])
        sender = next(tag for _t, tag, c in engine.log if c is reminder)
        done = next(b for b in buttons(reminder) if b.endswith(":done"))
        reminder_id = next(m["message_id"] for m in engine.messages(USER) if done in buttons(m))
        other = "b" if sender == "a" else "a"
        calls = lb.deliver(other, engine.callback(USER, done, message_id=reminder_id))
        assert any("Recorded" in str(c.params.get("text")) for c in pressed(calls))
    finally:
        results = {name: bot.stop() for name, bot in bots.items()}
        for server in servers.values():
            server.stop()
        for name, (_code, err) in results.items():
            sys.stderr.write(f"--- instance {name}\n{err}")

    for name, (code, err) in results.items():
        assert code == 0, name
        assert "Traceback" not in err, name
    rejected = [(c.method, c.status) for c in engine.calls if c.status != 200]
    assert rejected == []
    # every message the bot sent went out once (the welcome, the question, the card, ...)
    texts = [str(c.params["text"]) for c in engine.sent(USER)]
    assert len(texts) == len(set(texts)), texts
    assert {name for name, _id in lb.handled} == {"a", "b"}
    took = time.monotonic() - started
    print(f"two instances: {len(lb.handled)} updates ({number} /check answers), ", end="")
    print(f"reminder sent by {sender}, {took:.1f} s")
