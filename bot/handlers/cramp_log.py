"""Cramps described in chat: log them, show the card, fix fields, undo or delete, follow edits."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from telegram import Message, Update

from bot.content.html import Html, join
from bot.context import BotContext
from bot.handlers.buttons import button
from bot.handlers.common import (
    edit_or_reply,
    expired,
    pressed,
    reply,
    transaction,
    user_zone,
    zone_and_default,
)
from bot.handlers.safety import Screened, screen_message, warning_of
from bot.services import cramp_log
from bot.services.topics import is_question
from bot.views import cramps as views
from bot.views.cramp_buttons import (
    CardAction,
    CardDay,
    CardDayPart,
    CardFix,
    PendingTime,
    unpack_card,
)
from bot.views.keyboards import markup_of
from bot.views.screen import Screen


async def send_card(
    update: Update, context: BotContext, screen: Screen, *, user_id: int, cramp_id: int
) -> None:
    """Send the card of a cramp and remember its message id (edits of the text update it)."""
    message_id = await reply(update, context, screen.text, markup_of(screen))
    await remember_card(context, user_id, cramp_id, message_id)


async def remember_card(context: BotContext, user_id: int, cramp_id: int, message_id: int) -> None:
    """Store the id of the message showing the card of a cramp."""
    async with transaction(context) as session:
        await cramp_log.remember_card(
            session, user_id=user_id, cramp_id=cramp_id, message_id=message_id
        )


def range_note(
    context: BotContext, questions: cramp_log.Questions
) -> tuple[Html | None, cramp_log.Field | None]:
    """The ask-back note and keypad for an impossible severity or duration."""
    content = context.content
    if questions.severity_out_of_range is not None:
        return content.text(
            "cramps.ask_severity_range", value=questions.severity_out_of_range
        ), "sev"
    if questions.duration_out_of_range_s is not None:
        hours = questions.duration_out_of_range_s // 3600
        value = content.text(
            "cramps.hours_minutes", h=hours, m=questions.duration_out_of_range_s % 3600 // 60
        )
        return content.text("cramps.ask_duration_range", value=value), "dur"
    return None, None


async def maybe_when(update: Update, context: BotContext, text: str) -> bool:
    """Text hook: after When was tapped on a card (10 minutes at most), read the message as
    the entry's time; True when it was taken as that answer (a time, ahead, or none read)."""
    tg_user = update.effective_user
    if tg_user is None:
        return False
    now = context.clock.now()
    zone = await user_zone(context, tg_user.id, now)
    async with transaction(context) as session:
        typed = await cramp_log.read_when(
            session, user_id=tg_user.id, text=text, now=now, zone=zone
        )
    if typed.status == "none":
        return False
    content = context.content
    if typed.status == "unreadable":
        await reply(update, context, content.text("cramps.when_unreadable"))
    elif typed.status == "future":
        assert typed.when is not None
        when = views.when_text(content, typed.when, now=now, zone=zone)
        await reply(update, context, content.text("cramps.when_future", when=when))
    else:
        assert typed.cramp is not None
        screen = views.card(content, typed.cramp, now=now, zone=zone, updated=True)
        await send_card(update, context, screen, user_id=tg_user.id, cramp_id=typed.cramp.id)
    return True


