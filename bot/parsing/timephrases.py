"""Resolve the time phrases of a cramp message to an instant in the user's zone.

All arithmetic is done on UTC instants; wall times are built with zoneinfo and
normalised through UTC so that a wall time inside a DST gap still gives a valid
instant (02:30 on the spring-forward night becomes 03:30 summer time) and an
ambiguous wall time (the autumn fold) picks the latest candidate not after ``now``.

Representative instants (documented choices, all clamped so a report is never
placed after ``now`` when ``now`` already lies inside the named period):

- "last night" / "during the night" / "overnight": 03:00 today, the night that ended
  this morning (window 22:00 yesterday - 06:00 today); if ``now`` is before 03:00 the
  midpoint between 22:00 yesterday and ``now``.
- "tonight": when it is evening (18:00 or later) the midpoint of 18:00 and ``now`` (told
  of earlier this evening: "yoga tonight, my arch cramped"), otherwise the same as "last
  night".
- "this morning" 07:00, "this afternoon" 15:00, "this evening" 20:00 (if ``now`` is
  inside the period but before that hour: the midpoint of period start and ``now``).
- "yesterday" / a weekday / "N days ago" alone: 12:00 of that day; with a period:
  morning 07:00, afternoon 15:00, evening 20:00, night 23:00.
- A weekday name is the most recent past such day (today's own name means a week ago).
- A clock time without a day is its most recent past occurrence ("at 3am" at 01:00
  means yesterday 03:00). A 12-hour time without am/pm ("at 3") is the most recent
  past of 03:00 / 15:00; on a named past day 1-5 is read as am, 6-11 as pm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Final
from zoneinfo import ZoneInfo

from bot.parsing.numbers import LASTED_BEFORE_RE, NUMBER_RE, WORD_UNITS, number_value

_PERIOD_REP: Final[dict[str, int]] = {"morning": 7, "afternoon": 15, "evening": 20, "night": 23}
_PERIOD_START: Final[dict[str, int]] = {"morning": 4, "afternoon": 12, "evening": 17}
# A morning told by what people were doing up and about (the school run, an exam, parkrun):
# mid-morning, not the hour people wake.
_UP_MORNING_HOUR: Final = 9
# Woken early ("woke up super early", "early tuesday"): before the usual hour of waking.
_EARLY_MORNING_HOUR: Final = 5
_EARLY_AFTER_DAY_RE: Final = re.compile(r"\s+early\b(?!\s+(?:evening|night|afternoon))")
_EARLY_WAKING_RE: Final = re.compile(
    r"\b(?:woke|woken|awoke|waking|wake)\s+(?:up\s+)?(?:\w+\s+)?early\b|\bearly\s+hours\b"
    r"|\bbefore\s+(?:my|the)\s+alarm\b"
)
_EARLY_RE: Final = re.compile(r"\b(?:early|first\s+thing|crack\s+of\s+dawn|dawn|sunrise)\b")
# Until this hour the evening just gone is still "this evening" to people up late.
_SMALL_HOURS_END: Final = 5

_WEEKDAYS: Final[dict[str, int]] = {
    "monday": 0,
    "mon": 0,
    "tuesday": 1,
    "tues": 1,
    "tue": 1,
    "wednesday": 2,
    "weds": 2,
    "wed": 2,
    "thursday": 3,
    "thurs": 3,
    "thur": 3,
    "thu": 3,
    "friday": 4,
    "fri": 4,
    "saturday": 5,
    "sat": 5,
    "sunday": 6,
    "sun": 6,
}

_PERIOD_WORD = r"(?P<period>morning|afternoon|arvo|evening|night|nite|am|pm)"

_NOW_RE = re.compile(
    r"\b(?:just\s+now|right\s+now|rn|at\s+the\s+moment|atm|currently|as\s+we\s+speak"
    r"|as\s+i\s+(?:type|write)|moments?\s+ago|a\s+moment\s+ago|a\s+sec(?:ond)?\s+ago"
    r"|happening\s+now|(?:is|are|am)\s+(?:still\s+)?cramping\s+now)\b"
)
# "just had one", "has cramped", "just finished my set", "just reached up for a spoon", "plane
# just landed", "just back from a ride": now, unless a time is named too. Not "just" that means
# simply ("then it just stopped", "my quad just went rigid").
_JUST_RE = re.compile(
    r"\b(?:(?<!then\s)just\s+(?:had|got|woke|happened|finished|done"
    r"|did|landed|reached|stood|back\s+from|out\s+of|in\s+from|home\s+from)"
    r"|(?:has|have)\s+(?:just\s+)?(?:cramped|seized|locked|gone\s+into)|(?:is|am|are|i'?m)\s+"
    r"(?:still\s+)?cramping|(?:is|are)\s+(?:still\s+)?(?:cramped|locked|seized)"
    # "and now my calves keep cramping up": now, unless a time is named
    r"|now\s+(?:my|the|both)\s+(?:\w+\s+){0,4}?(?:keeps?|keep\s+on|are|is|have|has)\s+(?:\w+\s+){0,2}?"
    r"(?:cramp\w*|seiz\w*|lock\w*|spasm\w*|knott?\w*)"
    # a run still going on as they write: "my index finger keeps spasming"
    r"|(?:keeps|keep\s+on)\s+(?:cramping|spasming|seizing|locking|curling|twitching|knotting))\b"
)
# "just bent down for the bowl", "train just pulled in", "my calf just cramped": a moment ago,
# when the message tells no other time; with one, "just" means simply ("yesterday ... my quad
# just went rigid", "65 mile ride yesterday ... then both quads just seized").
_JUST_DID_RE = re.compile(
    r"(?<!then\s)(?<!it\s)\bjust\s+(?!(?:wanted|needed|wondered|thought|hoped|figured|used|tired"
    r"|bored|scared|worried|annoyed|confused|frustrated|fed|concerned|interested|amazed"
    r"|surprised|relieved|pleased|excited|stressed|exhausted)\b)"
    r"(?:[a-z]{2,}ed|went|came|sat|bent|knelt|put|hit|caught|took|made|ran|rode|swam|stepped)\b"
)
# Any other time told in a message, for the "just" above.
_TIME_TOLD_RE = re.compile(
    # a clock, not any number ("a spot about 3 inches above the knee")
    r"\d{1,2}(?:[:.]\d{2})?\s*[ap]\.?m\b|\b\d{1,2}[:.]\d{2}\b|\b(?:at|around|by)\s+"
    r"\d{1,2}\b|\b(?:yesterday|yday|last\s+ni(?:ght|te)|tonight|today|ago|earlier|kanina|noon"
    r"|midnight|dawn|daybreak|sunrise|(?:mon|tues|wednes|thurs|fri|satur|sun)day"
    # a part of the day, not the work named by it: "night shift, my calf just cramped"
    r"|(?:morning|afternoon|evening|night)(?![\s-]+(?:shifts?|duty|duties|work|staff|nurse|porter"
    r"|crew|rota|roster|worker|job)\b))\b"
)

_AGO_RE = re.compile(
    r"(?<![\w.:/])"
    r"(?:(?P<half>half\s+(?:an?\s+)?)"
    rf"|(?P<num>{NUMBER_RE})(?P<andhalf1>\s+and\s+a\s+half)?\s*)"
    r"(?P<unit>seconds|second|secs|sec|s|minutes|minute|mins|min|mns|mn|m|hours|hour|hrs|hr|h"
    r"|days|day|nights|night|weeks|week)\b"
    r"(?P<andhalf2>\s+and\s+a\s+half)?"
    r"\s*(?:ago|back|earlier|before\s+now"
    # "nearly 4 hours later and I'm still hobbling": told from now, so that long ago
    r"|(?:later|on),?\s+(?:and\s+|but\s+)?(?:i'?m|i\s+am|it'?s|it\s+is|still|now))\b"
)

_CLOCK_RES: Final[tuple[re.Pattern[str], ...]] = (
    # 3am, 3:30 am, 3.30 p.m., 11pm, 2 50 am
    re.compile(
        r"(?<![\w.:/])(?P<h>\d{1,2})(?:(?:[:.]|\s)(?P<m>[0-5]\d))?\s*(?P<mer>[ap])\.?\s?m\b\.?"
    ),
    # three am, at three in the morning, 3 o'clock
    re.compile(
        r"(?<![\w.:/])(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        # ("7 in morning": the article left out, as many first languages do)
        r"|\d{1,2})\s*(?:(?P<mer>[ap])\.?\s?m\b\.?|o'?\s?clock|(?=\s+(?:in\s+(?:the\s+)?|at\s+)"
        r"(?:morning|night|afternoon|evening)))"
    ),
    # 23:40, 03:30, 7h30
    re.compile(
        r"(?<![\w.:/])(?P<h>[01]?\d|2[0-3])(?::|h)(?P<m>[0-5]\d)\b"
        r"(?!\s*(?:min|mins|minutes|sec|secs|seconds|s\b|/))"
    ),
    # at 3, around 7.30, ~11
    re.compile(
        # (\b once before the words, "~" after them: the engine tests the boundary once, not
        # for each word; three times faster)
        r"(?:\b(?:(?P<at>at)|around|about|roughly|approx(?:imately)?|by|before|after|like"
        # "at the pub round 9" (around), not "in round 9" or "the first round"
        r"|(?<!\bin\s)(?<!\bthe\s)(?<!\bof\s)(?<!\bevery\s)(?<!\beach\s)round"
        # "at just gone 4", "just gone 4": past four
        r"|(?:just\s+)?gone)|~)\s*"
        # "at like 5", "at maybe 4", "at around about 3"
        r"(?:(?:like|maybe|about|around|roughly|approx\w*|prob(?:ably)?)\s+)?"
        # not "at 2, 3 and 4" (a list), but "at 11, 20 seconds" (a clock, then how long)
        # "at 5 45" (a clock said aloud and typed by voice)
        r"(?P<h>[01]?\d|2[0-3])(?:(?:[:.]|\s)(?P<m>[0-5]\d))?"
        r"(?![\d:/]|\.\d|,\s*\d(?!\d*\s*(?:seconds?|secs?|minutes?|mins?)\b))(?!\s*[ap]\.?\s?m\b)"
        # the time left in a game: "with about 10 to play", "around 5 to go"
        r"(?!\s+(?:to\s+(?:go|play)|remaining)\b)"
        r"(?!\s*(?:-|to\b|or\b)?\s*\d*\s*(?:min|mins|minutes|sec|secs|seconds|s\b|hours?\b|hrs?\b"
        # a count of cramps ("about 5 cramps"), not the cramp at a clock ("at 11 cramp in my foot")
        r"|h\b|days?|weeks?|out\b|of\b|%|x\b|times|(?(at)cramps|cramps?)|glass|cups?|beers?|drinks?"
        r"|km|miles?|k\b|weeks|years?|months?|kg|lbs?|degrees|°|c\b|f\b"
        # a length, a count or a dose: "about 2 inches left of my spine", "around 8 reps"
        r"|inch(?:es)?|cm|mm|m\b|feet|ft\b|metres?|meters?|yards?|floors|steps|reps|sets|laps"
        r"|lengths|pints?|bottles?|tablets?|pills?|mg\b|ml\b|stone\b))"
    ),
    # 4ish, fourish, 3-ish
    re.compile(
        r"(?<![\w.:/])(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
        r"|\d{1,2})[\s-]?ish\b"
    ),
    # a clock with a dot, where the words around say it is one: "5.45 this morning", "5.45
    # alarm", "saturday 5.45" (not "5.45 km" or "ran 5.45")
    re.compile(
        r"(?<![\w.:/])(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?=\s+(?:(?!(?:km|k|miles?|mi|kg|lbs?|hours?|hrs?|mins?|minutes?|l|litres?|liters?|ml)\b)\w+\s+){0,2}?"
        r"(?:this\s+(?:morning|evening|afternoon|arvo)|last\s+night|tonight|today|alarm|in\s+the\s+(?:morning"
        r"|evening|night|afternoon))\b)"
    ),
    re.compile(
        r"(?:(?<=day\s)|(?<=day,\s))(?P<h>[01]?\d|2[0-3])\.(?P<m>[0-5]\d)(?![\d.]|\s*(?:k\b|km|mi))"
    ),
    # a 24-hour clock in four digits: "at 0300", "around 2330", "0415hrs" (not "at 1500m")
    re.compile(
        r"(?:(?<=\bat\s)|(?<=\baround\s)|(?<=\babout\s)|(?<=\bby\s)|(?<=~)|(?<![\w.:/])(?=\d{4}\s*h))"
        r"(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)(?!\d)(?:\s*(?:hrs|hr|hours|h)\b)?"
        r"(?!\s*(?:m\b|metres?|meters?|km|k\b|kcal|cal\w*|steps|feet|ft\b|mg\b|ml\b|miles?|yards?"
        r"|lbs?\b|kg\b|people|units?\b))"
    ),
    # "at 6 hours", "at 22 hrs": a clock on the 24 hours, as said in Portuguese or Spanish ("às
    # 6 horas"), where the words after end the time (not "at 2 hours into the hike", "at 3
    # hours in", "at 2 hours of walking": a while into something)
    re.compile(
        r"\bat\s+(?:(?:about|around|exactly)\s+)?(?P<h>[01]?\d|2[0-3])\s*"
        r"(?:hours|hrs|hr|horas|heures)\b"
        r"(?=\s*(?:[,.;!?)]|$)|\s+(?:in\s+the\s+(?:morning|night|evening|afternoon)|at\s+night"
        r"|of\s+the\s+(?:morning|night|evening|afternoon)|when|while|as|i|my|this|last|yesterday"
        r"|today|tonight|exactly|sharp|precisely|in\s+(?:the\s+)?(?:bed|office|house|kitchen"
        r"|car|shop|street))\b)"
    ),
)
# Four-digit 24-hour clocks: never ambiguous.
_FOUR_DIGIT_CLOCK: Final = 7
# "at 6 hours": a clock on the 24 hours, never ambiguous.
_HOURS_CLOCK: Final = 8
# The clocks of _CLOCK_RES that may be told without a digit ("three am", "fourish"); the
# others need one, so a text without a digit is not searched for them.
_WORD_CLOCKS: Final = frozenset({1, 4})
_DIGIT_RE = re.compile(r"\d")
_MIDNIGHT_RE = re.compile(r"\b(?P<w>midnight|noon|midday|mid-day)\b")

_WORD_HOURS: Final = {w: n for w, n in WORD_UNITS.items() if 1 <= n <= 12}

_IN_THE_RE = re.compile(r"\s*(?:in\s+(?:the\s+)?|at\s+)(?P<p>morning|night|afternoon|evening)")

_NIGHT_RE = re.compile(
    r"\b(?:last\s+night|last\s+nite|lastnight|tonight|tonite|2nite|2night|overnight"
    r"|over\s+night|during\s+the\s+night|in\s+the\s+night|middle\s+of\s+the\s+night"
    # Caribbean and West African English: "cramp up bad inna di night", "in de night"
    r"|(?:inna|in)\s+(?:di|de|da)\s+night"
    # last night in the languages people mix into English: Spanish "anoche", Tagalog "kagabi"
    r"|anoche|kagabi"
    r"|middle\s+of\s+(?:a|my)\s+(?:\w+\s+){0,2}?sleep"
    r"|this\s+(?:past\s+)?night|past\s+night|through\s+the\s+night|in\s+the\s+wee\s+hours"
    r"|(?:on\s+and\s+off|off\s+and\s+on)\s+all\s+night|all\s+night\s+long|(?<=ing\s)all\s+night"
    # West African English: "cramp attack me again for night when I was deep asleep"
    r"|(?<=\s)for\s+night(?!\s+(?:shift|duty|duties|work|out|time|bus|train|flight|class))"
    r"(?=\s+(?:when|while|as|inside|for\s+my|for\s+bed|i\b)|\s*[.,!;]|$))\b"
)
_DAY_BEFORE_RE = re.compile(r"\b(?:the\s+)?day\s+before\s+yesterday\b")
_NIGHT_BEFORE_LAST_RE = re.compile(r"\bnight\s+before\s+last\b")
_YESTERDAY_RE = re.compile(
    r"\b(?:yesterday|yday|yest|ystd|yesterdy|yesteday|yesturday|ysterday)(?:'s)?"
    rf"(?:\s+(?:in\s+the\s+|at\s+)?{_PERIOD_WORD})?\b"
)
# An evening activity named with "last night" ("at the gig last night", "during football
# last night"), and words of the night in bed that keep it the small hours.
_OUT_IN_THE_EVENING_RE = re.compile(
    r"\b(?:at|during|playing)\s+(?:the\s+|my\s+|our\s+)?(?:five-a-side"
    r"|football|footy|soccer|game|match|training|practice|gym|pub|bar|dinner|party|class|gig"
    r"|concert|rehearsal|session|spin|yoga|pilates|netball|hockey|rugby|basketball|tennis"
    r"|squash|badminton|bowling|dance|dancing|disco|club|wedding|show|work|shift|pool|swim"
    r"|swimming|lengths|the\s+pub|cinema|movies|pictures|theatre|theater|restaurant|quiz|choir"
    r"|the\s+(?:last|first|second|third)\s+set"
    r"|panto|opera|ballet|match|karaoke)\b"
    # "Gig last night, during the last set my left hand cramped"
    r"|\b(?:gig|concert|show|match|game|party|wedding|quiz|training|practice|rehearsal)\s+last\s+night\b"
    # "climbing out of the pool last night", "getting out of the car"
    r"|\b(?:climbing|getting|got|climbed)\s+out\s+of\s+the\s+(?:pool|car|water|sea|lake|taxi)\b"
)
_RATED_BEFORE_RE = re.compile(
    r"\b(?:pain|rated?|rating|score|scored|severity|level|intensity)\s+(?:it\s+|was\s+|is\s+)?$"
)
# Distance markers ("at mile 14", "km 30"): a bare "at 22" beside them is a marker, not 22:00.
_MARKERS_RE = re.compile(r"\b(?:mile|km|kilomet(?:re|er)|lap|marker)\s+\d")
# A bare number right after the marker, with "around": the marker told, now the clock ("at km
# 100 around 11 my hamstring cramped"; not "around mile 14, by 19 i was sat on the kerb").
_ABOUT_RE = re.compile(r"(?:around|about|approx\w*|~)")
_AFTER_MARKER_RE = re.compile(r"\b(?:mile|km|kilomet(?:re|er)|lap|marker)\s+\d+(?:\.\d+)?\s+$")
# A race told by its distance ("london marathon on sunday ... twinging about 13 miles, went
# properly at 15"): its bare numbers are miles, and its "3:28" a finishing time.
_RACE_RE = re.compile(
    r"\b(?:marathon|half|ultra|race|racing|raced|parkrun|triathlon|tri|sportive|gran\s+fondo"
    r"|10k|5k|21k|42k|dnf\w*|pb|pr)\b"
)
# A part of the day after a bare number: a clock even in a race ("around 5 this morning").
_IN_THE_DAY_AFTER_RE = re.compile(
    r"\s+(?:this\s+(?:morning|evening|afternoon|arvo)|last\s+night|tonight|in\s+the\s+(?:morning"
    r"|evening|afternoon|night))\b"
)
# A race told on a day without a clock: races are run in the morning ("DNF at Grandma's
# today, right calf went at mile 14").
_RACE_HOUR: Final = 10
# A race whose name says it is long, without a distance told: "the marathon did not go to
# plan ... pulled the plug at 21" (a mile, not 9 p.m.).
_LONG_RACE_RE = re.compile(r"\b(?:marathon|ultra|ultramarathon|triathlon|ironman|70\.3)\b")
_DISTANCE_RE = re.compile(r"\b(?:\d+(?:\.\d+)?\s*(?:miles?|mi|km|k)\b|(?:mile|km)\s+\d)")
# Words that make "3:28" a clock time even in a race: "at 3:28", "from 9:15".
_CLOCK_LEAD_RE = re.compile(
    r"\b(?:at|around|about|by|from|since|till|until|before|after|was|it'?s|maybe|roughly|approx\w*)"
    r"\s+$|~\s*$"
)
# Waking or going to sleep at a bare number: a clock even in a race ("woke at 5 with a charley
# horse and my first 10k is in 3 hrs").
_SLEEP_LEAD_RE = re.compile(
    r"\b(?:woke|woken|wake|waking|awake|up|bed|asleep|slept|sleep|dozed\s+off|nodded\s+off)"
    r"\s+(?:up\s+)?$"
)
# Awake in bed before sleep: "in bed reading", "scrolling in bed", "lying in bed on my phone".
_AWAKE_IN_BED_RE = re.compile(
    r"\b(?:in\s+bed|tucked\s+up)\s+(?:\w+\s+)?(?:reading|watching|scrolling|browsing|texting"
    r"|on\s+(?:my|the)\s+(?:phone|ipad|tablet|kindle|laptop)|with\s+(?:a|my)\s+(?:book|kindle))"
    r"|\b(?:reading|scrolling|browsing|texting)\s+(?:\w+\s+){0,3}?in\s+bed\b"
)
_BEDTIME_HOUR: Final = 22


def _awake_in_bed(local_now: datetime, now_utc: datetime, today: date, tz: ZoneInfo) -> datetime:
    """When someone was awake in bed: this evening's bedtime (not after now), in the small
    hours a little before now, and in the day last night's."""
    if local_now.hour >= 18:
        return min(now_utc, wall(today, _BEDTIME_HOUR, 0, tz))
    if local_now.hour < 6:
        return now_utc - timedelta(minutes=30)
    return wall(today - timedelta(days=1), _BEDTIME_HOUR, 0, tz)


