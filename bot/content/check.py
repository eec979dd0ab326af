"""`python -m bot content-check`: validate the whole store and render every entry."""

from __future__ import annotations

from bot.content.html import placeholders, telegram_problem
from bot.content.loader import DEFAULT_ROOT, load_content


def check_all() -> str:
    """Load every language, render every UI text with sample values; return a summary."""
    languages = sorted(p.name for p in DEFAULT_ROOT.iterdir() if p.is_dir())
    lines = []
    for language in languages:
        content = load_content(DEFAULT_ROOT, language)
        rendered = 0
        for key, template in content.ui.templates.items():
            text = content.text(key, **{name: "<&>" for name in placeholders(template)})
            problem = telegram_problem(text)
            if problem:
                raise ValueError(f"{key}: {problem}")
            rendered += 1
        lines.append(
            f"{language}: {rendered} UI texts, {len(content.commands.commands)} commands OK"
        )
    return "\n".join(lines)
