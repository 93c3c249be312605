"""District progress and the 通报 of 四（二）.

"建立通报制度，市就业工作联席会议办公室不定期对各区完成情况进行通报；对完成进度较慢的，予以
通报批评": the bulletin is about each district's **completion** of the platforms. A
district's completion on a date is the share of the checkable requirements due by then,
over all its units, that are met (R9; unverified is never met, R10). Every requirement
has a due date (R10, R23): on a date before anything is due the bulletin names no one.
Slow progress is judged on what is known (R24): the share met of the requirements
verified, below the city-wide share on the same date by default; the slowest k
districts, or a fixed rate, are parameters (``params.slow_progress``). Unverified
requirements are their own figure, and a district most of whose due requirements are
unverified is named, apart, for incomplete reporting (报送不全), never as slow. A late
quarterly report is a fact of the 报送 record (:func:`~hrss_policy.report_submissions`),
never a reason for the 通报.

:class:`ProgressTally` counts inspections one at a time, holding only the counts, so a
whole country's units are tallied in one streaming pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from fractions import Fraction

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..errors import PolicyError
from ..plan.clauses import (
    ACCOUNTABILITY,
    FUNDING,
    INFORMATIZATION,
    NAMES,
    PREMISES,
    SERVICE,
    STAFFING,
    cites,
)
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.status import Status
from .totals import ByArea
from .unit import Inspection

__all__ = [
    "DistrictProgress",
    "Progress",
    "ProgressTally",
    "district_progress",
]

CITY = "全市"
OFFICE = "珠海市就业工作联席会议办公室"

#: A clause's subject in a few words, where a sentence counts items by clause.
TOPICS: dict[str, str] = {
    NAMES: "更名",
    STAFFING: "人员配备",
    PREMISES: "服务场所",
    INFORMATIZATION: "信息化",
    SERVICE: "专业化服务",
    FUNDING: "经费保障",
    ACCOUNTABILITY: "报送",
}


def percent(rate: Fraction) -> str:
    """``85.71%``: a rate to two places, rounded half up, for display only."""
    hundredths = (rate * 10_000 * 2 + 1) // 2
    whole, frac = divmod(int(hundredths), 100)
    return f"{whole}.{frac:02d}%"


@attrs.frozen
class DistrictProgress:
    """One district's (or the city's) completion on a date.

    Attributes:
        district: The district or zone, or ``"全市"``.
        units: Units counted.
        units_passed: Units with every requirement due met.
        due: Requirements due by the date, over all units (R9, R10).
        met: Of those, met.
        not_met: Of those, not met (the data says they fall short).
        unverified: Of those, unverified (not reported; never met).
        overdue: Requirements not met and past their due date.
        overdue_by_clause: Overdue requirements counted by clause, in clause order.
        requirements: Every requirement of its units, due by the date or not.
        requirements_met: Of those, met (early completion counts here).
    """

    district: str
    units: int
    units_passed: int
    due: int
    met: int
    not_met: int
    unverified: int
    overdue: int
    overdue_by_clause: tuple[tuple[str, int], ...]
    requirements: int = 0
    requirements_met: int = 0

    @property
    def rate(self) -> Fraction | None:
        """``met / due`` as an exact fraction; ``None`` when nothing is due yet."""
        return Fraction(self.met, self.due) if self.due else None

    @property
    def verified(self) -> int:
        """Requirements due whose data was reported: ``met + not_met``."""
        return self.met + self.not_met

    @property
    def verified_rate(self) -> Fraction | None:
        """``met / verified``: completion on what is known (R24); ``None`` when nothing due
        was verified."""
        return Fraction(self.met, self.verified) if self.verified else None

    @property
    def unverified_share(self) -> Fraction | None:
        """``unverified / due``; ``None`` when nothing is due yet."""
        return Fraction(self.unverified, self.due) if self.due else None

    @property
    def overall_rate(self) -> Fraction | None:
        """``requirements_met / requirements``: completion of every requirement, due or
        not; ``None`` when there is none."""
        if not self.requirements:
            return None
        return Fraction(self.requirements_met, self.requirements)

    def describe(self) -> str:
        """The district's completion as one Chinese sentence."""
        rate = self.rate
        head = f"{_zh.literal(self.district)}：{self.units}个单位"
        if rate is None:
            return f"{head}，截至检查日期尚无已到期事项{self._overall()}。"
        return (
            f"{head}，已到期事项应完成{self.due}项，已完成{self.met}项，已到期事项完成率"
            f"{percent(rate)}；{not_met_phrase(self.not_met, self.overdue, self.overdue_by_clause)}；"
            f"未报送无法核实{self.unverified}项；{self._verified()}；"
            f"到期事项均已完成的单位{self.units_passed}个{self._overall()}。"
        )

    def _verified(self) -> str:
        """``已核实80项，核实完成率96.25%``: completion on what was reported (R24)."""
        known = self.verified_rate
        if known is None:
            return "已核实0项"
        return f"已核实{self.verified}项，核实完成率{percent(known)}"

    def _overall(self) -> str:
        overall = self.overall_rate
        if overall is None:
            return ""
        if self.requirements == self.due:
            return "；全部要求均已到期"
        return (
            f"；全部{self.requirements}项要求（含尚未到期）已完成{self.requirements_met}项，"
            f"总体完成率{percent(overall)}"
        )


