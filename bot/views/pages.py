"""Split long HTML into Telegram-sized screens at block (paragraph) or line boundaries."""

from __future__ import annotations

import html
import re
from collections.abc import Sequence

from bot.content.html import Html
from bot.views.screen import Button, Screen

MAX_VISIBLE = 4096  # Telegram's limit, in UTF-16 units of the text after parsing entities
TAG_RE = re.compile(r"<[^>]*>")


def visible_length(text: str) -> int:
    """Length of what Telegram shows for this HTML, in UTF-16 units."""
    plain = html.unescape(TAG_RE.sub("", text)).strip()
    return len(plain.encode("utf-16-le")) // 2


def paginate(
    blocks: Sequence[Html], buttons: list[list[Button]] | None = None, limit: int = MAX_VISIBLE
) -> list[Screen]:
    """Join blocks with blank lines into as few screens as fit; buttons go on the last."""
    pieces: list[Html] = []
    for block in blocks:
        if visible_length(block) <= limit:
            pieces.append(block)
        else:  # a single block too long: split it between lines (tags never span lines)
            pieces.extend(Html(line) for line in block.split("\n") if line.strip())
    pages: list[list[Html]] = [[]]
    for piece in pieces:
        candidate = "\n\n".join([*pages[-1], piece])
        if pages[-1] and visible_length(candidate) > limit:
            pages.append([piece])
        else:
            pages[-1].append(piece)
    screens = [Screen(Html("\n\n".join(page))) for page in pages if page]
    if buttons and screens:
        screens[-1] = Screen(screens[-1].text, buttons)
    return screens


def two_per_row(buttons: Sequence[Button]) -> list[list[Button]]:
    """Buttons laid out two to a row."""
    return [list(buttons[i : i + 2]) for i in range(0, len(buttons), 2)]
