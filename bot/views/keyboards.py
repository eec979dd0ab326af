"""Inline keyboards from (label, callback data) pairs; data is checked against Telegram's limit.

A `Keyboard` carries its rows and PTB's `InlineKeyboardMarkup` of them, built once (screens
kept per content store keep theirs), which handlers pass to PTB's `send_message`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from telegram import InlineKeyboardButton, InlineKeyboardMarkup, ReplyKeyboardMarkup

from bot.views.screen import Button, Screen

MAX_CALLBACK_BYTES = 64


def callback(*parts: object) -> str:
    """Join parts into callback data, e.g. callback("tz", "set", 3) -> "tz:set:3"."""
    data = ":".join(str(part) for part in parts)
    size = len(data.encode("utf-8"))
    if not 1 <= size <= MAX_CALLBACK_BYTES:
        raise ValueError(f"callback data of {size} bytes: {data[:20]!r}...")
    return data


@dataclass(frozen=True, slots=True)
class Keyboard:
    """Rows of (label, callback data) buttons, every datum within Telegram's 64 bytes."""

    rows: tuple[tuple[Button, ...], ...]
    markup: InlineKeyboardMarkup  # the `reply_markup` of the Bot API

    @classmethod
    def of(cls, rows: tuple[tuple[Button, ...], ...]) -> Keyboard:
        """The keyboard of these rows, with its Telegram markup built once."""
        buttons = [[InlineKeyboardButton(label, callback_data=data) for label, data in row]
                   for row in rows]  # fmt: skip
        return cls(rows, InlineKeyboardMarkup(buttons))


@dataclass(frozen=True, slots=True)
class ReplyKeys:
    """Buttons under the chat that send their label as a message (Telegram's reply keyboard),
    kept there (`is_persistent`) until another reply keyboard replaces them."""

    labels: tuple[str, ...]
    markup: ReplyKeyboardMarkup

    @classmethod
    def of(cls, *labels: str) -> ReplyKeys:
        markup = ReplyKeyboardMarkup([list(labels)], resize_keyboard=True, is_persistent=True)
        return cls(labels, markup)


def keyboard(rows: Sequence[Sequence[Button]]) -> Keyboard:
    """An inline keyboard, one list of (label, data) buttons per row (empty rows dropped)."""
    return Keyboard.of(
        tuple(tuple((label, callback(data)) for label, data in row) for row in rows if row)
    )


def column(buttons: Sequence[Button]) -> Keyboard:
    """One button per row."""
    return keyboard([[button] for button in buttons])


def markup_of(screen: Screen) -> Keyboard | None:
    """The keyboard of a screen, or None when it has no buttons."""
    held = _STATIC.get(id(screen))
    if held is not None and held[0] is screen:
        return held[1]
    return keyboard(screen.buttons) if screen.buttons else None


# Keyboards of screens that are built once and kept (see `keep_markup`): a kept screen never
# changes, so the keyboard built before is sent again. Only kept screens
# are held, so this stays bounded.
_STATIC: dict[int, tuple[Screen, Keyboard | None]] = {}


def keep_markup(screen: Screen) -> None:
    """Build the keyboard of a screen that lives as long as its content store, once."""
    if _STATIC.get(id(screen), (None,))[0] is not screen:
        _STATIC[id(screen)] = (screen, keyboard(screen.buttons) if screen.buttons else None)
