"""Deadlines of 四（二） and 三（四） as laws over any quarter and day, and pinned whole.

For any quarter reported on: the report is due the 5th working day after the quarter ends;
a report is on time through that day, and a late one is late by the working days to the
day it is received (the next working day when it came on a day off). For any case: the
due date is the limit's n-th working day after acceptance (or counting the day itself,
under the other reading), completion on that day or before is within the limit, and
completion on the day of acceptance is too. A year counted that is an estimate says so.
The cases are pinned in ``tests/golden/deadlines/cases.txt`` and the refusals in
``tests/golden/deadlines/refusals.txt``.
"""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.rules.deadlines.time_limits import ESTIMATE_NOTE

from .golden import assert_golden
from .render import refusal, render_all

D = dt.date
SAME_DAY = attrs.evolve(
    hp.PLAN_2011, service_count_from=hp.CountFrom.SAME_DAY, report_count_from=hp.CountFrom.SAME_DAY
)
quarters = st.tuples(st.integers(2012, 2026), st.integers(1, 4)).filter(lambda q: q != (2026, 4))
days = st.dates(D(2012, 1, 1), D(2026, 10, 31))
readings = st.sampled_from([hp.PLAN_2011, SAME_DAY])


def _expected_due(start: dt.date, n: int, same_day: bool) -> dt.date:
    if same_day and hp.is_working_day(start):
        return hp.add_working_days(start, n - 1)
    return hp.add_working_days(start, n)


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
@given(quarters, readings)
def test_a_quarter_s_report_is_due_on_the_fifth_working_day_after_it_ends(quarter, params):
    year, q = quarter
    r = hp.quarterly_report(year, q, params=params)
    end = D(year, 3 * q, 1) + dt.timedelta(days=31)
    end = end.replace(day=1) - dt.timedelta(days=1)
    same_day = params.report_count_from is hp.CountFrom.SAME_DAY
    assert (r.year, r.quarter, r.quarter_end) == (year, q, end)
    assert (
        r.due
        == _expected_due(end, 5, same_day)
        == hp.quarterly_report_deadline(year, q, params=params)
    )
    assert r.span.count == 5
    assert r.span.counts_start is same_day
    assert [d.date for d in r.span.skipped] == [
        end + dt.timedelta(days=i)
        for i in range(0 if same_day else 1, (r.due - end).days)
        if not hp.is_working_day(end + dt.timedelta(days=i))
    ]
    assert r.period == f"{year}年第{q}季度"
    assert r.clauses == ("四（二）",)
    assert not r.estimated


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
@given(quarters, st.integers(-5, 30))
def test_a_report_is_on_time_through_its_due_date_and_late_by_the_working_days_after(
    quarter, offset
):
    year, q = quarter
    due = hp.quarterly_report_deadline(year, q)
    day = due + dt.timedelta(days=offset)
    c = hp.check_quarterly_report(year, q, day)
    assert c.submitted == day
    assert c.due == due
    # A report on or before the quarter's last day is early, neither on time nor late (R25).
    assert c.early == (day <= c.report.quarter_end)
    if day <= due:
        assert (c.passed, c.received, c.working_days_late, c.calendar_days_late) == (
            not c.early,
            day,
            0,
            0,
        )
    else:
        received = day if hp.is_working_day(day) else hp.next_working_day(day)
        assert not c.passed
        assert c.received == received
        assert c.working_days_late == hp.working_days_between(due, received) >= 1
        assert c.calendar_days_late == (day - due).days
    (f,) = c.findings
    assert (f.requirement, f.due, f.as_of) == ("reporting.quarterly", due, day)
    assert f.status is (hp.Status.MET if c.passed else hp.Status.NOT_MET)
    last = c.explain().splitlines()[-1]
    if c.passed:
        assert last.endswith("按时报送。")
    elif c.early:
        assert last.endswith("（本库解读R25：季度结束前的报送为提前报送，既非按时也非逾期）。")
    else:
        assert f"逾期{c.working_days_late}个工作日（{c.calendar_days_late}个自然日）。" in last
        assert ("当日不是工作日，按次一工作日" in last) is (c.received != day)


