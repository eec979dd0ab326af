"""What a question asks, read by concept where a keyword phrase cannot say it (used by
`bot.services.search` to rank the entries its keywords found).

- `during_a_cramp`: what to do while a cramp holds, for oneself or for someone else: the moment
  it comes ("when his calf seizes", "once it starts", "mid swim", "someone having one") with
  what to do, how to help, or a choice between things to do then ("rub it or get up").
- `young_relative`: a grandchild, a niece or nephew, pupils or a youth team ("under 10s",
  "u12s") told as the ones whose legs cramp or hurt.
- `quinine_prescribed`: quinine told as a medicine (prescribed, tablets, from the GP), and
  `asks_tonic_first`: a question that asks about tonic water (or gin and tonic) before quinine.
- `prescriber_withholds` with `why_asked`: a doctor who will not prescribe, or stopped,
  something, and the reason asked.
- `why_at_night`: why cramps come at night, in bed or at an hour of the night, however far the
  words are apart ("why do they always wait for 3am in bed and never come at work?").
- `clauses`, `asks`, `works_asked`, `points_back`, `another_asked`: a message read by its
  clauses, for a remedy asked about ("does it do anything?", "is it safe for her") apart from
  what the writer tells around it ("I'm on my feet all day").
"""

from __future__ import annotations

import re
from typing import Final

# The moment a cramp comes or holds: "when his calf seizes", "once it starts", "the moment a
# cramp starts" (not what the writer starts: "once I started statins"), "when I get one",
# "someone having a cramp".
_ONSET: Final = (
    r"(?:starts?|started|starting|begins?|comes?\s+on|came\s+on|kicks?\s+in|kicked\s+in|hits?"
    r"|grabs?|grabbed|strikes?|struck|seizes?|seized|seizing|locks?|locked|locking|goes|went"
    r"|knots?|knotted|tightens?|tightened|cramps?|cramped|cramping|spasms?|spasming|happens?"
    r"|happened|happening|takes?\s+hold|sets?\s+in)"
)
_GETS_ONE: Final = (
    r"(?:gets?|got|has|have|having|had)\s+(?:a|one|another)\s+(?:\w+\s+){0,2}?(?:cramp|spasm"
    r"|charley\s+horse)"
)
_WHEN: Final = (
    r"(?:when|whenever|while|whilst|once|as\s+soon\s+as|the\s+(?:moment|minute|second|instant))"
)
_MOMENT_RE: Final = re.compile(
    rf"\b{_WHEN}\s+(?!(?:i|we|you|u|im|i'm)\s)(?:[\w']+\s+){{0,4}}?{_ONSET}\b"
    rf"|\b(?:{_WHEN}|someone|somebody|a\s+person)\s+(?:[\w']+\s+){{0,3}}?{_GETS_ONE}\b"
    # "a foot that has locked up", "someone whose calf has seized"
    r"|\b(?:has|have|is|are)\s+(?:just\s+)?(?:locked|seized|knotted|gone\s+into\s+(?:a\s+)?"
    r"(?:cramp|spasm))\b"
    r"|\bmid[\s-]?(?:cramp|spasm|swim|run|race|ride|match|game|set|lap|length|climb|dive|walk"
    r"|hike|drive|shift|flight|session|workout|class)\b"
    r"|\b(?:in\s+the\s+middle\s+of|during)\s+(?:a|one|the|an?\s+actual)\s+(?:cramp|spasm)\b"
    r"|\bactually\s+happening\b|\bin\s+the\s+moment\b"
    # what should have been done, asked after a cramp told: the moment was then
    r"|\b(?:should|could)\s+(?:i|we|you|u)\s+have\s+done\b"
)
# The writer's habit or prevention asked: "what can I do, they come every night" asks how to
# stop them coming, not what to do while one holds.
_PREVENTION_RE: Final = re.compile(
    r"\b(?:prevent\w*|avoid\w*|stop\s+(?:them|it|these|getting)\s+(?:from\s+)?(?:coming|happening"
    r"|getting)|stop\s+getting|keep\s+(?:them|it)\s+away|every\s+(?:night|day|evening|morning)"
    r"|most\s+nights|all\s+the\s+time|for\s+(?:weeks|months|years))\b"
)
# Something to do asked: "what can I do", "the best thing to do", "anything that eases it",
# how to help someone, "what should I have done".
_TO_DO_RE: Final = re.compile(
    r"\bwh?at\s+(?:(?:can|could|should|shall|do|does|would|must)\s+(?:i|you|u|we|one|people"
    r"|they)\s+(?:\w+\s+)?(?:have\s+)?(?:do|done)|(?:is\s+|'?s\s+)?(?:the\s+)?(?:\w+\s+)?(?:thing\s+)?"
    r"to\s+do)\b"
    r"|\b(?:best|first|right|quickest|fastest)\s+thing\s+to\s+do\b"
    r"|\banything\s+(?:\w+\s+){0,3}?(?:ease|eases|help|helps|stop|stops|relieve|relieves|loosen"
    r"|loosens|release|releases)\b"
    r"|\bhow\s+(?:do|can|could|should|would|to)\s+(?:i\s+|you\s+|u\s+|we\s+)?help\b"
)
# A choice between things to do while it holds: "rub it or get out", "walk it off or lie down".
_COPE: Final = (
    r"(?:walk\w*|rub\w*|stretch\w*|massag\w*|stand\w*|stay\w*|keep\w*|kept|stop\w*|get\w*\s+(?:out"
    r"|off|up)|got\s+(?:out|off|up)|hop\w*\s+(?:off|out)|jump\w*\s+(?:off|out)|float\w*|push\w*"
    r"|sit\w*|lie|lying|flex\w*|point\w*|pull\w*|shak\w*|carry\w*\s+on|rest\w*|hold\w*|leave\s+it)"
)
_CHOICE_RE: Final = re.compile(
    rf"\b{_COPE}\b(?:\s+\w+){{0,4}}?\s+or\s+(?:(?:just|should|do|i|you|u|to|even)\s+){{0,3}}{_COPE}\b"
)


