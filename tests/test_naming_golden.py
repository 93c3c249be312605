"""三（一）4 in the words an officer reads: every explanation, pinned in a reviewed file.

``tests/golden/naming.txt`` holds one explanation of each kind of unit and one check of each
typical problem, exactly as the library prints them. A change to any line shows as a diff
in review. After an intended change, run the tests with ``HRSS_UPDATE_GOLDEN=1`` and review
the diff (``tests/golden.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

import pytest

import hrss_policy as hp

from .golden import assert_golden

# 三（一）4 sets one checkable requirement: the standard name.
pytestmark = pytest.mark.requirement(id="name.standard")

K = hp.UnitKind
SUO = "人力资源和社会保障服务所"
ZHAN = "人力资源和社会保障服务站"


def _refusal(call: Callable[[], object]) -> str:
    try:
        call()
    except hp.PolicyError as exc:
        return exc.message_zh
    raise AssertionError("expected a refusal")


def _check(kind: hp.UnitKind, place: str, current: str | None, **kw: str) -> str:
    return hp.check_agency_name(kind, place, current, **kw).explain()


CASES: list[tuple[str, str, Callable[[], str]]] = [
    # -- the standard name of each kind, and how it is formed ------------------------------
    ("行政区街道的标准名称", 'agency_name_detail(DISTRICT_STREET, "拱北街道", district="香洲")',
     lambda: hp.agency_name_detail(K.DISTRICT_STREET, "拱北街道", district="香洲").explain()),
    ("行政区镇的标准名称", 'agency_name_detail(DISTRICT_TOWN, "井岸", district="斗门区")',
     lambda: hp.agency_name_detail(K.DISTRICT_TOWN, "井岸", district="斗门区").explain()),
    ("区镇合一的经济功能区的标准名称", 'agency_name_detail(ZONE, "横琴新区")',
     lambda: hp.agency_name_detail(K.ZONE, "横琴新区").explain()),
    ("区镇合一的经济功能区，已报送合一的镇", 'agency_name_detail(ZONE, "横琴新区", merged_town="横琴镇")',
     lambda: hp.agency_name_detail(K.ZONE, "横琴新区", merged_town="横琴镇").explain()),
    ("经济功能区下辖镇的标准名称", 'agency_name_detail(ZONE_TOWN, "南水镇")',
     lambda: hp.agency_name_detail(K.ZONE_TOWN, "南水镇").explain()),
    ("与镇区镇合一的高新区，合一的镇取自区划", 'agency_name_detail(ZONE, "高新区")',
     lambda: hp.agency_name_detail(K.ZONE, "高新区").explain()),
    ("经济功能区下辖街道的标准名称（地名未收录）", 'agency_name_detail(ZONE_STREET, "金鼎")',
     lambda: hp.agency_name_detail(K.ZONE_STREET, "金鼎").explain()),
    ("下辖镇的功能区不是区镇合一", 'agency_name(ZONE, "高栏港经济区")',
     lambda: _refusal(lambda: hp.agency_name(K.ZONE, "高栏港经济区"))),
    ("唐家湾是与高新区区镇合一的镇，不是街道", 'agency_name(ZONE_STREET, "唐家湾")',
     lambda: _refusal(lambda: hp.agency_name(K.ZONE_STREET, "唐家湾"))),
    ("社区的标准名称", 'agency_name_detail(COMMUNITY, "南屏新村")',
     lambda: hp.agency_name_detail(K.COMMUNITY, "南屏新村").explain()),
    ("村的标准名称", 'agency_name_detail(VILLAGE, "莲江村")',
     lambda: hp.agency_name_detail(K.VILLAGE, "莲江村").explain()),
    # -- reading a name back ----------------------------------------------------------------
    ("读取行政区镇的标准名称", f'parse_agency_name("珠海市斗门区井岸镇{SUO}")',
     lambda: hp.parse_agency_name("珠海市斗门区井岸镇" + SUO).explain()),
    ("读取以镇命名的功能区名称", f'parse_agency_name("珠海横琴镇{SUO}")',
     lambda: hp.parse_agency_name("珠海横琴镇" + SUO).explain()),
    ("读取功能区下辖镇的标准名称", f'parse_agency_name("珠海市平沙镇{SUO}")',
     lambda: hp.parse_agency_name("珠海市平沙镇" + SUO).explain()),
    ("读取格式符合而地名属行政区的名称", f'parse_agency_name("珠海市井岸镇{SUO}")',
     lambda: _refusal(lambda: hp.parse_agency_name("珠海市井岸镇" + SUO))),
    ("读取格式符合而地名属行政区的街道名称", f'parse_agency_name("珠海市吉大街道办事处{SUO}")',
     lambda: _refusal(lambda: hp.parse_agency_name("珠海市吉大街道办事处" + SUO))),
    ("读取以功能区命名而功能区下辖镇的名称", f'parse_agency_name("珠海市高栏港经济区{SUO}")',
     lambda: _refusal(lambda: hp.parse_agency_name("珠海市高栏港经济区" + SUO))),
    ("读取地名未收录的名称", f'parse_agency_name("珠海市香洲区吉大东街道办事处{SUO}")',
     lambda: hp.parse_agency_name("珠海市香洲区吉大东街道办事处" + SUO).explain()),
    ("读取不规范的名称", 'parse_agency_name("珠海市香洲区拱北街道劳动保障服务所")',
     lambda: _refusal(lambda: hp.parse_agency_name("珠海市香洲区拱北街道劳动保障服务所"))),
    ("读取无法确定单位的名称", f'parse_agency_name("拱北街道办事处{SUO}")',
     lambda: _refusal(lambda: hp.parse_agency_name("拱北街道办事处" + SUO))),
    # -- checks: one per typical problem ----------------------------------------------------
    ("现用名称为标准名称", "check_agency_name(DISTRICT_TOWN, 井岸, 标准名称, district=斗门)",
     lambda: _check(K.DISTRICT_TOWN, "井岸", "珠海市斗门区井岸镇" + SUO, district="斗门")),
    ("未报送现用名称", "check_agency_name(COMMUNITY, 夏湾, None)",
     lambda: _check(K.COMMUNITY, "夏湾", None)),
    ("沿用劳动保障所的旧名称", "check_agency_name(DISTRICT_STREET, 拱北, 旧名称, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "拱北", "珠海市香洲区拱北街道劳动保障服务所", district="香洲")),
    ("街道办事处简写为街道办", "check_agency_name(DISTRICT_STREET, 前山, …街道办…, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "前山", "珠海市香洲区前山街道办" + SUO, district="香洲")),
    ("缺少珠海市", "check_agency_name(DISTRICT_STREET, 吉大, 香洲区吉大…, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "吉大", "香洲区吉大街道办事处" + SUO, district="香洲")),
    ("既缺少珠海市也缺少所在区", "check_agency_name(DISTRICT_STREET, 拱北, 拱北街道办事处…, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "拱北", "拱北街道办事处" + SUO, district="香洲")),
    ("社区服务站以居委会命名", "check_agency_name(COMMUNITY, 夏湾, 夏湾社区居委会…)",
     lambda: _check(K.COMMUNITY, "夏湾", "夏湾社区居委会" + ZHAN)),
    ("村服务站以村委会命名", "check_agency_name(VILLAGE, 莲江, 莲江村委会…)",
     lambda: _check(K.VILLAGE, "莲江", "莲江村委会" + ZHAN)),
    ("行政区镇写成功能区下辖镇的格式", "check_agency_name(DISTRICT_TOWN, 井岸, 珠海市井岸镇…, district=斗门)",
     lambda: _check(K.DISTRICT_TOWN, "井岸", "珠海市井岸镇" + SUO, district="斗门")),
    ("社区服务站误称服务所", "check_agency_name(COMMUNITY, 夏湾, 夏湾社区…服务所)",
     lambda: _check(K.COMMUNITY, "夏湾", "夏湾社区" + SUO)),
    ("社区服务站名称前冠市、区、街道名", "check_agency_name(COMMUNITY, 夏湾, 珠海市香洲区拱北街道办事处夏湾社区…)",
     lambda: _check(K.COMMUNITY, "夏湾", "珠海市香洲区拱北街道办事处夏湾社区" + ZHAN)),
    ("功能区下辖镇的名称冠功能区名", "check_agency_name(ZONE_TOWN, 南水, 珠海市高栏港经济区南水镇…)",
     lambda: _check(K.ZONE_TOWN, "南水", "珠海市高栏港经济区南水镇" + SUO)),
    ("功能区下辖镇的名称冠行政区名", "check_agency_name(ZONE_TOWN, 南水, 珠海市金湾区南水镇…)",
     lambda: _check(K.ZONE_TOWN, "南水", "珠海市金湾区南水镇" + SUO)),
    ("所在区有误", "check_agency_name(DISTRICT_TOWN, 井岸, 珠海市金湾区井岸镇…, district=斗门)",
     lambda: _check(K.DISTRICT_TOWN, "井岸", "珠海市金湾区井岸镇" + SUO, district="斗门")),
    ("使用了另一单位的标准名称", "check_agency_name(DISTRICT_STREET, 吉大, 拱北的标准名称, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "吉大", "珠海市香洲区拱北街道办事处" + SUO, district="香洲")),
    ("照抄模板中的括号", "check_agency_name(ZONE, 横琴新区, 珠海（市）横琴新区…)",
     lambda: _check(K.ZONE, "横琴新区", "珠海（市）横琴新区" + SUO)),
    ("名称中有空格", "check_agency_name(DISTRICT_STREET, 拱北, 珠海市香洲区 拱北…, district=香洲)",
     lambda: _check(K.DISTRICT_STREET, "拱北", "珠海市香洲区 拱北街道办事处" + SUO, district="香洲")),
    ("名称中有形近字", "check_agency_name(DISTRICT_TOWN, 井岸, …⼈力资源…, district=斗门)",
     lambda: _check(K.DISTRICT_TOWN, "井岸", "珠海市斗门区井岸镇\u2f08力资源和社会保障服务所", district="斗门")),
    ("功能区以简称“珠海”沿用旧名称", "check_agency_name(ZONE, 横琴新区, 珠海横琴新区劳动保障服务所)",
     lambda: _check(K.ZONE, "横琴新区", "珠海横琴新区劳动保障服务所")),
    ("功能区以镇命名，未报送合一的镇", "check_agency_name(ZONE, 横琴新区, 珠海横琴镇…)",
     lambda: _check(K.ZONE, "横琴新区", "珠海横琴镇" + SUO)),
    ("功能区以镇命名，已报送合一的镇", "check_agency_name(ZONE, 横琴新区, 珠海市横琴镇…, merged_town=横琴)",
     lambda: _check(K.ZONE, "横琴新区", "珠海市横琴镇" + SUO, merged_town="横琴")),
    # -- generating many names, and refusals ------------------------------------------------
    ("批量生成，其中有无法生成的单位", "agency_names([...])",
     lambda: hp.agency_names([
         (K.DISTRICT_TOWN, "井岸", "斗门"),
         (K.DISTRICT_TOWN, "白蕉"),
         (K.DISTRICT_STREET, "白蕉镇", "斗门"),
         hp.AgencyUnit(K.ZONE, "横琴新区", city_prefix="珠海"),
         ("村", "莲江"),
     ]).explain()),
    ("功能区名称不全", 'agency_name(ZONE, "横琴")',
     lambda: _refusal(lambda: hp.agency_name(K.ZONE, "横琴"))),
    ("把功能区当作所在区", 'agency_name(DISTRICT_TOWN, "南水", district="高栏港经济区")',
     lambda: _refusal(lambda: hp.agency_name(K.DISTRICT_TOWN, "南水", district="高栏港经济区"))),
    ("地名含有英文字母", 'agency_name(VILLAGE, "Lianjiang")',
     lambda: _refusal(lambda: hp.agency_name(K.VILLAGE, "Lianjiang"))),
]  # fmt: skip


def render() -> str:
    """Every case: a heading an officer reads, the call a developer reads, the output."""
    blocks = [
        f"## {i}. {title}\n# {call}\n{produce()}\n"
        for i, (title, call, produce) in enumerate(CASES, start=1)
    ]
    return "\n".join(blocks)


@pytest.mark.reading(id="R4")
@pytest.mark.reading(id="R14")
def test_every_naming_explanation_reads_as_the_reviewed_golden_file():
    assert_golden("naming", render())


def test_no_chinese_output_of_the_golden_file_carries_an_english_message():
    for line in render().splitlines():
        if line.startswith("# "):
            continue
        # Input quoted back (“Lianjiang”), code points (U+2F08), reading ids (R14) and the
        # template's XX: no other Latin letter.
        rest = re.sub(r"“[^”]*”|U\+[0-9A-F]{4,6}|R\d+|XX", "", line)
        assert not re.search("[A-Za-z]", rest), line
