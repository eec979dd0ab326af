"""What the report for a doctor (the visit brief) shows over its span: the cramps summarized,
what changed against the span before, the diary night by night, reminder adherence, and
(filled in by `services.visit_brief`) the cause finder's answers and the questions to ask."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps, nights
from bot.db.models import Delivery
from bot.reports.stats import Stats, summarize_span
from bot.reports.visit import Comparison, Diary, Span, compare, diary, figures

ACTED = ("done", "answered")  # a reminder marked done, a check-in answered


@dataclass(frozen=True)
class Report:
    """The report's data: nothing identifying beyond what the user logged and answered.

    `answers`: the last finished cause finder's (question id, "y" | "n" | "u"), finished on
    `answered_on` (local date); `questions`: ids of the questions for the doctor."""

    span: Span
    stats: Stats
    comparison: Comparison
    diary: Diary
    done: int
    delivered: int
    zone: ZoneInfo
    now: datetime
    answers: tuple[tuple[str, str], ...] = ()
    answered_on: date | None = None
    questions: tuple[str, ...] = ()


async def adherence(
    session: AsyncSession, *, user_id: int, since: datetime, until: datetime
) -> tuple[int, int]:
    """(reminders marked done or answered, reminders delivered) with slots in [since, until)."""
    done = func.count().filter(Delivery.action.in_(ACTED))
    sent = func.count().filter(Delivery.status == "sent")
    row = (
        await session.execute(
            select(done, sent).where(
                Delivery.user_id == user_id, Delivery.slot >= since, Delivery.slot < until
            )
        )
    ).one()
    return int(row[0] or 0), int(row[1] or 0)


async def build_report(
    session: AsyncSession, *, user_id: int, now: datetime, zone: ZoneInfo, span: Span
) -> Report:
    """Read the cramps and nights of `span` and of the span before it, and the adherence of
    `span` (reads only)."""
    before = span.before()
    start, end = span.bounds(zone)
    # a day of margin before: the evening before the first night holds some of its cramps
    earliest = before.bounds(zone)[0] - timedelta(days=1)
    logged = await cramps.between(session, user_id=user_id, start=earliest, end=end)
    answered = await nights.between(session, user_id=user_id, first=before.first, last=span.last)
    done, delivered = await adherence(session, user_id=user_id, since=start, until=end)
    return Report(
        span=span,
        stats=summarize_span(logged, zone=zone, first=span.first, last=span.last),
        comparison=compare(
            figures(span, logged, answered, zone), figures(before, logged, answered, zone)
        ),
        diary=diary(span, logged, answered, zone),
        done=done,
        delivered=delivered,
        zone=zone,
        now=now,
    )
