"""A unit's whole inspection against the plan, as of a date.

:func:`inspect_unit` composes the checks of every rule module for one unit — its standard
name (三（一）4), staffing (三（一）5), premises (三（二）), information systems (三（三）),
service practice (三（四）) and funding (三（五）) — into one finding per requirement of
the register that applies to the unit, each with its clause and due date. Given the
inspection date, a requirement not met is overdue past its due date and not yet due
before it (R10); what was not reported is unverified, never met. The inspection holds no
rule of its own: each rule module returns its own findings.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..core import validate as _validate
from ..core import zh as _zh
from ..core.memo import Memo
from ..errors import PolicyError
from ..plan.clauses import ACCOUNTABILITY, FUNDING, cites
from ..plan.findings import Finding, make
from ..plan.parameters import PLAN_2011, PolicyParameters, check_params
from ..plan.register import due_of
from ..plan.status import Status
from ..plan.units import Level, UnitKind
from ..rules import informatization as _it
from ..rules import premises as _premises
from ..rules import service as _service
from ..rules.funding.payment import (
    DistrictPaymentCheck,
    assess_district_payment,
    assess_working_funds,
)
from ..rules.funding.roster import CoordinatorKind, Roster
from ..rules.funding.subsidy import SubsidyBreakdown, monthly_subsidy
from ..rules.informatization import InformatizationCheck
from ..rules.naming import AgencyName, agency_name_detail, normalize_district
from ..rules.naming import check as _naming
from ..rules.naming.grammar import unit_phrase
from ..rules.premises import PremisesCheck
from ..rules.service import ServicePracticeCheck
from ..rules.staffing import StaffingCheck, StaffingQuota, staff_quota
from ..rules.staffing import check as _staffing
from .record import Unit

__all__ = ["Inspection", "inspect_unit"]

MET = Status.MET
ZONE = UnitKind.ZONE

# The checks are pure functions of frozen values: equal evidence, one shared result.
_PREMISES: Memo[PremisesCheck] = Memo()
_IT: Memo[InformatizationCheck] = Memo()
_SERVICE: Memo[ServicePracticeCheck] = Memo()
_SUBSIDY: Memo[tuple[SubsidyBreakdown, tuple[str, ...]]] = Memo()
_PAYMENT: Memo[tuple[DistrictPaymentCheck, tuple[Finding, ...]]] = Memo()
_BUDGET: Memo[tuple[Finding, ...]] = Memo()
_AREAS: Memo[str] = Memo()


@attrs.frozen
class Inspection:
    """Everything the plan requires of one unit, as of a date, and how it stands.

    Attributes:
        unit: The unit inspected.
        name: Its standard name (三（一）4).
        area: The district or zone it is rolled up under.
        as_of: The inspection date, or ``None`` for an undated inspection.
        quota: Its staffing quota (三（一）5).
        staffing: Its staff against the quota.
        premises: Its premises (三（二）).
        informatization: Its information systems (三（三）).
        service: Its service practice (三（四）).
        subsidy: A station's coordinator subsidies for a month (三（五）), when its
            coordinators were reported.
        payment: The district's payment against its minimum, when reported.
        findings: One finding per requirement that applies, in the register's order.
        notes: Remarks that change no verdict (说明).
    """

    unit: Unit
    name: str
    area: str
    as_of: dt.date | None
    quota: StaffingQuota
    staffing: StaffingCheck
    premises: PremisesCheck
    informatization: InformatizationCheck
    service: ServicePracticeCheck
    subsidy: SubsidyBreakdown | None
    payment: DistrictPaymentCheck | None
    findings: tuple[Finding, ...]
    notes: tuple[str, ...]

    @property
    def clauses(self) -> tuple[str, ...]:
        """Every clause applied, in the order of the plan."""
        return tuple(dict.fromkeys(f.clause for f in self.findings))

    _passed: bool = attrs.field(init=False, repr=False, eq=False)
    # The standard name's parts, kept from the naming check that made :attr:`name`
    # (computed on first use for an inspection made by a caller).
    _name_detail: AgencyName | None = attrs.field(init=False, default=None, repr=False, eq=False)

    def __attrs_post_init__(self) -> None:
        # Read by every tally and report of a city's units: computed once.
        object.__setattr__(self, "_passed", all(f.status is MET for f in self.findings))

    @property
    def passed(self) -> bool:
        """Whether every requirement that applies is verified and met."""
        return self._passed

    @property
    def not_met(self) -> tuple[Finding, ...]:
        """The findings not met (overdue or not yet due)."""
        return tuple(f for f in self.findings if f.status is Status.NOT_MET)

    @property
    def overdue(self) -> tuple[Finding, ...]:
        """The findings not met and past their due date on :attr:`as_of`."""
        return tuple(f for f in self.findings if f.overdue)

    @property
    def unverified(self) -> tuple[Finding, ...]:
        """The findings whose data was not reported."""
        return tuple(f for f in self.findings if f.status is Status.UNVERIFIED)

    def explain(self) -> str:
        """The whole inspection in Chinese: the unit, the date, each finding not met."""
        unit = self.unit
        who = f"{_zh.literal(unit.id)} {self.name}" if unit.id else self.name
        when = f"检查日期{_zh.date(self.as_of)}" if self.as_of else "未指定检查日期"
        lines = [f"{who}，{self._described()}，{when}。"]
        lines.append(f"人员定额{_zh.people(self.quota.staff)}，依据{self.quota.clauses[0]}。")
        # A roster none of whom may draw pay (or none at all) has no subsidy to state; its
        # payment finding says what is wrong with paying it.
        if self.subsidy is not None and (self.subsidy.city or self.subsidy.district_minimum):
            lines.append(
                f"协理员工资补助每月市级{_zh.money(self.subsidy.city)}，区级配套不少于"
                f"{_zh.money(self.subsidy.district_minimum)}，依据{FUNDING}。"
            )
        lines += [f.explain() for f in self.findings if f.status is not Status.MET]
        lines += [f"【{_zh.NOTE}】{note}。" for note in self.notes]
        met = sum(1 for f in self.findings if f.status is Status.MET)
        not_met = self.not_met
        detail = ""
        if self.as_of is not None and not_met:
            overdue = sum(1 for f in not_met if f.overdue)
            pending = sum(1 for f in not_met if f.not_yet_due)
            parts = [f"逾期{overdue}项", f"尚未到期{pending}项"]
            if len(not_met) > overdue + pending:
                parts.append(f"未定期限{len(not_met) - overdue - pending}项")
            detail = f"（其中{'、'.join(parts)}）"
        lines.append(
            f"共{len(self.findings)}项要求：达标{met}项，不达标{len(not_met)}项{detail}，"
            f"未报送无法核实{len(self.unverified)}项。"
        )
        return "\n".join(lines)

    def _described(self) -> str:
        """The unit by its place, as an official names it (香洲区所辖拱北街道)."""
        # The standard name's parts are checked names; only the area is the caller's text.
        unit, parts = self.unit, self._detail
        known = self.area != "未注明"
        area = _zh.literal(self.area) if known else ""
        if unit.kind in (UnitKind.COMMUNITY, UnitKind.VILLAGE):
            place = unit_phrase(unit.kind, parts.place)
            return f"{area}{place}" if known else "未注明所属区"
        if unit.kind in (UnitKind.ZONE_TOWN, UnitKind.ZONE_STREET) and known:
            return unit_phrase(unit.kind, parts.place).replace("功能区", area, 1)
        town = self._merged_town if unit.kind is UnitKind.ZONE else None
        phrase = unit_phrase(unit.kind, parts.place, parts.district, merged_town=town)
        named = f"{parts.district}区" if parts.district else parts.place
        return phrase if not known or self.area == named else f"{phrase}，所属{area}"

    @property
    def _merged_town(self) -> str | None:
        """For a zone merged with its town, the town's checked bare name, if recorded."""
        return None if self.unit.merged_town is None else self._detail.merged_town

    @property
    def _detail(self) -> AgencyName:
        """The unit's standard name with its parts (the checked place, district and town)."""
        detail = self._name_detail
        if detail is None:
            unit = self.unit
            detail = agency_name_detail(
                unit.kind, unit.place, district=unit.district, merged_town=unit.merged_town
            )
            object.__setattr__(self, "_name_detail", detail)
        return detail


