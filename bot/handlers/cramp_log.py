"""Cramps described in chat: log them, show the card, fix fields, undo, follow edits."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from telegram import Message, Update

from bot.content.html import Html
from bot.context import BotContext
from bot.db import cramps, dialogs, users
from bot.db.models import Cramp
from bot.handlers.common import (
    edit_or_reply,
    pressed,
    reply,
    transaction,
    user_zone,
    zone_and_default,
)
from bot.handlers.safety import warn
from bot.parsing.cramp import CrampParse, parse_cramp
from bot.parsing.negation import says_no_cramps
from bot.parsing.urgent import urgent_flags
from bot.services import cramp_log
from bot.views import cramps as views
from bot.views.keyboards import markup_of

PENDING = "pending_cramp"


async def send_card(
    update: Update,
    context: BotContext,
    cramp: Cramp,
    zone: ZoneInfo,
    *,
    note: Html | None = None,
    open_field: str | None = None,
    footer: Html | None = None,
) -> None:
    """Send the card of `cramp` and remember its message id (edits of the text update it)."""
    now = context.clock.now()
    screen = views.card(
        context.content, cramp, now=now, zone=zone, note=note, open_field=open_field,
        footer=footer,
    )  # fmt: skip
    sent = await reply(update, context, screen.text, markup_of(screen))
    await remember_card(context, cramp, sent.message_id)


async def remember_card(context: BotContext, cramp: Cramp, message_id: int) -> None:
    """Store the id of the message showing the card of `cramp`."""
    async with transaction(context) as session:
        await cramps.set_card_message(
            session, user_id=cramp.user_id, cramp_id=cramp.id, message_id=message_id
        )


def range_note(
    context: BotContext, questions: cramp_log.Questions
) -> tuple[Html | None, str | None]:
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


async def maybe_cramp(update: Update, context: BotContext, text: str) -> bool:
    """Text hook: log a cramp report; praise a no-cramps message.

    Warning signs were answered by the router already (`handlers.safety.warn`). A message
    with chest pain, breathlessness or cramps in the chest, arms or belly is logged only when
    it also names a leg muscle.
    """
    message, tg_user = update.effective_message, update.effective_user
    if message is None or tg_user is None:
        return False
    now = context.clock.now()
    zone, zone_is_default = await zone_and_default(context, tg_user.id, now)
    parse, urgent = parse_cramp(text, now=now, tz=zone), urgent_flags(text)
    if not parse.is_cramp and not urgent:
        if says_no_cramps(text):
            await reply(update, context, context.content.text("cramps.no_cramps_praise"))
            return True
        return False
    leg_cramp = parse.is_cramp and (parse.muscle is not None or not urgent)
    if not leg_cramp:
        return True
    if parse.in_future and parse.occurred_at is not None:
        await ask_when(update, context, parse, message, zone)
        return True
    async with transaction(context) as session:
        cramp, questions = await cramp_log.log_parsed(
            session, user_id=tg_user.id, parse=parse, now=now, source_message_id=message.message_id
        )
    note, open_field = range_note(context, questions)
    hint = context.content.text("cramps.zone_hint", zone=zone.key) if zone_is_default else None
    await send_card(update, context, cramp, zone, note=note, open_field=open_field, footer=hint)
    await offer_checkup(update, context, cramp)
    return True


async def offer_checkup(update: Update, context: BotContext, cramp: Cramp) -> None:
    """After frequent cramps or a red flag, offer a check-up reminder in one tap."""
    async with transaction(context) as session:
        week = await cramp_log.checkup_suggestion(
            session, user_id=cramp.user_id, now=context.clock.now(), red_flags=cramp.red_flags
        )
    if week is not None:
        screen = views.checkup_offer(context.content, week, red_flag=bool(cramp.red_flags))
        await reply(update, context, screen.text, markup_of(screen))


async def ask_when(
    update: Update, context: BotContext, parse: CrampParse, message: Message, zone: ZoneInfo
) -> None:
    """Hold a cramp whose time is in the future and ask when it really happened."""
    assert parse.occurred_at is not None
    now = context.clock.now()
    state = {
        "message_id": message.message_id,
        "fields": {
            "side": parse.side, "muscle": parse.muscle, "severity": parse.severity,
            "duration_s": parse.duration_s, "triggers": list(parse.triggers),
            "red_flags": cramp_log.red_flags_of(parse, parse.duration_s),
        },
    }  # fmt: skip
    async with transaction(context) as session:
        await dialogs.save(session, user_id=message.chat.id, name=PENDING, state=state, now=now)
    when = views.when_text(context.content, parse.occurred_at, now=now, zone=zone)
    screen = views.pending_time_question(context.content, str(message.message_id), when)
    await reply(update, context, screen.text, markup_of(screen))


async def pending_button(update: Update, context: BotContext) -> None:
    """Store the held cramp at the time the user picked, or drop it."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    _, token, choice = (query.data or "::").split(":", 2)
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    when = cramp_log.shortcut_time(choice, now=now, zone=zone)
    async with transaction(context) as session:
        state = await dialogs.load(session, user_id=user_id, name=PENDING)
        if state is None or str(state.get("message_id")) != token:
            state = None
        else:
            await dialogs.clear(session, user_id=user_id, name=PENDING)
        cramp = None
        if state is not None and when is not None:
            cramp = await cramps.add_cramp(
                session, user_id=user_id, occurred_at=when, now=now,
                source_message_id=state["message_id"], **state["fields"],
            )  # fmt: skip
    await query.answer()
    if state is None:
        await edit_or_reply(update, context, content.text("cramps.pending_expired"))
    elif cramp is None:
        await edit_or_reply(update, context, content.text("cramps.undone"))
    else:
        screen = views.card(content, cramp, now=now, zone=zone)
        await edit_or_reply(update, context, screen.text, markup_of(screen))
        if isinstance(query.message, Message):
            await remember_card(context, cramp, query.message.message_id)


