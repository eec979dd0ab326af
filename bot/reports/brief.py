"""The visit brief's own sections of the report: what changed, the cause finder's answers, the
questions for the doctor and the diary night by night. Every word from content (`visit.*`)."""

from __future__ import annotations

import math
from collections.abc import Sequence

from bot.content.loader import Content
from bot.reports import labels
from bot.reports.layout import LEFT, LINE, ROW, WIDTH, Column, Pages
from bot.reports.report import Report
from bot.reports.visit import Change, DiaryNight, Figures

ANSWER_ORDER = ("y", "u", "n")
DIARY_BLOCKS = 2  # the diary's narrow table, twice side by side
BLOCK_GAP = 0.02
MIN_BLOCK_ROWS = 6  # fewer rows than this left on a page: the diary starts on the next one
MAX_PAGES = 2
KEEP_DIARY = 16  # lines: the diary's heading, its notes and its first rows on one page
SMALL = 8.5


def _label(content: Content, key: str, /, **values: object) -> str:
    return content.label(f"visit.{key}", **values)


def _value(content: Content, measure: str, f: Figures) -> str:
    """A measure of one span as the table shows it ("no data" where nothing was recorded)."""
    n = f.nights
    if measure == "cramps":
        return _label(content, "value_cramps", n=f.cramps, per_week=f"{f.per_week:.1f}")
    if measure == "severity":
        return labels.severity(content, f.severity_mean) if f.rated else _label(content, "none")
    if measure == "nights":
        return str(n.checked)
    if not n.checked:
        return _label(content, "none")
    if measure == "free":
        return _label(content, "value_free", free=n.free, checked=n.checked, share=f.free_share)
    if measure == "per_night":
        return f"{n.per_night:.1f}"
    if n.sleep_mean is None:
        return _label(content, "none")
    return labels.severity(content, n.sleep_mean)  # "4.5/10"


def changed(pages: Pages, content: Content, report: Report) -> None:
    """This span against the one before, in numbers and in plain words."""
    comparison = report.comparison
    now, before = comparison.now, comparison.before
    span, prior = now.span, before.span
    pages.heading(_label(content, "changed_title"), keep=8)
    if not now.recorded and not before.recorded:
        pages.line(_label(content, "changed_nothing", days=prior.days))
        return
    if not before.recorded:
        pages.line(_label(content, "changed_nothing_before", days=prior.days,
                          first=prior.first, last=prior.last))  # fmt: skip
    elif now.cramps or before.cramps:  # the lead is about logged cramps
        cramps = comparison.changes[0]
        pages.line(
            _label(content, f"changed_lead_{cramps.direction}", days=prior.days,
                   now=f"{now.per_week:.1f}", before=f"{before.per_week:.1f}")
        )  # fmt: skip
    columns = [
        Column(_label(content, "col_measure"), 0.38, "left"),
        Column(_label(content, "col_before", first=prior.first, last=prior.last), 0.245),
        Column(_label(content, "col_now", first=span.first, last=span.last), 0.245),
        Column(_label(content, "col_change"), 0.13),
    ]
    rows = [_change_row(content, change, now, before) for change in comparison.changes]
    pages.skip(0.3)
    pages.need(ROW * (len(rows) + 2))
    pages.table(columns, rows, header_rows=2)
    pages.skip(0.6)


def _change_row(content: Content, change: Change, now: Figures, before: Figures) -> list[str]:
    word = _label(content, f"change_{change.direction or 'none'}")
    return [
        _label(content, f"measure_{change.measure}"),
        _value(content, change.measure, before), _value(content, change.measure, now), word,
    ]  # fmt: skip


def answers(pages: Pages, content: Content, report: Report) -> None:
    """The last finished cause finder's answers: medicines, then the rest, by answer."""
    if not report.answers:
        return
    pages.heading(_label(content, "answers_title", date=report.answered_on), keep=2)
    templates = content.ui.templates
    medicines = [(q, v) for q, v in report.answers if f"visit.medicine_{q}" in templates]
    others = [(q, v) for q, v in report.answers if f"visit.medicine_{q}" not in templates]
    for group, pairs, prefix in (
        ("medicines", medicines, "medicine"),
        ("others", others, "answer"),
    ):
        if not pairs:
            continue
        parts = []
        for value in ANSWER_ORDER:
            items = [_label(content, f"{prefix}_{q}") for q, v in pairs if v == value]
            if items:
                parts.append(_label(content, f"answers_{value}", items="; ".join(items)))
        pages.line(_label(content, f"answers_{group}", parts=" ".join(parts)), gap=1.2)


