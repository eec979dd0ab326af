"""Repository for dialog state (multi-step exchanges that survive restarts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.inline_session import fetch, write
from bot.db.models import Dialog

_DIALOGS = Dialog.metadata.tables["dialogs"]
_KEY = (_DIALOGS.c.user_id == bindparam("user_id"), _DIALOGS.c.name == bindparam("name"))
# Built once: every text message asks whether the When dialog is open.
_STATE = select(_DIALOGS.c.state).where(*_KEY)
_CLEAR = delete(_DIALOGS).where(*_KEY)


async def load(session: AsyncSession, *, user_id: int, name: str) -> dict[str, Any] | None:
    """The stored state of dialog `name`, or None."""
    rows = await fetch(session, _STATE, {"user_id": user_id, "name": name})
    return dict(rows[0][0]) if rows else None


async def save(
    session: AsyncSession, *, user_id: int, name: str, state: dict[str, Any], now: datetime
) -> None:
    """Create or replace the state of dialog `name`."""
    dialog = await session.get(Dialog, (user_id, name))
    if dialog is None:
        session.add(Dialog(user_id=user_id, name=name, state=state, updated_at=now))
    else:
        dialog.state, dialog.updated_at = state, now


async def clear(session: AsyncSession, *, user_id: int, name: str) -> None:
    """Forget dialog `name` (a press on a card clears the When dialog every time)."""
    held = session.identity_map.get(session.sync_session.identity_key(Dialog, (user_id, name)))
    if held is not None:  # the session's copy goes with the row
        session.expunge(held)
    await write(session, _CLEAR, {"user_id": user_id, "name": name})
