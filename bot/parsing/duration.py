"""How long a cramp lasted: digits, number words and everyday phrases."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache

from bot.parsing.journey import the_whole_of
from bot.parsing.numbers import LASTED_BEFORE_RE, NUMBER_RE, amount, is_vague, number_value
from bot.parsing.recovery import of_recovery
from bot.parsing.romance_duration import romance_durations

# --------------------------------------------------------------------------- duration

_DUR_UNITS = (
    r"(?P<unit>seconds|second|secs|sec|s|minutes|minute|mins|min|mns|mn|m|hours|hour|hrs|hr|h)"
)
# What the writer did to the cramp until it let go: "15 minutes of rubbing before it eased",
# "ten minutes of walking it off round the bedroom before it went" (the cramp's time, unlike
# "20 minutes of walking" or "30 minutes of stretching every night").
_TENDING = (
    r"(?:(?:rubbing|stretching|massaging|kneading|hobbling|pacing|writhing|swearing|crying"
    r"|screaming|yelling|limping|hopping|stamping|flexing|pushing)\b|(?:walking|standing|stomping"
    r"|stamping)\s+(?:it\s+off|on\s+it|around|about|round|up\s+and\s+down))"
)
# What only a cramp makes people do: "3 or 4 minutes of hopping about", "2 minutes of
# writhing" (the cramp's time, unlike "10 minutes of massaging every night").
_ENDURING = (
    r"(?:hopping|writhing|swearing|crying|screaming|yelling|hobbling|limping|stamping|rubbing"
    r"|massaging|kneading|howling|groaning|whimpering)\b(?![^.!?;,]{0,30}\b(?:every|each|daily"
    r"|nightly|a\s+(?:day|night)))"
)
_DUR_RE = re.compile(
    r"(?<![\w.:/,])"
    r"(?:(?P<half>half\s+(?:an?\s+)?)|(?P<quarter>(?:(?P<three>three\s+)|a\s+)?quarters?\s+of\s+an?\s+"
    # "a good quarter hour", "three-quarter hour"
    r"|(?:(?P<three2>three[\s-]+)|a\s+(?:good\s+|full\s+|solid\s+)?)?quarter[\s-]+(?=hour))"
    rf"|(?P<n1>{NUMBER_RE})(?:\s*(?:-|–|to|or)\s*(?P<n2>{NUMBER_RE}))?"
    r"(?P<andhalf1>\s+and\s+a\s+half)?(?:\s+or\s+so)?(?P<plus>\s*\+)?\s*"
    r"(?:(?:very|long|solid|good|full|whole|straight|painful|agonizing|agonising|excruciating|more"
    r"|horrible|awful|endless|torturous)\s+){0,2})"
    rf"{_DUR_UNITS}\b(?!'|\s+in\b(?!\s+(?:my|the|his|her|both|agony|pain|total|all|real)\b)"
    # "about an hour in my right foot cramped": an hour into something, then the cramp began
    r"|\s+in\s+(?:my|the|both)\s+(?:\w+\s+){0,2}?(?:cramped|seized|locked|knotted|went|started"
    r"|began|decided|tightened|spasmed)\b"
    # hours as what something was: "a 6 hr ranked grind", "3 hr exam", "13 hr flight"
    r"|(?:(?<=hr)|(?<=hrs)|(?<=h)|(?<=hour))\s+(?!of\b|and\b|or\b|later\b|ago\b|straight\b|solid\b"
    r"|long\b|cramp\w*|spasm\w*|charley\b|agony\b|stretch\b|still\b|now\b|nonstop\b|non\b"
    r"|last\b|this\b|yesterday\b|tonight\b|today\b|earlier\b|plus\b|more\b|gone\b|easing\b"
    r"|now\b|before\b|after\b|in\b|on\b|at\b|til\b|till\b|until\b|then\b|but\b|so\b|it\b|i\b"
    r"|with\b|without\b|to\b|for\b|total\b|tops\b|max\b|or\s+so\b|already\b)[a-z]{3,}\b"
    # hours spent somewhere: "8 hrs in the saddle", "10 hours on my feet", "6 hours at the desk"
    r"|(?:(?<=hours)|(?<=hour)|(?<=hrs)|(?<=hr)|(?<=h))\s+(?:in|on|at|behind)\s+(?:the|my|a)\s+(?:saddle|car|van|truck|cab|pool|water|gym|garden"
    r"|yard|sun|heat|kitchen|office|desk|bike|road|feet|field|pitch|court|plane|train|bus|queue"
    r"|wheel|computer|laptop|hospital|allotment|site)\b"
    # "6 hrs on the ps5", "3 hours on my phone": time spent on something
    r"|(?:(?<=hours)|(?<=hour)|(?<=hrs)|(?<=hr)|(?<=h))\s+on\s+(?:the|my|a)\s+"
    r"(?!(?:left|right|calf|leg|foot|side|thigh|toes?|back|same)\b)\w+"
    # a routine's hours: "5+ hrs a day at a screen", "10 minutes a day of stretching"
    r"|\s+(?:a|per)\s+(?:day|week|shift)\b"
    r"|\s+(?:thought|later|after|into|run|walk|drive|flight|jog|ride|hike|door"
    r"|workout|nap|session|game|match|class|break|day|days|shift|jam|exam|gig|trip|journey"
    r"|meeting|lecture|trek|race|swim|bus|train|walkabout|surgery|operation|event|show"
    # "for 20 minutes waiting for it to let go" is the cramp's own time
    r"|wait(?!ing\s+for\s+(?:it|them|the\s+\w+|my\s+\w+)\s+to\s+(?:ease|let|pass|stop|release"
    r"|relax|go\b))"
    r"|concert|rehearsal|practice|cycle|loop|round|stint|study|commute|of\s+(?:(?!"
    + _ENDURING
    + "|"
    + _TENDING
    + r"[^.!?;,]{0,50}?\b(?:before|till|until)\s+(?:it|they|the|my|most|finally)\b"
    # "a good 15 minutes of rolling around before it finally let go"
    r"|\w+ing\b[^.!?;,]{0,50}?\b(?:before|till|until)\s+(?:it|they)\s+(?:\w+\s+)?(?:let\s+go|eased"
    r"|released|relaxed|stopped|passed|went|calmed|settled|gave\s+up)\b)\w+ing|exercise"
    r"|sleep|football|training|sport|cardio|yoga|soccer|tennis|work|\w+[\s-]heavy|workouts?"
    r"|leg|weights|hiking))"
    r"|\s+to\s+(?!(?:(?:finally|fully|completely|properly|eventually|really)\s+)?(?:ease|let|go|pass"
    r"|stop|relax|release|settle|fade|calm|subside|unlock|uncurl|open"
    r"|unclench|unfurl|bend|flex|(?:work|stretch|rub|massage|knead|get)(?:\s+(?:it|them))?\s+out"
    r"(?!\s+(?:the|a|an|how|what|where|which|why|if|whether|my|his|her|our|their|that|this)\b)"
    r"|walk(?:\s+(?:it|them))?\s+off"
    r"|straighten|loosen|wear\s+off|die\s+down|\d)\b)[a-z]+"
    # (not "before jogging again", "before carrying on": until the writer could go on)
    r"|\s+before\s+(?!(?:it\s+|they\s+)?(?:release|relax|ease|let\s+go|pass|stop|calm|loosen"
    r"|unlock|go\s+away)\b)(?![a-z]+ing\s+(?:again|on)\b)(?!(?:i|it|the|my|she|he|we|they|both|them)\s+(?:\w+\s+){0,2}(?:could|was|let|eased|finally"
    r"|went|stopped|released|relaxed|got|managed|calmed|settled|passed|uncurl\w*|unlocked|trusted"
    r"|dared|risked|felt\s+(?:ok|okay|safe|normal|able)))"
    r"(?:\w+\s+){0,3}\w+)"
    r"(?P<andhalf2>\s+and\s+a\s+half)?"
    r"(?:\s*(?:and\s+)?(?P<sub>\d{1,2})\s*(?P<subunit>seconds|second|secs|sec|s)\b)?"
)
_MSS_RE = re.compile(r"(?<![\w.:/])(?P<m>\d{1,2}):(?P<s>[0-5]\d)\s*(?:min|mins|minutes|m)\b")
_ORDINAL_AFTER_RE = re.compile(
    r"\s+(?:cramp|time|one|night|day|leg|calf|foot|attack|episode|spasm|week|morning|round)"
)
# A point in a game or a race, not a length: "at the 60 minute mark", "the 20k mark".
_MARK_AFTER_RE = re.compile(r"\s*-?\s*mark\b")
_AGO_AFTER_RE = re.compile(
    r"\s*(?:or\s+so\s+|or\s+two\s+|-?ish\s+)?(?:ago|back|earlier|before\s+now|prior)\b"
)
# The time left in a game or a race, not a length: "with 5 minutes to go", "2 mins left in
# the match" (not "took 2 min to go", the cramp's own).
_TIME_LEFT_AFTER_RE = re.compile(
    r"\s*(?:to\s+(?:go|play)|left(?!\s+me\b)(?=\s+(?:in|on|of|to|before|when|and)\b|\s*[.,!;)]|$)"
    r"|remaining)\b"
)
# A part of a game or a session told at a clause's start, then who it happened to: "u16 footy
# this morning, last 10 minutes my right calf cramped", "in the first 20 mins of the match" (not
# the verb: "cramp in my foot, last 2 minutes then gone").
_PART_OF_BEFORE_RE = re.compile(
    r"(?:^|[,.;:!?(])\s*(?:in\s+)?(?:the\s+)?(?:last|first|final|opening|closing)\s+(?:\w+\s+)?$"
)
# A finishing time: "Finished in 2 hours 5", "we came in at 3:40", "I finished the 10k in 52
# minutes" (the writer's, not "the cramp finished in 5 minute", English written second).
_FINISH_TIME_BEFORE_RE = re.compile(
    r"(?:^|[.!?,;:]\s*|\b(?P<who>i|we|he|she|they)\s+|\b(?:and|then)\s+)(?:finished|came\s+in"
    r"|crossed\s+the\s+line"
    r"|ran\s+it|did\s+it)\s+(?:the\s+\w+\s+|it\s+)?(?:in|at)\s+(?:about\s+|around\s+|just\s+(?:under|over)\s+"
    r"|under\s+|over\s+)?$"
)
# A length of ten minutes or more, in digits or words ("52 minutes", "twenty mins"): a race's
# time, where "finished in 2 minutes" may be the cramp's end.
_TENS_RE = re.compile(r"(?:about\s+|around\s+)?(?:[1-9]\d|ten|twenty|thirty|forty|fifty)\b")
_PART_OF_AFTER_RE = re.compile(
    r"\s*,?\s*(?:of\s+(?:the|my|our|a)\b|(?:my|his|her|our|their|i|we|he|she|both)\s)"
)
_TIME_LEFT_BEFORE_RE = re.compile(
    r"\bwith\s+(?:about\s+|around\s+|like\s+|maybe\s+|only\s+|just\s+|under\s+)?$"
)
_DUR_SKIP_BEFORE_RE = re.compile(
    r"\b(?:(?<!eased\s)(?<!eased\s\soff\s)(?<!off\s)(?<!away\s)(?<!went\s)(?<!go\s)(?<!gone\s)"
    r"(?<!stopped\s)(?<!released\s)(?<!relaxed\s)(?<!settled\s)(?<!passed\s)(?<!subsided\s)"
    r"(?<!faded\s)(?<!calmed\s)(?<!up\s)(?<!fine\s)(?<!ok\s)(?<!okay\s)(?<!better\s)(?<!normal\s)(?<!out\s)(?<!tidy\s)(?<!alright\s)after|into|(?<!over\s)(?<!gone\s)(?<!eased\s)(?<!passed\s)"
    r"(?<!stopped\s)(?<!released\s)(?<!relaxed\s)(?<!settled\s)(?<!off\s)(?<!go\s)(?<!up\s)(?<!away\s)"
    r"within|every|slept|sleep|sleeping|sat|sitting"
    r"|stood|standing|drove|wore|wearing|worn"
    r"|driving|walked|walking|ran|run|running|hiked|hiking|cycled|cycling|played|playing"
    r"|gardened|gardening|dug|digging|mowed|mowing|danced|dancing|cleaned|cleaning|painted"
    r"|painting|shopped|shopping|queued|queuing|decorated|decorating"
    # more of what people spend hours at: "batted 2 hrs", "rowed 90 minutes", "gamed 6 hours"
    r"|batted|batting|bowled|bowling|fielded|swam|swimming|rowed|rowing|paddled|surfed|surfing"
    r"|skated|skied|climbed|climbing|lifted|biked|biking|sparred|golfed|kayaked|trekked|jogged"
    r"|sprinted|raced|practised|practiced|rehearsed|studied|revised|typed|gamed|gaming"
    r"|trained|training|worked|working|flew|flying|flight|napped|exercised|exercising|since"
    r"|fasting|fasted|fast|roza|rozay"
    # held open: "mouth open for over an hour" at the dentist, "shop open for 12 hours"
    r"|(?:mouth|jaw|eyes?|door|window|shop|store|gate)\s+(?:\w+\s+)?open(?:\s+for)?(?:\s+(?:over|about"
    r"|around|nearly|almost|more\s+than))?"
    # kept away from something: "stayed out for the full 4 hours like the tin says"
    r"|stayed\s+(?:out|away|outside|inside|in)(?:\s+for)?(?:\s+the)?"
    # a match run by an official: "refereed a full 90 minutes"
    r"|refereed|refereeing|reffed|reffing|umpired|umpiring|officiated|officiating|coached|coaching"
    r"|(?:the|my|its|for|in|over|this)\s+last|past|(?<!gone\s)(?<!over\s)(?<!passed\s)(?<!out\s)(?<!eased\s)(?<!away\s)(?<!go\s)"
    r"(?<!relaxed\s)(?<!released\s)(?<!done\s)(?<!stopped\s)(?<!settled\s)(?<!calmed\s)(?<!faded\s)"
    r"(?<!subsided\s)(?<!off\s)(?<!went\s)(?<!it\s)(?<!eases\sup\s)(?<!ease\sup\s)(?<!eased\sup\s)"
    # the verb left bare, as in English written second: "pass in 2 minutes", "finish in 5 minute"
    r"(?<!pass\s)(?<!finish\s)(?<!finished\s)(?<!stop\s)(?<!release\s)(?<!gone\sin\s)in"
    r"|wait|waited|bed\s+for|rested|resting"
    # a clock or a while into something, not a length: "at 6 hours" (às 6 horas), "at 2 hours
    # into the hike" (not "at least 2 minutes")
    r"|at(?!\s+(?:least|most|the\s+(?:very\s+)?(?:least|most))\b)"
    # time out at something: "once ive been out an hour or two", "been in the water 40 min"
    r"|been\s+(?:out|in\s+the\s+(?:water|sea|pool|surf|saddle)|on\s+the\s+(?:water|board|bike"
    r"|road|bus|plane))|on\s+(?:my|our|his|her|their)\s+feet"
    r"|each\s+night\s+for|per|once|twice|awake"
    # a spell of cramps that came and went: "cramp in my toes on and off for a couple of hours"
    r"|on\s+and\s+off|off\s+and\s+on|again\s+and\s+again|over\s+and\s+over"
    # a rate: "pulling 750 ml an hour", "12 miles an hour"
    r"|ml|mls|litres?|liters?|mph|kph|bpm|times|mg|miles|km|units"
    # "up" of something done after ("got up for 10 min"), not of the muscle's own motion
    # ("seized up", "the arch pulled right up for a minute")
    r"|(?<!seized\s)(?<!locked\s)(?<!knotted\s)(?<!balled\s)(?<!tightened\s)(?<!curled\s)"
    r"(?<!clenched\s)(?<!bunched\s)(?<!scrunched\s)(?<!cramped\s)(?<!tensed\s)"
    r"(?<!eased\s)(?<!ease\s)(?<!eases\s)(?<!easing\s)(?<!loosened\s)(?<!loosen\s)"
    r"(?<!pulled\sright\s)(?<!curled\sright\s)(?<!seized\sright\s)(?<!locked\sright\s)up)"
    r"\s+(?:\w+\s+){0,1}(?:full\s+|whole\s+)?$"
)
# "from gaming for 6 hrs", "been typing for 3 hours": how long an activity went on, not the
# cramp; an -ing word that is the cramp itself, or what the writer did to it, keeps it.
_ACTIVITY_FOR_RE = re.compile(
    r"\b(?:from|after|been|was|were|while|by|spent|spend|i'?m|am|are|i|we|of|just|busy"
    # "my hand cramped up writing my exam essay for 2 hours"
    r"|(?:cramped|seized|locked|knotted|spasmed)\s+up"
    # "on my feet teaching for 7 hrs"
    r"|feet)\s+"
    r"(?P<verb>[a-z]{3,}ing)\s+(?:[\w']+\s+){0,3}?for\s+(?:about\s+|around\s+|like\s+"
    r"|over\s+|nearly\s+|almost\s+|maybe\s+|a\s+good\s+|a\s+solid\s+)?$"
)
# The same told in the past with what it was done with: "wore my suede heels for 3 hours",
# "sat in the car with my legs crossed for 2 hours".
_DID_FOR_RE = re.compile(
    r"\b(?:wore|worn|sat|stood|drove|walked|hiked|cycled|rode|played|worked|danced|cleaned"
    # the same in the present of a story: "stay in and play the tele for an hour"
    r"|play|practise|practice|sit|drive|type|game|study|train"
    r"|painted|gardened|trained|flew|typed|wrote|knitted|studied|gamed|queued|knelt|squatted"
    r"|carried|lifted|shovelled|shoveled|mowed|dug)\s+(?:[\w']+\s+){1,8}?for\s+(?:about\s+"
    r"|around\s+|like\s+|over\s+|nearly\s+|almost\s+|maybe\s+|a\s+good\s+|a\s+solid\s+)?$"
)
# Hours of something other than the cramp: "2 hrs of pickup ball" (not "an hour of agony").
_HOURS_OF_RE = re.compile(
    r"\s+of\s+(?!(?:cramp\w*|pain|agony|it|this|that|torture|hell|spasm\w*|screaming|crying)\b)"
)
# A moment of something else than the cramp: swerving, going grey, a let-up before it came
# back ("it let go for a sec then came straight back").
_A_MOMENT_OF_ELSE_RE = re.compile(
    r"\b(?:drift\w*|swerv\w*|grey|gray|black|blank|blurry|dizzy|faint\w*|passed\s+out"
    r"|blacked\s+out|let\s+go|let\s+up|eased(?:\s+off)?|paused|relaxed|released|loosened"
    r"|went\s+away|stopped)\b[^.,;!?]{0,30}?\bfor\s+(?:a\s+|one\s+|just\s+a\s+)?$"
)
_A_MOMENT_AFTER_RE = re.compile(
    r"\s+(?:everything|it\s+all|the\s+room|my\s+vision|i)\s+(?:went|goes|passed|blacked|couldn'?t"
    r"|could\s+not|thought|felt\s+(?:faint|dizzy|sick))\b"
)
_THOUGHT_RE = re.compile(r"\b(?:thought|wondered|panicked|feared|worried)\b[^,.;!?]*$")
_CRAMP_ING = frozenset(
    {
        "cramping",
        "seizing",
        "hurting",
        "lasting",
        "going",
        "holding",
        "aching",
        "throbbing",
        "screaming",
        "hopping",
        "stretching",
        "massaging",
        "rubbing",
        "locking",
        "spasming",
        "twitching",
        "knotting",
        "contracting",
        "pulling",
        "gripping",
        "burning",
        "killing",
        "kneading",
        "icing",
        "pressing",
        "pushing",
        "flexing",
        "shaking",
        "trying",
        "hobbling",
        "pacing",
        "crying",
        "swearing",
        "writhing",
        "yelling",
        "limping",
        "pounding",
        "stabbing",
        "continuing",
        "clenching",
        "curling",
        "tightening",
        "bulging",
        "thing",
        "something",
        "nothing",
        "everything",
        "morning",
        "evening",
    }
)
# A cramp endured, or carried on with: "rode it out", "sat it out", "kept rowing with it".
RODE_IT_OUT = (
    r"(?:rode|ride|riding|rides|sat|sit|sitting|waited|wait|waiting|breathed|breathing)\s+(?:it|them)"
    r"\s+out|\w+ing\s+(?:on\s+)?with\s+(?:it|them)"
)
# Walking a cramp off, standing on it, pacing about: the cramp's own time.
_HANDLING_RE = re.compile(
    r"\b(?:(?:stand\w*|stood|walk\w*|pac\w+|hobbl\w*|stamp\w*|hopp\w*)\s+(?:on\s+it|it\s+off|them\s+off"
    r"|it\s+out|around|about|up\s+and\s+down|the\s+\w+|there)"
    # "sat on the curb rubbing it for a few minutes"
    r"|(?:rubb\w*|massag\w*|stretch\w*|knead\w*)\s+(?:it|them|the\s+\w+|my\s+\w+)"
    # endured or carried on with: "rode it out maybe 40 secs", "kept rowing with it for 2 min"
    rf"|{RODE_IT_OUT})"
    r"\s+(?:\w+\s+){0,4}?(?:for\s+|in\s+)?(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+)?$"
)
# ... or made to by the cramp told just before: "cramped hard and I had to sit on a rock for two
# or three minutes", "my quad is cramped, I must go off the bike and walk, maybe 3-4 minutes"
# (not "I have to sit at a desk for 8 hours and my calves cramp")
MADE_TO_STOP = (
    # ("had to slide down and sit on the mat")
    r"(?:(?:had|needed)\s+to|must)\s+(?:[\w']+\s+(?:down|off|out|over)\s+and\s+)?(?:sit|lie|lay|stand"
    r"|kneel|crouch|squat|stop|walk|get\s+off|get\s+out|go\s+off|pull\s+over)\b"
)
_MADE_TO_RE = re.compile(
    r"\b(?:cramp\w*|seized|locked\s+up|spasm\w*)[\s,]+(?:[\w']+[\s,]+){0,5}?"
    + MADE_TO_STOP
    + r"(?:\s+[\w']+){0,5}?(?:\s+for\s+|,\s+)(?:about\s+|around\s+|like\s+|maybe\s+|roughly\s+)?$"
)
# What a cramp still holding is still doing: "still going", "still locked", "still there".
_STILL_HOLDING = r"going|cramping|cramped|locked|knotted|there|tight|holding|stuck|seized"
# A cramp still holding "after" a while: "still going after an hour", "still there after 45".
_STILL_GOING_BEFORE_RE = re.compile(
    rf"\bstill\s+(?:\w+\s+)?(?:{_STILL_HOLDING}|on|hurting|not\s+(?:easing|letting\s+go|gone))"
    r"\s+after\s+(?:about\s+|around\s+|like\s+"
    r"|over\s+|nearly\s+|almost\s+)?$"
)
# "after about 10 sec i managed to uncurl them": the time until the cramp let go.
_EASED_RE = re.compile(
    r"[^.!?;]{0,40}?\b(?:managed|uncurl\w*|let\s+go|eased|(?:was|it'?s)\s+gone|went\s+away|ok|okay"
    r"|(?:it|they)\s+went(?=\s*(?:[.!,;]|$))"
    r"|fine|better"
    r"|released|relaxed|stopped|passed|unlocked|subsided|settled)\b"
)
# "got it to let go after about a minute of flexing", "eased after a couple of mins of
# stretching": what was done to the cramp until it went, told after its release.
# How a cramp is told to have let go.
_RELEASED = (
    r"let\s+go|eased(?:\s+off|\s+up)?|released|relaxed|passed|stopped|went(?:\s+away)?"
    r"|settled|calmed(?:\s+down)?|loosened(?:\s+up)?|unlocked|uncurled"
)
_RELEASED_AFTER_RE = re.compile(
    rf"\b(?:{_RELEASED})\s+after\s+(?:about\s+"
    rf"|around\s+|maybe\s+|like\s+|roughly\s+)?(?P<n>{NUMBER_RE}|an?|half\s+an?)\s*"
    r"(?P<unit>seconds|second|secs|sec|minutes|minute|mins|min)\s+of\s+(?:"
    + _TENDING
    + r"|\w+ing\b)"
)
# What was done before the cramp, and for how long: "got a cramp in my thigh after kneeling to
# weed the borders for an hour" (not what eased it: "it went after stretching for 2 minutes").
_AFTER_DOING_BEFORE_RE = re.compile(
    r"\b(?:cramp\w*|seized|locked|knotted|spasm\w*)\s+(?:[\w']+\s+){0,5}?after\s+"
    r"(?!(?:stretch|rubb|massag|flex|walk\w*\s+it|point|pull|push|shak|stamp|stand)\w*)\w+ing\b"
    r"(?:\s+[\w']+){0,6}\s+(?:for\s+)?(?:about\s+|around\s+|over\s+|nearly\s+|almost\s+)?$"
)
# The cramp's end told with a bare number, its unit named elsewhere in the message ("ok so its
# been 20 mins, the cramp went after about 5 and now my calf feels bruised").
_WENT_AFTER_BARE_RE = re.compile(
    rf"\b(?:{_RELEASED}|went\s+off|gone)\s+after\s+(?:about\s+"
    r"|around\s+|maybe\s+|like\s+|roughly\s+|only\s+|just\s+)?(?P<n>\d{1,2}|two|three|four|five|six"
    r"|seven|eight|nine|ten|fifteen|twenty|thirty)\b(?![a-z%])(?!\s*(?:am|pm|a\.m|p\.m|[:.]\d|o'?clock|ish\b|-|–|/|to\b|or\s+(?:\d|two|three|four|five|six|seven|eight|nine|ten)\b))"
    r"(?!\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|miles?|km|laps?|reps?|goes|tries|rounds)\b)"
)
_UNIT_NAMED_RE = re.compile(r"\b(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?)\b")


def _went_after_bare(text: str) -> tuple[int, bool, Duration] | None:
    m = _WENT_AFTER_BARE_RE.search(text)
    if m is None or of_recovery(text, m.start(), m.end()):
        return None  # (not "the soreness went after about 20")
    # (an hour named: the bare number is its minutes, "been half an hour, it went after 4")
    units = {
        "m" if u.group("unit")[0] == "h" else u.group("unit")[0]
        for u in _UNIT_NAMED_RE.finditer(text)
    }
    count = amount(m.group("n"))
    if len(units) != 1 or count is None:
        return None  # no unit named, or both seconds and minutes: not told
    return m.start(), True, Duration(round(count * (60 if units == {"m"} else 1)), False)


# "...15 minutes waiting for it to let go", "waited 10 min for them to release": the
# cramp's own time, whatever the writer was doing meanwhile.
_WAITING_RE = re.compile(
    r"\s+(?:\w+\s+)?(?:waiting\s+)?for\s+(?:it|them|the\s+\w+|my\s+\w+)\s+to\s+(?:ease|let"
    r"|pass|stop|release|relax|go\b|settle|calm|unlock)"
    # "sat there 4 min trying to get it out", "10 mins rubbing it out"
    r"|\s+(?:\w+\s+)?(?:trying\s+to\s+(?:get|work|stretch|rub|massage|knead|walk|shake|stamp)"
    r"|(?:working|stretching|rubbing|massaging|kneading|walking|shaking|stamping))"
    r"\s+(?:it|them|the\s+\w+|my\s+\w+)\s+(?:out|off)\b"
)
# A cramp still holding "N minutes later": "its still locked solid 20 mins later".
_STILL_LATER_RE = re.compile(
    rf"\bstill\s+(?:\w+\s+)?(?:{_STILL_HOLDING}|hard|rock\s+hard|in\s+(?:a\s+)?(?:spasm|knot))"
    rf"(?:\s+solid)?\s+(?:\w+\s+)?(?P<n>{NUMBER_RE}|half\s+an?)\s*(?P<unit>mins?|minutes?|hours?|hrs?)"
    r"\s+later\b"
    # the other way round: "15 mins later still cramping hard"
    # (minutes only, and the cramp itself: "8 hrs later it's still tight" is what it left)
    rf"|\b(?P<n2>{NUMBER_RE})\s*(?P<unit2>mins?|minutes?)\s+later,?\s+(?:and\s+)?"
    r"(?:it'?s\s+|its\s+|i'?m\s+|my\s+\w+\s+(?:is\s+)?)?still\s+(?:\w+\s+)?(?:going|cramp\w*|locked"
    r"|knotted|holding|stuck|seized|rock\s+hard|in\s+(?:a\s+)?(?:spasm|knot))"
)
# "longest minute of my life", "the longest 30 seconds ever": how long it felt and was
_LONGEST_RE = re.compile(
    rf"\blongest\s+(?:(?P<n>{NUMBER_RE})\s+)?(?P<unit>minutes?|mins?|seconds?|secs?)\s+"
    r"(?:of\s+my\s+life|ever|i'?ve\s+(?:ever\s+)?(?:had|known|lived))"
)
_TILL_IT_WENT_RE = re.compile(
    r"\s+(?:\w+\s+){0,2}?(?:till|until|til|before)\s+(?:it|they|the\s+\w+|my\s+\w+)\s+(?:\w+\s+)?"
    r"(?:went|eased|passed|stopped|let\s+go|released|relaxed|settled|calmed|faded|was\s+gone"
    r"|loosened|unlocked|let\s+up|gave\s+up|uncurled)\b"
)
_DUR_CUE_RE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|last|took|about|around|approx\w*|maybe|nearly|almost"
    r"|over|under|like|each|held|kept|roughly|just|only|whole|full|least|than|after|in|took"
    r"|solid|good)\s+(?:\w+\s+)?$"
    r"|~\s*$"
)
# Time spent somewhere ("an hour at the playground", "3 hours at the beach"), told without
# "for" or "lasted" (not "cramped for 5 minutes at the gym", the cramp's own).
_AT_A_PLACE_RE = re.compile(
    r"\s+(?:at|in|on)\s+(?:the|a|my|our|his|her)\s+(?:\w+\s+)?(?:playground|park|beach|pool|gym"
    r"|office|desk|computer|wheel|party|wedding|concert|club|pub|bar|shops?|mall|zoo|museum"
    r"|airport|station|hospital|church|mosque|temple|market|fair|track|field|pitch|court|rink"
    r"|range|allotment|garden|farm|library|cinema|theatre|theater|stadium|festival|funeral"
    r"|salon|hairdresser'?s|dentist'?s|doctor'?s|school|lecture|meeting|queue|line|stall|till)\b"
)
# ... until the writer could go on: "5 minutes on the pool deck before I could walk".
_UNTIL_ABLE_RE = re.compile(
    r"[^.!?;]{0,40}?\b(?:before|till|until|til)\s+(?:i|he|she|we|they)\s+(?:could|was\s+able\s+to)"
    r"\s+(?:walk|stand|move|get\s+up|put\s+(?:any\s+)?weight|bear\s+weight|carry\s+on|continue"
    r"|swim|run|ride|drive|play|finish)\b"
)
_FOR_BEFORE_RE = re.compile(
    r"\b(?:for|lasted|lasting|lasts|took|held|kept|cramp\w*|spasm\w*|seiz\w*|lock\w*)\s+"
    r"(?:\w+\s+){0,2}$"
)
# "it's been 4 hours and I'm still hobbling": how long the soreness after it has lasted.
_AFTERMATH_AFTER_RE = re.compile(
    r"\s+(?:now\s+)?(?:and|but)\s+(?:i'?m|im|i\s+am|it'?s|its|it\s+is|my\s+\w+\s+is|i)\s+"
    r"(?:still|am\s+still)\s+(?:hobbl|limp|sore|stiff|ach|tender|bruis|feel|walk\w*\s+funny)"
)
# "...for the last", "in the past": a span up to now, the cramp's own when it is still on.
_LAST_SPAN_BEFORE_RE = re.compile(r"\b(?:for|in|over)\s+the\s+(?:last|past)\s+$")
_ONGOING_BEFORE_RE = re.compile(
    r"\b(?:(?:been|is|keeps?|still)\s+(?:\w+\s+)?(?:cramping|cramped|locked|seized|knotted"
    r"|spasming)|non[\s-]?stop|constantly|on\s+and\s+off|hasn'?t\s+(?:stopped|eased|let\s+(?:up|go)))"
)
# Cramps that came and went over a span: "coming in waves for 1h now", "wave after wave of
# cramps for 2 hours", "came and went for 3 hours", "for an hour on and off". The span is a
# spell of many cramps, not one cramp's length (unless one of them is told: "each one lasting
# 30 seconds", "the worst one lasted 2 minutes").
_SPELL = (
    r"in\s+waves|waves?\s+(?:after|of|upon)|wave\s+after\s+wave|(?:coming|came|comes?)\s+and\s+"
    r"(?:going|went|goes?)|on\s+and\s+off|off\s+and\s+on|in\s+(?:bursts|fits\s+and\s+starts"
    r"|spurts)|(?:keeps?|kept)\s+(?:coming\s+back|returning|recurring)"
)
_SPELL_BEFORE_RE = re.compile(rf"\b(?:{_SPELL})\b(?P<rest>[^.!?;]*)$")
_SPELL_AFTER_RE = re.compile(rf"\s*(?:now\s+)?,?\s*(?:{_SPELL})\b")
_PIECE_END_RE = re.compile(r"[.!?;,]")  # the end of a piece of a sentence
_ONE_OF_THEM_RE = re.compile(
    r"\b(?:each|every|one|ones|lasted|lasting|lasts|worst|longest|first|last|biggest)\b"
)
_MORE_AFTER_RE = re.compile(r"\s*(?:,\s*)?(?:if\s+not\s+more|or\s+more|plus|and\s+more)\b")
_OVER_RE = re.compile(r"\b(?:over|more\s+than|longer\s+than|at\s+least|>\s*|past)\s*$")
_DECADE_RE = re.compile(r"\b(?:my|his|her|their|the|early|late|mid|in\s+your)\s+$")
# A medicine or a habit stopped, not a cramp that will not stop: "not stopping it though",
# "won't stop taking them".
_STOP = r"(?:stop|stopping)(?!\s+(?:it|them|taking|the|my|his|her|this|that|these|those)\b)"
# "go" with nothing after it in its clause: "started half an hour ago and will not go", "it
# won't go, I've stretched it" (not "won't go to the doctor", "won't go running").
_GO_ENDS = r"go(?=\s*(?:[.,!;?]|$|\band\b|\beven\b|\bno\s+matter\b|\bwhatever\b))"
LONG_PHRASE_RE = re.compile(
    r"\b(?:(?:cramp\w*|lasted|lasting|went\s+on|been\s+going)\s+for\s+hours|hours\s+long"
    rf"|won'?t\s+(?:{_STOP}|ease|go\s+away|let\s+go"
    rf"|let\s+up|relax|release|{_GO_ENDS})|will\s+not\s+(?:{_STOP}|ease|go\s+away|let\s+go|relax"
    rf"|release|{_GO_ENDS})"
    rf"|not\s+(?:easing|{_STOP}|going\s+away|letting\s+(?:go|up))|no\s+(?:easing|letting\s+up)"
    r"|hasn'?t\s+(?:stopped|eased"
    r"|gone\s+away|let\s+(?:go|up)|relaxed)|has\s+not\s+(?:stopped|eased|gone\s+away)"
    r"|still\s+(?:cramping|cramped|hard|tight|locked|contracted|knotted)\s+after"
    r"|(?:cramping|cramped|hard|locked|knotted)\s+still\s+after"
    r"|doesn'?t\s+(?:ease|stop|go\s+away|let\s+go)|does\s+not\s+(?:ease|stop|go\s+away)"
    r"|isn'?t\s+(?:easing|stopping|going\s+away)"
    # learners' English: "it not go away", "cramp not stop"
    r"|(?:it|cramp|calf|muscle)\s+not\s+(?:go\s+away|stop|ease|pass|relax|release|let\s+go)"
    rf"|(?<=,\s)not\s+(?:go\s+away|{_STOP}|ease|easing|pass))\b"
)


# A distance told as the time it takes to get there: "the clinic is 40 min away", "20 minutes
# from here", "an hour out of town", "half an hour up the road" ("an hour's drive" is read as
# the drive's already).
_DISTANCE_AFTER_RE = re.compile(
    r"\s+(?:or\s+so\s+)?(?:away|out\s+of\s+town|from\s+(?:here|home|there|town|us|me"
    r"|where\s+(?:i|we)\b)|(?:up|down|along)\s+the\s+(?:road|street|motorway|highway|freeway"
    r"|track|coast)|by\s+(?:car|road|bus|train|ambulance|ute|truck))\b"
)

# How long someone slept: "I got 6 hours sleep", "4 hours of kip".
_SLEEP_AFTER_RE = re.compile(
    r"\s+(?:of\s+)?(?:sleep|kip|shut[\s-]?eye|rest\s+(?:last|that)\s+night)\b"
)


def unit_seconds(unit: str) -> int:
    """Seconds in one of a unit as written ("s", "secs", "mins", "hrs", "hours")."""
    if unit.startswith("s"):
        return 1
    if unit.startswith("m"):
        return 60
    return 3600


@dataclass(frozen=True, slots=True)
class Duration:
    seconds: int
    over: bool


# A cramp told by when it began and the time it still holds: "started at 10:30 and still
# going at 11:15", "since half past 11 and it's quarter past 12 now".
_CLOCK = (
    r"(?:(?:quarter|half|ten|twenty|five)\s+(?:past|to)\s+\d{1,2}|half\s+\d{1,2}|\d{1,2}[:.]\d{2}"
    r"(?:\s*[ap]m)?|\d{1,2}\s*[ap]m|\d{1,2}(?![\d:.]|\s*(?:days?|hours?|hrs?|mins?|minutes?|secs?"
    r"|seconds?|weeks?|months?|years?|x\b|%|/|times|miles?|km|k\b)))"
)
_SPAN_RE = re.compile(
    rf"\b(?:started|starting|began|came\s+on|since|from|woke\s+me(?:\s+up)?|hit\s+me"
    rf"|kicked\s+in|set\s+in)\s+"
    rf"(?:at\s+|about\s+|around\s+)?"
    rf"(?P<a>{_CLOCK})\b[^.!?]{{0,60}}?\b(?:still|now|and\s+it'?s|it'?s|it\s+is)\b[^.!?]{{0,25}}?"
    rf"(?:\bat\s+)?(?P<b>{_CLOCK})"
)
_TOLD = {"quarter": 15, "half": 30, "ten": 10, "twenty": 20, "five": 5}


def _clock_minutes(told: str) -> int:
    """Minutes past 12 on a 12-hour dial."""
    words = told.split()
    if words[0] == "half" and len(words) == 2:  # "half 4": half past four
        return (int(words[1]) % 12) * 60 + 30
    if words[0] in _TOLD:
        hour = int(words[-1]) % 12
        past = _TOLD[words[0]] if words[1] == "past" else -_TOLD[words[0]]
        return (hour * 60 + past) % 720
    digits = re.findall(r"\d+", told)
    hour, minute = int(digits[0]) % 12, int(digits[1]) if len(digits) > 1 else 0
    return hour * 60 + minute


# A cramp that began a while ago and still holds: "started 15 mins ago and keeps getting
# worse", "came on 20 minutes ago, still cramping".
_STARTED_AGO_RE = re.compile(
    rf"\b(?:started|start|starts|began|begin|came\s+on|kicked\s+in|hit|since|cramped|cramped\s+up"
    rf"|seized(?:\s+up)?|woke\s+me(?:\s+up)?"
    # "had a nasty one in my right calf about 20 mins ago", "got a cramp in my foot 15 min ago"
    rf"|(?:had|got|getting|having)\s+(?:a\s+|an\s+)?(?:\w+\s+)?(?:one|cramp|charley\s+horse)"
    rf"(?:\s+in\s+(?:my|the|his|her)\s+(?:\w+\s+){{0,1}}?(?:calf|foot|leg|thigh|toes?|hamstring"
    rf"|quad|shin|hand|arch))?"
    rf"|locked(?:\s+up)?|knotted(?:\s+up)?|(?:calf|foot|feet|toes?|thigh|hammy|hamstring|quad|shin"
    rf"|leg)\s+(?:just\s+)?went"
    # "went into a charley horse about 20 min ago"
    rf"|(?:went|gone)\s+into\s+(?:(?:a|an)\s+(?:\w+\s+){{0,2}}?)?(?:cramp|spasm|knot|charley\s+horse"
    rf"|charlie\s+horse))[\s,]+"
    # its time told after a comma: "my calf locked up, that was about 25 min ago"
    rf"(?:(?:that|this|it)\s+(?:was|were)\s+)?"
    # where it began, between: "cramped up in the match 20 mins ago"
    rf"(?:(?:in|at|on|during|mid)\s+(?:the\s+|my\s+|a\s+|an\s+|our\s+)?\w+\s+)?"
    rf"(?:about\s+|around\s+|like\s+|maybe\s+|more\s+than\s+|over\s+"
    rf"|well\s+over\s+|at\s+least\s+|nearly\s+|almost\s+|a\s+good\s+)?"
    rf"(?P<n>{NUMBER_RE}|half\s+an?)\s*(?P<unit>mins?|minutes?|hours?|hrs?)\s+(?:ago|back)\b"
)
_STILL_RE = re.compile(
    # "still going", not what a cramp leaves behind ("calf still sore", "still limping")
    r"\b(?:still(?!\s+(?:a\s+bit\s+|quite\s+|really\s+|very\s+|so\s+|pretty\s+|abit\s+)?(?:sore"
    r"|tender|ach\w*|bruis\w*|stiff|feel\w*|limp\w*|hobbl\w*|fine|ok|okay|good"
    r"|better)\b)|keeps?\s+(?:getting|going|cramping)|won'?t\s+(?:stop|ease|let\s+go|release)"
    rf"|(?:won'?t|will\s+not)\s+{_GO_ENDS}"
    r"|isn'?t\s+(?:easing|helping|stopping)|not\s+(?:easing|helping|stopping|letting\s+go)"
    # second-language English: "still not go away", "not stop"
    r"|not\s+(?:go|going)\s+away|not\s+stop|getting\s+worse|and\s+counting)\b"
)


# "my right foot is cramping since twenty minutes now", "my leg have cramp since 15 minute"
# (since = for, in Indian English and other second-language English).
# ... and told of one cramp without a verb or opening its clause: "cramp in the foot since 20
# minutes", "since 40 minutes my thigh is in cramp" (not "cramps in my feet since one hour": many)
_SINCE_FOR_RE = re.compile(
    rf"(?:\b(?:is|are|am|been|has\s+been|have\s+been|have|has|\w+ing)\s+(?:\w+\s+){{0,2}}?"
    rf"|\bcramp(?:\s+(?:in|on|at)\s+(?:\w+\s+){{1,3}}?|\s+)|(?:^|[.!?,;])\s*)since\s+(?:about\s+"
    rf"|around\s+)?"
    rf"(?P<n>{NUMBER_RE}|half\s+an?)\s*(?P<unit>mins?|minutes?|hours?|hrs?)\b"
    r"(?!\s+(?:ago|after|before|later|into|past|of|earlier|back)\b)"
)


# An hour the clocks gave or took ("we gained an hour", "lost an hour of sleep", "an extra
# hour in bed", "the clocks went back an hour"): a change of the clock, not a cramp's length;
# a shift back or forward whatever its subject ("the island went back half an hour at 2", "we
# go forward an hour tonight", "they put the clocks forward an hour"); a jump or a skip of the
# clock with no way told.
_CLOCK_CHANGE_BEFORE_RE = re.compile(
    r"\b(?:gained|gain|gaining|lost|lose|losing|extra|(?:went|go|goes|going|gone|changed|change"
    r"|moved|move|moves|sprang|sprung|spring|springs|fell|fall|falls|jumped|jump|jumps|put|puts"
    r"|set|turned|turn)\s+(?:(?:(?:the|our|all\s+the)\s+)?(?:clocks?|time|them)\s+)?"
    r"(?:back|forward|forwards|ahead)(?:\s+by)?|clocks?\s+(?:\w+\s+)?(?:went|go|goes|going"
    r"|changed|change|moved|sprang|sprung|fell|jumped)\s+on"
    # a jump or a skip needs no way told: "the island jumped half an hour at 2", "we skipped an
    # hour", "the state leapt forward half an hour"
    r"|(?:jumped|jumping|skipped|skipping|skips|leapt|leaped|leaping|leaps)(?:\s+(?:back|forward"
    r"|forwards|ahead))?(?:\s+by)?)"
    r"\s+(?:an?\s+|one\s+|the\s+|another\s+|an\s+extra\s+)?$"
)


def _started_ago(text: str) -> Duration | None:
    """How long a cramp that began a while ago has held, when it still holds."""
    m = _STARTED_AGO_RE.search(text) if "ago" in text or "back" in text else None
    if m is None or not _STILL_RE.search(text, m.end()):
        m = _SINCE_FOR_RE.search(text) if "since" in text else None
        if m is None:
            return None
    value = amount(m.group("n"))
    if value is None:
        return None
    return Duration(round(value * unit_seconds(m.group("unit"))), False)


def _span(text: str) -> Duration | None:
    """The time between a cramp's start and the clock time it still holds (up to 4 hours)."""
    m = _SPAN_RE.search(text)
    if m is None:
        return None
    minutes = (_clock_minutes(m.group("b")) - _clock_minutes(m.group("a"))) % 720
    return Duration(minutes * 60, False) if 0 < minutes <= 240 else None


