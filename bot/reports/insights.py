"""Insights from a user's own diary: pure functions of their rows, phrased with care elsewhere
(`views/insights.py`: "in your diary", never a cause or a diagnosis).

Each insight says how many nights (or cramps) it rests on and whether that is enough to tell:
- the rate: cramps a night over the nights the check-in heard of (cramp-free ones count);
- the stretch: nights after an evening whose stretch reminder was marked done against nights
  after one that was not (MIN_NIGHTS of each before comparing);
- active days: nights after a day the check-in heard was more active than usual (exercise,
  sport, a long walk, heavy work) against nights after a day it heard was not (MIN_NIGHTS of
  each before comparing);
- the time of night: the two-hour window holding most night cramps (18:00-12:00), when at
  least MIN_CRAMPS were logged and it holds at least half of them;
- the trend: cramps logged in the last 28 days against the 28 before (rising when up by half
  and by at least 3, with at least MIN_CRAMPS in the two).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

MIN_NIGHTS = 7
MIN_CRAMPS = 6
WINDOW_H = 2
TREND_DAYS = 28


@dataclass(frozen=True)
class Insight:
    """One finding: its name, whether there is enough to tell (`enough`), how many nights or
    cramps it rests on (`basis`), and the values its text shows."""

    name: str
    enough: bool
    basis: int
    values: dict[str, object] = field(default_factory=dict)


def _rate(total: int, nights: int) -> float:
    return round(total / nights, 1)


def rate(nights: Sequence[tuple[date, int]]) -> Insight:
    """Cramps a night over the check-in's nights."""
    n = len(nights)
    if n < MIN_NIGHTS:
        return Insight("rate", False, n, {"need": MIN_NIGHTS})
    total = sum(c for _, c in nights)
    free = sum(1 for _, c in nights if c == 0)
    return Insight("rate", True, n, {"rate": _rate(total, n), "free": free})


def stretch(nights: Sequence[tuple[date, int]], done: Mapping[date, bool]) -> Insight:
    """Nights after a stretch marked done against nights after a stretch reminder that was not
    (`done`: the local date of each evening with a stretch reminder -> marked done)."""
    after = [c for night, c in nights if done.get(night - timedelta(days=1)) is True]
    without = [c for night, c in nights if done.get(night - timedelta(days=1)) is False]
    values: dict[str, object] = {"with_n": len(after), "without_n": len(without),
                                 "need": MIN_NIGHTS}  # fmt: skip
    if len(after) < MIN_NIGHTS or len(without) < MIN_NIGHTS:
        return Insight("stretch", False, len(after) + len(without), values)
    values |= {"with_rate": _rate(sum(after), len(after)),
               "without_rate": _rate(sum(without), len(without))}  # fmt: skip
    return Insight("stretch", True, len(after) + len(without), values)


def active(nights: Sequence[tuple[date, int, bool | None]]) -> Insight:
    """Nights after a day marked more active than usual against nights after a day marked not
    (`nights`: night, cramps, whether the day before was active; None: not answered, left
    out)."""
    after = [c for _, c, was in nights if was is True]
    without = [c for _, c, was in nights if was is False]
    values: dict[str, object] = {"with_n": len(after), "without_n": len(without),
                                 "need": MIN_NIGHTS}  # fmt: skip
    if len(after) < MIN_NIGHTS or len(without) < MIN_NIGHTS:
        return Insight("active", False, len(after) + len(without), values)
    values |= {"with_rate": _rate(sum(after), len(after)),
               "without_rate": _rate(sum(without), len(without))}  # fmt: skip
    return Insight("active", True, len(after) + len(without), values)


def _night_hour(local: datetime) -> int | None:
    """Hours since 18:00 for a night cramp (18:00-12:00), else None."""
    if local.hour >= 18:
        return local.hour - 18
    return local.hour + 6 if local.hour < 12 else None


def time_of_night(cramps: Sequence[datetime]) -> Insight:
    """The two-hour window with most night cramps (`cramps`: local times)."""
    hours = [h for h in map(_night_hour, cramps) if h is not None]
    n = len(hours)
    if n < MIN_CRAMPS:
        return Insight("time", False, n, {"need": MIN_CRAMPS})
    per_hour = Counter(hours)
    start = max(range(18 - WINDOW_H + 1),
                key=lambda h: (sum(per_hour[h + k] for k in range(WINDOW_H)), -h))  # fmt: skip
    k = sum(per_hour[start + i] for i in range(WINDOW_H))
    clustered = 2 * k >= n
    begin = (18 + start) % 24
    return Insight("time", True, n, {
        "count": k, "start": f"{begin:02d}:00", "end": f"{(begin + WINDOW_H) % 24:02d}:00",
        "clustered": clustered,
    })  # fmt: skip


def trend(cramps: Sequence[datetime], *, today: date) -> Insight:
    """Cramps in the last TREND_DAYS local days against the TREND_DAYS before."""
    recent_from = today - timedelta(days=TREND_DAYS - 1)
    before_from = recent_from - timedelta(days=TREND_DAYS)
    recent = sum(1 for c in cramps if recent_from <= c.date() <= today)
    before = sum(1 for c in cramps if before_from <= c.date() < recent_from)
    values: dict[str, object] = {"recent": recent, "before": before, "need": MIN_CRAMPS}
    if recent + before < MIN_CRAMPS:
        return Insight("trend", False, recent + before, values)
    values["rising"] = recent >= before * 1.5 and recent - before >= 3
    return Insight("trend", True, recent + before, values)
