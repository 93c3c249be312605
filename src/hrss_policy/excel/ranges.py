"""Ranges as Excel passes them, computed in one pipeline. No policy, no xlwings.

A call is first given its shape: a single cell of each argument (:func:`cell`), or ranges
repeated as Excel repeats arrays of different sizes (:func:`apply`), which give, for
each column of the result, one column of cells per argument. Each column of the result
(a single cell is a column of one row) then goes through the same steps, each one job:

1. **convert** (:func:`_converted`): each argument's cells into the types of the public
   API, each distinct cell once. A cell that gives no argument (empty where the argument
   is required, an Excel error value, a value the argument refuses, a position its range
   does not reach) becomes a :class:`_Refusal` in its row, holding the reason.
2. **compute** (:func:`_results`): the sheet's column form (the rule's ``…_column``) over
   the whole column when it has one and every cell converted; otherwise row by row, each
   distinct row once. A row the rule refuses gets the rule's reason, in that cell only.
3. **word** (:func:`_worded`): a row holding a refusal gets its reason, an Excel error
   value first (it is the cause of the others); a row whose required cells are all empty
   stays empty, so that a formula may run past the data.

The explanation is computed instead of the value only on demand (``explain=True``, as
:func:`~hrss_policy.excel.HRSS_EXPLAIN` asks for it).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

import hrss_policy as hp

from .convert import (
    EXCEL_ERRORS,
    CellError,
    Param,
    error_text,
    office_cell,
    refuse,
    whole_numbers,
)
from .sheet import Sheet


def is_blank(c: Any) -> bool:
    return c is None or (type(c) is str and not c.strip())


# --- the shape of a call -------------------------------------------------------------------


class _Missing:
    """A position that one argument's range does not reach."""


_MISSING = _Missing()


@attrs.frozen
class _Grid:
    """A range argument: its rows, its width, whether it came 1-D (one row, no nesting),
    and, where every row holds exactly one cell, that column (the common case, found
    in one pass)."""

    rows: list[Any]
    width: int
    one_dimensional: bool
    column: list[Any] | None = None


def _grid(p: Param, value: Any) -> _Grid | str | None:
    """A range argument as a :class:`_Grid`; None for a single value.

    Returns an error text where the argument is no range at all (an empty list, a list
    mixing rows and values): then no cell of the result can be matched.
    """
    if not isinstance(value, list | tuple):
        return None
    kinds = set(map(type, value))
    if value and kinds <= {list, tuple}:
        rows = value if type(value) is list else list(value)
        try:
            column = [c for [c] in rows]  # raises unless every row holds one cell
        except ValueError:
            width = max(map(len, rows))
        else:
            return _Grid(rows, 1, False, column)
        if width:
            return _Grid(rows, width, False)
    elif value and not kinds & {list, tuple}:
        return _Grid([value], len(value), True)
    return error_text(
        refuse(
            p,
            "不是单元格区域",
            "must be a cell or a range (a list of rows of cells), got "
            f"{type(value).__name__} of {len(value)} items",
        )
    )


def _column(grid: _Grid | None, value: Any, j: int, n: int) -> list[Any]:
    """The cells of one argument for column *j* of the result, repeated as Excel repeats.

    Read-only: the list may be the grid's own.
    """
    if grid is None:
        return [value] * n
    rows, width = grid.rows, grid.width
    k = 0 if width == 1 else j
    if len(rows) == 1:
        return [rows[0][k] if k < len(rows[0]) else _MISSING] * n
    if grid.column is not None and len(rows) == n:
        return grid.column
    if k == 0:
        col = [r[0] if r else _MISSING for r in rows]
    else:
        col = [r[k] if k < len(r) else _MISSING for r in rows]
    return col + [_MISSING] * (n - len(col))


def apply(sheet: Sheet, values: Sequence[Any], explain: bool = False) -> Any:
    """Compute *sheet* cell by cell over ranges, repeating ranges as Excel does.

    A range gives a list of rows, each row a tuple (immutable, so equal rows may be one
    object); a 1-D range (a bare list) gives a list. Equal rows give equal results, so
    each distinct row is computed once per call.
    """
    grids = []
    for p, v in zip(sheet.params, values, strict=True):
        g = _grid(p, v)
        if isinstance(g, str):
            return g
        grids.append(g)
    ranges = [g for g in grids if g is not None]
    if not ranges:
        return cell(sheet, values, explain)
    n_rows = max(len(g.rows) for g in ranges)
    n_cols = max(g.width for g in ranges)
    by_column = [
        _results(
            sheet,
            [_column(g, v, j, n_rows) for g, v in zip(grids, values, strict=True)],
            j,
            explain,
        )
        for j in range(n_cols)
    ]
    if n_cols == 1:
        (col,) = by_column
        out = col.as_rows(n_rows)
    else:
        out = list(zip(*(col.per_row() for col in by_column), strict=True))
    return list(out[0]) if all(g.one_dimensional for g in ranges) else out


