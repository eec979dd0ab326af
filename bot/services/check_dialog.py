"""The /check dialogue kept in the `dialogs` table, so it survives restarts.

A press names the question it answers; a press on a question that is no longer current
(an old message) changes nothing and is reported as stale (None). A finished dialogue is
deleted from `dialogs`, and its answers to the cause questions (not the safety questions) are
kept in `check_answers`, one row a user, for the visit brief that /export draws; /export
gives them out and /delete erases them. A dialogue that stopped at a safety question keeps
the answers of the last one finished before. A state
this version cannot replay (an older version's, or one whose questions changed) is dropped,
so the user's next press is answered as expired.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from bot.content.knowledge import Knowledge
from bot.db import check_answers, dialogs, users
from bot.services import cause_finder

NAME = "check"
BACK = "b"


def step(
    knowledge: Knowledge, state: dict[str, Any], number: int, action: str
) -> dict[str, Any] | None:
    """The state after `action` ("y", "n", "u" or "b") on question `number`; None if stale."""
    try:
        current = cause_finder.current(knowledge, state)
    except ValueError:
        return None
    if current is None or current.number != number:
        return None
    if action == BACK:
        return cause_finder.back(state) if number > 1 else None
    if action in cause_finder.ANSWERS:
        return cause_finder.answer(knowledge, state, action)
    return None


async def begin(session: AsyncSession, *, user_id: int, now: datetime) -> dict[str, Any]:
    """Start (or restart) the user's dialogue at the first question."""
    await users.ensure_user(session, user_id=user_id, now=now)
    state = cause_finder.start()
    await dialogs.save(session, user_id=user_id, name=NAME, state=state, now=now)
    return state


async def pending(
    session: AsyncSession, *, knowledge: Knowledge, user_id: int
) -> dict[str, Any] | None:
    """The user's unfinished dialogue, or None (a corrupt or outdated one is dropped)."""
    state = await dialogs.load(session, user_id=user_id, name=NAME)
    if state is None:
        return None
    try:
        cause_finder.current(knowledge, state)
    except ValueError:
        await dialogs.clear(session, user_id=user_id, name=NAME)
        return None
    return state


async def press(
    session: AsyncSession,
    *,
    knowledge: Knowledge,
    user_id: int,
    number: int,
    action: str,
    now: datetime,
) -> dict[str, Any] | None:
    """Apply a press on question `number`; the new state, or None when the press is stale."""
    state = await pending(session, knowledge=knowledge, user_id=user_id)
    if state is None:
        return None
    new = step(knowledge, state, number, action)
    if new is None:
        return None
    if cause_finder.current(knowledge, new) is None:
        await dialogs.clear(session, user_id=user_id, name=NAME)
        await _keep(session, knowledge=knowledge, user_id=user_id, state=new, now=now)
    else:
        await dialogs.save(session, user_id=user_id, name=NAME, state=new, now=now)
    return new


async def _keep(
    session: AsyncSession, *, knowledge: Knowledge, user_id: int, state: dict[str, Any],
    now: datetime,
) -> None:  # fmt: skip
    """Keep a finished dialogue's answers to the cause questions (none: keep the old ones)."""
    safety = {screen.id for screen in knowledge.check.screening}
    kept = [(q, v) for q, v in cause_finder.answers_of(state) if q not in safety]
    if kept:
        await check_answers.save(session, user_id=user_id, answers=kept, now=now)


@dataclass(frozen=True, slots=True)
class Pressed:
    """A press in the dialogue: the new `state`, or (a stale press) None and the user's
    `pending` dialogue to show again (None when there is none)."""

    state: dict[str, Any] | None
    pending: dict[str, Any] | None = None


async def press_button(
    session: AsyncSession,
    *,
    knowledge: Knowledge,
    user_id: int,
    number: int | None,
    action: str,
    now: datetime,
) -> Pressed:
    """Start again (`number` None) or apply `action` on question `number`."""
    if number is None:
        return Pressed(await begin(session, user_id=user_id, now=now))
    state = await press(
        session, knowledge=knowledge, user_id=user_id, number=number, action=action, now=now
    )
    if state is not None:
        return Pressed(state)
    return Pressed(None, await pending(session, knowledge=knowledge, user_id=user_id))
