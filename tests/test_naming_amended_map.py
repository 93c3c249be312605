"""A bureau's amended map of districts and zones, read afresh by every naming rule.

Districts and zones are parameters (a new district, a zone merged away). Each test builds
its parameter set in its own body, so the map is indexed when the test runs, not reused
from an earlier one.
"""

from __future__ import annotations

import attrs
import pytest

import hrss_policy as hp

# 三（一）4 sets one checkable requirement: the standard name; the map it is checked
# against is the districts and zones (R4) and the area map (R26) of the parameters.
pytestmark = [
    pytest.mark.requirement(id="name.standard"),
    pytest.mark.reading(id="R4"),
    pytest.mark.reading(id="R26"),
]

K = hp.UnitKind


def amended(**more):
    # 横琴 as an administrative district, and two zones left; on its map 高栏港经济区 is
    # merged with a town of its own name (a map is data the caller redraws, R26).
    return attrs.evolve(
        hp.PLAN_2011,
        administrative_districts=("香洲区", "斗门区", "金湾区", "横琴区"),
        functional_zones=("高新区", "高栏港经济区"),
        area_map=(
            *(a for a in hp.PLAN_2011.area_map if a.area not in ("横琴新区", "高栏港经济区")),
            hp.AreaPlaces("高栏港经济区", merged_town="高栏港"),
        ),
        **more,
    )


def test_a_street_of_a_new_district_is_named_and_read_back_with_it():
    params = amended()
    name = hp.agency_name(K.DISTRICT_STREET, "中心", district="横琴", params=params)
    assert name == "珠海市横琴区中心街道办事处人力资源和社会保障服务所"
    parts = hp.parse_agency_name(name, params=params)
    assert (parts.kind, parts.place, parts.district) == (K.DISTRICT_STREET, "中心", "横琴")


def test_a_district_not_on_the_amended_map_is_refused_listing_the_map():
    params = amended()
    with pytest.raises(hp.PolicyError, match=r"\(香洲区, 斗门区, 金湾区, 横琴区\)") as info:
        hp.agency_name(K.DISTRICT_STREET, "中心", district="横琴新区", params=params)
    assert "香洲区、斗门区、金湾区、横琴区" in info.value.message_zh


def test_a_zone_of_the_amended_map_is_named_and_read_back():
    params = amended()
    name = hp.agency_name(K.ZONE, "高栏港经济区", params=params)
    assert name == "珠海市高栏港经济区人力资源和社会保障服务所"
    assert hp.parse_agency_name(name, params=params).kind is K.ZONE


@pytest.mark.parametrize("place", ["横琴区中心", "高新区中心"])
def test_a_station_named_after_a_district_or_zone_of_the_amended_map_is_refused(place):
    with pytest.raises(hp.PolicyError, match=r"starts with a district or zone"):
        hp.agency_name(K.COMMUNITY, place, district="横琴", params=amended())


@pytest.mark.reading(id="R14")
def test_a_zone_may_use_its_town_s_name_only_where_the_reading_allows_it():
    town_form = "珠海高栏港镇人力资源和社会保障服务所"
    allowed = hp.check_agency_name(
        K.ZONE, "高栏港经济区", town_form, merged_town="高栏港", params=amended()
    )
    refused = hp.check_agency_name(
        K.ZONE,
        "高栏港经济区",
        town_form,
        merged_town="高栏港",
        params=amended(zone_may_use_town_name=False),
    )
    assert allowed.passed
    assert not refused.passed
