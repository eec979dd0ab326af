"""The report for a doctor sent with /export: a visit brief of one or two A4 pages.

Page one: the period, what changed against the period before, the cause finder's answers,
questions for the doctor, then the period's cramps per week, where and when they hit, warning
signs and reminders; then the diary night by night (`brief.diary`), cut to end on page two.
The disclaimer and the page number are at the foot of every page.
"""

from __future__ import annotations

import io

from matplotlib.backends.backend_pdf import PdfPages
from matplotlib.figure import Figure

from bot.content.knowledge import Sign
from bot.content.loader import Content
from bot.reports import brief, labels
from bot.reports.chart import draw_weeks
from bot.reports.layout import LEFT, LINE, WIDTH, Pages
from bot.reports.report import Report

MAX_FLAGS = 4
TOP_ITEMS = 4
CHART = 0.115  # the chart's height, a fraction of the page
PRINT_GREY = "0.45"  # the chart's bars: mid grey, with their counts written on them


def _sign_text(content: Content, sign: Sign) -> str:
    level = content.knowledge.level(sign.level)
    short = level.short if level is not None else sign.level
    return content.label("visit.flag_sign", text=sign.short, level=short)


def _header(pages: Pages, content: Content, report: Report) -> None:
    span, label = report.span, content.label
    pages.line(label("visit.title"), size=16, bold=True, gap=1.5)
    pages.line(
        label("visit.period", first=span.first, last=span.last, days=span.days,
              zone=str(report.zone))
    )  # fmt: skip
    made = report.now.astimezone(report.zone).date().isoformat()
    pages.line(label("visit.made", date=made), size=brief.SMALL, italic=True)


def _chart(pages: Pages, content: Content, report: Report) -> None:
    s = report.stats
    pages.need(CHART + LINE)
    # the axes leave room for the title above them and the tick labels below
    axes = pages.figure.add_axes(
        (LEFT + 0.05, pages.y - CHART + 0.018, WIDTH - 0.06, CHART - 0.04)
    )
    draw_weeks(axes, content, s, title="", color=PRINT_GREY)
    axes.set_title(content.label(f"visit.chart_{s.unit}"), fontsize=9)
    axes.tick_params(labelsize=7.5)
    axes.yaxis.label.set_fontsize(8)
    pages.y -= CHART + LINE * 0.3


def _summary(pages: Pages, content: Content, report: Report) -> None:
    """The span's cramps: per week (a chart), where and when, how bad and how long."""
    s, label = report.stats, content.label
    pages.heading(label("visit.summary_title", total=s.total), keep=8 if s.total else 1)
    if s.total:
        _chart(pages, content, report)
        muscles = [(labels.muscle(content, m), n) for m, n in s.muscles[:TOP_ITEMS]]
        sides = [(labels.side(content, v), n) for v, n in s.sides[:TOP_ITEMS]]
        times = [(labels.time_of_day(content, t), n) for t, n in s.times_of_day]
        pages.line(label("visit.summary_where", muscles=labels.items(content, muscles),
                         sides=labels.items(content, sides)))  # fmt: skip
        pages.line(label("visit.summary_when", times=labels.items(content, times)))
        pages.line(
            label("visit.summary_how", mean=labels.severity(content, s.severity_mean),
                  max=labels.severity(content, s.severity_max), rated=s.rated, total=s.total,
                  median=labels.duration(content, s.duration_median_s),
                  longest=labels.duration(content, s.duration_max_s))
        )  # fmt: skip
    if report.delivered:
        pages.line(label("visit.adherence", done=report.done, delivered=report.delivered))
    else:
        pages.line(label("visit.adherence_none"))


def _flags(pages: Pages, content: Content, report: Report) -> None:
    """The signs reported, newest first, each sign once a day (old cramps may carry several
    old ids of one sign), in the catalogue's short words with their level."""
    knowledge = content.knowledge
    seen: dict[tuple[str, str], tuple[str, Sign]] = {}
    for flag in report.stats.red_flags:
        for sign in knowledge.signs_in([flag.flag]):
            seen.setdefault((flag.day.isoformat(), sign.id), (flag.day.isoformat(), sign))
    flags = list(seen.values())
    if not flags:
        pages.line(content.label("visit.flags_none"))
        return
    pages.heading(content.label("visit.flags_title"), keep=1)
    for day, sign in flags[-MAX_FLAGS:][::-1]:
        text = _sign_text(content, sign)
        pages.line(content.label("visit.flag_line", date=day, text=text))
    if len(flags) > MAX_FLAGS:
        pages.line(content.label("visit.flags_more", n=len(flags) - MAX_FLAGS))


def report_pages(content: Content, report: Report) -> list[Figure]:
    """The report drawn on one or two A4 figures."""
    pages = Pages(content.knowledge.triage.disclaimer)
    _header(pages, content, report)
    brief.changed(pages, content, report)
    brief.answers(pages, content, report)
    brief.questions(pages, content, report)
    _summary(pages, content, report)
    _flags(pages, content, report)
    brief.diary(pages, content, report)
    return pages.finish(lambda n, total: content.label("visit.page", n=n, total=total))


def report_pdf(content: Content, report: Report) -> bytes:
    """The report as a PDF of one or two A4 pages."""
    buffer = io.BytesIO()
    metadata = {"Title": content.label("visit.title")}
    with PdfPages(buffer, metadata=metadata) as pdf:
        for figure in report_pages(content, report):
            pdf.savefig(figure)
    return buffer.getvalue()
