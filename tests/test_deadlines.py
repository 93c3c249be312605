"""Deadlines of the plan: quarterly reports (四（二）), milestones, service time limits (三（四）)."""

from __future__ import annotations

import copy
import datetime as dt
import pickle

import attrs
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.plan.clauses import cited

from .calendars import FIRST, LAST, NEXT, OFFICIAL, with_invented_year

D = dt.date
SAME_DAY_REPORTS = attrs.evolve(hp.PLAN_2011, report_count_from=hp.CountFrom.SAME_DAY)
SAME_DAY_SERVICE = attrs.evolve(hp.PLAN_2011, service_count_from=hp.CountFrom.SAME_DAY)


def _no_golden_week_2024() -> hp.WorkingCalendar:
    """The official calendar, but 2024's National Day week worked through (a custom calendar)."""
    held = OFFICIAL.schedule(2024)
    days_off = {d: n for d, n in held.days_off.items() if d.month != 10}
    worked = {d: n for d, n in held.working_days.items() if d.month not in (9, 10)}
    return OFFICIAL.with_year(hp.YearSchedule(2024, days_off, worked, held.notices), replace=True)


NO_GOLDEN_WEEK = _no_golden_week_2024()


# Worked out by hand from the notices: the 5th working day after the quarter's last day.
@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
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
        # 2023-12-31 a Sunday, 2024-01-01 元旦: 01-02..05, 08.
        (2023, 4, D(2024, 1, 8)),
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
    assert report.span.count == 5
    assert hp.working_days_between(report.quarter_end, due) == 5
    assert report.period == f"{year}年第{quarter}季度"


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
def test_the_explanation_says_who_reports_to_whom_and_names_the_days_skipped():
    assert hp.quarterly_report(2024, 3).explain().splitlines() == [
        "依据四（二），各区人力资源和社会保障局在每个季度结束后5个工作日内向市人力资源和社会保障局"
        "报送本区公共服务平台建设完成情况。",
        "2024年第3季度结束于2024年9月30日，自次日起计算（本库解读R6：期限自季度最后一日的次日起算），"
        "期限当日报送视为按时。",
        "2024年9月30日（不含）至2024年10月12日（含）共5个工作日，其间的非工作日有10月1日至3日国庆节、"
        "10月4日休息日（由9月29日调休）、10月5日至6日周末、10月7日休息日（由10月12日调休）。",
        "报送期限为2024年10月12日。",
    ]


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_the_report_skips_exactly_the_days_off_between_quarter_end_and_due():
    skipped = [d.date for d in hp.quarterly_report(2024, 3).span.skipped]
    assert skipped == [D(2024, 10, d) for d in range(1, 8)]  # not 10-13, after the due date


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
@pytest.mark.parametrize(("year", "quarter"), [(2011, 3), (2011, 1), (2010, 4)])
def test_quarters_before_the_first_report_have_no_deadline(year, quarter):
    with pytest.raises(hp.NotApplicableError, match=rf"^year={year}, quarter={quarter}: .*2011 Q4"):
        hp.quarterly_report_deadline(year, quarter)


@pytest.mark.parametrize("quarter", [0, 5, -1, 10**30])
def test_a_quarter_is_1_to_4(quarter):
    with pytest.raises(hp.PolicyError, match=r"^quarter must be 1, 2, 3 or 4") as err:
        hp.quarterly_report_deadline(2024, quarter)
    assert err.value.message_zh.startswith("季度应为1至4")


@pytest.mark.parametrize("bad", [True, 3.0, "3", None])
def test_a_quarter_and_a_year_must_be_ints(bad):
    with pytest.raises(TypeError, match=r"^quarter must be an int"):
        hp.quarterly_report_deadline(2024, bad)
    with pytest.raises(TypeError, match=r"^year must be an int"):
        hp.quarterly_report(bad, 3)


