"""Time zone look-ups: validate IANA names, find zones from a location or a local time."""

from __future__ import annotations

import difflib
from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError, available_timezones

# Well-known zones offered when a user tells us their local time; first match wins per offset.
COMMON_ZONES = (
    "Pacific/Honolulu", "America/Anchorage", "America/Los_Angeles", "America/Denver",
    "America/Phoenix", "America/Chicago", "America/Mexico_City", "America/New_York",
    "America/Toronto", "America/Halifax", "America/Sao_Paulo", "America/Argentina/Buenos_Aires",
    "America/St_Johns", "Atlantic/Azores", "Europe/London", "Europe/Dublin", "Europe/Lisbon",
    "Africa/Lagos", "Europe/Berlin", "Europe/Paris", "Europe/Madrid", "Europe/Rome",
    "Europe/Warsaw", "Africa/Cairo", "Africa/Johannesburg", "Europe/Athens", "Europe/Kyiv",
    "Europe/Helsinki", "Europe/Istanbul", "Europe/Moscow", "Asia/Riyadh", "Asia/Tehran",
    "Asia/Dubai", "Asia/Kabul", "Asia/Karachi", "Asia/Kolkata", "Asia/Kathmandu",
    "Asia/Dhaka", "Asia/Bangkok", "Asia/Jakarta", "Asia/Shanghai", "Asia/Singapore",
    "Australia/Perth", "Asia/Tokyo", "Asia/Seoul", "Australia/Adelaide", "Australia/Brisbane",
    "Australia/Sydney", "Pacific/Noumea", "Pacific/Auckland",
)  # fmt: skip
MAX_CHOICES = 4


def valid_zone(name: str) -> str | None:
    """The canonical IANA name when `name` is one (case-insensitive), else None."""
    cleaned = name.strip().replace(" ", "_")
    if not cleaned or len(cleaned) > 64 or cleaned.startswith(("/", ".")) or ".." in cleaned:
        return None
    try:
        ZoneInfo(cleaned)
    except (ZoneInfoNotFoundError, ValueError):
        lowered = {zone.lower(): zone for zone in _zones()}
        return lowered.get(cleaned.lower())
    return cleaned if cleaned in _zones() or cleaned == "UTC" else None


_ZONES: frozenset[str] | None = None


def _zones() -> frozenset[str]:
    global _ZONES
    if _ZONES is None:
        _ZONES = frozenset(available_timezones())
    return _ZONES


def zone_from_location(latitude: float, longitude: float) -> str | None:
    """The IANA zone at a point on Earth, or None."""
    from tzfpy import get_tz

    try:
        zone = get_tz(longitude, latitude)
    except (ValueError, TypeError):
        return None
    return valid_zone(zone) if zone else None


CLOCK_SLACK_MINUTES = 10  # a user's clock, or their reading of it, may be a little off


def offset_for_local_time(now_utc: datetime, local: time) -> timedelta:
    """The UTC offset, to the minute, at which the wall clock shows `local` now."""
    minutes_utc = now_utc.hour * 60 + now_utc.minute
    diff = (local.hour * 60 + local.minute - minutes_utc) % (24 * 60)
    if diff > 14 * 60:  # offsets run from -12:00 to +14:00
        diff -= 24 * 60
    return timedelta(minutes=diff)


def zones_for_local_time(now_utc: datetime, local: time) -> list[str]:
    """Common zones whose clock shows about `local` at `now_utc`, plus a fixed-offset one."""
    offset = offset_for_local_time(now_utc, local)
    slack = timedelta(minutes=CLOCK_SLACK_MINUTES)

    def close(candidate: timedelta | None) -> bool:
        return candidate is not None and abs(candidate - offset) <= slack

    found = [z for z in COMMON_ZONES if close(now_utc.astimezone(ZoneInfo(z)).utcoffset())]
    if not found:  # an offset no well-known city has: any city that has it now
        found = sorted(
            z for z in _zones()
            if "/" in z and not z.startswith(("Etc/", "SystemV/", "US/"))
            and close(now_utc.astimezone(ZoneInfo(z)).utcoffset())
        )  # fmt: skip
    choices = found[:MAX_CHOICES]
    whole_hours = round(offset.total_seconds() / 3600)
    if not choices and close(timedelta(hours=whole_hours)) and -12 <= whole_hours <= 14:
        # Etc/GMT signs are inverted: Etc/GMT-2 is two hours ahead of UTC.
        sign = "-" if whole_hours > 0 else "+"
        choices.append("UTC" if whole_hours == 0 else f"Etc/GMT{sign}{abs(whole_hours)}")
    return choices


