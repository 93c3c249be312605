"""A unit's whole inspection, and the district and city roll-ups (四（二）).

An inspection applies every rule the plan sets for one unit — its standard name
(三（一）4), staffing (三（一）5), coordinator subsidies (三（五）, stations only) and
premises (三（二）) — and gathers every shortcoming as a :class:`~hrss_policy.Finding`
with its clause and the milestone the requirement belonged to. A roll-up adds units up
by district for the city's review, and the bulletin of 四（二） names the districts whose
quarterly report came late.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from typing import Any

import attrs

from . import _validate
from ._old_findings import Finding, Severity
from .calendar import WorkingCalendar
from .deadlines import ReportCheck, check_quarterly_report, quarterly_report_deadline
from .errors import PolicyError
from .naming import AgencyName, agency_name_detail, check_agency_name, normalize_district
from .parameters import PLAN_2011, PolicyParameters
from .premises import Premises, PremisesAssessment, assess_premises
from .staffing import StaffingCheck, StaffingQuota, check_staffing, staff_quota
from .subsidies import (
    Coordinator,
    DistrictPaymentCheck,
    SubsidyBreakdown,
    check_district_payment,
    monthly_subsidy,
)
from .units import Level, UnitKind

__all__ = [
    "AreaSummary",
    "Bulletin",
    "BulletinEntry",
    "Inspection",
    "Rollup",
    "Unit",
    "inspect_unit",
    "report_bulletin",
    "rollup",
]


def _optional_text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None and not isinstance(value, str):
        raise TypeError(f"{attribute.name} must be a str or None, got {value!r}")


def _optional_count(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        _validate.count(attribute.name, value)


def _coordinators(value: Any) -> tuple[Coordinator, ...] | None:
    if value is None:
        return None
    if isinstance(value, Coordinator | str | bytes) or not isinstance(value, Iterable):
        raise TypeError(f"coordinators must be an iterable of Coordinator or None, got {value!r}")
    items = tuple(value)
    for i, c in enumerate(items):
        if not isinstance(c, Coordinator):
            raise TypeError(f"coordinators[{i}] must be a Coordinator, got {c!r}")
    return items


def _optional_money(value: Any) -> Decimal | None:
    return None if value is None else _validate.money("district_paid", value)


@attrs.frozen(kw_only=True)
class Unit:
    """One grassroots unit as a bureau records it. ``None`` means "not reported".

    Args:
        kind: The unit's administrative kind.
        place: Its place name, with or without the suffix (拱北 / 拱北街道).
        district: The district in its name, for the kinds whose name has one.
        service_recipients: Its service recipients (服务对象).
        area: The district or functional zone it reports through, for roll-ups; by
            default the ``district``, or the zone itself for a :attr:`UnitKind.ZONE`.
        id: The bureau's own identifier, printed in reports.
        actual_staff: The staff it has.
        extra_staff_approved: Whether the district government (管委会) approved extra staff.
        coordinators: A station's coordinators (三（五）).
        district_paid: What the district paid the station's coordinators for one month.
        premises: What is known of its premises (三（二）).
        current_name: The name the unit uses now, checked against the standard name.
    """

    kind: UnitKind = attrs.field(validator=attrs.validators.instance_of(UnitKind))
    place: str = attrs.field(validator=attrs.validators.instance_of(str))
    district: str | None = attrs.field(default=None, validator=_optional_text)
    service_recipients: int = attrs.field(
        validator=lambda _i, _a, v: _validate.count("service_recipients", v)
    )
    area: str | None = attrs.field(default=None, validator=_optional_text)
    id: str | None = attrs.field(default=None, validator=_optional_text)
    actual_staff: int | None = attrs.field(default=None, validator=_optional_count)
    extra_staff_approved: bool = attrs.field(
        default=False, validator=attrs.validators.instance_of(bool)
    )
    coordinators: tuple[Coordinator, ...] | None = attrs.field(
        default=None, converter=_coordinators
    )
    district_paid: Decimal | None = attrs.field(default=None, converter=_optional_money)
    premises: Premises | None = attrs.field(
        default=None, validator=attrs.validators.optional(attrs.validators.instance_of(Premises))
    )
    current_name: str | None = attrs.field(default=None, validator=_optional_text)

    def __attrs_post_init__(self) -> None:
        if self.kind.level is Level.STREET_TOWN and (
            self.coordinators is not None or self.district_paid is not None
        ):
            raise PolicyError(
                f"coordinators and district_paid were given for a {self.kind.name} unit, but the "
                "coordinator wage subsidies of 三（五） are for community/village stations "
                "(COMMUNITY, VILLAGE) only; leave them empty for street/town agencies"
            )


@attrs.frozen
class Inspection:
    """Everything the plan requires of one unit, and where it falls short.

    Attributes:
        unit: The unit inspected.
        name: Its standard name (三（一）4).
        area: The district or zone it is rolled up under.
        quota: Its staffing quota (三（一）5).
        staffing: Actual staff against the quota, when actual staff was reported.
        subsidy: The month's coordinator subsidies (stations with a roster only).
        payment: The district's payment against its minimum, when reported.
        premises: The premises assessment, when premises were reported.
        findings: Every finding, in clause order.
        clauses: Every clause applied.
    """

    unit: Unit
    name: str
    area: str
    quota: StaffingQuota
    staffing: StaffingCheck | None
    subsidy: SubsidyBreakdown | None
    payment: DistrictPaymentCheck | None
    premises: PremisesAssessment | None
    findings: tuple[Finding, ...]
    clauses: tuple[str, ...]

    @property
    def has_findings(self) -> bool:
        """Whether any shortfall or unverified requirement was found (notes aside)."""
        return any(f.severity is not Severity.NOTE for f in self.findings)

    @property
    def shortfalls(self) -> tuple[Finding, ...]:
        """The findings that are shortfalls."""
        return tuple(f for f in self.findings if f.severity is Severity.SHORTFALL)

    def explain(self) -> str:
        """Return the whole inspection in Chinese."""
        head = f"{self.unit.id + ' ' if self.unit.id else ''}{self.name}"
        lines = [head, f"人员定额：{self.quota.staff} 人（三（一）5）"]
        if self.staffing is not None:
            lines.append(f"实有人员：{self.staffing.actual_staff} 人，{self.staffing.status.label}")
        if self.subsidy is not None:
            lines.append(
                f"协理员月补助：市级 {self.subsidy.city} 元，区级配套不少于 "
                f"{self.subsidy.district_minimum} 元（三（五））"
            )
        if self.findings:
            lines.append("发现的问题：")
            lines += [f"  {f}" for f in self.findings]
        else:
            lines.append("未发现问题")
        return "\n".join(lines)


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
        monthly_city: The city's monthly coordinator subsidy (三（五）).
        monthly_district_minimum: The district's monthly minimum.
        annual_city: The city's subsidy for a year.
        annual_district_minimum: The district's minimum for a year.
        units_with_findings: The standard names of the units with findings.
    """

    area: str
    units: int
    street_town_units: int
    community_village_units: int
    staff_quota: int
    actual_staff: int
    monthly_city: Decimal
    monthly_district_minimum: Decimal
    annual_city: Decimal
    annual_district_minimum: Decimal
    units_with_findings: tuple[str, ...]