@given(st.integers(min_value=10_000) | st.integers(max_value=0))
def test_a_year_outside_1_to_9999_is_refused_naming_the_year(year):
    with pytest.raises(hp.PolicyError, match=r"^year must be") as err:
        hp.quarterly_report(year, 3)
    assert err.value.message_zh.startswith("年份")


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.parametrize(("year", "quarter"), [(9999, 4), (9999, 1), (NEXT, 1), (2100, 2)])
def test_a_quarter_in_a_year_not_held_is_refused_naming_year_and_quarter(year, quarter):
    with pytest.raises(
        hp.CalendarNotConfirmedError, match=rf"^year={year}, quarter={quarter}: the official"
    ) as err:
        hp.quarterly_report(year, quarter)
    assert err.value.message_zh.startswith(f"{year}年第{quarter}季度")


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_the_last_held_year_s_fourth_quarter_is_due_in_the_first_year_not_held():
    with pytest.raises(
        hp.CalendarNotConfirmedError,
        match=rf"^year={LAST}, quarter=4: the report is due 5 working days after {LAST}-12-31, "
        f"in {NEXT}",
    ):
        hp.quarterly_report_deadline(LAST, 4)
    registered = with_invented_year()
    assert hp.quarterly_report_deadline(LAST, 4, calendar=registered).year == NEXT


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_the_estimated_flag_is_set_when_only_the_due_date_falls_in_an_estimated_year():
    est = OFFICIAL.with_estimates(NEXT)
    report = hp.quarterly_report(LAST, 4, calendar=est)
    assert report.quarter_end.year == LAST
    assert report.due.year == NEXT
    assert report.estimated
    assert "推定" in report.explain()
    assert not hp.quarterly_report(LAST, 3, calendar=est).estimated
    check = hp.check_quarterly_report(LAST, 3, D(NEXT, 1, 4), calendar=est)
    assert not check.report.estimated
    assert check.estimated
    assert "推定" in check.explain()


# ---------------------------------------------------------------- params and calendar pass-through


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_another_reading_of_the_start_and_the_days_can_be_passed_as_parameters():
    params = attrs.evolve(
        hp.PLAN_2011, report_working_days=10, first_report_quarter=3, first_report_year=2011
    )
    # 国庆 2011-10-01..07 off; Saturday 08 and Sunday 09 worked: 08, 09, 10–14, 17, 18, 19.
    assert hp.quarterly_report_deadline(2011, 3, params=params) == D(2011, 10, 19)
    assert hp.quarterly_report(2011, 3, params=params).span.count == 10
    assert "10个工作日内" in hp.quarterly_report(2011, 3, params=params).explain()


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_counting_the_quarter_s_last_day_when_it_is_a_working_day_moves_the_deadline():
    # 2024-09-30 is a Monday: it is day 1, so the 5th is Friday 10-11.
    same = hp.quarterly_report(2024, 3, params=SAME_DAY_REPORTS)
    assert same.due == D(2024, 10, 11)
    assert same.span.counts_start
    assert "季度最后一日" not in same.explain()
    assert "该日为工作日时计为第1个工作日" in same.explain()
    assert "（含）至2024年10月11日（含）" in same.explain()
    # 2023-12-31 is a Sunday: counting it changes nothing.
    assert hp.quarterly_report(2023, 4, params=SAME_DAY_REPORTS).due == D(2024, 1, 8)


def test_every_report_function_passes_params_and_calendar_through():
    amended = attrs.evolve(hp.PLAN_2011, report_working_days=1)
    assert hp.quarterly_report(2024, 3, params=amended).due == D(2024, 10, 8)
    assert hp.quarterly_report_deadline(2024, 3, params=amended) == D(2024, 10, 8)
    assert not hp.check_quarterly_report(2024, 3, D(2024, 10, 9), params=amended).passed
    assert hp.check_quarterly_report(2024, 3, D(2024, 10, 9)).passed
    schedule = hp.report_schedule(D(2024, 10, 1), D(2024, 10, 31), params=amended)
    assert [r.due for r in schedule] == [D(2024, 10, 8)]
    # A custom calendar with the National Day week worked: 10-01..04 and 10-07.
    assert hp.quarterly_report(2024, 3, calendar=NO_GOLDEN_WEEK).due == D(2024, 10, 7)
    assert hp.quarterly_report_deadline(2024, 3, calendar=NO_GOLDEN_WEEK) == D(2024, 10, 7)
    assert not hp.check_quarterly_report(2024, 3, D(2024, 10, 8), calendar=NO_GOLDEN_WEEK).passed
    schedule = hp.report_schedule(D(2024, 10, 1), D(2024, 10, 31), calendar=NO_GOLDEN_WEEK)
    assert [r.due for r in schedule] == [D(2024, 10, 7)]


