"""How Excel cells become arguments of the public API, and results become cells again.

The machinery behind :mod:`hrss_policy.excel` (which holds the table of worksheet
functions): converting one cell, broadcasting ranges as Excel does, and per-cell errors.
It holds no policy and does not need xlwings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from itertools import chain
from typing import Any

import attrs

import hrss_policy as hp
from hrss_policy.calendar.dates import parse_date

#: The text every error cell starts with. Not ``#…``: xlwings Lite would read that as an
#: Excel error code and drop the reason.
ERROR_PREFIX = "错误："

#: Excel holds numbers as doubles: beyond 2**53 a whole-looking number is no exact count.
EXACT_LIMIT = 2**53

#: Excel's error values by the name Office.js gives their kind (``Excel.ErrorCellValueType``,
#: Microsoft's list of Excel error values); the classic add-in passes an error cell on
#: as the value itself (xlwings' ``err_to_str``), Office.js as ``{"type": "Error", …}``.
OFFICE_ERRORS = {
    "Null": "#NULL!",
    "Div0": "#DIV/0!",
    "Value": "#VALUE!",
    "Ref": "#REF!",
    "Name": "#NAME?",
    "Num": "#NUM!",
    "NotAvailable": "#N/A",
    "GettingData": "#GETTING_DATA",
    "Spill": "#SPILL!",
    "Calc": "#CALC!",
    "Field": "#FIELD!",
    "Blocked": "#BLOCKED!",
    "Connect": "#CONNECT!",
    "Busy": "#BUSY!",
    "Unknown": "#UNKNOWN!",
    "Python": "#PYTHON!",
}
EXCEL_ERRORS = frozenset(OFFICE_ERRORS.values())


def office_cell(value: Any) -> Any:
    """A cell as Office.js sends it, as the classic add-in would: an error object becomes
    its error value, a typed value its basic value, Pyodide's ``JsNull`` becomes ``None``."""
    if isinstance(value, dict):
        if value.get("type") == "Error":
            code = value.get("basicValue") or OFFICE_ERRORS.get(value.get("errorType", ""))
            return code if code in EXCEL_ERRORS else "#VALUE!"
        return value.get("basicValue", value)
    if type(value).__name__ == "JsNull":
        return None
    return value


#: Day 0 of Excel's 1900 date system as Python counts it (Excel's serial 60 is the
#: 1900-02-29 that never was, so serials from 61 on, 1900-03-01, are exact).
EXCEL_EPOCH = dt.date(1899, 12, 30)
_EPOCH_ORDINAL = EXCEL_EPOCH.toordinal()
_FIRST_EXACT_SERIAL = 61
_LAST_SERIAL = (dt.date(9999, 12, 31) - EXCEL_EPOCH).days


class CellError(hp.PolicyError):
    """A cell whose value cannot be converted to what the API accepts (``zh=`` as ever)."""


# --- converting one cell ------------------------------------------------------------------


@attrs.frozen
class Param:
    """One argument of a worksheet function: its name, how Excel shows it, how a cell reads."""

    #: A Python and VBA identifier, shown in Excel's function wizard.
    name: str
    #: The Chinese name used in error texts.
    label: str
    #: A format hint, Chinese then English: ``如 2024 / year, e.g. 2024``.
    hint: str
    convert: Callable[[Param, Any], Any]
    optional: bool = False
    #: The converted value used when the cell is empty or the argument left out.
    default: Any = None

    @property
    def called(self) -> str:
        return f"{self.label}（{self.name}）"

    @property
    def description(self) -> str:
        """What Excel's function wizard shows for the argument: ``年份，如 2024 / year, …``."""
        return f"{self.label}，{self.hint}"


def refuse(p: Param, zh: str, en: str) -> CellError:
    return CellError(f"{p.name}{'' if en.startswith(':') else ' '}{en}", zh=f"{p.called}{zh}")


def _number_slow(p: Param, value: Any) -> int:
    if isinstance(value, bool):
        raise refuse(p, "须为数字", f"must be a number, got {value}")
    if isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise refuse(p, "须为整数", f"must be a whole number, got {value!r}")
        number = int(value)
    elif isinstance(value, int):
        number = value
    elif isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]+", value.strip()):
        # A number stored as text (common in exported sheets) is unambiguous when it is
        # nothing but digits; anything else is refused rather than guessed at.
        number = int(value.strip())
    else:
        raise refuse(p, "须为整数", f"must be a whole number, got {value!r}")
    if abs(number) > EXACT_LIMIT:
        raise refuse(
            p,
            "超出 Excel 可精确表示的范围",
            f"must be at most {EXACT_LIMIT} in magnitude (Excel cannot hold a larger "
            f"whole number exactly), got {value!r}",
        )
    return number


