"""Repository for `check_answers`: the user's last finished cause finder, one row a user."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import CheckAnswers


async def get(session: AsyncSession, *, user_id: int) -> CheckAnswers | None:
    """The user's stored answers, if they ever finished the cause finder."""
    return await session.get(CheckAnswers, user_id)


async def save(
    session: AsyncSession, *, user_id: int, answers: Sequence[tuple[str, str]], now: datetime
) -> None:
    """Keep `answers` ((question id, answer) pairs) as the user's last finished ones."""
    rows = [[question, value] for question, value in answers]
    row = await get(session, user_id=user_id)
    if row is None:
        session.add(CheckAnswers(user_id=user_id, answers=rows, finished_at=now))
    else:
        row.answers, row.finished_at = rows, now
    await session.flush()