def test_every_service_function_passes_params_and_calendar_through():
    # 2024-09-30 accepted, 5 working days.
    assert hp.service_deadline(D(2024, 9, 30), 5).due == D(2024, 10, 12)
    assert hp.service_deadline(D(2024, 9, 30), 5, calendar=NO_GOLDEN_WEEK).due == D(2024, 10, 7)
    assert hp.service_deadline(D(2024, 9, 30), 5, params=SAME_DAY_SERVICE).due == D(2024, 10, 11)
    check = hp.check_service_time_limit(D(2024, 9, 30), 5, D(2024, 10, 11), params=SAME_DAY_SERVICE)
    assert (check.passed, check.working_days_used) == (True, 5)
    check = hp.check_service_time_limit(D(2024, 9, 30), 5, D(2024, 10, 8), calendar=NO_GOLDEN_WEEK)
    assert (check.passed, check.working_days_used) == (False, 6)


@pytest.mark.parametrize("bad", [None, "PLAN_2011", {}, 2011])
def test_params_must_be_a_parameter_set_on_every_deadline_function(bad):
    calls = [
        lambda: hp.quarterly_report(2024, 3, params=bad),
        lambda: hp.quarterly_report_deadline(2024, 3, params=bad),
        lambda: hp.check_quarterly_report(2024, 3, D(2024, 10, 12), params=bad),
        lambda: hp.report_schedule(D(2024, 1, 1), D(2024, 12, 31), params=bad),
        lambda: hp.plan_milestones(params=bad),
        lambda: hp.service_deadline(D(2024, 1, 2), 3, params=bad),
        lambda: hp.check_service_time_limit(D(2024, 1, 2), 3, D(2024, 1, 3), params=bad),
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
            call()


@pytest.mark.parametrize("bad", ["x", 2024, hp.PLAN_2011])
def test_calendar_must_be_a_calendar_on_every_deadline_function(bad):
    calls = [
        lambda: hp.quarterly_report(2024, 3, calendar=bad),
        lambda: hp.quarterly_report_deadline(2024, 3, calendar=bad),
        lambda: hp.check_quarterly_report(2024, 3, D(2024, 10, 12), calendar=bad),
        lambda: hp.report_schedule(D(2024, 1, 1), D(2024, 12, 31), calendar=bad),
        lambda: hp.service_deadline(D(2024, 1, 2), 3, calendar=bad),
        lambda: hp.check_service_time_limit(D(2024, 1, 2), 3, D(2024, 1, 3), calendar=bad),
    ]
    for call in calls:
        with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
            call()


def test_every_public_rule_function_declares_its_clause():
    for function in (
        hp.quarterly_report,
        hp.quarterly_report_deadline,
        hp.check_quarterly_report,
        hp.report_schedule,
    ):
        assert cited(function) == ("四（二）",), function.__name__
    assert cited(hp.service_deadline) == cited(hp.check_service_time_limit) == ("三（四）",)
    assert set(cited(hp.plan_milestones)) == {
        "二",
        "三（一）",
        "三（一）4",
        "三（一）5",
        "三（二）",
    }


# ---------------------------------------------------------------- lateness


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_a_report_on_the_deadline_is_on_time():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 12))
    assert check.passed
    assert check.due == D(2024, 10, 12)
    assert (check.working_days_late, check.calendar_days_late) == (0, 0)
    assert check.explain().splitlines()[-1] == (
        "2024年10月12日报送，未超过报送期限2024年10月12日，按时报送。"
    )
    (finding,) = check.findings
    assert finding.requirement == "reporting.quarterly"
    assert finding.passed
    assert finding.explain() == (
        "【达标】2024年第3季度完成情况于2024年10月12日报送，未超过期限2024年10月12日，依据四（二）。"
    )


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_a_report_on_the_monday_after_a_saturday_deadline_is_one_working_day_late():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 14))
    assert not check.passed
    assert (check.working_days_late, check.calendar_days_late) == (1, 2)
    assert check.explain().splitlines()[-1] == (
        "2024年10月14日报送，超过报送期限2024年10月12日，逾期1个工作日（2个自然日）。"
    )
    assert check.findings[0].explain() == (
        "【逾期】2024年第3季度完成情况于2024年10月14日报送，逾期1个工作日，"
        "依据四（二）应于2024年10月12日前报送。"
    )
    record = hp.report_submissions(2024, 3, {"香洲区": D(2024, 10, 14)})
    assert record.findings == check.findings


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_a_late_report_on_a_day_off_counts_as_received_the_next_working_day():
    check = hp.check_quarterly_report(2024, 3, D(2024, 10, 13))  # Sunday
    assert (check.passed, check.working_days_late, check.calendar_days_late) == (False, 1, 1)
    assert check.received == D(2024, 10, 14)
    assert "当日不是工作日，按次一工作日2024年10月14日收到计" in check.explain()


