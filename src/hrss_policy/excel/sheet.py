"""What a worksheet function is: its name, its arguments, the rule it calls and its
worked examples (:class:`Sheet`), from which xlwings' registration and the docs are made."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from .convert import Param


@attrs.frozen
class Has:
    """An expected cell in a worked example that holds this text (an error, an explanation)."""

    text: str


@attrs.frozen(kw_only=True)
class Sheet:
    """How one worksheet function maps cells to the public API and back."""

    name: str
    #: One line each for Excel's function list and wizard: together ≤ 255 characters.
    zh: str
    en: str
    params: tuple[Param, ...]
    #: The cell value from converted arguments (values only, no explanation).
    value: Callable[..., Any]
    #: The Chinese explanation, with clauses, from the same arguments.
    explain: Callable[..., str]
    #: What the function returns, for the docs.
    returns: str
    #: Worked examples as Excel sends cells: (arguments, expected cell or :class:`Has`).
    examples: tuple[tuple[tuple[Any, ...], Any], ...]
    #: For a function of one whole-number argument: the values of a whole column at once
    #: (the rule module's ``…_column``), all of one type. It must give what :attr:`value`
    #: gives cell by cell, and refuse (raise ``TypeError`` or ``ValueError``) the whole
    #: column wherever a cell is not an ``int`` that :attr:`value` takes, up to
    #: :data:`~hrss_policy.excel.convert.EXACT_LIMIT`: it is given the cells as they
    #: come (whole floats as ints, :func:`~hrss_policy.excel.convert.whole_numbers`), and
    #: where it refuses, the cells are converted and computed one by one and the refused
    #: ones worded.
    column: Callable[[list[int]], list[Any]] | None = None

    @property
    def summary(self) -> str:
        """The description Excel shows: Chinese, then English, on one line."""
        return f"{self.zh}。{self.en}."

    @property
    def doc(self) -> str:
        """The long docstring, for the documentation site, with its examples as doctests."""
        args = "\n".join(
            f"    {p.name}: {p.label}。{p.hint.split(' / ', 1)[-1].capitalize()}."
            for p in self.params
        )
        lines = [f"{self.en} ({self.zh}).", "", "Args:", args, "", "Returns:"]
        lines += [f"    {self.returns} A range gives a range; see the module notes.", ""]
        for cells, expected in self.examples:
            call = f"excel.{self.name}({', '.join(map(repr, cells))})"
            if isinstance(expected, Has):
                lines += [f">>> {expected.text!r} in {call}", "True"]
            else:
                lines += [f">>> {call}", repr(expected)]
        return "\n".join(lines) + "\n"