def not_met_phrase(not_met: int, overdue: int, by_clause: tuple[tuple[str, int], ...]) -> str:
    """``未完成9项，其中逾期8项，逾期的分别为三（一）5人员配备1项、三（二）服务场所4项``.

    逾期 is part of 未完成, so it is said inside it; a clause id has brackets of its own,
    so the breakdown follows in words, never in brackets.
    """
    if not overdue:
        return f"未完成{not_met}项"
    if overdue == not_met:
        head = f"未完成{not_met}项，" + ("均已逾期" if overdue > 1 else "已逾期")
    else:
        head = f"未完成{not_met}项，其中逾期{overdue}项"
    breakdown = overdue_breakdown(by_clause)
    return f"{head}，逾期的{breakdown}" if breakdown else head


def overdue_breakdown(by_clause: tuple[tuple[str, int], ...]) -> str:
    """``均为三（一）4更名`` (``为`` for one item), or ``分别为三（一）5人员配备1项、三（二）服务场所4项``."""
    if len(by_clause) == 1:
        clause, n = by_clause[0]
        return f"{'均为' if n > 1 else '为'}{clause}{TOPICS.get(clause, '')}"
    parts = "、".join(f"{c}{TOPICS.get(c, '')}{n}项" for c, n in by_clause)
    return f"分别为{parts}" if parts else ""


@cites(ACCOUNTABILITY)
@attrs.frozen
class Progress(Cited):
    """Every district's completion on a date, and the city's.

    Attributes:
        as_of: The date.
        districts: One entry per district or zone, in order of first appearance.
        city: The city's totals.
        clauses: The clause ids applied.
    """

    as_of: dt.date
    districts: tuple[DistrictProgress, ...]
    city: DistrictProgress

    def explain(self) -> str:
        """The completion in Chinese, one sentence per district and the city."""
        head = f"依据{ACCOUNTABILITY}，截至{_zh.date(self.as_of)}各区公共服务平台建设完成情况如下："
        return "\n".join([head, *(d.describe() for d in (*self.districts, self.city))])


@attrs.define
class _Counts:
    units: int = 0
    passed: int = 0
    due: int = 0
    met: int = 0
    not_met: int = 0
    unverified: int = 0
    overdue: int = 0
    total: int = 0
    total_met: int = 0
    by_clause: dict[str, int] = attrs.Factory(dict)

    def merge(self, other: _Counts) -> None:
        self.units += other.units
        self.passed += other.passed
        self.due += other.due
        self.met += other.met
        self.not_met += other.not_met
        self.unverified += other.unverified
        self.overdue += other.overdue
        self.total += other.total
        self.total_met += other.total_met
        for clause, n in other.by_clause.items():
            self.by_clause[clause] = self.by_clause.get(clause, 0) + n

    def result(self, name: str) -> DistrictProgress:
        return DistrictProgress(
            district=name,
            units=self.units,
            units_passed=self.passed,
            due=self.due,
            met=self.met,
            not_met=self.not_met,
            unverified=self.unverified,
            overdue=self.overdue,
            overdue_by_clause=tuple(sorted(self.by_clause.items(), key=_clause_order)),
            requirements=self.total,
            requirements_met=self.total_met,
        )


def _clause_order(item: tuple[str, int]) -> int:
    from ..plan.clauses import CLAUSES

    return list(CLAUSES).index(item[0])