def _area(unit: Unit, detail: AgencyName, params: PolicyParameters) -> str:
    if unit.area is not None and unit.area.strip():
        given = unit.area.strip()
        try:
            return f"{normalize_district(given, params=params)}区"
        except PolicyError:
            return given
    if detail.district is not None:
        return f"{detail.district}区"
    if detail.area is not None:  # a town or street under a zone, on the map (R26)
        return detail.area
    if unit.kind is UnitKind.ZONE:
        return detail.place
    return "未注明"


def _funding(
    unit: Unit, params: PolicyParameters, as_of: dt.date | None
) -> tuple[
    SubsidyBreakdown | None, DistrictPaymentCheck | None, tuple[Finding, ...], tuple[str, ...]
]:
    if unit.kind.level is Level.STREET_TOWN:
        budget = (unit.funds_in_budget, params, as_of)
        return None, None, _BUDGET.get(budget, lambda: assess_working_funds(*budget)), ()
    due = due_of(_TOP_UP, params)
    if unit.coordinators is None:
        facts = {"missing": "协理员配备情况"}
        return None, None, (make(_TOP_UP, Status.UNVERIFIED, facts, due, as_of),), ()
    roster = unit.coordinators
    subsidy, notes = _SUBSIDY.get((roster, params), lambda: _subsidy(roster, params))
    paid = unit.district_paid
    if paid is None:
        facts = {"missing": "区级当月实付配套工资经费"}
        return subsidy, None, (make(_TOP_UP, Status.UNVERIFIED, facts, due, as_of),), notes
    owed = (subsidy, paid, as_of)
    payment, findings = _PAYMENT.get(owed, lambda: assess_district_payment(*owed))
    return subsidy, payment, findings, notes