_LAST_NIGHT_RE = re.compile(r"\blast\s+ni(?:ght|te)\b|\b(?:lastnight|anoche|kagabi)\b")
_IN_BED_RE = re.compile(r"\b(?:woke|wake|waking|sleep\w*|slept|bed|asleep|\d\s*am|dream\w*)\b")
_LAST_EVENING_RE = re.compile(r"\blast\s+(?P<period>evening|afternoon|morning)\b")
_THIS_PERIOD_RE = re.compile(
    r"\b(?:this|dis|thsi|earlier\s+this)\s+(?P<period>morning|afternoon|arvo|evening|am|a\.m\.?"
    r"|pm|p\.m\.?)"
)
_TODAY_RE = re.compile(r"\b(?:today|earlier\s+today|2day|todays|tday)\b")
# A part of the day told with "in the", beside "today" ("today ... in the evening").
_IN_THE_PART_RE = re.compile(r"\b(?:in|during)\s+the\s+(?P<period>morning|afternoon|evening)\b")
_TOMORROW_RE = re.compile(r"\b(?:tomorrow|tmrw|tomorow|tmr)\b")
_LAST_WEEK_RE = re.compile(r"\blast\s+week\b")
_DAY_AFTER_TOMORROW_RE = re.compile(r"\b(?:the\s+)?day\s+after\s+tomorrow\b")
_NEXT_RE = re.compile(
    r"\b(?:next|coming)\s+(?P<what>week|weekend|month|year|monday|tuesday|wednesday|thursday"
    r"|friday|saturday|sunday|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\b"
)
_IN_DAYS_RE = re.compile(
    rf"\bin\s+(?P<num>{NUMBER_RE})\s+(?P<unit>days?|weeks?|months?)\b(?!\s+(?:ago|before|back))"
)
_PERIOD_ANY_RE = re.compile(
    r"\b(?:in\s+the\s+|at\s+|during\s+the\s+)?(?P<period>morning|afternoon|evening|night|nite)\b"
)
# A part of the day that is not the one of a day told with "ago": "this morning", "since
# early morning", "every night", "good afternoon".
_NOT_THAT_DAYS_RE = re.compile(
    r"\b(?:this|since|every|each|all|last|tomorrow|yesterday|good)\s+(?:\w+\s+)?$"
)
# "the cramp woke me up", "night cramp in my thigh": the night that ended this morning
_WOKE_RE = re.compile(
    r"\b(?:woke|woken|awoke|awakened|awoken)\b|\bwak(?:e|es|ing)\s+(?:me\s+|him\s+|her\s+)?up\b"
    r"|\bafter\s+waking\b"
    r"|\bnight(?:time|-time)?[\s-]+(?:leg\s+|calf\s+|foot\s+)?cramp"
    r"|\bnocturnal\s+(?:leg\s+)?cramp|\bin\s+my\s+sleep\b"
)
_OTHER_NIGHT_RE = re.compile(r"\bthe\s+other\s+(?P<what>night|day|morning|evening)\b")
# The New Year's countdown and the stroke of twelve: "cramped during the countdown", "as the
# clock struck twelve", "when the ball dropped" (midnight, when the message is told about New
# Year: see `_new_years_midnight`).
_COUNTDOWN_RE = re.compile(
    r"\b(?:count\s*-?\s*downs?|count(?:ed|ing)\s+(?:it\s+)?down|(?:clock|bells?|big\s+ben)\s+"
    r"(?:struck|strike|strikes|striking|chimed|chiming|chimes|rang|ringing)\s+(?:12|twelve|midnight)"
    r"|(?:the\s+)?ball\s+(?:dropped|drop|dropping))\b"
)
_NEW_YEAR_RE = re.compile(
    r"\bnew\s+year|\bnye\b|\bhogmanay\b|\bauld\s+lang\s+syne\b|\bfireworks?\b|\bmidnight\b"
)
_NEW_YEAR_REACH: Final = timedelta(days=3)
_LAST_HOUR_OF_THE_YEAR: Final = 23


