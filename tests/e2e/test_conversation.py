"""A short conversation with the real bot process over HTTP, then a clean SIGTERM shutdown."""

from __future__ import annotations

import pytest

from tests.e2e.conftest import TOKEN, BotProcess

pytestmark = pytest.mark.e2e


def test_conversation_and_clean_shutdown(bot_process: BotProcess) -> None:
    engine = bot_process.engine
    bot_process.wait(lambda calls: any(c.method == "setMyCommands" for c in calls))

    welcome = bot_process.say("/start", replies=2, first_name="Eve")
    assert "Hello, Eve!" in welcome[0]
    assert "time zone" in welcome[0]
    (zone,) = bot_process.say("/timezone Europe/Berlin")
    assert "Europe/Berlin" in zone
    (help_text,) = bot_process.say("/help")
    assert "/privacy" in help_text

    rejected = [c for c in engine.calls if c.status == 400]
    assert rejected == []

    code, stderr = bot_process.stop()
    assert code == 0, stderr
    assert "Traceback" not in stderr
    assert TOKEN not in stderr
    assert "Hello" not in stderr  # message texts never reach the logs
