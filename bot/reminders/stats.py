"""What dispatch rounds did: the figures the jobs log and export as metrics."""

from __future__ import annotations

from dataclasses import dataclass, fields

from bot.reminders.ledger import Claimed


@dataclass(slots=True)
class DispatchStats:
    """What one dispatch round did."""

    claimed: int = 0
    sent: int = 0
    failed: int = 0
    missed: int = 0
    skipped: int = 0
    blocked: int = 0
    unconfirmed: int = 0
    deferred: int = 0
    invalid: int = 0
    released: int = 0  # claimed rows handed back to the queue (a stop, an outage)
    retrying: int = 0  # rows put back after a transient failure, for after the outage
    paused: int = 0  # times the round found or closed the outage gate
    probes: int = 0  # probes of Telegram this round made

    def add(self, other: DispatchStats) -> None:
        """Accumulate another round's figures."""
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def count(self, claimed: Claimed) -> None:
        """Add what a claim decided without sending."""
        self.claimed += len(claimed.outgoing)
        for key, n in claimed.counts.items():
            setattr(self, key, getattr(self, key) + n)

    def bump(self, status: str) -> None:
        """One more row ended in `status` (sent, failed, blocked, unconfirmed ...)."""
        setattr(self, status, getattr(self, status) + 1)