def _new_years_midnight(
    text: str, local_now: datetime, tz: ZoneInfo, on_date: date | None, story: Story
) -> datetime | None:
    """The midnight a New Year's countdown told in ``text`` ends (see ``_COUNTDOWN_RE``): the
    one that began this year, told on New Year's Day or in the days after it beside words of
    New Year; the moment the message is sent in the last hour of the year (the countdown going
    on); None otherwise (a rocket's countdown, a race's)."""
    if "count" not in text and not any(
        w in text for w in ("struck", "strik", "chim", "rang", "ball")
    ):
        return None
    if _COUNTDOWN_RE.search(text) is None or _find_clock(text, story) is not None:
        return None  # "at 11:58, during the countdown": the clock told
    year = local_now.year
    if on_date is not None and (on_date.month, on_date.day) in ((12, 31), (1, 1)):
        year = on_date.year + (1 if on_date.month == 12 else 0)
    elif (local_now.month, local_now.day) == (12, 31):
        if local_now.hour < _LAST_HOUR_OF_THE_YEAR:
            return None
        return local_now.astimezone(UTC)
    elif on_date is not None:
        return None
    midnight = wall(date(year, 1, 1), 0, 0, tz)
    since = local_now.astimezone(UTC) - midnight
    if not timedelta(0) <= since <= _NEW_YEAR_REACH:
        return None
    told_on_the_day = local_now.date() == date(year, 1, 1)
    if not told_on_the_day and on_date is None and not story.new_year:
        return None
    return midnight


# Meals, and the daily prayers and fast's meals that mark a day as meals do, name a time of
# today: "at lunch", "eating dinner", "after isha", "just before sehri" (the prayers' hours
# move with the sun: these are middling ones).
_MEAL_RE = re.compile(
    r"\b(?:at|during|over|eating|after|before|having|finishing|through|for|since|around|round"
    r"|near)\s+(?:my\s+|our\s+|the\s+)?(?P<meal>breakfast|brunch|lunch|lunchtime|dinner|supper|tea"
    r"|fajr|fajar|zuhr|zohr|dhuhr|asr|maghrib|magrib|isha|esha|taraweeh|tarawih|sehri|sehari"
    r"|suhoor|suhur|iftar|iftari)(?:\s*time)?\b"
    r"|\b(?P<meal2>lunchtime|teatime|dinnertime|suppertime|elevenses)\b"
    # a school's or a workplace's breaks: "at morning break", "during afternoon break"
    r"|\b(?:at|during|on|over|after|before|in)\s+(?:my\s+|our\s+|the\s+)?(?P<brk>morning|mid-?\s*morning"
    r"|afternoon)\s+(?:break|recess|playtime)\b"
    # the working day's ends: "rode the bike path after work", "on the drive home from work"
    r"|\b(?P<work>after\s+work|after\s+school|before\s+work|before\s+school"
    r"|on\s+(?:the|my)\s+(?:way|drive|ride|walk|commute|cycle|bus|train)\s+(?:back\s+)?home"
    r"\s+from\s+(?:work|the\s+office|school)"
    r"|on\s+(?:the|my)\s+(?:way|drive|ride|walk|commute|cycle|bus|train)\s+(?:in\s+)?to\s+"
    r"(?:work|the\s+office|school))\b"
)
_MEAL_HOUR: Final = {
    "breakfast": (8, 0), "brunch": (11, 0), "lunch": (12, 30), "lunchtime": (12, 30),
    "dinner": (19, 0), "dinnertime": (19, 0), "supper": (19, 30), "suppertime": (19, 30),
    "tea": (18, 0), "teatime": (18, 0),
    "sehri": (4, 0), "sehari": (4, 0), "suhoor": (4, 0), "suhur": (4, 0),
    "fajr": (5, 0), "fajar": (5, 0), "zuhr": (13, 0), "zohr": (13, 0), "dhuhr": (13, 0),
    "asr": (16, 30), "maghrib": (18, 30), "magrib": (18, 30), "iftar": (18, 30),
    "iftari": (18, 30), "isha": (20, 30), "esha": (20, 30), "taraweeh": (21, 30),
    "tarawih": (21, 30), "elevenses": (11, 0),
}  # fmt: skip
_BREAK_HOUR: Final = {"morning": (10, 30), "afternoon": (14, 30)}
_WORK_HOUR: Final = {"after": (18, 0), "home": (17, 30), "before": (7, 30), "to": (8, 0)}


def _meal_time(meal: re.Match[str]) -> tuple[int, int]:
    """The hour a meal, a prayer or the working day's end names."""
    work = meal.group("work")
    if (pause := meal.group("brk")) is not None:
        return _BREAK_HOUR["afternoon" if pause == "afternoon" else "morning"]
    if work is None:
        return _MEAL_HOUR[meal.group("meal") or meal.group("meal2")]
    if work.startswith("after"):
        return _WORK_HOUR["after"]
    if work.startswith("before"):
        return _WORK_HOUR["before"]
    return _WORK_HOUR["home"] if "home" in work else _WORK_HOUR["to"]


