"""The 报送 record of 四（二）: each district's quarterly report against its deadline.

"建立报送制度，从2011年12月起，各区人力资源和社会保障局在每个季度结束后5个工作日内向市人力
资源和社会保障局报送本区公共服务平台建设完成情况": :func:`report_submissions` records, for
one quarter, when each district's bureau submitted and whether it was on time (R6). A
report dated on or before the quarter's last day cannot report the finished quarter: it
is 提前报送, neither on time nor late (R25). The record is kept as of a date: before the
deadline a district that has not filed is 尚未报送（未到期）, after it 逾期未报送. It is
the reporting record, not the 通报: the 通报 is about completion
(:func:`~hrss_policy.progress_bulletin`).
"""

from __future__ import annotations

import datetime as dt
import enum
from collections.abc import Mapping

import attrs

from ..calendar import WorkingCalendar
from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..errors import PolicyError
from ..plan.clauses import ACCOUNTABILITY, cites
from ..plan.findings import Finding, make
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.readings import cite_zh
from ..plan.status import Status
from ..rules.deadlines.reports import (
    QuarterlyReportCheck,
    check_quarterly_report,
    early_detail,
    quarterly_report,
)

__all__ = ["SubmissionEntry", "SubmissionRecord", "SubmissionStatus", "report_submissions"]


class SubmissionStatus(enum.Enum):
    """How a district's quarterly report stands against its deadline."""

    ON_TIME = "on_time"
    """Submitted after the quarter ended, on or before the deadline."""
    LATE = "late"
    """Submitted after the deadline."""
    EARLY = "early"
    """Submitted on or before the quarter's last day: not a report of the finished
    quarter, neither on time nor late (R25)."""
    PENDING = "pending"
    """Not submitted, and the deadline has not passed on the record's date."""
    OVERDUE = "overdue"
    """Not submitted, and the deadline passed before the record's date."""
    NOT_SUBMITTED = "not_submitted"
    """Not submitted, on a record kept with no date."""

    @property
    def label(self) -> str:
        """The status in Chinese."""
        return _STATUS_LABELS[self]


_STATUS_LABELS = {
    SubmissionStatus.ON_TIME: "按时报送",
    SubmissionStatus.LATE: "逾期报送",
    SubmissionStatus.EARLY: "提前报送",
    SubmissionStatus.PENDING: "尚未报送（未到期）",
    SubmissionStatus.OVERDUE: "逾期未报送",
    SubmissionStatus.NOT_SUBMITTED: "未报送",
}
_LATE = frozenset({SubmissionStatus.LATE, SubmissionStatus.OVERDUE, SubmissionStatus.NOT_SUBMITTED})


@attrs.frozen
class SubmissionEntry:
    """One district's report on a quarter.

    Attributes:
        district: The district or zone.
        submitted: The date it submitted, or ``None`` if it has not.
        status: On time, late, early, pending, overdue or not submitted.
        working_days_late: Working days after the deadline (0 unless late).
        check: The deadline check, when it submitted.
        finding: The requirement ``reporting.quarterly`` for this district.
    """

    district: str
    submitted: dt.date | None
    status: SubmissionStatus
    working_days_late: int
    check: QuarterlyReportCheck | None
    finding: Finding

    @property
    def passed(self) -> bool:
        """Whether the report came on time."""
        return self.status is SubmissionStatus.ON_TIME

    def describe(self) -> str:
        """The entry as one Chinese sentence."""
        who = _zh.literal(self.district)
        if self.submitted is None:
            return f"{who}：{self.status.label}。"
        day = _zh.date(self.submitted)
        if self.status is SubmissionStatus.ON_TIME:
            return f"{who}：{day}报送，按时。"
        if self.status is SubmissionStatus.EARLY:
            return (
                # One colon a sentence (the style guide): the reading cited with a comma.
                f"{who}：{day}报送，在季度结束之日或之前（{cite_zh('R25').replace('：', '，')}）。"
            )
        return f"{who}：{day}报送，逾期{_zh.working_days(self.working_days_late)}。"


