"""Ranges as Excel passes them: shapes, broadcasting, whole columns in one rule call, and
an error in each refused cell rather than in the whole range. No policy, no xlwings.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import attrs

import hrss_policy as hp

from .convert import EXCEL_ERRORS, CellError, Param, error_text, office_cell, refuse
from .sheet import Sheet


def is_blank(c: Any) -> bool:
    return c is None or (type(c) is str and not c.strip())


def _named(p: Param, err: Exception) -> CellError:
    """A refusal by the library of a converted cell, naming the Excel argument too."""
    zh = err.message_zh if isinstance(err, hp.PolicyError) else ""
    if zh and zh != hp.PolicyError.default_zh:
        return CellError(f"{p.name}: {err}", zh=f"{p.called}不被接受：{zh}")
    return CellError(f"{p.name}: {err}", zh=f"{p.called}不被接受")


def _compute(sheet: Sheet, args: list[Any], explain: bool) -> Any:
    try:
        return sheet.explain(*args) if explain else sheet.value(*args)
    except Exception as err:  # one cell never takes down the range
        return error_text(err)


def _with_blanks(sheet: Sheet, cells: Sequence[Any], explain: bool) -> Any:
    """The slower path of :func:`cell`: a row with an error cell or an empty cell."""
    for p, c in zip(sheet.params, cells, strict=True):
        if type(c) is str and c in EXCEL_ERRORS:
            return error_text(
                refuse(p, f"所在单元格为错误值 {c}", f": the input cell holds the Excel error {c}")
            )
    args = []
    empty = True
    for p, c in zip(sheet.params, cells, strict=True):
        if not is_blank(c):
            empty = empty and p.optional
            args.append(c)
        elif p.optional:
            args.append(p.default)
        else:
            args.append(refuse(p, "为空", "is empty; enter a value (0 for none)"))
    if empty:
        return None  # an empty row in, an empty row out: ranges may run past the data
    for k, (p, c) in enumerate(zip(sheet.params, cells, strict=True)):
        if isinstance(args[k], CellError):
            return error_text(args[k])
        if not is_blank(c):
            try:
                args[k] = p.convert(p, c)
            except CellError as err:
                return error_text(err)
            except Exception as err:
                return error_text(_named(p, err))
    return _compute(sheet, args, explain)


def cell(sheet: Sheet, cells: Sequence[Any], explain: bool) -> Any:
    """One result cell from one cell of each argument (an error text if it cannot be).

    An Excel error in any input cell comes first: it is the cause of the others.
    """
    for c in cells:
        if c is None or (type(c) is str and (c in EXCEL_ERRORS or not c.strip())):
            return _with_blanks(sheet, cells, explain)
        if type(c) is dict or type(c).__name__ == "JsNull":
            read = tuple(map(office_cell, cells))
            for q, v in zip(sheet.params, read, strict=True):
                if type(v) is dict:  # an object with no value Office.js would give a cell
                    keys = [str(k) for k in list(v)[:5]]
                    return error_text(
                        refuse(
                            q,
                            "不是单元格的值",
                            f"must be a cell's value, got an object with keys {keys}",
                        )
                    )
            return cell(sheet, read, explain)
    args = []
    p = None
    try:
        for p, c in zip(sheet.params, cells, strict=True):
            args.append(p.convert(p, c))
    except CellError as err:
        return error_text(err)
    except Exception as err:
        assert p is not None
        return error_text(_named(p, err))
    return _compute(sheet, args, explain)


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


def _unmatched(sheet: Sheet, cells: tuple[Any, ...], i: int, j: int) -> str:
    p = next(p for p, c in zip(sheet.params, cells, strict=True) if c is _MISSING)
    return error_text(
        refuse(
            p,
            f"的区域在结果的第{i + 1}行第{j + 1}列没有对应的单元格",
            f"has no cell at row {i + 1}, column {j + 1} of the result: give ranges of one "
            "size, or one row, one column or one cell",
        )
    )


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
    if len(grids) == 1 and n_cols == 1:
        out = _one_column(sheet, _column(grids[0], None, 0, n_rows), explain)
    else:
        by_column = [_rows(sheet, grids, values, j, n_rows, explain) for j in range(n_cols)]
        out = list(zip(*by_column, strict=True))
    return list(out[0]) if all(g.one_dimensional for g in ranges) else out


def _rows(
    sheet: Sheet, grids: list[Any], values: Sequence[Any], j: int, n: int, explain: bool
) -> list[Any]:
    """Column *j* of the result: each argument's column converted, then each row computed."""
    columns = [_column(g, v, j, n) for g, v in zip(grids, values, strict=True)]
    converted = [_converted_column(p, col) for p, col in zip(sheet.params, columns, strict=True)]
    compute = sheet.explain if explain else sheet.value
    slow_rows = {i for col in converted for i, a in enumerate(col) if a is _SLOW}
    memo: dict[tuple[Any, ...], Any] | None = {}
    slow: dict[tuple[Any, ...], Any] = {}
    out = []
    for i, args in enumerate(zip(*converted, strict=True)):
        if slow_rows and i in slow_rows:  # an empty, error or refused cell, or no cell
            out.append(_worded(sheet, tuple(col[i] for col in columns), i, j, explain, slow))
            continue
        found: Any = _MISSING
        if memo is not None:
            found = memo.get(args, _MISSING)
            if i == _SAMPLE and len(memo) > _SAMPLE * 0.9:
                memo = None  # rows all differ: remembering them costs more than it saves
        if found is _MISSING:
            try:
                found = compute(*args)
            except Exception as err:  # one cell never takes down the range
                found = error_text(err)
            if memo is not None:
                memo[args] = found
        out.append(found)
    return out


