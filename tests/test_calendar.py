"""The official working-day calendar: held years, golden weeks, laws and refusals."""

from __future__ import annotations

import datetime as dt
import importlib.util
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from holidays.countries.china import China
from hypothesis import assume, given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import calendar as calendar_module
from hrss_policy.calendar import DayKind

from .strategies import held_dates, working_day_offsets

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_default_calendar():
    hp.reset_default_calendar()
    yield
    hp.reset_default_calendar()


# ---------------------------------------------------------------- what is held


def test_the_calendar_holds_2011_to_2026_each_year_with_its_state_council_notice():
    cov = hp.calendar_coverage()
    assert [c.year for c in cov] == list(range(2011, 2027))
    for c in cov:
        assert not c.estimated
        assert c.notices[0].title == f"国务院办公厅关于{c.year}年部分节假日安排的通知"
        assert c.notices[0].number is not None
        assert c.notices[0].number.startswith("国办发明电〔")


def test_2011_also_cites_the_2012_notice_that_made_saturday_31_december_a_working_day():
    (c2011,) = [c for c in hp.calendar_coverage() if c.year == 2011]
    assert [n.number for n in c2011.notices] == ["国办发明电〔2010〕40号", "国办发明电〔2011〕45号"]


def test_the_2026_schedule_is_the_notice_of_4_november_2025():
    notice = hp.calendar_coverage()[-1].notices[0]
    assert (notice.number, notice.issued) == ("国办发明电〔2025〕7号", D(2025, 11, 4))


@pytest.mark.parametrize(
    "day", [D(2027, 1, 4), D(2027, 6, 1), D(2010, 12, 31), D(2000, 5, 8), D(2100, 1, 4)]
)
def test_a_date_in_a_year_not_held_is_refused_naming_the_year_and_the_range(day):
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"{day.year}.*2011–2026"):
        hp.is_working_day(day)


def test_2027_is_refused_although_holidays_would_answer_it():
    assert China(years=2027).is_working_day(D(2027, 3, 1))  # the bug this avoids
    with pytest.raises(hp.CalendarNotConfirmedError, match="2027"):
        hp.is_working_day(D(2027, 3, 1))


def test_adding_working_days_past_the_last_held_day_is_refused():
    with pytest.raises(hp.CalendarNotConfirmedError, match="2027"):
        hp.add_working_days(D(2026, 12, 28), 5)
    with pytest.raises(hp.CalendarNotConfirmedError, match="2010"):
        hp.add_working_days(D(2011, 1, 5), -5)


def test_counting_into_a_year_not_held_is_refused():
    with pytest.raises(hp.CalendarNotConfirmedError, match="end=2027-01-04"):
        hp.working_days_between(D(2026, 12, 1), D(2027, 1, 4))
    with pytest.raises(hp.CalendarNotConfirmedError, match="start=2010-12-01"):
        hp.working_days_between(D(2010, 12, 1), D(2011, 1, 4))


def test_the_calendar_is_a_policy_error_so_value_error_handlers_catch_it():
    with pytest.raises(ValueError):  # noqa: PT011 - the point is the base class
        hp.is_working_day(D(2027, 1, 4))


# ---------------------------------------------------------------- golden weeks, per notice


