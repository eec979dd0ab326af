"""The visit brief's figures (bot/reports/visit.py) on a small diary computed by hand, the
diary's nights in the research format, and the questions for the doctor."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from bot.db.models import Cramp, Night
from bot.reports import visit
from bot.reports.visit import Change, DiaryNight, Span, compare, diary, figures, questions
from bot.services import cause_finder
from tests.fakes.harness import shared_content

BERLIN = ZoneInfo("Europe/Berlin")
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
SPAN = Span(date(2026, 11, 16), date(2026, 11, 29))  # 14 days; before: 2 to 15 November
CONTENT = shared_content()
KNOWLEDGE = CONTENT.knowledge


def cramp(day: int, hour: int, minute: int = 0, *, severity: int | None = None,
          duration_s: int | None = None) -> Cramp:  # fmt: skip
    when = datetime(2026, 11, day, hour, minute, tzinfo=BERLIN)
    return Cramp(occurred_at=when.astimezone(UTC), severity=severity, duration_s=duration_s,
                 triggers=[], red_flags=[], time_told=True)  # fmt: skip


def night(day: int, cramps: int, sleep: int | None = None) -> Night:
    return Night(night=date(2026, 11, day), cramps=cramps, sleep=sleep, answered_at=NOW)


CRAMPS = [
    # before (2-15 November): 2 logged, 1 rated (4)
    cramp(3, 2, severity=4), cramp(10, 23, 30),
    # this span (16-29 November): 6 logged by local date, severities 6 8 7 5 9 4 (mean 6.5)
    cramp(16, 3, severity=6, duration_s=60),
    cramp(16, 4, severity=8, duration_s=120),
    cramp(20, 22, severity=7),  # the night of the 21st
    cramp(25, 15, severity=5, duration_s=60),  # an afternoon: in no night
    cramp(26, 2, severity=4, duration_s=30),  # logged, the check-in not answered
    cramp(29, 23, 30, severity=9),  # the night of the 30th, after the span
]  # fmt: skip
NIGHTS = [
    # before: 4 answered, 2 free, 2 cramps, sleep 3 and 5
    night(3, 1, 3), night(4, 0), night(11, 1, 5), night(12, 0),
    # this span: 5 answered, 2 free, 1+0+0+1+3 = 5 cramps, sleep 6 and 8
    night(16, 1, 6),  # 2 logged that night: the larger count is shown
    night(17, 0), night(18, 0),
    night(21, 1),  # answered, no sleep score
    night(22, 3, 8),  # "3 or more", nothing logged
]  # fmt: skip


def test_what_changed_on_a_small_diary() -> None:
    now = figures(SPAN, CRAMPS, NIGHTS, BERLIN)
    before = figures(SPAN.before(), CRAMPS, NIGHTS, BERLIN)
    assert before.span == Span(date(2026, 11, 2), date(2026, 11, 15))
    assert (before.cramps, before.per_week, before.rated, before.severity_mean) == (2, 1.0, 1, 4.0)
    assert (now.cramps, now.per_week, now.rated, now.severity_mean) == (6, 3.0, 6, 6.5)
    assert (before.nights.checked, before.nights.free, before.nights.cramps) == (4, 2, 2)
    assert (now.nights.checked, now.nights.free, now.nights.cramps) == (5, 2, 5)
    assert (before.nights.per_night, now.nights.per_night) == (0.5, 1.0)
    assert (before.nights.sleep_mean, now.nights.sleep_mean) == (4.0, 7.0)
    assert (before.free_share, now.free_share) == (50, 40)
    comparison = compare(now, before)
    assert comparison.changes == (
        Change("cramps", 2, 6, "up"),
        Change("severity", 4.0, 6.5, "up"),
        Change("nights", 4, 5, "up"),
        Change("free", 50, 40, "down"),
        Change("per_night", 0.5, 1.0, "up"),
        Change("sleep", 4.0, 7.0, "up"),
    )
    assert comparison.rising  # 6 against 2: up by half and by at least 3


def test_the_table_and_lead_in_plain_words() -> None:
    from bot.reports.brief import _change_row

    comparison = compare(figures(SPAN, CRAMPS, NIGHTS, BERLIN),
                         figures(SPAN.before(), CRAMPS, NIGHTS, BERLIN))  # fmt: skip
    rows = [_change_row(CONTENT, c, comparison.now, comparison.before) for c in comparison.changes]
    assert rows == [
        ["Cramps logged (a week)", "2 (1.0)", "6 (3.0)", "up"],
        ["Average severity of logged cramps", "4.0/10", "6.5/10", "up"],
        ["Nights answered in the morning check-in", "4", "5", "up"],
        ["Cramp-free nights (of those answered)", "2 of 4 (50%)", "2 of 5 (40%)", "down"],
        ["Cramps a night (check-in)", "0.5", "1.0", "up"],
        ["Sleep disturbed (0-10, average)", "4.0/10", "7.0/10", "up"],
    ]
    lead = CONTENT.label("visit.changed_lead_up", now="3.0", before="1.0", days=14)
    assert lead == "Cramps logged: 3.0 a week, up from 1.0 a week in the 14 days before."


def test_nothing_before_compares_nothing_and_rises_not() -> None:
    now = figures(SPAN, CRAMPS, NIGHTS, BERLIN)
    empty = figures(SPAN.before(), [], [], BERLIN)
    comparison = compare(now, empty)
    assert not empty.recorded
    assert all(c.direction is None for c in comparison.changes)
    assert not comparison.rising


def test_without_check_in_nights_only_the_logged_cramps_are_compared() -> None:
    comparison = compare(figures(SPAN, CRAMPS, [], BERLIN),
                         figures(SPAN.before(), CRAMPS, [], BERLIN))  # fmt: skip
    assert [c.measure for c in comparison.changes] == ["cramps", "severity"]


@pytest.mark.parametrize(
    ("now", "before", "rising"),
    [
        (6, 2, True), (5, 2, True), (4, 1, False),  # fewer than MIN_CRAMPS (6) in the two
        (7, 5, False),  # up, but not by half
        (9, 6, True), (5, 0, False), (6, 0, True), (8, 6, False),
    ],
)  # fmt: skip
def test_rising_needs_half_as_many_again_and_three_more(
    now: int, before: int, rising: bool
) -> None:
    span = Span(date(2026, 11, 16), date(2026, 11, 29))
    rows = [cramp(16 + i % 14, 3) for i in range(now)] + [
        cramp(2 + i % 14, 3) for i in range(before)
    ]
    answered = [night(3, 0)]  # something was recorded before, even with no cramp
    a, b = figures(span, rows, answered, BERLIN), figures(span.before(), rows, answered, BERLIN)
    assert visit.rising(a, b) is rising


def test_rising_from_the_check_in_nights() -> None:
    before = [night(d, 1 if d == 5 else 0) for d in range(2, 16)]
    now = [night(d, 1 if d % 2 else 0) for d in range(16, 30)]  # 7 cramps over 14 nights
    answered = [*before, *now]
    a, b = figures(SPAN, [], answered, BERLIN), figures(SPAN.before(), [], answered, BERLIN)
    assert (b.nights.checked, a.nights.checked) == (14, 14)
    assert visit.rising(a, b)  # 0.07 -> 0.5 a night: 3 more a week


def test_the_diary_in_the_research_format() -> None:
    found = diary(SPAN, CRAMPS, NIGHTS, BERLIN)
    assert found.span_nights == 14
    assert found.day_cramps == 1  # 15:00 on the 25th
    assert found.nights == (
        # logged 2, the check-in said 1: the larger count, the longest, the worst, the sleep
        DiaryNight(date(2026, 11, 16), 2, False, 120, 8, 6, answered=True),
        DiaryNight(date(2026, 11, 17), 0, False, None, None, None, answered=True),
        DiaryNight(date(2026, 11, 18), 0, False, None, None, None, answered=True),
        # 22:00 the evening before: a cramp of the night of the 21st; answered, no sleep score
        DiaryNight(date(2026, 11, 21), 1, False, None, 7, None, answered=True),
        # a check-in answer and no logged cramp: "3 or more", nothing else known
        DiaryNight(date(2026, 11, 22), 3, True, None, None, 8, answered=True),
        # logged cramps and no check-in answer: no sleep score
        DiaryNight(date(2026, 11, 26), 1, False, 30, 4, None, answered=False),
    )  # the cramp at 23:30 on the 29th is the night of the 30th, after the span


def test_diary_cells_leave_the_unknown_empty() -> None:
    from bot.reports.brief import _diary_row

    rows = [_diary_row(CONTENT, n) for n in diary(SPAN, CRAMPS, NIGHTS, BERLIN).nights]
    assert rows == [
        ["2026-11-16", "2", "2 min", "8", "6"],
        ["2026-11-17", "0", "", "", ""],
        ["2026-11-18", "0", "", "", ""],
        ["2026-11-21", "1", "", "7", ""],
        ["2026-11-22", "3+", "", "", "8"],
        ["2026-11-26", "1", "30 s", "4", ""],
    ]


def test_a_night_across_the_autumn_dst_change() -> None:
    """25 October 2026 in Berlin: 02:30 happens twice; both are the night of the 25th, and
    18:30 on the 24th starts it."""
    first = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 CEST
    second = datetime(2026, 10, 25, 1, 30, tzinfo=UTC)  # 02:30 CET
    evening = datetime(2026, 10, 24, 16, 30, tzinfo=UTC)  # 18:30 CEST on the 24th
    rows = [
        Cramp(occurred_at=t, triggers=[], red_flags=[], time_told=True)
        for t in (first, second, evening)
    ]
    found = diary(Span(date(2026, 10, 25), date(2026, 10, 25)), rows, [], BERLIN)
    assert [(n.night, n.cramps) for n in found.nights] == [(date(2026, 10, 25), 3)]


def test_questions_from_answers() -> None:
    flat = compare(figures(SPAN, [], [], BERLIN), figures(SPAN.before(), [], [], BERLIN))
    assert questions(answers={}, worth=(), comparison=flat) == ("general",)
    assert questions(answers={"statin": "y"}, worth=(), comparison=flat) == ("statin",)
    both = {"diuretic": "y", "statin": "y", "walking": "n"}
    assert questions(answers=both, worth=(), comparison=flat) == ("statin", "diuretic")
    assert questions(answers={"statin": "u"}, worth=(), comparison=flat) == ("unsure_medicine",)
    assert questions(answers={"statin": "n"}, worth=(), comparison=flat) == ("general",)
    assert questions(answers={"walking": "y", "health": "y"}, worth=(), comparison=flat) == (
        "walking", "health",
    )  # fmt: skip


def test_b12_risk_factors_from_the_cause_finder_ask_about_b12() -> None:
    flat = compare(figures(SPAN, [], [], BERLIN), figures(SPAN.before(), [], [], BERLIN))
    for answers in ([("over_50", "y")], [("diet", "y")], [("b12_medicine", "y")]):
        result = cause_finder.result(KNOWLEDGE, answers)
        worth = {w.cause_id for w in result.worth_checking}
        assert questions(answers=dict(answers), worth=worth, comparison=flat) == ("b12",)
    result = cause_finder.result(KNOWLEDGE, [("over_50", "n")])
    assert not result.worth_checking


def test_questions_from_the_diary() -> None:
    comparison = compare(figures(SPAN, CRAMPS, NIGHTS, BERLIN),
                         figures(SPAN.before(), CRAMPS, NIGHTS, BERLIN))  # fmt: skip
    assert questions(answers={"statin": "y"}, worth=(), comparison=comparison) == (
        "statin", "rising",
    )  # fmt: skip
    sleepless = [night(d, 1, 7) for d in (16, 17, 18)]
    comparison = compare(figures(SPAN, [], sleepless, BERLIN),
                         figures(SPAN.before(), [], sleepless, BERLIN))  # fmt: skip
    assert questions(answers={}, worth=(), comparison=comparison) == ("sleep",)
    two = sleepless[:2]  # too few nights with a score to say
    comparison = compare(figures(SPAN, [], two, BERLIN), figures(SPAN.before(), [], two, BERLIN))
    assert questions(answers={}, worth=(), comparison=comparison) == ("general",)


def test_every_question_has_words_and_asks_no_dose_threshold_or_diagnosis() -> None:
    check_ids = {q.id for q in KNOWLEDGE.check.questions}
    assert set(visit.FROM_YES) <= check_ids and set(visit.MEDICINES) <= check_ids
    assert set(visit.FROM_WORTH) <= set(KNOWLEDGE.check.worth_checking)
    ids = [*visit.FROM_YES, "unsure_medicine", *visit.FROM_WORTH.values(), "rising", "sleep",
           visit.GENERAL]  # fmt: skip
    units = re.compile(r"\d\s*(mg|µg|mcg|mmol|pmol|ng|iu|%)|\b(dose|diagnos)", re.IGNORECASE)
    for question in ids:
        text = CONTENT.label(f"visit.question_{question}")
        assert text.endswith((".", "?", ".)")), question
        assert "?" in text, question
        assert not units.search(text), question
    assert "not a diagnosis" in CONTENT.label("visit.questions_intro")


def test_every_cause_finder_question_has_words_in_the_brief() -> None:
    templates = CONTENT.ui.templates
    for question in KNOWLEDGE.check.questions:
        keys = {f"visit.medicine_{question.id}", f"visit.answer_{question.id}"}
        assert len(keys & templates.keys()) == 1, question.id
    medicines = {q.id for q in KNOWLEDGE.check.questions if q.medicine}
    assert all(f"visit.medicine_{m}" in templates for m in medicines)
