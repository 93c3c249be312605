"""Community/village coordinator wage subsidies: the second paragraph of 三（五）.

Per coordinator (人力资源社会保障协理员) per month, the city pays a fixed subsidy and the
district at least a matching amount: full-time 1000 + ≥ 1000 yuan, part-time 800 + ≥ 800
yuan. A part-time coordinator who is a public servant (公职人员) 按规定不得领取兼职报酬, so
adds nothing. A :class:`Roster` holds a station's coordinators as counts of each kind, or
one by one (:mod:`.roster`). The checks of what was paid or budgeted are in :mod:`hrss_policy.rules.funding.payment`.

Money is exact :class:`~decimal.Decimal` yuan with two places, computed in the library's
own decimal context: a caller's context never changes a result. Counts and months are
bounded by 2**53 (:data:`MAX_MONTHS`), within which every amount is exact.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...plan.clauses import FUNDING, cites
from ...plan.parameter_types import DistrictMinimumBasis
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.readings import cite_zh
from .roster import (
    REPRESENTATIVES,
    Coordinator,
    CoordinatorKind,
    Employment,
    Roster,
    shown_who,
    tally,
)

__all__ = [
    "SubsidyBreakdown",
    "SubsidyLine",
    "annual_subsidy",
    "monthly_subsidy",
    "subsidy_for_months",
]

ZERO = Decimal("0.00")

#: The most months a subsidy is computed for: the count bound, 2**53. Every amount of
#: up to 2**53 heads over up to 2**53 months stays exact; more months are refused.
MAX_MONTHS = _validate.MAX_COUNT

#: Why a part-time public servant's line is zero: the document's own words.
PART_TIME_PUBLIC_SERVANT_REASON = "属于公职人员，按规定不得领取兼职报酬"
#: Why a full-time public servant's line is zero under the other reading of R3.
FULL_TIME_PUBLIC_SERVANT_REASON = "属于公职人员，按所选解读不领取协理员工资补助"
#: The remark on a full-time public servant counted as a full-time head (R3).
FULL_TIME_PUBLIC_SERVANT_NOTE = (
    f"{FUNDING}只规定兼职人员属于公职人员的不得领取兼职报酬，"
    f"属于公职人员的专职协理员按专职人数计算（{cite_zh('R3')}）"
)


@attrs.frozen
class SubsidyLine:
    """What one coordinator, or one kind of coordinator, is due over a breakdown's period.

    Attributes:
        coordinator: The coordinator; for a roster of counts, a coordinator of the
            group's kind (without a name).
        city: The city subsidy (市级财政工资补助).
        district_minimum: The least the district must add (区级配套，不少于). Under the
            per-station reading (R13), the station's minimum is on the first line of each
            employment that draws pay, and the other lines of that employment hold 0.
        reason: Why the amounts are zero, when the coordinator may draw no pay.
        note: A remark on how the line was counted (a full-time public servant, R3).
        count: How many coordinators the line is for: 1 for a roster of coordinators,
            the group's count for a roster of counts.
    """

    coordinator: Coordinator
    city: Decimal
    district_minimum: Decimal
    reason: str | None = None
    note: str | None = None
    count: int = attrs.field(default=1, kw_only=True)

    @property
    def kind(self) -> CoordinatorKind:
        """The kind of coordinator the line is for."""
        return self.coordinator.kind

    @property
    def barred(self) -> bool:
        """Whether the coordinator(s) may draw no pay, so any payment is barred."""
        return self.reason is not None

    @property
    def total_minimum(self) -> Decimal:
        """City subsidy plus the district minimum."""
        with _validate.money_context():
            return self.city + self.district_minimum


@cites(FUNDING)
@attrs.frozen
class SubsidyBreakdown(Cited):
    """The wage subsidies due to a station's coordinators for a number of months.

    Attributes:
        months: The number of months covered.
        lines: One line per coordinator in roster order, or one per kind for a roster of
            counts.
        city: The city's subsidy, the sum of the lines.
        district_minimum: The least the district must pay, the sum of the lines.
        total_minimum: ``city + district_minimum``.
        clauses: The clause ids applied.
        by_counts: Whether the lines are kinds of coordinator with counts.
        params: The parameter set the amounts were computed under.
    """

    months: int
    lines: tuple[SubsidyLine, ...]
    city: Decimal
    district_minimum: Decimal
    total_minimum: Decimal
    by_counts: bool = attrs.field(default=False, kw_only=True)
    params: PolicyParameters = attrs.field(default=PLAN_2011, kw_only=True, repr=False)

    @property
    def heads(self) -> int:
        """Coordinators on the roster."""
        return sum(ln.count for ln in self.lines)

    @property
    def full_time_count(self) -> int:
        """Full-time coordinators on the roster, public servants included."""
        return sum(ln.count for ln in self.lines if ln.kind.employment is Employment.FULL_TIME)

    @property
    def part_time_count(self) -> int:
        """Part-time coordinators on the roster, public servants included."""
        return self.heads - self.full_time_count

    @property
    def per_station(self) -> bool:
        """Whether the district minimum is counted per station (R13's alternative)."""
        return self.params.district_minimum_basis is DistrictMinimumBasis.PER_STATION

    def explain(self) -> str:
        """The computation in Chinese: one numbered line per coordinator (or kind), the totals.

        >>> roster = [hp.Coordinator(hp.Employment.FULL_TIME), hp.Coordinator(hp.Employment.PART_TIME)]
        >>> print(hp.monthly_subsidy(roster).explain())
        社区（村）协理员工资补助，共1个月、2人，依据三（五）计算如下：
        1. 专职协理员，市级补助1000.00元，区级配套不少于1000.00元。
        2. 兼职协理员，市级补助800.00元，区级配套不少于800.00元。
        合计市级补助1800.00元，区级配套不少于1800.00元，市、区两级合计不少于3600.00元。
        """
        period = f"共{self.months}个月"
        basis = "，区级配套按服务机构计算" if self.per_station else ""
        if self.lines:
            head = f"社区（村）协理员工资补助，{period}、{_zh.people(self.heads)}{basis}，"
            out = [head + f"{_zh.clause(FUNDING)}计算如下："]
        else:
            out = [
                f"社区（村）协理员工资补助，{period}，未配备协理员，{_zh.clause(FUNDING)}不计补助。"
            ]
        carriers: dict[Employment, int] = {}
        for i, ln in enumerate(self.lines, 1):
            out.append(f"{i}. {self._line_text(i, ln, carriers)}")
        out.append(
            f"合计市级补助{_zh.money(self.city)}，区级配套不少于{_zh.money(self.district_minimum)}，"
            f"市、区两级合计不少于{_zh.money(self.total_minimum)}。"
        )
        return "\n".join(out)

    def _line_text(self, i: int, ln: SubsidyLine, carriers: dict[Employment, int]) -> str:
        employment = ln.kind.employment
        who = _line_who(ln, self.by_counts)
        if ln.reason is not None:
            return f"{who}，{ln.reason}，不计补助。"
        if ln.kind.public_servant:
            who += "，属于公职人员"
        city_rate, district_rate = _rates(employment, self.params)
        count = ln.count if self.by_counts else None
        city = _product(city_rate, count, self.months, ln.city)
        if not self.per_station:
            district = (
                f"区级配套不少于{_product(district_rate, count, self.months, ln.district_minimum)}"
            )
        elif employment in carriers:
            district = f"区级配套已按服务机构计入第{carriers[employment]}项"
        else:
            carriers[employment] = i
            amount = _product(district_rate, None, self.months, ln.district_minimum)
            district = f"区级配套按服务机构计算不少于{amount}"
        text = f"{who}，市级补助{city}，{district}。"
        return text + f"{ln.note}。" if ln.note else text


def _line_who(ln: SubsidyLine, by_counts: bool) -> str:
    kind = f"{ln.kind.employment.label}协理员"
    if by_counts:
        return f"{kind}{_zh.people(ln.count)}"
    who = shown_who(ln.coordinator)
    return f"{who}，{kind}" if who else kind


def _product(rate: Decimal, count: int | None, months: int, total: Decimal) -> str:
    """``1000.00元 × 5人 × 3个月 = 15000.00元``, or ``1000.00元`` for one head and month."""
    factors = [_zh.money(rate)]
    if count is not None:
        factors.append(_zh.people(count))
    if months > 1:
        factors.append(f"{months}个月")
    if len(factors) == 1:
        return factors[0]
    return " × ".join(factors) + f" = {_zh.money(total)}"


def _rates(employment: Employment, params: PolicyParameters) -> tuple[Decimal, Decimal]:
    if employment is Employment.FULL_TIME:
        return params.city_subsidy_full_time, params.district_minimum_full_time
    return params.city_subsidy_part_time, params.district_minimum_part_time


# -- the rule ----------------------------------------------------------------------------


def _roster(roster: Roster | Iterable[Coordinator], name: str = "roster") -> Roster:
    if isinstance(roster, Roster):
        return roster
    if isinstance(roster, Coordinator | str | bytes) or not isinstance(roster, Iterable):
        raise TypeError(
            f"{name} must be a Roster or an iterable of Coordinator (a list, even for one "
            f"coordinator), got {_validate.describe(roster)}"
        )
    members = _validate.sequence_of(name, roster, Coordinator)
    return Roster(tally(members), members=members)


def _line(
    c: Coordinator, n: int, months: int, params: PolicyParameters, carried: set[Employment]
) -> SubsidyLine:
    kind = c.kind
    if kind is CoordinatorKind.PART_TIME_PUBLIC_SERVANT:
        return SubsidyLine(c, ZERO, ZERO, reason=PART_TIME_PUBLIC_SERVANT_REASON, count=n)
    full_time_servant = kind is CoordinatorKind.FULL_TIME_PUBLIC_SERVANT
    if full_time_servant and not params.full_time_public_servant_paid:
        return SubsidyLine(c, ZERO, ZERO, reason=FULL_TIME_PUBLIC_SERVANT_REASON, count=n)
    employment = kind.employment
    city_rate, district_rate = _rates(employment, params)
    # Runs inside subsidy_for_months' money context: exact in 60 digits for any accepted
    # count, months and amount, then held to exactly two places.
    city = (city_rate * n * months).quantize(_validate.CENT)
    if params.district_minimum_basis is DistrictMinimumBasis.PER_COORDINATOR:
        district = (district_rate * n * months).quantize(_validate.CENT)
    elif employment in carried:
        district = ZERO
    else:  # per station (R13): the station's minimum, once per employment
        carried.add(employment)
        district = (district_rate * months).quantize(_validate.CENT)
    note = FULL_TIME_PUBLIC_SERVANT_NOTE if full_time_servant else None
    return SubsidyLine(c, city, district, note=note, count=n)


@cites(SubsidyBreakdown)
def subsidy_for_months(
    roster: Roster | Iterable[Coordinator], months: int, *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return the subsidies due to a roster of coordinators over *months* months.

    Args:
        roster: The station's coordinators: a :class:`Roster`, or an iterable of
            :class:`Coordinator` (a list, even for one).
        months: The number of whole months, an ``int`` from 1 to :data:`MAX_MONTHS` (2**53).
        params: The parameter set to apply; defaults to the 2011 plan. Its readings:
            ``full_time_public_servant_paid`` (R3) and ``district_minimum_basis`` (R13).

    Raises:
        TypeError: *roster* is not a :class:`Roster` or an iterable of
            :class:`Coordinator`, *months* is not an ``int``, or *params* is not a
            :class:`~hrss_policy.PolicyParameters`.
        PolicyError: *months* is less than 1 or more than 2**53.

    >>> s = hp.subsidy_for_months([hp.Coordinator(hp.Employment.FULL_TIME)], 3)
    >>> s.city, s.district_minimum
    (Decimal('3000.00'), Decimal('3000.00'))
    """
    check_params(params)
    r = _roster(roster)
    n = _validate.count("months", months, minimum=1, maximum=MAX_MONTHS)
    carried: set[Employment] = set()
    if r.members is not None:
        units = [(c, 1) for c in r.members]
    else:  # one line per kind, never one object per head
        units = [(REPRESENTATIVES[k], count) for k, count in r.groups]
    with _validate.money_context():
        lines = tuple(_line(c, count, n, params, carried) for c, count in units)
        city = sum((ln.city for ln in lines), ZERO)
        district = sum((ln.district_minimum for ln in lines), ZERO)
        total = city + district
    return SubsidyBreakdown(
        months=n,
        lines=lines,
        city=city,
        district_minimum=district,
        total_minimum=total,
        by_counts=r.by_counts,
        params=params,
    )


@cites(SubsidyBreakdown)
def monthly_subsidy(
    roster: Roster | Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return one month's subsidies for a roster of coordinators.

    >>> roster = [
    ...     hp.Coordinator(hp.Employment.FULL_TIME),
    ...     hp.Coordinator(hp.Employment.PART_TIME),
    ...     hp.Coordinator(hp.Employment.PART_TIME, public_servant=True),
    ... ]
    >>> s = hp.monthly_subsidy(roster)
    >>> s.city, s.district_minimum
    (Decimal('1800.00'), Decimal('1800.00'))
    >>> s.lines[2].reason
    '属于公职人员，按规定不得领取兼职报酬'
    """
    return subsidy_for_months(roster, 1, params=params)


@cites(SubsidyBreakdown)
def annual_subsidy(
    roster: Roster | Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return a year's subsidies (``params.months_per_year`` months, R17) for a roster.

    >>> hp.annual_subsidy([hp.Coordinator(hp.Employment.PART_TIME)]).city
    Decimal('9600.00')
    """
    return subsidy_for_months(roster, check_params(params).months_per_year, params=params)
