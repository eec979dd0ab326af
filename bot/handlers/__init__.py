"""Registration of every handler, in one place, in the order updates are matched.

All handlers live in group 0: the first match wins, so features come before the fallbacks.
Free text is the exception: its filter (text, not a command, a new private message) matches
nothing any other handler takes, so it is matched first; most updates are chat messages, and
PTB would otherwise ask every command and button handler about each of them first.
"""

from __future__ import annotations

from telegram import Update
from telegram.ext import (
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    MessageHandler,
    TypeHandler,
    filters,
)

from bot.context import BotApplication, BotData
from bot.handlers import (
    admin,
    check,
    cramp_history,
    cramp_log,
    cramp_now,
    errors,
    experiment,
    fallback,
    flood,
    knowledge,
    membership,
    privacy,
    reminders,
    safety,
    start,
    stats,
    timezone,
)

PRIVATE = filters.ChatType.PRIVATE
NEW_PRIVATE = filters.UpdateType.MESSAGE & PRIVATE


def register_foundation(app: BotApplication, data: BotData) -> None:
    """/start, /help, /privacy, /settings, /timezone and blocks."""
    app.add_handler(ChatMemberHandler(membership.chat_member, ChatMemberHandler.MY_CHAT_MEMBER))
    commands = {
        "start": start.start,
        "help": start.show_help,
        "privacy": start.show_privacy,
        "settings": start.show_settings,
        "timezone": timezone.timezone_command,
        "export": privacy.export_data,
        "delete": privacy.ask_delete,
    }
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=NEW_PRIVATE))
    app.add_handler(MessageHandler(filters.LOCATION & NEW_PRIVATE, timezone.location_message))
    from bot.views.privacy import DeleteData
    from bot.views.timezone import TimezoneData

    app.add_handler(CallbackQueryHandler(timezone.zone_button, pattern=TimezoneData.pattern()))
    app.add_handler(CallbackQueryHandler(privacy.delete_button, pattern=DeleteData.pattern()))
    data.text_hooks.append(timezone.maybe_local_time)
    data.startup_hooks.append(privacy.schedule_purge)


def register_logging(app: BotApplication, data: BotData) -> None:
    """Cramps described in chat, /log, /history and their buttons."""
    from bot.views.cramp_buttons import CardAction, GuidedStep, HistoryNav, PendingTime

    app.add_handler(CommandHandler("log", cramp_history.start_guided, filters=NEW_PRIVATE))
    app.add_handler(CommandHandler("now", cramp_now.log_now, filters=NEW_PRIVATE))
    data.text_hooks.insert(0, cramp_now.maybe_button)  # the button's text: before anything
    app.add_handler(CommandHandler("history", cramp_history.history_command, filters=NEW_PRIVATE))
    card, pending = CardAction.pattern(), PendingTime.pattern()  # CardFix shares "cr"
    guided, history = GuidedStep.pattern(), HistoryNav.pattern()  # HistoryItem shares "hi"
    app.add_handler(CallbackQueryHandler(cramp_log.card_button, pattern=card))
    app.add_handler(CallbackQueryHandler(cramp_log.pending_button, pattern=pending))
    app.add_handler(CallbackQueryHandler(cramp_history.guided_button, pattern=guided))
    app.add_handler(CallbackQueryHandler(cramp_history.history_button, pattern=history))
    edited = filters.UpdateType.EDITED_MESSAGE & filters.TEXT & PRIVATE
    app.add_handler(MessageHandler(edited, cramp_log.edited_message))
    data.text_hooks.append(cramp_log.maybe_when)  # the time asked by When, before a new cramp
    data.text_hooks.append(cramp_log.maybe_cramp)
    data.after_text_hooks.append(cramp_now.ask_details)
    data.features.add("log")
    data.menu_entries["log"] = cramp_history.start_guided


def register_knowledge(app: BotApplication, data: BotData) -> None:
    """/causes, /cause, /symptoms, /b12, /foods, /prevent, /doctor, /check and their buttons."""
    pages: dict[str, knowledge.Command] = {name: knowledge.page(name) for name in knowledge.PAGES}
    commands = {**pages, "cause": knowledge.show_cause, "check": check.start_check}
    for name, callback in commands.items():
        app.add_handler(CommandHandler(name, callback, filters=NEW_PRIVATE))
    from bot.views.check import CheckData
    from bot.views.knowledge_data import KnowledgeData, SourcesData

    for codec in (KnowledgeData, SourcesData):
        app.add_handler(CallbackQueryHandler(knowledge.knowledge_button, pattern=codec.pattern()))
    app.add_handler(CallbackQueryHandler(check.check_button, pattern=CheckData.pattern()))
    if cramp_log.maybe_cramp in data.text_hooks:  # someone cramping now reads the steps first
        data.text_hooks.insert(
            data.text_hooks.index(cramp_log.maybe_cramp), knowledge.stop_cramp_now
        )
    data.text_hooks.append(knowledge.answer_question)
    for feature in ("causes", "check", "prevent", "doctor"):
        data.menu_entries[feature] = commands[feature]
        data.features.add(feature)


