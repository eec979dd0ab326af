"""Callback data of the reminder buttons.

`rem:new:<kind>` (one-tap default reminder: the /remind menu, the cause finder, /prevent),
`rem:soon:<hour>` (the check-up offer after frequent cramps), `rem:pq:<token>:<choice>` (a
reminder quiet hours would keep from coming: move / quiet / cancel), `rm:list` (the list),
`rm:<reminder_id>:pause|resume|delete` (list buttons) and `rd:<delivery_id>:<action>` on a
reminder message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.reminders.repository import Action
from bot.services.reminders import Change, PendingChoice
from bot.views.callback_data import CallbackData


@dataclass(frozen=True, slots=True)
class NewReminderData(CallbackData, prefix="rem"):
    """`rem:new:<kind>`: set a reminder of that kind with its defaults (the service refuses a
    kind it does not know)."""

    step: Literal["new"] = field(default="new", kw_only=True)
    kind: str


@dataclass(frozen=True, slots=True)
class SoonReminderData(CallbackData, prefix="rem"):
    """`rem:soon:<hour>`: a one-off check-up reminder tomorrow at that hour."""

    step: Literal["soon"] = field(default="soon", kw_only=True)
    hour: int


@dataclass(frozen=True, slots=True)
class PendingData(CallbackData, prefix="rem"):
    """`rem:pq:<token>:<choice>`: what to do with the reminder held because quiet hours would
    keep it from coming (the token names the held reminder; an older one's buttons expire)."""

    step: Literal["pq"] = field(default="pq", kw_only=True)
    token: int
    choice: PendingChoice


@dataclass(frozen=True, slots=True)
class ListData(CallbackData, prefix="rm"):
    """`rm:list`: show the reminder list."""

    show: Literal["list"] = field(default="list", kw_only=True)


@dataclass(frozen=True, slots=True)
class ChangeData(CallbackData, prefix="rm"):
    """`rm:<reminder_id>:<change>`: pause, resume or delete one reminder."""

    reminder_id: int
    change: Change


@dataclass(frozen=True, slots=True)
class DeliveryData(CallbackData, prefix="rd"):
    """`rd:<delivery_id>:<action>`: Done / Snooze / Skip today / Stop on a reminder message."""

    delivery_id: int
    action: Action
