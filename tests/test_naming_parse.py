"""三（一）4: reading a name back, and saying what is off in one that is not standard."""

from __future__ import annotations

import copy
import pickle

import attrs
import pytest

import hrss_policy as hp

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


# -- standard names are read back -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "place", "district", "city_prefix"),
    [
        ("珠海市香洲区拱北街道办事处" + SUO, K.DISTRICT_STREET, "拱北", "香洲", "珠海市"),
        ("珠海市香洲区吉大街道办事处" + SUO, K.DISTRICT_STREET, "吉大", "香洲", "珠海市"),
        ("珠海市斗门区井岸镇" + SUO, K.DISTRICT_TOWN, "井岸", "斗门", "珠海市"),
        ("珠海市横琴新区" + SUO, K.ZONE, "横琴新区", None, "珠海市"),
        ("珠海高新区" + SUO, K.ZONE, "高新区", None, "珠海"),
        ("珠海市南水镇" + SUO, K.ZONE_TOWN, "南水", None, "珠海市"),
        ("珠海市桂山镇" + SUO, K.ZONE_TOWN, "桂山", None, "珠海市"),
        ("夏湾社区" + ZHAN, K.COMMUNITY, "夏湾", None, None),
        ("南屏新村社区" + ZHAN, K.COMMUNITY, "南屏新村", None, None),
        ("莲江村" + ZHAN, K.VILLAGE, "莲江", None, None),
    ],
)
def test_a_standard_name_of_each_kind_is_read_back_into_its_parts(
    name, kind, place, district, city_prefix
):
    p = hp.parse_agency_name(name)
    assert (p.name, p.kind, p.place, p.district, p.city_prefix) == (
        name,
        kind,
        place,
        district,
        city_prefix,
    )
    assert not p.named_after_town
    assert str(p) == name
    assert p.explain().startswith(f"“{name}”是")
    assert p.explain().endswith("的标准名称，依据三（一）4。")
    assert place in p.explain()


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
def test_a_zone_named_after_its_merged_town_with_zhuhai_is_read_as_the_zone():
    p = hp.parse_agency_name("珠海横琴镇" + SUO)
    assert (p.kind, p.place, p.district, p.city_prefix, p.named_after_town) == (
        K.ZONE,
        "横琴",
        None,
        "珠海",
        True,
    )
    assert p.explain().startswith(
        "“珠海横琴镇人力资源和社会保障服务所”是与横琴镇区镇合一的横琴新区"
    )
    assert "（本库解读R14：区镇合一的功能区也可以镇名命名）" in p.explain()


@pytest.mark.reading(id="R14")
@pytest.mark.reading(id="R26")
def test_with_zhuhai_city_a_merged_town_name_reads_as_its_zone_on_the_map():
    p = hp.parse_agency_name("珠海市横琴镇" + SUO)
    assert (p.kind, p.place, p.named_after_town, p.area) == (K.ZONE, "横琴", True, "横琴新区")
    assert "是与横琴镇区镇合一的横琴新区以镇名命名的标准名称" in p.explain()


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R26")
def test_with_zhuhai_city_a_town_under_a_zone_reads_as_that_town_with_its_zone():
    p = hp.parse_agency_name("珠海市平沙镇" + SUO)
    assert (p.kind, p.place, p.area, p.recorded) == (K.ZONE_TOWN, "平沙", "高栏港经济区", True)
    assert p.explain() == (
        "“珠海市平沙镇人力资源和社会保障服务所”是高栏港经济区下辖的平沙镇的标准名称，依据三（一）4。"
    )


@pytest.mark.reading(id="R26")
@pytest.mark.parametrize(
    ("name", "zh", "standard"),
    [
        ("珠海市井岸镇", "格式符合经济功能区下辖镇的名称，但井岸镇属斗门区", "珠海市斗门区井岸镇"),
        ("珠海市南屏镇", "格式符合经济功能区下辖镇的名称，但南屏镇属香洲区", "珠海市香洲区南屏镇"),
        ("珠海市吉大街道办事处", "格式符合经济功能区下辖街道的名称，但吉大街道属香洲区", "珠海市香洲区吉大街道办事处"),
        ("珠海市白藤街道办事处", "格式符合经济功能区下辖街道的名称，但白藤街道属斗门区", "珠海市斗门区白藤街道办事处"),
        ("珠海市香洲区井岸镇", "格式符合行政区镇的名称，但井岸镇属斗门区", "珠海市斗门区井岸镇"),
        ("珠海市斗门区白藤镇", "格式符合行政区镇的名称，但白藤是斗门区的街道", "珠海市斗门区白藤街道办事处"),
        ("珠海市香洲区唐家湾镇", "格式符合行政区镇的名称，但唐家湾镇与高新区区镇合一", "珠海市高新区"),
        ("珠海平沙镇", "格式符合以镇命名的区镇合一功能区的名称，但平沙镇属高栏港经济区", "珠海市平沙镇"),
    ],
)  # fmt: skip
def test_a_well_formed_name_of_a_place_the_map_puts_elsewhere_is_not_standard(name, zh, standard):
    with pytest.raises(hp.NonStandardNameError) as e:
        hp.parse_agency_name(name + SUO)
    assert e.value.problems == (f"{zh}（本库解读R26：按本库记录的2011年珠海区划核对地名所属）",)
    assert e.value.standard == standard + SUO
    assert e.value.message_zh == (
        f"名称“{name}{SUO}”不是标准名称，{zh}（本库解读R26：按本库记录的2011年珠海区划核对地名所属），依据三（一）4应为“{standard}{SUO}”"
    )


