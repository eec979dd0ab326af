"""The engine as a Telegram-like state machine, without PTB in the loop."""

from __future__ import annotations

import threading
from typing import Any

import pytest
from telegram import Bot, Update

from bot.content.tg_rules import NOT_MODIFIED
from bot.offline.engine import Engine


@pytest.fixture
def engine() -> Engine:
    return Engine(clock=lambda: 1_700_000_000.0)


def ok(engine: Engine, method: str, **params: Any) -> Any:
    reply = engine.call(method, params)
    assert reply.status == 200, reply.body
    return reply.body["result"]


def error(engine: Engine, method: str, **params: Any) -> tuple[int, str]:
    reply = engine.call(method, params)
    assert reply.body["ok"] is False
    return reply.status, reply.body["description"]


def test_get_me_uses_token_id(engine: Engine) -> None:
    me = ok(engine, "getMe")
    assert me["id"] == 123
    assert me["is_bot"] is True


def test_unknown_method_is_404_and_methods_are_case_insensitive(engine: Engine) -> None:
    assert error(engine, "sendTelepathy") == (404, "Not Found")
    assert ok(engine, "getme")["id"] == 123


def test_get_updates_offset_and_limit(engine: Engine) -> None:
    ids = [engine.user_message(7, f"m{i}")["update_id"] for i in range(5)]
    assert [u["update_id"] for u in ok(engine, "getUpdates", limit=2)] == ids[:2]
    assert [u["update_id"] for u in ok(engine, "getUpdates", offset=ids[2])] == ids[2:]
    # updates below the offset are confirmed and gone for good
    assert [u["update_id"] for u in ok(engine, "getUpdates")] == ids[2:]
    assert [u["update_id"] for u in ok(engine, "getUpdates", offset=-1)] == ids[-1:]
    assert ok(engine, "getUpdates", offset=ids[-1] + 1) == []
    assert not engine.has_updates(ids[-1] + 1)


def test_message_ids_increase_per_chat_across_both_sides(engine: Engine) -> None:
    first = engine.user_message(1, "/start")["message"]["message_id"]
    sent = ok(engine, "sendMessage", chat_id=1, text="hi")
    assert sent["message_id"] == first + 1
    assert [m["message_id"] for m in engine.messages(1)] == [first, first + 1]


def test_send_to_unknown_chat(engine: Engine) -> None:
    assert error(engine, "sendMessage", chat_id=999, text="x") == (
        400,
        "Bad Request: chat not found",
    )


