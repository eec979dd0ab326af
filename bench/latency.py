"""The latency mode of bench/updates.py: many chats at once, against a Bot API that answers late.

    python bench/updates.py --latency-ms [MS] [--chats N] [--concurrent N]
                            (default 150 ms, 40 chats, Settings' CONCURRENT_UPDATES)

The in-process double answers in microseconds, so the updates/s of the in-process mode is the
bot's own work. Telegram answers a request in 50-300 ms; what a user feels then is how many
round trips stand between their message and the reply, and how many chats wait in line behind
others. Here the double answers each Bot API request after `--latency-ms` (LateRequest).

Scenario: N chats (each warmed up first with /start and /timezone Europe/Berlin, and one more
chat sending both texts before, so that neither run pays what loads on first use; the double
answering at once, not measured) each send a cramp report and /b12 at the same moment: 2N
updates handed to the application as PTB hands them over, through its update processor
(`app.update_processor.process_update(update, app.process_update(update))`, all at once). Run
twice in the same process, each on a fresh SQLite file: with the processor the bot builds from
Settings (CONCURRENT_UPDATES, default 64), then with Settings(concurrent_updates=1), the
one-at-a-time baseline.

Figures: updates/s (updates over the time from handing them in until all were handled),
messages/s (sendMessage and editMessageText answered 200, over the time from handing the
updates in until the last reply arrived), p50 and p99 of the time from handing an update in to
the arrival of its first reply (the bench tags each request with the update being handled, a
context variable set around `app.process_update`), and whether each chat's replies arrived in
the order its updates were sent (each update answered, the cramp report with its card).

Targets (must: exit 1 when missed): replies going out at 25 messages/s or more (83% of
Telegram's 30 a second) with the default delay of 150 ms; each chat's replies in order; no
error logged and no request rejected by the double.

The rate limiter is off (`rate_limit=False`, as in the in-process mode). The real bot sends
through AIORateLimiter (`app.CountingRateLimiter`), which holds all sends to 30 a second
overall (Telegram's limit for a bot; private chats have no limit of their own there), so a
figure above 30/s means the bot keeps up with what Telegram lets through and the limiter, not
the bot, sets the pace: the report prints how long the burst's replies would take at the cap.
"""

from __future__ import annotations

import asyncio
import contextvars
import json
import statistics
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from telegram import Update
from telegram.request import RequestData

from bench.updates import running
from bot.offline.engine import Engine
from bot.offline.request import OfflineRequest

TOKEN = "123456:bench-token-for-the-latency-bench-00"
FIRST_CHAT = 700_001
WARM_CHAT = 700_000  # warms the bot's lazily built parts up (the runs share the process)
START = datetime(2026, 11, 20, 6, 0, tzinfo=UTC)  # 07:00 in Berlin: "last night" is natural
CRAMP = "cramp in my left calf last night, 7/10"
KNOWLEDGE = "/b12"
REPLIES = ("sendMessage", "editMessageText")
DELAY_MS = 150.0
CHATS = 40
MUST_RATE = 25.0  # messages a second at 150 ms: 83% of Telegram's 30
TELEGRAM_CAP = 30.0  # AIORateLimiter's overall limit, as Telegram's for one bot
HANDLING: contextvars.ContextVar[int | None] = contextvars.ContextVar("handling", default=None)


class FixedClock:
    """The bot's clock, standing still: every update of the burst comes at one instant."""

    def now(self) -> datetime:
        return START

    def timestamp(self) -> float:
        return START.timestamp()


@dataclass(frozen=True)
class Arrival:
    """One reply answered 200: for which update (its place in the burst), when, a card?"""

    update: int | None
    at: float
    card: bool


class LateRequest(OfflineRequest):
    """The double, answering every Bot API request after `delay_s`; notes each reply's arrival
    with the update whose handling sent it (HANDLING), and counts what the double rejected."""

    def __init__(self, engine: Engine) -> None:
        super().__init__(engine)
        self.delay_s = 0.0
        self.arrivals: list[Arrival] = []
        self.calls: list[tuple[int | None, str]] = []  # (update, Bot API method), each request
        self.rejected: Counter[str] = Counter()

    async def do_request(
        self, url: str, method: str, request_data: RequestData | None = None, **kw: Any
    ) -> tuple[int, bytes]:
        if self.delay_s:
            await asyncio.sleep(self.delay_s)
        status, payload = await super().do_request(url, method, request_data, **kw)
        name = url.rsplit("/", 1)[-1]
        self.calls.append((HANDLING.get(), name))
        if status != 200:
            self.rejected[f"{name} {status}"] += 1
        elif name in REPLIES:
            result = json.loads(payload).get("result")
            markup = result.get("reply_markup") if isinstance(result, dict) else None
            buttons = [b for row in (markup or {}).get("inline_keyboard", []) for b in row]
            card = any(str(b.get("callback_data", "")).startswith("cr:") for b in buttons)
            self.arrivals.append(Arrival(HANDLING.get(), time.perf_counter(), card))
        return status, payload