# Getting up off something that is not a bed ("got up off the sofa", "getting up from the floor"):
# standing up, not waking.
_UP_OFF = r"(?!\s+(?:off|from|out\s+of)\s+(?!(?:the\s+|my\s+|a\s+|our\s+)?bed\b)\w)"
# Waking: "woke very early", "when I woke up", "getting out of bed": this morning.
_WAKING_RE = re.compile(
    r"\b(?:woke\s+(?:up\s+)?(?:very\s+|really\s+|super\s+|so\s+)?early|when\s+i\s+(?:first\s+)?"
    rf"(?:woke|got\s+up{_UP_OFF})|as\s+i\s+(?:woke|got\s+up{_UP_OFF})|on\s+waking"
    rf"|getting\s+(?:up{_UP_OFF}|out\s+of\s+bed)"
    r"|got\s+out\s+of\s+bed|first\s+thing"
    # "right calf just before the alarm": the waking hour
    r"|(?:just\s+)?before\s+(?:my|the)\s+alarm)\b"
)
_EARLIER_REACH = timedelta(hours=6)
# "earlier" (Tagalog "kanina"): a few hours ago today.
_EARLIER_RE = re.compile(r"\bearlier(?!\s+(?:this|today|in|than|on|that|tonight))\b|\bkanina\b")
_EARLIER_TODAY_RE = re.compile(r"\bearlier\s+today\b")


def _earlier(today: date, now_utc: datetime, tz: ZoneInfo) -> datetime:
    """ "earlier": a few hours ago, since the morning ("at the cinema earlier", at 23:30)."""
    start = max(wall(today, 6, 0, tz), now_utc - _EARLIER_REACH)
    return _midpoint(start, now_utc) if start < now_utc else now_utc


# A cramp still going on: "been like 20 mins now", "has been cramping for 15 minutes".
_ONGOING_FOR_RE = re.compile(
    rf"\b(?<!must\s)(?<!might\s)(?<!could\s)(?<!would\s)(?<!should\s)(?<!what\s)"
    rf"(?:(?:has|have|it'?s|i'?ve|ive)\s+been|(?<!have\s)been)\s+(?:\w+ing\s+|(?:locked|stuck|knotted"
    rf"|cramped|seized)\s+(?:(?:in\s+a\s+\w+|up|solid|tight|hard|rock\s+(?:hard|solid))\s+)?)?"
    rf"(?:for\s+)?"
    rf"(?:like\s+|about\s+|around\s+|nearly\s+|almost\s+|over\s+)?(?P<num>{NUMBER_RE})\s*"
    r"(?P<unit>mins?|minutes?|hours?|hrs?)\b"
)
# "for the last hour or so both my calves keep cramping", "in the past 20 minutes": since then.
_LAST_SPAN_RE = re.compile(
    rf"\b(?:for|in|over|during)\s+the\s+(?:last|past)\s+(?:(?P<num>{NUMBER_RE})\s*)?"
    r"(?P<unit>mins?|minutes?|hours?|hrs?)\b"
)
# The last minutes of an event on another day or part of it: "scrimmage this afternoon and I
# went down in the last 10 mins", "in the last hour of the match".
_LAST_SPAN_OF_EVENT_RE = re.compile(r"\s+(?:of|before)\s+(?:the|my|a|our|their)\b")
# A while after going to sleep: "a couple of hours after I went to bed", "an hour after
# falling asleep".
_AFTER_BED_RE = re.compile(
    rf"\b(?:(?P<num>{NUMBER_RE})|(?P<half>half\s+an?))\s*(?P<unit>hours?|hrs?|mins?|minutes?)\s+"
    r"(?:or\s+so\s+)?after\s+(?:i\s+|we\s+)?(?:(?:went|go|going|gone|got|getting)\s+(?:in)?to\s+"
    r"(?:bed|sleep)|(?:fell|falling|dropped|dropping|drifted|drifting)\s+(?:off|asleep)|lights\s+out"
    r"|(?:hit|hitting)\s+the\s+(?:hay|sack|pillow)|turn(?:ed|ing)\s+in)\b"
)
# "cramping since twenty minutes now", "cramp since one hour" (since = for, as said in French,
# Arabic or Portuguese): since then (not "since 2 hours after my run", "since 20 minutes ago").
_SINCE_FOR_NOW_RE = re.compile(
    rf"\bsince\s+(?:about\s+|around\s+|almost\s+|nearly\s+)?(?P<num>{NUMBER_RE}|half\s+an?)\s*"
    r"(?P<unit>mins?|minutes?|hours?|hrs?)\b"
    r"(?!\s+(?:ago|after|before|later|into|past|of|earlier|back)\b)"
)
# "10 mins before my 6am alarm": a time counted from a clock time.
_RELATIVE_RE = re.compile(
    rf"\b(?P<num>{NUMBER_RE})\s*(?P<unit>mins?|minutes?|hours?|hrs?)\s+(?P<dir>before|after)"
    r"\s+(?:my\s+|the\s+)?"
)
_WEEKDAY_RE = re.compile(
    r"\b(?P<pre>on|last|this\s+past|past|early|late)?\s*"
    r"(?P<wd>monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|mon|tues|tue|weds|wed|thurs|thur|thu|fri|sat|sun)(?:'s)?\b"
    rf"(?:\s+(?:in\s+the\s+|at\s+)?{_PERIOD_WORD}\b)?"
)


@dataclass(frozen=True, slots=True)
class TimeInfo:
    """Result of resolving the time phrases of one message."""

    occurred_at: datetime | None
    night: bool
    in_future: bool
    inferred: bool = False  # only implied ("woke me up" means last night), not named


_NO_TIME: Final = TimeInfo(None, night=False, in_future=False)


def wall_candidates(day: date, hour: int, minute: int, tz: ZoneInfo) -> list[datetime]:
    """Every UTC instant a wall time on ``day`` can denote in ``tz``.

    A normal wall time gives one instant, a wall time in the autumn fold gives two
    (earliest first), and one inside the spring gap gives the single instant obtained
    by reading it with the offset in force before the gap (02:30 -> 03:30 summer time).
    """
    want = (day.year, day.month, day.day, hour, minute)
    real: list[datetime] = []
    for fold in (0, 1):
        utc = datetime(*want, tzinfo=tz, fold=fold).astimezone(UTC)
        back = utc.astimezone(tz)
        if (back.year, back.month, back.day, back.hour, back.minute) == want and utc not in real:
            real.append(utc)
    if not real:  # inside a gap: read with the offset in force before it
        real.append(datetime(*want, tzinfo=tz, fold=0).astimezone(UTC))
    real.sort()
    return real


def wall(day: date, hour: int, minute: int, tz: ZoneInfo) -> datetime:
    """A single UTC instant for a wall time (the earlier one in a fold)."""
    return wall_candidates(day, hour, minute, tz)[0]


def latest_not_after(
    candidates: list[datetime], now_utc: datetime, fallback: datetime
) -> datetime:
    """The latest candidate that is not after ``now_utc``, else ``fallback``."""
    past = [c for c in candidates if c <= now_utc]
    return max(past) if past else fallback


def _midpoint(a: datetime, b: datetime) -> datetime:
    return a + (b - a) / 2


def _last_night(today: date, now_utc: datetime, tz: ZoneInfo) -> datetime:
    rep = wall(today, 3, 0, tz)
    if rep <= now_utc:
        return rep
    start = wall(today - timedelta(days=1), 22, 0, tz)
    return _midpoint(start, now_utc) if start <= now_utc else now_utc


def _norm_period(word: str | None) -> str | None:
    if word is None:
        return None
    word = word.replace(".", "")
    if word in {"nite"}:
        return "night"
    if word == "arvo":
        return "afternoon"
    if word == "am":
        return "morning"
    if word == "pm":
        return "afternoon"
    return word


def _this_period(
    period: str,
    today: date,
    now_utc: datetime,
    tz: ZoneInfo,
    *,
    up: bool = False,
    early: bool = False,
) -> datetime:
    """The moment a period of today stands for; ``up``: a morning told by what the writer
    was doing up and about ("driving the kids to school this morning"), not by waking;
    ``early``: woken early ("woke up super early today with a cramp")."""
    if period == "night":
        return _last_night(today, now_utc, tz)
    hour = _UP_MORNING_HOUR if up and period == "morning" else _PERIOD_REP[period]
    if early and period == "morning":
        hour = _EARLY_MORNING_HOUR
    rep = wall(today, hour, 0, tz)
    if rep <= now_utc:
        return rep
    start = wall(today, _PERIOD_START[period], 0, tz)
    if start <= now_utc:
        return _midpoint(start, now_utc)
    if period == "morning":
        return _midpoint(wall(today, 0, 0, tz), now_utc)
    if now_utc.astimezone(tz).hour < _SMALL_HOURS_END:  # "earlier this evening", at 1am
        return wall(today - timedelta(days=1), _PERIOD_REP[period], 0, tz)
    return rep


# The writer says the day has just turned: "it's past midnight so technically yesterday",
# "gone 12 so it was yesterday really", "it's tomorrow now".
_PAST_MIDNIGHT_RE: Final = re.compile(
    r"\b(?:(?:past|after|gone|turned)\s+(?:midnight|12(?::00)?(?!\s*(?:pm|noon)))"
    r"|technically\s+(?:yesterday|today|tomorrow|the\s+(?:next|day\s+before)|a\s+new\s+day)"
    r"|(?:it'?s|its)\s+(?:now\s+|already\s+)?(?:tomorrow|the\s+next\s+day|a\s+new\s+day)"
    r"|(?:was|is)\s+(?:really\s+|technically\s+)?yesterday\s+(?:now|really|technically))"
)


def _day_just_gone(
    period: str | None, local_now: datetime, on_date: date | None, story: Story
) -> bool:
    """Whether "this afternoon", "this evening" or "today" told in the small hours means the
    day that has just ended ("this evening around 6 my thigh cramped", sent at 00:20; "today at
    6pm", when the writer says it is past midnight): its clock time today is still ahead."""
    if on_date is not None or local_now.hour >= _SMALL_HOURS_END:
        return False
    return period in ("afternoon", "evening") or story.past_midnight


