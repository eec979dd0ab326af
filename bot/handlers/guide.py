"""The guided bedtime stretch: Start (on a stretch reminder, and under /prevent's routine),
Pause / Resume / Stop, and the tick that keeps its one message up to date.

The tick is the only writer of the guided message after it was sent, so at most one edit a
second holds whatever the user presses: a press changes the session (in memory,
`BotData.guides`) and is answered with a short line; the tick shows it. Ticks are one-shot jobs
on PTB's JobQueue named `guide-<token>`, each arming the next at the countdown's next whole
second (never sooner than a second after the last edit, nor inside a 429's wait), so a paused
or ended session costs nothing. Edits go through `context.bot`, the application's rate
limiter included. A finished routine is recorded as the reminder's Done in its own short
transaction, committed before the message changes. Telegram refusing the edit for good (the
message deleted, the bot blocked) ends the session with one log line; a timeout or a 5xx is
tried again at the next tick, a few times.
"""

from __future__ import annotations

import logging
from datetime import datetime
from typing import Any

from telegram import Message, Update
from telegram.error import BadRequest, Forbidden, TelegramError

from bot.context import BotApplication, BotContext
from bot.db.outage import is_unavailable
from bot.handlers.buttons import button, remove_buttons
from bot.handlers.common import pressed, transaction
from bot.handlers.reminder_jobs import wake
from bot.handlers.telegram_errors import classify, code_of
from bot.reminders.errors import AmbiguousSendError, RetryLater, TransientSendError
from bot.services import guided_stretch as service
from bot.services.guided_stretch import Guide, Outcome
from bot.views import guide as views
from bot.views.guide_data import ControlData, StartData
from bot.views.keyboards import markup_of
from bot.views.screen import Screen

log = logging.getLogger(__name__)
MAX_FAILURES = 5  # transient edit failures in a row before a session is given up


def job_name(guide: Guide) -> str:
    """The name of the session's tick job."""
    return f"guide-{guide.token}"


@button
async def guide_button(update: Update, context: BotContext) -> None:
    """`gs:go:<delivery>` starts a guided stretch; `gs:<token>:pause|resume|stop` acts on it."""
    query = await pressed(update, context)
    if query is None:
        return
    start = StartData.unpack(query.data)
    if start is not None:
        await _start(update, context, start)
        return
    control = ControlData.unpack(query.data)
    guide = context.bot_data.guides.get(control.token) if control is not None else None
    if control is None or guide is None or guide.user_id != query.from_user.id:
        await query.answer(views.answer(context.content, "ended"))
        await remove_buttons(query)  # a message left from before a restart: nothing ticks it
        return
    now = context.clock.now()
    acts = {"pause": guide.pause, "resume": guide.resume, "stop": guide.stop}
    if acts[control.action](now):
        arm(context, guide)
    await query.answer(views.answer(context.content, guide.state))


async def _start(update: Update, context: BotContext, start: StartData) -> None:
    query = update.callback_query
    assert query is not None
    content, now = context.content, context.clock.now()
    origin = query.message.message_id if isinstance(query.message, Message) else None
    guide = context.bot_data.guides.start(
        user_id=query.from_user.id, delivery_id=start.delivery_id,
        origin_id=origin if start.delivery_id is not None else None, now=now,
    )  # fmt: skip
    if guide is None:  # a double tap, or Start on another message: one timer a user
        await query.answer(views.answer(content, "live"))
        return
    await query.answer(views.answer(content, "started"))
    screen = views.guide_screen(content, guide.view(now))
    guide.edited(now)
    try:
        guide.message_id = await context.bot.send_html(guide.user_id, screen.text,
                                                        markup_of(screen))  # fmt: skip
    except TelegramError:
        context.bot_data.guides.end(guide)
        raise
    guide.showed(guide.version, _shown(screen))
    arm(context, guide)