async def card_button(update: Update, context: BotContext) -> None:
    """Fix a field of a logged cramp, open a keypad, or undo the entry."""
    query = await pressed(update, context)
    if query is None:
        return
    content = context.content
    parts = (query.data or "").split(":")
    if len(parts) not in (3, 4) or not parts[1].isdigit():
        await query.answer(content.label("common.expired"))
        return
    cramp_id, field = int(parts[1]), parts[2]
    user_id, now = query.from_user.id, context.clock.now()
    zone = await user_zone(context, user_id, now)
    async with transaction(context) as session:
        cramp = await cramps.get_cramp(session, user_id=user_id, cramp_id=cramp_id)
        if cramp is None:
            await query.answer(content.label("common.expired"))
            return
        if field == "undo":
            await cramps.delete_cramp(session, user_id=user_id, cramp_id=cramp_id)
        elif len(parts) == 4 and not cramp_log.apply_fix(
            cramp, field=field, value=parts[3], now=now, zone=zone
        ):
            await query.answer(content.label("common.expired"))
            return
    await query.answer()
    if field == "undo":
        await edit_or_reply(update, context, content.text("cramps.undone"))
        return
    opened = field if len(parts) == 3 and field in cramp_log.FIELDS else None
    screen = views.card(
        content, cramp, now=now, zone=zone, updated=len(parts) == 4, open_field=opened
    )
    await edit_or_reply(update, context, screen.text, markup_of(screen))


async def edited_message(update: Update, context: BotContext) -> None:
    """Re-read an edited chat message and update (or remove) the entry logged from it."""
    message, tg_user = update.edited_message, update.effective_user
    if message is None or tg_user is None or not message.text:
        return
    now = context.clock.now()
    async with transaction(context) as session:
        cramp = await cramps.by_source_message(
            session, user_id=tg_user.id, message_id=message.message_id
        )
        name, _ = await users.zone_for(
            session, user_id=tg_user.id, now=now, default_zone=context.settings.default_timezone
        )
        zone, still_cramp = ZoneInfo(name), False
        if cramp is not None:
            parse = parse_cramp(message.text, now=cramp.created_at, tz=zone)
            still_cramp = parse.is_cramp
            if still_cramp:
                cramp_log.update_from_parse(cramp, parse, now=now)
            else:
                await cramps.delete_cramp(session, user_id=tg_user.id, cramp_id=cramp.id)
    if cramp is None:
        await warn(update, context, message.text)
        await maybe_cramp(update, context, message.text)
        return
    content = context.content
    if still_cramp:
        screen = views.card(content, cramp, now=now, zone=zone, updated=True)
        text, markup = screen.text, markup_of(screen)
    else:
        text, markup = content.text("cramps.removed_after_edit"), None
    if cramp.card_message_id is not None:
        await context.bot.edit_message_text(
            text, chat_id=tg_user.id, message_id=cramp.card_message_id, reply_markup=markup
        )
    else:
        await reply(update, context, text, markup)
