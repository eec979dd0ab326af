"""A short-lived, per-process cache of each user's time zone, so reads need no query.

Entries live `ttl` (30 s) and are dropped at once when this process changes or erases the
user. Another instance that changed the zone is seen within the TTL: the cache holds only
what a few seconds of staleness cannot harm (the zone used to show times), never state.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

TTL = timedelta(seconds=30)
MAX_ENTRIES = 50_000


@dataclass
class UserCache:
    """User id -> (zone name or None for the default, expiry)."""

    ttl: timedelta = TTL
    _zones: dict[int, tuple[str | None, datetime]] = field(default_factory=dict)

    def zone(self, user_id: int, *, now: datetime) -> tuple[str | None] | None:
        """The cached zone as a 1-tuple (None inside: the user has none), or None if unknown."""
        found = self._zones.get(user_id)
        if found is None or found[1] <= now:
            return None
        return (found[0],)

    def remember(self, user_id: int, zone: str | None, *, now: datetime) -> None:
        """Cache the user's zone (None: the user has set none)."""
        if len(self._zones) >= MAX_ENTRIES:
            self._zones.clear()
        self._zones[user_id] = (zone, now + self.ttl)

    def forget(self, user_id: int) -> None:
        """Drop what is cached about the user (their zone changed, or they were erased)."""
        self._zones.pop(user_id, None)
