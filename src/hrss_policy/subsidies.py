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

import attrs

from . import _validate
from .errors import PolicyError
from .parameters import PLAN_2011, PolicyParameters

__all__ = [
    "Coordinator",
    "DistrictPaymentCheck",
    "Employment",
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


def _optional_str(instance: object, attribute: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, got {value!r}")


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

    employment: Employment = attrs.field(validator=attrs.validators.instance_of(Employment))
    public_servant: bool = attrs.field(
        default=False, kw_only=True, validator=attrs.validators.instance_of(bool)
    )
    name: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)
    id: str | None = attrs.field(default=None, kw_only=True, validator=_optional_str)

    @property
    def draws_part_time_pay(self) -> bool:
        """False for a part-time public servant, whom 三（五） bars from part-time pay."""
        return not (self.employment is Employment.PART_TIME and self.public_servant)

    @property
    def label(self) -> str:
        """How a report names the coordinator: name or id, type, public-servant status."""
        kind = f"{self.employment.label}协理员"
        if self.public_servant:
            kind += "（公职人员）"
        who = " ".join(x for x in (self.id, self.name) if x)
        return f"{who} {kind}" if who else kind


@attrs.frozen
class SubsidyLine:
    """What one coordinator is due over the period of a :class:`SubsidyBreakdown`.

    Attributes:
        coordinator: The coordinator.
        city: The city subsidy (市级财政工资补助).
        district_minimum: The least the district must add (区级配套，不少于).
        reason: Why the amounts are zero, when they are.
        note: A remark on how the line was counted (e.g. a full-time public servant).
    """

    coordinator: Coordinator
    city: Decimal
    district_minimum: Decimal
    reason: str | None = None
    note: str | None = None

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
        return sum(1 for ln in self.lines if ln.coordinator.employment is Employment.FULL_TIME)

    @property
    def part_time_count(self) -> int:
        """Part-time coordinators on the roster, public servants included."""
        return len(self.lines) - self.full_time_count

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


def _roster(roster: Iterable[Coordinator]) -> tuple[Coordinator, ...]:
    if isinstance(roster, Coordinator | str | bytes) or not isinstance(roster, Iterable):
        raise TypeError(
            "roster must be an iterable of Coordinator (a list, even for one coordinator), "
            f"got {type(roster).__name__}"
        )
    items = tuple(roster)
    for i, c in enumerate(items):
        if not isinstance(c, Coordinator):
            raise TypeError(f"roster[{i}] must be a Coordinator, got {c!r} ({type(c).__name__})")
    return items


def _line(c: Coordinator, months: int, params: PolicyParameters) -> SubsidyLine:
    if not c.draws_part_time_pay:
        return SubsidyLine(c, ZERO, ZERO, reason=PUBLIC_SERVANT_PART_TIME_REASON)
    if c.employment is Employment.FULL_TIME:
        city, district = params.city_subsidy_full_time, params.district_minimum_full_time
    else:
        city, district = params.city_subsidy_part_time, params.district_minimum_part_time
    note = PUBLIC_SERVANT_FULL_TIME_NOTE if c.public_servant else None
    return SubsidyLine(c, city * months, district * months, note=note)


def subsidy_for_months(
    roster: Iterable[Coordinator], months: int, *, params: PolicyParameters = PLAN_2011
) -> SubsidyBreakdown:
    """Return the subsidies due to a roster of coordinators over *months* months.

    Args:
        roster: The station's coordinators: an iterable of :class:`Coordinator`.
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
    coordinators = _roster(roster)
    n = _validate.count("months", months, minimum=1)
    lines = tuple(_line(c, n, params) for c in coordinators)
    city = sum((ln.city for ln in lines), ZERO)
    district = sum((ln.district_minimum for ln in lines), ZERO)
    return SubsidyBreakdown(
        months=n,
        lines=lines,
        city=city,
        district_minimum=district,
        total_minimum=city + district,
        clauses=(CLAUSE,),
    )


def monthly_subsidy(
    roster: Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
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
    roster: Iterable[Coordinator], *, params: PolicyParameters = PLAN_2011
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
