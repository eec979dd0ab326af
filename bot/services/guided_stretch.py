"""The guided bedtime stretch: the routine as timed phases, one user's session, the sessions of
this process, and recording a finished one as the stretch reminder's Done.

Timing from Hallegraeff et al. 2012 (content/en/knowledge/prevent.yaml `routine`): calf and
hamstring stretches, each leg, each held about 10 s, 3 times, 10 s rest between. A short "get
ready" opens it; the rests between holds also cover changing legs and position.

Everything here but `record_done` is pure: time is passed in (the handler's injected clock),
never read. Sessions live in this process only (`Guides`): a restart loses one in progress.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Literal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from bot.db.models import Delivery, Reminder
from bot.reminders.kinds.stretch import Stretch
from bot.services import reminders

READY_S = 5
HOLD_S = 10
REST_S = 10
ROUNDS = 3
STRETCHES: tuple[tuple[str, str], ...] = (
    ("calf", "left"), ("calf", "right"), ("hamstring", "left"), ("hamstring", "right"),
)  # fmt: skip
EDIT_GAP = timedelta(seconds=1)  # at most one edit a second per guided message
PAUSE_LIMIT = timedelta(minutes=10)  # a session paused longer ends (nothing recorded)
# Started from /prevent, a finished stretch counts for a stretch reminder sent this long before.
LINK_WINDOW = timedelta(hours=6)
SECOND = timedelta(seconds=1)

PhaseKind = Literal["ready", "hold", "rest"]
State = Literal["running", "paused", "finished", "stopped", "idle"]
Outcome = Literal["recorded", "nothing", "unsaved"]


@dataclass(frozen=True, slots=True)
class Phase:
    """One timed step. A hold names its stretch; a rest or the opening "get ready" names the
    hold that follows it (`number` of all holds, `round` of that stretch's)."""

    kind: PhaseKind
    muscle: str
    side: str
    round: int
    number: int
    start: timedelta
    length: timedelta


def _plan() -> tuple[Phase, ...]:
    phases: list[Phase] = []
    at, number = timedelta(0), 0
    for muscle, side in STRETCHES:
        for round_ in range(1, ROUNDS + 1):
            number += 1
            kind: PhaseKind = "ready" if number == 1 else "rest"
            pause = timedelta(seconds=READY_S if number == 1 else REST_S)
            phases.append(Phase(kind, muscle, side, round_, number, at, pause))
            at += pause
            hold = timedelta(seconds=HOLD_S)
            phases.append(Phase("hold", muscle, side, round_, number, at, hold))
            at += hold
    return tuple(phases)


PLAN = _plan()
HOLDS = len(STRETCHES) * ROUNDS
TOTAL = PLAN[-1].start + PLAN[-1].length  # 5 s + 12 holds + 11 rests: 3 min 55 s


@dataclass(frozen=True, slots=True)
class GuideView:
    """What the guided message shows now: the state, the phase (where it was paused, or the
    last one once over), the whole seconds left in it and, once finished, what was recorded."""

    token: int
    state: State
    phase: Phase
    seconds_left: int
    outcome: Outcome | None


@dataclass(eq=False)
class Guide:
    """One user's guided stretch. `version` counts state changes and `rendered` is the version
    the message last showed; `last_edit` and `wait_until` (a 429's wait) gate the next edit."""

    token: int
    user_id: int
    delivery_id: int | None  # the stretch reminder it was started from (None: /prevent)
    origin_id: int | None  # that reminder's message, whose buttons go once it is recorded
    started_at: datetime
    state: State = "running"
    paused_at: datetime | None = None
    paused: timedelta = timedelta(0)
    message_id: int | None = None
    last_edit: datetime | None = None
    wait_until: datetime | None = None
    version: int = 0
    rendered: int = -1
    shown: str = ""  # what the message shows (the handler's key for text and buttons)
    outcome: Outcome | None = None
    failures: int = 0  # edits failed in a row for a transient reason
    next_at: datetime | None = None  # when the next tick is armed for (the clock's time)
    busy: bool = False  # a tick is under way (waiting for Telegram, or for the database)

    @property
    def live(self) -> bool:
        """Running or paused: a second Start is refused."""
        return self.state in ("running", "paused")

    def elapsed(self, now: datetime) -> timedelta:
        """Time spent stretching (pauses left out), capped at the routine's length."""
        held = now - self.paused_at if self.paused_at is not None else timedelta(0)
        return min(max(now - self.started_at - self.paused - held, timedelta(0)), TOTAL)

    def view(self, now: datetime) -> GuideView:
        """The phase at `now` and the whole seconds left in it."""
        elapsed = self.elapsed(now)
        phase = next((p for p in reversed(PLAN) if p.start <= elapsed), PLAN[0])
        left = phase.start + phase.length - elapsed
        seconds = max(1, -(-left // SECOND))  # whole seconds, rounded up
        return GuideView(self.token, self.state, phase, seconds, self.outcome)

    def pause(self, now: datetime) -> bool:
        """Hold the countdown; False when not running."""
        if self.state != "running":
            return False
        self.state, self.paused_at = "paused", now
        self.version += 1
        return True

    def resume(self, now: datetime) -> bool:
        """Continue the countdown where it was held; False when not paused."""
        if self.state != "paused" or self.paused_at is None:
            return False
        self.paused += now - self.paused_at
        self.state, self.paused_at = "running", None
        self.version += 1
        return True

    def stop(self, now: datetime, *, idle: bool = False) -> bool:
        """End it without recording anything; False when it is over already."""
        if not self.live:
            return False
        if self.paused_at is not None:
            self.paused += now - self.paused_at
            self.paused_at = None
        self.state = "idle" if idle else "stopped"
        self.version += 1
        return True

    def advance(self, now: datetime) -> bool:
        """Move to the end state time has reached: True when the routine has just finished
        (the caller records it), False otherwise (a pause held too long stops it)."""
        if self.state == "paused" and self.paused_at and now - self.paused_at >= PAUSE_LIMIT:
            self.stop(now, idle=True)
        if self.state == "running" and self.elapsed(now) >= TOTAL:
            self.state = "finished"
            self.version += 1
            return True
        return False

    def may_edit(self, now: datetime) -> bool:
        """A second has passed since the last edit began, and any wait Telegram asked for."""
        return now >= self._not_before(now)

    def _not_before(self, now: datetime) -> datetime:
        after = self.last_edit + EDIT_GAP if self.last_edit is not None else now
        return max(after, self.wait_until or after)

    def edited(self, at: datetime) -> None:
        """An edit (or the first message) is about to go out at `at`."""
        self.last_edit = at

    def showed(self, version: int, shown: str) -> None:
        """The message now shows `version` of the state."""
        self.rendered, self.shown, self.failures = version, shown, 0

    @property
    def over(self) -> bool:
        """Ended, and the message says so."""
        return not self.live and self.rendered == self.version

    def next_tick(self, now: datetime) -> datetime | None:
        """When the message should next change: the next whole second of the countdown, at
        once after a state change, the end of a long pause; never before `may_edit` allows.
        None: nothing more to show."""
        if self.over:
            return None
        if self.state == "running":
            elapsed = self.elapsed(now)
            want = now + (SECOND - elapsed % SECOND) if elapsed < TOTAL else now
        elif self.rendered != self.version:
            want = now
        elif self.state == "paused" and self.paused_at is not None:
            want = self.paused_at + PAUSE_LIMIT
        else:
            return None
        return max(want, self._not_before(now))


@dataclass
class Guides:
    """The guided stretches of this process, by token; at most one live one a user."""

    by_token: dict[int, Guide] = field(default_factory=dict)
    by_user: dict[int, Guide] = field(default_factory=dict)

    def start(
        self, *, user_id: int, delivery_id: int | None, origin_id: int | None, now: datetime
    ) -> Guide | None:
        """A new session for the user; None while one of theirs is running or paused."""
        current = self.by_user.get(user_id)
        if current is not None and current.live:
            return None
        token = secrets.randbelow(2**31)
        while token in self.by_token:  # pragma: no cover - one chance in millions
            token = secrets.randbelow(2**31)
        guide = Guide(token, user_id, delivery_id, origin_id, now)
        self.by_token[token] = self.by_user[user_id] = guide
        return guide

    def get(self, token: int) -> Guide | None:
        """The session with that token, until it ended."""
        return self.by_token.get(token)

    def end(self, guide: Guide) -> None:
        """Forget the session (its message shows the end, or cannot be edited any more)."""
        self.by_token.pop(guide.token, None)
        if self.by_user.get(guide.user_id) is guide:
            del self.by_user[guide.user_id]


async def record_done(
    session: AsyncSession, *, user_id: int, delivery_id: int | None, now: datetime
) -> Outcome:
    """A finished guided stretch is the stretch reminder's Done (the same service call): on the
    reminder it was started from, or, started from /prevent, on the user's stretch reminder
    sent in the last `LINK_WINDOW`. "nothing" when there is none, or it is not the user's or
    too old for Done."""
    if delivery_id is None:
        delivery_id = await session.scalar(
            select(Delivery.id)
            .join(Reminder, Reminder.id == Delivery.reminder_id)
            .where(Delivery.user_id == user_id, Delivery.status == "sent",
                   Reminder.kind == Stretch.name, Delivery.slot <= now,
                   Delivery.slot > now - LINK_WINDOW)
            .order_by(Delivery.slot.desc(), Delivery.id.desc())
            .limit(1)
        )  # fmt: skip
        if delivery_id is None:
            return "nothing"
    result = await reminders.act(
        session, user_id=user_id, delivery_id=delivery_id, action="done", now=now
    )
    return "recorded" if result.status in ("ok", "already") else "nothing"
