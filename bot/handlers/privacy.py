"""/export and /delete: the user's data out, or gone."""

from __future__ import annotations

import asyncio
import logging
from datetime import timedelta

from telegram import InputFile, Update
from telegram.constants import ChatAction

from bot.content.html import join
from bot.context import BotApplication, BotContext
from bot.handlers.buttons import button
from bot.handlers.common import (
    command_args,
    edit_or_reply,
    expired,
    pressed,
    reply,
    transaction,
    user_zone,
)
from bot.parsing.export_range import parse_range
from bot.services import account, privacy
from bot.views.keyboards import markup_of
from bot.views.privacy import DeleteData, delete_answer, delete_confirm

log = logging.getLogger(__name__)
PURGE_EVERY = timedelta(hours=24)


async def export_data(update: Update, context: BotContext) -> None:
    """Send the user's data as CSV files, and a visit brief for a doctor over a period
    (`/export 3m`, `/export 2026-09-01 2026-11-30`; the last 3 months without one)."""
    user = update.effective_user
    if user is None:
        return
    now, content = context.clock.now(), context.content
    zone = await user_zone(context, user.id, now)
    period = parse_range(command_args(context), today=now.astimezone(zone).date())
    if period is None:
        await reply(update, context, content.text("privacy.export_forms"))
        return
    async with transaction(context) as session:
        export = await privacy.export(
            session, user_id=user.id, zone=zone, now=now, gate=context.bot_data.exports,
            knowledge=content.knowledge, period=period,
        )  # fmt: skip
    if export.report is None:
        key = "privacy.export_wait" if export.status == "wait" else "privacy.export_empty"
        await reply(update, context, content.text(key))
        return
    await context.bot.send_chat_action(user.id, ChatAction.UPLOAD_DOCUMENT)
    from bot.reports.doctor import report_pdf  # matplotlib: imported on first use, not at start

    pdf = await asyncio.to_thread(report_pdf, content, export.report)
    span = export.report.span
    intro = content.text(
        "privacy.export_intro", cramps=export.cramps, reminders=export.reminders,
        first=span.first, last=span.last,
    )  # fmt: skip
    files = [(export.cramps_csv, "cramps.csv"), (export.reminders_csv, "reminders.csv")]
    if export.nights:  # the morning check-in's answers, when there are any
        intro = join([intro, content.text("privacy.export_nights", nights=export.nights)])
        files.append((export.nights_csv, "nights.csv"))
    if export.experiments:  # /experiment's weeks, when the user ran one
        intro = join([intro, content.text("experiment.export", n=export.experiments)])
        files.append((export.experiments_csv, "experiments.csv"))
    if export.answers:  # the last finished cause finder's answers, when there are any
        intro = join([intro, content.text("privacy.export_answers", answers=export.answers)])
        files.append((export.answers_csv, "check_answers.csv"))
    await reply(update, context, intro)
    for data, filename in [*files, (pdf, content.label("stats.report_filename"))]:
        await context.bot.send_document(user.id, InputFile(data, filename=filename))


async def ask_delete(update: Update, context: BotContext) -> None:
    """Ask for confirmation before erasing everything."""
    screen = delete_confirm(context.content)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def delete_button(update: Update, context: BotContext) -> None:
    """Erase the user's data on "yes"; leave it alone on "cancel"."""
    query = await pressed(update, context)
    if query is None:
        return
    data = DeleteData.unpack(query.data)
    if data is None:
        await expired(query, context)
        return
    await query.answer()
    async with transaction(context) as session:
        erased = await account.erase(
            session, user_id=query.from_user.id, confirmed=data.answer == "yes"
        )
    if erased:
        context.bot_data.users.forget(query.from_user.id)
    await edit_or_reply(update, context, delete_answer(context.content, erased=erased))


async def purge_job(context: BotContext) -> None:
    """Daily: erase users who blocked the bot longer ago than the retention period."""
    async with context.sessions() as session, session.begin():
        count = await privacy.purge_blocked(
            session, now=context.clock.now(), retention_days=context.settings.data_retention_days
        )
    if count:
        log.info("retention purge erased %d users", count)


async def schedule_purge(app: BotApplication) -> None:
    """Start-up hook: run the retention purge now and every day."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(
            purge_job, interval=PURGE_EVERY, first=60, name="retention-purge"
        )