@attrs.frozen
class Rollup:
    """Inspections added up by district or zone, and for the city.

    Attributes:
        areas: One summary per district or zone, in order of first appearance.
        city: The city's totals.
        clauses: The clause ids behind the figures.
    """

    areas: tuple[AreaSummary, ...]
    city: AreaSummary
    clauses: tuple[str, ...]

    def explain(self) -> str:
        """Return the roll-up in Chinese, a line per district or zone and the city."""
        lines = []
        for s in (*self.areas, self.city):
            lines.append(
                f"{s.area}：{s.units} 个单位，人员定额 {s.staff_quota} 人（实有 {s.actual_staff} 人），"
                f"协理员补助每月市级 {s.monthly_city} 元、区级不少于 {s.monthly_district_minimum} 元，"
                f"全年市级 {s.annual_city} 元、区级不少于 {s.annual_district_minimum} 元；"
                f"{len(s.units_with_findings)} 个单位有问题"
            )
        return "\n".join(lines)


def _summary(area: str, items: list[Inspection], months: int) -> AreaSummary:
    zero = Decimal("0.00")
    city = sum((i.subsidy.city for i in items if i.subsidy), zero)
    district = sum((i.subsidy.district_minimum for i in items if i.subsidy), zero)
    street = sum(1 for i in items if i.unit.kind.level is Level.STREET_TOWN)
    return AreaSummary(
        area=area,
        units=len(items),
        street_town_units=street,
        community_village_units=len(items) - street,
        staff_quota=sum(i.quota.staff for i in items),
        actual_staff=sum(i.unit.actual_staff or 0 for i in items),
        monthly_city=city,
        monthly_district_minimum=district,
        annual_city=city * months,
        annual_district_minimum=district * months,
        units_with_findings=tuple(i.name for i in items if i.has_findings),
    )


