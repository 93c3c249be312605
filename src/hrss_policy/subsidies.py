"""Community/village coordinator wage subsidies of 三（五） (加强服务机构经费保障).

Per coordinator (人力资源社会保障协理员) per month, the city pays a fixed subsidy and the
district pays at least a matching amount: full-time 1000 + ≥ 1000 yuan, part-time
800 + ≥ 800 yuan. A part-time coordinator who is a public servant (公职人员) may not
draw part-time pay, so adds nothing. Amounts are exact :class:`~decimal.Decimal` yuan.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from . import _validate
from .errors import PolicyError
from .parameters import PLAN_2011, PolicyParameters

__all__ = [
    "Coordinator",
    "CoordinatorKind",
    "DistrictPaymentCheck",
    "Employment",
    "Roster",
    "SubsidyBreakdown",
    "SubsidyLine",
    "annual_subsidy",
    "check_district_payment",
    "monthly_subsidy",
    "subsidy_for_months",
]

CLAUSE = "三（五）"
ZERO = Decimal("0.00")

PUBLIC_SERVANT_PART_TIME_REASON = "公职人员兼职不得领取兼职报酬"
PUBLIC_SERVANT_FULL_TIME_NOTE = (
    "专职协理员属于公职人员：三（五）仅禁止公职人员领取兼职报酬，本项目按专职人数计算（采用的解读）"
)


class Employment(enum.Enum):
    """Whether a coordinator is full-time (专职) or part-time (兼职)."""

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
        return Employment.FULL_TIME if self.value.startswith("full") else Employment.PART_TIME

    @property
    def public_servant(self) -> bool:
        """Whether coordinators of this kind are public servants (公职人员)."""
        return self.value.endswith("public_servant")

    @property
    def count_name(self) -> str:
        """The keyword of :meth:`Roster.from_counts` that counts this kind."""
        return self.value + "s" if self.public_servant else self.value

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
        who = " ".join(x for x in (self.id, self.name) if x)
        return f"{who} {self.kind.label}" if who else self.kind.label


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
                f"groups[{i}] must be a (CoordinatorKind, count) pair, got {_validate.describe(pair)}"
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


@attrs.frozen
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
                "groups do not count the members of the roster; build it with Roster.of(coordinators)",
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


def _tally(members: tuple[Coordinator, ...]) -> tuple[tuple[CoordinatorKind, int], ...]:
    counts = dict.fromkeys(CoordinatorKind, 0)
    for c in members:
        counts[c.kind] += 1
    return tuple((k, n) for k, n in counts.items() if n)


@attrs.frozen
class SubsidyLine:
    """What one coordinator, or one kind of coordinator, is due over a breakdown's period.

    Attributes:
        coordinator: The coordinator; for a roster of counts, a coordinator of the
            group's kind (without a name).
        city: The city subsidy (市级财政工资补助).
        district_minimum: The least the district must add (区级配套，不少于).
        reason: Why the amounts are zero, when they are.
        note: A remark on how the line was counted (e.g. a full-time public servant).
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
    def total_minimum(self) -> Decimal:
        """City subsidy plus the district minimum."""
        return self.city + self.district_minimum


@attrs.frozen
class SubsidyBreakdown:
    """The wage subsidies due to a station's coordinators for a number of months.

    Attributes:
        months: The number of months covered.
        lines: One line per coordinator, in roster order.
        city: The city's subsidy, the sum of the lines.
        district_minimum: The least the district must pay, the sum of the lines.
        total_minimum: ``city + district_minimum``.
        clauses: The clause ids applied.
    """

    months: int
    lines: tuple[SubsidyLine, ...]
    city: Decimal
    district_minimum: Decimal
    total_minimum: Decimal
    clauses: tuple[str, ...]

    @property
    def full_time_count(self) -> int:
        """Full-time coordinators on the roster."""
        return sum(
            ln.count for ln in self.lines if ln.coordinator.employment is Employment.FULL_TIME
        )

    @property
    def part_time_count(self) -> int:
        """Part-time coordinators on the roster, public servants included."""
        return sum(ln.count for ln in self.lines) - self.full_time_count

    def explain(self) -> str:
        """Return the computation in Chinese, a line per coordinator and the totals.

        >>> roster = [hp.Coordinator(hp.Employment.FULL_TIME), hp.Coordinator(hp.Employment.PART_TIME)]
        >>> print(hp.monthly_subsidy(roster).explain())
        社区（村）协理员工资补助（三（五）），1 个月，2 人：
        1. 专职协理员：市级 1000.00 元；区级配套不少于 1000.00 元
        2. 兼职协理员：市级 800.00 元；区级配套不少于 800.00 元
        合计：市级 1800.00 元；区级配套不少于 1800.00 元；合计不少于 3600.00 元
        """
        out = [f"社区（村）协理员工资补助（{CLAUSE}），{self.months} 个月，{len(self.lines)} 人："]
        for i, ln in enumerate(self.lines, 1):
            if ln.reason:
                out.append(f"{i}. {ln.coordinator.label}：0.00 元 — {ln.reason}")
                continue
            line = f"{i}. {ln.coordinator.label}：市级 {ln.city} 元；区级配套不少于 {ln.district_minimum} 元"
            if ln.note:
                line += f"（{ln.note}）"
            out.append(line)
        out.append(
            f"合计：市级 {self.city} 元；区级配套不少于 {self.district_minimum} 元；"
            f"合计不少于 {self.total_minimum} 元"
        )
        return "\n".join(out)


