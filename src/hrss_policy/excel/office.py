"""Results sent back through Office.js (xlwings Lite and Server) as xlwings sends them,
with its per-cell conversion made once per distinct cell."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from itertools import chain
from typing import Any


def _as_is(x: Any) -> bool:
    """Whether xlwings sends the result cell *x* to Office.js as it is."""
    t = type(x)
    return t is int or t is bool or (t is float and x == x) or (t is str and not x.startswith("#"))


#: The types of result cell :func:`office_rows` converts through a table of distinct cells.
_TABLE_KINDS = frozenset({int, bool, float, str, type(None), dt.date, dt.datetime})


def office_rows(value: Any, prepare: Callable[[Any], Any]) -> list[list[Any]]:
    """A result as xlwings sends it to Office.js: rows of cells, each made by *prepare*.

    *prepare* is xlwings' own conversion of one cell (a date to its serial number or a
    formatted number, ``None`` to an empty text, an error code to an error object). xlwings
    calls it on every cell; for a column of 100,000 dates that is most of a call's time in
    Pyodide. Here it is called once per distinct cell, and not at all on the cells it
    leaves as they are (ints, bools, finite floats, texts not starting with ``#``). For
    the values the worksheet functions return: a ``dict`` result, which xlwings would
    write as a two-column table, is not one of them.
    """
    if not isinstance(value, list | tuple):
        rows: Sequence[Any] = [[value]]
    elif value and not isinstance(value[0], list | tuple):
        rows = [value]
    else:
        rows = value
    width = len(rows[0]) if rows else 0
    flat = list(chain.from_iterable(rows))
    kinds = set(map(type, flat))
    if (
        len(flat) != width * len(rows)
        or not kinds <= _TABLE_KINDS
        or len(kinds & {bool, int, float}) > 1
    ):
        # Ragged rows, cells of other types (a Decimal equals an int, a subclass its base),
        # or numbers of types that compare equal (True == 1 == 1.0): each cell on its own.
        return [[x if _as_is(x) else prepare(x) for x in row] for row in rows]
    if kinds <= {int, bool}:
        return list(map(list, rows))
    # Only the cells xlwings changes go in the table, so a cell left as it is stays that
    # very object (-0.0 stays -0.0, though it equals 0.0). None, NaN, a date and a text
    # starting with "#" equal no cell of another of these types: no key stands for another.
    table = {x: prepare(x) for x in set(flat) if not _as_is(x)}
    cells = list(map(table.get, flat, flat))
    if width == 1:
        return [[x] for x in cells]
    return [cells[i : i + width] for i in range(0, len(cells), width)]
