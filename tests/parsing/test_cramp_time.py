"""The time resolver around DST gaps and folds, month ends and clock rules."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from bot.parsing.cramp import parse_cramp
from bot.parsing.timephrases import resolve_time, wall, wall_candidates
from bot.parsing.within_event import within_event

BERLIN = ZoneInfo("Europe/Berlin")
NY = ZoneInfo("America/New_York")
NEW_YORK = ZoneInfo("America/New_York")


def _at(iso: str) -> datetime:
    return datetime.fromisoformat(iso)


def test_gap_wall_time_gives_a_valid_instant_after_the_gap() -> None:
    # 2026-03-29 02:30 does not exist in Berlin: read with +01:00 -> 03:30 CEST.
    (only,) = wall_candidates(date(2026, 3, 29), 2, 30, BERLIN)
    assert only == datetime(2026, 3, 29, 1, 30, tzinfo=UTC)
    local = only.astimezone(BERLIN)
    assert (local.hour, local.minute, local.utcoffset()) == (
        3,
        30,
        _at("2026-01-01T00:00+02:00").utcoffset(),
    )


def test_fold_wall_time_has_two_instants() -> None:
    first, second = wall_candidates(date(2026, 10, 25), 2, 30, BERLIN)
    assert first == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    assert second == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert wall(date(2026, 10, 25), 2, 30, BERLIN) == first


def test_normal_wall_time_has_one_instant() -> None:
    assert wall_candidates(date(2026, 7, 1), 12, 0, NEW_YORK) == [
        datetime(2026, 7, 1, 16, 0, tzinfo=UTC)
    ]


def test_clock_in_gap_resolves_to_valid_instant() -> None:
    info = resolve_time("cramp at 2:30am", _at("2026-03-29T09:00:00+02:00"), BERLIN)
    assert info.occurred_at == _at("2026-03-29T03:30:00+02:00")
    assert info.occurred_at is not None
    assert info.occurred_at.tzinfo is BERLIN
    assert info.night is True


def test_clock_in_fold_picks_latest_past_occurrence() -> None:
    # (compare ISO strings: PEP 495 makes == across zones False for times in a fold)
    late = resolve_time("cramp at 2:30am", _at("2026-10-25T09:00:00+01:00"), BERLIN)
    assert late.occurred_at is not None
    assert late.occurred_at.isoformat() == "2026-10-25T02:30:00+01:00"
    # between the two occurrences only the first one has happened
    early = resolve_time("cramp at 2:30am", _at("2026-10-25T02:10:00+01:00"), BERLIN)
    assert early.occurred_at is not None
    assert early.occurred_at.isoformat() == "2026-10-25T02:30:00+02:00"


def test_fold_output_keeps_the_right_offset() -> None:
    info = resolve_time("cramp at 1:30 am", _at("2026-11-01T07:30:00-05:00"), NEW_YORK)
    assert info.occurred_at is not None
    assert info.occurred_at.isoformat() == "2026-11-01T01:30:00-05:00"


@pytest.mark.parametrize(
    ("text", "now", "tz", "expected"),
    [
        # relative times are exact elapsed time, across the spring gap ...
        ("3 hours ago", "2026-03-29T04:00:00+02:00", BERLIN, "2026-03-29T00:00:00+01:00"),
        ("90 minutes ago", "2026-03-08T03:15:00-04:00", NEW_YORK, "2026-03-08T00:45:00-05:00"),
        # ... and across the autumn fold
        ("1 hour ago", "2026-10-25T02:15:00+01:00", BERLIN, "2026-10-25T02:15:00+02:00"),
        ("2 hours ago", "2026-11-01T01:30:00-05:00", NEW_YORK, "2026-11-01T00:30:00-04:00"),
        # day-based phrases keep wall time across a DST change
        ("yesterday at 9pm", "2026-03-29T10:00:00+02:00", BERLIN, "2026-03-28T21:00:00+01:00"),
        ("yesterday at 9pm", "2026-10-25T10:00:00+01:00", BERLIN, "2026-10-24T21:00:00+02:00"),
        # month, leap-less February and year ends
        ("at 23:30", "2026-03-01T07:00:00+01:00", BERLIN, "2026-02-28T23:30:00+01:00"),
        ("yesterday evening", "2027-01-01T09:00:00+01:00", BERLIN, "2026-12-31T20:00:00+01:00"),
        ("on wednesday", "2026-12-01T10:00:00-05:00", NEW_YORK, "2026-11-25T12:00:00-05:00"),
        # clock rules
        ("at 3am", "2026-11-20T01:00:00+01:00", BERLIN, "2026-11-19T03:00:00+01:00"),
        ("at 3", "2026-11-20T16:00:00+01:00", BERLIN, "2026-11-20T15:00:00+01:00"),
        ("at 3", "2026-11-20T08:00:00+01:00", BERLIN, "2026-11-20T03:00:00+01:00"),
        ("last night at 11pm", "2026-11-20T08:00:00+01:00", BERLIN, "2026-11-19T23:00:00+01:00"),
        ("last night at 2", "2026-11-20T08:00:00+01:00", BERLIN, "2026-11-20T02:00:00+01:00"),
        ("monday night at 2", "2026-11-20T08:00:00+01:00", BERLIN, "2026-11-17T02:00:00+01:00"),
        ("just now", "2026-11-20T08:00:00+01:00", BERLIN, "2026-11-20T08:00:00+01:00"),
    ],
)
def test_resolution(text: str, now: str, tz: ZoneInfo, expected: str) -> None:
    info = resolve_time(text, _at(now), tz)
    assert info.occurred_at is not None
    assert info.occurred_at.isoformat() == expected


def test_last_night_window_and_clamp() -> None:
    morning = resolve_time("last night", _at("2026-11-20T08:15:00+01:00"), BERLIN)
    assert morning.occurred_at == _at("2026-11-20T03:00:00+01:00")
    # at 01:00 the night is still going: never after now, not before 22:00 yesterday
    early = resolve_time("last night", _at("2026-11-20T01:00:00+01:00"), BERLIN)
    assert early.occurred_at is not None
    assert (
        _at("2026-11-19T22:00:00+01:00") <= early.occurred_at <= _at("2026-11-20T01:00:00+01:00")
    )
    assert early.in_future is False


def test_no_time_named() -> None:
    info = resolve_time("cramp in my calf", _at("2026-11-20T08:15:00+01:00"), BERLIN)
    assert info.occurred_at is None
    assert info.in_future is False


def _texts() -> list[str]:
    """Every message of the corpus and the parser's cases, and the quoted strings of the
    time and episode tests: the texts the gate below is checked on."""
    import json
    from pathlib import Path

    here = Path(__file__).resolve().parents[1]
    texts: list[str] = []
    for name in ("corpus/dev.jsonl", "parsing/cases.jsonl", "parsing/samples.jsonl"):
        path = here / name
        texts += [json.loads(line)["text"] for line in path.read_text().splitlines() if line]
    for name in ("parsing/test_cramp_time.py", "parsing/test_episodes.py",
                 "parsing/test_cramp_parser.py", "parsing/test_cramp_dates.py"):  # fmt: skip
        texts += re.findall(r'"([^"]{3,})"', (here / name).read_text())
    return texts


def test_the_cue_gate_never_changes_a_time() -> None:
    """`resolve_time` answers a text without any time word at once (a speed-up): over every
    text, its sentences and clauses, and moments around the clock, it answers as the full
    reading does."""
    from bot.parsing import timephrases
    from bot.parsing.normalise import normalise

    texts = _texts()
    assert len(texts) >= 600
    pieces = set()
    for text in texts:
        norm = normalise(text)
        pieces.add(norm)
        pieces.update(p for p in re.split(r"[.!?;,]| but | and ", norm) if p.strip())
    gated = 0
    for norm in pieces:
        for now, tz in (("2026-03-29T03:30:00+02:00", BERLIN), ("2026-11-20T23:10:00-05:00", NY)):
            moment = datetime.fromisoformat(now)
            assert timephrases.resolve_time(norm, moment, tz) == timephrases._resolve(
                norm, moment, tz
            ), norm
        gated += timephrases._CUE_RE.search(norm) is None
    assert gated > 100  # the gate does answer many pieces at once


@pytest.mark.parametrize(
    ("now", "lo", "hi"),
    [
        # late in the evening: a few hours ago, not the middle of the day
        ("2026-12-02T23:30:00+00:00", "2026-12-02T17:30:00+00:00", "2026-12-02T23:30:00+00:00"),
        # in the morning: since the morning began
        ("2026-12-02T09:00:00+00:00", "2026-12-02T06:00:00+00:00", "2026-12-02T09:00:00+00:00"),
        # on the night the clocks go back (Europe/London, 25 October 2026)
        ("2026-10-25T22:00:00+00:00", "2026-10-25T16:00:00+00:00", "2026-10-25T22:00:00+00:00"),
    ],
)
def test_earlier_is_a_few_hours_ago(now: str, lo: str, hi: str) -> None:
    london = ZoneInfo("Europe/London")
    found = resolve_time("my neck cramped at the cinema earlier", _at(now), london).occurred_at
    assert found is not None
    assert _at(lo) <= found <= _at(hi)


@pytest.mark.parametrize(
    ("text", "hour", "minute", "day"),
    [
        # a clock with a dot, where the words around it say it is one
        ("5.45 this morning my calf cramped", 5, 45, 16),
        ("saturday 6.15 alarm went and both calves seized", 6, 15, 13),
        ("monday, 7.30 cramp in my foot", 7, 30, 15),
        ("6.45 spin class this morning and both calves went", 6, 45, 16),
    ],
)
def test_a_clock_with_a_dot(text: str, hour: int, minute: int, day: int) -> None:
    denver = ZoneInfo("America/Denver")
    found = resolve_time(text, _at("2026-06-16T19:00:00-06:00"), denver).occurred_at
    assert found is not None
    local = found.astimezone(denver)
    assert (local.day, local.hour, local.minute) == (day, hour, minute), text


@pytest.mark.parametrize(
    "text", ["ran 5.45 km this morning", "saturday 5.45 km run", "3.30 hours on the bike today"]
)
def test_a_distance_with_a_dot_is_not_a_clock(text: str) -> None:
    denver = ZoneInfo("America/Denver")
    found = resolve_time(text, _at("2026-06-16T19:00:00-06:00"), denver).occurred_at
    assert found is not None
    assert found.astimezone(denver).minute != 45, text


@pytest.mark.parametrize(
    ("text", "now", "zone", "lo", "hi"),
    [
        # the last part of an event told from its end
        (
            "3 hour maths paper today, 9 to 12, and in the last half hour my hand cramped",
            "2026-05-20T15:00:00+01:00",
            "Europe/London",
            "11:30",
            "12:00",
        ),
        (
            "cramps in my feet in the final hour of dialysis, session was 2 to 6 this afternoon",
            "2026-05-20T19:00:00+01:00",
            "Europe/London",
            "17:00",
            "18:00",
        ),
        (
            "my writing hand locked up in the last 20 minutes. exam finished at 4",
            "2026-05-20T18:00:00+01:00",
            "Europe/London",
            "15:40",
            "16:00",
        ),
        # hours into an event from its start; a match's minute from kick-off (half time added)
        (
            "shift started at 7 and about 4 hours in my calf seized on the ladder",
            "2026-05-20T18:00:00+01:00",
            "Europe/London",
            "10:45",
            "11:15",
        ),
        (
            "hamstring went in the 70th minute today, ko was at 3",
            "2026-05-20T18:00:00+01:00",
            "Europe/London",
            "16:15",
            "16:35",
        ),
        # the middle of an event told by its span, a night shift's across midnight
        (
            "foot cramped on the clutch halfway through my driving lesson, lesson was 4 till 5",
            "2026-05-20T17:30:00+01:00",
            "Europe/London",
            "16:15",
            "16:45",
        ),
        (
            "halfway thru my night shift (7p-7a) my left calf cramped up bad at the nurses desk",
            "2026-11-03T07:40:00-06:00",
            "America/Chicago",
            "00:30",
            "01:30",
        ),
        (
            "calf went in the middle of the concert, it ran from 8pm to 10.30pm",
            "2026-05-20T23:00:00+01:00",
            "Europe/London",
            "21:00",
            "21:30",
        ),
        # on the night the clocks went forward (Europe/London, 29 March 2026: 01:00 GMT became
        # 02:00 BST), the last hour before 02:00 BST began at midnight GMT
        (
            "both calves cramped in the last hour of my shift, 6 to 2",
            "2026-03-29T03:00:00+01:00",
            "Europe/London",
            "00:00",
            "00:59",
        ),
    ],
)
def test_a_cramp_placed_inside_a_timed_event(
    text: str, now: str, zone: str, lo: str, hi: str
) -> None:
    tz = ZoneInfo(zone)
    found = parse_cramp(text, now=_at(now), tz=tz).occurred_at
    assert found is not None, text
    local = found.astimezone(tz)
    assert lo <= local.strftime("%H:%M") <= hi, (text, local)


@pytest.mark.parametrize(
    "text",
    [
        # another day, or no clock span for the event
        ("exam yesterday 9 to 12, in the last half hour my hand cramped"),
        ("calf cramp in the last 10 minutes of my run this morning"),
        ("3 to 4 minutes of cramp in the last hour of the session"),
    ],
)
def test_no_place_inside_an_event_without_its_clock_today(text: str) -> None:
    tz = ZoneInfo("Europe/London")
    now = _at("2026-05-20T15:00:00+01:00")
    assert within_event(text.lower(), now.astimezone(tz)) is None, text


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # "early" on a named day, or woken early today: the small hours or early morning
        (
            "early monday my left foot cramped so hard I yelled",
            "2026-08-10T00:00",
            "2026-08-10T07:30",
        ),
        ("woke up really early today with a calf cramp", "2026-08-12T02:00", "2026-08-12T06:30"),
        # lazing in bed after waking, days ago: that day's morning
        (
            "3 days ago, lying in bed after waking, my calf cramped",
            "2026-08-09T05:00",
            "2026-08-09T10:30",
        ),
    ],
)
def test_early_waking_on_a_day(text: str, lo: str, hi: str) -> None:
    found = parse_cramp(text, now=_at("2026-08-12T19:30:00-04:00"), tz=NY).occurred_at
    assert found is not None, text
    local = found.astimezone(NY).strftime("%Y-%m-%dT%H:%M")
    assert lo <= local <= hi, (text, local)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # a while after a clock time told before the cramp
        ("lay down on the sofa at 9 last night, an hour later my calf locked", 22),
        ("got into bed at 11pm, a couple of hours later a cramp in my left foot woke me", 1),
        ("finished my shift at 6am, 2 hours later cramp in both calves", 8),
    ],
)
def test_a_cramp_told_a_while_after_a_clock_time(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at("2026-11-05T10:30:00-05:00"), tz=NY).occurred_at
    assert found is not None, text
    assert found.astimezone(NY).hour == hour, (text, found)


def test_a_later_clock_of_its_own_beats_the_while_after() -> None:
    text = "went to bed at 11, an hour later I was still awake, the cramp came at 3am"
    found = parse_cramp(text, now=_at("2026-11-05T10:30:00-05:00"), tz=NY).occurred_at
    assert found is not None and found.astimezone(NY).hour == 3


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # the hour of going to bed is the evening, and not the cramp's when another follows
        ("went to bed at half 10 and a cramp woke me at 2", 2, 0),
        ("got into bed around 11 and my calf went at 1:40", 1, 40),
        ("went to bed at half 10, a couple of hours later a cramp in my foot woke me", 0, 30),
        ("went to bed at 10 and my calf cramped straight away", 22, 0),
    ],
)
def test_the_hour_of_going_to_bed(text: str, hour: int, minute: int) -> None:
    found = parse_cramp(text, now=_at("2026-11-05T10:30:00-05:00"), tz=NY).occurred_at
    assert found is not None, text
    local = found.astimezone(NY)
    assert (local.hour, local.minute) == (hour, minute), (text, local)


NOON_BERLIN = "2026-03-03T12:40:00+01:00"


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # "just" with what was happening a moment ago: now
        ("just bent down for the cat's bowl and my back knotted up", "12:39", "12:40"),
        ("just reached for the top shelf and my side went into a spasm", "12:39", "12:40"),
        ("train just pulled in, stood up and my left calf seized", "12:39", "12:40"),
        ("flight just landed and my foot cramped getting my bag down", "12:39", "12:40"),
        ("just out of a long meeting, my hand cramped gripping the pen", "12:39", "12:40"),
        ("just back from a hike and my hamstring locked in the car", "12:39", "12:40"),
        # still going on as they write, however it is put
        ("my thumb keeps spasming and it won't stop", "12:39", "12:40"),
        ("calf has been locked solid for about ten minutes now", "12:29", "12:31"),
        ("my foot's been cramped tight for 5 minutes", "12:34", "12:36"),
        # a meal's time
        ("my calf cramped at tea time sitting in the chair", "18:00", "18:00"),
        ("foot cramp around dinnertime while cooking", "19:00", "19:00"),
        ("left calf cramp at suppertime, mild", "19:30", "19:30"),
        ("hamstring cramped near lunch on the ward", "12:30", "12:30"),
        ("left calf cramp around breakfast, eased quick", "08:00", "08:00"),
        # the night, however it is put
        ("last nights cramp in my left foot was a bad one", "03:00", "03:00"),
        ("woke in the middle of my sleep with a calf cramp", "03:00", "03:00"),
        # "for night": at night, in West African English
        ("cramp attack me again for night when i was deep asleep, right calf", "03:00", "03:00"),
        ("cramp catch me for night, e pain me well well", "03:00", "03:00"),
        # "in night", "during nite": the night, its article left out
        ("cramp right foot in night. now ok", "03:00", "03:00"),
        ("left calf cramp in night, very strong", "03:00", "03:00"),
        ("during nite my left calf cramp 2 times, after ok", "03:00", "03:00"),
        ("middle of night hamstring cramp, i stand up and it go", "03:00", "03:00"),
        # dialect and other languages
        ("foot cramp dis marnin when mi get up", "06:00", "10:00"),
        ("pinulikat ako kanina sa gym, left calf", "07:00", "12:40"),
        # "last night" in Spanish and Tagalog
        ("anoche tuve un calambre, back of my right thigh", "03:00", "03:00"),
        ("kagabi nag cramp ang left calf ko", "03:00", "03:00"),
    ],
)
def test_times_told_in_everyday_words(text: str, lo: str, hi: str) -> None:
    """A time told in words the clock parser has no digits for is still a time; "just" meaning
    "simply" is not one."""
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp, text
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(BERLIN)
    day = "2026-03-03" if lo <= "12:40" else "2026-03-02"  # a meal not yet come: yesterday's
    assert f"{day}T{lo}" <= f"{local:%Y-%m-%dT%H:%M}" <= f"{day}T{hi}", (text, local)


@pytest.mark.parametrize(
    "text",
    [
        "mowed the lawns all day yesterday and around 3am my calf locked up",
        "was on my feet at the market all day yesterday and about 3 my foot cramped in bed",
        "big hike yesterday and sometime around 3am both calves went",
    ],
)
def test_a_small_hour_after_a_day_told_before_it_is_the_night_that_followed(text: str) -> None:
    """ "X all day yesterday and around 3am my calf cramped": the hour is the cramp's own
    clause's, the small hours after that day (this morning), not yesterday's 03:00."""
    found = parse_cramp(text, now=_at("2026-03-03T09:30:00+01:00"), tz=BERLIN)
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(BERLIN)
    assert f"{local:%Y-%m-%dT%H:%M}" == "2026-03-03T03:00", (text, local)


@pytest.mark.parametrize(
    "text",
    [
        "went for a long ride yesterday, around mile 40 my quad just went rigid",
        "cramp at 3am, thought my leg would snap, then it just stopped after a minute",
        "had a cramp in my calf, just wanted to ask if magnesium helps",
        "the last nights have been bad, cramps every time I turn over",
    ],
)
def test_just_as_simply_and_plural_nights_name_no_recent_time(text: str) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    if found.occurred_at is not None:
        assert _at(NOON_BERLIN) - found.occurred_at > timedelta(hours=6), text


@pytest.mark.parametrize(
    "text",
    [
        "my calf cramped in night shift at work",
        "cramp in my foot during night duty on the ward",
        "calf cramp in night school, the chairs are awful",
    ],
)
def test_a_nights_work_without_its_article_is_no_night_time(text: str) -> None:
    """ "in night shift" is a night's work, not "in the night"."""
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp, text
    assert found.occurred_at is None, (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # minutes to or past an hour, in digits after a word that says a time follows
        ("had a cramp at 5 to 3 this morning", 2, 55),
        ("woke at 10 to 3 with my calf cramping", 2, 50),
        ("calf went around 20 past 2 last night", 2, 20),
        ("foot cramped just 25 to 4 this morning, lasted a minute", 3, 35),
        ("left calf locked at about 15 past 1 last night", 1, 15),
    ],
)
def test_minutes_to_or_past_an_hour_in_digits(text: str, hour: int, minute: int) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(BERLIN)
    assert (local.hour, local.minute) == (hour, minute), (text, local)


