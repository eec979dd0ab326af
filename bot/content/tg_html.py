"""Telegram's HTML parse mode, after tdlib's ``parse_html``: errors, byte offsets, entities."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

PREFIX = "Bad Request: can't parse entities: "
TAGS = frozenset(
    [
        "a",
        "b",
        "strong",
        "i",
        "em",
        "s",
        "strike",
        "del",
        "u",
        "ins",
        "tg-spoiler",
        "tg-emoji",
        "span",
        "pre",
        "code",
        "blockquote",
    ]
)
ENTITY_TYPES = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "span": "spoiler",
    "tg-spoiler": "spoiler",
    "a": "text_link",
    "code": "code",
    "pre": "pre",
    "tg-emoji": "custom_emoji",
    "blockquote": "blockquote",
}
NAMED = {b"lt": "<", b"gt": ">", b"amp": "&", b"quot": '"'}
SPACES = b" \t\r\n\v\f\0"
_AMP, _LT = ord("&"), ord("<")
_SPECIAL = re.compile(rb"[&<]")


class HtmlError(ValueError):
    """An HTML parse failure carrying Telegram's full description."""

    def __init__(self, reason: str) -> None:
        """Store the description ``Bad Request: can't parse entities: <reason>``."""
        super().__init__(PREFIX + reason)
        self.description = PREFIX + reason


@dataclass
class _Open:
    """A start tag waiting for its end tag."""

    tag: str
    argument: str
    start: int  # byte position in the output


@dataclass
class Parsed:
    """Visible text plus Bot API ``MessageEntity`` dicts (UTF-16 offsets)."""

    text: str
    entities: list[dict[str, Any]] = field(default_factory=list)


def utf16_len(text: str) -> int:
    """Length of ``text`` in UTF-16 code units, as Telegram counts."""
    return len(text.encode("utf-16-le")) // 2


def _decode_entity(src: bytes, pos: int) -> tuple[str, int] | None:
    """Decode ``&...;`` at ``pos`` like tdlib: returns (char, next position) or None."""
    end = pos + 1
    if src[end : end + 1] == b"#":
        end += 1
        hexa = src[end : end + 1] == b"x"
        end += hexa
        digits = b"0123456789abcdefABCDEF" if hexa else b"0123456789"
        start = end
        while end < len(src) and src[end] in digits:
            end += 1
        if end == start or end - pos >= 10:
            return None
        code = int(src[start:end], 16 if hexa else 10)
        if code == 0 or code >= 0x10FFFF:
            return None
        char = chr(code)
    else:
        while end < len(src) and chr(src[end]).isascii() and chr(src[end]).isalpha():
            end += 1
        if src[pos + 1 : end] not in NAMED:
            return None
        char = NAMED[src[pos + 1 : end]]
    if src[end : end + 1] == b";":
        end += 1
    return char, end


def parse_html(text: str) -> Parsed:
    """Parse Telegram HTML into visible text and entities, or raise HtmlError."""
    src = text.encode("utf-8")
    out = bytearray()
    stack: list[_Open] = []
    spans: list[tuple[str, str, int, int]] = []  # (tag, argument, byte start, byte end)

    def at(i: int) -> int:
        return src[i] if i < len(src) else 0

    i = 0
    while i < len(src):
        c = src[i]
        if c != _AMP and c != _LT:  # a run of plain bytes is copied at once
            found = _SPECIAL.search(src, i)
            stop = found.start() if found else len(src)
            out += src[i:stop]
            i = stop
            continue
        if c == _AMP and (decoded := _decode_entity(src, i)):
            out += decoded[0].encode("utf-8")
            i = decoded[1]
            continue
        if c != _LT:
            out.append(c)
            i += 1
            continue
        begin = i
        i += 1
        if at(i) != ord("/"):
            while at(i) not in SPACES and at(i) != ord(">"):
                i += 1
            if at(i) == 0:
                raise HtmlError(f"Unclosed start tag at byte offset {begin}")
            tag = src[begin + 1 : i].decode("utf-8", "replace").lower()
            if tag not in TAGS:
                raise HtmlError(f'Unsupported start tag "{tag}" at byte offset {begin}')
            i, argument = _parse_attributes(src, i, tag, begin, at)
            if tag == "span" and argument != "spoiler":
                raise HtmlError(f'Tag "span" must have class "tg-spoiler" at byte offset {begin}')
            stack.append(_Open(tag, argument, len(out)))
            i += 1
            continue
        if not stack:
            raise HtmlError(f"Unexpected end tag at byte offset {begin}")
        while at(i) not in SPACES and at(i) != ord(">"):
            i += 1
        end_tag = src[begin + 2 : i].decode("utf-8", "replace").lower()
        while at(i) != 0 and at(i) in SPACES:
            i += 1
        if at(i) != ord(">"):
            raise HtmlError(f"Unclosed end tag at byte offset {begin}")
        opened = stack.pop()
        if end_tag and end_tag != opened.tag:
            raise HtmlError(
                f'Unmatched end tag at byte offset {begin}, expected "</{opened.tag}>", '
                f'found "</{end_tag}>"'
            )
        spans.append((opened.tag, opened.argument, opened.start, len(out)))
        i += 1
    if stack:
        raise HtmlError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    return _to_parsed(bytes(out), spans)


