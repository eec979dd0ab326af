"""The weekly summary: its message composed at send time from the diary, or nothing at all.

The composer runs in the reminder dispatcher's send path, outside any update: it reads in its
own short session, closed before the request goes out. A week with nothing in the diary has
nothing to say: the composer returns None and the delivery is recorded `skipped`. When the
database cannot be read there is nothing to write the summary from: the delivery fails (one
warning), and next week's comes as usual.
"""

from __future__ import annotations

import logging

from bot.context import BotData, Composed
from bot.db.outage import is_unavailable
from bot.reminders.errors import PermanentSendError
from bot.reminders.ledger import Outgoing
from bot.services import weekly as service
from bot.views import weekly as views

log = logging.getLogger(__name__)


async def compose(data: BotData, outgoing: Outgoing) -> Composed | None:
    """The summary for `outgoing`, or None for a week with nothing in the diary."""
    try:
        async with data.sessions() as session:
            found = await service.summary(session, outgoing)
    except Exception as error:
        if not is_unavailable(error):
            raise
        log.warning("weekly summary %s not sent: database unavailable", outgoing.delivery_id)
        raise PermanentSendError("weekly summary: database unavailable") from error
    if found.empty:
        return None
    return Composed(views.summary(data.content, found))
