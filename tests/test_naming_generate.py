"""三（一）4: the standard name of every kind of unit, who fixes it and by when."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest

import hrss_policy as hp

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


# -- worked examples: every kind, real Zhuhai places ----------------------------------------


@pytest.mark.reading(id="R4")
@pytest.mark.parametrize(
    ("kind", "place", "district", "expected"),
    [
        (K.DISTRICT_STREET, "拱北", "香洲", "珠海市香洲区拱北街道办事处" + SUO),
        (K.DISTRICT_STREET, "吉大街道", "香洲区", "珠海市香洲区吉大街道办事处" + SUO),
        (K.DISTRICT_STREET, "吉大东", "香洲", "珠海市香洲区吉大东街道办事处" + SUO),
        (K.DISTRICT_STREET, "前山街道办", "香洲", "珠海市香洲区前山街道办事处" + SUO),
        (K.DISTRICT_TOWN, "井岸", "斗门", "珠海市斗门区井岸镇" + SUO),
        (K.DISTRICT_TOWN, "白蕉镇", "斗门区", "珠海市斗门区白蕉镇" + SUO),
        (K.DISTRICT_TOWN, "三灶", "金湾", "珠海市金湾区三灶镇" + SUO),
        (K.ZONE, "横琴新区", None, "珠海市横琴新区" + SUO),
        (K.ZONE, "高新区", None, "珠海市高新区" + SUO),
        (K.ZONE_TOWN, "南水镇", None, "珠海市南水镇" + SUO),
        (K.ZONE_TOWN, "平沙", None, "珠海市平沙镇" + SUO),
        (K.ZONE_TOWN, "桂山镇", None, "珠海市桂山镇" + SUO),
        (K.ZONE_STREET, "金鼎街道办", None, "珠海市金鼎街道办事处" + SUO),
        (K.COMMUNITY, "夏湾社区", None, "夏湾社区" + ZHAN),
        (K.COMMUNITY, "南屏新村", None, "南屏新村社区" + ZHAN),
        (K.COMMUNITY, "南屏新村社区", None, "南屏新村社区" + ZHAN),
        (K.VILLAGE, "莲江", None, "莲江村" + ZHAN),
    ],
)
def test_each_kind_of_unit_gets_the_name_its_template_gives(kind, place, district, expected):
    assert hp.agency_name(kind, place, district=district) == expected


def test_the_design_examples_hold_exactly():
    assert (
        hp.agency_name(hp.UnitKind.DISTRICT_STREET, "拱北", district="香洲")
        == "珠海市香洲区拱北街道办事处人力资源和社会保障服务所"
    )
    p = hp.parse_agency_name("珠海市斗门区井岸镇人力资源和社会保障服务所")
    assert (p.kind, p.place, p.district) == (hp.UnitKind.DISTRICT_TOWN, "井岸", "斗门")
    assert p.level is hp.Level.STREET_TOWN
    assert p.clauses == ("三（一）4",)


@pytest.mark.reading(id="R4")
def test_a_zone_may_be_named_with_zhuhai_instead_of_zhuhai_city_when_asked():
    name = hp.agency_name(K.ZONE, "横琴新区", city_prefix="珠海")
    assert name == "珠海横琴新区" + SUO
    parts = hp.parse_agency_name(name)
    assert (parts.kind, parts.place, parts.city_prefix) == (K.ZONE, "横琴新区", "珠海")


@pytest.mark.reading(id="R4")
@pytest.mark.parametrize("kind", [k for k in K if k is not K.ZONE])
def test_only_a_zone_may_drop_the_shi_of_zhuhai_city(kind):
    district = "香洲" if kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN) else None
    with pytest.raises(hp.PolicyError, match=r"^city_prefix='珠海' is only for a functional zone"):
        hp.agency_name(kind, "拱北", district=district, city_prefix="珠海")


def test_the_detailed_name_says_the_city_bianban_fixes_street_and_town_names():
    a = hp.agency_name_detail(K.DISTRICT_STREET, "拱北街道办事处", district="香洲区")
    assert a.name == str(a) == "珠海市香洲区拱北街道办事处" + SUO
    assert (a.kind, a.place, a.district, a.level) == (
        K.DISTRICT_STREET,
        "拱北",
        "香洲",
        hp.Level.STREET_TOWN,
    )
    assert (a.fixed_by, a.due, a.clauses) == ("市编办", dt.date(2011, 12, 31), ("三（一）4",))
    assert a.alternatives == ()
    assert a.standard_names == (a.name,)
    assert isinstance(a, hp.AgencyNameParts)


def test_the_explanation_states_the_parts_without_arrows_that_change_nothing():
    a = hp.agency_name_detail(K.DISTRICT_STREET, "拱北街道办事处", district="香洲区")
    text = a.explain()
    assert "→" not in text
    assert "本单位为香洲区所辖拱北街道。" in text.splitlines()
    assert "行政区街道" not in text  # the 类型 column's word, not a report's
    assert text.splitlines()[-1] == "更名应于2011年12月31日前完成。"


def test_the_same_unit_spelt_with_or_without_its_suffixes_is_one_value():
    a = hp.agency_name_detail(K.DISTRICT_STREET, "拱北街道办事处", district="香洲区")
    b = hp.agency_name_detail(K.DISTRICT_STREET, "拱北", district="香洲")
    assert a == b
    assert hash(a) == hash(b)


@pytest.mark.parametrize("kind", [K.COMMUNITY, K.VILLAGE])
def test_the_district_government_fixes_community_and_village_station_names(kind):
    a = hp.agency_name_detail(kind, "夏湾")
    assert a.fixed_by == "区政府（管委会）"
    assert a.city_prefix is None
    assert (
        "社区（村）服务机构的更名、工作职责和管理体制由各区政府（管委会）下发文件。" in a.explain()
    )


def test_an_amended_renaming_deadline_is_the_one_reported():
    late = attrs.evolve(hp.PLAN_2011, renaming_due=dt.date(2012, 3, 31))
    a = hp.agency_name_detail(K.VILLAGE, "莲江", params=late)
    assert a.due == dt.date(2012, 3, 31)
    assert a.explain().splitlines()[-1] == "更名应于2012年3月31日前完成。"
    assert hp.agency_name_detail(K.VILLAGE, "莲江").due == dt.date(2011, 12, 31)


@pytest.mark.reading(id="R4")
def test_a_district_added_to_the_parameters_can_be_named_and_parsed():
    more = attrs.evolve(
        hp.PLAN_2011, administrative_districts=(*hp.PLAN_2011.administrative_districts, "鹤洲区")
    )
    name = hp.agency_name(K.DISTRICT_TOWN, "三板", district="鹤洲", params=more)
    assert name == "珠海市鹤洲区三板镇" + SUO
    assert hp.parse_agency_name(name, params=more).district == "鹤洲"
    with pytest.raises(hp.PolicyError, match=r"^district must be one of params\.administrative"):
        hp.agency_name(K.DISTRICT_TOWN, "三板", district="鹤洲")


# -- a zone merged with its town (R14) ------------------------------------------------------


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
def test_a_zone_that_records_its_merged_town_has_four_standard_names():
    a = hp.agency_name_detail(K.ZONE, "横琴新区", merged_town="横琴镇")
    assert a.name == "珠海市横琴新区" + SUO
    assert a.merged_town == "横琴"
    assert a.standard_names == (
        "珠海市横琴新区" + SUO,
        "珠海横琴新区" + SUO,
        "珠海市横琴镇" + SUO,
        "珠海横琴镇" + SUO,
    )
    assert "本单位为横琴新区（与横琴镇区镇合一）。" in a.explain()
    assert "（本库解读R4，模板中括号内为前一词的替代写法；本库解读R14，" in a.explain()


@pytest.mark.reading(id="R14")
@pytest.mark.reading(id="R26")
def test_a_zone_takes_its_merged_town_from_the_map_when_the_unit_does_not_record_it():
    a = hp.agency_name_detail(K.ZONE, "高新区", city_prefix="珠海")
    assert a.merged_town == "唐家湾"
    assert a.standard_names == (
        "珠海高新区" + SUO,
        "珠海市高新区" + SUO,
        "珠海市唐家湾镇" + SUO,
        "珠海唐家湾镇" + SUO,
    )


@pytest.mark.reading(id="R14")
@pytest.mark.reading(id="R26")
def test_a_zone_whose_town_neither_map_nor_unit_records_has_only_the_names_after_the_zone():
    unmapped = attrs.evolve(
        hp.PLAN_2011, area_map=tuple(a for a in hp.PLAN_2011.area_map if a.area != "横琴新区")
    )
    a = hp.agency_name_detail(K.ZONE, "横琴新区", city_prefix="珠海", params=unmapped)
    assert a.standard_names == ("珠海横琴新区" + SUO, "珠海市横琴新区" + SUO)


@pytest.mark.reading(id="R26")
def test_a_merged_town_that_contradicts_the_map_is_refused():
    with pytest.raises(hp.PolicyError, match=r"merged with 唐家湾镇 on the map") as e:
        hp.agency_name(K.ZONE, "高新区", merged_town="横琴")
    assert (
        e.value.message_zh
        == "高新区区镇合一的镇为唐家湾镇（本库解读R26：按本库记录的2011年珠海区划核对地名所属），收到横琴镇"
    )


# -- the 2011 map (R26): zones with towns under them, places that lie elsewhere ------------


@pytest.mark.reading(id="R26")
@pytest.mark.parametrize(
    ("kind", "place", "district", "zh"),
    [
        (K.ZONE, "高栏港经济区", None, "高栏港经济区下辖平沙镇、南水镇，不是区镇合一的经济功能区"),
        (K.ZONE, "万山海洋开发试验区", None, "万山海洋开发试验区下辖万山镇、桂山镇、担杆镇，不是区镇合一"),
        (K.ZONE_STREET, "唐家湾", None, "唐家湾镇与高新区区镇合一（本库解读R26：按本库记录的2011年珠海区划核对地名所属），标准名称应为“珠海市高新区" + SUO),
        (K.ZONE_TOWN, "井岸", None, "井岸镇属斗门区（本库解读R26：按本库记录的2011年珠海区划核对地名所属），标准名称应为“珠海市斗门区井岸镇" + SUO),
        (K.DISTRICT_TOWN, "井岸", "香洲", "井岸镇属斗门区（本库解读R26：按本库记录的2011年珠海区划核对地名所属），标准名称应为“珠海市斗门区井岸镇" + SUO),
        (K.DISTRICT_TOWN, "白藤", "斗门", "白藤是斗门区的街道（本库解读R26：按本库记录的2011年珠海区划核对地名所属），标准名称应为“珠海市斗门区白藤街道办事处" + SUO),
        (K.DISTRICT_TOWN, "平沙", "金湾", "平沙镇属经济功能区高栏港经济区，名称不冠区名（本库解读R26：按本库记录的2011年珠海区划核对地名所属），标准名称应为“珠海市平沙镇" + SUO),
    ],
)  # fmt: skip
def test_a_unit_the_map_puts_elsewhere_is_refused_with_its_standard_name(kind, place, district, zh):
    with pytest.raises(hp.PolicyError) as e:
        hp.agency_name(kind, place, district=district)
    assert e.value.message_zh.startswith(zh)


@pytest.mark.reading(id="R26")
def test_a_place_the_map_does_not_hold_is_named_where_the_caller_puts_it():
    assert hp.agency_name(K.DISTRICT_TOWN, "三板", district="香洲") == "珠海市香洲区三板镇" + SUO
    assert hp.agency_name_detail(K.ZONE_TOWN, "平沙").area == "高栏港经济区"
    assert hp.agency_name_detail(K.ZONE_TOWN, "三板").area is None


@pytest.mark.reading(id="R14")
def test_with_reading_14_switched_off_the_names_after_the_town_are_not_standard():
    off = attrs.evolve(hp.PLAN_2011, zone_may_use_town_name=False)
    a = hp.agency_name_detail(K.ZONE, "横琴新区", merged_town="横琴", params=off)
    assert a.merged_town == "横琴"
    assert a.standard_names == ("珠海市横琴新区" + SUO, "珠海横琴新区" + SUO)


@pytest.mark.reading(id="R14")
@pytest.mark.parametrize("kind", [k for k in K if k is not K.ZONE])
def test_only_a_zone_may_record_a_merged_town(kind):
    district = "斗门" if kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN) else None
    with pytest.raises(hp.PolicyError, match=r"^merged_town is only for a functional zone") as e:
        hp.agency_name(kind, "白蕉", district=district, merged_town="白蕉")
    assert e.value.message_zh.startswith("只有区镇合一的经济功能区填写区镇合一的镇名")


@pytest.mark.parametrize(
    ("town", "match"),
    [
        ("", r"^merged_town must not be empty"),
        (
            "横琴街道",
            r"^merged_town \(the town a zone is merged with\) is refused: .* names a street",
        ),
        ("镇", r"^merged_town \(the town a zone is merged with\) is refused: .* only the suffix"),
        ("Hengqin", r"^merged_town must be written in Chinese characters only"),
    ],
)
def test_a_merged_town_that_is_not_a_town_is_refused_naming_the_argument(town, match):
    with pytest.raises(hp.PolicyError, match=match):
        hp.agency_name(K.ZONE, "横琴新区", merged_town=town)


# -- generate: bad input --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "place", "district", "match"),
    [
        (K.DISTRICT_STREET, "白蕉镇", "斗门", r"^place for a street .* '白蕉镇' ends with 镇, which names a town"),
        (K.DISTRICT_TOWN, "拱北街道", "香洲", r"^place for a town .* '拱北街道' ends with 街道, which names a street"),
        (K.DISTRICT_TOWN, "拱北街道办事处", "香洲", r"^place for a town .* ends with 街道办事处, which names a street"),
        (K.VILLAGE, "夏湾社区", None, r"^place for a village .* ends with 社区, which names a community"),
        (K.COMMUNITY, "莲江社区社区", None, r"^place for a community .* ends with 社区 twice"),
        (K.COMMUNITY, "前山区", None, r"^place for a community .* which names a district or zone"),
        (K.DISTRICT_TOWN, "镇", "斗门", r"^place for a town .* '镇' is only the suffix"),
        (K.DISTRICT_STREET, "", "香洲", r"^place must not be empty"),
        (K.DISTRICT_STREET, "  ", "香洲", r"^place must not be empty"),
        (K.DISTRICT_STREET, "拱北 ", "香洲", r"^place must be .*: white space \(U\+0020\) at position 2$"),
        (K.DISTRICT_STREET, "Gongbei", "香洲", r"^place must be .*: a Latin letter or digit 'G' at position 0$"),
        (K.DISTRICT_STREET, "拱北２", "香洲", r"^place must be .*: a Latin letter or digit '２' at position 2$"),
        (K.COMMUNITY, "<script>", None, r"^place must be .*: markup or a path character '<'"),
        (K.COMMUNITY, "夏\n湾", None, r"^place must be .*: white space \(U\+000A\) at position 1$"),
        (K.COMMUNITY, "夏湾\u200b", None, r"^place must be .*: a control or format character \(U\+200B\)"),
        (K.COMMUNITY, "夏" * 31, None, r"^place must be at most 30 Chinese characters"),
        (K.COMMUNITY, "珠海夏湾", None, r"^place for a community .* starts with the city"),
        (K.COMMUNITY, "香洲区夏湾", None, r"^place for a community .* starts with a district or zone"),
        (K.VILLAGE, "横琴新区小横琴", None, r"^place for a village .* starts with a district or zone"),
        (K.COMMUNITY, "拱北街道夏湾", None, r"^place for a community .* contains 街道: a station's name has no street"),
        (K.ZONE_TOWN, "高栏港经济区南水", None, r"^place for a town under a functional zone .* contains 区"),
        (K.DISTRICT_STREET, "拱北", None, r"^district is required for a street of an administrative"),
        (K.DISTRICT_TOWN, "井岸", "香州", r"^district must be one of params\.administrative_districts .* got '香州'$"),
        (K.DISTRICT_TOWN, "南水", "高栏港经济区", r"^district '高栏港经济区' is a functional zone, not an administrative"),
        (K.ZONE_TOWN, "南水", "金湾", r"^district must be None for a town under a functional zone, got '金湾'"),
        (K.COMMUNITY, "夏湾", "香洲", r"^district must be None for a community, got '香洲'"),
        (K.ZONE, "横琴", None, r"^place for a functional zone must be one of .* did you mean '横琴新区'"),
        (K.ZONE, "珠海市横琴新区", None, r"^place for a functional zone .* give the zone without the city"),
        (K.ZONE, "香洲区", None, r"^place for a functional zone .* that is an administrative district"),
        (K.ZONE, "深圳特区", None, r"^place for a functional zone must be one of params\.functional_zones .* got '深圳特区'$"),
    ],
)  # fmt: skip
def test_bad_places_and_districts_are_refused_naming_the_argument(kind, place, district, match):
    with pytest.raises(hp.PolicyError, match=match) as caught:
        hp.agency_name(kind, place, district=district)
    assert caught.value.zh  # an officer reads the Chinese message


@pytest.mark.parametrize(
    ("kind", "place", "district", "zh"),
    [
        (K.DISTRICT_STREET, "白蕉镇", "斗门", "地名“白蕉镇”以“镇”结尾，是镇的名称，不能作为行政区街道的地名"),
        (K.DISTRICT_STREET, "拱北", None, "行政区街道须填写所在区，可填写香洲区、斗门区、金湾区"),
        (K.DISTRICT_TOWN, "井岸", "香州", "所在区应为香洲区、斗门区、金湾区之一（可不写“区”字），收到“香州”"),
        (K.COMMUNITY, "夏湾", "香洲", "社区的名称不冠区名，“区”一栏应留空，收到“香洲”；要注明所属的区，请在“所属区”一栏填写"),
        (K.ZONE, "横琴", None, "经济功能区应为横琴新区、高栏港经济区、万山海洋开发试验区、高新区之一，收到“横琴”，功能区须写全称，如“横琴新区”"),
        (K.COMMUNITY, "香洲区夏湾", None, "地名“香洲区夏湾”以区名开头，社区（村）服务站名称前不冠市、区、街道（镇）名"),
    ],
)  # fmt: skip
def test_each_refusal_says_in_chinese_what_is_wrong_and_what_is_accepted(kind, place, district, zh):
    with pytest.raises(hp.PolicyError) as caught:
        hp.agency_name(kind, place, district=district)
    assert caught.value.message_zh == zh


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("district_street", "拱北"), {"district": "香洲"}, r"^kind must be a UnitKind"),
        ((K.COMMUNITY, 42), {}, r"^place must be a str"),
        ((K.COMMUNITY, ["夏湾"]), {}, r"^place must be a str"),
        ((K.DISTRICT_TOWN, "井岸"), {"district": 1}, r"^district must be a str or None"),
        ((K.DISTRICT_TOWN, "井岸"), {"district": ["斗门"]}, r"^district must be a str or None"),
        ((K.ZONE, "横琴新区"), {"city_prefix": None}, r"^city_prefix must be a str"),
        ((K.ZONE, "横琴新区"), {"merged_town": 1}, r"^merged_town must be a str or None"),
        ((K.VILLAGE, "莲江"), {"params": None}, r"^params must be a PolicyParameters"),
    ],
)
def test_arguments_of_the_wrong_type_are_type_errors_naming_the_argument(args, kwargs, match):
    with pytest.raises(TypeError, match=match):
        hp.agency_name(*args, **kwargs)
    with pytest.raises(TypeError, match=match):
        hp.agency_name_detail(*args, **kwargs)


def test_an_unknown_city_prefix_is_refused():
    with pytest.raises(
        hp.PolicyError, match=r"^city_prefix must be '珠海市' or '珠海', got '珠海县'$"
    ):
        hp.agency_name(K.ZONE, "横琴新区", city_prefix="珠海县")


def test_a_kind_named_by_its_chinese_label_works_through_from_label():
    kind = hp.UnitKind.from_label("行政区镇")
    assert hp.agency_name(kind, "井岸", district="斗门") == "珠海市斗门区井岸镇" + SUO


@pytest.mark.parametrize(
    ("kind", "place", "match"),
    [
        (
            K.DISTRICT_STREET,
            "拱北街道办事处街道办事处",
            r"^place for a street .* ends with 街道办事处 twice",
        ),
        (K.COMMUNITY, "社区", r"^place for a community .* is only the suffix"),
        (
            K.DISTRICT_STREET,
            "拱北办事处",
            r"^place for a street .* ends with 办事处, which names an office",
        ),
    ],
)
def test_normalizing_refuses_a_place_that_would_repeat_or_lose_its_suffix(kind, place, match):
    with pytest.raises(hp.PolicyError, match=match):
        hp.normalize_place(kind, place)


def test_normalizing_a_district_refuses_a_zone_and_an_unknown_name():
    assert hp.normalize_district("金湾区") == "金湾"
    with pytest.raises(hp.PolicyError, match=r"^district '横琴新区' is a functional zone"):
        hp.normalize_district("横琴新区")
    with pytest.raises(hp.PolicyError, match=r"^district must be one of .* got '珠海'$"):
        hp.normalize_district("珠海")
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.normalize_district("香洲", params=None)


# -- parameters -----------------------------------------------------------------------------


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
def test_the_2011_map_lists_three_districts_and_four_zones_under_the_naming_clause():
    p = hp.PLAN_2011
    assert p.administrative_districts == ("香洲区", "斗门区", "金湾区")
    assert p.functional_zones == ("横琴新区", "高栏港经济区", "万山海洋开发试验区", "高新区")
    info = p.info()["functional_zones"]
    assert (info.clause, info.adopted_reading) == ("三（一）4", True)
    assert p.zone_may_use_town_name is True


def test_a_place_listed_both_as_district_and_zone_is_refused_on_use():
    both = attrs.evolve(hp.PLAN_2011, functional_zones=("横琴新区", "香洲区"))
    with pytest.raises(
        hp.PolicyError, match=r"^params lists \['香洲区'\] both as an administrative"
    ) as e:
        hp.agency_name(K.DISTRICT_TOWN, "井岸", district="斗门", params=both)
    assert e.value.message_zh == "参数中“香洲区”既列为行政区又列为经济功能区"


@pytest.mark.reading(id="R26")
@pytest.mark.reading(id="R4")
def test_redrawing_the_map_names_a_former_zone_street_with_its_district():
    p = hp.PLAN_2011
    redrawn = attrs.evolve(
        p,
        administrative_districts=(*p.administrative_districts, "高新区"),
        functional_zones=tuple(z for z in p.functional_zones if z != "高新区"),
        # The map is redrawn with it: a district holds streets, it is merged with no town.
        area_map=(
            *(a for a in p.area_map if a.area != "高新区"),
            hp.AreaPlaces("高新区", streets=("唐家湾",)),
        ),
    )
    assert (
        hp.agency_name(K.DISTRICT_STREET, "唐家湾", district="高新", params=redrawn)
        == "珠海市高新区唐家湾街道办事处" + SUO
    )
    with pytest.raises(hp.PolicyError, match=r"^place for a functional zone must be one of"):
        hp.agency_name(K.ZONE, "高新区", params=redrawn)
