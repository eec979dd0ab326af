"""Safe building of Telegram HTML: values are escaped unless marked as HTML already."""

from __future__ import annotations

import html
import string
from collections.abc import Mapping

from bot.content import tg_rules as rules


class Html(str):
    """A string that already is valid Telegram HTML and must not be escaped again."""

    __slots__ = ()


def escape(value: object) -> Html:
    """Escape any value for Telegram's HTML parse mode."""
    if isinstance(value, Html):
        return value
    return Html(html.escape(str(value), quote=True))


def placeholders(template: str) -> set[str]:
    """The names of the `{placeholders}` in a template."""
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def render(template: str, values: Mapping[str, object]) -> Html:
    """Fill a template, escaping every value that is not Html."""
    return Html(template.format_map({key: escape(val) for key, val in values.items()}))


def join(parts: list[Html] | list[str], sep: str = "\n") -> Html:
    """Join pieces of HTML, escaping plain strings."""
    return Html(sep.join(escape(part) for part in parts))


def telegram_problem(text: str) -> str | None:
    """Telegram's error for this HTML message text, or None when Telegram would accept it."""
    try:
        rules.check_text(text, "HTML")
    except rules.ApiError as exc:
        return exc.description
    return None
