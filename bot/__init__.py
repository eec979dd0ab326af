"""Leg-cramp companion bot."""

import os

# Opt in to PTB's future behaviour: time periods such as RetryAfter.retry_after are
# datetime.timedelta. Without it PTB 22 emits a deprecation warning on every 429.
os.environ.setdefault("PTB_TIMEDELTA", "1")
