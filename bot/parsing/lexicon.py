"""Word tables the cramp parser reads from content (content/en/parsing/*.yaml).

The tables are data, not code: they are read once, on first use, and cached, so the
parser itself stays a pure function of its arguments. A table that breaks the contract
(the fixed severity anchors of PRODUCT.md) fails loudly at import of the parser.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Final

from bot.content.errors import ContentError
from bot.content.files import read_yaml
from bot.content.loader import DEFAULT_ROOT

SEVERITY_FILE: Final = DEFAULT_ROOT / "en" / "parsing" / "severity.yaml"

# The contract's fixed scale (PRODUCT.md): these words must keep these scores.
SEVERITY_ANCHORS: Final[dict[str, int]] = {
    "mild": 3,
    "moderate": 5,
    "bad": 7,
    "severe": 8,
    "excruciating": 10,
    "worst ever": 10,
}


@dataclass(frozen=True, slots=True)
class SeverityTable:
    """Severity words and phrases on the fixed 1-10 scale."""

    words: dict[str, int]
    amounts: dict[str, int]  # how much pain: like words, but not after a denial
    before_cramp: dict[str, int]
    negated: tuple[str, ...]
    negated_score: int
    outweighed_score: int  # a pain word on the losing side of a comparison
    intensifiers: tuple[str, ...]


def _scores(path: Path, data: object, key: str) -> dict[str, int]:
    table = data.get(key) if isinstance(data, dict) else None
    if not isinstance(table, dict) or not table:
        raise ContentError(path, key, "must be a mapping of word: score")
    out: dict[str, int] = {}
    for word, score in table.items():
        if not isinstance(word, str) or not word.strip():
            raise ContentError(path, f"{key}.{word}", "words are non-empty strings")
        if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 10:
            raise ContentError(path, f"{key}.{word}", "scores are integers 1-10")
        out[" ".join(word.lower().split())] = score
    return out


def _words(path: Path, data: object, key: str) -> tuple[str, ...]:
    items = data.get(key) if isinstance(data, dict) else None
    if not isinstance(items, list) or not all(isinstance(w, str) and w.strip() for w in items):
        raise ContentError(path, key, "must be a list of words")
    return tuple(" ".join(w.lower().split()) for w in items)


def _score(path: Path, data: object, key: str) -> int:
    score = data.get(key) if isinstance(data, dict) else None
    if not isinstance(score, int) or isinstance(score, bool) or not 1 <= score <= 10:
        raise ContentError(path, key, "must be an integer 1-10")
    return score


def load_severity_table(path: Path = SEVERITY_FILE) -> SeverityTable:
    """Read and check a severity table; raises ContentError naming the file and key."""
    data = read_yaml(path)
    words = _scores(path, data, "words")
    for word, score in SEVERITY_ANCHORS.items():
        if words.get(word) != score:
            raise ContentError(path, f"words.{word}", f"the contract fixes it at {score}")
    return SeverityTable(
        words=words,
        amounts=_scores(path, data, "amounts"),
        before_cramp=_scores(path, data, "before_cramp"),
        negated=_words(path, data, "negated"),
        negated_score=_score(path, data, "negated_score"),
        outweighed_score=_score(path, data, "outweighed_score"),
        intensifiers=_words(path, data, "intensifiers"),
    )


@cache
def severity_table() -> SeverityTable:
    """The severity table of content/en, read once."""
    return load_severity_table()
