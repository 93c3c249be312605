"""Chinese explanations an outside fuzzing run found breaking the style guide, pinned: no
explanation nests brackets (a clause id and a zone's kind carry their own), for any unit."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from . import fuzzkit

D = dt.date


def _nesting(text: str) -> list[str]:
    return [p for p in fuzzkit.chinese_style_problems(text, []) if p.startswith("nested")]


@given(st.lists(fuzzkit.units(), min_size=1, max_size=4), st.sampled_from([None, D(2012, 9, 15)]))
def test_no_explanation_of_an_inspection_or_its_roll_ups_nests_brackets(units, as_of):
    inspections = [hp.inspect_unit(u, as_of=as_of) for u in units]
    texts = [i.explain() for i in inspections]
    texts.append(hp.rollup(inspections).explain())
    if as_of is not None:
        texts.append(hp.district_progress(inspections, as_of=as_of).explain())
        texts.append(hp.progress_bulletin(inspections, as_of=as_of).explain())
    for text in texts:
        assert _nesting(text) == [], text


def test_a_zone_merged_with_its_town_is_described_without_nested_brackets():
    unit = hp.Unit(kind=hp.UnitKind.ZONE, place="横琴新区", service_recipients=5)
    first = hp.inspect_unit(unit).explain().splitlines()[0]
    # 横琴新区 named as itself: the text counts it apart from the 经济功能区.
    assert first == "珠海市横琴新区人力资源和社会保障服务所，横琴新区（区镇合一），未指定检查日期。"
    assert "经济功能区" not in first


def test_the_progress_of_the_districts_cites_its_clause_without_nested_brackets():
    text = hp.district_progress([], as_of=D(2012, 9, 15)).explain()
    assert (
        text.splitlines()[0] == "依据四（二），截至2012年9月15日各区公共服务平台建设完成情况如下："
    )


@pytest.mark.parametrize("level", list(hp.Level))
def test_a_unit_profile_cites_each_clause_after_what_it_says(level):
    lines = hp.unit_profile(level).explain().splitlines()
    assert [line.rsplit("，依据", 1)[1] for line in lines] == [
        "三（一）1。",
        "三（一）2。",
        "三（一）3。",
    ]
    assert all(_nesting(line) == [] for line in lines)
