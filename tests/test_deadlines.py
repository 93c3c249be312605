"""Deadlines of the plan: quarterly reports (四（二）), milestones, service time limits (三（四）)."""

from __future__ import annotations

import datetime as dt

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

D = dt.date


# Worked out by hand from the notices: the 5th working day after the quarter's last day.
@pytest.mark.parametrize(
    ("year", "quarter", "due"),
    [
        # 2012-01-01..03 off (2012 notice); 01-04 Wed 1, 05 2, 06 3, 09 4, 10 5.
        (2011, 4, D(2012, 1, 10)),
        # 2012-03-31 ends Q1; Sunday 04-01 worked, 04-02..04 清明 off: 04-01, 05, 06, 09, 10.
        (2012, 1, D(2012, 4, 10)),
        (2012, 2, D(2012, 7, 6)),
        # 国庆 2012-09-30..10-07 off, Saturday 09-29 before the quarter end: 10-08..12.
        (2012, 3, D(2012, 10, 12)),
        # 2024 notice: 国庆 10-01..07 off, Saturday 10-12 worked and is the 5th day.
        (2024, 1, D(2024, 4, 8)),
        (2024, 3, D(2024, 10, 12)),
        # 2025 notice: 国庆中秋 10-01..08 off, Saturday 10-11 worked: 10-09, 10, 11, 13, 14.
        (2025, 3, D(2025, 10, 14)),
        # 2026 notice: 国庆 10-01..07 off, Saturday 10-10 worked: 10-08, 09, 10, 12, 13.
        (2026, 3, D(2026, 10, 13)),
        (2026, 2, D(2026, 7, 7)),
    ],
)
def test_quarterly_report_deadlines_are_the_fifth_working_day_after_the_quarter(year, quarter, due):
    assert hp.quarterly_report_deadline(year, quarter) == due
    report = hp.quarterly_report(year, quarter)
    assert report.due == due
    assert report.clauses == ("四（二）",)
    assert hp.working_days_between(report.quarter_end, due) == 5


def test_the_explanation_names_the_days_skipped_and_why():
    text = hp.quarterly_report(2024, 3).explain()
    assert "2024-10-01（国庆节）" in text
    assert "2024-10-05（周末）" in text
    assert "四（二）" in text
    assert "2024-10-12" in text


@pytest.mark.parametrize(("year", "quarter"), [(2011, 3), (2011, 1), (2010, 4)])
def test_quarters_before_the_first_report_have_no_deadline(year, quarter):
    with pytest.raises(hp.NotApplicableError, match="2011 Q4"):
        hp.quarterly_report_deadline(year, quarter)


@pytest.mark.parametrize("quarter", [0, 5, -1])
def test_a_quarter_is_1_to_4(quarter):
    with pytest.raises(hp.PolicyError, match="quarter must be 1, 2, 3 or 4"):
        hp.quarterly_report_deadline(2024, quarter)


@pytest.mark.parametrize("bad", [True, 3.0, "3"])
def test_a_quarter_must_be_an_int(bad):
    with pytest.raises(TypeError, match="quarter"):
        hp.quarterly_report_deadline(2024, bad)


def test_the_2026_q4_report_is_due_in_2027_whose_schedule_is_not_held():
    with pytest.raises(hp.CalendarNotConfirmedError, match="2027"):
        hp.quarterly_report_deadline(2026, 4)


def test_another_reading_of_the_start_and_the_days_can_be_passed_as_parameters():
    params = attrs.evolve(
        hp.PLAN_2011, report_working_days=10, first_report_quarter=3, first_report_year=2011
    )
    # 国庆 2011-10-01..07 off; Saturday 08 and Sunday 09 worked: 08, 09, 10–14, 17, 18, 19.
    assert hp.quarterly_report_deadline(2011, 3, params=params) == D(2011, 10, 19)


# ---------------------------------------------------------------- lateness


def test_a_report_on_the_deadline_is_on_time():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 12))
    assert check.on_time
    assert check.working_days_late == 0
    assert check.calendar_days_late == 0