def _ago_seconds(m: re.Match[str]) -> tuple[float, str] | None:
    unit = m.group("unit")
    if m.group("half"):
        value = 0.5
    else:
        num = m.group("num")
        if unit in {"s", "m", "h"} and not num[0].isdigit():
            return None
        val = number_value(num)
        if val is None:
            return None
        value = val
        if m.group("andhalf1") or m.group("andhalf2"):
            value += 0.5
    if unit.startswith("s"):
        return value, "s"
    if unit.startswith("m"):
        return value * 60, "s"
    if unit.startswith("h"):
        return value * 3600, "s"
    if unit.startswith("d"):
        return value, "d"
    if unit.startswith("n"):
        return value, "n"
    return value * 7, "d"


def _after_going_to_bed(
    m: re.Match[str], today: date, now_utc: datetime, tz: ZoneInfo
) -> datetime:
    """A while after the last bedtime (22:00) before now: "two hours after I went to bed"."""
    span = timedelta(seconds=1800 if m.group("half") else (_unit_span(m) or 3600))
    bed = wall(today, _BEDTIME_HOUR, 0, tz)
    if bed + span > now_utc:
        bed = wall(today - timedelta(days=1), _BEDTIME_HOUR, 0, tz)
    return min(now_utc, bed + span)


def _unit_span(m: re.Match[str]) -> float | None:
    """Seconds of a "<number> <minutes|hours>" match."""
    value = number_value(m.group("num"))
    if value is None:
        return None
    return value * (3600 if m.group("unit").startswith("h") else 60)


@dataclass(frozen=True, slots=True)
class _Clock:
    hour: int
    minute: int
    ambiguous: bool  # 1-12 without am/pm
    period: str | None  # "morning" etc. from "3 in the morning"
    is_midnight: bool = False
    written: bool = False  # "6:00" (minutes given, 24-hour style), not a bare "6"


# A race time, not a clock time: "made halfway in 1:29", "was on 3:20 pace", "finished in
# 3:41", "1:29:43".
_RACE_TIME_BEFORE_RE = re.compile(
    r"\b(?:halfway|half|finish\w*|done|ran|run|time|split|pb|pr|chip|gun)\s+(?:in\s+|of\s+|was\s+)?"
    r"(?:a\s+|an\s+)?$|\b\d+(?:\.\d+)?\s*(?:k|km|miles?|mi)\s+in\s+$"
)
_RACE_TIME_AFTER_RE = re.compile(r"\s*(?::\d\d\b|pace\b|finish\b|marathon\b|pb\b|split\b)")


def says_just_now(text: str) -> bool:
    """Whether ``text`` (normalised) tells of something done a moment ago ("just got woken",
    "my calf just cramped"), whatever other times it names."""
    return _JUST_RE.search(text) is not None or _JUST_DID_RE.search(text) is not None


def names_a_clock(text: str) -> bool:
    """Whether ``text`` (normalised) names a clock time ("at 3", "5ish", "half past two")."""
    return _find_clock(text) is not None


def _find_clock(text: str, story: Story | None = None) -> _Clock | None:
    """The first clock time named in ``text``; ``story``: what the rest of the message tells
    (a race makes bare numbers miles and "3:28" a finishing time)."""
    best: tuple[int, _Clock] | None = None
    markers = _MARKERS_RE.search(text) is not None
    digits = _DIGIT_RE.search(text) is not None
    for idx, rx in enumerate(_CLOCK_RES):
        if not digits and idx not in _WORD_CLOCKS:
            continue  # the other clocks are written with a digit
        for m in rx.finditer(text):
            gd = m.groupdict()
            bare = idx == 3 and gd.get("m") is None
            if (
                bare
                and (markers or (story is not None and story.raced))
                and not _IN_THE_DAY_AFTER_RE.match(text, m.end())
                and not _SLEEP_LEAD_RE.search(text, max(0, m.start() - 30), m.start())
                and not (
                    _AFTER_MARKER_RE.search(text, max(0, m.start() - 30), m.start())
                    and _ABOUT_RE.match(m.group(0))
                )
            ):
                continue  # "pulled out at 22" in a race told by its miles (not "5 this morning")
            if (
                idx == 2
                and story is not None
                and story.raced
                and not _CLOCK_LEAD_RE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "3:28 but that's 20 in a row done": a finishing time
            if idx == 3 and _RATED_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()):
                continue  # "pain about 7": a rating
            if idx == 2 and (
                _RACE_TIME_BEFORE_RE.search(text, max(0, m.start() - 25), m.start())
                or _RACE_TIME_AFTER_RE.match(text, m.end())
            ):
                continue  # "halfway in 1:29", "on 3:20 pace", "1:29:43": a race time
            if gd.get("hw") is not None:
                hw = gd["hw"]
                hour = int(hw) if hw.isdigit() else _WORD_HOURS[hw]
                minute = 0
            else:
                hour = int(gd["h"])
                minute = int(gd["m"]) if gd.get("m") else 0
            mer = gd.get("mer")
            period = None
            ambiguous = False
            if mer:
                if not 1 <= hour <= 12:
                    continue
                hour = hour % 12 + (12 if mer == "p" else 0)
            else:
                pm = _IN_THE_RE.match(text, m.end())
                if pm and 1 <= hour <= 12:
                    period = pm.group("p")
                    if period == "morning":
                        hour %= 12
                    elif period in {"afternoon", "evening"} or (period == "night" and hour >= 6):
                        hour = hour % 12 + 12
                    else:  # "2 at night"
                        hour %= 12
                elif hour > 23:
                    continue
                elif idx in (_FOUR_DIGIT_CLOCK, _HOURS_CLOCK) or (
                    idx == 2 and (gd["h"].startswith("0") or hour >= 13 or hour == 0)
                ):
                    ambiguous = False
                elif 1 <= hour <= 12:
                    ambiguous = True
            written = ambiguous and idx >= 2 and gd.get("m") is not None
            clock = _Clock(hour, minute, ambiguous, period, written=written)
            pos = m.start("hw") if gd.get("hw") is not None else m.start("h")
            if best is None or pos < best[0]:
                best = (pos, clock)
            break
    told_words = digits or any(word in text for word in _TOLD_CLOCK_WORDS)
    for m in _TOLD_CLOCK_RE.finditer(text) if told_words else ():
        told = _told_clock(m, text)
        if told is not None and (best is None or m.start() <= best[0]):  # the longer reading
            best = (m.start(), told)
        break
    if _PAST_CUES_RE.search(text) and (past := _past_the_hour_told(text)) is not None:
        base, at, clock = past  # "at 8, ... at half past": later than the hour it counts from
        if best is None or best[0] >= base:
            best = (at, clock)
    mid = _MIDNIGHT_RE.search(text)
    if mid and (best is None or mid.start() < best[0]):
        is_mid = mid.group("w") == "midnight"
        best = (mid.start(), _Clock(0 if is_mid else 12, 0, False, None, is_midnight=is_mid))
    if best is None and (meal := _MEAL_RE.search(text)) is not None:
        hour, minute = _meal_time(meal)
        best = (meal.start(), _Clock(hour, minute, False, None))
    if (
        best is None
        and any(word in text for word in _DAWN_WORDS)
        and (dawn := _DAWN_RE.search(text)) is not None
    ):
        hour = 5 if dawn.group("before") else 6  # "just before dawn": a little earlier
        best = (dawn.start(), _Clock(hour, 0, False, None))
    return best[1] if best else None


# Dawn told as the time: "caught me at dawn", "just before sunrise", "at first light".
_DAWN_WORDS: Final = ("dawn", "daybreak", "light", "sunrise", "sun")
_DAWN_RE = re.compile(
    r"\b(?:(?:at|around|about|by|after|(?P<before>(?:just\s+)?before))\s+)?(?:the\s+)?"
    r"(?:crack\s+of\s+)?(?:dawn|daybreak|first\s+light|sunrise|sun\s*-?\s*up)\b"
)


# A time told in words: "quarter to 3", "half past four", "ten past 2", "twenty to six".
_TOLD_MINUTES: Final = {
    "quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25,
    "twenty five": 25,
}  # fmt: skip
# The words of a time told in words without a digit: _TOLD_CLOCK_RE needs one of them.
_TOLD_CLOCK_WORDS: Final = ("quarter", "half", "twenty", "ten", "five")
_TOLD_CLOCK_RE: Final = re.compile(
    r"(?<![\w.:/])(?:a\s+)?(?P<fr>quarter|half|twenty[\s-]five|twenty|ten|five"
    # in digits after a word that says a time follows: "at 10 to 4", "around 20 past 3"
    r"|(?:(?<=\bat\s)|(?<=around\s)|(?<=about\s)|(?<=\bby\s)|(?<=gone\s)|(?<=\blike\s)"
    r"|(?<=before\s)|(?<=after\s)|(?<=until\s)|(?<=till\s)|(?<=\bjust\s))(?:5|10|15|20|25))\s+"
    r"(?P<dir>past|after|to|til|till)\s+(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten"
    r"|eleven|twelve|\d{1,2})\b"
    # a range, not a time: "five to ten minutes", "10 to 15 reps"
    r"(?!\s*(?:-|or\b)?\s*(?:min|mins|minutes?|sec|secs|seconds?|s\b|hours?\b|hrs?\b|h\b|days?"
    r"|nights?|weeks?|months?|years?|times|x\b|reps|sets|laps|miles?|km|k\b|kg|lbs?|%|cramps?"
    r"|glass\w*|cups?|pills?|tablets?|mg\b))"
    # "at half 3" (half past three, in Britain): after a word that says a time follows, or
    # told on its own ("it was half one", "time? half one.")
    r"|(?:(?<=\bat\s)|(?<=around\s)|(?<=about\s)|(?<=\bby\s)|(?<=gone\s)|(?<=since\s)"
    r"|(?<=until\s)|(?<=till\s)|(?<=before\s)|(?<=after\s)|(?<=\bwas\s)|(?<=\bits\s)|(?<=\bit's\s)"
    r"|(?<=\bmaybe\s)|(?<=roughly\s)|(?<=[.!?:]\s)|(?<![\s\S]))half\s+(?P<hw2>one|two|three|four|five"
    r"|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})\b(?!\s*(?:hours?|hrs?|minutes?|mins?"
    r"|days?|weeks?|months?|years?|an?\b|of\b|the\b|dozen))"
)


