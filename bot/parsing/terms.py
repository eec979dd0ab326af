"""The values a cramp report can take: the parser's contract vocabulary."""

from __future__ import annotations

from typing import Final

SIDES: Final = ("left", "right", "both")
MUSCLES: Final = (
    "calf", "hamstring", "quadriceps", "thigh", "foot", "toes", "shin",
    # outside the leg: logged as that muscle, never alarmed about
    "hand", "fingers", "arm", "hip", "back", "stomach", "neck",
)  # fmt: skip
LEG_MUSCLES: Final = MUSCLES[:7]
TRIGGERS: Final = (
    "exercise",
    "night",
    "dehydration",
    "heat",
    "pregnancy",
    "medication",
    "standing",
    "sitting",
    "alcohol",
    "caffeine",
)
RED_FLAGS: Final = (
    "swelling",
    "redness",
    "warmth",
    "numbness",
    "weakness",
    "long_duration",
    "toxin",
    "one_leg_pain_with_swelling",
)
MAX_DURATION_S: Final = 24 * 3600
LONG_DURATION_S: Final = 10 * 60