def offset_label(offset: timedelta) -> str:
    """ "UTC+1", "UTC−5", "UTC+5:30" (a true minus sign, as clocks are written).

    Rounded to the quarter hour: every zone's offset is a multiple of 15 minutes, and a
    person's "it is 16:45 here" is a few minutes off the real clock.
    """
    minutes = round(offset.total_seconds() / 60 / 15) * 15
    sign = "+" if minutes >= 0 else "\u2212"
    hours, rest = divmod(abs(minutes), 60)
    return f"UTC{sign}{hours}" + (f":{rest:02d}" if rest else "")


def zone_label(zone: str, now_utc: datetime) -> str:
    """How a zone is shown: its city ("Berlin"), or "UTC−5" for a fixed offset, never Etc/GMT."""
    if zone == "UTC" or zone.startswith("Etc/"):
        return offset_label(now_utc.astimezone(ZoneInfo(zone)).utcoffset() or timedelta())
    return zone.rsplit("/", 1)[-1].replace("_", " ")


# Cities people name that tzdata files under another city, lower case -> zone.
CITY_ALIASES = {
    "munich": "Europe/Berlin", "hamburg": "Europe/Berlin", "frankfurt": "Europe/Berlin",
    "cologne": "Europe/Berlin", "kiev": "Europe/Kyiv", "barcelona": "Europe/Madrid",
    "milan": "Europe/Rome", "geneva": "Europe/Zurich", "manchester": "Europe/London",
    "edinburgh": "Europe/London", "boston": "America/New_York",
    "washington": "America/New_York", "miami": "America/New_York",
    "atlanta": "America/New_York", "philadelphia": "America/New_York",
    "san francisco": "America/Los_Angeles", "seattle": "America/Los_Angeles",
    "las vegas": "America/Los_Angeles", "dallas": "America/Chicago",
    "houston": "America/Chicago", "montreal": "America/Toronto",
    "rio de janeiro": "America/Sao_Paulo", "beijing": "Asia/Shanghai",
    "delhi": "Asia/Kolkata", "new delhi": "Asia/Kolkata", "mumbai": "Asia/Kolkata",
    "bangalore": "Asia/Kolkata", "osaka": "Asia/Tokyo", "melbourne": "Australia/Melbourne",
    "wellington": "Pacific/Auckland", "cape town": "Africa/Johannesburg",
}  # fmt: skip


def zones_for_place(text: str, *, limit: int = MAX_CHOICES) -> list[str]:
    """Zones for a city or country-less place name ("berlin", "new york", "Sao Paulo")."""
    wanted = " ".join(text.strip().lower().replace("_", " ").replace("-", " ").split())
    if not wanted or len(wanted) > 64:
        return []
    cities = _cities()
    if wanted in CITY_ALIASES:
        return [CITY_ALIASES[wanted]]
    if wanted in cities:
        return cities[wanted][:limit]
    close = difflib.get_close_matches(wanted, [*cities, *CITY_ALIASES], n=limit, cutoff=0.8)
    found: list[str] = []
    for name in close:
        for zone in cities.get(name) or [CITY_ALIASES[name]]:
            if zone not in found:
                found.append(zone)
    return found[:limit]


_CITIES: dict[str, list[str]] | None = None


def _cities() -> dict[str, list[str]]:
    global _CITIES
    if _CITIES is None:
        index: dict[str, list[str]] = {}
        for zone in sorted(_zones()):
            if "/" not in zone or zone.startswith(("Etc/", "SystemV/")):
                continue
            city = zone.rsplit("/", 1)[-1].replace("_", " ").lower()
            index.setdefault(city, []).append(zone)
        _CITIES = index
    return _CITIES


def local_now(now_utc: datetime, zone: str) -> datetime:
    """The wall-clock time in `zone`."""
    return now_utc.astimezone(ZoneInfo(zone))
