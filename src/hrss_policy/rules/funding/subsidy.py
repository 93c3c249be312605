"""Community/village coordinator wage subsidies: the second paragraph of 三（五）.

Per coordinator (人力资源社会保障协理员) per month, the city pays a fixed subsidy and the
district at least a matching amount: full-time 1000 + ≥ 1000 yuan, part-time 800 + ≥ 800
yuan. A part-time coordinator who is a public servant (公职人员) 按规定不得领取兼职报酬, so
adds nothing. A :class:`Roster` holds a station's coordinators as counts of each kind, or
one by one. The checks of what was paid or budgeted are in :mod:`hrss_policy.rules.funding.payment`.

Money is exact :class:`~decimal.Decimal` yuan with two places, computed in the library's
own decimal context: a caller's context never changes a result. Counts and months are
bounded by 2**53 (:data:`MAX_MONTHS`), within which every amount is exact.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable
from decimal import Decimal
from typing import Any

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...errors import PolicyError
from ...plan.clauses import FUNDING, cites
from ...plan.parameters import PLAN_2011, DistrictMinimumBasis, PolicyParameters, check_params
from ...plan.readings import cite_zh

__all__ = [
    "Coordinator",
    "CoordinatorKind",
    "Employment",
    "Roster",
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


class Employment(enum.Enum):
    """Whether a coordinator is full-time (专职) or part-time (兼职)."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    FULL_TIME = "full_time"
    """专职协理员."""
    PART_TIME = "part_time"
    """兼职协理员."""

    @property
    def label(self) -> str:
        """The Chinese label: 专职 or 兼职."""
        return "专职" if self is Employment.FULL_TIME else "兼职"


class CoordinatorKind(enum.Enum):
    """The four kinds of coordinator 三（五） tells apart, in the order of :meth:`Roster.from_counts`."""

    # Members are singletons compared by identity, so identity is a sound hash, and it
    # is computed in C (Enum's own hashes the name in Python, on every dict lookup).
    __hash__ = object.__hash__

    FULL_TIME = "full_time"
    """专职协理员."""
    PART_TIME = "part_time"
    """兼职协理员 who is not a public servant."""
    PART_TIME_PUBLIC_SERVANT = "part_time_public_servant"
    """兼职协理员 who is a public servant (公职人员): no part-time pay."""
    FULL_TIME_PUBLIC_SERVANT = "full_time_public_servant"
    """专职协理员 who is a public servant (R3)."""

    @property
    def employment(self) -> Employment:
        """Full-time or part-time."""
        return _KIND_TRAITS[self][0]

    @property
    def public_servant(self) -> bool:
        """Whether coordinators of this kind are public servants (公职人员)."""
        return _KIND_TRAITS[self][1]

    @property
    def count_name(self) -> str:
        """The keyword of :meth:`Roster.from_counts` that counts this kind."""
        return _KIND_TRAITS[self][2]

    @property
    def label(self) -> str:
        """The Chinese label: 专职协理员, 兼职协理员, 兼职协理员（公职人员）…"""
        text = f"{self.employment.label}协理员"
        return text + "（公职人员）" if self.public_servant else text

    @property
    def coordinator(self) -> Coordinator:
        """A coordinator of this kind, without a name: what a group's line shows."""
        return _REPRESENTATIVES[self]

    @classmethod
    def of(cls, employment: Employment, public_servant: bool) -> CoordinatorKind:
        """The kind of a coordinator with this employment and public-servant status."""
        full = employment is Employment.FULL_TIME
        if public_servant:
            return cls.FULL_TIME_PUBLIC_SERVANT if full else cls.PART_TIME_PUBLIC_SERVANT
        return cls.FULL_TIME if full else cls.PART_TIME


