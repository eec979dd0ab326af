"""/delete's confirmation and its buttons (`del:yes`, `del:no`)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.content.html import Html
from bot.content.loader import Content
from bot.views.callback_data import CallbackData
from bot.views.screen import Screen


@dataclass(frozen=True, slots=True)
class DeleteData(CallbackData, prefix="del"):
    """`del:yes` erases the user's data, `del:no` leaves it alone."""

    answer: Literal["yes", "no"]


def delete_confirm(content: Content) -> Screen:
    """Ask for confirmation before erasing everything."""
    return Screen(
        content.text("privacy.delete_confirm"),
        [
            [(content.text("privacy.delete_yes"), DeleteData("yes").pack())],
            [(content.text("common.cancel"), DeleteData("no").pack())],
        ],
    )


def delete_answer(content: Content, *, erased: bool) -> Html:
    """What became of the user's data."""
    return content.text("privacy.delete_done" if erased else "privacy.delete_cancelled")