@pytest.mark.reading(id="R15")
@given(days, st.integers(1, 30), readings)
def test_a_case_is_due_on_the_limit_s_last_working_day(accepted, limit, params):
    d = hp.service_deadline(accepted, limit, params=params)
    same_day = params.service_count_from is hp.CountFrom.SAME_DAY
    assert (d.accepted, d.limit) == (accepted, limit)
    assert d.due == _expected_due(accepted, limit, same_day)
    assert d.span.counts_start is same_day
    assert d.clauses == ("三（四）",)
    lines = d.explain().splitlines()
    assert lines[0] == f"依据三（四），实行限时办结制，本件办结时限为{limit}个工作日。"
    assert lines[-1] == f"办结期限为{d.due.year}年{d.due.month}月{d.due.day}日。"


@pytest.mark.reading(id="R15")
@given(days, st.integers(1, 20), st.integers(0, 40), readings)
def test_a_case_completed_by_its_due_date_is_within_the_limit(accepted, limit, after, params):
    completed = accepted + dt.timedelta(days=after)
    c = hp.check_service_time_limit(accepted, limit, completed, params=params)
    assert c.completed == completed
    assert c.due == c.deadline.due
    assert c.passed is (completed <= c.deadline.due)
    same_day = params.service_count_from is hp.CountFrom.SAME_DAY
    used = hp.working_days_between(accepted, completed)
    if same_day and hp.is_working_day(accepted):
        used += 1
    assert c.working_days_used == used
    assert c.findings == ()
    last = c.explain().splitlines()[-1]
    if completed == accepted:
        assert "办结，即受理当日，未超时。" in last
    elif c.passed:
        assert last.endswith(f"用时{used}个工作日，未超时。")
    else:
        assert last.endswith(f"超过时限{used - limit}个工作日，超时。")


@pytest.mark.reading(id="R15")
def test_a_case_completed_on_the_day_it_was_accepted_is_within_any_limit():
    for accepted in (D(2024, 10, 8), D(2024, 10, 5)):  # a working day and a weekend day
        c = hp.check_service_time_limit(accepted, 1, accepted)
        assert c.passed
        assert c.working_days_used == 0
        assert c.explain().endswith("办结，即受理当日，未超时。")


# The years shipped when these cases were written, 2011–2026, held fixed: adding the next
# year's schedule to the package leaves these cases and their golden file as they are.
THROUGH_2026 = hp.WorkingCalendar(hp.default_calendar().schedule(y) for y in range(2011, 2027))
ESTIMATED = THROUGH_2026.with_estimates(2027)


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_a_report_due_in_an_estimated_year_is_estimated_and_says_so():
    r = hp.quarterly_report(2026, 4, calendar=ESTIMATED)
    assert r.estimated
    c = hp.check_quarterly_report(2026, 4, r.due, calendar=ESTIMATED)
    assert c.estimated
    assert c.explain().count(ESTIMATE_NOTE) == 1  # the deadline's own reasoning says it


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_a_report_on_time_in_a_held_year_but_received_in_an_estimated_one_says_so():
    c = hp.check_quarterly_report(2026, 3, D(2027, 1, 4), calendar=ESTIMATED)
    assert not c.report.estimated
    assert c.estimated
    assert c.explain().splitlines()[-1] == ESTIMATE_NOTE


@pytest.mark.reading(id="R5")
def test_a_case_due_in_a_held_year_but_completed_in_an_estimated_one_says_so():
    c = hp.check_service_time_limit(D(2026, 12, 28), 2, D(2027, 1, 5), calendar=ESTIMATED)
    assert not c.deadline.estimated
    assert c.estimated
    assert c.explain().splitlines()[-1] == ESTIMATE_NOTE
    held = hp.check_service_time_limit(D(2026, 12, 1), 2, D(2026, 12, 3), calendar=ESTIMATED)
    assert not held.estimated
    assert ESTIMATE_NOTE not in held.explain()