@pytest.mark.parametrize(
    "text",
    [
        # a range, not a time
        "cramp lasted five to ten minutes",
        "my calf cramped, it lasted about 5 to 10 minutes",
        "calf cramp, ten to fifteen seconds of agony",
        # the time left in a game, not a clock
        "my right calf went with about 10 to play, went down like id been shot",
        "hamstring cramped with around 5 to go in the race",
    ],
)
def test_a_range_or_a_game_clock_is_no_time_of_day(text: str) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp, text
    if found.occurred_at is not None:
        local = found.occurred_at.astimezone(BERLIN)
        assert (local.hour, local.minute) not in {(9, 55), (4, 50), (9, 50), (10, 0), (5, 0)}, text


KARACHI = ZoneInfo("Asia/Karachi")
LATE_KARACHI = "2026-03-19T22:30:00+05:00"


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # the daily prayers and the fast's meals mark the day as meals do
        ("lay down after isha and my left calf went into a cramp", 20),
        ("woke for sehri and my right calf cramped", 4),
        ("calf cramp just before iftar, fasting 14 hours", 18),
        ("foot cramp at zuhr in the office", 13),
        ("my calf locked during taraweeh, had to sit down", 21),
        ("hamstring cramped after maghrib prayers", 18),
    ],
)
def test_a_prayer_or_a_fasts_meal_names_a_time(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at(LATE_KARACHI), tz=KARACHI)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.astimezone(KARACHI).hour == hour, (text, found.occurred_at)


