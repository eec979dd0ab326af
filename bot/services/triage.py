"""Warning signs in a chat message and what the conversation does about them.

`assess(knowledge, text, ...)` screens the message (`bot.parsing.triage`) and reads the level
of each sign from the triage catalogue: the most urgent level, whether it ends the
conversation (`final`: nothing may follow an emergency or a same-day alert that suggests
waiting), whether to ask about the leg first, and the risk contexts named.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.content.knowledge import Knowledge, Level
from bot.parsing.cramp import tells_an_episode
from bot.parsing.triage.context import putting_off
from bot.parsing.triage.screen import Screening, screen

# Risk contexts of a moment (a journey, an operation, being laid up) that get a line of
# prevention when a message names one without any sign; states such as pregnancy don't.
SITUATIONS = ("journey", "surgery", "immobile")


@dataclass(frozen=True)
class Warning:
    """What the screen found in one message, with the catalogue's level."""

    signs: tuple[str, ...] = ()
    level: Level | None = None
    final: bool = False
    ask: bool = False
    other: bool = False
    risks: tuple[str, ...] = ()

    @property
    def situation(self) -> tuple[str, ...]:
        """Risk contexts of a moment named with no sign: worth a line of prevention."""
        return () if self.signs else tuple(r for r in self.risks if r in SITUATIONS)


def assess(knowledge: Knowledge, text: str, *, duration_s: int | None = None) -> Warning:
    """Screen a message and read its signs' levels from the catalogue."""
    found: Screening = screen(text, duration_s)
    level = knowledge.most_urgent(found.signs)
    entry = knowledge.level(level) if level is not None else None
    final = bool(entry and entry.final)
    return Warning(
        signs=found.signs,
        level=level,
        final=final,
        ask=found.ask and not final,
        other=found.other,
        risks=found.risks,
    )


def waits_or_cramps(text: str) -> bool:
    """Whether a message puts off getting help ("I'll see how it is tomorrow", "probably
    nothing") or tells of a cramp: after an alert, either gets the alert's level again."""
    return putting_off(text) or tells_an_episode(text)
