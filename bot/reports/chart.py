"""The /stats chart: cramps per week (bars) above the weekly severity trend (line)."""

from __future__ import annotations

import io
import math

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from bot.content.loader import Content
from bot.reports import labels
from bot.reports.stats import Stats

BAR_COLOR = "#4C72B0"
LINE_COLOR = "#C44E52"


def draw_weeks(
    ax: Axes, content: Content, stats: Stats, *, title: str, color: str = BAR_COLOR
) -> None:
    """Bars of cramps per week, each with its count, on `ax`."""
    xs = range(len(stats.weeks))
    counts = [week.count for week in stats.weeks]
    bars = ax.bar(xs, counts, color=color)
    ax.bar_label(bars, labels=[str(c) if c else "" for c in counts], padding=2)
    ax.set_title(title)
    ax.set_ylabel(content.label("stats.chart_count_axis"))
    ax.set_ylim(0, max([*counts, 1]) * 1.25)
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    _ticks(ax, content, stats)
    ax.spines[["top", "right"]].set_visible(False)


MOST_TICKS = 14  # more bars than this: every n-th is labelled


def _ticks(ax: Axes, content: Content, stats: Stats) -> None:
    step = max(1, math.ceil(len(stats.weeks) / MOST_TICKS))
    shown = [(i, w) for i, w in enumerate(stats.weeks) if i % step == 0]
    tick = labels.month_tick if stats.unit == "month" else labels.week_tick
    ax.set_xticks([i for i, _ in shown], [tick(content, w.start) for _, w in shown])


def draw_severity(ax: Axes, content: Content, stats: Stats) -> None:
    """The mean severity per week as a line; weeks without severities leave a gap."""
    xs = range(len(stats.weeks))
    means = [math.nan if w.mean_severity is None else w.mean_severity for w in stats.weeks]
    ax.plot(xs, means, marker="o", color=LINE_COLOR)
    unit = "" if stats.unit == "week" else f"_{stats.unit}"
    ax.set_title(content.label(f"stats.chart_severity_title{unit}"))
    ax.set_ylabel(content.label("stats.chart_severity_axis"))
    ax.set_ylim(0, 10.5)
    ax.set_xlim(-0.5, len(stats.weeks) - 0.5)
    _ticks(ax, content, stats)
    ax.spines[["top", "right"]].set_visible(False)


def chart_png(content: Content, stats: Stats) -> bytes:
    """The two-panel chart as PNG bytes (800 x 600 px)."""
    figure = Figure(figsize=(8, 6), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    top, bottom = figure.subplots(2, 1, height_ratios=[3, 2])
    draw_weeks(top, content, stats, title=content.label(f"stats.chart_{stats.unit}s_title"))
    draw_severity(bottom, content, stats)
    buffer = io.BytesIO()
    figure.savefig(buffer, format="png")
    return buffer.getvalue()
