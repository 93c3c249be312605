"""Dates as Chinese spreadsheets and command lines write them: one parser, never a guess.

The CSV reader, the ``hrss-policy`` command and the Excel functions read dates here, so a
date is accepted or refused the same way everywhere:

* :func:`parse_date` reads text: ``2024-10-12``, ``2024/10/12``, ``2024.10.12`` and
  ``2024年10月12日``, with or without leading zeros (``2024-1-5``), surrounding spaces
  trimmed. The year always comes first, so no form is ambiguous. Refused, each with a
  message saying what is accepted: day-first or month-first forms (``10/12/2024`` is
  12 October in one country and 10 December in another), two-digit years, ISO week dates
  (``2027-W01-1``), times of day (``2024-10-12 09:30``), dates that do not exist
  (``2024-02-30``) and anything else.
* :func:`date_from_serial` reads an Excel date serial number (the 1900 date system, as
  xlwings Lite and ``openpyxl`` pass a date cell): whole numbers only, since a fraction
  is a time of day.
* :func:`parse_month` and :func:`parse_quarter` read the periods the command takes
  (``2024-10``, ``2024年10月``; ``2024Q3``, ``2024年第3季度``).

No parser here guesses a format (``dateutil.parser`` is not used for that reason).
Refusals are :class:`~hrss_policy.PolicyError` with an English and a Chinese message
naming the argument; a value of the wrong type is a ``TypeError``.

>>> from hrss_policy.calendar import dates as _dates
>>> _dates.parse_date(" 2024年10月12日 "), _dates.parse_date("2024/1/5")
(datetime.date(2024, 10, 12), datetime.date(2024, 1, 5))
>>> _dates.date_from_serial(45577)
datetime.date(2024, 10, 12)
>>> _dates.parse_date("10/12/2024")
Traceback (most recent call last):
...
hrss_policy.errors.PolicyError: date: '10/12/2024' puts the day or the month first, which is ambiguous (12 October or 10 December); write the year first; a date is written 2024-10-12, 2024/10/12, 2024.10.12 or 2024年10月12日
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from ..core import validate as _validate
from ..errors import PolicyError

__all__ = [
    "ACCEPTED",
    "ACCEPTED_ZH",
    "date_from_serial",
    "parse_date",
    "parse_month",
    "parse_quarter",
]

#: The accepted spellings, as the messages list them.
ACCEPTED = "2024-10-12, 2024/10/12, 2024.10.12 or 2024年10月12日"
ACCEPTED_ZH = "2024-10-12、2024/10/12、2024.10.12或2024年10月12日"

# [0-9], not \d: \d also matches full-width and other scripts' digits.
_YMD = re.compile(r"([0-9]{4})([-/.])([0-9]{1,2})\2([0-9]{1,2})")
_CHINESE = re.compile(r"([0-9]{4})年([0-9]{1,2})月([0-9]{1,2})日")
_DAY_FIRST = re.compile(r"[0-9]{1,2}([-/.])[0-9]{1,2}\1[0-9]{2}(?:[0-9]{2})?")
_ISO_WEEK = re.compile(r"[0-9]{4}-?[Ww][0-9]{1,2}(?:-?[0-9])?")
_TIME = re.compile(r".*[0-9日](?:T|\s+)[0-9]{1,2}(?::[0-9]{2}|时|点).*")
_MONTH = re.compile(r"([0-9]{4})(?:([-/.])([0-9]{1,2})|年([0-9]{1,2})月)")
_QUARTER = re.compile(r"([0-9]{4})(?:-?[Qq]([1-4])|年第?([1-4])季度?)")

#: Excel's 1900 date system: serial 1 is 1900-01-01, serial 60 the 1900-02-29 that never
#: was (kept for Lotus 1-2-3's sake), so later serials count from 1899-12-30.
_EPOCH_BEFORE_LEAP_BUG = dt.date(1899, 12, 31)
_EPOCH = dt.date(1899, 12, 30)
_PHANTOM_SERIAL = 60
_LAST_SERIAL = (dt.date(9999, 12, 31) - _EPOCH).days


def _refuse(name: str, text: str, why: str, why_zh: str) -> PolicyError:
    return PolicyError(
        f"{name}: {_validate.shown(text)} {why}; a date is written {ACCEPTED}",
        zh=f"{_validate.label(name)}{_validate.shown_zh(text)}{why_zh}；日期应写作{ACCEPTED_ZH}",
    )


def _make(name: str, text: str, year: str, month: str, day: str) -> dt.date:
    try:
        return dt.date(int(year), int(month), int(day))
    except ValueError:
        raise PolicyError(
            f"{name}: {_validate.shown(text)} is not a date that exists",
            zh=f"{_validate.label(name)}{_validate.shown_zh(text)}不是存在的日期",
        ) from None


def parse_date(text: str, *, name: str = "date") -> dt.date:
    """The date *text* writes, in one of the accepted forms, or a refusal naming *name*.

    Raises:
        TypeError: *text* is not a ``str``.
        PolicyError: *text* is not a date in an accepted form, or not a date that exists.
    """
    given = _validate.text(name, text).strip()
    for pattern, groups in ((_YMD, (1, 3, 4)), (_CHINESE, (1, 2, 3))):
        match = pattern.fullmatch(given)
        if match:
            return _make(name, given, *(match.group(g) for g in groups))
    if _DAY_FIRST.fullmatch(given):
        raise _refuse(
            name,
            given,
            "puts the day or the month first, which is ambiguous (12 October or 10 December); "
            "write the year first",
            "的年月日顺序不明确，应先写年份",
        )
    if _ISO_WEEK.fullmatch(given):
        raise _refuse(
            name, given, "is an ISO week date, not accepted", "是按周编号的日期，不予接受"
        )
    if _TIME.fullmatch(given):
        raise _refuse(
            name, given, "has a time of day; give the date alone", "含有时刻，只应填写日期"
        )
    raise _refuse(name, given, "is not a date in an accepted form", "不是可识别的日期写法")


def date_from_serial(serial: Any, *, name: str = "date") -> dt.date:
    """The date of an Excel date serial number (1900 date system): 45577 → 2024-10-12.

    Accepts an ``int`` or a whole ``float`` from 1 (1900-01-01) to 2958465 (9999-12-31),
    except 60, Excel's phantom 1900-02-29.

    Raises:
        TypeError: *serial* is not an ``int`` or ``float`` (a ``bool`` is refused).
        PolicyError: a fraction (a time of day), not finite, out of range, or 60.
    """
    if isinstance(serial, bool) or not isinstance(serial, int | float):
        raise TypeError(
            f"{name} must be a date serial number (int or float), got {_validate.describe(serial)}"
        )
    label = _validate.label(name)
    if isinstance(serial, float):
        if not math.isfinite(serial):
            raise PolicyError(
                f"{name} must be a finite date serial number, got {serial!r}",
                zh=f"{label}应为日期序列号，收到{serial!r}",
            )
        if not serial.is_integer():
            raise PolicyError(
                f"{name} must be a whole date serial number (a date without a time of day), "
                f"got {serial!r}",
                zh=f"{label}应为不含时刻的日期，收到{serial!r}",
            )
    number = int(serial)
    if not 1 <= number <= _LAST_SERIAL:
        raise PolicyError(
            f"{name} must be a date serial number from 1 (1900-01-01) to {_LAST_SERIAL} "
            f"(9999-12-31), got {_validate.shown_int(number)}",
            zh=f"{label}应为1至{_LAST_SERIAL}之间的日期序列号，收到{_validate.shown_int_zh(number)}",
        )
    if number == _PHANTOM_SERIAL:
        raise PolicyError(
            f"{name}: serial 60 is 1900-02-29, a day that never existed (Excel's 1900 "
            "leap-year bug)",
            zh=f"{label}的序列号60对应不存在的1900年2月29日",
        )
    epoch = _EPOCH_BEFORE_LEAP_BUG if number < _PHANTOM_SERIAL else _EPOCH
    return epoch + dt.timedelta(days=number)


def parse_month(text: str, *, name: str = "month") -> tuple[int, int]:
    """``(year, month)`` from ``2024-10``, ``2024/10``, ``2024.10`` or ``2024年10月``.

    >>> from hrss_policy.calendar import dates as _dates
    >>> _dates.parse_month("2024年10月"), _dates.parse_month(" 2024-1 ")
    ((2024, 10), (2024, 1))
    """
    given = _validate.text(name, text).strip()
    match = _MONTH.fullmatch(given)
    month = int(match.group(3) or match.group(4)) if match else 0
    if not match or not 1 <= month <= 12:
        raise PolicyError(
            f"{name}: {_validate.shown(given)} is not a month; write it as 2024-10 or 2024年10月",
            zh=f"{_validate.label(name)}{_validate.shown_zh(given)}不是月份，"
            "请写作2024-10或2024年10月",
        )
    return int(match.group(1)), month


def parse_quarter(text: str, *, name: str = "quarter") -> tuple[int, int]:
    """``(year, quarter)`` from ``2024Q3``, ``2024-Q3``, ``2024q3`` or ``2024年第3季度``.

    >>> from hrss_policy.calendar import dates as _dates
    >>> _dates.parse_quarter("2024Q3"), _dates.parse_quarter("2024年第4季度")
    ((2024, 3), (2024, 4))
    """
    given = _validate.text(name, text).strip()
    match = _QUARTER.fullmatch(given)
    if not match:
        raise PolicyError(
            f"{name}: {_validate.shown(given)} is not a quarter; write it as 2024Q3 or "
            "2024年第3季度",
            zh=f"{_validate.label(name)}{_validate.shown_zh(given)}不是季度，"
            "请写作2024Q3或2024年第3季度",
        )
    return int(match.group(1)), int(match.group(2) or match.group(3))
