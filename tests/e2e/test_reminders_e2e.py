"""A reminder whose time has come reaches the chat from the real bot process; Done is
answered; once the user blocks the bot, the next reminder's 403 marks them blocked.

Time is moved in the database (the reminder's next slot set to now), never waited for."""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine, create_engine, select, update

from bot.db.models import Reminder, User
from bot.offline.engine import Call
from tests.e2e.conftest import USER, BotProcess

pytestmark = pytest.mark.e2e
FAST = {"REMINDER_POLL_SECONDS": "1"}


def reminder_sends(calls: list[Call]) -> list[Call]:
    return [
        c for c in calls
        if c.method == "sendMessage" and "rd:" in str(c.params.get("reply_markup"))
    ]  # fmt: skip


def _make_due(db: Engine, kind: str) -> None:
    """Move the reminder of `kind` to now, as if its time had come."""
    with db.begin() as conn:
        moment = datetime.now(UTC)
        conn.execute(
            update(Reminder)
            .where(Reminder.kind == kind)
            .values(next_slot=moment, next_fire_at=moment)
        )


@pytest.mark.parametrize("bot_process", [FAST], indirect=True)
def test_reminder_arrives_done_is_answered_and_a_block_pauses(bot_process: BotProcess) -> None:
    engine = bot_process.engine
    bot_process.wait(lambda calls: any(c.method == "setMyCommands" for c in calls))
    due = datetime.now(UTC).replace(second=0, microsecond=0) + timedelta(minutes=10)
    (reply,) = bot_process.say(f"/remind checkup {due:%Y-%m-%d %H:%M} blood test")
    assert "Reminder set" in reply
    assert f"{due:%Y-%m-%d %H:%M}</b> (UTC)" in reply
    later = due + timedelta(hours=12)  # its own time never comes during the test
    (reply,) = bot_process.say(f"/remind stretch {later:%H:%M}")  # a later one, moved below
    assert bot_process.database is not None
    db = create_engine(f"sqlite:///{bot_process.database}", connect_args={"timeout": 10})
    _make_due(db, "checkup")  # time passes instead of waiting for the real minute

    calls = bot_process.wait(lambda calls: len(reminder_sends(calls)) == 1)
    (sent,) = reminder_sends(calls)
    assert sent.status == 200
    assert "blood test" in str(sent.params["text"])
    done = next(
        b["callback_data"]
        for row in sent.params["reply_markup"]["inline_keyboard"]
        for b in row
        if b["callback_data"].endswith(":done")
    )
    message_id = next(
        m["message_id"] for m in engine.messages(USER) if "rd:" in str(m.get("reply_markup"))
    )
    engine.callback(USER, done, message_id=message_id)
    bot_process.wait(
        lambda calls: any(
            c.method == "answerCallbackQuery" and "Recorded" in str(c.params.get("text"))
            for c in calls
        )
    )

    engine.block(USER)
    try:
        _make_due(db, "stretch")
        bot_process.wait(
            lambda calls: any(c.method == "sendMessage" and c.status == 403 for c in calls)
        )
        deadline = time.monotonic() + 10
        blocked_at = None
        while blocked_at is None and time.monotonic() < deadline:
            with db.connect() as conn:
                blocked_at = conn.scalar(select(User.blocked_at).where(User.id == USER))
            time.sleep(0.2)
        assert blocked_at is not None
    finally:
        db.dispose()
    attempts = len([c for c in engine.calls if c.method == "sendMessage"])
    time.sleep(2)  # two more dispatcher rounds: nothing is retried for a blocked user
    assert len([c for c in engine.calls if c.method == "sendMessage"]) == attempts
    code, err = bot_process.stop()
    assert code == 0
    assert "Traceback" not in err
