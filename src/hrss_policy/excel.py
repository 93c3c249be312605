"""Worksheet functions for Excel through xlwings: classic add-in and xlwings Lite.

Every function here is named ``HRSS_…``, takes positional arguments only, and accepts a
single cell or a range: given a range it returns a range of the same shape, so one formula
fills a whole column (a dynamic array). A cell that cannot be computed gets an error text
(``错误：…｜Error: …``) in that cell only; the rest of the range is computed.

The module holds no policy. It converts what Excel sends (floats for numbers, ``datetime``
or serial numbers for dates, ``None`` or ``""`` for empty cells, text with stray spaces)
into the types of the public API of :mod:`hrss_policy`, calls that API, and converts the
result back. A float is a count only when it is whole (``45000.0`` is, ``45000.5`` is not).

One module serves both runtimes. ``xlwings.func``/``arg`` register the functions with the
classic add-in (list ``hrss_policy.excel`` under *UDF Modules*) and with xlwings Lite
(``from hrss_policy.excel import *`` in ``main.py``, ``hrss-policy`` in
``requirements.txt``); elsewhere they leave the functions untouched, so the same
functions are plain Python callables too:

>>> from hrss_policy import excel
>>> excel.HRSS_STREET_QUOTA([[45000.0], [6000.0], [45000.5], [None]])
[[8], [1], ['错误：服务对象人数（service_recipients）须为整数｜Error: service_recipients must be a whole number, got 45000.5'], [None]]

Importing this module needs xlwings (the ``excel`` extra); ``import hrss_policy`` never does.
"""

from __future__ import annotations

import datetime as dt
import inspect
import re
from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any, TypeVar

try:
    import xlwings as xw
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "hrss_policy.excel needs xlwings; install the excel extra: "
        'pip install "hrss-policy[excel]" (xlwings Lite already provides xlwings)'
    ) from exc

import attrs

import hrss_policy as hp

__all__ = [
    "HRSS_ADD_WORKING_DAYS",
    "HRSS_AGENCY_NAME",
    "HRSS_COMMUNITY_EXTRA_STAFF",
    "HRSS_COMMUNITY_QUOTA",
    "HRSS_EXPLAIN",
    "HRSS_IS_WORKING_DAY",
    "HRSS_QUARTERLY_DEADLINE",
    "HRSS_STAFF_QUOTA",
    "HRSS_STREET_QUOTA",
    "HRSS_SUBSIDY_CITY",
    "HRSS_SUBSIDY_DISTRICT_MIN",
    "HRSS_WORKING_DAYS_BETWEEN",
]

#: The text every error cell starts with. Not ``#…``: xlwings Lite would read that as an
#: Excel error code and drop the reason.
ERROR_PREFIX = "错误："

_F = TypeVar("_F", bound=Callable[..., Any])


class _CellError(hp.PolicyError):
    """A cell whose value cannot be converted to what the API accepts."""

    def __init__(self, zh: str, en: str) -> None:
        super().__init__(en)
        self.zh = zh


# --- converting one cell ------------------------------------------------------------------

_LABELS = {
    "service_recipients": "服务对象人数",
    "kind": "单位类型",
    "full_time": "专职协理员人数",
    "part_time": "兼职协理员人数",
    "part_time_public_servant": "兼职公职人员人数",
    "months": "月数",
    "function": "函数名",
    "place": "地名",
    "district": "所在区",
    "date": "日期",
    "start": "起始日期",
    "end": "截止日期",
    "n": "工作日数",
    "year": "年份",
    "quarter": "季度",
}


def _label(name: str) -> str:
    return f"{_LABELS.get(name, name)}（{name}）"


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


#: Excel holds numbers as doubles: beyond 2**53 a whole-looking float is no exact count.
EXACT_LIMIT = 2**53


