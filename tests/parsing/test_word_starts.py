"""The word-start lookaheads of the busiest patterns (`\\b(?=\\w)`) change no match.

Each such pattern can only match from the first letter of a word; the lookahead says so to
the engine, which then passes every word end at once. Here each is compared with itself
without the lookahead over the corpora and tables, raw and normalised.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from bot.parsing import body, cramp, dates, episode, flags, severity
from bot.parsing.normalise import normalise
from bot.parsing.triage import lexicon

HERE = Path(__file__).resolve().parents[1]
LOOKAHEADS = (r"(?=\w)", r"(?=[\w'])", r"(?=[\w&])")
PATTERNS = {
    "body._MUSCLE_RE": body._MUSCLE_RE,
    "body._NOT_THE_CRAMP_RE": body._NOT_THE_CRAMP_RE,
    "cramp._OTHER_SIDE_TOO_RE": cramp._OTHER_SIDE_TOO_RE,
    "dates._MONTH_DAY_RE": dates._MONTH_DAY_RE,
    "episode.ACTIVITY_RE": episode.ACTIVITY_RE,
    "episode.CRAMP_WORD_RE": episode.CRAMP_WORD_RE,
    "episode.ONE_RE": episode.ONE_RE,
    "episode._EPISODE_WORDS_RE": episode._EPISODE_WORDS_RE,
    "episode._HABITUAL_RE": episode._HABITUAL_RE,
    "flags._TREATMENT_RE": flags._TREATMENT_RE,
    "lexicon.HISTORICAL": lexicon.HISTORICAL,
    "lexicon.OTHER": lexicon.OTHER,
    "lexicon.SELF": lexicon.SELF,
    "lexicon.SITES": lexicon.SITES,
    "severity._SEV_WORD_RE": severity._SEV_WORD_RE,
    **{f"lexicon.PATTERNS[{name}]": p for name, p in lexicon.PATTERNS.items()},
}


def _texts() -> list[str]:
    texts = []
    for path in (HERE / "corpus" / "dev.jsonl", HERE / "parsing" / "cases.jsonl"):
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    review = (HERE / "parsing" / "triage_review.txt").read_text(encoding="utf-8").splitlines()
    texts += [line.split("|", 1)[1] for line in review if "|" in line and line[0] != "#"]
    return [form for text in texts for form in (text.lower(), normalise(text))]


TEXTS = _texts()


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_a_word_start_lookahead_changes_no_match(name: str) -> None:
    pattern = PATTERNS[name]
    look = next(a for a in LOOKAHEADS if "\\b" + a in pattern.pattern)
    plain = re.compile(pattern.pattern.replace("\\b" + look, "\\b", 1), pattern.flags)
    assert len(TEXTS) > 1_000
    for text in TEXTS:
        found = [(m.span(), m.lastgroup) for m in pattern.finditer(text)]
        assert found == [(m.span(), m.lastgroup) for m in plain.finditer(text)], text
