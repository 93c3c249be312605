"""Where the held years' schedules come from.

The held years ship as a generated table (:mod:`hrss_policy.calendar.official_days`), read by
:func:`official_schedules` without importing ``holidays``; :func:`schedules_from_holidays`
is the table's source and cross-check, and :func:`estimated_schedule` the rule-based
estimate of a year not published, the only use of ``holidays`` at run time.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from ..errors import CalendarDataError
from .days import DayKind, parse_name, swap_name
from .notices import HELD_NOTICES
from .schedule import SHIPPED, YearSchedule, makeup_names

__all__ = ["estimated_schedule", "official_schedules", "schedules_from_holidays"]


def _one_style(days_off: Mapping[dt.date, str]) -> dict[dt.date, str]:
    """The days off with each swap named as the make-up days are (``休息日（由9月29日调休）``)."""
    out = {}
    for day, name in days_off.items():
        base, worked = parse_name(DayKind.DAY_OFF, name, day)
        out[day] = swap_name(DayKind.DAY_OFF, base, day, worked) if worked else name
    return out


def _holidays_china(years: Iterable[int]) -> Any:
    # Deferred: importing hrss_policy must not load holidays.
    from holidays.countries.china import China

    return China(years=list(years), language="zh_CN")  # type: ignore[no-untyped-call]


_SHIPPED_KINDS = ("off", "work")


def official_schedules() -> list[YearSchedule]:
    """The held years' schedules from the data shipped in the package (no ``holidays``)."""
    # Deferred: only the first use of the default calendar needs the table.
    from . import official_days as shipped

    years = sorted(HELD_NOTICES)
    if years != list(range(shipped.FIRST_YEAR, shipped.LAST_YEAR + 1)):
        raise CalendarDataError(
            f"the shipped official days cover {shipped.FIRST_YEAR}–{shipped.LAST_YEAR} but "
            f"notices are listed for {years[0]}–{years[-1]}; regenerate them with "
            "scripts/generate_official_days.py",
            zh="随库提供的放假数据与收录的通知年份不一致，请重新生成",
        )
    off: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    worked: dict[int, dict[dt.date, str]] = {y: {} for y in years}
    for iso, kind, name in shipped.DAYS:
        day = dt.date.fromisoformat(iso)
        if kind not in _SHIPPED_KINDS or day.year not in off:
            raise CalendarDataError(
                f"shipped official days: bad row {(iso, kind, name)!r}",
                zh="随库提供的放假数据有误，请重新生成",
            )
        (off if kind == "off" else worked)[day.year][day] = name
    return [YearSchedule(y, off[y], worked[y], HELD_NOTICES[y], source=SHIPPED) for y in years]


def schedules_from_holidays() -> list[YearSchedule]:
    """The held years' schedules computed from ``holidays``: the source of the shipped data.

    ``scripts/generate_official_days.py`` writes these out; the tests check that the
    shipped data is equal to them.
    """
    years = sorted(HELD_NOTICES)
    # Only held years are populated, so a notice of a year not held cannot reach back
    # into the last held year's December.
    cn = _holidays_china(years)
    all_off = {d: n for d, n in cn.items() if d.year in HELD_NOTICES}
    out = []
    for year in years:
        off = {d: n for d, n in all_off.items() if d.year == year}
        worked = [d for d in cn.weekend_workdays if d.year == year]
        # The name of a swap may sit in the next year (2011-12-31 worked for 2012-01-03).
        names = makeup_names(all_off, worked)
        off = _one_style(off)
        out.append(YearSchedule(year, off, names, HELD_NOTICES[year], source=SHIPPED))
    return out


def estimated_schedule(year: int) -> YearSchedule:
    """A rule-based estimate of *year* from ``holidays``: statutory holidays, no swaps."""
    cn = _holidays_china([year])
    off = {d: n for d, n in cn.items() if d.year == year}
    worked = [d for d in cn.weekend_workdays if d.year == year]
    return YearSchedule(year, off, makeup_names(off, worked), (), estimated=True)