def arm(context: BotContext, guide: Guide) -> None:
    """Set the session's next tick (replacing the one set before), or none when it is over.
    While a tick runs, that tick arms the next when it ends, from the state it finds then."""
    app: BotApplication = context.application  # type: ignore[assignment]
    queue = app.job_queue
    if queue is None or guide.busy:  # the job-queue extra is a dependency; see above
        return
    for job in queue.get_jobs_by_name(job_name(guide)):
        job.schedule_removal()
    now = context.clock.now()
    guide.next_at = due = guide.next_tick(now)
    if due is None:
        return
    queue.run_once(
        tick, when=max(0.0, (due - now).total_seconds()), name=job_name(guide), data=guide,
        job_kwargs={"misfire_grace_time": None},
    )  # fmt: skip


async def tick(context: BotContext) -> None:
    """Show the session's state now (a job): the countdown, a pause, or the end, recording a
    finished routine first; then arm the next tick. One tick at a time per session."""
    job: Any = context.job
    guide: Guide = job.data
    guides = context.bot_data.guides
    if guides.get(guide.token) is not guide or guide.busy:
        return  # ended meanwhile, or a tick is still waiting for Telegram
    guide.busy = True
    try:
        again = await _tick(context, guide)
    except Exception:
        guides.end(guide)  # never left half-alive: Start works again
        raise
    finally:
        guide.busy = False
    if again:
        arm(context, guide)


async def _tick(context: BotContext, guide: Guide) -> bool:
    """One tick; True when another should follow."""
    now = context.clock.now()
    if not guide.may_edit(now):  # early (a press re-armed it), or inside a 429's wait
        return True
    if guide.advance(now):
        guide.outcome = await _record(context, guide)
        now = context.clock.now()
    version = guide.version
    screen = views.guide_screen(context.content, guide.view(now))
    shown = _shown(screen)
    if shown != guide.shown and not await _edit(context, guide, screen, now):
        return context.bot_data.guides.get(guide.token) is guide  # retried, or ended
    guide.showed(version, shown)
    if not guide.over:
        return True
    context.bot_data.guides.end(guide)
    if guide.outcome == "recorded" and guide.origin_id is not None:
        await _clear_origin(context, guide)
    return False


def _shown(screen: Screen) -> str:
    return f"{screen.text}\n{screen.buttons!r}"


async def _edit(context: BotContext, guide: Guide, screen: Screen, now: datetime) -> bool:
    """Edit the guided message; False when it was not shown (to be retried, or ended)."""
    assert guide.message_id is not None
    guide.edited(now)
    try:
        await context.bot.edit_html(guide.user_id, guide.message_id, screen.text,
                                    markup_of(screen))  # fmt: skip
    except TelegramError as error:  # "not modified" is no error: edit_html takes it as shown
        problem = classify(error)
        if isinstance(problem, RetryLater):  # the next tick waits as Telegram asked
            guide.wait_until = now + service.SECOND * problem.retry_after_s
            return False
        transient = isinstance(problem, TransientSendError | AmbiguousSendError)
        if transient and guide.failures + 1 < MAX_FAILURES:
            guide.failures += 1
            return False
        log.info("guided stretch %s ended: Telegram answered %s (%s)",
                 guide.token, code_of(error), type(problem).__name__)  # fmt: skip
        context.bot_data.guides.end(guide)
        return False
    return True


async def _record(context: BotContext, guide: Guide) -> Outcome:
    """The reminder's Done for a finished routine, committed before anything is sent."""
    try:
        async with transaction(context) as session:
            outcome = await service.record_done(
                session, user_id=guide.user_id, delivery_id=guide.delivery_id,
                now=context.clock.now(),
            )  # fmt: skip
    except Exception as error:
        if not is_unavailable(error):
            raise
        log.warning("guided stretch %s: database unavailable, not recorded", guide.token)
        return "unsaved"
    await wake(context)  # as after the Done button: a Done may change what is due
    return outcome


async def _clear_origin(context: BotContext, guide: Guide) -> None:
    """Take the buttons off the reminder the stretch was started from, as its Done does."""
    assert guide.origin_id is not None
    try:
        await context.bot.edit_message_reply_markup(
            chat_id=guide.user_id, message_id=guide.origin_id, reply_markup=None
        )
    except (BadRequest, Forbidden) as error:  # gone, or no buttons left: nothing to do
        log.debug("guided stretch %s: reminder buttons kept: %s", guide.token, error)
