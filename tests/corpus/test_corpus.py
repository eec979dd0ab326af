"""The message corpus through the real handlers: what a person who writes this gets.

Every line of `dev.jsonl` and the kept-apart `holdout*.jsonl` parts is sent, from its own user in
its own time zone at its own moment, to the application talking to the Bot API double. Then:

- a warning (`level`) must be answered at its level or higher: the first reply is the alert
  (or, for a finding the screen cannot place, the one question about the leg);
- an ordinary message (`level` null) must not be answered with an alert (over-alarm);
- a report's fields are read back from the diary (the stored cramp), not from the parser;
  a message that is not a cramp that happened must store nothing;
- a question must be answered with the entry its `topic` names.

The targets are issue 18's (fields at least 95%, every emergency and same-day warning at its
level, at most 2% of ordinary messages alarmed) on the part we developed against. Each part
kept apart was scored once (the figures are in issue 18's closing note and below); its test
holds those figures as floors so that no later change makes them worse.
"""

from __future__ import annotations

import asyncio
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import select

from bot.content.tg_rules import parse_html
from bot.db.models import Cramp
from bot.views.knowledge import view_for
from bot.views.knowledge_data import address
from tests.fakes.harness import Harness, running_app, shared_content, texts
from tests.parsing.matching import mismatches

pytestmark = pytest.mark.xdist_group("corpus")  # one application, one worker

HERE = Path(__file__).resolve().parent
CONTENT = shared_content()
K = CONTENT.knowledge
RANK = {"emergency": 3, "today": 2, "book": 1, None: 0}
FIELDS = ("is_cramp", "side", "muscle", "severity", "duration_s", "occurred_at")
# The corpus's topic names (tests/corpus/README.md) and the content entries that answer them.
TOPICS: dict[str, tuple[str | None, ...]] = {
    "stop_now": ("prevent:now",), "why_night": ("faq:why_night",),
    "causes": ("causes", "check"), "prevent": ("prevent", "prevent:routine", "prevent:habits"),
    "stretching": ("evidence:stretching", "prevent:routine"),
    "fluids": ("prevent:fluids", "cause:dehydration"), "magnesium": ("evidence:magnesium",),
    "magnesium_topical": ("evidence:magnesium_topical",),
    "potassium": ("evidence:potassium", "cause:low_potassium"), "banana": ("evidence:bananas",),
    "quinine": ("evidence:quinine",), "tonic_water": ("evidence:tonic_water",),
    "pickle_juice": ("evidence:pickle_juice",), "mustard": ("evidence:mustard",),
    "soap": ("evidence:soap",), "compression_socks": ("evidence:compression_socks",),
    "b12": ("b12", "b12:role", "b12:signs", "b12:risk", "b12:intake", "b12:treatment",
            "cause:b12_deficiency"),
    "b12_cramps": ("cause:b12_deficiency",), "b12_tests": ("b12:tests",), "foods": ("foods",),
    "pregnancy": ("cause:pregnancy",), "children": ("faq:children",), "statins": ("faq:statins",),
    "medicines": ("cause:medications",), "age": ("cause:ageing",),
    "alcohol": ("cause:alcohol_stimulants",), "caffeine": ("cause:alcohol_stimulants",),
    "exercise": ("cause:overexertion",),
    "when_doctor": ("doctor", "doctor:emergency", "doctor:today", "doctor:book"),
    "dvt": ("faq:clot_or_cramp",), "restless_legs": ("faq:restless_legs",),
    "claudication": ("cause:circulation",), "sore_after": ("faq:sore_after",), "none": (None,),
}  # fmt: skip
HEADINGS = {level.level: CONTENT.label(f"triage.icon_{level.level}") for level in K.triage.levels}
USERS = iter(range(700_000, 800_000))


def load(name: str) -> list[dict[str, Any]]:
    lines = (HERE / name).read_text(encoding="utf-8").splitlines()
    return [json.loads(line) for line in lines if line.strip()]


@dataclass
class Score:
    """What one part of the corpus got, with the cases behind every miss."""

    fields: list[bool] = field(default_factory=list)
    recall: dict[str, list[bool]] = field(default_factory=dict)
    ordinary: list[bool] = field(default_factory=list)  # True: alarmed (any level)
    alarmed_today: list[bool] = field(default_factory=list)  # True: same-day or emergency
    questions: list[bool] = field(default_factory=list)
    misses: list[str] = field(default_factory=list)

    def rate(self, marks: list[bool]) -> float:
        return sum(marks) / len(marks) if marks else 1.0

    def summary(self) -> str:
        recall = {level: f"{sum(m)}/{len(m)}" for level, m in self.recall.items()}
        return (
            f"fields {sum(self.fields)}/{len(self.fields)} ({100 * self.rate(self.fields):.1f}%)"
            f", recall {recall}, over-alarm {sum(self.ordinary)}/{len(self.ordinary)}"
            f" (same-day or emergency {sum(self.alarmed_today)})"
            f", questions {sum(self.questions)}/{len(self.questions)}"
        )


def level_of(reply: str, zone: str) -> str | None:
    """The level of an alert, from its first line (a knowledge screen may also open with a
    warning icon: only an alert's first line is a level's title)."""
    number = K.triage.numbers.for_zone(zone)
    first = reply.split("\n", 1)[0]
    for level in K.triage.levels:
        if first == f"{HEADINGS[level.level]} {level.title_for(number)}":
            return level.level
    return None


def expected_answers(topic: str | list[str]) -> list[str]:
    """The first message of each entry that answers `topic`, as the user sees it."""
    names = topic if isinstance(topic, list) else [topic]
    found = []
    for name in names:
        for target in TOPICS[name]:
            if target is None:
                found.append(CONTENT.text("knowledge.no_answer").split(".")[0])
            elif target == "check":
                found.append("Question 1")
            elif screens := view_for(CONTENT, address(target)):
                found.append(parse_html(screens[0].text).text)
    return found


def stored(cramp: Cramp | None) -> dict[str, Any]:
    """A stored cramp in the shape of the parser's output (`python -m bot parse`)."""
    if cramp is None:
        return {"is_cramp": False, **{key: None for key in FIELDS[1:]}}
    when = cramp.occurred_at.isoformat() if cramp.time_told else None
    return {
        "is_cramp": True, "side": cramp.side, "muscle": cramp.muscle,
        "severity": cramp.severity, "duration_s": cramp.duration_s, "occurred_at": when,
    }  # fmt: skip


class Runner:
    def __init__(self, running: tuple[asyncio.Runner, Harness]) -> None:
        self.runner, self.harness = running

    def say(self, user: int, text: str) -> list[str]:
        update = self.harness.engine.user_message(user, text)
        return texts(self.runner.run(self.harness.process(update)))

    def cramps(self, user: int) -> list[Cramp]:
        async def rows() -> list[Cramp]:
            async with self.harness.app.bot_data.sessions() as session:
                return list(await session.scalars(select(Cramp).where(Cramp.user_id == user)))

        return self.runner.run(rows())

    def case(self, case: dict[str, Any], score: Score) -> None:
        user = next(USERS)
        self.harness.clock.set(datetime.fromisoformat(case["now"]))
        self.say(user, f"/timezone {case['tz']}")
        replies = self.say(user, case["text"])
        first = replies[0] if replies else ""
        got = level_of(first, case["tz"])
        asked = CONTENT.text("triage.ask").split("<")[0] in first
        want = case["level"]
        tag = f"{case['id']} {case['text'][:90]!r}"
        if case.get("ask"):
            good = asked or RANK[got] >= RANK["today"]
            score.recall.setdefault("ask", []).append(good)
            if not good:
                score.misses.append(f"{tag}: no question about the leg, got {first[:60]!r}")
        elif want:
            good = RANK[got] >= RANK[want]
            score.recall.setdefault(want, []).append(good)
            if not good:
                score.misses.append(f"{tag}: wanted {want}, got {got}")
        else:
            score.ordinary.append(got is not None)
            score.alarmed_today.append(RANK[got] >= RANK["today"])
            if got is not None:
                score.misses.append(f"{tag}: ordinary message alarmed ({got})")
        rows = self.cramps(user)
        expect = {k: v for k, v in case["expect"].items() if k in FIELDS}
        problems = mismatches(expect, stored(rows[0] if rows else None))
        if len(rows) > 1:
            problems.append(f"{len(rows)} cramps stored")
        for key in expect:
            score.fields.append(not any(p.startswith(f"{key}:") for p in problems))
        if problems:
            score.misses.append(f"{tag}: {problems}")
        final = got is not None and K.level(got).final  # type: ignore[union-attr]
        if "topic" in case and not final:  # after a final alert nothing else is said
            answers = expected_answers(case["topic"])
            good = any(a and a in reply for a in answers for reply in replies)
            score.questions.append(good)
            if not good:
                score.misses.append(f"{tag}: not answered with {case['topic']}")


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Score]]:
    with running_app(tmp_path_factory.mktemp("corpus")) as running:
        runner = Runner(running)
        result = {}
        parts = ("dev", *(f"holdout{n}" for n in ("", *range(2, 59))))
        for part in parts:
            score = Score()
            for case in load(f"{part}.jsonl"):
                runner.case(case, score)
            result[part] = score
        yield result


