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
from bot.services.timezones import local_now, offset_for_local_time, offset_label, zone_label
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


def _shown(zone: str, now: datetime) -> str:
    """A zone as a person reads it: "Europe/Berlin", or "UTC−5" for a fixed offset."""
    return zone_label(zone, now) if zone == "UTC" or zone.startswith("Etc/") else zone


def _rows(content: Content, zones: list[str], now: datetime) -> list[list[tuple[str, str]]]:
    rows = [[(_shown(zone, now), TimezoneData.of(zone).pack())] for zone in zones]
    rows.append([(content.label("timezone.other_zone"), TimezoneData.of(None).pack())])
    return rows


def zone_choices(content: Content, zones: list[str], local: time, *, now: datetime) -> Screen:
    """The zones whose clock shows `local`, a button each, and "another zone"."""
    offset = offset_label(offset_for_local_time(now, local))
    text = content.text("timezone.pick_for_time", local_time=f"{local:%H:%M}", offset=offset)
    return Screen(text, _rows(content, zones, now))


def place_choices(content: Content, zones: list[str], value: str, *, now: datetime) -> Screen:
    """Zones for a place name the user typed ("berlin"), a button each, and "another zone"."""
    return Screen(content.text("timezone.pick_for_place", value=value), _rows(content, zones, now))


def zone_set(content: Content, zone: str, *, now: datetime, moved: bool) -> Html:
    """The zone is set: its local time, and whether reminders moved."""
    local_time = f"{local_now(now, zone):%H:%M}"
    text = content.text("timezone.set", zone=_shown(zone, now), local_time=local_time)
    return join([text, content.text("timezone.moved_reminders")]) if moved else text
