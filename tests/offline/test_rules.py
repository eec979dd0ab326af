"""Telegram validation rules: HTML parse mode, length limits, inline keyboards."""

from __future__ import annotations

from typing import Any

import pytest

from bot.content import tg_rules as rules
from bot.content.tg_rules import ApiError

P = "Bad Request: can't parse entities: "

GOOD_HTML: list[tuple[str, str, list[dict[str, Any]]]] = [
    ("plain", "plain", []),
    ("<b>bold</b>", "bold", [{"type": "bold", "offset": 0, "length": 4}]),
    ("<B>caps</B>", "caps", [{"type": "bold", "offset": 0, "length": 4}]),
    (
        "<b>a<i>b<u>c</u></i></b>",
        "abc",
        [
            {"type": "bold", "offset": 0, "length": 3},
            {"type": "italic", "offset": 1, "length": 2},
            {"type": "underline", "offset": 2, "length": 1},
        ],
    ),
    ("<strong>s</strong><em>e</em><ins>i</ins>", "sei", None),
    ("<s>1</s><strike>2</strike><del>3</del>", "123", None),
    ("<tg-spoiler>x</tg-spoiler>", "x", [{"type": "spoiler", "offset": 0, "length": 1}]),
    ('<span class="tg-spoiler">x</span>', "x", [{"type": "spoiler", "offset": 0, "length": 1}]),
    (
        '<a href="https://example.org/?a=1&amp;b=2">link</a>',
        "link",
        [{"type": "text_link", "offset": 0, "length": 4, "url": "https://example.org/?a=1&b=2"}],
    ),
    ("<code>x = 1</code>", "x = 1", [{"type": "code", "offset": 0, "length": 5}]),
    (
        '<pre><code class="language-python">print()</code></pre>',
        "print()",
        [{"type": "pre", "offset": 0, "length": 7, "language": "python"}],
    ),
    (
        '<tg-emoji emoji-id="5368324170671202286">👍</tg-emoji>',
        "👍",
        [
            {
                "type": "custom_emoji",
                "offset": 0,
                "length": 2,
                "custom_emoji_id": "5368324170671202286",
            }
        ],
    ),
    ("<blockquote>q</blockquote>", "q", [{"type": "blockquote", "offset": 0, "length": 1}]),
    (
        "<blockquote expandable>q</blockquote>",
        "q",
        [{"type": "expandable_blockquote", "offset": 0, "length": 1}],
    ),
    ("&lt;b&gt; &amp; &quot;", '<b> & "', []),
    ("&#65;&#x42;&#128512;", "AB😀", []),
    ("&lt without semicolon", "< without semicolon", []),
    ("&nbsp; &copy; stay verbatim", "&nbsp; &copy; stay verbatim", []),
    ("AT&T 5 & 6", "AT&T 5 & 6", []),
    ("a > b", "a > b", []),
    ("<b>x</>", "x", [{"type": "bold", "offset": 0, "length": 1}]),
    ("😀<b>é</b>", "😀é", [{"type": "bold", "offset": 2, "length": 1}]),
    ("<b></b>empty entity dropped", "empty entity dropped", []),
]

