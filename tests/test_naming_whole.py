"""Names of 三（一）4 pinned whole: every reading, check and refusal, in both languages.

``test_naming_golden.py`` pins the explanations an officer reads; here every field of the
results and every message of the refusals is pinned, over the names a bureau actually
meets: each kind's standard name, the abbreviations (街道, 街道办), the old tails (劳动保障所),
the wrong agency word, a station written with its city, district or street, a name with
neither 珠海市 nor a district, 珠海 before a unit that is not a zone, a zone named after its
town, stray spaces, brackets and Latin letters, the 120-character limit. The files are
``tests/golden/naming/whole/*.txt``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs
import pytest

import hrss_policy as hp

from .golden import assert_golden
from .render import render

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"
NO_TOWN_NAMES = attrs.evolve(hp.PLAN_2011, zone_may_use_town_name=False)


def _outcome(call: Callable[[], Any]) -> str:
    try:
        value = call()
    except (hp.PolicyError, TypeError) as exc:
        lines = [f"{type(exc).__name__}: {exc}"]
        if isinstance(exc, hp.PolicyError):
            lines.append(f"  zh: {exc.message_zh}")
        if isinstance(exc, hp.NonStandardNameError):
            lines.append(f"  problems: {list(exc.problems)}")
            lines.append(f"  standard: {exc.standard}")
            lines.append(f"  name: {exc.name}")
        return "\n".join(lines)
    return render(value) if not isinstance(value, str) else value


def _pinned(name: str, cases: dict[str, Callable[[], Any]]) -> None:
    text = "\n\n".join(f"## {label}\n{_outcome(call)}" for label, call in cases.items())
    assert_golden(f"naming/whole/{name}", text)


READ = [
    # standard names of each kind
    f"珠海市香洲区拱北街道办事处{SUO}",
    f"珠海市香洲区吉大东街道办事处{SUO}",
    f"珠海市斗门区井岸镇{SUO}",
    f"珠海市横琴新区{SUO}",
    f"珠海横琴新区{SUO}",
    f"珠海横琴镇{SUO}",
    f"珠海市南水镇{SUO}",
    f"珠海市唐家湾街道办事处{SUO}",
    f"珠海市金鼎街道办事处{SUO}",
    f"珠海市平沙镇{SUO}",
    f"珠海市井岸镇{SUO}",
    f"珠海市高栏港经济区{SUO}",
    f"夏湾社区居委会{ZHAN}",
    f"莲江村委会{ZHAN}",
    f"夏湾社区{ZHAN}",
    f"南屏新村社区{ZHAN}",
    f"新镇社区{ZHAN}",
    f"莲江村{ZHAN}",
    # abbreviations and old words
    f"珠海市香洲区拱北街道{SUO}",
    f"珠海市香洲区拱北街道办{SUO}",
    "珠海市香洲区拱北街道劳动保障服务所",
    "珠海市斗门区井岸镇人力资源社会保障所",
    "夏湾社区劳动保障工作站",
    "珠海市斗门区井岸镇人社服务中心",
    f"珠海市斗门区井岸镇{ZHAN}",
    f"夏湾社区{SUO}",
    # a station with its city, district or street before it
    f"珠海市夏湾社区{ZHAN}",
    f"香洲区夏湾社区{ZHAN}",
    f"拱北街道夏湾社区{ZHAN}",
    f"珠海市香洲区拱北街道办事处夏湾社区{ZHAN}",
    f"斗门区井岸镇莲江村{ZHAN}",
    f"珠海市社区{ZHAN}",
    # the city and the district
    f"香洲区拱北街道办事处{SUO}",
    f"拱北街道办事处{SUO}",
    f"横琴新区{SUO}",
    f"珠海香洲区拱北街道办事处{SUO}",
    f"珠海市横琴新区南水镇{SUO}",
    f"珠海市高栏港经济区南水镇{SUO}",
    f"珠海市香洲区{SUO}",
    f"珠海市香洲区拱北{SUO}",
    f"珠海南水镇{SUO}",
    # places that contradict their kind
    f"珠海市香洲区白蕉镇街道办事处{SUO}",
    f"珠海市香洲区珠海街道办事处{SUO}",
    f"珠海市南水区镇{SUO}",
    f"珠海市香洲区街道办事处{SUO}",
    f"珠海市香洲区镇镇{SUO}",
    # characters that are not Chinese
    f"珠海市 香洲区拱北街道办事处{SUO}",
    f"珠海（市）横琴新区{SUO}",
    f"夏湾社区（村）{ZHAN}",
    f"珠海市香洲区拱北A街道办事处{SUO}",
    f"珠海市香洲区拱北街道办事处{SUO}。",
    "（）",
    # the limits
    "",
    "   ",
    "某某单位",
    "拱" * 121,
    f"珠海市香洲区{'拱' * 31}街道办事处{SUO}",
]


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
@pytest.mark.parametrize("params", [hp.PLAN_2011, NO_TOWN_NAMES], ids=["plan", "no_town_names"])
def test_every_name_a_bureau_meets_reads_as_pinned_for_review(params):
    cases = {
        name or "(empty)": (lambda n=name: hp.parse_agency_name(n, params=params)) for name in READ
    }
    suffix = "" if params is hp.PLAN_2011 else "_no_town_names"
    _pinned(f"read{suffix}", cases)


CHECKS: dict[str, Callable[[], Any]] = {
    "a street, standard": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市香洲区拱北街道办事处{SUO}", district="香洲"
    ),
    "a street, not reported": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", None, district="香洲"
    ),
    "a street, blank": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", "  ", district="香洲"
    ),
    "a street, abbreviated": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市香洲区拱北街道{SUO}", district="香洲"
    ),
    "a street, another street's name": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市香洲区吉大街道办事处{SUO}", district="香洲"
    ),
    "a street, another district": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市斗门区拱北街道办事处{SUO}", district="香洲"
    ),
    "a street, named as a town": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市香洲区拱北镇{SUO}", district="香洲"
    ),
    "a street, no district": lambda: hp.check_agency_name(
        K.DISTRICT_STREET, "拱北", f"珠海市拱北街道办事处{SUO}", district="香洲"
    ),
    "a zone street, with a district": lambda: hp.check_agency_name(
        K.ZONE_STREET, "金鼎", f"珠海市香洲区金鼎街道办事处{SUO}"
    ),
    "a zone town, 珠海 before it": lambda: hp.check_agency_name(
        K.ZONE_TOWN, "南水", f"珠海南水镇{SUO}"
    ),
    "a zone, 珠海": lambda: hp.check_agency_name(K.ZONE, "横琴新区", f"珠海横琴新区{SUO}"),
    "a zone, named after its town": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海横琴镇{SUO}", merged_town="横琴"
    ),
    "a zone, named after its town as 珠海市": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海市横琴镇{SUO}", merged_town="横琴镇"
    ),
    "a zone, named after another town": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海横琴镇{SUO}", merged_town="南水"
    ),
    "a zone, named after a town not recorded": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海横琴镇{SUO}"
    ),
    "a zone, named after its town where the reading is not adopted": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海横琴镇{SUO}", merged_town="横琴", params=NO_TOWN_NAMES
    ),
    "a zone, another zone's name": lambda: hp.check_agency_name(
        K.ZONE, "横琴新区", f"珠海市高新区{SUO}"
    ),
    "a community, with its street": lambda: hp.check_agency_name(
        K.COMMUNITY, "夏湾", f"拱北街道夏湾社区{ZHAN}"
    ),
    "a community, as a village": lambda: hp.check_agency_name(K.COMMUNITY, "夏湾", f"夏湾村{ZHAN}"),
    "a village, as a 所": lambda: hp.check_agency_name(K.VILLAGE, "莲江", f"莲江村{SUO}"),
    "a village, unreadable": lambda: hp.check_agency_name(K.VILLAGE, "莲江", "莲江村委会"),
    "a village, with a space": lambda: hp.check_agency_name(K.VILLAGE, "莲江", f"莲江村 {ZHAN}"),
}


def test_every_check_of_a_current_name_reads_as_pinned_for_review():
    _pinned("checks", CHECKS)


NAMES: dict[str, Callable[[], Any]] = {
    "a street of a district, its place with 街道办": lambda: hp.agency_name_detail(
        K.DISTRICT_STREET, "吉大东街道办", district="香洲区"
    ),
    "a town of a district": lambda: hp.agency_name_detail(
        K.DISTRICT_TOWN, "白蕉镇", district="斗门"
    ),
    "a zone": lambda: hp.agency_name_detail(K.ZONE, "高新区"),
    "a zone with towns under it (no 区镇合一)": lambda: hp.agency_name_detail(
        K.ZONE, "高栏港经济区"
    ),
    "a zone as 珠海": lambda: hp.agency_name_detail(K.ZONE, "横琴新区", city_prefix="珠海"),
    "a zone merged with its town": lambda: hp.agency_name_detail(
        K.ZONE, "横琴新区", merged_town="横琴镇"
    ),
    "a zone merged with its town, the reading not adopted": lambda: hp.agency_name_detail(
        K.ZONE, "横琴新区", merged_town="横琴", params=NO_TOWN_NAMES
    ),
    "a town under a zone": lambda: hp.agency_name_detail(K.ZONE_TOWN, "南水"),
    "a street under a zone": lambda: hp.agency_name_detail(K.ZONE_STREET, "金鼎街道"),
    "a town merged with its zone, as a street under a zone": lambda: hp.agency_name_detail(
        K.ZONE_STREET, "唐家湾街道"
    ),
    "a community whose name ends in 村": lambda: hp.agency_name_detail(K.COMMUNITY, "南屏新村社区"),
    "a village": lambda: hp.agency_name_detail(K.VILLAGE, "莲江"),
    "parts read back": lambda: hp.parse_agency_name(f"珠海市香洲区拱北街道办事处{SUO}"),
}


@pytest.mark.reading(id="R4")
def test_every_kind_s_standard_name_reads_as_pinned_for_review():
    _pinned("names", NAMES)


REFUSED: dict[str, Callable[[], Any]] = {
    "a kind given as text": lambda: hp.agency_name("village", "莲江"),
    "a place that is a number": lambda: hp.agency_name(K.VILLAGE, 3),
    "a district that is a number": lambda: hp.agency_name(K.DISTRICT_TOWN, "井岸", district=3),
    "a city prefix that is a number": lambda: hp.agency_name(K.ZONE, "横琴新区", city_prefix=1),
    "a merged town that is a number": lambda: hp.agency_name(K.ZONE, "横琴新区", merged_town=1),
    "a place with a Latin letter": lambda: hp.agency_name(K.VILLAGE, "莲江A"),
    "a place of 31 characters": lambda: hp.agency_name(K.VILLAGE, "莲" * 31),
    "an empty place": lambda: hp.agency_name(K.VILLAGE, ""),
    "only the suffix": lambda: hp.agency_name(K.DISTRICT_STREET, "街道办事处", district="香洲"),
    "a place starting with the city": lambda: hp.agency_name(
        K.DISTRICT_STREET, "珠海拱北", district="香洲"
    ),
    "a station starting with its district": lambda: hp.agency_name(K.COMMUNITY, "香洲区夏湾"),
    "a station starting with a zone": lambda: hp.agency_name(K.VILLAGE, "高新区莲江"),
    "a station containing 街道": lambda: hp.agency_name(K.COMMUNITY, "拱北街道夏湾"),
    "a zone town containing 区": lambda: hp.agency_name(K.ZONE_TOWN, "高栏区南水"),
    "a street given twice": lambda: hp.agency_name(
        K.DISTRICT_STREET, "拱北街道街道", district="香洲"
    ),
    "a town given twice": lambda: hp.agency_name(K.DISTRICT_TOWN, "井岸镇镇", district="斗门"),
    "a street given as a town": lambda: hp.agency_name(
        K.DISTRICT_STREET, "白蕉镇", district="斗门"
    ),
    "a town given as a street office": lambda: hp.agency_name(
        K.DISTRICT_TOWN, "拱北办事处", district="香洲"
    ),
    "a village given as a community": lambda: hp.agency_name(K.VILLAGE, "夏湾社区"),
    "a village given twice": lambda: hp.agency_name(K.VILLAGE, "莲江村村"),
    "a town given as a district": lambda: hp.agency_name(K.ZONE_TOWN, "平沙区"),
    "an unknown zone": lambda: hp.agency_name(K.ZONE, "横琴"),
    "a zone with its city": lambda: hp.agency_name(K.ZONE, "珠海市横琴新区"),
    "a zone with the short city": lambda: hp.agency_name(K.ZONE, "珠海高新区"),
    "a district as a zone": lambda: hp.agency_name(K.ZONE, "香洲区"),
    "a bare district as a zone": lambda: hp.agency_name(K.ZONE, "香洲"),
    "a zone named by a word it starts with": lambda: hp.agency_name(K.ZONE, "万山"),
    "a zone named by a word two zones start with": lambda: hp.agency_name(K.ZONE, "高"),
    "a district missing": lambda: hp.agency_name(K.DISTRICT_STREET, "拱北"),
    "an unknown district": lambda: hp.agency_name(K.DISTRICT_STREET, "拱北", district="广州"),
    "a zone as a district": lambda: hp.agency_name(
        K.DISTRICT_TOWN, "南水", district="高栏港经济区"
    ),
    "a bare zone as a district": lambda: hp.agency_name(K.DISTRICT_TOWN, "南水", district="高新"),
    "a district for a village": lambda: hp.agency_name(K.VILLAGE, "莲江", district="斗门"),
    "a district for a zone town": lambda: hp.agency_name(K.ZONE_TOWN, "南水", district="金湾"),
    "an unknown city prefix": lambda: hp.agency_name(K.ZONE, "横琴新区", city_prefix="珠海县"),
    "珠海 for a street": lambda: hp.agency_name(
        K.DISTRICT_STREET, "拱北", district="香洲", city_prefix="珠海"
    ),
    "a merged town for a street": lambda: hp.agency_name(
        K.DISTRICT_STREET, "拱北", district="香洲", merged_town="拱北"
    ),
    "a merged town that is a district": lambda: hp.agency_name(
        K.ZONE, "横琴新区", merged_town="横琴区"
    ),
    "a merged town that is only the suffix": lambda: hp.agency_name(
        K.ZONE, "横琴新区", merged_town="镇"
    ),
    "a name that is a number": lambda: hp.parse_agency_name(3),
    "a current name that is a number": lambda: hp.check_agency_name(K.VILLAGE, "莲江", 3),
    "a map listing one name as district and zone": lambda: hp.agency_name(
        K.VILLAGE,
        "莲江",
        params=attrs.evolve(hp.PLAN_2011, functional_zones=("横琴新区", "香洲区")),
    ),
    "a batch that is one unit": lambda: hp.agency_names(hp.AgencyUnit(K.VILLAGE, "莲江")),
    "a batch that is text": lambda: hp.agency_names("莲江"),
    "a batch that is a number": lambda: hp.agency_names(3),
    "a normalized district that is unknown": lambda: hp.normalize_district("广州"),
    "a normalized place of a kind given as text": lambda: hp.normalize_place("village", "莲江"),
}


def test_every_refusal_reads_as_pinned_for_review():
    _pinned("refusals", REFUSED)


@pytest.mark.parametrize("case", list(REFUSED))
def test_every_refusal_is_a_type_error_or_a_policy_error_that_speaks_chinese(case):
    with pytest.raises((TypeError, hp.PolicyError)) as info:
        REFUSED[case]()
    if isinstance(info.value, hp.PolicyError):
        assert info.value.message_zh
        assert not any(word in info.value.message_zh for word in ("place", "district", "kind"))


#: A batch as a bureau sends one: good units, a missing district, a short tuple, a kind as text.
BATCH = [
    (K.COMMUNITY, "夏湾"),
    (K.DISTRICT_TOWN, "白蕉"),
    hp.AgencyUnit(K.DISTRICT_STREET, "拱北", district="香洲"),
    (K.VILLAGE,),
    ("village", "莲江"),
    hp.AgencyUnit(K.ZONE, "横琴新区", city_prefix="珠海", merged_town="横琴"),
    (K.DISTRICT_TOWN, "井岸", "斗门"),
]


def test_a_batch_names_each_unit_or_says_why_it_cannot_by_position():
    batch = hp.agency_names(BATCH)
    assert batch.names == (
        f"夏湾社区{ZHAN}",
        None,
        f"珠海市香洲区拱北街道办事处{SUO}",
        None,
        None,
        f"珠海横琴新区{SUO}",
        f"珠海市斗门区井岸镇{SUO}",
    )
    assert [f.index for f in batch.failures] == [1, 3, 4]
    assert not batch.all_named
    assert batch.clauses == ("三（一）4",)
    assert_golden("naming/whole/batch", render(batch))


def test_a_batch_of_good_units_is_all_named():
    batch = hp.agency_names([(K.VILLAGE, "莲江"), (K.COMMUNITY, "夏湾")])
    assert batch.all_named
    assert batch.failures == ()
    assert batch.explain().splitlines()[0] == "依据三（一）4生成标准名称，共2个单位。"
