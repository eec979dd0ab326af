"""Is a message written in a language the bot does not speak yet? (English only, for now.)

Two signals, both cheap and pure:
- script: most letters outside the Latin script (Cyrillic, Greek, Arabic, Hebrew, Devanagari,
  Thai, CJK, Hangul...) means another language;
- words: in Latin script, common function words and cramp words of Spanish, Portuguese,
  French, German, Italian, Dutch, Polish and Turkish that outnumber English ones.
A message of one or two words is never judged: "hola" alone is as likely a greeting as not.
"""

from __future__ import annotations

import re
import unicodedata
from typing import Final

_WORD_RE = re.compile(r"[^\W\d_]+", re.UNICODE)


def _words(*lines: str) -> frozenset[str]:
    return frozenset(" ".join(lines).split())


_ENGLISH: Final = _words(
    "the a an and or but my i me you it is was in on at of to for with this that have had",
    "has be been am are not no yes do did leg legs calf cramp cramps night last what how why",
    "when help please hi hello thanks",
)
_OTHER: Final = (
    _words(
        # Spanish
        "el la los las un una y o pero mi me tengo tenía es fue en con por para que de del al",
        "muy noche anoche pierna piernas pantorrilla calambre calambres dolor ayer hoy hola",
        "gracias qué cómo tuve",
        # Portuguese
        "o os as um uma e eu tenho tive é foi em com do da na no muito perna pernas",
        "panturrilha cãibra cãibras câimbra câimbras dor ontem hoje olá obrigado obrigada",
        # French
        "le les une et ou mais je j ai avais est était dans avec pour du au très nuit",
        "jambe jambes mollet crampe crampes douleur hier aujourd bonjour merci",
        # German
        "der die das ein eine und oder aber ich habe hatte ist war im mit für dass nicht",
        "sehr nacht bein beine wade krampf krämpfe schmerz gestern heute hallo danke",
        # Italian
        "il lo gli ho avevo è era nel per che di molto notte gamba gambe polpaccio",
        "crampo crampi dolore ieri oggi ciao grazie",
        # Dutch
        "het een of maar ik heb met voor dat niet erg been benen kuit kramp krampen pijn",
        "gisteren vandaag dank",
        # Polish, Turkish
        "w z na nie jest noga nogi łydka skurcz skurcze ból wczoraj dziś cześć dziękuję",
        "ve bir bu çok gece bacak bacağım ağrı dün bugün merhaba teşekkür",
    )
    - _ENGLISH
)


def _latin(char: str) -> bool:
    return "LATIN" in unicodedata.name(char, "")


def is_foreign(text: str) -> bool:
    """True when `text` looks written in a language other than English."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    if not text.isascii():
        non_latin = sum(1 for c in letters if not _latin(c))
        if non_latin * 2 > len(letters):
            return True
    words = [w.lower() for w in _WORD_RE.findall(text)]
    if len(words) < 3:
        return False
    other = sum(1 for w in words if w in _OTHER)
    english = sum(1 for w in words if w in _ENGLISH)
    return other >= 2 and other > english
