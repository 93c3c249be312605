"""Findings an outside fuzzing run broke, pinned: a finding is one sentence with one verdict
word even with a remark, and one that could not render its sentence cannot be built."""

from __future__ import annotations

import datetime as dt
import string

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

D = dt.date


def _needed(requirement: hp.Requirement, status: hp.Status) -> list[str]:
    wording = requirement.wording(status)
    return list(dict.fromkeys(n for _, n, _, _ in string.Formatter().parse(wording) if n))


#: Remarks a caller may attach: one clause of text, without a full stop or a line break.
remarks = st.text(
    st.characters(exclude_categories=["Cc", "Cs", "Zl", "Zp"], exclude_characters="。"),
    min_size=1,
    max_size=30,
).filter(str.strip)


@given(
    st.sampled_from(hp.REQUIREMENTS),
    st.sampled_from(hp.Status),
    remarks,
    st.none() | st.dates(),
    st.none() | st.dates(),
)
def test_a_finding_with_a_remark_is_one_sentence_with_one_verdict(req, status, note, due, as_of):
    facts = dict.fromkeys(_needed(req, status), "某项")
    text = hp.Finding(req.id, status, facts, due=due, as_of=as_of, note=note).explain()
    assert text.count("【") == 1
    assert text.endswith("。")
    assert text.count("。") == 1
    assert "\n" not in text


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R11")
def test_the_remark_of_an_unapproved_extra_worker_read_as_a_note_stays_in_the_sentence():
    note = attrs.evolve(hp.PLAN_2011, over_quota_unapproved=hp.OverQuota.NOTE)
    check = hp.check_staffing(hp.street_staff_quota(45_000, params=note), 10, extra_approved=False)
    assert check.findings[1].explain() == (
        "【达标】实有工作人员10人，超出定额2人，未见区政府（管委会）批准，依据三（一）5；"
        "超出定额的人员应由街道（镇）报请区政府（管委会）批准。"
    )


def test_a_blank_remark_adds_nothing_to_the_sentence():
    plain = hp.Finding("funding.budget", hp.Status.MET)
    assert hp.Finding("funding.budget", hp.Status.MET, note=" ").explain() == plain.explain()


@given(st.sampled_from(hp.REQUIREMENTS), st.sampled_from(hp.Status), st.data())
def test_a_finding_whose_facts_lack_what_its_sentence_needs_is_refused_naming_them(
    req, status, data
):
    needed = _needed(req, status)
    if not needed:
        assert hp.Finding(req.id, status).explain()
        return
    left_out = data.draw(st.lists(st.sampled_from(needed), min_size=1, unique=True))
    facts = {name: "某项" for name in needed if name not in left_out}
    with pytest.raises(hp.PolicyError, match="facts lack") as info:
        hp.Finding(req.id, status, facts)
    assert all(name in str(info.value) for name in left_out)
    assert req.label in info.value.message_zh


def test_a_finding_built_without_facts_cannot_fail_later_when_explained():
    with pytest.raises(hp.PolicyError, match="facts lack area, minimum, gap"):
        hp.Finding("premises.floor_area", hp.Status.NOT_MET, {})


def test_the_wording_of_a_requirement_is_asked_for_by_status():
    with pytest.raises(TypeError, match="status must be a Status"):
        hp.requirement("premises.floor_area").wording("not_met")


def test_asking_a_finding_for_a_fact_it_does_not_hold_is_a_policy_error_naming_the_name():
    f = hp.Finding("funding.budget", hp.Status.MET, {"paid": "1.00元"})
    assert f.fact("paid") == "1.00元"
    with pytest.raises(
        hp.PolicyError, match="name 'area' is not a fact of this finding; it holds: paid"
    ):
        f.fact("area")
    with pytest.raises(TypeError, match="name must be a str"):
        f.fact(None)


def test_a_day_described_for_a_year_that_is_not_an_int_is_a_type_error():
    with pytest.raises(TypeError, match="year must be an int"):
        hp.day_info(D(2024, 10, 4)).describe("2024")
