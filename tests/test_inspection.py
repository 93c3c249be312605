"""A unit's whole inspection, the district and city roll-up, and the 四（二） bulletin."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

E = hp.Equipment
STREET_KIT = {E.COMPUTER, E.PRINTER, E.FILING_CABINET, E.FAX, E.LED_DISPLAY, E.SELF_SERVICE_KIOSK}
STATION_KIT = {E.COMPUTER, E.FILING_CABINET, E.NOTICE_BOARD, E.PRINTER, E.TELEPHONE, E.FAX}
GOOD_STREET = hp.Premises(floor_area_m2=320, service_windows=3, equipment=STREET_KIT)
GOOD_STATION = hp.Premises(service_windows=1, dedicated_office=True, equipment=STATION_KIT)
FT = hp.Coordinator(hp.Employment.FULL_TIME)
PT = hp.Coordinator(hp.Employment.PART_TIME)
PTPS = hp.Coordinator(hp.Employment.PART_TIME, public_servant=True)


def street(**kw):
    base = {
        "kind": hp.UnitKind.DISTRICT_STREET,
        "place": "拱北",
        "district": "香洲",
        "service_recipients": 45_000,
    }
    base.update(actual_staff=8, premises=GOOD_STREET)
    return hp.Unit(**{**base, **kw})


def station(**kw):
    base = {
        "kind": hp.UnitKind.COMMUNITY,
        "place": "夏湾",
        "service_recipients": 6_000,
        "area": "香洲区",
    }
    base.update(actual_staff=1, coordinators=[FT], district_paid=1000, premises=GOOD_STATION)
    return hp.Unit(**{**base, **kw})


def test_a_fully_compliant_street_agency_has_no_findings():
    i = hp.inspect_unit(street(current_name="珠海市香洲区拱北街道办事处人力资源和社会保障服务所"))
    assert i.name == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"
    assert i.quota.staff == 8
    assert i.findings == ()
    assert not i.has_findings
    assert i.area == "香洲区"
    assert "未发现问题" in i.explain()


def test_a_non_standard_current_name_is_a_finding_due_by_the_renaming_deadline():
    i = hp.inspect_unit(street(current_name="香洲区拱北街道人力资源和社会保障服务所"))
    (f,) = i.findings
    assert f.clause == "三（一）4"
    assert f.due == dt.date(2011, 12, 31)
    assert "珠海市香洲区拱北街道办事处人力资源和社会保障服务所" in f.message


def test_a_staff_shortfall_is_a_finding_due_by_the_end_of_june_2012():
    (f,) = hp.inspect_unit(street(actual_staff=6)).findings
    assert (f.clause, f.severity, f.due) == (
        "三（一）5",
        hp.Severity.SHORTFALL,
        dt.date(2012, 6, 30),
    )
    assert "缺 2 人" in f.message


def test_approved_extra_staff_is_a_note_not_a_shortcoming():
    i = hp.inspect_unit(street(actual_staff=10, extra_staff_approved=True))
    assert [f.severity for f in i.findings] == [hp.Severity.NOTE]
    assert not i.has_findings


def test_an_approval_recorded_for_a_small_station_is_itself_a_finding():
    i = hp.inspect_unit(station(actual_staff=2, extra_staff_approved=True))
    topics = [f.topic for f in i.shortfalls]
    assert "增加人员" in topics
    assert "人员配备" in topics


def test_a_station_s_subsidy_and_the_district_s_payment_are_checked():
    i = hp.inspect_unit(station(coordinators=[FT, PT, PTPS], district_paid=1500))
    assert (i.subsidy.city, i.subsidy.district_minimum) == (Decimal("1800.00"), Decimal("1800.00"))
    (f,) = i.findings
    assert f.clause == "三（五）"
    assert "差 300.00 元" in f.message


def test_what_a_bureau_did_not_report_is_unverified_not_passed():
    u = hp.Unit(kind=hp.UnitKind.VILLAGE, place="莲江", service_recipients=3000)
    i = hp.inspect_unit(u)
    assert {f.severity for f in i.findings} == {hp.Severity.UNVERIFIED}
    assert {f.clause for f in i.findings} == {"三（一）5", "三（五）", "三（二）"}
    assert i.has_findings


def test_premises_findings_are_carried_into_the_inspection():
    i = hp.inspect_unit(
        street(premises=hp.Premises(floor_area_m2=250, service_windows=2, equipment=STREET_KIT))
    )
    (f,) = i.findings
    assert (f.clause, f.topic) == ("三（二）", "建筑面积")


def test_a_street_agency_has_no_coordinator_subsidy_line():
    i = hp.inspect_unit(street())
    assert i.subsidy is None
    assert "三（五）" not in i.clauses


def test_the_roll_up_area_defaults_to_the_district_or_the_zone_itself():
    assert hp.inspect_unit(street(district="香洲区")).area == "香洲区"
    zone = hp.Unit(kind=hp.UnitKind.ZONE, place="横琴新区", service_recipients=8000)
    assert hp.inspect_unit(zone).area == "横琴新区"
    assert hp.inspect_unit(station(area="香洲")).area == "香洲区"
    assert hp.inspect_unit(station(area=None)).area == "未注明"


def test_a_unit_that_cannot_be_named_is_refused():
    with pytest.raises(hp.PolicyError):
        hp.inspect_unit(street(district=None))
    with pytest.raises(TypeError):
        hp.inspect_unit({"kind": "COMMUNITY"})


def test_coordinators_for_a_street_agency_are_refused():
    with pytest.raises(hp.PolicyError, match="community/village stations"):
        street(coordinators=[FT])


def test_the_roll_up_adds_quotas_and_subsidies_by_area_and_for_the_city():
    inspections = [
        hp.inspect_unit(street()),
        hp.inspect_unit(station(coordinators=[FT, PT])),
        hp.inspect_unit(station(place="景山", coordinators=[PT], district_paid=700)),
        hp.inspect_unit(
            hp.Unit(
                kind=hp.UnitKind.DISTRICT_TOWN,
                place="井岸",
                district="斗门",
                service_recipients=30_000,
            )
        ),
    ]
    r = hp.rollup(inspections)
    assert [a.area for a in r.areas] == ["香洲区", "斗门区"]
    xz, dm = r.areas
    assert (xz.units, xz.staff_quota, xz.monthly_city) == (3, 10, Decimal("2600.00"))
    assert xz.annual_district_minimum == Decimal("31200.00")
    assert (dm.units, dm.staff_quota) == (1, 5)
    assert r.city.units == 4
    assert r.city.staff_quota == 15
    assert len(r.city.units_with_findings) == 3
    assert "全市：4 个单位" in r.explain()


def test_the_bulletin_names_the_district_that_has_not_reported_first_then_the_slowest():
    b = hp.report_bulletin(
        2024,
        3,
        {
            "香洲区": dt.date(2024, 10, 12),
            "金湾区": dt.date(2024, 10, 14),
            "斗门区": dt.date(2024, 10, 16),
            "横琴新区": None,
        },
    )
    assert b.due == dt.date(2024, 10, 12)
    assert [(e.area, e.status) for e in b.entries] == [
        ("横琴新区", "未报送"),
        ("斗门区", "逾期 3 个工作日"),
        ("金湾区", "逾期 1 个工作日"),
        ("香洲区", "按时"),
    ]
    assert [e.area for e in b.late] == ["横琴新区", "斗门区", "金湾区"]
    assert b.clauses == ("四（二）",)
    assert "报送期限 2024-10-12" in b.explain()


def test_the_bulletin_refuses_a_quarter_before_reporting_began():
    with pytest.raises(hp.NotApplicableError):
        hp.report_bulletin(2011, 3, {"香洲区": dt.date(2011, 10, 10)})


def test_the_bulletin_refuses_bad_submissions():
    with pytest.raises(TypeError):
        hp.report_bulletin(2024, 3, [("香洲区", dt.date(2024, 10, 12))])
    with pytest.raises(TypeError):
        hp.report_bulletin(2024, 3, {"香洲区": dt.datetime(2024, 10, 12, 9)})


@given(st.integers(min_value=0, max_value=200_000), st.integers(min_value=0, max_value=40))
def test_an_inspection_reports_a_staffing_finding_exactly_when_staff_differs_from_quota(n, actual):
    i = hp.inspect_unit(street(service_recipients=n, actual_staff=actual))
    staffing = [f for f in i.findings if f.clause == "三（一）5"]
    assert bool(staffing) == (actual != i.quota.staff)
    assert all(f.clause in hp.CLAUSES for f in i.findings)


@given(
    st.lists(st.sampled_from([FT, PT, PTPS]), max_size=6), st.integers(min_value=0, max_value=6000)
)
def test_the_payment_finding_appears_exactly_when_the_district_pays_less_than_its_minimum(
    roster, paid
):
    i = hp.inspect_unit(station(coordinators=roster, district_paid=paid))
    short = any(f.topic == "区级配套工资经费" for f in i.shortfalls)
    assert short == (Decimal(paid) < i.subsidy.district_minimum)
