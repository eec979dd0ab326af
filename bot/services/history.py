"""/history: the user's cramps a page at a time, newest first; open or delete an entry."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from sqlalchemy.ext.asyncio import AsyncSession

from bot.db import cramps as repo
from bot.services.entries import CrampEntry, entry_of

PAGE_SIZE = 5


@dataclass(frozen=True)
class HistoryPage:
    """One page of entries, the page number (clamped to the last page) and the total."""

    entries: list[CrampEntry]
    page: int
    total: int


async def page_of(session: AsyncSession, *, user_id: int, page: int) -> HistoryPage:
    """Page `page` of the user's cramps; a page past the end shows the last one."""
    total = await repo.count_for_user(session, user_id=user_id)
    page = max(0, min(page, (total - 1) // PAGE_SIZE)) if total else 0
    entries = await repo.latest(session, user_id=user_id, offset=page * PAGE_SIZE, limit=PAGE_SIZE)
    return HistoryPage([entry_of(c) for c in entries], page, total)


EntryStep = Literal["open", "ask", "delete"]


@dataclass(frozen=True)
class EntryAction:
    """An entry opened, asked about, or deleted (with the refreshed page).

    No cramp: not the user's (any more), so the button has expired.
    """

    status: Literal["opened", "asked", "deleted", "expired"]
    cramp: CrampEntry | None = None
    refreshed: HistoryPage | None = None


async def act_on_entry(
    session: AsyncSession, *, user_id: int, cramp_id: int, step: EntryStep, page: int
) -> EntryAction:
    """Open the user's cramp `cramp_id`, ask before deleting it, or delete it.

    A deletion returns page `page` without the entry.
    """
    cramp = await repo.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
    if cramp is None:
        return EntryAction("expired")
    if step == "open":
        return EntryAction("opened", entry_of(cramp))
    if step == "ask":
        return EntryAction("asked", entry_of(cramp))
    await repo.delete_cramp(session, user_id=user_id, cramp_id=cramp_id)
    return EntryAction(
        "deleted", entry_of(cramp), await page_of(session, user_id=user_id, page=page)
    )
