"""The official working-day calendar: held years, golden weeks, laws and refusals."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import subprocess
import sys
import threading
from pathlib import Path

import attrs
import pytest
from holidays.countries.china import China
from hypothesis import assume, given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.calendar import DayKind
from hrss_policy.calendar import sources as schedule_module
from hrss_policy.calendar.days import parse_name

from .calendars import FIRST, LAST, NEXT, invented_year, with_invented_year
from .golden import assert_golden
from .strategies import held_dates, working_day_offsets

D = dt.date
ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def _fresh_default_calendar():
    hp.reset_default_calendar()
    yield
    hp.reset_default_calendar()


# ---------------------------------------------------------------- what is held


@pytest.mark.reading(id="R5")
def test_the_calendar_holds_every_year_from_2011_at_least_to_2026_each_with_its_notice():
    cov = hp.calendar_coverage()
    assert [c.year for c in cov] == list(range(2011, LAST + 1))
    assert LAST >= 2026
    for c in cov:
        assert c.shipped
        assert not c.from_file
        assert not c.estimated
        assert c.notices[0].title == f"国务院办公厅关于{c.year}年部分节假日安排的通知"
        assert c.notices[0].number is not None
        assert c.notices[0].number.startswith("国办发明电〔")


@pytest.mark.reading(id="R5")
def test_2011_also_cites_the_2012_notice_that_made_saturday_31_december_a_working_day():
    (c2011,) = [c for c in hp.calendar_coverage() if c.year == 2011]
    assert [n.number for n in c2011.notices] == ["国办发明电〔2010〕40号", "国办发明电〔2011〕45号"]


@pytest.mark.reading(id="R5")
def test_the_2026_schedule_is_the_notice_of_4_november_2025():
    notice = hp.default_calendar().schedule(2026).notices[0]
    assert (notice.number, notice.issued) == ("国办发明电〔2025〕7号", D(2025, 11, 4))


@pytest.mark.reading(id="R5")
@pytest.mark.parametrize(
    "day",
    [D(NEXT, 1, 4), D(NEXT, 6, 1), D(2010, 12, 31), D(2000, 5, 8), D(2100, 1, 4), D(9999, 12, 31)],
)
def test_a_date_in_a_year_not_held_is_refused_naming_the_argument_the_year_and_the_range(day):
    with pytest.raises(
        hp.CalendarNotConfirmedError, match=rf"^d={day.isoformat()}: .* {day.year} .*{FIRST}–{LAST}"
    ) as err:
        hp.is_working_day(day)
    assert err.value.message_zh.startswith(f"日期{day.year}年")
    assert f"已收录{FIRST}年至{LAST}年" in err.value.message_zh


@pytest.mark.reading(id="R5")
def test_the_first_year_not_held_is_refused_although_holidays_would_answer_it():
    assert China(years=NEXT).is_working_day(D(NEXT, 3, 1))  # the bug this avoids
    with pytest.raises(hp.CalendarNotConfirmedError, match=str(NEXT)):
        hp.is_working_day(D(NEXT, 3, 1))


def test_adding_working_days_past_the_last_held_day_is_refused_naming_n():
    with pytest.raises(
        hp.CalendarNotConfirmedError, match=rf"^n=5 from {LAST}-12-28 reaches into {NEXT}"
    ):
        hp.add_working_days(D(LAST, 12, 28), 5)
    with pytest.raises(hp.CalendarNotConfirmedError, match=r"^n=-5 from 2011-01-05 .*2010"):
        hp.add_working_days(D(2011, 1, 5), -5)


def test_counting_into_a_year_not_held_is_refused_naming_the_argument():
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^end={NEXT}-01-04"):
        hp.working_days_between(D(LAST, 12, 1), D(NEXT, 1, 4))
    with pytest.raises(hp.CalendarNotConfirmedError, match=r"^start=2010-12-01"):
        hp.working_days_between(D(2010, 12, 1), D(2011, 1, 4))


def test_the_calendar_is_a_policy_error_so_value_error_handlers_catch_it():
    with pytest.raises(ValueError, match=r"not held"):
        hp.is_working_day(D(NEXT, 1, 4))


# ---------------------------------------------------------------- golden weeks, per notice


@pytest.mark.reading(id="R5")
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
@pytest.mark.reading(id="R5")
@pytest.mark.parametrize(
    ("year", "working_days"),
    [(2011, 250), (2012, 249), (2019, 250), (2020, 249), (2024, 251), (2025, 248), (2026, 248)],
)
def test_each_year_has_its_number_of_working_days(year, working_days):
    first = D(year, 1, 1)
    count = hp.working_days_between(first, D(year, 12, 31)) + hp.is_working_day(first)
    assert count == working_days


@pytest.mark.reading(id="R5")
def test_the_shipped_days_agree_with_holidays_on_every_day_of_every_held_year():
    # The default calendar is built from the data shipped in the package; holidays is the
    # source it was generated from and stays the cross-check.
    reference = China(years=range(FIRST, LAST + 1), language="zh_CN")
    shipped = hp.WorkingCalendar.official()
    day = D(FIRST, 1, 1)
    while day <= D(LAST, 12, 31):
        assert shipped.is_working_day(day) is reference.is_working_day(day), day
        if day in reference:
            # The shipped data writes every swap in one style (休息日（由9月29日调休）, the
            # year where it crosses one); the day and its swap are holidays' own.
            name = shipped.schedule(day.year).days_off[day]
            assert parse_name(DayKind.DAY_OFF, name, day) == parse_name(
                DayKind.DAY_OFF, reference[day], day
            ), day
            assert "（由 " not in name
            assert not re.search(r"\d{4}-\d{2}-\d{2}", name)
        day += dt.timedelta(days=1)


def test_the_shipped_schedules_are_those_holidays_gives_year_by_year():
    shipped = {s.year: s for s in schedule_module.official_schedules()}
    computed = {s.year: s for s in schedule_module.schedules_from_holidays()}
    assert sorted(shipped) == sorted(computed) == list(range(FIRST, LAST + 1))
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
    # A stale file (holidays upgraded with changed data, a notice added to calendar/notices.py
    # without regenerating) fails here: run scripts/generate_official_days.py.
    shipped = (ROOT / "src" / "hrss_policy" / "calendar" / "official_days.py").read_bytes()
    assert _generator().render().encode("utf-8") == shipped


def test_shipped_data_that_does_not_cover_the_listed_notices_is_refused(monkeypatch):
    from hrss_policy.calendar import official_days as _official_days

    monkeypatch.setattr(_official_days, "LAST_YEAR", LAST - 1)
    with pytest.raises(hp.CalendarDataError, match=r"regenerate"):
        hp.WorkingCalendar.official()


def test_a_shipped_row_of_an_unknown_kind_is_refused(monkeypatch):
    from hrss_policy.calendar import official_days as _official_days

    monkeypatch.setattr(_official_days, "DAYS", (("2024-10-12", "holiday", "国庆节"),))
    with pytest.raises(hp.CalendarDataError, match=r"bad row"):
        hp.WorkingCalendar.official()


@pytest.mark.reading(id="R5")
def test_every_day_is_of_the_kind_its_schedule_and_its_weekday_make_it():
    # The index classifies days by ordinal arithmetic; this restates the definition with
    # datetime's own weekday, day by day, on the official years and a registered one.
    cal = hp.default_calendar().with_year(hp.YearSchedule.from_data(invented_year()))
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


@pytest.mark.reading(id="R5")
def test_every_make_up_working_day_is_a_weekend_day():
    cal = hp.default_calendar()
    for year in range(FIRST, LAST + 1):
        for day in cal.schedule(year).working_days:
            assert day.weekday() >= 5
            assert cal.day_kind(day) is DayKind.MAKEUP_WORKDAY


# ---------------------------------------------------------------- arithmetic, pinned


@pytest.mark.reading(id="R5")
def test_the_fifth_working_day_after_30_september_2024_is_the_make_up_saturday():
    assert hp.add_working_days(D(2024, 9, 30), 5) == D(2024, 10, 12)
    assert hp.working_days_between(D(2024, 9, 30), D(2024, 10, 12)) == 5
    assert hp.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)
    assert hp.previous_working_day(D(2024, 10, 8)) == D(2024, 9, 30)


def test_the_working_day_before_a_sunday_of_the_national_day_week_is_30_september():
    # Counting back from a day off: the last working day strictly before it.
    assert hp.previous_working_day(D(2024, 10, 6)) == D(2024, 9, 30)
    assert hp.previous_working_day(D(2024, 10, 1)) == D(2024, 9, 30)
    assert hp.previous_working_day(D(2024, 9, 30)) == D(2024, 9, 29)  # a make-up Sunday
    assert hp.default_calendar().previous_working_day(D(2024, 10, 8)) == D(2024, 9, 30)
    assert hp.add_working_days(D(2024, 10, 6), -2) == D(2024, 9, 29)


def test_zero_working_days_is_the_day_itself_or_the_last_working_day_before_it():
    assert hp.add_working_days(D(2024, 10, 8), 0) == D(2024, 10, 8)
    assert hp.add_working_days(D(2024, 10, 6), 0) == D(2024, 9, 30)


def test_counting_backwards_is_negative():
    assert hp.working_days_between(D(2024, 10, 12), D(2024, 9, 30)) == -5


def test_the_first_and_last_days_held_can_be_counted_from_and_to():
    first, last = D(FIRST, 1, 1), D(LAST, 12, 31)
    total = sum(
        hp.is_working_day(first + dt.timedelta(days=i)) for i in range((last - first).days + 1)
    )
    assert hp.working_days_between(first, last) == total - hp.is_working_day(first)
    assert hp.add_working_days(first, 1) == D(FIRST, 1, 4)  # 2011-01-01..03 元旦
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^n=-1 from {FIRST}-01-01"):
        hp.add_working_days(first, -1)


# ---------------------------------------------------------------- laws


def _is_working(d: dt.date) -> bool:
    return hp.is_working_day(d)


@given(held_dates, st.integers(min_value=0, max_value=300))
def test_counting_the_days_added_gives_back_n(d, n):
    assume(D(FIRST, 1, 5) <= d <= D(LAST - 1, 10, 1))
    assert hp.working_days_between(d, hp.add_working_days(d, n)) == n


@given(held_dates, st.integers(min_value=-300, max_value=-1))
def test_counting_back_from_any_day_lands_n_working_days_before_it(d, n):
    # From any day, working or not: the result is a working day, and the working days in
    # [result, d) are exactly -n (from a working day, (result, d] has -n too).
    assume(d >= D(FIRST + 1, 6, 1))
    back = hp.add_working_days(d, n)
    assert back < d
    assert hp.is_working_day(back)
    assert hp.working_days_between(back, d) + _is_working(back) - _is_working(d) == -n
    if hp.is_working_day(d):
        assert hp.working_days_between(d, back) == n


@given(held_dates)
def test_the_previous_working_day_is_the_last_working_day_strictly_before(d):
    assume(d >= D(FIRST, 2, 1))
    prev = hp.previous_working_day(d)
    assert prev < d
    assert hp.is_working_day(prev)
    day = prev + dt.timedelta(days=1)
    while day < d:
        assert not hp.is_working_day(day), day
        day += dt.timedelta(days=1)


@given(held_dates)
def test_the_next_working_day_is_the_first_working_day_strictly_after(d):
    assume(d <= D(LAST, 11, 30))
    nxt = hp.next_working_day(d)
    assert nxt > d
    assert hp.is_working_day(nxt)
    assert hp.working_days_between(d, nxt) == 1


@given(held_dates, working_day_offsets)
def test_adding_working_days_always_lands_on_a_working_day(d, n):
    assume(D(FIRST + 1, 6, 1) <= d <= D(LAST - 1, 10, 1))
    assert hp.is_working_day(hp.add_working_days(d, n))


@given(held_dates, working_day_offsets, working_day_offsets)
def test_adding_working_days_is_monotone_in_n(d, m, n):
    assume(D(FIRST + 1, 6, 1) <= d <= D(LAST - 1, 10, 1))
    if m <= n:
        assert hp.add_working_days(d, m) <= hp.add_working_days(d, n)


@given(held_dates, held_dates, st.integers(min_value=1, max_value=200))
def test_adding_working_days_is_monotone_in_the_start(a, b, n):
    # 200 working days from the last day of a year still land inside the next one.
    assume(max(a, b) <= D(LAST - 1, 12, 31))
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


@given(held_dates, held_dates)
def test_a_span_counts_what_working_days_between_counts_and_skips_every_other_day(a, b):
    span = hp.working_day_span(a, b)
    assert span.count == hp.working_days_between(a, b)
    lo, hi = min(a, b), max(a, b)
    skipped = [s.date for s in span.skipped]
    assert all(lo < d <= hi and not hp.is_working_day(d) for d in skipped)
    assert len(skipped) + abs(span.count) == (hi - lo).days
    assert skipped == sorted(skipped)


@given(held_dates, st.integers(min_value=0, max_value=250))
def test_an_offset_span_ends_where_add_working_days_lands_and_counts_n(d, n):
    assume(D(FIRST, 1, 10) <= d <= D(LAST - 1, 12, 31))
    span = hp.working_day_offset(d, n)
    assert span.end == hp.add_working_days(d, n)
    assert span.count == n
    assert span.start == d


@given(held_dates, st.integers(min_value=1, max_value=250))
def test_counting_the_start_day_moves_the_end_back_one_working_day_when_it_works(d, n):
    # 250 working days take a year: start a year and a quarter before the last day held.
    assume(d <= D(LAST - 1, 9, 30))
    same = hp.working_day_offset(d, n, count_start=True)
    nxt = hp.working_day_offset(d, n)
    if hp.is_working_day(d):
        assert same.end == hp.add_working_days(d, n - 1)
    else:
        assert same.end == nxt.end
    assert same.count == n
    assert same.counts_start


# ---------------------------------------------------------------- days that explain themselves


@pytest.mark.parametrize(
    ("day", "kind", "name", "swapped", "sentence"),
    [
        (D(2024, 10, 8), DayKind.WORKDAY, "工作日", None, "2024年10月8日（星期二）是工作日。"),
        (
            D(2024, 10, 13),
            DayKind.WEEKEND,
            "周末",
            None,
            "2024年10月13日（星期日）是周末，不是工作日。",
        ),
        (
            D(2024, 10, 1),
            DayKind.DAY_OFF,
            "国庆节",
            None,
            "2024年10月1日（星期二）是国庆节，不是工作日。",
        ),
        (
            D(2024, 10, 4),
            DayKind.DAY_OFF,
            "休息日",
            D(2024, 9, 29),
            "2024年10月4日（星期五）是休息日，由9月29日调休，不是工作日。",
        ),
        (
            D(2024, 10, 12),
            DayKind.MAKEUP_WORKDAY,
            "调休上班",
            D(2024, 10, 7),
            "2024年10月12日（星期六）调休上班，调至10月7日休息，是工作日。",
        ),
        (
            D(2011, 12, 31),
            DayKind.MAKEUP_WORKDAY,
            "调休上班",
            D(2012, 1, 3),
            "2011年12月31日（星期六）调休上班，调至2012年1月3日休息，是工作日。",
        ),
        (
            D(2011, 1, 3),
            DayKind.DAY_OFF,
            "元旦补假",
            None,
            "2011年1月3日（星期一）是元旦补假，不是工作日。",
        ),
    ],
)
def test_a_day_says_what_it_is_and_why_in_one_sentence(day, kind, name, swapped, sentence):
    info = hp.day_info(day)
    assert (info.date, info.kind, info.name, info.swapped_with) == (day, kind, name, swapped)
    assert info.is_working is kind.is_working
    assert info.explain() == sentence
    assert info.clauses == ()
    assert not info.estimated


def test_a_day_that_is_two_festivals_names_both():
    # 2020-10-01 was 中秋节 and 国庆节 at once.
    assert hp.day_info(D(2020, 10, 1)).name == "中秋节、国庆节"


def _bracket_depth(text: str) -> int:
    depth = deepest = 0
    for char in text:
        depth += {"（": 1, "）": -1}.get(char, 0)
        deepest = max(deepest, depth)
    assert depth == 0, text
    return deepest


def test_no_day_s_name_or_sentence_nests_brackets_or_shows_an_iso_date():
    cal = hp.default_calendar()
    for day in cal.days(D(FIRST, 1, 1), D(LAST, 12, 31)):
        for text in (day.describe(), day.explain()):
            assert _bracket_depth(text) <= 1, text
            assert not re.search(r"[0-9]{4}-[0-9]{2}", text), text


def test_the_span_of_the_2024_national_day_report_names_each_day_off_grouped():
    span = hp.working_day_span(D(2024, 9, 30), D(2024, 10, 12))
    assert (span.start, span.end, span.count, span.estimated) == (
        D(2024, 9, 30),
        D(2024, 10, 12),
        5,
        False,
    )
    assert [d.date.day for d in span.skipped] == [1, 2, 3, 4, 5, 6, 7]
    assert span.explain() == (
        "2024年9月30日（不含）至2024年10月12日（含）共5个工作日，其间的非工作日有"
        "10月1日至3日国庆节、10月4日休息日（由9月29日调休）、10月5日至6日周末、"
        "10月7日休息日（由10月12日调休）。"
    )


def test_the_skipped_days_are_exactly_those_of_the_span_not_one_more():
    # Ends on Saturday 10-12 (worked): Sunday 10-13 is outside the span.
    assert hp.default_calendar().non_working_days(D(2024, 9, 30), D(2024, 10, 12))[-1].date == D(
        2024, 10, 7
    )
    days = hp.default_calendar().non_working_days(D(2024, 10, 1), D(2024, 10, 13))
    assert (days[0].date, days[-1].date) == (D(2024, 10, 2), D(2024, 10, 13))
    assert hp.default_calendar().non_working_days(D(2024, 10, 7), D(2024, 10, 7)) == ()


def test_a_span_across_new_year_names_the_year_of_the_days_in_the_next_year():
    span = hp.working_day_span(D(2011, 12, 31), D(2012, 1, 10))
    assert "2012年1月1日元旦" in span.explain()
    assert "2012年1月3日休息日（由12月31日调休）" in span.explain()


def test_a_span_without_days_off_says_so_and_a_backward_span_is_negative():
    assert hp.working_day_span(D(2024, 7, 1), D(2024, 7, 5)).explain() == (
        "2024年7月1日（不含）至2024年7月5日（含）共4个工作日，其间没有非工作日。"
    )
    back = hp.working_day_span(D(2024, 10, 12), D(2024, 9, 30))
    assert back.count == -5
    assert back.explain().startswith("自2024年10月12日往前计，2024年9月30日（不含）至")


def test_a_span_that_counts_its_first_day_says_so():
    span = hp.working_day_span(D(2024, 9, 30), D(2024, 10, 11), count_start=True)
    assert span.count == 5
    assert span.explain().startswith("2024年9月30日（含）至2024年10月11日（含）共5个工作日")
    with pytest.raises(hp.PolicyError, match=r"^end=2024-09-29 is before start=2024-09-30"):
        hp.working_day_span(D(2024, 9, 30), D(2024, 9, 29), count_start=True)


def test_zero_working_days_from_a_day_off_is_an_empty_span_back_to_the_last_working_day():
    span = hp.working_day_offset(D(2024, 10, 6), 0)
    assert (span.end, span.count) == (D(2024, 9, 30), 0)
    assert [d.date.day for d in span.skipped] == [1, 2, 3, 4, 5, 6]


def test_an_offset_refuses_a_negative_n_and_counting_the_start_with_zero():
    with pytest.raises(hp.PolicyError, match=r"^n must be an int ≥ 0"):
        hp.working_day_offset(D(2024, 10, 8), -1)
    with pytest.raises(hp.PolicyError, match=r"^n must be an int ≥ 1"):
        hp.working_day_offset(D(2024, 10, 8), 0, count_start=True)


def test_describe_day_gives_the_name_with_its_swap():
    cal = hp.default_calendar()
    assert cal.describe_day(D(2026, 2, 28)) == "调休上班（调至2月23日休息）"
    assert cal.describe_day(D(2024, 10, 7)) == "休息日（由10月12日调休）"
    assert cal.describe_day(D(2024, 10, 5)) == "周末"
    assert cal.day_kind(D(2024, 10, 5)) is DayKind.WEEKEND


# ---------------------------------------------------------------- refusals of input


@pytest.mark.parametrize(
    "bad",
    [dt.datetime(2024, 10, 12, 9, 0), "2024-10-12", 1728691200, 20241012.0, None],
)
def test_only_a_date_is_accepted_each_refusal_naming_its_argument(bad):
    with pytest.raises(TypeError, match=r"^d must be a datetime\.date"):
        hp.is_working_day(bad)
    with pytest.raises(TypeError, match=r"^d must be a datetime\.date"):
        hp.add_working_days(bad, 1)
    with pytest.raises(TypeError, match=r"^end must be a datetime\.date"):
        hp.working_days_between(D(2024, 1, 1), bad)
    with pytest.raises(TypeError, match=r"^start must be a datetime\.date"):
        hp.working_days_between(bad, D(2024, 1, 1))
    with pytest.raises(TypeError, match=r"^d must be a datetime\.date"):
        hp.day_info(bad)
    with pytest.raises(TypeError, match=r"^start must be a datetime\.date"):
        hp.working_day_span(bad, D(2024, 1, 1))
    with pytest.raises(TypeError, match=r"^start must be a datetime\.date"):
        hp.working_day_offset(bad, 1)


@pytest.mark.parametrize("bad", [True, 1.0, "5", None])
def test_a_number_of_working_days_must_be_an_int(bad):
    with pytest.raises(TypeError, match=r"^n must be an int"):
        hp.add_working_days(D(2024, 1, 2), bad)
    with pytest.raises(TypeError, match=r"^n must be a whole number"):
        hp.working_day_offset(D(2024, 1, 2), bad)


@pytest.mark.parametrize("bad", ["x", 2024, hp.PLAN_2011, [hp.default_calendar()]])
def test_a_calendar_argument_must_be_a_calendar(bad):
    for call in (
        lambda: hp.day_info(D(2024, 1, 2), calendar=bad),
        lambda: hp.working_day_span(D(2024, 1, 2), D(2024, 1, 3), calendar=bad),
        lambda: hp.working_day_offset(D(2024, 1, 2), 1, calendar=bad),
    ):
        with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
            call()


@given(st.integers(min_value=2**40, max_value=2**200) | st.integers(max_value=-(2**40)))
def test_an_absurd_number_of_working_days_is_refused_as_out_of_the_years_held(n):
    with pytest.raises(hp.CalendarNotConfirmedError, match=r"^n=(-?\d+|an integer of about)"):
        hp.add_working_days(D(2024, 1, 2), n)


# ---------------------------------------------------------------- calendars of one's own


@pytest.mark.reading(id="R5")
def test_a_custom_calendar_changes_every_answer_it_is_given_to():
    # The official schedule of 2024 with the National Day week worked through.
    held = hp.default_calendar().schedule(2024)
    days_off = {d: n for d, n in held.days_off.items() if d.month != 10}
    worked = {d: n for d, n in held.working_days.items() if d.month not in (9, 10)}
    no_golden_week = hp.default_calendar().with_year(
        hp.YearSchedule(2024, days_off, worked, held.notices), replace=True
    )
    assert hp.day_info(D(2024, 10, 1), calendar=no_golden_week).is_working
    assert hp.working_day_span(D(2024, 9, 30), D(2024, 10, 7), calendar=no_golden_week).count == 5
    assert hp.working_day_offset(D(2024, 9, 30), 5, calendar=no_golden_week).end == D(2024, 10, 7)
    assert hp.working_day_offset(D(2024, 9, 30), 5).end == D(2024, 10, 12)


def test_a_newly_published_year_can_be_registered_into_a_calendar_of_ones_own():
    data = invented_year()
    worked = next(iter(data["working_days"]))
    cal = hp.default_calendar().with_year(hp.YearSchedule.from_data(data))
    assert cal.is_working_day(D.fromisoformat(worked))
    assert not cal.is_working_day(D(NEXT, 1, 1))
    assert cal.last_year == NEXT
    with pytest.raises(hp.CalendarNotConfirmedError):
        hp.is_working_day(D(NEXT, 1, 1))  # the default calendar is untouched


def test_registering_into_the_default_calendar_is_explicit_and_seen_by_every_caller():
    registered = hp.register_year(hp.YearSchedule.from_data(invented_year()))
    assert registered is hp.default_calendar()
    assert not hp.is_working_day(D(NEXT, 1, 1))
    assert hp.calendar_coverage()[-1].year == NEXT
    assert hp.add_working_days(D(LAST, 12, 31), 1).year == NEXT
    hp.reset_default_calendar()
    with pytest.raises(hp.CalendarNotConfirmedError):
        hp.is_working_day(D(NEXT, 1, 1))
    # Right after a reset every module function answers from the official calendar.
    assert hp.default_calendar() == hp.WorkingCalendar.official()
    hp.reset_default_calendar()
    assert hp.is_working_day(D(2024, 10, 12))
    hp.reset_default_calendar()
    assert hp.add_working_days(D(2024, 9, 30), 5) == D(2024, 10, 12)
    hp.reset_default_calendar()
    assert hp.working_days_between(D(2024, 9, 30), D(2024, 10, 12)) == 5
    hp.reset_default_calendar()
    assert hp.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)
    hp.reset_default_calendar()
    assert hp.previous_working_day(D(2024, 10, 6)) == D(2024, 9, 30)
    hp.reset_default_calendar()
    assert hp.calendar_coverage()[-1].year == LAST


def test_register_year_replaces_a_held_year_only_when_told_and_passes_replace_through():
    held = hp.default_calendar().schedule(LAST)
    first_off = next(iter(held.days_off))
    fewer = {d: n for d, n in held.days_off.items() if d != first_off}
    changed = hp.YearSchedule(LAST, fewer, held.working_days, held.notices)
    with pytest.raises(hp.CalendarDataError, match=rf"^the year {LAST} is already held"):
        hp.register_year(changed)  # replace defaults to False
    assert hp.default_calendar().schedule(LAST) == held
    hp.register_year(changed, replace=True)
    assert hp.default_calendar().schedule(LAST) == changed


@pytest.mark.parametrize("bad", ["yes", 1, None])
def test_replace_must_be_a_bool(bad):
    schedule = hp.default_calendar().schedule(LAST)
    with pytest.raises(TypeError, match=r"^replace must be True or False"):
        hp.register_year(schedule, replace=bad)
    with pytest.raises(TypeError, match=r"^replace must be True or False"):
        hp.default_calendar().with_year(schedule, replace=bad)


def test_a_held_year_cannot_be_silently_overwritten():
    held = hp.default_calendar().schedule(2026)
    changed = hp.YearSchedule(2026, held.days_off, {}, held.notices)
    with pytest.raises(hp.CalendarDataError, match=r"already held") as err:
        hp.default_calendar().with_year(changed)
    assert err.value.message_zh.startswith("2026年的放假安排已按《国务院办公厅关于2026年")
    assert hp.default_calendar().with_year(held) is hp.default_calendar()
    replaced = hp.default_calendar().with_year(changed, replace=True)
    assert not replaced.is_working_day(D(2026, 2, 14))


def test_a_year_with_a_gap_before_it_is_refused():
    data = invented_year(NEXT + 1)
    with pytest.raises(hp.CalendarDataError, match=rf"contiguous; missing \[{NEXT}\]"):
        hp.default_calendar().with_year(hp.YearSchedule.from_data(data))


def test_a_calendar_with_a_gap_in_its_first_years_is_refused():
    schedules = [OFFICIAL_SCHEDULES[2011], *(OFFICIAL_SCHEDULES[y] for y in range(2013, LAST + 1))]
    with pytest.raises(hp.CalendarDataError, match=r"missing \[2012\] between 2011 and") as err:
        hp.WorkingCalendar(schedules)
    assert "缺少2012年" in err.value.message_zh


@pytest.mark.parametrize(
    ("schedules", "error", "message"),
    [
        (None, TypeError, "^schedules must be an iterable of YearSchedule"),
        ([], hp.CalendarDataError, "^a calendar needs at least one year"),
        (["2024"], TypeError, r"^schedules\[0\] must be a YearSchedule"),
        (
            [hp.default_calendar().schedule(2024)] * 2,
            hp.CalendarDataError,
            "^the year 2024 is given twice",
        ),
    ],
)
def test_a_calendar_is_built_from_year_schedules_only(schedules, error, message):
    with pytest.raises(error, match=message):
        hp.WorkingCalendar(schedules)


OFFICIAL_SCHEDULES = {s.year: s for s in schedule_module.official_schedules()}


# ---------------------------------------------------------------- estimates


@pytest.mark.reading(id="R5")
def test_an_estimate_is_an_explicit_opt_in_and_says_so():
    est = hp.default_calendar().with_estimates(NEXT + 1)
    assert est.is_estimated(D(NEXT, 10, 1))
    assert not est.is_estimated(D(LAST, 10, 1))
    assert not est.is_working_day(D(NEXT, 10, 1))
    assert est.coverage()[-1].describe() == f"{NEXT + 1}年：推定，国务院尚未公布当年放假安排"
    assert hp.day_info(D(NEXT, 10, 1), calendar=est).estimated
    assert "推定" in hp.day_info(D(NEXT, 10, 1), calendar=est).explain()
    assert repr(est) == f"<WorkingCalendar {FIRST}–{NEXT + 1}, estimated {NEXT}–{NEXT + 1}>"
    assert est.with_estimates(NEXT) is est


def test_a_span_is_estimated_when_any_of_its_years_is_an_estimate():
    est = hp.default_calendar().with_estimates(NEXT)
    assert hp.working_day_span(D(LAST, 12, 1), D(NEXT, 1, 20), calendar=est).estimated
    span = hp.working_day_span(D(LAST, 11, 1), D(LAST, 12, 1), calendar=est)
    assert not span.estimated
    assert "推定" not in span.explain()
    assert "推定" in hp.working_day_offset(D(LAST, 12, 28), 5, calendar=est).explain()


def test_a_published_year_replaces_its_estimate():
    est = hp.default_calendar().with_estimates(NEXT)
    cal = est.with_year(hp.YearSchedule.from_data(invented_year()))
    assert not cal.is_estimated(D(NEXT, 2, 6))
    assert not cal.is_working_day(D(NEXT, 1, 1))


def test_estimates_stop_at_2100():
    with pytest.raises(hp.PolicyError, match=r"^through must be at most 2100, got 2101"):
        hp.default_calendar().with_estimates(2101)
    with pytest.raises(TypeError, match=r"^through must be an int"):
        hp.default_calendar().with_estimates("2030")


# ---------------------------------------------------------------- values


def test_the_repr_names_the_years_held():
    assert repr(hp.default_calendar()) == f"<WorkingCalendar {FIRST}–{LAST}>"


def test_calendars_compare_and_hash_by_their_schedules_and_pickle_and_copy():
    import copy
    import pickle

    cal = hp.default_calendar()
    twin = pickle.loads(pickle.dumps(cal))
    assert twin == cal
    assert hash(twin) == hash(cal)
    assert twin.add_working_days(D(2024, 9, 30), 5) == D(2024, 10, 12)
    assert copy.copy(cal) is cal
    assert copy.deepcopy(cal) is cal
    other = cal.with_estimates(NEXT)
    assert other != cal
    assert cal != "a calendar"
    assert len({cal, twin, other}) == 2


def test_schedules_notices_coverage_and_days_are_values():
    import copy
    import pickle

    schedule = hp.default_calendar().schedule(2024)
    values = [
        schedule,
        schedule.notices[0],
        hp.calendar_coverage()[0],
        hp.day_info(D(2024, 10, 4)),
        hp.working_day_span(D(2024, 9, 30), D(2024, 10, 12)),
    ]
    for value in values:
        for twin in (pickle.loads(pickle.dumps(value)), copy.copy(value), copy.deepcopy(value)):
            assert twin == value
            assert hash(twin) == hash(value)
    assert schedule.days_off == dict(schedule.days_off)
    assert hash(schedule) != hash(hp.default_calendar().schedule(2025))


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
assert hp.calendar_coverage()[0].year == 2011
assert not hp.is_working_day(dt.date(2011, 10, 7))
assert hp.day_info(dt.date(2024, 10, 4)).explain()
"""
    assert _holidays_imported_after(code) is False


