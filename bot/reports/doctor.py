"""The one-page A4 PDF report for a doctor, sent with /export."""

from __future__ import annotations

import io

from matplotlib.backends.backend_pdf import FigureCanvasPdf
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath
from matplotlib.transforms import Bbox

from bot.content.knowledge import Sign
from bot.content.loader import Content
from bot.db.models import Cramp
from bot.reports import labels
from bot.reports.chart import draw_weeks
from bot.reports.report import Report

A4_INCHES = (8.27, 11.69)
LEFT = 0.07
LINE = 0.019
MAX_FLAGS = 4
TOP_ITEMS = 4
FLAG_CELL = 40
POINTS_PER_INCH = 72
WIDTH_PT = A4_INCHES[0] * POINTS_PER_INCH * (1 - 2 * LEFT)  # the text column's width
_MEASURE = TextToPath()


def wrap(text: str, *, size: float, bold: bool = False) -> list[str]:
    """`text` broken into lines that fit the text column, measured with the font itself
    (matplotlib's own wrapping happens only at draw time, too late to move the next line)."""
    font = FontProperties(size=size, weight="bold" if bold else "normal")
    lines: list[str] = []
    for paragraph in text.split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = f"{current} {word}" if current else word
            width = _MEASURE.get_text_width_height_descent(trial, font, ismath=False)[0]
            if current and width > WIDTH_PT:
                lines.append(current)
                current = word
            else:
                current = trial
        lines.append(current)
    return lines


class _Page:
    """Writes lines down the page from the top, in figure coordinates; a long line wraps
    and the next one starts below its last line."""

    def __init__(self, figure: Figure) -> None:
        self.figure = figure
        self.y = 0.955

    def line(self, text: str, *, size: float = 10, bold: bool = False, gap: float = 1.0) -> None:
        rows = wrap(text, size=size, bold=bold)
        for number, row in enumerate(rows, start=1):
            self.figure.text(
                LEFT, self.y, row, fontsize=size, fontweight="bold" if bold else "normal",
                va="top", parse_math=False,
            )  # fmt: skip
            self.y -= LINE * (gap if number == len(rows) else 1.0) * size / 10

    def skip(self, lines: float = 0.5) -> None:
        self.y -= LINE * lines


def _sign_text(content: Content, sign: Sign) -> str:
    level = content.knowledge.level(sign.level)
    short = level.short if level is not None else sign.level
    return content.label("stats.report_sign", text=sign.short, level=short)


def _row(content: Content, report: Report, cramp: Cramp) -> list[str]:
    local = cramp.occurred_at.astimezone(report.zone)
    where = labels.where(content, cramp.side, cramp.muscle)
    flags = ", ".join(s.short for s in content.knowledge.signs_in(cramp.red_flags))
    if len(flags) > FLAG_CELL:
        flags = flags[: FLAG_CELL - 1].rstrip() + "…"
    return [
        f"{local:%Y-%m-%d %H:%M}", where, labels.severity(content, cramp.severity),
        labels.duration(content, cramp.duration_s), flags,
    ]  # fmt: skip


def _summary(page: _Page, content: Content, report: Report) -> None:
    s, label = report.stats, content.label
    muscles = [(labels.muscle(content, m), n) for m, n in s.muscles[:TOP_ITEMS]]
    sides = [(labels.side(content, v), n) for v, n in s.sides[:TOP_ITEMS]]
    times = [(labels.time_of_day(content, t), n) for t, n in s.times_of_day]
    page.line(label("stats.report_where"), size=12, bold=True)
    page.line(label("stats.report_muscles", items=labels.items(content, muscles)))
    page.line(label("stats.report_sides", items=labels.items(content, sides)))
    page.line(label("stats.report_times", items=labels.items(content, times)))
    page.line(
        label("stats.report_severity", mean=labels.severity(content, s.severity_mean),
              max=labels.severity(content, s.severity_max),
              rated=s.rated, total=s.total)
    )  # fmt: skip
    page.line(
        label("stats.report_duration", median=labels.duration(content, s.duration_median_s),
              max=labels.duration(content, s.duration_max_s))
    )  # fmt: skip


