"""One Excel cell converted to an argument of the public API, or refused in its cell.

What Excel sends (a number, a date serial, a text, an error value; through Office.js an
object) becomes an ``int``, a ``datetime.date``, a :class:`~hrss_policy.UnitKind` or a
text, or a :class:`CellError` whose message the cell shows. No policy, no xlwings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import attrs

import hrss_policy as hp
from hrss_policy.calendar.dates import parse_date
from hrss_policy.core import validate as _validate
from hrss_policy.core.cells import CellError as CellError
from hrss_policy.core.cells import ascii_digits

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


# --- converting one cell ------------------------------------------------------------------


@attrs.frozen
class Param:
    """One argument of a worksheet function: its name, how Excel shows it, how a cell reads.

    Its Chinese name is the one the library gives the argument of the same name
    (:func:`hrss_policy.core.validate.label`); only an argument the library has no name for
    (``function_name`` of ``HRSS_EXPLAIN``) gives its own as ``zh=``.
    """

    #: A Python and VBA identifier, shown in Excel's function wizard.
    name: str
    #: A format hint, Chinese then English: ``如 2024 / year, e.g. 2024``.
    hint: str
    convert: Callable[[Param, Any], Any]
    optional: bool = False
    #: The converted value used when the cell is empty or the argument left out.
    default: Any = None
    #: The Chinese name, for an argument the library does not name.
    zh: str | None = attrs.field(default=None, kw_only=True)

    def __attrs_post_init__(self) -> None:
        if self.zh is None and self.name not in _validate.LABELS:
            raise ValueError(f"{self.name!r} has no Chinese name; give it one with zh=")

    @property
    def label(self) -> str:
        """The Chinese name used in error texts."""
        return self.zh if self.zh is not None else _validate.label(self.name)

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
    elif isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]+", ascii_digits(value)):
        # A number stored as text (common in exported sheets) is unambiguous when it is
        # nothing but digits (full-width ones too, as the unit tables read them); anything
        # else is refused rather than guessed at.
        number = int(ascii_digits(value))
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


def whole_numbers(cells: list[Any]) -> list[Any]:
    """A column of cells as a rule's column form takes it: whole floats (as the classic
    add-in sends every number) as the ints :func:`number` reads them as; any other column
    as it is (Office.js sends whole numbers as ints).

    Nothing else is checked here: the column form refuses (raises) the whole column
    wherever a cell is no count it takes, a bool, a text, a fraction or a number beyond
    :data:`EXACT_LIMIT` included (:attr:`~hrss_policy.excel.sheet.Sheet.column`); then
    each cell is read on its own by :func:`number`, and a refused one refused in its cell.
    """
    if cells and type(cells[0]) is float:
        try:
            # float.is_integer refuses anything but a float (an int, a bool, a text) with
            # a TypeError: one pass checks the types and that each number is whole.
            if all(map(float.is_integer, cells)):
                return list(map(int, cells))
        except TypeError:
            pass
    return cells


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
