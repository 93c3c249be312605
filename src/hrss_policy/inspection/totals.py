"""Staff and subsidy totals of inspected units, by district or zone and for the city.

A roll-up adds up what the inspections computed — staffing quotas (三（一）5) and the
coordinator subsidy budget (三（五）) — for each district or zone a unit reports through,
and for the city. :class:`RollupTally` adds inspections one at a time, holding only the
totals, so a whole country's units can be rolled up in one streaming pass.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from decimal import Decimal
from typing import Any, Generic, Protocol, TypeVar

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.citing import Cited
from ..errors import PolicyError
from ..plan.clauses import FUNDING, STAFFING, cites
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.units import Level
from .unit import Inspection

__all__ = ["AreaSummary", "Rollup", "RollupTally", "rollup"]

CITY = "全市"
_ADD = _validate.MONEY_CONTEXT.add
_ZERO = Decimal("0.00")


class _Part(Protocol):
    def merge(self, other: Any, /) -> None: ...


_P = TypeVar("_P", bound=_Part)


class ByArea(Generic[_P]):
    """Counts kept for each district or zone, in order of first appearance, and for the
    city: what a tally of inspections holds, and what adds up when parts of a table are
    tallied apart (in a pool of processes) and merged in the parts' order.

    Args:
        new: Makes the empty counts of one district or zone, and of the city.
        counted: What the counts are, in English and in Chinese (``totals``, ``汇总``,
            ``各项合计``), for the refusal of a tally merged into itself.
    """

    __slots__ = ("_counted", "_new", "areas", "city")

    def __init__(self, new: Callable[[], _P], counted: tuple[str, str, str]) -> None:
        self._new = new
        self._counted = counted
        self.areas: dict[str, _P] = {}
        self.city = new()

    def area(self, name: str) -> _P:
        """The counts of the district or zone *name*, started on its first inspection."""
        counts = self.areas.get(name)
        if counts is None:
            counts = self.areas[name] = self._new()
        return counts

    def merge(self, other: ByArea[_P]) -> None:
        """Add *other*'s counts, area by area and for the city (the tallies checked to be
        alike: the same date and parameters)."""
        if other is self:
            # Its counts would be added to themselves: every figure doubled.
            what, what_zh, figures_zh = self._counted
            raise PolicyError(
                f"a tally cannot be merged into itself: its {what} would be doubled",
                zh=f"{what_zh}不能与自身合并，否则{figures_zh}会重复计算",
            )
        for name, counts in other.areas.items():
            self.area(name).merge(counts)
        self.city.merge(other.city)


@attrs.frozen
class AreaSummary:
    """The totals of one district or zone (or of the whole city).

    Attributes:
        area: The district or zone, or ``"全市"`` for the city.
        units: Units counted.
        street_town_units: Street/town agencies among them.
        community_village_units: Community/village stations among them.
        staff_quota: The sum of the units' staffing quotas.
        actual_staff: The sum of actual staff, over the units that reported it.
        staff_reported: The units whose actual staff is known.
        monthly_city: The city's monthly coordinator subsidy (三（五）).
        monthly_district_minimum: The district's monthly minimum.
        annual_city: The city's subsidy for a year (``months_per_year`` months).
        annual_district_minimum: The district's minimum for a year.
        units_not_passed: Units with at least one requirement not met or unverified.
        subsidy_reported: Stations whose coordinators were reported (the subsidy's basis).
    """

    area: str
    units: int
    street_town_units: int
    community_village_units: int
    staff_quota: int
    actual_staff: int
    staff_reported: int
    monthly_city: Decimal
    monthly_district_minimum: Decimal
    annual_city: Decimal
    annual_district_minimum: Decimal
    units_not_passed: int
    subsidy_reported: int = 0

    def describe(self) -> str:
        """The totals as one Chinese sentence, each figure with the clause it comes from."""
        kinds = [
            f"{label}{n}个"
            for label, n in (
                ("街道（镇）服务机构", self.street_town_units),
                ("社区（村）服务机构", self.community_village_units),
            )
            if n
        ]
        return (
            f"{_zh.literal(self.area)}：{self.units}个单位，其中{'、'.join(kinds)}；"
            f"{self._staff()}；{self._subsidy()}；未全部达标的单位{self.units_not_passed}个。"
        )

    def _staff(self) -> str:
        quota = f"依据{STAFFING}，人员定额{_zh.people(self.staff_quota)}"
        missing = self.units - self.staff_reported
        if not self.staff_reported:
            return f"{quota}，实有人数未报送"
        if not missing:
            return f"{quota}，实有{_zh.people(self.actual_staff)}"
        return (
            f"{quota}，已报送的{self.staff_reported}个单位实有{_zh.people(self.actual_staff)}，"
            f"{missing}个单位未报送"
        )

    def _subsidy(self) -> str:
        stations = self.community_village_units
        if not stations:
            return "无社区（村）服务站，不涉及协理员补助"
        if not self.subsidy_reported:
            who = f"{stations}个社区（村）服务站均" if stations > 1 else "社区（村）服务站"
            return f"依据{FUNDING}，{who}未报送协理员配备情况，补助无法计算"
        figures = (
            f"协理员工资补助每月市级{_zh.money(self.monthly_city)}、区级配套不少于"
            f"{_zh.money(self.monthly_district_minimum)}，全年市级{_zh.money(self.annual_city)}、"
            f"区级配套不少于{_zh.money(self.annual_district_minimum)}"
        )
        missing = stations - self.subsidy_reported
        gap = f"，另有{missing}个服务站未报送协理员配备情况" if missing else ""
        return f"依据{FUNDING}，{figures}{gap}"


@cites(STAFFING, FUNDING)
@attrs.frozen
class Rollup(Cited):
    """Inspections added up by district or zone, and for the city.

    Attributes:
        areas: One summary per district or zone, in order of first appearance.
        city: The city's totals.
        clauses: The clause ids behind the figures.
    """

    areas: tuple[AreaSummary, ...]
    city: AreaSummary

    def explain(self) -> str:
        """The roll-up in Chinese, one sentence per district or zone and the city."""
        return "\n".join(s.describe() for s in (*self.areas, self.city))


@attrs.define
class _Totals:
    units: int = 0
    street: int = 0
    quota: int = 0
    actual: int = 0
    reported: int = 0
    city: Decimal = _ZERO
    district: Decimal = _ZERO
    not_passed: int = 0
    subsidized: int = 0

    def add(self, inspection: Inspection) -> None:
        self.units += 1
        self.street += inspection.unit.kind.level is Level.STREET_TOWN
        self.quota += inspection.quota.staff
        if inspection.staffing.actual_staff is not None:
            self.actual += inspection.staffing.actual_staff
            self.reported += 1
        subsidy = inspection.subsidy
        if subsidy is not None:
            # The library's context, whatever the caller's: exact sums of money.
            self.subsidized += 1
            self.city = _ADD(self.city, subsidy.city)
            self.district = _ADD(self.district, subsidy.district_minimum)
        self.not_passed += not inspection.passed

    def merge(self, other: _Totals) -> None:
        self.units += other.units
        self.street += other.street
        self.quota += other.quota
        self.actual += other.actual
        self.reported += other.reported
        with _validate.money_context():
            self.city += other.city
            self.district += other.district
        self.not_passed += other.not_passed
        self.subsidized += other.subsidized

    def summary(self, area: str, months: int) -> AreaSummary:
        with _validate.money_context():
            annual_city = _validate.cents(self.city * months)
            annual_district = _validate.cents(self.district * months)
        return AreaSummary(
            area=area,
            units=self.units,
            street_town_units=self.street,
            community_village_units=self.units - self.street,
            staff_quota=self.quota,
            actual_staff=self.actual,
            staff_reported=self.reported,
            monthly_city=_validate.cents(self.city),
            monthly_district_minimum=_validate.cents(self.district),
            annual_city=annual_city,
            annual_district_minimum=annual_district,
            units_not_passed=self.not_passed,
            subsidy_reported=self.subsidized,
        )


class RollupTally:
    """Adds inspections up one at a time, holding only the totals.

    >>> tally = hp.RollupTally()
    >>> unit = hp.Unit(kind=hp.UnitKind.DISTRICT_STREET, place="拱北", district="香洲",
    ...                service_recipients=45_000)
    >>> tally.add(hp.inspect_unit(unit))
    >>> tally.result().city.staff_quota
    8
    """

    def __init__(self, *, params: PolicyParameters = PLAN_2011) -> None:
        self._months = check_params(params).months_per_year
        self._tally = ByArea(_Totals, ("totals", "汇总", "各项合计"))

    def add(self, inspection: Inspection) -> None:
        """Add one inspection."""
        _validate.instance("inspection", inspection, Inspection)
        self._tally.area(inspection.area).add(inspection)
        self._tally.city.add(inspection)

    def merge(self, other: RollupTally) -> None:
        """Add the totals of *other*, a tally of other inspections.

        Lets a pool of processes each roll up a part of a table; merged in the parts'
        order, areas keep their order of first appearance.
        """
        _validate.instance("other", other, RollupTally)
        if other._months != self._months:
            raise PolicyError(
                f"a tally of {other._months} months a year cannot be merged into one of "
                f"{self._months}; roll every part up under the same parameter set",
                zh=f"每年按{other._months}个月与按{self._months}个月计算的汇总不能合并",
            )
        self._tally.merge(other._tally)

    def result(self) -> Rollup:
        """The roll-up of every inspection added so far."""
        return Rollup(
            areas=tuple(t.summary(a, self._months) for a, t in self._tally.areas.items()),
            city=self._tally.city.summary(CITY, self._months),
        )


@cites(Rollup)
def rollup(inspections: Iterable[Inspection], *, params: PolicyParameters = PLAN_2011) -> Rollup:
    """Add inspections up by the district or zone each unit reports through, and for the city.

    Args:
        inspections: The inspections, from :func:`~hrss_policy.inspect_unit`.
        params: The parameter set (its ``months_per_year`` makes the annual figures).

    Raises:
        TypeError: an item is not an :class:`~hrss_policy.Inspection`.
    """
    tally = RollupTally(params=params)
    for n, item in enumerate(_validate.sequence_of("inspections", inspections, Inspection)):
        del n
        tally.add(item)
    return tally.result()
