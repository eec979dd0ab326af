"""Calendar dates named in a cramp message: "on 25/11", "Nov 25", "25th of November",
"the 3rd", "2026-11-25".

Day-first or month-first (the documented rule, also in ``bot/parsing/cramp.py``):

- ``date_order`` is ``"dmy"`` (day first: 05/06 is 5 June) or ``"mdy"`` (month first:
  05/06 is May 6). When the caller passes none it follows the user's zone: month-first
  for the zones of the United States (``America/New_York``, ``America/Chicago``,
  ``US/*``, ``Pacific/Honolulu``...) and the Philippines (``Asia/Manila``), day-first
  everywhere else (Europe, Latin America, ``UTC``...).
- A numeric date whose first number is over 12 is day-first and one whose second number
  is over 12 is month-first, whatever the order (25/11 and 11/25 are both 25 November).
- Dotted dates ("25.11.") are always day-first.
- "N/10" is a severity, not a date, unless it has a year or "on" before it ("on 5/10").
- A date without a year is this year's, unless that lies more than 31 days ahead: then
  it is last year's ("on 25/12" written on 3 January). A date after today is in the
  future (the bot asks back). A bare day ("the 3rd") is this month's, or last month's
  when this month's is still ahead. Dates over a year away are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Final, Literal
from zoneinfo import ZoneInfo

DateOrder = Literal["dmy", "mdy"]
DATE_ORDERS: Final[tuple[DateOrder, ...]] = ("dmy", "mdy")

_US_ZONES: Final = frozenset(
    {
        "America/New_York", "America/Chicago", "America/Denver", "America/Los_Angeles",
        "America/Phoenix", "America/Anchorage", "America/Adak", "America/Boise",
        "America/Detroit", "America/Juneau", "America/Sitka", "America/Metlakatla",
        "America/Yakutat", "America/Nome", "America/Menominee", "America/Puerto_Rico",
        "Pacific/Honolulu", "Pacific/Guam", "Asia/Manila", "EST5EDT", "CST6CDT", "MST7MDT",
        "PST8PDT", "EST", "MST", "HST", "Navajo",
    }
)  # fmt: skip
_US_PREFIXES: Final = ("US/", "America/Indiana/", "America/Kentucky/", "America/North_Dakota/")

FUTURE_SLACK_DAYS: Final = 31  # a year-less date further ahead than this is last year's
MAX_DAYS_AWAY: Final = 366


def default_date_order(tz: ZoneInfo) -> DateOrder:
    """Month-first for the zones of the United States and the Philippines, else day-first."""
    key = tz.key or ""
    return "mdy" if key in _US_ZONES or key.startswith(_US_PREFIXES) else "dmy"


_MONTHS: Final[dict[str, int]] = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4,
    "april": 4, "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8,
    "sep": 9, "sept": 9, "september": 9, "oct": 10, "october": 10, "nov": 11,
    "november": 11, "dec": 12, "december": 12,
}  # fmt: skip
_MON = "(?P<mon>" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:,?\s+(?P<y>20\d\d))?"
_NOT_QUANTITY = (
    r"(?!\s*(?:-|to)?\s*\d*\s*(?:min|mins|minutes|sec|secs|seconds|s\b|hours?\b|hrs?\b|h\b"
    r"|x\b|times|cramps?|days?|nights?|weeks?|%|out\s+of|of\s+(?:10|ten)\b"
    # a distance: "the march 15 km" (a march walked, not the month)
    r"|km\b|kms\b|k\b|kilomet\w+|miles?\b|mi\b|klicks?\b))"
)

_ISO_RE = re.compile(r"(?<![\w/.-])(?P<y>20\d\d)[-/](?P<m>\d{1,2})[-/](?P<d>\d{1,2})(?![\w/-])")
_NUMERIC_RE = re.compile(
    r"(?<![\w/.:,\-])(?P<a>\d{1,2})(?P<sep>[/.])(?P<b>\d{1,2})"
    r"(?:(?P=sep)(?P<y>\d{4}|\d{2})(?![\d/])|(?P<dot>\.)(?!\d))?(?![\w/]|[.,]\d)"
    r"(?!\s*(?:of\b|an?\s+|hours?\b|hrs?\b|min|sec|kg|km|miles?|cups?|glass))"
)
_MONTH_DAY_RE = re.compile(
    r"\b(?=\w)"  # a match starts a word: word ends are passed at once
    rf"{_MON}\s+(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\b{_YEAR}{_NOT_QUANTITY}"
)
_DAY_MONTH_RE = re.compile(
    rf"(?<![\w/.:,\-])(?:the\s+)?(?P<d>\d{{1,2}}){_ORD}\s+(?:of\s+)?{_MON}(?!\w){_YEAR}"
)
_DAY_ONLY_RE = re.compile(
    r"\b(?:on\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)\b"
    r"(?=\s*(?:$|[,.;:!?)]|at\b|in\s+the\b|around\b|about\b|early\b|late\b|during\b"
    r"|(?:of\s+)?(?:this|last|the)\s+month\b|i\b|my\b|we\b|a\b|had\b|got\b|\d))"
)
# "the 1st" or "the 2nd" right before a clock time, without "on": which of the two passes of an
# hour repeated when the clocks go back ("the clock went back at 2 so maybe it was the 2nd
# 1:45"), not a day of the month ("on the 2nd 1:45am" stays one).
_PASS_OF_THE_HOUR_RE = re.compile(r"the\s+(?:1st|2nd)\b")
_CLOCK_AFTER_RE = re.compile(r"\s+\d{1,2}[:.]\d{2}(?!\d)")
# The days of the year end named, not numbered: "on christmas eve", "new year's eve", "nye".
_HOLIDAY_RE = re.compile(
    r"\b(?:(?P<eve>christmas\s+eve|xmas\s+eve|chrimbo\s+eve)|(?P<xmas>christmas\s+day|xmas\s+day)"
    r"|(?P<boxing>boxing\s+day)|(?P<nye>new\s+year(?:'?s|s')?\s+eve|nye|hogmanay)"
    r"|(?P<nyd>new\s+year(?:'?s|s')?\s+day))\b"
)
_HOLIDAY_WORDS = ("christmas", "xmas", "chrimbo", "boxing", "new year", "nye", "hogmanay")
_HOLIDAY_DAYS = {
    "eve": (12, 24),
    "xmas": (12, 25),
    "boxing": (12, 26),
    "nye": (12, 31),
    "nyd": (1, 1),
}
_ON_BEFORE_RE = re.compile(r"\b(?:on|date|dated)\s+(?:the\s+)?$")
# "march" as a walk or its verb: "in the march 15 of us", "our march", "we march 10": a
# determiner or a subject right before it (not "on march 15", "early march 3rd").
_MARCH_WALKED_BEFORE_RE = re.compile(
    r"\b(?:the|a|an|our|their|his|her|my|your|this|that|we|they|i|you|to|will|did|long|forced"
    r"|protest|route|day'?s|night|training)\s+$"
)
# A number told as a reading or an amount, not a day: "was 3.1.", "down to 2.9.", "at 7.5."
_MEASURED_BEFORE_RE = re.compile(
    r"\b(?:was|is|were|are|at|of|about|around|only|just|to|reading|read|level|levels|sugar"
    r"|glucose|bg|bm|potassium|magnesium|sodium|calcium|temp|temperature|score|weight|weighed"
    r"|ph|a1c|hba1c)\s+$"
)


@dataclass(frozen=True, slots=True)
class DateHit:
    """A date named in the text and where it was named (to be masked for other readers)."""

    day: date
    start: int
    end: int


def _year_of(raw: str | None) -> int | None:
    if raw is None:
        return None
    year = int(raw)
    return year + 2000 if year < 100 else year


def _make(year: int | None, month: int, day: int, today: date) -> date | None:
    """The date meant, by the year-less rule above; None when it does not exist or is far."""
    try:
        if year is not None:
            found = date(year, month, day)
        else:
            found = date(today.year, month, day)
            if found > today + timedelta(days=FUTURE_SLACK_DAYS):
                found = date(today.year - 1, month, day)
    except ValueError:
        return None
    return found if abs((found - today).days) <= MAX_DAYS_AWAY else None


def _day_only(day: int, today: date) -> date | None:
    year, month = today.year, today.month
    for _ in range(3):  # this month, else the last month that has this day
        try:
            found = date(year, month, day)
        except ValueError:
            found = None
        if found is not None and found <= today:
            return found
        year, month = (year, month - 1) if month > 1 else (year - 1, 12)
    return None


def _numeric(m: re.Match[str], text: str, today: date, order: DateOrder) -> date | None:
    a, b, year = int(m.group("a")), int(m.group("b")), _year_of(m.group("y"))
    on_before = bool(_ON_BEFORE_RE.search(text, max(0, m.start() - 12), m.start()))
    if m.group("sep") == ".":
        if year is None and not on_before and not m.group("dot"):
            return None  # "2.5" is a number; "on 25.11" and "25.11." are dates
        if year is None and not on_before and _MEASURED_BEFORE_RE.search(text, 0, m.start()):
            return None  # "my sugar was 3.1.": a reading that ends a sentence
        return _make(year, b, a, today)
    if b == 10 and year is None and not on_before:
        return None  # "7/10" is a severity
    if a > 12:
        day, month = a, b
    elif b > 12 or order == "mdy":
        month, day = a, b
    else:
        day, month = a, b
    return _make(year, month, day, today)


def find_date(text: str, today: date, order: DateOrder) -> DateHit | None:
    """The first calendar date named in ``text`` (lower-cased, normalised), if any."""
    best: DateHit | None = None

    def consider(found: date | None, m: re.Match[str]) -> None:
        nonlocal best
        if found is not None and (best is None or m.start() < best.start):
            best = DateHit(found, m.start(), m.end())

    if "-" in text or "/" in text:
        for m in _ISO_RE.finditer(text):
            consider(_make(int(m.group("y")), int(m.group("m")), int(m.group("d")), today), m)
            break
    if "/" in text or "." in text:
        for m in _NUMERIC_RE.finditer(text):
            found = _numeric(m, text, today, order)
            if found is not None:
                consider(found, m)
                break
    for rx in (_MONTH_DAY_RE, _DAY_MONTH_RE):
        for m in rx.finditer(text):
            mon = m.group("mon")
            if (
                mon == "may"
                and rx is _MONTH_DAY_RE
                and not _ON_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "it may 2..." is not a date; "on may 2" is
            if (
                mon == "march"
                and rx is _MONTH_DAY_RE
                and text[m.end("d") : m.end("d") + 2] not in {"st", "nd", "rd", "th"}
                and _MARCH_WALKED_BEFORE_RE.search(text, max(0, m.start() - 12), m.start())
            ):
                continue  # "the march 15 km", "we march 10 a day": a march walked
            consider(_make(_year_of(m.group("y")), _MONTHS[mon], int(m.group("d")), today), m)
            break
    named = any(word in text for word in _HOLIDAY_WORDS)  # the search only when one is there
    holiday = _HOLIDAY_RE.search(text) if named else None
    if holiday is not None and holiday.lastgroup is not None:
        found = _make(None, *_HOLIDAY_DAYS[holiday.lastgroup], today)
        if found != today:  # named on the day it is a greeting, not a day told
            consider(found, holiday)
    if best is None and "the" in text:
        for m in _DAY_ONLY_RE.finditer(text):
            if _PASS_OF_THE_HOUR_RE.match(m.group(0)) and _CLOCK_AFTER_RE.match(text, m.end()):
                continue  # "maybe it was the 2nd 1:45": the second pass of a repeated hour
            consider(_day_only(int(m.group("d")), today), m)
            break
    return best


def mask(text: str, hit: DateHit) -> str:
    """``text`` with the date blanked out (same length), so no other reader sees its digits."""
    return text[: hit.start] + " " * (hit.end - hit.start) + text[hit.end :]


def mask_this_year(text: str, year: int) -> str:
    """``text`` with the number of this year blanked out (the same length): this year is no
    past a year names ("a cramp in the 2019 final", "in 2019"), and its digits are no clock
    ("first place on earth in 2029", told on its New Year's Day)."""
    told = str(year)
    if told not in text:
        return text
    return re.sub(rf"(?<![\w.:/-]){told}(?![\w:/-]|\.\d)", " " * len(told), text)
