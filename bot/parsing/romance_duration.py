"""How long a cramp lasted, told in Spanish, Portuguese, Italian or French inside an English
message, as people who speak two languages write: "cramp at 4:15 in my left foot, como un
minuto", "dos minutos", "unos segundos", "uma hora e meia", "une minute".

Only a length with a clear number (small number words, digits, a half) or "a few" ("unos
segundos", "quelques minutes", the English "a few": 5 seconds, 3 minutes) is read. A time
ago ("hace 10 minutos", "10 minuti fa", "il y a une heure") and a time after something
("después de una hora") are not lengths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Final

_NUMBERS: Final[dict[str, int]] = {
    **dict.fromkeys(("un", "una", "uno", "um", "uma", "une", "un'"), 1),
    **dict.fromkeys(("dos", "dois", "duas", "deux", "due"), 2),
    **dict.fromkeys(("tres", "três", "trois", "tre"), 3),
    **dict.fromkeys(("cuatro", "quatro", "quattro", "quatre"), 4),
    **dict.fromkeys(("cinco", "cinque", "cinq"), 5),
    **dict.fromkeys(("diez", "dez", "dieci", "dix"), 10),
    **dict.fromkeys(("quince", "quinze", "quindici"), 15),
    **dict.fromkeys(("veinte", "vinte", "venti", "vingt"), 20),
    **dict.fromkeys(("treinta", "trinta", "trenta", "trente"), 30),
}
_FEW: Final = ("unos", "unas", "uns", "umas", "algunos", "algunas", "alguns", "algumas",
               "unos pocos", "unas pocas", "pochi", "alcuni", "qualche", "quelques")  # fmt: skip
# Seconds in one of each unit; French "minute(s)" only after a French number word (digits
# and "minutes" are English, read by the English reader).
_UNITS: Final[dict[str, int]] = {
    **dict.fromkeys(("segundo", "segundos", "secondo", "secondi", "seconde", "secondes"), 1),
    **dict.fromkeys(("minuto", "minutos", "minuti", "minute", "minutes"), 60),
    **dict.fromkeys(("hora", "horas", "ora", "ore", "heure", "heures"), 3600),
}
_FEW_SECONDS, _FEW_MINUTES = 5, 3  # as the English "a few seconds", "a few minutes"


def _alternation(words: Iterable[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


_ABOUT = (
    r"(?:como|unos|unas|casi|cerca\s+de|m[aá]s\s+o\s+menos|tipo|quase|uns|umas|cerca\s+di|circa"
    r"|quasi|environ|presque|à\s+peu\s+près|durante|por|per|pendant|dur[oó]u?|durou|durato"
    r"|a\s+duré)"
)
_HALF_AFTER = r"(?P<half>\s+(?:y|e|et)\s+(?:medio|media|meio|meia|mezzo|mezza|demie?))?"
_ROMANCE_RE: Final = re.compile(
    rf"(?<![\w'])(?P<about>{_ABOUT}\s+)?(?:"
    # "un minuto", "dos minutos", "30 segundos", "un minuto y medio", "un'ora"
    rf"(?P<n>\d{{1,3}}|{_alternation(_NUMBERS)})\s*(?P<unit>{_alternation(_UNITS)})\b{_HALF_AFTER}"
    # "unos segundos", "quelques minutes"
    rf"|(?P<few>{_alternation(_FEW)})\s+(?P<funit>{_alternation(_UNITS)})\b"
    # "media hora", "meia hora", "mezz'ora", "une demi-heure"
    r"|(?P<halfhour>media\s+hora|meia\s+hora|mezz'\s*ora|mezza\s+ora|(?:une\s+)?demi-?\s*heure))"
)
# A time ago, after something or ahead: "hace un minuto", "há dois minutos", "il y a une
# heure", "después de una hora", "dentro de una hora"; "10 minuti fa", "dos minutos atrás".
_AGO_BEFORE_RE: Final = re.compile(
    r"(?<!\w)(?:hace|há|faz|il\s+y\s+a|después\s+de|despues\s+de|depois\s+de|dopo|après|apres"
    r"|dentro\s+de)\s+$"
)
_AGO_AFTER_RE: Final = re.compile(r"\s+(?:fa|atrás|atras|antes|plus\s+tard|después|depois|dopo)\b")
_FRENCH_ONLY: Final = frozenset(("minute", "minutes"))
_FRENCH_NUMBERS: Final = frozenset(("une", "deux", "trois", "quatre", "cinq", "dix", "quinze",
                                    "vingt", "trente"))  # fmt: skip


def romance_durations(text: str) -> list[tuple[int, bool, int]]:
    """(start, cued, seconds) of each length told in a Romance language in normalised `text`;
    `cued`: told with "about" or "for" in that language ("como un minuto", "durante dos")."""
    found: list[tuple[int, bool, int]] = []
    for m in _ROMANCE_RE.finditer(text):
        start = m.start("about") if m.group("about") else m.start()
        if _AGO_BEFORE_RE.search(text, max(0, start - 20), start) or _AGO_AFTER_RE.match(
            text, m.end()
        ):
            continue
        if m.group("halfhour"):
            seconds = 1800
        elif m.group("few"):
            each = _UNITS[m.group("funit")]
            seconds = _FEW_SECONDS if each == 1 else _FEW_MINUTES * each
        else:
            number, unit = m.group("n"), m.group("unit")
            if unit in _FRENCH_ONLY and number not in _FRENCH_NUMBERS:
                continue  # "2 minutes", "one minute": English, read by the English reader
            each = _UNITS[unit]
            count = int(number) if number.isdigit() else _NUMBERS[number]
            seconds = count * each + (each // 2 if m.group("half") else 0)
        found.append((start, m.group("about") is not None, seconds))
    return found