BAD_HTML: list[tuple[str, str]] = [
    ("<foo>x</foo>", 'Unsupported start tag "foo" at byte offset 0'),
    ("héllo <p>", 'Unsupported start tag "p" at byte offset 7'),
    ("😀 <br>", 'Unsupported start tag "br" at byte offset 5'),
    ("1 < 2", 'Unsupported start tag "" at byte offset 2'),
    ("a <3 b", 'Unsupported start tag "3" at byte offset 2'),
    ("<b>unclosed", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<b><i>x</i>", 'Can\'t find end tag corresponding to start tag "b"'),
    ("<i>a</b>", 'Unmatched end tag at byte offset 4, expected "</i>", found "</b>"'),
    ("<b><i>a</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
    ("ä</b>", "Unexpected end tag at byte offset 2"),
    ("<b>x</b", "Unclosed end tag at byte offset 4"),
    ("text <b", "Unclosed start tag at byte offset 5"),
    ("<a href=https://x.org>x</a>", "Unexpected end of name token at byte offset 8"),
    ("<span>x</span>", 'Tag "span" must have class "tg-spoiler" at byte offset 0'),
    (
        "<b foo>x</b>",
        'Expected equal sign in declaration of an attribute of the tag "b" at byte offset 0',
    ),
]


@pytest.mark.parametrize(("html", "text", "entities"), GOOD_HTML)
def test_good_html(html: str, text: str, entities: list[dict[str, Any]] | None) -> None:
    parsed = rules.format_text(html, "HTML")
    assert parsed.text == text
    if entities is not None:
        assert parsed.entities == entities


@pytest.mark.parametrize(("html", "reason"), BAD_HTML)
def test_bad_html(html: str, reason: str) -> None:
    with pytest.raises(ApiError) as info:
        rules.format_text(html, "HTML")
    assert info.value.status == 400
    assert info.value.description == P + reason


def test_no_parse_mode_keeps_tags_verbatim() -> None:
    assert rules.format_text("<foo> & <b>", None).text == "<foo> & <b>"


def test_unknown_parse_mode() -> None:
    with pytest.raises(ApiError, match="unsupported parse_mode"):
        rules.format_text("x", "BBCode")


def test_whitespace_is_stripped_and_entities_shift() -> None:
    parsed = rules.check_text("\n  <b>hi</b> there \n", "HTML")
    assert parsed.text == "hi there"
    assert parsed.entities == [{"type": "bold", "offset": 0, "length": 2}]


@pytest.mark.parametrize(
    ("text", "ok"),
    [
        ("a" * 4096, True),
        ("a" * 4097, False),
        ("😀" * 2048, True),  # 4096 UTF-16 code units
        ("😀" * 2048 + "a", False),
        ("<b>" + "a" * 4096 + "</b>", True),  # tags do not count
        ("&amp;" * 4096, True),  # entities count as one character
        ("&amp;" * 4097, False),
    ],
)
def test_text_length_counts_visible_utf16(text: str, ok: bool) -> None:
    if ok:
        rules.check_text(text, "HTML")
    else:
        with pytest.raises(ApiError, match=r"^Bad Request: message is too long$"):
            rules.check_text(text, "HTML")


@pytest.mark.parametrize("text", ["", "   \n", "<b></b>", "<b> </b>"])
def test_empty_text(text: str) -> None:
    with pytest.raises(ApiError, match=r"^Bad Request: message text is empty$"):
        rules.check_text(text, "HTML")


def test_caption_limit() -> None:
    assert rules.check_caption("c" * 1024, None).text == "c" * 1024
    assert rules.check_caption(None, None).text == ""
    with pytest.raises(ApiError, match=r"^Bad Request: message caption is too long$"):
        rules.check_caption("c" * 1025, None)


def _keyboard(**button: Any) -> dict[str, Any]:
    return {"inline_keyboard": [[{"text": "Go", **button}]]}


@pytest.mark.parametrize(
    ("data", "ok"),
    [("x" * 64, True), ("x" * 65, False), ("é" * 32, True), ("é" * 33, False), ("", False)],
)
def test_callback_data_bytes(data: str, ok: bool) -> None:
    markup = _keyboard(callback_data=data)
    if ok:
        assert rules.check_reply_markup(markup) == markup
    else:
        with pytest.raises(ApiError, match=r"^Bad Request: BUTTON_DATA_INVALID$"):
            rules.check_reply_markup(markup)


def test_keyboard_json_string_and_bad_buttons() -> None:
    assert rules.check_reply_markup('{"remove_keyboard": true}') == {"remove_keyboard": True}
    with pytest.raises(ApiError, match="BUTTON_TEXT_INVALID"):
        rules.check_reply_markup({"inline_keyboard": [[{"text": "", "callback_data": "a"}]]})
    with pytest.raises(ApiError, match="text buttons are unallowed"):
        rules.check_reply_markup({"inline_keyboard": [[{"text": "a"}]]})
    with pytest.raises(ApiError, match="can't parse reply keyboard markup"):
        rules.check_reply_markup("{nope")


def test_error_json_shape() -> None:
    body = ApiError(429, "Too Many Requests: retry after 3", retry_after=3).to_json()
    assert body == {
        "ok": False,
        "error_code": 429,
        "description": "Too Many Requests: retry after 3",
        "parameters": {"retry_after": 3},
    }
