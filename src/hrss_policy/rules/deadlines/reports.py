"""The plan's deadlines: quarterly reports (四（二）), milestones (二, 三（一）, 三（二）) and
service time limits (三（四）).

"Within N working days after X" is the N-th working day strictly after X, whether or
not X is itself a working day, and a submission on the deadline is on time (adopted
readings R6 and R15; ``report_count_from`` and ``service_count_from`` choose
:attr:`~hrss_policy.CountFrom.SAME_DAY` instead, where X counts as the first day when it
is a working day). "By the end of <month>" is that month's last calendar day (R7).
Working days are those of the official calendar (:mod:`hrss_policy.calendar`); pass
``calendar=`` to use another one (with a registered year, or with estimates). Each
deadline holds the :class:`~hrss_policy.WorkingDaySpan` it was counted on, so its
explanation names every day skipped and why.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ...calendar import WorkingCalendar, check_calendar
from ...calendar.days import WorkingDaySpan
from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...errors import CalendarNotConfirmedError, NotApplicableError, PolicyError
from ...plan.clauses import ACCOUNTABILITY
from ...plan.clauses import cites as _cites
from ...plan.findings import Finding
from ...plan.parameter_types import CountFrom
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.readings import cite_zh
from ...plan.status import Status
from .time_limits import (
    ESTIMATE_NOTE,
    ServiceDeadline,
    ServiceTimeLimitCheck,
    _OnSpan,
    check_service_time_limit,
    service_deadline,
)

__all__ = [
    "Milestone",
    "QuarterlyReport",
    "QuarterlyReportCheck",
    "ServiceDeadline",
    "ServiceTimeLimitCheck",
    "check_quarterly_report",
    "check_service_time_limit",
    "plan_milestones",
    "quarterly_report",
    "quarterly_report_deadline",
    "report_schedule",
    "service_deadline",
]

_REPORTERS = "各区人力资源和社会保障局"
_RECEIVER = "市人力资源和社会保障局"
_QUARTER_ENDS = {1: (3, 31), 2: (6, 30), 3: (9, 30), 4: (12, 31)}


def _quarter_end(year: int, quarter: int) -> dt.date:
    month, day = _QUARTER_ENDS[quarter]
    return dt.date(year, month, day)


@_cites(ACCOUNTABILITY)
@attrs.frozen
class QuarterlyReport(_OnSpan, Cited):
    """When a district's quarterly report to the city is due (四（二）).

    Attributes:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        span: The working days counted from the quarter's last day to the due date, with
            every day skipped and why.
        clauses: The clause ids applied.
    """

    year: int
    quarter: int
    span: WorkingDaySpan

    @property
    def quarter_end(self) -> dt.date:
        """The quarter's last calendar day, counted from."""
        return self.span.start

    @property
    def period(self) -> str:
        """``2024年第3季度``."""
        return f"{self.year}年第{self.quarter}季度"

    def explain(self) -> str:
        """The computation in Chinese: who reports to whom, the days counted and skipped."""
        n = _zh.working_days(self.span.count)
        return "\n".join(
            [
                f"{_zh.clause(ACCOUNTABILITY)}，{_REPORTERS}在每个季度结束后{n}内向"
                f"{_RECEIVER}报送本区公共服务平台建设完成情况。",
                f"{self.period}结束于{_zh.date(self.quarter_end)}，"
                f"{self._counting('R6', '该日')}，期限当日报送视为按时。",
                self.span.explain(),
                f"报送期限为{_zh.date(self.due)}。",
            ]
        )


def _check_quarter(year: object, quarter: object, params: PolicyParameters) -> tuple[int, int]:
    _validate.integer("year", year)
    y = _validate.count("year", year, minimum=1, maximum=9999)
    q = _validate.integer("quarter", quarter)
    if not 1 <= q <= 4:
        raise PolicyError(
            f"quarter must be 1, 2, 3 or 4, got {_validate.shown_int(q)}",
            zh=f"季度应为1至4，收到{_validate.shown_int_zh(q)}",
        )
    first = (params.first_report_year, params.first_report_quarter)
    if (y, q) < first:
        raise NotApplicableError(
            f"year={y}, quarter={q}: the plan requires quarterly reports from "
            f"{first[0]} Q{first[1]} (从2011年12月起，{ACCOUNTABILITY}); earlier quarters have none",
            zh=f"{y}年第{q}季度早于报送制度的起始季度{first[0]}年第{first[1]}季度，"
            f"依据{ACCOUNTABILITY}无须报送",
        )
    return y, q


