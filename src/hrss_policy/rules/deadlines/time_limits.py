"""Service time limits (限时办结制, 三（四）): the due date of a case and whether it was met.

The plan names the 限时办结制 but no number of days: the unit's own service standard sets
the limit. A limit of n working days ends on the n-th working day strictly after the day
of acceptance (adopted reading R15; ``service_count_from`` chooses another), and
completion on that day is within the limit. :mod:`hrss_policy.rules.deadlines.reports` re-exports these.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ...calendar import WorkingCalendar, check_calendar
from ...calendar.days import WorkingDaySpan
from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import SERVICE
from ...plan.clauses import cites as _cites
from ...plan.findings import Finding
from ...plan.parameter_types import CountFrom
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.readings import cite_zh

__all__ = [
    "ServiceDeadline",
    "ServiceTimeLimitCheck",
    "check_service_time_limit",
    "counting",
    "service_deadline",
]

ESTIMATE_NOTE = "所用日历含推定年份，国务院尚未公布当年放假安排，结果为推定值。"


def counting(count_from: CountFrom, reading: str, first: str) -> str:
    """How the days are counted, as the explanation says it."""
    if count_from is CountFrom.NEXT_DAY:
        return f"自次日起计算（{cite_zh(reading)}）"
    return f"按所选解读，{first}为工作日时计为第1个工作日"


class _OnSpan:
    """A due date counted on a span of working days (a report's, a case's): what it
    reads from its span, for each kind of deadline that holds one."""

    __slots__ = ()
    span: WorkingDaySpan

    @property
    def due(self) -> dt.date:
        """The due date, the span's last day: on that day is still in time."""
        return self.span.end

    @property
    def estimated(self) -> bool:
        """True if a year counted is a rule-based estimate."""
        return self.span.estimated

    def _counting(self, reading: str, first: str) -> str:
        """How the span's days were counted from its first day, called *first* (R6, R15)."""
        count_from = CountFrom.SAME_DAY if self.span.counts_start else CountFrom.NEXT_DAY
        return counting(count_from, reading, first)


@_cites(SERVICE)
@attrs.frozen
class ServiceDeadline(_OnSpan, Cited):
    """The due date of a case under a service time limit (限时办结制, 三（四）).

    Attributes:
        span: The working days counted from the day of acceptance to the due date, with
            every day skipped and why.
        clauses: The clause ids applied.
    """

    span: WorkingDaySpan

    @property
    def accepted(self) -> dt.date:
        """The day the case was accepted."""
        return self.span.start

    @property
    def limit(self) -> int:
        """The time limit in working days."""
        return self.span.count

    def explain(self) -> str:
        """The computation in Chinese, naming the days skipped and why."""
        return "\n".join(
            [
                f"{_zh.clause(SERVICE)}，实行限时办结制，本件办结时限为"
                f"{_zh.working_days(self.limit)}。",
                f"受理日为{_zh.date(self.accepted)}，{self._counting('R15', '受理日')}，"
                "期限当日办结视为未超时。",
                self.span.explain(),
                f"办结期限为{_zh.date(self.due)}。",
            ]
        )


@_cites(ServiceDeadline)
def service_deadline(
    accepted: dt.date,
    limit: int,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> ServiceDeadline:
    """The due date of a case accepted on *accepted* with a limit of *limit* working days (三（四）).

    The plan names the 限时办结制 but no number of days: the unit's own service standard
    sets *limit*.

    Args:
        accepted: The day the case was accepted (a ``datetime.date``).
        limit: The time limit in working days, an ``int`` ≥ 1.
        params: The parameter set (``service_count_from``); defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to :func:`default_calendar`.

    Raises:
        TypeError: *accepted* is not a ``date`` or *limit* not an ``int``.
        PolicyError: *limit* is less than 1.
        CalendarNotConfirmedError: the schedule of a year counted is not held.

    >>> hp.service_deadline(dt.date(2026, 2, 13), 3).due
    datetime.date(2026, 2, 25)
    """
    p = check_params(params)
    cal = check_calendar(calendar)
    day = _validate.date("accepted", accepted)
    n = _validate.count("limit", limit, minimum=1)
    span = cal._offset_span(
        day,
        n,
        count_start=p.service_count_from is CountFrom.SAME_DAY,
        names=("accepted", "limit"),
    )
    return ServiceDeadline(span=span)


@_cites(SERVICE)
@attrs.frozen
class ServiceTimeLimitCheck(Cited):
    """Whether a case was completed within its time limit (三（四）).

    Attributes:
        deadline: The due date and its reasoning.
        completed: The day the case was completed.
        working_days_used: Working days from acceptance to completion, counted as the
            limit is (the day after acceptance first, unless ``service_count_from`` says
            otherwise).
        estimated: True if any day counted is from an estimated year.
        clauses: The clause ids applied.
    """

    deadline: ServiceDeadline
    completed: dt.date
    working_days_used: int
    estimated: bool

    @property
    def passed(self) -> bool:
        """Whether the case was completed on or before its due date."""
        return self.completed <= self.deadline.due

    @property
    def due(self) -> dt.date:
        """The case's due date."""
        return self.deadline.due

    @property
    def findings(self) -> tuple[Finding, ...]:
        """None: one case's time is not a requirement of the register (``service.time_limit``
        is whether a unit practises the 限时办结制 at all)."""
        return ()

    def explain(self) -> str:
        """The check in Chinese."""
        d = self.deadline
        if self.completed == d.accepted:
            when = f"{_zh.date(self.completed)}办结，即受理当日"
        else:
            when = f"{_zh.date(self.completed)}办结，用时{_zh.working_days(self.working_days_used)}"
        if self.passed:
            verdict = f"{when}，未超时。"
        else:
            over = _zh.working_days(self.working_days_used - d.limit)
            verdict = f"{when}，超过时限{over}，超时。"
        lines = [d.explain(), verdict]
        if self.estimated and not d.estimated:
            lines.append(ESTIMATE_NOTE)
        return "\n".join(lines)


@_cites(ServiceTimeLimitCheck)
def check_service_time_limit(
    accepted: dt.date,
    limit: int,
    completed: dt.date,
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> ServiceTimeLimitCheck:
    """Check a case completed on *completed* against its time limit (三（四）).

    Raises:
        TypeError: *completed* is not a ``datetime.date``.
        PolicyError: *completed* is before *accepted*; and the refusals of
            :func:`service_deadline`.
        CalendarNotConfirmedError: *completed* is in a year not held.

    >>> c = hp.check_service_time_limit(dt.date(2026, 2, 13), 3, dt.date(2026, 2, 26))
    >>> c.passed, c.working_days_used
    (False, 4)
    >>> print(c.explain().splitlines()[-1])
    2026年2月26日办结，用时4个工作日，超过时限1个工作日，超时。
    """
    p = check_params(params)
    cal = check_calendar(calendar)
    deadline = service_deadline(accepted, limit, params=p, calendar=cal)
    done = _validate.date("completed", completed)
    cal._index(done, "completed")
    if done < deadline.accepted:
        raise PolicyError(
            f"completed={done.isoformat()} is before accepted={deadline.accepted.isoformat()}",
            zh=f"办结日期{_zh.date(done)}早于受理日期{_zh.date(deadline.accepted)}",
        )
    used = cal._span(
        deadline.accepted,
        done,
        count_start=deadline.span.counts_start,
        names=("accepted", "completed"),
    )
    return ServiceTimeLimitCheck(
        deadline=deadline,
        completed=done,
        working_days_used=used.count,
        estimated=deadline.estimated or used.estimated,
    )
