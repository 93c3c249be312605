"""A unit's whole inspection against the plan, as of a date (R10)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import STREET_KIT, informatization, practice, station_unit, street_unit
from .golden import assert_golden

D = dt.date
AFTER_EVERY_DEADLINE = D(2012, 9, 15)


def _by_id(inspection: hp.Inspection) -> dict[str, hp.Finding]:
    return {f.requirement: f for f in inspection.findings}


# -- worked examples ---------------------------------------------------------------------


def test_a_street_agency_meeting_every_requirement_passes_with_one_finding_per_requirement():
    ins = hp.inspect_unit(street_unit(), as_of=AFTER_EVERY_DEADLINE)
    assert ins.passed
    expected = [r.id for r in hp.REQUIREMENTS if r.level.covers(hp.Level.STREET_TOWN)]
    expected.remove("staffing.extra_approval")  # applies only above the quota
    assert [f.requirement for f in ins.findings] == expected
    assert ins.name == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"
    assert ins.area == "香洲区"


def test_a_station_meeting_every_requirement_passes():
    ins = hp.inspect_unit(station_unit(), as_of=AFTER_EVERY_DEADLINE)
    assert ins.passed, [str(f) for f in ins.findings if not f.passed]
    ids = {f.requirement for f in ins.findings}
    assert {"staffing.full_time", "staffing.filing", "funding.district_top_up"} <= ids
    assert "premises.floor_area" not in ids
    assert "funding.budget" not in ids


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R10")
def test_a_shortfall_after_its_due_date_is_overdue_and_before_it_is_not_yet_due():
    unit = street_unit(actual_staff=6)
    late = _by_id(hp.inspect_unit(unit, as_of=D(2012, 7, 1)))["staffing.quota"]
    early = _by_id(hp.inspect_unit(unit, as_of=D(2012, 6, 30)))["staffing.quota"]
    assert (late.overdue, late.verdict) == (True, hp.Verdict.OVERDUE)
    assert (early.overdue, early.verdict) == (False, hp.Verdict.NOT_YET_DUE)
    assert early.due == late.due == D(2012, 6, 30)


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R10")
def test_an_undated_inspection_calls_a_shortfall_not_met_and_never_overdue():
    f = _by_id(hp.inspect_unit(street_unit(actual_staff=6)))["staffing.quota"]
    assert (f.overdue, f.verdict) == (False, hp.Verdict.NOT_MET)


@pytest.mark.requirement(id="name.standard")
def test_an_unreported_current_name_is_unverified_not_passed():
    f = _by_id(hp.inspect_unit(street_unit(current_name=None)))["name.standard"]
    assert f.status is hp.Status.UNVERIFIED
    assert "未报送现用名称" in str(f)


@pytest.mark.requirement(id="name.standard")
def test_a_non_standard_current_name_is_not_met_by_the_renaming_deadline():
    unit = street_unit(current_name="香洲区拱北街道人力资源和社会保障服务所")
    f = _by_id(hp.inspect_unit(unit, as_of=AFTER_EVERY_DEADLINE))["name.standard"]
    assert (f.status, f.due, f.overdue) == (hp.Status.NOT_MET, D(2011, 12, 31), True)
    assert "更名文件由市编办下发" in str(f)


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
def test_staff_above_quota_without_approval_is_an_approval_finding_not_a_staffing_failure():
    ins = hp.inspect_unit(
        street_unit(actual_staff=10, extra_staff_approved=False, service=practice(10))
    )
    found = _by_id(ins)
    assert found["staffing.quota"].status is hp.Status.MET
    assert found["staffing.extra_approval"].status is hp.Status.NOT_MET


@pytest.mark.requirement(id="staffing.extra_approval")
def test_an_approval_not_reported_is_unverified_never_read_as_not_approved():
    unit = street_unit(actual_staff=10, service=practice(10))
    assert unit.extra_staff_approved is None
    f = _by_id(hp.inspect_unit(unit, as_of=D(2012, 9, 1)))["staffing.extra_approval"]
    assert str(f) == (
        "【未核实】实有工作人员超出定额，未报送是否经区政府（管委会）批准，无法核实，"
        "依据三（一）5应于2012年6月30日前完成。"
    )


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R21")
def test_a_village_s_part_time_coordinator_is_paid_and_never_counted_over_its_quota():
    """R21 with 三（五）: the same inspection pays the part-timer and does not count them."""
    unit = hp.Unit(kind=hp.UnitKind.VILLAGE, place="莲江", service_recipients=3000, actual_staff=2,
                   coordinators=[hp.Coordinator(hp.Employment.FULL_TIME),
                                 hp.Coordinator(hp.Employment.PART_TIME)])  # fmt: skip
    ins = hp.inspect_unit(unit, as_of=D(2012, 9, 1))
    found = _by_id(ins)
    assert "staffing.extra_approval" not in found
    assert found["staffing.quota"].status is hp.Status.MET
    assert ins.subsidy is not None
    assert ins.subsidy.city == Decimal("1800.00")


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.filing")
@pytest.mark.reading(id="R10")
@pytest.mark.reading(id="R23")
def test_before_the_staffing_milestone_the_filing_is_not_yet_due_either():
    unit = station_unit(actual_staff=0, coordinators=[], staffing_filed=False)
    found = _by_id(hp.inspect_unit(unit, as_of=D(2011, 12, 1)))
    assert found["staffing.quota"].verdict is hp.Verdict.NOT_YET_DUE
    assert found["staffing.filing"].verdict is hp.Verdict.NOT_YET_DUE
    assert found["staffing.filing"].due == D(2012, 6, 30)


@pytest.mark.reading(id="R8")
@pytest.mark.requirement(id="staffing.full_time")
@pytest.mark.reading(id="R12")
def test_a_station_with_only_part_time_coordinators_falls_short_of_its_full_time_worker():
    unit = station_unit(coordinators=[hp.Coordinator(hp.Employment.PART_TIME)])
    f = _by_id(hp.inspect_unit(unit))["staffing.full_time"]
    assert f.status is hp.Status.NOT_MET


@pytest.mark.requirement(id="it.network")
@pytest.mark.requirement(id="it.software")
@pytest.mark.reading(id="R20")
@pytest.mark.reading(id="R10")
def test_what_a_bureau_did_not_report_is_unverified_and_never_counted_as_met():
    unit = hp.Unit(kind=hp.UnitKind.VILLAGE, place="莲江", service_recipients=2_000)
    ins = hp.inspect_unit(unit, as_of=AFTER_EVERY_DEADLINE)
    assert not ins.passed
    # All but the network and the unified software, which 三（三） says exist (R20).
    presumed = {"it.network", "it.software"}
    assert {f.status for f in ins.findings if f.requirement not in presumed} == {
        hp.Status.UNVERIFIED
    }
    assert {f.requirement for f in ins.findings if f.passed} == presumed
    assert len(ins.unverified) == len(ins.findings) - 2
    strict = attrs.evolve(hp.PLAN_2011, network_in_place=False)
    ins = hp.inspect_unit(unit, as_of=AFTER_EVERY_DEADLINE, params=strict)
    assert len(ins.unverified) == len(ins.findings)


@pytest.mark.requirement(id="funding.district_top_up")
def test_a_district_paying_less_than_its_minimum_falls_short_of_the_top_up():
    ins = hp.inspect_unit(station_unit(district_paid=Decimal("900")))
    f = _by_id(ins)["funding.district_top_up"]
    assert f.status is hp.Status.NOT_MET
    assert "区级当月实付配套工资经费900.00元，未达到每月1000.00元的最低标准，差100.00元" in str(f)


@pytest.mark.requirement(id="funding.budget")
def test_an_agency_whose_funds_are_not_in_the_budget_falls_short_of_三五():
    f = _by_id(hp.inspect_unit(street_unit(funds_in_budget=False)))["funding.budget"]
    assert (f.status, f.clause) == (hp.Status.NOT_MET, "三（五）")


def test_the_roll_up_area_defaults_to_the_district_or_the_zone_itself():
    zone = hp.Unit(kind=hp.UnitKind.ZONE, place="横琴新区", service_recipients=10_000)
    assert hp.inspect_unit(zone).area == "横琴新区"
    assert hp.inspect_unit(station_unit(area="香洲")).area == "香洲区"


def test_an_inspection_before_the_plan_took_effect_is_refused():
    with pytest.raises(hp.NotApplicableError, match="as_of=2011-11-22 is before 2011-11-23"):
        hp.inspect_unit(street_unit(), as_of=D(2011, 11, 22))


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.reading(id="R7")
@pytest.mark.reading(id="R10")
def test_an_amended_parameter_set_moves_the_due_dates_of_the_findings():
    later = attrs.evolve(hp.PLAN_2011, premises_due=D(2013, 8, 31))
    unit = street_unit(premises=hp.Premises(floor_area_m2=250, service_windows=1,
                                            equipment=STREET_KIT))  # fmt: skip
    f = _by_id(hp.inspect_unit(unit, as_of=AFTER_EVERY_DEADLINE, params=later))
    assert f["premises.floor_area"].verdict is hp.Verdict.NOT_YET_DUE


# -- refusals ----------------------------------------------------------------------------


def test_a_unit_that_cannot_be_named_is_refused():
    with pytest.raises(hp.PolicyError, match="district is required"):
        hp.inspect_unit(hp.Unit(kind=hp.UnitKind.DISTRICT_STREET, place="拱北",
                                service_recipients=1))  # fmt: skip


@pytest.mark.parametrize("field", ["coordinators", "staffing_filed", "district_paid"])
def test_station_evidence_for_a_street_agency_is_refused(field):
    value = {"coordinators": [], "staffing_filed": True, "district_paid": 1}[field]
    with pytest.raises(hp.PolicyError, match=f"{field} given for a DISTRICT_STREET unit"):
        street_unit(**{field: value})


def test_an_agency_s_budget_for_a_station_is_refused():
    with pytest.raises(hp.PolicyError, match="funds_in_budget given for a COMMUNITY unit"):
        station_unit(funds_in_budget=True)


@pytest.mark.parametrize(
    ("kwargs", "pattern"),
    [
        ({"service_recipients": 1.0}, "service_recipients must be a whole number"),
        ({"actual_staff": True}, "actual_staff must be a whole number"),
        ({"district_paid": 900.0}, "district_paid must be a Decimal or int"),
        ({"informatization": {}}, "informatization must be a Informatization"),
        ({"extra_staff_approved": "是"}, "extra_staff_approved must be True or False"),
    ],
)
def test_unit_data_of_the_wrong_type_is_refused_naming_the_field(kwargs, pattern):
    with pytest.raises(TypeError, match=pattern):
        station_unit(**kwargs)


def test_inspect_unit_refuses_what_is_not_a_unit_or_a_parameter_set():
    with pytest.raises(TypeError, match="unit must be a Unit"):
        hp.inspect_unit({"kind": "COMMUNITY"})
    with pytest.raises(TypeError, match="params must be a PolicyParameters"):
        hp.inspect_unit(street_unit(), params=None)


# -- laws --------------------------------------------------------------------------------


@pytest.mark.reading(id="R10")
@given(st.dates(min_value=D(2011, 11, 23), max_value=D(2030, 12, 31)))
def test_overdue_implies_past_due_and_not_met(day):
    ins = hp.inspect_unit(street_unit(actual_staff=5, funds_in_budget=None), as_of=day)
    for f in ins.findings:
        if f.overdue:
            assert f.status is hp.Status.NOT_MET
            assert f.due is not None
            assert day > f.due


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.requirement(id="staffing.extra_approval")
@given(st.integers(min_value=0, max_value=200_000), st.integers(min_value=0, max_value=60))
def test_the_staffing_finding_is_met_exactly_when_staff_reach_the_quota(n, actual):
    unit = street_unit(service_recipients=n, actual_staff=actual, service=practice(actual))
    found = _by_id(hp.inspect_unit(unit))
    quota = hp.street_staff_quota(n).staff
    assert found["staffing.quota"].passed == (actual >= quota)
    assert ("staffing.extra_approval" in found) == (actual > quota)


@pytest.mark.requirement(id="funding.district_top_up")
@given(st.integers(min_value=0, max_value=3000))
def test_the_top_up_is_met_exactly_when_the_district_pays_its_minimum(paid):
    ins = hp.inspect_unit(station_unit(district_paid=paid))
    assert _by_id(ins)["funding.district_top_up"].passed == (paid >= 1000)


@pytest.mark.reading(id="R21")
@pytest.mark.reading(id="R23")
@pytest.mark.reading(id="R10")
def test_the_inspection_reads_as_an_officer_would_write_it():
    cases = [
        hp.inspect_unit(street_unit(), as_of=AFTER_EVERY_DEADLINE),
        hp.inspect_unit(
            street_unit(
                actual_staff=6,
                current_name="香洲区拱北街道人力资源和社会保障服务所",
                informatization=informatization(online_services=frozenset()),
                service=practice(6, certified_staff=4),
            ),
            as_of=D(2012, 7, 1),
        ),
        hp.inspect_unit(
            station_unit(
                coordinators=[
                    hp.Coordinator(hp.Employment.FULL_TIME, public_servant=True),
                    hp.Coordinator(hp.Employment.PART_TIME),
                ],
                actual_staff=2,
                district_paid=Decimal("1500"),
            ),
            as_of=AFTER_EVERY_DEADLINE,
        ),
        hp.inspect_unit(hp.Unit(kind=hp.UnitKind.VILLAGE, place="莲江", service_recipients=900)),
        # R21: a village of 3000, one full-time and one part-time coordinator, paid for both
        hp.inspect_unit(
            hp.Unit(kind=hp.UnitKind.VILLAGE, place="莲江", service_recipients=3000,
                    actual_staff=2, staffing_filed=True, district_paid=Decimal("1800"),
                    coordinators=[hp.Coordinator(hp.Employment.FULL_TIME),
                                  hp.Coordinator(hp.Employment.PART_TIME)]),
            as_of=D(2012, 9, 1),
        ),
        # R23: before the staffing milestone the 备案 is not yet due either
        hp.inspect_unit(station_unit(actual_staff=0, coordinators=[], staffing_filed=False),
                        as_of=D(2011, 12, 1)),
        # 三（五）: a district paying a barred part-time public servant, as a total
        hp.inspect_unit(
            station_unit(coordinators=hp.Roster.from_counts(part_time_public_servants=1),
                         actual_staff=1, district_paid=Decimal("800")),
            as_of=D(2012, 9, 1),
        ),
    ]  # fmt: skip
    assert_golden("inspection", "\n\n".join(i.explain() for i in cases))


@given(st.integers(min_value=0, max_value=20_000), st.integers(min_value=0, max_value=5))
def test_findings_come_in_the_order_of_the_register(n, staff):
    order = [r.id for r in hp.REQUIREMENTS]
    for unit in (
        street_unit(service_recipients=n, actual_staff=staff),
        station_unit(service_recipients=n, actual_staff=staff, coordinators=None),
    ):
        ids = [f.requirement for f in hp.inspect_unit(unit).findings]
        assert ids == sorted(ids, key=order.index)
        assert len(ids) == len(set(ids))
