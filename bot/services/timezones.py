"""Time zone look-ups: validate IANA names, find zones from a location or a local time."""

from __future__ import annotations

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
    choices = found[:MAX_CHOICES]
    whole_hours = round(offset.total_seconds() / 3600)
    if close(timedelta(hours=whole_hours)) and -12 <= whole_hours <= 14:
        # Etc/GMT signs are inverted: Etc/GMT-2 is two hours ahead of UTC.
        sign = "-" if whole_hours > 0 else "+"
        choices.append("UTC" if whole_hours == 0 else f"Etc/GMT{sign}{abs(whole_hours)}")
    return choices


def local_now(now_utc: datetime, zone: str) -> datetime:
    """The wall-clock time in `zone`."""
    return now_utc.astimezone(ZoneInfo(zone))
