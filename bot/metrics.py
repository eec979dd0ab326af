"""Prometheus metrics of one application, on a registry of its own (never the global one).

Served as GET /metrics on the webhook port (or METRICS_PORT in polling mode). One registry per
application keeps tests independent: two applications in one process count separately.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.exposition import CONTENT_TYPE_LATEST

__all__ = ["CONTENT_TYPE", "Metrics"]
CONTENT_TYPE = CONTENT_TYPE_LATEST
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)
LAG_BUCKETS = (1.0, 5.0, 15.0, 30.0, 60.0, 120.0, 300.0, 900.0, 3600.0, 6 * 3600.0, 86400.0)
# DispatchStats field -> the outcome label ("claimed" rows are the ones that fell due)
REMINDER_OUTCOMES = {
    "claimed": "due", "sent": "sent", "failed": "failed", "unconfirmed": "unconfirmed",
    "missed": "missed", "blocked": "blocked", "skipped": "skipped", "invalid": "invalid",
    "retrying": "retrying",
}  # fmt: skip
# DispatchStats field -> the label of the Telegram-outage counter
OUTAGE_EVENTS = {"paused": "paused", "probes": "probe"}


class Metrics:
    """The bot's counters and histograms; `render()` is the text /metrics answers."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        r = self.registry
        self.updates = Counter(
            "bot_updates", "Updates received, by kind and outcome "
            "(done, duplicate, failed, unavailable)", ["kind", "outcome"], registry=r,
        )  # fmt: skip
        self.handler_seconds = Histogram(
            "bot_handler_seconds", "Time to handle one update (handlers and commit), by kind",
            ["kind"], buckets=LATENCY_BUCKETS, registry=r,
        )  # fmt: skip
        self.reminders = Counter(
            "bot_reminders", "Reminder deliveries by outcome: due (claimed), sent, failed, "
            "unconfirmed, missed, blocked, skipped, invalid, retrying (kept for after a "
            "Telegram outage)", ["outcome"], registry=r,
        )  # fmt: skip
        self.reminder_lag = Histogram(
            "bot_reminder_lag_seconds", "Dispatcher lag: from a reminder's due time to its send",
            buckets=LAG_BUCKETS, registry=r,
        )  # fmt: skip
        self.reminder_outage = Counter(
            "bot_reminder_outage", "Telegram unreachable for reminders: rounds paused by the "
            "outage gate (paused) and probes of Telegram (probe)", ["event"], registry=r,
        )  # fmt: skip
        self.api_errors = Counter(
            "bot_api_errors", "Bot API calls that failed, by code (400, 403, 429, ..., "
            "timeout, network)", ["code"], registry=r,
        )  # fmt: skip
        self.database_errors = Counter(
            "bot_database_errors", "Database errors (unreachable, or any SQLAlchemy error), by "
            "where they happened", ["where"], registry=r,
        )  # fmt: skip
        self.webhook_rejected = Counter(
            "bot_webhook_rejected", "Webhook requests refused, by reason (secret, too_large, "
            "not_json, not_update)", ["reason"], registry=r,
        )  # fmt: skip
        for outcome in REMINDER_OUTCOMES.values():  # present at 0 before the first round
            self.reminders.labels(outcome)
        for event in OUTAGE_EVENTS.values():
            self.reminder_outage.labels(event)
        self._update_series: dict[tuple[str, str], Any] = {}
        self._seconds_series: dict[str, Any] = {}

    def update(self, kind: str, outcome: str, seconds: float) -> None:
        """One update handled (the labelled series are looked up once per label set: a few
        update kinds and outcomes, and `labels()` validates and locks on every call)."""
        counter = self._update_series.get((kind, outcome))
        if counter is None:
            counter = self._update_series[kind, outcome] = self.updates.labels(kind, outcome)
        counter.inc()
        if outcome != "duplicate":
            histogram = self._seconds_series.get(kind)
            if histogram is None:
                histogram = self._seconds_series[kind] = self.handler_seconds.labels(kind)
            histogram.observe(seconds)

    def reminder_round(self, stats: Mapping[str, int]) -> None:
        """What one dispatch round (or the start-up recovery) did, from its DispatchStats."""
        for counter, labels in ((self.reminders, REMINDER_OUTCOMES),
                                (self.reminder_outage, OUTAGE_EVENTS)):  # fmt: skip
            for key, label in labels.items():
                count = stats.get(key, 0)
                if count:
                    counter.labels(label).inc(count)

    def reminder_sent(self, lag_seconds: float) -> None:
        """A reminder went out `lag_seconds` after its due time."""
        self.reminder_lag.observe(max(0.0, lag_seconds))

    def api_error(self, code: str) -> None:
        """A Bot API call failed with `code`."""
        self.api_errors.labels(code).inc()

    def database_error(self, where: str) -> None:
        """A database error in `where` (updates, reminders, readyz)."""
        self.database_errors.labels(where).inc()

    def rejected(self, reason: str) -> None:
        """A webhook request was refused."""
        self.webhook_rejected.labels(reason).inc()

    def render(self) -> bytes:
        """The Prometheus text exposition of every metric."""
        return generate_latest(self.registry)

    def value(self, name: str, **labels: str) -> float:
        """The current value of one sample (0 when absent): for tests and the console."""
        found = self.registry.get_sample_value(name, labels)
        return float(found) if found is not None else 0.0