async def tagged(app: Any, update: Update, number: int) -> None:
    """`app.process_update(update)` with the update's place in the burst in HANDLING."""
    token = HANDLING.set(number)
    try:
        await app.process_update(update)
    finally:
        HANDLING.reset(token)


async def hand_in(app: Any, updates: list[Update]) -> None:
    """Hand every update to the application's update processor at once, as PTB does."""
    await asyncio.gather(
        *(app.update_processor.process_update(u, tagged(app, u, n)) for n, u in enumerate(updates))
    )


async def run_burst(
    url: str, *, delay_ms: float, chats: int, concurrent: int | None
) -> dict[str, Any]:
    """The scenario on the migrated database `url`: the bot with `concurrent` updates at once
    (None: Settings' default), each chat sending a cramp report and /b12 at one moment."""
    from bot.app import build_application
    from bot.config import Settings

    clock = FixedClock()
    engine = Engine(token=TOKEN, clock=clock.timestamp)
    request = LateRequest(engine)
    settings = Settings(database_url=url)
    if concurrent is not None:
        settings = Settings(database_url=url, concurrent_updates=concurrent)
    app = build_application(
        settings, token=TOKEN, request=request, updates_request=OfflineRequest(engine),
        clock=clock, migrate=False, rate_limit=False,
    )  # fmt: skip
    async with running(app) as errors:
        ids = [FIRST_CHAT + n for n in range(chats)]
        for text in ("/start", "/timezone Europe/Berlin"):  # not measured; answered at once
            warm = [Update.de_json(engine.user_message(c, text), app.bot) for c in ids]
            await hand_in(app, warm)
        for text in (CRAMP, KNOWLEDGE):  # what loads on first use, loaded before either run
            await hand_in(app, [Update.de_json(engine.user_message(WARM_CHAT, text), app.bot)])
        warm_errors, errors.count = errors.count, 0
        warm_rejected = sum(request.rejected.values())
        request.arrivals.clear()
        request.calls.clear()
        sent = [(chat, text) for chat in ids for text in (CRAMP, KNOWLEDGE)]
        burst = [Update.de_json(engine.user_message(c, t), app.bot) for c, t in sent]
        request.delay_s = delay_ms / 1000
        started = time.perf_counter()
        await hand_in(app, burst)
        done = time.perf_counter()
        request.delay_s = 0.0
    arrivals = request.arrivals
    firsts: dict[int, float] = {}
    for a in arrivals:
        if a.update is not None:
            firsts.setdefault(a.update, a.at - started)
    waits = [firsts.get(n, done - started) for n in range(len(burst))]
    cuts = statistics.quantiles(waits, n=100, method="inclusive")
    last = max((a.at for a in arrivals), default=done)
    return {
        "concurrent": settings.concurrent_updates,
        "updates": len(burst),
        "wall_s": done - started,
        "rate": len(burst) / (done - started),
        "messages": len(arrivals),
        "message_rate": len(arrivals) / (last - started),
        "p50_ms": cuts[49] * 1000,
        "p99_ms": cuts[98] * 1000,
        "out_of_order": out_of_order(arrivals, [text for _, text in sent]),
        "calls_per_update": calls_per_update(request.calls, sent),
        "rejected": sum(request.rejected.values()) - warm_rejected,
        "errors": errors.count,
        "warm_errors": warm_errors,
        "first_error": errors.first,
    }


def out_of_order(arrivals: list[Arrival], texts: list[str]) -> list[str]:
    """What is wrong with the order of the replies; empty when each chat's updates were
    answered in the order sent (updates 2k and 2k+1 are chat k's cramp report and /b12)."""
    wrong = []
    for first in range(0, len(texts), 2):
        mine = [a for a in arrivals if a.update in (first, first + 1)]
        seen = [a.update for a in mine]
        chat = f"chat {first // 2 + 1}"
        if seen != sorted(seen):
            wrong.append(f"{chat}: replies to updates {seen} (in arrival order)")
        if set(seen) != {first, first + 1}:
            wrong.append(f"{chat}: unanswered updates ({sorted(set(seen))} answered)")
        for a in mine:
            if a.card != (texts[a.update or 0] == CRAMP):
                wrong.append(f"{chat}: update {a.update} answered with the other's reply")
    return wrong