def rollup(inspections: Iterable[Inspection], *, params: PolicyParameters = PLAN_2011) -> Rollup:
    """Add inspections up by the district or zone each unit reports through, and for the city.

    Args:
        inspections: The inspections, from :func:`inspect_unit`.
        params: The parameter set (its ``months_per_year`` makes the annual figures).

    Raises:
        TypeError: an item is not an :class:`Inspection`.
    """
    by_area: dict[str, list[Inspection]] = {}
    items = list(inspections)
    for n, item in enumerate(items):
        if not isinstance(item, Inspection):
            raise TypeError(f"inspections[{n}] must be an Inspection, got {type(item).__name__}")
        by_area.setdefault(item.area, []).append(item)
    months = params.months_per_year
    return Rollup(
        areas=tuple(_summary(a, group, months) for a, group in by_area.items()),
        city=_summary("全市", items, months),
        clauses=("三（一）5", "三（五）"),
    )


def _staffing_findings(
    unit: Unit, quota: StaffingQuota, params: PolicyParameters
) -> tuple[StaffingCheck | None, list[Finding]]:
    due = params.staffing_due
    if unit.actual_staff is None:
        message = f"未提供实有人数，定额为 {quota.staff} 人"
        return None, [Finding("三（一）5", "人员配备", message, Severity.UNVERIFIED, due)]
    findings = []
    approved = unit.extra_staff_approved
    if approved and not quota.extra_staff_allowed:
        findings.append(
            Finding(
                "三（一）5",
                "增加人员",
                f"记录了增员批准，但服务对象 {unit.service_recipients} 人未超过 "
                f"{params.community_extra_staff_threshold} 人，不符合增加人员的条件",
                due=due,
            )
        )
        approved = False
    check = check_staffing(quota, unit.actual_staff, extra_approved=approved)
    severity = Severity.SHORTFALL if check.is_finding else Severity.NOTE
    if check.difference != 0:
        message = f"定额 {quota.staff} 人，实有 {check.actual_staff} 人：{check.steps[-1]}"
        findings.append(Finding("三（一）5", "人员配备", message, severity, due))
    return check, findings


