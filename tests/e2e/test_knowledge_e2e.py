"""Every knowledge command and a few buttons against the real bot process: no 400s."""

from __future__ import annotations

from typing import Any

import pytest

from bot.views.knowledge import view_for
from tests.e2e.conftest import USER, BotProcess
from tests.fakes.harness import shared_content
from tests.fakes.knowledge import at

pytestmark = pytest.mark.e2e

CONTENT = shared_content()
# command -> the callback data opening the same screens
COMMANDS = {
    "/causes": "causes",
    "/cause dehydration": "cause:dehydration",
    "/symptoms": "symptoms",
    "/b12": "b12",
    "/foods": "foods",
    "/prevent": "prevent",
    "/doctor": "doctor",
}


def buttons(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [str(b.get("callback_data")) for row in rows for b in row]


def test_every_knowledge_command_answers_without_rejections(bot_process: BotProcess) -> None:
    engine = bot_process.engine
    bot_process.wait(lambda calls: any(c.method == "setMyCommands" for c in calls))

    for command, data in COMMANDS.items():
        screens = view_for(CONTENT, at(data))
        assert screens is not None
        replies = bot_process.say(command, replies=len(screens))
        assert len(replies) == len(screens), command
    (ids,) = bot_process.say("/cause nonsense")
    assert "dehydration" in ids
    (question,) = bot_process.say("/check")
    assert "Question 1" in question
    (answer,) = bot_process.say("is magnesium good for cramps?")
    assert "magnesium" in answer.lower()

    edits = len(engine.sent(USER, method="editMessageText"))
    check = next(m["message_id"] for m in engine.messages(USER) if "chk:1:n" in buttons(m))
    engine.callback(USER, "chk:1:n", message_id=check)
    bot_process.wait(lambda _: len(engine.sent(USER, method="editMessageText")) > edits)
    assert "Question 2" in str(engine.sent(USER, method="editMessageText")[-1].params["text"])

    rejected = [(c.method, c.status) for c in engine.calls if c.status == 400]
    assert rejected == []
    code, stderr = bot_process.stop()
    assert code == 0, stderr
    assert "Traceback" not in stderr