@pytest.mark.parametrize(
    ("day", "working", "why"),
    [
        # 2012 notice (国办发明电〔2011〕45号): 元旦 2012-01-01..03 off, Saturday 2011-12-31 worked.
        (D(2011, 12, 31), True, "调休上班"),
        (D(2012, 1, 1), False, "元旦"),
        (D(2012, 1, 2), False, "元旦"),
        (D(2012, 1, 3), False, "休息日"),
        (D(2012, 1, 4), True, "工作日"),
        # 2011 notice (国办发明电〔2010〕40号): 国庆 10-01..07 off, 10-08 and 10-09 worked.
        (D(2011, 10, 7), False, "休息日"),
        (D(2011, 10, 8), True, "调休上班"),
        (D(2011, 10, 9), True, "调休上班"),
        # 2015: Victory Day 09-03..05 off, Sunday 09-06 worked (国发明电〔2015〕1号).
        (D(2015, 9, 3), False, "胜利70周年"),
        (D(2015, 9, 6), True, "调休上班"),
        # 2019 amended Labour Day (国办发明电〔2019〕3号): 05-01..04 off, 04-28 and 05-05 worked.
        (D(2019, 5, 3), False, "休息日"),
        (D(2019, 5, 5), True, "调休上班"),
        # 2020 Spring Festival extended to 02-02 (国办发明电〔2020〕1号): Saturday 02-01 not worked.
        (D(2020, 2, 1), False, "春节延长假期"),
        (D(2020, 2, 3), True, "工作日"),
        # 2024 notice (国办发明电〔2023〕7号): 国庆 10-01..07, 09-29 and 10-12 worked.
        (D(2024, 9, 29), True, "调休上班"),
        (D(2024, 10, 1), False, "国庆节"),
        (D(2024, 10, 7), False, "休息日"),
        (D(2024, 10, 12), True, "调休上班"),
        # 2026 notice (国办发明电〔2025〕7号): 春节 02-15..23, 02-14 and 02-28 worked;
        # 国庆 10-01..07, 09-20 and 10-10 worked; 元旦 01-01..03, 01-04 worked.
        (D(2026, 1, 2), False, "休息日"),
        (D(2026, 1, 4), True, "调休上班"),
        (D(2026, 2, 14), True, "调休上班"),
        (D(2026, 2, 16), False, "农历除夕"),
        (D(2026, 2, 23), False, "休息日"),
        (D(2026, 2, 28), True, "调休上班"),
        (D(2026, 9, 20), True, "调休上班"),
        (D(2026, 10, 7), False, "休息日"),
        (D(2026, 10, 10), True, "调休上班"),
        (D(2026, 10, 11), False, "周末"),
    ],
)
def test_golden_week_days_are_as_the_notices_set_them(day, working, why):
    assert hp.is_working_day(day) is working
    assert why in hp.default_calendar().describe_day(day)


# 2024–2026 worked out by hand from the notices: weekdays − weekdays off + make-up days
# (2024: 262 − 19 + 8; 2025: 261 − 18 + 5; 2026: 261 − 19 + 6).
@pytest.mark.parametrize(
    ("year", "working_days"),
    [(2011, 250), (2012, 249), (2019, 250), (2020, 249), (2024, 251), (2025, 248), (2026, 248)],
)
def test_each_year_has_its_number_of_working_days(year, working_days):
    first = D(year, 1, 1)
    count = hp.working_days_between(first, D(year, 12, 31)) + hp.is_working_day(first)
    assert count == working_days


def test_the_shipped_days_agree_with_holidays_on_every_day_of_every_held_year():
    # The default calendar is built from the data shipped in the package; holidays is the
    # source it was generated from and stays the cross-check.
    reference = China(years=range(2011, 2027), language="zh_CN")
    shipped = hp.WorkingCalendar.official()
    day = D(2011, 1, 1)
    while day <= D(2026, 12, 31):
        assert shipped.is_working_day(day) is reference.is_working_day(day), day
        if day in reference:
            assert shipped.describe_day(day) == reference[day], day
        day += dt.timedelta(days=1)


def test_the_shipped_schedules_are_those_holidays_gives_year_by_year():
    shipped = {s.year: s for s in calendar_module._official_schedules()}
    computed = {s.year: s for s in calendar_module._schedules_from_holidays()}
    assert sorted(shipped) == sorted(computed) == list(range(2011, 2027))
    for year, schedule in computed.items():
        assert dict(shipped[year].days_off) == dict(schedule.days_off), year
        assert dict(shipped[year].working_days) == dict(schedule.working_days), year
        assert shipped[year].notices == schedule.notices, year