def during_a_cramp(text: str) -> bool:
    """Whether a (lower-cased) question asks what to do while a cramp holds."""
    if _MOMENT_RE.search(text) is None or _PREVENTION_RE.search(text):
        return False
    return bool(_TO_DO_RE.search(text) or _CHOICE_RE.search(text))


# A grandchild, niece or nephew as the one whose legs cramp or hurt ("my grandson gets cramp
# in his calves", "my niece (7) keeps waking with sore legs"); not the writer's own cramp told
# beside them ("played with the grandkids and my hamstring cramped").
YOUNG_RELATIVE_RE: Final = re.compile(
    r"(?:\b(?:grand(?:son|daughter|child|kid)s?|grandchildren|nephews?|nieces?)\b"
    # pupils and youth teams told the same way: "several pupils have mentioned calf cramps",
    # "a couple of my under 12s keep cramping" (not the eyes' pupils, nor a coach's own cramp)
    r"|\b(?:my|our|the|some|several|a\s+few|a\s+couple\s+of|one\s+of\s+(?:my|our|the)|two\s+of\s+(?:my|our|the)"
    r"|few\s+of\s+(?:my|our|the)|lots\s+of|loads\s+of|many)\s+(?:pupils|under[\s-]?(?:[4-9]|1[0-8])'?s"
    r"|u[\s-]?(?:[4-9]|1[0-8])'?s)\b)(?:\s*\(\d+\))?"
    r"\s+(?:[\w',]+\s+){0,4}?(?:gets?|got|has|had|keeps?|kept|wakes?|woke|cramp\w*|complains?"
    r"|says?|said)\b(?![^.!?]{0,40}?\b(?:my|i|i'?m|me)\b)(?=[^.!?]{0,60}?\b(?:cramp\w*|legs?|calf"
    r"|calves|feet|foot|pains?|ache\w*|hurts?|sore))"
)