def _flags(page: _Page, content: Content, report: Report) -> None:
    """The signs reported, newest first, each sign once a day (old cramps may carry several
    old ids of one sign), in the catalogue's short words with their level."""
    knowledge = content.knowledge
    seen: dict[tuple[str, str], tuple[str, Sign]] = {}
    for flag in report.stats.red_flags:
        for sign in knowledge.signs_in([flag.flag]):
            seen.setdefault((flag.day.isoformat(), sign.id), (flag.day.isoformat(), sign))
    flags = list(seen.values())
    page.line(content.label("stats.report_flags"), size=12, bold=True)
    if not flags:
        page.line(content.label("stats.report_flags_none"))
    for day, sign in flags[-MAX_FLAGS:][::-1]:
        text = _sign_text(content, sign)
        page.line(content.label("stats.report_flag_line", date=day, text=text))
    if len(flags) > MAX_FLAGS:
        page.line(content.label("stats.report_flags_more", n=len(flags) - MAX_FLAGS))


def report_figure(content: Content, report: Report) -> Figure:
    """The report drawn on one A4 figure."""
    label, s = content.label, report.stats
    figure = Figure(figsize=A4_INCHES)
    page = _Page(figure)
    page.line(label("stats.report_title"), size=18, bold=True, gap=1.6)
    zone = str(report.zone)
    if s.first is not None and s.last is not None:
        page.line(label("stats.report_period", first=s.first, last=s.last, zone=zone))
    else:
        page.line(label("stats.report_period_none", zone=zone))
    made = report.now.astimezone(report.zone).date().isoformat()
    page.line(label("stats.report_made", date=made))
    page.line(label("stats.report_total", total=s.total), size=12, bold=True, gap=1.4)
    page.skip()
    axes = figure.add_axes((LEFT + 0.03, page.y - 0.14, 0.83, 0.12))
    draw_weeks(axes, content, s, title=label("stats.report_weeks"))
    page.y -= 0.175
    _summary(page, content, report)
    page.skip()
    _flags(page, content, report)
    page.skip()
    if report.delivered:
        page.line(
            label("stats.report_adherence", done=report.done, delivered=report.delivered),
            size=12, bold=True,
        )  # fmt: skip
    else:
        page.line(label("stats.report_adherence_none"), size=12, bold=True)
    page.skip()
    page.line(label("stats.report_recent"), size=12, bold=True)
    if report.recent:
        rows = [_row(content, report, cramp) for cramp in report.recent]
        height = 0.0145 * (len(rows) + 1)
        table_axes = figure.add_axes((LEFT, page.y - height, 0.86, height))
        table_axes.axis("off")
        columns = [label(f"stats.col_{c}") for c in ("when", "where", "severity", "duration",
                                                      "flags")]  # fmt: skip
        table = table_axes.table(
            cellText=rows, colLabels=columns, loc="upper left", cellLoc="left",
            colWidths=[0.19, 0.17, 0.1, 0.14, 0.4], bbox=Bbox.from_bounds(0, 0, 1, 1),
        )  # fmt: skip
        table.auto_set_font_size(False)
        table.set_fontsize(7.5)
        for (row, _), cell in table.get_celld().items():
            cell.set_linewidth(0.3)
            if row == 0:
                cell.set_text_props(fontweight="bold")
    y = 0.025
    for note in reversed(wrap(content.knowledge.triage.disclaimer, size=8)):
        figure.text(LEFT, y, note, fontsize=8, style="italic", va="bottom", parse_math=False)
        y += LINE * 0.8
    return figure


def report_pdf(content: Content, report: Report) -> bytes:
    """The report as a one-page A4 PDF."""
    figure = report_figure(content, report)
    FigureCanvasPdf(figure)
    buffer = io.BytesIO()
    metadata = {"Title": content.label("stats.report_title")}
    figure.savefig(buffer, format="pdf", metadata=metadata)
    return buffer.getvalue()
