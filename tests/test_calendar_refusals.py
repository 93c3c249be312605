"""What the official calendar refuses, and the words it refuses it with.

A schedule file is written by a bureau the day the State Council publishes a year, so its
refusals are read by officers: each names the field or argument at fault and what is
accepted, and every message, English and Chinese, is pinned in
``tests/golden/calendar/refusals.txt`` for review. The calendar is held fixed at the years
shipped when the file was written (2011–2026), so adding the next year leaves it unchanged.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import hrss_policy as hp

from .golden import assert_golden
from .render import assert_chinese_names_the_argument, refusal

D = dt.date
THROUGH_2026 = hp.WorkingCalendar(hp.default_calendar().schedule(y) for y in range(2011, 2027))
HELD_2024 = THROUGH_2026.schedule(2024)
NOTICE = {
    "title": "国务院办公厅关于2026年部分节假日安排的通知",
    "number": "国办发明电〔2025〕7号",
    "issued": "2025-11-04",
}
DATA = {
    "year": 2026,
    "notices": [NOTICE],
    "days_off": {"2026-10-01": "国庆节"},
    "working_days": ["2026-10-10"],
}
NOTICES = HELD_2024.notices


def assert_worded_for_an_officer(exc: BaseException) -> None:
    # A schedule file's own keys (notices, title, number, issued) are what an officer
    # writes in the file, so a Chinese message about the file may name them.
    if isinstance(exc, hp.CalendarDataError):
        assert exc.message_zh
    else:
        assert_chinese_names_the_argument(exc)


def data(**changes):
    return {**DATA, **changes}


def schedule(**changes):
    return lambda: hp.YearSchedule.from_data(data(**changes))


CASES = {
    # ---- schedule data, as a schedule file holds it
    "schedule data that is a list": (
        lambda: hp.YearSchedule.from_data([DATA]),  # type: ignore[arg-type]
        hp.CalendarDataError,
        r"^schedule data must be a mapping, got list$",
    ),
    "unknown keys": (
        schedule(holidays={}, url="x"),
        hp.CalendarDataError,
        r"^unknown keys \['holidays', 'url'\]; accepted: days_off, notices, working_days, year$",
    ),
    "missing keys": (
        lambda: hp.YearSchedule.from_data({"year": 2026}),
        hp.CalendarDataError,
        r"^missing keys \['days_off', 'notices'\]; a schedule needs year, notices and days_off$",
    ),
    "a year as text": (
        schedule(year="2026"),
        hp.CalendarDataError,
        r"^year must be an int, got '2026' \(str\)$",
    ),
    "a year as a bool": (
        schedule(year=True),
        hp.CalendarDataError,
        r"^year must be an int, got True \(bool\)$",
    ),
    "a year before 1950": (
        schedule(year=1949),
        hp.CalendarDataError,
        r"^year must be between 1950 and 2100, got 1949$",
    ),
    "notices as text": (
        schedule(notices="国办发明电〔2025〕7号"),
        hp.CalendarDataError,
        r"^notices must be a non-empty list of \{title, number, issued\}$",
    ),
    "no notice": (schedule(notices=[]), hp.CalendarDataError, r"^notices must be a non-empty list"),
    "a notice without a title": (
        schedule(notices=[{"number": "国办发明电〔2025〕7号"}]),
        hp.CalendarDataError,
        r"^a notice must be a mapping with a str title, got \{'number': ",
    ),
    "a notice as text": (
        schedule(notices=["国务院办公厅关于2026年部分节假日安排的通知"]),
        hp.CalendarDataError,
        r"^a notice must be a mapping with a str title",
    ),
    "a notice with unknown keys": (
        schedule(notices=[{**NOTICE, "url": "x", "author": "y"}]),
        hp.CalendarDataError,
        r"^unknown notice keys \['author', 'url'\]; accepted: title, number, issued$",
    ),
    "a notice number as a number": (
        schedule(notices=[{**NOTICE, "number": 7}]),
        hp.CalendarDataError,
        r"^a notice number must be a str, got 7 \(int\)$",
    ),
    "a notice issued on a day-first date": (
        schedule(notices=[{**NOTICE, "issued": "04/11/2025"}]),
        hp.CalendarDataError,
        r"^notices\.issued: '04/11/2025' is not a date; write dates as YYYY-MM-DD",
    ),
    "a notice issued as a number": (
        schedule(notices=[{**NOTICE, "issued": 20251104}]),
        hp.CalendarDataError,
        r"^notices\.issued: .*20251104.* is not a date; give a datetime\.date or a YYYY-MM-DD string$",
    ),
    "a notice issued on a day that does not exist": (
        schedule(notices=[{**NOTICE, "issued": "2025-11-31"}]),
        hp.CalendarDataError,
        r"^notices\.issued: '2025-11-31' is not a date that exists",
    ),
    "days off as one date": (
        schedule(days_off="2026-10-01"),
        hp.CalendarDataError,
        r"^days_off must be a mapping of date → name or a list of dates, got str$",
    ),
    "working days as a number": (
        schedule(working_days=5),
        hp.CalendarDataError,
        r"^working_days must be a mapping of date → name or a list of dates, got int$",
    ),
    "a day off written with slashes": (
        schedule(days_off={"2026/10/01": "国庆节"}),
        hp.CalendarDataError,
        r"^days_off: '2026/10/01' is not a date; write dates as YYYY-MM-DD",
    ),
    "a day off that does not exist": (
        schedule(days_off={"2026-02-30": "春节"}),
        hp.CalendarDataError,
        r"^days_off: '2026-02-30' is not a date that exists",
    ),
    "a day off with a time of day": (
        schedule(days_off={dt.datetime(2026, 10, 1, 9): "国庆节"}),
        hp.CalendarDataError,
        r"^days_off: .* is not a date; give a datetime\.date or a YYYY-MM-DD string$",
    ),
    "a day off in another year": (
        schedule(days_off={"2025-10-01": "国庆节"}),
        hp.CalendarDataError,
        r"^days_off: 2025-10-01 is not in 2026, the year being registered$",
    ),
    "a working day in another year": (
        schedule(working_days=["2025-10-11"]),
        hp.CalendarDataError,
        r"^working_days: 2025-10-11 is not in 2026, the year being registered$",
    ),
    "a day off without a name": (
        schedule(days_off={"2026-10-01": " "}),
        hp.CalendarDataError,
        r"^days_off: the name of 2026-10-01 must be a non-empty str, got ' '$",
    ),
    "a working day named by a number": (
        schedule(working_days={"2026-10-10": 1}),
        hp.CalendarDataError,
        r"^working_days: the name of 2026-10-10 must be a non-empty str, got 1$",
    ),
    "a day off listed twice": (
        schedule(days_off=["2026-10-01", "2026-10-01"]),
        hp.CalendarDataError,
        r"^days_off: 2026-10-01 is listed twice$",
    ),
    "a make-up working day on a weekday": (
        schedule(working_days=["2026-10-12"]),
        hp.CalendarDataError,
        r"^working_days: 2026-10-12 is a weekday; a make-up working day",
    ),
    "a day both off and worked": (
        schedule(
            days_off={"2026-10-10": "国庆节", "2026-10-11": "国庆节"},
            working_days=["2026-10-10", "2026-10-11"],
        ),
        hp.CalendarDataError,
        r"^2026-10-10, 2026-10-11 listed both as a day off and as a working day$",
    ),
    "a published year with no day off": (
        schedule(days_off={}),
        hp.CalendarDataError,
        r"^the schedule of 2026 has no day off; a published schedule always has$",
    ),
    # ---- a schedule built in code
    "days off as None": (
        lambda: hp.YearSchedule(2024, None, {}, NOTICES),  # type: ignore[arg-type]
        TypeError,
        r"^days_off must be a mapping of datetime\.date → name \(a dict\), got None",
    ),
    "working days given as a list in code": (
        lambda: hp.YearSchedule(2024, HELD_2024.days_off, [D(2024, 10, 12)], NOTICES),  # type: ignore[arg-type]
        TypeError,
        r"^working_days must be a mapping of datetime\.date → name \(a dict\)",
    ),
    "a day off named by nothing in code": (
        lambda: hp.YearSchedule(2024, {D(2024, 10, 1): ""}, {}, NOTICES),
        hp.CalendarDataError,
        r"^days_off: the name of 2024-10-01 must be a non-empty str, got ''$",
    ),
    "a day off of another year in code": (
        lambda: hp.YearSchedule(2024, {D(2025, 10, 1): "国庆节"}, {}, NOTICES),
        hp.CalendarDataError,
        r"^days_off: 2025-10-01 is not in 2024, the year of this schedule$",
    ),
    "a working day of another year in code": (
        lambda: hp.YearSchedule(2024, HELD_2024.days_off, {D(2025, 10, 11): "调休上班"}, NOTICES),
        hp.CalendarDataError,
        r"^working_days: 2025-10-11 is not in 2024, the year of this schedule$",
    ),
    "an official year without its notice": (
        lambda: hp.YearSchedule(2024, HELD_2024.days_off, {}, ()),
        hp.CalendarDataError,
        r"^the schedule of 2024 names no source notice",
    ),
    "notices as None": (
        lambda: hp.YearSchedule(2024, HELD_2024.days_off, {}, None),  # type: ignore[arg-type]
        TypeError,
        r"^notices must be",
    ),
    "a year after 2100 in code": (
        lambda: hp.YearSchedule(2101, {}, {}, (), estimated=True),
        hp.CalendarDataError,
        r"^year must be between 1950 and 2100, got 2101$",
    ),
    # ---- schedule files' text
    "broken JSON": (
        lambda: hp.YearSchedule.from_json('{"year": 2026,'),
        hp.CalendarDataError,
        r"^not valid JSON: ",
    ),
    "a JSON key given twice": (
        lambda: hp.YearSchedule.from_json('{"year": 2026, "year": 2027}'),
        hp.CalendarDataError,
        r"^the key 'year' is given twice in one JSON object$",
    ),
    "JSON nested too deeply": (
        lambda: hp.YearSchedule.from_json("[" * 100_000),
        hp.CalendarDataError,
        r"^not a schedule: the JSON is nested too deeply$",
    ),
    "JSON as bytes": (
        lambda: hp.YearSchedule.from_json(b"{}"),  # type: ignore[arg-type]
        TypeError,
        r"^text must be",
    ),
    "broken TOML": (
        lambda: hp.YearSchedule.from_toml("year = "),
        hp.CalendarDataError,
        r"^not valid TOML: ",
    ),
    "TOML nested too deeply": (
        lambda: hp.YearSchedule.from_toml("a = " + "[" * 100_000),
        hp.CalendarDataError,
        r"^not (valid TOML|a schedule: the TOML is nested too deeply)",
    ),
    "TOML as bytes": (
        lambda: hp.YearSchedule.from_toml(b"year = 2026"),  # type: ignore[arg-type]
        TypeError,
        r"^text must be",
    ),
    # ---- calendars
    "a calendar of no year": (
        lambda: hp.WorkingCalendar([]),
        hp.CalendarDataError,
        r"^a calendar needs at least one year's schedule$",
    ),
    "a calendar of None": (
        lambda: hp.WorkingCalendar(None),  # type: ignore[arg-type]
        TypeError,
        r"^schedules must be",
    ),
    "a year given twice": (
        lambda: hp.WorkingCalendar([HELD_2024, HELD_2024]),
        hp.CalendarDataError,
        r"^the year 2024 is given twice$",
    ),
    "a gap in the first years": (
        lambda: hp.WorkingCalendar(THROUGH_2026.schedule(y) for y in (2011, 2013, 2014, 2016)),
        hp.CalendarDataError,
        r"^the years of a calendar must be contiguous; missing \[2012, 2015\] between 2011 and 2016$",
    ),
    "a year held with other days": (
        lambda: THROUGH_2026.with_year(
            hp.YearSchedule(2024, {D(2024, 10, 1): "国庆节"}, {}, NOTICES)
        ),
        hp.CalendarDataError,
        r"^the year 2024 is already held from 《国务院办公厅关于2024年部分节假日安排的通知》",
    ),
    "a schedule given as data": (
        lambda: THROUGH_2026.with_year(DATA),  # type: ignore[arg-type]
        TypeError,
        r"^schedule must be a YearSchedule",
    ),
    "replace given as yes": (
        lambda: THROUGH_2026.with_year(HELD_2024, replace="yes"),  # type: ignore[arg-type]
        TypeError,
        r"^replace must be",
    ),
    "estimates beyond 2100": (
        lambda: THROUGH_2026.with_estimates(2101),
        hp.PolicyError,
        r"^through must be at most 2100, got 2101$",
    ),
    "estimates through a year as text": (
        lambda: THROUGH_2026.with_estimates("2030"),  # type: ignore[arg-type]
        TypeError,
        r"^through must be",
    ),
    "the schedule of a year not held": (
        lambda: THROUGH_2026.schedule(2030),
        hp.CalendarNotConfirmedError,
        r"^year=2030: the official holiday schedule of 2030 is not held \(after the years held, 2011–2026\)",
    ),
    "the schedule of a year as text": (
        lambda: THROUGH_2026.schedule("2024"),  # type: ignore[arg-type]
        TypeError,
        r"^year must be",
    ),
    "a day before the years held": (
        lambda: THROUGH_2026.is_working_day(D(2010, 12, 31)),
        hp.CalendarNotConfirmedError,
        r"^d=2010-12-31: the official holiday schedule of 2010 is not held \(before the years held",
    ),
    "a day after the years held": (
        lambda: THROUGH_2026.day_kind(D(2027, 1, 1)),
        hp.CalendarNotConfirmedError,
        r"^d=2027-01-01: the official holiday schedule of 2027 is not held \(after",
    ),
    "counting from a day before the years held": (
        lambda: THROUGH_2026.add_working_days(D(2010, 12, 31), 1),
        hp.CalendarNotConfirmedError,
        r"^d=2010-12-31: ",
    ),
    "counting into a year not held": (
        lambda: THROUGH_2026.add_working_days(D(2026, 12, 28), 5),
        hp.CalendarNotConfirmedError,
        r"^n=5 from 2026-12-28 reaches into 2027: ",
    ),
    "counting back before the years held": (
        lambda: THROUGH_2026.add_working_days(D(2011, 1, 5), -3),
        hp.CalendarNotConfirmedError,
        r"^n=-3 from 2011-01-05 reaches into 2010: ",
    ),
    "counting from a time of day": (
        lambda: THROUGH_2026.add_working_days(dt.datetime(2024, 10, 8, 9), 1),
        TypeError,
        r"^d must be a datetime\.date",
    ),
    "counting a fraction of a day": (
        lambda: THROUGH_2026.add_working_days(D(2024, 10, 8), 1.5),  # type: ignore[arg-type]
        TypeError,
        r"^n must be",
    ),
    "counting between a time of day and a date": (
        lambda: THROUGH_2026.working_days_between(dt.datetime(2024, 10, 8, 9), D(2024, 10, 9)),
        TypeError,
        r"^start must be a datetime\.date",
    ),
    "counting to a day not held": (
        lambda: THROUGH_2026.working_days_between(D(2024, 10, 8), D(2027, 1, 4)),
        hp.CalendarNotConfirmedError,
        r"^end=2027-01-04: ",
    ),
    "counting from a day not held": (
        lambda: THROUGH_2026.working_days_between(D(2010, 12, 31), D(2024, 10, 9)),
        hp.CalendarNotConfirmedError,
        r"^start=2010-12-31: ",
    ),
    "the days up to a day not held": (
        lambda: THROUGH_2026.days(D(2026, 12, 30), D(2027, 1, 2)),
        hp.CalendarNotConfirmedError,
        r"^end=2027-01-02: ",
    ),
    "the days from a day not held": (
        lambda: THROUGH_2026.days(D(2010, 12, 30), D(2011, 1, 2)),
        hp.CalendarNotConfirmedError,
        r"^start=2010-12-30: ",
    ),
    "the days off up to a day not held": (
        lambda: THROUGH_2026.non_working_days(D(2026, 12, 30), D(2027, 1, 2)),
        hp.CalendarNotConfirmedError,
        r"^end=2027-01-02: ",
    ),
    "counting between a date and a time of day": (
        lambda: THROUGH_2026.working_days_between(D(2024, 10, 8), dt.datetime(2024, 10, 9, 9)),
        TypeError,
        r"^end must be a datetime\.date",
    ),
    "the first year held with other days": (
        lambda: THROUGH_2026.with_year(
            hp.YearSchedule(
                2011, {D(2011, 10, 1): "国庆节"}, {}, THROUGH_2026.schedule(2011).notices
            )
        ),
        hp.CalendarDataError,
        r"^the year 2011 is already held from 《国务院办公厅关于2011年部分节假日安排的通知》.*；《",
    ),
    "the days off from a day not held": (
        lambda: THROUGH_2026.non_working_days(D(2010, 12, 30), D(2011, 1, 2)),
        hp.CalendarNotConfirmedError,
        r"^start=2010-12-30: ",
    ),
    "whether a day not held is estimated": (
        lambda: THROUGH_2026.is_estimated(D(2030, 1, 1)),
        hp.CalendarNotConfirmedError,
        r"^d=2030-01-01: ",
    ),
    "a span counting its first day backwards": (
        lambda: THROUGH_2026.span(D(2024, 10, 8), D(2024, 10, 1), count_start=True),
        hp.PolicyError,
        r"^end=2024-10-01 is before start=2024-10-08; a span that counts its first day runs forward$",
    ),
    "a span with count_start given as 1": (
        lambda: THROUGH_2026.span(D(2024, 10, 1), D(2024, 10, 8), count_start=1),  # type: ignore[arg-type]
        TypeError,
        r"^count_start must be",
    ),
    "an offset of 0 counting its first day": (
        lambda: THROUGH_2026.offset(D(2024, 10, 8), 0, count_start=True),
        hp.PolicyError,
        r"^n must be an int ≥ 1, got 0$",
    ),
    "an offset backwards": (
        lambda: THROUGH_2026.offset(D(2024, 10, 8), -1),
        hp.PolicyError,
        r"^n must be an int ≥ 0, got -1$",
    ),
    "an offset into a year not held": (
        lambda: THROUGH_2026.offset(D(2026, 12, 28), 5),
        hp.CalendarNotConfirmedError,
        r"^n=5 from 2026-12-28 reaches into 2027: ",
    ),
    "a calendar given as text": (
        lambda: hp.day_info(D(2024, 10, 1), calendar="official"),  # type: ignore[arg-type]
        TypeError,
        r"^calendar must be a WorkingCalendar \(e\.g\. hrss_policy\.default_calendar\(\)\) or None",
    ),
    "a year registered from data": (
        lambda: hp.register_year(DATA),  # type: ignore[arg-type]
        TypeError,
        r"^schedule must be a YearSchedule",
    ),
    "a registration replacing by 1": (
        lambda: hp.register_year(HELD_2024, replace=1),  # type: ignore[arg-type]
        TypeError,
        r"^replace must be",
    ),
    "a day described in a year given as text": (
        lambda: THROUGH_2026.day_info(D(2024, 10, 4)).describe("2024"),  # type: ignore[arg-type]
        TypeError,
        r"^year must be",
    ),
    # ---- the calendar to look at
    "month 13": (
        lambda: hp.calendar_month(2024, 13, calendar=THROUGH_2026),
        hp.PolicyError,
        r"^month must be 1 to 12, got 13$",
    ),
    "month 0": (
        lambda: hp.calendar_month(2024, 0, calendar=THROUGH_2026),
        hp.PolicyError,
        r"^month must be 1 to 12, got 0$",
    ),
    "a month as text": (
        lambda: hp.calendar_month(2024, "10", calendar=THROUGH_2026),  # type: ignore[arg-type]
        TypeError,
        r"^month must be",
    ),
    "year 0": (
        lambda: hp.calendar_month(0, 1, calendar=THROUGH_2026),
        hp.PolicyError,
        r"^year must be an int ≥ 1, got 0$",
    ),
    "year 10000": (
        lambda: hp.calendar_month(10_000, 1, calendar=THROUGH_2026),
        hp.PolicyError,
        r"^year must be at most 9999, got 10000$",
    ),
    "a month's year as a bool": (
        lambda: hp.calendar_month(True, 1, calendar=THROUGH_2026),  # type: ignore[arg-type]
        TypeError,
        r"^year must be",
    ),
    "a month of a year not held": (
        lambda: hp.calendar_month(2030, 1, calendar=THROUGH_2026),
        hp.CalendarNotConfirmedError,
        r"^year=2030, month=1: the official holiday schedule of 2030 is not held",
    ),
    "the quarter whose report falls in a year not held": (
        lambda: hp.calendar_quarter(2026, 4, calendar=THROUGH_2026),
        hp.CalendarNotConfirmedError,
        r"^year=2026, quarter=4: ",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_calendar_refusal_names_what_is_at_fault(case):
    call, error, pattern = CASES[case]
    with pytest.raises(error, match=pattern) as info:
        call()
    assert_worded_for_an_officer(info.value)


def test_the_calendar_refusals_read_as_pinned_for_review():
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in CASES.items())
    assert_golden("calendar/refusals", text)


# ---- schedule files: their refusals name the file; the golden shows it as <dir>


def _files(tmp_path: Path, **files: str) -> list[Path]:
    out = []
    for name, text in files.items():
        path = tmp_path / name.replace("_", ".")
        path.write_text(text, encoding="utf-8")
        out.append(path)
    return out


GOOD_2027 = """year = 2027
days_off = ["2027-01-01"]
[[notices]]
title = "国务院办公厅关于2027年部分节假日安排的通知"
"""


def test_schedule_file_refusals_name_the_file_and_read_as_pinned(tmp_path, monkeypatch):
    text_file = tmp_path / "2027.txt"
    text_file.write_text(GOOD_2027, encoding="utf-8")
    latin = tmp_path / "latin.toml"
    latin.write_bytes("year = 2027 # ä".encode("latin-1"))
    a, b = _files(
        tmp_path,
        a_toml=GOOD_2027,
        b_json='{"year": 2027, "notices": [{"title": "t"}], "days_off": ["2027-01-01"]}',
    )
    (bad,) = _files(tmp_path, bad_toml=GOOD_2027.replace("year = 2027", 'year = "2027"'))
    (gap,) = _files(tmp_path, gap_toml=GOOD_2027.replace("2027", "2029"))
    (clash,) = _files(
        tmp_path,
        clash_toml='year = 2024\ndays_off = ["2024-10-01"]\n[[notices]]\ntitle = "t"\n',
    )
    cases = {
        "one path, not a list": (
            lambda: hp.load_schedule_files("2027.toml"),
            TypeError,
            r"^paths must be a list of paths, even for one",
        ),
        "a path as a number": (
            lambda: hp.load_schedule_files([a, 7]),
            TypeError,
            r"^paths\[1\] must be a str or a path, got 7",
        ),
        "replace given as text": (
            lambda: hp.load_schedule_files([a], replace="yes"),
            TypeError,
            r"^replace must be",
        ),
        "a text file": (
            lambda: hp.load_schedule_files([text_file]),
            hp.CalendarDataError,
            r"a schedule file must be \.toml or \.json$",
        ),
        "a missing file": (
            lambda: hp.load_schedule_files([tmp_path / "none.toml"]),
            hp.CalendarDataError,
            r"none\.toml: cannot read the schedule file",
        ),
        "a file not in UTF-8": (
            lambda: hp.load_schedule_files([latin]),
            hp.CalendarDataError,
            r"latin\.toml: a schedule file must be UTF-8 text$",
        ),
        "a file with a year as text": (
            lambda: hp.load_schedule_files([bad]),
            hp.CalendarDataError,
            r"bad\.toml: year must be an int, got '2027' \(str\)$",
        ),
        "a year in two files": (
            lambda: hp.load_schedule_files([a, b], calendar=THROUGH_2026),
            hp.CalendarDataError,
            r"^the year 2027 is given by two files: ",
        ),
        "a file leaving a gap": (
            lambda: hp.load_schedule_files([gap], calendar=THROUGH_2026),
            hp.CalendarDataError,
            r"gap\.toml: the years of a calendar must be contiguous; missing \[2027, 2028\]",
        ),
        "a file contradicting a held year": (
            lambda: hp.load_schedule_files([clash], calendar=THROUGH_2026),
            hp.CalendarDataError,
            r"clash\.toml: the year 2024 is already held",
        ),
    }
    monkeypatch.setenv(hp.calendar.ENVIRONMENT_VARIABLE, str(bad))
    cases["a bad file named in the environment"] = (
        hp.calendar.calendar_from_environment,
        hp.CalendarDataError,
        r"^HRSS_POLICY_CALENDAR: .*bad\.toml: year must be an int",
    )
    for call, error, pattern in cases.values():
        with pytest.raises(error, match=pattern) as info:
            call()
        assert_worded_for_an_officer(info.value)
    text = "\n\n".join(f"## {name}\n{refusal(call)}" for name, (call, _, _) in cases.items())
    assert_golden("calendar/file_refusals", text.replace(str(tmp_path), "<dir>"))


def test_a_year_loaded_from_a_file_is_described_with_its_notices_and_its_file(tmp_path):
    (path,) = _files(
        tmp_path,
        y_toml=GOOD_2027.replace(
            "[[notices]]",
            '[[notices]]\ntitle = "国务院办公厅关于调整2027年元旦假期安排的通知"\n[[notices]]',
        ),
    )
    cal = hp.load_schedule_files([path], calendar=THROUGH_2026)
    (added,) = [c for c in cal.coverage() if c.year == 2027]
    assert added.from_file
    assert not added.shipped
    assert not added.estimated
    assert added.describe() == (
        "2027年：《国务院办公厅关于调整2027年元旦假期安排的通知》；"
        f"《国务院办公厅关于2027年部分节假日安排的通知》；载自文件 {path}"
    )
    shipped = cal.coverage()[0]
    assert shipped.shipped
    assert not shipped.from_file
    assert shipped.describe().startswith("2011年：《国务院办公厅关于2011年部分节假日安排的通知》")


def test_the_shipped_table_is_what_the_holidays_package_gives_source_and_all():
    from hrss_policy.calendar import sources as _schedule

    assert _schedule.schedules_from_holidays() == _schedule.official_schedules()
    assert {s.source for s in _schedule.schedules_from_holidays()} == {"shipped"}


def test_a_calendar_describes_itself_by_its_years_and_estimates():
    assert repr(THROUGH_2026) == "<WorkingCalendar 2011–2026>"
    three = THROUGH_2026.with_estimates(2029)
    assert repr(three) == "<WorkingCalendar 2011–2029, estimated 2027–2029>"
    assert THROUGH_2026.with_estimates(2026) is THROUGH_2026
    # 2100 is the last year an estimate may reach, and it may be reached.
    assert THROUGH_2026.with_estimates(2100).last_year == 2100


def test_calendars_that_differ_hash_apart_and_equal_ones_alike():
    same = hp.WorkingCalendar(THROUGH_2026.schedule(y) for y in range(2011, 2027))
    assert hash(same) == hash(THROUGH_2026)
    assert hash(THROUGH_2026) != hash(THROUGH_2026.with_estimates(2027))
    assert len({THROUGH_2026, same, THROUGH_2026.with_estimates(2027)}) == 2


def test_schedules_that_differ_hash_apart():
    a, b = THROUGH_2026.schedule(2024), THROUGH_2026.schedule(2025)
    assert hash(a.days_off) != hash(b.days_off)
    assert hash(a) != hash(b)
    assert hash(hp.YearSchedule(2024, dict(a.days_off), dict(a.working_days), a.notices)) == hash(
        hp.YearSchedule(2024, a.days_off, a.working_days, a.notices)
    )
