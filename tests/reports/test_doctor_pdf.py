"""The doctor's PDF (the visit brief): signs in the catalogue's words, each once; no line
drawn over another (medical review, minor 7); one or two A4 pages, printable in black and
white."""

from __future__ import annotations

import itertools
import re
from datetime import date, timedelta

import numpy as np
import pytest
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.collections import LineCollection
from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties
from matplotlib.patches import Rectangle
from matplotlib.text import Text
from matplotlib.textpath import TextToPath
from matplotlib.transforms import Bbox

from bot.db.models import Cramp, Night
from bot.reports import doctor, layout
from bot.reports.report import Report
from bot.reports.visit import Span
from tests.fakes.harness import shared_content
from tests.reports.typical import NOW, SPAN, report_of, typical_report, typical_rows

CONTENT = shared_content()
KNOWLEDGE = CONTENT.knowledge


def cramp(number: int, flags: list[str], days_ago: int = 1) -> Cramp:
    when = NOW - timedelta(days=days_ago, hours=number)
    return Cramp(
        id=number, user_id=1, occurred_at=when, created_at=when, side="left", muscle="calf",
        severity=6, duration_s=90, triggers=[], red_flags=flags, time_told=True,
    )  # fmt: skip


def page_text(report: Report) -> list[str]:
    return [t.get_text() for page in doctor.report_pages(CONTENT, report) for t in page.texts]


def cells(report: Report) -> list[str]:
    """The texts of the tables' cells, page by page."""
    return [
        t.get_text() for page in doctor.report_pages(CONTENT, report) for t in page.texts
        if is_cell(t)
    ]  # fmt: skip


def is_cell(text: Text) -> bool:
    """A table's cell: centred on its row (lines of text hang from their top)."""
    return text.get_verticalalignment() == "center"


def pages_of(pdf: bytes) -> int:
    """Pages of a PDF, counted in its bytes (one `/Type /Page` object a page)."""
    assert pdf.startswith(b"%PDF")
    return len(re.findall(rb"/Type\s*/Page(?![a-z])", pdf))


def test_old_ids_of_one_sign_are_listed_once_in_its_short_words() -> None:
    # an old cramp stored the three old ids of the clot sign; a newer one the wound sign
    lines = page_text(report_of([cramp(1, ["swelling", "redness", "warmth"]),
                                 cramp(2, ["wound"])], []))  # fmt: skip
    dvt, wound = (KNOWLEDGE.signs_in([i])[0] for i in ("dvt", "wound"))
    assert sum(dvt.short in line for line in lines) == 1
    assert sum(wound.short in line for line in lines) == 1
    assert not any("toxin" in line for line in lines)
    assert any("get help today" in line for line in lines if wound.short in line)


def test_a_long_line_wraps_to_the_text_column() -> None:
    text = " ".join(s.text for s in KNOWLEDGE.triage.signs[:4])
    rows = layout.wrap(text, size=10)
    assert len(rows) > 2 and " ".join(rows) == text
    font = FontProperties(size=10)
    for row in rows:
        width = TextToPath().get_text_width_height_descent(row, font, ismath=False)[0]
        assert width <= layout.WIDTH_PT


def table_box(figure: Figure, rules: LineCollection) -> Bbox:
    """Where a table's rules are, in display points."""
    points = [point for segment in rules.get_segments() for point in segment]
    return figure.transFigure.transform_bbox(Bbox([np.min(points, 0), np.max(points, 0)]))


def assert_nothing_overlaps(figure: Figure) -> None:
    """No text over another, a table's cells inside it, no other text over a table or the
    chart, and everything on the page."""
    renderer = FigureCanvasAgg(figure).get_renderer()
    page = figure.bbox
    texts = [t for t in figure.texts if t.get_text()]
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in texts]
    for text, box in boxes:
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text
        assert page.y0 <= box.y0 and box.y1 <= page.y1, text
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), (a, b)
    rules = [a for a in figure.artists if isinstance(a, LineCollection)]
    tables = [table_box(figure, r) for r in rules]
    charts = [box for ax in figure.axes if (box := ax.get_tightbbox(renderer)) is not None]
    assert len(charts) == len(figure.axes)  # with its title and tick labels
    for t, (text, box) in zip(texts, boxes, strict=True):
        if is_cell(t):
            assert any(table.contains(box.x0, box.y0) and table.contains(box.x1, box.y1)
                       for table in tables), text  # fmt: skip
        else:
            assert not any(box.overlaps(table) for table in tables), text
        assert not any(box.overlaps(chart) for chart in charts), text
    for a, b in itertools.combinations([*tables, *charts], 2):
        assert not a.overlaps(b)


