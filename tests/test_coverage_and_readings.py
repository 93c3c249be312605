"""Every requirement-like sentence of the plan accounted for; every reading said in Chinese.

Each sentence of :data:`hrss_policy.COVERAGE` is verbatim in its clause and is either
checked by requirements of the register or excluded with its reason; every requirement of
the register checks at least one sentence. Each reading has Chinese text, a gloss an
output can put in brackets, and a parameter that switches it.
"""

from __future__ import annotations

import attrs
import pytest

import hrss_policy as hp

from .builders import street_premises

IDS = {r.id for r in hp.REQUIREMENTS}


@pytest.mark.parametrize("item", hp.COVERAGE, ids=lambda v: f"{v.clause}:{v.sentence[:12]}")
def test_each_sentence_is_verbatim_and_either_checked_or_excluded_with_its_reason(item):
    assert item.sentence in hp.clause(item.clause).text
    assert set(item.requirements) <= IDS
    assert item.checked != (item.exclusion is not None)
    if not item.checked:
        assert item.reason_zh
        assert item.describe().startswith(f"不列入：{item.exclusion.label}")
    if item.clause != "二":  # 二's goal of 2012-08 dates the requirements of 三（三）、三（四）
        assert {hp.requirement(rid).clause for rid in item.requirements} <= {item.clause}


def test_every_requirement_of_the_register_checks_a_sentence_of_the_plan():
    covered = {rid for item in hp.COVERAGE for rid in item.requirements}
    assert covered == IDS


def test_every_clause_of_二_to_四_has_its_sentences_accounted_for():
    clauses = {item.clause for item in hp.COVERAGE}
    assert set(hp.CLAUSES) - clauses == set()


def test_the_service_items_of_三四_a_unit_can_evidence_are_requirements_and_the_rest_excluded():
    service = [v for v in hp.COVERAGE if v.clause == "三（四）"]
    checked = {v.sentence for v in service if v.checked}
    assert {"制定服务标准", "规范业务操作", "简化办事手续", "公开服务项目", "明确办理流程",
            "深入开展创建满意窗口活动", "建立定期培训制度"} <= checked  # fmt: skip
    assert {v.exclusion for v in service if not v.checked} == {hp.Exclusion.NO_STANDARD}
    (assessment,) = [v for v in hp.COVERAGE if v.sentence.startswith("建立考核制度")]
    assert assessment.exclusion is hp.Exclusion.CITY_LEVEL


@pytest.mark.parametrize("reading", hp.READINGS, ids=lambda r: r.id)
def test_each_reading_has_chinese_text_a_bracketable_gloss_and_a_switch(reading):
    assert any("\u4e00" <= ch <= "\u9fff" for ch in reading.text_zh)
    assert reading.gloss_zh
    assert not set("（）()：") & set(reading.gloss_zh)
    assert reading.cite_zh() == f"本库解读{reading.id}：{reading.gloss_zh}"
    assert reading.switches
    fields = {f.name for f in attrs.fields(hp.PolicyParameters)}
    assert all(s in fields or s.endswith("=") for s in reading.switches)


def test_each_parameter_reading_names_a_reading_that_exists():
    ids = {r.id for r in hp.READINGS}
    assert {i.reading for i in hp.PLAN_2011.info().values() if i.reading} <= ids


@pytest.mark.requirement(id="premises.equipment")
@pytest.mark.reading(id="R18")
def test_under_the_guide_reading_a_missing_item_of_equipment_is_a_remark_not_a_shortfall():
    guide = attrs.evolve(hp.PLAN_2011, equipment_list=hp.EquipmentList.GUIDE)
    present = {hp.Equipment.COMPUTER, hp.Equipment.PRINTER, hp.Equipment.FILING_CABINET}
    premises = attrs.evolve(street_premises(), equipment=present)
    strict = hp.check_premises(hp.Level.STREET_TOWN, premises).findings[-1]
    loose = hp.check_premises(hp.Level.STREET_TOWN, premises, params=guide).findings[-1]
    assert strict.status is hp.Status.NOT_MET
    assert loose.status is hp.Status.MET
    assert loose.text() == "电脑、打印机、档案柜均已配备"
    assert "未配备传真机、LED电子显示屏、自助查询机" in loose.note
    nothing = attrs.evolve(street_premises(), equipment=set())
    assert not hp.check_premises(hp.Level.STREET_TOWN, nothing, params=guide).findings[-1].passed