def report(score: Score) -> str:
    return score.summary() + "\n" + "\n".join(score.misses)


def test_the_corpus_is_large_and_covers_every_kind() -> None:
    dev, holdout = load("dev.jsonl"), load("holdout.jsonl")
    assert len(dev) + len(holdout) >= 300 and len(holdout) >= 100
    for part in (dev, holdout):
        kinds = {c["kind"] for c in part}
        assert kinds == {"report", "warning", "question", "statement"}
        assert {c["level"] for c in part} >= {"emergency", "today", "book", None}
        assert all(re.match(r"https?://", c["source"]) for c in part)
    assert not {c["text"] for c in dev} & {c["text"] for c in holdout}


def test_dev_fields_from_the_diary_are_at_least_95_percent(scores: dict[str, Score]) -> None:
    dev = scores["dev"]
    assert dev.rate(dev.fields) >= 0.95, report(dev)


def test_dev_every_emergency_and_same_day_warning_is_answered_at_its_level(
    scores: dict[str, Score],
) -> None:
    dev = scores["dev"]
    for level in ("emergency", "today", "ask"):
        assert all(dev.recall[level]), report(dev)
    assert dev.rate(dev.recall["book"]) >= 0.9, report(dev)


def test_dev_at_most_2_percent_of_ordinary_messages_are_alarmed(scores: dict[str, Score]) -> None:
    dev = scores["dev"]
    assert dev.rate(dev.ordinary) <= 0.02, report(dev)


def test_dev_questions_get_the_entry_that_answers_them(scores: dict[str, Score]) -> None:
    dev = scores["dev"]
    assert dev.rate(dev.questions) >= 0.9, report(dev)
    print("dev:", report(dev))


# The kept-apart part, scored once on 2026-12-05 at the end of issue 18 (commit a483d7c):
# fields 267/300 (89.0%), emergency 7/9, same day 12/12, book 6/7, leg question 2/2,
# over-alarm 5/70 (all book level, none same-day or emergency), questions 15/18. Below the
# targets on fields, emergencies and over-alarm: see issue 18's closing note. These floors
# keep later changes from making it worse; a concept it missed is fixed with new variants in
# dev.jsonl, never with its own lines.
HOLDOUT_FLOORS = {"fields": 267 / 300, "emergency": 7, "today": 12, "book": 6, "ask": 2,
                  "questions": 15, "alarmed": 5, "alarmed_today": 0}  # fmt: skip


# The second kept-apart part, written by helpers who saw no code, scored once on 2026-12-05
# (after commit f38bcb7): fields 236/270 (87.4%), emergency 4/9, same day 8/12, book 4/10,
# over-alarm 11/69 (4 of them same-day or emergency), questions 13/18. Well below the targets:
# see issue 18's closing note. Floors only, as for the first part.
HOLDOUT2_FLOORS = {"fields": 236 / 270, "emergency": 4, "today": 8, "book": 4, "ask": 0,
                   "questions": 13, "alarmed": 11, "alarmed_today": 4}  # fmt: skip


# The third kept-apart part (`m001`...), written by a helper who saw no code, tests or other
# corpus lines, scored once on 2026-12-05 at commit 6725d14, before any concept work it could
# call for: fields 302/355 (85.1%), emergency 7/10, same day 9/10, book 4/5, leg question
# 3/3, over-alarm 5/72 (2 of them same-day or emergency), questions 9/14. Below the targets:
# see issue 18's closing note. Floors only.
HOLDOUT3_FLOORS = {"fields": 302 / 355, "emergency": 7, "today": 9, "book": 4, "ask": 3,
                   "questions": 9, "alarmed": 5, "alarmed_today": 2}  # fmt: skip


# The fourth kept-apart part (`p001`...), written blind by a helper while the concept work
# that holdout3 called for was under way, committed unread (3954219) and scored once on
# 2026-12-05 at commit afd3533, after that work and a GP's review: fields 359/375 (95.7%),
# emergency 8/10, same day 10/10, book 5/6, leg question 3/3, over-alarm 3/71 (1 of them
# same-day), questions 13/15. Fields meet the 95% target; emergencies and over-alarm do not
# (issue 18's note). Floors only.
HOLDOUT4_FLOORS = {"fields": 359 / 375, "emergency": 8, "today": 10, "book": 5, "ask": 3,
                   "questions": 13, "alarmed": 3, "alarmed_today": 1}  # fmt: skip


# The fifth kept-apart part (`q001`...), written blind by a helper while the concepts that
# holdout4's misses called for were worked on, committed unread (8724ed5) and scored once on
# 2026-12-05 at commit a15c35d, after that work and a GP's review of it: fields 348/410
# (84.9%), emergency 7/10, same day 9/10, book 6/6, leg question 3/3, over-alarm 4/71 (2 of
# them same-day or emergency), questions 10/12. Below the targets (issue 18's note). Floors only.
HOLDOUT5_FLOORS = {"fields": 348 / 410, "emergency": 7, "today": 9, "book": 6, "ask": 3,
                   "questions": 10, "alarmed": 4, "alarmed_today": 2}  # fmt: skip
# The sixth kept-apart part (`s001`...), written blind by a helper while the concepts that
# holdout5's misses called for were worked on, committed unread (de3b6d8) and scored once on
# 2026-12-05 at commit 4da42ed, after that work and a GP's review of it: fields 333/380
# (87.6%), emergency 5/10, same day 7/10, book 3/6, leg question 1/3, over-alarm 4/71 (3 of
# them same-day or emergency), questions 8/10. Below the targets (issue 18's note). Floors only.
HOLDOUT6_FLOORS = {"fields": 333 / 380, "emergency": 5, "today": 7, "book": 3, "ask": 1,
                   "questions": 8, "alarmed": 4, "alarmed_today": 3}  # fmt: skip
# The seventh kept-apart part (`t001`...), written blind by a helper while the concepts that
# holdout6's misses called for were worked on, committed unread (7965e20) and scored once on
# 2026-12-05 at commit 2939604, after that work and a GP's review of it: fields 323/385
# (83.9%), emergency 6/10, same day 10/10, book 4/6, leg question 2/3, over-alarm 7/71 (4 of
# them same-day or emergency), questions 7/12. Below the targets (issue 18's note). Floors only.
HOLDOUT7_FLOORS = {"fields": 323 / 385, "emergency": 6, "today": 10, "book": 4, "ask": 2,
                   "questions": 7, "alarmed": 7, "alarmed_today": 4}  # fmt: skip
# The eighth kept-apart part (`u001`...), written blind by a helper while holdout7's concepts
# were worked on, committed unread (b14fee2) and scored once on 2026-12-05 at commit ca7f6f8,
# after that work and a GP's third and fourth reviews: fields 355/390 (91.0%), emergency 8/10,
# same day 9/10, book 6/6, leg question 3/3, over-alarm 5/71 (1 of them same-day or
# emergency), questions 12/12. Below the targets (issue 18's note). Floors only.
HOLDOUT8_FLOORS = {"fields": 355 / 390, "emergency": 8, "today": 9, "book": 6, "ask": 3,
                   "questions": 12, "alarmed": 5, "alarmed_today": 1}  # fmt: skip
# The ninth kept-apart part (`v001`...), written blind by a helper while holdout8's concepts
# were worked on, committed unread (165fd9b) and scored once on 2026-12-05 at commit e7cb907,
# after that work and a GP's fifth review: fields 297/350 (84.9%), emergency 9/10, same day
# 8/10, book 6/6, leg question 3/3, over-alarm 6/71 (2 of them same-day or emergency),
# questions 10/12. Below the targets (issue 18's note). Floors only.
HOLDOUT9_FLOORS = {"fields": 297 / 350, "emergency": 9, "today": 8, "book": 6, "ask": 3,
                   "questions": 10, "alarmed": 6, "alarmed_today": 2}  # fmt: skip
# The tenth kept-apart part (`w001`...), written blind by a helper while holdout8's concepts
# were worked on, committed unread (974d437) and scored once on 2026-12-05 at commit 8ad2f25,
# after the work holdout9 called for and a GP's sixth review: fields 328/390 (84.1%),
# emergency 10/10, same day 10/10, book 3/6, leg question 3/3, over-alarm 4/71 (2 of them
# same-day or emergency), questions 12/12. Fields and over-alarm below the targets (issue 18's
# note). Floors only.
HOLDOUT10_FLOORS = {"fields": 328 / 390, "emergency": 10, "today": 10, "book": 3, "ask": 3,
                    "questions": 12, "alarmed": 4, "alarmed_today": 2}  # fmt: skip
