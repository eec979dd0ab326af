"""The webhook's record of the update ids it handled (a retry of a committed one is ignored)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.dialects.postgresql import insert as pg_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import ProcessedUpdate

KEEP_UPDATE_IDS = timedelta(days=2)
PRUNE_EVERY = 100


async def already_processed(session: AsyncSession, update_id: int) -> bool:
    """True when `update_id` was committed before (a webhook retry)."""
    found = await session.scalar(
        select(ProcessedUpdate.update_id).where(ProcessedUpdate.update_id == update_id)
    )
    return found is not None


async def mark_processed(session: AsyncSession, update_id: int, now: datetime) -> bool:
    """Record `update_id` in the update's own transaction; False when another delivery of the
    same update committed it meanwhile (both are then handled: at least once)."""
    values = {"update_id": update_id, "processed_at": now}
    insert = pg_insert if session.get_bind().dialect.name == "postgresql" else sqlite_insert
    result = await session.execute(insert(ProcessedUpdate).values(values).on_conflict_do_nothing())
    if update_id % PRUNE_EVERY == 0:
        cutoff = now - KEEP_UPDATE_IDS
        await session.execute(delete(ProcessedUpdate).where(ProcessedUpdate.processed_at < cutoff))
    return bool(getattr(result, "rowcount", 1))
