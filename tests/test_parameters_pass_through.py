"""Every public rule takes the caller's parameter set and calendar, and applies them.

Each public function with a ``params=`` or ``calendar=`` argument is called twice, with
the 2011 plan and with an amended parameter set (every number, reading and date moved)
and a calendar with one more day off; the result must change exactly as the amendment
says. A function added with such an argument and not listed here fails the last test.
"""

from __future__ import annotations

import datetime as dt
import inspect
from collections.abc import Callable
from decimal import Decimal
from fractions import Fraction
from typing import Any

import attrs
import pytest

import hrss_policy as hp

from .builders import STATION_KIT, STREET_KIT, station_unit, street_unit

D = dt.date
PLAN = hp.PLAN_2011

#: The 2011 plan with every number, reading and date the rules read moved.
AMENDED = attrs.evolve(
    PLAN,
    street_recipients_per_staff=5_000,
    community_extra_staff_threshold=2_000,
    city_subsidy_full_time=Decimal("1200.00"),
    district_minimum_full_time=Decimal("1100.00"),
    city_subsidy_part_time=Decimal("900.00"),
    district_minimum_part_time=Decimal("850.00"),
    months_per_year=6,
    street_minimum_floor_area_m2=350,
    report_working_days=6,
    service_count_from=hp.CountFrom.SAME_DAY,
    slow_progress=hp.SlowProgress.BELOW_RATE,
    slow_progress_rate=Fraction(1, 2),
    renaming_due=D(2012, 12, 31),
    staffing_due=D(2013, 6, 30),
    premises_due=D(2013, 8, 31),
    informatization_due=D(2013, 9, 30),
    professionalization_due=D(2013, 10, 31),
    training_first_due=D(2013, 12, 31),
    funding_due=D(2013, 11, 30),
    administrative_districts=("香洲区", "斗门区", "金湾区", "高栏区"),
    functional_zones=("横琴新区", "万山海洋开发试验区", "高新区"),
)


def _calendar_with_a_day_off(day: dt.date) -> hp.WorkingCalendar:
    official = hp.WorkingCalendar.official()
    s = official.schedule(day.year)
    schedule = hp.YearSchedule(s.year, {**s.days_off, day: "临时休息日"}, s.working_days, s.notices)
    return official.with_year(schedule, replace=True)


#: The official calendar with 2024-10-08 (a Tuesday after the National Day week) off.
CALENDAR = _calendar_with_a_day_off(D(2024, 10, 8))

ROSTER = [hp.Coordinator(hp.Employment.FULL_TIME), hp.Coordinator(hp.Employment.PART_TIME)]


def _inspections(params: hp.PolicyParameters) -> list[hp.Inspection]:
    units = [street_unit(), street_unit(id="XZ-02", actual_staff=3), station_unit()]
    return [hp.inspect_unit(u, params=params) for u in units]


# name → (call with params/calendar, what must differ between the plan and the amendment)
Call = Callable[[hp.PolicyParameters, hp.WorkingCalendar | None], Any]
Law = Callable[[Any, Any], None]


def _staff(plan: Any, amended: Any) -> None:
    assert (plan.staff, amended.staff) == (8, 9)  # 45000 ÷ 6000 → 8; ÷ 5000 → 9
    assert (plan.due, amended.due) == (D(2012, 6, 30), D(2013, 6, 30))
    assert "每5000名服务对象" in amended.explain()


def _station(plan: Any, amended: Any) -> None:
    assert (plan.extra_staff_allowed, amended.extra_staff_allowed) == (False, True)
    assert "超过2000人" in amended.explain()


def _subsidy(months_plan: int, months_amended: int) -> Law:
    def law(plan: Any, amended: Any) -> None:
        assert (plan.months, amended.months) == (months_plan, months_amended)
        assert plan.city == Decimal("1800.00") * months_plan
        assert amended.city == Decimal("2100.00") * months_amended
        assert amended.district_minimum == Decimal("1950.00") * months_amended
        assert amended.params is AMENDED

    return law


def _payment(plan: Any, amended: Any) -> None:
    assert (plan.shortfall, amended.shortfall) == (Decimal("0.00"), Decimal("150.00"))


def _name(plan: Any, amended: Any) -> None:
    assert plan == amended == "珠海市斗门区井岸镇人力资源和社会保障服务所"


def _due_of_name(plan: Any, amended: Any) -> None:
    assert (plan.due, amended.due) == (D(2011, 12, 31), D(2012, 12, 31))


