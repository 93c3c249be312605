"""The 报送 record of 四（二） as laws over any submission dates, and pinned whole.

For any districts' submission dates on a quarter: a report is on time exactly when it came
by the deadline, late by the working days after it, missing when no date is given; the
record lists missing, then late (most late first), then on-time reports, ties in the order
given; each entry's finding says so in the register's words. Records are pinned in
``tests/golden/reporting/cases.txt``.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .golden import assert_golden
from .render import refusal, render_all

D = dt.date
S = hp.SubmissionStatus
districts = st.lists(
    st.sampled_from(["香洲区", "斗门区", "金湾区", "横琴新区", "高新区", "高栏港经济区"]),
    unique=True,
    max_size=6,
)
days = st.none() | st.dates(D(2024, 9, 1), D(2024, 12, 31))


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
@given(
    districts.flatmap(
        lambda ds: st.tuples(st.just(ds), st.lists(days, min_size=len(ds), max_size=len(ds)))
    )
)
def test_each_district_is_on_time_late_or_missing_by_its_date_and_listed_worst_first(case):
    names, dates = case
    submissions = dict(zip(names, dates, strict=True))
    record = hp.report_submissions(2024, 3, submissions)
    due = D(2024, 10, 12)
    assert (record.year, record.quarter, record.due, record.working_days) == (2024, 3, due, 5)
    assert record.clauses == ("四（二）",)
    rank = {S.NOT_SUBMITTED: 0, S.LATE: 1, S.ON_TIME: 2}
    keys = [(rank[e.status], -e.working_days_late) for e in record.entries]
    assert keys == sorted(keys)
    assert sorted(e.district for e in record.entries) == sorted(names)
    order = {name: i for i, name in enumerate(names)}
    for a, b in zip(record.entries, record.entries[1:], strict=False):
        if (rank[a.status], a.working_days_late) == (rank[b.status], b.working_days_late):
            assert order[a.district] < order[b.district]
    for e in record.entries:
        day = submissions[e.district]
        f = e.finding
        assert (f.requirement, f.due, f.as_of) == ("reporting.quarterly", due, day)
        assert f.fact("period") == "2024年第3季度"
        assert f.fact("deadline") == "2024年10月12日"
        if day is None:
            assert (e.status, e.working_days_late, e.check, f.status) == (
                S.NOT_SUBMITTED, 0, None, hp.Status.NOT_MET,
            )  # fmt: skip
            assert f.fact("detail") == "未报送"
            assert e.describe() == f"{e.district}：未报送。"
            continue
        assert e.check is not None
        assert e.check.submitted == day
        assert f.fact("submitted") == f"{day.year}年{day.month}月{day.day}日"
        if day <= due:
            assert (e.status, e.working_days_late, f.status) == (S.ON_TIME, 0, hp.Status.MET)
            assert e.passed
        else:  # a report made on a day off is received on the next working day
            received = day if hp.is_working_day(day) else hp.next_working_day(day)
            late = hp.working_days_between(due, received)
            assert late >= 1
            assert (e.status, e.working_days_late, f.status) == (S.LATE, late, hp.Status.NOT_MET)
            assert f.fact("detail") == f"于{f.fact('submitted')}报送，逾期{late}个工作日"
            assert e.describe() == f"{e.district}：{f.fact('submitted')}报送，逾期{late}个工作日。"
    assert record.passed == all(e.status is S.ON_TIME for e in record.entries)
    assert record.late == tuple(e for e in record.entries if e.status is not S.ON_TIME)
    assert record.findings == tuple(e.finding for e in record.entries)
    lines = record.explain().splitlines()
    assert lines[1:] == [f"{i}. {e.describe()}" for i, e in enumerate(record.entries, 1)]


@pytest.mark.requirement(id="reporting.quarterly")
@given(
    st.sampled_from(["香洲区", "斗门区", "金湾区"]),
    st.dates(D(2024, 7, 1), D(2024, 12, 31)),
    st.sampled_from(["", "区"]),
)
def test_a_district_is_one_district_however_it_is_written(district, day, suffix):
    bare = district.removesuffix("区")
    record = hp.report_submissions(2024, 3, {f" {bare}{suffix} ": day})
    assert [(e.district, e.submitted) for e in record.entries] == [(district, day)]
    with pytest.raises(hp.PolicyError, match="name the same district"):
        hp.report_submissions(2024, 3, {bare: day, district: day})


@pytest.mark.requirement(id="reporting.quarterly")
@given(st.dates(D(2000, 1, 1), D(2024, 6, 30)))
def test_no_report_on_a_quarter_is_dated_before_the_quarter_began(day):
    with pytest.raises(hp.PolicyError, match="before 2024 Q3 began") as caught:
        hp.report_submissions(2024, 3, {"斗门区": day})
    assert "季度开始之日（2024年7月1日）" in caught.value.message_zh


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_submission_records_read_as_pinned_for_review():
    cases = {
        "2024 Q3, every kind of report": hp.report_submissions(
            2024,
            3,
            {
                "香洲区": D(2024, 10, 12),
                "斗门区": D(2024, 10, 16),
                "金湾区": None,
                "横琴新区": D(2024, 10, 8),
                "高新区": D(2024, 10, 14),
            },
        ),
        "2011 Q4, the first quarter reported": hp.report_submissions(
            2011, 4, {"香洲区": D(2012, 1, 9), "斗门区": D(2012, 1, 6)}
        ),
        "no district": hp.report_submissions(2024, 1, {}),
    }
    assert_golden("reporting/cases", render_all(cases))


REFUSALS = {
    "submissions that are a list": (
        lambda: hp.report_submissions(2024, 3, [("香洲区", D(2024, 10, 12))]),
        TypeError,
        r"^submissions must be a mapping of district to date, got \[",
    ),
    "a district that is not a name": (
        lambda: hp.report_submissions(2024, 3, {1: D(2024, 10, 12)}),
        TypeError,
        r"^submissions keys must be district names \(str\), got 1 \(int\)$",
    ),
    "a blank district": (
        lambda: hp.report_submissions(2024, 3, {" ": D(2024, 10, 12)}),
        TypeError,
        r"^submissions keys must be district names \(str\), got ' ' \(str\)$",
    ),
    "a date given as text": (
        lambda: hp.report_submissions(2024, 3, {"香洲区": "2024-10-12"}),
        TypeError,
        r"^submissions\['香洲区'\] must be a datetime\.date",
    ),
    "a name that is no district": (
        lambda: hp.report_submissions(2024, 3, {"Xiangzhou": D(2024, 10, 12)}),
        hp.PolicyError,
        r"^submissions: 'Xiangzhou' is not a district that reports; the districts: 香洲区, ",
    ),
    "a district that does not exist": (
        lambda: hp.report_submissions(2024, 3, {"不存在区": None}),
        hp.PolicyError,
        r"^submissions: '不存在区' is not a district that reports",
    ),
    "two names of one district": (
        lambda: hp.report_submissions(
            2024, 3, {"香洲区": D(2024, 10, 12), " 香洲": D(2024, 10, 14)}
        ),
        hp.PolicyError,
        r"^submissions: '香洲区' and '香洲' name the same district, 香洲区; give each",
    ),
    "a report dated before the quarter began": (
        lambda: hp.report_submissions(2024, 3, {"香洲区": D(2011, 1, 1)}),
        hp.PolicyError,
        r"^submissions\['香洲区'\]: 2011-01-01 is before 2024 Q3 began \(2024-07-01\)",
    ),
    "a quarter before reporting began": (
        lambda: hp.report_submissions(2011, 3, {}),
        hp.PolicyError,
        r"2011",
    ),
    "a parameter set that is not one": (
        lambda: hp.report_submissions(2024, 3, {}, params=None),
        TypeError,
        r"^params must be a PolicyParameters",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_what_is_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern):
        call()


def test_the_reporting_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("reporting/refusals", text)