# The eleventh kept-apart part (`x001`...), written blind by a helper while holdout9's and
# holdout10's concepts were worked on, committed unread (597b725) and scored once on
# 2026-12-05 at commit fbdba90, after that work and a GP's seventh review: fields 319/365
# (87.4%), emergency 9/10, same day 9/10, book 4/6, leg question 3/3, over-alarm 2/71 (none
# same-day or emergency), questions 11/12. Below the targets (issue 18's note). Floors only.
HOLDOUT11_FLOORS = {"fields": 319 / 365, "emergency": 9, "today": 9, "book": 4, "ask": 3,
                    "questions": 11, "alarmed": 2, "alarmed_today": 0}  # fmt: skip
# The twelfth kept-apart part (`y001`...), written blind by a helper while holdout11's concepts
# were worked on, committed unread (6791c4c) and scored once on 2026-12-05 at commit 3bc5e01,
# after that work and a GP's eighth review: fields 362/405 (89.4%), emergency 7/10, same day
# 8/10, book 6/6, leg question 3/3, over-alarm 5/71 (3 of them same-day or emergency),
# questions 10/11. Below the targets (issue 18's note). Floors only.
HOLDOUT12_FLOORS = {"fields": 362 / 405, "emergency": 7, "today": 8, "book": 6, "ask": 3,
                    "questions": 10, "alarmed": 5, "alarmed_today": 3}  # fmt: skip
# The thirteenth kept-apart part (`z001`...), written blind by a helper while holdout12's
# concepts were worked on, committed unread (ff62adc) and scored once on 2026-12-05 at that
# commit, after that work and a GP's ninth review: fields 327/355 (92.1%), emergency 9/10,
# same day 10/10, book 6/6, leg question 3/3, over-alarm 3/71 (1 of them same-day or
# emergency), questions 12/12. Below the targets (issue 18's note). Floors only.
HOLDOUT13_FLOORS = {"fields": 327 / 355, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 3, "alarmed_today": 1}  # fmt: skip
# The fourteenth kept-apart part (`a001`...), written blind by a helper while holdout13's
# concepts and the cramp's time in a story were worked on, committed unread (639e7cb) and
# scored once on 2026-12-06 at commit 4efc222, after that work: fields 311/335 (92.8%),
# emergency 9/10, same day 9/10, book 6/6, leg question 3/3, over-alarm 4/71 (3 of them
# same-day or emergency), questions 12/12. Below the targets (issue 18's note). Floors only.
HOLDOUT14_FLOORS = {"fields": 311 / 335, "emergency": 9, "today": 9, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 4, "alarmed_today": 3}  # fmt: skip
# The fifteenth kept-apart part (`b001`...), written blind by a helper while holdout14's
# concepts and a GP's eleventh review were worked on, committed unread (a46e92e) and scored
# once on 2026-12-06 at commit 595110b, after that work: fields 290/345 (84.1%), emergency
# 10/10, same day 10/10, book 4/6, leg question 2/3, over-alarm 11/71 (5 of them same-day or
# emergency), questions 11/12. Below the targets (issue 18's note). Floors only.
HOLDOUT15_FLOORS = {"fields": 290 / 345, "emergency": 10, "today": 10, "book": 4, "ask": 2,
                    "questions": 11, "alarmed": 11, "alarmed_today": 5}  # fmt: skip
# The sixteenth kept-apart part (`c001`...), written blind by a helper while holdout15's
# concepts and a GP's twelfth review were worked on, committed unread (3ccad55) and scored
# once on 2026-12-06 at that commit, after that work: fields 331/365 (90.7%), emergency 8/10,
# same day 9/10, book 4/6, leg question 3/3, over-alarm 5/71 (1 of them same-day or
# emergency), questions 11/11. Below the targets (issue 18's note). Floors only.
HOLDOUT16_FLOORS = {"fields": 331 / 365, "emergency": 8, "today": 9, "book": 4, "ask": 3,
                    "questions": 11, "alarmed": 5, "alarmed_today": 1}  # fmt: skip
# The seventeenth kept-apart part (`e001`...), written blind by a helper while holdout15's and
# holdout16's remaining concepts and a GP's fourteenth review were worked on, committed unread
# (2533b99) and scored once on 2026-12-06 at 0ad2d2b, after that work: fields 338/370 (91.4%),
# emergency 9/10, same day 10/10, book 6/6, leg question 3/3, over-alarm 2/71 (none same-day
# or emergency), questions 11/12. Below the targets (issue 18's note). Floors only.
HOLDOUT17_FLOORS = {"fields": 338 / 370, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 2, "alarmed_today": 0}  # fmt: skip
# The eighteenth kept-apart part (`f001`...), written blind by a helper while holdout17 was
# scored and worked on with a GP's fifteenth review, committed unread (1523088) and scored once
# on 2026-12-06 at 25b1b71, after that work: fields 339/360 (94.2%), emergency 9/10, same day
# 7/10, book 6/6, leg question 3/3, over-alarm 2/71 (1 of them same-day or emergency),
# questions 11/12. Below the targets (issue 18's note). Floors only.
HOLDOUT18_FLOORS = {"fields": 339 / 360, "emergency": 9, "today": 7, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 2, "alarmed_today": 1}  # fmt: skip
# The nineteenth kept-apart part (`g001`...), written blind by a helper while holdout18 was
# scored and worked on with a GP's sixteenth review, committed unread (08eed79) and scored once
# on 2026-12-06 at 994dfd9, after that work: fields 335/350 (95.7%), emergency 10/10, same day
# 10/10, book 6/6, leg question 3/3, over-alarm 3/71 (2 of them same-day or emergency),
# questions 10/11. Fields and recall meet the targets; over-alarm does not. Floors only.
HOLDOUT19_FLOORS = {"fields": 335 / 350, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 10, "alarmed": 3, "alarmed_today": 2}  # fmt: skip
# The twentieth kept-apart part (`j001`...), written blind by a helper while holdout19 was
# scored and worked on with a GP's seventeenth review, committed unread (81b174d) and scored
# once on 2026-12-06 at that commit, after that work: fields 342/370 (92.4%), emergency 7/10,
# same day 9/10, book 6/6, leg question 2/3, over-alarm 1/71 (none same-day or emergency),
# questions 11/12. Over-alarm meets the target; fields and recall do not. Floors only.
HOLDOUT20_FLOORS = {"fields": 342 / 370, "emergency": 7, "today": 9, "book": 6, "ask": 2,
                    "questions": 11, "alarmed": 1, "alarmed_today": 0}  # fmt: skip
# The twenty-first kept-apart part (`n001`...), written blind by a helper while the cramp's
# time told in everyday words and the diary's untold times were worked on, committed unread
# (5b86925) and scored once on 2026-12-06 at 6846c5d, after that work: fields 345/375 (92.0%),
# emergency 9/10, same day 9/10, book 5/6, leg question 3/3, over-alarm 4/71 (all 4 same-day
# or emergency), questions 8/11. Below the targets (issue 18's note). Floors only.
HOLDOUT21_FLOORS = {"fields": 345 / 375, "emergency": 9, "today": 9, "book": 5, "ask": 3,
                    "questions": 8, "alarmed": 4, "alarmed_today": 4}  # fmt: skip
# The twenty-second kept-apart part (`r001`...), written blind by a helper while holdout21's
# concepts and a GP's eighteenth review were worked on, committed unread (770a905) and scored
# once on 2026-12-06 at fb3516c, after that work: fields 314/350 (89.7%), emergency 8/10,
# same day 9/10, book 4/6, leg question 3/3, over-alarm 5/71 (1 of them same-day or
# emergency), questions 10/12. Below the targets (issue 18's note). Floors only.
HOLDOUT22_FLOORS = {"fields": 314 / 350, "emergency": 8, "today": 9, "book": 4, "ask": 3,
                    "questions": 10, "alarmed": 5, "alarmed_today": 1}  # fmt: skip
# The twenty-third kept-apart part (`i001`...), written blind by a helper while holdout22's
# concepts and a GP's nineteenth review were worked on, committed unread (2e50a71) and scored
# once on 2026-12-06 at 400e6e7, after that work: fields 326/370 (88.1%), emergency 7/10,
# same day 9/10, book 3/6, leg question 3/3, over-alarm 6/71 (4 of them same-day or
# emergency), questions 11/12. Below the targets (issue 18's note). Floors only.
HOLDOUT23_FLOORS = {"fields": 326 / 370, "emergency": 7, "today": 9, "book": 3, "ask": 3,
                    "questions": 11, "alarmed": 6, "alarmed_today": 4}  # fmt: skip