def calls_per_update(calls: list[tuple[int | None, str]], sent: list[tuple[int, str]]) -> str:
    """The Bot API calls each kind of update made, e.g. "cramp report: 1 sendMessage"."""
    kinds = {CRAMP: "cramp report", KNOWLEDGE: KNOWLEDGE}
    per: dict[str, Counter[str]] = {name: Counter() for name in kinds.values()}
    for update, method in calls:
        if update is not None:
            per[kinds[sent[update][1]]][method] += 1
    count = len(sent) // 2
    return "; ".join(
        f"{name}: " + ", ".join(f"{n / count:g} {method}" for method, n in c.items())
        for name, c in per.items()
    )


async def run_latency(
    *, delay_ms: float = DELAY_MS, chats: int = CHATS, concurrent: int | None = None
) -> dict[str, Any]:
    """The scenario twice, each on a fresh SQLite file: `concurrent` updates at once (None:
    Settings' default), then one at a time."""
    from bot.db.migrate import upgrade_to_head

    results = {}
    for run, at_once in (("concurrent", concurrent), ("one at a time", 1)):
        with tempfile.TemporaryDirectory() as tmp:
            url = f"sqlite+aiosqlite:///{tmp}/bench.db"
            await upgrade_to_head(url)
            results[run] = await run_burst(url, delay_ms=delay_ms, chats=chats, concurrent=at_once)
    return results


def report(results: dict[str, Any], *, delay_ms: float, chats: int) -> int:
    """Print the table and the targets; 0 when every must-target is met, else 1."""
    fast, slow = results["concurrent"], results["one at a time"]
    print(f"latency mode: {chats} chats each send a cramp report and /b12 at once "
          f"({fast['updates']} updates); the double answers each Bot API request after "
          f"{delay_ms:g} ms; SQLite; rate limiter off")  # fmt: skip
    print(f"{'run':22}{'updates/s':>10}{'messages/s':>12}{'p50 ms':>9}{'p99 ms':>9}"
          f"{'wall s':>8}{'messages':>10}{'in order':>10}{'errors':>8}")  # fmt: skip
    for run, r in results.items():
        name = f"{run} ({r['concurrent']})"
        print(f"{name:22}{r['rate']:>10,.1f}{r['message_rate']:>12,.1f}{r['p50_ms']:>9,.0f}"
              f"{r['p99_ms']:>9,.0f}{r['wall_s']:>8.2f}{r['messages']:>10}"
              f"{'yes' if not r['out_of_order'] else 'NO':>10}"
              f"{r['errors'] + r['rejected']:>8}")  # fmt: skip
    print(f"concurrent against one at a time: {fast['rate'] / slow['rate']:.1f}x the updates/s, "
          f"{fast['message_rate'] / slow['message_rate']:.1f}x the messages/s, p50 "
          f"{slow['p50_ms'] / fast['p50_ms']:.1f}x shorter")  # fmt: skip
    print(f"Bot API calls per update: {fast['calls_per_update']}")
    rate = fast["message_rate"]
    if rate >= TELEGRAM_CAP:
        meaning = (f"{rate / TELEGRAM_CAP:.1f}x the cap: the bot keeps up, the limiter would set "
                   f"the pace; this burst's {fast['messages']} replies would take about "
                   f"{fast['messages'] / TELEGRAM_CAP:.1f} s")  # fmt: skip
    else:
        meaning = f"{rate / TELEGRAM_CAP:.0%} of the cap: the bot, not the limiter, sets the pace"
    print(
        f"against Telegram's limit: the real bot's AIORateLimiter sends at most "
        f"{TELEGRAM_CAP:.0f} messages/s overall; {rate:,.1f}/s unlimited is {meaning}"
    )
    for run, r in results.items():
        for line in r["out_of_order"][:5]:
            print(f"{run}: out of order: {line}")
        if r["errors"] or r["warm_errors"] or r["rejected"]:
            print(
                f"{run}: {r['errors']} errors logged ({r['warm_errors']} warming up), "
                f"{r['rejected']} requests rejected; first error: {r['first_error']}"
            )
    ordered = not fast["out_of_order"] and not slow["out_of_order"]
    clean = not any(r["errors"] or r["warm_errors"] or r["rejected"] for r in results.values())
    checks = [
        (f"at least {MUST_RATE:.0f} messages/s (83% of {TELEGRAM_CAP:.0f}/s)", rate >= MUST_RATE,
         f"{rate:,.1f}/s at {delay_ms:g} ms"),
        ("each chat's replies in order, each answered", ordered,
         "both runs" if ordered else "see above"),
        ("no errors, no rejected requests", clean, "both runs" if clean else "see above"),
    ]  # fmt: skip
    for name, ok, detail in checks:
        print(f"target (must): {name:46} {'OK  ' if ok else 'MISS'} {detail}")
    return 0 if all(ok for _, ok, _ in checks) else 1
