"""SQLAlchemy 2 typed models: the whole data model of the bot.

Every timestamp is timezone-aware and stored in UTC; zones are IANA names.
"""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    Time,
    UniqueConstraint,
    false,
    text,
    true,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from bot.db.types import UTCDateTime

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    """Declarative base with stable constraint names (Alembic batch mode needs them)."""

    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map = {datetime: UTCDateTime(), dict[str, Any]: JSON()}  # noqa: RUF012


class User(Base):
    """A Telegram user of the bot, keyed by their Telegram id."""

    __tablename__ = "users"

    id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    timezone: Mapped[str | None] = mapped_column(String(64))
    quiet_start: Mapped[time | None] = mapped_column(Time)
    quiet_end: Mapped[time | None] = mapped_column(Time)
    language: Mapped[str] = mapped_column(String(8), default="en")
    created_at: Mapped[datetime]
    last_seen_at: Mapped[datetime]
    blocked_at: Mapped[datetime | None]
    # The morning check-in also asks whether the day before was more active than usual.
    checkin_asks_active: Mapped[bool] = mapped_column(
        Boolean, default=False, server_default=false()
    )


class Cramp(Base):
    """One logged cramp."""

    __tablename__ = "cramps"
    __table_args__ = (Index("ix_cramps_user_occurred", "user_id", "occurred_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    occurred_at: Mapped[datetime]
    # False: the message named no time and `occurred_at` is when it was written.
    time_told: Mapped[bool] = mapped_column(Boolean, default=True, server_default=true())
    side: Mapped[str | None] = mapped_column(String(8))
    muscle: Mapped[str | None] = mapped_column(String(16))
    severity: Mapped[int | None] = mapped_column(Integer)
    duration_s: Mapped[int | None] = mapped_column(Integer)
    triggers: Mapped[list[str]] = mapped_column(JSON, default=list)
    red_flags: Mapped[list[str]] = mapped_column(JSON, default=list)
    source_message_id: Mapped[int | None] = mapped_column(BigInteger, index=True)
    card_message_id: Mapped[int | None] = mapped_column(BigInteger)
    created_at: Mapped[datetime]
    edited_at: Mapped[datetime | None]


class Night(Base):
    """One night as the morning check-in heard of it: how many cramps (3 means "3 or more";
    0 is a night known to be free of cramps), how much they disturbed sleep (0-10) and
    whether the day before it was physically more active than usual (exercise, sport, a long
    walk, heavy physical work; None: not asked or not answered)."""

    __tablename__ = "nights"
    __table_args__ = (UniqueConstraint("user_id", "night", name="uq_nights_user_night"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    night: Mapped[date] = mapped_column(Date)  # the local date of the morning after it
    cramps: Mapped[int] = mapped_column(Integer)
    sleep: Mapped[int | None] = mapped_column(Integer)
    active: Mapped[bool | None] = mapped_column(Boolean)
    answered_at: Mapped[datetime]


class Experiment(Base):
    """A personal experiment (`/experiment stretch`): four alternating weeks with and without
    the bedtime stretch (`bot/reports/experiment.py` holds the calendar).

    `first_night` is experiment night 0 (the local date of its morning, as in `nights`);
    `pauses` the stops, [[first night left out, first night after it or null], ...] as ISO
    dates; `week` the week whose stretch setting was last applied and `told` the last one
    announced (0-4; 5: over), each moved by compare-and-set so one instance does it.
    `made_reminder_id` is the stretch reminder the experiment created (None: it used the
    user's own), `paused_before` the ids of the user's stretch reminders that were paused
    before it began (restored at the end). One open (running or stopped) experiment a user.
    """

    __tablename__ = "experiments"
    __table_args__ = (
        Index(
            "uq_experiments_open", "user_id", unique=True,
            sqlite_where=text("status IN ('running', 'stopped')"),
            postgresql_where=text("status IN ('running', 'stopped')"),
        ),
    )  # fmt: skip

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), index=True
    )
    test: Mapped[str] = mapped_column(String(16))  # what is tried: "stretch"
    first_condition: Mapped[str] = mapped_column(String(8))  # "stretch" or "none"
    first_night: Mapped[date] = mapped_column(Date)
    pauses: Mapped[list[list[str | None]]] = mapped_column(JSON, default=list)
    status: Mapped[str] = mapped_column(String(8))  # running, stopped, done, ended
    week: Mapped[int] = mapped_column(Integer, default=0)
    told: Mapped[int] = mapped_column(Integer, default=0)
    made_reminder_id: Mapped[int | None] = mapped_column(Integer)
    paused_before: Mapped[list[int]] = mapped_column(JSON, default=list)
    checkin_turned_on: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    stopped_at: Mapped[datetime | None]
    ended_at: Mapped[datetime | None]


class Reminder(Base):
    """A reminder series (or a one-off) and its next fire time, the dispatcher's index.

    `next_slot` is the identity of the next occurrence (the ledger's slot); `next_fire_at` is
    when to send it: the slot plus a stable per-user spread, or later while quiet hours last.
    `once_at` and `anchor` hold the user's local wall clock (stored tagged as UTC, "floating"),
    so a reminder keeps its local time when the user's zone changes.
    """

    __tablename__ = "reminders"
    __table_args__ = (Index("ix_reminders_due", "paused", "next_fire_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(16))
    interval_minutes: Mapped[int | None] = mapped_column(Integer)
    window_start: Mapped[time | None] = mapped_column(Time)
    window_end: Mapped[time | None] = mapped_column(Time)
    at_time: Mapped[time | None] = mapped_column(Time)
    every_months: Mapped[int | None] = mapped_column(Integer)
    once_at: Mapped[datetime | None]
    anchor: Mapped[datetime | None]
    note: Mapped[str | None] = mapped_column(Text)
    timezone: Mapped[str] = mapped_column(String(64))
    next_fire_at: Mapped[datetime | None]
    next_slot: Mapped[datetime | None]
    paused: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]


class Delivery(Base):
    """The ledger: one row per (reminder, slot); its uniqueness makes delivery idempotent.

    status: scheduled (a snooze waiting for its time), claimed (not yet attempted), sending
    (an attempt may have reached Telegram), sent, failed, missed (too late), skipped (hydration
    already done), blocked (the user blocked the bot), unconfirmed (a request that had started
    and whose outcome is unknown: a crash or a timeout; never resent for hydration/stretch).
    source: series (a slot of the schedule) or snooze (one extra message).
    """

    __tablename__ = "deliveries"
    __table_args__ = (
        UniqueConstraint("reminder_id", "slot", name="uq_deliveries_reminder_slot"),
        Index("ix_deliveries_status_slot", "status", "slot"),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    reminder_id: Mapped[int] = mapped_column(
        Integer, ForeignKey("reminders.id", ondelete="CASCADE"), index=True
    )
    user_id: Mapped[int] = mapped_column(BigInteger, ForeignKey("users.id", ondelete="CASCADE"))
    slot: Mapped[datetime]
    status: Mapped[str] = mapped_column(String(16))
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    action: Mapped[str | None] = mapped_column(String(16))
    acted_at: Mapped[datetime | None]
    source: Mapped[str] = mapped_column(String(8), default="series", server_default="series")
    sent_at: Mapped[datetime | None]
    created_at: Mapped[datetime]
    # The lease of the instance working on a claimed/sending row, and its fencing token: every
    # transition after the claim is a compare-and-set on (id, claim_token, status).
    claimed_until: Mapped[datetime | None]
    claim_token: Mapped[str | None] = mapped_column(String(32))


class SendGate(Base):
    """A gate every dispatcher instance obeys before sending: no reminder starts before
    `until`. Row "flood": Telegram's 429. Row "outage": Telegram unreachable since `since`,
    `probes` closings so far (the next probe's wait grows with them); see
    bot/reminders/outage.py."""

    __tablename__ = "send_gates"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    until: Mapped[datetime | None]
    since: Mapped[datetime | None]
    probes: Mapped[int] = mapped_column(default=0, server_default="0")


class SendPace(Base):
    """The shared send rate: row "reminders" holds the next free send slot, in microseconds
    since the Unix epoch (an integer, so one UPDATE moves it on both databases)."""

    __tablename__ = "send_pace"

    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    next_us: Mapped[int] = mapped_column(BigInteger)


class Dialog(Base):
    """State of a multi-step exchange (cause finder, guided logging) that survives restarts."""

    __tablename__ = "dialogs"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    name: Mapped[str] = mapped_column(String(16), primary_key=True)
    state: Mapped[dict[str, Any]] = mapped_column(JSON)
    updated_at: Mapped[datetime]


class CheckAnswers(Base):
    """The answers of the user's last finished cause finder (/check), kept for the report to
    their doctor: [[question id, "y" | "n" | "u"], ...], the safety questions left out."""

    __tablename__ = "check_answers"

    user_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("users.id", ondelete="CASCADE"), primary_key=True
    )
    answers: Mapped[list[list[str]]] = mapped_column(JSON)
    finished_at: Mapped[datetime]


class ProcessedUpdate(Base):
    """Update ids already handled, so a webhook retry is not processed twice."""

    __tablename__ = "processed_updates"

    update_id: Mapped[int] = mapped_column(BigInteger, primary_key=True, autoincrement=False)
    processed_at: Mapped[datetime]