def cell(sheet: Sheet, cells: Sequence[Any], explain: bool) -> Any:
    """One result cell from one cell of each argument (an error text if it cannot be):
    the steps of a column, on one row."""
    args = tuple(_convert(p, c) for p, c in zip(sheet.params, cells, strict=True))
    if any(type(a) is _Refusal for a in args):
        return _worded(sheet, args, 0, 0)
    try:
        return sheet.explain(*args) if explain else sheet.value(*args)
    except Exception as err:  # one cell never takes down the range
        return error_text(err)


# --- 1. convert ----------------------------------------------------------------------------

#: The ranks of a refusal within a row: the first of the lowest rank words the row.
_UNMATCHED, _EXCEL_ERROR, _REFUSED = 0, 1, 2


@attrs.frozen(eq=False)  # one object per refused cell (or per argument): equal as itself
class _Refusal:
    """Why a cell gives no argument: a :class:`CellError` for *param*, ranked in its row."""

    rank: int
    param: Param
    error: CellError | None = None
    #: An empty cell of a required argument: a row of nothing else stays empty.
    empty: bool = False


def _convert(p: Param, c: Any) -> Any:
    """One cell as argument *p*, or a :class:`_Refusal` saying why it cannot be."""
    t = type(c)
    if t is not int and t is not float:  # a number is none of these
        if c is None or (t is str and not c.strip()):
            if p.optional:
                return p.default
            refused = refuse(p, "为空", "is empty; enter a value (0 for none)")
            return _Refusal(_REFUSED, p, refused, empty=True)
        if t is str and c in EXCEL_ERRORS:
            refused = refuse(
                p, f"所在单元格为错误值 {c}", f": the input cell holds the Excel error {c}"
            )
            return _Refusal(_EXCEL_ERROR, p, refused)
        if c is _MISSING:
            return _Refusal(_UNMATCHED, p)
        if t is dict or t.__name__ == "JsNull":
            read = office_cell(c)
            if type(read) is not dict:
                return _convert(p, read)
            # An object with no value Office.js would give a cell.
            keys = [str(k) for k in list(read)[:5]]
            refused = refuse(
                p, "不是单元格的值", f"must be a cell's value, got an object with keys {keys}"
            )
            return _Refusal(_REFUSED, p, refused)
    try:
        return p.convert(p, c)
    except Exception as err:
        return _refused(p, err)


def _refused(p: Param, err: Exception) -> _Refusal:
    """A cell that *p*'s conversion refused; a refusal by the library (not by the cell's
    reading) names the Excel argument too."""
    if isinstance(err, CellError):
        return _Refusal(_REFUSED, p, err)
    zh = err.message_zh if isinstance(err, hp.PolicyError) else ""
    if zh and zh != hp.PolicyError.default_zh:
        return _Refusal(_REFUSED, p, CellError(f"{p.name}: {err}", zh=f"{p.called}不被接受：{zh}"))
    return _Refusal(_REFUSED, p, CellError(f"{p.name}: {err}", zh=f"{p.called}不被接受"))


@attrs.frozen
class _Converted:
    """One argument's column, converted: its distinct cells' arguments (or refusals), and
    for each row the index of its cell's."""

    args: list[Any]
    rows: list[int]
    #: Whether some argument is a :class:`_Refusal`.
    refused: bool
    #: Whether some argument is a ``bool`` taken as it is: ``True == 1``, so equal
    #: arguments would no longer mean equal cells.
    loose: bool
    #: The index of the refusal of the positions the argument's range does not reach.
    unmatched: int | None

    def per_row(self) -> list[Any]:
        return list(map(self.args.__getitem__, self.rows))

    def refused_rows(self) -> set[int]:
        if not self.refused:
            return set()
        bad = {k for k, a in enumerate(self.args) if type(a) is _Refusal}
        return {i for i, k in enumerate(self.rows) if k in bad}


def _converted(p: Param, cells: list[Any]) -> _Converted:
    """The cells of argument *p* converted by :func:`_convert`, each distinct cell once."""
    # One memo per type of cell: 1 == 1.0 == True, but the three read differently.
    memos: dict[type, dict[Any, int]] = {}
    last: type | None = None
    memo: dict[Any, int] = {}
    refused = loose = False
    args: list[Any] = []
    rows: list[int] = []
    add = rows.append
    convert = p.convert
    for c in cells:
        t = type(c)
        if t is not last:
            memo = memos.setdefault(t, {})
            last = t
        try:
            k = memo.get(c)
        except TypeError:  # unhashable (an Office.js object): on its own
            k = len(args)
            a = _convert(p, c)
            args.append(a)
            refused = refused or type(a) is _Refusal
        else:
            if k is None:
                k = memo[c] = len(args)
                if t is int or t is float:  # :func:`_convert` of a number, one call fewer
                    try:
                        a = convert(p, c)
                    except Exception as err:
                        a = _refused(p, err)
                else:
                    a = _convert(p, c)
                args.append(a)
                if type(a) is _Refusal:
                    refused = True
                elif t is bool:
                    loose = True
        add(k)
    missing = memos.get(_Missing)
    return _Converted(args, rows, refused, loose, None if missing is None else missing[_MISSING])