def _names(plan: Any, amended: Any) -> None:
    assert plan.names[1] is None  # 高栏 is no district of the plan
    assert amended.names[1] == "珠海市高栏区南水镇人力资源和社会保障服务所"


def _check_name(plan: Any, amended: Any) -> None:
    assert (plan.findings[0].due, amended.findings[0].due) == (D(2011, 12, 31), D(2012, 12, 31))


def _outcome(call: Callable[[], Any]) -> Any:
    try:
        return call()
    except hp.PolicyError as exc:
        return exc.message_zh


def _zone(plan: Any, amended: Any) -> None:
    assert plan == "高栏港经济区"  # a zone of the plan; the amendment lists it no more
    assert amended.startswith("经济功能区应为横琴新区、万山海洋开发试验区、高新区之一")


def _district(plan: Any, amended: Any) -> None:
    assert (plan, amended) == ("斗门", "高栏")


def _parse(plan: Any, amended: Any) -> None:
    assert (plan.kind, amended.kind) == (hp.UnitKind.ZONE, hp.UnitKind.ZONE_TOWN)


def _premises(plan: Any, amended: Any) -> None:
    assert (plan.passed, amended.passed) == (True, False)
    assert amended.findings[0].fact("gap") == "30平方米"
    assert amended.due == D(2013, 8, 31)


def _due(attribute: str, plan_due: dt.date, amended_due: dt.date) -> Law:
    def law(plan: Any, amended: Any) -> None:
        assert (plan.due, amended.due) == (plan_due, amended_due)
        assert {f.due for f in amended.findings} == {amended_due}

    return law


def _funds(plan: Any, amended: Any) -> None:
    # The text sets no date; the reading's date is the set's (R23).
    assert (plan.due, amended.due) == (D(2012, 8, 31), D(2013, 11, 30))
    assert [f.due for f in amended.findings] == [D(2013, 11, 30)]


def _service(plan: Any, amended: Any) -> None:
    assert (plan.due, amended.due) == (D(2012, 8, 31), D(2013, 10, 31))
    # The yearly training is due by the end of its year, from the set's first year (R22).
    assert (plan.training_due, amended.training_due) == (D(2012, 12, 31), D(2013, 12, 31))
    assert {f.due for f in amended.findings} == {D(2013, 10, 31), D(2013, 12, 31)}


def _report(plan: Any, amended: Any) -> None:
    # Six working days from 2024-09-30 instead of five, and 2024-10-08 off.
    assert (plan.due, amended.due) == (D(2024, 10, 12), D(2024, 10, 15))
    assert (plan.span.count, amended.span.count) == (5, 6)


def _deadline(plan: Any, amended: Any) -> None:
    assert (plan, amended) == (D(2024, 10, 12), D(2024, 10, 15))


def _report_check(plan: Any, amended: Any) -> None:
    assert (plan.passed, amended.passed) == (False, True)


def _milestones(plan: Any, amended: Any) -> None:
    dues = {m.key: m.due for m in plan}, {m.key: m.due for m in amended}
    assert dues[0]["staffing_due"] == D(2012, 6, 30)
    assert dues[1]["staffing_due"] == D(2013, 6, 30)


def _service_deadline(plan: Any, amended: Any) -> None:
    # Four working days after 2024-10-07 (a day off): the 11th, or the 12th with the 8th off.
    assert (plan.due, amended.due) == (D(2024, 10, 11), D(2024, 10, 12))


def _service_check(plan: Any, amended: Any) -> None:
    assert (plan.passed, amended.passed) == (False, True)
    assert (plan.working_days_used, amended.working_days_used) == (5, 4)


def _service_counted_from_acceptance(plan: Any, amended: Any) -> None:
    # Three working days from 2024-10-09: after it (10th–12th), or from it (9th–11th).
    assert (plan.due, amended.due) == (D(2024, 10, 12), D(2024, 10, 11))


def _service_check_counted_from_acceptance(plan: Any, amended: Any) -> None:
    assert (plan.passed, amended.passed) == (True, False)


def _staff_count(plan: Any, amended: Any) -> None:
    assert (plan, amended) == (8, 9)


def _staff_count_column(plan: Any, amended: Any) -> None:
    assert (plan, amended) == ([8, 1], [9, 1])


def _extra_allowed_column(plan: Any, amended: Any) -> None:
    _extra_allowed(*(v for [v] in (plan, amended)))


