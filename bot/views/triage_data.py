"""Callback data of the warning-sign question: `tri:<message id>:<choice>`.

The question is asked when a message names the leg with a finding the screen cannot place;
the message id ties the answer to that message (and to the cramp held from it, if any).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from bot.views.callback_data import CallbackData

Choice = Literal["swollen", "cold", "neither"]


@dataclass(frozen=True, slots=True)
class AskData(CallbackData, prefix="tri"):
    """`tri:<message id>:<choice>`: the answer to the question about the leg."""

    message_id: int
    choice: Choice
