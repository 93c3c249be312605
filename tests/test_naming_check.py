"""三（一）4: a unit's current name against its standard names, as an inspection checks it."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hrss_policy as hp
from hrss_policy.typing import Checked

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
S = hp.Status
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


def test_a_standard_current_name_passes_with_one_met_finding():
    c = hp.check_agency_name(K.DISTRICT_TOWN, "井岸", "珠海市斗门区井岸镇" + SUO, district="斗门")
    assert c.passed
    assert isinstance(c, Checked)
    assert (c.status, c.problems, c.clauses) == (S.MET, (), ("三（一）4",))
    (f,) = c.findings
    assert (f.requirement, f.status, f.due, f.clause) == (
        "name.standard",
        S.MET,
        dt.date(2011, 12, 31),
        "三（一）4",
    )
    assert (
        f.explain()
        == "【达标】现用名称“珠海市斗门区井岸镇人力资源和社会保障服务所”为标准名称，依据三（一）4。"
    )


def test_an_old_labour_bureau_name_is_not_met_with_the_standard_form_and_who_fixes_it():
    c = hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲"
    )
    assert not c.passed
    assert c.status is S.NOT_MET
    assert c.standard == "珠海市香洲区拱北街道办事处" + SUO
    assert c.problems == (
        "机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”",
        "“街道”应写全为“街道办事处”",
    )
    (f,) = c.findings
    assert dict(f.facts) == {
        "current": "珠海市香洲区拱北街道劳动保障服务所",
        "standard": "珠海市香洲区拱北街道办事处" + SUO,
        "fixed_by": "市编办",
        "problems": "机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”；“街道”应写全为“街道办事处”",
    }
    assert c.explain().endswith(
        "，更名文件由市编办下发，依据三（一）4应于2011年12月31日前完成更名。"
    )


def test_a_name_not_reported_is_unverified_never_met():
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", None)
    assert (c.passed, c.status, c.problems) == (False, S.UNVERIFIED, ())
    (f,) = c.findings
    assert f.status is S.UNVERIFIED
    assert dict(f.facts) == {"standard": "夏湾社区" + ZHAN, "fixed_by": "区政府（管委会）"}
    assert c.explain() == (
        "【未核实】未报送现用名称，无法核实是否已更名为标准名称“夏湾社区人力资源和社会保障服务站”，"
        "依据三（一）4应于2011年12月31日前完成更名。"
    )


@pytest.mark.parametrize("blank", ["", "   ", "\u3000"])
def test_a_blank_current_name_is_a_name_not_reported(blank):
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", blank)
    assert c.status is S.UNVERIFIED
    assert c.current_name == blank


def test_overdue_once_the_inspection_date_is_past_the_renaming_date():
    c = hp.check_agency_name(K.VILLAGE, "莲江", "莲江村劳动保障工作站")
    (f,) = c.findings
    assert attrs.evolve(f, as_of=dt.date(2012, 1, 1)).overdue
    assert attrs.evolve(f, as_of=dt.date(2011, 12, 31)).not_yet_due


def test_an_amended_renaming_date_is_the_findings_due_date():
    late = attrs.evolve(hp.PLAN_2011, renaming_due=dt.date(2012, 6, 30))
    (f,) = hp.check_agency_name(K.VILLAGE, "莲江", None, params=late).findings
    assert f.due == dt.date(2012, 6, 30)


def test_a_standard_name_of_another_unit_is_not_met_naming_the_difference():
    c = hp.check_agency_name(
        K.DISTRICT_STREET, "吉大", "珠海市香洲区拱北街道办事处" + SUO, district="香洲"
    )
    assert c.problems == ("地名为“拱北”，应为“吉大”",)


def test_a_unit_named_in_the_wrong_district_is_told_the_right_one():
    c = hp.check_agency_name(K.DISTRICT_TOWN, "井岸", "珠海市金湾区井岸镇" + SUO, district="斗门")
    assert c.problems == ("所在区为“金湾区”，应为“斗门区”",)


def test_a_town_under_a_zone_named_like_a_district_town_is_told_to_drop_the_district():
    c = hp.check_agency_name(K.ZONE_TOWN, "南水", "珠海市金湾区南水镇" + SUO)
    assert c.problems == (
        "名称为行政区镇的格式，本单位为经济功能区下辖镇",
        "本单位名称不冠区名，不应有“金湾区”",
    )


def test_a_district_town_named_without_its_district_is_told_to_add_it():
    c = hp.check_agency_name(K.DISTRICT_TOWN, "白蕉", "珠海市白蕉镇" + SUO, district="斗门")
    assert c.problems == (
        "名称为经济功能区下辖镇的格式，本单位为行政区镇",
        "名称缺少所在区“斗门区”",
    )


def test_a_near_miss_of_another_unit_reports_the_slip_and_the_difference():
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", "前山社区" + SUO)
    assert c.problems == ("社区的服务机构称“服务站”，不称“服务所”", "地名为“前山”，应为“夏湾”")


def test_a_name_whose_unit_cannot_be_told_reports_only_what_is_off():
    c = hp.check_agency_name(K.DISTRICT_STREET, "拱北", "拱北街道办事处" + SUO, district="香洲")
    assert c.problems == ("缺少“珠海市”，也未写明所在区，无法确定所属的区",)


@pytest.mark.reading(id="R4")
@pytest.mark.parametrize("zone_name", ["珠海市横琴新区" + SUO, "珠海横琴新区" + SUO])
def test_both_spellings_of_zhuhai_are_standard_for_a_zone(zone_name):
    c = hp.check_agency_name(K.ZONE, "横琴新区", zone_name)
    assert c.passed
    assert c.problems == ()


@pytest.mark.reading(id="R4")
def test_the_explanation_of_a_zone_lists_every_standard_name():
    c = hp.check_agency_name(K.ZONE, "横琴新区", "珠海横琴新区" + SUO)
    assert c.explain().splitlines()[1] == (
        "【说明】本单位写作以下任一名称均为标准名称："
        "“珠海市横琴新区人力资源和社会保障服务所”、“珠海横琴新区人力资源和社会保障服务所”、"
        "“珠海市横琴镇人力资源和社会保障服务所”、“珠海横琴镇人力资源和社会保障服务所”。"
    )


# -- a zone merged with its town (R14) ------------------------------------------------------


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
@pytest.mark.parametrize(
    "current",
    ["珠海市横琴新区" + SUO, "珠海横琴新区" + SUO, "珠海市横琴镇" + SUO, "珠海横琴镇" + SUO],
)
def test_a_zone_that_records_its_merged_town_may_be_named_after_the_zone_or_the_town(current):
    c = hp.check_agency_name(K.ZONE, "横琴新区", current, merged_town="横琴")
    assert c.passed


@pytest.mark.reading(id="R14")
@pytest.mark.reading(id="R26")
def test_a_zone_named_after_its_town_on_the_map_is_met_without_the_unit_recording_it():
    assert hp.check_agency_name(K.ZONE, "横琴新区", "珠海横琴镇" + SUO).passed


@pytest.mark.reading(id="R14")
@pytest.mark.reading(id="R26")
def test_a_zone_named_after_a_town_neither_map_nor_unit_records_is_not_met():
    unmapped = attrs.evolve(
        hp.PLAN_2011, area_map=tuple(a for a in hp.PLAN_2011.area_map if a.area != "横琴新区")
    )
    c = hp.check_agency_name(K.ZONE, "横琴新区", "珠海横琴镇" + SUO, params=unmapped)
    assert c.status is S.NOT_MET
    assert c.problems == ("名称以“横琴镇”命名，未报送本功能区与哪个镇区镇合一，无法认定为标准名称",)


@pytest.mark.reading(id="R14")
def test_a_zone_named_after_another_town_than_its_own_is_told_its_town():
    c = hp.check_agency_name(K.ZONE, "横琴新区", "珠海市小横琴镇" + SUO, merged_town="横琴镇")
    assert c.problems == ("名称中的镇为“小横琴镇”，本功能区区镇合一的镇为“横琴镇”",)


@pytest.mark.reading(id="R14")
def test_with_reading_14_switched_off_a_zone_is_named_after_the_zone_only():
    off = attrs.evolve(hp.PLAN_2011, zone_may_use_town_name=False)
    c = hp.check_agency_name(
        K.ZONE, "横琴新区", "珠海市横琴镇" + SUO, merged_town="横琴", params=off
    )
    assert c.status is S.NOT_MET
    assert c.problems == ("名称以“横琴镇”命名，按所选解读区镇合一的功能区以功能区“横琴新区”命名",)
    assert hp.check_agency_name(
        K.ZONE, "横琴新区", "珠海横琴新区" + SUO, merged_town="横琴", params=off
    ).passed


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
def test_a_town_under_a_zone_written_like_a_zone_named_after_it_is_told_to_write_zhuhai_city():
    c = hp.check_agency_name(K.ZONE_TOWN, "南水", "珠海南水镇" + SUO)
    assert c.problems == (
        "名称为以镇命名的区镇合一功能区的格式，本单位为经济功能区下辖镇",
        "名称前缀为“珠海”，应为“珠海市”",
    )


# -- the checker never raises for a merely wrong name ---------------------------------------


@pytest.mark.parametrize(
    "current",
    [
        "abc",
        "<b>夏湾</b>",
        "夏" * 10_000,
        "珠海市香洲区 拱北街道办事处" + SUO,
        "珠海（市）香洲区拱北街道办事处" + SUO,
    ],
)
def test_the_checker_never_raises_for_a_merely_wrong_current_name(current):
    c = hp.check_agency_name(K.DISTRICT_STREET, "拱北", current, district="香洲")
    assert c.status is S.NOT_MET
    assert c.problems


def test_the_checker_still_refuses_a_bad_unit_and_a_non_text_current_name():
    with pytest.raises(hp.PolicyError, match=r"^district is required for a street"):
        hp.check_agency_name(K.DISTRICT_STREET, "拱北", "x")
    with pytest.raises(TypeError, match=r"^current_name must be a str or None, got 42 \(int\)$"):
        hp.check_agency_name(K.COMMUNITY, "夏湾", 42)
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.check_agency_name(K.COMMUNITY, "夏湾", None, params=None)
    with pytest.raises(hp.PolicyError, match=r"^merged_town is only for a functional zone"):
        hp.check_agency_name(K.COMMUNITY, "夏湾", None, merged_town="横琴")


# -- the check reads names with the caller's parameters -----------


@pytest.mark.reading(id="R4")
def test_a_near_miss_in_an_added_district_names_the_place_difference():
    """With an amended district list the standard form of a near miss is read with the same
    list: the place difference is reported, not lost."""
    more = attrs.evolve(
        hp.PLAN_2011, administrative_districts=(*hp.PLAN_2011.administrative_districts, "鹤洲区")
    )
    c = hp.check_agency_name(
        K.DISTRICT_TOWN, "三板", "珠海市鹤洲区北板镇劳动保障服务所", district="鹤洲", params=more
    )
    assert c.problems == (
        "机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”",
        "地名为“北板”，应为“三板”",
    )


def test_a_station_form_given_for_an_agency_reports_no_prefix_it_does_not_have():
    c = hp.check_agency_name(
        hp.UnitKind.DISTRICT_STREET,
        "拱北",
        "珠海市珠海市社区人力资源和社会保障服务所",
        district="香洲",
    )
    assert not c.passed
    assert not any("None" in p for p in c.problems)
    assert "名称为社区的格式，本单位为行政区街道" in c.problems