@pytest.mark.parametrize(
    "text",
    [
        "whole day cooking for eid tomorrow. lay down and my left calf went into a cramp",
        "big race tomorrow. my calf cramped on the warm-up jog this evening",
        "exam next week so I was revising late. my foot cramped at my desk",
    ],
)
def test_a_plan_in_another_sentence_is_not_the_cramps_time(text: str) -> None:
    found = parse_cramp(text, now=_at(LATE_KARACHI), tz=KARACHI)
    assert found.is_cramp and not found.in_future, text
    if found.occurred_at is not None:
        assert found.occurred_at <= _at(LATE_KARACHI), text


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # the working day's ends name a time as meals do
        ("rode the bike path after work and my calf cramped at a crossing", 18, 0),
        ("right hip flexor cramped on the drive home from work, had to pull over", 17, 30),
        ("calf cramped on my walk home from work, had to stop at the bus shelter", 17, 30),
        ("my foot cramped on the way to work this morning, pedal foot", 8, 0),
    ],
)
def test_the_working_days_ends_name_a_time(text: str, hour: int, minute: int) -> None:
    found = parse_cramp(text, now=_at("2026-06-04T21:00:00+01:00"), tz=ZoneInfo("Europe/London"))
    assert found.is_cramp and found.occurred_at is not None, text
    local = found.occurred_at.astimezone(ZoneInfo("Europe/London"))
    assert (local.hour, local.minute) == (hour, minute), (text, local)