# The twenty-fourth kept-apart part (`l001`...), written blind by a helper while holdout23's
# concepts and a GP's twentieth review were worked on, committed unread (ede39a7; an almost
# final draft was swept unread into 5666a62 while it was being written) and scored once on
# 2026-12-06 at d4211e8, after that work: fields 323/345 (93.6%), emergency 10/10, same day
# 10/10, book 6/6, leg question 3/3, over-alarm 3/71 (none same-day or emergency), questions
# 11/12. Every warning at its level; fields and over-alarm below the targets. Floors only.
HOLDOUT24_FLOORS = {"fields": 323 / 345, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 3, "alarmed_today": 0}  # fmt: skip
# The twenty-fifth kept-apart part (`o001`...), written blind by a helper (built outside the
# repository and copied in whole) while holdout24's concepts and a GP's twenty-first review were
# worked on, committed unread (5111180) and scored once on 2026-12-06 at 0e5bec0, after that
# work: fields 320/345 (92.8%), emergency 10/10, same day 9/10, book 6/6, leg question 3/3,
# over-alarm 3/71 (2 of them same-day or emergency), questions 9/12. Below the targets (issue
# 18's note). Floors only.
HOLDOUT25_FLOORS = {"fields": 320 / 345, "emergency": 10, "today": 9, "book": 6, "ask": 3,
                    "questions": 9, "alarmed": 3, "alarmed_today": 2}  # fmt: skip
# The twenty-sixth kept-apart part (`ab001`...), written blind by a helper (built outside the
# repository and copied in whole) while holdout25's concepts and a GP's twenty-second review
# were worked on, committed unread (5c56fb0) and scored once on 2026-12-06 at that commit,
# after that work: fields 342/370 (92.4%), emergency 9/10, same day 9/10, book 6/6, leg
# question 3/3, over-alarm 3/71 (1 of them same-day or emergency), questions 9/12. Below the
# targets (issue 18's note). Floors only.
HOLDOUT26_FLOORS = {"fields": 342 / 370, "emergency": 9, "today": 9, "book": 6, "ask": 3,
                    "questions": 9, "alarmed": 3, "alarmed_today": 1}  # fmt: skip
# holdout27 (ac001...), written blind by a helper while GP reviews 23 and 24 and holdout26's
# concepts were worked on, committed unread (0d53a4f) and scored once on 2026-12-06 at 9645a8d,
# after that work: fields 301/350 (86.0%), emergency 9/10, same day 9/10, book 5/6, leg
# question 3/3, over-alarm 8/71 (7 of them same-day or emergency), questions 11/11. Below the
# targets (issue 18's note). Floors only.
HOLDOUT27_FLOORS = {"fields": 301 / 350, "emergency": 9, "today": 9, "book": 5, "ask": 3,
                    "questions": 11, "alarmed": 8, "alarmed_today": 7}  # fmt: skip
# holdout28 (ad001...), written blind by a helper while GP review 25 and older parts' concepts
# were worked on, committed unread (3bd9d32) and scored once on 2026-12-06 at 9645a8d, after
# that work: fields 307/335 (91.6%), emergency 10/10, same day 9/10, book 6/6, leg question
# 3/3, over-alarm 3/71 (all 3 same-day or emergency), questions 9/12. Below the targets.
# Floors only.
HOLDOUT28_FLOORS = {"fields": 307 / 335, "emergency": 10, "today": 9, "book": 6, "ask": 3,
                    "questions": 9, "alarmed": 3, "alarmed_today": 3}  # fmt: skip
# holdout29 (ae001...), written blind by a helper while holdout27's and holdout28's concepts
# and GP review 27 were worked on, committed unread (2becbc8) and scored once on 2026-12-06 at
# a94b1db, after that work: fields 346/370 (93.5%), emergency 10/10, same day 10/10, book 6/6,
# leg question 3/3, over-alarm 3/71 (2 same-day or emergency), questions 8/12. Every
# emergency and same-day warning at its level; fields and over-alarm below the targets.
HOLDOUT29_FLOORS = {"fields": 346 / 370, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 8, "alarmed": 3, "alarmed_today": 2}  # fmt: skip
# holdout30 (af001...), written blind by a helper while holdout29's concepts and GP reviews 28
# and 29 were worked on, committed unread (8f9bc94) and scored once on 2026-12-06 at af99ce1,
# after that work: fields 329/360 (91.4%), emergency 9/10, same day 9/10, book 6/6, leg
# question 3/3, over-alarm 1/71 (none same-day or emergency), questions 12/12. Over-alarm
# within the target; an emergency and a same-day warning missed; fields below the target.
HOLDOUT30_FLOORS = {"fields": 329 / 360, "emergency": 9, "today": 9, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 1, "alarmed_today": 0}  # fmt: skip

# holdout57 (bg001...), written blind by a helper while holdout56 was scored and GP review 211
# was worked on (83 time zones, recruits, surgeons and nurses, drummers and organists, ski
# instructors, astronomers, joint replacements and casts, HRT and IVF, Parkinson's, care
# homes), committed unread (adc1164) and scored once on 2026-12-08 at 4288c86, after
# holdout56's concepts and GP reviews 210-211: fields 321/350 (91.7%), emergency 10/10, same
# day 9/10, book 6/6, leg question 3/3, over-alarm 5/71 (3 same-day or emergency), questions
# 12/12. Same day missed: a calf cramp "25 mins ago" that "is STILL going" after a stretch and
# a hot shower. Alarmed: feet "white and numb" in -47 that were warmed and are "pink and
# totally normal now" (emergency); a ski boot's "red patch ... no heat, no fever, not
# spreading" (same day); a foot cramp inside a cast, "toes wiggle fine, pink, no swelling"
# (same day); a hamstring cramp "at 6 hours" read as six hours long (book); a care-home
# neighbour's cramps "most nights" (book). Fields: logged though no episode is told: a shin
# "rock hard and swollen" after a slapshot (an emergency), "our drummer cramped up mid song
# last night"; not logged: "a crampy right calf in bed last night" after IVF; no severity for
# "massive", "little", "hard", "big", "like a seven"; no time for "at 6 hours", "back at the
# chalet" yesterday, "when I swung my legs off" the bench today, "since one hour", "on the
# last run", "when I arrived home" after a shift, "tonight", "started cramping" after a bite;
# "today in the march" read as 15 March; "my two feet" not both; toes read as the foot; "thigh
# from behind" read as the thigh; no length for a cramp "STILL going" after 25 minutes.
HOLDOUT57_FLOORS = {"fields": 321 / 350, "emergency": 10, "today": 9, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 5, "alarmed_today": 3}  # fmt: skip

# holdout58 (bh001...), written blind by a helper while holdout57 was scored and GP review 212
# was worked on (92 time zones, commercial divers, night bakers, cabin crew, shearers, tennis
# umpires, gardeners over 80, chemotherapy, bariatric surgery, stroke survivors, Lent and Yom
# Kippur fasting, carers in motor neurone disease), committed unread (e387de6) and scored once
# on 2026-12-08 at 5a46d4a, after holdout57's concepts and GP reviews 212-217: fields 328/350
# (93.7%), emergency 10/10, same day 10/10, book 5/6, leg question 3/3, over-alarm 1/71 (none
# same-day or emergency), questions 11/12. Book missed: iron sucrose injections "since 3
# weeks ... from that time only leg cramps are coming". Alarmed: cramps "most nights" last
# season, "none in the last 6 weeks" since stretching (book). Not answered: "1 banana before a
# long walk stops cramps?" (bananas). Fields: logged though no episode is told: the iron
# injection's cramps, a mate "cramping up all arvo" before heatstroke, a statin's "cramps in my
# calves at night"; not logged: "Cette nuit vers 1h both my calves cramp together",
# "yesterday's cramp in my right calf went on for about 15 minutes"; no time for "on the last
# run" (one read as the morning), "on the ascent at the 9m stop", "in the bunk about 4 hours
# before landing"; no length for "maybe 1 minutt"; "severe, 3 mins of hell" read as 9 and "9
# from 10" as 8; "left foot toes" read as the foot.
HOLDOUT58_FLOORS = {"fields": 328 / 350, "emergency": 10, "today": 10, "book": 5, "ask": 3,
                    "questions": 11, "alarmed": 1, "alarmed_today": 0}  # fmt: skip
# holdout31 (ag001...), written blind by a helper while the misses of older parts and GP review
# 30 were worked on, committed unread (5a61f19) and scored once on 2026-12-06 at 75c41f2, after
# that work: fields 319/350 (91.1%), emergency 7/10, same day 9/10, book 5/6, leg question 3/3,
# over-alarm 3/71 (none same-day or emergency), questions 12/12. Three emergencies missed
# (spray drift, two bites not seen); fields and over-alarm below the targets.
HOLDOUT31_FLOORS = {"fields": 319 / 350, "emergency": 7, "today": 9, "book": 5, "ask": 3,
                    "questions": 12, "alarmed": 3, "alarmed_today": 0}  # fmt: skip