def _count(name: str, value: Any) -> int:
    """A whole number from a cell: an int, a whole float, or digits typed as text."""
    if _blank(value):
        raise _CellError(f"{_label(name)}为空", f"{name} is empty; enter a number (0 for none)")
    if isinstance(value, bool):
        raise _CellError(f"{_label(name)}须为数字", f"{name} must be a number, got {value}")
    if isinstance(value, int):
        number = value
    elif isinstance(value, float):
        if value != value or value in (float("inf"), float("-inf")) or not value.is_integer():
            raise _CellError(
                f"{_label(name)}须为整数", f"{name} must be a whole number, got {value!r}"
            )
        number = int(value)
    elif isinstance(value, str) and re.fullmatch(r"[+-]?[0-9]+", value.strip()):
        # A number stored as text (common in exported sheets) is unambiguous when it is
        # nothing but digits; anything else is refused below rather than guessed at.
        number = int(value.strip())
    else:
        raise _CellError(f"{_label(name)}须为整数", f"{name} must be a whole number, got {value!r}")
    if abs(number) > EXACT_LIMIT:
        raise _CellError(
            f"{_label(name)}超出 Excel 可精确表示的范围",
            f"{name} must be at most {EXACT_LIMIT} in magnitude (Excel cannot hold a larger "
            f"whole number exactly), got {value!r}",
        )
    return number


def _kind(name: str, value: Any) -> hp.UnitKind:
    if _blank(value):
        raise _CellError(f"{_label(name)}为空", f"{name} is empty")
    if not isinstance(value, str):
        raise _CellError(
            f"{_label(name)}须为类型名称或中文标签",
            f"{name} must be a UnitKind name or Chinese label, got {value!r}",
        )
    return hp.UnitKind.from_label(value)


#: Day 0 of Excel's 1900 date system as Python counts it (Excel's serial 60 is the
#: 1900-02-29 that never was, so serials from 61 on, 1900-03-01, are exact).
_EXCEL_EPOCH = dt.date(1899, 12, 30)
_FIRST_EXACT_SERIAL = 61
_LAST_SERIAL = (dt.date(9999, 12, 31) - _EXCEL_EPOCH).days


def _date(name: str, value: Any) -> dt.date:
    """A calendar day from a cell: a date, a midnight datetime, a serial number or ISO text."""
    if _blank(value):
        raise _CellError(f"{_label(name)}为空", f"{name} is empty; enter a date")
    if isinstance(value, dt.datetime):
        # The classic add-in sends a date cell as a datetime at midnight; a time of day
        # would make "which day" a question of time zone, so it is refused, not cut off.
        if value.time() != dt.time(0) or value.tzinfo is not None:
            raise _CellError(
                f"{_label(name)}须为日期（不含时间）",
                f"{name} must be a date without a time of day, got {value.isoformat()}",
            )
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        # xlwings Lite sends a date cell as its serial number (1900 date system).
        if isinstance(value, float) and not value.is_integer():
            raise _CellError(
                f"{_label(name)}须为日期（不含时间）",
                f"{name} must be a whole date serial number without a time, got {value!r}",
            )
        if not _FIRST_EXACT_SERIAL <= value <= _LAST_SERIAL:
            raise _CellError(
                f"{_label(name)}不是有效的日期序列号",
                f"{name} must be a date serial number from {_FIRST_EXACT_SERIAL} (1900-03-01) "
                f"to {_LAST_SERIAL}, got {value!r}",
            )
        return _EXCEL_EPOCH + dt.timedelta(days=int(value))
    if isinstance(value, str):
        text = value.strip()
        match = re.fullmatch(r"([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})", text)
        if match:
            try:
                return dt.date(*(int(g) for g in match.groups()))
            except ValueError as err:
                raise _CellError(
                    f"{_label(name)}不是存在的日期", f"{name}: {text!r} is not a date ({err})"
                ) from err
    raise _CellError(
        f"{_label(name)}须为日期",
        f"{name} must be a date, a date serial number or text like 2024-10-12, got {value!r}",
    )


def _place(name: str, value: Any) -> str:
    if _blank(value):
        raise _CellError(f"{_label(name)}为空", f"{name} is empty")
    if not isinstance(value, str):
        raise _CellError(f"{_label(name)}须为文字", f"{name} must be text, got {value!r}")
    return value.strip()


@attrs.frozen
class _Param:
    name: str
    convert: Callable[[str, Any], Any]
    #: The converted value used when the whole argument is left out of the formula.
    default: Any = None
    optional: bool = False


