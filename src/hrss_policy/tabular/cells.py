"""Cells of a units table read as the library's values: text from CSV, or what Excel holds.

An adapter's plumbing, no policy: a count is a whole number (``45000``, or ``45000.0`` from a
workbook) of at most 2**53, a number is plain digits (``320.5``; no separators, units or
exponents: ``1E+30`` is refused, never read), an amount is exact to the fen, yes/no is
是/否 (or Y/N, true/false, 1/0, or Excel's TRUE/FALSE), a list is separated by 、 or ；.
Each refusal carries an English and a Chinese message.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

from ..core import validate as _validate
from ..core.cells import CellError as CellError
from ..core.cells import ascii_digits as ascii_digits
from ..core.cells import count_text as count_text
from ..core.cells import shown as shown
from ..errors import PolicyError
from ..plan.units import BusinessSystem, Equipment, OnlineService, UnitKind

__all__ = ["PARSE", "CellError", "ascii_digits", "count_text", "shown", "text_cell"]

_PLAIN = re.compile(r"[0-9]{1,30}(?:\.[0-9]{1,30})?")


_TRUE = {"是", "有", "y", "yes", "true", "1", "√", "已批准"}
_FALSE = {"否", "无", "n", "no", "false", "0", "×"}
_SPLIT = re.compile(r"[、,，;；/|\s]+")


def _number(value: object) -> Decimal:
    if isinstance(value, bool):
        raise CellError(f"{value} is not a number", zh=f"应为数字，收到“{value}”")
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or value < 0:
            raise CellError(f"{value} is not a number ≥ 0", zh=f"应为不小于0的数字，收到“{value}”")
        return Decimal(repr(value))
    text = ascii_digits(str(value))
    if not _PLAIN.fullmatch(text):
        text = str(value)
        raise CellError(
            f"{shown(text)!r} is not a plain number ≥ 0 (like 320 or 299.5; "
            "no separators, units or exponents)",
            zh=f"应为不小于0的数字（如320或299.5，不加分隔符、单位或指数），收到“{shown(text)}”",
        )
    return Decimal(text)


def _money(value: object) -> Decimal:
    amount = _number(value)
    try:
        return _validate.money("district_paid", amount)
    except PolicyError as exc:
        raise CellError(str(exc), zh=exc.message_zh, whole=True) from None


def _yes_no(value: object) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    key = str(value).lower()
    if key in _TRUE:
        return True
    if key in _FALSE:
        return False
    raise CellError(
        f"{shown(value)!r} is not yes/no; accepted: 是/否, Y/N, true/false, 1/0",
        zh=f"应填写是或否（也可写Y/N、true/false、1/0），收到“{shown(value)}”",
    )


def _labelled(lookup: Callable[[str], Any]) -> Callable[[object], Any]:
    def parse(value: object) -> Any:
        try:
            return lookup(str(value))
        except PolicyError as exc:
            raise CellError(str(exc), zh=exc.message_zh, whole=True) from None

    return parse


def _listed(lookup: Callable[[str], Any]) -> Callable[[object], frozenset[Any]]:
    def parse(value: object) -> frozenset[Any]:
        text = str(value)
        if text in ("无", "-"):
            return frozenset()
        try:
            return frozenset(lookup(part) for part in _SPLIT.split(text) if part)
        except PolicyError as exc:
            raise CellError(str(exc), zh=exc.message_zh, whole=True) from None

    return parse


def text_cell(value: object) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, bool):
        raise CellError(f"{value} is not text", zh=f"应为文字，收到“{value}”")
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, str | int):
        return str(value)
    raise CellError(
        f"{shown(value)!r} ({type(value).__name__}) is not text",
        zh=f"应为文字，收到“{shown(value)}”",
    )


PARSE: dict[str, Callable[[object], Any]] = {
    "text": text_cell,
    "kind": _labelled(UnitKind.from_label),
    "count": count_text,
    "number": _number,
    "money": _money,
    "yes_no": _yes_no,
    "equipment": _listed(Equipment.from_label),
    "systems": _listed(BusinessSystem.from_label),
    "online": _listed(OnlineService.from_label),
}
# Cells of these kinds repeat across a table (the same equipment list, 是/否): their
# parses are remembered, up to this many distinct texts per column.