def test_an_estimate_does_import_holidays_the_source_of_its_rules():
    # The control for the test above: the check can see holidays being imported.
    code = "cal = hp.default_calendar()\ncal.with_estimates(cal.last_year + 1)"
    assert _holidays_imported_after(code) is True


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


# ---------------------------------------------------------------- any argument: a clear refusal

_not_a_date = (
    st.none()
    | st.integers()
    | st.text(max_size=12)
    | st.datetimes(min_value=dt.datetime(2011, 1, 1), max_value=dt.datetime(2026, 12, 31))
    | st.floats()
)
_not_a_calendar = (
    st.none().filter(lambda _: False)
    | st.integers()
    | st.text()
    | st.booleans()
    | st.just(hp.PLAN_2011)
)


@given(_not_a_date)
def test_anything_but_a_date_is_a_type_error_naming_the_argument(bad):
    cal = hp.default_calendar()
    for call, name in (
        (lambda: cal.is_working_day(bad), "d"),
        (lambda: cal.add_working_days(bad, 1), "d"),
        (lambda: cal.working_days_between(bad, D(2024, 1, 2)), "start"),
        (lambda: cal.working_days_between(D(2024, 1, 2), bad), "end"),
        (lambda: cal.day_info(bad), "d"),
        (lambda: cal.is_estimated(bad), "d"),
        (lambda: cal.span(D(2024, 1, 2), bad), "end"),
        (lambda: cal.offset(bad, 3), "start"),
    ):
        with pytest.raises(TypeError, match=rf"^{name} must be a datetime\.date"):
            call()


