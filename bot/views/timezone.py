"""Time-zone screens: the zones offered for a local time (`tz:<zone>`, `tz:-` for another)
and the confirmation.

IANA names hold "/", which callback data cannot carry: `TimezoneData` writes it as "." (no
IANA name contains a dot), so `Europe/Berlin` travels as `tz:Europe.Berlin`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.services.timezones import local_now
from bot.views.callback_data import CallbackData
from bot.views.screen import Screen


@dataclass(frozen=True, slots=True)
class TimezoneData(CallbackData, prefix="tz"):
    """`tz:<zone with "." for "/">`, or `tz:-` for "another zone"."""

    zone: str | None

    @classmethod
    def of(cls, zone: str | None) -> TimezoneData:
        """The button data of an IANA zone (None: another zone)."""
        return cls(zone.replace("/", ".") if zone else None)

    @property
    def name(self) -> str | None:
        """The IANA name the button carries (not yet validated), or None for "another zone"."""
        return self.zone.replace(".", "/") if self.zone else None


def zone_choices(content: Content, zones: list[str], local: time) -> Screen:
    """The zones whose clock shows `local`, a button each, and "another zone"."""
    rows = [[(zone, TimezoneData.of(zone).pack())] for zone in zones]
    rows.append([(content.text("timezone.other_zone"), TimezoneData.of(None).pack())])
    return Screen(content.text("timezone.pick_for_time", local_time=f"{local:%H:%M}"), rows)


def zone_set(content: Content, zone: str, *, now: datetime, moved: bool) -> Html:
    """The zone is set: its local time, and whether reminders moved."""
    text = content.text("timezone.set", zone=zone, local_time=f"{local_now(now, zone):%H:%M}")
    return join([text, content.text("timezone.moved_reminders")]) if moved else text
