"""A typical three-month diary for the visit brief's tests and its sample PDF: a daily morning
check-in answered on most nights, cramps logged on most nights with cramps, a few in the
afternoon, fewer in the three months before, and a finished cause finder."""

from __future__ import annotations

import random
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.db.models import Cramp, Night
from bot.reports.report import Report
from bot.reports.stats import summarize_span
from bot.reports.visit import Span, compare, diary, figures, questions
from bot.services.visit_brief import shown_answers
from tests.fakes.harness import shared_content

KNOWLEDGE = shared_content().knowledge
ZONE = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 12, 1, 8, 30, tzinfo=UTC)
SPAN = Span(date(2026, 9, 1), date(2026, 11, 30))  # crosses the end of summer time
ANSWERS = (
    ("walking", "n"), ("health", "n"), ("about", "y"), ("over_50", "y"), ("diet", "n"),
    ("medicines", "y"), ("diuretic", "u"), ("statin", "y"), ("b12_medicine", "y"),
    ("daily", "y"), ("exercise", "n"), ("posture", "y"),
)  # fmt: skip


def typical_rows(seed: int = 7) -> tuple[list[Cramp], list[Night]]:
    """About 90 nights of each span before and in SPAN, cramps more often in SPAN."""
    rng = random.Random(seed)
    cramps: list[Cramp] = []
    nights: list[Night] = []
    first = SPAN.before().first
    for offset in range((SPAN.last - first).days + 1):
        night = first + timedelta(days=offset)
        chance = 0.25 if night < SPAN.first else 0.45
        count = sum(rng.random() < chance for _ in range(3))
        for _ in range(count):
            if rng.random() < 0.85:  # most cramps are logged as well
                hour = rng.choice([23, 1, 2, 3, 4, 5])
                day = night - timedelta(days=1) if hour >= 18 else night
                when = datetime.combine(day, time(hour, rng.randrange(60)), tzinfo=ZONE)
                cramps.append(
                    Cramp(occurred_at=when.astimezone(UTC), side=rng.choice(["left", "right"]),
                          muscle=rng.choice(["calf", "calf", "foot"]),
                          severity=rng.choice([None, 4, 5, 6, 7, 8]),
                          duration_s=rng.choice([None, 30, 60, 120, 300]), triggers=[],
                          red_flags=[], time_told=True)
                )  # fmt: skip
        if rng.random() < 0.85:  # the check-in answered on most mornings
            sleep = rng.choice([2, 4, 5, 6, 7]) if count else None
            nights.append(Night(night=night, cramps=count, sleep=sleep, answered_at=NOW))
        if rng.random() < 0.04:  # now and then a cramp in the afternoon
            when = datetime.combine(night, time(15, 0), tzinfo=ZONE)
            cramps.append(Cramp(occurred_at=when.astimezone(UTC), side="left", muscle="calf",
                                severity=5, duration_s=60, triggers=[], red_flags=[],
                                time_told=True))  # fmt: skip
    return cramps, nights


def report_of(
    cramps: list[Cramp], nights: list[Night], *, span: Span = SPAN,
    answers: tuple[tuple[str, str], ...] = ANSWERS, worth: frozenset[str] = frozenset(),
) -> Report:  # fmt: skip
    """The report the service would build from these rows (no database)."""
    comparison = compare(figures(span, cramps, nights, ZONE),
                         figures(span.before(), cramps, nights, ZONE))  # fmt: skip
    return Report(
        span=span, stats=summarize_span(cramps, zone=ZONE, first=span.first, last=span.last),
        comparison=comparison, diary=diary(span, cramps, nights, ZONE), done=40, delivered=61,
        zone=ZONE, now=NOW, answers=tuple(shown_answers(KNOWLEDGE, answers)),
        answered_on=date(2026, 10, 12) if answers else None,
        questions=questions(answers=dict(answers), worth=worth, comparison=comparison),
    )  # fmt: skip


def typical_report() -> Report:
    """The typical diary's report, B12 worth checking (over 50, metformin)."""
    cramps, nights = typical_rows()
    return report_of(cramps, nights, worth=frozenset({"b12_deficiency"}))