def test_a_report_submitted_in_a_year_not_held_is_refused_naming_submitted():
    with pytest.raises(hp.CalendarNotConfirmedError, match=r"^submitted=2030-01-01"):
        hp.check_quarterly_report(2024, 3, D(2030, 1, 1))
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^submitted={NEXT}-01-04") as err:
        hp.check_quarterly_report(2026, 3, D(NEXT, 1, 4))
    assert err.value.message_zh.startswith(f"报送日期{NEXT}年1月4日")


def test_a_submission_must_be_a_date_not_a_datetime():
    with pytest.raises(TypeError, match=r"^submitted must be a datetime.date"):
        hp.check_quarterly_report(2024, 3, dt.datetime(2024, 10, 12, 23, 59))


@pytest.mark.requirement(id="reporting.quarterly")
@given(st.dates(min_value=D(2024, 10, 1), max_value=D(2025, 6, 30)))
def test_lateness_grows_with_the_submission_date(day):
    a = hp.check_quarterly_report(2024, 3, day)
    b = hp.check_quarterly_report(2024, 3, day + dt.timedelta(days=1))
    assert a.working_days_late <= b.working_days_late
    assert a.passed == (day <= D(2024, 10, 12))
    assert a.passed or a.working_days_late >= 1
    assert a.passed or a.calendar_days_late == (day - D(2024, 10, 12)).days
    assert a.findings[0].passed is a.passed


# ---------------------------------------------------------------- the schedule of reports


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_reports_due_in_2024_are_the_four_quarters_from_2023_q4():
    schedule = hp.report_schedule(D(2024, 1, 1), D(2024, 12, 31))
    assert [(r.year, r.quarter, r.due) for r in schedule] == [
        (2023, 4, D(2024, 1, 8)),
        (2024, 1, D(2024, 4, 8)),
        (2024, 2, D(2024, 7, 5)),
        (2024, 3, D(2024, 10, 12)),
    ]


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_schedule_includes_a_report_due_on_either_end_and_none_before_the_first():
    assert [r.due for r in hp.report_schedule(D(2024, 10, 12), D(2024, 10, 12))] == [
        D(2024, 10, 12)
    ]
    assert hp.report_schedule(D(2024, 10, 13), D(2025, 1, 1)) == ()
    first = hp.report_schedule(D(FIRST, 1, 1), D(2012, 3, 31))
    assert [(r.year, r.quarter) for r in first] == [(2011, 4)]


@pytest.mark.requirement(id="reporting.quarterly")
@given(
    st.dates(min_value=D(2012, 1, 1), max_value=D(LAST, 12, 31)),
    st.integers(min_value=0, max_value=800),
)
def test_the_schedule_is_every_quarter_whose_report_falls_in_the_range(start, days):
    end = min(start + dt.timedelta(days=days), D(LAST, 12, 31))
    schedule = hp.report_schedule(start, end)
    assert all(start <= r.due <= end for r in schedule)
    assert [r.due for r in schedule] == sorted(r.due for r in schedule)
    quarters = [(r.year, r.quarter) for r in schedule]
    for year in range(start.year - 1, end.year + 1):
        for quarter in range(1, 5):
            if (year, quarter) >= (2011, 4) and (year, quarter) < (LAST, 4):
                due = hp.quarterly_report_deadline(year, quarter)
                assert ((year, quarter) in quarters) == (start <= due <= end)


def test_a_schedule_refuses_an_end_before_its_start_and_dates_not_held():
    with pytest.raises(hp.PolicyError, match=r"^end=2024-01-01 is before start=2024-12-31"):
        hp.report_schedule(D(2024, 12, 31), D(2024, 1, 1))
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^end={NEXT}-03-01"):
        hp.report_schedule(D(2024, 1, 1), D(NEXT, 3, 1))
    with pytest.raises(TypeError, match=r"^start must be a datetime.date"):
        hp.report_schedule(dt.datetime(2024, 1, 1), D(2024, 3, 1))