@attrs.frozen
class Coordinator:
    """One community/village HRSS coordinator (人力资源社会保障协理员).

    Args:
        employment: Full-time or part-time.
        public_servant: Whether the coordinator is a public servant (公职人员).
        name: A name to print in reports (optional).
        id: An identifier to print in reports (optional).

    >>> hp.Coordinator(hp.Employment.PART_TIME, public_servant=True).draws_part_time_pay
    False
    """

    employment: Employment = attrs.field(validator=_validate.v_instance(Employment))
    public_servant: bool = attrs.field(default=False, kw_only=True, validator=_validate.v_bool)
    name: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )
    id: str | None = attrs.field(
        default=None, kw_only=True, validator=_validate.v_optional(_validate.v_text)
    )

    @property
    def kind(self) -> CoordinatorKind:
        """Which of the four kinds of 三（五） the coordinator is."""
        return CoordinatorKind.of(self.employment, self.public_servant)

    @property
    def draws_part_time_pay(self) -> bool:
        """False for a part-time public servant, whom 三（五） bars from part-time pay."""
        return self.kind is not CoordinatorKind.PART_TIME_PUBLIC_SERVANT

    @property
    def label(self) -> str:
        """How a report names the coordinator: id, name and kind."""
        who = _shown_who(self)
        return f"{who} {self.kind.label}" if who else self.kind.label


_FT, _PT = Employment.FULL_TIME, Employment.PART_TIME
_KIND_TRAITS: dict[CoordinatorKind, tuple[Employment, bool, str]] = {
    CoordinatorKind.FULL_TIME: (_FT, False, "full_time"),
    CoordinatorKind.PART_TIME: (_PT, False, "part_time"),
    CoordinatorKind.PART_TIME_PUBLIC_SERVANT: (_PT, True, "part_time_public_servants"),
    CoordinatorKind.FULL_TIME_PUBLIC_SERVANT: (_FT, True, "full_time_public_servants"),
}
_REPRESENTATIVES = {
    kind: Coordinator(kind.employment, public_servant=kind.public_servant)
    for kind in CoordinatorKind
}


def _groups(value: Any) -> tuple[tuple[CoordinatorKind, int], ...]:
    """Groups as given, checked, without empty ones, in the order of :class:`CoordinatorKind`."""
    pairs = _validate.instance("groups", value, tuple)
    counts: dict[CoordinatorKind, int] = {}
    for i, pair in enumerate(pairs):
        if not (isinstance(pair, tuple) and len(pair) == 2):
            raise TypeError(
                f"groups[{i}] must be a (CoordinatorKind, count) pair, "
                f"got {_validate.describe(pair)}"
            )
        kind = _validate.instance(f"groups[{i}][0]", pair[0], CoordinatorKind)
        n = _validate.count(kind.count_name, pair[1])
        if kind in counts:
            raise PolicyError(
                f"groups lists {kind.name} twice; give each kind of coordinator once",
                zh=f"协理员分组中{kind.label}重复出现，每类只能列一次",
            )
        counts[kind] = n
    return tuple((k, counts[k]) for k in CoordinatorKind if counts.get(k))


def _members(value: Any) -> tuple[Coordinator, ...] | None:
    return None if value is None else _validate.sequence_of("members", value, Coordinator)


def _tally(members: tuple[Coordinator, ...]) -> tuple[tuple[CoordinatorKind, int], ...]:
    counts = dict.fromkeys(CoordinatorKind, 0)
    for c in members:
        counts[c.kind] += 1
    return tuple((k, n) for k, n in counts.items() if n)


