"""/log: guided logging, one question per step, each answered by a button or skipped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps as repo
from bot.db import dialogs
from bot.services.cramp_log import Field, apply_fix, offered
from bot.services.entries import CrampEntry, entry_of

DIALOG = "log"
STEPS: tuple[Field, ...] = ("time", "mus", "side", "sev", "dur")
SKIP = "skip"


async def start(session: AsyncSession, *, user_id: int, now: datetime) -> int:
    """Begin (or restart) guided logging; the step to ask first."""
    await dialogs.save(
        session, user_id=user_id, name=DIALOG, state={"step": 0, "values": {}}, now=now
    )
    return 0


@dataclass(frozen=True)
class GuidedAnswer:
    """After one answer: the next step to ask, the stored cramp, or expired."""

    status: Literal["next", "logged", "expired"]
    step: int | None = None
    cramp: CrampEntry | None = None


async def answer(
    session: AsyncSession, *, user_id: int, step: int, value: str, now: datetime, zone: ZoneInfo
) -> GuidedAnswer:
    """Record the answer to `step` ("skip" or an offered value); store the cramp after the last.

    An answer to a step other than the current one (stale, or after a restart that finished
    the dialog) or a value the step does not offer is expired.
    """
    state = await dialogs.load(session, user_id=user_id, name=DIALOG)
    if state is None or state.get("step") != step or step >= len(STEPS):
        return GuidedAnswer("expired")
    if value != SKIP and not offered(STEPS[step], value):
        return GuidedAnswer("expired")
    values: dict[str, Any] = dict(state["values"])
    if value != SKIP:
        values[STEPS[step]] = value
    if step + 1 < len(STEPS):
        new = {"step": step + 1, "values": values}
        await dialogs.save(session, user_id=user_id, name=DIALOG, state=new, now=now)
        return GuidedAnswer("next", step + 1)
    await dialogs.clear(session, user_id=user_id, name=DIALOG)
    # the time step skipped: when it was logged, not told (a time picked sets it told)
    cramp = await repo.add_cramp(
        session, user_id=user_id, occurred_at=now, now=now, time_told=False
    )
    for field, chosen in values.items():
        if field in STEPS:
            apply_fix(cramp, field=field, value=chosen, now=now, zone=zone)
    cramp.edited_at = None
    return GuidedAnswer("logged", cramp=entry_of(cramp))
