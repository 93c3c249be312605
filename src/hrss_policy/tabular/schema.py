"""The schema of a units table: every column it accepts (:data:`COLUMNS`) — its English
name, the Chinese headers accepted for it, whether it is required, what it holds and how
its cells are read — and the columns that make up each of a unit's value objects.

Derived, never written here: each column is a field of :class:`~hrss_policy.Unit` or of a
value object it holds, declared there with its headers and cell kind
(``hrss_policy.plan.evidence``), in the order of the unit's fields. The reader, the CSV
header and the command's labels derive from this.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from ..inspection.record import Unit
from ..plan.evidence import EvidenceField, fields_in_order, groups

__all__ = [
    "COLUMNS",
    "GROUPS",
    "MAKERS",
    "Column",
    "by_header",
    "by_name",
]


@attrs.frozen
class Column:
    """One column of the units table.

    Attributes:
        name: The canonical (English) header.
        aliases: Chinese headers accepted for it; the first is the one reports print.
        required: Whether every file must have it.
        description: What it holds, in Chinese.
        kind: How its cells are read: ``text``, ``kind``, ``count``, ``number``,
            ``money``, ``yes_no``, or a list (``equipment``, ``systems``, ``online``).
        field: The keyword its value is given to: the unit's field, or its value
            object's (a roster's ``full_time`` for ``full_time_coordinators``).
        group: The unit's field holding the value object it belongs to, if any.
    """

    name: str
    aliases: tuple[str, ...]
    required: bool
    description: str
    kind: str = "text"
    field: str = ""
    group: str | None = None

    @property
    def label(self) -> str:
        """The Chinese header reports print."""
        return self.aliases[0]


def _column(field: str, evidence: EvidenceField, group: str | None) -> Column:
    """The column of a field declared as evidence (``hrss_policy.plan.evidence``)."""
    return Column(
        name=evidence.column or field,
        aliases=(evidence.header, *evidence.aliases),
        required=evidence.required,
        description=evidence.description,
        kind=evidence.kind,
        field=field,
        group=group,
    )


COLUMNS: tuple[Column, ...] = tuple(_column(*f) for f in fields_in_order(Unit))
"""Every column the units table accepts, in the order reports print them."""

by_header = {alias: c for c in COLUMNS for alias in (c.name, *c.aliases)}
by_name = {c.name: c for c in COLUMNS}

#: The columns of each of a unit's value objects, by the unit's field that holds it.
GROUPS: dict[str, tuple[str, ...]] = {
    group: tuple(c.name for c in COLUMNS if c.group == group) for group in groups(Unit)
}

#: How each value object is made from the keywords of its columns given in a row.
MAKERS: dict[str, Callable[..., Any]] = {name: g.make for name, g in groups(Unit).items()}
