"""Calendar facts the tests derive from the calendar itself, so a new held year edits no test.

``LAST`` is the last year the shipped calendar holds and ``NEXT`` the first it does not;
tests that need a year beyond the held ones register an *invented* schedule of ``NEXT``
(:func:`invented_year`), titled as invented so that nobody mistakes it for a notice.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import hrss_policy as hp

OFFICIAL = hp.WorkingCalendar.official()
FIRST: int = OFFICIAL.first_year
LAST: int = OFFICIAL.last_year
NEXT: int = LAST + 1


def first_weekday(year: int, month: int, weekday: int) -> dt.date:
    """The first day of *month* that falls on *weekday* (0 = Monday … 6 = Sunday)."""
    day = dt.date(year, month, 1)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def invented_year(year: int = NEXT, **changes: Any) -> dict[str, Any]:
    """Schedule data for *year*, invented for tests: New Year's Day off, and a Saturday of
    February off (a bridging day) swapped with the Saturday after it, worked."""
    saturday_off = first_weekday(year, 2, 5)
    saturday_worked = saturday_off + dt.timedelta(days=7)
    data: dict[str, Any] = {
        "year": year,
        "notices": [{"title": f"测试用虚构的{year}年放假安排", "issued": f"{year - 1}-11-20"}],
        "days_off": {
            f"{year}-01-01": "元旦",
            first_weekday(year, 2, 2).isoformat(): f"休息日（由 {saturday_worked} 调休）",
        },
        "working_days": {saturday_worked.isoformat(): "调休上班"},
    }
    data.update(changes)
    return data


def with_invented_year(cal: hp.WorkingCalendar | None = None) -> hp.WorkingCalendar:
    """*cal* (default: the official calendar) with the invented schedule of the year after it."""
    cal = cal or OFFICIAL
    return cal.with_year(hp.YearSchedule.from_data(invented_year(cal.last_year + 1)))