@pytest.mark.reading(id="R7")
def test_the_milestones_are_in_date_order_each_with_its_parameter_s_clause_and_reading():
    late = attrs.evolve(hp.PLAN_2011, renaming_due=D(2013, 1, 31))
    milestones = hp.plan_milestones(params=late)
    assert [m.due for m in milestones] == sorted(m.due for m in milestones)
    info = late.info()
    for m in milestones:
        assert (m.title, m.due, m.clauses, m.reading) == (
            info[m.key].description,
            getattr(late, m.key),
            (info[m.key].clause,),
            info[m.key].reading,
        )
    assert milestones[-1].key == "renaming_due"


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
@pytest.mark.reading(id="R15")
def test_the_deadline_cases_read_as_pinned_for_review():
    cases = {
        "2024 Q3 report": hp.quarterly_report(2024, 3),
        "2011 Q4 report, the first": hp.quarterly_report(2011, 4),
        "2024 Q3 report counted from the quarter's last day": hp.quarterly_report(
            2024, 3, params=SAME_DAY
        ),
        "2026 Q4 report on an estimated calendar": hp.quarterly_report(2026, 4, calendar=ESTIMATED),
        "2024 Q3 report on time": hp.check_quarterly_report(2024, 3, D(2024, 10, 12)),
        "2024 Q3 report late on a working day": hp.check_quarterly_report(2024, 3, D(2024, 10, 16)),
        "2024 Q3 report late on a Sunday": hp.check_quarterly_report(2024, 3, D(2024, 10, 13)),
        "2026 Q3 report received in an estimated year": hp.check_quarterly_report(
            2026, 3, D(2027, 1, 4), calendar=ESTIMATED
        ),
        "reports due in 2024": hp.report_schedule(D(2024, 1, 1), D(2024, 12, 31)),
        "a case over the Spring Festival": hp.service_deadline(D(2026, 2, 13), 3),
        "a case counted from its day of acceptance": hp.service_deadline(
            D(2026, 2, 13), 3, params=SAME_DAY
        ),
        "a case completed late": hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26)),
        "a case completed in time": hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 25)),
        "a case completed the day it was accepted": hp.check_service_time_limit(
            D(2026, 2, 13), 3, D(2026, 2, 13)
        ),
        "a case completed in an estimated year": hp.check_service_time_limit(
            D(2026, 12, 28), 2, D(2027, 1, 5), calendar=ESTIMATED
        ),
        "the plan's milestones": hp.plan_milestones(),
    }
    assert_golden("deadlines/cases", render_all(cases))