def _subsidy_findings(
    unit: Unit, params: PolicyParameters
) -> tuple[SubsidyBreakdown | None, DistrictPaymentCheck | None, list[Finding]]:
    if unit.kind.level is not Level.COMMUNITY_VILLAGE:
        return None, None, []
    if unit.coordinators is None:
        message = "未提供协理员配备情况，无法核算工资补助"
        return None, None, [Finding("三（五）", "协理员工资补助", message, Severity.UNVERIFIED)]
    subsidy = monthly_subsidy(unit.coordinators, params=params)
    findings = [
        Finding(
            "三（五）", "协理员工资补助", f"{line.coordinator.label}：{line.note}", Severity.NOTE
        )
        for line in subsidy.lines
        if line.note
    ]
    if unit.district_paid is None:
        message = f"未提供区级实付金额，区级配套每月不少于 {subsidy.district_minimum} 元"
        findings.append(Finding("三（五）", "区级配套工资经费", message, Severity.UNVERIFIED))
        return subsidy, None, findings
    payment = check_district_payment(subsidy, unit.district_paid)
    if not payment.compliant:
        message = f"当月实付 {payment.paid} 元，不少于 {subsidy.district_minimum} 元，差 {payment.shortfall} 元"
        findings.append(Finding("三（五）", "区级配套工资经费", message))
    return subsidy, payment, findings


def inspect_unit(unit: Unit, *, params: PolicyParameters = PLAN_2011) -> Inspection:
    """Inspect one unit against every rule of the plan that applies to it.

    Requirements whose data was not reported are *unverified* findings, never passes.

    Args:
        unit: The unit, as recorded.
        params: The parameter set to apply; defaults to the 2011 plan.

    Raises:
        TypeError: *unit* is not a :class:`Unit`.
        PolicyError: the unit's place or district cannot make a standard name.
    """
    if not isinstance(unit, Unit):
        raise TypeError(f"unit must be a Unit, got {type(unit).__name__}")
    name, area, findings = _name_findings(unit, params)
    quota = staff_quota(unit.kind, unit.service_recipients, params=params)
    staffing, staff_findings = _staffing_findings(unit, quota, params)
    subsidy, payment, subsidy_findings = _subsidy_findings(unit, params)
    findings += staff_findings + subsidy_findings
    premises = None
    if unit.premises is None:
        message = "未提供服务场所情况"
        findings.append(
            Finding("三（二）", "服务场所", message, Severity.UNVERIFIED, params.premises_due)
        )
    else:
        premises = assess_premises(unit.kind, unit.premises, params=params)
        findings += premises.findings
    clauses = ["三（一）4", "三（一）5", "三（二）"]
    if unit.kind.level is Level.COMMUNITY_VILLAGE:
        clauses.insert(2, "三（五）")
    return Inspection(
        unit=unit,
        name=name,
        area=area,
        quota=quota,
        staffing=staffing,
        subsidy=subsidy,
        payment=payment,
        premises=premises,
        findings=tuple(findings),
        clauses=tuple(clauses),
    )


@attrs.frozen
class BulletinEntry:
    """One district's quarterly report in the 四（二） bulletin.

    Attributes:
        area: The district or zone.
        submitted: The date it submitted, or ``None`` if it has not.
        check: The on-time check, when it submitted.
    """

    area: str
    submitted: dt.date | None
    check: ReportCheck | None

    @property
    def late(self) -> bool:
        """True when the report came after the deadline or has not come."""
        return self.check is None or not self.check.on_time

    @property
    def status(self) -> str:
        """The entry's verdict in Chinese."""
        if self.check is None:
            return "未报送"
        if self.check.on_time:
            return "按时"
        return f"逾期 {self.check.working_days_late} 个工作日"