@attrs.frozen
class _Sheet:
    """How one worksheet function maps cells to the public API and back."""

    name: str
    params: tuple[_Param, ...]
    #: Calls the public API with converted arguments and returns its result object.
    compute: Callable[..., Any]
    #: Turns that result into what the cell shows.
    cell: Callable[[Any], Any]


# --- ranges: shapes, broadcasting and per-cell errors --------------------------------------

_Shape = tuple[int, int] | int | None  # (rows, cols) for 2-D, n for a 1-D list, None: scalar


def _shape(value: Any) -> _Shape:
    if isinstance(value, list | tuple):
        if value and all(isinstance(row, list | tuple) for row in value):
            widths = {len(row) for row in value}
            if len(widths) != 1:
                raise hp.PolicyError(f"a range must be rectangular, got rows of widths {widths}")
            return (len(value), widths.pop())
        if any(isinstance(row, list | tuple) for row in value):
            raise hp.PolicyError("a range must be a list of rows (lists), not a mix")
        return len(value)
    return None


def _at(value: Any, shape: _Shape, i: int, j: int) -> Any:
    if shape is None:
        return value
    if isinstance(shape, int):
        return value[j]
    if shape == (1, 1):
        return value[0][0]
    return value[i][j]


def _error_text(err: Exception) -> str:
    if isinstance(err, _CellError):
        zh = err.zh
    elif isinstance(err, hp.CalendarNotConfirmedError):
        zh = "该年度的官方节假日安排尚未收录"
    elif isinstance(err, hp.NotApplicableError):
        zh = "规则不适用"
    elif isinstance(err, TypeError):
        zh = "输入类型不符"
    else:
        zh = "输入不被接受"
    return f"{ERROR_PREFIX}{zh}｜Error: {err}"


def _one(sheet: _Sheet, cells: Sequence[Any], explain: bool) -> Any:
    required = [c for p, c in zip(sheet.params, cells, strict=True) if not p.optional]
    if required and all(_blank(c) for c in required):
        return None  # an empty row in, an empty row out: ranges may run past the data
    try:
        args = [
            p.default if p.optional and _blank(c) else p.convert(p.name, c)
            for p, c in zip(sheet.params, cells, strict=True)
        ]
        result = sheet.compute(*args)
        if explain:
            text: str = result.explain()
            return text
        return sheet.cell(result)
    except (hp.PolicyError, TypeError, ValueError) as err:
        return _error_text(err)


def _apply(sheet: _Sheet, values: Sequence[Any], explain: bool = False) -> Any:
    """Compute *sheet* cell by cell over ranges of one shape (single cells broadcast)."""
    shapes = [_shape(v) for v in values]
    wide = {s for s in shapes if s is not None and s != (1, 1)}
    if len(wide) > 1:
        given = ", ".join(
            f"{p.name}={s if s is not None else 'one cell'}"
            for p, s in zip(sheet.params, shapes, strict=True)
        )
        raise hp.PolicyError(
            f"{sheet.name}: 各参数区域须同样大小或为单个单元格｜the ranges must have the same "
            f"shape, or be single cells; got {given}"
        )
    if not wide:
        if any(s == (1, 1) for s in shapes):
            return [
                [
                    _one(
                        sheet,
                        [_at(v, s, 0, 0) for v, s in zip(values, shapes, strict=True)],
                        explain,
                    )
                ]
            ]
        return _one(sheet, values, explain)
    (shape,) = wide
    rows, cols = (1, shape) if isinstance(shape, int) else shape
    out = [
        [
            _one(sheet, [_at(v, s, i, j) for v, s in zip(values, shapes, strict=True)], explain)
            for j in range(cols)
        ]
        for i in range(rows)
    ]
    return out[0] if isinstance(shape, int) else out


def _given(*args: Any) -> list[Any]:
    return list(args)


# --- registration with xlwings -------------------------------------------------------------


