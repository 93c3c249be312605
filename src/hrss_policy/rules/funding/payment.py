"""Checks of 三（五） 加强服务机构经费保障: what was paid, and what was budgeted.

The clause has two paragraphs, and a check for each:

- The first: 各区要将街道（镇）服务机构工作经费列入本区（镇）财政预算 — each district puts
  its street/town agencies' working funds in its (town) budget. :func:`check_working_funds`
  checks what a district reported (included, not included, or not reported: unverified).
  What a street/town may add (适当补助) and what employment special funds may pay for
  (就业专项资金) are permissions, not requirements, so nothing is checked against them.
- The second: the coordinators' wage subsidies (:mod:`~hrss_policy.rules.funding.subsidy`), of which
  the district's share is a minimum (区级财政安排配套工资经费每月不少于1000元, and 800).
  :func:`check_district_payment` checks what the district paid against it.

Each check returns one :class:`~hrss_policy.Finding` per requirement of the register it
covers (``funding.budget``, ``funding.district_top_up``). The text sets neither a date;
both are due with 二's goal, 2012-08-31 (R23, ``params.funding_due``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from typing import Any

import attrs

from ...core import validate as _validate
from ...core import zh as _zh
from ...core.citing import Cited
from ...errors import PolicyError
from ...plan.clauses import FUNDING, cites
from ...plan.findings import Finding, make
from ...plan.parameters import PLAN_2011, PolicyParameters, check_params
from ...plan.register import due_of
from ...plan.status import Status
from .roster import Coordinator, Employment, Roster
from .subsidy import ZERO, SubsidyBreakdown, SubsidyLine, _line_who, _roster, monthly_subsidy

__all__ = [
    "DistrictPaymentCheck",
    "WorkingFundsCheck",
    "check_district_payment",
    "check_working_funds",
]

#: The requirements of 三（五） found here, whose due dates the register holds (R23).
_BUDGET, _TOP_UP = "funding.budget", "funding.district_top_up"


# -- the street/town agencies' working funds (first paragraph) ---------------------------

#: The first paragraph's requirement, in the document's words.
BUDGET_REQUIREMENT = "各区要将街道（镇）服务机构工作经费列入本区（镇）财政预算"


@cites(FUNDING)
@attrs.frozen
class WorkingFundsCheck(Cited):
    """Whether a street/town agency's working funds are in the district's (town's) budget.

    Attributes:
        funds_in_budget: What was reported: ``True`` (included), ``False`` (not), or
            ``None`` (not reported, so unverified, never passed).
        clauses: The clause ids applied.
        due: The date by which the funds were to be in the budget (R23).
    """

    funds_in_budget: bool | None
    due: dt.date | None = None

    @property
    def status(self) -> Status:
        """Met, not met, or unverified."""
        if self.funds_in_budget is None:
            return Status.UNVERIFIED
        return Status.MET if self.funds_in_budget else Status.NOT_MET

    @property
    def passed(self) -> bool:
        """Whether the funds are reported to be in the budget."""
        return self.status is Status.MET

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The one finding of the register requirement ``funding.budget``."""
        return (self._finding(None),)

    def _finding(self, as_of: dt.date | None) -> Finding:
        """The finding, as of the inspection date *as_of* (``None``: undated)."""
        return make(_BUDGET, self.status, due=self.due, as_of=as_of)

    def explain(self) -> str:
        """The check in Chinese: the requirement, what was reported, the verdict.

        >>> print(hp.check_working_funds(None).explain())
        街道（镇）服务机构工作经费，依据三（五）核查如下：
        1. 各区要将街道（镇）服务机构工作经费列入本区（镇）财政预算。
        2. 未报送工作经费是否列入财政预算。
        【未核实】未报送工作经费是否列入财政预算，无法核实，依据三（五）应于2012年8月31日前完成。
        """
        reported = {
            True: "报送情况为已列入本区（镇）财政预算。",
            False: "报送情况为未列入本区（镇）财政预算。",
            None: "未报送工作经费是否列入财政预算。",
        }[self.funds_in_budget]
        return "\n".join(
            [
                f"街道（镇）服务机构工作经费，{_zh.clause(FUNDING)}核查如下：",
                f"1. {BUDGET_REQUIREMENT}。",
                f"2. {reported}",
                self.findings[0].explain(),
            ]
        )


@cites(WorkingFundsCheck)
def check_working_funds(
    funds_in_budget: bool | None, *, params: PolicyParameters = PLAN_2011
) -> WorkingFundsCheck:
    """Check that a street/town agency's working funds are in the district's (town's) budget.

    Args:
        funds_in_budget: ``True`` or ``False`` as reported, or ``None`` when not reported
            (unverified).
        params: The parameter set (the requirement has no parameter; checked for type).

    Raises:
        TypeError: *funds_in_budget* is not ``True``, ``False`` or ``None`` (``1`` and
            ``"是"`` are refused), or *params* is not a
            :class:`~hrss_policy.PolicyParameters`.

    >>> c = hp.check_working_funds(False)
    >>> c.passed, c.findings[0].requirement
    (False, 'funding.budget')
    """
    check_params(params)
    if funds_in_budget is not None:
        _validate.boolean("funds_in_budget", funds_in_budget)
    return WorkingFundsCheck(funds_in_budget, due=due_of(_BUDGET, params))


def assess_working_funds(
    funds_in_budget: bool | None, params: PolicyParameters, as_of: dt.date | None
) -> tuple[Finding, ...]:
    """The findings of :func:`check_working_funds` for the inspection
    (:func:`~hrss_policy.inspect_unit`), whose unit and date are already checked, made as
    of *as_of*."""
    return (WorkingFundsCheck(funds_in_budget, due=due_of(_BUDGET, params))._finding(as_of),)


# -- the district's top-up of the coordinators' wages (second paragraph) -----------------

_SUBSIDY_FIELDS = (
    "city_subsidy_full_time",
    "district_minimum_full_time",
    "city_subsidy_part_time",
    "district_minimum_part_time",
    "district_minimum_basis",
    "full_time_public_servant_paid",
)


@cites(FUNDING)
@attrs.frozen
class DistrictPaymentCheck(Cited):
    """What a district paid its coordinators against the minimum 三（五） requires of it.

    Attributes:
        breakdown: The subsidies the payment is checked against.
        paid: The total the district paid for the period.
        shortfall: How much less than the minimum was paid (0 when none). Where amounts
            per line were given, each line's own minimum counts: overpaying one
            coordinator does not cover another.
        barred_payments: ``(line index, amount)`` of every payment to coordinators who may
            draw no pay (a part-time public servant), however small.
        line_shortfalls: ``(line index, gap)`` of every line paid less than its minimum;
            under the per-station reading (R13) a station's lines of one employment are
            judged together and their gap is put on the first of them.
        amounts: The amounts per line, where they were given.
        clauses: The clause ids applied.
        unpayable: Of a total, what no coordinator of the roster may take: the whole
            payment when every coordinator is barred from pay (a part-time public
            servant, 按规定不得领取兼职报酬); 0 otherwise, since a district may pay more
            than its minimum to those who may draw pay.
    """

    breakdown: SubsidyBreakdown
    paid: Decimal
    shortfall: Decimal
    barred_payments: tuple[tuple[int, Decimal], ...] = ()
    line_shortfalls: tuple[tuple[int, Decimal], ...] = ()
    amounts: tuple[Decimal, ...] | None = None
    unpayable: Decimal = ZERO

    @property
    def passed(self) -> bool:
        """Paid, nothing short and nothing paid that is barred."""
        return self.shortfall == 0 and not self.barred_payments and not self.unpayable

    @property
    def status(self) -> Status:
        """Met or not met."""
        return Status.MET if self.passed else Status.NOT_MET

    @property
    def findings(self) -> tuple[Finding, ...]:
        """The one finding of the register requirement ``funding.district_top_up``."""
        return (self._finding(None),)

    def _finding(self, as_of: dt.date | None) -> Finding:
        """The finding, as of the inspection date *as_of* (``None``: undated)."""
        months = self.breakdown.months
        facts = {
            "period": _period(months),
            "per": _per(months),
            "paid": _zh.money(self.paid),
            "minimum": _zh.money(self.breakdown.district_minimum),
            "detail": self._detail(),
        }
        due = due_of(_TOP_UP, self.breakdown.params)
        return make(_TOP_UP, self.status, facts, due=due, as_of=as_of)

    def explain(self) -> str:
        """The check in Chinese: the minimum, what was paid, each problem, the verdict.

        >>> s = hp.monthly_subsidy([hp.Coordinator(hp.Employment.FULL_TIME)])
        >>> print(hp.check_district_payment(s, 900).explain())
        区级配套工资经费，依据三（五）核查如下：
        1. 区级配套工资经费每月应不少于1000.00元。
        2. 区级当月实付900.00元。
        3. 实付未达到最低标准，差100.00元。
        【不达标】区级当月实付配套工资经费900.00元，未达到每月1000.00元的最低标准，差100.00元，依据三（五）应于2012年8月31日前完成。
        """
        b = self.breakdown
        basis = "按服务机构计算，" if b.per_station else ""
        steps = [
            f"{basis}区级配套工资经费{_per(b.months)}应不少于{_zh.money(b.district_minimum)}。"
        ]
        if self.amounts is None:
            steps.append(f"区级{_period(b.months)}实付{_zh.money(self.paid)}。")
            if self.unpayable:
                steps.append(f"{self._unpayable()}。")
            if self.shortfall:
                steps.append(f"实付未达到最低标准，差{_zh.money(self.shortfall)}。")
        else:
            how = "按类别" if b.by_counts else "按人"
            steps.append(f"区级{_period(b.months)}{how}实付，合计{_zh.money(self.paid)}。")
            steps += [f"{p}。" for p in self._problems()]
            if self.shortfall:
                steps.append(f"合计差{_zh.money(self.shortfall)}。")
        out = [f"区级配套工资经费，{_zh.clause(FUNDING)}核查如下："]
        out += [f"{i}. {step}" for i, step in enumerate(steps, 1)]
        out.append(self.findings[0].explain())
        return "\n".join(out)

    def _detail(self) -> str:
        """The body of a finding not met: what was paid, each problem, the gap."""
        if self.passed:
            return ""
        b = self.breakdown
        paid = f"区级{_period(b.months)}实付配套工资经费{_zh.money(self.paid)}"
        if self.amounts is not None:
            return f"{paid}，其中" + "；".join(self._problems())
        if self.unpayable:
            return f"{paid}，{self._unpayable()}"
        basis = "按服务机构计算" if b.per_station else ""
        gap = _zh.money(self.shortfall)
        minimum = f"{basis}{_per(b.months)}{_zh.money(b.district_minimum)}"
        return f"{paid}，未达到{minimum}的最低标准，差{gap}"

    def _unpayable(self) -> str:
        """Why nothing of a total may be paid: every coordinator is barred from pay."""
        reasons = "；".join(dict.fromkeys(ln.reason or "" for ln in self.breakdown.lines))
        return f"而本服务机构的协理员均{reasons}，不应发放，多发{_zh.money(self.unpayable)}"

    def _problems(self) -> list[str]:
        """One clause per line paid although barred, or paid short, in roster order."""
        b, amounts = self.breakdown, self.amounts or ()
        pools = dict(_pools(b))
        barred, short = dict(self.barred_payments), dict(self.line_shortfalls)
        out = []
        for i in sorted(barred.keys() | short.keys()):
            ln = b.lines[i]
            if i in barred:
                out.append(
                    f"{_who(i, ln, b.by_counts)}{ln.reason}，但实际发放{_zh.money(barred[i])}，属违规发放"
                )
                continue
            pool = pools[i]
            with _validate.money_context():
                paid = sum((amounts[j] for j in pool), ZERO)
                minimum = sum((b.lines[j].district_minimum for j in pool), ZERO)
            if b.per_station:
                who, what = f"{ln.kind.employment.label}协理员合计", "按服务机构计算"
            else:
                who, what = _who(i, ln, b.by_counts), ""
            out.append(
                f"{who}实发{_zh.money(paid)}，未达到{what}{_zh.money(minimum)}的最低标准，"
                f"差{_zh.money(short[i])}"
            )
        return out


def _period(months: int) -> str:
    return "当月" if months == 1 else f"{months}个月"


def _per(months: int) -> str:
    return "每月" if months == 1 else f"{months}个月共"


def _who(i: int, ln: SubsidyLine, by_counts: bool) -> str:
    """How a check names a line: 第2人（兼职协理员）, or 专职协理员5人 for a kind."""
    if by_counts:
        servant = "属于公职人员的" if ln.kind.public_servant and not ln.barred else ""
        return f"{servant}{_line_who(ln, by_counts)}"
    return f"第{i + 1}人（{_line_who(ln, by_counts)}）"


def _pools(b: SubsidyBreakdown) -> list[tuple[int, tuple[int, ...]]]:
    """Lines whose payments are judged together, each under the index of its first line.

    Per coordinator (R13), every line that may draw pay stands alone; per station, the
    lines of each employment form one pool, since the station's minimum is theirs together.
    """
    payable = [i for i, ln in enumerate(b.lines) if not ln.barred]
    if not b.per_station:
        return [(i, (i,)) for i in payable]
    pools = []
    for employment in Employment:
        members = tuple(i for i in payable if b.lines[i].kind.employment is employment)
        if members:
            pools.append((members[0], members))
    return sorted(pools)


def _amounts(paid: Any, lines: int) -> tuple[Decimal, tuple[Decimal, ...] | None]:
    """The total paid and the amounts per line, checked."""
    if isinstance(paid, Decimal | int) and not isinstance(paid, bool):
        return _validate.money("paid", paid), None
    if not isinstance(paid, Sequence) or isinstance(paid, str | bytes):
        raise TypeError(
            "paid must be a Decimal or int total, or a sequence of amounts (one per line "
            f"of the breakdown), got {_validate.describe(paid)}"
        )
    if len(paid) != lines:
        raise PolicyError(
            f"paid has {len(paid)} amounts but the breakdown has {lines} lines; give one "
            "amount per line (per coordinator, or per kind for a roster of counts), or a total",
            zh=f"区级实付金额共{len(paid)}项，而补助明细有{lines}项，应逐项对应或只填合计",
        )
    amounts = tuple(_validate.money(f"paid[{i}]", a) for i, a in enumerate(paid))
    with _validate.money_context():
        return sum(amounts, ZERO), amounts


@cites(DistrictPaymentCheck)
def check_district_payment(
    breakdown: SubsidyBreakdown | Roster | Iterable[Coordinator],
    paid: Decimal | int | Sequence[Decimal | int],
    *,
    params: PolicyParameters = PLAN_2011,
) -> DistrictPaymentCheck:
    """Check what a district paid its coordinators against its minimum (区级配套工资经费).

    Args:
        breakdown: The subsidies due (from :func:`monthly_subsidy` or another period), or
            a roster (a :class:`Roster` or a list of :class:`Coordinator`), whose month is
            then computed under *params*.
        paid: The district's total for the period; or one amount per line of the
            breakdown (per coordinator, or per kind for a roster of counts), which also
            checks each line's own minimum and that nobody barred was paid. Amounts are
            ``Decimal`` or ``int`` yuan, never ``float``. (A payment not reported is an
            unverified finding of the inspection, not a check.)
        params: The parameter set; with a breakdown, the breakdown's own set applies and a
            *params* that contradicts it on the subsidy's amounts or readings is refused.

    Raises:
        TypeError: an amount is not a ``Decimal`` or ``int``, or *params* is not a
            :class:`~hrss_policy.PolicyParameters`.
        PolicyError: an amount is negative, above the money bound or has fractions of a
            fen; the number of amounts differs from the breakdown's lines; or *params*
            contradicts the breakdown's parameters.

    >>> s = hp.monthly_subsidy([hp.Coordinator(hp.Employment.FULL_TIME)])
    >>> c = hp.check_district_payment(s, 900)
    >>> c.passed, c.shortfall
    (False, Decimal('100.00'))
    """
    check_params(params)
    if isinstance(breakdown, SubsidyBreakdown):
        b = breakdown
        differ = [f for f in _SUBSIDY_FIELDS if getattr(params, f) != getattr(b.params, f)]
        if differ and params is not PLAN_2011:
            raise PolicyError(
                f"params differ from the parameters the breakdown was computed under "
                f"({', '.join(differ)}); pass the same params= to both, or pass the roster",
                zh="核查所用参数与计算补助时所用参数不一致，应使用同一组参数",
            )
    elif isinstance(breakdown, Coordinator | str | bytes) or not isinstance(
        breakdown, Roster | Iterable
    ):
        raise TypeError(
            "breakdown must be a SubsidyBreakdown, a Roster or an iterable of Coordinator, "
            f"got {_validate.describe(breakdown)}"
        )
    else:
        b = monthly_subsidy(_roster(breakdown, "breakdown"), params=params)
    total, amounts = _amounts(paid, len(b.lines))
    if amounts is None:
        return _paid_in_total(b, total)
    barred = tuple((i, a) for i, (ln, a) in enumerate(zip(b.lines, amounts, strict=True))
                   if ln.barred and a > 0)  # fmt: skip
    short = []
    with _validate.money_context():
        for first, pool in _pools(b):
            gap = sum((b.lines[j].district_minimum - amounts[j] for j in pool), ZERO)
            if gap > 0:
                short.append((first, gap))
        shortfall = sum((gap for _, gap in short), ZERO)
    return DistrictPaymentCheck(b, total, shortfall, barred, tuple(short), amounts)


def _paid_in_total(b: SubsidyBreakdown, total: Decimal) -> DistrictPaymentCheck:
    """The check of a total *total* paid against *b*."""
    with _validate.money_context():
        shortfall = max(b.district_minimum - total, ZERO)
    # Where nobody on the roster may draw pay, the eligible maximum is 0: a total
    # shows a barred payment as surely as an amount per line does.
    barred_all = bool(b.lines) and all(ln.barred for ln in b.lines)
    unpayable = total if barred_all else ZERO
    return DistrictPaymentCheck(b, total, shortfall, unpayable=unpayable)


def assess_district_payment(
    breakdown: SubsidyBreakdown, paid: Decimal, as_of: dt.date | None
) -> tuple[DistrictPaymentCheck, tuple[Finding, ...]]:
    """:func:`check_district_payment` of a checked total for the inspection
    (:func:`~hrss_policy.inspect_unit`), whose date is already checked: the check, and its
    finding made as of *as_of*."""
    check = _paid_in_total(breakdown, paid)
    return check, (check._finding(as_of),)