class ProgressTally:
    """Counts inspections one at a time toward each district's completion on *as_of*.

    Inspections must be undated or dated *as_of*; each requirement due by *as_of* (its due
    date on or before it) counts. Every requirement of the register has a due date; a
    finding without one counts only under ``params.undated_requirements_due`` (R10).
    """

    def __init__(self, *, as_of: dt.date, params: PolicyParameters = PLAN_2011) -> None:
        check_params(params)
        self.as_of = params.require_in_force("as_of", as_of)
        self._undated = params.undated_requirements_due
        self._params = params
        self._tally = ByArea(_Counts, ("counts", "统计", "各项数目"))

    def add(self, inspection: Inspection) -> None:
        """Count one inspection."""
        _validate.instance("inspection", inspection, Inspection)
        if inspection.as_of is not None and inspection.as_of != self.as_of:
            raise PolicyError(
                f"an inspection dated {inspection.as_of.isoformat()} cannot be counted as of "
                f"{self.as_of.isoformat()}; inspect it as of the same date, or undated",
                zh=f"检查日期{_zh.date(inspection.as_of)}与统计日期{_zh.date(self.as_of)}不一致",
            )
        counts = self._tally.area(inspection.area)
        as_of, undated = self.as_of, self._undated
        due = met = not_met = unverified = overdue = 0
        total_met = 0
        late: list[str] = []
        for f in inspection.findings:
            if f.status is Status.MET:
                total_met += 1
            if f.due is None:
                if not undated:
                    continue
            elif f.due > as_of:
                continue
            due += 1
            if f.status is Status.MET:
                met += 1
            elif f.status is Status.UNVERIFIED:
                unverified += 1
            else:
                not_met += 1
                if f.due is not None and as_of > f.due:
                    overdue += 1
                    late.append(f.clause)
        for c in (counts, self._tally.city):
            c.units += 1
            c.passed += met == due
            c.due += due
            c.met += met
            c.not_met += not_met
            c.unverified += unverified
            c.overdue += overdue
            c.total += len(inspection.findings)
            c.total_met += total_met
            for clause in late:
                c.by_clause[clause] = c.by_clause.get(clause, 0) + 1

    def merge(self, other: ProgressTally) -> None:
        """Add the counts of *other*, a tally of other inspections on the same date.

        Lets a pool of processes each tally a part of a table; merged in the parts' order,
        districts keep their order of first appearance.

        Raises:
            TypeError: *other* is not a :class:`ProgressTally`.
            PolicyError: *other* is this tally itself, or was made as of another date or
                under other parameters.
        """
        _validate.instance("other", other, ProgressTally)
        if other._params is not self._params and other._params != self._params:
            raise PolicyError(
                "a tally under other parameters cannot be merged: the requirements it counts "
                "as due differ; tally every part under the same parameter set",
                zh="两份统计所依据的政策参数不同，应完成的要求不一致，不能合并",
            )
        if other.as_of != self.as_of:
            raise PolicyError(
                f"a tally as of {other.as_of.isoformat()} cannot be merged into one as of "
                f"{self.as_of.isoformat()}",
                zh=f"统计日期{_zh.date(other.as_of)}与{_zh.date(self.as_of)}不一致，不能合并",
            )
        self._tally.merge(other._tally)

    def result(self) -> Progress:
        """Every district's completion from the inspections counted so far."""
        return Progress(
            as_of=self.as_of,
            districts=tuple(c.result(name) for name, c in self._tally.areas.items()),
            city=self._tally.city.result(CITY),
        )


@cites(Progress)
def district_progress(
    inspections: Iterable[Inspection], *, as_of: dt.date, params: PolicyParameters = PLAN_2011
) -> Progress:
    """Each district's completion on *as_of*: requirements due, met, the rate (R9, R10).

    Args:
        inspections: Inspections of the units, undated or dated *as_of*.
        as_of: The date completion is measured on.
        params: The parameter set (``undated_requirements_due``).

    >>> units = [
    ...     hp.Unit(kind=hp.UnitKind.DISTRICT_STREET, place="拱北", district="香洲",
    ...             service_recipients=45_000, actual_staff=8),
    ...     hp.Unit(kind=hp.UnitKind.DISTRICT_TOWN, place="井岸", district="斗门",
    ...             service_recipients=30_000, actual_staff=3),
    ... ]
    >>> p = hp.district_progress([hp.inspect_unit(u) for u in units], as_of=dt.date(2012, 7, 1))
    >>> [(d.district, d.due, d.met) for d in p.districts]
    [('香洲区', 2, 1), ('斗门区', 2, 0)]
    """
    tally = ProgressTally(as_of=as_of, params=params)
    for item in _validate.sequence_of("inspections", inspections, Inspection):
        tally.add(item)
    return tally.result()