@attrs.frozen
class Bulletin:
    """The 四（二） bulletin: which districts reported a quarter late, slowest first.

    Attributes:
        year: The year of the quarter.
        quarter: The quarter, 1–4.
        due: The deadline of the quarter's report.
        entries: Every district: not submitted first, then late by working days late
            (most first), then on time; ties in the order given.
        clauses: The clause ids applied.
    """

    year: int
    quarter: int
    due: dt.date
    entries: tuple[BulletinEntry, ...]
    clauses: tuple[str, ...]

    @property
    def late(self) -> tuple[BulletinEntry, ...]:
        """The entries to be named in the bulletin (late or not submitted)."""
        return tuple(e for e in self.entries if e.late)

    def explain(self) -> str:
        """Return the bulletin in Chinese."""
        lines = [
            f"{self.year}年第{self.quarter}季度公共服务平台建设完成情况报送通报（四（二））："
            f"报送期限 {self.due.isoformat()}"
        ]
        for e in self.entries:
            when = e.submitted.isoformat() if e.submitted else "—"
            lines.append(f"{e.area}：{when}，{e.status}")
        return "\n".join(lines)


def report_bulletin(
    year: int,
    quarter: int,
    submissions: Mapping[str, dt.date | None],
    *,
    params: PolicyParameters = PLAN_2011,
    calendar: WorkingCalendar | None = None,
) -> Bulletin:
    """Check every district's report on a quarter and rank the late ones (四（二）).

    Args:
        year: The year of the quarter reported on.
        quarter: The quarter, 1–4.
        submissions: District or zone → the date it submitted, or ``None`` if it has not.
        params: The parameter set; defaults to the 2011 plan.
        calendar: The working-day calendar; defaults to the official one.

    Raises:
        TypeError: *submissions* is not a mapping of ``str`` to ``date`` or ``None``.
        PolicyError: as :func:`~hrss_policy.check_quarterly_report` refuses (a quarter
            before reporting began, a year whose holiday schedule is not held).

    >>> b = hp.report_bulletin(2024, 3, {"香洲区": dt.date(2024, 10, 12), "斗门区": dt.date(2024, 10, 16), "金湾区": None})
    >>> [(e.area, e.status) for e in b.late]
    [('金湾区', '未报送'), ('斗门区', '逾期 3 个工作日')]
    """
    if not isinstance(submissions, Mapping):
        raise TypeError(
            f"submissions must be a mapping of district to date, got {type(submissions).__name__}"
        )
    due = quarterly_report_deadline(year, quarter, params=params, calendar=calendar)
    entries = []
    for area, day in submissions.items():
        if not isinstance(area, str):
            raise TypeError(f"submissions keys must be district names (str), got {area!r}")
        check = None
        if day is not None:
            check = check_quarterly_report(year, quarter, day, params=params, calendar=calendar)
        entries.append(BulletinEntry(area, day, check))

    def rank(e: BulletinEntry) -> tuple[int, int]:
        if e.check is None:
            return (0, 0)
        return (1, -e.check.working_days_late) if not e.check.on_time else (2, 0)

    return Bulletin(
        year=year,
        quarter=quarter,
        due=due,
        entries=tuple(sorted(entries, key=rank)),
        clauses=("四（二）",),
    )


def _area(unit: Unit, detail: AgencyName, params: PolicyParameters) -> str:
    if unit.area is not None and unit.area.strip():
        given = unit.area.strip()
        try:
            return f"{normalize_district(given, params=params)}区"
        except PolicyError:
            return given
    if detail.district is not None:
        return f"{detail.district}区"
    if unit.kind is UnitKind.ZONE:
        return detail.place
    return "未注明"


def _name_findings(unit: Unit, params: PolicyParameters) -> tuple[str, str, list[Finding]]:
    detail = agency_name_detail(unit.kind, unit.place, district=unit.district, params=params)
    findings = []
    if unit.current_name is not None:
        check = check_agency_name(
            unit.kind, unit.place, unit.current_name, district=unit.district, params=params
        )
        if not check.matches:
            message = (
                f"现用名称“{unit.current_name}”不符合标准名称“{detail.name}”："
                + "；".join(check.problems)
                + f"；更名由{detail.fixed_by}下发文件"
            )
            findings.append(Finding("三（一）4", "机构名称", message, due=params.renaming_due))
    return detail.name, _area(unit, detail, params), findings
