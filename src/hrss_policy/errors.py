"""The exceptions the library raises.

Every refusal of a *value* is a :class:`PolicyError`, which is a :class:`ValueError`, so
code that already catches ``ValueError`` keeps working. A value of the wrong *type*
(``True`` or ``45000.0`` where a count is wanted) raises the built-in :class:`TypeError`.
Every message names the argument, the value received and what is accepted.
"""

from __future__ import annotations

__all__ = [
    "CalendarDataError",
    "CalendarNotConfirmedError",
    "NotApplicableError",
    "PolicyError",
]


class PolicyError(ValueError):
    """A value the plan does not accept, or a question the plan cannot answer."""


class NotApplicableError(PolicyError):
    """The rule asked for does not apply: before the plan's start, or outside its scope.

    Example: the quarterly report for 2011 Q3 (the plan requires reports from 2011 Q4).
    """


class CalendarNotConfirmedError(PolicyError):
    """A date falls in a year whose official holiday schedule the library does not hold.

    China's working days depend on the State Council's yearly notice of holidays and
    make-up working days. For a year without a held notice the library refuses rather
    than guess; ask for an estimate explicitly, or register the year's schedule.
    """


class CalendarDataError(PolicyError):
    """A holiday schedule offered for registration is malformed or contradicts itself."""
