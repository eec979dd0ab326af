"""/start, /help, /privacy, /settings, /timezone and bad input, through the Bot API double."""

from __future__ import annotations

import gc
import logging
from datetime import UTC, datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from bot.db.models import User
from tests.fakes.harness import USER, Harness, running_app, shared_content, texts


async def stored_user(bot: Harness, user_id: int = USER) -> User | None:
    async with bot.app.bot_data.sessions() as session:
        return (await session.scalars(select(User).where(User.id == user_id))).one_or_none()


async def test_start_welcomes_disclaims_and_asks_for_the_time_zone(bot: Harness) -> None:
    replies = await bot.say("/start", first_name="Ann <3")
    assert "Hello, Ann <3!" in replies[0]
    assert "not a diagnosis" in replies[0]
    assert "time zone" in replies[0]
    assert "Cause finder" not in replies[0]
    user = await stored_user(bot)
    assert user is not None and user.timezone is None


async def test_start_with_known_zone_shows_it_instead_of_asking(bot: Harness) -> None:
    await bot.say("/timezone Europe/Berlin")
    replies = await bot.say("/start")
    assert "Europe/Berlin" in replies[0]
    assert "which time zone" not in replies[0].lower()


async def test_commands_are_registered_with_telegram(bot: Harness) -> None:
    registered = bot.engine.sent(method="setMyCommands")
    assert registered, "setMyCommands was not called"
    names = [c["command"] for c in registered[-1].params["commands"]]
    content = bot.app.bot_data.content
    assert names == [c.command for c in content.commands.commands if c.menu]


async def test_every_listed_command_has_a_handler(bot: Harness) -> None:
    for command in bot.app.bot_data.content.commands.commands:
        calls = await bot.process(bot.engine.user_message(USER, f"/{command.command}"))
        sent = [c for c in calls if c.method in ("sendMessage", "sendPhoto", "sendDocument")]
        assert sent, command.command  # /stats after /now: a chart
        replies = texts(calls)
        assert not any("don't know that command" in r for r in replies), command.command


async def test_help_lists_every_command(bot: Harness) -> None:
    (reply,) = await bot.say("/help")
    for command in bot.app.bot_data.content.commands.commands:
        assert f"/{command.command} - {command.description}" in reply


async def test_privacy_states_retention_and_rights(bot: Harness) -> None:
    (reply,) = await bot.say("/privacy")
    assert "365 days" in reply
    assert "/export" in reply and "/delete" in reply


async def test_timezone_is_validated_and_stored(bot: Harness) -> None:
    (reply,) = await bot.say("/timezone america/new_york")
    assert "America/New_York" in reply
    assert "reminders" not in reply  # nothing to move yet
    user = await stored_user(bot)
    assert user is not None and user.timezone == "America/New_York"


@pytest.mark.parametrize("bad", ["Mars/Olympus", "<b>Berlin</b>", "../../etc/passwd", "x" * 300])
async def test_bad_timezone_gets_an_error_with_an_example(bot: Harness, bad: str) -> None:
    (reply,) = await bot.say(f"/timezone {bad}")
    assert "not a time zone I know" in reply
    assert "/timezone Europe/London" in reply
    user = await stored_user(bot)
    assert user is None or user.timezone is None


async def test_timezone_without_argument_explains_the_forms(bot: Harness) -> None:
    (reply,) = await bot.say("/timezone")
    assert "Area/City" in reply and "share your location" in reply


async def test_shared_location_sets_the_zone(bot: Harness) -> None:
    calls = await bot.process(bot.engine.location(USER, 52.52, 13.40))
    assert "Europe/Berlin" in texts(calls)[0]
    user = await stored_user(bot)
    assert user is not None and user.timezone == "Europe/Berlin"