def test_just_after_a_day_told_before_is_simply() -> None:
    text = "65 mile ride yesterday. round mile 40 my quads twinged, then both just seized"
    found = parse_cramp(
        text, now=_at("2026-03-22T18:30:00-07:00"), tz=ZoneInfo("America/Los_Angeles")
    )
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(ZoneInfo("America/Los_Angeles")).day == 21


def test_the_cramps_time_told_back_after_it_beats_a_part_of_the_day() -> None:
    text = (
        "cranking home on the bike path after work, my left calf cramped so hard i had to coast."
        " brutal. that was maybe 20 min ago, rode home slow"
    )
    chicago = ZoneInfo("America/Chicago")
    found = parse_cramp(text, now=_at("2026-08-19T18:45:00-05:00"), tz=chicago)
    assert found.occurred_at is not None
    assert found.occurred_at.astimezone(chicago).strftime("%H:%M") == "18:25"


@pytest.mark.parametrize(
    ("text", "now", "zone", "day", "hour"),
    [
        # a race on a day without a clock: its morning
        ("DNF at the marathon today. right calf went around mile 14", "2026-06-20T14:00:00-05:00",
         "America/Chicago", 20, 10),
        ("ran Rotorua yesterday, my first marathon. just after 30k my right hamstring cramped",
         "2026-05-03T10:00:00+12:00", "Pacific/Auckland", 2, 10),
        # how the leg is after it tells no time of the cramp
        ("ran a marathon yesterday. after 30k my hamstring cramped. sore today but happy",
         "2026-05-03T10:00:00+12:00", "Pacific/Auckland", 2, 10),
        # another cramp weeks before tells no time of this one
        ("DNF at the half today, calf went at mile 9. same spot that locked up a few weeks ago",
         "2026-06-20T14:00:00-05:00", "America/Chicago", 20, 10),
        # a clock told with the part of the day is a clock, in a race's message too
        ("cramp in my left calf around 5 this morning. family 5k is at 9",
         "2026-09-26T07:50:00-06:00", "America/Denver", 26, 5),
    ],
)  # fmt: skip
def test_a_races_day_and_the_days_around_it(
    text: str, now: str, zone: str, day: int, hour: int
) -> None:
    found = parse_cramp(text, now=_at(now), tz=ZoneInfo(zone))
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(ZoneInfo(zone))
    assert (local.day, local.hour) == (day, hour), (text, local)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # a part of the day in the cramp's clause, its clock later in the same sentence
        ("cramp attacked my left leg last night when I was deep asleep, around 2am.", 2),
        ("calf cramp in the night while i slept, maybe 4ish", 4),
        ("foot locked this morning as I got up, about 6:30", 6),
    ],
)
def test_the_clock_told_later_in_the_cramps_sentence(text: str, hour: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-05-24T08:00:00+01:00"), tz=london)
    assert found.occurred_at is not None, text
    assert found.occurred_at.astimezone(london).hour == hour, (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "now", "lo", "hi"),
    [
        ("pilates tonight and my left foot cramped in the side plank", "20:40", "18:00", "20:20"),
        ("cramped up at five a side tonight, right hammy", "22:50", "18:00", "22:30"),
        ("my toes curled under at the pool tonight, 30 secs or so", "19:10", "18:00", "19:00"),
        ("tonight in choir my calf seized standing for the last hymn", "21:30", "18:00", "21:15"),
    ],
)
def test_tonight_told_in_the_evening_is_earlier_this_evening(
    text: str, now: str, lo: str, hi: str
) -> None:
    """Told in the evening, "tonight" is an activity earlier this evening, not this minute."""
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at(f"2026-02-10T{now}:00+00:00"), tz=london)
    assert found.is_cramp and found.occurred_at is not None, text
    local = found.occurred_at.astimezone(london)
    assert lo <= f"{local:%H:%M}" <= hi, (text, local)


@pytest.mark.parametrize(
    ("text", "minutes"),
    [
        ("my feet keep cramping all evening, the last one was maybe 20 mins ago", 20),
        ("both calves keep going into spasm tonight, the last one about half an hour ago", 30),
        ("hands cramping on and off since dinner, the last one 5 minutes ago", 5),
    ],
)
def test_the_last_of_cramps_that_keep_coming_is_the_time_told(text: str, minutes: int) -> None:
    """Cramps that keep coming are logged at the latest one's time, when the message tells it."""
    london = ZoneInfo("Europe/London")
    now = _at("2026-02-10T21:40:00+00:00")
    found = parse_cramp(text, now=now, tz=london)
    assert found.occurred_at is not None, text
    assert abs((now - found.occurred_at).total_seconds() - 60 * minutes) <= 60, (text, found)


@pytest.mark.parametrize(
    ("text", "now", "lo", "hi"),
    [
        # a while after going to sleep, no clock told: after a usual bedtime
        ("a few hours after I went to bed my right calf locked", "2026-02-11T08:00",
         "2026-02-11T00:00", "2026-02-11T02:00"),
        ("couple hours after falling asleep my left foot cramped, still sore", "2026-02-11T02:30",
         "2026-02-10T23:00", "2026-02-11T02:30"),
        ("about 2 hours after going to sleep my hamstring seized", "2026-02-11T07:15",
         "2026-02-10T23:00", "2026-02-11T01:00"),
        # the last minutes of an event told on another part of the day: not minutes ago
        ("footy this morning, went down with cramp in my left calf in the last 5 mins",
         "2026-02-11T16:40", "2026-02-11T06:00", "2026-02-11T12:00"),
        ("netball yesterday and in the last ten minutes my right calf went", "2026-02-11T09:00",
         "2026-02-10T00:00", "2026-02-10T23:59"),
    ],
)  # fmt: skip
def test_a_while_after_sleep_or_the_end_of_an_earlier_event(
    text: str, now: str, lo: str, hi: str
) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at(f"{now}:00+00:00"), tz=london)
    assert found.is_cramp and found.occurred_at is not None, (text, found)
    assert lo <= f"{found.occurred_at.astimezone(london):%Y-%m-%dT%H:%M}" <= hi, (text, found)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        ("calf cramp at 0300, right leg", 3, 0),
        ("woke around 0430 with my left foot cramping", 4, 30),
        ("night shift, hamstring seized at 0215hrs in the break room", 2, 15),
        ("both feet cramped about 2340 last night", 23, 40),
    ],
)
def test_a_24_hour_clock_in_four_digits(text: str, hour: int, minute: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-05-10T09:00:00+01:00"), tz=london)
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(london)
    assert (local.hour, local.minute) == (hour, minute), (text, local)


@pytest.mark.parametrize(
    "text", ["swam 1500m and my calf cramped at 1500m", "cramped at 2000 steps into the walk"]
)
def test_four_digits_with_a_unit_are_no_clock(text: str) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-05-10T09:00:00+01:00"), tz=london)
    assert found.occurred_at is None, (text, found)


@pytest.mark.parametrize(
    ("text", "day", "hour"),
    [
        ("3 days ago I was lying in in the morning and my right calf locked up", 7, 7),
        ("two days ago in the evening my foot cramped at badminton", 8, 20),
        # another part of the day told near it is not that day's
        ("4 days ago I started new tablets, this morning my calf cramped", 10, 9),
    ],
)
def test_a_day_told_with_ago_and_its_part_of_the_day(text: str, day: int, hour: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-02-10T12:00:00+00:00"), tz=london)
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(london)
    assert local.day == day and abs(local.hour - hour) <= 2, (text, local)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # "at 11" straight before the word cramp is a clock; "about 5 cramps" is a count
        ("last night at 11 cramp in my right foot", 23),
        ("woke at 4 cramp in my left calf", 4),
        ("at 10 cramp in the hamstring while watching telly", 22),
    ],
)
def test_a_clock_just_before_the_word_cramp(text: str, hour: int) -> None:
    dili = ZoneInfo("Asia/Dili")
    found = parse_cramp(text, now=_at("2028-03-01T06:00:00+09:00"), tz=dili)
    assert found.occurred_at is not None, text
    assert found.occurred_at.astimezone(dili).hour == hour, (text, found.occurred_at)