# ---------------------------------------------------------------- milestones


@pytest.mark.reading(id="R7")
def test_the_milestones_are_the_plans_dates_with_their_clauses_from_the_parameters():
    got = {m.key: (m.due, m.clauses, m.reading) for m in hp.plan_milestones()}
    assert got == {
        "agencies_built_due": (D(2011, 12, 31), ("二",), None),
        "standardization_due": (D(2011, 12, 31), ("三（一）",), "R7"),
        "renaming_due": (D(2011, 12, 31), ("三（一）4",), None),
        "staffing_due": (D(2012, 6, 30), ("三（一）5",), "R7"),
        "premises_due": (D(2012, 8, 31), ("三（二）",), "R7"),
        "full_implementation_due": (D(2012, 8, 31), ("二",), "R7"),
    }
    info = hp.PLAN_2011.info()
    for m in hp.plan_milestones():
        assert m.clauses == (info[m.key].clause,)
        assert m.title == info[m.key].description


@pytest.mark.reading(id="R7")
def test_a_milestone_explains_itself_with_its_clause_and_date():
    staffing = next(m for m in hp.plan_milestones() if m.key == "staffing_due")
    assert staffing.explain() == (
        "依据三（一）5，服务机构工作人员配备完成期限为2012年6月30日"
        "（本库解读R7：“某月底前”为该月最后一日）。"
    )


@pytest.mark.reading(id="R7")
def test_milestones_follow_amended_parameters_and_stay_in_date_order():
    params = attrs.evolve(hp.PLAN_2011, staffing_due=D(2012, 9, 30))
    milestones = hp.plan_milestones(params=params)
    staffing = next(m for m in milestones if m.key == "staffing_due")
    assert staffing.due == D(2012, 9, 30)
    assert [m.due for m in milestones] == sorted(m.due for m in milestones)
    assert milestones[-1].key == "staffing_due"


# ---------------------------------------------------------------- service time limits


@pytest.mark.reading(id="R15")
@pytest.mark.reading(id="R5")
def test_a_case_accepted_before_the_spring_festival_is_due_after_it():
    # 2026-02-13 Fri; 02-14 Sat worked (1); 02-15..23 off; 02-24 (2); 02-25 (3).
    deadline = hp.service_deadline(D(2026, 2, 13), 3)
    assert (deadline.accepted, deadline.limit, deadline.due) == (D(2026, 2, 13), 3, D(2026, 2, 25))
    assert deadline.clauses == ("三（四）",)
    assert deadline.explain().splitlines() == [
        "依据三（四），实行限时办结制，本件办结时限为3个工作日。",
        "受理日为2026年2月13日，自次日起计算（本库解读R15：限时办结自受理次日起算），"
        "期限当日办结视为未超时。",
        "2026年2月13日（不含）至2026年2月25日（含）共3个工作日，其间的非工作日有2月15日周末、"
        "2月16日农历除夕、2月17日至19日春节、2月20日休息日（由2月14日调休）、2月21日至22日周末、"
        "2月23日休息日（由2月28日调休）。",
        "办结期限为2026年2月25日。",
    ]


@pytest.mark.reading(id="R15")
def test_completion_on_the_due_date_meets_the_limit_and_the_day_after_does_not():
    on_time = hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 25))
    assert on_time.passed
    assert on_time.due == D(2026, 2, 25)
    assert on_time.findings == ()
    assert on_time.explain().splitlines()[-1] == "2026年2月25日办结，用时3个工作日，未超时。"
    late = hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26))
    assert not late.passed
    assert late.working_days_used == 4
    assert late.explain().splitlines()[-1] == (
        "2026年2月26日办结，用时4个工作日，超过时限1个工作日，超时。"
    )


@pytest.mark.reading(id="R15")
def test_completion_on_the_day_of_acceptance_uses_no_working_day():
    check = hp.check_service_time_limit(D(2024, 10, 8), 1, D(2024, 10, 8))
    assert (check.passed, check.working_days_used) == (True, 0)
    assert check.explain().splitlines()[-1] == "2024年10月8日办结，即受理当日，未超时。"
    same = hp.check_service_time_limit(D(2024, 10, 8), 1, D(2024, 10, 8), params=SAME_DAY_SERVICE)
    assert (same.passed, same.working_days_used, same.due) == (True, 1, D(2024, 10, 8))