def test_a_report_on_the_monday_after_a_saturday_deadline_is_one_working_day_late():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 14))
    assert not check.on_time
    assert (check.working_days_late, check.calendar_days_late) == (1, 2)
    assert "逾期 1 个工作日" in check.explain()


def test_a_late_report_on_a_day_off_counts_as_received_the_next_working_day():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 13))  # Sunday
    assert (check.on_time, check.working_days_late, check.calendar_days_late) == (False, 1, 1)


def test_a_report_submitted_in_a_year_not_held_is_refused():
    with pytest.raises(hp.CalendarNotConfirmedError):
        hp.check_quarterly_report(2026, 3, D(2027, 1, 4))


def test_a_submission_must_be_a_date_not_a_datetime():
    with pytest.raises(TypeError, match="submitted"):
        hp.check_quarterly_report(2024, 3, dt.datetime(2024, 10, 12, 23, 59))


@given(st.dates(min_value=D(2024, 10, 1), max_value=D(2025, 6, 30)))
def test_lateness_grows_with_the_submission_date(day):
    a = hp.check_quarterly_report(2024, 3, day)
    b = hp.check_quarterly_report(2024, 3, day + dt.timedelta(days=1))
    assert a.working_days_late <= b.working_days_late
    assert a.on_time == (day <= D(2024, 10, 12))
    assert a.on_time or a.working_days_late >= 1


# ---------------------------------------------------------------- milestones


def test_the_milestones_are_the_plans_dates_with_their_clauses():
    got = {m.key: (m.due, m.clauses) for m in hp.plan_milestones()}
    assert got == {
        "agencies_built_due": (D(2011, 12, 31), ("二",)),
        "standardization_due": (D(2011, 12, 31), ("三（一）",)),
        "renaming_due": (D(2011, 12, 31), ("三（一）4",)),
        "staffing_due": (D(2012, 6, 30), ("三（一）5",)),
        "premises_due": (D(2012, 8, 31), ("三（二）",)),
        "full_implementation_due": (D(2012, 8, 31), ("二",)),
    }


def test_a_milestone_is_met_on_its_last_day_and_missed_the_day_after():
    staffing = next(m for m in hp.plan_milestones() if m.key == "staffing_due")
    assert staffing.met(D(2012, 6, 30))
    assert not staffing.met(D(2012, 7, 1))


def test_milestones_follow_amended_parameters():
    params = attrs.evolve(hp.PLAN_2011, staffing_due=D(2012, 9, 30))
    staffing = next(m for m in hp.plan_milestones(params=params) if m.key == "staffing_due")
    assert staffing.due == D(2012, 9, 30)


# ---------------------------------------------------------------- service time limits


def test_a_case_accepted_before_the_spring_festival_is_due_after_it():
    # 2026-02-13 Fri; 02-14 Sat worked (1); 02-15..23 off; 02-24 (2); 02-25 (3).
    deadline = hp.service_deadline(D(2026, 2, 13), 3)
    assert deadline.due == D(2026, 2, 25)
    assert deadline.clauses == ("三（四）",)
    assert "2026-02-17（春节）" in deadline.explain()


def test_completion_on_the_due_date_meets_the_limit():
    assert hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 25)).met
    late = hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26))
    assert not late.met
    assert late.working_days_used == 4


@pytest.mark.parametrize("limit", [0, -3])
def test_a_time_limit_is_at_least_one_working_day(limit):
    with pytest.raises(hp.PolicyError, match="limit"):
        hp.service_deadline(D(2024, 1, 2), limit)


def test_a_case_cannot_be_completed_before_it_was_accepted():
    with pytest.raises(hp.PolicyError, match="before accepted"):
        hp.check_service_time_limit(D(2024, 1, 10), 3, D(2024, 1, 9))


@given(
    st.dates(min_value=D(2011, 1, 1), max_value=D(2026, 6, 30)),
    st.integers(min_value=1, max_value=60),
)
def test_a_case_done_within_the_limit_used_at_most_limit_working_days(accepted, limit):
    deadline = hp.service_deadline(accepted, limit)
    check = hp.check_service_time_limit(accepted, limit, deadline.due)
    assert check.met
    assert check.working_days_used == limit