def test_form_style_params_are_normalised(engine: Engine) -> None:
    engine.add_chat(5)
    markup = '{"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}'
    msg = ok(
        engine, "sendMessage", chat_id="5", text="<i>x</i>", parse_mode="HTML", reply_markup=markup
    )
    assert msg["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "a"
    call = engine.sent(5)[0]
    assert call.params["chat_id"] == 5
    assert call.params["reply_markup"]["inline_keyboard"][0][0]["text"] == "A"


def test_edit_rules(engine: Engine) -> None:
    engine.add_chat(1)
    msg = ok(engine, "sendMessage", chat_id=1, text="<b>v1</b>", parse_mode="HTML")
    mid = msg["message_id"]
    assert error(
        engine, "editMessageText", chat_id=1, message_id=mid, text="<b>v1</b>", parse_mode="HTML"
    ) == (
        400,
        NOT_MODIFIED,
    )
    # same visible text without the bold entity is a real change
    assert ok(engine, "editMessageText", chat_id=1, message_id=mid, text="v1")["text"] == "v1"
    assert error(engine, "editMessageText", chat_id=1, message_id=mid + 5, text="x") == (
        400,
        "Bad Request: message to edit not found",
    )
    kb = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    assert ok(engine, "editMessageReplyMarkup", chat_id=1, message_id=mid, reply_markup=kb)
    assert (
        error(engine, "editMessageReplyMarkup", chat_id=1, message_id=mid, reply_markup=kb)[1]
        == NOT_MODIFIED
    )
    assert engine.last_text(1) == "v1"


def test_cannot_edit_user_message(engine: Engine) -> None:
    mid = engine.user_message(1, "mine")["message"]["message_id"]
    assert error(engine, "editMessageText", chat_id=1, message_id=mid, text="x")[1] == (
        "Bad Request: message can't be edited"
    )


def test_delete_message(engine: Engine) -> None:
    engine.add_chat(1)
    mid = ok(engine, "sendMessage", chat_id=1, text="bye")["message_id"]
    assert ok(engine, "deleteMessage", chat_id=1, message_id=mid) is True
    assert error(engine, "deleteMessage", chat_id=1, message_id=mid)[1] == (
        "Bad Request: message to delete not found"
    )
    assert engine.last_text(1) is None


def test_callback_query_answered_once(engine: Engine) -> None:
    engine.add_chat(1)
    kb = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    mid = ok(engine, "sendMessage", chat_id=1, text="pick", reply_markup=kb)["message_id"]
    query = engine.callback(1, "a", message_id=mid)["callback_query"]
    assert query["message"]["message_id"] == mid
    assert ok(engine, "answerCallbackQuery", callback_query_id=query["id"], text="ok") is True
    status, text = error(engine, "answerCallbackQuery", callback_query_id=query["id"])
    assert (status, text) == (
        400,
        "Bad Request: query is too old and response timeout expired or query ID is invalid",
    )
    with pytest.raises(ValueError, match="no message"):
        engine.callback(1, "a", message_id=999)


def test_blocked_chat_and_my_chat_member(engine: Engine) -> None:
    engine.user_message(1, "hi")
    update = engine.my_chat_member(1, "member", "kicked")
    assert update["my_chat_member"]["new_chat_member"]["status"] == "kicked"
    assert error(engine, "sendMessage", chat_id=1, text="x") == (
        403,
        "Forbidden: bot was blocked by the user",
    )
    engine.my_chat_member(1, "kicked", "member")
    ok(engine, "sendMessage", chat_id=1, text="back")
    engine.add_chat(-100, chat_type="group", name="Cramps")
    engine.block(-100)
    assert error(engine, "sendMessage", chat_id=-100, text="x")[1] == (
        "Forbidden: bot was kicked from the group chat"
    )


def test_injected_faults_are_consumed(engine: Engine) -> None:
    engine.add_chat(1)
    engine.add_chat(2)
    engine.inject("sendMessage", "429", times=2, chat_id=1, retry_after=5)
    engine.inject("*", "502")
    assert error(engine, "sendMessage", chat_id=2, text="x") == (502, "Bad Gateway")
    reply = engine.call("sendMessage", {"chat_id": 1, "text": "x"})
    assert reply.status == 429
    assert reply.body["parameters"] == {"retry_after": 5}
    assert reply.body["description"] == "Too Many Requests: retry after 5"
    assert engine.call("sendMessage", {"chat_id": 1, "text": "x"}).status == 429
    assert engine.call("sendMessage", {"chat_id": 1, "text": "x"}).status == 200
    assert [c.status for c in engine.calls] == [502, 429, 429, 200]
    assert len(engine.sent(1)) == 1  # sent() only lists what Telegram accepted
    engine.inject("sendMessage", "timeout", delay_s=3)
    reply = engine.call("sendMessage", {"chat_id": 1, "text": "lost"})
    assert (reply.timed_out, reply.delay_s) == (True, 3)
    assert engine.last_text(1) == "x"
    with pytest.raises(ValueError, match="kind must be"):
        engine.inject("sendMessage", "418")


def test_commands_and_webhook(engine: Engine) -> None:
    commands = [{"command": "start", "description": "Begin"}]
    assert ok(engine, "setMyCommands", commands=commands) is True
    assert ok(engine, "getMyCommands") == commands
    assert ok(engine, "getMyCommands", language_code="de") == []
    assert error(engine, "setMyCommands", commands=[{"command": "Bad-One", "description": "x"}])[
        1
    ] == ("Bad Request: BOT_COMMAND_INVALID")
    assert ok(engine, "deleteMyCommands") is True
    assert ok(engine, "getMyCommands") == []
    assert ok(engine, "setWebhook", url="https://example.org/hook") is True
    assert error(engine, "getUpdates")[0] == 409
    assert ok(engine, "getWebhookInfo")["url"] == "https://example.org/hook"
    assert ok(engine, "deleteWebhook", drop_pending_updates=True) is True
    assert ok(engine, "getUpdates") == []
    assert ok(
        engine,
        "sendChatAction",
        chat_id=engine.user_message(3, "x")["message"]["chat"]["id"],
        action="typing",
    )
    assert error(engine, "sendChatAction", chat_id=3, action="dancing")[1] == (
        "Bad Request: wrong parameter action in request"
    )
    assert ok(engine, "close") is True
    assert ok(engine, "logOut") is True


def test_builders_produce_updates_ptb_can_parse(engine: Engine) -> None:
    bot = Bot("123:ABC")
    engine.user_message(1, "/start@cramp_test_bot now")
    engine.user_message(-5, "hello group", chat_type="group", first_name="Bo")
    mid = engine.user_message(1, "typo")["message"]["message_id"]
    engine.user_message(1, "fixed", edited=True, message_id=mid)
    engine.location(1, 52.52, 13.40)
    engine.sticker(1)
    engine.photo(1, caption="my leg")
    engine.my_chat_member(1, "member", "kicked")
    engine.add_chat(2)
    kb = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    sent = ok(engine, "sendMessage", chat_id=2, text="q", reply_markup=kb)
    engine.callback(2, "a", message_id=sent["message_id"])
    updates = [Update.de_json(u, bot) for u in ok(engine, "getUpdates")]
    assert updates[0].message is not None
    assert updates[0].message.entities[0].type == "bot_command"
    assert updates[0].message.entities[0].length == len("/start@cramp_test_bot")
    assert updates[1].effective_chat is not None
    assert updates[1].effective_chat.type == "group"
    assert updates[2].message is not None
    assert updates[2].message.text == "typo"
    assert updates[3].edited_message is not None
    assert updates[3].edited_message.text == "fixed"
    assert updates[4].message is not None
    assert updates[4].message.location is not None
    assert updates[5].message is not None
    assert updates[5].message.sticker is not None
    assert updates[6].message is not None
    assert updates[6].message.caption == "my leg"
    assert updates[7].my_chat_member is not None
    assert updates[7].my_chat_member.new_chat_member.status == "kicked"
    assert updates[8].callback_query is not None
    assert updates[8].callback_query.data == "a"


def test_concurrent_sends_get_unique_ids(engine: Engine) -> None:
    engine.add_chat(1)

    def worker() -> None:
        for _ in range(50):
            engine.call("sendMessage", {"chat_id": 1, "text": "x"})

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    ids = [m["message_id"] for m in engine.messages(1)]
    assert ids == list(range(1, 401))


def test_wait_for_reports_recent_calls_on_timeout(engine: Engine) -> None:
    engine.call("getMe")
    assert engine.wait_for(lambda calls: len(calls) == 1, timeout=0.1)[0].method == "getMe"
    with pytest.raises(AssertionError, match="getMe"):
        engine.wait_for(lambda calls: False, timeout=0.05)


def test_a_repeated_text_or_keyboard_is_checked_every_time(engine: Engine) -> None:
    """The double keeps what it parsed per text and keyboard; a bad one stays bad."""
    keyboard = '{"inline_keyboard": [[{"text": "Yes", "callback_data": "x:1"}]]}'
    engine.user_message(5, "/start")
    for _ in range(2):
        sent = ok(engine, "sendMessage", chat_id=5, text="<b>hi</b> there", parse_mode="HTML",
                  reply_markup=keyboard)  # fmt: skip
        assert (sent["text"], sent["entities"][0]["length"]) == ("hi there", 2)
        assert sent["reply_markup"]["inline_keyboard"][0][0]["callback_data"] == "x:1"
    too_long = '{"inline_keyboard": [[{"text": "No", "callback_data": "' + "y" * 65 + '"}]]}'
    for _ in range(2):
        assert (
            error(engine, "sendMessage", chat_id=5, text="<b>hi</b", parse_mode="HTML")[0] == 400
        )
        status, reason = error(engine, "sendMessage", chat_id=5, text="hi", reply_markup=too_long)
        assert (status, reason) == (400, "Bad Request: BUTTON_DATA_INVALID")
