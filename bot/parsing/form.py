"""A log written as a form: labelled fields, each telling one part of one cramp.

People who keep notes write a cramp as a list ("- when: sunday evening about 7 / - where:
right calf / - how long: a minute or so / - how bad: 6/10") or on one line ("When: tuesday
night. Where: right thigh. Severity: 4/10."). The labels (when, where, how long, how bad,
doing what) tell what each value is, so the form is one episode however many words its
values take; a diary line's limit of a dozen words is for lines without labels.
"""

from __future__ import annotations

import re
from typing import Final

# A field's label at the start of a line or a sentence, after an optional bullet ("-", "*",
# "•", "1."), then ":", "=" or a dash.
_LABEL_RE: Final = re.compile(
    r"(?:^|(?<=\n)|(?<=[.;]\s))[ \t]*(?:[-*•·>]+|\d{1,2}[.)])?[ \t]*"
    r"(?P<label>when|time|date|day|where|place|location|which\s+(?:side|leg|muscle|one)|side"
    r"|muscle|how\s+long|duration|length|lasted|how\s+bad|severity|pain(?:\s+level)?|intensity"
    r"|score|rating|doing\s+what|what\s+(?:i\s+was\s+)?doing|activity|before|trigger|cause"
    r"|notes?)"
    r"[ \t]*(?::|=|\s-\s|-(?=\s))"
)
# The labels that place a cramp in time or on the body: a form names at least one.
_ANCHORING: Final = ("when", "time", "date", "day", "where", "place", "location", "which", "side")
# The labels that tell the cramp itself, when it was or how bad or long: a form's cramp names
# one (a form of where and what only is no report).
TELLS_THE_CRAMP: Final = (
    "when", "time", "date", "day", "how", "duration", "length", "lasted", "severity", "pain",
    "intensity", "score", "rating",
)  # fmt: skip
# What the writer was doing (walking the dog, climbing stairs) is a trigger in a form, not a
# walk's pain told instead of a cramp; an injury still is not a cramp.
_ACTIVITY: Final = ("doing", "what", "activity", "before", "trigger", "cause")


def fields(norm: str) -> list[tuple[str, str]]:
    """The labelled fields of normalised `norm`, in order (label, value); empty when fewer
    than two labels are found, or none tells when or where."""
    found = list(_LABEL_RE.finditer(norm))
    if len(found) < 2:
        return []
    labels = [m.group("label") for m in found]
    if not any(label.startswith(_ANCHORING) for label in labels):
        return []
    ends = [m.start() for m in found[1:]] + [len(norm)]
    return [
        (label, norm[m.end() : end].strip(" \t\n.;,"))
        for label, m, end in zip(labels, found, ends, strict=True)
    ]


def without_activity(told: list[tuple[str, str]]) -> str:
    """A form's fields (``fields``) as one text, the values of its activity fields left out
    (see ``_ACTIVITY``)."""
    return " . ".join(value for label, value in told if not label.startswith(_ACTIVITY))
