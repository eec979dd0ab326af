"""The morning check-in: daily at a time, "Any leg cramps last night?" in taps.

Its message is composed from the user's diary (a night already logged is confirmed, not asked
again; after three unanswered mornings it pauses), so a feature writes it:
`ReminderKind.composed`, `BotData.reminder_composers` (`bot/handlers/checkin.py`).
"""

from __future__ import annotations

from datetime import time, timedelta

from bot.reminders.kinds import register
from bot.reminders.kinds._daily import Daily


@register
class CheckIn(Daily):
    """`/remind checkin 07:30` (or 7:30am, 7am, 07h: see `args.parse_clock`).

    Daily, so a lost one costs one night's answer and a duplicate is noise: never resent
    after a timeout. It asks about the night just gone, so it is still useful until late
    morning (4 h); one that falls in quiet hours waits for their end (it never comes inside
    them) or, past its grace, is missed.
    """

    name = "checkin"
    words = ("check-in", "morning")
    order = 25
    grace = timedelta(hours=4)
    quiet_defers = True
    composed = True
    one_per_user = True
    default_at = time(8, 0)
