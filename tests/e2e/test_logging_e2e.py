"""A cramp described in chat is logged by the real bot process and fixed with a button."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import USER, BotProcess

pytestmark = pytest.mark.e2e


def test_cramp_message_is_logged_and_fixed(bot_process: BotProcess) -> None:
    engine = bot_process.engine
    bot_process.wait(lambda calls: any(c.method == "setMyCommands" for c in calls))
    bot_process.say("/timezone Europe/Berlin")
    (card,) = bot_process.say("cramp in my left calf 2 hours ago, 6/10")
    assert "Cramp logged" in card
    assert "left calf" in card
    assert "6/10" in card
    message = engine.sent(USER)[-1]
    buttons = [
        b["callback_data"]
        for row in message.params["reply_markup"]["inline_keyboard"]
        for b in row
    ]
    severity = next(b for b in buttons if b.endswith(":sev"))
    card_id = next(
        m["message_id"] for m in engine.messages(USER) if m.get("text", "").startswith("✅")
    )
    engine.callback(USER, severity, message_id=card_id)
    bot_process.wait(
        lambda calls: sum(c.method == "editMessageText" and c.status == 200 for c in calls) >= 1
    )
    engine.callback(USER, severity + ":8", message_id=card_id)
    bot_process.wait(
        lambda calls: sum(c.method == "editMessageText" and c.status == 200 for c in calls) >= 2
    )
    assert "8/10" in str(engine.last_text(USER))
    assert [c for c in engine.calls if c.status == 400] == []