def _worksheet_function(sheet: _Sheet) -> Callable[[_F], _F]:
    """Register a function with xlwings: each argument a 2-D range, the result spilled.

    xlwings reads a function's type annotations as converters, so they are removed before
    registering (they are for the type checker only). ``ndim=2`` keeps a column a column:
    without it xlwings passes a one-column range as a flat list.
    """

    def register(f: _F) -> _F:
        params = list(inspect.signature(f).parameters)
        if params != [p.name for p in sheet.params]:  # pragma: no cover - a programming slip
            raise AssertionError(f"{f.__name__}: parameters {params} do not match its spec")
        f.__annotations__ = {}
        for p in sheet.params:
            f = xw.arg(p.name, ndim=2, doc=_LABELS.get(p.name, p.name))(f)
        registered: _F = xw.func(f)
        return registered

    return register


def _money(amount: Decimal) -> float:
    # Excel holds every number as a double; a 2-place yuan amount converts back exactly.
    return float(amount)


def _roster(full_time: int, part_time: int, public_servants: int) -> list[hp.Coordinator]:
    counts = {
        "full_time": full_time,
        "part_time": part_time,
        "part_time_public_servant": public_servants,
    }
    for name, n in counts.items():
        if n < 0:
            raise _CellError(f"{_label(name)}不能为负数", f"{name} must be ≥ 0, got {n}")
    return (
        [hp.Coordinator(hp.Employment.FULL_TIME) for _ in range(full_time)]
        + [hp.Coordinator(hp.Employment.PART_TIME) for _ in range(part_time)]
        + [
            hp.Coordinator(hp.Employment.PART_TIME, public_servant=True)
            for _ in range(public_servants)
        ]
    )


# --- staffing: 三（一）5 ----------------------------------------------------------------------

_RECIPIENTS = _Param("service_recipients", _count)

_STREET_QUOTA = _Sheet(
    "HRSS_STREET_QUOTA", (_RECIPIENTS,), hp.street_staff_quota, lambda q: q.staff
)
_COMMUNITY_QUOTA = _Sheet(
    "HRSS_COMMUNITY_QUOTA", (_RECIPIENTS,), hp.community_staff_quota, lambda q: q.staff
)
_COMMUNITY_EXTRA = _Sheet(
    "HRSS_COMMUNITY_EXTRA_STAFF",
    (_RECIPIENTS,),
    hp.community_staff_quota,
    lambda q: q.extra_staff_allowed,
)
_STAFF_QUOTA = _Sheet(
    "HRSS_STAFF_QUOTA", (_Param("kind", _kind), _RECIPIENTS), hp.staff_quota, lambda q: q.staff
)


@_worksheet_function(_STREET_QUOTA)
def HRSS_STREET_QUOTA(service_recipients: Any) -> Any:
    """Staff quota of a street/town agency (街道（镇）服务机构), 三（一）5.

    Args:
        service_recipients: Service recipients (服务对象), a whole number per cell.

    Returns:
        The number of staff, in the shape of the input.

    >>> excel.HRSS_STREET_QUOTA(45000.0)
    8
    """
    return _apply(_STREET_QUOTA, _given(service_recipients))


@_worksheet_function(_COMMUNITY_QUOTA)
def HRSS_COMMUNITY_QUOTA(service_recipients: Any) -> Any:
    """Full-time staff of a community/village station (社区（村）服务机构), 三（一）5.

    Args:
        service_recipients: Service recipients (服务对象), a whole number per cell.

    Returns:
        The number of full-time staff (the plan's 1 in principle), in the input's shape.

    >>> excel.HRSS_COMMUNITY_QUOTA([[3000.0, 9000.0]])
    [[1, 1]]
    """
    return _apply(_COMMUNITY_QUOTA, _given(service_recipients))


@_worksheet_function(_COMMUNITY_EXTRA)
def HRSS_COMMUNITY_EXTRA_STAFF(service_recipients: Any) -> Any:
    """Whether a community/village station may ask for extra staff, 三（一）5.

    Args:
        service_recipients: Service recipients (服务对象), a whole number per cell.

    Returns:
        TRUE only above the threshold (8000 in the 2011 plan), in the input's shape.

    >>> excel.HRSS_COMMUNITY_EXTRA_STAFF([[8000.0], [8001.0]])
    [[False], [True]]
    """
    return _apply(_COMMUNITY_EXTRA, _given(service_recipients))