#: Rows looked at before :func:`_rows` decides whether equal rows are worth remembering.
_SAMPLE = 2000


def _worded(
    sheet: Sheet,
    cells: tuple[Any, ...],
    i: int,
    j: int,
    explain: bool,
    seen: dict[tuple[Any, ...], Any],
) -> Any:
    """A row that :func:`cell` words (equal rows once): empty, error or refused cells."""
    if _MISSING in cells:
        return _unmatched(sheet, cells, i, j)
    key = (cells, tuple(map(type, cells)))  # True == 1, but reads differently
    try:
        found = seen.get(key, _MISSING)
    except TypeError:  # an unhashable cell: on its own
        return cell(sheet, cells, explain)
    if found is _MISSING:
        found = seen[key] = cell(sheet, cells, explain)
    return found


class _Slow:
    """A cell that the fast path does not convert: :func:`cell` words what it holds."""


_SLOW = _Slow()


def _converted_column(p: Param, cells: list[Any]) -> list[Any]:
    """One argument's cells converted, each distinct cell once; :data:`_SLOW` where not.

    An empty cell of an optional argument takes its default; an empty cell of another,
    an error value, a bool and a refused cell are left to :func:`cell` to word.
    """
    convert = p.convert
    blank = p.default if p.optional else _SLOW
    memo: dict[Any, Any] = {}
    get = memo.get
    out: list[Any] = []
    append = out.append
    for c in cells:
        # True == 1 and hashes alike: a bool never meets the memo.
        if c is True or c is False or c is _MISSING:
            append(_SLOW)
            continue
        if c is None:
            append(blank)
            continue
        try:
            found = get(c, _MISSING)
        except TypeError:  # unhashable (an Office.js error object): worded by cell()
            append(_SLOW)
            continue
        if found is _MISSING:
            if type(c) is str and (c in EXCEL_ERRORS or not c.strip()):
                found = _SLOW if c in EXCEL_ERRORS else blank
            else:
                try:
                    found = convert(p, c)
                except Exception:
                    found = _SLOW
            memo[c] = found
        append(found)
    return out


def _whole_column(sheet: Sheet, cells: list[Any]) -> list[Any] | None:
    """The values of a column of whole numbers by the sheet's column rule, in one call.

    None where a cell is anything else (an empty, error, text or fractional cell) or the
    rule refuses one: then the cells are computed one by one and the refused ones worded.
    Whole floats are what the classic add-in sends; Office.js sends ints.
    """
    assert sheet.column is not None
    if cells and type(cells[0]) is float:  # as the classic add-in sends numbers
        try:
            # float.is_integer refuses anything but a float (an int, a bool, a text) with
            # a TypeError: one pass checks the types and that each number is whole.
            whole = all(map(float.is_integer, cells))
        except TypeError:
            pass
        else:
            return _rule_column(sheet.column, list(map(int, cells))) if whole else None
    else:
        try:
            return sheet.column(cells)  # ints, as Office.js sends whole numbers
        except ValueError:  # a count the rule refuses
            return None
        except TypeError:  # other cells further down
            pass
    if set(map(type, cells)) != {int, float}:
        return None
    try:
        numbers = list(map(int, cells))
    except (ValueError, OverflowError):  # NaN or infinity
        return None
    if numbers != cells:  # a fraction: 45000.5 != 45000
        return None
    return _rule_column(sheet.column, numbers)


def _rule_column(rule: Callable[[list[int]], list[Any]], numbers: list[int]) -> list[Any] | None:
    try:
        return rule(numbers)
    except (TypeError, ValueError):
        return None


def _one_column(sheet: Sheet, cells: list[Any], explain: bool) -> list[tuple[Any]]:
    """The hot path: one argument, one column (``=HRSS_STREET_QUOTA(B2:B100001)``)."""
    if sheet.column is not None and not explain:
        values = _whole_column(sheet, cells)
        if values and values.count(values[0]) == len(values):
            # One value all down the column (the community quota is 1 for every station):
            # one row, shared, as a row is a tuple.
            return [(values[0],)] * len(values)
        if values is not None:
            return list(zip(values))
    (p,) = sheet.params
    convert, compute = p.convert, sheet.explain if explain else sheet.value
    memo: dict[Any, Any] = {}
    get = memo.get
    out: list[tuple[Any]] = []
    append = out.append
    for i, c in enumerate(cells):
        t = type(c)
        if t is float or t is int:  # a number (not a bool, though True == 1)
            found = get(c, _MISSING)
            if found is _MISSING:
                try:
                    found = compute(convert(p, c))
                except Exception:  # the general path words the error
                    found = cell(sheet, (c,), explain)
                memo[c] = found
            append((found,))
        elif t is str:
            found = get(c, _MISSING)
            if found is _MISSING:
                found = memo[c] = cell(sheet, (c,), explain)
            append((found,))
        elif c is _MISSING:
            append((_unmatched(sheet, (c,), i, 0),))
        else:
            append((cell(sheet, (c,), explain),))
    return out