def _extra_allowed(plan: Any, amended: Any) -> None:
    assert (plan, amended) == (False, True)


def _schedule(plan: Any, amended: Any) -> None:
    assert [r.due for r in plan] == [D(2024, 10, 12)]
    assert [r.due for r in amended] == [D(2024, 10, 15)]


def _quarter_view(plan: Any, amended: Any) -> None:
    assert (plan.report.due, amended.report.due) == (D(2024, 10, 12), D(2024, 10, 15))


def _month_view(plan: Any, amended: Any) -> None:
    kinds = [{d.date: d.kind for d in m.days}[D(2024, 10, 8)] for m in (plan, amended)]
    assert kinds == [hp.DayKind.WORKDAY, hp.DayKind.DAY_OFF]


def _loaded(plan: Any, amended: Any) -> None:
    assert (plan.is_working_day(D(2024, 10, 8)), amended.is_working_day(D(2024, 10, 8))) == (
        True,
        False,
    )


def _day(plan: Any, amended: Any) -> None:
    assert (plan.kind, amended.kind) == (hp.DayKind.WORKDAY, hp.DayKind.DAY_OFF)
    assert amended.name == "临时休息日"


def _offset(plan: Any, amended: Any) -> None:
    assert (plan.end, amended.end) == (D(2024, 10, 12), D(2024, 10, 14))


def _span(plan: Any, amended: Any) -> None:
    assert (plan.count, amended.count) == (6, 5)


def _inspection(plan: Any, amended: Any) -> None:
    assert (plan.quota.staff, amended.quota.staff) == (8, 9)
    assert {f.requirement: f.due for f in amended.findings}["premises.floor_area"] == D(2013, 8, 31)
    assert plan.area == amended.area == "香洲区"


def _station_inspection(plan: Any, amended: Any) -> None:
    # 高栏 is a district only on the amended map; the subsidies are the amended amounts.
    assert (plan.area, amended.area) == ("高栏", "高栏区")
    assert (plan.subsidy.city, amended.subsidy.city) == (Decimal("1000.00"), Decimal("1200.00"))
    assert (plan.payment.passed, amended.payment.passed) == (True, False)  # 1000 < 1100


def _progress(plan: Any, amended: Any) -> None:
    # On 2013-01-01 the amended staffing, premises and service dues have not come.
    assert plan.city.due > amended.city.due


def _bulletin(plan: Any, amended: Any) -> None:
    assert (plan.rule, amended.rule) == (
        hp.SlowProgress.BELOW_CITY_RATE,
        hp.SlowProgress.BELOW_RATE,
    )
    assert amended.threshold == Fraction(1, 2)


def _submissions(plan: Any, amended: Any) -> None:
    assert (plan.due, amended.due) == (D(2024, 10, 12), D(2024, 10, 15))
    assert [e.status for e in plan.entries] == [hp.SubmissionStatus.LATE]
    assert [e.status for e in amended.entries] == [hp.SubmissionStatus.ON_TIME]


def _register(plan: Any, amended: Any) -> None:
    due = {r.id: r.due for r in amended}
    assert due["premises.floor_area"] == D(2013, 8, 31)
    assert due["name.standard"] == D(2012, 12, 31)
    assert plan is hp.REQUIREMENTS


def _rollup(plan: Any, amended: Any) -> None:
    # One station with one full-time coordinator: 1000 × 12 months, or 1200 × 6.
    assert (plan.city.annual_city, amended.city.annual_city) == (
        Decimal("12000.00"),
        Decimal("7200.00"),
    )
    assert amended.city.annual_district_minimum == Decimal("6600.00")
    assert (plan.city.staff_quota, amended.city.staff_quota) == (17, 19)


def _tally(plan: Any, amended: Any) -> None:
    assert plan.city.due > amended.city.due


def _due_under(plan: Any, amended: Any) -> None:
    assert (plan, amended) == (D(2012, 8, 31), D(2013, 8, 31))


def _tally_add(cls: type, **kw: Any) -> Call:
    def call(params: hp.PolicyParameters, _cal: hp.WorkingCalendar | None) -> Any:
        tally = cls(params=params, **kw)
        for inspection in _inspections(params):
            tally.add(inspection)
        return tally.result()

    return call


DAY = D(2013, 1, 1)
STREET_PREMISES = hp.Premises(floor_area_m2=320, service_windows=3, equipment=STREET_KIT)
PRACTICE = hp.ServicePractice(trained_staff=1, certified_staff=1)