# holdout32 (ah001...), written blind by a helper while holdout31's concepts and GP review 31
# were worked on, committed unread (ca7f43d) and scored once on 2026-12-06 at 4e21f00, after
# that work: fields 342/370 (92.4%), emergency 10/10, same day 8/10, book 5/6, leg question
# 3/3, over-alarm 2/71 (1 same-day), questions 9/12. Two same-day warnings missed (a calf
# measured bigger after a knee replacement, cramps spreading to the arms and belly).
HOLDOUT32_FLOORS = {"fields": 342 / 370, "emergency": 10, "today": 8, "book": 5, "ask": 3,
                    "questions": 9, "alarmed": 2, "alarmed_today": 1}  # fmt: skip
# holdout33 (ai001...), written blind by a helper while holdout32's concepts and GP review 32
# were worked on, committed unread (2f7b71f) and scored once on 2026-12-06 at fca70ff, after
# that work: fields 308/350 (88.0%), emergency 8/10, same day 9/10, book 6/6, leg question 3/3,
# over-alarm 3/71 (1 same-day), questions 11/12. Two emergencies missed (muscle breakdown
# after a spin class, a clot in the lung told as "puffing" with a stitch-like pain).
HOLDOUT33_FLOORS = {"fields": 308 / 350, "emergency": 8, "today": 9, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 3, "alarmed_today": 1}  # fmt: skip
# holdout34 (aj001...), written blind by a helper while holdout33's concepts and GP reviews
# 34-43 were worked on, committed unread (43e7139) and scored once on 2026-12-06 at 8b59e70,
# after that work: fields 305/335 (91.0%), emergency 6/10, same day 9/10, book 6/6, leg
# question 3/3, over-alarm 3/71 (none same-day), questions 11/12. Four emergencies missed (a
# tiger snake seen after a jab, a scorpion named in Spanish, a clot in the lung after 26 hours
# on a coach told as "no air", compartment syndrome after a crush at work, answered same-day).
HOLDOUT34_FLOORS = {"fields": 305 / 335, "emergency": 6, "today": 9, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 3, "alarmed_today": 0}  # fmt: skip
# holdout35 (ak001...), written blind by a helper while GP reviews 45-54 were worked on,
# committed unread (b18a42e) and scored once on 2026-12-06 at 6eb9896, after that work: fields
# 365/385 (94.8%), emergency 10/10, same day 9/10, book 6/6, leg question 3/3, over-alarm 2/71
# (both same-day), questions 12/12. One same-day warning missed (a cramp still hard after 25
# minutes, told with the Japanese word for it); the two alarms: a foot red from chemotherapy
# tablets "the same for weeks", toes "bright red" after a winter swim "normal for me".
HOLDOUT35_FLOORS = {"fields": 365 / 385, "emergency": 10, "today": 9, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 2, "alarmed_today": 2}  # fmt: skip
# holdout36 (al001...), written blind by a helper while holdout35's concepts and GP review 55
# were worked on, committed unread (ccc329f) and scored once on 2026-12-06 at df17a6e, after
# that work and GP reviews 56-59: fields 320/345 (92.8%), emergency 10/10, same day 10/10,
# book 6/6, leg question 3/3, over-alarm 3/71 (all 3 same-day), questions 12/12. Every warning
# at its level; fields and over-alarm below the targets (alarmed: the sea's "swell" read as a
# swollen leg, a leg "dead for a bit" after a cramp, "legs like jelly" after squash).
HOLDOUT36_FLOORS = {"fields": 320 / 345, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 3, "alarmed_today": 3}  # fmt: skip
# holdout37 (am001...), written blind by a helper while GP reviews 56 and 57 were worked on,
# committed unread (dabe1d0) and scored once on 2026-12-06 at 8495fb4, after GP reviews 56-63
# and holdout36's concepts: fields 386/405 (95.3%), emergency 9/10, same day 8/10, book 6/6,
# leg question 3/3, over-alarm 5/71 (2 same-day), questions 11/12. Fields meet the target;
# missed: a scorpion sting named in Darija ("3a9rab", answered same-day), new numbness and
# weakness in two fingers since a hand cramp, a deep dirty gaff wound in a palm with the
# tetanus jabs unknown; alarmed same-day: a calf scanned clear and "completely settled",
# "legs like jelly" after a mountain trail.
HOLDOUT37_FLOORS = {"fields": 386 / 405, "emergency": 9, "today": 8, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 5, "alarmed_today": 2}  # fmt: skip
# holdout38 (an001...), written blind by a helper while holdout36's and GP reviews 60-63's
# concepts were worked on, committed unread (916d2fe) and scored once on 2026-12-07 at fefefa7,
# after GP reviews 64-79 and holdout37's concepts: fields 372/405 (91.9%), emergency 9/10, same
# day 10/10, book 6/6, leg question 3/3, over-alarm 4/71 (2 same-day), questions 10/12. Fields
# below the target; missed: a brother on lithium taking doses twice over from a mixed-up pill
# organiser (answered same-day); alarmed same-day: an arch cramp at a 6 a.m. ice session, a
# climb with falls and a scraped hand.
HOLDOUT38_FLOORS = {"fields": 372 / 405, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 10, "alarmed": 4, "alarmed_today": 2}  # fmt: skip
# holdout39 (ao001...), written blind by a helper while GP reviews 66-67 were worked on,
# committed unread (7a93038) and scored once on 2026-12-07 at 5919110, after GP reviews 80-88
# and holdout38's concepts: fields 331/355 (93.2%), emergency 9/10, same day 8/10, book 6/6, leg
# question 2/3, over-alarm 4/71 (none same-day), questions 9/12. Fields below the target;
# missed: a warehouse picker's rock-hard thighs after a shift in the heat, "just peed and its
# dark brown like cola" (no level); a lorry driver's calf fatter, warm and "a bit red at the
# back" after 13 hours in the cab (read as the back); a red hot patch round an old ulcer,
# "bigger than yesterday" and past the pen line, with fever (no level); no leg question for a
# calf that "feels odd" after a cold swim (the water read as a cold leg); alarmed (book): a
# 5-hour rehearsal's length taken as the cramp's, tonic water "she drink it every night",
# "hardly any cramps" since HRT, "we gained an hour" taken as a cramp's length.
HOLDOUT39_FLOORS = {"fields": 331 / 355, "emergency": 9, "today": 8, "book": 6, "ask": 2,
                    "questions": 9, "alarmed": 4, "alarmed_today": 0}  # fmt: skip
# holdout40 (ap001...), written blind by a helper while GP reviews 80-82 were worked on,
# committed unread (903db3c) and scored once on 2026-12-07 at 274b651, after GP reviews 80-97
# and holdout39's concepts: fields 360/375 (96.0%), emergency 8/10, same day 10/10, book 6/6,
# leg question 3/3, over-alarm 6/71 (2 same-day or emergency), questions 11/11. Fields meet
# the target; missed: "something got the back of my right calf" with a black snake seen
# sliding off (same-day: the long cramp, not the bite); a foot colder than the other,
# grey-blue and numb "like it's gone to sleep" (read as recovered); alarmed: "stopped
# sweating off weight" years after a jockey's sauna cramps (emergency), "24 weeks now" of a
# twin pregnancy read as a pain's length (same-day), a jockey "wasting all week" (book), a
# kayak trip's 3 hours taken as the cramp's (book), sleep lost after one night's cramp (book,
# twice).
HOLDOUT40_FLOORS = {"fields": 360 / 375, "emergency": 8, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 6, "alarmed_today": 2}  # fmt: skip

# holdout41 (aq001...), written blind by a helper while GP reviews 92-94 were worked on,
# committed unread (2c0f214) and scored once on 2026-12-07 at 80afa9d, after GP reviews 80-103
# and holdout40's concepts: fields 342/355 (96.3%), emergency 10/10, same day 10/10, book 6/6,
# leg question 3/3, over-alarm 1/71 (none same-day), questions 11/12. Every target met; missed
# fields: clock times of events around the cramp taken as its time (a race's swim start, a
# dive's entry and exit, a rehearsal's start, a night of gaming), a concert's "around 9:30" read
# as morning, a cramp in the arch read as the back, a twin pregnancy's, a tango dancer's past
# and a steroid user's cramps "moved into" the hands logged as episodes, a rating taken from
# another sentence; alarmed (book): fit and "now and then" cramps at 80; not answered: restless
# legs or cramps.
HOLDOUT41_FLOORS = {"fields": 342 / 355, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 1, "alarmed_today": 0}  # fmt: skip

