"""/start, /help, /privacy and /settings."""

from __future__ import annotations

from telegram import Update

from bot.content.html import Html, join
from bot.context import BotContext
from bot.handlers.common import reply, transaction
from bot.services import account, checkin, weekly
from bot.services.timezones import local_now
from bot.views import checkin as checkin_views
from bot.views import weekly as weekly_views
from bot.views.cramps import now_keys
from bot.views.keyboards import markup_of
from bot.views.menu import main_menu


async def start(update: Update, context: BotContext) -> None:
    """Welcome the user (back, after a block: clearing it resumes their reminders) and ask for
    the time zone."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    now = context.clock.now()
    async with transaction(context) as session:
        welcome = await account.welcome(session, user_id=tg_user.id, now=now)
    was_blocked, zone = welcome.was_blocked, welcome.zone
    content = context.content
    greeting = "start.welcome_back" if was_blocked else "start.welcome"
    parts = [content.text(greeting, name=tg_user.first_name), content.text("common.disclaimer")]
    if zone is None:
        parts.append(content.text("start.ask_timezone"))
    else:
        local = local_now(now, zone).strftime("%H:%M")
        parts.append(content.text("start.timezone_known", zone=zone, local_time=local))
    keys = now_keys(content) if "log" in context.bot_data.features else None
    await reply(update, context, join(parts, "\n\n"), keys)  # the button stays under the chat
    text, markup = main_menu(content, context.bot_data.features)
    await reply(update, context, text, markup)


async def show_help(update: Update, context: BotContext) -> None:
    """List every command, one line each."""
    content = context.content
    lines = [content.text("help.title")]
    lines += [
        content.text("help.line", command=cmd.command, description=cmd.description)
        for cmd in content.commands.commands
    ]
    lines.append(Html(""))
    lines.append(content.text("help.footer"))
    await reply(update, context, join(lines))


async def show_privacy(update: Update, context: BotContext) -> None:
    """Say what is stored, why, for how long, and how to export or delete it."""
    days = context.settings.data_retention_days
    await reply(update, context, context.content.text("privacy.text", retention_days=days))


async def show_settings(update: Update, context: BotContext) -> None:
    """Show time zone, quiet hours, language, the morning check-in and the weekly summary."""
    tg_user = update.effective_user
    if tg_user is None:
        return
    content = context.content
    async with transaction(context) as session:
        found = await account.settings(session, user_id=tg_user.id, now=context.clock.now())
        morning = await checkin.setting(session, user_id=tg_user.id)
        week = await weekly.setting(session, user_id=tg_user.id)
    not_set = content.text("settings.not_set")
    quiet: str = not_set
    if found.quiet is not None:
        quiet = f"{found.quiet[0]:%H:%M}-{found.quiet[1]:%H:%M}"
    text = content.text("settings.text", zone=found.zone or not_set, quiet=quiet,
                        language=found.language)  # fmt: skip
    screen = checkin_views.in_settings(content, text, morning)
    screen = weekly_views.in_settings(content, screen, week)
    await reply(update, context, screen.text, markup_of(screen))
