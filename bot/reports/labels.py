"""Plain-text names (from content) for the values statistics are grouped by."""

from __future__ import annotations

import html
from collections.abc import Iterable
from datetime import date

from bot.content.html import Html
from bot.content.loader import Content


def duration_text(content: Content, seconds: int | None) -> Html:
    """ "45 s", "2 min", "1 min 30 s", "1 h 5 min", or "not said"."""
    if seconds is None:
        return content.text("cramps.unknown")
    if seconds < 60:
        return content.text("cramps.seconds", n=seconds)
    minutes, rest = divmod(seconds, 60)
    if minutes >= 60:
        return content.text("cramps.hours_minutes", h=minutes // 60, m=minutes % 60)
    if rest:
        return content.text("cramps.minutes_seconds", m=minutes, s=rest)
    return content.text("cramps.minutes", n=minutes)


def muscle(content: Content, value: str | None) -> str:
    """ "calf", "front of thigh" or "not said"."""
    return content.label(f"cramps.muscle_{value}" if value else "cramps.unknown")


def side(content: Content, value: str | None) -> str:
    """ "left leg", "right leg", "both legs" or "not said"."""
    return where(content, value, None)


def where(content: Content, side: str | None, muscle: str | None) -> str:
    """Where a cramp was, in lower case everywhere (history, card, PDF, stats).

    "left calf", "both calves", "calf", "left leg", "both legs" or "not said".
    """
    if side == "both" and muscle:
        return content.label(f"cramps.muscle_both_{muscle}")
    if side and muscle:
        return content.label(
            "cramps.where_side_muscle",
            side=content.label(f"cramps.side_{side}_word"),
            muscle=content.label(f"cramps.muscle_{muscle}"),
        )
    if side:
        return content.label(f"cramps.where_side_{side}")
    return content.label(f"cramps.muscle_{muscle}" if muscle else "cramps.unknown")


def time_of_day(content: Content, value: str | None) -> str:
    """ "night", "morning", "afternoon", "evening" or "not said"."""
    return content.label(f"stats.{value}" if value else "cramps.unknown")


def duration(content: Content, seconds: int | None) -> str:
    """ "2 min", "45 s" or "not said"."""
    return html.unescape(duration_text(content, seconds))


def severity(content: Content, value: float | None) -> str:
    """ "7/10" for one entry, "6.5/10" for a mean, or "not said"."""
    if value is None:
        return content.label("stats.severity_none")
    shown = f"{value:g}" if isinstance(value, int) else f"{value:.1f}"
    return content.label("stats.severity_value", value=shown)


def week_tick(content: Content, start: date) -> str:
    """The short label of a week under a bar, from its Monday."""
    return content.label("stats.week_tick", day=f"{start.day:02d}", month=f"{start.month:02d}")


def month_tick(content: Content, start: date) -> str:
    """The short label of a month under a bar."""
    return content.label(
        "stats.month_tick", month=f"{start.month:02d}", year=f"{start.year % 100:02d}"
    )


def items(content: Content, pairs: Iterable[tuple[str, int]]) -> str:
    """ "calf 3, foot 1": names with counts, in the given order."""
    parts = [content.label("stats.item", name=name, count=count) for name, count in pairs]
    return ", ".join(parts)