def _generator():
    path = ROOT / "scripts" / "generate_official_days.py"
    spec = importlib.util.spec_from_file_location("generate_official_days", path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_generator_run_on_the_installed_holidays_reproduces_the_shipped_file_exactly():
    # A stale file (holidays upgraded with changed data, a notice added to _notices.py
    # without regenerating) fails here: run scripts/generate_official_days.py.
    shipped = (ROOT / "src" / "hrss_policy" / "_official_days.py").read_bytes()
    assert _generator().render().encode("utf-8") == shipped


def test_shipped_data_that_does_not_cover_the_listed_notices_is_refused(monkeypatch):
    from hrss_policy import _official_days

    monkeypatch.setattr(_official_days, "LAST_YEAR", 2025)
    with pytest.raises(hp.CalendarDataError, match="regenerate"):
        hp.WorkingCalendar.official()


def test_a_shipped_row_of_an_unknown_kind_is_refused(monkeypatch):
    from hrss_policy import _official_days

    monkeypatch.setattr(_official_days, "DAYS", (("2024-10-12", "holiday", "国庆节"),))
    with pytest.raises(hp.CalendarDataError, match="bad row"):
        hp.WorkingCalendar.official()


def test_every_day_is_of_the_kind_its_schedule_and_its_weekday_make_it():
    # The index classifies days by ordinal arithmetic; this restates the definition with
    # datetime's own weekday, day by day, on the official years and a registered one.
    cal = hp.default_calendar().with_year(hp.YearSchedule.from_data(DATA_2027))
    day = D(cal.first_year, 1, 1)
    while day.year <= cal.last_year:
        schedule = cal.schedule(day.year)
        if day in schedule.working_days:
            expected = DayKind.MAKEUP_WORKDAY
        elif day in schedule.days_off:
            expected = DayKind.DAY_OFF
        else:
            expected = DayKind.WEEKEND if day.weekday() >= 5 else DayKind.WORKDAY
        assert cal.day_kind(day) is expected, day
        assert cal.is_working_day(day) is expected.is_working, day
        day += dt.timedelta(days=1)


def test_every_make_up_working_day_is_a_weekend_day():
    cal = hp.default_calendar()
    for year in range(2011, 2027):
        for day in cal.schedule(year).working_days:
            assert day.weekday() >= 5
            assert cal.day_kind(day) is DayKind.MAKEUP_WORKDAY


# ---------------------------------------------------------------- arithmetic, pinned


def test_the_fifth_working_day_after_30_september_2024_is_the_make_up_saturday():
    assert hp.add_working_days(D(2024, 9, 30), 5) == D(2024, 10, 12)
    assert hp.working_days_between(D(2024, 9, 30), D(2024, 10, 12)) == 5
    assert hp.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)
    assert hp.previous_working_day(D(2024, 10, 8)) == D(2024, 9, 30)


def test_zero_working_days_is_the_day_itself_or_the_last_working_day_before_it():
    assert hp.add_working_days(D(2024, 10, 8), 0) == D(2024, 10, 8)
    assert hp.add_working_days(D(2024, 10, 6), 0) == D(2024, 9, 30)


def test_counting_backwards_is_negative():
    assert hp.working_days_between(D(2024, 10, 12), D(2024, 9, 30)) == -5


# ---------------------------------------------------------------- laws


@given(held_dates, st.integers(min_value=0, max_value=300))
def test_counting_the_days_added_gives_back_n(d, n):
    assume(D(2011, 1, 5) <= d <= D(2025, 10, 1))
    assert hp.working_days_between(d, hp.add_working_days(d, n)) == n


@given(held_dates, st.integers(min_value=-300, max_value=-1))
def test_counting_back_from_a_working_day_gives_back_n(d, n):
    assume(d >= D(2012, 3, 1) and hp.is_working_day(d))
    assert hp.working_days_between(d, hp.add_working_days(d, n)) == n


@given(held_dates, working_day_offsets)
def test_adding_working_days_always_lands_on_a_working_day(d, n):
    assume(D(2012, 3, 1) <= d <= D(2025, 10, 1))
    assert hp.is_working_day(hp.add_working_days(d, n))


@given(held_dates, working_day_offsets, working_day_offsets)
def test_adding_working_days_is_monotone_in_n(d, m, n):
    assume(D(2012, 3, 1) <= d <= D(2025, 10, 1))
    if m <= n:
        assert hp.add_working_days(d, m) <= hp.add_working_days(d, n)