async def maybe_cramp(update: Update, context: BotContext, text: str) -> bool:
    """Text hook: log a cramp report; praise a no-cramps message.

    Warning signs were answered by the router already (`handlers.safety.warn`).
    """
    message, tg_user = update.effective_message, update.effective_user
    if message is None or tg_user is None:
        return False
    now = context.clock.now()
    zone, zone_is_default = await zone_and_default(context, tg_user.id, now)
    reading = cramp_log.read_message(text, now=now, zone=zone)
    if reading.kind == "no_cramps":
        await reply(update, context, context.content.text("cramps.no_cramps_praise"))
    if reading.kind in ("pregnancy", "habitual") and is_question(text, context.content.knowledge):
        return False  # "I get them most nights, is it my age?": the question is answered
    if reading.kind == "pregnancy":  # cramps in general while pregnant: no entry
        screen = views.pregnancy_answer(context.content)
        await reply(update, context, screen.text, markup_of(screen))
        return True
    if reading.kind == "habitual" and reading.parse is not None:
        async with transaction(context) as session:
            await cramp_log.hold_habitual(
                session, user_id=tg_user.id, parse=reading.parse,
                message_id=message.message_id, now=now,
            )  # fmt: skip
        screen = views.habitual_offer(context.content, message.message_id)
        await reply(update, context, screen.text, markup_of(screen))
        return True
    if reading.parse is None:
        return reading.kind != "other"
    warning = warning_of(context, text, now.astimezone(zone))
    signs = () if warning.other else warning.signs
    async with transaction(context) as session:
        logged = await cramp_log.log_message(
            session, user_id=tg_user.id, parse=reading.parse, message_id=message.message_id,
            now=now, signs=signs, book_sign=bool(signs) and not warning.final,
        )  # fmt: skip
    if logged.cramp is None:
        await ask_when(update, context, logged, message.message_id, zone)
    else:
        hint = context.content.text("cramps.zone_hint", zone=zone.key) if zone_is_default else None
        await show_logged(update, context, logged, zone, hint)
        from bot.handlers.knowledge import answer_asked  # the knowledge feature answers

        await answer_asked(update, context, text)
    return True


async def show_logged(
    update: Update,
    context: BotContext,
    logged: cramp_log.Logged,
    zone: ZoneInfo,
    hint: Html | None,
) -> None:
    """Send the card of a logged cramp, then the check-up offer when one is due."""
    assert logged.cramp is not None
    note, open_field = range_note(context, logged.questions)
    if logged.checkin_offer:  # the first cramp: the morning check-in, one command away
        tip = context.content.text("checkin.offer")
        hint = tip if hint is None else join([hint, tip])
    screen = views.card(
        context.content, logged.cramp, now=context.clock.now(), zone=zone, note=note,
        open_field=open_field, footer=hint,
    )  # fmt: skip
    await send_card(
        update, context, screen, user_id=logged.cramp.user_id, cramp_id=logged.cramp.id
    )
    if logged.checkup_week is not None:  # after frequent cramps or a book-level sign
        frequent = logged.checkup_week >= cramp_log.FREQUENT_PER_WEEK
        offer = views.checkup_offer(context.content, logged.checkup_week, frequent=frequent)
        await reply(update, context, offer.text, markup_of(offer))


async def ask_when(
    update: Update, context: BotContext, held: cramp_log.Logged, message_id: int, zone: ZoneInfo
) -> None:
    """Ask when the held cramp of chat message `message_id` really happened."""
    assert held.held_until_answered is not None
    when = views.when_text(
        context.content, held.held_until_answered, now=context.clock.now(), zone=zone
    )
    screen = views.pending_time_question(context.content, message_id, when)
    await reply(update, context, screen.text, markup_of(screen))


@button
async def pending_button(update: Update, context: BotContext) -> None:
    """Store the held cramp at the time the user picked, or drop it."""
    query = await pressed(update, context)
    if query is None:
        return
    if (data := PendingTime.unpack(query.data)) is None:
        await expired(query, context)
        return
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    async with transaction(context) as session:
        picked = await cramp_log.pick_pending_time(
            session, user_id=user_id, message_id=data.message_id, choice=data.choice, now=now,
            zone=zone,
        )  # fmt: skip
    stale = picked.status == "expired"
    await (expired(query, context) if stale else query.answer())
    if picked.cramp is None:
        key = "cramps.pending_expired" if stale else "cramps.held_dropped"
        if picked.kind == "habitual" and not stale:
            key = "cramps.habitual_declined"
        await edit_or_reply(update, context, context.content.text(key))
        return
    screen = views.card(context.content, picked.cramp, now=now, zone=zone)
    await edit_or_reply(update, context, screen.text, markup_of(screen))
    if isinstance(query.message, Message):
        await remember_card(context, user_id, picked.cramp.id, query.message.message_id)


