"""/now: a cramp logged in one tap, asked about later.

At 3 a.m. a person taps once ("🦵 Cramp now", or /now): the cramp is stored at that moment
with nothing else, and no question follows. The details (muscle, side, how bad, how long)
are asked for later, in taps: the card of that cramp comes with the answer to the next
morning check-in, or, for a user without one, after their next message (not a tap of the
button again) once the night's bout is over. Each cramp is asked about once; a cramp filled
in or deleted meanwhile is not asked about.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps as repo
from bot.db import dialogs
from bot.services import checkin
from bot.services.entries import CrampEntry, entry_of

DIALOG = "now"
# Taps closer together than this are one bout: no question in between.
SAME_BOUT = timedelta(minutes=20)


async def log_now(session: AsyncSession, *, user_id: int, now: datetime) -> CrampEntry:
    """Store a cramp at `now` with no other detail, to be asked about later."""
    cramp = await repo.add_cramp(session, user_id=user_id, occurred_at=now, now=now)
    await dialogs.save(
        session, user_id=user_id, name=DIALOG, state={"cramp_id": cramp.id}, now=now
    )
    return entry_of(cramp)


def lacks_details(cramp: CrampEntry) -> bool:
    """Whether a cramp still misses something the card asks for."""
    return None in (cramp.muscle, cramp.side, cramp.severity, cramp.duration_s)


async def to_ask(
    session: AsyncSession, *, user_id: int, now: datetime, by_checkin: bool = False
) -> CrampEntry | None:
    """The cramp logged with /now to ask about now, once: None within its bout, or when it is
    filled in or deleted (the question is then forgotten). A user's next message does not ask
    while they have an active morning check-in: its answer does (`by_checkin`)."""
    state = await dialogs.load(session, user_id=user_id, name=DIALOG)
    if state is None:
        return None
    cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=int(state["cramp_id"]))
    if cramp is not None and now - cramp.created_at < SAME_BOUT:
        return None
    if not by_checkin and await checkin.active(session, user_id=user_id):
        return None
    await dialogs.clear(session, user_id=user_id, name=DIALOG)
    if cramp is None or not lacks_details(entry_of(cramp)):
        return None
    return entry_of(cramp)
