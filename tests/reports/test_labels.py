"""Where a cramp was: one lower-case wording (labels.where, labels.muscle, labels.side) for
the card, history and the PDF's summary."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.db.models import Cramp
from bot.parsing.cramp import MUSCLES, SIDES
from bot.reports import doctor, labels
from bot.reports.visit import Span
from bot.views import cramps as views
from tests.fakes.harness import shared_content
from tests.reports.typical import report_of

CONTENT = shared_content()
NOW = datetime(2026, 11, 25, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("side", "muscle", "expected"),
    [
        ("left", "calf", "left calf"),
        ("right", "quadriceps", "right front of thigh"),
        ("both", "calf", "both calves"),
        ("both", "foot", "both feet"),
        ("both", "toes", "toes of both feet"),
        ("both", None, "both legs"),
        ("left", None, "left leg"),
        (None, "calf", "calf"),
        (None, None, "not said"),
    ],
)
def test_where_reads_naturally(side: str | None, muscle: str | None, expected: str) -> None:
    assert labels.where(CONTENT, side, muscle) == expected


@pytest.mark.parametrize("side", [*SIDES, None])
@pytest.mark.parametrize("muscle", [*MUSCLES, None])
def test_one_capitalisation_on_the_card_in_history_and_in_the_pdf(
    side: str | None, muscle: str | None
) -> None:
    where = labels.where(CONTENT, side, muscle)
    assert where == where.lower()  # lower case, like the CSV's side and muscle columns
    cramp = Cramp(
        id=1, user_id=1, occurred_at=NOW, created_at=NOW, side=side, muscle=muscle,
        severity=7, duration_s=60, triggers=[], red_flags=[], time_told=True,
    )  # fmt: skip
    assert views.where_text(CONTENT, cramp) == where  # card and history lines
    zone = ZoneInfo("Europe/Berlin")
    day = NOW.astimezone(zone).date()
    report = report_of([cramp], [], span=Span(day, day), answers=())
    lines = [t.get_text() for page in doctor.report_pages(CONTENT, report) for t in page.texts]
    (summary,) = [line for line in lines if line.startswith("Where: ")]  # the PDF's summary
    assert summary == summary[0] + summary[1:].lower()
    assert labels.muscle(CONTENT, muscle) in summary and labels.side(CONTENT, side) in summary


def test_sides_in_stats_and_the_pdf_summary_use_the_same_words() -> None:
    assert [labels.side(CONTENT, s) for s in SIDES] == ["left leg", "right leg", "both legs"]
