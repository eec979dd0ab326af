"""Fixtures: the real English content store, loaded once."""

from __future__ import annotations

import pytest

from bot.content.knowledge import Knowledge
from bot.content.loader import DEFAULT_ROOT, Content
from tests.fakes.harness import shared_content

KNOWLEDGE_DIR = DEFAULT_ROOT / "en" / "knowledge"


@pytest.fixture(scope="session")
def content() -> Content:
    return shared_content()


@pytest.fixture(scope="session")
def knowledge(content: Content) -> Knowledge:
    return content.knowledge
