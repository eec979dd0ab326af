"""`python -m bot content-check`: validate the whole store and render every entry."""

from __future__ import annotations

from bot.content.html import placeholders, telegram_problem
from bot.content.loader import DEFAULT_ROOT, Content, load_content
from bot.services import cause_finder
from bot.views.check import check_question_view, check_result_view
from bot.views.knowledge import all_data, view_for
from bot.views.screen import Screen

MAX_CALLBACK_BYTES = 64
MAX_BUTTONS = 8  # per message: more does not fit a phone screen beside the text


def check_all() -> str:
    """Load every language, render every UI text and knowledge screen; return a summary."""
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
        screens = check_knowledge(content)
        commands = len(content.commands.commands)
        lines.append(
            f"{language}: {rendered} UI texts, {commands} commands, {screens} knowledge screens OK"
        )
    return "\n".join(lines)


def knowledge_screens(content: Content) -> dict[str, list[Screen]]:
    """Every knowledge screen, keyed by the data that opens it (cause-finder ones included)."""
    screens: dict[str, list[Screen]] = {}
    for data in all_data(content.knowledge):
        found = view_for(content, data)
        if found is None:
            raise ValueError(f"{data}: no screen")
        screens[data] = found
    state = cause_finder.start()
    total = len(cause_finder.questions(content.knowledge))
    for number in range(1, total + 1):
        screens[f"chk:question:{number}"] = check_question_view(content, state)
        state = cause_finder.answer(state, "u" if number % 2 else "n")
    screens["chk:result:mixed"] = check_question_view(content, state)
    for index, _ in enumerate(content.knowledge.check.screening):
        answers = ["n"] * index + ["y"]
        result = cause_finder.result(content.knowledge, answers)
        screens[f"chk:result:flag:{index}"] = check_result_view(content, result)
    return screens


def check_knowledge(content: Content) -> int:
    """Validate every knowledge screen with Telegram's rules; return how many there are."""
    count = 0
    for data, screens in knowledge_screens(content).items():
        for screen in screens:
            problem = telegram_problem(screen.text)
            if problem:
                raise ValueError(f"{data}: {problem}")
            buttons = sum(len(row) for row in screen.buttons)
            if buttons > MAX_BUTTONS:
                raise ValueError(f"{data}: {buttons} buttons, at most {MAX_BUTTONS} fit a phone")
            for row in screen.buttons:
                for label, callback in row:
                    if not label or not 1 <= len(callback.encode()) <= MAX_CALLBACK_BYTES:
                        raise ValueError(f"{data}: bad button {label!r} -> {callback!r}")
            count += 1
    return count