@cites(ACCOUNTABILITY)
@attrs.frozen
class SubmissionRecord(Cited):
    """Every district's report on a quarter, late and missing ones first.

    Attributes:
        year: The year of the quarter.
        quarter: The quarter, 1–4.
        due: The last day a report is on time.
        working_days: The working days allowed after the quarter's end (5).
        entries: Not submitted past the deadline first, then late by working days late
            (most first), then early, pending and on time; ties in the order given.
        clauses: The clause ids applied.
        as_of: The date the record is kept as of, or ``None`` (R25).
    """

    year: int
    quarter: int
    due: dt.date
    working_days: int
    entries: tuple[SubmissionEntry, ...]
    as_of: dt.date | None = None

    @property
    def late(self) -> tuple[SubmissionEntry, ...]:
        """The entries late, or not submitted when the deadline has passed (or the record
        has no date)."""
        return tuple(e for e in self.entries if e.status in _LATE)

    @property
    def early(self) -> tuple[SubmissionEntry, ...]:
        """The entries submitted before the quarter ended (提前报送, R25)."""
        return tuple(e for e in self.entries if e.status is SubmissionStatus.EARLY)

    @property
    def pending(self) -> tuple[SubmissionEntry, ...]:
        """The entries not submitted whose deadline has not passed (尚未报送（未到期）)."""
        return tuple(e for e in self.entries if e.status is SubmissionStatus.PENDING)

    @property
    def passed(self) -> bool:
        """Whether every district reported on time."""
        return all(e.passed for e in self.entries)

    @property
    def findings(self) -> tuple[Finding, ...]:
        """One ``reporting.quarterly`` finding per district."""
        return tuple(e.finding for e in self.entries)

    def explain(self) -> str:
        """The record in Chinese: the rule and deadline, then one sentence per district."""
        when = "" if self.as_of is None else f"（截至{_zh.date(self.as_of)}）"
        head = (
            f"各区报送{self.year}年第{self.quarter}季度完成情况登记{when}。依据"
            f"{ACCOUNTABILITY}，各区人力资源和社会保障局应在季度结束后"
            f"{_zh.working_days(self.working_days)}内，即"
            f"{_zh.date(self.due)}前，向市人力资源和社会保障局报送本区公共服务平台建设完成情况。"
        )
        return "\n".join([head, *(f"{i}. {e.describe()}" for i, e in enumerate(self.entries, 1))])