# A youth team by its age group ("under 10s", "u12s"), with some of its players told as the
# ones whose legs cramp: "i coach under 10s and a few of the lads say cramp wakes them up".
_YOUTH_TEAM_RE: Final = re.compile(
    r"\b(?:under[\s-]?(?:[4-9]|1[0-8])'?s|u[\s-]?(?:[4-9]|1[0-8])'?s?)\b"
)
_SOME_OF_THEM_RE: Final = re.compile(
    r"\b(?:a\s+few|some|several|one|two|three|many|lots|loads|most|half|a\s+couple)\s+of\s+(?:the|my"
    r"|them|our)\s*(?:lads|boys|girls|players|kids|team|squad)?\s+(?:[\w',]+\s+){0,3}?(?:gets?|got"
    r"|have|has|had|keeps?|kept|wake|woke|cramp\w*|complain\w*|say|said|tell|told|mention\w*)\b"
)


def young_others(text: str) -> bool:
    """Whether a (lower-cased) message tells of children other than the writer's own child
    as the ones whose legs cramp or hurt (a grandchild, pupils, a youth team's players)."""
    return YOUNG_RELATIVE_RE.search(text) is not None or bool(
        _YOUTH_TEAM_RE.search(text) and _SOME_OF_THEM_RE.search(text)
    )


# Quinine (or a misspelling) told as a medicine: prescribed, a tablet, from a doctor.
_QUININE: Final = r"(?:quinine|quinin|quinnine|quinene|quinines)"
_QUININE_RE: Final = re.compile(rf"\b{_QUININE}\b(?!\s+in\b)")
_MEDICINE_CUE_RE: Final = re.compile(
    r"\b(?:prescri\w*|tablets?|pills?|capsules?|caps|sulph?ates?|bisulph?ates?|doses?|mg|gp|gps"
    r"|doctors?|docs?|dr|consultant|specialist|neurologist|pharmacist|chemist|surgery|nurse"
    r"|hospital|repeat|on\s+(?:\w+\s+)?quinin\w*|off\s+(?:\w+\s+)?quinin\w*)\b"
)
_SENTENCE_RE: Final = re.compile(r"[^.!?\n]+")
_TONIC_RE: Final = re.compile(r"\b(?:tonic|g\s*&\s*t|g\s+and\s+t|g\s+n\s+t|schweppes)\b")
_ASKED_RE: Final = re.compile(
    r"(?:^|[,;]\s*|\b(?:so|and|but|or)\s+)(?:what|why|how|which|is|are|does|do|can|could|should"
    r"|would|will|any)\b"
)


def quinine_prescribed(text: str) -> bool:
    """Whether a sentence of a (lower-cased) message tells quinine as a medicine ("my GP gave
    me quinine tablets"; not the "quinine in tonic water")."""
    return any(
        _QUININE_RE.search(sentence) and _MEDICINE_CUE_RE.search(sentence)
        for sentence in _SENTENCE_RE.findall(text)
    )


def asks_tonic_first(asked: str) -> bool:
    """Whether a question part names tonic water before quinine once it starts asking ("my GP
    says quinine is too risky, is tonic water a safer option?")."""
    for sentence in _SENTENCE_RE.findall(asked):
        opening = _ASKED_RE.search(sentence)
        rest = sentence[opening.start() :] if opening else sentence
        tonic, quinine = _TONIC_RE.search(rest), re.search(rf"\b{_QUININE}\b", rest)
        if tonic or quinine:
            return tonic is not None and (quinine is None or tonic.start() < quinine.start())
    return False