async def test_telling_the_local_time_offers_matching_zones(bot: Harness) -> None:
    bot.clock.set(datetime(2026, 11, 20, 13, 5, tzinfo=UTC))  # 14:05 in Berlin (CET)
    (reply,) = await bot.say("it is 14:05 here")
    assert "14:05" in reply
    assert "(UTC+1)" in reply  # the offset reads like a clock, never as an Etc/GMT name
    choices = bot.buttons()
    assert "tz:Europe.Berlin" in choices
    assert not any("Etc" in c for c in choices)
    calls = await bot.press("tz:Europe.Berlin")
    assert any("Europe/Berlin" in t for t in texts(calls))
    user = await stored_user(bot)
    assert user is not None and user.timezone == "Europe/Berlin"


async def test_my_time_is_works_like_it_is_here(bot: Harness) -> None:
    bot.clock.set(datetime(2026, 11, 20, 13, 5, tzinfo=UTC))
    (reply,) = await bot.say("my time is 18:35")
    assert "(UTC+5:30)" in reply
    assert "tz:Asia.Kolkata" in bot.buttons()


async def test_a_city_name_suggests_its_zone(bot: Harness) -> None:
    (reply,) = await bot.say("/timezone berlin")
    assert "berlin" in reply
    assert bot.buttons()[0] == "tz:Europe.Berlin"
    await bot.press("tz:Europe.Berlin")
    user = await stored_user(bot)
    assert user is not None and user.timezone == "Europe/Berlin"


async def test_unknown_command_gets_a_short_answer(bot: Harness) -> None:
    (reply,) = await bot.say("/frobnicate now")
    assert "don't know that command" in reply


async def test_sticker_and_photo_get_a_hint(bot: Harness) -> None:
    for payload in (bot.engine.sticker(USER), bot.engine.photo(USER, caption="my leg")):
        (reply,) = texts(await bot.process(payload))
        assert "only read text" in reply


async def test_group_messages_point_to_the_private_chat(bot: Harness) -> None:
    group = -100500
    bot.engine.add_chat(group, chat_type="group", name="Runners")
    calls = await bot.process(bot.engine.user_message(group, "/start", chat_type="group"))
    assert "private chat" in texts(calls)[0]
    calls = await bot.process(
        bot.engine.user_message(group, "cramp in my calf", chat_type="group")
    )
    assert texts(calls) == []


async def test_edited_messages_are_ignored_by_the_foundation(bot: Harness) -> None:
    first = bot.engine.user_message(USER, "/help")
    await bot.process(first)
    message_id = first["message"]["message_id"]
    calls = await bot.process(
        bot.engine.user_message(USER, "/privacy", edited=True, message_id=message_id)
    )
    assert texts(calls) == []


async def test_stale_button_says_expired_and_shows_the_menu(bot: Harness) -> None:
    await bot.say("/start")
    last = [m for m in bot.engine.messages(USER) if m["from"]["is_bot"]][-1]
    calls = await bot.press("cause:gone_forever", message_id=last["message_id"])
    answers = [c for c in calls if c.method == "answerCallbackQuery"]
    assert answers and "expired" in answers[0].params.get("text", "")
    fresh = [c for c in calls if c.method == "sendMessage"]
    assert len(fresh) == 1 and fresh[0].status == 200


async def test_too_long_and_empty_messages_get_a_clear_answer(bot: Harness) -> None:
    (reply,) = await bot.say("a" * 5000)
    assert "too long" in reply and "5000" in reply
    (reply,) = await bot.say("   ")
    assert "empty message" in reply


async def test_handler_error_is_logged_without_text_and_user_gets_one_sentence(
    bot: Harness, caplog: pytest.LogCaptureFixture
) -> None:
    async def explode(update: object, context: object, text: str) -> bool:
        raise RuntimeError("boom")

    bot.app.bot_data.text_hooks.insert(0, explode)
    secret = "my very private cramp story"
    with caplog.at_level(logging.DEBUG):
        replies = await bot.say(secret)
    assert replies == ["Sorry, something went wrong on our side. Please try again in a moment."]
    failures = [r for r in caplog.records if r.name == "bot.handlers.errors"]
    assert failures and failures[0].exc_info is not None
    assert all(secret not in r.getMessage() for r in caplog.records)


