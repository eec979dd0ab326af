"""Quality gates on the knowledge content itself."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from bot.content.errors import ContentError
from bot.content.knowledge import LEVELS, Knowledge, load_knowledge
from bot.content.knowledge_refs import walk_sources
from tests.knowledge.conftest import KNOWLEDGE_DIR

ID_RE = re.compile(r"^[a-z0-9_]{1,32}$")
# Doses, amounts and laboratory values: a number followed by a unit, or a comparison.
DOSE_RE = re.compile(
    r"\d+(?:[.,]\d+)?\s*(?:mg|µg|μg|mcg|micrograms?|milligrams?|pmol|nmol|ng/ml|iu|mmol|g/dl)\b"
    r"|[<>≤≥]\s*\d|\btake\s+\d",
    re.IGNORECASE,
)
INTAKE_TABLE = re.compile(r"^b12\.yaml:parts\.\d+\.table\.\d+\.amount$")


def strings(value: Any, where: str) -> Iterator[tuple[str, str]]:
    """Every string in parsed YAML with its location `file:dotted.path`."""
    if isinstance(value, str):
        yield where, value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from strings(item, f"{where}{'.' if not where.endswith(':') else ''}{key}")
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from strings(item, f"{where}.{index}")


def all_strings() -> list[tuple[str, str]]:
    found = []
    for path in sorted(KNOWLEDGE_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        found += list(strings(data, f"{path.name}:"))
    return found


def test_scan_sees_the_intake_table() -> None:
    hits = [where for where, text in all_strings() if DOSE_RE.search(text)]
    assert hits, "the dose scan must at least see the B12 intake table"
    assert all(INTAKE_TABLE.match(where) for where in hits), hits


@pytest.mark.parametrize(
    "text", ["take 400 mg", "2.4 mcg", "below 200 pmol/L", "150 ng/mL", "1000 IU", "< 148"]
)
def test_scan_catches_doses_and_thresholds(text: str) -> None:
    assert DOSE_RE.search(text)


def test_every_cause_has_sources_that_resolve(knowledge: Knowledge) -> None:
    for cause in knowledge.causes.causes:
        assert cause.source_ids(), cause.id
        assert set(cause.source_ids()) <= knowledge.sources.keys()


def test_every_source_id_resolves(knowledge: Knowledge) -> None:
    models = [knowledge.causes, knowledge.triage, knowledge.symptoms, knowledge.evidence,
              knowledge.b12, knowledge.foods, knowledge.prevent, knowledge.check]  # fmt: skip
    cited = {s for model in models for _, ids in walk_sources(model) for s in ids}
    assert cited <= knowledge.sources.keys()
    assert len(cited) >= 20


def test_required_causes_exist(knowledge: Knowledge) -> None:
    ids = {c.id for c in knowledge.causes.causes}
    assert ids >= {
        "dehydration", "low_magnesium", "low_potassium", "low_calcium", "overexertion",
        "circulation", "lumbar_stenosis", "medications", "pregnancy", "b12_deficiency",
        "ageing", "sitting_standing", "alcohol_stimulants", "conditions",
    }  # fmt: skip
    assert all(ID_RE.match(i) for i in ids)


def test_sources_are_real_public_pages(knowledge: Knowledge) -> None:
    for source in knowledge.sources.values():
        assert source.url is None or source.url.startswith("https://")
    hosts = " ".join(s.url for s in knowledge.sources.values() if s.url)
    for host in ("mayoclinic.org", "nhs.uk", "merckmanuals.com", "aafp.org", "ods.od.nih.gov"):
        assert host in hosts


def test_red_flag_levels_emergency_first(knowledge: Knowledge) -> None:
    assert tuple(level.level for level in knowledge.triage.levels) == LEVELS == (
        "emergency", "today", "book",
    )  # fmt: skip
    ids = [s.id for s in knowledge.triage.signs]
    assert len(ids) == len(set(ids))
    for needed in ("dvt", "cold_leg", "cauda_equina", "tetanus", "poisoning", "statin"):
        assert needed in ids
    # ids stored with cramps logged before the catalogue still resolve
    for old in ("swelling", "numbness", "long_duration", "toxin", "chest_arms_belly"):
        assert knowledge.flag(old) is not None, old
    assert knowledge.most_urgent(["one_leg_pain_with_swelling"]) == "today"


def test_b12_cause_is_not_established_and_via_nerves(knowledge: Knowledge) -> None:
    cause = knowledge.cause("b12_deficiency")
    assert cause is not None
    assert cause.evidence.grade in ("not_established", "weak")
    text = f"{cause.summary} {cause.mechanism.text}".lower()
    assert "possible" in text
    assert "nerve" in text


def test_magnesium_only_with_confirmed_deficiency(knowledge: Knowledge) -> None:
    item = knowledge.evidence_item("magnesium")
    assert item is not None
    assert "probably does not help" in item.verdict.text
    assert "for a deficiency a doctor has confirmed" in item.verdict.text
    assert {"cochrane_mg_2020", "roguin_maor_2017"} <= set(item.verdict.sources)
    cause = knowledge.cause("low_magnesium")
    assert cause is not None
    assert "only when a deficiency is confirmed" in cause.action.text


def test_quinine_not_for_routine_use(knowledge: Knowledge) -> None:
    item = knowledge.evidence_item("quinine")
    assert item is not None
    assert "not for routine use" in item.verdict.text.lower()


def test_chan_trial_is_1998_and_b_complex(knowledge: Knowledge) -> None:
    chan = knowledge.sources["chan_1998"]
    assert chan.year == 1998
    assert "1998" in chan.title
    assert "B complex" in chan.title
    for where, text in all_strings():
        if "Chan" in text and "trial" in text:
            assert "1998" in text, where
            assert "B-complex" in text or "B complex" in text, where
        assert "2001" not in text, where


def test_stretching_evidence_is_called_mixed_and_low_certainty(knowledge: Knowledge) -> None:
    """Medical review M4: one trial helped, a larger one did not; the review is low certainty."""
    evidence = knowledge.prevent.routine.evidence
    assert "2021 Cochrane review" in evidence.text
    assert "low certainty" in evidence.text
    assert "reaffirmed 2016" in evidence.text
    assert "came before this trial" not in evidence.text
    assert {"cochrane_nondrug_2021", "aan_2010"} <= set(evidence.sources)
    result = knowledge.prevent.routine.result
    assert "mixed" in result.text and "coppin_2005" in result.sources
    stretching = knowledge.evidence_item("stretching")
    assert stretching is not None
    assert stretching.grade.grade == "weak"


def copy_store(tmp_path: Path) -> Path:
    target = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, target)
    return target


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


BROKEN = [
    ("causes.yaml", "grade: weak", "grade: maybe", "causes.0.evidence.grade"),
    ("causes.yaml", "[mayo_cramp, nhs_cramps]", "[mayo_cramp, nowhere]",
     "causes.0.mechanism.sources"),
    ("causes.yaml", "  - id: low_magnesium", "  - id: dehydration", "causes.1.id"),
    ("causes.yaml", "red_flags: [fluid_loss, heatstroke]", "red_flags: [nope]",
     "causes.0.red_flags"),
    ("causes.yaml", "  - id: dehydration", "  - id: Bad-Id", "causes.0.id"),
    ("triage.yaml", "  - level: today", "  - level: book", "levels"),
    ("triage.yaml", "  - id: wound", "  - id: dvt", "signs.11"),
    ("triage.yaml", "level: book\n    text: \"Cramps with heavy",
     "level: soon\n    text: \"Cramps with heavy", "signs.25.level"),
    ("check.yaml", "weights: {dehydration: 3}", "weights: {thirst: 3}", "questions.15.weights"),
    ("check.yaml", "    level: emergency", "    level: urgent", "screening.0.level"),
    ("check.yaml", "weights: {ageing: 2}", "weights: {b12_deficiency: 2}",
     "questions.3.weights"),
    ("check.yaml", "skip_if: [over_50]", "skip_if: [tingling]", "questions.4.skip_if"),
    ("check.yaml", "signs: [statin]", "signs: [statins]", "questions.9.signs"),
    ("topics.yaml", "target: foods", "target: cause:nothing", "topics.14.target"),
    ("symptoms.yaml", "causes: [circulation]", "causes: [blood]", "rows.0.causes"),
    ("sources.yaml", "  - id: mayo_night", "  - id: mayo_cramp", "sources.1.id"),
    ("b12.yaml", "  - id: signs", "  - id: role", "parts.1.id"),
    ("causes.yaml", "    group: everyday", "    group: elsewhere", "causes.0.group"),
    ("causes.yaml", "  - id: life", "  - id: lonely", "groups.4"),
    ("causes.yaml", "  - id: medicines", "  - id: everyday", "groups.1.id"),
    ("topics.yaml", "target: prevent:now", "target: prevent:later", "topics.40.target"),
]  # fmt: skip


@pytest.mark.parametrize(("file", "old", "new", "field"), BROKEN)
def test_broken_file_names_file_and_field(
    tmp_path: Path, file: str, old: str, new: str, field: str
) -> None:
    base = copy_store(tmp_path)
    edit(base / file, old, new)
    with pytest.raises(ContentError) as caught:
        load_knowledge(base)
    assert Path(caught.value.file).name == file
    assert caught.value.field == field


def test_missing_file(tmp_path: Path) -> None:
    base = copy_store(tmp_path)
    (base / "foods.yaml").unlink()
    with pytest.raises(ContentError, match="file is missing") as caught:
        load_knowledge(base)
    assert caught.value.file.endswith("foods.yaml")
