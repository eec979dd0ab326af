"""Warning signs first: every text message is screened before anything else answers it.

An alert whose level is final (an emergency, or get help today) is the last message: a cramp
in the same message is noted in the diary with one quiet line, and no card, offer or answer
follows. A book-level alert comes first and the message goes on to the other hooks. When
the leg has a finding the screen cannot place, one question with buttons comes first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from enum import Enum

from telegram import Update

from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import expired, pressed, reply, transaction, user_zone
from bot.services import alerts, cramp_log
from bot.services.triage import Warning, assess, waits_or_cramps
from bot.views import triage as views
from bot.views.keyboards import markup_of
from bot.views.triage_data import AskData

REMIND_FOR = timedelta(hours=12)
ANSWERS = {"swollen": ("dvt",), "cold": ("cold_leg",), "neither": ()}


class Screened(Enum):
    """What the screen did with a message."""

    NOTHING = "nothing"  # no sign: the hooks answer it
    WARNED = "warned"  # a book-level alert was sent: the hooks answer it too
    DONE = "done"  # a final alert or the question about the leg: nothing else follows


def warning_of(context: BotContext, text: str, local_now: datetime | None = None) -> Warning:
    """The warning signs of a message (cached by text); `local_now`, the writer's wall time,
    is needed only for a cramp told by the clock time it began (`cramp_log.needs_local_time`)."""
    duration = cramp_log.duration_of(text, local_now)
    return assess(context.content.knowledge, text, duration_s=duration)


async def screen_message(update: Update, context: BotContext, text: str) -> Screened:
    """Send the level of care for any warning sign in `text` before anything else."""
    local_now = None
    if cramp_log.needs_local_time(text) and update.effective_user is not None:
        now = context.clock.now()  # "started at 3:05 and STILL going": how long by now
        local_now = now.astimezone(await user_zone(context, update.effective_user.id, now))
    warning = warning_of(context, text, local_now)
    tg_user = update.effective_user
    if warning.final or warning.ask:
        cramp_id = await _note_cramp(update, context, text, warning)
        if warning.final:
            zone = await _zone_name(update, context)
            alert = views.alert(
                context.content, warning.signs, zone=zone, risks=warning.risks,
                other=warning.other, noted=cramp_id is not None,
            )  # fmt: skip
            assert alert is not None
            await reply(update, context, alert)
            if tg_user is not None and not warning.other and warning.level is not None:
                async with transaction(context) as session:
                    await alerts.remember_alert(
                        session, user_id=tg_user.id, level=warning.level, now=context.clock.now()
                    )
            return Screened.DONE
        message = update.effective_message
        assert message is not None and tg_user is not None
        async with transaction(context) as session:
            await alerts.ask_about_leg(
                session, user_id=tg_user.id, message_id=message.message_id, cramp_id=cramp_id,
                now=context.clock.now(), signs=() if warning.other else warning.signs,
            )  # fmt: skip
        screen = views.ask(context.content, message.message_id, noted=cramp_id is not None)
        await reply(update, context, screen.text, markup_of(screen))
        return Screened.DONE
    if warning.level is not None:
        zone = await _zone_name(update, context)
        alert = views.alert(
            context.content, warning.signs, zone=zone, risks=warning.risks, other=warning.other
        )
        if alert is not None:
            await reply(update, context, alert)
            return Screened.WARNED
    reminded = (
        warning.level is None and tg_user is not None and waits_or_cramps(text)
        and await _remind(update, context, tg_user.id)
    )  # fmt: skip
    if reminded:
        return Screened.WARNED  # the hooks may answer too; no menu after it
    if warning.situation:
        zone = await _zone_name(update, context)
        watch = views.risk_watch(context.content, warning.situation, zone)
        if watch is not None:
            await reply(update, context, watch)
    return Screened.NOTHING


async def _remind(update: Update, context: BotContext, user_id: int) -> bool:
    """After an emergency or same-day alert, a message that puts it off ("I'll see how it is
    tomorrow") or tells another cramp gets the alert's level again, first, in one line."""
    now = context.clock.now()
    async with transaction(context) as session:
        last = await alerts.last_alert(session, user_id=user_id)
    if last is None:
        return False
    level, at = context.content.knowledge.level(last[0]), last[1]
    if level is None or not timedelta(0) <= now - at <= REMIND_FOR:
        return False
    zone = await _zone_name(update, context)
    await reply(update, context, views.reminder(context.content, level, zone))
    return True


async def _zone_name(update: Update, context: BotContext) -> str | None:
    tg_user = update.effective_user
    if tg_user is None:
        return None
    return (await user_zone(context, tg_user.id, context.clock.now())).key


async def _note_cramp(
    update: Update, context: BotContext, text: str, warning: Warning
) -> int | None:
    """Log the writer's cramp of a message answered by an alert, without a card; its id. An
    alert about someone else ("my toddler got into nan's pills") keeps the writer's own cramp
    told beside it, without that person's signs."""
    message, tg_user = update.effective_message, update.effective_user
    if message is None or tg_user is None:
        return None
    now = context.clock.now()
    zone = await user_zone(context, tg_user.id, now)
    reading = cramp_log.read_message(text, now=now, zone=zone)
    if reading.kind != "cramp" or reading.parse is None or reading.parse.in_future:
        return None
    async with transaction(context) as session:
        cramp, _ = await cramp_log.log_parsed(
            session, user_id=tg_user.id, parse=reading.parse, now=now,
            source_message_id=message.message_id, signs=() if warning.other else warning.signs,
        )  # fmt: skip
        return cramp.id


@button
async def ask_button(update: Update, context: BotContext) -> None:
    """The answer to the question about the leg: the alert it calls for, or reassurance."""
    query = await pressed(update, context)
    if query is None:
        return
    data = AskData.unpack(query.data)
    user_id, now = query.from_user.id, context.clock.now()
    answered = None
    if data is not None:
        async with transaction(context) as session:
            answered = await alerts.answer_about_leg(
                session, user_id=user_id, message_id=data.message_id, signs=ANSWERS[data.choice]
            )
    if answered is None or data is None:
        await expired(query, context)
        await reply(update, context, context.content.text("triage.ask_expired"))
        return
    await query.answer()
    # the answer's signs, and those the message carried besides ("calves twitching for weeks
    # ... just weird": a routine visit, whatever the leg looks like)
    signs = tuple(dict.fromkeys((*ANSWERS[data.choice], *answered.held)))
    zone = (await user_zone(context, user_id, now)).key
    alert = views.alert(context.content, signs, zone=zone, noted=answered.noted) if signs else None
    await reply(update, context, alert or views.reassure(context.content, zone))
