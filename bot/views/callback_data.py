"""Typed callback data: one small frozen dataclass per feature packs and unpacks its buttons.

A codec declares its `prefix` and typed fields (int, str or a Literal of strings)::

    @dataclass(frozen=True, slots=True)
    class CardData(CallbackData, prefix="cr"):
        cramp_id: int
        field: Literal["sev", "side", "undo"]

    CardData(7, "sev").pack()          # "cr:7:sev"
    CardData.unpack("cr:7:sev")        # CardData(cramp_id=7, field="sev")
    CardData.unpack("cr:x:sev")        # None: forged, stale or malformed, never an exception
    CardData.pattern()                 # "^cr:" for the CallbackQueryHandler

Views build buttons with `pack()`; handlers read them with `unpack()` and answer None with
"this button has expired". A packed value never contains ":" and the whole never exceeds
Telegram's 64 bytes (`pack` raises ValueError: that is a programming error, not bad input).
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from typing import Any, ClassVar, Literal, Self, Union, get_args, get_origin

MAX_BYTES = 64
MAX_INT = 2**63 - 1
_SEP = ":"
_SAFE_STR = re.compile(r"^[A-Za-z0-9_.+\-]{1,40}$")
_INT = re.compile(r"^(?:0|[1-9][0-9]{0,18})$")


class CallbackData:
    """Base of every feature's callback-data codec (subclass as a frozen dataclass)."""

    prefix: ClassVar[str]
    _kinds: ClassVar[tuple[tuple[str, Any], ...]]

    def __init_subclass__(cls, *, prefix: str | None = None, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if prefix is None:  # dataclass(slots=True) rebuilds the class without the keyword
            return
        if not re.fullmatch(r"[a-z]{1,8}", prefix):
            raise ValueError(f"callback prefix must be 1-8 lower-case letters: {prefix!r}")
        cls.prefix = prefix

    @classmethod
    def _fields(cls) -> tuple[tuple[str, Any], ...]:
        cached = cls.__dict__.get("_kinds")
        if cached is None:
            hints = typing.get_type_hints(cls)
            cached = tuple((f.name, hints[f.name]) for f in dataclasses.fields(cls))  # type: ignore[arg-type]
            cls._kinds = cached
        return cached

    @classmethod
    def pattern(cls) -> str:
        """The regex a CallbackQueryHandler uses to route this feature's buttons."""
        return f"^{re.escape(cls.prefix)}{_SEP}"

    def pack(self) -> str:
        """The callback data string; ValueError if a value cannot be packed safely."""
        parts = [self.prefix]
        for name, kind in self._fields():
            parts.append(_pack_value(getattr(self, name), kind, name))
        data = _SEP.join(parts)
        if len(data.encode()) > MAX_BYTES:
            raise ValueError(f"callback data over {MAX_BYTES} bytes: {data!r}")
        return data

    @classmethod
    def unpack(cls, data: str | None) -> Self | None:
        """The codec's value, or None for anything this codec did not pack."""
        if not data or len(data.encode()) > MAX_BYTES:
            return None
        fields = cls._fields()
        parts = data.split(_SEP)
        if parts[0] != cls.prefix or len(parts) != len(fields) + 1:
            return None
        values: dict[str, Any] = {}
        for (name, kind), raw in zip(fields, parts[1:], strict=True):
            ok, value = _unpack_value(raw, kind)
            if not ok:
                return None
            values[name] = value
        try:
            return cls(**values)
        except (TypeError, ValueError):
            return None


def _pack_value(value: Any, kind: Any, name: str) -> str:
    if kind is int:  # the common case, checked directly (buttons are packed by the dozen)
        if type(value) is int and 0 <= value <= MAX_INT:
            return str(value)
        raise ValueError(f"{name}={value!r} cannot be packed as {kind}")
    if not (isinstance(value, _PACKABLE) and _round_trips(value, kind)):
        raise ValueError(f"{name}={value!r} cannot be packed as {kind}")
    return _as_text(value)


_PACKABLE = (str, int, type(None))
# (id of the field's type, the value's type, the value) -> it packs and reads back equal
_ROUND_TRIPS: dict[tuple[int, type, Any], bool] = {}


def _round_trips(value: Any, kind: Any) -> bool:
    """Whether `value` packs as `kind` and reads back equal, kept per value: a card's keypads
    pack the same few choices on every card (a field's type is a class attribute, so its id
    is stable; hashing a typing.Literal itself costs more than the check)."""
    key = (id(kind), type(value), value)
    ok = _ROUND_TRIPS.get(key)
    if ok is None:
        if len(_ROUND_TRIPS) >= 4096:
            _ROUND_TRIPS.clear()
        read, back = _unpack_value(_as_text(value), kind)
        ok = _ROUND_TRIPS[key] = read and back == value
    return ok


def _as_text(value: Any) -> str:
    if value is None:
        return "-"
    return str(value)


def _unpack_value(raw: str, kind: Any) -> tuple[bool, Any]:
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        options = [k for k in get_args(kind) if k is not type(None)]
        if raw == "-" and type(None) in get_args(kind):
            return True, None
        for option in options:
            ok, value = _unpack_value(raw, option)
            if ok:
                return True, value
        return False, None
    if origin is Literal:
        choices = get_args(kind)
        return (raw in choices, raw) if raw in choices else (False, None)
    if kind is int:
        if _INT.match(raw) and int(raw) <= MAX_INT:
            return True, int(raw)
        return False, None
    if kind is str:
        return (True, raw) if _SAFE_STR.match(raw) else (False, None)
    raise TypeError(f"unsupported callback field type: {kind}")