# A doctor who will not prescribe something, or stopped it: "my GP won't give me quinine any
# more", "the surgery stopped my prescription", "the doctor took her off it".
_PRESCRIBER: Final = (
    r"(?:gp|gps|doctors?|docs?|dr|drs|consultant|specialist|surgery|practice|nurse|pharmacist"
    r"|chemist)"
)
_WITHHOLDS: Final = (
    r"(?:won'?t|wont|will\s+not|would\s+not|wouldn'?t|can'?t|cant|cannot|refus\w*|reluctant"
    r"|unwilling|hesitant|wary|not\s+keen|(?:dead\s+)?against|stopped|stopping|(?:has|have)\s+stopped"
    r"|took\s+\w+\s+off|tak(?:en|ing)\s+\w+\s+off|said\s+no|says\s+no|no\s+longer|withdr\w*"
    r"|discontinu\w*|funny\s+about|(?:not|don'?t|doesn'?t|dont|doesnt)\s+like)"
)
_WITHHELD_RE: Final = re.compile(
    rf"\b{_PRESCRIBER}\b[^.!?]{{0,60}}?\b{_WITHHOLDS}\b"
    rf"|\b{_WITHHOLDS}\s+(?:\w+\s+){{0,3}}?prescri\w*"
)
_WHY_RE: Final = re.compile(
    r"\b(?:why|whys|reason|reasons|how\s+come|because|problem|issue|wrong\s+with)\b"
)


def prescriber_withholds(text: str) -> bool:
    """Whether a (lower-cased) message tells of a doctor who will not prescribe, or stopped,
    something."""
    return _WITHHELD_RE.search(text) is not None


def why_asked(asked: str) -> bool:
    """Whether a question part asks for a reason ("why?", "how come", "any reason?")."""
    return _WHY_RE.search(asked) is not None


# The night's hours as a cramp's time: "at night", "in bed", "asleep", "in the small hours",
# "at 3am", "half 2 in the morning" (not "a night out": a night told as the evening's doings).
_NIGHT_TIME_RE: Final = re.compile(
    r"\b(?:(?:at|in\s+the|through\s+the|during\s+the|every|each|most|some)\s+night(?!\s+(?:out|on"
    r"|shift))|nights|nightly|night[\s-]?time|overnight|in\s+(?:my\s+|the\s+)?bed|asleep|sleeping"
    r"|in\s+my\s+sleep|when\s+i\s+sleep|bed\s*time|(?:middle|dead)\s+of\s+the\s+night"
    r"|(?:small|early|wee)\s+hours|(?:lie|lying)\s+down"
    r"|(?:[1-5]|12)(?:[:.][0-5]\d)?\s*a\.?m\b"
    r"|(?:half\s+(?:past\s+)?)?(?:[1-5]|12|one|two|three|four|five)(?:[:.][0-5]\d)?\s+in\s+the"
    r"\s+morning)"
)
# ... not told as when they do not come: "never in bed", "but not at night"
_NOT_THEN_RE: Final = re.compile(r"\b(?:never|not|nor|no|dont|don'?t|isn'?t)\s+(?:\S+\s+){0,2}$")
# a reason asked: "why", "how come"; or closing the sentence ("... at 3am, why?")
# (not a reason known: "now I get why"; nor one told: "my wife reckons that's why", "which
# is why")
_WHY_OPENS_RE: Final = re.compile(
    r"(?<!\bget\s)(?<!\bsee\s)(?<!\bknow\s)(?<!\bknew\s)(?<!'s\s)(?<!\bthats\s)(?<!\bis\s)"
    r"(?<!\bwas\s)\b(?:why|whys|how\s+come)\b"
)
_WHY_CLOSES_RE: Final = re.compile(r"\b(?:why|how\s+come)\W*$")


# Sentences with their closing marks ("3.30am" is not two)
_SENTENCES_RE: Final = re.compile(r"(?:[^.!?\n]|(?<=\d)\.(?=\d))+[.!?]*")


def sentences(text: str) -> list[str]:
    """A message's sentences, each with its closing "?" or "." (a time's "3.30" kept whole)."""
    return [s.strip() for s in _SENTENCES_RE.findall(text) if s.strip()]


