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
    facts = {name: "某项" for name in _needed(req, status)}
    text = hp.Finding(req.id, status, facts, due=due, as_of=as_of, note=note).explain()
    assert text.count("【") == 1
    assert text.endswith("。")
    assert text.count("。") == 1
    assert "\n" not in text


def test_the_remark_of_an_unapproved_extra_worker_read_as_a_note_stays_in_the_sentence():
    note = attrs.evolve(hp.PLAN_2011, over_quota_unapproved=hp.OverQuota.NOTE)
    check = hp.check_staffing(hp.street_staff_quota(45_000, params=note), 10)
    assert check.findings[1].explain() == (
        "【达标】实有工作人员10人，超出定额2人，未见区政府（管委会）批准，依据三（一）5；"
        "超出定额的人员应由街道（镇）报请区政府（管委会）批准。"
    )


def test_a_blank_remark_adds_nothing_to_the_sentence():
    plain = hp.Finding("funding.budget", hp.Status.MET)
    assert hp.Finding("funding.budget", hp.Status.MET, note=" ").explain() == plain.explain()
