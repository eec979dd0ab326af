"""What the warning screen remembers between messages: the last alert, the open leg question."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import dialogs
from bot.services import cramp_log

ASK = "triage_ask"  # the dialog holding the question about the leg and the cramp noted
ALERTED = "triage_alerted"  # the last emergency or same-day alert: its level and time


async def remember_alert(
    session: AsyncSession, *, user_id: int, level: str, now: datetime
) -> None:
    """Note an emergency or same-day alert (a message putting it off is answered again)."""
    state = {"level": level, "at": now.isoformat()}
    await dialogs.save(session, user_id=user_id, name=ALERTED, state=state, now=now)


async def last_alert(session: AsyncSession, *, user_id: int) -> tuple[str, datetime] | None:
    """The level and time of the user's last alert, if one is on record."""
    state = await dialogs.load(session, user_id=user_id, name=ALERTED)
    if not state or not isinstance(state.get("at"), str):
        return None
    try:
        return str(state.get("level")), datetime.fromisoformat(state["at"])
    except ValueError:
        return None


@dataclass(frozen=True, slots=True)
class Answered:
    """An answered question about the leg: whether a cramp was noted with the message, and
    the signs the message itself carried (a routine visit's, kept for after the answer)."""

    noted: bool
    held: tuple[str, ...] = ()


async def ask_about_leg(
    session: AsyncSession,
    *,
    user_id: int,
    message_id: int,
    cramp_id: int | None,
    now: datetime,
    signs: Sequence[str] = (),
) -> None:
    """Hold the question about the leg asked of chat message `message_id`, with the signs
    the message carried besides (answered after the question, whatever the answer)."""
    state = {"message_id": message_id, "cramp_id": cramp_id, "signs": list(signs)}
    await dialogs.save(session, user_id=user_id, name=ASK, state=state, now=now)


async def answer_about_leg(
    session: AsyncSession, *, user_id: int, message_id: int, signs: Sequence[str]
) -> Answered | None:
    """The answer to the question held for `message_id`: the signs it names go on the cramp
    noted with it. None when no such question is open (answered, or replaced)."""
    state = await dialogs.load(session, user_id=user_id, name=ASK)
    if state is None or state.get("message_id") != message_id:
        return None
    await dialogs.clear(session, user_id=user_id, name=ASK)
    cramp_id = state.get("cramp_id")
    if signs and isinstance(cramp_id, int):
        await cramp_log.add_signs(session, user_id=user_id, cramp_id=cramp_id, signs=signs)
    held = state.get("signs")
    kept = tuple(s for s in held if isinstance(s, str)) if isinstance(held, list) else ()
    return Answered(noted=isinstance(cramp_id, int), held=kept)