@attrs.frozen(cache_hash=True)
class Roster:
    """A station's coordinators: kinds of coordinator with their counts, never one object per head.

    Build one with :meth:`from_counts` (a count of each kind, as a table or a worksheet
    holds them) or :meth:`of` (a list of :class:`Coordinator`, with their names and ids).
    A roster of counts costs the same for 1 head and for 2**53; its subsidy has one line per
    kind. A roster of coordinators keeps them, and its subsidy has one line per coordinator.

    Attributes:
        groups: ``(kind, count)`` pairs, one per kind present, in the order of
            :class:`CoordinatorKind`.
        members: The coordinators one by one, for a roster built with :meth:`of`; ``None``
            for a roster of counts.

    >>> r = hp.Roster.from_counts(full_time=2, part_time=1, part_time_public_servants=1)
    >>> r.heads, r.count(hp.CoordinatorKind.FULL_TIME)
    (4, 2)
    >>> hp.monthly_subsidy(r).city
    Decimal('2800.00')
    """

    groups: tuple[tuple[CoordinatorKind, int], ...] = attrs.field(converter=_groups)
    members: tuple[Coordinator, ...] | None = attrs.field(
        default=None, kw_only=True, converter=_members
    )

    def __attrs_post_init__(self) -> None:
        if self.members is not None and self.groups != _tally(self.members):
            raise PolicyError(
                "groups do not count the members of the roster; "
                "build it with Roster.of(coordinators)",
                zh="协理员分组人数与名单不符",
            )

    @classmethod
    def from_counts(
        cls,
        *,
        full_time: int = 0,
        part_time: int = 0,
        part_time_public_servants: int = 0,
        full_time_public_servants: int = 0,
    ) -> Roster:
        """A roster of counts: each an ``int`` from 0 to 2**53.

        Args:
            full_time: Full-time coordinators who are not public servants (专职协理员).
            part_time: Part-time coordinators who are not public servants (兼职协理员).
            part_time_public_servants: Part-time coordinators who are public servants;
                三（五） bars them from part-time pay.
            full_time_public_servants: Full-time coordinators who are public servants (R3).

        Raises:
            TypeError: a count is not an ``int`` (or is a ``bool``).
            PolicyError: a count is negative or above 2**53.
        """
        given = (full_time, part_time, part_time_public_servants, full_time_public_servants)
        return cls(tuple(zip(CoordinatorKind, given, strict=True)))

    @classmethod
    def of(cls, coordinators: Iterable[Coordinator]) -> Roster:
        """A roster of these coordinators, in order (a list, even for one).

        Raises:
            TypeError: *coordinators* is not an iterable of :class:`Coordinator`.
        """
        members = _validate.sequence_of("coordinators", coordinators, Coordinator)
        return cls(_tally(members), members=members)

    @property
    def heads(self) -> int:
        """How many coordinators the roster holds."""
        return sum(n for _, n in self.groups)

    @property
    def by_counts(self) -> bool:
        """Whether the roster holds counts only (built with :meth:`from_counts`)."""
        return self.members is None

    def count(self, kind: CoordinatorKind) -> int:
        """How many coordinators of *kind* the roster holds."""
        _validate.instance("kind", kind, CoordinatorKind)
        return dict(self.groups).get(kind, 0)


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


@attrs.frozen
class SubsidyBreakdown:
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
    clauses: tuple[str, ...]
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
    who = _shown_who(ln.coordinator)
    return f"{who}，{kind}" if who else kind


def _shown_who(c: Coordinator) -> str:
    """Id and name as a report prints them: a control character or line break is shown
    escaped (``\\r``), never obeyed, so a name cannot break an explanation's lines."""
    return _zh.literal(" ".join(x for x in (c.id, c.name) if x))


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
    return Roster(_tally(members), members=members)


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


@cites(FUNDING)
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
        units = [(_REPRESENTATIVES[k], count) for k, count in r.groups]
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
        clauses=(FUNDING,),
        by_counts=r.by_counts,
        params=params,
    )


@cites(FUNDING)
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


@cites(FUNDING)
def annual_subsidy(
    roster: Roster | Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return a year's subsidies (``params.months_per_year`` months, R17) for a roster.

    >>> hp.annual_subsidy([hp.Coordinator(hp.Employment.PART_TIME)]).city
    Decimal('9600.00')
    """
    return subsidy_for_months(roster, check_params(params).months_per_year, params=params)