def test_no_line_is_drawn_over_another_and_all_stay_on_the_pages() -> None:
    every_sign = [s.id for s in KNOWLEDGE.triage.signs]
    cramps = [cramp(n, every_sign[n % len(every_sign) :][:3], days_ago=n) for n in range(1, 12)]
    rows, nights = typical_rows()
    figures = doctor.report_pages(CONTENT, report_of([*rows, *cramps], nights))
    assert len(figures) == 2
    for figure in figures:
        assert_nothing_overlaps(figure)


def test_a_typical_three_month_diary_fits_two_pages_with_every_night() -> None:
    report = typical_report()
    assert report.span.days == 91 and len(report.diary.nights) > 80
    pdf = doctor.report_pdf(CONTENT, report)
    assert pages_of(pdf) == 2
    lines = page_text(report)
    assert not any("earlier ones are in" in line for line in lines)  # nothing was cut
    assert "Page 2 of 2" in lines
    assert lines.count(KNOWLEDGE.triage.disclaimer) == 2  # at the foot of both pages


def test_a_long_diary_is_cut_to_two_pages_earliest_nights_first_and_says_so() -> None:
    rows, nights = typical_rows()
    span = Span(date(2026, 3, 1), SPAN.last)  # nine months, about 230 nights
    year_before = [Night(night=n.night - timedelta(days=91), cramps=n.cramps, sleep=n.sleep,
                         answered_at=NOW) for n in nights]  # fmt: skip
    more = [Night(night=n.night - timedelta(days=182), cramps=n.cramps, sleep=n.sleep,
                  answered_at=NOW) for n in nights if n.night >= SPAN.first]  # fmt: skip
    report = report_of(rows, [*more, *year_before, *nights], span=span)
    assert len(report.diary.nights) > 200
    pdf = doctor.report_pdf(CONTENT, report)
    assert pages_of(pdf) == 2
    (cut,) = [line for line in page_text(report) if "earlier ones are in" in line]
    shown, dropped = (int(n) for n in re.findall(r"\d+", cut)[:2])
    assert shown + dropped == len(report.diary.nights) and dropped > 0
    dates = [t for t in cells(report) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", t)]
    assert len(dates) == shown
    assert max(dates) == SPAN.last.isoformat()  # the latest nights are kept
    assert min(dates) == report.diary.nights[dropped].night.isoformat()


@pytest.mark.parametrize("nights", [0, 1])
def test_a_nearly_empty_period_is_one_page(nights: int) -> None:
    rows = [Night(night=SPAN.last, cramps=0, sleep=None, answered_at=NOW)][:nights]
    report = report_of([], rows, answers=())
    assert pages_of(doctor.report_pdf(CONTENT, report)) == 1
    lines = page_text(report)
    if nights:
        assert any("nothing to compare with yet" in line for line in lines)
    else:
        assert "Nothing was recorded in this period or in the 91 days before it." in lines
        assert "Nothing was recorded for any night of this period." in lines
        assert not cells(report)  # no empty tables
        assert not [a for page in doctor.report_pages(CONTENT, report) for a in page.artists]


def test_the_pages_are_black_and_white() -> None:
    """Text black and at least 8 pt, table rules black, the tables' header and the chart's
    bars grey (with their counts written on them): nothing depends on colour."""
    figures = doctor.report_pages(CONTENT, typical_report())
    rules = fills = bars = 0
    for figure in figures:
        for text in figure.texts:
            assert text.get_color() == "black" and text.get_fontsize() >= 8, text.get_text()
        for artist in figure.artists:
            if isinstance(artist, LineCollection):
                rules += 1
                assert all(tuple(c[:3]) == (0, 0, 0) for c in artist.get_colors())
                assert all(w >= 0.5 for w in artist.get_linewidths())
            elif isinstance(artist, Rectangle):
                fills += 1
                r, g, b, _ = artist.get_facecolor()
                assert r == g == b >= 0.85  # light: black text stays readable on it
        for axes in figure.axes:  # the chart
            for patch in axes.patches:
                bars += 1
                r, g, b, _ = patch.get_facecolor()
                assert r == g == b
            assert axes.containers and all(axes.containers)  # bar_label: counts on the bars
    assert rules == fills == 3  # what changed; the diary, two tables side by side
    assert bars > 10


def test_dates_and_zone_are_in_the_header() -> None:
    lines = page_text(typical_report())
    assert "Period: 2026-09-01 to 2026-11-30 (91 days; times in Europe/Berlin)" in lines
    assert any(line.startswith("Made on 2026-12-01 ") for line in lines)  # 08:30 UTC in Berlin