# A cramp told by the clock time it began and still holding, with no second clock: "started
# about 3:05 and it is STILL going" (its length needs the time the message was sent).
_STARTED_AT_RE = re.compile(
    rf"\b(?:started|starting|began|came\s+on|since|woke\s+me(?:\s+up)?|hit\s+me|kicked\s+in)\s+"
    rf"(?:at\s+|about\s+|around\s+|just\s+(?:after|before)\s+){{0,2}}(?P<a>{_CLOCK})\b"
)


# The cramp itself still holding, in the same sentence: "and it is STILL going", "still
# locked" (not "still jetlagged" three sentences on).
_HOLDING_RE = re.compile(
    rf"[^.!?]{{0,80}}?\b(?:still\s+(?:\w+\s+)?(?:{_STILL_HOLDING}|hard|in\s+(?:a\s+)?(?:spasm|knot))"
    r"|won'?t\s+(?:stop|ease|let\s+go|release)"
    r"|not\s+(?:easing|letting\s+go)|and\s+counting)\b"
)


def started_at(text: str) -> int | None:
    """Minutes past 12 (on a 12-hour dial) of the clock time a cramp that still holds began."""
    m = _STARTED_AT_RE.search(text) if "still" in text or "going" in text else None
    if m is None or not _HOLDING_RE.match(text, m.end()) or _SPAN_RE.search(text):
        return None
    return _clock_minutes(m.group("a"))