# Minutes past or to told with no hour ("at quarter past", "about twenty past", "at ten to"):
# past or to the hour told just before ("choir ended at 8, at half past on the bus my calf went").
_PAST_CUES_RE: Final = re.compile(r"\b(?:past|to|after)\b")
_NO_HOUR_RE: Final = re.compile(
    r"\b(?:at|about|around|round|by|just\s+after|just\s+gone|gone|like|till|until)\s+"
    r"(?:(?:about|around|like|maybe|roughly)\s+)?(?:a\s+)?"
    r"(?:(?P<half>half)\s+past|(?P<fr>quarter|twenty[\s-]five|twenty|ten|five|5|10|15|20|25)\s+"
    r"(?P<dir>past|after|to))\b"
    # the hour told after it after all, or a range or a count ("ten to fifteen minutes")
    r"(?!\s*(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon"
    r"|midday|\d|the\s+hour|go\b|play\b))"
)
_HOUR_TOLD_RE: Final = re.compile(
    r"\b(?:at|till|until|til|by|around|about|round|from|to|after|before|gone|since|due\s+at)\s+"
    r"(?:(?:about|around|like|maybe|roughly)\s+)?(?P<h>\d{1,2}|one|two|three|four|five|six|seven"
    r"|eight|nine|ten|eleven|twelve)(?::00)?(?:\s*(?P<mer>[ap])\.?\s?m\b\.?|\s*o'?\s?clock\b)?"
    r"(?![\d:.]|\s*(?:-|to\b|or\b)?\s*\d*\s*(?:min|mins|minutes|sec|secs|seconds|s\b|hours?\b"
    r"|hrs?\b|h\b|days?|weeks?|months?|years?|times|km|k\b|miles?|kg|lbs?|%|x\b|of\b|out\b"
    r"|cramps?|reps|laps|pints?|glass\w*|cups?|metres?|meters?|yards?))"
)


def _past_the_hour_told(text: str) -> tuple[int, int, _Clock] | None:
    """Minutes past or to told with no hour, read with the hour told last before them (see
    ``_NO_HOUR_RE``): where that hour is, where they are, and the clock; None when there are
    none or no hour is told before them."""
    told = _NO_HOUR_RE.search(text)
    if told is None:
        return None
    hours = list(_HOUR_TOLD_RE.finditer(text, 0, told.start()))
    if not hours:
        return None
    base = hours[-1]
    hw, mer = base.group("h"), base.group("mer")
    hour = int(hw) if hw.isdigit() else _WORD_HOURS[hw]
    if not 1 <= hour <= (12 if mer else 23):
        return None
    ambiguous = mer is None and hour <= 12
    if mer:
        hour = hour % 12 + (12 if mer == "p" else 0)
    fraction = told.group("fr")
    if told.group("half"):
        minutes = 30
    elif fraction.isdigit():
        minutes = int(fraction)
    else:
        minutes = _TOLD_MINUTES[" ".join(fraction.replace("-", " ").split())]
    if told.group("dir") == "to":
        hour, minutes = (hour - 1) % 24, 60 - minutes
        if hour == 0 and ambiguous:
            hour = 12
    return base.start("h"), told.start(), _Clock(hour, minutes, ambiguous, None)


def _told_clock(m: re.Match[str], text: str) -> _Clock | None:
    hw = m.group("hw") or m.group("hw2")
    hour = int(hw) if hw.isdigit() else _WORD_HOURS[hw]
    if not 1 <= hour <= 12:
        return None
    if m.group("hw2"):
        minutes = 30  # "half 3"
    else:
        fraction = m.group("fr")
        minutes = (
            int(fraction) if fraction.isdigit()
            else _TOLD_MINUTES[" ".join(fraction.replace("-", " ").split())]
        )  # fmt: skip
    if m.group("dir") in {"to", "til", "till"}:
        if minutes == 30:
            return None  # "half to" is not said
        hour, minutes = (hour - 1) or 12, 60 - minutes
    after = _IN_THE_RE.match(text, m.end())
    if after is None:
        return _Clock(hour, minutes, True, None)
    period = after.group("p")
    pm = period in {"afternoon", "evening"} or (period == "night" and hour >= 6)
    return _Clock(hour % 12 + (12 if pm else 0), minutes, False, period)


# Sleep around a bare hour makes it the small hours: "woke at 3 with my calf cramping", "still
# asleep at 5"; "woke at 8" is the morning too. Not after a nap ("dozed off, woke at 3").
_ASLEEP_RE = re.compile(
    r"\b(?P<woke>woke|woken|awoke|awoken|wak(?:e|es|ing)\s+(?:\w+\s+)?up)\b"
    r"|\b(?:asleep|sleeping|in\s+bed|in\s+my\s+sleep|(?:went|go|got)\s+to\s+bed)\b"
)
_NAP_RE = re.compile(
    r"\b(?:nap\w*|snooz\w*|doz\w*|siesta|forty\s+winks)\b"
    r"|\b(?:asleep|sleep|slept)\s+(?:\w+\s+){0,2}?(?:on|in)\s+(?:the|my|a)\s+(?:sofa|couch|settee"
    r"|chair|armchair|recliner|lounge)\b"
    # sleeping by day after night shifts: "post nights, slept 9 till 2", "on nights, in bed by 9am"
    r"|\b(?:post|after|off|between)\s+(?:my\s+|a\s+|the\s+)?(?:\w+\s+)?(?:nights|night\s+shifts?)\b"
    r"|\b(?:day\s+sleep|sleeping\s+in\s+the\s+day(?:time)?|slept\s+(?:all\s+|through\s+)?the\s+day)\b"
)


def _asleep_clock(clock: _Clock | None, text: str, story: Story) -> _Clock | None:
    """A bare hour told with sleep (in ``text`` or its sentence) is before noon (see
    ``_ASLEEP_RE``), unless the message told of a nap; the hour of going to bed ("went to bed
    at half 10") is the evening."""
    if clock is None or not clock.ambiguous or clock.period is not None:
        return clock
    bed = _TO_BED_AT_RE.search(text) if "bed" in text else None
    if bed is not None and int(bed.group("h")) == clock.hour and 7 <= clock.hour <= 11:
        return _Clock(clock.hour + 12, clock.minute, False, None, written=clock.written)
    told = story.with_sentence(text)
    asleep = _ASLEEP_RE.search(told)
    if asleep is None or _NAP_RE.search(told) or story.napped:
        return clock
    latest = 9 if asleep.group("woke") else 6
    if not 1 <= clock.hour <= latest:
        return clock
    return _Clock(clock.hour, clock.minute, False, None, written=clock.written)


# The first clock told is the hour of going to bed: "went to bed at half 10", "got into bed
# around 11".
# Going to bed, in words ("went to bed", "getting into bed").
TO_BED: Final = r"\b(?:went|go|going|got|get|getting|gone)\s+(?:in)?to\s+bed\b"
_TO_BED_AT_RE = re.compile(
    r"(?:"
    + TO_BED
    + r"|\bin\s+(?:the\s+|my\s+)?(?:bed|bunk|sack|cot)|\blights\s+out|\bturned\s+in"
    r"|\bhit\s+the\s+(?:hay|sack|pillow))"
    r"\s+(?:at\s+|around\s+|about\s+|by\s+"
    r"|just\s+after\s+|just\s+before\s+){1,2}(?:half\s+)?(?P<h>\d{1,2})\b(?![:.]?\d*\s*[ap]\.?m)"
)


def _after_bedtime(text: str) -> str:
    """``text`` from after the hour of going to bed when another clock time follows it ("went
    to bed at half 10 and a cramp woke me at 2": 2), else ``text``."""
    bed = _TO_BED_AT_RE.search(text) if "bed" in text else None
    if bed is not None and names_a_clock(text[bed.end() :]):
        return text[bed.end() :]
    return text


def _on_day(day: date, clock: _Clock, tz: ZoneInfo, now_utc: datetime) -> datetime:
    hour = clock.hour
    if clock.is_midnight:
        day = day + timedelta(days=1)
    elif clock.ambiguous and not clock.written:  # on a named day "6:00" is 06:00, "6" is 18:00
        hour = hour % 12 if hour <= 5 or hour == 12 else hour + 12
        if clock.hour == 12:
            hour = 12
    cands = wall_candidates(day, hour, clock.minute, tz)
    return latest_not_after(cands, now_utc, cands[0])


def _most_recent(clock: _Clock, today: date, tz: ZoneInfo, now_utc: datetime) -> datetime:
    hours = [clock.hour]
    if clock.ambiguous:
        hours = [clock.hour % 12, clock.hour % 12 + 12]
    cands: list[datetime] = []
    for day in (today - timedelta(days=1), today):
        for h in hours:
            cands.extend(wall_candidates(day, h, clock.minute, tz))
    return latest_not_after(cands, now_utc, min(cands))


# A day told as ahead, in the weekday's own clause: waiting for it, an appointment, a plan.
_AHEAD_BEFORE_RE: Final = re.compile(
    r"(?:\b(?:wait\w*|till|until|til|appointment|appt|booked|booking|see(?:ing)?\s+(?:the|my|a|her|his)"
    r"\s+\w+|will|gonna|going\s+to|i'll|we'll|he'll|she'll)\b[^.!?,;]*|\b(?:next|coming)\s+(?:on\s+)?)$"
)


def _weekday(text: str) -> re.Match[str] | None:
    """A day of the week: whole ("saturday"), or short with a word that makes it a day ("on
    sat", "last wed", "sat morning", "fri arvo"): a bare "sat" or "sun" is another word."""
    for m in _WEEKDAY_RE.finditer(text):
        if _AHEAD_BEFORE_RE.search(text, max(0, m.start() - 45), m.start()):
            continue  # a day ahead: "can i wait for the doctor on monday", "appointment on tue"
        if m.group("pre") or len(m.group("wd")) > 3:
            return m
        between = text[m.end("wd") : m.start("period")] if m.group("period") else ""
        if m.group("period") not in (None, "am", "pm") and not between.strip():
            return m  # "sat morning", not "sat in the evening" (was sitting)
    return None