_TOP_UP = "funding.district_top_up"


def _subsidy(roster: Roster, params: PolicyParameters) -> tuple[SubsidyBreakdown, tuple[str, ...]]:
    subsidy = monthly_subsidy(roster, params=params)
    return subsidy, tuple(dict.fromkeys(line.note for line in subsidy.lines if line.note))


@cites(ACCOUNTABILITY)
def inspect_unit(
    unit: Unit, *, as_of: dt.date | None = None, params: PolicyParameters = PLAN_2011
) -> Inspection:
    """Inspect one unit against every requirement of the plan that applies to it.

    Args:
        unit: The unit, as recorded.
        as_of: The inspection date: a requirement not met is overdue after its due date
            and not yet due until then (R10). ``None`` judges without a date.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: *unit* is not a :class:`Unit`, or *params* not a parameter set.
        NotApplicableError: *as_of* is before the plan took effect (2011-11-23).
        PolicyError: the unit's place or district cannot make a standard name.

    >>> unit = hp.Unit(kind=hp.UnitKind.DISTRICT_STREET, place="拱北", district="香洲",
    ...                service_recipients=45_000, actual_staff=6)
    >>> ins = hp.inspect_unit(unit, as_of=dt.date(2012, 9, 15))
    >>> print(ins.findings[1])
    【逾期】实有工作人员6人，低于定额8人，缺2人，依据三（一）5应于2012年6月30日前配备到位。
    """
    _validate.instance("unit", unit, Unit)
    check_params(params)
    if as_of is not None:
        params.require_in_force("as_of", as_of)
    return assess(unit, as_of, params)


def assess(unit: Unit, as_of: dt.date | None, params: PolicyParameters) -> Inspection:
    """:func:`inspect_unit` of a :class:`Unit` on a date and under parameters already
    checked: its one fast path, which a caller inspecting many units on one date (the
    command, :func:`~hrss_policy.tabular.inspect_table`) calls after checking them once."""
    name, name_finding = _naming.assess(
        unit.kind, unit.place, unit.current_name, unit.district, unit.merged_town, params, as_of
    )
    detail = name.expected
    quota = staff_quota(unit.kind, unit.service_recipients, params=params)
    roster = unit.coordinators
    full_time = None
    if roster is not None:
        full_time = roster.count(CoordinatorKind.FULL_TIME) + roster.count(
            CoordinatorKind.FULL_TIME_PUBLIC_SERVANT
        )
    staffing = _staffing.assess(
        quota,
        unit.actual_staff,
        unit.extra_staff_approved,
        None if roster is None else roster.heads,
        full_time,
        unit.staffing_filed,
        as_of,
    )
    level = unit.kind.level
    site = (level, unit.premises, as_of, params)
    premises = _PREMISES.get(site, lambda: _premises.assess(*site))
    systems = (level, unit.informatization, as_of, params)
    it = _IT.get(systems, lambda: _it.assess(*systems))
    practice = (level, unit.service, staffing.actual_staff, as_of, params)
    service = _SERVICE.get(practice, lambda: _service.assess(*practice))
    subsidy, payment, funding, notes = _funding(unit, params, as_of)
    # The checks give their findings in the register's order, and are called in it.
    inspection = Inspection(
        unit=unit,
        name=detail.name,
        area=_AREAS.get(
            # A zone's own name is its area; any other unit's place does not matter.
            (
                unit.area,
                detail.district,
                detail.place if unit.kind is ZONE else None,
                detail.area,
                params,
            ),
            lambda: _area(unit, detail, params),
        ),
        as_of=as_of,
        quota=quota,
        staffing=staffing,
        premises=premises,
        informatization=it,
        service=service,
        subsidy=subsidy,
        payment=payment,
        findings=(
            name_finding,
            *staffing.findings,
            *premises.findings,
            *it.findings,
            *service.findings,
            *funding,
        ),
        notes=(*staffing.notes, *notes),
    )
    object.__setattr__(inspection, "_name_detail", detail)
    return inspection
