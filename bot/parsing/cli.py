"""Command-line entry point: ``python -m bot parse [--now ISO] [--tz ZONE] TEXT``.

``main`` receives the arguments after the word ``parse``. It prints one JSON object
with exactly the contract keys, or with ``--jsonl FILE`` (``-`` for stdin) one object
per input line, in order. ``--date-order dmy|mdy`` reads numeric dates day-first or
month-first (default: from the zone). Bad arguments print one line to stderr and return 2.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import UTC, datetime
from typing import Any, NoReturn, TextIO
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from bot.parsing.cramp import parse_cramp
from bot.parsing.dates import DATE_ORDERS, DateOrder


class _UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise _UsageError(message)


def _zone(name: str) -> ZoneInfo:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError, TypeError) as exc:
        raise _UsageError(
            f"invalid time zone {name!r} (use an IANA name like Europe/Berlin)"
        ) from exc


def _now(value: str | None, tz: ZoneInfo) -> datetime:
    if value is None:
        return datetime.now(UTC).astimezone(tz)
    try:
        parsed = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise _UsageError(
            f"invalid --now {value!r} (use ISO 8601, e.g. 2026-11-20T08:15:00+01:00)"
        ) from exc
    if parsed.tzinfo is None:
        parsed = parsed.replace(tzinfo=tz)
    return parsed


def _dump(obj: dict[str, Any], out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _run_jsonl(
    source: TextIO,
    default_now: str | None,
    default_tz: str,
    out: TextIO,
    order: DateOrder | None = None,
) -> int:
    for lineno, line in enumerate(source, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise _UsageError("each line must be an object with a string 'text'")
            tz = _zone(str(item.get("tz") or default_tz))
            raw_now = item.get("now") or default_now
            now = _now(str(raw_now) if raw_now is not None else None, tz)
        except (json.JSONDecodeError, _UsageError) as exc:
            sys.stderr.write(f"line {lineno}: {exc}\n")
            return 2
        _dump(parse_cramp(item["text"], now=now, tz=tz, date_order=order).to_json_dict(), out)
    return 0


def main(argv: list[str] | None = None) -> int:
    """Run the ``parse`` command; returns the process exit code."""
    parser = _Parser(prog="python -m bot parse", description="Parse a cramp chat message.")
    parser.add_argument("--now", help="ISO 8601 moment to resolve against (default: now)")
    parser.add_argument("--tz", default="UTC", help="IANA time zone of the user (default UTC)")
    parser.add_argument(
        "--jsonl", metavar="FILE", help='one {"text","now","tz"} a line; - = stdin'
    )
    parser.add_argument(
        "--date-order",
        choices=DATE_ORDERS,
        help="numeric dates day-first (dmy) or month-first (mdy); default: from --tz",
    )
    parser.add_argument("text", nargs="?", help="the message")
    try:
        args = parser.parse_args(sys.argv[1:] if argv is None else argv)
        if args.jsonl is not None:
            if args.text is not None:
                raise _UsageError("give either TEXT or --jsonl FILE, not both")
            _zone(args.tz)
            if args.jsonl == "-":
                return _run_jsonl(sys.stdin, args.now, args.tz, sys.stdout, args.date_order)
            try:
                with open(args.jsonl, encoding="utf-8") as fh:
                    return _run_jsonl(fh, args.now, args.tz, sys.stdout, args.date_order)
            except OSError as exc:
                raise _UsageError(f"cannot read {args.jsonl!r}: {exc.strerror}") from exc
        if args.text is None:
            raise _UsageError("missing TEXT (or --jsonl FILE)")
        tz = _zone(args.tz)
        now = _now(args.now, tz)
    except _UsageError as exc:
        sys.stderr.write(f"error: {exc}\n")
        return 2
    result = parse_cramp(args.text, now=now, tz=tz, date_order=args.date_order)
    _dump(result.to_json_dict(), sys.stdout)
    return 0


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