def _next_day(what: str, today: date) -> date:
    if what == "week":
        return today + timedelta(days=7)
    if what == "weekend":
        return today + timedelta(days=(5 - today.weekday()) % 7 or 7)
    if what == "month":
        return today + timedelta(days=30)
    if what == "year":
        return today + timedelta(days=365)
    return today + timedelta(days=(_WEEKDAYS[what] - today.weekday()) % 7 or 7)


def _in_days(m: re.Match[str], today: date) -> date | None:
    value = number_value(m.group("num"))
    if value is None or value > 366:
        return None
    per = {"d": 1, "w": 7, "m": 30}[m.group("unit")[0]]
    return today + timedelta(days=round(value * per))


# Every time phrase below needs a digit or one of these words (or a word starting with one):
# a text with none of them names no time, and is answered without the two dozen searches.
# tests/parsing/test_cramp_time.py checks the gate never changes an answer.
_CUE_RE: Final = re.compile(
    r"\d|\b(?:just|right|rn|atm|current|moment|happening|now|cramping|cramped|locked|seized"
    r"|gone|mid|noon|night|nite|lastnight|tonight|tonite|2nite|2night|overnight|wee|anoche|kagabi"
    r"|yesterday|yday|yest|ystd|ysterday|yesterdy|yesteday|yesturday|morning|afternoon|arvo"
    r"|evening|am|pm|a\.m|p\.m|today|2day|tday|tomorrow|tmrw|tomorow|tmr|week|month|year"
    r"|next|coming|mon|tue|wed|thu|fri|sat|sun|day|woke|woken|awoke|awaken|wak|nocturnal"
    r"|sleep|breakfast|brunch|lunch|dinner|supper|tea|got|getting|first|earlier|kanina|been|ago|keep"
    r"|fajr|fajar|zuhr|zohr|dhuhr|asr|maghrib|magrib|isha|esha|taraw|sehri|sehari|suhoor|suhur"
    r"|iftar|work|school|commut|alarm|bed|tucked|dawn|daybreak|sunrise|sun"
    r"|back|before|after|min|hour|hr|sec|clock|oclock|o'clock|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|half|a\s+couple|a\s+few|few|several|couple"
    r"|as\s+(?:we|i)\s|[ap]\.?\s?m\b|quarter|twenty|count|struck|strik|chim|rang|ball)"
)


class Story:
    """What the whole message tells that changes how a clause's time is read, each read only
    when a clause needs it (most never do).

    ``around``: the sentence the clause was taken from, read for sleep (a bare hour told
    with sleep is the small hours: "fell asleep at 11 and at 2 my calf cramped"); ``napped``:
    the message tells of a nap, so waking is not the small hours ("bath, nap. woke up around
    5"); ``raced``: the message tells of a race, so "at 15" is a mile and "3:28" a finishing
    time, not clock times."""

    __slots__ = (
        "_message",
        "_napped",
        "_new_year",
        "_past_midnight",
        "_raced",
        "_timed",
        "around",
    )

    def __init__(self, message: str, around: str = "") -> None:
        self._message, self.around = message, around
        self._napped: bool | None = None
        self._new_year: bool | None = None
        self._past_midnight: bool | None = None
        self._raced: bool | None = None
        self._timed: bool | None = None

    @property
    def timed(self) -> bool:
        """Whether the message tells a time anywhere (a digit, a day or a part of one)."""
        if self._timed is None:
            self._timed = _TIME_TOLD_RE.search(self._message) is not None
        return self._timed

    def with_sentence(self, text: str) -> str:
        """``text`` (a clause of the message) read with its sentence, for sleep."""
        return f"{text} . {self.around}"

    @property
    def new_year(self) -> bool:
        """Whether the message names New Year ("happy new year", "nye", "fireworks")."""
        if self._new_year is None:
            self._new_year = _NEW_YEAR_RE.search(self._message) is not None
        return self._new_year

    @property
    def past_midnight(self) -> bool:
        """Whether the message says the day has just turned ("it's past midnight so
        technically yesterday")."""
        if self._past_midnight is None:
            self._past_midnight = _PAST_MIDNIGHT_RE.search(self._message) is not None
        return self._past_midnight

    @property
    def napped(self) -> bool:
        if self._napped is None:
            self._napped = _NAP_RE.search(self._message) is not None
        return self._napped

    @property
    def raced(self) -> bool:
        if self._raced is None:
            message = self._message
            self._raced = (
                _DISTANCE_RE.search(message) is not None and _RACE_RE.search(message) is not None
            ) or _LONG_RACE_RE.search(message) is not None
        return self._raced


def resolve_time(
    text: str,
    now: datetime,
    tz: ZoneInfo,
    *,
    on_date: date | None = None,
    story: Story | None = None,
) -> TimeInfo:
    """Resolve the first time phrase of ``text`` (lower-cased, normalised) against ``now``.

    ``on_date`` is a calendar date already read from the text (``bot.parsing.dates``); it
    names the day, and the text's clock time or period words say when on that day.
    ``story`` is what the rest of the message says (`Story`); None reads ``text`` alone.
    """
    if on_date is None and not _CUE_RE.search(text):
        return _NO_TIME
    return _resolve(text, now, tz, on_date=on_date, story=story)


# Everyday moments of a day told without a clock: back where the day out ends ("back at the
# chalet", "got back to the hotel", "when we got home") is its evening, or the morning after a
# night's work ("night shift. when I arrived home"); the last run or lap of a day on the slopes
# or the track is its afternoon (not "my last run", the one before).
_RETURN_RE: Final = re.compile(
    r"\b(?:back\s+(?:at|to|in|inside)\s+(?:the|our|my)\s+(?:\w+\s+)?(?:chalet|hotel|hut|lodge|cabin"
    r"|apartment|villa|campsite|camp|tent|hostel|room|digs|house|flat|guesthouse|airbnb|refuge"
    r"|b&b|b\s*n\s*b|accommodation|caravan|motel|resort)"
    r"|(?:got|get|getting|came|come|coming|arrived|arriving|arrive|made\s+it)\s+(?:back\s+)?home"
    r"|back\s+home)\b"
)
# ... told in the cramp's own clause: the moment, then the cramp within a few words, or the cramp,
# then "when" or "as" and the moment (not "cramped at mile 50 ... got home eventually").
_CRAMP_NEAR = (
    r"(?:cramp\w*|seiz\w*|lock\w*|spasm\w*|knott?\w*|charl\w*|went|go(?:es)?|gone|tight\w*)"
)
_MOMENT_THEN_CRAMP = rf"[^.!?;]{{0,50}}?\b{_CRAMP_NEAR}\b"
_CRAMP_THEN_MOMENT_RE: Final = re.compile(
    rf"\b{_CRAMP_NEAR}\b[^.!?;,]{{0,40}}?\b(?:when|as|once|after|while|on)\s+(?:\w+\s+){{0,2}}?$"
)
_NIGHT_WORK_RE: Final = re.compile(
    r"\b(?:night\s*-?\s*(?:shifts?|duty|duties|work|watch|patrol|run)|on\s+nights|(?:a|my|the)\s+"
    r"nights?\s+(?:at|on)\s+(?:work|the\s+ward)|\d+\s+(?:hours|hrs|h)\s+of\s+night)\b"
)
_LAST_OF_THE_DAY_RE: Final = re.compile(
    r"\b(?:on|during|in)\s+the\s+(?:last|final|very\s+last)\s+(?:run|descent|lap|runs|laps"
    r"|piste|slope|climb|heat|race|ride)\b"
)


def _told_with_the_cramp(text: str, m: re.Match[str] | None) -> bool:
    """Whether the moment ``m`` is told in the cramp's own clause (see above)."""
    if m is None:
        return False
    if re.match(_MOMENT_THEN_CRAMP, text[m.end() :]):
        return True
    return _CRAMP_THEN_MOMENT_RE.search(text, max(0, m.start() - 60), m.start()) is not None


def _moment_period(text: str) -> str | None:
    """The part of the day an everyday moment told without a clock names (see above)."""
    if _told_with_the_cramp(text, _RETURN_RE.search(text)):
        return "morning" if _NIGHT_WORK_RE.search(text) else "evening"
    if _told_with_the_cramp(text, _LAST_OF_THE_DAY_RE.search(text)):
        return "afternoon"
    return None


def _woke_period(text: str) -> str | None:
    """Waking on a named day ("woke up yesterday with a cramp", "a cramp woke me on
    Saturday") is that day's early morning; None when the message says nothing of waking."""
    return "morning" if _WOKE_RE.search(text) else None


