"""Findings: what an assessment reports against a standard of the plan.

The plan's "原则上" (in principle) standards are things a unit is assessed against, so
falling short is a :class:`Finding` in a report, never an exception (adopted reading 8).
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

__all__ = ["Severity"]

# The findings of the first release, kept for the modules not yet moved to
# hrss_policy.findings (premises, inspection); removed when they are.


class Severity(enum.Enum):
    """How a finding bears on a unit's compliance."""

    SHORTFALL = "shortfall"
    """The unit falls short of the standard (不达标)."""
    UNVERIFIED = "unverified"
    """The data needed to assess the requirement was not given (未提供，无法核实)."""
    NOTE = "note"
    """A remark that is not a shortcoming (e.g. approved extra staff)."""

    @property
    def label(self) -> str:
        """The severity in Chinese."""
        return {
            Severity.SHORTFALL: "不达标",
            Severity.UNVERIFIED: "未核实",
            Severity.NOTE: "说明",
        }[self]


@attrs.frozen
class Finding:
    """One finding of an assessment.

    Attributes:
        clause: The clause id of the requirement.
        topic: What was assessed, in Chinese (e.g. ``"建筑面积"``).
        message: What was found, in Chinese, with the numbers.
        severity: Shortfall, unverified or a note.
        due: The milestone by which the requirement was to be met, where the plan sets one.
    """

    clause: str
    topic: str
    message: str
    severity: Severity = Severity.SHORTFALL
    due: dt.date | None = None

    def __str__(self) -> str:
        due = f"，应于 {self.due.isoformat()} 前完成" if self.due else ""
        return f"[{self.severity.label}] {self.topic}：{self.message}（{self.clause}{due}）"