def test_a_count_of_cramps_is_no_clock() -> None:
    dili = ZoneInfo("Asia/Dili")
    found = parse_cramp(
        "had about 5 cramps in my calf", now=_at("2028-03-01T06:00:00+09:00"), tz=dili
    )
    assert found.occurred_at is None or found.occurred_at.astimezone(dili).hour != 5


@pytest.mark.parametrize(
    "text",
    [
        "had a bad cramp in my calf, can i wait for the doctor on monday?",
        "calf cramped badly, the surgery is shut till tuesday",
        "my foot cramped, appointment on wednesday to ask about it",
        "cramp in my calf, i'll see the nurse on friday",
        "calf cramp, seeing the physio next thursday",
    ],
)
def test_a_weekday_ahead_is_not_the_cramps_day(text: str) -> None:
    """A day waited for or booked ("wait for the doctor on monday") is not when the cramp was:
    on Friday 1 January 2027 none of these is dated to the Monday, Tuesday... before."""
    moscow = ZoneInfo("Europe/Moscow")
    found = parse_cramp(text, now=_at("2027-01-01T07:30:00+03:00"), tz=moscow)
    assert found.occurred_at is None or found.occurred_at.date() >= date(2026, 12, 31), (
        text,
        found.occurred_at,
    )


def test_a_weekday_told_as_the_past_is_still_read() -> None:
    moscow = ZoneInfo("Europe/Moscow")
    for text, day in [
        ("i'll see how it goes, my calf cramped on tuesday night", 29),
        ("cramp in my calf keeps coming back since tuesday", 29),
        ("my calf cramped on monday evening, gp appointment next week", 28),
    ]:
        found = parse_cramp(text, now=_at("2027-01-01T07:30:00+03:00"), tz=moscow)
        assert found.occurred_at is not None, text
        assert found.occurred_at.astimezone(moscow).day == day, (text, found.occurred_at)


@pytest.mark.parametrize(
    "text",
    [
        "doing a 300k audax next month and last ride my calf cramped badly from km 220",
        "my calf cramped badly in the last race, got another one next week",
        "hamstring seized on today's long run, marathon is in 3 weeks so worried",
    ],
)
def test_a_plan_beside_a_cramp_told_as_past_is_not_its_time(text: str) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-11-18T10:30:00+00:00"), tz=london)
    assert not found.in_future, (text, found.occurred_at)


def test_a_cramp_told_ahead_is_still_ahead() -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp("calf cramp next week", now=_at("2026-11-18T10:30:00+00:00"), tz=london)
    assert found.in_future


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # a clock told in the cramp's continuation (a fragment listing its details) beats the
        # night that waking implies and a night told of another event
        ("late night at the pub and then a cramp woke me. left calf, 5:50 this morning, 8/10",
         5, 50),
        ("watched the match till midnight and got woken by a cramp. right foot, about 6:15, 2 min",
         6, 15),
        ("kids were up half the night and then my calf woke me too. left one, at 4:30, a minute",
         4, 30),
        # no clock there, or a clock of someone else's
        ("cramp woke me last night. left calf, 7/10, 2 minutes", 3, 0),
        ("got woken by a cramp at 2. my husband says he heard me at 3", 2, 0),
    ],
)  # fmt: skip
def test_the_clock_in_the_cramps_continuation(text: str, hour: int, minute: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-02-11T09:00:00+00:00"), tz=london)
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(london)
    assert (local.hour, local.minute) == (hour, minute), (text, local)


@pytest.mark.parametrize(
    ("text", "now", "lo", "hi"),
    [
        # the cramp told right after an event told by its end at a clock: just after that end,
        # not a night told of something else
        ("finished my night shift at 6. In the car park my right calf locked up. last night was "
         "mad busy", "09:00", "06:00", "06:30"),
        ("the match ended at 4. in the changing room both calves went. bed late last night",
         "18:00", "16:00", "16:30"),
        ("I work until 7h. After, on the bus, my calf make a cramp. Also last night I slept bad",
         "09:30", "07:00", "07:30"),
        ("clocked off at 10pm. on the walk to the bus my left foot cramped. no sleep last night",
         "23:50", "22:00", "22:30"),
        # the cramp's own time told
        ("finished my shift at 6. my calf cramped at 7:30 on the drive home", "09:00", "07:30",
         "07:30"),
        # ... told before the cramp in its own sentence: the end is not the cramp's
        ("band played till 11. last song, around 10:50, my right calf went, a minute",
         "23:40", "22:50", "22:50"),
        ("shift ended at 6. At half 7 this morning, getting out of the car, my left foot cramped",
         "09:00", "07:30", "07:30"),
        ("long day, worked until 8. This evening around 9 my calf seized on the sofa",
         "22:00", "21:00", "21:00"),
    ],
)  # fmt: skip
def test_a_cramp_right_after_an_event_told_by_its_end(
    text: str, now: str, lo: str, hi: str
) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at(f"2026-02-11T{now}:00+00:00"), tz=london)
    assert found.occurred_at is not None, text
    assert lo <= f"{found.occurred_at.astimezone(london):%H:%M}" <= hi, (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # an hour written the French way as a span's end or start
        ("worked from 19h till 7h, then in the car park my right calf cramped", 7),
        ("on shift until 6h and my foot cramped as I walked out", 6),
        ("pulled a double until 22h, then my calf seized on the stairs", 22),
        # not a length
        ("ran 2h this morning and my calf cramped at 11", 11),
    ],
)
def test_an_hour_written_with_h_ending_a_span(text: str, hour: int) -> None:
    paris = ZoneInfo("Europe/Paris")
    found = parse_cramp(text, now=_at("2026-02-11T12:00:00+01:00"), tz=paris)
    assert found.occurred_at is not None, text
    assert found.occurred_at.astimezone(paris).hour == hour, (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # the clocks going back told after the cramp: the first of the two 1:xx
        ("right foot cramped at 1:40, just before the clocks changed", "+01:00"),
        (
            "calf cramp at 1:15am. after that the clocks went back and I got an extra hour",
            "+01:00",
        ),
        ("woke at 1:50 with a hamstring cramp, then the clocks went back", "+01:00"),
        # told before it, or not at all: the latest of the two, as before
        ("the clocks went back at 2 and then at 1:30 my calf cramped", "+00:00"),
        ("calf cramp at 1:30 last night", "+00:00"),
    ],
)
def test_a_repeated_hour_told_before_the_clocks_went_back(text: str, offset: str) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-10-25T08:00:00+00:00"), tz=london)
    assert found.occurred_at is not None, text
    assert found.occurred_at.isoformat().endswith(offset), (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # cramps going on since a part of today or a meal: since then
        ("Since this afternoon I keep getting cramps in my legs and now my hands", 15),
        ("since lunch I have cramps in my thighs, one after another", 12),
        ("since teatime I have cramps in both feet, every couple of minutes", 18),
    ],
)
def test_cramps_since_earlier_today_began_then(text: str, hour: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-02-11T19:00:00+00:00"), tz=london)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.astimezone(london).hour == hour, (text, found.occurred_at)


@pytest.mark.parametrize(
    ("text", "offset"),
    [
        # the pass of the repeated hour named by its ordinal (Europe/London, 25 October 2026):
        # the ordinal is the clock's, never a day of the month
        ("woke with a calf cramp at the first 1:15", "+01:00"),
        ("cramp in my foot at the first 1:15, the clocks went back at 2", "+01:00"),
        ("calf cramp at the second 1:30, clocks went back", "+00:00"),
        ("right calf locked at the 2nd 1:20, just before i fell asleep again", "+00:00"),
        ("woke at 1:40 with my hamstring cramping, it was the 1st 1:40 i think", "+01:00"),
    ],
)
def test_a_pass_of_the_repeated_hour_named_by_its_ordinal(text: str, offset: str) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-10-25T08:00:00+00:00"), tz=london).occurred_at
    assert found is not None, text
    assert found.isoformat().endswith(offset), (text, found)
    assert found.astimezone(london).day == 25, (text, found)


@pytest.mark.parametrize(
    ("text", "minute"),
    [
        # a doubt between the two passes: the hour, either pass
        ("woke at 1:45, the clock went back at 2 so maybe it was the 2nd 1:45, calf cramp", 45),
        ("calf cramp at 1:45, the clock went back at 2 so maybe the 1st or the 2nd 1:45", 45),
        ("calf cramp at 1:40, not sure which 1:40, the clocks went back", 40),
    ],
)
def test_a_doubt_between_the_passes_is_the_hour(text: str, minute: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-10-25T08:00:00+00:00"), tz=london).occurred_at
    assert found is not None, text
    first, second = _at("2026-10-25T00:00:00+00:00"), _at("2026-10-25T01:00:00+00:00")
    assert first.replace(minute=minute) <= found <= second.replace(minute=minute), (text, found)


def test_the_2nd_of_the_month_before_a_clock_with_on_is_still_a_day() -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(
        "calf cramp on the 2nd 1:45am", now=_at("2026-10-25T08:00:00+00:00"), tz=london
    ).occurred_at
    assert found is not None and found.astimezone(london).day == 2


@pytest.mark.parametrize(
    ("text", "hour", "day"),
    [
        # a day named for an activity in one clause, the cramp's own clock in its own: this
        # morning's (sent at 07:10)
        ("pond hockey all day yesterday and a cramp in my left hamstring woke me at 5", 5, 20),
        ("long hike on saturday and a nasty cramp in my calf woke me at 4", 4, 20),
        ("curling all day yesterday and a charley horse hit me at 5:30", 5, 20),
        ("gardening all day yesterday and a cramp in my foot got me at 6", 6, 20),
        # the clause without a clock of its own: the day told
        ("yesterday i had a cramp at 5 in my calf", 5, 19),
        ("pond hockey all day yesterday and a cramp in my hamstring at 5pm", 17, 19),
    ],
)
def test_the_cramps_own_clock_beats_the_activitys_day(text: str, hour: int, day: int) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at("2026-11-20T07:10:00+00:00"), tz=london).occurred_at
    assert found is not None, text
    local = found.astimezone(london)
    assert (local.day, local.hour) == (day, hour), (text, found)


SOFIA = ZoneInfo("Europe/Sofia")


@pytest.mark.parametrize(
    "text",
    [
        # a cramp going on now, beside an earlier time told of another symptom
        "been throwing up since 5pm and now my calves are cramping",
        "diarrhoea since lunchtime, and now my feet keep cramping",
        "fever since this morning and right now both thighs are cramping",
        "since 7 i have the runs, now my legs are cramping badly",
        "shivering with a fever since 4pm and now my calves are cramping",
        "sick since about 7 tonight, now my thighs are cramping",
        "been on the toilet since dinner and now my feet are cramping",
    ],
)
def test_cramping_now_beside_an_earlier_symptom_is_now(text: str) -> None:
    now = _at("2026-09-30T22:30:00+03:00")
    assert parse_cramp(text, now=now, tz=SOFIA).occurred_at == now, text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # cramps begun at a time told of them, or at an earlier clock of their own
        ("since 6pm my calves are cramping on and off", 18),
        ("threw up at 5pm, then my calves cramped at 6", 18),
    ],
)
def test_cramps_timed_by_their_own_clock(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at("2026-09-30T22:30:00+03:00"), tz=SOFIA).occurred_at
    assert found is not None and found.astimezone(SOFIA).hour == hour, (text, found)


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # getting up off the floor, a mat, a sofa or a chair is not waking up
        ("gym session tonight, left calf seized when i got up off the bench", "17:00", "21:40"),
        (
            "played with the grandkids on the carpet this afternoon, my hamstring cramped when i"
            " got up from the floor",
            "12:00",
            "18:00",
        ),
        (
            "watching telly this evening and my foot cramped when i got up off the sofa",
            "17:00",
            "21:40",
        ),
        ("long meeting this afternoon, calf locked as i got up from my chair", "12:00", "18:00"),
        # getting up from bed is
        ("calf cramped when i got up this morning", "05:00", "10:30"),
    ],
)
def test_getting_up_off_the_floor_is_not_waking(text: str, lo: str, hi: str) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T21:40:00+01:00"), tz=BERLIN).occurred_at
    assert found is not None, text
    local = found.astimezone(BERLIN)
    assert local.date().day == 20 and lo <= f"{local:%H:%M}" <= hi, (text, local)