# --- 2. compute ----------------------------------------------------------------------------


@attrs.frozen
class _Column:
    """A column of results: one per distinct row and each row's index, or (``rows`` None)
    one per row."""

    results: list[Any]
    rows: list[int] | None = None
    #: Whether the results are of one type, as a column form's are (True == 1, but
    #: reads differently).
    one_type: bool = False

    def per_row(self) -> list[Any]:
        if self.rows is None:
            return self.results
        return list(map(self.results.__getitem__, self.rows))

    def as_rows(self, n: int) -> list[tuple[Any]]:
        """The column as rows of one cell; equal rows one object where that is cheap."""
        if self.rows is not None:
            return list(map([(r,) for r in self.results].__getitem__, self.rows))
        first = self.results[0]
        if self.one_type and self.results.count(first) == n:
            # One value all down the column (the community quota is 1 for every
            # station): one row, shared, as a row is a tuple.
            return [(first,)] * n
        return list(zip(self.results))


#: Rows looked at before :func:`_results` decides whether equal rows are worth remembering.
_SAMPLE = 2000


def _results(sheet: Sheet, cells: list[list[Any]], j: int, explain: bool) -> _Column:
    """Column *j* of the result from the columns of cells of each argument: converted,
    then computed (by the sheet's column form, or each distinct row once, its value or,
    with *explain*, its explanation), the rows holding a refusal worded."""
    if sheet.column is not None and not explain and len(cells) == 1:
        # The whole column at once, where the column form takes every cell.
        values = _column_form(sheet.column, whole_numbers(cells[0]))
        if values is not None:
            return _Column(values, one_type=True)
    columns = [_converted(p, col) for p, col in zip(sheet.params, cells, strict=True)]
    compute = sheet.explain if explain else sheet.value
    if len(columns) == 1:
        # The distinct rows are the distinct cells.
        (only,) = columns
        results = [
            _worded(sheet, (a,), 0, j) if type(a) is _Refusal else _computed(compute, (a,))
            for a in only.args
        ]
        if only.unmatched is None:
            return _Column(results, only.rows)
        per_row = _Column(results, only.rows).per_row()
        for i, k in enumerate(only.rows):
            if k == only.unmatched:
                per_row[i] = _worded(sheet, (only.args[k],), i, j)
        return _Column(per_row)
    bad = set().union(*(col.refused_rows() for col in columns))
    # A row with a position the ranges do not reach is worded by its position: not shared.
    shared = all(col.unmatched is None for col in columns)
    memo: dict[Any, Any] | None = None if any(col.loose for col in columns) else {}
    out: list[Any] = []
    append = out.append
    for i, args in enumerate(zip(*(col.per_row() for col in columns), strict=True)):
        if memo is not None:
            try:
                found = memo.get(args, _UNSEEN)
            except TypeError:  # an unhashable argument: this row on its own
                append(_worded(sheet, args, i, j) if i in bad else _computed(compute, args))
                continue
            if i == _SAMPLE and len(memo) > _SAMPLE * 0.9:
                memo = None  # rows all differ: remembering them costs more than it saves
            if found is not _UNSEEN:
                append(found)
                continue
        if bad and i in bad:
            found = _worded(sheet, args, i, j)
            if memo is not None and shared:
                memo[args] = found
        else:
            found = _computed(compute, args)
            if memo is not None:
                memo[args] = found
        append(found)
    return _Column(out)


#: Not yet seen by a memo (a result may be None).
_UNSEEN: Any = object()


def _computed(compute: Callable[..., Any], args: tuple[Any, ...]) -> Any:
    try:
        return compute(*args)
    except Exception as err:  # one cell never takes down the range
        return error_text(err)


def _column_form(rule: Callable[[list[int]], list[Any]], numbers: list[Any]) -> list[Any] | None:
    """The values of a whole column by the sheet's column form; None where it refuses
    some cell (then each cell is converted and each row computed, and the refused ones
    get their reason)."""
    try:
        return rule(numbers)
    except (TypeError, ValueError):
        return None


# --- 3. word -------------------------------------------------------------------------------


def _worded(sheet: Sheet, args: tuple[Any, ...], i: int, j: int) -> Any:
    """The cell of a row holding a refusal: the reason of its first refusal of the lowest
    rank, or None (an empty row in, an empty row out) where every required cell is empty."""
    refusals = [a for a in args if type(a) is _Refusal]
    first = min(refusals, key=lambda r: r.rank)  # the first of the lowest rank
    if first.rank == _UNMATCHED:
        return error_text(
            refuse(
                first.param,
                f"的区域在结果的第{i + 1}行第{j + 1}列没有对应的单元格",
                f"has no cell at row {i + 1}, column {j + 1} of the result: give ranges of "
                "one size, or one row, one column or one cell",
            )
        )
    if first.rank != _EXCEL_ERROR and all(
        type(a) is _Refusal and a.empty
        for p, a in zip(sheet.params, args, strict=True)
        if not p.optional
    ):
        return None  # ranges may run past the data
    assert first.error is not None
    return error_text(first.error)
