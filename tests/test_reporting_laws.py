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


@pytest.mark.reading(id="R25")
@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
@given(
    districts.flatmap(
        lambda ds: st.tuples(st.just(ds), st.lists(days, min_size=len(ds), max_size=len(ds)))
    ),
    st.none() | st.dates(D(2024, 9, 1), D(2025, 1, 31)),
)
def test_each_district_is_on_time_late_early_or_missing_by_its_date_and_listed_worst_first(
    case, as_of
):
    names, dates = case
    if as_of is not None:  # a record as of a date holds no report made after it
        dates = [d if d is None or d <= as_of else None for d in dates]
    submissions = dict(zip(names, dates, strict=True))
    record = hp.report_submissions(2024, 3, submissions, as_of=as_of)
    due, end = D(2024, 10, 12), D(2024, 9, 30)
    assert (record.year, record.quarter, record.due, record.working_days) == (2024, 3, due, 5)
    assert (record.clauses, record.as_of) == (("四（二）",), as_of)
    rank = {S.OVERDUE: 0, S.NOT_SUBMITTED: 0, S.LATE: 1, S.EARLY: 2, S.PENDING: 3, S.ON_TIME: 4}
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
        assert (f.requirement, f.due) == ("reporting.quarterly", due)
        assert f.fact("period") == "2024年第3季度"
        assert f.fact("deadline") == "2024年10月12日"
        if day is None:
            # Nothing is overdue before its due date (R10, R25).
            if as_of is None:
                expected, detail = S.NOT_SUBMITTED, "未报送"
            elif as_of <= due:
                expected, detail = (
                    S.PENDING,
                    f"截至{as_of.year}年{as_of.month}月{as_of.day}日尚未报送，报送期限未到",
                )
            else:
                expected, detail = (
                    S.OVERDUE,
                    f"截至{as_of.year}年{as_of.month}月{as_of.day}日未报送，已超过报送期限",
                )
            assert (e.status, e.working_days_late, e.check, f.status, f.as_of) == (
                expected, 0, None, hp.Status.NOT_MET, as_of,
            )  # fmt: skip
            assert f.fact("detail") == detail
            assert e.describe() == f"{e.district}：{expected.label}。"
            assert f.overdue == (expected is S.OVERDUE)
            continue
        assert e.check is not None
        assert e.check.submitted == day
        assert f.fact("submitted") == f"{day.year}年{day.month}月{day.day}日"
        if day <= end:  # before the quarter ended: not a report of it (R25)
            assert (e.status, e.working_days_late, f.status) == (S.EARLY, 0, hp.Status.NOT_MET)
            assert not e.passed
            assert e.check.early
            assert not e.check.passed
            assert f.as_of == (day if as_of is None else as_of)
        elif day <= due:
            assert (e.status, e.working_days_late, f.status) == (S.ON_TIME, 0, hp.Status.MET)
            assert e.passed
            assert f.as_of == day
        else:  # a report made on a day off is received on the next working day
            received = day if hp.is_working_day(day) else hp.next_working_day(day)
            late = hp.working_days_between(due, received)
            assert late >= 1
            assert (e.status, e.working_days_late, f.status) == (S.LATE, late, hp.Status.NOT_MET)
            assert f.fact("detail") == f"于{f.fact('submitted')}报送，逾期{late}个工作日"
            assert e.describe() == f"{e.district}：{f.fact('submitted')}报送，逾期{late}个工作日。"
    assert record.passed == all(e.status is S.ON_TIME for e in record.entries)
    assert record.late == tuple(
        e for e in record.entries if e.status in (S.LATE, S.OVERDUE, S.NOT_SUBMITTED)
    )
    if as_of is not None and as_of <= due:
        assert not any(e.status is S.OVERDUE for e in record.late)
    assert record.early == tuple(e for e in record.entries if e.status is S.EARLY)
    assert record.pending == tuple(e for e in record.entries if e.status is S.PENDING)
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
        "2012 Q3, a report before the quarter ended": hp.report_submissions(
            2012, 3, {"横琴新区": D(2012, 9, 28), "香洲区": D(2012, 10, 9)}
        ),
        "2024 Q3 as of 10 October: not yet due": hp.report_submissions(
            2024, 3, {"香洲区": D(2024, 10, 8), "金湾区": None}, as_of=D(2024, 10, 10)
        ),
        "2024 Q3 as of 20 October: overdue": hp.report_submissions(
            2024, 3, {"香洲区": D(2024, 10, 12), "金湾区": None}, as_of=D(2024, 10, 20)
        ),
        "the early report's own check": hp.check_quarterly_report(2012, 3, D(2012, 9, 28)),
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
    "a submission after the record's date": (
        lambda: hp.report_submissions(2024, 3, {"香洲区": D(2024, 10, 12)}, as_of=D(2024, 10, 10)),
        hp.PolicyError,
        r"^submissions\['香洲区'\] is 2024-10-12, after as_of=2024-10-10",
    ),
    "a record date that is text": (
        lambda: hp.report_submissions(2024, 3, {}, as_of="2024-10-10"),
        TypeError,
        r"^as_of must be a datetime\.date",
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