@pytest.mark.parametrize(
    ("text", "hour", "minute"),
    [
        # minutes past or to with no hour: the hour told just before
        ("choir finished at 8, at half past on the bus my left calf cramped", 20, 30),
        ("left the pub at 11, about twenty past my right foot locked up walking home", 23, 20),
        ("got off the train at 6, at ten past my calf cramped on the platform", 18, 10),
        ("bus was due at 9, at ten to my calf cramped at the stop", 20, 50),
        # the hour told with them
        ("choir finished at 8, at half past 9 my left calf cramped", 21, 30),
    ],
)
def test_minutes_past_with_no_hour_take_the_hour_told(text: str, hour: int, minute: int) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T23:50:00+01:00"), tz=BERLIN).occurred_at
    assert found is not None, text
    local = found.astimezone(BERLIN)
    assert (local.day, local.hour, local.minute) == (20, hour, minute), (text, local)


@pytest.mark.parametrize(
    ("text", "now", "zone"),
    [
        # a cramp at the New Year's countdown, told after midnight: logged, at midnight (this
        # year named is no past year)
        (
            "happy new year from auckland! my left calf seized during the countdown, about 15 sec",
            "2027-01-01T00:30:00+13:00",
            "Pacific/Auckland",
        ),
        (
            "ringing in 2027 with a cramp lol, right foot locked up mid countdown",
            "2027-01-01T00:10:00+00:00",
            "Europe/London",
        ),
        (
            "first party in 2027 and my hamstring cramped just as the clock struck twelve",
            "2027-01-01T01:15:00+01:00",
            "Europe/Berlin",
        ),
        (
            "nye at the harbour, left calf cramped right in the countdown, 20 sec",
            "2027-01-01T00:40:00+11:00",
            "Australia/Sydney",
        ),
        (
            "we counted down on the beach and my right calf went, happy 2027 everyone",
            "2027-01-01T00:05:00-10:00",
            "Pacific/Honolulu",
        ),
    ],
)
def test_a_cramp_at_the_new_years_countdown_is_at_midnight(text: str, now: str, zone: str) -> None:
    tz = ZoneInfo(zone)
    result = parse_cramp(text, now=_at(now), tz=tz)
    assert result.is_cramp, text
    assert result.occurred_at is not None, text
    local = result.occurred_at.astimezone(tz)
    assert (local.month, local.day, local.hour, local.minute) == (1, 1, 0, 0), (text, local)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # a countdown that is no New Year's, or one still going on
        (
            "watching the rocket launch countdown and my calf cramped",
            "2026-07-16T14:00:00+02:00",
            None,
        ),
        (
            "calf cramping right now during the countdown",
            "2026-12-31T23:58:00+01:00",
            "2026-12-31T23:58:00+01:00",
        ),
        (
            "new years day hike, calf cramped at 2pm",
            "2027-01-01T18:00:00+01:00",
            "2027-01-01T14:00:00+01:00",
        ),
    ],
)
def test_other_countdowns_are_not_new_years_midnight(
    text: str, now: str, expected: str | None
) -> None:
    found = parse_cramp(text, now=_at(now), tz=BERLIN).occurred_at
    assert found == (_at(expected) if expected else None), (text, found)


