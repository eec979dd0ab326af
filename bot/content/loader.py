"""Load and validate content/<lang>/ at start-up; fail fast naming the file and the field."""

from __future__ import annotations

import html
from dataclasses import dataclass, field
from pathlib import Path

from bot.content.errors import ContentError
from bot.content.files import load_model, read_yaml
from bot.content.html import Html, placeholders, render, telegram_problem
from bot.content.knowledge import Knowledge, load_knowledge
from bot.content.schemas import KEY_RE, Commands

__all__ = ["DEFAULT_ROOT", "Content", "UiTexts", "load_content", "load_model", "read_yaml"]
DEFAULT_ROOT = Path(__file__).resolve().parents[2] / "content"


@dataclass(frozen=True)
class UiTexts:
    """Every UI string, keyed `file.key`, each a template with `{placeholders}`."""

    templates: dict[str, str]
    # key -> (template, the placeholders it needs, the text when it needs none), built once:
    # texts are rendered several times in every update, and parsing a template is most of it
    _compiled: dict[str, tuple[str, frozenset[str], Html | None]] = field(
        init=False, repr=False, compare=False
    )
    _labels: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        compiled = {}
        for key, template in self.templates.items():
            needs = frozenset(placeholders(template))
            compiled[key] = (template, needs, None if needs else render(template, {}))
        object.__setattr__(self, "_compiled", compiled)
        object.__setattr__(self, "_labels", {})

    def text(self, key: str, /, **values: object) -> Html:
        """Render the template `key` with escaped values."""
        try:
            template, needs, fixed = self._compiled[key]
        except KeyError:
            raise KeyError(f"no UI text {key!r} in content") from None
        if fixed is not None:
            return fixed
        if not needs <= values.keys():
            raise KeyError(f"UI text {key!r} needs {sorted(needs - values.keys())}")
        return render(template, values)

    def label(self, key: str, /, **values: object) -> str:
        """The text `key` as plain text (kept when it takes no values)."""
        if values:
            return html.unescape(self.text(key, **values))
        found = self._labels.get(key)
        if found is None:
            found = self._labels[key] = html.unescape(self.text(key))
        return found


def _sample_values(template: str) -> dict[str, object]:
    return {name: "x" for name in placeholders(template)}


def load_ui(directory: Path) -> UiTexts:
    """Load every content/<lang>/ui/*.yaml into one UiTexts, checking each template."""
    templates: dict[str, str] = {}
    files = sorted(directory.glob("*.yaml"))
    if not files:
        raise ContentError(directory, "-", "no UI text files")
    for path in files:
        data = read_yaml(path)
        if not isinstance(data, dict):
            raise ContentError(path, "-", "must be a mapping of key: text")
        for key, value in data.items():
            if not isinstance(key, str) or not KEY_RE.match(key):
                raise ContentError(path, str(key), "keys are lower_case_with_underscores")
            if not isinstance(value, str) or not value.strip():
                raise ContentError(path, key, "must be a non-empty string")
            try:
                sample = render(value.strip(), _sample_values(value))
            except (ValueError, IndexError) as exc:
                raise ContentError(path, key, f"bad placeholder: {exc}") from exc
            problem = telegram_problem(sample)
            if problem:
                raise ContentError(path, key, problem)
            full = f"{path.stem}.{key}"
            templates[full] = value.strip()
    return UiTexts(templates)


@dataclass(frozen=True)
class Content:
    """The whole validated content store for one language."""

    root: Path
    language: str
    ui: UiTexts
    commands: Commands
    knowledge: Knowledge

    def text(self, key: str, /, **values: object) -> Html:
        """Shortcut for `ui.text`."""
        return self.ui.text(key, **values)

    def label(self, key: str, /, **values: object) -> str:
        """A UI text as plain text, for button labels (Telegram does not parse them)."""
        return self.ui.label(key, **values)


def load_content(root: Path = DEFAULT_ROOT, language: str = "en") -> Content:
    """Load and validate the content store; raises ContentError on the first problem."""
    base = root / language
    if not base.is_dir():
        raise ContentError(base, "-", "content directory is missing")
    return Content(
        root=root,
        language=language,
        ui=load_ui(base / "ui"),
        commands=load_model(base / "commands.yaml", Commands),
        knowledge=load_knowledge(base / "knowledge"),
    )