def number(p: Param, value: Any) -> int:
    """A whole number from a cell: an int, a whole float, or digits typed as text."""
    if type(value) is float:
        if value.is_integer() and -EXACT_LIMIT <= value <= EXACT_LIMIT:
            return int(value)
    elif type(value) is int and -EXACT_LIMIT <= value <= EXACT_LIMIT:
        return value
    return _number_slow(p, value)


def year(p: Param, value: Any) -> int:
    year = number(p, value)
    if not 1 <= year <= 9999:
        raise refuse(p, "须在1至9999之间", f"must be a year from 1 to 9999, got {value!r}")
    return year


def kind(p: Param, value: Any) -> hp.UnitKind:
    if not isinstance(value, str):
        raise refuse(p, "须为单位类型名称", f"must be a UnitKind name or label, got {value!r}")
    return hp.UnitKind.from_label(value)


def text(p: Param, value: Any) -> str:
    if not isinstance(value, str):
        raise refuse(p, "须为文字", f"must be text, got {value!r}")
    return value.strip()


def _date_slow(p: Param, value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        # The classic add-in sends a date cell as a datetime at midnight; a time of day
        # would make "which day" a question of time zone, so it is refused, not cut off.
        if value.time() != dt.time(0) or value.tzinfo is not None:
            raise refuse(
                p, "须为日期（不含时间）", f"must be a date without a time, got {value.isoformat()}"
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # xlwings Lite sends a date cell as its serial number (1900 date system).
        if isinstance(value, float) and not value.is_integer():
            raise refuse(
                p,
                "须为日期（不含时间）",
                f"must be a date serial number without a time, got {value!r}",
            )
        if not _FIRST_EXACT_SERIAL <= value <= _LAST_SERIAL:
            raise refuse(
                p,
                "不是有效的日期序列号",
                f"must be a date serial number from {_FIRST_EXACT_SERIAL} (1900-03-01) to "
                f"{_LAST_SERIAL}, got {value!r}",
            )
        return dt.date.fromordinal(int(value) + _EPOCH_ORDINAL)
    if isinstance(value, str):
        # The library's one date reader: 2024-10-12, 2024/10/12, 2024.10.12, 2024年10月12日;
        # ambiguous day-first forms are refused, never guessed.
        return parse_date(value, name=p.name)
    raise refuse(
        p, "须为日期", f"must be a date, a date serial or text like 2024-10-12, got {value!r}"
    )


def date(p: Param, value: Any) -> dt.date:
    """A calendar day from a cell: a date, a midnight datetime, a serial number or ISO text."""
    if (type(value) is float or type(value) is int) and (
        _FIRST_EXACT_SERIAL <= value <= _LAST_SERIAL and value == int(value)
    ):
        return dt.date.fromordinal(int(value) + _EPOCH_ORDINAL)
    return _date_slow(p, value)


#: The largest amount in yuan a double holds to the fen (exact: Decimal division of ints).
_MONEY_LIMIT = Decimal(EXACT_LIMIT).scaleb(-2)


def money(amount: Decimal) -> float:
    """An amount in yuan as the double Excel holds, refused where a double loses a fen.

    No arithmetic: a caller's ``decimal`` context (precision, traps) never applies here.
    """
    if amount.copy_abs() > _MONEY_LIMIT:
        raise CellError(
            f"the amount {amount} yuan is too large for Excel to hold to the fen",
            zh="金额超出 Excel 可精确表示的范围",
        )
    return float(amount)


# --- ranges: shapes, broadcasting and per-cell errors --------------------------------------


def error_text(err: Exception) -> str:
    """The text of an error cell: the Chinese message first, then the English one."""
    if isinstance(err, hp.PolicyError):
        zh = err.message_zh
    elif isinstance(err, TypeError):
        zh = "输入类型不符"
    elif isinstance(err, ValueError):
        zh = "输入不被接受"
    else:
        return f"{ERROR_PREFIX}意外错误，请报告｜Error: unexpected {type(err).__name__}: {err}"
    return f"{ERROR_PREFIX}{zh}｜Error: {err}"


@attrs.frozen
class Has:
    """An expected cell in a worked example that holds this text (an error, an explanation)."""

    text: str


@attrs.frozen
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
    #: gives cell by cell, and refuse (raise) the whole column wherever :attr:`value`
    #: refuses a cell: then the cells are computed one by one and the refused ones worded.
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


# --- results back to Office.js ---------------------------------------------------------------


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