@_worksheet_function(_STAFF_QUOTA)
def HRSS_STAFF_QUOTA(kind: Any, service_recipients: Any) -> Any:
    """Staff quota of a unit of any kind: the street/town or the community/village rule.

    Args:
        kind: The unit kind, by ``UnitKind`` name (``DISTRICT_STREET``) or Chinese label
            (``社区``, ``行政区镇`` …); stray spaces are ignored.
        service_recipients: Service recipients (服务对象), a whole number per cell.

    Returns:
        The number of staff, in the shape of the inputs (a single cell broadcasts).

    >>> excel.HRSS_STAFF_QUOTA([["行政区街道"], [" 社区 "]], [[45000.0], [9000.0]])
    [[8], [1]]
    """
    return _apply(_STAFF_QUOTA, _given(kind, service_recipients))


# --- coordinator subsidies: 三（五） ---------------------------------------------------------

_SUBSIDY_PARAMS = (
    _Param("full_time", _count),
    _Param("part_time", _count),
    _Param("part_time_public_servant", _count, default=0, optional=True),
    _Param("months", _count, default=1, optional=True),
)


def _subsidy(full_time: int, part_time: int, public_servants: int, months: int) -> Any:
    return hp.subsidy_for_months(_roster(full_time, part_time, public_servants), months)


_SUBSIDY_CITY = _Sheet("HRSS_SUBSIDY_CITY", _SUBSIDY_PARAMS, _subsidy, lambda s: _money(s.city))
_SUBSIDY_DISTRICT = _Sheet(
    "HRSS_SUBSIDY_DISTRICT_MIN",
    _SUBSIDY_PARAMS,
    _subsidy,
    lambda s: _money(s.district_minimum),
)


@_worksheet_function(_SUBSIDY_CITY)
def HRSS_SUBSIDY_CITY(
    full_time: Any, part_time: Any, part_time_public_servant: Any = None, months: Any = None
) -> Any:
    """The city's coordinator wage subsidy for a station, in yuan, 三（五）.

    Args:
        full_time: Full-time coordinators (专职协理员), public servants among them included.
        part_time: Part-time coordinators who are not public servants (兼职协理员).
        part_time_public_servant: Part-time coordinators who are public servants; they
            may not draw part-time pay. Left out of the formula: 0.
        months: Months covered. Left out of the formula: 1.

    Returns:
        The amount in yuan, in the shape of the inputs.

    >>> excel.HRSS_SUBSIDY_CITY(1.0, 1.0, 1.0)
    1800.0
    >>> excel.HRSS_SUBSIDY_CITY([[2.0], [0.0]], [[0.0], [3.0]], None, 12.0)
    [[24000.0], [28800.0]]
    """
    return _apply(_SUBSIDY_CITY, _given(full_time, part_time, part_time_public_servant, months))


@_worksheet_function(_SUBSIDY_DISTRICT)
def HRSS_SUBSIDY_DISTRICT_MIN(
    full_time: Any, part_time: Any, part_time_public_servant: Any = None, months: Any = None
) -> Any:
    """The least the district must pay a station's coordinators, in yuan, 三（五）.

    Arguments as for :func:`HRSS_SUBSIDY_CITY`.

    >>> excel.HRSS_SUBSIDY_DISTRICT_MIN(1.0, 1.0, 1.0)
    1800.0
    """
    return _apply(_SUBSIDY_DISTRICT, _given(full_time, part_time, part_time_public_servant, months))


# --- names: 三（一）4 -------------------------------------------------------------------------


def _agency_name(kind: hp.UnitKind, place: str, district: str | None) -> Any:
    return hp.agency_name_detail(kind, place, district=district)


_AGENCY_NAME = _Sheet(
    "HRSS_AGENCY_NAME",
    (
        _Param("kind", _kind),
        _Param("place", _place),
        _Param("district", _place, default=None, optional=True),
    ),
    _agency_name,
    lambda a: a.name,
)


