"""/stats: a summary of a period (4 weeks unless another is picked) with a chart."""

from __future__ import annotations

import asyncio

from telegram import InputFile, Update
from telegram.constants import ChatAction, ParseMode

from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import expired, pressed, reply, transaction, user_zone
from bot.reports.stats import Period
from bot.services import insights, stats
from bot.views import insights as insight_views
from bot.views import stats as views
from bot.views.keyboards import markup_of


async def show_stats(update: Update, context: BotContext) -> None:
    """Send the summary of the last 4 weeks with the chart, or how to log a first cramp."""
    await _send(update, context, stats.DEFAULT_PERIOD)


@button
async def period_button(update: Update, context: BotContext) -> None:
    """`st:<period>`: the page over another period, as a new message."""
    query = await pressed(update, context)
    if query is None:
        return
    data = views.StatsData.unpack(query.data)
    if data is None:
        await expired(query, context)
        return
    await query.answer()
    await _send(update, context, data.period)


@button
async def insights_button(update: Update, context: BotContext) -> None:
    """`in:show`: what the user's own diary shows, each insight with what it rests on."""
    query = await pressed(update, context)
    if query is None:
        return
    await query.answer()
    now = context.clock.now()
    zone = await user_zone(context, query.from_user.id, now)
    async with transaction(context) as session:
        found = await insights.gather(session, user_id=query.from_user.id, now=now, zone=zone)
    screen = insight_views.screen(context.content, found)
    await reply(update, context, screen.text, markup_of(screen))


async def _send(update: Update, context: BotContext, period: Period) -> None:
    user = update.effective_user
    if user is None:
        return
    now = context.clock.now()
    zone = await user_zone(context, user.id, now)
    async with transaction(context) as session:
        page = await stats.page(session, user_id=user.id, now=now, zone=zone, period=period)
    if page.empty:
        screen = views.empty(context.content, page)
        await reply(update, context, screen.text, markup_of(screen))
        return
    from bot.reports.chart import chart_png  # matplotlib: imported on first use, not at start

    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_PHOTO)
    png = await asyncio.to_thread(chart_png, context.content, page.stats)
    screen = views.summary(context.content, page)
    keyboard = markup_of(screen)
    await context.bot.send_photo(
        user.id,
        InputFile(png, filename="stats.png"),
        caption=screen.text,
        parse_mode=ParseMode.HTML,
        reply_markup=keyboard.markup if keyboard is not None else None,
    )
