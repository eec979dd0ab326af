"""/stats: a short summary of the last weeks and a chart."""

from __future__ import annotations

import asyncio

from telegram import InputFile, Update
from telegram.constants import ChatAction, ParseMode

from bot.context import BotContext
from bot.handlers.common import reply, transaction, user_zone
from bot.services import stats
from bot.views import stats as views


async def show_stats(update: Update, context: BotContext) -> None:
    """Send the summary of the last 8 weeks with the chart, or how to log a first cramp."""
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    zone = await user_zone(context, user.id, now)
    async with transaction(context) as session:
        summary = await stats.recent(session, user_id=user.id, now=now, zone=zone)
    if summary.total == 0:
        await reply(update, context, views.empty(context.content))
        return
    from bot.reports.chart import chart_png  # matplotlib: imported on first use, not at start

    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(chart_png, context.content, summary)
    await context.bot.send_photo(
        user.id,
        InputFile(png, filename="stats.png"),
        caption=views.summary(context.content, summary),
        parse_mode=ParseMode.HTML,
    )
