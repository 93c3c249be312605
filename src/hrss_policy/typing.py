"""The contracts every result of the library keeps, as :class:`typing.Protocol` classes.

Code that shows results (a report writer, a web page, an Excel adapter) can accept any of
them through these protocols instead of naming each class:

* :class:`Explained`: every result cites the clauses it applies (``.clauses``) and
  explains itself in Chinese on demand (``.explain()``).
* :class:`Checked`: a check (``check_<thing>(...)`` → ``<Thing>Check``) also says whether
  it passed and lists its findings.

>>> from hrss_policy.typing import Checked, Explained
>>> isinstance(hp.street_staff_quota(45_000), Explained)
True
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from .plan.findings import Finding

__all__ = ["Checked", "Explained"]


@runtime_checkable
class Explained(Protocol):
    """A result that cites its clauses and explains itself in Chinese."""

    @property
    def clauses(self) -> tuple[str, ...]:
        """The clause ids applied, as the document numbers them (``"三（一）5"``)."""
        ...

    def explain(self) -> str:
        """The result in Chinese, with the numbers used and the clauses cited."""
        ...


@runtime_checkable
class Checked(Explained, Protocol):
    """The result of a ``check_<thing>`` function."""

    @property
    def passed(self) -> bool:
        """Whether every requirement checked was verified and met."""
        ...

    @property
    def findings(self) -> tuple[Finding, ...]:
        """One finding per requirement checked, met or not."""
        ...
