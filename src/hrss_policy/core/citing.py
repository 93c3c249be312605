"""How a result names the clauses it applies: declared once, on its class, read back here.

A result class of the rules declares its clause ids with
:func:`hrss_policy.plan.clauses.cites`, which checks each id against the plan; the function
that returns the result declares the same by naming the class (``@cites(StaffingQuota)``).
This module holds only the reading of that declaration, which every layer needs: a result
of the calendar, below the plan, is a :class:`Cited` that declares nothing, so its
``.clauses`` is empty the same way a rule's is its class's clauses.
"""

from __future__ import annotations

from typing import Final

__all__ = ["ATTRIBUTE", "Cited", "declared"]

ATTRIBUTE: Final = "__hrss_clauses__"
"""The attribute ``@cites`` sets on a function or class: the tuple of clause ids it declares."""


def declared(obj: object) -> tuple[str, ...]:
    """The clause ids *obj* (a function, a class or a result) declares; empty if none."""
    return tuple(getattr(obj, ATTRIBUTE, ()))


class Cited:
    """The base of a result whose clauses are those its class declares.

    ``.clauses`` is read-only and the same for every instance: it is not a field, so no
    constructor, :func:`attrs.evolve` or JSON record can make a result cite other clauses
    than its rule does.
    """

    __slots__ = ()

    @property
    def clauses(self) -> tuple[str, ...]:
        """The clause ids applied, as the document numbers them (``"三（一）5"``)."""
        return declared(type(self))