@_worksheet_function(_AGENCY_NAME)
def HRSS_AGENCY_NAME(kind: Any, place: Any, district: Any = None) -> Any:
    """The standard name of an agency under 三（一）4.

    Args:
        kind: The unit kind, by ``UnitKind`` name or Chinese label.
        place: The street, town, zone, community or village, with or without its suffix
            (拱北 / 拱北街道 / 拱北街道办事处).
        district: The administrative district, for a street or town of one (香洲 / 香洲区);
            empty or left out for the other kinds.

    Returns:
        The standard name, in the shape of the inputs.

    >>> excel.HRSS_AGENCY_NAME("行政区街道", " 拱北 ", "香洲")
    '珠海市香洲区拱北街道办事处人力资源和社会保障服务所'
    """
    return _apply(_AGENCY_NAME, _given(kind, place, district))


# --- working days and deadlines: 四（二） ----------------------------------------------------


@attrs.frozen
class _Plain:
    """A bare value of the API (a bool, date or count) in the shape :class:`_Sheet` expects."""

    value: Any
    text: str

    def explain(self) -> str:
        return self.text


def _is_working_day(d: dt.date) -> _Plain:
    answer = hp.is_working_day(d)
    return _Plain(
        answer, f"{d.isoformat()} {'是' if answer else '不是'}工作日（国家法定工作日安排）"
    )


def _add_working_days(d: dt.date, n: int) -> _Plain:
    due = hp.add_working_days(d, n)
    return _Plain(due, f"{d.isoformat()} 之后第 {n} 个工作日为 {due.isoformat()}")


def _working_days_between(a: dt.date, b: dt.date) -> _Plain:
    n = hp.working_days_between(a, b)
    return _Plain(n, f"{a.isoformat()}（不含）至 {b.isoformat()}（含）之间有 {n} 个工作日")


_IS_WORKING_DAY = _Sheet(
    "HRSS_IS_WORKING_DAY", (_Param("date", _date),), _is_working_day, lambda r: r.value
)
_ADD_WORKING_DAYS = _Sheet(
    "HRSS_ADD_WORKING_DAYS",
    (_Param("date", _date), _Param("n", _count)),
    _add_working_days,
    lambda r: r.value,
)
_WORKING_DAYS_BETWEEN = _Sheet(
    "HRSS_WORKING_DAYS_BETWEEN",
    (_Param("start", _date), _Param("end", _date)),
    _working_days_between,
    lambda r: r.value,
)
_QUARTERLY_DEADLINE = _Sheet(
    "HRSS_QUARTERLY_DEADLINE",
    (_Param("year", _count), _Param("quarter", _count)),
    hp.quarterly_report,
    lambda r: hp.quarterly_report_deadline(r.year, r.quarter),
)


@_worksheet_function(_IS_WORKING_DAY)
def HRSS_IS_WORKING_DAY(date: Any) -> Any:
    """Whether a day is a working day of the official national calendar.

    Args:
        date: A date cell (the classic add-in sends a datetime, xlwings Lite a serial
            number) or text like ``2024-10-12``.

    Returns:
        TRUE or FALSE, in the input's shape; a year whose official schedule the library
        does not hold gives an error in that cell.

    >>> excel.HRSS_IS_WORKING_DAY([[dt.datetime(2024, 10, 12)], [45578.0]])
    [[True], [False]]
    """
    return _apply(_IS_WORKING_DAY, _given(date))


@_worksheet_function(_ADD_WORKING_DAYS)
def HRSS_ADD_WORKING_DAYS(date: Any, n: Any) -> Any:
    """The n-th working day strictly after a date.

    Args:
        date: The start date.
        n: The number of working days, a whole number.

    Returns:
        The date, in the inputs' shape.

    >>> excel.HRSS_ADD_WORKING_DAYS("2024-09-30", 5.0)
    datetime.date(2024, 10, 12)
    """
    return _apply(_ADD_WORKING_DAYS, _given(date, n))


@_worksheet_function(_WORKING_DAYS_BETWEEN)
def HRSS_WORKING_DAYS_BETWEEN(start: Any, end: Any) -> Any:
    """The working days after *start* up to and including *end*.

    Args:
        start: The first date (not counted).
        end: The last date (counted).

    Returns:
        The number of working days, in the inputs' shape.

    >>> excel.HRSS_WORKING_DAYS_BETWEEN(dt.datetime(2024, 9, 30), dt.datetime(2024, 10, 12))
    5
    """
    return _apply(_WORKING_DAYS_BETWEEN, _given(start, end))


