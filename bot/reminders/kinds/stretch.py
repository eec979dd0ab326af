"""The bedtime stretch: daily at a time, with the routine in the message and a button that
starts it guided."""

from __future__ import annotations

from datetime import time, timedelta

from bot.reminders.kinds import register
from bot.reminders.kinds._daily import Daily


@register
class Stretch(Daily):
    """`/remind stretch 21:30 [note]` (or 9:30pm, 9pm, 21h: see `args.parse_clock`).

    Daily, so a lost one is harmless and a duplicate is noise: never resent after a timeout;
    still useful up to 2 h late; one in quiet hours is dropped.
    """

    name = "stretch"
    words = ("stretching",)
    order = 20
    grace = timedelta(hours=2)
    extras = ("stretch_routine",)
    actions = ("guide",)  # Start: the guided stretch (bot/handlers/guide.py)
    default_at = time(21, 30)
