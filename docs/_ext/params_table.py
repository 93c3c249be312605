"""The rows of the parameters page, read from ``attrs.fields(PolicyParameters)``.

Each rule parameter is a field whose metadata names its clause. This module reads both
shapes that metadata has had, so the page builds before and after the change:

* ``clause``, ``description``, ``unit`` and ``reading`` (the id of an adopted reading in
  ``hrss_policy.plan.readings.READINGS``, or ``None``);
* ``clause``, ``description`` and ``adopted`` (a bool), without a unit.

It imports nothing from Sphinx, so the tests check it with the test extra alone;
``hrss_docs`` renders the rows as a table.
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs


@dataclass(frozen=True)
class Row:
    """One parameter as the page shows it."""

    name: str
    clause: str
    unit: str
    value: str
    """The value in the parameter set, as Chinese text (dates 2012年6月30日)."""
    reading: str | None
    """The adopted reading's id (``"R1"``); ``""`` for a reading without an id (old
    metadata ``adopted=True``); ``None`` where the text states the value."""
    description: str

    @property
    def adopted(self) -> bool:
        return self.reading is not None


def _label(value: Any) -> str:
    label = getattr(value, "label", None)
    return label if isinstance(label, str) else str(getattr(value, "value", value))


def show(value: Any) -> str:
    """Return *value* as the table prints it."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, enum.Enum):
        return _label(value)
    if isinstance(value, dt.date):
        return f"{value.year}年{value.month}月{value.day}日"
    if isinstance(value, Decimal | int):
        return str(value)
    if isinstance(value, Fraction):
        return f"{value.numerator}/{value.denominator}"
    if isinstance(value, tuple):
        return "、".join(_label(v) if isinstance(v, enum.Enum) else show(v) for v in value)
    return str(value)


def reading_of(metadata: Mapping[str, Any]) -> str | None:
    """Return the reading a field carries: its id, ``""`` for an unnamed one, or None."""
    if "reading" in metadata:
        reading = metadata["reading"]
        return None if reading is None else str(reading)
    return "" if metadata.get("adopted") else None


def rows(cls: type, instance: Any, docs: Mapping[str, str] | None = None) -> list[Row]:
    """Return one :class:`Row` per field of *cls*, in the class's order.

    A field without a clause (the set's ``title``, ``source``, ``effective_from``) gets
    ``clause=""`` and, as description, its docstring from *docs* (field name → text).
    """
    out = []
    for field in attrs.fields(cls):
        metadata = field.metadata
        out.append(
            Row(
                name=field.name,
                clause=str(metadata.get("clause", "")),
                unit=str(metadata.get("unit") or ""),
                value=show(getattr(instance, field.name)),
                reading=reading_of(metadata),
                description=str(metadata.get("description") or (docs or {}).get(field.name, "")),
            )
        )
    return out


def reading_titles(readings: Iterable[Any]) -> dict[str, str]:
    """Map each reading id to its title (``hrss_policy.READINGS``; empty before it existed)."""
    return {str(r.id): str(r.title) for r in readings}