@button
async def card_button(update: Update, context: BotContext) -> None:
    """Fix a field of a logged cramp, open a keypad, undo it, or delete it after asking."""
    query = await pressed(update, context)
    if query is None:
        return
    if (data := unpack_card(query.data)) is None:
        await expired(query, context)
        return
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    if isinstance(data, CardDay | CardDayPart):
        await day_button(update, context, data, now=now, zone=zone)
        return
    field, value = (data.field, data.value) if isinstance(data, CardFix) else (data.action, None)
    async with transaction(context) as session:
        edit = await cramp_log.edit_card(
            session, user_id=user_id, cramp_id=data.cramp_id, field=field, value=value, now=now,
            zone=zone,
        )  # fmt: skip
    if edit.cramp is None:  # expired: not the user's cramp, or a value not offered
        await expired(query, context)
        return
    screen = card_after(context, edit, now=now, zone=zone)
    toasts = {"too_late": "cramps.undo_too_late", "deleted": "cramps.deleted"}
    key = toasts.get(edit.status)
    await (query.answer(context.content.label(key)) if key else query.answer())
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def day_button(
    update: Update,
    context: BotContext,
    data: CardDay | CardDayPart,
    *,
    now: datetime,
    zone: ZoneInfo,
) -> None:
    """A day of the When keypad (ask its part) or a part of that day (set the time).

    On an entry opened from /history (`data.page`) the entry's screen is shown again.
    """
    query = update.callback_query
    assert query is not None
    part = data.part if isinstance(data, CardDayPart) else None
    async with transaction(context) as session:
        edit = await cramp_log.pick_day(
            session, user_id=query.from_user.id, cramp_id=data.cramp_id, day=data.day,
            part=part, now=now, zone=zone,
        )  # fmt: skip
    if edit.cramp is None:  # not the user's cramp, or a day not offered
        await expired(query, context)
        return
    await query.answer()
    updated, open_field = edit.status == "updated", edit.open_field
    if data.page is None:
        screen = views.card(
            context.content, edit.cramp, now=now, zone=zone, updated=updated,
            open_field=open_field, day=edit.day,
        )  # fmt: skip
    else:
        screen = views.history_entry(
            context.content, edit.cramp, page=data.page, now=now, zone=zone, updated=updated,
            open_field=open_field, day=edit.day,
        )  # fmt: skip
    await edit_or_reply(update, context, screen.text, markup_of(screen))


def card_after(
    context: BotContext, edit: cramp_log.CardEdit, *, now: datetime, zone: ZoneInfo
) -> Screen:
    """What the card shows after a button: itself, a question, or what was removed."""
    content, cramp = context.content, edit.cramp
    assert cramp is not None
    if edit.status == "undone":
        return Screen(views.undone_text(content, cramp, now=now, zone=zone))
    if edit.status == "deleted":
        return Screen(views.deleted_text(content, cramp, now=now, zone=zone))
    if edit.status == "confirm":
        return views.delete_question(
            content, cramp, now=now, zone=zone, yes=CardAction(cramp.id, "yes").pack(),
            cancel=CardAction(cramp.id, "keep").pack(),
        )  # fmt: skip
    return views.card(
        content, cramp, now=now, zone=zone, updated=edit.status == "updated",
        open_field=edit.open_field,
    )  # fmt: skip


async def edited_message(update: Update, context: BotContext) -> None:
    """Re-read an edited chat message and update (or remove) the entry logged from it."""
    message, tg_user = update.edited_message, update.effective_user
    if message is None or tg_user is None or not message.text:
        return
    now = context.clock.now()
    zone = await user_zone(context, tg_user.id, now)
    warning = warning_of(context, message.text, now.astimezone(zone))
    async with transaction(context) as session:
        edit = await cramp_log.follow_edit(
            session, user_id=tg_user.id, message_id=message.message_id, text=message.text,
            now=now, zone=zone, signs=() if warning.other else warning.signs,
        )  # fmt: skip
    if edit.cramp is None:  # not an entry yet: screen and log it like a new message
        if await screen_message(update, context, message.text) is not Screened.DONE:
            await maybe_cramp(update, context, message.text)
        return
    text, markup = context.content.text("cramps.removed_after_edit"), None
    if edit.status == "updated":
        screen = views.card(context.content, edit.cramp, now=now, zone=zone, updated=True)
        text, markup = screen.text, markup_of(screen)
    if edit.cramp.card_message_id is None:
        await reply(update, context, text, markup)
    else:
        await context.bot.edit_html(tg_user.id, edit.cramp.card_message_id, text, markup)
