"""The plan's deadlines: quarterly reports (四（二）), milestones (二, 三（一）, 三（二）) and
service time limits (三（四）).

"Within N working days after X" is the N-th working day strictly after X, whether or
not X is itself a working day, and a submission on the deadline is on time (adopted
reading 6). "By the end of <month>" is that month's last calendar day (adopted reading 7).
Working days are those of the official calendar (:mod:`hrss_policy.calendar`); pass
``calendar=`` to use another one (with a registered year, or with estimates).
"""

from __future__ import annotations

import datetime as dt

import attrs

from . import _validate
from .calendar import WorkingCalendar, default_calendar
from .errors import NotApplicableError, PolicyError
from .parameters import PLAN_2011, PolicyParameters

__all__ = [
    "Milestone",
    "QuarterlyReport",
    "ReportCheck",
    "ServiceCheck",
    "ServiceDeadline",
    "check_quarterly_report",
    "check_service_time_limit",
    "plan_milestones",
    "quarterly_report",
    "quarterly_report_deadline",
    "service_deadline",
]

REPORT_CLAUSE = "四（二）"
SERVICE_CLAUSE = "三（四）"

_ESTIMATE_NOTE = "注意：所用日历含推定年份（国务院尚未公布当年放假安排），结果为推定值"


def _skipped_lines(skipped: tuple[tuple[dt.date, str], ...]) -> list[str]:
    """The explanation's line naming each day off skipped and why, if any were."""
    if not skipped:
        return []
    return ["跳过非工作日：" + "、".join(f"{d.isoformat()}（{why}）" for d, why in skipped)]


def _is_estimated(cal: WorkingCalendar, *days: dt.date) -> bool:
    return any(cal.is_estimated(d) for d in days)


def _quarter_end(year: int, quarter: int) -> dt.date:
    month = 3 * quarter
    next_month = dt.date(year + (month == 12), month % 12 + 1, 1)
    return next_month - dt.timedelta(days=1)


@attrs.frozen
class QuarterlyReport:
    """When a district's quarterly report to the city is due (四（二）).

    Attributes:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        quarter_end: The quarter's last calendar day.
        working_days: The working days allowed after it (5).
        due: The last day a report is on time: the 5th working day after ``quarter_end``.
        skipped: The days between ``quarter_end`` and ``due`` that are not working days,
            with the reason (国庆节, 周末 …).
        estimated: True if the calendar used is an estimate for any day counted.
        clauses: The clause ids applied.
    """

    year: int
    quarter: int
    quarter_end: dt.date
    working_days: int
    due: dt.date
    skipped: tuple[tuple[dt.date, str], ...]
    estimated: bool
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """The computation in Chinese, naming the days skipped and why."""
        lines = [
            f"各区在每个季度结束后{self.working_days}个工作日内报送本区公共服务平台建设完成情况"
            f"（{REPORT_CLAUSE}）",
            f"{self.year}年第{self.quarter}季度结束于 {self.quarter_end.isoformat()}",
        ]
        lines += _skipped_lines(self.skipped)
        lines.append(
            f"其后第{self.working_days}个工作日为 {self.due.isoformat()}，"
            "当日报送视为按时（本项目采用的解读）"
        )
        if self.estimated:
            lines.append(_ESTIMATE_NOTE)
        return "\n".join(lines)


