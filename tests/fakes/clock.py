"""A clock that tests move by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta


class FakeClock:
    """Starts at a fixed instant and moves only when told to."""

    def __init__(self, start: datetime | None = None) -> None:
        self.current = start or datetime(2026, 11, 20, 7, 15, tzinfo=UTC)
        if self.current.tzinfo is None:
            raise ValueError("FakeClock needs an aware datetime")

    def now(self) -> datetime:
        """The current fake time, in UTC."""
        return self.current.astimezone(UTC)

    def set(self, when: datetime) -> None:
        """Jump to `when`."""
        self.current = when

    def advance(self, delta: timedelta | None = None, **kwargs: float) -> datetime:
        """Move forward by `delta` (or timedelta(**kwargs)) and return the new time."""
        self.current += delta if delta is not None else timedelta(**kwargs)
        return self.now()
