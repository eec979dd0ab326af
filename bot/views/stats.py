"""The /stats summary text (the chart's caption)."""

from __future__ import annotations

from bot.content.html import Html
from bot.content.loader import Content
from bot.reports import labels
from bot.reports.stats import Stats


def summary(content: Content, stats: Stats) -> Html:
    """Counts of the last weeks: total, this week, time of day, muscles, sides, severity."""
    times = [(labels.time_of_day(content, name), n) for name, n in stats.times_of_day if n]
    muscles = [(labels.muscle(content, name), n) for name, n in stats.muscles]
    sides = [(labels.side(content, name), n) for name, n in stats.sides]
    return content.text(
        "stats.summary",
        total=stats.total,
        this_week=stats.weeks[-1].count,
        times=labels.items(content, times),
        muscles=labels.items(content, muscles),
        sides=labels.items(content, sides),
        severity=labels.severity(content, stats.severity_mean),
    )


def empty(content: Content) -> Html:
    """How to log a first cramp, when there is nothing to count."""
    return content.text("stats.empty")