# holdout42 (ar001...), written blind by a helper while holdout41 was scored and GP reviews
# 104-107 were worked on, committed unread (4b79065) and scored once on 2026-12-07 at a9f9140,
# after GP reviews 104-115 and holdout41's concepts: fields 355/370 (95.9%), emergency 10/10,
# same day 9/10, book 4/6, leg question 3/3, over-alarm 2/71 (1 same-day), questions 7/11.
# Fields meet the target; missed: a mother in bed for 10 days after a knee replacement (same
# day: nothing), a smoker's calf pain at 300 metres that eases at rest and a miner's bottle of
# rye a day (book: nothing); alarmed: a surgeon standing 8 to 10 hours asking about stockings
# (same-day), a 20-hour flight with nothing wrong (book); not answered: B12 and cramps, lithium,
# pickle brine, why only at night.
HOLDOUT42_FLOORS = {"fields": 355 / 370, "emergency": 10, "today": 9, "book": 4, "ask": 3,
                    "questions": 7, "alarmed": 2, "alarmed_today": 1}  # fmt: skip

# holdout43 (as001...), written blind by a helper while GP reviews 112-115 were worked on,
# committed unread (521137f) and scored once on 2026-12-07 at 23cac02, after GP reviews 104-119
# and holdout41-42's concepts: fields 356/370 (96.2%), emergency 8/10, same day 10/10, book 5/6,
# leg question 3/3, over-alarm 2/71 (both same-day or emergency), questions 9/12. Fields meet the
# target; missed: a shin struck on a skip, hours later rock hard, shiny and numb-toed with pain
# that painkillers do not touch, and a 16-year-old drummer who stopped sweating and is confused
# in the heat (emergency: book and nothing), a teacher's calf that cramps after five minutes'
# walking and goes at rest (book: nothing); alarmed: a bloated, foggy day after gluten (same
# day), stomach muscles that cramped and 'winded' a roofer (emergency); not answered: magnesium
# pills over 60, teeth grinding (no entry), metformin, B12 and diabetics' cramps.
HOLDOUT43_FLOORS = {"fields": 356 / 370, "emergency": 8, "today": 10, "book": 5, "ask": 3,
                    "questions": 9, "alarmed": 2, "alarmed_today": 2}  # fmt: skip

# holdout44 (at001...), written blind by a helper while holdout43 was scored and GP review 120
# was worked on, committed unread (6d122e0) and scored once on 2026-12-07 at 0c4eaa4, after GP
# reviews 120-130 and holdout43's concepts: fields 398/410 (97.1%), emergency 8/10, same day
# 10/10, book 6/6, leg question 3/3, over-alarm 0/71, questions 11/12. Every target but the
# emergencies is met; missed (same day, not emergency): a lifter's back after a heavy pull, both
# legs weak and numb down the backs, worse since waking, and a weak, barely felt wee; a bite at
# the ankle in Belize that a cousin named as a snake ("tommygoff"), the leg swelling; not
# answered: whether quinine is safe, asked for a husband with MND.
HOLDOUT44_FLOORS = {"fields": 398 / 410, "emergency": 8, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 0, "alarmed_today": 0}  # fmt: skip

# holdout45 (au001...), written blind by a helper while GP reviews 127-130 were worked on,
# committed unread (7226182) and scored once on 2026-12-07 at 363ebb2, after GP reviews 131-135:
# fields 411/430 (95.6%), emergency 9/10, same day 10/10, book 5/6, leg question 3/3, over-alarm
# 2/71 (none same-day or emergency), questions 12/12. Missed: a firefighter the day after a 16-hour
# shift, muscle pain "severe", barely able to climb into the truck, and "peed an hour ago and it
# was the colour of cola" (nothing: the colour was told too many words after the pee); "half litre
# vodka most days" with shaking hands in the mornings (nothing); alarmed (book): a diazepam taper
# with an eyelid twitching, and a pickle-juice question from someone one calf cramp had woken.
HOLDOUT45_FLOORS = {"fields": 411 / 430, "emergency": 9, "today": 10, "book": 5, "ask": 3,
                    "questions": 12, "alarmed": 2, "alarmed_today": 0}  # fmt: skip

# holdout46 (av001...), written blind by a helper while GP reviews 133-135 were worked on and
# holdout45 was scored, committed unread (c52b965) and scored once on 2026-12-07 at cea38e0, after
# GP reviews 136-138 and holdout45's concepts: fields 326/340 (95.9%), emergency 10/10, same day
# 10/10, book 5/6, leg question 3/3, over-alarm 3/71 (2 same-day or emergency), questions 11/12.
# Missed (book): a care-home worker's calf "again at 2.30 this night ... before the clock jumped",
# 4 or 5 nights a week, "my sleep is destroyed" (nothing: the word cramp is never written, only
# "again ... left calf", so neither the diary nor the frequency read one). Alarmed: a foot
# "blue" from a new stocking's dye, told in the next sentence (emergency); toes numb in ski boots
# that came back in 10 minutes, "all normal now, pink and warm" (same day: "pink" read as red); a
# back cramp lifting a baby, "excruciating" (book, as the baby's pain). Not answered: omeprazole
# and a laxative as causes.
HOLDOUT46_FLOORS = {"fields": 326 / 340, "emergency": 10, "today": 10, "book": 5, "ask": 3,
                    "questions": 11, "alarmed": 3, "alarmed_today": 2}  # fmt: skip

# holdout47 (aw001...), written blind by a helper while holdout46 was scored and its concepts
# were worked on, committed unread (3ff8c68) and scored once on 2026-12-07 at 025a8af, after GP
# reviews 139-144 and holdout46's concepts: fields 332/340 (97.6%), emergency 10/10, same day
# 9/10, book 5/6, leg question 3/3, over-alarm 5/71 (3 same-day or emergency), questions 10/12.
# Missed: tingling lips and hands cramping into a beak two days after "the operation in Shiraz to
# take out a parathyroid gland" (same day; nothing: the operation told with where and why before
# the gland); a lighthouse keeper's calf that cramps halfway up the hill and goes "if I stop and
# lean on the wall for a couple of minutes" (book; nothing: the rest told in too many words).
# Alarmed: dark wee after sweating, "no cramps, no aches anywhere ... it's pale again now"
# (emergency: the urine's "pale" read as the leg's); "jaw is stiff" after a root canal with "no
# cuts or wounds anywhere" (emergency: "cuts" ended the denial before "wounds"); a hot water
# bottle's pinkish mark, "not swollen, not hot, no temperature" (same day); "legs are tight all
# the time" with cerebral palsy beside one cramp, and a husband's cramps now "two in the last
# month instead of twenty" (book). Fields: "just cramped" read with no time, "properly bad" with
# no severity, "como un minuto", a fall-back 1:30 "then the clocks went back" read as the second,
# and four messages logged that tell no episode (a player's cramp in the news, "no cramp today",
# cramps "put down to" a bad back, "they cramp even when I'm sitting"). Not answered: "real
# science or just a meme" of pickle juice, and a Symbicort inhaler as a cause.
HOLDOUT47_FLOORS = {"fields": 332 / 340, "emergency": 10, "today": 9, "book": 5, "ask": 3,
                    "questions": 10, "alarmed": 5, "alarmed_today": 3}  # fmt: skip

# holdout48 (ax001...), written blind by a helper while holdout47 was scored and GP reviews
# 145-147 were worked on, committed unread (8c92ad9) and scored once on 2026-12-07 at 2fe3f67,
# after holdout47's concepts and GP reviews 145-147: fields 345/360 (95.8%), emergency 9/10, same
# day 10/10, book 6/6, leg question 3/3, over-alarm 2/71 (2 same-day or emergency), questions
# 10/10. Missed (emergency): a trumpet player collapsed at band camp, "burning hot but her skin is
# dry", confused (nothing: the dry skin told apart from the heat, and no word for the weather).
# Alarmed (same day): a statin the doctor "wants to add", not started; lithium for six years with
# "not stopping it though" read as a cramp that will not stop. Fields: "zero cramps this week"
# and "I've only had a couple so far" and "last swing i got heat cramps a couple of times" logged;
# "Since this afternoon I have cramps ... every few minutes" and "after last night's cramp" not
# logged; "at 6:40 this morning" told after "got woke by a cramp" read as the night; "it wasnt the
# toe it was my rigth calf" read as the toes; "7/10 easy" as 8; "40 min away" as a length; a
# nurse's cramp after a night shift that ended "at 7h" read as the night.
HOLDOUT48_FLOORS = {"fields": 345 / 360, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 10, "alarmed": 2, "alarmed_today": 2}  # fmt: skip