@_worksheet_function(_QUARTERLY_DEADLINE)
def HRSS_QUARTERLY_DEADLINE(year: Any, quarter: Any) -> Any:
    """The last day a district may report a quarter's progress, 四（二）.

    Args:
        year: The year, e.g. 2024.
        quarter: The quarter, 1 to 4.

    Returns:
        The deadline date, in the inputs' shape.

    >>> excel.HRSS_QUARTERLY_DEADLINE([[2024.0, 2024.0]], [[3.0, 4.0]])
    [[datetime.date(2024, 10, 12), datetime.date(2025, 1, 8)]]
    """
    return _apply(_QUARTERLY_DEADLINE, _given(year, quarter))


# --- explanations -----------------------------------------------------------------------------

_EXPLAINABLE: dict[str, _Sheet] = {
    s.name: s
    for s in (
        _STREET_QUOTA,
        _COMMUNITY_QUOTA,
        _COMMUNITY_EXTRA,
        _STAFF_QUOTA,
        _SUBSIDY_CITY,
        _SUBSIDY_DISTRICT,
        _AGENCY_NAME,
        _IS_WORKING_DAY,
        _ADD_WORKING_DAYS,
        _WORKING_DAYS_BETWEEN,
        _QUARTERLY_DEADLINE,
    )
}

_EXPLAIN_PARAMS = (
    _Param("function", lambda _name, v: v),
    _Param("arg1", lambda _name, v: v),
    _Param("arg2", lambda _name, v: v, optional=True),
    _Param("arg3", lambda _name, v: v, optional=True),
    _Param("arg4", lambda _name, v: v, optional=True),
)


def _explain(function: Any, *cells: Any) -> Any:
    if not isinstance(function, str) or function.strip().upper() not in _EXPLAINABLE:
        known = ", ".join(_EXPLAINABLE)
        raise _CellError(
            f"{_label('function')}不可解释", f"function must be one of {known}, got {function!r}"
        )
    sheet = _EXPLAINABLE[function.strip().upper()]
    given = list(cells)
    while given and given[-1] is None and len(given) > len(sheet.params):
        given.pop()
    if len(given) > len(sheet.params):
        raise _CellError(
            f"{sheet.name} 的参数过多",
            f"{sheet.name} takes {len(sheet.params)} arguments, got {len(given)}",
        )
    given += [None] * (len(sheet.params) - len(given))
    text = _one(sheet, given, explain=True)
    if text is None:
        raise _CellError("参数为空", "the arguments are empty")
    return _Explained(str(text))


@attrs.frozen
class _Explained:
    text: str

    def explain(self) -> str:
        return self.text


_EXPLAIN = _Sheet("HRSS_EXPLAIN", _EXPLAIN_PARAMS, _explain, lambda e: e.text)


@_worksheet_function(_EXPLAIN)
def HRSS_EXPLAIN(
    function: Any, arg1: Any, arg2: Any = None, arg3: Any = None, arg4: Any = None
) -> Any:
    """The Chinese explanation, step by step with clauses, of another ``HRSS_`` result.

    Args:
        function: The name of the worksheet function to explain, e.g. ``"HRSS_STREET_QUOTA"``.
        arg1: Its first argument (a cell or a range).
        arg2: Its second argument, if it has one.
        arg3: Its third argument, if it has one.
        arg4: Its fourth argument, if it has one.

    Returns:
        The explanation text (several lines: set the cell to wrap text), in the inputs' shape.

    >>> print(excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", 45000.0))
    依据三（一）5，街道（镇）服务机构按照每6000名服务对象配备1名工作人员。
    服务对象45000人，45000 ÷ 6000 = 7.5，向上取整，定额为8人。
    工作人员应于2012年6月30日前配备到位。
    已按规定足额配备工作人员且工作任务较重的，可由街道（镇）报请区政府（管委会）批准适当增加人员，不新增编制，所需经费由区、街道（镇）通过政府购买服务方式解决。
    """
    return _apply(_EXPLAIN, _given(function, arg1, arg2, arg3, arg4))
