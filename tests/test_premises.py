"""Premises standards of 三（二）, as a policy officer would state them."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .builders import STATION_KIT, STREET_KIT, E
from .builders import station_premises as station
from .builders import street_premises as street
from .golden import assert_golden


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
def test_a_street_agency_with_320_m2_windows_and_all_six_items_meets_the_standard():
    a = hp.check_premises(hp.Level.STREET_TOWN, street())
    assert a.passed
    assert a.clauses == ("三（二）",)
    assert [f.requirement for f in a.findings] == [
        "premises.floor_area",
        "premises.windows",
        "premises.equipment",
    ]
    assert all(f.status is hp.Status.MET for f in a.findings)


@pytest.mark.requirement(id="premises.floor_area")
def test_exactly_300_m2_meets_the_floor_area_standard():
    assert hp.check_premises(hp.Level.STREET_TOWN, street(floor_area_m2=300)).passed


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.reading(id="R8")
def test_250_m2_is_a_finding_that_names_the_50_m2_shortfall_not_an_exception():
    a = hp.check_premises(hp.UnitKind.DISTRICT_TOWN, street(floor_area_m2=250))
    assert not a.passed
    f = a.findings[0]
    assert f.status is hp.Status.NOT_MET
    assert f.clause == "三（二）"
    assert str(f) == (
        "【不达标】建筑面积250平方米，低于原则上不少于300平方米的标准，差50平方米，"
        "依据三（二）应于2012年8月31日前达标。"
    )


@pytest.mark.requirement(id="premises.windows")
def test_a_street_agency_without_an_external_service_window_falls_short():
    f = hp.check_premises(hp.Level.STREET_TOWN, street(service_windows=0)).findings[1]
    assert (f.topic, f.status) == ("服务窗口", hp.Status.NOT_MET)
    assert f.text() == "未设置对外服务窗口"


@pytest.mark.reading(id="R18")
@pytest.mark.requirement(id="premises.equipment")
def test_missing_equipment_is_listed_in_the_order_the_clause_gives_it():
    a = hp.check_premises(hp.Level.STREET_TOWN, street(equipment={E.COMPUTER, E.FAX}))
    assert a.missing_equipment == (E.PRINTER, E.FILING_CABINET, E.LED_DISPLAY, E.SELF_SERVICE_KIOSK)
    assert "缺少打印机、档案柜、LED电子显示屏、自助查询机，未配齐必要的" in a.explain()


@pytest.mark.requirement(id="premises.office")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
def test_a_station_with_its_own_office_window_and_six_items_meets_the_standard():
    assert hp.check_premises(hp.UnitKind.COMMUNITY, station()).passed


@pytest.mark.requirement(id="premises.office")
def test_a_station_sharing_the_community_platform_office_meets_the_office_requirement():
    p = station(dedicated_office=False, co_located=True)
    assert hp.check_premises(hp.UnitKind.VILLAGE, p).passed


@pytest.mark.requirement(id="premises.office")
def test_a_station_with_neither_its_own_nor_a_shared_office_falls_short():
    p = station(dedicated_office=False, co_located=False)
    f = hp.check_premises(hp.UnitKind.VILLAGE, p).findings[0]
    assert (f.topic, f.status) == ("办公场地", hp.Status.NOT_MET)


@pytest.mark.requirement(id="premises.office")
@pytest.mark.parametrize(("office", "shared"), [(None, False), (False, None), (None, None)])
def test_a_station_whose_office_was_not_reported_is_unverified_not_judged_absent(office, shared):
    p = station(dedicated_office=office, co_located=shared)
    f = hp.check_premises(hp.UnitKind.VILLAGE, p).findings[0]
    assert (f.requirement, f.status) == ("premises.office", hp.Status.UNVERIFIED)


@pytest.mark.requirement(id="premises.floor_area")
def test_a_station_has_no_floor_area_standard():
    p = station(floor_area_m2=10)
    assert hp.check_premises(hp.Level.COMMUNITY_VILLAGE, p).passed


@pytest.mark.requirement(id="premises.equipment")
def test_a_station_missing_its_computers_is_told_computers_with_network_equipment():
    a = hp.check_premises(hp.Level.COMMUNITY_VILLAGE, station(equipment=STATION_KIT - {E.COMPUTER}))
    assert "缺少电脑（网络设备）" in a.explain()


@pytest.mark.requirement(id="premises.equipment")
def test_a_street_kit_does_not_satisfy_a_station_and_vice_versa():
    assert hp.check_premises(
        hp.Level.COMMUNITY_VILLAGE, station(equipment=STREET_KIT)
    ).missing_equipment == (
        E.NOTICE_BOARD,
        E.TELEPHONE,
    )
    assert hp.check_premises(
        hp.Level.STREET_TOWN, street(equipment=STATION_KIT)
    ).missing_equipment == (
        E.LED_DISPLAY,
        E.SELF_SERVICE_KIOSK,
    )


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.office")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
def test_what_was_not_reported_is_unverified_rather_than_passed():
    a = hp.check_premises(hp.Level.STREET_TOWN, hp.Premises())
    assert [f.status for f in a.findings] == [hp.Status.UNVERIFIED] * 3
    assert not a.passed
    a = hp.check_premises(hp.Level.COMMUNITY_VILLAGE, None)
    assert [f.topic for f in a.findings] == ["办公场地", "服务窗口", "办公设备和服务设施"]
    assert {f.status for f in a.findings} == {hp.Status.UNVERIFIED}


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.reading(id="R7")
def test_premises_are_due_to_standard_by_the_end_of_august_2012():
    assert hp.check_premises(hp.Level.STREET_TOWN, street()).due.isoformat() == "2012-08-31"


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.reading(id="R8")
def test_an_amended_floor_area_is_applied():
    params = attrs.evolve(hp.PLAN_2011, street_minimum_floor_area_m2=400)
    assert not hp.check_premises(hp.Level.STREET_TOWN, street(), params=params).passed


@pytest.mark.requirement(id="premises.floor_area")
def test_floor_area_may_be_a_decimal_with_a_fraction():
    a = hp.check_premises(hp.Level.STREET_TOWN, street(floor_area_m2=Decimal("299.5")))
    assert "建筑面积299.5平方米，低于原则上不少于300平方米的标准，差0.5平方米" in a.explain()


def test_equipment_is_read_from_its_chinese_label():
    assert E.from_label("LED电子显示屏") is E.LED_DISPLAY
    assert E.from_label(" 电脑（网络设备） ") is E.COMPUTER
    assert E.from_label("FAX") is E.FAX
    with pytest.raises(hp.PolicyError, match="accepted"):
        E.from_label("扫描仪")


@pytest.mark.parametrize(
    ("kwargs", "error"),
    [
        ({"floor_area_m2": 300.0}, TypeError),
        ({"floor_area_m2": True}, TypeError),
        ({"floor_area_m2": -1}, hp.PolicyError),
        ({"floor_area_m2": Decimal("NaN")}, hp.PolicyError),
        ({"service_windows": 1.0}, TypeError),
        ({"service_windows": -1}, hp.PolicyError),
        ({"equipment": "电脑"}, TypeError),
        ({"equipment": ["电脑"]}, TypeError),
        ({"dedicated_office": 1}, TypeError),
    ],
)
def test_premises_data_of_the_wrong_kind_is_refused(kwargs, error):
    (field,) = kwargs
    with pytest.raises(error, match=rf"^{field} (must|items must) be "):
        hp.Premises(**kwargs)


def test_the_unit_must_be_a_level_or_a_kind():
    with pytest.raises(TypeError, match="unit must be a Level or UnitKind"):
        hp.check_premises("街道", hp.Premises())
    with pytest.raises(TypeError, match="premises must be a Premises"):
        hp.check_premises(hp.Level.STREET_TOWN, {"floor_area_m2": 300})


@pytest.mark.reading(id="R18")
@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
@given(
    st.integers(min_value=0, max_value=2000),
    st.integers(min_value=0, max_value=5),
    st.sets(st.sampled_from(E)),
)
def test_a_street_agency_meets_the_standard_exactly_when_every_requirement_is_met(
    area, windows, kit
):
    a = hp.check_premises(
        hp.Level.STREET_TOWN,
        hp.Premises(floor_area_m2=area, service_windows=windows, equipment=kit),
    )
    assert a.passed == (area >= 300 and windows > 0 and kit >= STREET_KIT)
    assert set(a.missing_equipment) == STREET_KIT - kit
    assert all(f.clause in hp.CLAUSES for f in a.findings)


@pytest.mark.requirement(id="premises.equipment")
@given(st.sets(st.sampled_from(E)), st.sets(st.sampled_from(E)))
def test_more_equipment_never_adds_a_finding(kit, more):
    fewer = hp.check_premises(hp.Level.COMMUNITY_VILLAGE, station(equipment=kit))
    richer = hp.check_premises(hp.Level.COMMUNITY_VILLAGE, station(equipment=kit | more))
    met = sum(f.passed for f in fewer.findings)
    assert sum(f.passed for f in richer.findings) >= met
    assert set(richer.missing_equipment) <= set(fewer.missing_equipment)


@pytest.mark.requirement(id="premises.floor_area")
@pytest.mark.requirement(id="premises.office")
@pytest.mark.requirement(id="premises.windows")
@pytest.mark.requirement(id="premises.equipment")
@pytest.mark.reading(id="R8")
def test_the_premises_findings_read_as_an_officer_would_write_them():
    import datetime as dt

    day = dt.date(2012, 9, 15)
    cases = [
        hp.check_premises(hp.Level.STREET_TOWN, street(), as_of=day),
        hp.check_premises(hp.Level.STREET_TOWN, street(floor_area_m2=Decimal("280.5"),
                          service_windows=0, equipment={E.COMPUTER}), as_of=day),
        hp.check_premises(hp.Level.COMMUNITY_VILLAGE, station(dedicated_office=False,
                          co_located=True, equipment=STATION_KIT - {E.COMPUTER})),
        hp.check_premises(hp.Level.COMMUNITY_VILLAGE, hp.Premises(), as_of=dt.date(2012, 3, 1)),
    ]  # fmt: skip
    assert_golden("premises", "\n\n".join(c.explain() for c in cases))
