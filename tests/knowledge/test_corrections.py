"""The medical content corrections and plain words, pinned on the rendered screens."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from bot.content.errors import ContentError
from bot.content.knowledge import Source, load_knowledge
from bot.content.loader import DEFAULT_ROOT, Content
from bot.views import knowledge as views
from bot.views.knowledge_data import KnowledgeData, SourcesData
from tests.fakes.knowledge import at
from tests.knowledge.conftest import KNOWLEDGE_DIR

CONTENT_DIR = DEFAULT_ROOT


# "<i>(AAN 2010; NHS)</i>" after a claim: the short names of its sources.
CITATION = re.compile(r" ?<i>\([^<]*\)</i>")


def screen_text(
    content: Content, data: str | KnowledgeData | SourcesData, *, citations: bool = True
) -> str:
    """Every page a knowledge button opens, joined, as the user reads it (no tags)."""
    screens = views.view_for(content, at(data) if isinstance(data, str) else data)
    assert screens is not None, data
    text = "\n".join(s.text for s in screens)
    if not citations:
        text = CITATION.sub("", text)
    return html.unescape(re.sub(r"<[^>]+>", "", text))


def user_screens(content: Content) -> dict[str, str]:
    """Every knowledge screen but the sources lists, without the source names after claims:
    those name sources, and the Sources screen spells them out."""
    return {
        data.pack(): screen_text(content, data, citations=False)
        for data in views.all_data(content.knowledge)
        if isinstance(data, KnowledgeData)
    }


def content_files() -> list[Path]:
    return sorted(p for p in CONTENT_DIR.rglob("*") if p.is_file())


def everything_in_content() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in content_files())


# --- 3. Content corrections -------------------------------------------------------------


def test_no_foods_that_help_anywhere_in_content(content: Content) -> None:
    assert content_files()
    for path in content_files():
        assert "foods that help" not in path.read_text(encoding="utf-8").lower(), path
    title = screen_text(content, "foods").splitlines()[0]
    assert title == "Foods rich in B12, magnesium and potassium"


def test_b12_screens_send_people_with_signs_for_a_blood_test_before_supplements(
    content: Content,
) -> None:
    """Medical review M3: vegans need B12, but signs of a deficiency come to a doctor first."""
    for data in ("b12", "foods", "b12:risk"):
        text = screen_text(content, data)
        assert "vegans" in text.lower(), data
        assert "fortified foods or a B12 supplement" in text, data
        assert "blood test" in text, data
        assert not re.search(r"without waiting for a diagnosis|no need to wait|no diagnosis", text)
    for data in ("b12", "foods"):
        # The over-50s advice is the US Institute of Medicine's, not the NHS's.
        assert "US guidance adds" in screen_text(content, data), data
    k = content.knowledge
    for claim in (k.b12.summary, k.foods.intro):
        assert {"nih_ods_b12", "nhs_vegan"} <= set(claim.sources)


def test_confirmed_deficiency_rule_is_for_magnesium_and_potassium_only(content: Content) -> None:
    intro = content.knowledge.foods.intro.text
    assert "Supplements are for a deficiency a doctor has confirmed" not in intro
    assert "Magnesium and potassium supplements are for a deficiency a doctor has confirmed" in (
        intro
    )
    assert "B12 is different" in intro
    b12 = next(g for g in content.knowledge.foods.groups if g.id == "b12")
    assert "blood test first" in b12.note
    assert "don't treat yourself without a diagnosis" not in everything_in_content()


def test_dehydration_is_weak_and_softened(content: Content) -> None:
    cause = content.knowledge.cause("dehydration")
    assert cause is not None
    assert cause.evidence.grade == "weak"
    assert "When the body is low on fluid, muscles are more likely to cramp" not in (
        cause.mechanism.text
    )
    assert "may make cramps more likely" in cause.mechanism.text
    assert "Evidence: weak." in screen_text(content, "cause:dehydration")


def test_overexertion_fatigue_is_thought_to_play_a_part(content: Content) -> None:
    cause = content.knowledge.cause("overexertion")
    assert cause is not None
    assert "thought to play a part" in cause.mechanism.text
    assert "afp_2012" in cause.mechanism.sources
    assert "most likely reason" not in cause.summary


def test_remedy_evidence_lines_are_verdicts_not_bare_grades(content: Content) -> None:
    quinine = screen_text(content, "ev:quinine")
    assert "Evidence: works a little; not safe for routine use." in quinine
    assert "Evidence: strong" not in quinine
    item = content.knowledge.evidence_item("quinine")
    assert item is not None
    assert {"aan_2010", "fda_2006"} <= set(item.grade.sources)
    magnesium = screen_text(content, "ev:magnesium")
    assert "Evidence: probably does not help ordinary cramps." in magnesium
    bare = re.compile(r"Evidence: (strong|moderate|weak|not established)\.")
    for item in content.knowledge.evidence.items:
        text = screen_text(content, f"ev:{item.id}")
        assert not bare.search(text), item.id
        assert f"Evidence: {item.grade.label}." in text, item.id


def test_cochrane_magnesium_numbers() -> None:
    claims = [line for line in everything_in_content().splitlines() if "text:" in line]
    with_effect = [c for c in claims if "0.18" in c]
    assert with_effect
    for claim in with_effect:
        assert "5 trials (307 people)" in claim
    for claim in claims:
        if "735" in claim or "11 trials" in claim:
            assert "whole review" in claim and "pregnancy included" in claim


def test_no_injection_schedule() -> None:
    text = everything_in_content()
    for phrase in ("every 2-3 months", "every 2–3 months", "2-3 months", "for life"):
        assert phrase not in text


def test_injection_schedule_is_the_doctors(content: Content) -> None:
    assert "your doctor's decision" in screen_text(content, "b12:treatment")


def test_we_found_no_major_health_source_wording(content: Content) -> None:
    text = everything_in_content()
    for phrase in ("No authoritative source", "No major source", "no major source says"):
        assert phrase.lower() not in text.lower()
    for data in ("b12", "b12:cramps", "cause:b12_deficiency"):
        assert "we found no major health source that lists" in screen_text(content, data).lower()


def test_b_complex_and_potassium_cautions(content: Content) -> None:
    b_complex = screen_text(content, "ev:b_complex")
    assert "Ask your doctor before taking one" in b_complex
    assert "Ask your doctor before taking one" in screen_text(content, "b12:cramps")
    potassium = screen_text(content, "ev:potassium")
    assert "kidney disease" in potassium
    assert "raises potassium" in potassium
    assert "medicines that raise potassium" in screen_text(content, "foods")


def test_stretching_cites_the_2021_cochrane_review(content: Content) -> None:
    """Medical review M4: the trial that found no benefit is named, and the grade is low."""
    item = content.knowledge.evidence_item("stretching")
    assert item is not None
    cited = {s for p in item.points for s in p.sources}
    assert {"cochrane_nondrug_2021", "coppin_2005", "hallegraeff_2012"} <= cited
    text = screen_text(content, "ev:stretching")
    assert "2021 Cochrane review" in text
    assert "low certainty" in text
    assert "did not reduce cramps" in text
    assert "mixed" in text
    assert "reaffirmed 2016" in text
    prevent = content.knowledge.prevent.routine.evidence
    assert "before this trial" not in prevent.text
    assert "cochrane_nondrug_2021" in prevent.sources
    source = content.knowledge.sources["cochrane_nondrug_2021"]
    assert source.url == "https://doi.org/10.1002/14651858.CD008496.pub3"


def test_checkup_interval_is_the_users_choice(content: Content) -> None:
    templates = content.ui.templates
    assert "not medical advice" in templates["reminders.menu"]
    assert "your choice, not medical advice" in templates["kind_checkup.interval_note"]
    assert "usual times" not in templates["reminders.menu"]


# --- Sources ----------------------------------------------------------------------------

DOI = re.compile(r"^https://doi\.org/10\.\d{4,9}/\S+$")
PUBMED = re.compile(r"^https://pubmed\.ncbi\.nlm\.nih\.gov/\d+/?$")
OFFICIAL_HOSTS = (
    "www.mayoclinic.org", "www.nhs.uk", "www.merckmanuals.com", "medlineplus.gov",
    "my.clevelandclinic.org", "www.aafp.org", "ods.od.nih.gov", "nap.nationalacademies.org",
    "www.federalregister.gov", "www.fda.gov", "www.ecfr.gov", "health.clevelandclinic.org",
    "www.clinicalguidelines.scot.nhs.uk", "clinicaltrials.gov", "www.nth.nhs.uk",
)  # fmt: skip
SEARCHY = re.compile(r"\?|search|[?&](term|q|query)=|/results", re.IGNORECASE)
FULL_CITATION = re.compile(r"\b(19|20)\d{2};\d+\(\d+\):\d+-\d+")


def stable_identifier_problem(source: Source) -> str | None:
    """Why a source has no stable identifier, or None when it has one."""
    if source.url is None:
        if source.kind == "article" and FULL_CITATION.search(source.title):
            return None
        return "no url and no full journal citation"
    if SEARCHY.search(source.url):
        return "a search URL"
    if DOI.match(source.url) or PUBMED.match(source.url):
        return None
    host = source.url.removeprefix("https://").split("/")[0]
    return None if host in OFFICIAL_HOSTS else f"not an official page: {host}"


def test_every_source_has_a_stable_identifier(content: Content) -> None:
    for source in content.knowledge.sources.values():
        assert stable_identifier_problem(source) is None, (source.id, source.url)


def test_the_identifier_check_can_fail() -> None:
    base = {"id": "x", "short": "X", "title": "X", "publisher": "X", "year": 2020}
    search = Source.model_construct(
        **base, kind="article", url="https://pubmed.ncbi.nlm.nih.gov/?term=leg+cramps"
    )
    assert stable_identifier_problem(search) == "a search URL"
    bare = Source.model_construct(**base, kind="page", url=None)
    assert stable_identifier_problem(bare) is not None
    blog = Source.model_construct(**base, kind="page", url="https://example.com/cramps")
    assert stable_identifier_problem(blog) is not None


@pytest.mark.parametrize(
    "url",
    [
        "https://pubmed.ncbi.nlm.nih.gov/?term=Chan+P+vitamin+B",
        "https://www.google.com/search?q=leg+cramps",
        "https://www.nhs.uk/search/results?q=cramps",
    ],
)
def test_loader_refuses_a_search_url(tmp_path: Path, url: str) -> None:
    base = tmp_path / "knowledge"
    shutil.copytree(KNOWLEDGE_DIR, base)
    sources = base / "sources.yaml"
    text = sources.read_text(encoding="utf-8")
    old = "url: https://www.nhs.uk/conditions/leg-cramps/"
    assert old in text
    sources.write_text(text.replace(old, f"url: {url}"), encoding="utf-8")
    with pytest.raises(ContentError, match="not a search"):
        load_knowledge(base)


def test_named_sources(content: Content) -> None:
    s = content.knowledge.sources
    assert s["hallegraeff_2012"].url == "https://doi.org/10.1016/S1836-9553(12)70068-1"
    assert s["cleveland_cramps"].url == (
        "https://my.clevelandclinic.org/health/symptoms/21190-muscle-cramps"
    )
    assert "71 FR 75557" in s["fda_2006"].title
    assert "15 December 2006" in s["fda_2006"].title
    chan = s["chan_1998"]
    assert chan.url is None or "?" not in chan.url
    assert "J Clin Pharmacol 1998;38(12):1151-1154" in chan.title
    assert "search" not in " ".join(str(x.url) for x in s.values())


def test_an_unlinked_source_is_listed_without_a_link(content: Content) -> None:
    screens = views.sources_view(content, at("ev:b_complex"))
    assert screens is not None
    text = "".join(sc.text for sc in screens)
    assert "Chan P, Huang TY" in text
    assert 'href="None"' not in text
    assert 'href="https://doi.org/10.1212/WNL.0b013e3181d0ccca"' in text


# --- 7. Plain words ---------------------------------------------------------------------

# A jargon word may appear on a user-facing screen only with its explanation on the same
# line (or not at all: the sources screen keeps the technical titles).
JARGON: dict[str, str] = {
    r"\batrophic gastritis\b": r"thinning of the stomach lining",
    r"\bmethylmalonic\b|\bMMA\b|\bhomocysteine\b|\bholotranscobalamin\b":
        r"show whether the body is really short of B12",
    r"\bbeta-agonists?\b": r"keep the airways open",
    r"\bAAN\b": r"American Academy of Neurology",
    r"\bLevel [ABCU]\b": r"(?!)",
    r"\bpernicious anaemia\b": r"can't absorb B12",
    r"\bhydroxocobalamin\b": r"a form of B12",
    r"\bplacebo\b": r"dummy pill",
    r"\bCOPD\b": r"long-term lung disease",
    r"\bclaudication\b": r"narrowed (leg )?arteries|Poor circulation",
    r"\bmyositis\b": r"muscle inflammation",
    r"\bperipheral neuropathy\b": r"nerve damage",
}  # fmt: skip


def unexplained(text: str) -> list[str]:
    """The jargon words of a screen's text that stand without their explanation."""
    found = []
    for line in text.splitlines():
        for word, explanation in JARGON.items():
            if re.search(word, line) and not re.search(explanation, line):
                found.append(f"{word!r} in {line!r}")
    return found


def test_the_jargon_check_can_fail() -> None:
    assert unexplained("The AAN rates B complex as possibly effective (Level C).")
    assert unexplained("Older adults (atrophic gastritis) are at risk.")
    assert unexplained("Quinine works a little. (AAN 2010)")
    assert not unexplained("The American Academy of Neurology (AAN) rates it.")


def test_jargon_is_explained_where_it_stands(content: Content) -> None:
    screens = user_screens(content)
    assert len(screens) > 30
    problems = [f"{data}: {p}" for data, text in screens.items() for p in unexplained(text)]
    assert problems == []