# The cramp itself still holding as the message is written: "and it's still locked", "still
# rock hard", "hasn't let go", "won't release" (not what it leaves: "still tight", "still sore",
# "the pain is still there").
_STILL_ON_RE = re.compile(
    r"\bstill\s+(?:\w+\s+)?(?:going|cramping|cramped|locked|knotted|holding|stuck|seized"
    r"|spasming|clenched|curled|clamped|hard|in\s+(?:a\s+)?(?:spasm|knot|cramp))"
    r"|\b(?:won'?t|will\s+not|doesn'?t|does\s+not|hasn'?t|has\s+not|haven'?t|isn'?t|aren'?t)\s+"
    r"(?:\w+\s+)?(?:stop\w*|eas\w*|let\w*\s+go|releas\w*|relax\w*|unlock\w*|uncurl\w*)"
    r"|\bnot\s+(?:easing|letting\s+go|releasing|stopping)|\band\s+counting\b"
)
# How long ago something began: "10 minutes ago", "half an hour ago", "an hour or so ago".
_AGO_RE = re.compile(
    rf"(?<![\w.:/])(?P<n>{NUMBER_RE}|half\s+an?|an?)\s*(?P<unit>mins?|minutes?|hours?|hrs?)"
    r"\s+(?:or\s+so\s+)?ago\b"
)
_HELD_AT_MOST_S = 4 * 3600