@pytest.mark.parametrize(
    ("text", "now", "zone", "instants"),
    [
        # the clock told on its own after the cramp's sentence, in an hour the clocks repeated
        # (either pass) ...
        ("woke up with my right calf cramping. it was around half one, the clocks went back"
         " so i can't say which", "2026-10-25T08:30:00+00:00", "Europe/London",
         ("2026-10-25T00:30:00+00:00", "2026-10-25T01:30:00+00:00")),
        ("Toes curled up in the night. Time? Half one. Either the first or the second,"
         " clocks changed", "2026-10-25T07:10:00+00:00", "Europe/Dublin",
         ("2026-10-25T00:30:00+00:00", "2026-10-25T01:30:00+00:00")),
        ("cramp in my left thigh overnight. must have been 2:40ish, though the clocks fell"
         " back at 3 so who knows", "2026-10-25T09:00:00+01:00", "Europe/Berlin",
         ("2026-10-25T00:40:00+00:00", "2026-10-25T01:40:00+00:00")),
        ("charley horse woke me. it was 1.15 by my phone, and daylight saving ended so not"
         " sure which", "2026-11-01T07:45:00-05:00", "America/Chicago",
         ("2026-11-01T06:15:00+00:00", "2026-11-01T07:15:00+00:00")),
        ("calf cramp late last night. roughly half past eleven, our hour repeated",
         "2027-04-04T09:00:00-04:00", "America/Santiago",
         ("2027-04-04T02:30:00+00:00", "2027-04-04T03:30:00+00:00")),
        ("hamstring cramp woke me. it was about 1:45, we go back half an hour so no idea"
         " which", "2027-04-04T08:00:00+10:30", "Australia/Lord_Howe",
         ("2027-04-03T14:45:00+00:00", "2027-04-03T15:15:00+00:00")),
        # ... and in an hour the clocks skipped: read with the offset before the jump
        ("my left foot cramped in the night. it must have been about half past one, the"
         " clocks sprang forward", "2027-03-28T09:00:00+01:00", "Europe/London",
         ("2027-03-28T01:30:00+00:00",)),
        ("charley horse in my right calf overnight. it was 2:30ish, clocks jumped ahead",
         "2027-03-14T08:00:00-04:00", "America/New_York", ("2027-03-14T07:30:00+00:00",)),
        ("thigh cramp in the night. roughly 2.30, the clocks went forward so unsure",
         "2026-10-04T08:00:00+11:00", "Australia/Sydney", ("2026-10-03T16:30:00+00:00",)),
        # on a night without a change too
        ("woke with a cramp in my calf. it was about 4:10", "2026-11-20T08:00:00+01:00",
         "Europe/Berlin", ("2026-11-20T03:10:00+00:00",)),
    ],
)  # fmt: skip
def test_the_clock_told_on_its_own_after_the_cramp(
    text: str, now: str, zone: str, instants: tuple[str, ...]
) -> None:
    found = parse_cramp(text, now=_at(now), tz=ZoneInfo(zone)).occurred_at
    assert found is not None, text
    assert found.astimezone(UTC) in {_at(i) for i in instants}, (text, found)


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # the time now, or another event's clock, told after the cramp: not the cramp's
        ("a cramp woke me in the night. it's 4:30 now and i can't sleep", 3),
        ("calf cramp last night. the alarm went at 6 and i could hardly stand", 3),
    ],
)
def test_a_clock_told_after_the_cramp_of_something_else(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T08:15:00+01:00"), tz=BERLIN).occurred_at
    assert found is not None, text
    assert found.astimezone(BERLIN).hour == hour, (text, found)


@pytest.mark.parametrize(
    ("text", "now", "zone", "told"),
    [
        # told in the small hours, "this evening", "this afternoon" or (said to be past midnight)
        # "today" with a clock is the day just gone, not a time still ahead
        ("well it's gone midnight so i suppose that was yesterday - this evening at about 7"
         " my left calf cramped on the train", "2027-01-14T00:25:00+09:00", "Asia/Tokyo",
         "2027-01-13T19:00"),
        ("technically the next day now lol. this afternoon around 4 my right hamstring seized"
         " at work", "2026-06-03T01:10:00-04:00", "America/Toronto", "2026-06-02T16:00"),
        ("past 12 here so it counts as yesterday i guess: today at 6pm my foot cramped in the"
         " shower", "2026-09-09T00:05:00+05:30", "Asia/Kolkata", "2026-09-08T18:00"),
        ("earlier this evening at 9:15 my quad cramped getting off the sofa",
         "2026-03-01T00:40:00+13:00", "Pacific/Auckland", "2026-02-28T21:15"),
        ("calf cramp at 8 this evening, still a bit sore", "2026-11-20T02:30:00+01:00",
         "Europe/Berlin", "2026-11-19T20:00"),
    ],
)  # fmt: skip
def test_the_evening_told_after_midnight_is_the_day_just_gone(
    text: str, now: str, zone: str, told: str
) -> None:
    found = parse_cramp(text, now=_at(now), tz=ZoneInfo(zone))
    assert found.is_cramp and not found.in_future, text
    assert found.occurred_at is not None, text
    assert found.occurred_at.astimezone(ZoneInfo(zone)).strftime("%Y-%m-%dT%H:%M") == told, (
        text,
        found.occurred_at,
    )


def test_today_at_a_later_hour_without_midnight_told_is_still_ahead() -> None:
    found = parse_cramp(
        "today at 6pm my calf cramped", now=_at("2026-11-20T00:40:00+01:00"), tz=BERLIN
    )
    assert found.in_future


@pytest.mark.parametrize(
    ("text", "lo", "hi"),
    [
        # inside a scene the writer is back from: within its span, ending now
        ("Back from a 4-hour hike. On the descent my left calf cramped", "08:40", "12:40"),
        ("home from a 3 hour bike ride, my right quad seized on the way back", "09:40", "12:40"),
        ("back from the pool. calf cramped during the final lap", "10:40", "12:40"),
        ("Back from the cave dive, calf cramped on the way out", "10:40", "12:40"),
        # the last part of something done today, the message telling of today: earlier today
        ("taught three classes back to back today and in the last savasana my calf cramped",
         "06:00", "12:40"),
        ("swam 40 lengths this morning, in the final lap my foot cramped", "06:00", "12:40"),
        ("during the cool-down my hamstring locked up, still tight now", "06:00", "12:40"),
        ("just finished spin, calf went in the last sprint", "06:00", "12:40"),
    ],
)  # fmt: skip
def test_a_cramp_inside_a_scene_just_over(text: str, lo: str, hi: str) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp, text
    assert found.occurred_at is not None, text
    local = found.occurred_at.astimezone(BERLIN)
    assert f"2026-03-03T{lo}" <= f"{local:%Y-%m-%dT%H:%M}" <= f"2026-03-03T{hi}", (text, local)


@pytest.mark.parametrize(
    ("text", "told"),
    [
        # after the scene, a stay of days, a span up to now: not inside a scene just over
        ("back from the gym, cramped on the sofa after", None),
        ("back from two weeks in spain, calf cramped on the flight home", None),
        ("had cramps in my calves on the last long flight, nothing since", None),
        ("my calf cramped badly in the last race, got another one next week", None),
        (
            "on the way back from sydney, during my crew rest in the bunk, my left foot cramped",
            None,
        ),
        # the last part of something done, with no word of the day: no time told
        ("quad cramped on the last lap lol. left one. 20 sec", None),
        ("in the final set my calf locked, had to rack the bar", None),
        ("my hamstring went during the cool-down, stretched it out", None),
        # a time of its own stays
        ("cramp in my calf on the way home last night", "2026-03-03T03:00"),
        ("back from football, cramped at 9:40 in the second half", "2026-03-03T09:40"),
    ],
)
def test_a_scene_just_over_keeps_a_time_told(text: str, told: str | None) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    at = found.occurred_at
    assert (at.astimezone(BERLIN).strftime("%Y-%m-%dT%H:%M") if at else None) == told, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # how the legs are on a later day, told after the cramp: not the cramp's day
        (
            "Drove to Leeds yesterday, 4 hours. On the motorway my right calf cramped. Today I'm "
            "fine.",
            "2026-03-02",
        ),
        (
            "flew back from lanzarote yesterday. somewhere over france my left foot cramped, a "
            "minute maybe. today both legs look the same, no swelling",
            "2026-03-02",
        ),
        (
            "coach to london yesterday, 6 hours. calf went halfway. this morning I'm okay, just "
            "tired",
            "2026-03-02",
        ),
        # ... unless the cramp's own clause tells today
        (
            "drove to leeds yesterday. today my calf cramped in the car park, fine now",
            "2026-03-03",
        ),
    ],
)
def test_a_later_day_told_well_is_not_the_cramps_day(text: str, day: str) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.astimezone(BERLIN).date().isoformat() == day, text