def why_at_night(text: str) -> bool:
    """Whether a (lower-cased) message asks why cramps come at night: a reason asked, and a
    night's or sleep's time not denied, in one sentence ("why do they always come at 3am in bed
    and never while I'm busy all day?"), with or without the day set against it."""
    for sentence in sentences(text):
        opening = _WHY_OPENS_RE.search(sentence)
        if opening is None:
            continue
        closes = _WHY_CLOSES_RE.search(sentence)
        rest = sentence if closes else sentence[opening.end() :]
        for night in _NIGHT_TIME_RE.finditer(rest):
            if not _NOT_THEN_RE.search(rest[: night.start()]):
                return True
    return False


# Whether something works, helps or is safe, asked: "does it do anything", "any good", "worth
# it", "is it safe for her", "should I wear them" (not "at work").
_WORKS_ASKED_RE: Final = re.compile(
    r"\b(?:(?<!\bat\s)(?<!\bto\s)(?<!\bfor\s)(?<!\bof\s)(?<!\bmy\s)(?<!\bthe\s)(?<!\bfrom\s)"
    r"(?<!\bafter\s)work|works|worked|help|helps|helped|do\s+anything|does\s+anything"
    r"|did\s+anything|do\s+much|any\s+good|any\s+use|of\s+use|worth|effective|safe|safer|ok|okay"
    r"|alright|good\s+for|useful|make\s+(?:a|any)\s+difference|dangerous|harmful|risky"
    r"|side[\s-]?effects?|should\s+(?:i|we|he|she|they|you)\s+(?:wear|take|try|drink|use|get|buy"
    r"|give))\b"
)
# A clause that asks: it opens as a question, or ends with "?"
_OPENS_ASKING_RE: Final = re.compile(
    r"^(?:(?:so|and|but|or|also|then)\s+)?(?:is|are|was|does|do|did|can|could|should|would|will"
    r"|what|whats|what'?s|why|how|which|any|anyone|anybody)\b"
)
_ASKS_INSIDE_RE: Final = re.compile(
    r"\?|\b(?:so|and|but|or)\s+(?:is|are|does|do|did|can|could|should|would|will)\b"
    r"|\bwonder(?:ing)?\s+(?:if|whether)\b"
)
_POINTS_BACK_RE: Final = re.compile(r"\b(?:it|they|them|these|those|that|this)\b")
# Where a sentence's clauses part: a comma or a dash, or what the writer goes on to tell ("do
# compression socks help as I'm on my feet all day")
_CLAUSE_BREAK_RE: Final = re.compile(
    r"\s*[,;:]\s+|\s+[-\u2013\u2014]+\s+|\s+(?=(?:because|cos|coz|as|since|and|but|though"
    r"|although)\s+(?:i|i'?m|im|i'?ve|ive|my|we|we'?re|she|she'?s|he|he'?s|they|they'?re)\b)"
)


def clauses(text: str) -> list[str]:
    """A message's sentences, each parted into its clauses (`_CLAUSE_BREAK_RE`)."""
    return [
        clause
        for sentence in sentences(text)
        for clause in _CLAUSE_BREAK_RE.split(sentence)
        if clause.strip()
    ]


def asks(clause: str) -> bool:
    """Whether a (lower-cased) clause asks: it opens as a question or ends with "?"."""
    return clause.rstrip().endswith("?") or _OPENS_ASKING_RE.search(clause) is not None


def works_asked(clause: str) -> bool:
    """Whether a (lower-cased) clause asks whether something works, helps or is safe."""
    asking = asks(clause) or _ASKS_INSIDE_RE.search(clause) is not None
    return asking and _WORKS_ASKED_RE.search(clause) is not None


def another_asked(clause: str) -> bool:
    """Whether a clause offers another choice about what was asked ("or are they only for long
    flights?")."""
    return clause.startswith("or ")


def points_back(clause: str) -> bool:
    """Whether a clause names what it asks about by a pronoun ("does it do anything?")."""
    return _POINTS_BACK_RE.search(clause) is not None