def held_since_ago(told: str, after: str) -> Duration | None:
    """How long a cramp told as begun a while ago (in ``told``, "my calf tightened up 10
    minutes ago") has held, when ``after`` (from the cramp on) tells it still holding ("... and
    it's still locked", see ``_STILL_ON_RE``): from then to now, 4 hours at most."""
    if "ago" not in told or _STILL_ON_RE.search(after) is None:
        return None
    m = _AGO_RE.search(told)
    value = amount(m.group("n")) if m is not None else None
    if m is None or value is None:
        return None
    seconds = round(value * unit_seconds(m.group("unit")))
    return Duration(seconds, False) if 0 < seconds <= _HELD_AT_MOST_S else None


def held_since(text: str, local_now: datetime) -> Duration | None:
    """How long a cramp begun at a clock time has held by `local_now` (up to 4 hours)."""
    start = started_at(text)
    if start is None:
        return None
    minutes = ((local_now.hour % 12) * 60 + local_now.minute - start) % 720
    return Duration(minutes * 60, False) if 0 < minutes <= 240 else None


def _duration_candidates(text: str) -> list[tuple[int, bool, Duration]]:
    out: list[tuple[int, bool, Duration]] = []
    if "after" in text and (bare := _went_after_bare(text)) is not None:
        out.append(bare)  # "its been 20 mins, the cramp went after about 5": its end, told
    if (span := _span(text) or _started_ago(text)) is not None:
        out.append((0, True, span))
    if "later" in text and (m := _STILL_LATER_RE.search(text)) is not None:
        n, unit = (
            (m.group("n"), m.group("unit")) if m.group("n") else (m.group("n2"), m.group("unit2"))
        )
        count = amount(n)
        if count is not None:  # "still locked solid 20 mins later", "15 mins later still cramping"
            out.append((m.start(), True, Duration(round(count * unit_seconds(unit)), False)))
    if "after" in text and (m := _RELEASED_AFTER_RE.search(text)) is not None:
        count = amount(m.group("n"))
        if count is not None:  # "let go after about a minute of flexing"
            out.append(
                (m.start(), True, Duration(round(count * unit_seconds(m.group("unit"))), False))
            )
    if "longest" in text and (m := _LONGEST_RE.search(text)) is not None:
        plural = m.group("unit").endswith("s")
        count = number_value(m.group("n")) if m.group("n") else (None if plural else 1)
        if count is not None:  # "the longest minute of my life"
            out.append(
                (m.start(), True, Duration(round(count * unit_seconds(m.group("unit"))), False))
            )
    if (whole := the_whole_of(text)) is not None:  # "cramped for the whole 2 hour drive"
        out.append((whole[0], True, Duration(whole[1], False)))
    for m in _MSS_RE.finditer(text):
        before = text[max(0, m.start() - 40) : m.start()]
        secs = int(m.group("m")) * 60 + int(m.group("s"))
        out.append((m.start(), bool(_DUR_CUE_RE.search(before)), Duration(secs, False)))
    for m in _DUR_RE.finditer(text):
        unit = m.group("unit")
        lasted = LASTED_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()) is not None
        if (
            (_AGO_AFTER_RE.match(text, m.end()) and not lasted)
            or _AFTERMATH_AFTER_RE.match(text, m.end())
            or _MARK_AFTER_RE.match(text, m.end())
        ):
            continue
        if _CLOCK_CHANGE_BEFORE_RE.search(text, max(0, m.start() - 40), m.start()):
            continue  # "we gained an hour today", "clocks went back an hour": not a length
        if of_recovery(text, m.start(), m.end()):
            continue  # "the soreness went after about 20 minutes": getting over it, not it
        if _DISTANCE_AFTER_RE.match(text, m.end()):
            continue  # "the clinic, 40 min away", "20 minutes from here": a distance
        if _SLEEP_AFTER_RE.match(text, m.end()):
            continue  # "got 6 hours sleep", "only 4 hours of kip": the night's, not the cramp's
        if _AFTER_DOING_BEFORE_RE.search(text, max(0, m.start() - 90), m.start()):
            continue  # "a cramp after kneeling to weed the borders for an hour": the kneeling's
        if _TIME_LEFT_AFTER_RE.match(text, m.end()) and _TIME_LEFT_BEFORE_RE.search(
            text, 0, m.start()
        ):
            continue
        if _PART_OF_BEFORE_RE.search(text, max(0, m.start() - 20), m.start()) and (
            _PART_OF_AFTER_RE.match(text, m.end())
        ):
            continue  # "footy this morning, last 10 minutes my calf cramped": part of the game
        finish = _FINISH_TIME_BEFORE_RE.search(text, max(0, m.start() - 40), m.start())
        if finish and (
            finish.group("who") or unit_seconds(unit) >= 3600 or _TENS_RE.match(m.group(0))
        ):
            continue  # "Finished in 2 hours 5", "I finished in 28 mins": a race's time
        if (
            unit == "second"
            and (m.group("n1") or "").strip() in {"a", "an", "the"}
            and _ORDINAL_AFTER_RE.match(text, m.end())
        ):
            continue  # "a second cramp", "the second night"
        before = text[max(0, m.start() - 40) : m.start()]
        if unit.startswith(("s", "mom")) and (
            _A_MOMENT_OF_ELSE_RE.search(before) or _A_MOMENT_AFTER_RE.match(text, m.end())
        ):
            continue  # "drifted out of my lane for a sec", "it let go for a sec then came back"
        if _THOUGHT_RE.search(before):
            continue  # "thought it was labour for a sec": how long a thought lasted
        if unit.startswith("h") and _HOURS_OF_RE.match(text, m.end()):
            continue  # "2 hrs of pickup ball"
        if (
            _AT_A_PLACE_RE.match(text, m.end())
            and not _FOR_BEFORE_RE.search(before)
            and not _UNTIL_ABLE_RE.match(text, m.end())  # "5 minutes on the pool deck before
        ):  # I could walk": the cramp's own time
            continue  # "after PE or an hour at the playground": time spent somewhere
        skip = _DUR_SKIP_BEFORE_RE.search(before)
        if skip and skip.group(0).startswith("after") and _STILL_GOING_BEFORE_RE.search(before):
            skip = None  # "calf cramp still there after 45 mins": how long it has held
        if skip and _LAST_SPAN_BEFORE_RE.search(before) and _ONGOING_BEFORE_RE.search(before):
            skip = None  # "been cramping non stop for the last half hour": the cramp's own
        spell = _SPELL_BEFORE_RE.search(text, max(0, m.start() - 60), m.start())
        if spell is None and _SPELL_AFTER_RE.match(text, m.end()):
            spell = _SPELL_BEFORE_RE.search(f"on and off {_PIECE_END_RE.split(before)[-1]}")
        if spell is not None and not _ONE_OF_THEM_RE.search(spell.group("rest")):
            continue  # "cramps coming in waves for 1h now": a spell of cramps, not one
        handled = _HANDLING_RE.search(before) or _MADE_TO_RE.search(
            text, max(0, m.start() - 90), m.start()
        )
        if skip and handled:
            skip = None  # "been walking it off for 25 mins": what was done to the cramp
        waiting = (  # "stood there 15 min waiting", "rested 5 min till it went"
            _WAITING_RE.match(text, m.end()) is not None
            or _TILL_IT_WENT_RE.match(text, m.end()) is not None
        )
        if (
            skip
            and not waiting
            # "after a few minutes it went", "in under a minute it was gone": until it let go
            and not (skip.group(0).startswith(("after", "in")) and _EASED_RE.match(text, m.end()))
        ):
            continue
        activity = _ACTIVITY_FOR_RE.search(before)
        if (
            activity
            and not waiting
            and not handled  # "cramped, had to get off and walk for 3 minutes": made to
            and activity.group("verb") not in _CRAMP_ING
            and not _STILL_RE.search(text, m.end())  # unless the cramp outlasted it
        ):
            continue
        if (
            _DID_FOR_RE.search(before)
            and not handled  # "walked it off for 5 minutes": the cramp's
            and not waiting
            and not _STILL_RE.search(text, m.end())
        ):
            continue
        if m.group("half"):
            value = 0.5
        elif m.group("quarter"):
            if not unit.startswith("h"):
                continue
            value = 0.75 if m.group("three") or m.group("three2") else 0.25
        else:
            n1 = m.group("n1")
            if unit in {"s", "m", "h"} and not n1[0].isdigit():
                continue
            if unit == "m" and m.group("sub") is None:
                # bare "2m" is as likely metres as minutes: only "1m30s" counts
                continue
            if unit.startswith("s") and _DECADE_RE.search(before):
                continue
            v1 = number_value(n1)
            if v1 is None:
                continue
            value = v1
            if m.group("n2"):
                v2 = number_value(m.group("n2"))
                if v2 is not None and v2 > v1:
                    value = (v1 + v2) / 2
            if m.group("andhalf1") or m.group("andhalf2"):
                value += 0.5
            if is_vague(n1) and unit.startswith("s"):
                value = {"a few": 5, "few": 5, "several": 10}.get(" ".join(n1.split()), value)
        secs = round(value * unit_seconds(unit))
        if m.group("sub"):
            secs += int(m.group("sub"))
        over = (
            bool(m.group("plus"))
            or bool(_OVER_RE.search(before))
            or _MORE_AFTER_RE.match(text, m.end()) is not None  # "ten minutes if not more"
        )
        out.append((m.start(), bool(_DUR_CUE_RE.search(before)), Duration(secs, over)))
    # "como un minuto", "dos minutos": the same told in Spanish, Portuguese, Italian, French
    out += [(at, cued, Duration(secs, False)) for at, cued, secs in romance_durations(text)]
    out.sort(key=lambda c: c[0])
    return out


@lru_cache(maxsize=256)  # the warning screen and the cramp parser both ask, per text
def find_duration(text: str) -> Duration | None:
    cands = _duration_candidates(text)
    if not cands:
        return None
    for _, cued, dur in cands:
        if cued:
            return dur
    return cands[0][2]
