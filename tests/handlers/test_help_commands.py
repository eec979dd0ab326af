"""/help promises only what exists: each line names a command the bot has a handler for."""

from __future__ import annotations

import re

from telegram.ext import CommandHandler

from tests.fakes.harness import Harness, shared_content


def registered(bot: Harness) -> set[str]:
    return {
        command
        for handlers in bot.app.handlers.values()
        for handler in handlers
        if isinstance(handler, CommandHandler)
        for command in handler.commands
    }


async def test_each_help_line_names_a_registered_command(bot: Harness) -> None:
    (text,) = await bot.say("/help")
    lines = [line for line in text.splitlines() if line.startswith("/")]
    named = [re.match(r"/(\w+) - ", line) for line in lines]
    assert all(named), lines
    commands = [m.group(1) for m in named if m]
    assert commands == [c.command for c in shared_content().commands.commands]
    assert set(commands) <= registered(bot), set(commands) - registered(bot)
    # and examples in the descriptions name registered commands too
    mentioned = set(re.findall(r"(?<![\w/])/([a-z]\w*)", text))
    assert mentioned <= registered(bot), mentioned - registered(bot)


async def test_every_registered_command_is_listed(bot: Harness) -> None:
    listed = {c.command for c in shared_content().commands.commands}
    hidden = {"admin"}  # answers only ADMIN_IDS; everyone else gets the unknown-command reply
    assert registered(bot) - hidden <= listed, registered(bot) - hidden - listed
