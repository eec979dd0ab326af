"""Callback data of the knowledge buttons, and the addresses of knowledge screens.

`kn:<page>:<ref>` opens a screen: a page alone (`kn:causes:-`) or one of its entries
(`kn:cause:dehydration`, `kn:group:everyday`, `kn:b12:role`, `kn:prevent:now`,
`kn:doctor:today`, `kn:ev:quinine`, `kn:symptoms:more`). `src:<page>:<ref>` opens the full
sources of that screen. Refs are content ids.

Content names screens by address (`cause:dehydration`, `prevent:now`, `foods`: topics.yaml's
targets); `address()` turns one into a `KnowledgeData`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, get_args

from bot.views.callback_data import CallbackData

Page = Literal[
    "causes", "group", "cause", "symptoms", "b12", "foods", "prevent", "doctor", "ev", "faq",
]  # fmt: skip
PAGES: tuple[Page, ...] = get_args(Page)
# the pages with a command of their own (and a screen without a ref)
COMMAND_PAGES: tuple[Page, ...] = ("causes", "symptoms", "b12", "foods", "prevent", "doctor")


@dataclass(frozen=True, slots=True)
class KnowledgeData(CallbackData, prefix="kn"):
    """`kn:<page>:<ref>`: the knowledge screen of a page, or of one entry of it."""

    page: Page
    ref: str | None = None

    @property
    def sources(self) -> SourcesData:
        """The button data of this screen's sources."""
        return SourcesData(self.page, self.ref)


@dataclass(frozen=True, slots=True)
class SourcesData(CallbackData, prefix="src"):
    """`src:<page>:<ref>`: the full sources of a knowledge screen."""

    page: Page
    ref: str | None = None

    @property
    def screen(self) -> KnowledgeData:
        """The screen these sources belong to (where Back goes)."""
        return KnowledgeData(self.page, self.ref)


def address(target: str) -> KnowledgeData | None:
    """The screen a content address names (`page` or `page:ref`); None if it names none."""
    page, _, ref = target.partition(":")
    page = "ev" if page == "evidence" else page
    if page not in PAGES:
        return None
    data = KnowledgeData(page, ref or None)
    try:
        data.pack()  # a ref that is not a content id cannot be a button
    except ValueError:
        return None
    return data


def unpack(data: str | None) -> KnowledgeData | SourcesData | None:
    """A knowledge button's data, or None when it is not one."""
    return KnowledgeData.unpack(data) or SourcesData.unpack(data)
