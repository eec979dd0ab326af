"""/admin for the ids in ADMIN_IDS: the bot's figures, and a maintenance notice to all users.

Anyone else gets the unknown-command answer, as if /admin did not exist. There is no free
broadcast: the notice's text comes from content (`admin.maintenance`); the admin only says
when (`/admin notice on Sunday 02:00-02:30 UTC`). It goes out at most 20 messages a second,
skips users who blocked the bot (and marks those it finds blocked), and resumes after a
restart where it stopped (see bot/services/admin.py).
"""

from __future__ import annotations

import asyncio
import logging
import tomllib
from functools import cache
from importlib import metadata
from pathlib import Path

from telegram import Update
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import CommandHandler, filters

from bot.context import BotApplication, BotContext, BotData, own_pace
from bot.db.unit_of_work import current_unit
from bot.handlers.common import reply, transaction
from bot.handlers.fallback import unknown_command
from bot.handlers.telegram_errors import classify
from bot.reminders.policy import Result
from bot.services import account
from bot.services import admin as service

log = logging.getLogger(__name__)
BATCH = 100


@cache
def version() -> str:
    """The bot's version: the installed package's, else pyproject.toml's."""
    try:
        return metadata.version("cramp-bot")
    except metadata.PackageNotFoundError:
        pass
    try:
        pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
        return str(tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"])
    except (OSError, KeyError, tomllib.TOMLDecodeError):
        return "unknown"


def is_admin(update: Update, data: BotData) -> bool:
    user = update.effective_user
    return user is not None and user.id in data.settings.admin_ids


async def admin_command(update: Update, context: BotContext) -> None:
    """/admin: the overview; /admin notice WHEN: start the maintenance notice."""
    if not is_admin(update, context.bot_data):
        await unknown_command(update, context)
        return
    args = context.args or []
    if args and args[0].lower() == "notice":
        await notice_command(update, context, " ".join(args[1:]).strip())
        return
    content, now = context.content, context.clock.now()
    async with transaction(context) as session:
        figures = await service.overview(session, now=now)
        notice = await service.latest_notice(session)
        left = await service.recipients_left(session, notice) if notice else 0
    kinds = ", ".join(f"{kind} {n}" for kind, n in figures.kinds.items())
    if notice is None:
        progress = content.text("admin.no_notice")
    else:
        key = "admin.notice_finished" if notice.done else "admin.notice_running"
        values = {"sent": notice.sent, "skipped": notice.skipped, "failed": notice.failed}
        progress = content.text(key, **values, **({} if notice.done else {"left": left}))
    await reply(
        update, context,
        content.text(
            "admin.overview", version=version(), users=figures.users, active=figures.active,
            blocked=figures.blocked, kinds=kinds or content.label("admin.no_reminders"),
            sent=figures.sent_today, failed=figures.failed_today, notice=progress,
        ),
    )  # fmt: skip


async def notice_command(update: Update, context: BotContext, when: str) -> None:
    """Start the maintenance notice for the window `when`, unless one is still going."""
    content, user = context.content, update.effective_user
    assert user is not None
    if not when:
        await reply(update, context, content.text("admin.notice_usage"))
        return
    async with transaction(context) as session:
        running = await service.unfinished_notice(session)
        if running is not None:
            left = await service.recipients_left(session, running)
            await reply(update, context, content.text("admin.notice_busy", left=left))
            return
        notice = service.Notice(admin_id=user.id, when=when)
        await service.start_notice(session, notice, now=context.clock.now())
        total = await service.recipients_left(session, notice)
    rate = f"{context.settings.reminder_rate:g}"  # the reminders' rate: one for every broadcast
    await reply(update, context, content.text("admin.notice_started", users=total, rate=rate))
    await reply(update, context, content.text("admin.maintenance", when=when))
    app: BotApplication = context.application  # type: ignore[assignment]
    unit = current_unit()  # the sender starts once the notice's row is committed
    if unit is None:
        start_sender(app)
    else:
        unit.on_commit(lambda: _start_soon(app))


async def _start_soon(app: BotApplication) -> None:
    start_sender(app)


def start_sender(app: BotApplication) -> asyncio.Task[None]:
    """Run the notice's sender in the background (one at a time)."""
    task = app.bot_data.notice_task
    if task is not None and not task.done():
        return task
    task = asyncio.ensure_future(send_notice(app))
    app.bot_data.notice_task = task
    return task


async def send_notice(app: BotApplication) -> None:
    """Send the unfinished notice to every user left, in id order; the cursor is committed
    before each message (a restart never sends it to anyone twice)."""
    data = app.bot_data
    while True:
        async with data.sessions() as session, session.begin():
            notice = await service.unfinished_notice(session)
            if notice is None:
                return
            batch = await service.next_recipients(session, notice, limit=BATCH)
            if not batch:
                notice.done = True
                await service.save_notice(session, notice, now=data.clock.now())
                log.info(
                    "maintenance notice done: %d sent, %d skipped, %d failed",
                    notice.sent, notice.skipped, notice.failed,
                )  # fmt: skip
                return
        text = data.content.text("admin.maintenance", when=notice.when)
        for user_id in batch:
            notice.after = user_id
            async with data.sessions() as session, session.begin():
                await service.save_notice(session, notice, now=data.clock.now())
            outcome = await _send_one(app, user_id, text)
            setattr(notice, outcome, getattr(notice, outcome) + 1)
        async with data.sessions() as session, session.begin():
            await service.save_notice(session, notice, now=data.clock.now())


async def _send_one(app: BotApplication, user_id: int, text: str) -> str:
    """Send to one user through the reminder dispatcher (its rate and gates, shared with the
    reminders and every instance): "sent", "skipped" (blocked the bot) or "failed"."""
    data = app.bot_data
    dispatcher = data.dispatcher
    assert dispatcher is not None  # built at start-up, before the notice resumes or starts

    async def send() -> None:
        try:
            with own_pace():  # paced by the dispatcher, not queued behind replies
                await app.bot.send_message(user_id, text, parse_mode=ParseMode.HTML)
        except TelegramError as error:
            raise classify(error) from error

    result = await dispatcher.send_other(send)
    if result is Result.SENT:
        return "sent"
    if result is Result.BLOCKED:
        async with data.sessions() as session, session.begin():
            await account.left(session, user_id=user_id, now=data.clock.now())
        return "skipped"
    log.warning("maintenance notice to a user failed: %s", result.value)
    return "failed"


async def resume_notice(app: BotApplication) -> None:
    """Start-up hook: a notice a stop or crash interrupted goes on."""
    async with app.bot_data.sessions() as session:
        notice = await service.unfinished_notice(session)
    if notice is not None:
        log.info("resuming the maintenance notice after user %d", notice.after)
        start_sender(app)


async def stop_notice(app: BotApplication) -> None:
    """Stop hook: cancel the sender; its cursor is committed, the next start resumes it."""
    task = app.bot_data.notice_task
    if task is not None and not task.done():
        task.cancel()
        await asyncio.gather(task, return_exceptions=True)


def register(app: BotApplication, data: BotData) -> None:
    """/admin (private chats), and the notice's resume/stop hooks."""
    private_message = filters.UpdateType.MESSAGE & filters.ChatType.PRIVATE
    app.add_handler(CommandHandler("admin", admin_command, filters=private_message))
    data.startup_hooks.append(resume_notice)
    data.stop_hooks.append(stop_notice)