@pytest.mark.reading(id="R26")
def test_a_zone_with_towns_under_it_names_no_agency_after_itself():
    with pytest.raises(hp.NonStandardNameError) as e:
        hp.parse_agency_name("珠海市高栏港经济区" + SUO)
    assert e.value.standard is None
    assert e.value.problems[0].startswith(
        "格式符合区镇合一功能区的名称，但高栏港经济区下辖平沙镇、南水镇，不是区镇合一"
    )


@pytest.mark.reading(id="R26")
@pytest.mark.parametrize(
    ("name", "kind", "unit"),
    [
        ("珠海市香洲区吉大东街道办事处", K.DISTRICT_STREET, "香洲区所辖吉大东街道"),
        ("珠海市金鼎街道办事处", K.ZONE_STREET, "功能区下辖的金鼎街道"),
    ],
)
def test_a_well_formed_name_of_a_place_the_map_does_not_hold_is_read_but_not_confirmed(
    name, kind, unit
):
    p = hp.parse_agency_name(name + SUO)
    assert (p.kind, p.recorded) == (kind, False)
    assert p.explain().startswith(f"“{name}{SUO}”格式符合{unit}的标准名称")
    assert "但地名未收录于2011年区划（本库解读R26：" in p.explain()
    assert p.explain().endswith("无法确认是标准名称，依据三（一）4。")


@pytest.mark.reading(id="R14")
def test_with_reading_14_switched_off_a_merged_town_name_points_to_the_zone():
    off = attrs.evolve(hp.PLAN_2011, zone_may_use_town_name=False)
    with pytest.raises(hp.NonStandardNameError, match=r"only a zone merged with its town") as e:
        hp.parse_agency_name("珠海横琴镇" + SUO, params=off)
    assert e.value.standard == "珠海市横琴新区" + SUO
    assert e.value.problems == (
        "只有以功能区命名的区镇合一服务所可写作“珠海”，经济功能区下辖镇应写作“珠海市”",
        "格式符合经济功能区下辖镇的名称，但横琴镇与横琴新区区镇合一（本库解读R26：按本库记录的2011年珠海区划核对地名所属）",
    )


@pytest.mark.reading(id="R4")
def test_a_street_under_a_zone_written_with_zhuhai_is_not_read_as_a_zone():
    with pytest.raises(hp.NonStandardNameError) as e:
        hp.parse_agency_name("珠海金鼎街道办事处" + SUO)
    assert e.value.problems == (
        "只有区镇合一的经济功能区服务所可写作“珠海”，经济功能区下辖街道应写作“珠海市”",
    )
    assert e.value.standard == "珠海市金鼎街道办事处" + SUO


# -- parse: non-standard names say what is off and the standard form ------------------------


