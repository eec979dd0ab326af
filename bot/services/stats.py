"""/stats: the user's cramps of the last weeks, summarized."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps
from bot.reports import stats


async def recent(
    session: AsyncSession, *, user_id: int, now: datetime, zone: ZoneInfo
) -> stats.Stats:
    """The summary of the user's cramps in the weeks /stats shows."""
    start, end = stats.window(now=now, zone=zone)
    entries = await cramps.between(session, user_id=user_id, start=start, end=end)
    return stats.summarize(entries, zone=zone, now=now, within_weeks=True)
