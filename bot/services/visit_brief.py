"""The visit brief: the report for a doctor over a chosen span, with the user's last finished
cause finder (its answers, and the causes they make worth checking) and the questions for the
doctor built from those answers and the diary. Reads only."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.knowledge import Knowledge
from bot.db import check_answers
from bot.parsing.export_range import DateRange
from bot.reports.report import Report, build_report
from bot.reports.visit import Span, questions
from bot.services import cause_finder


def span_of(period: DateRange) -> Span:
    """The report's span for a parsed /export range."""
    return Span(period.first, period.last)


def shown_answers(
    knowledge: Knowledge, answers: Sequence[tuple[str, str]]
) -> list[tuple[str, str]]:
    """The answers worth printing, in the order asked: questions the content still has, and
    of a gate ("Do you take any medicines regularly?") only a "no" or "not sure", or a "yes"
    none of its follow-up questions was answered after."""
    known = {q.id: q for q in knowledge.check.questions}
    given = {q for q, _ in answers}
    followed = {
        gate for q in knowledge.check.questions if q.id in given for gate in q.only_if
    }  # fmt: skip
    return [
        (q, v) for q, v in answers if q in known and not (v == cause_finder.YES and q in followed)
    ]


async def visit_brief(
    session: AsyncSession, *, knowledge: Knowledge, user_id: int, now: datetime, zone: ZoneInfo,
    span: Span,
) -> Report:  # fmt: skip
    """The report of `span`, with the cause finder's answers and the questions for a doctor."""
    report = await build_report(session, user_id=user_id, now=now, zone=zone, span=span)
    stored = await check_answers.get(session, user_id=user_id)
    if stored is None:
        asked = questions(answers={}, worth=(), comparison=report.comparison)
        return replace(report, questions=asked)
    answers = [(str(q), str(v)) for q, v in stored.answers]
    result = cause_finder.result(knowledge, answers)
    asked = questions(
        answers=dict(answers), worth={w.cause_id for w in result.worth_checking},
        comparison=report.comparison,
    )  # fmt: skip
    return replace(
        report,
        answers=tuple(shown_answers(knowledge, answers)),
        answered_on=stored.finished_at.astimezone(zone).date(),
        questions=asked,
    )
