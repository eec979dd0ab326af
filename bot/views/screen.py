"""A screen: what one bot message shows (HTML text and button rows), free of Telegram types.

Services and views build Screens; handlers turn them into messages with `views.keyboards`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.content.html import Html

Button = tuple[str, str]  # (label, callback data of at most 64 bytes)


@dataclass(frozen=True)
class Screen:
    """Text in Telegram HTML and rows of (label, callback data) buttons."""

    text: Html
    buttons: list[list[Button]] = field(default_factory=list)