# holdout49 (ay001...), written blind by a helper while holdout48 was scored and GP reviews
# 148-150 were worked on, committed unread (76808aa) and scored once on 2026-12-07 at 1ac2d39,
# after holdout48's concepts and GP reviews 148-162: fields 339/345 (98.3%), emergency 9/10, same
# day 10/10, book 6/6, leg question 3/3, over-alarm 2/71 (none same-day or emergency), questions
# 11/12. Missed (emergency): a two-year-old found with a grandparent's quinine tablets, "the strip
# is open and 3 are missing", "seems ok right now" (nothing: tablets missing from an opened strip
# not read as swallowed). Alarmed (book): a friend's advice to drink tonic water "every night" for
# its quinine, asked about, not followed; "still tired all the time" months after covid beside
# one mild foot cramp. Fields: "it was very much pain" read with no severity; "my calves cramp 4
# or 5 nights a week ... another one around 4 this morning" read as both legs; logged though they
# tell no episode: "no big spasms, no cramps", a team of whom "half of them cramp in the 4th
# quarter", a calf that "has been cramping on and off since Boxing Day", and a calf that "cramps
# up after I walk about 300 yards" (the habit, with its length). Not answered: caffeine asked of
# "4 energy drinks during ranked grind".
HOLDOUT49_FLOORS = {"fields": 339 / 345, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 2, "alarmed_today": 0}  # fmt: skip

# holdout50 (az001...), written blind by a helper while holdout49 was scored and GP reviews
# 163-165 were worked on, committed unread (c41801a) and scored once on 2026-12-07 at 1219885,
# after holdout49's concepts and GP reviews 163-168: fields 315/335 (94.0%), emergency 10/10,
# same day 10/10, book 6/6, leg question 3/3, over-alarm 0/71, questions 11/12. Fields: not
# logged: "in the evening when i sit in the car both my calves make cramp together" after "today
# i harvest grapes" (the present of second-language English read as a habit), and a calf cramp
# "at 1:45am, the island went back half an hour at 2 so there were two 1:45s" on Lord Howe;
# logged though they tell no episode: cramps "on the last long trip" and "last tournament" told
# as the reason for a plan, "nobody cramped", cramps "much better than they were on tamoxifen",
# and a calf that "cramps after about 200 metres ... every single time"; "the 2nd 1:45" read as
# the 2nd of the month; "pond hockey all day yesterday and a cramp ... woke me at 5" read as
# yesterday; "home from reveillon, shoes off and my left foot arch cramped" read with no time.
# Not answered: whether it is normal for "an 8 yr old" to wake crying with leg cramps.
HOLDOUT50_FLOORS = {"fields": 315 / 335, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 0, "alarmed_today": 0}  # fmt: skip

# holdout51 (ba001...), written blind by a helper while holdout50 was scored and GP reviews
# 169-171 were worked on, committed unread (7cd86ef) and scored once on 2026-12-07 at 8dba4fd,
# after holdout50's concepts and GP reviews 169-177: fields 370/380 (97.4%), emergency 9/10,
# same day 10/10, book 6/6, leg question 3/3, over-alarm 4/71 (2 same-day or emergency),
# questions 11/11. Emergency missed: vomiting and diarrhoea since the evening after eating
# foraged mushrooms, both legs cramping and the husband who ate them falling sick (same day).
# Alarmed: news of people collapsing at a festival (emergency); whether magnesium citrate
# "just sends you running to the toilet" (same day); a father's legs "want to move" on
# ropinirole, asked about (book); truckers who come in with cramps (book). Fields: logged
# though no episode is told: a calf "first i think it is cramp but it is not going" (a clot's
# signs), cramps that "still come when I lie down", "too tired to even get cramps" and a wife's
# in pregnancy, cramps "quiet this week", neck and back spasms with a stiff jaw after a nail
# (tetanus); "the clocks just jumped to 3 so thats an hour gone" read as the cramp's hour;
# the mushroom cramps timed at "since 6 pm" (the vomiting's) not now; a scorpion sting "on the
# right foot" and the leg cramping logged as the foot; "this evening ... when i got up off the
# mat" read as the morning; "till 9, at quarter past" read with no time.
HOLDOUT51_FLOORS = {"fields": 370 / 380, "emergency": 9, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 4, "alarmed_today": 2}  # fmt: skip

# holdout52 (bb001...), written blind by a helper while holdout51 was scored and GP reviews
# 178-180 were worked on, committed unread (dd41ba1) and scored once on 2026-12-07 at 683b109,
# after holdout51's concepts and GP reviews 178-185: fields 336/360 (93.3%), emergency 10/10,
# same day 8/10, book 6/6, leg question 3/3, over-alarm 3/71 (2 same-day or emergency),
# questions 12/12. Same day missed: a potter mixing lead glazes for 15 years without a mask,
# with night cramps, tummy pains and exhaustion (book); long covid with cramps begun in the
# calves "and now I'm getting them in my forearms and across my stomach too" (none).
# Alarmed: a sickle-cell writer telling a crisis from a cramp (same day); "bent over the table
# for 3 hours" read as a snooker cramp's length (same day) and the island's clocks that
# "jumped half an hour" as a cramp's (book). Fields: not logged: fingers that "curled up round
# the machine and wouldnt open" while tattooing, and a calf that cramped "during the countdown"
# at New Year; logged though no episode is told: stretches that work ("three weeks now without
# a single foot cramp"), pilgrims' cramps on the news, a cramp in a 2019 final, restless legs
# asked about, the sickle-cell comparison, a B12 question ("I get one every few weeks"), a
# cramp diary's "four cramps since January ... nothing since the 12th", the long-covid cramps;
# "which 1.20" after the clocks went back read as 3:00, "7 this morning" as 9, and thighs that
# "cramped all afternoon" with no time.
HOLDOUT52_FLOORS = {"fields": 336 / 360, "emergency": 10, "today": 8, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 3, "alarmed_today": 2}  # fmt: skip

# holdout53 (bc001...), written blind by a helper while holdout52 was scored and GP reviews
# 186-192 were worked on (88 time zones, both year ends, cramps in a repeated or skipped hour),
# committed unread (10c6934) and scored once on 2026-12-07 at 5fb6ca9, after holdout52's
# concepts and GP reviews 186-198: fields 330/345 (95.7%), emergency 10/10, same day 10/10,
# book 6/6, leg question 2/3, over-alarm 5/71 (1 same-day or emergency), questions 9/12.
# Leg question missed: a foot that "looks not normal, I cannot say what exactly" the morning
# after a cramp (logged only). Alarmed: a hard kick to the shin in sparring, then a cramp of
# the muscle in front of it (book); a hip cramp after crawling through a ceiling cavity on a
# pest-control job (same day); a son's vincristine cramps that stopped when the dose was
# lowered (book); "zapateado drills for an hour" read as a shin cramp's length (book); leg
# cramps after a gastric sleeve that "have stopped" (book). Questions not answered: why cramps
# come at 3 a.m. in bed and not on the roof (why_night), a nan's tonic water at 88
# (tonic_water), compression socks for night cramps (compression_socks). Fields: the calf that
# cramped in the repeated hour ("about half one, no idea which half one") timed at 3:00;
# "three weeks ... not a single one" logged; "cramped ... about 15 minutes ago and it's STILL
# locked" with no length; the shin cramp logged as the foot; a seaweed farmer's cramps in legs,
# arms and stomach logged as both arms; the sleeve's stopped cramps logged; "back of the thigh"
# logged as the thigh; "it's past midnight so technically yesterday now: this evening around 6
# ... cramped" not logged.
HOLDOUT53_FLOORS = {"fields": 330 / 345, "emergency": 10, "today": 10, "book": 6, "ask": 2,
                    "questions": 9, "alarmed": 5, "alarmed_today": 1}  # fmt: skip

# holdout54 (bd001...), written blind by a helper while holdout53 was scored and GP review 199
# was worked on (90 time zones, sauna and cold-plunge bathers, cavers, deaf writers, amputees,
# spinal cord injury), committed unread (3f702cc) and scored once on 2026-12-07 at 92f080a,
# after holdout53's concepts and GP reviews 199-205: fields 337/375 (89.9%), emergency 10/10,
# same day 9/10, book 6/6, leg question 3/3, over-alarm 4/71 (1 same-day or emergency),
# questions 12/12. Same day missed: eleven years on a lead crystal line with months of night
# cramps, stomach aches and tiredness, a colleague with high blood lead (book). Alarmed: a
# sauna chest tightness in January "checked, ECG and bloods normal ... nothing like that
# since" beside a cramp log (emergency); restless legs asked about ("legs feel like ants
# crawling", book); magnesium spray asked about (book); a calf that "twitched like a small
# fish ... but it didn't cramp. No pain" (book). Fields: logged though no episode is told: a
# pickle-brine question ("my legs is cramping in the night"), a polio survivor's thinning
# thigh that "twitches ... and cramps also", a fisherman's stiff jaw, neck and back after a
# hook wound, a Guillain-Barre history, a stretch question ("my calves knot up at night"), a
# DVT history with "none this week", B12 pins and needles "gone ... none today", "deaf.
# husband cramp night. not me."; not logged: a list log ("- where: left calf"), a log
# answering a quoted question ("Ok: this morning 5:50, left calf, 3 min, bad."), "the front
# of both my thighs get cramp" and "I get cramp in my left calf" in second-language English;
# no time for "on the way out" of a cave dive one is back from, "cramp left calf in night" or
# "in the last savasana"; no length for "lasted about 2 minutes maybe less" after "my right
# cath I mean calf"; "coming in waves for 1h now" read as one cramp's hour; "funny more than
# painful" read as severity 6.
HOLDOUT54_FLOORS = {"fields": 337 / 375, "emergency": 10, "today": 9, "book": 6, "ask": 3,
                    "questions": 12, "alarmed": 4, "alarmed_today": 1}  # fmt: skip