CASES: dict[str, tuple[Call, Law]] = {
    "street_staff_quota": (lambda p, c: hp.street_staff_quota(45_000, params=p), _staff),
    "community_staff_quota": (lambda p, c: hp.community_staff_quota(3_000, params=p), _station),
    "staff_quota": (lambda p, c: hp.staff_quota(hp.UnitKind.DISTRICT_STREET, 45_000, params=p), _staff),
    "monthly_subsidy": (lambda p, c: hp.monthly_subsidy(ROSTER, params=p), _subsidy(1, 1)),
    "subsidy_for_months": (lambda p, c: hp.subsidy_for_months(ROSTER, 3, params=p), _subsidy(3, 3)),
    "annual_subsidy": (lambda p, c: hp.annual_subsidy(ROSTER, params=p), _subsidy(12, 6)),
    "check_district_payment": (lambda p, c: hp.check_district_payment(ROSTER, 1800, params=p), _payment),
    "check_working_funds": (lambda p, c: hp.check_working_funds(True, params=p), _funds),
    "agency_name": (lambda p, c: hp.agency_name(hp.UnitKind.DISTRICT_TOWN, "井岸", district="斗门", params=p), _name),
    "agency_name_detail": (lambda p, c: hp.agency_name_detail(hp.UnitKind.VILLAGE, "莲江", params=p), _due_of_name),
    "agency_names": (lambda p, c: hp.agency_names([(hp.UnitKind.VILLAGE, "莲江"), (hp.UnitKind.DISTRICT_TOWN, "南水", "高栏")], params=p), _names),
    "check_agency_name": (lambda p, c: hp.check_agency_name(hp.UnitKind.VILLAGE, "莲江", "莲江村人力资源和社会保障服务站", params=p), _check_name),
    "normalize_district": (lambda p, c: hp.normalize_district("高栏区" if p is AMENDED else "斗门区", params=p), _district),
    "normalize_place": (lambda p, c: _outcome(lambda: hp.normalize_place(hp.UnitKind.ZONE, "高栏港经济区", params=p)), _zone),
    "parse_agency_name": (lambda p, c: hp.parse_agency_name("珠海高新区人力资源和社会保障服务所" if p is PLAN else "珠海市高栏港镇人力资源和社会保障服务所", params=p), _parse),
    "check_premises": (lambda p, c: hp.check_premises(hp.Level.STREET_TOWN, STREET_PREMISES, params=p), _premises),
    "check_informatization": (lambda p, c: hp.check_informatization(hp.Level.STREET_TOWN, None, params=p), _due("informatization", D(2012, 8, 31), D(2013, 9, 30))),
    "check_service_practice": (lambda p, c: hp.check_service_practice(hp.Level.STREET_TOWN, PRACTICE, staff=1, params=p), _service),
    "quarterly_report": (lambda p, c: hp.quarterly_report(2024, 3, params=p, calendar=c), _report),
    "quarterly_report_deadline": (lambda p, c: hp.quarterly_report_deadline(2024, 3, params=p, calendar=c), _deadline),
    "check_quarterly_report": (lambda p, c: hp.check_quarterly_report(2024, 3, D(2024, 10, 15), params=p, calendar=c), _report_check),
    "plan_milestones": (lambda p, c: hp.plan_milestones(params=p), _milestones),
    "service_deadline": (lambda p, c: hp.service_deadline(D(2024, 10, 7), 4, params=p, calendar=c), _service_deadline),
    "service_deadline/params": (lambda p, c: hp.service_deadline(D(2024, 10, 9), 3, params=p, calendar=c), _service_counted_from_acceptance),
    "check_service_time_limit": (lambda p, c: hp.check_service_time_limit(D(2024, 10, 7), 4, D(2024, 10, 12), params=p, calendar=c), _service_check),
    "check_service_time_limit/params": (lambda p, c: hp.check_service_time_limit(D(2024, 10, 9), 3, D(2024, 10, 12), params=p, calendar=c), _service_check_counted_from_acceptance),
    "staff_count": (lambda p, c: hp.staff_count(hp.Level.STREET_TOWN, 45_000, params=p), _staff_count),
    "extra_staff_allowed": (lambda p, c: hp.extra_staff_allowed(hp.UnitKind.VILLAGE, 3_000, params=p), _extra_allowed),
    "staff_count_column": (lambda p, c: hp.staff_count_column(hp.Level.STREET_TOWN, [45_000, 0], params=p), _staff_count_column),
    "extra_staff_allowed_column": (lambda p, c: hp.extra_staff_allowed_column(hp.UnitKind.VILLAGE, [3_000], params=p), _extra_allowed_column),
    "report_schedule": (lambda p, c: hp.report_schedule(D(2024, 10, 1), D(2024, 10, 31), params=p, calendar=c), _schedule),
    "calendar_quarter": (lambda p, c: hp.calendar_quarter(2024, 3, params=p, calendar=c), _quarter_view),
    "calendar_month": (lambda p, c: hp.calendar_month(2024, 10, calendar=c), _month_view),
    "load_schedule_files": (lambda p, c: hp.load_schedule_files([], calendar=c), _loaded),
    "day_info": (lambda p, c: hp.day_info(D(2024, 10, 8), calendar=c), _day),
    "working_day_offset": (lambda p, c: hp.working_day_offset(D(2024, 9, 30), 5, calendar=c), _offset),
    "working_day_span": (lambda p, c: hp.working_day_span(D(2024, 9, 30), D(2024, 10, 14), calendar=c), _span),
    "inspect_unit": (lambda p, c: hp.inspect_unit(street_unit(actual_staff=8), as_of=DAY, params=p), _inspection),
    "inspect_unit, a station": (lambda p, c: hp.inspect_unit(station_unit(area="高栏"), as_of=DAY, params=p), _station_inspection),
    "district_progress": (lambda p, c: hp.district_progress(_inspections(p), as_of=DAY, params=p), _progress),
    "progress_bulletin": (lambda p, c: hp.progress_bulletin(_inspections(p), as_of=DAY, params=p), _bulletin),
    "report_submissions": (lambda p, c: hp.report_submissions(2024, 3, {"香洲区": D(2024, 10, 15)}, params=p, calendar=c), _submissions),
    "requirements": (lambda p, c: hp.requirements(params=p), _register),
    "rollup": (lambda p, c: hp.rollup(_inspections(p), params=p), _rollup),
    "RollupTally": (_tally_add(hp.RollupTally), _rollup),
    "ProgressTally": (_tally_add(hp.ProgressTally, as_of=DAY), _tally),
    "Requirement.due_under": (lambda p, c: hp.requirement("premises.office").due_under(p), _due_under),
}  # fmt: skip

