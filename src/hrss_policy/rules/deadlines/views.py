"""The official calendar to look at: a month, or a quarter with its report deadline, as a grid.

:func:`calendar_month` gives a month as ``cal`` prints one — weekdays across, Monday first,
as Chinese calendars are printed — with each day off and make-up working day marked by
the character a Chinese wall calendar uses, and a legend naming them::

    休  a statutory holiday (法定节假日)
    调  a bridging day off (调休休息日), with the weekend day worked in its place
    班  a make-up working day (调休上班日), with the day off it pays for
    报  the quarterly report's due date (报送期限), in the quarter view

:func:`calendar_quarter` gives the months of a quarter, and the month its report is due
in, with the deadline of 四（二） marked. ``render()`` returns the text; each line is
free of trailing spaces, and the grid lines up in a terminal that shows Chinese
characters two columns wide.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ...calendar import WorkingCalendar, check_calendar
from ...calendar.days import DayInfo, DayKind
from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import ACCOUNTABILITY
from ...plan.clauses import cites as _cites
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from .reports import QuarterlyReport, quarterly_report

__all__ = ["CalendarMonth", "CalendarQuarter", "calendar_month", "calendar_quarter"]

HOLIDAY, BRIDGING, MAKEUP, DEADLINE = "休", "调", "班", "报"
_LEGEND = {
    HOLIDAY: "法定节假日",
    BRIDGING: "调休休息日",
    MAKEUP: "调休上班日",
    DEADLINE: "报送期限",
}
_CELL = 4  # two digits, then a mark two columns wide
_HEADER = "   ".join("一二三四五六日")  # each weekday (two columns) over its day's digits
_WIDTH = 7 * _CELL + 6


def _mark(day: DayInfo) -> str:
    if day.kind is DayKind.MAKEUP_WORKDAY:
        return MAKEUP
    if day.kind is DayKind.DAY_OFF:
        return BRIDGING if day.name.startswith("休息日") else HOLIDAY
    return ""


def _width(text: str) -> int:
    """Columns *text* takes in a terminal: two for a Chinese character, one otherwise."""
    return sum(2 if ord(c) > 0x2E7F else 1 for c in text)


def _short(d: dt.date, year: int) -> str:
    return _zh.month_day(d) if d.year == year else _zh.date(d)


def _grid(year: int, month: int, days: tuple[DayInfo, ...], marks: dict[dt.date, str]) -> list[str]:
    title = f"{year}年{month}月"
    lines = [" " * ((_WIDTH - _width(title)) // 2) + title, _HEADER]
    cells = [" " * _CELL] * days[0].date.weekday()  # blank cells before the 1st, Monday first
    for day in days:
        mark = marks.get(day.date) or _mark(day)
        cells.append(f"{day.date.day:>2}{mark or '  '}")
    for i in range(0, len(cells), 7):
        lines.append(" ".join(cells[i : i + 7]).rstrip())
    return lines


def _legend(
    days: tuple[DayInfo, ...], marks: dict[dt.date, str], notes: dict[dt.date, str], year: int
) -> list[str]:
    """One line per kind of mark present: the mark, its meaning, the days and their names."""
    holidays = [d for d in days if _mark(d) == HOLIDAY]
    items: dict[str, list[str]] = {HOLIDAY: [], BRIDGING: [], MAKEUP: [], DEADLINE: []}
    i = 0
    while i < len(holidays):  # consecutive days of one festival as one item
        j = i
        while (
            j + 1 < len(holidays)
            and holidays[j + 1].date == holidays[j].date + dt.timedelta(days=1)
            and holidays[j + 1].name == holidays[i].name
        ):
            j += 1
        first, last = holidays[i].date, holidays[j].date
        when = _short(first, year)
        if j > i:
            same_month = (first.year, first.month) == (last.year, last.month)
            when += f"至{last.day}日" if same_month else f"至{_short(last, year)}"
        # A name from a schedule file is shown, never obeyed: a line break or a terminal
        # control sequence in it appears escaped (\n, \x1b) and the grid keeps its lines.
        items[HOLIDAY].append(f"{when}{_validate.printable(holidays[i].name)}")
        i = j + 1
    for day in days:
        swap = None if day.swapped_with is None else _short(day.swapped_with, year)
        if _mark(day) == BRIDGING:
            items[BRIDGING].append(_short(day.date, year) + (f"（由{swap}调休）" if swap else ""))
        elif _mark(day) == MAKEUP:
            items[MAKEUP].append(_short(day.date, year) + (f"（调至{swap}休息）" if swap else ""))
    for marked, mark in sorted(marks.items()):
        items[mark].append(f"{_short(marked, year)}{notes.get(marked, '')}")
    lines = [
        f"{mark} {_LEGEND[mark]}：{'、'.join(found)}" for mark, found in items.items() if found
    ]
    estimated = sorted({d.date.year for d in days if d.estimated})
    if estimated:
        years = "、".join(f"{y}年" for y in estimated)
        lines.append(f"{years}的放假安排为推定，国务院尚未公布。")
    return lines


def _month_days(cal: WorkingCalendar, year: int, month: int) -> tuple[DayInfo, ...]:
    first = dt.date(year, month, 1)
    last = dt.date(year + (month == 12), month % 12 + 1, 1) - dt.timedelta(days=1)
    return cal.days(first, last)


@attrs.frozen
class CalendarMonth(Cited):
    """One month of the official calendar, to look at.

    Attributes:
        year: The year.
        month: The month, 1–12.
        days: Every day of the month, in order, as :class:`~hrss_policy.DayInfo`.
        clauses: Empty: the calendar is a tool the rules use, not a clause of the plan.
    """

    year: int
    month: int
    days: tuple[DayInfo, ...]

    @property
    def estimated(self) -> bool:
        """True if the month's year is a rule-based estimate."""
        return any(d.estimated for d in self.days)

    def render(self) -> str:
        """The month as a grid, Monday first, days off and make-up days marked, with a legend.

        >>> print(hp.calendar_month(2024, 10).render())
                    2024年10月
        一   二   三   四   五   六   日
              1休  2休  3休  4调  5    6
         7调  8    9   10   11   12班 13
        14   15   16   17   18   19   20
        21   22   23   24   25   26   27
        28   29   30   31
        休 法定节假日：10月1日至3日国庆节
        调 调休休息日：10月4日（由9月29日调休）、10月7日（由10月12日调休）
        班 调休上班日：10月12日（调至10月7日休息）
        """
        return "\n".join(
            _grid(self.year, self.month, self.days, {}) + _legend(self.days, {}, {}, self.year)
        )

    def explain(self) -> str:
        """The rendered month (:meth:`render`)."""
        return self.render()


