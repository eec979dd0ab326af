"""Typed callback data of the cramp-logging buttons: the card, held times, /log and /history.

Wire formats (unchanged from the hand-built strings they replace):

    cr:<cramp id>:<field|command>       CardAction  open a field's keypad; undo (just logged),
                                                    delete (asks), yes (deletes), keep
    cr:<cramp id>:<field>:<value>       CardFix     set a field to an offered value
    cr:<cramp id>:day:<yyyymmdd>:<page|->
                                        CardDay     a day of the When keypad: ask its part
    cr:<cramp id>:at:<yyyymmdd>:<part>:<page|->
                                        CardDayPart set the time to that part of the day
                                                    (page: the entry was opened from that
                                                    page of /history; "-": from a card)
    pc:<message id>:<now|1h|night|no>   PendingTime when a cramp held from a message happened
    lg:<step>:<value|skip>              GuidedStep  one answer of /log
    hi:p:<page>                         HistoryNav  a page of /history
    hi:<o|d|y>:<cramp id>:<page>        HistoryItem open an entry (also Cancel), ask to
                                                    delete it, delete it (confirmed)
    hi:f:<cramp id>:<page>:<field>      EntryKeypad open a field's keypad on an opened entry
    hi:v:<cramp id>:<page>:<field>:<value>
                                        EntryFix    set a field of an opened entry

Four codecs share `cr` and four share `hi`; their shapes differ in the number of parts, so at
most one of them unpacks any string. `unpack_card` and `unpack_history` try them all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.services.cramp_log import CardCommand, DayPart, Field, PendingChoice
from bot.views.callback_data import CallbackData


@dataclass(frozen=True, slots=True)
class CardAction(CallbackData, prefix="cr"):
    """A card button that opens the keypad of `action`, or undoes or deletes the entry."""

    cramp_id: int
    action: Field | CardCommand


@dataclass(frozen=True, slots=True)
class CardFix(CallbackData, prefix="cr"):
    """A keypad button on the card: set `field` to `value` (checked by the service)."""

    cramp_id: int
    field: Field
    value: str


@dataclass(frozen=True, slots=True)
class CardDay(CallbackData, prefix="cr"):
    """A day (yyyymmdd) of the When keypad of entry `cramp_id`: ask the part of the day.

    `page` is the /history page the entry was opened from, None on a card.
    """

    cramp_id: int
    action: Literal["day"]
    day: int
    page: int | None


@dataclass(frozen=True, slots=True)
class CardDayPart(CallbackData, prefix="cr"):
    """Set the time of entry `cramp_id` to part `part` of day `day` (yyyymmdd)."""

    cramp_id: int
    action: Literal["at"]
    day: int
    part: DayPart
    page: int | None


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
    """Open ("o"), ask to delete ("d") or delete ("y") entry `cramp_id` of page `page`."""

    action: Literal["o", "d", "y"]
    cramp_id: int
    page: int


@dataclass(frozen=True, slots=True)
class EntryKeypad(CallbackData, prefix="hi"):
    """Open the keypad of `field` on entry `cramp_id`, opened from page `page`."""

    action: Literal["f"]
    cramp_id: int
    page: int
    field: Field


@dataclass(frozen=True, slots=True)
class EntryFix(CallbackData, prefix="hi"):
    """Set `field` of entry `cramp_id` (opened from page `page`) to `value`."""

    action: Literal["v"]
    cramp_id: int
    page: int
    field: Field
    value: str


CardButton = CardAction | CardFix | CardDay | CardDayPart


def unpack_card(data: str | None) -> CardButton | None:
    """The card button pressed, or None for forged or malformed data."""
    return (
        CardAction.unpack(data)
        or CardFix.unpack(data)
        or CardDay.unpack(data)
        or CardDayPart.unpack(data)
    )


HistoryButton = HistoryNav | HistoryItem | EntryKeypad | EntryFix


def unpack_history(data: str | None) -> HistoryButton | None:
    """The history button pressed, or None for forged or malformed data."""
    return (
        HistoryNav.unpack(data)
        or HistoryItem.unpack(data)
        or EntryKeypad.unpack(data)
        or EntryFix.unpack(data)
    )
