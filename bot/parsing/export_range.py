"""The period of the /export report: `3m`, `4w`, `90d`, `2026-09-01 2026-11-30`.

Local calendar dates in the user's zone, both ends included, `today` (the user's local date)
the latest. The forms:

- nothing: the last 3 months (`default_range`), what a visit brief usually covers;
- `Nd`, `Nw`, `Nm` (or `N days`, `N weeks`, `N months`): the last N days, N weeks (7N days) or
  N calendar months up to today; `3m` on 30 November starts on 31 August, on 31 May (three
  months back is 28 February) on 1 March;
- `YYYY-MM-DD YYYY-MM-DD` (or with `to` between): from the first date to the second;
- `YYYY-MM-DD`: from that date to today.

An end after today is cut to today (a diary has nothing later). Anything else is refused
(None): a start after today or after the end, a span over `MAX_DAYS`, N of 0, an impossible
date, an unknown form.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final

MAX_DAYS: Final = 731  # two years
_AMOUNT = re.compile(r"(\d{1,3})\s*(d|days?|w|wks?|weeks?|m|mo|months?)")
_DATES = re.compile(r"(\d{4}-\d{2}-\d{2})(?:\s*(?:\s|to|\.\.|–|—)\s*(\d{4}-\d{2}-\d{2}))?")


@dataclass(frozen=True, slots=True)
class DateRange:
    """Local dates `first` to `last`, both included."""

    first: date
    last: date

    @property
    def days(self) -> int:
        """How many local days the range holds."""
        return (self.last - self.first).days + 1


def months_back(day: date, months: int) -> date:
    """The same day `months` calendar months earlier, clamped to that month's last day."""
    index = day.year * 12 + day.month - 1 - months
    year, month = divmod(index, 12)
    month += 1
    following = date(year + (month == 12), month % 12 + 1, 1)
    return date(year, month, min(day.day, (following - timedelta(days=1)).day))


def _last(amount: int, unit: str, today: date) -> DateRange | None:
    if amount < 1:
        return None
    if unit.startswith("m"):
        first = months_back(today, amount) + timedelta(days=1)
    else:
        first = today - timedelta(days=amount * (7 if unit.startswith("w") else 1) - 1)
    return DateRange(first, today)


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None


def parse_range(text: str, *, today: date) -> DateRange | None:
    """The range `text` names (DEFAULT when it is empty), or None when it names none."""
    words = " ".join(text.lower().split())
    if not words:
        return default_range(today)
    if amount := _AMOUNT.fullmatch(words):
        found = _last(int(amount.group(1)), amount.group(2), today)
    elif dates := _DATES.fullmatch(words):
        first, last = _day(dates.group(1)), _day(dates.group(2) or today.isoformat())
        if first is None or last is None or first > last or first > today:
            return None
        found = DateRange(first, min(last, today))
    else:
        return None
    return found if found is not None and found.days <= MAX_DAYS else None


def default_range(today: date) -> DateRange:
    """What /export without an argument covers (`DEFAULT`): the last 3 months."""
    return DateRange(months_back(today, 3) + timedelta(days=1), today)