def register_reminders(app: BotApplication, data: BotData) -> None:
    """/remind, /reminders, /quiet, reminder buttons, the dispatcher job and its hooks."""
    from bot.handlers import reminder_jobs as jobs
    from bot.services.reminders import retime
    from bot.views.reminder_data import ChangeData, DeliveryData, NewReminderData

    app.add_handler(CommandHandler("remind", reminders.remind_command, filters=NEW_PRIVATE))
    app.add_handler(CommandHandler("reminders", reminders.list_command, filters=NEW_PRIVATE))
    app.add_handler(CommandHandler("quiet", reminders.quiet_command, filters=NEW_PRIVATE))
    app.add_handler(
        CallbackQueryHandler(reminders.one_tap_button, pattern=NewReminderData.pattern())
    )
    app.add_handler(CallbackQueryHandler(reminders.list_button, pattern=ChangeData.pattern()))
    app.add_handler(
        CallbackQueryHandler(reminders.delivery_button, pattern=DeliveryData.pattern())
    )
    register_checkin(app, data)
    register_guide(app)
    register_weekly(data)
    data.timezone_hooks.append(retime)
    data.startup_hooks.append(jobs.start_reminders)
    data.stop_hooks.append(jobs.drain_reminders)
    data.features.add("remind")
    data.menu_entries["remind"] = reminders.remind_menu


def register_checkin(app: BotApplication, data: BotData) -> None:
    """The morning check-in: a reminder kind whose message comes from the diary, its buttons."""
    from functools import partial

    from bot.handlers import checkin
    from bot.services.checkin import KIND
    from bot.views.checkin import ActiveQuestionData, CheckinData

    app.add_handler(CommandHandler("checkin", checkin.checkin_command, filters=NEW_PRIVATE))
    app.add_handler(CallbackQueryHandler(checkin.checkin_button, pattern=CheckinData.pattern()))
    app.add_handler(
        CallbackQueryHandler(checkin.active_question_button, pattern=ActiveQuestionData.pattern())
    )
    data.reminder_composers[KIND] = partial(checkin.compose, data)


def register_guide(app: BotApplication) -> None:
    """The guided bedtime stretch: Start on stretch reminders and /prevent, its controls."""
    from bot.handlers import guide
    from bot.views.guide_data import StartData  # ControlData shares "gs"

    app.add_handler(CallbackQueryHandler(guide.guide_button, pattern=StartData.pattern()))


def register_weekly(data: BotData) -> None:
    """The weekly summary: a reminder kind whose message comes from the diary (its buttons
    are /stats' periods and the reminder's Stop)."""
    from functools import partial

    from bot.handlers import weekly
    from bot.services.weekly import KIND

    data.reminder_composers[KIND] = partial(weekly.compose, data)


def register_stats(app: BotApplication, data: BotData) -> None:
    """/stats: the summary and chart of the last weeks."""
    from bot.views.insights import InsightsData
    from bot.views.stats import StatsData

    app.add_handler(CommandHandler("stats", stats.show_stats, filters=NEW_PRIVATE))
    app.add_handler(CallbackQueryHandler(stats.period_button, pattern=StatsData.pattern()))
    app.add_handler(CallbackQueryHandler(stats.insights_button, pattern=InsightsData.pattern()))
    data.features.add("stats")


FREE_TEXT = filters.TEXT & ~filters.COMMAND & NEW_PRIVATE


def register_free_text(app: BotApplication) -> None:
    """Chat messages: warning signs first, then each feature's text hook, then the menu
    (`fallback.text_message`); features hook in through `BotData.text_hooks`. The answer to
    the screen's question about the leg (`safety.ask_button`)."""
    from bot.views.triage_data import AskData

    app.add_handler(MessageHandler(FREE_TEXT, fallback.text_message))
    app.add_handler(CallbackQueryHandler(safety.ask_button, pattern=AskData.pattern()))


def register_fallbacks(app: BotApplication) -> None:
    """Whatever no feature took: unknown commands and buttons, non-text, groups."""
    from bot.views.menu import MenuData

    app.add_handler(CallbackQueryHandler(fallback.menu_button, pattern=MenuData.pattern()))
    app.add_handler(MessageHandler(filters.UpdateType.MESSAGE & ~PRIVATE, fallback.group_message))
    app.add_handler(MessageHandler(filters.COMMAND & NEW_PRIVATE, fallback.unknown_command))
    app.add_handler(MessageHandler(~filters.TEXT & NEW_PRIVATE, fallback.non_text))
    app.add_handler(CallbackQueryHandler(fallback.unknown_button))


def register(app: BotApplication, data: BotData) -> None:
    """Add every handler to `app` and every feature hook to `data`."""
    app.add_error_handler(errors.on_error)
    app.add_handler(TypeHandler(Update, flood.throttle), group=-2)
    register_free_text(app)
    register_foundation(app, data)
    register_logging(app, data)
    register_knowledge(app, data)
    register_reminders(app, data)
    register_stats(app, data)
    admin.register(app, data)
    experiment.register(app, data)
    register_fallbacks(app)
