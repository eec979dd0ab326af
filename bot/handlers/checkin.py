"""The morning check-in: its message composed at send time from the diary, and its buttons.

The composer runs in the reminder dispatcher's send path, outside any update: it reads in its
own short session, closed before the request goes out. When the database cannot be read it
asks the plain question (an answer still counts for the right night). The pause after three
unanswered mornings is written after its notice went out.
"""

from __future__ import annotations

import logging

from telegram import Update

from bot.context import BotContext, BotData, Composed
from bot.db.outage import is_unavailable
from bot.handlers.buttons import button, remove_buttons
from bot.handlers.common import (
    command_args,
    edit_or_reply,
    expired,
    pressed,
    reply,
    transaction,
)
from bot.handlers.cramp_now import ask_details
from bot.handlers.reminder_jobs import wake
from bot.reminders.ledger import Outgoing
from bot.services import checkin as service
from bot.views import checkin as views
from bot.views.keyboards import markup_of
from bot.views.reminders import creation_screen

log = logging.getLogger(__name__)
YES_NO = {1: True, 0: False}  # `ci:<delivery>:a:<value>`: a more active day, or not


async def compose(data: BotData, outgoing: Outgoing) -> Composed:
    """The check-in message for `outgoing`, from the diary's night."""
    now = data.clock.now()
    try:
        async with data.sessions() as session:
            prompt = await service.prompt(session, outgoing, now=now)
    except Exception as error:
        if not is_unavailable(error):
            raise
        log.warning("check-in %s composed without the diary: database unavailable",
                    outgoing.delivery_id)  # fmt: skip
        night = service.night_of(outgoing.slot, outgoing.zone)
        prompt = service.Prompt(outgoing.delivery_id, outgoing.reminder_id, night)
    screen = views.ask(data.content, prompt)
    if not prompt.pause:
        return Composed(screen)

    async def pause() -> None:
        async with data.sessions() as session, session.begin():
            await service.paused(session, prompt, now=data.clock.now())

    return Composed(screen, pause)


@button
async def checkin_button(update: Update, context: BotContext) -> None:
    """`ci:...`: the night's count, then its sleep score, then (opted in) whether the day
    before was more active than usual; the message becomes the answer. A press repeated or a
    day late counts once, for the delivery's night; once the night is noted, a cramp logged
    in one tap (/now) is asked about."""
    query = await pressed(update, context)
    if query is None:
        return
    data = views.CheckinData.unpack(query.data)
    if data is None or (data.step == "a" and data.value not in YES_NO):
        await expired(query, context)
        return
    now, user_id = context.clock.now(), query.from_user.id
    async with transaction(context) as session:
        if data.step in ("n", "all"):
            count = data.value if data.step == "n" else None
            answer = await service.answer_count(
                session, user_id=user_id, delivery_id=data.delivery_id, count=count, now=now
            )
        elif data.step in ("s", "skip"):  # the sleep score, or the question skipped
            score = data.value if data.step == "s" else None
            answer = await service.answer_sleep(
                session, user_id=user_id, delivery_id=data.delivery_id, score=score, now=now
            )
        else:  # a more active day (a:1) or not (a:0), or the question skipped
            active = YES_NO.get(data.value) if data.step == "a" else None
            answer = await service.answer_active(
                session, user_id=user_id, delivery_id=data.delivery_id, active=active, now=now
            )
    if answer.status != "ok":
        await query.answer(views.refused(context.content, answer), show_alert=False)
        if answer.status in ("expired", "unknown"):
            await remove_buttons(query)
            return
    else:
        await query.answer()
    screen = views.answered(context.content, data.delivery_id, answer)
    await edit_or_reply(update, context, screen.text, markup_of(screen))
    if answer.asks is None and answer.status == "ok":
        await ask_details(update, context, by_checkin=True)


@button
async def active_question_button(update: Update, context: BotContext) -> None:
    """`ca:on|off`: have the check-in ask, or no longer ask, whether the day before was more
    active than usual; when turned on with the check-in off, offer to turn that on too."""
    query = await pressed(update, context)
    if query is None:
        return
    data = views.ActiveQuestionData.unpack(query.data)
    if data is None:
        await expired(query, context)
        return
    async with transaction(context) as session:
        turned = await service.ask_active(
            session, user_id=query.from_user.id, on=data.turn == "on", now=context.clock.now()
        )
    if not turned.changed:
        await query.answer(views.active_unchanged(context.content, turned))
        return
    await query.answer()
    screen = views.active_question(context.content, turned)
    await reply(update, context, screen.text, markup_of(screen))


async def checkin_command(update: Update, context: BotContext) -> None:
    """`/checkin [time]`: turn the morning check-in on (08:00, or the time given), resume it
    when paused, or say when it comes."""
    user = update.effective_user
    if user is None:
        return
    async with transaction(context) as session:
        turned = await service.turn_on(
            session, user_id=user.id, args=command_args(context), now=context.clock.now(),
            default_zone=context.settings.default_timezone,
        )  # fmt: skip
    await wake(context)
    if turned.creation is not None:
        screen = creation_screen(context.content, turned.creation)
    else:
        screen = views.turned_on(context.content, turned)
    await reply(update, context, screen.text, markup_of(screen))