@pytest.mark.parametrize(
    ("name", "problems", "standard"),
    [
        ("珠海市香洲区拱北街道" + SUO, ("“街道”应写全为“街道办事处”",), "珠海市香洲区拱北街道办事处" + SUO),
        ("珠海市香洲区拱北街道办" + SUO, ("“街道办”应写全为“街道办事处”",), "珠海市香洲区拱北街道办事处" + SUO),
        ("香洲区吉大街道办事处" + SUO, ("缺少“珠海市”",), "珠海市香洲区吉大街道办事处" + SUO),
        ("横琴新区" + SUO, ("缺少“珠海市”",), "珠海市横琴新区" + SUO),
        ("珠海市斗门区井岸镇" + ZHAN, ("行政区镇的服务机构称“服务所”，不称“服务站”",), "珠海市斗门区井岸镇" + SUO),
        ("夏湾社区" + SUO, ("社区的服务机构称“服务站”，不称“服务所”",), "夏湾社区" + ZHAN),
        ("珠海市香洲区拱北街道办事处夏湾社区" + ZHAN, ("社区（村）服务站名称前不冠市、区、街道（镇）名",), "夏湾社区" + ZHAN),
        ("珠海市夏湾社区" + ZHAN, ("社区（村）服务站名称前不冠市、区、街道（镇）名",), "夏湾社区" + ZHAN),
        ("香洲区南屏新村社区" + ZHAN, ("社区（村）服务站名称前不冠市、区、街道（镇）名",), "南屏新村社区" + ZHAN),
        ("拱北街道夏湾社区" + ZHAN, ("社区（村）服务站名称前不冠市、区、街道（镇）名",), "夏湾社区" + ZHAN),
        ("珠海市斗门区井岸镇莲江村" + ZHAN, ("社区（村）服务站名称前不冠市、区、街道（镇）名",), "莲江村" + ZHAN),
        ("珠海市高栏港经济区南水镇" + SUO, ("经济功能区下辖镇（街道）的服务所名称不冠“高栏港经济区”",), "珠海市南水镇" + SUO),
        ("珠海香洲区拱北街道办事处" + SUO, ("只有区镇合一的经济功能区服务所可写作“珠海”，行政区街道应写作“珠海市”",), "珠海市香洲区拱北街道办事处" + SUO),
        ("珠海市斗门区白蕉镇人力资源社会保障服务所", ("机构名称部分“人力资源社会保障服务所”应为“人力资源和社会保障服务所”",), "珠海市斗门区白蕉镇" + SUO),
        ("珠海市金湾区三灶镇劳动保障服务所", ("机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”",), "珠海市金湾区三灶镇" + SUO),
        ("夏湾社区劳动保障工作站", ("机构名称部分“劳动保障工作站”应为“人力资源和社会保障服务站”",), "夏湾社区" + ZHAN),
        ("珠海横琴新区劳动保障服务所", ("机构名称部分“劳动保障服务所”应为“人力资源和社会保障服务所”",), "珠海横琴新区" + SUO),
        ("珠海市香洲区 拱北街道办事处" + SUO, ("名称中含有空格",), "珠海市香洲区拱北街道办事处" + SUO),
        ("莲江村" + ZHAN + "\u3000", ("名称中含有空格",), "莲江村" + ZHAN),
        ("珠海（市）横琴新区" + SUO, ("名称中含有括号，模板中的括号表示可替换的写法，不是名称的一部分",), "珠海市横琴新区" + SUO),
        ("珠海(市)横琴新区" + SUO, ("名称中含有括号，模板中的括号表示可替换的写法，不是名称的一部分",), "珠海市横琴新区" + SUO),
        ("夏湾社区（村）" + ZHAN, ("名称中含有括号，模板中的括号表示可替换的写法，不是名称的一部分",), "夏湾社区" + ZHAN),
        # 人 typed as the Kangxi radical ⼈ (U+2F08), as text copied out of a PDF often is.
        ("珠海市斗门区井岸镇\u2f08力资源和社会保障服务所", ("名称第10个字符是形近字“⼈”（U+2F08），应为“人”",), "珠海市斗门区井岸镇" + SUO),
    ],
)  # fmt: skip
def test_a_near_miss_name_is_refused_with_what_is_off_and_the_standard_form(
    name, problems, standard
):
    with pytest.raises(hp.NonStandardNameError) as caught:
        hp.parse_agency_name(name)
    err = caught.value
    assert isinstance(err, hp.PolicyError)
    assert err.name == name
    assert err.problems == problems
    assert err.standard == standard
    assert str(err).startswith(f"name {name!r} is not a standard agency name (三（一）4): ")
    assert str(err).endswith(f"; standard form: {standard!r}")
    assert err.message_zh.endswith(f"，依据三（一）4应为“{standard}”")
    assert hp.parse_agency_name(standard).name == standard


@pytest.mark.reading(id="R4")
def test_full_width_brackets_are_reported_once_as_brackets_not_as_width_variants():
    with pytest.raises(hp.NonStandardNameError) as e:
        hp.parse_agency_name("珠海（市）横琴新区" + SUO)
    assert not any("全角" in p or "形近" in p for p in e.value.problems)


