"""Repository for dialog state (multi-step exchanges that survive restarts)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Dialog
from bot.db.statements import fetch, write

_DIALOGS = Dialog.metadata.tables["dialogs"]
_KEY = (_DIALOGS.c.user_id == bindparam("b_user_id"), _DIALOGS.c.name == bindparam("b_name"))
# Built once: every text message asks whether the When dialog is open.
_STATE = select(_DIALOGS.c.state).where(*_KEY)
_CLEAR = delete(_DIALOGS).where(*_KEY)
_REPLACE = (
    update(_DIALOGS).where(*_KEY).values(state=bindparam("b_state"), updated_at=bindparam("b_now"))
)
_CREATE = insert(_DIALOGS).values(
    user_id=bindparam("b_user_id"), name=bindparam("b_name"),
    state=bindparam("b_state"), updated_at=bindparam("b_now"),
)  # fmt: skip


async def load(session: AsyncSession, *, user_id: int, name: str) -> dict[str, Any] | None:
    """The stored state of dialog `name`, or None."""
    rows = await fetch(session, _STATE, {"b_user_id": user_id, "b_name": name})
    return dict(rows[0][0]) if rows else None


async def save(
    session: AsyncSession, *, user_id: int, name: str, state: dict[str, Any], now: datetime
) -> None:
    """Create or replace the state of dialog `name` (prebuilt statements: an UPDATE, and an
    INSERT when there was nothing to update)."""
    _forget_held(session, user_id, name)
    params = {"b_user_id": user_id, "b_name": name, "b_state": state, "b_now": now}
    if not await write(session, _REPLACE, params):
        await write(session, _CREATE, params)


def _forget_held(session: AsyncSession, user_id: int, name: str) -> None:
    """Drop the session's copy of the dialog, if it holds one: the statements change the row."""
    held = session.identity_map.get(session.sync_session.identity_key(Dialog, (user_id, name)))
    if held is not None:
        session.expunge(held)


async def clear(session: AsyncSession, *, user_id: int, name: str) -> None:
    """Forget dialog `name` (a press on a card clears the When dialog every time)."""
    _forget_held(session, user_id, name)
    params = {"b_user_id": user_id, "b_name": name}
    if await fetch(session, _STATE, params):  # a read first: most presses find none to clear,
        await write(session, _CLEAR, params)  # and a write would make the update a transaction
