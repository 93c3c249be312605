"""How a parameter of the plan is declared, and what its declaration tells.

Each field of :class:`~hrss_policy.PolicyParameters` is declared with the clause it comes
from, what it means (in Chinese), its unit and, where its value is the project's reading
of a silent or ambiguous text, that reading's id; the constructors here put these in the
field's metadata and give the field the validator (or converter) of its kind of value.
:func:`parameter_info` reads the metadata back, for
:meth:`~hrss_policy.PolicyParameters.info`.

Its own module so that the parameter set (:mod:`.parameters`) states the plan's numbers and
nothing else; the types the values take are :mod:`.parameter_types`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from ..core import validate as _validate
from .clauses import CLAUSES
from .parameter_types import ParameterInfo


def param(
    clause: str, description: str, unit: str = "", *, reading: str | None = None, **kwargs: Any
) -> Any:
    """A field from *clause* meaning *description*, in *unit*, carrying *reading* if any."""
    # A reading's id is checked against READINGS by the tests (readings build on the
    # parameter set).
    if clause not in CLAUSES:
        raise AssertionError(f"unknown clause {clause} or reading {reading}")  # pragma: no cover
    metadata = {"clause": clause, "description": description, "unit": unit, "reading": reading}
    return attrs.field(metadata=metadata, **kwargs)


def count(clause: str, description: str, unit: str, *, minimum: int = 1, **kw: Any) -> Any:
    """A count (an ``int``, not a ``bool``) of at least *minimum*."""
    return param(clause, description, unit, validator=_validate.v_count(minimum=minimum), **kw)


def money(name: str, clause: str, description: str) -> Any:
    """An amount in yuan per person and month, exact to the fen."""
    # The check is the converter: one that rounded first would let 1000.004 through.
    return param(clause, description, "元/人·月", converter=_validate.to_money(name))


def due(clause: str, description: str, *, reading: str | None = None) -> Any:
    """A due date."""
    return param(clause, description, "日期", reading=reading, validator=_validate.v_date)


def choice(clause: str, description: str, cls: type[Any], *, reading: str) -> Any:
    """The choice between readings, a member of the enum *cls*."""
    return param(clause, description, reading=reading, validator=_validate.v_instance(cls))


def parameter_info(params: attrs.AttrsInstance) -> Mapping[str, ParameterInfo]:
    """For every field of *params* declared here: its value, clause, meaning, unit, reading."""
    return {
        f.name: ParameterInfo(
            name=f.name,
            value=getattr(params, f.name),
            clause=f.metadata["clause"],
            description=f.metadata["description"],
            unit=f.metadata["unit"],
            reading=f.metadata["reading"],
        )
        for f in attrs.fields(type(params))
        if "clause" in f.metadata
    }