@given(_not_a_calendar)
def test_anything_but_a_calendar_is_a_type_error_naming_calendar(bad):
    with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
        hp.day_info(D(2024, 1, 2), calendar=bad)
    with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
        hp.quarterly_report(2024, 3, calendar=bad)


@given(st.integers(min_value=-(10**40), max_value=10**40))
def test_any_year_asked_of_a_calendar_is_held_or_refused_naming_the_year(year):
    cal = hp.default_calendar()
    if FIRST <= year <= LAST:
        assert cal.schedule(year).year == year
    else:
        with pytest.raises(hp.CalendarNotConfirmedError, match=r"^year=") as err:
            cal.schedule(year)
        assert len(str(err.value)) < 400


# ---------------------------------------------------------------- a calendar to look at


def test_2024_rendered_month_by_month_is_the_reviewed_golden_file():
    text = "\n\n".join(hp.calendar_month(2024, m).render() for m in range(1, 13))
    assert_golden("calendar_2024", text)


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_a_quarter_with_its_report_deadline_is_the_reviewed_golden_file():
    assert_golden("calendar_2024Q3", hp.calendar_quarter(2024, 3).render())


def _cells(row: str) -> list[tuple[int, int, str]]:
    """(column, day, mark) of each day in a grid row, columns counted as a terminal shows them."""
    found, col, i = [], 0, 0
    while i < len(row):
        if row[i].isdigit():
            j = i
            while j < len(row) and row[j].isdigit():
                j += 1
            mark = row[j] if j < len(row) and row[j] in "休调班报" else ""
            found.append((col // 5, int(row[i:j]), mark))
            col += (j - i) + (2 if mark else 0)
            i = j + (1 if mark else 0)
            continue
        col += 2 if ord(row[i]) > 0x2E7F else 1
        i += 1
    return found


@given(held_dates)
def test_every_day_of_a_month_is_in_its_grid_once_under_its_weekday_with_its_mark(d):
    month = hp.calendar_month(d.year, d.month)
    assert month.days[0].date == d.replace(day=1)
    lines = month.render().split("\n")
    assert lines[0].strip() == f"{d.year}年{d.month}月"
    assert lines[1] == "一   二   三   四   五   六   日"
    rows = [line for line in lines[2:] if line[:1] in " 0123456789"]
    cells = [cell for row in rows for cell in _cells(row)]
    assert [day for _, day, _ in cells] == list(range(1, len(month.days) + 1))
    for (column, _, mark), info in zip(cells, month.days, strict=True):
        assert column == info.date.weekday()
        if info.kind is DayKind.MAKEUP_WORKDAY:
            assert mark == "班"
        elif info.kind is DayKind.DAY_OFF:
            assert mark == ("调" if info.name == "休息日" else "休")
        else:
            assert mark == ""


def test_no_rendered_line_has_trailing_spaces_or_nested_brackets():
    for month in range(1, 13):
        for line in hp.calendar_month(2024, month).render().split("\n"):
            assert line == line.rstrip()
            assert _bracket_depth(line) <= 1


@pytest.mark.requirement(id="reporting.quarterly")
def test_a_quarter_shows_its_months_and_the_month_its_report_is_due_marked_报():
    q = hp.calendar_quarter(2024, 3)
    assert [(m.year, m.month) for m in q.months] == [(2024, 7), (2024, 8), (2024, 9), (2024, 10)]
    assert q.report.due == D(2024, 10, 12)
    assert q.clauses == ("四（二）",)
    assert " 12报" in q.render()
    assert "报 报送期限：10月12日，2024年第3季度完成情况报送" in q.render()
    q4 = hp.calendar_quarter(2025, 4)
    assert [(m.year, m.month) for m in q4.months][-1] == (2026, 1)
    assert "报 报送期限：2026年1月8日" in q4.render()


def test_the_view_passes_params_and_calendar_through():
    amended = hp.calendar_quarter(2024, 3, params=attrs.evolve(hp.PLAN_2011, report_working_days=1))
    assert amended.report.due == D(2024, 10, 8)
    assert " 8报" in amended.render()
    est = hp.default_calendar().with_estimates(NEXT)
    month = hp.calendar_month(NEXT, 10, calendar=est)
    assert month.estimated
    assert f"{NEXT}年的放假安排为推定，国务院尚未公布。" in month.render()
    assert hp.calendar_quarter(LAST, 4, calendar=est).estimated


@pytest.mark.parametrize(
    ("args", "error", "message"),
    [
        ((2024, 13), hp.PolicyError, r"^month must be 1 to 12, got 13"),
        ((2024, 0), hp.PolicyError, r"^month must be 1 to 12, got 0"),
        ((2024, "10"), TypeError, r"^month must be an int"),
        ((10**30, 1), hp.PolicyError, r"^year must be at most 9999"),
        ((True, 1), TypeError, r"^year must be an int"),
        ((NEXT, 1), hp.CalendarNotConfirmedError, rf"^year={NEXT}, month=1: the official"),
        ((2010, 12), hp.CalendarNotConfirmedError, r"^year=2010, month=12: the official"),
    ],
)
def test_a_month_outside_the_calendar_or_the_year_is_refused_naming_it(args, error, message):
    with pytest.raises(error, match=message):
        hp.calendar_month(*args)


def test_the_last_held_year_s_fourth_quarter_cannot_be_shown_until_the_next_year_is_held():
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^year={LAST}, quarter=4"):
        hp.calendar_quarter(LAST, 4)
    assert hp.calendar_quarter(LAST, 4, calendar=with_invented_year()).months[-1].year == NEXT
    with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
        hp.calendar_month(2024, 10, calendar="2024")
    with pytest.raises(TypeError, match=r"^params must be a PolicyParameters"):
        hp.calendar_quarter(2024, 3, params=None)


@pytest.mark.parametrize("start", [D(2010, 12, 31), D(NEXT, 1, 4), D(2000, 6, 1)])
def test_counting_from_a_day_outside_the_years_held_is_refused_naming_it(start):
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^d={start.isoformat()}: "):
        hp.add_working_days(start, 1)
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^d={start.isoformat()}: "):
        hp.next_working_day(start)
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^d={start.isoformat()}: "):
        hp.previous_working_day(start)
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^start={start.isoformat()}: "):
        hp.working_day_offset(start, 1)
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^start={start.isoformat()}: "):
        hp.working_day_span(start, D(2024, 1, 2))
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^d={start.isoformat()}: "):
        hp.day_info(start)
    with pytest.raises(hp.CalendarNotConfirmedError, match=rf"^accepted={start.isoformat()}: "):
        hp.service_deadline(start, 3)


def test_a_datetime_is_refused_as_start_as_well_as_end():
    noon = dt.datetime(2024, 10, 8, 12, 0)
    with pytest.raises(TypeError, match=r"^start must be a datetime\.date"):
        hp.working_days_between(noon, D(2024, 10, 12))
    with pytest.raises(TypeError, match=r"^d must be a datetime\.date"):
        hp.previous_working_day(noon)
    with pytest.raises(TypeError, match=r"^d must be a datetime\.date"):
        hp.next_working_day(noon)
