"""A table's header row: found below any title rows (:func:`find_header`), and its cells
mapped to the schema's columns (:func:`map_header`) with every problem of the header at
once; and how a position is named in a message (:func:`position`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .cells import shown
from .schema import COLUMNS
from .schema import by_header as _BY_HEADER
from .source import Problem, TableError
from .xlsx import Merged, cell_name

__all__ = ["filled", "find_header", "map_header", "position"]


def map_header(
    cells: Sequence[object],
) -> tuple[list[str | None], list[tuple[int | None, str, str]]]:
    """Map header cells to column names; problems as ``(cell index, English, Chinese)``
    (index ``None``: the header row as a whole)."""
    names: list[str | None] = []
    problems: list[tuple[int | None, str, str]] = []
    seen: set[str] = set()
    for i, cell in enumerate(cells):
        key = str(cell).strip().removeprefix("\ufeff") if filled(cell) else ""
        if not key:
            names.append(None)
            continue
        column = _BY_HEADER.get(key) or _BY_HEADER.get(key.lower())
        if column is None:
            accepted = ", ".join(c.name for c in COLUMNS)
            problems.append(
                (
                    i,
                    f"unknown column {shown(key)!r}; accepted columns: {accepted} "
                    "(or their Chinese names)",
                    f"无法识别的列“{shown(key)}”，可用的列：{'、'.join(c.label for c in COLUMNS)}"
                    "（或其英文名）",
                )
            )
            names.append(None)
        elif column.name in seen:
            problems.append(
                (i, f"column {column.name!r} appears twice", f"“{column.label}”列出现了两次")
            )
            names.append(None)
        else:
            seen.add(column.name)
            names.append(column.name)
    missing = [c for c in COLUMNS if c.required and c.name not in seen]
    if missing:
        problems.append(
            (
                None,
                f"missing required column(s): {', '.join(c.name for c in missing)}",
                f"缺少必填的列：{'、'.join(c.label for c in missing)}",
            )
        )
    return names, problems


def position(sheet: str | None, line: int, column: int | None) -> str:
    """A CSV line (``12``), or a workbook's cell (``单位!D12``) or row (``单位!12:12``)."""
    if sheet is None:
        return str(line)
    return cell_name(sheet, column, line)


def filled(cell: object) -> bool:
    return cell is not None and cell.__class__ is not Merged and str(cell).strip() != ""


def find_header(
    records: Iterator[tuple[int, list[Any]]],
) -> tuple[int, list[Any]] | None:
    """The header record of *records* (consumed up to it), or ``None`` for an empty table.

    A record above the header that holds a single cell is a title (``2012年第3季度单位表``)
    and is passed over: a header has at least the required columns, so it never holds one
    cell. When no record holds more than one cell, the first is the header (and is refused
    for its columns).

    Raises:
        TableError: a record above the header that cannot be read.
    """
    first: tuple[int, list[Any]] | None = None
    for line, cells in records:
        if cells and isinstance(cells[0], Problem):
            raise TableError(list(cells), zh="表头无法读取")
        if sum(1 for c in cells if filled(c)) > 1:
            return line, cells
        if first is None:
            first = (line, cells)
    return first
