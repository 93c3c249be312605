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
from typing import Any

import attrs

import hrss_policy as hp

#: The text every error cell starts with. Not ``#…``: xlwings Lite would read that as an
#: Excel error code and drop the reason.
ERROR_PREFIX = "错误："

#: Excel holds numbers as doubles: beyond 2**53 a whole-looking number is no exact count.
EXACT_LIMIT = 2**53

#: Excel's error values, as xlwings passes an error cell on with ``err_to_str=True``
#: (Microsoft's list of Excel error values and Office.js ``Excel.ErrorCellValueType``).
EXCEL_ERRORS = frozenset(
    {
        "#NULL!",
        "#DIV/0!",
        "#VALUE!",
        "#REF!",
        "#NAME?",
        "#NUM!",
        "#N/A",
        "#GETTING_DATA",
        "#SPILL!",
        "#CALC!",
        "#FIELD!",
        "#BLOCKED!",
        "#CONNECT!",
        "#BUSY!",
        "#UNKNOWN!",
        "#PYTHON!",
    }
)

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
        text = value.strip()
        match = re.fullmatch(r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})", text)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError as err:
                raise refuse(p, "不是存在的日期", f"{text!r} is not a date ({err})") from err
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


def money(amount: Decimal) -> float:
    """An amount in yuan as the double Excel holds, refused where a double loses a fen."""
    if abs(amount) * 100 > EXACT_LIMIT:
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


def _left_empty(p: Param) -> Any:
    if p.optional:
        return p.default
    raise refuse(p, "为空", "is empty; enter a value (0 for none)")


def _converted(p: Param, value: Any) -> Any:
    """*value* converted for *p*; a refusal by the library names the argument too."""
    try:
        return p.convert(p, value)
    except CellError:
        raise
    except (hp.PolicyError, TypeError) as err:
        zh = err.message_zh if isinstance(err, hp.PolicyError) else ""
        zh = (
            f"{p.called}不被接受：{zh}"
            if zh != hp.PolicyError.default_zh
            else f"{p.called}不被接受"
        )
        raise CellError(f"{p.name}: {err}", zh=zh) from err


def cell(sheet: Sheet, cells: Sequence[Any], explain: bool) -> Any:
    """One result cell from one cell of each argument."""
    empty = True
    for p, c in zip(sheet.params, cells, strict=True):
        if type(c) is str and c in EXCEL_ERRORS:
            return error_text(
                refuse(p, f"所在单元格为错误值 {c}", f": the input cell holds the Excel error {c}")
            )
        if empty and not p.optional and not is_blank(c):
            empty = False
    if empty:
        return None  # an empty row in, an empty row out: ranges may run past the data
    try:
        args = [
            _left_empty(p) if is_blank(c) else _converted(p, c)
            for p, c in zip(sheet.params, cells, strict=True)
        ]
        if explain:
            return sheet.explain(*args)
        return sheet.value(*args)
    except Exception as err:  # one cell never takes down the range
        return error_text(err)


class _Missing:
    """A position that one argument's range does not reach."""


_MISSING = _Missing()


def _grid(p: Param, value: Any) -> tuple[list[Any], int, bool] | str | None:
    """Rows, width and whether 1-D, of a range argument; None for a single value.

    Returns an error text where the argument is no range at all (an empty list, a list
    mixing rows and values): then no cell of the result can be matched.
    """
    if not isinstance(value, list | tuple):
        return None
    if value and all(isinstance(r, list | tuple) for r in value):
        width = max(len(r) for r in value)
        if width:
            return list(value), width, False
    elif value and not any(isinstance(r, list | tuple) for r in value):
        return [value], len(value), True
    return error_text(
        refuse(
            p,
            "不是单元格区域",
            "must be a cell or a range (a list of rows of cells), got "
            f"{type(value).__name__} of {len(value)} items",
        )
    )


def apply(sheet: Sheet, values: Sequence[Any], explain: bool = False) -> Any:
    """Compute *sheet* cell by cell over ranges, broadcasting as Excel does."""
    grids = []
    for p, v in zip(sheet.params, values, strict=True):
        g = _grid(p, v)
        if isinstance(g, str):
            return g
        grids.append(g)
    ranges = [g for g in grids if g is not None]
    if not ranges:
        return cell(sheet, values, explain)
    n_rows = max(len(g[0]) for g in ranges)
    n_cols = max(g[1] for g in ranges)
    memo: dict[tuple[Any, ...], Any] = {}

    def at(k: int, i: int, j: int) -> Any:
        g = grids[k]
        if g is None:
            return values[k]
        rows, width, _ = g
        if len(rows) == 1:
            i = 0
        elif i >= len(rows):
            return _MISSING
        if width == 1:
            j = 0
        row = rows[i]
        return row[j] if j < len(row) else _MISSING

    def compute(i: int, j: int) -> Any:
        cells = tuple(at(k, i, j) for k in range(len(grids)))
        for p, c in zip(sheet.params, cells, strict=True):
            if c is _MISSING:
                return error_text(
                    refuse(
                        p,
                        f"的区域在结果的第{i + 1}行第{j + 1}列没有对应的单元格",
                        f"has no cell at row {i + 1}, column {j + 1} of the result: give "
                        "ranges of one size, or one row, one column or one cell",
                    )
                )
        try:
            # Equal cells give equal results: each distinct row is computed once. A
            # bool equals 1 or 0 but reads differently, so rows holding one are not kept.
            if any(type(c) is bool for c in cells):
                return cell(sheet, cells, explain)
            found = memo.get(cells, _MISSING)
        except TypeError:  # an unhashable cell: computed (and refused) on its own
            return cell(sheet, cells, explain)
        if found is _MISSING:
            found = memo[cells] = cell(sheet, cells, explain)
        return found

    if len(grids) == 1 and n_cols == 1 and grids[0] is not None:
        out = _one_column(sheet, grids[0][0], explain, memo, compute)
    else:
        out = [[compute(i, j) for j in range(n_cols)] for i in range(n_rows)]
    return out[0] if all(g[2] for g in ranges) else out


def _one_column(
    sheet: Sheet,
    rows: list[Any],
    explain: bool,
    memo: dict[tuple[Any, ...], Any],
    compute: Callable[[int, int], Any],
) -> list[list[Any]]:
    """The hot path: one argument, one column (``=HRSS_STREET_QUOTA(B2:B100001)``)."""
    out = []
    get = memo.get
    for i, row in enumerate(rows):
        c = row[0] if len(row) == 1 else _MISSING
        if type(c) is float or type(c) is int:
            key = (c,)
            found = get(key, _MISSING)
            if found is _MISSING:
                found = memo[key] = cell(sheet, key, explain)
            out.append([found])
        else:
            out.append([compute(i, 0)])
    return out
