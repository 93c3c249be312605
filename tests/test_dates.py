"""Dates as Chinese spreadsheets and command lines write them: one parser, never a guess."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy.calendar import dates as _dates

D = dt.date
any_date = st.dates(min_value=D(1000, 1, 1), max_value=D(9999, 12, 31))


def _spellings(d: dt.date) -> list[str]:
    y, m, day = d.year, d.month, d.day
    return [
        f"{y}-{m:02d}-{day:02d}",
        f"{y}-{m}-{day}",
        f"{y}/{m:02d}/{day:02d}",
        f"{y}/{m}/{day}",
        f"{y}.{m:02d}.{day:02d}",
        f"{y}.{m}.{day}",
        f"{y}年{m}月{day}日",
        f"{y}年{m:02d}月{day:02d}日",
        f"  {y}-{m}-{day}\t",
        f"\u3000{y}年{m}月{day}日\u3000",  # full-width spaces around, as a Chinese IME types
    ]


@given(any_date)
def test_every_accepted_spelling_of_a_date_reads_as_that_date(d):
    for text in _spellings(d):
        assert _dates.parse_date(text) == d, text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10-12", D(2024, 10, 12)),
        ("2024/10/12", D(2024, 10, 12)),
        ("2024.10.12", D(2024, 10, 12)),
        ("2024年10月12日", D(2024, 10, 12)),
        ("2024年1月5日", D(2024, 1, 5)),
        (" 2024-1-5 ", D(2024, 1, 5)),
    ],
)
def test_the_forms_a_chinese_spreadsheet_uses_are_read(text, expected):
    assert _dates.parse_date(text) == expected


@given(any_date.filter(lambda d: d.day <= 12 and d.month <= 12))
def test_a_day_first_or_month_first_date_is_refused_never_guessed(d):
    for text in (
        f"{d.day:02d}/{d.month:02d}/{d.year}",
        f"{d.month}/{d.day}/{d.year}",
        f"{d.day}-{d.month}-{d.year}",
        f"{d.day}.{d.month}.{d.year % 100:02d}",
    ):
        with pytest.raises(hp.PolicyError, match=r"^date: .* ambiguous .* write the year first"):
            _dates.parse_date(text)


@pytest.mark.parametrize(
    ("text", "message", "zh"),
    [
        ("10/12/2024", "ambiguous", "年月日顺序不明确"),
        ("2027-W01-1", "ISO week date", "按周编号"),
        ("2027W011", "ISO week date", "按周编号"),
        ("2024-10-12 09:30", "time of day", "含有时刻"),
        ("2024-10-12T00:00", "time of day", "含有时刻"),
        ("2024年10月12日 9时", "time of day", "含有时刻"),
        ("2024-02-30", "not a date that exists", "不是存在的日期"),
        ("2023年2月29日", "not a date that exists", "不是存在的日期"),
        ("0000-01-01", "not a date that exists", "不是存在的日期"),
        ("20241012", "not a date in an accepted form", "不是可识别的日期写法"),
        ("2024-10/12", "not a date in an accepted form", "不是可识别的日期写法"),
        ("２０２４-10-12", "not a date in an accepted form", "不是可识别的日期写法"),
        ("2024 - 10 - 12", "not a date in an accepted form", "不是可识别的日期写法"),
        ("", "not a date in an accepted form", "不是可识别的日期写法"),
        ("明天", "not a date in an accepted form", "不是可识别的日期写法"),
    ],
)
def test_a_refusal_names_the_argument_and_says_what_is_accepted(text, message, zh):
    with pytest.raises(hp.PolicyError, match=rf"^submitted: .*{message}") as err:
        _dates.parse_date(text, name="submitted")
    assert err.value.message_zh.startswith("报送日期")
    assert zh in err.value.message_zh
    if message != "not a date that exists":
        assert _dates.ACCEPTED in str(err.value)
        assert _dates.ACCEPTED_ZH in err.value.message_zh


@pytest.mark.parametrize("bad", [None, 45577, D(2024, 10, 12), b"2024-10-12"])
def test_only_text_is_parsed(bad):
    with pytest.raises(TypeError, match=r"^start must be a str"):
        _dates.parse_date(bad, name="start")


def test_a_very_long_cell_is_shown_cut_short_in_the_message():
    with pytest.raises(hp.PolicyError, match="characters") as err:
        _dates.parse_date("9" * 100_000)
    assert len(str(err.value)) < 300


# ---------------------------------------------------------------- Excel serial numbers


@pytest.mark.parametrize(
    ("serial", "expected"),
    [
        (1, D(1900, 1, 1)),
        (59, D(1900, 2, 28)),
        (61, D(1900, 3, 1)),
        (45577, D(2024, 10, 12)),
        (45577.0, D(2024, 10, 12)),
        (2958465, D(9999, 12, 31)),
    ],
)
def test_an_excel_serial_is_the_day_excel_shows(serial, expected):
    assert _dates.date_from_serial(serial) == expected


@given(st.dates(min_value=D(1900, 3, 1), max_value=D(9999, 12, 31)))
def test_serials_from_march_1900_count_days_from_30_december_1899(d):
    serial = (d - D(1899, 12, 30)).days
    assert _dates.date_from_serial(serial) == d
    assert _dates.date_from_serial(float(serial)) == d


@pytest.mark.parametrize(
    ("serial", "message"),
    [
        (60, "1900-02-29, a day that never existed"),
        (0, "from 1 .* got 0"),
        (-5, "from 1 .* got -5"),
        (2958466, "got 2958466"),
        (10**30, "an integer of about 31 digits"),
        (1e15, "got 1000000000000000"),
        (45577.5, "without a time of day"),
        (float("nan"), "finite"),
        (float("inf"), "finite"),
    ],
)
def test_a_serial_that_is_no_whole_day_excel_can_show_is_refused(serial, message):
    with pytest.raises(hp.PolicyError, match=rf"^accepted.*{message}") as err:
        _dates.date_from_serial(serial, name="accepted")
    assert err.value.message_zh.startswith("受理日期")


@pytest.mark.parametrize("bad", [True, "45577", None, D(2024, 10, 12)])
def test_a_serial_must_be_a_number(bad):
    with pytest.raises(TypeError, match=r"^date must be a date serial number"):
        _dates.date_from_serial(bad)


# ---------------------------------------------------------------- months and quarters


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-10", (2024, 10)),
        ("2024/1", (2024, 1)),
        ("2024.12", (2024, 12)),
        ("2024年10月", (2024, 10)),
    ],
)
def test_a_month_is_read_year_first(text, expected):
    assert _dates.parse_month(text) == expected


@pytest.mark.parametrize("text", ["2024-13", "2024-0", "10/2024", "2024", "2024-10-12", "Oct 2024"])
def test_anything_else_is_not_a_month(text):
    with pytest.raises(hp.PolicyError, match=r"^month: .* is not a month; write it as 2024-10"):
        _dates.parse_month(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024Q3", (2024, 3)),
        ("2024q1", (2024, 1)),
        ("2024-Q4", (2024, 4)),
        ("2024年第3季度", (2024, 3)),
        ("2024年2季度", (2024, 2)),
        (" 9999Q4 ", (9999, 4)),
    ],
)
def test_a_quarter_is_read_year_first(text, expected):
    assert _dates.parse_quarter(text) == expected


@pytest.mark.parametrize("text", ["2024Q5", "2024Q0", "Q3 2024", "2024", "24Q3", "2024年第五季度"])
def test_anything_else_is_not_a_quarter(text):
    with pytest.raises(hp.PolicyError, match=r"^quarter: .* is not a quarter; write it as 2024Q3"):
        _dates.parse_quarter(text)


def test_no_module_lets_dateutil_guess_a_date_format():
    # dateutil serves the report schedule (rrule); its parser guesses, so nothing uses it.
    import re
    from pathlib import Path

    src = Path(hp.__file__).parent
    imports = {
        path.name: re.findall(r"^\s*(?:from|import) (dateutil\S*)", path.read_text("utf-8"), re.M)
        for path in src.rglob("*.py")
    }
    assert {name: found for name, found in imports.items() if found} == {
        "reports.py": ["dateutil.rrule"]
    }
