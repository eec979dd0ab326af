"""Inline keyboards from (label, callback data) pairs; data is checked against Telegram's limit."""

from __future__ import annotations

from collections.abc import Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.views.screen import Button, Screen

MAX_CALLBACK_BYTES = 64


def callback(*parts: object) -> str:
    """Join parts into callback data, e.g. callback("tz", "set", 3) -> "tz:set:3"."""
    data = ":".join(str(part) for part in parts)
    size = len(data.encode("utf-8"))
    if not 1 <= size <= MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data of {size} bytes: {data[:20]!r}...")
    return data


def keyboard(rows: Sequence[Sequence[Button]]) -> InlineKeyboardMarkup:
    """An inline keyboard, one list of (label, data) buttons per row."""
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(label, callback_data=callback(data)) for label, data in row]
         for row in rows if row]
    )  # fmt: skip


def column(buttons: Sequence[Button]) -> InlineKeyboardMarkup:
    """One button per row."""
    return keyboard([[button] for button in buttons])


def markup_of(screen: Screen) -> InlineKeyboardMarkup | None:
    """The keyboard of a screen, or None when it has no buttons."""
    held = _STATIC.get(id(screen))
    if held is not None and held[0] is screen:
        return held[1]
    return keyboard(screen.buttons) if screen.buttons else None


# Markups of screens that are built once and kept (see `keep_markup`): markups are frozen,
# so one built before is sent again. Only kept screens are held, so this stays bounded.
_STATIC: dict[int, tuple[Screen, InlineKeyboardMarkup | None]] = {}


def keep_markup(screen: Screen) -> None:
    """Build the keyboard of a screen that lives as long as its content store, once."""
    if _STATIC.get(id(screen), (None,))[0] is not screen:
        _STATIC[id(screen)] = (screen, keyboard(screen.buttons) if screen.buttons else None)
