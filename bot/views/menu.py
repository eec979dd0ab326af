"""The main menu shown after /start, for unmatched text and for expired buttons.

Callback data: `menu:<feature>` (`MenuData`); each re-enters a command through the menu handler.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass
from typing import Literal

from bot.content.html import Html
from bot.content.loader import Content
from bot.views.callback_data import CallbackData
from bot.views.keyboards import Keyboard, keyboard

Feature = Literal["causes", "check", "log", "remind", "prevent", "doctor"]
MENU_FEATURES: tuple[Feature, ...] = ("causes", "check", "log", "remind", "prevent", "doctor")


@dataclass(frozen=True, slots=True)
class MenuData(CallbackData, prefix="menu"):
    """`menu:<feature>`: run that feature's command."""

    feature: Feature


_MENUS: dict[
    tuple[int, frozenset[str]],
    tuple[weakref.ref[Content], tuple[Html, Keyboard | None]],
] = {}


def main_menu(content: Content, available: set[str]) -> tuple[Html, Keyboard | None]:
    """The menu text and keyboard, listing only features that are registered.

    Built once per content store and feature set (the markup is frozen, so it is shared).
    """
    key = (id(content), frozenset(available))
    cached = _MENUS.get(key)
    if cached is None or cached[0]() is not content:
        cached = (weakref.ref(content), _build_menu(content, available))
        _MENUS[key] = cached
    return cached[1]


def _build_menu(content: Content, available: set[str]) -> tuple[Html, Keyboard | None]:
    items = [
        (content.text(f"common.menu_{feature}"), MenuData(feature).pack())
        for feature in MENU_FEATURES
        if feature in available
    ]
    if not items:
        return content.text("help.footer"), None
    rows = [items[i : i + 2] for i in range(0, len(items), 2)]
    return content.text("common.menu_title"), keyboard(rows)
