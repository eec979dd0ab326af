"""Repository for logged cramps. Takes a session, never commits."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam, delete, func, insert, inspect, select, update
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import make_transient_to_detached
from sqlalchemy.orm.attributes import instance_state, set_committed_value
from sqlalchemy.orm.instrumentation import manager_of_class

from bot.db.inline_session import fetch, write
from bot.db.models import Cramp


async def add_cramp(
    session: AsyncSession,
    *,
    user_id: int,
    occurred_at: datetime,
    now: datetime,
    side: str | None = None,
    muscle: str | None = None,
    severity: int | None = None,
    duration_s: int | None = None,
    triggers: Sequence[str] = (),
    red_flags: Sequence[str] = (),
    source_message_id: int | None = None,
) -> Cramp:
    """Store a new cramp and return it with its id (a persistent object of the session).

    One Core INSERT, then the object joins the session as already stored: the ORM's flush of
    a pending object cost several times the statement itself.
    """
    values = {
        "user_id": user_id,
        "occurred_at": occurred_at,
        "side": side,
        "muscle": muscle,
        "severity": severity,
        "duration_s": duration_s,
        "triggers": list(triggers),
        "red_flags": list(red_flags),
        "source_message_id": source_message_id,
        "card_message_id": None,
        "created_at": now,
        "edited_at": None,
    }
    written = await write(session, _INSERT, {f"b_{k}": v for k, v in values.items()})
    assert written.new_id is not None
    return _adopt(session, {"id": written.new_id, **values})


def _adopt(session: AsyncSession, row: dict[str, Any]) -> Cramp:
    """The cramp of a stored `row` (every column), joining the session as loaded: the ORM then
    tracks changes to it as usual, without its own statement and loading machinery.

    Built as the ORM's loader builds an object (a new instance, the row as its loaded state):
    `Cramp(**row)` would record each value as a change, only for the changes to be discarded."""
    cramp: Cramp = _MANAGER.new_instance()
    instance_state(cramp).dict.update(row)
    make_transient_to_detached(cramp)  # every column is set: nothing is left to load
    session.add(cramp)
    return cramp


_MANAGER = manager_of_class(Cramp)
_CRAMPS = Cramp.metadata.tables["cramps"]
_INSERT = insert(_CRAMPS).values({
    c.name: bindparam(f"b_{c.name}", type_=c.type) for c in _CRAMPS.c if c.name != "id"
})  # fmt: skip
_BY_ID = select(Cramp).where(Cramp.id == bindparam("b_cramp_id"))
_COLUMNS = [c.name for c in _CRAMPS.c]
_ROW_BY_ID = select(*_CRAMPS.c).where(_CRAMPS.c.id == bindparam("b_cramp_id"))
_LATEST = (
    select(*_CRAMPS.c)
    .where(_CRAMPS.c.user_id == bindparam("b_user_id"))
    .order_by(_CRAMPS.c.occurred_at.desc(), _CRAMPS.c.id.desc())
    .offset(bindparam("b_offset"))
    .limit(bindparam("b_limit"))
)
_COUNT = (
    select(func.count()).select_from(_CRAMPS).where(_CRAMPS.c.user_id == bindparam("b_user_id"))
)
_SET_CARD = (
    update(_CRAMPS)
    .where(_CRAMPS.c.id == bindparam("b_cramp_id"), _CRAMPS.c.user_id == bindparam("b_user_id"))
    .values(card_message_id=bindparam("b_message_id"))
)


async def get_cramp(session: AsyncSession, *, user_id: int, cramp_id: int) -> Cramp | None:
    """The cramp with this id if it belongs to the user."""
    cramp = session.identity_map.get(session.sync_session.identity_key(Cramp, cramp_id))
    if cramp is None:  # as session.get, with a statement built once
        rows = await fetch(session, _ROW_BY_ID, {"b_cramp_id": cramp_id})
        cramp = _adopt(session, dict(zip(_COLUMNS, rows[0], strict=True))) if rows else None
    elif inspect(cramp).expired:
        cramp = (await session.scalars(_BY_ID, {"b_cramp_id": cramp_id})).first()
    return cramp if cramp is not None and cramp.user_id == user_id else None


async def by_source_message(
    session: AsyncSession, *, user_id: int, message_id: int
) -> Cramp | None:
    """The cramp logged from the user's chat message `message_id`."""
    return (
        await session.scalars(
            select(Cramp).where(Cramp.user_id == user_id, Cramp.source_message_id == message_id)
        )
    ).first()


async def set_card_message(
    session: AsyncSession, *, user_id: int, cramp_id: int, message_id: int
) -> None:
    """Remember which bot message shows the cramp's card (an edit of the text updates it).

    One prebuilt UPDATE; the session's copy of the row, if it holds one, gets the value as
    already stored (no second UPDATE at commit).
    """
    params = {"b_cramp_id": cramp_id, "b_user_id": user_id, "b_message_id": message_id}
    await write(session, _SET_CARD, params)
    held = session.identity_map.get(session.sync_session.identity_key(Cramp, cramp_id))
    if isinstance(held, Cramp) and held.user_id == user_id:
        set_committed_value(held, "card_message_id", message_id)


async def delete_cramp(session: AsyncSession, *, user_id: int, cramp_id: int) -> bool:
    """Delete the user's cramp; True when something was deleted."""
    result = await session.execute(
        delete(Cramp).where(Cramp.id == cramp_id, Cramp.user_id == user_id)
    )
    return bool(getattr(result, "rowcount", 0))


async def latest(
    session: AsyncSession, *, user_id: int, offset: int = 0, limit: int = 5
) -> list[Cramp]:
    """The user's cramps, newest first, one page."""
    params = {"b_user_id": user_id, "b_offset": offset, "b_limit": limit}
    page = []
    for row in await fetch(session, _LATEST, params):
        # The session's own copy when it holds one (as the ORM's loading keeps it), else the row.
        held = session.identity_map.get(session.sync_session.identity_key(Cramp, row[0]))
        if not isinstance(held, Cramp):
            held = _adopt(session, dict(zip(_COLUMNS, row, strict=True)))
        elif inspect(held).expired:  # after a rollback: loaded again, as a query would
            await session.refresh(held)
        page.append(held)
    return page


async def count_for_user(session: AsyncSession, *, user_id: int) -> int:
    """How many cramps the user has logged."""
    rows = await fetch(session, _COUNT, {"b_user_id": user_id})
    return int(rows[0][0] or 0) if rows else 0


async def between(
    session: AsyncSession, *, user_id: int, start: datetime, end: datetime
) -> list[Cramp]:
    """The user's cramps with start <= occurred_at < end, oldest first."""
    rows = await session.scalars(
        select(Cramp)
        .where(Cramp.user_id == user_id, Cramp.occurred_at >= start, Cramp.occurred_at < end)
        .order_by(Cramp.occurred_at)
    )
    return list(rows)
