"""Official agency names of 三（一）4: generation, normalisation, parsing and checking."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .strategies import bare_places, districts, naming_units, tricky_places, zones

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


# -- worked examples: every kind, real Zhuhai places ----------------------------------------


@pytest.mark.parametrize(
    ("kind", "place", "district", "expected"),
    [
        (K.DISTRICT_STREET, "拱北", "香洲", "珠海市香洲区拱北街道办事处" + SUO),
        (K.DISTRICT_STREET, "吉大街道", "香洲区", "珠海市香洲区吉大街道办事处" + SUO),
        (K.DISTRICT_TOWN, "井岸", "斗门", "珠海市斗门区井岸镇" + SUO),
        (K.DISTRICT_TOWN, "白蕉镇", "斗门区", "珠海市斗门区白蕉镇" + SUO),
        (K.DISTRICT_TOWN, "三灶", "金湾", "珠海市金湾区三灶镇" + SUO),
        (K.ZONE, "横琴新区", None, "珠海市横琴新区" + SUO),
        (K.ZONE, "高栏港经济区", None, "珠海市高栏港经济区" + SUO),
        (K.ZONE, "万山海洋开发试验区", None, "珠海市万山海洋开发试验区" + SUO),
        (K.ZONE, "高新区", None, "珠海市高新区" + SUO),
        (K.ZONE_TOWN, "南水镇", None, "珠海市南水镇" + SUO),
        (K.ZONE_STREET, "唐家湾街道办", None, "珠海市唐家湾街道办事处" + SUO),
        (K.COMMUNITY, "夏湾社区", None, "夏湾社区" + ZHAN),
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


def test_a_zone_may_be_named_with_zhuhai_instead_of_zhuhai_city_when_asked():
    name = hp.agency_name(K.ZONE, "横琴新区", city_prefix="珠海")
    assert name == "珠海横琴新区" + SUO
    parts = hp.parse_agency_name(name)
    assert (parts.kind, parts.place, parts.city_prefix) == (K.ZONE, "横琴新区", "珠海")


@pytest.mark.parametrize("kind", [k for k in K if k is not K.ZONE])
def test_only_a_zone_may_drop_the_shi_of_zhuhai_city(kind):
    district = "香洲" if kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN) else None
    with pytest.raises(hp.PolicyError, match="city_prefix='珠海' is only for a functional zone"):
        hp.agency_name(kind, "拱北", district=district, city_prefix="珠海")


def test_the_detailed_name_says_the_city_bianban_fixes_street_and_town_names():
    a = hp.agency_name_detail(K.DISTRICT_STREET, "拱北街道办事处", district="香洲区")
    assert a.name == str(a) == "珠海市香洲区拱北街道办事处" + SUO
    assert (a.place, a.district, a.level) == ("拱北", "香洲", hp.Level.STREET_TOWN)
    assert a.fixed_by == "市编办"
    assert a.rename_by == dt.date(2011, 12, 31)
    assert a.clauses == ("三（一）4",)
    assert a.explain().splitlines() == [
        "三（一）4：各行政区的街道（镇）服务机构统称为“珠海市XX区XX街道办事处（镇）人力资源和社会保障服务所”",
        "单位类型：行政区街道；地名：拱北街道办事处 → 拱北；所在区：香洲区 → 香洲区",
        "标准名称：珠海市香洲区拱北街道办事处人力资源和社会保障服务所",
        "街道（镇）服务机构的更名、性质和管理体制等问题，由市编办下发文件（三（一）4）",
        "更名于 2011-12-31 前完成（三（一）4）",
    ]


@pytest.mark.parametrize("kind", [K.COMMUNITY, K.VILLAGE])
def test_the_district_government_fixes_community_and_village_station_names(kind):
    a = hp.agency_name_detail(kind, "夏湾")
    assert a.fixed_by == "区政府（管委会）"
    assert a.city_prefix is None
    assert "由各区政府（管委会）下发文件" in a.explain()


def test_an_amended_renaming_deadline_is_the_one_reported():
    late = attrs.evolve(hp.PLAN_2011, renaming_due=dt.date(2012, 3, 31))
    a = hp.agency_name_detail(K.VILLAGE, "莲江", params=late)
    assert a.rename_by == dt.date(2012, 3, 31)
    assert "2012-03-31" in a.explain()


def test_a_district_added_to_the_parameters_can_be_named_and_parsed():
    more = attrs.evolve(
        hp.PLAN_2011, administrative_districts=(*hp.PLAN_2011.administrative_districts, "鹤洲区")
    )
    name = hp.agency_name(K.DISTRICT_TOWN, "南水", district="鹤洲", params=more)
    assert name == "珠海市鹤洲区南水镇" + SUO
    assert hp.parse_agency_name(name, params=more).district == "鹤洲"
    with pytest.raises(hp.PolicyError, match="administrative_districts"):
        hp.agency_name(K.DISTRICT_TOWN, "南水", district="鹤洲")


# -- laws -----------------------------------------------------------------------------------


@given(naming_units)
def test_parsing_a_generated_name_gives_back_its_kind_place_and_district(unit):
    kind, place, district = unit
    parts = hp.parse_agency_name(hp.agency_name(kind, place, district=district))
    assert (parts.kind, parts.place, parts.district) == (kind, place, district)
    assert parts.level is kind.level


@given(naming_units)
def test_a_generated_name_ends_with_its_levels_agency_word(unit):
    kind, place, district = unit
    name = hp.agency_name(kind, place, district=district)
    assert name.endswith(SUO if kind.level is hp.Level.STREET_TOWN else ZHAN)
    assert name.startswith("珠海市") == (kind.level is hp.Level.STREET_TOWN)


@given(naming_units)
def test_the_checker_accepts_exactly_the_generated_name(unit):
    kind, place, district = unit
    name = hp.agency_name(kind, place, district=district)
    assert hp.check_agency_name(kind, place, name, district=district).matches
    assert not hp.check_agency_name(kind, place, name + "站", district=district).matches


@given(st.sampled_from(list(K)), tricky_places)
def test_normalising_a_place_twice_changes_nothing(kind, place):
    try:
        once = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    assert hp.normalize_place(kind, once) == once


@given(
    st.sampled_from([K.DISTRICT_STREET, K.DISTRICT_TOWN, K.ZONE_TOWN, K.ZONE_STREET]),
    tricky_places,
    districts,
)
def test_every_accepted_place_round_trips_through_a_name(kind, place, district):
    try:
        core = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    d = district if kind in (K.DISTRICT_STREET, K.DISTRICT_TOWN) else None
    parts = hp.parse_agency_name(hp.agency_name(kind, place, district=d))
    assert (parts.kind, parts.place, parts.district) == (kind, core, d)


@given(st.sampled_from([K.COMMUNITY, K.VILLAGE]), tricky_places)
def test_every_accepted_station_place_round_trips_through_a_name(kind, place):
    try:
        core = hp.normalize_place(kind, place)
    except hp.PolicyError:
        return
    parts = hp.parse_agency_name(hp.agency_name(kind, place))
    assert (parts.kind, parts.place) == (kind, core)


@given(bare_places)
def test_a_street_is_the_same_whichever_suffix_it_is_given_with(place):
    forms = [place, place + "街道", place + "街道办", place + "街道办事处"]
    names = {hp.agency_name(K.DISTRICT_STREET, f, district="香洲") for f in forms}
    assert len(names) == 1


@given(districts)
def test_a_district_is_the_same_with_or_without_qu(district):
    assert hp.normalize_district(district) == hp.normalize_district(district + "区") == district


@given(zones)
def test_a_zone_keeps_its_full_name(zone):
    assert hp.normalize_place(K.ZONE, zone) == zone


# -- parse: non-standard names say what is off and the standard form ------------------------


@pytest.mark.parametrize(
    ("name", "problem", "standard"),
    [
        (
            "珠海市香洲区拱北街道" + SUO,
            "街道名称未写全，应为“街道办事处”",
            "珠海市香洲区拱北街道办事处" + SUO,
        ),
        ("香洲区吉大街道办事处" + SUO, "缺少“珠海市”", "珠海市香洲区吉大街道办事处" + SUO),
        (
            "珠海市斗门区井岸镇" + ZHAN,
            "行政区镇的机构为“服务所”，不是“服务站”",
            "珠海市斗门区井岸镇" + SUO,
        ),
        ("夏湾社区" + SUO, "社区的机构为“服务站”，不是“服务所”", "夏湾社区" + ZHAN),
        (
            "珠海市香洲区拱北街道办事处夏湾社区" + ZHAN,
            "社区（村）服务站名称前不冠市、区、街道（镇）名",
            "夏湾社区" + ZHAN,
        ),
        (
            "珠海市高栏港经济区南水镇" + SUO,
            "不冠“高栏港经济区”",
            "珠海市南水镇" + SUO,
        ),
        (
            "珠海香洲区拱北街道办事处" + SUO,
            "只有区镇合一的经济功能区服务所可写作“珠海”",
            "珠海市香洲区拱北街道办事处" + SUO,
        ),
        (
            "珠海市斗门区白蕉镇人力资源社会保障服务所",
            "机构名称部分为“人力资源社会保障服务所”",
            "珠海市斗门区白蕉镇" + SUO,
        ),
        (
            "珠海市金湾区三灶镇劳动保障服务所",
            "机构名称部分为“劳动保障服务所”",
            "珠海市金湾区三灶镇" + SUO,
        ),
        ("珠海市香洲区 拱北街道办事处" + SUO, "名称中含有空格", "珠海市香洲区拱北街道办事处" + SUO),
        ("莲江村" + ZHAN + "\u3000", "名称中含有空格", "莲江村" + ZHAN),
        ("珠海（市）横琴新区" + SUO, "名称中含有括号", "珠海市横琴新区" + SUO),
        # 人 typed as the Kangxi radical ⼈ (U+2F08), as text copied out of a PDF often is.
        ("珠海市斗门区井岸镇\u2f08力资源和社会保障服务所", "形近字符", "珠海市斗门区井岸镇" + SUO),
    ],
)
def test_a_near_miss_name_is_refused_with_what_is_off_and_the_standard_form(
    name, problem, standard
):
    with pytest.raises(hp.NonStandardNameError) as caught:
        hp.parse_agency_name(name)
    err = caught.value
    assert isinstance(err, hp.PolicyError)
    assert any(problem in p for p in err.problems), err.problems
    if standard is not None:
        assert err.standard == standard
        assert repr(standard) in str(err)
        assert hp.parse_agency_name(standard).name == standard


@pytest.mark.parametrize(
    ("name", "match"),
    [
        ("", "it is empty"),
        ("   ", "it is empty"),
        ("Gongbei Street HRSS Office", "Latin letter"),
        ("珠海市香洲区拱北1街道办事处" + SUO, "Latin letter or digit '1'"),
        ("<b>夏湾社区</b>" + ZHAN, "markup"),
        ("夏湾社区\x00" + ZHAN, "control"),
        ("夏" * 500 + "社区" + ZHAN, "longer than 120"),
        ("珠海市香洲区" + SUO, "names no street or town"),
        ("珠海市香洲区拱北街道办事处", "does not end with"),
        ("珠海市香洲区拱北路" + SUO, "does not end with 街道办事处 or 镇"),
        ("珠海市斗门区白蕉镇镇" + SUO, "ends with 镇 twice"),
        ("珠海市香洲区白蕉镇街道办事处" + SUO, "names a town"),
    ],
)
def test_names_that_are_not_names_are_refused_clearly(name, match):
    with pytest.raises(hp.NonStandardNameError, match=match):
        hp.parse_agency_name(name)


def test_an_absurdly_long_name_is_not_echoed_whole_in_the_message():
    with pytest.raises(hp.PolicyError) as caught:
        hp.parse_agency_name("夏" * 10_000)
    assert len(str(caught.value)) < 300


@pytest.mark.parametrize("bad", [None, 42, b"\xe5\xa4\x8f", ["夏湾社区"]])
def test_a_name_that_is_not_a_string_is_a_type_error(bad):
    with pytest.raises(TypeError, match="name must be a str"):
        hp.parse_agency_name(bad)


# -- generate: bad input --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "place", "district", "match"),
    [
        (K.DISTRICT_STREET, "白蕉镇", "斗门", "ends with 镇, which names a town"),
        (K.DISTRICT_TOWN, "拱北街道", "香洲", "ends with 街道, which names a street"),
        (K.DISTRICT_TOWN, "拱北街道办事处", "香洲", "names a street"),
        (K.VILLAGE, "夏湾社区", None, "names a community"),
        (K.COMMUNITY, "莲江社区社区", None, "ends with 社区 twice"),
        (K.COMMUNITY, "前山区", None, "names a district or zone"),
        (K.DISTRICT_TOWN, "镇", "斗门", "only the suffix"),
        (K.DISTRICT_STREET, "", "香洲", "must not be empty"),
        (K.DISTRICT_STREET, "  ", "香洲", "must not be empty"),
        (K.DISTRICT_STREET, "拱北 ", "香洲", r"white space \(U\+0020\) at position 2"),
        (K.DISTRICT_STREET, "Gongbei", "香洲", "Latin letter"),
        (K.DISTRICT_STREET, "拱北２", "香洲", "Latin letter or digit '２'"),
        (K.COMMUNITY, "<script>", None, "markup"),
        (K.COMMUNITY, "夏\n湾", None, "white space"),
        (K.COMMUNITY, "夏湾\u200b", None, "control or format"),
        (K.COMMUNITY, "夏" * 31, None, "at most 30"),
        (K.COMMUNITY, "珠海夏湾", None, "starts with the city"),
        (K.COMMUNITY, "香洲区夏湾", None, "starts with a district"),
        (K.VILLAGE, "横琴新区小横琴", None, "starts with a district or zone"),
        (K.ZONE_TOWN, "高栏港经济区南水", None, "contains 区"),
        (K.DISTRICT_STREET, "拱北", None, "district is required"),
        (K.DISTRICT_TOWN, "井岸", "香州", "district must be one of"),
        (K.DISTRICT_TOWN, "南水", "高栏港经济区", "is a functional zone, not an administrative"),
        (K.ZONE_TOWN, "南水", "金湾", "district must be None"),
        (K.COMMUNITY, "夏湾", "香洲", "district must be None"),
        (K.ZONE, "横琴", None, "did you mean '横琴新区'"),
        (K.ZONE, "珠海市横琴新区", None, "without the city"),
        (K.ZONE, "香洲区", None, "administrative district"),
        (K.ZONE, "深圳特区", None, "functional_zones"),
    ],
)
def test_bad_places_and_districts_are_refused_with_a_reason(kind, place, district, match):
    with pytest.raises(hp.PolicyError, match=match):
        hp.agency_name(kind, place, district=district)


@pytest.mark.parametrize(
    ("args", "kwargs", "match"),
    [
        (("district_street", "拱北"), {"district": "香洲"}, "kind must be a UnitKind"),
        ((K.COMMUNITY, 42), {}, "place must be a str"),
        ((K.DISTRICT_TOWN, "井岸"), {"district": 1}, "district must be a str"),
        ((K.ZONE, "横琴新区"), {"city_prefix": None}, "city_prefix must be a str"),
    ],
)
def test_arguments_of_the_wrong_type_are_type_errors(args, kwargs, match):
    with pytest.raises(TypeError, match=match):
        hp.agency_name(*args, **kwargs)


def test_an_unknown_city_prefix_is_refused():
    with pytest.raises(hp.PolicyError, match="city_prefix must be '珠海市' or '珠海'"):
        hp.agency_name(K.ZONE, "横琴新区", city_prefix="珠海县")


def test_a_kind_named_by_its_chinese_label_works_through_from_label():
    kind = hp.UnitKind.from_label("行政区镇")
    assert hp.agency_name(kind, "井岸", district="斗门") == "珠海市斗门区井岸镇" + SUO


# -- batch ----------------------------------------------------------------------------------


def test_a_batch_names_every_good_unit_and_reports_each_bad_one_by_position():
    units = [
        hp.AgencyUnit(K.DISTRICT_STREET, "拱北", district="香洲"),
        (K.DISTRICT_TOWN, "白蕉"),  # district missing
        (K.VILLAGE, "莲江村"),
        ("村", "莲江"),  # kind not a UnitKind
        (K.COMMUNITY,),  # malformed item
        hp.AgencyUnit(K.ZONE, "横琴新区", city_prefix="珠海"),
        (K.DISTRICT_STREET, "白蕉镇", "斗门"),  # contradicting suffix
    ]
    b = hp.agency_names(units)
    assert b.names == (
        "珠海市香洲区拱北街道办事处" + SUO,
        None,
        "莲江村" + ZHAN,
        None,
        None,
        "珠海横琴新区" + SUO,
        None,
    )
    assert [(f.index, f.error) for f in b.failures] == [
        (1, "PolicyError"),
        (3, "TypeError"),
        (4, "TypeError"),
        (6, "PolicyError"),
    ]
    assert "district is required" in b.failures[0].message
    assert b.failures[3].unit == (K.DISTRICT_STREET, "白蕉镇", "斗门")
    assert not b.ok
    assert b.clauses == ("三（一）4",)
    lines = b.explain().splitlines()
    assert lines[0] == "按三（一）4生成标准名称：共 7 个单位，失败 4 个"
    assert lines[2].startswith("1. 无法生成（PolicyError: district is required")


@given(st.lists(naming_units, max_size=20))
def test_a_batch_of_good_units_gives_the_same_names_as_one_by_one(units):
    b = hp.agency_names(units)
    assert b.ok
    assert b.names == tuple(hp.agency_name(k, p, district=d) for k, p, d in units)


@given(st.lists(naming_units, min_size=1, max_size=10), st.data())
def test_one_bad_unit_in_a_batch_loses_no_other_result(units, data):
    bad_at = data.draw(st.integers(min_value=0, max_value=len(units)))
    items = [*units[:bad_at], (K.VILLAGE, "莲江社区"), *units[bad_at:]]
    b = hp.agency_names(items)
    assert [f.index for f in b.failures] == [bad_at]
    good = b.names[:bad_at] + b.names[bad_at + 1 :]
    assert good == tuple(hp.agency_name(k, p, district=d) for k, p, d in units)


@pytest.mark.parametrize("bad", [hp.AgencyUnit(K.VILLAGE, "莲江"), "莲江村", 3, None])
def test_a_batch_must_be_a_list_of_units(bad):
    with pytest.raises(TypeError, match="units must be an iterable"):
        hp.agency_names(bad)


def test_an_agency_unit_checks_its_types_at_construction():
    with pytest.raises(TypeError):
        hp.AgencyUnit("village", "莲江")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        hp.AgencyUnit(K.VILLAGE, "莲江").place = "夏湾"


# -- checker (what an inspection calls) -----------------------------------------------------


def test_an_old_labour_bureau_name_is_a_finding_with_the_standard_form():
    c = hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲"
    )
    assert not c.matches
    assert c.is_finding
    assert c.standard == "珠海市香洲区拱北街道办事处" + SUO
    assert c.problems == (
        "机构名称部分为“劳动保障服务所”，应为“人力资源和社会保障服务所”（街道、镇）或“人力资源和社会保障服务站”（社区、村）",
        "街道名称未写全，应为“街道办事处”",
    )
    assert c.clauses == ("三（一）4",)
    assert c.explain().splitlines()[-1] == "更名应于 2011-12-31 前完成，由市编办下发文件"


def test_a_standard_name_of_another_unit_is_a_finding_naming_the_difference():
    c = hp.check_agency_name(
        K.DISTRICT_STREET, "吉大", "珠海市香洲区拱北街道办事处" + SUO, district="香洲"
    )
    assert not c.matches
    assert c.problems == ("地名为“拱北”，应为“吉大”",)


def test_a_town_under_a_zone_named_like_a_district_town_is_a_finding():
    c = hp.check_agency_name(K.ZONE_TOWN, "南水", "珠海市金湾区南水镇" + SUO)
    assert c.problems == (
        "名称为行政区镇的格式，本单位为经济功能区下辖镇",
        "所在区为“金湾区”，应为无",
    )


def test_a_near_miss_of_another_unit_reports_the_slip_and_the_difference():
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", "前山社区" + SUO)
    assert c.problems == ("社区的机构为“服务站”，不是“服务所”", "地名为“前山”，应为“夏湾”")


@pytest.mark.parametrize("zone_name", ["珠海市横琴新区" + SUO, "珠海横琴新区" + SUO])
def test_both_spellings_of_zhuhai_are_standard_for_a_zone(zone_name):
    c = hp.check_agency_name(K.ZONE, "横琴新区", zone_name)
    assert c.matches
    assert c.problems == ()
    assert c.explain().splitlines()[-1] == "符合标准名称"


@pytest.mark.parametrize(
    "current",
    [None, "", "   ", "abc", "<b>夏湾</b>", "夏" * 10_000, "珠海市香洲区 拱北街道办事处" + SUO],
)
def test_the_checker_never_raises_for_a_merely_wrong_current_name(current):
    c = hp.check_agency_name(K.DISTRICT_STREET, "拱北", current, district="香洲")
    assert not c.matches
    assert c.problems


@given(st.text(max_size=40))
def test_the_checker_reports_any_text_without_raising(current):
    c = hp.check_agency_name(K.COMMUNITY, "夏湾", current)
    assert c.matches == (current == "夏湾社区" + ZHAN)
    assert bool(c.problems) != c.matches


def test_the_checker_still_refuses_a_bad_unit_and_a_non_text_current_name():
    with pytest.raises(hp.PolicyError, match="district is required"):
        hp.check_agency_name(K.DISTRICT_STREET, "拱北", "x")
    with pytest.raises(TypeError, match="current_name must be a str or None"):
        hp.check_agency_name(K.COMMUNITY, "夏湾", 42)


# -- parameters -----------------------------------------------------------------------------


def test_the_2011_map_lists_three_districts_and_four_zones_under_the_naming_clause():
    p = hp.PLAN_2011
    assert p.administrative_districts == ("香洲区", "斗门区", "金湾区")
    assert p.functional_zones == ("横琴新区", "高栏港经济区", "万山海洋开发试验区", "高新区")
    info = p.info()["functional_zones"]
    assert (info.clause, info.adopted_reading) == ("三（一）4", True)


@pytest.mark.parametrize(
    ("field", "value", "error", "match"),
    [
        ("administrative_districts", ["香洲区"], TypeError, "must be a tuple"),
        ("administrative_districts", ("香洲",), hp.PolicyError, "ending in 区"),
        ("administrative_districts", ("区",), hp.PolicyError, "ending in 区"),
        ("functional_zones", ("横琴新区", "横琴新区"), hp.PolicyError, "twice"),
        ("functional_zones", ("Hengqin区",), hp.PolicyError, "Chinese characters only"),
    ],
)
def test_a_malformed_map_is_refused_when_the_parameters_are_built(field, value, error, match):
    with pytest.raises(error, match=match):
        attrs.evolve(hp.PLAN_2011, **{field: value})


def test_a_place_listed_both_as_district_and_zone_is_refused_on_use():
    both = attrs.evolve(hp.PLAN_2011, functional_zones=("横琴新区", "香洲区"))
    with pytest.raises(hp.PolicyError, match="both as an administrative district"):
        hp.agency_name(K.DISTRICT_TOWN, "井岸", district="斗门", params=both)


# -- parse over arbitrary text built from name fragments ------------------------------------

FRAGMENTS = [
    "珠海市",
    "珠海",
    "香洲区",
    "斗门",
    "横琴新区",
    "高栏港经济区",
    "拱北",
    "夏湾",
    "莲江",
    "街道办事处",
    "街道",
    "镇",
    "社区",
    "村",
    "区",
    "人力资源和社会保障",
    "人力资源社会保障",
    "劳动保障",
    "服务所",
    "服务站",
    " ",
    "（市）",
    "1",
]
fragment_names = st.lists(st.sampled_from(FRAGMENTS), max_size=8).map("".join)


@given(fragment_names)
def test_a_name_that_parses_is_exactly_the_name_its_parts_generate(name):
    try:
        p = hp.parse_agency_name(name)
    except hp.NonStandardNameError:
        return
    again = hp.agency_name(
        p.kind, p.place, district=p.district, city_prefix=p.city_prefix or "珠海市"
    )
    assert again == name


@given(fragment_names)
def test_every_standard_form_offered_is_itself_standard(name):
    error: hp.NonStandardNameError | None = None
    try:
        hp.parse_agency_name(name)
    except hp.NonStandardNameError as e:
        error = e
    if error is None:
        return
    assert error.problems
    if error.standard is not None:
        assert error.standard != name
        assert hp.parse_agency_name(error.standard).name == error.standard
