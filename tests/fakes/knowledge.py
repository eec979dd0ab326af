"""Knowledge button data for tests, from content addresses ("cause:dehydration", "causes")."""

from __future__ import annotations

from bot.views.knowledge_data import KnowledgeData, address


def at(target: str) -> KnowledgeData:
    """The screen a content address names (fails the test when it names none)."""
    found = address(target)
    assert found is not None, target
    return found


def kn(target: str) -> str:
    """The button data opening the screen at `target`."""
    return at(target).pack()


def src(target: str) -> str:
    """The button data opening the sources of the screen at `target`."""
    return at(target).sources.pack()
