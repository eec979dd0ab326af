"""Callback data of the guided bedtime stretch.

`gs:go:<delivery_id>` starts it from a stretch reminder (`gs:go:-` from /prevent's routine);
`gs:<token>:pause|resume|stop` act on the session `token` names (a stale token, such as one from
before a restart, is answered "this stretch has ended").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from bot.views.callback_data import CallbackData

Control = Literal["pause", "resume", "stop"]


@dataclass(frozen=True, slots=True)
class StartData(CallbackData, prefix="gs"):
    """`gs:go:<delivery_id>` or `gs:go:-`: start the guided stretch."""

    step: Literal["go"] = field(default="go", kw_only=True)
    delivery_id: int | None


@dataclass(frozen=True, slots=True)
class ControlData(CallbackData, prefix="gs"):
    """`gs:<token>:<action>`: pause, resume or stop a running guided stretch."""

    token: int
    action: Control