@pytest.mark.parametrize("limit", [0, -3])
def test_a_time_limit_is_at_least_one_working_day(limit):
    with pytest.raises(hp.PolicyError, match=r"^limit must be an int ≥ 1"):
        hp.service_deadline(D(2024, 1, 2), limit)


@pytest.mark.parametrize("limit", [10**30, 2**50])
def test_a_huge_time_limit_is_refused_naming_limit(limit):
    with pytest.raises(hp.PolicyError, match=r"^limit"):
        hp.service_deadline(D(2024, 1, 2), limit)


def test_a_case_cannot_be_completed_before_it_was_accepted():
    with pytest.raises(
        hp.PolicyError, match=r"^completed=2024-01-09 is before accepted=2024-01-10"
    ):
        hp.check_service_time_limit(D(2024, 1, 10), 3, D(2024, 1, 9))


def test_a_completion_in_a_year_not_held_is_refused_naming_completed():
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^completed={NEXT}-01-01"):
        hp.check_service_time_limit(D(2024, 1, 10), 3, D(NEXT, 1, 1))
    with pytest.raises(TypeError, match=r"^completed must be a datetime.date"):
        hp.check_service_time_limit(D(2024, 1, 10), 3, "2024-01-11")
    with pytest.raises(TypeError, match=r"^accepted must be a datetime.date"):
        hp.service_deadline(dt.datetime(2024, 1, 10), 3)


@pytest.mark.reading(id="R5")
def test_a_service_check_is_estimated_when_only_the_completion_is_in_an_estimated_year():
    est = OFFICIAL.with_estimates(NEXT)
    check = hp.check_service_time_limit(D(LAST, 12, 1), 3, D(NEXT, 1, 10), calendar=est)
    assert not check.deadline.estimated
    assert check.estimated
    assert "推定" in check.explain()


@pytest.mark.reading(id="R15")
@given(
    st.dates(min_value=D(FIRST, 1, 1), max_value=D(LAST, 6, 30)),
    st.integers(min_value=1, max_value=60),
)
def test_a_case_done_on_its_due_date_used_exactly_limit_working_days(accepted, limit):
    deadline = hp.service_deadline(accepted, limit)
    check = hp.check_service_time_limit(accepted, limit, deadline.due)
    assert check.passed
    assert check.working_days_used == limit


@pytest.mark.reading(id="R15")
@given(
    st.dates(min_value=D(FIRST, 1, 1), max_value=D(LAST, 6, 30)),
    st.integers(min_value=1, max_value=60),
)
def test_counting_the_day_of_acceptance_never_makes_a_deadline_later(accepted, limit):
    nxt = hp.service_deadline(accepted, limit)
    same = hp.service_deadline(accepted, limit, params=SAME_DAY_SERVICE)
    assume(accepted.year >= FIRST)
    assert same.due <= nxt.due
    assert (same.due < nxt.due) == hp.is_working_day(accepted)


# ---------------------------------------------------------------- values


def test_deadline_results_are_values():
    values = [
        hp.quarterly_report(2024, 3),
        hp.check_quarterly_report(2024, 3, D(2024, 10, 14)),
        hp.plan_milestones()[0],
        hp.service_deadline(D(2026, 2, 13), 3),
        hp.check_service_time_limit(D(2026, 2, 13), 3, D(2026, 2, 26)),
    ]
    for value in values:
        for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert twin == value
            assert hash(twin) == hash(value)
        assert value.clauses
        assert value.explain()


@pytest.mark.parametrize("quarter", ["9999Q4", f"{LAST}Q4", f"{NEXT}Q1"])
def test_the_command_refuses_a_quarter_in_a_year_not_held_as_bad_input_not_a_traceback(quarter):
    import io

    from hrss_policy import cli as cli

    out, err = io.StringIO(), io.StringIO()
    assert cli.main(["deadline", quarter, "--lang", "en"], out=out, err=err) == 2
    assert "is not held" in err.getvalue()
    assert "Traceback" not in err.getvalue()