@given(held_dates, held_dates, st.integers(min_value=1, max_value=200))
def test_adding_working_days_is_monotone_in_the_start(a, b, n):
    # 200 working days from the last day of 2025 still land inside the held 2026.
    assume(max(a, b) <= D(2025, 12, 31))
    a, b = min(a, b), max(a, b)
    assert hp.add_working_days(a, n) <= hp.add_working_days(b, n)


@given(held_dates, held_dates, held_dates)
def test_counts_are_antisymmetric_and_add_up(a, b, c):
    between = hp.working_days_between
    assert between(a, b) == -between(b, a)
    assert between(a, b) + between(b, c) == between(a, c)
    assert between(a, a) == 0


@given(held_dates, held_dates)
def test_a_count_never_exceeds_the_calendar_days(a, b):
    assert abs(hp.working_days_between(a, b)) <= abs((b - a).days)


# ---------------------------------------------------------------- refusals of input


@pytest.mark.parametrize(
    "bad",
    [dt.datetime(2024, 10, 12, 9, 0), "2024-10-12", 1728691200, 20241012.0, None],
)
def test_only_a_date_is_accepted(bad):
    with pytest.raises(TypeError, match=r"datetime\.date"):
        hp.is_working_day(bad)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        hp.add_working_days(bad, 1)
    with pytest.raises(TypeError, match=r"datetime\.date"):
        hp.working_days_between(D(2024, 1, 1), bad)


@pytest.mark.parametrize("bad", [True, 1.0, "5", None])
def test_a_number_of_working_days_must_be_an_int(bad):
    with pytest.raises(TypeError, match="n must be an int"):
        hp.add_working_days(D(2024, 1, 1), bad)


# ---------------------------------------------------------------- registration

DATA_2027 = {
    "year": 2027,
    "notices": [{"title": "国务院办公厅关于2027年部分节假日安排的通知", "issued": "2026-11-20"}],
    "days_off": {"2027-01-01": "元旦", "2027-02-08": "春节"},
    "working_days": {"2027-02-06": "调休上班"},
}


def test_a_newly_published_year_can_be_registered_into_a_calendar_of_ones_own():
    cal = hp.default_calendar().with_year(hp.YearSchedule.from_data(DATA_2027))
    assert cal.is_working_day(D(2027, 2, 6))
    assert not cal.is_working_day(D(2027, 2, 8))
    assert cal.working_days_between(D(2026, 12, 31), D(2027, 1, 4)) == 1
    with pytest.raises(hp.CalendarNotConfirmedError):
        hp.is_working_day(D(2027, 2, 6))  # the default calendar is untouched


def test_registering_into_the_default_calendar_is_explicit_and_seen_by_every_caller():
    hp.register_year(hp.YearSchedule.from_data(DATA_2027))
    assert hp.is_working_day(D(2027, 2, 6))
    assert hp.calendar_coverage()[-1].year == 2027
    hp.reset_default_calendar()
    with pytest.raises(hp.CalendarNotConfirmedError):
        hp.is_working_day(D(2027, 2, 6))


def test_json_and_toml_give_the_same_schedule():
    import json

    toml = """
year = 2027
days_off = { 2027-01-01 = "元旦", 2027-02-08 = "春节" }
working_days = [2027-02-06]
[[notices]]
title = "国务院办公厅关于2027年部分节假日安排的通知"
issued = 2026-11-20
"""
    a = hp.YearSchedule.from_json(json.dumps(DATA_2027))
    b = hp.YearSchedule.from_toml(toml)
    assert a.days_off == b.days_off
    assert set(a.working_days) == set(b.working_days)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"working_days": ["2027-02-08"]}, "weekday"),
        ({"working_days": ["2027-02-06"], "days_off": ["2027-02-06"]}, "both"),
        ({"days_off": ["2026-12-31"]}, "not in 2027"),
        ({"days_off": ["2027-02-30"]}, "not a date"),
        ({"days_off": ["27-2-8"]}, "not a date"),
        ({"days_off": []}, "no day off"),
        ({"notices": []}, "non-empty"),
        ({"notices": [{"number": "x"}]}, "str title"),
        ({"year": "2027"}, "year must be an int"),
        ({"year": True}, "year must be an int"),
        ({"days_off": "2027-01-01"}, "mapping"),
        ({"holiday": []}, "unknown keys"),
        ({"days_off": {"2027-01-01": ""}}, "non-empty str"),
    ],
)
def test_malformed_or_contradictory_data_is_refused(change, message):
    with pytest.raises(hp.CalendarDataError, match=message):
        hp.YearSchedule.from_data({**DATA_2027, **change})