# holdout55 (be001...), written blind by a helper while holdout54 was scored and GP reviews
# 206-207 were worked on (54 time zones, divers, pilgrims, night-market cooks, dialysis,
# transplant, lithium, Ramadan fasting), committed unread (aeb3fb9) and scored once on
# 2026-12-08 at 413e7de, after holdout54's concepts and GP reviews 206-209: fields 324/360
# (90.0%), emergency 10/10, same day 10/10, book 6/6, leg question 3/3, over-alarm 5/71 (4
# same-day or emergency), questions 11/12. Alarmed: an ankle and calf swelling after a flight,
# scanned, "no clot", gone down (same day); a tattoo "bit pink ... but no fever, not hot, not
# spreading" (same day); chest tightness after a long paddle, "ECG, bloods and a CT all
# clear" (emergency); a shallow coral graze cleaned, "tetanus booster in March" (same day); a
# suhoor cramp under a quoted line (book). Not answered: does lithium give leg cramps
# (medicines). Fields: logged though no episode is told: "slept like a stone, no cramp at
# all"; a rower's shin pain asked "it is only a cramp from rowing, yes?" (an emergency); a
# foot numb from sitting "no cramp, no pain since"; a numbered list of a walker's questions; a
# grandad's white leg and "I've had none this week"; a list of notes after a year on a pump;
# not logged: "my right hamstring grabbed at about 2pm" on a swim, "exam tmrw and left calf
# cramp at 3am", "around 11 my right hand cramped from the blades" just after midnight, a
# quad's "7/10, 90 seconds" after a quoted coach, a calf "still sore two days after a cramp"
# asked about; no length for "sit on the crate for like 5 mins bago nawala" or "go off the
# bike and walk, maybe 3-4 minutes"; no severity for "a massive cramp"; "annoying more than
# painful" read as 3; a cramp on yesterday's flight timed now.
HOLDOUT55_FLOORS = {"fields": 324 / 360, "emergency": 10, "today": 10, "book": 6, "ask": 3,
                    "questions": 11, "alarmed": 5, "alarmed_today": 4}  # fmt: skip

# holdout56 (bf001...), written blind by a helper while holdout55 was scored and GP review 210
# was worked on (84 time zones, warehouse pickers, truckers, pole and ballet dancers, rowers,
# beekeepers, climbers at altitude, new mothers, wheelchair users), committed unread (e408540)
# and scored once on 2026-12-08 at f3bc319, after holdout55's concepts and GP reviews 210-211:
# fields 328/350 (93.7%), emergency 10/10, same day 10/10, book 4/6, leg question 2/3,
# over-alarm 1/71 (none same-day or emergency), questions 12/12. Book missed: a trucker's
# cramps "every dang night for about 3 months ... 2 or 3 times a night ... nothing works"; a
# calf that cramps "after a couple of hundred metres" uphill and goes after standing a
# minute, since spring. Leg question missed: "since the cramp of yesterday night my right calf
# is feeling somehow". Alarmed: whether magnesium oil spray is "a chemist scam" (book).
# Fields: times of a cramp "at 5" after a shift, "out on the boat since 4", "all arvo",
# "when I wriggled into my sleeping bag" at a camp, "7 in morning I was going to sleep";
# lengths "sit on the mat for like a minute or 2", "rode it out maybe 40 secs", "keep rowing
# with it screaming for like 2 min", and "rubbing it 20 min" read as a cramp's; "I thought was
# only a cramp" beside a calf swollen after a caesarean logged; "after that cramp earlier" not
# logged; "right thigh ... different to the left one" read as both; "left thigh in front" as
# the thigh; a cramp in the repeated hour of a clock change not timed.
HOLDOUT56_FLOORS = {"fields": 328 / 350, "emergency": 10, "today": 10, "book": 4, "ask": 2,
                    "questions": 12, "alarmed": 1, "alarmed_today": 0}  # fmt: skip


@pytest.mark.parametrize(
    ("part", "floors"),
    [("holdout", HOLDOUT_FLOORS), ("holdout2", HOLDOUT2_FLOORS), ("holdout3", HOLDOUT3_FLOORS),
     ("holdout4", HOLDOUT4_FLOORS), ("holdout5", HOLDOUT5_FLOORS), ("holdout6", HOLDOUT6_FLOORS),
     ("holdout7", HOLDOUT7_FLOORS), ("holdout8", HOLDOUT8_FLOORS),
     ("holdout9", HOLDOUT9_FLOORS), ("holdout10", HOLDOUT10_FLOORS),
     ("holdout11", HOLDOUT11_FLOORS), ("holdout12", HOLDOUT12_FLOORS),
     ("holdout13", HOLDOUT13_FLOORS), ("holdout14", HOLDOUT14_FLOORS),
     ("holdout15", HOLDOUT15_FLOORS), ("holdout16", HOLDOUT16_FLOORS),
     ("holdout17", HOLDOUT17_FLOORS), ("holdout18", HOLDOUT18_FLOORS),
     ("holdout19", HOLDOUT19_FLOORS), ("holdout20", HOLDOUT20_FLOORS),
     ("holdout21", HOLDOUT21_FLOORS), ("holdout22", HOLDOUT22_FLOORS),
     ("holdout23", HOLDOUT23_FLOORS), ("holdout24", HOLDOUT24_FLOORS),
     ("holdout25", HOLDOUT25_FLOORS), ("holdout26", HOLDOUT26_FLOORS),
     ("holdout27", HOLDOUT27_FLOORS), ("holdout28", HOLDOUT28_FLOORS),
     ("holdout29", HOLDOUT29_FLOORS), ("holdout30", HOLDOUT30_FLOORS),
     ("holdout31", HOLDOUT31_FLOORS), ("holdout32", HOLDOUT32_FLOORS),
     ("holdout33", HOLDOUT33_FLOORS), ("holdout34", HOLDOUT34_FLOORS),
     ("holdout35", HOLDOUT35_FLOORS), ("holdout36", HOLDOUT36_FLOORS),
     ("holdout37", HOLDOUT37_FLOORS), ("holdout38", HOLDOUT38_FLOORS),
     ("holdout39", HOLDOUT39_FLOORS), ("holdout40", HOLDOUT40_FLOORS),
     ("holdout41", HOLDOUT41_FLOORS), ("holdout42", HOLDOUT42_FLOORS),
     ("holdout43", HOLDOUT43_FLOORS), ("holdout44", HOLDOUT44_FLOORS),
     ("holdout45", HOLDOUT45_FLOORS), ("holdout46", HOLDOUT46_FLOORS),
     ("holdout47", HOLDOUT47_FLOORS), ("holdout48", HOLDOUT48_FLOORS),
     ("holdout49", HOLDOUT49_FLOORS), ("holdout50", HOLDOUT50_FLOORS),
     ("holdout51", HOLDOUT51_FLOORS), ("holdout52", HOLDOUT52_FLOORS),
     ("holdout53", HOLDOUT53_FLOORS),
     ("holdout54", HOLDOUT54_FLOORS), ("holdout55", HOLDOUT55_FLOORS),
     ("holdout56", HOLDOUT56_FLOORS), ("holdout57", HOLDOUT57_FLOORS),
     ("holdout58", HOLDOUT58_FLOORS)],
)  # fmt: skip
def test_kept_apart_parts_scored_once_do_not_get_worse(
    scores: dict[str, Score], part: str, floors: dict[str, float]
) -> None:
    held = scores[part]
    assert held.rate(held.fields) >= floors["fields"], report(held)
    for level in ("emergency", "today", "book", "ask"):
        assert sum(held.recall.get(level, [])) >= floors[level], report(held)
    assert sum(held.questions) >= floors["questions"], report(held)
    assert sum(held.ordinary) <= floors["alarmed"], report(held)
    assert sum(held.alarmed_today) <= floors["alarmed_today"], report(held)