def _roster(roster: Roster | Iterable[Coordinator]) -> Roster:
    if isinstance(roster, Roster):
        return roster
    if isinstance(roster, Coordinator | str | bytes) or not isinstance(roster, Iterable):
        raise TypeError(
            "roster must be a Roster or an iterable of Coordinator (a list, even for one "
            f"coordinator), got {_validate.describe(roster)}"
        )
    return Roster(
        _tally(members := _validate.sequence_of("roster", roster, Coordinator)), members=members
    )


def _line(c: Coordinator, months: int, params: PolicyParameters, count: int = 1) -> SubsidyLine:
    if not c.draws_part_time_pay:
        return SubsidyLine(c, ZERO, ZERO, reason=PUBLIC_SERVANT_PART_TIME_REASON, count=count)
    if c.employment is Employment.FULL_TIME:
        city, district = params.city_subsidy_full_time, params.district_minimum_full_time
    else:
        city, district = params.city_subsidy_part_time, params.district_minimum_part_time
    note = PUBLIC_SERVANT_FULL_TIME_NOTE if c.public_servant else None
    with _validate.money_context():
        return SubsidyLine(
            c, city * months * count, district * months * count, note=note, count=count
        )


def subsidy_for_months(
    roster: Roster | Iterable[Coordinator], months: int, *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return the subsidies due to a roster of coordinators over *months* months.

    Args:
        roster: The station's coordinators: a :class:`Roster`, or an iterable of
            :class:`Coordinator`.
        months: The number of whole months, an ``int`` ≥ 1.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: *roster* is not an iterable of :class:`Coordinator`, or *months* is
            not an ``int``.
        PolicyError: *months* is less than 1.

    >>> s = hp.subsidy_for_months([hp.Coordinator(hp.Employment.FULL_TIME)], 3)
    >>> s.city, s.district_minimum
    (Decimal('3000.00'), Decimal('3000.00'))
    """
    r = _roster(roster)
    n = _validate.count("months", months, minimum=1)
    if r.members is not None:
        lines = tuple(_line(c, n, params) for c in r.members)
    else:
        lines = tuple(_line(k.coordinator, n, params, count) for k, count in r.groups)
    with _validate.money_context():
        city = sum((ln.city for ln in lines), ZERO)
        district = sum((ln.district_minimum for ln in lines), ZERO)
        total = city + district
    return SubsidyBreakdown(
        months=n,
        lines=lines,
        city=city,
        district_minimum=district,
        total_minimum=total,
        clauses=(CLAUSE,),
    )


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
    '公职人员兼职不得领取兼职报酬'
    """
    return subsidy_for_months(roster, 1, params=params)


def annual_subsidy(
    roster: Roster | Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return a year's subsidies (``params.months_per_year`` months) for a roster.

    >>> hp.annual_subsidy([hp.Coordinator(hp.Employment.PART_TIME)]).city
    Decimal('9600.00')
    """
    return subsidy_for_months(roster, params.months_per_year, params=params)


@attrs.frozen
class DistrictPaymentCheck:
    """What a district paid against the minimum 三（五） requires of it.

    Attributes:
        breakdown: The subsidies the payment is checked against.
        paid: The total the district paid for the period.
        compliant: True when nothing is short and nothing was paid that is barred.
        shortfall: How much less than the minimum was paid in all (0 when none), counting
            each coordinator's own minimum where amounts per coordinator were given.
        barred_payments: Amounts paid to part-time public servants, who may not draw
            part-time pay, by roster position.
        line_shortfalls: Shortfall per roster position, where amounts per coordinator
            were given.
        clauses: The clause ids applied.
        steps: The reasoning in Chinese.
    """

    breakdown: SubsidyBreakdown
    paid: Decimal
    compliant: bool
    shortfall: Decimal
    barred_payments: tuple[tuple[int, Decimal], ...]
    line_shortfalls: tuple[tuple[int, Decimal], ...]
    clauses: tuple[str, ...]
    steps: tuple[str, ...]

    def explain(self) -> str:
        """Return the check in Chinese, one step a line."""
        return "\n".join(self.steps)


def check_district_payment(
    breakdown: SubsidyBreakdown, paid: Decimal | int | Sequence[Decimal | int]
) -> DistrictPaymentCheck:
    """Check what a district paid its coordinators against its minimum.

    Args:
        breakdown: The subsidies due, from :func:`monthly_subsidy` or another period.
        paid: Either the district's total for the period, or one amount per coordinator in
            roster order. Amounts are ``Decimal`` or ``int`` yuan, never ``float``. Per
            coordinator amounts also check each person's own minimum (a district may
            not pay one coordinator less because it paid another more) and that no
            part-time public servant was paid.

    Raises:
        TypeError: an amount is not a ``Decimal`` or ``int``.
        PolicyError: an amount is negative or has fractions of a fen, or the number of
            amounts differs from the roster.

    >>> s = hp.monthly_subsidy([hp.Coordinator(hp.Employment.FULL_TIME)])
    >>> hp.check_district_payment(s, 900).shortfall
    Decimal('100.00')
    """
    if not isinstance(breakdown, SubsidyBreakdown):
        raise TypeError(f"breakdown must be a SubsidyBreakdown, got {type(breakdown).__name__}")
    steps = [f"区级配套工资经费不少于 {breakdown.district_minimum} 元（{CLAUSE}）"]
    barred: list[tuple[int, Decimal]] = []
    short_lines: list[tuple[int, Decimal]] = []
    if isinstance(paid, Decimal | int) and not isinstance(paid, bool):
        total = _validate.money("paid", paid)
        shortfall = max(breakdown.district_minimum - total, ZERO)
    elif isinstance(paid, Sequence) and not isinstance(paid, str | bytes):
        if len(paid) != len(breakdown.lines):
            raise PolicyError(
                f"paid has {len(paid)} amounts but the roster has {len(breakdown.lines)} "
                "coordinators; give one amount per coordinator, or a single total"
            )
        amounts = [_validate.money(f"paid[{i}]", a) for i, a in enumerate(paid)]
        total = sum(amounts, ZERO)
        for i, (ln, amount) in enumerate(zip(breakdown.lines, amounts, strict=True)):
            if ln.reason and amount > 0:
                barred.append((i, amount))
                steps.append(
                    f"第 {i + 1} 人（{ln.coordinator.label}）获付 {amount} 元：{ln.reason}"
                )
            elif amount < ln.district_minimum:
                short_lines.append((i, ln.district_minimum - amount))
                steps.append(
                    f"第 {i + 1} 人（{ln.coordinator.label}）获付 {amount} 元，"
                    f"少于不少于 {ln.district_minimum} 元的标准，差 {ln.district_minimum - amount} 元"
                )
        shortfall = sum((s for _, s in short_lines), ZERO)
    else:
        raise TypeError(
            "paid must be a Decimal or int total, or a sequence of amounts per coordinator, "
            f"got {type(paid).__name__}"
        )
    steps.insert(1, f"实付 {total} 元")
    compliant = shortfall == 0 and not barred
    if shortfall:
        steps.append(f"不足：差 {shortfall} 元")
    if compliant:
        steps.append("符合三（五）区级配套标准")
    return DistrictPaymentCheck(
        breakdown=breakdown,
        paid=total,
        compliant=compliant,
        shortfall=shortfall,
        barred_payments=tuple(barred),
        line_shortfalls=tuple(short_lines),
        clauses=(CLAUSE,),
        steps=tuple(steps),
    )