def test_broken_json_and_toml_are_refused():
    with pytest.raises(hp.CalendarDataError, match="JSON"):
        hp.YearSchedule.from_json("{year: 2027")
    with pytest.raises(hp.CalendarDataError, match="TOML"):
        hp.YearSchedule.from_toml("year = ")


def test_a_held_year_cannot_be_silently_overwritten():
    held = hp.default_calendar().schedule(2026)
    changed = hp.YearSchedule(2026, held.days_off, {}, held.notices)
    with pytest.raises(hp.CalendarDataError, match="already held"):
        hp.default_calendar().with_year(changed)
    assert hp.default_calendar().with_year(held) is hp.default_calendar()
    replaced = hp.default_calendar().with_year(changed, replace=True)
    assert not replaced.is_working_day(D(2026, 2, 14))


def test_a_year_with_a_gap_before_it_is_refused():
    data = {**DATA_2027, "year": 2028, "days_off": ["2028-01-03"], "working_days": []}
    with pytest.raises(hp.CalendarDataError, match="contiguous"):
        hp.default_calendar().with_year(hp.YearSchedule.from_data(data))


# ---------------------------------------------------------------- estimates


def test_an_estimate_is_an_explicit_opt_in_and_says_so():
    est = hp.default_calendar().with_estimates(2028)
    assert est.is_estimated(D(2027, 10, 1))
    assert not est.is_estimated(D(2026, 10, 1))
    assert not est.is_working_day(D(2027, 10, 1))
    assert est.coverage()[-1].describe() == "2028年：推定（国务院尚未公布当年放假安排）"
    r = hp.quarterly_report(2027, 3, calendar=est)
    assert r.estimated
    assert "推定" in r.explain()
    assert not hp.quarterly_report(2026, 3, calendar=est).estimated


def test_a_published_year_replaces_its_estimate():
    est = hp.default_calendar().with_estimates(2027)
    cal = est.with_year(hp.YearSchedule.from_data(DATA_2027))
    assert not cal.is_estimated(D(2027, 2, 6))
    assert cal.is_working_day(D(2027, 2, 6))


# ---------------------------------------------------------------- laziness and threads


def _holidays_imported_after(code: str) -> bool:
    script = f"import sys\nimport hrss_policy as hp\n{code}\nprint('holidays' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    return {"True": True, "False": False}[out.stdout.strip().splitlines()[-1]]


def test_importing_the_package_does_not_import_holidays():
    assert _holidays_imported_after("pass") is False


def test_computing_a_deadline_on_the_default_calendar_does_not_import_holidays():
    code = """
import datetime as dt
assert hp.quarterly_report_deadline(2024, 3) == dt.date(2024, 10, 12)
assert hp.default_calendar().describe_day(dt.date(2026, 2, 28)).startswith("调休上班")
assert hp.calendar_coverage()[-1].year == 2026
assert not hp.is_working_day(dt.date(2011, 10, 7))
"""
    assert _holidays_imported_after(code) is False


def test_an_estimate_does_import_holidays_the_source_of_its_rules():
    # The control for the test above: the check can see holidays being imported.
    assert _holidays_imported_after("hp.default_calendar().with_estimates(2027)") is True


def test_the_default_calendar_is_built_once_under_concurrent_first_use():
    seen = []
    barrier = threading.Barrier(8)

    def worker():
        barrier.wait()
        seen.append(hp.default_calendar())

    threads = [threading.Thread(target=worker) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert len({id(c) for c in seen}) == 1
