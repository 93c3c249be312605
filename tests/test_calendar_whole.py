"""The official calendar whole: every held month as printed, every quarter's deadline, every day.

A reviewer checks ``tests/golden/calendar/months.txt`` against the State Council's notices
year by year: each month's grid, its days off, bridging days and make-up working days with
the day each pays for. The calendar these read is held fixed at the years shipped when the
files were written (2011–2026), so adding the next year's schedule leaves them unchanged.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.rules.deadlines import views as _calendar_view

from .golden import assert_golden
from .render import render_all

D = dt.date
THROUGH_2026 = hp.WorkingCalendar(hp.default_calendar().schedule(y) for y in range(2011, 2027))
ESTIMATED = THROUGH_2026.with_estimates(2027)
HELD = range(2011, 2027)


def test_every_month_of_the_held_years_reads_as_pinned():
    months = (
        hp.calendar_month(y, m, calendar=THROUGH_2026).render() for y in HELD for m in range(1, 13)
    )
    assert_golden("calendar/months", "\n\n".join(months))


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
@pytest.mark.reading(id="R6")
def test_every_quarter_s_deadline_and_legend_read_as_pinned():
    # Each quarter's months are in months.txt; here, what the quarter view adds: the
    # deadline marked, the legend over the quarter, and the rule of 四（二）.
    quarters = [(y, q) for y in HELD for q in range(1, 5) if (2011, 4) <= (y, q) < (2026, 4)]
    text = "\n\n".join(
        f"## {y}Q{q}\n"
        + hp.calendar_quarter(y, q, calendar=THROUGH_2026).render().split("\n\n")[-1]
        for y, q in quarters
    )
    assert_golden("calendar/quarters", text)


def test_an_estimated_year_reads_as_an_estimate_month_by_month():
    months = [hp.calendar_month(2027, m, calendar=ESTIMATED) for m in range(1, 13)]
    assert all(m.estimated for m in months)
    quarter = hp.calendar_quarter(2026, 4, calendar=ESTIMATED)
    assert quarter.estimated
    assert not hp.calendar_quarter(2026, 3, calendar=ESTIMATED).estimated
    text = "\n\n".join([*(m.render() for m in months), quarter.render()])
    assert_golden("calendar/estimated", text)


def test_a_month_and_a_quarter_are_explained_by_their_rendering():
    month = hp.calendar_month(2024, 10, calendar=THROUGH_2026)
    quarter = hp.calendar_quarter(2024, 3, calendar=THROUGH_2026)
    assert month.explain() == month.render()
    assert quarter.explain() == quarter.render()
    assert month.clauses == ()
    assert quarter.clauses == ("四（二）",)
    assert [(m.year, m.month) for m in quarter.months] == [
        (2024, 7),
        (2024, 8),
        (2024, 9),
        (2024, 10),
    ]


def test_a_terminal_shows_a_chinese_character_or_radical_two_columns_wide():
    # The grid lines up in a terminal: CJK radicals (U+2E80) onwards take two columns.
    assert _calendar_view._width("⺀") == 2
    assert _calendar_view._width("\u2e7e") == 1
    assert _calendar_view._width("国庆节 10") == 9


@pytest.mark.reading(id="R5")
def test_every_day_of_the_held_years_is_described_as_pinned():
    # One line per day that is not an ordinary weekday or weekend: what a bureau's
    # calendar marks, with its name and the day it is swapped with.
    lines = []
    for y in HELD:
        for info in THROUGH_2026.days(D(y, 1, 1), D(y, 12, 31)):
            if info.kind in (hp.DayKind.WORKDAY, hp.DayKind.WEEKEND):
                continue
            # The data on one line, the Chinese on the next two (the style test reads them).
            lines.append(f"{info.date} {info.kind.name} swapped_with={info.swapped_with}")
            lines.append(f"  {info.describe()}")
            lines.append(f"  {info.explain()}")
    assert_golden("calendar/days", "\n".join(lines))


def test_the_coverage_of_a_calendar_reads_as_pinned():
    cases = {f"{c.year}": c for c in ESTIMATED.coverage()}
    text = render_all(cases) + "\n\n" + "\n".join(c.describe() for c in ESTIMATED.coverage())
    assert_golden("calendar/coverage", text)


def test_days_named_in_a_schedule_file_read_as_the_names_say():
    # How a bureau's file may name its days: a day off paid for by a day of the year
    # before, a make-up day with no swap named, a swap to a day that does not exist.
    schedule = hp.YearSchedule.from_data(
        {
            "year": 2027,
            "notices": [{"title": "国务院办公厅关于2027年部分节假日安排的通知"}],
            "days_off": {
                "2027-01-01": "元旦",
                "2027-01-04": "休息日（由12月27日调休）",
                "2027-02-08": "休息日（由2月20日调休）",
            },
            "working_days": {
                "2027-02-20": "调休上班",
                "2027-02-27": "调休上班（调至2月29日休息）",
                "2027-03-06": "调休上班（调至2月30日休息）",
                "2027-12-25": "调休上班（调至1月3日休息）",
            },
        }
    )
    cal = THROUGH_2026.with_year(schedule)
    shown = {d: cal.day_info(d) for d in sorted({*schedule.days_off, *schedule.working_days})}
    assert shown[D(2027, 1, 4)].swapped_with == D(2026, 12, 27)  # the year before
    assert shown[D(2027, 12, 25)].swapped_with == D(2028, 1, 3)  # the year after
    assert shown[D(2027, 2, 20)].swapped_with is None  # no swap named
    assert shown[D(2027, 2, 27)].swapped_with == D(2028, 2, 29)  # the nearest 29 February
    assert shown[D(2027, 3, 6)].swapped_with is None  # no such day in any year
    lines = []
    for info in shown.values():
        lines.append(f"{info.date} {info.kind.name} swapped_with={info.swapped_with}")
        lines += [f"  {info.describe()}", f"  {info.explain()}"]
    estimated = ESTIMATED.day_info(D(2027, 1, 1))
    lines += [f"{estimated.date} estimated={estimated.estimated}", f"  {estimated.explain()}"]
    assert_golden("calendar/named_days", "\n".join(lines))


class _Day(dt.date):
    """A subclass of date, as other libraries hand them over (pendulum, arrow …)."""


class _Count(int):
    """A subclass of int (an IntEnum member, a numpy-like integer)."""


held_days = st.dates(D(2011, 1, 1), D(2026, 12, 31))


@given(held_days, held_days, st.integers(-30, 30))
def test_a_date_or_a_count_of_a_subclass_counts_exactly_as_the_plain_one(d, e, n):
    cal = THROUGH_2026
    sub = _Day(d.year, d.month, d.day)
    assert cal.is_working_day(sub) == cal.is_working_day(d)
    assert cal.working_days_between(sub, e) == cal.working_days_between(d, e)
    assert cal.working_days_between(e, _Day(d.year, d.month, d.day)) == cal.working_days_between(
        e, d
    )
    try:
        plain = cal.add_working_days(d, n)
    except hp.CalendarNotConfirmedError:
        with pytest.raises(hp.CalendarNotConfirmedError):
            cal.add_working_days(sub, n)
        with pytest.raises(hp.CalendarNotConfirmedError):
            cal.add_working_days(d, _Count(n))
        return
    assert cal.add_working_days(sub, n) == plain
    assert cal.add_working_days(d, _Count(n)) == plain


def test_the_next_and_previous_working_day_of_a_calendar_skip_the_holidays():
    cal = THROUGH_2026
    assert cal.next_working_day(D(2024, 9, 30)) == D(2024, 10, 8)
    assert cal.next_working_day(D(2024, 10, 11)) == D(2024, 10, 12)  # a make-up Saturday
    assert cal.previous_working_day(D(2024, 10, 8)) == D(2024, 9, 30)
    assert cal.previous_working_day(D(2024, 10, 6)) == D(2024, 9, 30)


def test_the_last_held_day_is_the_end_of_counting():
    # 31 December 2026 is a working day; the next one would be in 2027, not held here.
    assert THROUGH_2026.is_working_day(D(2026, 12, 31))
    with pytest.raises(
        hp.CalendarNotConfirmedError, match=r"^n=1 from 2026-12-31 reaches into 2027"
    ):
        THROUGH_2026.add_working_days(D(2026, 12, 31), 1)
    with pytest.raises(
        hp.CalendarNotConfirmedError, match=r"^n=-1 from 2011-01-04 reaches into 2010"
    ):
        THROUGH_2026.add_working_days(D(2011, 1, 4), -1)
    assert THROUGH_2026.add_working_days(D(2011, 1, 1), 1) == D(2011, 1, 4)
    assert THROUGH_2026.working_days_between(D(2011, 1, 1), D(2026, 12, 31)) == sum(
        THROUGH_2026.working_days_between(
            D(y - 1, 12, 31) if y > 2011 else D(2011, 1, 1), D(y, 12, 31)
        )
        for y in HELD
    )