async def test_block_then_start_again_clears_the_block(bot: Harness) -> None:
    await bot.say("/start")
    await bot.process(bot.engine.my_chat_member(USER, "member", "kicked"))
    user = await stored_user(bot)
    assert user is not None and user.blocked_at is not None
    bot.engine.block(USER, False)
    replies = await bot.say("/start")
    assert "Welcome back" in replies[0]
    user = await stored_user(bot)
    assert user is not None and user.blocked_at is None


async def test_settings_show_zone_and_quiet_hours(bot: Harness) -> None:
    await bot.say("/timezone Asia/Tokyo")
    (reply,) = await bot.say("/settings")
    assert "Asia/Tokyo" in reply and "not set" in reply


async def test_buttons_pressed_outside_the_owners_private_chat_are_refused(bot: Harness) -> None:
    group = -100777
    bot.engine.add_chat(group, chat_type="group", name="Runners")
    await bot.process(bot.engine.user_message(group, "/help", chat_type="group"))
    message = [m for m in bot.engine.messages(group) if m["from"]["is_bot"]][-1]
    for data in ("menu:log", "del:yes", "tz:Europe.Berlin", "cr:1:undo", "rd:1:done", "chk:1:y"):
        calls = await bot.process(
            bot.engine.callback(group, data, message_id=message["message_id"])
        )
        answers = [c for c in calls if c.method == "answerCallbackQuery"]
        assert answers[0].params["text"] == "This button belongs to someone else's message.", data
        assert [c for c in calls if c.method != "answerCallbackQuery"] == [], data


async def test_start_up_introduces_the_bot_from_content(bot: Harness) -> None:
    content = shared_content()
    calls = {c.method: c for c in bot.engine.calls if c.status == 200}
    assert calls["setMyDescription"].params["description"] == content.label(
        "start.bot_description"
    )
    assert calls["setMyShortDescription"].params["short_description"] == content.label(
        "start.bot_short_description"
    )
    assert calls["setChatMenuButton"].params["menu_button"] == {"type": "commands"}
    # Commands are offered where the bot talks: private chats.
    assert calls["setMyCommands"].params["scope"] == {"type": "all_private_chats"}


async def test_free_text_is_matched_first_and_only_where_no_other_handler_would_match(
    bot: Harness,
) -> None:
    """The text router comes first in group 0 (most updates are chat messages): that is safe
    only while no other handler can take an update it takes."""
    from telegram import Update

    first, *others = bot.app.handlers[0]
    assert getattr(first.callback, "__name__", "") == "text_message"
    said = bot.engine.user_message(USER, "cramp in my calf")
    group = USER + 1
    payloads = {
        "text": said,
        "slash text": bot.engine.user_message(USER, "/ not a command"),
        "command": bot.engine.user_message(USER, "/start"),
        "unknown command": bot.engine.user_message(USER, "/nosuch"),
        "edited": bot.engine.user_message(
            USER, "cramp in my foot", edited=True, message_id=said["message"]["message_id"]
        ),
        "group": bot.engine.user_message(group, "hello", chat_type="group"),
        "location": bot.engine.location(USER, 52.5, 13.4),
        "sticker": bot.engine.sticker(USER),
        "button": bot.engine.callback(USER, "cr:1:sev", message_id=1),
    }
    taken = set()
    for name, payload in payloads.items():
        update = Update.de_json(payload, bot.app.bot)
        if first.check_update(update) not in (None, False):
            taken.add(name)
            clash = [h for h in others if h.check_update(update) not in (None, False)]
            assert clash == [], f"{name}: also matched by {clash}"
    assert taken == {"text", "slash text"}


def test_start_up_leaves_the_cyclic_collector_on(tmp_path: Path) -> None:
    """`python -m bot run` starts with the collector off; the end of start-up turns it on."""
    gc.disable()
    try:
        with running_app(tmp_path):
            assert gc.isenabled()
    finally:
        gc.enable()
