"""/experiment: the 4-week stretch experiment, its buttons, and the job that turns its weeks.

The job (`experiment-weeks`, every EVERY on PTB's JobQueue, as the retention purge) asks the
service to switch the weeks that changed (the stretch reminders paused or resumed through the
reminders' repository) and to collect the notices due; it commits, moves the reminder
dispatcher's wake-up (a resumed reminder may be due tonight), then sends the notices. A
notice lost to a crash between the commit and the send is not sent again (at most once):
/experiment shows the same at any time.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import CallbackQueryHandler, CommandHandler, filters

from bot.context import BotApplication, BotContext, BotData
from bot.db.outage import describe, is_unavailable
from bot.handlers.buttons import button
from bot.handlers.common import command_args, edit_or_reply, expired, pressed, reply, transaction
from bot.handlers.reminder_jobs import rearm, wake
from bot.handlers.telegram_errors import code_of
from bot.services import experiment as service
from bot.views import experiment as views
from bot.views.keyboards import markup_of
from bot.views.screen import Screen

log = logging.getLogger(__name__)
JOB = "experiment-weeks"
EVERY = timedelta(minutes=1)


async def experiment_command(update: Update, context: BotContext) -> None:
    """`/experiment [stretch [time] | stop | resume]`: how it is going, the start screen, a
    stop or a resume."""
    user = update.effective_user
    if user is None:
        return
    command = service.read_args(command_args(context))
    if command.error:
        screen = views.usage(context.content)
        await reply(update, context, screen.text, markup_of(screen))
        return
    if command.action in ("stop", "resume"):
        screen = await _change(context, user.id, stopping=command.action == "stop")
        await reply(update, context, screen.text, markup_of(screen))
        return
    now, zone = context.clock.now(), context.settings.default_timezone
    async with transaction(context) as session:
        if command.action == "stretch":
            offer = await service.offer(session, user_id=user.id, at=command.at, now=now,
                                        default_zone=zone)  # fmt: skip
            screen = views.offer_screen(context.content, offer)
        else:
            current, _ = await service.status(session, user_id=user.id, now=now,
                                              default_zone=zone)  # fmt: skip
            screen = views.status_screen(context.content, current)
    await wake(context)  # bringing the experiment up to date may have switched its week
    await reply(update, context, screen.text, markup_of(screen))


async def _change(context: BotContext, user_id: int, *, stopping: bool) -> Screen:
    now, zone = context.clock.now(), context.settings.default_timezone
    async with transaction(context) as session:
        change = service.stop if stopping else service.resume
        changed = await change(session, user_id=user_id, now=now, default_zone=zone)
    await wake(context)
    return views.changed_screen(context.content, changed, stopping=stopping)


@button
async def experiment_button(update: Update, context: BotContext) -> None:
    """`ex:...`: start (the start screen becomes the calendar), not now, stop, resume, or end
    the experiment on hold for a new one; a stale press is answered by the current state."""
    query = await pressed(update, context)
    if query is None:
        return
    data = views.ExperimentData.unpack(query.data)
    at = data.clock if data is not None else None
    if data is None or (data.press == "go" and at is None):
        await expired(query, context)
        return
    await query.answer()
    now, zone, user_id = context.clock.now(), context.settings.default_timezone, query.from_user.id
    content = context.content
    if data.press == "no":
        screen = views.cancelled(content)
    elif data.press in ("stop", "resume"):
        screen = await _change(context, user_id, stopping=data.press == "stop")
    else:
        async with transaction(context) as session:
            if data.press == "go" and at is not None:
                started = await service.start(session, user_id=user_id, at=at, now=now,
                                              default_zone=zone)  # fmt: skip
                screen = views.started_screen(content, started)
            else:
                offer = await service.start_over(session, user_id=user_id, now=now,
                                                 default_zone=zone)  # fmt: skip
                screen = views.offer_screen(content, offer)
        await wake(context)
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def turn_weeks(app: BotApplication) -> int:
    """One run of the job: switch the weeks due, then send the notices; how many were sent."""
    data = app.bot_data
    try:
        async with data.sessions() as session, session.begin():
            changed, notices = await service.advance(
                session, now=data.clock.now(), default_zone=data.settings.default_timezone
            )
    except Exception as error:
        if not is_unavailable(error):
            raise
        log.warning("experiment weeks: database unavailable (%s); next try in %s",
                    describe(error), EVERY)  # fmt: skip
        return 0
    if changed:
        await rearm(app)
    sent = 0
    for notice in notices:
        screen = views.notice_screen(data.content, notice)
        try:
            await app.bot.send_html(notice.user_id, screen.text, markup_of(screen))
            sent += 1
        except TelegramError as error:
            log.info("experiment %s notice not sent: %s", notice.kind, code_of(error))
    return sent


async def weeks_job(context: BotContext) -> None:
    """The job's callback."""
    app: BotApplication = context.application  # type: ignore[assignment]
    await turn_weeks(app)


async def schedule_weeks(app: BotApplication) -> None:
    """Start-up hook: run the job every EVERY."""
    if app.job_queue is not None:
        app.job_queue.run_repeating(weeks_job, interval=EVERY, first=5, name=JOB)


def register(app: BotApplication, data: BotData) -> None:
    """/experiment, its buttons and its job."""
    private = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("experiment", experiment_command, filters=private))
    app.add_handler(
        CallbackQueryHandler(experiment_button, pattern=views.ExperimentData.pattern())
    )
    data.startup_hooks.append(schedule_weeks)