@cites(SubmissionRecord)
def report_submissions(
    year: int,
    quarter: int,
    submissions: Mapping[str, dt.date | None],
    *,
    as_of: dt.date | None = None,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> SubmissionRecord:
    """Record each district's report on a quarter against its deadline (四（二） 报送).

    Args:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        submissions: District or zone → the date it submitted, or ``None`` if it has not.
        as_of: The date the record is kept as of (R25): a district that has not filed is
            尚未报送（未到期） on or before the deadline and 逾期未报送 after it. ``None``
            keeps a record with no date, where not filed is 未报送. A submission after
            *as_of* is refused.
        params: The parameter set; defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to the official one.

    Raises:
        TypeError: *submissions* is not a mapping of district names to dates or ``None``
            (the message names the district).
        PolicyError: a name that is not one of the districts that report (the
            administrative districts and the functional zones of *params*: "各区（含横琴新区、
            经济功能区，下同）"), two names of one district (香洲区 and 香洲), or a
            submission dated before the quarter began.
        PolicyError: as :func:`~hrss_policy.check_quarterly_report` refuses (a quarter
            before reporting began, a year whose holiday schedule is not held).

    >>> r = hp.report_submissions(2024, 3, {"香洲区": dt.date(2024, 10, 12),
    ...     "斗门区": dt.date(2024, 10, 16), "金湾区": None})
    >>> [(e.district, e.status.label) for e in r.late]
    [('金湾区', '未报送'), ('斗门区', '逾期报送')]
    >>> r = hp.report_submissions(2024, 3, {"香洲区": dt.date(2024, 10, 8), "金湾区": None},
    ...     as_of=dt.date(2024, 10, 10))
    >>> [(e.district, e.status.label) for e in r.entries], r.late
    ([('金湾区', '尚未报送（未到期）'), ('香洲区', '按时报送')], ())
    >>> r = hp.report_submissions(2024, 3, {"香洲区": dt.date(2024, 10, 12), "金湾区": None},
    ...     as_of=dt.date(2024, 10, 20))
    >>> [(e.district, e.status.label) for e in r.entries]
    [('金湾区', '逾期未报送'), ('香洲区', '按时报送')]
    """
    check_params(params)
    if as_of is not None:
        _validate.date("as_of", as_of)
    if not isinstance(submissions, Mapping):
        raise TypeError(
            "submissions must be a mapping of district to date, got "
            f"{_validate.describe(submissions)}"
        )
    report = quarterly_report(year, quarter, params=params, calendar=calendar)
    submissions = _checked_submissions(year, quarter, submissions, params)
    period = f"{year}年第{quarter}季度"
    entries = []
    for district, day in submissions.items():
        if not isinstance(district, str) or not district.strip():
            raise TypeError(
                f"submissions keys must be district names (str), got {_validate.describe(district)}"
            )
        if day is not None:
            _validate.date(f"submissions[{_validate.shown(district)}]", day)
            if as_of is not None and day > as_of:
                raise PolicyError(
                    f"submissions[{_validate.shown(district)}] is {day.isoformat()}, after "
                    f"as_of={as_of.isoformat()}: a record as of a date holds no later report",
                    zh=f"{_zh.literal(district)}的报送日期{_zh.date(day)}晚于统计日期{_zh.date(as_of)}",
                )
        entries.append(
            _entry(district, day, report.due, period, params, calendar, (year, quarter), as_of)
        )

    return SubmissionRecord(
        year=year,
        quarter=quarter,
        due=report.due,
        working_days=params.report_working_days,
        entries=tuple(sorted(entries, key=_rank)),
        as_of=as_of,
    )


_ORDER = {
    SubmissionStatus.OVERDUE: 0,
    SubmissionStatus.NOT_SUBMITTED: 0,
    SubmissionStatus.LATE: 1,
    SubmissionStatus.EARLY: 2,
    SubmissionStatus.PENDING: 3,
    SubmissionStatus.ON_TIME: 4,
}


def _rank(e: SubmissionEntry) -> tuple[int, int]:
    return (_ORDER[e.status], -e.working_days_late)


def _checked_submissions(
    year: int, quarter: int, submissions: Mapping[str, dt.date | None], params: PolicyParameters
) -> dict[str, dt.date | None]:
    """*submissions* keyed by each district's full name (香洲 → 香洲区), every name and date
    checked: the districts that report are the administrative districts and the functional
    zones (三（一）4: "各区（含横琴新区、经济功能区，下同）"), each named once, and a report on a
    quarter is not dated before the quarter began."""
    known = (*params.administrative_districts, *params.functional_zones)
    short = {name.removesuffix("区"): name for name in params.administrative_districts}
    first = dt.date(year, 3 * quarter - 2, 1)  # year and quarter already checked
    checked: dict[str, dt.date | None] = {}
    given: dict[str, str] = {}
    for name, day in submissions.items():
        if not isinstance(name, str) or not name.strip():
            raise TypeError(
                f"submissions keys must be district names (str), got {_validate.describe(name)}"
            )
        bare = name.strip()
        district = bare if bare in known else short.get(bare)
        if district is None:
            raise PolicyError(
                f"submissions: {_validate.shown(bare)} is not a district that reports; "
                f"the districts: {', '.join(known)} (an administrative district may be "
                "written without 区)",
                zh=f"{_validate.shown_zh(bare)}不是报送的区，可填写：{'、'.join(known)}"
                "（行政区可省略“区”字）",
            )
        if district in given:
            raise PolicyError(
                f"submissions: {_validate.shown(given[district])} and "
                f"{_validate.shown(bare)} name the same district, {district}; give each "
                "district once",
                zh=f"{_validate.shown_zh(given[district])}和{_validate.shown_zh(bare)}"
                f"是同一个区（{district}），每个区只能填写一次",
            )
        if day is not None:
            _validate.date(f"submissions[{_validate.shown(name)}]", day)
            if day < first:
                raise PolicyError(
                    f"submissions[{_validate.shown(bare)}]: {day.isoformat()} is before "
                    f"{year} Q{quarter} began ({first.isoformat()}); a quarter's report "
                    "cannot be dated before the quarter",
                    zh=f"{district}的报送日期{_zh.date(day)}早于{year}年第{quarter}季度开始之日"
                    f"（{_zh.date(first)}），季度报告不可能在该季度开始前报送",
                )
        given[district] = bare
        checked[district] = day
    return checked


def _entry(
    district: str,
    day: dt.date | None,
    due: dt.date,
    period: str,
    params: PolicyParameters,
    calendar: WorkingCalendar | None,
    which: tuple[int, int],
    as_of: dt.date | None,
) -> SubmissionEntry:
    facts = {"period": period, "deadline": _zh.date(due)}
    if day is None:
        if as_of is None:
            status, facts["detail"] = SubmissionStatus.NOT_SUBMITTED, "未报送"
        elif as_of <= due:
            status = SubmissionStatus.PENDING
            facts["detail"] = f"截至{_zh.date(as_of)}尚未报送，报送期限未到"
        else:
            status = SubmissionStatus.OVERDUE
            facts["detail"] = f"截至{_zh.date(as_of)}未报送，已超过报送期限"
        finding = make("reporting.quarterly", Status.NOT_MET, facts, due=due, as_of=as_of)
        return SubmissionEntry(district, None, status, 0, None, finding)
    year, quarter = which
    check = check_quarterly_report(year, quarter, day, params=params, calendar=calendar)
    facts["submitted"] = _zh.date(day)
    when = day if as_of is None else as_of
    if check.passed:
        finding = make("reporting.quarterly", Status.MET, facts, due=due, as_of=day)
        return SubmissionEntry(district, day, SubmissionStatus.ON_TIME, 0, check, finding)
    if check.early:
        facts["detail"] = early_detail(day, check.report)
        finding = make("reporting.quarterly", Status.NOT_MET, facts, due=due, as_of=when)
        return SubmissionEntry(district, day, SubmissionStatus.EARLY, 0, check, finding)
    late = check.working_days_late
    facts["detail"] = f"于{_zh.date(day)}报送，逾期{_zh.working_days(late)}"
    finding = make("reporting.quarterly", Status.NOT_MET, facts, due=due, as_of=day)
    return SubmissionEntry(district, day, SubmissionStatus.LATE, late, check, finding)


def reporting_body(district: str, *, params: PolicyParameters = PLAN_2011) -> str:
    """The body that reports for *district*, named as it was in 2011.

    An administrative district reports through its 人力资源和社会保障局; 横琴新区 and the
    functional zones had no such bureau but the HRSS work department of their 管委会
    (四（二） says 各区, and 三（一）4 counts 横琴新区 and the zones among 各区).

    >>> from hrss_policy.inspection.reporting import reporting_body
    >>> reporting_body("斗门区"), reporting_body("高新区")
    ('斗门区人力资源和社会保障局', '高新区管委会人力资源社会保障工作部门')
    """
    name = _validate.text("district", district)
    if name in check_params(params).administrative_districts:
        return f"{name}人力资源和社会保障局"
    return f"{name}管委会人力资源社会保障工作部门"
