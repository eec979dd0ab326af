"""Someone else named by a role: a player, a runner in the race, the coach, a team's keeper.

A report about a match or a race ("AFL: Eagles midfielder subbed off with cramp", "the
Arsenal striker went down with cramp", "a runner in front of me cramped at mile 20") tells
of someone else, however the role is introduced (a team's name, an article, a headline's
"X:"). The writer naming their own role ("I'm a midfielder", "as a runner", "winger here")
is the writer.
"""

from __future__ import annotations

import re
from typing import Final

from bot.parsing.triage.context import Who

_ROLE_RE: Final = re.compile(
    r"\b(?=\w)(?:midfielders?|strikers?|wingers?|defenders?|centre[\s-]?backs?|center[\s-]?backs?"
    r"|full[\s-]?backs?|goalkeepers?|goalies?|keepers?|captain|skipper|coach|manager|referee"
    r"|umpire|linesman|players?|playmaker|batsman|bowler|pitcher|quarterback|runners?|riders?"
    r"|cyclists?|swimmers?|athletes?|sprinters?|marathoners?|triathletes?|golfers?|boxer|fighters?"
    r"|jockeys?|rowers?|skiers?)\b"
)
# The writer's own role: "I'm a midfielder", "as a keen runner", "being the keeper".
_SELF_BEFORE_RE: Final = re.compile(
    r"\b(?:i'?m|im|i\s+am|i\s+was|i'?ve\s+been|as|being|me|became|become|myself|i\s+play)\s+"
    r"(?:(?:a|an|the|one)\s+)?(?:[\w-]+\s+){0,3}$"
)
_NOT_A_PERSON_BEFORE_RE: Final = re.compile(
    # a bus, not a coach: "asleep on the coach", "by coach", "the overnight coach"
    r"\b(?:on|by|off|onto|in|from)\s+(?:the\s+|a\s+)?(?:\w+\s+)?$"
    r"|\b(?:overnight|night|long|express|school|day|tour|national|megabus|flixbus|airport)\s+$"
)
# A bus, told by where it goes: "coach to edinburgh", "the coach from the airport".
_COACH_GOES_RE: Final = re.compile(r"\s+(?:to|from|into|back\s+to)\s+(?!(?:me|us|him|her|them)\b)")
# The writer's own trade opening the message ("Bus captain on service 190.", "fencing coach in
# Haifa."): a role with at most two words before it, none a determiner or a team, then where
# or what the work is.
_OPENING_ROLE_BEFORE_RE: Final = re.compile(
    r"^\W*(?:(?!(?:the|a|an|our|their|his|her|my)\b)[\w-]+\s+){0,2}$"
)
_OPENING_ROLE_AFTER_RE: Final = re.compile(r"\s*(?:[.,;]|\s(?:in|on|at|from|for|with|of)\b)")
_NOT_A_PERSON_AFTER_RE: Final = re.compile(
    # the writer introducing themselves: "winger here", "runner, 45,"; a thing named after the
    # role: "runner beans", "a pitcher of beer", "runner's knee", "the coach trip"; a tattoo
    # over the whole back: "a full back piece"
    r"\s+here\b|\s*,\s*\d{2}\b|\s*\(\s*\d{2}|\s+(?:beans?|of\b|trip|journey|ride|station|driver"
    r"|holiday|tour|seat|shorts|pieces?\b|tattoos?\b|tatt?s?\b)|'s?\b"
)


# Someone of the family or a friend opening a sentence told in few words, without "my", as
# the subject of a clause with no verb: "husband cramp night. not me.", "wife leg cramp 3am",
# "son's calf again last night" (not a word of the writer's own: "mum life", "dad joke").
_KIN_OPENING_RE: Final = re.compile(
    r"(?:^|(?<=[.!?\n;]))\s*(?:-\s*)?(?P<kin>husband|hubby|wife|wifey|partner|son|daughter|mum|mom|mam"
    r"|mummy|mommy|dad|daddy|father|mother|brother|sister|grandma|grandad|granddad|granny|nan|nana"
    r"|grandpa|boyfriend|girlfriend|bf|gf|fiance|fiancee|kid|child|baby|friend|mate|neighbour"
    r"|neighbor)(?:'?s)?\s+(?!(?:my|i|me|i'?m|im)\b)(?=(?:\w+\s+){0,2}?(?:cramp|spasm|charl))"
)


def role_cues(text: str) -> tuple[tuple[int, Who], ...]:
    """Where each role naming someone else starts in normalised `text` (see above), and each
    of the family named bare at a sentence's start (see ``_KIN_OPENING_RE``)."""
    found: list[tuple[int, Who]] = [
        (m.start("kin"), "other") for m in _KIN_OPENING_RE.finditer(text)
    ]
    if not _ROLE_RE.search(text):
        return tuple(found)
    for m in _ROLE_RE.finditer(text):
        before = text[max(0, m.start() - 50) : m.start()]
        if _SELF_BEFORE_RE.search(before) or _NOT_A_PERSON_AFTER_RE.match(text, m.end()):
            continue
        if m.group(0) == "coach" and (
            _NOT_A_PERSON_BEFORE_RE.search(before) or _COACH_GOES_RE.match(text, m.end())
        ):
            continue
        if _OPENING_ROLE_BEFORE_RE.match(text[: m.start()]) and _OPENING_ROLE_AFTER_RE.match(
            text, m.end()
        ):
            continue  # the writer's trade: "bus captain on service 190."
        found.append((m.start(), "other"))
    return tuple(sorted(found))