def _report(
    year: int, quarter: int, params: PolicyParameters, cal: WorkingCalendar
) -> QuarterlyReport:
    end = _quarter_end(year, quarter)
    what = f"year={year}, quarter={quarter}"
    what_zh = f"{year}年第{quarter}季度"
    if not cal.first_year <= year <= cal.last_year:
        raise cal._not_held(what, what_zh, year)
    n = params.report_working_days
    try:
        span = cal._offset_span(
            end,
            n,
            count_start=params.report_count_from is CountFrom.SAME_DAY,
            names=("quarter_end", "report_working_days"),
        )
    except CalendarNotConfirmedError:
        after = cal.last_year + 1
        raise cal._not_held(
            f"{what}: the report is due {n} working days after {end.isoformat()}, in {after}",
            f"{what_zh}的报送期限在{_zh.date(end)}之后第{n}个工作日，已进入{after}年",
            after,
        ) from None
    return QuarterlyReport(year=year, quarter=quarter, span=span)


@_cites(QuarterlyReport)
def quarterly_report(
    year: int,
    quarter: int,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> QuarterlyReport:
    """Return the due date of a quarterly report, with its reasoning (四（二）).

    Args:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        params: The parameter set (``report_working_days``, ``report_count_from``,
            ``first_report_year``, ``first_report_quarter``); defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *year* or *quarter* is not an ``int``; *params* or *calendar* of the
            wrong type.
        PolicyError: *quarter* is not 1–4, or *year* not 1–9999.
        NotApplicableError: the quarter is before the first one reported (2011 Q4).
        CalendarNotConfirmedError: the schedule of a year counted is not held.

    >>> r = hp.quarterly_report(2024, 3)
    >>> r.due
    datetime.date(2024, 10, 12)
    >>> print(r.explain())
    依据四（二），各区人力资源和社会保障局在每个季度结束后5个工作日内向市人力资源和社会保障局报送本区公共服务平台建设完成情况。
    2024年第3季度结束于2024年9月30日，自次日起计算（本库解读R6：期限自季度最后一日的次日起算），期限当日报送视为按时。
    2024年9月30日（不含）至2024年10月12日（含）共5个工作日，其间的非工作日有10月1日至3日国庆节、10月4日休息日（由9月29日调休）、10月5日至6日周末、10月7日休息日（由10月12日调休）。
    报送期限为2024年10月12日。
    """
    check_params(params)
    cal = check_calendar(calendar)
    y, q = _check_quarter(year, quarter, params)
    return _report(y, q, params, cal)


@_cites(QuarterlyReport)
def quarterly_report_deadline(
    year: int,
    quarter: int,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> dt.date:
    """The last day a district's report on a quarter is on time (四（二）).

    The date of :func:`quarterly_report`; the same arguments and refusals.

    >>> hp.quarterly_report_deadline(2024, 3)
    datetime.date(2024, 10, 12)
    >>> hp.quarterly_report_deadline(2011, 4)
    datetime.date(2012, 1, 10)
    """
    return quarterly_report(year, quarter, params=params, calendar=calendar).due


@_cites(QuarterlyReport)
def report_schedule(
    start: dt.date,
    end: dt.date,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> tuple[QuarterlyReport, ...]:
    """Every quarterly report due from *start* to *end*, both included, in order (四（二）).

    Quarters before the first one reported have no report and are left out.

    Raises:
        TypeError: an argument of the wrong type.
        PolicyError: *end* is before *start*.
        CalendarNotConfirmedError: *start* or *end* is in a year not held.

    >>> [(r.period, r.due) for r in hp.report_schedule(dt.date(2024, 1, 1), dt.date(2024, 12, 31))]
    [('2023年第4季度', datetime.date(2024, 1, 8)), ('2024年第1季度', datetime.date(2024, 4, 8)), ('2024年第2季度', datetime.date(2024, 7, 5)), ('2024年第3季度', datetime.date(2024, 10, 12))]
    """
    check_params(params)
    cal = check_calendar(calendar)
    cal._index(start, "start")
    cal._index(end, "end")
    if end < start:
        raise PolicyError(
            f"end={end.isoformat()} is before start={start.isoformat()}",
            zh=f"截止日期{_zh.date(end)}早于起始日期{_zh.date(start)}",
        )
    # Deferred: dateutil is needed only here, and importing the package must stay cheap.
    from dateutil.rrule import MONTHLY, rrule

    # A report is due within weeks of its quarter's end: the quarter ending in the
    # December before start may still be due on or after start.
    first = dt.datetime(max(start.year - 1, 1), 12, 1)
    ends = rrule(
        MONTHLY,
        dtstart=first,
        until=dt.datetime.combine(end, dt.time()),
        bymonth=(3, 6, 9, 12),
        bymonthday=-1,
    )
    reports = []
    for quarter_end in ends:
        year, quarter = quarter_end.year, quarter_end.month // 3
        if (year, quarter) < (params.first_report_year, params.first_report_quarter):
            continue
        try:
            report = _report(year, quarter, params, cal)
        except CalendarNotConfirmedError:
            if year <= cal.last_year:
                continue  # due after the last day held, so after end
            raise
        if start <= report.due <= end:
            reports.append(report)
    return tuple(reports)


@_cites(ACCOUNTABILITY)
@attrs.frozen
class QuarterlyReportCheck(Cited):
    """Whether a district's quarterly report was on time (四（二）: the 报送 record).

    Attributes:
        report: The deadline the submission is checked against.
        submitted: The date the report was submitted.
        received: The day a late report counts as received: *submitted*, or the next
            working day when it was submitted on a day off.
        working_days_late: 0 when on time; otherwise the working days from the deadline
            to *received*, so a late report is always at least 1 working day late.
        calendar_days_late: 0 when on time; otherwise the calendar days after the deadline.
        estimated: True if any day counted is from an estimated year.
        clauses: The clause ids applied.
        early_on_time: Whether a report before the quarter's end counts as on time
            (``params.early_report_on_time``; by default it does not, R25).
    """

    report: QuarterlyReport
    submitted: dt.date
    received: dt.date
    working_days_late: int
    calendar_days_late: int
    estimated: bool
    early_on_time: bool = False

    @property
    def early(self) -> bool:
        """Submitted on or before the quarter's last day (提前报送, R25): a report that
        cannot report the finished quarter, neither on time nor late."""
        return not self.early_on_time and self.submitted <= _quarter_end(
            self.report.year, self.report.quarter
        )

    @property
    def passed(self) -> bool:
        """Whether the report was submitted after the quarter and on or before its due date."""
        return self.submitted <= self.report.due and not self.early

    @property
    def due(self) -> dt.date:
        """The report's due date."""
        return self.report.due

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The finding of the register's requirement ``reporting.quarterly``, as of the
        submission (the one :func:`~hrss_policy.report_submissions` records)."""
        r = self.report
        facts = {"period": r.period, "deadline": _zh.date(r.due)}
        facts["submitted"] = _zh.date(self.submitted)
        if self.passed:
            status = Status.MET
        elif self.early:
            status = Status.NOT_MET
            facts["detail"] = early_detail(self.submitted, r)
        else:
            status = Status.NOT_MET
            late = _zh.working_days(self.working_days_late)
            facts["detail"] = f"于{_zh.date(self.submitted)}报送，逾期{late}"
        finding = Finding("reporting.quarterly", status, facts, due=r.due, as_of=self.submitted)
        return (finding,)

    def explain(self) -> str:
        """The check in Chinese, after the deadline's own reasoning."""
        r = self.report
        when = f"{_zh.date(self.submitted)}报送"
        if self.passed:
            verdict = f"{when}，未超过报送期限{_zh.date(r.due)}，按时报送。"
        elif self.early:
            verdict = (
                f"{when}，在{r.period}结束之日{_zh.date(_quarter_end(r.year, r.quarter))}或之前，"
                f"不能报送已结束季度的完成情况（{cite_zh('R25')}）。"
            )
        else:
            if self.received != self.submitted:
                when += f"，当日不是工作日，按次一工作日{_zh.date(self.received)}收到计"
            verdict = (
                f"{when}，超过报送期限{_zh.date(r.due)}，逾期"
                f"{_zh.working_days(self.working_days_late)}（{self.calendar_days_late}个自然日）。"
            )
        lines = [r.explain(), verdict]
        if self.estimated and not r.estimated:
            lines.append(ESTIMATE_NOTE)
        return "\n".join(lines)


@_cites(QuarterlyReportCheck)
def check_quarterly_report(
    year: int,
    quarter: int,
    submitted: dt.date,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> QuarterlyReportCheck:
    """Check whether a report on a quarter, submitted on *submitted*, was on time (四（二）).

    Args:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        submitted: The date the district submitted the report (a ``datetime.date``).
        params: The parameter set; defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *submitted* is not a ``datetime.date`` (a ``datetime`` is refused).
        CalendarNotConfirmedError: *submitted* is in a year not held.
        PolicyError: as :func:`quarterly_report` refuses its arguments.

    >>> c = hp.check_quarterly_report(2024, 3, dt.date(2024, 10, 14))
    >>> c.passed, c.working_days_late, c.calendar_days_late
    (False, 1, 2)
    >>> print(c.explain().splitlines()[-1])
    2024年10月14日报送，超过报送期限2024年10月12日，逾期1个工作日（2个自然日）。
    >>> print(c.findings[0])
    【逾期】2024年第3季度完成情况于2024年10月14日报送，逾期1个工作日，依据四（二）应于2024年10月12日前报送。
    """
    check_params(params)
    cal = check_calendar(calendar)
    day = _validate.date("submitted", submitted)
    report = quarterly_report(year, quarter, params=params, calendar=cal)
    cal._index(day, "submitted")
    received = day
    if day <= report.due:
        late = calendar_late = 0
    else:
        if not cal.is_working_day(day):  # a day off: received on the next working day
            received = cal._offset(day, 1, count_start=False, names=("submitted", "n"))
        late = cal.working_days_between(report.due, received)
        calendar_late = (day - report.due).days
    return QuarterlyReportCheck(
        report=report,
        submitted=day,
        received=received,
        working_days_late=late,
        calendar_days_late=calendar_late,
        estimated=report.estimated or cal._is_estimated_between(report.quarter_end, received),
        early_on_time=params.early_report_on_time,
    )


def early_detail(day: dt.date, report: QuarterlyReport) -> str:
    """The body of the finding of a report before its quarter ended (R25)."""
    end = _zh.date(_quarter_end(report.year, report.quarter))
    return f"于{_zh.date(day)}报送，在季度结束之日{end}或之前，为提前报送，不是已结束季度的报送"


@attrs.frozen
class Milestone:
    """A dated target of the plan, as its parameter describes it.

    Attributes:
        key: The parameter it comes from (``"staffing_due"`` …).
        title: What is due, in Chinese (the parameter's description).
        due: The last day of the target ("by the end of <month>" read as its last day).
        clauses: The clause ids that set it.
        reading: The adopted reading that fixes the date (``"R7"``), or ``None``.
    """

    key: str
    title: str
    due: dt.date
    clauses: tuple[str, ...]
    reading: str | None = None

    def explain(self) -> str:
        """The target in Chinese with its clause."""
        how = f"（{cite_zh(self.reading)}）" if self.reading else ""
        return f"{_zh.clause(self.clauses[0])}，{self.title}为{_zh.date(self.due)}{how}。"


#: The parameters holding the plan's own milestones (二, 三（一）, 三（一）4, 三（一）5, 三（二）).
_MILESTONE_KEYS = (
    "agencies_built_due",
    "standardization_due",
    "renaming_due",
    "staffing_due",
    "premises_due",
    "full_implementation_due",
)


# The clauses are the milestones' own, each stated once in its parameter's metadata.
@_cites(*(PLAN_2011.info()[key].clause for key in _MILESTONE_KEYS))
def plan_milestones(*, params: PolicyParameters = PLAN_2011) -> tuple[Milestone, ...]:
    """Every dated target of the plan, in date order (二, 三（一）, 三（一）4, 三（一）5, 三（二）).

    Each milestone's clause, title and reading are read from the parameter's metadata
    (:meth:`PolicyParameters.info`), its date from *params*.

    >>> for m in hp.plan_milestones():
    ...     print(m.explain())
    依据二，全市街道（镇）、社区（村）服务机构建设任务完成期限为2011年12月31日。
    依据三（一），服务平台规范化建设基本完成期限为2011年12月31日（本库解读R7：“某月底前”为该月最后一日）。
    依据三（一）4，街道（镇）、社区（村）服务机构更名完成期限为2011年12月31日。
    依据三（一）5，服务机构工作人员配备完成期限为2012年6月30日（本库解读R7：“某月底前”为该月最后一日）。
    依据三（二），服务场所标准化建设基本达标期限为2012年8月31日（本库解读R7：“某月底前”为该月最后一日）。
    依据二，全面实现公共服务规范化、专业化、信息化、网络化的期限为2012年8月31日（本库解读R7：“某月底前”为该月最后一日）。
    """
    info = check_params(params).info()
    items = [
        Milestone(
            key,
            info[key].description,
            info[key].value,
            (info[key].clause,),
            info[key].reading,
        )
        for key in _MILESTONE_KEYS
    ]
    return tuple(sorted(items, key=lambda m: m.due))
