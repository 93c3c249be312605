"""Worksheet functions for Excel through xlwings: classic add-in and xlwings Lite.

Every function here is named ``HRSS_…``, takes positional arguments, and accepts a single
cell or a range: given ranges it returns a range, so one formula fills a whole column (a
dynamic array); in Python a range is a list of rows, and a returned row is a tuple. A
cell that cannot be computed gets an error text (``错误：…｜Error: …``) in that cell only;
the rest of the range is computed. An input cell holding an Excel error
(``#DIV/0!``, ``#N/A`` …) gives an error text naming that error.

The module holds no policy. It converts what Excel sends (floats or ints for numbers,
``datetime`` or serial numbers for dates, ``None`` or ``""`` for empty cells, error codes,
text with stray spaces) into the types of the public API of :mod:`hrss_policy`, calls that
API, and converts the result back. Ranges follow Excel's own rule for arrays of different
sizes: a range of one row (or one column, or one cell) is repeated along the other ranges;
elsewhere a position that one range does not reach gets an error in that cell.

Range calls compute values only; the Chinese explanation of a result, with its clauses,
is computed when asked for, by :func:`HRSS_EXPLAIN`.

One module serves both runtimes: each function is registered with ``xlwings.func`` and
``xlwings.arg`` (list ``hrss_policy.excel`` under *UDF Modules* for the classic add-in;
``from hrss_policy.excel import *`` in xlwings Lite's ``main.py``). Elsewhere the same
functions are plain Python callables:

>>> from hrss_policy import excel
>>> excel.HRSS_STREET_QUOTA([[45000.0], [6000], [45000.5], [None], ["#DIV/0!"]])
[(8,), (1,), ('错误：服务对象人数（service_recipients）须为整数｜Error: service_recipients must be a whole number, got 45000.5',), (None,), ('错误：服务对象人数（service_recipients）所在单元格为错误值 #DIV/0!｜Error: service_recipients: the input cell holds the Excel error #DIV/0!',)]

Importing this module needs xlwings (the ``excel`` extra); ``import hrss_policy`` never does.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import inspect
from collections.abc import Callable, Mapping
from typing import Any

try:
    import xlwings as xw
except ImportError as exc:  # pragma: no cover - exercised in a subprocess by the tests
    raise ImportError(
        "hrss_policy.excel needs xlwings: pip install xlwings, or install hrss_policy with "
        'its excel extra, pip install "hrss-policy[excel]" (xlwings Lite provides xlwings)'
    ) from exc

import hrss_policy as hp

from .convert import (
    ERROR_PREFIX,
    EXCEL_EPOCH,
    CellError,
    Param,
    date,
    kind,
    money,
    number,
    refuse,
    text,
    year,
)
from .convert import EXACT_LIMIT as EXACT_LIMIT
from .convert import EXCEL_ERRORS as EXCEL_ERRORS
from .office import office_rows
from .ranges import apply, cell, is_blank
from .sheet import Has, Sheet

# --- registration with xlwings -------------------------------------------------------------

_SHEETS: dict[str, Sheet] = {}

#: How xlwings hands over each argument. The classic add-in: a 2-D list (a column stays a
#: column) with error cells as their values (``#DIV/0!``), not as empty. xlwings Lite and
#: Server (``xlwings.on_server``): the cells as Office.js sends them, which the functions
#: read themselves (error objects included); xlwings' own cleaning of each cell would cost
#: more than most functions over a large range.
_CELLS: dict[str, Any] = (
    {"convert": "raw"} if getattr(xw, "on_server", False) else {"ndim": 2, "err_to_str": True}
)

#: How xlwings hands back each result. xlwings Lite and Server: xlwings' own conversion of
#: each cell (a date to a serial number, ``None`` to empty), made once per distinct cell
#: (:func:`~hrss_policy.excel.office.office_rows`) rather than on every one of 100,000.
#: The classic add-in: xlwings' default.
_RESULT: dict[str, Any] = {}
if getattr(xw, "on_server", False):
    from xlwings.conversion import Converter

    class _OfficeResult(Converter):
        # xlwings' pass-through writer ("raw"): the cells are made here.
        base_type = "raw"  # type: ignore[assignment]  # typed None in xlwings, read as a key

        @staticmethod
        def write_value(value: Any, options: Any) -> Any:
            prepare = xw.engines["officejs"].impl.prepare_xl_data_element
            return office_rows(value, lambda x: prepare(x, options))

    _RESULT = {"convert": _OfficeResult}


_CALENDAR: contextvars.ContextVar[hp.WorkingCalendar | None] = contextvars.ContextVar(
    "hrss_policy_excel_calendar", default=None
)


def _calendar() -> hp.WorkingCalendar:
    """The calendar of the working-day functions: the default one plus the schedule files
    named by ``HRSS_POLICY_CALENDAR`` (:func:`hrss_policy.calendar_from_environment`), found
    once per call; a bad file is an error in each cell that needs the calendar."""
    cal = _CALENDAR.get()
    if cal is None:
        cal = hp.calendar_from_environment()
        _CALENDAR.set(cal)
    return cal


def _worksheet_function(sheet: Sheet) -> Callable[..., Any]:
    """Make the function of *sheet*, register it with xlwings and remember the sheet.

    xlwings reads a function's signature for its arguments, its docstring (when it is
    registered) for its description, and its annotations as converters: so the function
    has a signature, the one-line summary as docstring while xlwings registers it (the
    long one afterwards, for the docs) and no annotations. ``ndim=2`` keeps a column a
    column; ``err_to_str`` passes an error cell on as its code (``#DIV/0!``), not as empty.
    """
    signature = inspect.Signature(
        [
            inspect.Parameter(
                p.name,
                inspect.Parameter.POSITIONAL_OR_KEYWORD,
                default=None if p.optional else inspect.Parameter.empty,
            )
            for p in sheet.params
        ]
    )

    def worksheet_function(*args, **kwargs):  # type: ignore[no-untyped-def]
        bound = signature.bind(*args, **kwargs)
        bound.apply_defaults()
        token = _CALENDAR.set(None)  # the calendar is looked up once per call, not per cell
        try:
            return apply(sheet, tuple(bound.arguments.values()))
        finally:
            _CALENDAR.reset(token)

    f = worksheet_function
    f.__name__ = f.__qualname__ = sheet.name
    f.__module__ = __name__
    f.__signature__ = signature  # type: ignore[attr-defined]
    f.__annotations__ = {}
    f.__doc__ = sheet.summary
    f = xw.func(category="hrss_policy")(f)
    if _RESULT:
        f = xw.ret(**_RESULT)(f)
    for p in sheet.params:
        f = xw.arg(p.name, doc=p.description, **_CELLS)(f)
    f.__doc__ = sheet.doc
    _SHEETS[sheet.name] = sheet
    return f


def examples() -> Mapping[str, tuple[tuple[tuple[Any, ...], Any], ...]]:
    """Each function's worked examples: (arguments as Excel sends them, expected cell).

    An expected text that is only part of the cell (an error, an explanation) is given as
    an object whose ``text`` attribute holds it. The tests and the Pyodide smoke test call
    every function with these, through xlwings' own custom-function path.
    """
    return {name: s.examples for name, s in sorted(_SHEETS.items())}


def _roster(full_time: int, part_time: int, part_time_public_servants: int) -> Any:
    """Counts stay counts: the library's roster costs the same for 1 and for 2**53."""
    return hp.Roster.from_counts(
        full_time=full_time,
        part_time=part_time,
        part_time_public_servants=part_time_public_servants,
    )


def _city(ft: int, pt: int, ps: int, months: int) -> float:
    return money(hp.subsidy_for_months(_roster(ft, pt, ps), months).city)


def _district(ft: int, pt: int, ps: int, months: int) -> float:
    return money(hp.subsidy_for_months(_roster(ft, pt, ps), months).district_minimum)


def _subsidy_explained(ft: int, pt: int, ps: int, months: int) -> str:
    text: str = hp.subsidy_for_months(_roster(ft, pt, ps), months).explain()
    return text


# --- the functions -------------------------------------------------------------------------
#
# One entry per worksheet function: its description in Excel, its parameters, its values,
# its explanation and its worked examples. An entry is all a new function needs: it is then
# registered, exported, explained by HRSS_EXPLAIN, documented, and called by the tests and
# the Pyodide smoke test through xlwings with its examples.

_RECIPIENTS = Param("service_recipients", "整数，如 45000 / service recipients, e.g. 45000", number)
_UNIT_KIND = Param(
    "unit_kind", "如 行政区街道、社区、村 / unit kind, e.g. 社区 or COMMUNITY", kind, zh="单位类型"
)
_COORDINATORS = (
    Param("full_time", "整数，如 1 / full-time coordinators, e.g. 1", number),
    Param(
        "part_time",
        "不含公职人员，如 2 / part-time coordinators, not public servants, e.g. 2",
        number,
    ),
    Param(
        "part_time_public_servants",
        "可省略，默认 0 / part-time coordinators who are public servants; optional, 0",
        number,
        optional=True,
        default=0,
    ),
    Param("months", "如 12，可省略，默认 1 / months, e.g. 12; optional, 1", number, True, 1),
)
_DAY = Param("day", "如 2024-10-12 或日期单元格 / a date, e.g. 2024-10-12", date)
_START = Param("start_day", "如 2024-09-30 / the start date, e.g. 2024-09-30", date)
_END = Param("end_day", "如 2024-10-12 / the end date, e.g. 2024-10-12", date)
_COUNT = Param("working_days", "整数，如 5 / working days, e.g. 5", number)
_YEAR = Param("year", "如 2024 / year, e.g. 2024", year)
_QUARTER = Param("quarter", "1至4，如 3 / quarter, 1 to 4, e.g. 3", number)
_PLACE = Param("place", "如 拱北 或 拱北街道 / street, town, community or village", text)
_DISTRICT = Param("district", "如 香洲，可省略 / district, e.g. 香洲; optional", text, True)

# Serial numbers of date cells, as xlwings Lite (Office.js) sends them.
_SEP30, _OCT12 = (
    (dt.date(2024, 9, 30) - EXCEL_EPOCH).days,
    (dt.date(2024, 10, 12) - EXCEL_EPOCH).days,
)
_ERROR = Has(ERROR_PREFIX)

HRSS_STREET_QUOTA = _worksheet_function(
    Sheet(
        name="HRSS_STREET_QUOTA",
        zh="街道（镇）服务机构工作人员定额（三（一）5）",
        en="Staff quota of a street/town agency from its service recipients (三（一）5)",
        params=(_RECIPIENTS,),
        value=lambda n: hp.staff_count(hp.Level.STREET_TOWN, n),
        explain=lambda n: hp.street_staff_quota(n).explain(),
        returns="The number of staff.",
        examples=(
            ((45000,), 8),
            ((6001.0,), 2),
            ((45000.5,), _ERROR),
            (("#DIV/0!",), Has("#DIV/0!")),
        ),
        column=lambda ns: hp.staff_count_column(hp.Level.STREET_TOWN, ns),
    )
)
HRSS_COMMUNITY_QUOTA = _worksheet_function(
    Sheet(
        name="HRSS_COMMUNITY_QUOTA",
        zh="社区（村）服务机构专职工作人员定额（三（一）5）",
        en="Full-time staff of a community/village station (三（一）5)",
        params=(_RECIPIENTS,),
        value=lambda n: hp.staff_count(hp.Level.COMMUNITY_VILLAGE, n),
        explain=lambda n: hp.community_staff_quota(n).explain(),
        returns="The number of full-time staff (one in principle).",
        examples=(((9000,), 1),),
        column=lambda ns: hp.staff_count_column(hp.Level.COMMUNITY_VILLAGE, ns),
    )
)
HRSS_COMMUNITY_EXTRA_STAFF = _worksheet_function(
    Sheet(
        name="HRSS_COMMUNITY_EXTRA_STAFF",
        zh="社区（村）服务机构可否报请增加人员（三（一）5）",
        en="Whether a community/village station may ask for extra staff (三（一）5)",
        params=(_RECIPIENTS,),
        value=lambda n: hp.extra_staff_allowed(hp.Level.COMMUNITY_VILLAGE, n),
        explain=lambda n: hp.community_staff_quota(n).explain(),
        returns="TRUE only above the plan's threshold of service recipients.",
        examples=(((8000,), False), ((8001.0,), True)),
        column=lambda ns: hp.extra_staff_allowed_column(hp.Level.COMMUNITY_VILLAGE, ns),
    )
)
HRSS_STAFF_QUOTA = _worksheet_function(
    Sheet(
        name="HRSS_STAFF_QUOTA",
        zh="按单位类型计算工作人员定额（三（一）5）",
        en="Staff quota of a unit of any kind, by the rule of its level (三（一）5)",
        params=(_UNIT_KIND, _RECIPIENTS),
        value=lambda kind, n: hp.staff_count(kind, n),
        explain=lambda kind, n: hp.staff_quota(kind, n).explain(),
        returns="The number of staff.",
        examples=(
            (("行政区街道", 45000), 8),
            ((" 村 ", 3000), 1),
            (("镇", 3000), Has("unit_kind")),
        ),
    )
)
HRSS_SUBSIDY_CITY = _worksheet_function(
    Sheet(
        name="HRSS_SUBSIDY_CITY",
        zh="市级协理员工资补助，元（三（五））",
        en="The city's wage subsidy for a station's coordinators, in yuan (三（五）)",
        params=_COORDINATORS,
        value=_city,
        explain=_subsidy_explained,
        returns="The amount in yuan.",
        examples=(((1, 1, 1), 1800.0), ((2.0, 0, None, 12), 24000.0)),
    )
)
HRSS_SUBSIDY_DISTRICT_MIN = _worksheet_function(
    Sheet(
        name="HRSS_SUBSIDY_DISTRICT_MIN",
        zh="区级协理员工资经费的最低额，元（三（五））",
        en="The least the district must pay a station's coordinators, in yuan (三（五）)",
        params=_COORDINATORS,
        value=_district,
        explain=_subsidy_explained,
        returns="The amount in yuan.",
        examples=(((1, 1, 1, 12), 21600.0),),
    )
)
HRSS_AGENCY_NAME = _worksheet_function(
    Sheet(
        name="HRSS_AGENCY_NAME",
        zh="服务机构的规范名称（三（一）4）",
        en="The standard name of an agency (三（一）4)",
        params=(_UNIT_KIND, _PLACE, _DISTRICT),
        value=lambda kind, place, district: (
            hp.agency_name_detail(kind, place, district=district).name
        ),
        explain=lambda kind, place, district: hp.agency_name_detail(
            kind, place, district=district
        ).explain(),
        returns="The standard name.",
        examples=(
            (
                ("行政区街道", " 拱北 ", "香洲"),
                "珠海市香洲区拱北街道办事处人力资源和社会保障服务所",
            ),
            (("社区", "夏湾", None), "夏湾社区人力资源和社会保障服务站"),
        ),
    )
)
HRSS_IS_WORKING_DAY = _worksheet_function(
    Sheet(
        name="HRSS_IS_WORKING_DAY",
        zh="是否为国家法定工作日（含调休上班日）",
        en="Whether a day is a working day of the official national calendar",
        params=(_DAY,),
        value=lambda d: _calendar().is_working_day(d),
        explain=lambda d: hp.day_info(d, calendar=_calendar()).explain(),
        returns="TRUE or FALSE; a year whose official schedule is not held is an error in its cell.",
        examples=(((_OCT12,), True), ((_OCT12 + 1.0,), False), (("2024-10-13",), False)),
    )
)
HRSS_ADD_WORKING_DAYS = _worksheet_function(
    Sheet(
        name="HRSS_ADD_WORKING_DAYS",
        zh="某日之后的第 n 个工作日",
        en="The n-th working day after a date, on the official national calendar",
        params=(_START, _COUNT),
        value=lambda d, n: _calendar().add_working_days(d, n),
        explain=lambda d, n: hp.working_day_offset(d, n, calendar=_calendar()).explain(),
        returns="The date.",
        examples=(((_SEP30, 5), dt.date(2024, 10, 12)),),
    )
)
HRSS_WORKING_DAYS_BETWEEN = _worksheet_function(
    Sheet(
        name="HRSS_WORKING_DAYS_BETWEEN",
        zh="两个日期之间的工作日数",
        en="The number of working days between two dates, on the official national calendar",
        params=(_START, _END),
        value=lambda a, b: _calendar().working_days_between(a, b),
        explain=lambda a, b: hp.working_day_span(a, b, calendar=_calendar()).explain(),
        returns="The number of working days after the start day, up to and including the end day.",
        examples=(((_SEP30, _OCT12), 5),),
    )
)
HRSS_QUARTERLY_DEADLINE = _worksheet_function(
    Sheet(
        name="HRSS_QUARTERLY_DEADLINE",
        zh="季度工作进展报送截止日（四（二））",
        en="The last day a district may report a quarter's progress (四（二）)",
        params=(_YEAR, _QUARTER),
        value=lambda y, q: hp.quarterly_report_deadline(y, q, calendar=_calendar()),
        explain=lambda y, q: hp.quarterly_report(y, q, calendar=_calendar()).explain(),
        returns="The deadline date.",
        examples=(((2024, 3), dt.date(2024, 10, 12)), ((1e15, 3.0), Has("年份（year）"))),
    )
)


# --- explanations -----------------------------------------------------------------------------


def _function_name(p: Param, value: Any) -> Sheet:
    if isinstance(value, str) and value.strip().upper() in _SHEETS:
        return _SHEETS[value.strip().upper()]
    known = ", ".join(n for n in _SHEETS if n != "HRSS_EXPLAIN")
    raise refuse(p, f"须为以下函数之一：{known}", f"must be one of {known}, got {value!r}")


def _explained(sheet: Sheet, *cells: Any) -> str:
    given = list(cells)
    while given and is_blank(given[-1]) and len(given) > len(sheet.params):
        given.pop()
    if len(given) > len(sheet.params) or sheet.name == "HRSS_EXPLAIN":
        raise CellError(
            f"{sheet.name} takes {len(sheet.params)} arguments, got {len(given)}",
            zh=f"{sheet.name} 的参数过多",
        )
    given += [None] * (len(sheet.params) - len(given))
    text = cell(sheet, given, explain=True)
    if text is None:
        raise CellError("the arguments are empty", zh="参数为空")
    if isinstance(text, str) and text.startswith(ERROR_PREFIX):
        zh, _, en = text[len(ERROR_PREFIX) :].partition("｜Error: ")
        raise CellError(en, zh=zh)
    return str(text)


_ORDINALS = {"first": "一", "second": "二", "third": "三", "fourth": "四"}

HRSS_EXPLAIN = _worksheet_function(
    Sheet(
        name="HRSS_EXPLAIN",
        zh="另一个 HRSS 函数结果的中文解释，逐步并注明条款",
        en="The Chinese explanation, step by step with its clauses, of another HRSS function's result",
        params=(
            Param(
                "function_name",
                "如 HRSS_STREET_QUOTA / the function to explain, e.g. HRSS_STREET_QUOTA",
                _function_name,
                zh="函数名",
            ),
            *(
                Param(
                    f"{en}_argument",
                    f"该函数的第{zh}个参数 / that function's {en} argument",
                    lambda p, v: v,
                    optional=en != "first",
                    zh=f"第{zh}个参数",
                )
                for en, zh in _ORDINALS.items()
            ),
        ),
        value=_explained,
        explain=_explained,
        returns="The explanation, several lines (set the cell to wrap text).",
        examples=((("HRSS_STREET_QUOTA", 45000), Has("三（一）5")),),
    )
)

__all__ = sorted(_SHEETS)
