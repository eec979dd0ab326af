"""The /stats page: the summary (the chart's caption) and the period buttons.

Buttons: `st:<period>` (1w, 4w, 3m, all): the same page over another period.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.html import Html, join
from bot.content.loader import Content
from bot.reports import labels
from bot.reports.stats import PERIODS, Period
from bot.services.stats import Page
from bot.views.callback_data import CallbackData
from bot.views.insights import open_button
from bot.views.screen import Button, Screen


@dataclass(frozen=True, slots=True)
class StatsData(CallbackData, prefix="st"):
    """`st:<period>`: /stats over that period."""

    period: Period


def _span(content: Content, page: Page) -> Html:
    first = f"{page.first:%Y-%m-%d}" if page.first is not None else ""
    return content.text(f"stats.span_{page.period}", first=first)


def period_buttons(content: Content, current: Period) -> list[list[Button]]:
    """One row: 1 week, 4 weeks, 3 months, All; the current one marked."""
    row: list[Button] = []
    for period in PERIODS:
        label = content.label(f"stats.button_{period}")
        if period == current:
            label = content.label("stats.button_current", label=label)
        row.append((label, StatsData(period).pack()))
    return [row]


def summary(content: Content, page: Page) -> Screen:
    """Counts of the period: total, the latest day/week/month, time of day, muscles, sides,
    severity; the check-in's nights and the reminders acted on, when there are any."""
    stats = page.stats
    times = [(labels.time_of_day(content, name), n) for name, n in stats.times_of_day if n]
    muscles = [(labels.muscle(content, name), n) for name, n in stats.muscles]
    sides = [(labels.side(content, name), n) for name, n in stats.sides]
    lines = [content.text(
        "stats.summary", span=_span(content, page), total=stats.total,
        recent=content.text(f"stats.recent_{stats.unit}", n=stats.weeks[-1].count),
        times=labels.items(content, times), muscles=labels.items(content, muscles),
        sides=labels.items(content, sides), severity=labels.severity(content, stats.severity_mean),
    )]  # fmt: skip
    nights = page.nights
    if nights.checked:
        lines.append(content.text("stats.nights", checked=nights.checked, free=nights.free,
                                  rate=nights.per_night))  # fmt: skip
        if nights.sleep_mean is not None:
            lines.append(content.text("stats.nights_sleep", sleep=nights.sleep_mean))
    kept = page.adherence
    if kept.stretch_sent:
        lines.append(content.text("stats.stretch_done", done=kept.stretch_done,
                                  sent=kept.stretch_sent))  # fmt: skip
    if kept.checkin_sent:
        lines.append(content.text("stats.checkins_answered", answered=kept.checkin_answered,
                                  sent=kept.checkin_sent))  # fmt: skip
    return Screen(join(lines), [*period_buttons(content, page.period), [open_button(content)]])


def empty(content: Content, page: Page | None = None) -> Screen:
    """Nothing ever logged: how to log a first cramp. Nothing in this period: say so, with the
    other periods."""
    if page is None or not page.any_entry:
        return Screen(content.text("stats.empty"))
    text = content.text("stats.empty_period", span=_span(content, page))
    return Screen(text, period_buttons(content, page.period))
