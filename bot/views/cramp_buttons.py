"""Typed callback data of the cramp-logging buttons: the card, held times, /log and /history.

Wire formats (unchanged from the hand-built strings they replace):

    cr:<cramp id>:<field|undo>          CardAction  open a field's keypad, or undo the entry
    cr:<cramp id>:<field>:<value>       CardFix     set a field to an offered value
    pc:<message id>:<now|1h|night|no>   PendingTime when a cramp held from a message happened
    lg:<step>:<value|skip>              GuidedStep  one answer of /log
    hi:p:<page>                         HistoryNav  a page of /history
    hi:<o|d>:<cramp id>:<page>          HistoryItem open or delete an entry

Two codecs share `cr` and two share `hi`; their shapes differ in the number of parts, so at
most one of them unpacks any string. `unpack_card` and `unpack_history` try both.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.services.cramp_log import Field, PendingChoice
from bot.views.callback_data import CallbackData


@dataclass(frozen=True, slots=True)
class CardAction(CallbackData, prefix="cr"):
    """A card button that opens the keypad of `action`, or undoes the entry."""

    cramp_id: int
    action: Field | Literal["undo"]


@dataclass(frozen=True, slots=True)
class CardFix(CallbackData, prefix="cr"):
    """A keypad button on the card: set `field` to `value` (checked by the service)."""

    cramp_id: int
    field: Field
    value: str


@dataclass(frozen=True, slots=True)
class PendingTime(CallbackData, prefix="pc"):
    """When the cramp held from the user's chat message `message_id` happened (or drop it)."""

    message_id: int
    choice: PendingChoice


@dataclass(frozen=True, slots=True)
class GuidedStep(CallbackData, prefix="lg"):
    """The answer `value` (or "skip") to step `step` of /log."""

    step: int
    value: str


@dataclass(frozen=True, slots=True)
class HistoryNav(CallbackData, prefix="hi"):
    """Show page `page` of /history."""

    action: Literal["p"]
    page: int


@dataclass(frozen=True, slots=True)
class HistoryItem(CallbackData, prefix="hi"):
    """Open ("o") or delete ("d") entry `cramp_id`, shown from page `page`."""

    action: Literal["o", "d"]
    cramp_id: int
    page: int


def unpack_card(data: str | None) -> CardAction | CardFix | None:
    """The card button pressed, or None for forged or malformed data."""
    return CardAction.unpack(data) or CardFix.unpack(data)


def unpack_history(data: str | None) -> HistoryNav | HistoryItem | None:
    """The history button pressed, or None for forged or malformed data."""
    return HistoryNav.unpack(data) or HistoryItem.unpack(data)
