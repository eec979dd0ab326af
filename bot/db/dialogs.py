"""Repository for dialog state (multi-step exchanges that survive restarts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Dialog


async def load(session: AsyncSession, *, user_id: int, name: str) -> dict[str, Any] | None:
    """The stored state of dialog `name`, or None."""
    dialog = await session.get(Dialog, (user_id, name))
    return dict(dialog.state) if dialog is not None else None


async def save(
    session: AsyncSession, *, user_id: int, name: str, state: dict[str, Any], now: datetime
) -> None:
    """Create or replace the state of dialog `name`."""
    dialog = await session.get(Dialog, (user_id, name))
    if dialog is None:
        session.add(Dialog(user_id=user_id, name=name, state=state, updated_at=now))
    else:
        dialog.state, dialog.updated_at = state, now


_CLEAR = delete(Dialog).where(
    Dialog.user_id == bindparam("user_id"), Dialog.name == bindparam("name")
)  # built once: a button press on a card clears the When dialog every time


async def clear(session: AsyncSession, *, user_id: int, name: str) -> None:
    """Forget dialog `name`."""
    await session.execute(_CLEAR, {"user_id": user_id, "name": name})