def _resolve(
    text: str,
    now: datetime,
    tz: ZoneInfo,
    *,
    on_date: date | None = None,
    story: Story | None = None,
) -> TimeInfo:
    """`resolve_time` without the gate (the gate's test compares the two)."""
    story = story or Story(text)
    now_utc = now.astimezone(UTC)
    local_now = now_utc.astimezone(tz)
    today = local_now.date()
    night_words = _NIGHT_RE.search(text)

    result: datetime | None = None
    night = False

    inferred = False
    if on_date is None and (ongoing := _ONGOING_FOR_RE.search(text)) is not None:
        seconds = _unit_span(ongoing)
        if seconds is not None:
            result = now_utc - timedelta(seconds=seconds)
    elif on_date is None and (since := _SINCE_FOR_NOW_RE.search(text)) is not None:
        half = since.group("num").startswith("half")
        seconds = (
            (1800 if since.group("unit").startswith("h") else 30) if half else _unit_span(since)
        )
        if seconds is not None and seconds <= 12 * 3600:
            result = now_utc - timedelta(seconds=seconds)
    elif on_date is None and (span := _LAST_SPAN_RE.search(text)) is not None:
        seconds = _unit_span(span) if span.group("num") else None
        if seconds is None and not span.group("num"):  # "the last hour"
            seconds = 3600 if span.group("unit").startswith("h") else 60
        told = story.with_sentence(text)  # the day or part of it may be in the sentence
        of_an_event = span.group(0).startswith("in") and (
            _LAST_SPAN_OF_EVENT_RE.match(text, span.end()) is not None
            or _YESTERDAY_RE.search(told) is not None
            or _THIS_PERIOD_RE.search(told) is not None
            or _LAST_NIGHT_RE.search(told) is not None
        )
        if seconds is not None and seconds <= 12 * 3600 and not of_an_event:
            result = now_utc - timedelta(seconds=seconds)
    if (
        result is None and on_date is None
        and (bed := _AFTER_BED_RE.search(text)) is not None
        and not names_a_clock(story.with_sentence(text))  # "in bed by 10, two hours after ..."
    ):  # fmt: skip
        result, night = _after_going_to_bed(bed, today, now_utc, tz), True
    if result is None and (midnight := _new_years_midnight(text, local_now, tz, on_date, story)):
        result = midnight  # "my calf cramped during the countdown", told after New Year
    if result is None and on_date is None and _NOW_RE.search(text):
        clock = _find_clock(text, story)
        named = _most_recent(clock, today, tz, now_utc) if clock is not None else None
        recent = named is not None and timedelta(0) <= now_utc - named <= timedelta(hours=3)
        result = named if recent else now_utc
    if result is None and on_date is None:
        for m in _AGO_RE.finditer(text):
            got = _ago_seconds(m)
            if got is None or LASTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "lasted 12 minutes earlier today": a length, not "12 minutes ago"
            value, kind = got
            if kind == "s":
                result = now_utc - timedelta(seconds=value)
            elif kind == "n":  # "2 nights ago": the night that ended 1 day ago, 03:00
                night = True
                result = wall(today - timedelta(days=max(0, round(value) - 1)), 3, 0, tz)
            else:
                day = today - timedelta(days=round(value))
                clock = _find_clock(text, story)
                if clock is not None:
                    result = _on_day(day, clock, tz, now_utc)
                else:  # "woke up with one two days ago": the morning of that day
                    # "two days ago I was lazing in bed in the morning" (its own part of the
                    # day, near it; not "since early morning")
                    said = _PERIOD_ANY_RE.search(text, max(0, m.start() - 40), m.end() + 40)
                    if said and _NOT_THAT_DAYS_RE.search(
                        text, max(0, said.start() - 14), said.start()
                    ):
                        said = None  # "this morning", "since early morning", "every night"
                    part = _norm_period(said.group("period")) if said else _woke_period(text)
                    result = wall(day, _PERIOD_REP[part] if part else 12, 0, tz)
            break

    if result is None:
        clock = _asleep_clock(_find_clock(_after_bedtime(text), story), text, story)
        day_ref: date | None = None
        period: str | None = None
        last_night = False
        if on_date is not None:
            day_ref = on_date
            if (per_m := _PERIOD_ANY_RE.search(text)) is not None:
                period = _norm_period(per_m.group("period"))
        elif _NIGHT_BEFORE_LAST_RE.search(text):
            day_ref, period = today - timedelta(days=2), "night"
        elif _DAY_BEFORE_RE.search(text):
            day_ref = today - timedelta(days=2)
        elif (ym := _YESTERDAY_RE.search(text)) is not None:
            day_ref, period = today - timedelta(days=1), _norm_period(ym.group("period"))
            period = period or _woke_period(text) or _moment_period(text)
        elif (lm := _LAST_EVENING_RE.search(text)) is not None:
            day_ref, period = today - timedelta(days=1), lm.group("period")
        elif (om := _OTHER_NIGHT_RE.search(text)) is not None:
            what = om.group("what")
            if what == "night":
                day_ref, period = today - timedelta(days=2), "night"
            else:
                day_ref, period = today - timedelta(days=2), (None if what == "day" else what)
        elif (
            night_words is not None
            and _LAST_NIGHT_RE.search(text)
            and _OUT_IN_THE_EVENING_RE.search(text)
            and not _IN_BED_RE.search(text)
        ):
            # "cramped at 5-a-side last night": the evening out, not the small hours
            day_ref, period = today - timedelta(days=1), "evening"
        elif night_words is not None:
            last_night = True
        elif (nm := _NEXT_RE.search(text)) is not None:
            day_ref = _next_day(nm.group("what"), today)
        elif _DAY_AFTER_TOMORROW_RE.search(text):
            day_ref = today + timedelta(days=2)
        elif (im := _IN_DAYS_RE.search(text)) is not None and (
            in_day := _in_days(im, today)
        ) is not None:
            day_ref = in_day
        elif clock is None and _WAKING_RE.search(text):
            early = _EARLY_WAKING_RE.search(text) is not None
            result = _this_period("morning", today, now_utc, tz, early=early)
        elif (tm := _THIS_PERIOD_RE.search(text)) is not None:
            period = _norm_period(tm.group("period"))
            day_ref = today
        elif (wm := _weekday(text)) is not None:
            wd = _WEEKDAYS[wm.group("wd")]
            back = (today.weekday() - wd) % 7 or (0 if wm.group("pre") is None else 7)
            day_ref, period = today - timedelta(days=back), _norm_period(wm.group("period"))
            period = period or _woke_period(text) or _moment_period(text)
            # "early tuesday", "tuesday early on": that day's small hours or early morning
            early = "early" in (wm.group("pre") or "")
            if period is None and (early or _EARLY_AFTER_DAY_RE.match(text, wm.end())):
                period = "morning"
        elif clock is None and _EARLIER_TODAY_RE.search(text):
            result = _earlier(today, now_utc, tz)  # "earlier today": as "earlier"
        elif _TODAY_RE.search(text):
            day_ref = today
            if (in_the := _IN_THE_PART_RE.search(text)) is not None:
                period = in_the.group("period")  # "today i harvest grapes ... in the evening"
            elif (moment := _moment_period(text)) is not None and (
                local_now.hour >= _PERIOD_REP[moment]
            ):
                period = moment  # "ski day today, on the last run", told after it
        elif clock is None and _NIGHT_WORK_RE.search(text) and _moment_period(text) == "morning":
            # "night shift, when I arrived home my calf cramped": this morning
            day_ref, period = today, "morning"
        elif _TOMORROW_RE.search(text):
            day_ref = today + timedelta(days=1)
        elif _LAST_WEEK_RE.search(text):
            day_ref = today - timedelta(days=7)
        elif clock is None and _EARLIER_RE.search(text):
            result = _earlier(today, now_utc, tz)
        elif clock is None and (
            _JUST_RE.search(text) or (_JUST_DID_RE.search(text) and not story.timed)
        ):
            result, inferred = now_utc, True
        elif clock is None and _WOKE_RE.search(text):
            last_night = inferred = True
        elif clock is None and _AWAKE_IN_BED_RE.search(text):
            result, inferred = _awake_in_bed(local_now, now_utc, today, tz), True

        if last_night:
            night = True
            is_tonight = night_words is not None and night_words.group(0).startswith(
                ("tonight", "tonite", "2nite", "2night")
            )
            if clock is not None:
                hour = clock.hour
                if clock.ambiguous:
                    hour = clock.hour % 12 + (12 if 6 <= clock.hour <= 11 else 0)
                if is_tonight and local_now.hour >= 18:
                    day = today
                else:
                    day = today if hour < 12 else today - timedelta(days=1)
                cands = wall_candidates(day, hour, clock.minute, tz)
                result = latest_not_after(cands, now_utc, cands[0])
            elif is_tonight and local_now.hour >= 18:
                # told in the evening, of earlier this evening ("yoga tonight, my arch cramped")
                result = _midpoint(wall(today, 18, 0, tz), now_utc)
            else:
                result = _last_night(today, now_utc, tz)
        elif day_ref is not None:
            if period == "night":
                night = True
            if clock is not None:
                if clock.ambiguous and period is not None:
                    base = clock.hour % 12
                    pm = period in {"afternoon", "evening"} or (period == "night" and base >= 6)
                    clock = _Clock(base + (12 if pm else 0), clock.minute, False, None)
                if day_ref == today and period is None and clock.ambiguous:
                    cands = [
                        *wall_candidates(today, clock.hour % 12, clock.minute, tz),
                        *wall_candidates(today, clock.hour % 12 + 12, clock.minute, tz),
                    ]
                    result = latest_not_after(cands, now_utc, min(cands))
                elif day_ref == today:
                    result = _on_day(today, clock, tz, now_utc)  # "today at 11pm" may be ahead
                    if result > now_utc and _day_just_gone(period, local_now, on_date, story):
                        result = _on_day(today - timedelta(days=1), clock, tz, now_utc)
                else:
                    day = day_ref
                    if (
                        on_date is None
                        and period == "night"
                        and clock.hour < 12
                        and not clock.is_midnight
                    ):
                        day = day_ref + timedelta(days=1)  # "Monday night at 2" is Tuesday 02:00
                    result = _on_day(day, clock, tz, now_utc)
            elif day_ref == today:
                if period is None:
                    hour = _RACE_HOUR if story.raced else 12
                    result = min(now_utc, wall(today, hour, 0, tz))
                else:
                    up = not (
                        _WOKE_RE.search(text)
                        or _ASLEEP_RE.search(story.with_sentence(text))
                        or _EARLY_RE.search(text)
                    )
                    result = _this_period(period, today, now_utc, tz, up=up)
            else:
                hour = _RACE_HOUR if story.raced else 12
                result = wall(day_ref, _PERIOD_REP[period] if period else hour, 0, tz)
        elif clock is not None:
            result = _most_recent(clock, today, tz, now_utc)

        if clock is not None and result is not None:
            local_hour = result.astimezone(tz).hour
            if local_hour >= 22 or local_hour < 6:
                night = True

    if result is None:
        return _NO_TIME
    if (rel := _RELATIVE_RE.search(text)) is not None and _find_clock(text[rel.end() :]):
        seconds = _unit_span(rel)
        if seconds is not None:
            result += timedelta(seconds=-seconds if rel.group("dir") == "before" else seconds)
    local = result.astimezone(tz).replace(microsecond=0)
    return TimeInfo(local, night=night, in_future=result > now_utc, inferred=inferred)