def questions(pages: Pages, content: Content, report: Report) -> None:
    """The questions for the doctor, numbered."""
    if not report.questions:
        return
    pages.heading(_label(content, "questions_title"), keep=3)
    pages.line(_label(content, "questions_intro"), size=SMALL, italic=True, gap=1.2)
    for number, question in enumerate(report.questions, start=1):
        text = _label(content, f"question_{question}")
        pages.line(_label(content, "question_line", number=number, text=text), gap=1.15)


def _diary_row(content: Content, night: DiaryNight) -> list[str]:
    count = str(night.cramps)
    if night.at_least:
        count = _label(content, "cramps_at_least", n=night.cramps)
    return [
        night.night.isoformat(), count,
        labels.duration(content, night.longest_s) if night.longest_s is not None else "",
        "" if night.worst is None else str(night.worst),
        "" if night.sleep is None else str(night.sleep),
    ]  # fmt: skip


def _rows_per_block(room: float) -> int:
    """Rows of one block that fit `room` below a two-line header."""
    return max(0, int((room - 2 * ROW - LINE * 0.3) / ROW))


def diary(pages: Pages, content: Content, report: Report) -> None:
    """The nights in the research diary's format, oldest first, in two blocks side by side;
    what does not fit the second page is cut, the earliest nights first, and said so."""
    d = report.diary
    if not d.nights:
        pages.heading(_label(content, "diary_title"), keep=1)
        pages.line(_label(content, "diary_empty"))
        return
    # the heading stays with its notes and the first rows of the table
    pages.heading(_label(content, "diary_title"), keep=KEEP_DIARY)
    pages.line(_label(content, "diary_intro"), size=SMALL, gap=1.2)
    if len(d.nights) < d.span_nights:
        pages.line(_label(content, "diary_skipped", n=d.span_nights - len(d.nights),
                          total=d.span_nights), size=SMALL)  # fmt: skip
    if d.day_cramps:
        pages.line(_label(content, "diary_day_cramps", n=d.day_cramps), size=SMALL)
    here = _rows_per_block(pages.room - LINE * 1.2)  # room kept for the line on a cut
    here = here if here >= MIN_BLOCK_ROWS else 0
    later = _rows_per_block(pages.top_room - 2 * LINE) if len(pages.pages) < MAX_PAGES else 0
    capacity = DIARY_BLOCKS * (here + later)
    nights = d.nights[-capacity:] if capacity else ()  # the latest nights are kept
    if len(nights) < len(d.nights):
        cut = len(d.nights) - len(nights)
        pages.line(_label(content, "diary_cut", shown=len(nights), cut=cut), size=SMALL)
    rows = [_diary_row(content, night) for night in nights]
    first = DIARY_BLOCKS * here
    if first:
        _blocks(pages, content, rows[:first])
    if rows[first:]:  # only when a page is left (`later`)
        pages.new_page()
        pages.line(_label(content, "diary_continued"), size=12, bold=True, gap=1.1)
        _blocks(pages, content, rows[first:])


def _blocks(pages: Pages, content: Content, rows: Sequence[list[str]]) -> None:
    """`rows` in DIARY_BLOCKS tables side by side, read down the first, then the next."""
    pages.skip(0.3)
    columns = [
        Column(_label(content, "diary_col_night"), 0.26),
        Column(_label(content, "diary_col_cramps"), 0.17),
        Column(_label(content, "diary_col_longest"), 0.21),
        Column(_label(content, "diary_col_severity"), 0.18),
        Column(_label(content, "diary_col_sleep"), 0.18),
    ]
    per_block = math.ceil(len(rows) / DIARY_BLOCKS)
    width = (WIDTH - BLOCK_GAP * (DIARY_BLOCKS - 1)) / DIARY_BLOCKS
    top, lowest = pages.y, pages.y
    for index in range(DIARY_BLOCKS):
        block = rows[index * per_block : (index + 1) * per_block]
        if not block:
            break
        pages.y = top
        x = LEFT + index * (width + BLOCK_GAP)
        pages.table(columns, block, x=x, width=width, header_rows=2)
        lowest = min(lowest, pages.y)
    pages.y = lowest