def _parse_attributes(
    src: bytes, i: int, tag: str, begin: int, at: Callable[[int], int]
) -> tuple[int, str]:
    """Parse a start tag's attributes; returns (index of '>', tag argument)."""
    argument = ""
    while at(i) != ord(">"):
        while at(i) != 0 and at(i) in SPACES:
            i += 1
        if at(i) == ord(">"):
            break
        if at(i) == 0:
            raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        name_start = i
        while at(i) not in SPACES and at(i) not in b"=>":
            i += 1
        name = src[name_start:i].decode("utf-8", "replace")
        while at(i) != 0 and at(i) in SPACES:
            i += 1
        if at(i) != ord("="):
            if tag == "blockquote" and name == "expandable":
                argument = "1"
                continue
            raise HtmlError(
                "Expected equal sign in declaration of an attribute of the tag "
                f'"{tag}" at byte offset {begin}'
            )
        i += 1
        while at(i) != 0 and at(i) in SPACES:
            i += 1
        if at(i) == 0:
            raise HtmlError(f'Unclosed start tag "{tag}" at byte offset {begin}')
        if at(i) not in b"'\"":
            token_start = i
            while chr(at(i)).isascii() and (chr(at(i)).isalnum() or at(i) in b".-"):
                i += 1
            value = src[token_start:i].decode().lower()
            if at(i) not in SPACES and at(i) != ord(">"):
                raise HtmlError(f"Unexpected end of name token at byte offset {token_start}")
            if at(i) == 0:
                raise HtmlError(f"Unclosed start tag at byte offset {begin}")
        else:
            quote, buf = at(i), bytearray()
            i += 1
            while at(i) != quote and i < len(src):
                if at(i) == ord("&") and (decoded := _decode_entity(src, i)):
                    buf += decoded[0].encode("utf-8")
                    i = decoded[1]
                    continue
                buf.append(at(i))
                i += 1
            if at(i) == quote:
                i += 1
            if i >= len(src):
                raise HtmlError(f"Unclosed start tag at byte offset {begin}")
            value = buf.decode("utf-8", "replace")
        argument = _argument(tag, name, value, argument)
    return i, argument


def _argument(tag: str, name: str, value: str, current: str) -> str:
    """Map one attribute to the tag's argument, as tdlib does (others are ignored)."""
    if (tag, name) in {("a", "href"), ("tg-emoji", "emoji-id")}:
        return value
    if tag == "code" and name == "class" and value.startswith("language-"):
        return value[len("language-") :]
    if tag == "span" and name == "class" and value.startswith("tg-"):
        return value[len("tg-") :]
    if tag == "blockquote" and name == "expandable":
        return "1"
    return current


def _to_parsed(out: bytes, spans: list[tuple[str, str, int, int]]) -> Parsed:
    """Turn byte spans into sorted Bot API entities with UTF-16 offsets."""
    text = out.decode("utf-8", "replace")
    entities: list[dict[str, Any]] = []
    for tag, argument, start, end in spans:
        offset = utf16_len(out[:start].decode("utf-8", "replace"))
        length = utf16_len(out[start:end].decode("utf-8", "replace"))
        if length == 0:
            continue
        entity: dict[str, Any] = {"type": ENTITY_TYPES[tag], "offset": offset, "length": length}
        if tag == "a":
            entity["url"] = argument
        elif tag == "tg-emoji":
            entity["custom_emoji_id"] = argument
        elif tag == "blockquote" and argument:
            entity["type"] = "expandable_blockquote"
        elif tag == "pre":
            inner = [e for e in entities if e["type"] == "code" and e["offset"] == offset]
            if inner and inner[-1]["length"] == length:
                entities.remove(inner[-1])
                if inner[-1].get("language"):
                    entity["language"] = inner[-1]["language"]
        elif tag == "code" and argument:
            entity["language"] = argument
        entities.append(entity)
    for entity in entities:
        if entity["type"] == "code":
            entity.pop("language", None)  # only <pre><code class="language-x"> keeps it
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return Parsed(text, entities)