def calendar_month(
    year: int, month: int, *, calendar: WorkingCalendar | None = None
) -> CalendarMonth:
    """A month of the official calendar, to print as ``cal`` does (:meth:`CalendarMonth.render`).

    Raises:
        TypeError: *year* or *month* is not an ``int``, or *calendar* not a calendar.
        PolicyError: *month* is not 1–12 or *year* not 1–9999.
        CalendarNotConfirmedError: the year's schedule is not held.
    """
    cal = check_calendar(calendar)
    y, m = _year_month(year, month)
    if not cal.first_year <= y <= cal.last_year:
        raise cal._not_held(f"year={y}, month={m}", f"{y}年{m}月", y)
    return CalendarMonth(y, m, _month_days(cal, y, m))


def _year_month(year: object, month: object) -> tuple[int, int]:
    _validate.integer("year", year)
    y = _validate.count("year", year, minimum=1, maximum=9999)
    m = _validate.integer("month", month)
    if not 1 <= m <= 12:
        raise PolicyError(
            f"month must be 1 to 12, got {_validate.shown_int(m)}",
            zh=f"月份应为1至12，收到{_validate.shown_int_zh(m)}",
        )
    return y, m


@_cites(ACCOUNTABILITY)
@attrs.frozen
class CalendarQuarter(Cited):
    """The months of a quarter and of its report's due date, with the deadline marked (四（二）).

    Attributes:
        report: The quarter's report and its due date.
        months: The quarter's three months, then each month up to the one the report is due in.
        clauses: The clause ids applied.
    """

    report: QuarterlyReport
    months: tuple[CalendarMonth, ...]

    @property
    def estimated(self) -> bool:
        """True if a year shown or counted is a rule-based estimate."""
        return self.report.estimated or any(m.estimated for m in self.months)

    def render(self) -> str:
        """The months as grids, the due date marked 报, one legend, then the rule.

        >>> text = hp.calendar_quarter(2024, 3).render()
        >>> print(text.split("\\n\\n")[-1])
        休 法定节假日：9月17日中秋节、10月1日至3日国庆节
        调 调休休息日：9月16日（由9月14日调休）、10月4日（由9月29日调休）、10月7日（由10月12日调休）
        班 调休上班日：9月14日（调至9月16日休息）、9月29日（调至10月4日休息）、10月12日（调至10月7日休息）
        报 报送期限：10月12日，2024年第3季度完成情况报送
        依据四（二），各区人力资源和社会保障局应于2024年10月12日前向市人力资源和社会保障局报送2024年第3季度公共服务平台建设完成情况。
        """
        r = self.report
        marks = {r.due: DEADLINE}
        notes = {r.due: f"，{r.period}完成情况报送"}
        grids = ["\n".join(_grid(m.year, m.month, m.days, marks)) for m in self.months]
        days = tuple(d for m in self.months for d in m.days)
        legend = _legend(days, marks, notes, r.year)
        rule = (
            f"{_zh.clause(ACCOUNTABILITY)}，各区人力资源和社会保障局应于{_zh.date(r.due)}前"
            f"向市人力资源和社会保障局报送{r.period}公共服务平台建设完成情况。"
        )
        return "\n\n".join([*grids, "\n".join([*legend, rule])])

    def explain(self) -> str:
        """The rendered quarter (:meth:`render`)."""
        return self.render()


@_cites(CalendarQuarter)
def calendar_quarter(
    year: int,
    quarter: int,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> CalendarQuarter:
    """A quarter's months with its report deadline marked, to print (四（二）).

    The refusals of :func:`~hrss_policy.quarterly_report`: the deadline must be computable,
    so the last held year's fourth quarter, due in the next year, is refused until that
    year is held.
    """
    check_params(params)
    cal = check_calendar(calendar)
    report = quarterly_report(year, quarter, params=params, calendar=cal)
    months = []
    y, m = report.year, 3 * report.quarter - 2
    while (y, m) <= (report.due.year, report.due.month):
        months.append(CalendarMonth(y, m, _month_days(cal, y, m)))
        y, m = (y + 1, 1) if m == 12 else (y, m + 1)
    return CalendarQuarter(report, tuple(months))
