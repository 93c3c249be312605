"""How a unit's evidence is entered: each field of a unit and of its value objects says,
where it is declared, its Chinese header, the other headers accepted, how its cells are
read, and what it holds.

The one statement of a piece of evidence: the units table's columns
(:data:`hrss_policy.tabular.COLUMNS`), its CSV and workbook headers, the Chinese name of the
field in error messages, and the reader that builds a unit from a row all derive from it. A
new evidence column is one field declared with :func:`evidence` on the value object that
holds it (``ServicePractice``, ``Premises`` …); a value object a unit holds is declared
with :func:`evidence_group`.

>>> import attrs
>>> from hrss_policy.plan.evidence import evidence, evidence_fields, evidence_of
>>> @evidence_of
... @attrs.frozen
... class Site:
...     lifts: int | None = evidence("电梯数", kind="count", description="电梯数", default=None)
>>> [(name, e.header, e.kind) for name, e in evidence_fields(Site)]
[('lifts', '电梯数', 'count')]
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any, TypeVar

import attrs

from ..core import validate as _validate

__all__ = [
    "CELL_KINDS",
    "EvidenceField",
    "EvidenceGroup",
    "evidence",
    "evidence_fields",
    "evidence_group",
    "evidence_of",
    "fields_in_order",
    "groups",
    "register",
]

T = TypeVar("T")

#: How a cell can be read: free text, a unit kind, a count, a number (floor area), money,
#: 是/否, or a list (equipment, business systems, online services).
CELL_KINDS = frozenset(
    {"text", "kind", "count", "number", "money", "yes_no", "equipment", "systems", "online"}
)

_EVIDENCE = "hrss_evidence"
_GROUP = "hrss_evidence_group"


def _kind(_: object, __: attrs.Attribute[str], value: str) -> None:
    if value not in CELL_KINDS:
        raise ValueError(f"cell kind {value!r} is not one of {sorted(CELL_KINDS)}")


@attrs.frozen
class EvidenceField:
    """How one piece of a unit's evidence is entered.

    Attributes:
        header: The Chinese header reports print for its column.
        aliases: Other headers accepted for it (Chinese), after :attr:`header`.
        kind: How its cells are read (one of :data:`CELL_KINDS`).
        description: What it holds, in Chinese.
        required: Whether every table must have its column.
        label: Its Chinese name in messages (``实有人数``), when it is not the name the
            library already gives the argument of the same name; registered by
            :func:`evidence_of`.
        column: The column's English name, when it is not the field's (a roster's
            ``full_time`` count is the column ``full_time_coordinators``).
    """

    header: str
    aliases: tuple[str, ...] = ()
    kind: str = attrs.field(default="text", validator=_kind)
    description: str = ""
    required: bool = False
    label: str | None = None
    column: str | None = None


@attrs.frozen
class EvidenceGroup:
    """A value object a unit holds, as the columns that make it.

    Attributes:
        fields: ``(keyword, evidence)`` of each of its fields, in the table's order.
        make: Builds the object from the keywords of the cells given (at least one).
    """

    fields: tuple[tuple[str, EvidenceField], ...]
    make: Callable[..., Any]

    @classmethod
    def of(cls, value_class: type[Any]) -> EvidenceGroup:
        """The group of an attrs class whose fields are declared with :func:`evidence`."""
        return cls(evidence_fields(value_class), value_class)


def evidence(
    header: str,
    *aliases: str,
    kind: str = "text",
    description: str,
    required: bool = False,
    label: str | None = None,
    column: str | None = None,
    **field: Any,
) -> Any:
    """An attrs field that is a piece of evidence (keywords of :class:`EvidenceField`).

    Args:
        header: The Chinese header reports print.
        aliases: Other headers accepted.
        kind: How its cells are read.
        description: What it holds, in Chinese.
        required: Whether every table must have its column.
        label: Its Chinese name in messages, if the library has none for the name yet.
        column: The column's English name, if not the field's.
        field: Passed to :func:`attrs.field` (``default``, ``validator``, ``converter``).
    """
    ev = EvidenceField(header, aliases, kind, description, required, label, column)
    return attrs.field(metadata={_EVIDENCE: ev}, **field)


def evidence_group(group: EvidenceGroup | type[Any], **field: Any) -> Any:
    """An attrs field that holds a value object made of evidence columns.

    Args:
        group: The value object's class (its fields declared with :func:`evidence`), or
            an :class:`EvidenceGroup` for one built another way.
        field: Passed to :func:`attrs.field`.
    """
    made = group if isinstance(group, EvidenceGroup) else EvidenceGroup.of(group)
    return attrs.field(metadata={_GROUP: made}, **field)


def evidence_fields(cls: type[Any]) -> tuple[tuple[str, EvidenceField], ...]:
    """``(field name, evidence)`` of each field of *cls* declared with :func:`evidence`."""
    return tuple(
        (f.name, f.metadata[_EVIDENCE]) for f in attrs.fields(cls) if _EVIDENCE in f.metadata
    )


def groups(cls: type[Any]) -> Mapping[str, EvidenceGroup]:
    """Each field of *cls* declared with :func:`evidence_group`, by name, in order."""
    return {f.name: f.metadata[_GROUP] for f in attrs.fields(cls) if _GROUP in f.metadata}


def fields_in_order(
    cls: type[Any],
) -> tuple[tuple[str, EvidenceField, str | None], ...]:
    """Every piece of evidence of *cls*, its groups' in their place: ``(keyword, evidence,
    group field or None)``, in the order of *cls*'s fields."""
    out: list[tuple[str, EvidenceField, str | None]] = []
    for f in attrs.fields(cls):
        if _EVIDENCE in f.metadata:
            out.append((f.name, f.metadata[_EVIDENCE], None))
        elif _GROUP in f.metadata:
            out += [(name, ev, f.name) for name, ev in f.metadata[_GROUP].fields]
    return tuple(out)


def register(fields: tuple[tuple[str, EvidenceField], ...]) -> None:
    """Give each field's :attr:`~EvidenceField.label` to the library's messages.

    Raises:
        ValueError: a label differs from the one the library already gives that name
            (two names for one argument would be a fact stated twice).
    """
    for name, ev in fields:
        if ev.label is None:
            continue
        known = _validate.LABELS.setdefault(name, ev.label)
        if known != ev.label:
            raise ValueError(f"{name!r} is labelled both {known!r} and {ev.label!r}")


def evidence_of(cls: type[T]) -> type[T]:
    """Class decorator: register the labels of *cls*'s evidence fields (see :func:`register`)."""
    register(evidence_fields(cls))
    return cls
