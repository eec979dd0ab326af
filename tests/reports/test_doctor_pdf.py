"""The doctor's PDF page: signs in the catalogue's words, each once, and no line drawn over
another (medical review, minor 7)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.font_manager import FontProperties
from matplotlib.textpath import TextToPath

from bot.db.models import Cramp
from bot.reports import doctor
from bot.reports.report import Report
from bot.reports.stats import summarize
from tests.fakes.harness import shared_content

CONTENT = shared_content()
KNOWLEDGE = CONTENT.knowledge
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)
ZONE = ZoneInfo("Europe/London")


def cramp(number: int, flags: list[str], days_ago: int = 1) -> Cramp:
    when = NOW - timedelta(days=days_ago, hours=number)
    return Cramp(
        id=number, user_id=1, occurred_at=when, created_at=when, side="left", muscle="calf",
        severity=6, duration_s=90, triggers=[], red_flags=flags,
    )  # fmt: skip


def report_of(cramps: list[Cramp]) -> Report:
    stats = summarize(cramps, now=NOW, zone=ZONE)
    return Report(stats=stats, recent=tuple(cramps[:8]), done=3, delivered=5, zone=ZONE, now=NOW)


def page_text(cramps: list[Cramp]) -> list[str]:
    figure = doctor.report_figure(CONTENT, report_of(cramps))
    return [t.get_text() for t in figure.texts]


def test_old_ids_of_one_sign_are_listed_once_in_its_short_words() -> None:
    # an old cramp stored the three old ids of the clot sign; a newer one the wound sign
    lines = page_text([cramp(1, ["swelling", "redness", "warmth"]), cramp(2, ["wound"])])
    dvt, wound = (KNOWLEDGE.signs_in([i])[0] for i in ("dvt", "wound"))
    assert sum(dvt.short in line for line in lines) == 1
    assert sum(wound.short in line for line in lines) == 1
    assert not any("toxin" in line for line in lines)
    assert any("get help today" in line for line in lines if wound.short in line)


def test_the_table_names_each_sign_once() -> None:
    report = report_of([cramp(1, ["numbness", "weakness", "new_numbness"])])
    flags = doctor._row(CONTENT, report, report.recent[0])[-1]
    sign = KNOWLEDGE.signs_in(["new_numbness"])[0]
    assert flags.count(sign.short[:20]) == 1


def test_a_long_line_wraps_to_the_text_column() -> None:
    text = " ".join(s.text for s in KNOWLEDGE.triage.signs[:4])
    rows = doctor.wrap(text, size=10)
    assert len(rows) > 2 and " ".join(rows) == text
    font = FontProperties(size=10)
    for row in rows:
        width = TextToPath().get_text_width_height_descent(row, font, ismath=False)[0]
        assert width <= doctor.WIDTH_PT


def test_no_line_is_drawn_over_another_and_all_stay_on_the_page() -> None:
    every_sign = [s.id for s in KNOWLEDGE.triage.signs]
    cramps = [cramp(n, every_sign[n % len(every_sign) :][:3], days_ago=n) for n in range(1, 12)]
    figure = doctor.report_figure(CONTENT, report_of(cramps))
    renderer = FigureCanvasAgg(figure).get_renderer()
    page = figure.bbox
    boxes = [(t.get_text(), t.get_window_extent(renderer)) for t in figure.texts if t.get_text()]
    assert len(boxes) > 15
    for text, box in boxes:
        assert page.x0 <= box.x0 and box.x1 <= page.x1, text
        assert page.y0 <= box.y0 and box.y1 <= page.y1, text
    for (a, box_a), (b, box_b) in itertools.combinations(boxes, 2):
        assert not box_a.overlaps(box_b), (a, b)
    tables = [ax.get_window_extent(renderer) for ax in figure.axes]
    for text, box in boxes:
        for table in tables:
            assert not box.overlaps(table), text
