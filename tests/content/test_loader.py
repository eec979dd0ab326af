"""The content loader fails fast, naming the file and the field; every UI text renders."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from bot.content.errors import ContentError
from bot.content.html import Html, telegram_problem
from bot.content.loader import DEFAULT_ROOT, load_content
from bot.content_check import check_all


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A writable copy of the real content store."""
    shutil.copytree(DEFAULT_ROOT, tmp_path / "content")
    return tmp_path / "content"


def test_real_store_loads_and_every_text_renders() -> None:
    content = load_content()
    assert content.ui.templates
    assert "en:" in check_all()


def test_values_are_escaped_but_html_values_pass_through() -> None:
    content = load_content()
    text = content.text("timezone.invalid", value="<b>&evil")
    assert "&lt;b&gt;&amp;evil" in text
    assert telegram_problem(text) is None
    assert content.text("help.line", command=Html("x"), description="a<b").endswith("a&lt;b")


def test_missing_placeholder_value_is_an_error() -> None:
    with pytest.raises(KeyError, match="needs"):
        load_content().text("timezone.invalid")


@pytest.mark.parametrize(
    ("relative", "text", "field", "message"),
    [
        ("en/ui/common.yaml", "error: [1, 2]\n", "error", "non-empty string"),
        ("en/ui/common.yaml", "error: '<b>unclosed'\n", "error", "end tag"),
        ("en/ui/common.yaml", "Bad-Key: hello\n", "Bad-Key", "lower_case"),
        ("en/ui/common.yaml", "error: 'a {0'\n", "error", "placeholder"),
        ("en/ui/start.yaml", "welcome: [\n", "-", "invalid YAML"),
        (
            "en/commands.yaml",
            "commands:\n  - command: Start!\n    description: x y z\n",
            "commands.0.command",
            "pattern",
        ),
        (
            "en/commands.yaml",
            "commands:\n  - command: start\n    description: ok ok\n    extra: 1\n",
            "commands.0.extra",
            "Extra",
        ),
    ],
)
def test_broken_file_names_file_and_field(
    store: Path, relative: str, text: str, field: str, message: str
) -> None:
    path = store / relative
    if relative.endswith("commands.yaml") or "welcome" in text:
        path.write_text(text, encoding="utf-8")
    else:
        path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content(store, "en")
    assert caught.value.file.endswith(relative)
    assert caught.value.field == field
    assert message.lower() in caught.value.message.lower()


def test_a_file_that_is_not_utf8_names_the_file(store: Path) -> None:
    path = store / "en" / "ui" / "common.yaml"
    path.write_bytes(path.read_bytes() + b"extra: caf\xe9\n")
    with pytest.raises(ContentError, match="not UTF-8") as caught:
        load_content(store, "en")
    assert caught.value.file.endswith("common.yaml")


def test_missing_language_is_an_error(store: Path) -> None:
    with pytest.raises(ContentError, match="content directory is missing"):
        load_content(store, "xx")