def _check_quarter(year: int, quarter: int, params: PolicyParameters) -> None:
    _validate.integer("year", year)
    _validate.integer("quarter", quarter)
    if not 1 <= quarter <= 4:
        raise PolicyError(f"quarter must be 1, 2, 3 or 4, got {quarter}")
    first = (params.first_report_year, params.first_report_quarter)
    if (year, quarter) < first:
        raise NotApplicableError(
            f"year={year}, quarter={quarter}: the plan requires quarterly reports from "
            f"{first[0]} Q{first[1]} (从2011年12月起，{REPORT_CLAUSE}); earlier quarters have none"
        )


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
        params: The parameter set (``report_working_days``, ``first_report_year``,
            ``first_report_quarter``); defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *year* or *quarter* is not an ``int``.
        PolicyError: *quarter* is not 1–4.
        NotApplicableError: the quarter is before the first one reported (2011 Q4).
        CalendarNotConfirmedError: the schedule of a year counted is not held.

    >>> r = hp.quarterly_report(2024, 3)
    >>> r.due
    datetime.date(2024, 10, 12)
    >>> print(r.explain())
    各区在每个季度结束后5个工作日内报送本区公共服务平台建设完成情况（四（二））
    2024年第3季度结束于 2024-09-30
    跳过非工作日：2024-10-01（国庆节）、2024-10-02（国庆节）、2024-10-03（国庆节）、2024-10-04（休息日（由 2024-09-29 调休））、2024-10-05（周末）、2024-10-06（周末）、2024-10-07（休息日（由 2024-10-12 调休））
    其后第5个工作日为 2024-10-12，当日报送视为按时（本项目采用的解读）
    """
    _check_quarter(year, quarter, params)
    cal = calendar if calendar is not None else default_calendar()
    end = _quarter_end(year, quarter)
    n = params.report_working_days
    due = cal.add_working_days(end, n)
    return QuarterlyReport(
        year=year,
        quarter=quarter,
        quarter_end=end,
        working_days=n,
        due=due,
        skipped=cal.non_working_days(end, due),
        estimated=_is_estimated(cal, end, due),
        clauses=(REPORT_CLAUSE,),
    )


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


@attrs.frozen
class ReportCheck:
    """Whether a district's quarterly report was on time (四（二）: 通报 of slow districts).

    Attributes:
        report: The deadline the submission is checked against.
        submitted: The date the report was submitted.
        on_time: True if ``submitted`` is on or before ``report.due``.
        working_days_late: 0 when on time; otherwise the working days from the deadline
            to the submission, a submission on a day off counting as made on the next
            working day (the project's reading: the office receives it then), so a late
            report is always at least 1 working day late.
        calendar_days_late: 0 when on time; otherwise the calendar days after the deadline.
        estimated: True if any day counted is from an estimated year.
        clauses: The clause ids applied.
    """

    report: QuarterlyReport
    submitted: dt.date
    on_time: bool
    working_days_late: int
    calendar_days_late: int
    estimated: bool
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """The check in Chinese, after the deadline's own reasoning."""
        r = self.report
        verdict = (
            f"{self.submitted.isoformat()} 报送，未超过期限 {r.due.isoformat()}：按时"
            if self.on_time
            else f"{self.submitted.isoformat()} 报送，超过期限 {r.due.isoformat()}："
            f"逾期 {self.working_days_late} 个工作日（{self.calendar_days_late} 个自然日）"
        )
        lines = [r.explain(), verdict]
        if self.estimated and not r.estimated:
            lines.append(_ESTIMATE_NOTE)
        return "\n".join(lines)


def check_quarterly_report(
    year: int,
    quarter: int,
    submitted: dt.date,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> ReportCheck:
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
    >>> c.on_time, c.working_days_late, c.calendar_days_late
    (False, 1, 2)
    >>> hp.check_quarterly_report(2024, 3, dt.date(2024, 10, 12)).on_time
    True
    """
    day = _validate.date("submitted", submitted)
    cal = calendar if calendar is not None else default_calendar()
    report = quarterly_report(year, quarter, params=params, calendar=cal)
    on_time = day <= report.due
    if on_time:
        cal.is_working_day(day)  # refuses a submission in a year not held
        late = calendar_late = 0
    else:
        received = day if cal.is_working_day(day) else cal.next_working_day(day)
        late = cal.working_days_between(report.due, received)
        calendar_late = (day - report.due).days
    return ReportCheck(
        report=report,
        submitted=day,
        on_time=on_time,
        working_days_late=late,
        calendar_days_late=calendar_late,
        estimated=report.estimated or cal.is_estimated(day),
        clauses=(REPORT_CLAUSE,),
    )


@attrs.frozen
class Milestone:
    """A dated target of the plan.

    Attributes:
        key: The parameter it comes from (``"staffing_due"`` …).
        title: What is to be done, in Chinese.
        due: The last day of the target ("by the end of <month>" read as its last day).
        clauses: The clause ids that set it.
    """

    key: str
    title: str
    due: dt.date
    clauses: tuple[str, ...]

    def met(self, completed_on: dt.date) -> bool:
        """True if work completed on *completed_on* met the target (on or before ``due``)."""
        return _validate.date("completed_on", completed_on) <= self.due

    def explain(self) -> str:
        """The target in Chinese with its clauses."""
        return f"{self.title}：{self.due.isoformat()} 前完成（{'、'.join(self.clauses)}）"


_MILESTONES = (
    ("agencies_built_due", "全市街道（镇）、社区（村）服务机构建设任务全面完成", ("二",)),
    ("standardization_due", "全市基本完成公共服务平台规范化建设工作", ("三（一）",)),
    ("renaming_due", "各区完成街道（镇）、社区（村）服务机构更名工作", ("三（一）4",)),
    ("staffing_due", "各区完成街道（镇）、社区（村）服务机构工作人员配备工作", ("三（一）5",)),
    ("premises_due", "各区街道（镇）、社区（村）服务机构服务场所标准化建设基本达标", ("三（二）",)),
    (
        "full_implementation_due",
        "全面实现人力资源社会保障公共服务规范化、专业化、信息化、网络化",
        ("二",),
    ),
)


def plan_milestones(*, params: PolicyParameters = PLAN_2011) -> tuple[Milestone, ...]:
    """Every dated target of the plan, in date order, each with its clauses.

    >>> for m in hp.plan_milestones():
    ...     print(m.explain())
    全市街道（镇）、社区（村）服务机构建设任务全面完成：2011-12-31 前完成（二）
    全市基本完成公共服务平台规范化建设工作：2011-12-31 前完成（三（一））
    各区完成街道（镇）、社区（村）服务机构更名工作：2011-12-31 前完成（三（一）4）
    各区完成街道（镇）、社区（村）服务机构工作人员配备工作：2012-06-30 前完成（三（一）5）
    各区街道（镇）、社区（村）服务机构服务场所标准化建设基本达标：2012-08-31 前完成（三（二））
    全面实现人力资源社会保障公共服务规范化、专业化、信息化、网络化：2012-08-31 前完成（二）
    """
    if not isinstance(params, PolicyParameters):
        raise TypeError(f"params must be a PolicyParameters, got {params!r}")
    items = [Milestone(key, title, getattr(params, key), cl) for key, title, cl in _MILESTONES]
    return tuple(sorted(items, key=lambda m: m.due))


@attrs.frozen
class ServiceDeadline:
    """The due date of a case under a service time limit (限时办结制, 三（四）).

    Attributes:
        accepted: The day the case was accepted.
        limit: The time limit in working days.
        due: The last day of the limit: the ``limit``-th working day after ``accepted``.
        skipped: Days off between ``accepted`` and ``due``, with the reason.
        estimated: True if any day counted is from an estimated year.
        clauses: The clause ids applied.
    """

    accepted: dt.date
    limit: int
    due: dt.date
    skipped: tuple[tuple[dt.date, str], ...]
    estimated: bool
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """The computation in Chinese, naming the days skipped and why."""
        lines = [
            f"实行限时办结制（{SERVICE_CLAUSE}）：时限 {self.limit} 个工作日，"
            f"自受理日 {self.accepted.isoformat()} 的次日起算",
        ]
        lines += _skipped_lines(self.skipped)
        lines.append(f"第{self.limit}个工作日为 {self.due.isoformat()}，当日办结视为未超时")
        if self.estimated:
            lines.append(_ESTIMATE_NOTE)
        return "\n".join(lines)


def service_deadline(
    accepted: dt.date, limit: int, *, calendar: WorkingCalendar | None = None
) -> ServiceDeadline:
    """The due date of a case accepted on *accepted* with a limit of *limit* working days.

    The plan names the 限时办结制 but no number of days: the unit's own service standard
    sets *limit*.

    Args:
        accepted: The day the case was accepted (a ``datetime.date``).
        limit: The time limit in working days, an ``int`` ≥ 1.
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *accepted* is not a ``date`` or *limit* not an ``int``.
        PolicyError: *limit* is less than 1.
        CalendarNotConfirmedError: the schedule of a year counted is not held.

    >>> hp.service_deadline(dt.date(2026, 2, 13), 3).due
    datetime.date(2026, 2, 25)
    """
    day = _validate.date("accepted", accepted)
    n = _validate.count("limit", limit, minimum=1)
    cal = calendar if calendar is not None else default_calendar()
    due = cal.add_working_days(day, n)
    return ServiceDeadline(
        accepted=day,
        limit=n,
        due=due,
        skipped=cal.non_working_days(day, due),
        estimated=_is_estimated(cal, day, due),
        clauses=(SERVICE_CLAUSE,),
    )


@attrs.frozen
class ServiceCheck:
    """Whether a case was completed within its time limit (三（四）).

    Attributes:
        deadline: The due date and its reasoning.
        completed: The day the case was completed.
        met: True if ``completed`` is on or before ``deadline.due``.
        working_days_used: Working days in ``(accepted, completed]``.
        clauses: The clause ids applied.
    """

    deadline: ServiceDeadline
    completed: dt.date
    met: bool
    working_days_used: int
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """The check in Chinese."""
        verdict = "未超时" if self.met else "超时"
        return (
            f"{self.deadline.explain()}\n{self.completed.isoformat()} 办结，"
            f"用时 {self.working_days_used} 个工作日：{verdict}"
        )


def check_service_time_limit(
    accepted: dt.date,
    limit: int,
    completed: dt.date,
    *,
    calendar: WorkingCalendar | None = None,
) -> ServiceCheck:
    """Check a case completed on *completed* against its time limit (三（四）).

    Raises:
        PolicyError: *completed* is before *accepted*; and the refusals of
            :func:`service_deadline`.

    >>> c = hp.check_service_time_limit(dt.date(2026, 2, 13), 3, dt.date(2026, 2, 26))
    >>> c.met, c.working_days_used
    (False, 4)
    """
    deadline = service_deadline(accepted, limit, calendar=calendar)
    done = _validate.date("completed", completed)
    if done < deadline.accepted:
        raise PolicyError(
            f"completed={done.isoformat()} is before accepted={deadline.accepted.isoformat()}"
        )
    cal = calendar if calendar is not None else default_calendar()
    return ServiceCheck(
        deadline=deadline,
        completed=done,
        met=done <= deadline.due,
        working_days_used=cal.working_days_between(deadline.accepted, done),
        clauses=(SERVICE_CLAUSE,),
    )
