"""Whether a requirement is met: the status data shows, and the verdict read on a date.

Its own module so that the register (which words each status) and the findings (which
carry one) both build on it without importing each other.
"""

from __future__ import annotations

import enum

from ..core import zh as _zh

__all__ = ["Status", "Verdict"]


class Status(enum.Enum):
    """Whether a requirement is met, as the data reported shows it."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    MET = "met"
    """The requirement is met (达标)."""
    NOT_MET = "not_met"
    """The requirement is not met (不达标)."""
    UNVERIFIED = "unverified"
    """The data needed was not reported (未核实): never counted as met."""

    @property
    def label(self) -> str:
        """The status in Chinese."""
        return {"met": _zh.MET, "not_met": _zh.NOT_MET, "unverified": _zh.UNVERIFIED}[self.value]


class Verdict(enum.Enum):
    """A finding's status read on its inspection date: the word a report prints first."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    MET = "met"
    """达标."""
    NOT_MET = "not_met"
    """不达标: not met, judged with no inspection date."""
    OVERDUE = "overdue"
    """逾期: not met and past its due date."""
    NOT_YET_DUE = "not_yet_due"
    """尚未到期: not met, but its due date has not come."""
    UNVERIFIED = "unverified"
    """未核实."""

    @property
    def label(self) -> str:
        """The verdict word of the style guide."""
        return _VERDICT_LABELS[self]


_VERDICT_LABELS = {
    Verdict.MET: _zh.MET,
    Verdict.NOT_MET: _zh.NOT_MET,
    Verdict.OVERDUE: _zh.OVERDUE,
    Verdict.NOT_YET_DUE: _zh.NOT_YET_DUE,
    Verdict.UNVERIFIED: _zh.UNVERIFIED,
}