@pytest.mark.parametrize(
    ("name", "match", "problems"),
    [
        ("", r": it is empty$", ("名称为空",)),
        ("   ", r": it is empty$", ("名称为空",)),
        ("Gongbei Street HRSS Office", r": white space \(U\+0020\) at position 7; a Latin letter or digit 'G' at position 0$", ("名称中含有空格", "名称第1个字符是字母或数字“G”")),
        ("珠海市香洲区拱北1街道办事处" + SUO, r": a Latin letter or digit '1' at position 8", ("名称第9个字符是字母或数字“1”",)),
        ("<b>夏湾社区</b>" + ZHAN, r": markup or a path character '<' at position 0$", ("名称第1个字符是非汉字字符“<”（U+003C）",)),
        ("夏湾社区\x00" + ZHAN, r": a control or format character \(U\+0000\) at position 4$", ("名称第5个字符是控制字符（U+0000）",)),
        ("夏" * 500 + "社区" + ZHAN, r": it is longer than 120 characters$", ("名称超过120个字",)),
        ("珠海市香洲区" + SUO, r": it names no street or town before the agency$", ("缺少街道或镇的名称",)),
        ("珠海市香洲区拱北街道办事处", r": it does not end with '人力资源和社会保障服务所' or '人力资源和社会保障服务站'$", ("名称不以“人力资源和社会保障服务所”或“人力资源和社会保障服务站”结尾",)),
        ("珠海市香洲区拱北路" + SUO, r": '拱北路' does not end with 街道办事处 or 镇$", ("“拱北路”不以“街道办事处”或“镇”结尾，无法确定是街道还是镇",)),
        ("珠海市斗门区白蕉镇镇" + SUO, r": '白蕉镇' ends with 镇 twice; give the name once$", ("地名“白蕉镇”重复了“镇”",)),
        ("珠海市香洲区白蕉镇街道办事处" + SUO, r": '白蕉镇' ends with 镇, which names a town \(镇\), not a street", ("地名“白蕉镇”以“镇”结尾，是镇的名称，不能作为行政区街道的地名",)),
        ("拱北街道办事处" + SUO, r": it starts with neither 珠海市 nor an administrative district", ("缺少“珠海市”，也未写明所在区，无法确定所属的区",)),
        ("南水镇" + SUO, r": it starts with neither 珠海市 nor an administrative district", ("缺少“珠海市”，也未写明所在区，无法确定所属的区",)),
        ("珠海市珠海镇" + SUO, r": '珠海' starts with the city", ("地名“珠海”以“珠海”开头，地名不带市名",)),
        ("珠海市香洲区社区" + ZHAN, r"a station's name has no city, district or street", ("社区（村）服务站名称前不冠市、区、街道（镇）名", "地名“”只有后缀，缺少地名")),
    ],
)  # fmt: skip
def test_names_whose_unit_cannot_be_told_are_refused_without_a_standard_form(name, match, problems):
    with pytest.raises(hp.NonStandardNameError, match=match) as caught:
        hp.parse_agency_name(name)
    assert caught.value.standard is None
    assert caught.value.problems == problems
    assert caught.value.message_zh.endswith("，无法据此确定标准名称")


def test_a_name_of_exactly_120_characters_is_read_and_one_of_121_is_not():
    place = "夏" * (120 - len("社区" + ZHAN))
    # 120 characters: read in full (the place is refused for its length, not the name).
    with pytest.raises(hp.NonStandardNameError) as at_limit:
        hp.parse_agency_name(place + "社区" + ZHAN)
    assert "名称超过120个字" not in at_limit.value.problems
    with pytest.raises(hp.NonStandardNameError, match=r"longer than 120 characters$"):
        hp.parse_agency_name("夏" + place + "社区" + ZHAN)


def test_an_absurdly_long_name_is_not_echoed_whole_in_either_message():
    with pytest.raises(hp.PolicyError) as caught:
        hp.parse_agency_name("夏" * 10_000)
    assert len(str(caught.value)) < 300
    assert len(caught.value.message_zh) < 200


@pytest.mark.parametrize("bad", [None, 42, b"\xe5\xa4\x8f", ["夏湾社区"]])
def test_a_name_that_is_not_a_string_is_a_type_error_naming_the_argument(bad):
    with pytest.raises(TypeError, match=r"^name must be a str, got "):
        hp.parse_agency_name(bad)


def test_parameters_that_are_not_a_parameter_set_are_a_type_error():
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.parse_agency_name("夏湾社区" + ZHAN, params="2011")


# -- the error crosses process boundaries ---------------------------------------------------


def test_a_non_standard_name_error_pickles_and_copies_with_everything_it_carries():
    with pytest.raises(hp.NonStandardNameError) as caught:
        hp.parse_agency_name("珠海市香洲区拱北街道" + SUO)
    err = caught.value
    for twin in (pickle.loads(pickle.dumps(err)), copy.copy(err), copy.deepcopy(err)):
        assert type(twin) is hp.NonStandardNameError
        assert (str(twin), twin.message_zh) == (str(err), err.message_zh)
        assert (twin.name, twin.problems, twin.standard) == (err.name, err.problems, err.standard)


def test_a_non_standard_name_error_built_by_hand_still_has_a_chinese_message():
    err = hp.NonStandardNameError("x", name="x", problems=(), standard=None)
    assert err.message_zh == "名称不是依据三（一）4的标准名称"