@pytest.mark.parametrize(
    ("text", "day"),
    [
        # a cramp named with its time after "of", as many first languages say it
        ("since the cramp of yesterday night my right calf feels strange", "2026-03-02"),
        ("the cramp of this morning was in my left foot, very strong", "2026-03-03"),
        ("the cramp of yesterday evening was the worst yet, both calves", "2026-03-02"),
    ],
)
def test_a_cramp_of_a_time_is_timed_by_it(text: str, day: str) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.astimezone(BERLIN).date().isoformat() == day, text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # a part of the day told without its article, as many first languages do
        ("7 in morning my calf make cramp, very strong", 7),
        ("today at half past eleven in morning my foot cramp", 11),
        ("yesterday 5 in evening calf cramp, 2 minutes", 17),
        ("today at quarter to four in afternoon, carrying bricks, I get cramp in my calf", 15),
    ],
)
def test_a_part_of_the_day_without_its_article(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at(NOON_BERLIN), tz=BERLIN)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.astimezone(BERLIN).hour == hour, text


@pytest.mark.parametrize(
    ("text", "hour"),
    [
        # "at N hours" as said in Portuguese or Spanish ("às 6 horas"): a clock on the 24 hours
        ("the cramp came at 6 hours when I was waking, right calf", 6),
        ("my left foot cramped at 22 hours, watching tv", 22),
        ("cramp in the calf at 3 hours in the night, very strong", 3),
        ("at 7 hours in the evening my thigh cramped on the sofa", 19),
        ("hamstring cramp today at 14 hrs in the office", 14),
        ("woke with cramp at 5 o'clock in the night, left calf", 5),
    ],
)
def test_at_n_hours_is_a_clock_time(text: str, hour: int) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T23:15:00+01:00"), tz=BERLIN)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at.hour == hour and found.occurred_at.minute == 0, (text, found)
    assert found.duration_s is None, text


@pytest.mark.parametrize(
    ("text", "duration_s"),
    [
        # a length or a while: no clock
        ("my calf cramped for 6 hours on and off", None),
        ("calf cramp lasted 2 hours, still sore", 7200),
        ("at 2 hours into the hike my left calf cramped", None),
        ("6 hours later my foot cramped again", None),
        ("after 3 hours of driving my right calf cramped", None),
    ],
)
def test_a_length_or_a_while_in_hours_is_no_clock(text: str, duration_s: int | None) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T23:15:00+01:00"), tz=BERLIN)
    assert found.is_cramp, text
    assert found.duration_s == duration_s, text
    assert found.occurred_at is None or found.occurred_at.minute == 15, (text, found)


@pytest.mark.parametrize(
    ("text", "minutes", "duration_s"),
    [
        # "since" + a while (French, Arabic, Portuguese "depuis une heure", "desde há uma hora"):
        # it began that long ago, and one cramp held so long has held that long
        ("cramp since one hour in my left calf, it not go away", 60, 3600),
        ("I have cramp in the foot since 20 minutes", 20, 1200),
        ("since 40 minutes my right thigh is in cramp", 40, 2400),
        ("my calf cramp since half an hour, what to do?", 30, 1800),
        ("hamstring cramp since 2 hours, very painful", 120, 7200),
        # ... cramps that come and go since then: begun then, no one length
        ("cramps in my feet since one hour, they come and go", 60, None),
    ],
)  # fmt: skip
def test_since_a_while_is_begun_that_long_ago(
    text: str, minutes: int, duration_s: int | None
) -> None:
    now = _at("2026-11-20T23:15:00+01:00")
    found = parse_cramp(text, now=now, tz=BERLIN)
    assert found.is_cramp and found.occurred_at is not None, text
    assert found.occurred_at == now - timedelta(minutes=minutes), (text, found.occurred_at)
    assert found.duration_s == duration_s, text


@pytest.mark.parametrize(
    "text",
    [
        # "since" a clock, a day or an event: not a while counted back
        "calf cramp since 9, on and off",
        "no cramp since 2 hours after my run yesterday",
        "my calf has been fine since the cramp 2 hours ago",
    ],
)
def test_since_a_clock_or_an_event_is_no_while_counted_back(text: str) -> None:
    found = parse_cramp(text, now=_at("2026-11-20T23:15:00+01:00"), tz=BERLIN)
    assert found.duration_s is None, text


@pytest.mark.parametrize(
    ("text", "now", "lo", "hi"),
    [
        # back where a day out ends, the day told: that day's evening
        ("skied all day yesterday, back at the chalet my left calf cramped", "11-18T10:30",
         "11-17T17:00", "11-17T23:00"),
        ("long hike yesterday and back at the hotel both feet cramped in the shower",
         "11-18T09:00", "11-17T17:00", "11-17T23:00"),
        ("surfing on monday, when we got back to the campsite my hamstring went", "11-18T09:00",
         "11-16T17:00", "11-16T23:00"),
        # home after a night's work: the morning
        ("did a 12 hour night shift, when I arrived home my right calf cramped", "11-18T13:00",
         "11-18T07:00", "11-18T11:00"),
        ("on nights this week. got home and my foot cramped taking my boots off", "11-18T14:00",
         "11-18T07:00", "11-18T11:00"),
        # the last run or lap of a day on the slopes or the track: its afternoon
        ("ski day today, on the last run my left thigh cramped", "11-18T18:30",
         "11-18T14:00", "11-18T17:00"),
        ("karting yesterday and on the final lap my right calf cramped", "11-18T09:00",
         "11-17T13:00", "11-17T17:00"),
        # "tonight" told in the evening: earlier this evening
        ("both calves cramped tonight at the climbing wall", "11-18T22:00",
         "11-18T18:00", "11-18T21:45"),
    ],
)  # fmt: skip
def test_an_everyday_moment_of_a_day_told_names_its_part(
    text: str, now: str, lo: str, hi: str
) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at(f"2026-{now}:00+00:00"), tz=london)
    assert found.is_cramp and found.occurred_at is not None, text
    local = found.occurred_at.astimezone(london)
    assert f"2026-{lo}" <= f"{local:%Y-%m-%dT%H:%M}" <= f"2026-{hi}", (text, local)


@pytest.mark.parametrize(
    ("text", "now", "expected"),
    [
        # "my last run" is the one before, not the last of a day; a moment of a day still ahead
        # is no time of it; "got back to sleep" is no return from a day out
        ("on my last run yesterday my calf cramped", "11-18T09:00", "2026-11-17T12:00"),
        ("ski day today, on the last run my left thigh cramped", "11-18T10:30",
         "2026-11-18T10:30"),
        ("woke with cramp yesterday, got back to sleep after", "11-18T09:00", "2026-11-17T07:00"),
    ],
)  # fmt: skip
def test_no_everyday_moment_where_none_is_told(text: str, now: str, expected: str) -> None:
    london = ZoneInfo("Europe/London")
    found = parse_cramp(text, now=_at(f"2026-{now}:00+00:00"), tz=london)
    assert found.occurred_at is not None, text
    assert f"{found.occurred_at.astimezone(london):%Y-%m-%dT%H:%M}" == expected, text