REFUSALS = {
    "a quarter of 5": (
        lambda: hp.quarterly_report(2024, 5),
        hp.PolicyError,
        r"^quarter must be 1, 2, 3 or 4, got 5$",
    ),
    "a quarter of 0": (
        lambda: hp.quarterly_report_deadline(2024, 0),
        hp.PolicyError,
        r"^quarter must be 1, 2, 3 or 4, got 0$",
    ),
    "a quarter as text": (
        lambda: hp.quarterly_report(2024, "3"),
        TypeError,
        r"^quarter must be an int, got '3' \(str\)$",
    ),
    "a year as a bool": (
        lambda: hp.quarterly_report(True, 3),
        TypeError,
        r"^year must be an int, got True \(bool\)$",
    ),
    "a year of 0": (
        lambda: hp.quarterly_report(0, 3),
        hp.PolicyError,
        r"^year must be an int ≥ 1, got 0$",
    ),
    "a year of 10000": (
        lambda: hp.quarterly_report(10_000, 3),
        hp.PolicyError,
        r"^year must be at most 9999, got 10000$",
    ),
    "a quarter before reporting began": (
        lambda: hp.quarterly_report(2011, 3),
        hp.NotApplicableError,
        r"^year=2011, quarter=3: the plan requires quarterly reports from 2011 Q4 ",
    ),
    "a quarter whose report falls in a year not held": (
        lambda: hp.quarterly_report(2026, 4, calendar=THROUGH_2026),
        hp.CalendarNotConfirmedError,
        r"2027",
    ),
    "a quarter of a year not held": (
        lambda: hp.quarterly_report(2030, 1, calendar=THROUGH_2026),
        hp.CalendarNotConfirmedError,
        r"^year=2030, quarter=1",
    ),
    "a submission as text": (
        lambda: hp.check_quarterly_report(2024, 3, "2024-10-12"),
        TypeError,
        r"^submitted must be a datetime\.date",
    ),
    "a submission as a datetime": (
        lambda: hp.check_quarterly_report(2024, 3, dt.datetime(2024, 10, 12)),
        TypeError,
        r"^submitted must be a datetime\.date",
    ),
    "a submission in a year not held": (
        lambda: hp.check_quarterly_report(2024, 3, D(2030, 1, 1), calendar=THROUGH_2026),
        hp.CalendarNotConfirmedError,
        r"^submitted",
    ),
    "a schedule ending before it starts": (
        lambda: hp.report_schedule(D(2024, 12, 31), D(2024, 1, 1)),
        hp.PolicyError,
        r"^end=2024-01-01 is before start=2024-12-31$",
    ),
    "a schedule starting before the years held": (
        lambda: hp.report_schedule(D(2009, 1, 1), D(2024, 1, 1)),
        hp.CalendarNotConfirmedError,
        r"^start",
    ),
    "a limit of 0": (
        lambda: hp.service_deadline(D(2024, 10, 8), 0),
        hp.PolicyError,
        r"^limit must be an int ≥ 1, got 0$",
    ),
    "a limit as a float": (
        lambda: hp.service_deadline(D(2024, 10, 8), 3.0),
        TypeError,
        r"^limit must be a whole number \(int\), got 3\.0 \(float\)$",
    ),
    "an acceptance as text": (
        lambda: hp.service_deadline("2024-10-08", 3),
        TypeError,
        r"^accepted must be a datetime\.date",
    ),
    "a completion before the acceptance": (
        lambda: hp.check_service_time_limit(D(2024, 10, 8), 3, D(2024, 10, 7)),
        hp.PolicyError,
        r"^completed=2024-10-07 is before accepted=2024-10-08$",
    ),
    "a completion in a year not held": (
        lambda: hp.check_service_time_limit(D(2024, 10, 8), 3, D(2031, 1, 1)),
        hp.CalendarNotConfirmedError,
        r"^completed",
    ),
    "milestones under a parameter set that is not one": (
        lambda: hp.plan_milestones(params=None),
        TypeError,
        r"^params must be a PolicyParameters",
    ),
}


@pytest.mark.parametrize("case", list(REFUSALS))
def test_each_refusal_names_what_is_at_fault(case):
    call, error, pattern = REFUSALS[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    if isinstance(info.value, hp.PolicyError):
        assert info.value.message_zh


def test_the_deadline_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in REFUSALS.items())
    assert_golden("deadlines/refusals", text)


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R25")
@pytest.mark.parametrize(("quarter", "offset"), [((2024, 2), -5), ((2012, 3), -14)])
def test_a_report_on_or_before_its_quarter_s_last_day_is_early(quarter, offset):
    year, q = quarter
    due = hp.quarterly_report_deadline(year, q)
    c = hp.check_quarterly_report(year, q, due + dt.timedelta(days=offset))
    assert (c.early, c.passed, c.working_days_late) == (True, False, 0)
    assert (
        c.explain()
        .splitlines()[-1]
        .endswith("（本库解读R25：季度结束前的报送为提前报送，既非按时也非逾期）。")
    )
