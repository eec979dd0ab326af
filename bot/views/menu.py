"""The main menu shown after /start, for unmatched text and for expired buttons."""

from __future__ import annotations

from telegram import InlineKeyboardMarkup

from bot.content.html import Html
from bot.content.loader import Content
from bot.views.keyboards import keyboard

# (UI text key, callback data): each callback re-enters a command through the menu handler.
MENU_ITEMS = (
    ("common.menu_causes", "menu:causes"),
    ("common.menu_check", "menu:check"),
    ("common.menu_log", "menu:log"),
    ("common.menu_remind", "menu:remind"),
    ("common.menu_prevent", "menu:prevent"),
    ("common.menu_doctor", "menu:doctor"),
)


def main_menu(content: Content, available: set[str]) -> tuple[Html, InlineKeyboardMarkup | None]:
    """The menu text and keyboard, listing only features that are registered."""
    items = [(content.text(key), data) for key, data in MENU_ITEMS if data[5:] in available]
    if not items:
        return content.text("help.footer"), None
    rows = [items[i : i + 2] for i in range(0, len(items), 2)]
    return content.text("common.menu_title"), keyboard(rows)
