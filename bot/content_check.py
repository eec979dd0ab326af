"""`python -m bot content-check`: validate the whole store and render every entry."""

from __future__ import annotations

from bot.content.html import placeholders, telegram_problem
from bot.content.loader import DEFAULT_ROOT, Content, load_content
from bot.reminders.kinds import KINDS, ordered
from bot.services import cause_finder
from bot.services.cause_finder import Question
from bot.views.check import MAX_BUTTONS, MAX_QUESTION_CHARS, check_question_view, question_view
from bot.views.knowledge import all_data, view_for
from bot.views.pages import visible_length
from bot.views.screen import Screen

MAX_CALLBACK_BYTES = 64


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
        check_kinds(content)
        check_answer_words(content)
        screens = check_knowledge(content)
        commands = len(content.commands.commands)
        lines.append(
            f"{language}: {rendered} UI texts, {commands} commands, {screens} knowledge screens OK"
        )
    return "\n".join(lines)


KIND_TEXTS = ("name", "forms", "menu", "button_remind", "message")


def check_kinds(content: Content) -> None:
    """Every reminder kind has its texts, and the knowledge offers only kinds that exist."""
    for of in ordered():
        missing = [k for k in KIND_TEXTS if f"{of.content}.{k}" not in content.ui.templates]
        if missing:
            raise ValueError(f"reminder kind {of.name!r}: no text {of.content}.{missing[0]}")
    k = content.knowledge
    named = {*k.check.no_pointer.reminders}
    named.update(r for cause in k.causes.causes for r in cause.reminders)
    unknown = sorted(named - set(KINDS))
    if unknown:
        raise ValueError(f"knowledge offers unknown reminder kinds: {', '.join(unknown)}")


def check_answer_words(content: Content) -> None:
    """Every cause-finder question has its words in the visit brief (visit.yaml): a medicine
    (`medicine_<id>`) or another answer (`answer_<id>`)."""
    templates = content.ui.templates
    for question in content.knowledge.check.questions:
        if not {f"visit.medicine_{question.id}", f"visit.answer_{question.id}"} & templates.keys():
            raise ValueError(f"cause-finder question {question.id!r}: no visit.answer_ text")


def knowledge_screens(content: Content) -> dict[str, list[Screen]]:
    """Every knowledge screen, keyed by the data that opens it (cause-finder ones included)."""
    screens: dict[str, list[Screen]] = {}
    for data in all_data(content.knowledge):
        found = view_for(content, data)
        if found is None:
            raise ValueError(f"{data}: no screen")
        screens[data.pack()] = found
    for name, run in finder_runs(content).items():
        state = cause_finder.start()
        for value in run:
            step = cause_finder.current(content.knowledge, state)
            if step is None:
                break
            screens[f"chk:{name}:question:{step.number}"] = check_question_view(content, state)
            state = cause_finder.answer(content.knowledge, state, value)
        screens[f"chk:{name}:result"] = check_question_view(content, state)
    check = content.knowledge.check
    every: list[Question] = [*check.screening, *check.questions]
    for question in every:  # the first question carries the intro; later ones a Back button
        for number in (1, check.max_questions):
            screens[f"chk:question:{question.id}:{number}"] = question_view(
                content, number, question
            )
    return screens


def finder_runs(content: Content) -> dict[str, list[str]]:
    """Answer sequences that reach every cause-finder question and kind of result."""
    screening = len(content.knowledge.check.screening)
    runs = {f"flag{index}": ["n"] * index + ["y"] for index in range(screening)}
    for name, value in (("no", "n"), ("yes", "y"), ("unsure", "u")):
        runs[name] = ["n"] * screening + [value] * len(content.knowledge.check.questions)
    runs["mixed"] = ["n", "u"] + ["y", "n", "u"] * len(content.knowledge.check.questions)
    return runs


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
            if data.startswith("chk:"):
                _phone_sized(data, screen)
            count += 1
    return count


def _phone_sized(data: str, screen: Screen) -> None:
    """A cause-finder message fits a phone: a short question, at most 8 buttons."""
    if ":question:" in data and visible_length(screen.text) >= MAX_QUESTION_CHARS:
        raise ValueError(f"{data}: over {MAX_QUESTION_CHARS} characters")
    if sum(len(row) for row in screen.buttons) > MAX_BUTTONS:
        raise ValueError(f"{data}: over {MAX_BUTTONS} buttons")