#: Constructors whose ``params`` is a field set by the rule that built them, not an input.
RESULT_FIELDS = {"StaffingQuota", "SubsidyBreakdown"}


@pytest.mark.parametrize("name", list(CASES))
def test_a_rule_applies_the_parameter_set_and_calendar_it_is_given(name):
    call, law = CASES[name]
    law(call(PLAN, None), call(AMENDED, CALENDAR))


@pytest.mark.requirement(id="premises.equipment")
def test_a_station_s_floor_of_equipment_is_read_from_the_parameter_set():
    fewer = attrs.evolve(PLAN, community_equipment=(hp.Equipment.COMPUTER,))
    premises = hp.Premises(
        service_windows=1, dedicated_office=True, equipment={hp.Equipment.COMPUTER}
    )
    assert not hp.check_premises(hp.Level.COMMUNITY_VILLAGE, premises).passed
    assert hp.check_premises(hp.Level.COMMUNITY_VILLAGE, premises, params=fewer).passed
    assert STATION_KIT  # the builders' kit is the plan's


def _public_callables_with(argument: str) -> set[str]:
    names = set()
    for name in hp.__all__:
        value = getattr(hp, name)
        members = [(name, value)]
        if inspect.isclass(value):
            members += [
                (f"{name}.{m}", getattr(value, m))
                for m, f in vars(value).items()
                # (a mutation run adds copies named x…__mutmut_N: not part of the API)
                if not m.startswith(("_", "x_", "xǁ")) and callable(getattr(value, m))
            ]
        for label, member in members:
            try:
                parameters = inspect.signature(member).parameters
            except (TypeError, ValueError):
                continue
            if argument in parameters:
                names.add(label)
    return names


@pytest.mark.parametrize("argument", ["params", "calendar"])
def test_every_public_function_taking_params_or_a_calendar_is_listed_here(argument):
    assert _public_callables_with(argument) - RESULT_FIELDS <= {k.split("/")[0] for k in CASES}
