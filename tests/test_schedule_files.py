"""A year's schedule as data: the shape of a schedule file, validated as YearSchedule is."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import os
import pickle
import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp

from .calendars import LAST, NEXT, invented_year

D = dt.date


@pytest.fixture(autouse=True)
def _fresh_default_calendar():
    hp.reset_default_calendar()
    yield
    hp.reset_default_calendar()


def test_json_and_toml_give_the_same_schedule():
    data = invented_year()
    (off_day,) = [d for d in data["days_off"] if not d.endswith("01-01")]
    (worked,) = data["working_days"]
    toml = f"""
year = {NEXT}
days_off = {{ {NEXT}-01-01 = "元旦", {off_day} = "{data["days_off"][off_day]}" }}
working_days = [{worked}]
[[notices]]
title = "{data["notices"][0]["title"]}"
issued = {NEXT - 1}-11-20
"""
    a = hp.YearSchedule.from_json(json.dumps(data))
    b = hp.YearSchedule.from_toml(toml)
    assert a.days_off == b.days_off
    assert set(a.working_days) == set(b.working_days)
    assert a.notices == b.notices
    assert a.notices[0].issued == D(NEXT - 1, 11, 20)


def test_a_schedule_needs_no_working_days_and_names_listed_days_by_their_kind():
    data = invented_year(days_off=[f"{NEXT}-01-01"])
    del data["working_days"]
    schedule = hp.YearSchedule.from_data(data)
    assert dict(schedule.days_off) == {D(NEXT, 1, 1): "休息日"}
    assert dict(schedule.working_days) == {}
    # Listed without names, make-up days are named after the day off that names them.
    data = invented_year()
    listed = hp.YearSchedule.from_data({**data, "working_days": list(data["working_days"])})
    (bridging,) = [D.fromisoformat(d) for d in data["days_off"] if not d.endswith("01-01")]
    assert list(listed.working_days.values()) == [
        f"调休上班（调至{bridging.month}月{bridging.day}日休息）"
    ]
    alone = hp.YearSchedule.from_data(
        {**data, "days_off": [f"{NEXT}-01-01"], "working_days": list(data["working_days"])}
    )
    assert list(alone.working_days.values()) == ["调休上班"]


def test_a_notice_may_give_its_number_and_issue_date():
    data = invented_year(
        notices=[{"title": "测试用通知", "number": "国办发明电〔2099〕1号", "issued": "2098-11-01"}]
    )
    notice = hp.YearSchedule.from_data(data).notices[0]
    assert (notice.title, notice.number, notice.issued) == (
        "测试用通知",
        "国办发明电〔2099〕1号",
        D(2098, 11, 1),
    )
    assert notice.cite() == "《测试用通知》（国办发明电〔2099〕1号，2098年11月1日）"
    assert hp.Notice("测试用通知").cite() == "《测试用通知》"


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"working_days": [f"{NEXT}-03-03"]}, None),  # filled in below: a weekday
        ({"days_off": [f"{LAST}-12-31"]}, f"not in {NEXT}"),
        ({"days_off": [f"{NEXT}-02-30"]}, "not a date that exists"),
        ({"days_off": [f"{NEXT % 100}-2-8"]}, "not a date; write dates as YYYY-MM-DD"),
        ({"days_off": [f"{NEXT}-W01-1"]}, "not a date; write dates as YYYY-MM-DD"),
        ({"days_off": [f"{NEXT}0101"]}, "not a date; write dates as YYYY-MM-DD"),
        ({"days_off": [f"{NEXT}-01-01T00:00"]}, "not a date; write dates as YYYY-MM-DD"),
        ({"days_off": [20990101]}, "not a date; give a datetime.date"),
        ({"days_off": []}, "no day off"),
        ({"notices": []}, "non-empty list"),
        ({"notices": "通知"}, "non-empty list"),
        ({"notices": [{"number": "x"}]}, "str title"),
        ({"notices": [{"title": "x", "url": "y"}]}, r"unknown notice keys \['url'\]"),
        ({"notices": [{"title": "x", "number": 7}]}, "notice number must be a str"),
        ({"notices": [{"title": "x", "issued": "2098/11/01"}]}, "notices.issued: .* not a date"),
        ({"notices": [{"title": " "}]}, "title must not be empty"),
        ({"year": "2099"}, "year must be an int"),
        ({"year": True}, "year must be an int"),
        ({"year": 10**30}, "year must be between 1950 and 2100, got an integer of about 31"),
        ({"days_off": f"{NEXT}-01-01"}, "mapping of date → name or a list"),
        ({"holiday": []}, r"unknown keys \['holiday'\]"),
        ({"days_off": {f"{NEXT}-01-01": ""}}, "non-empty str"),
        ({"days_off": [f"{NEXT}-01-01", f"{NEXT}-01-01"]}, "listed twice"),
    ],
)
def test_malformed_or_contradictory_data_is_refused_saying_what_is_accepted(change, message):
    if message is None:
        weekday = next(
            D(NEXT, 3, d) for d in range(1, 8) if D(NEXT, 3, d).weekday() == 2
        ).isoformat()
        change, message = {"working_days": [weekday]}, f"{weekday} is a weekday"
    with pytest.raises(hp.CalendarDataError, match=message) as err:
        hp.YearSchedule.from_data({**invented_year(), **change})
    assert err.value.message_zh != hp.CalendarDataError.default_zh


@pytest.mark.parametrize("key", ["year", "notices", "days_off"])
def test_a_schedule_without_a_required_key_is_refused_naming_it(key):
    data = invented_year()
    del data[key]
    with pytest.raises(hp.CalendarDataError, match=rf"^missing keys \['{key}'\]"):
        hp.YearSchedule.from_data(data)


def test_a_day_both_off_and_worked_is_refused():
    (worked,) = invented_year()["working_days"]
    with pytest.raises(
        hp.CalendarDataError, match=r"listed both as a day off and as a working day"
    ):
        hp.YearSchedule.from_data(invented_year(days_off=[worked]))


def test_broken_json_and_toml_are_refused():
    with pytest.raises(hp.CalendarDataError, match=r"^not valid JSON"):
        hp.YearSchedule.from_json("{year: 2099")
    with pytest.raises(hp.CalendarDataError, match=r"^not valid TOML"):
        hp.YearSchedule.from_toml("year = ")
    with pytest.raises(hp.CalendarDataError, match=r"^schedule data must be a mapping"):
        hp.YearSchedule.from_json("[1, 2]")
    with pytest.raises(TypeError, match=r"^text must be a str"):
        hp.YearSchedule.from_json(b"{}")


@pytest.mark.parametrize("depth", [1000, 100_000])
def test_deeply_nested_json_or_toml_is_refused_not_a_recursion_error(depth):
    with pytest.raises(hp.CalendarDataError, match=r"nested too deeply|not valid|mapping"):
        hp.YearSchedule.from_json("[" * depth)
    with pytest.raises(hp.CalendarDataError, match=r"nested too deeply|not valid"):
        hp.YearSchedule.from_toml("a = " + "[" * depth)


def test_a_key_given_twice_in_a_json_object_is_refused_like_a_date_listed_twice():
    text = (
        f'{{"year": {NEXT}, "notices": [{{"title": "x"}}], '
        f'"days_off": {{"{NEXT}-01-01": "元旦", "{NEXT}-01-01": "春节"}}}}'
    )
    with pytest.raises(
        hp.CalendarDataError, match=rf"the key '{NEXT}-01-01' is given twice"
    ) as err:
        hp.YearSchedule.from_json(text)
    assert "重复" in err.value.message_zh
    with pytest.raises(hp.CalendarDataError, match=r"not valid TOML"):
        hp.YearSchedule.from_toml(f"year = {NEXT}\nyear = {NEXT}\n")


@pytest.mark.parametrize(
    ("field", "value", "error", "message"),
    [
        ("days_off", None, TypeError, "^days_off must be a mapping of datetime.date"),
        ("working_days", [D(2024, 1, 6)], TypeError, "^working_days must be a mapping"),
        ("notices", None, TypeError, "^notices must be an iterable of Notice"),
        ("notices", ["通知"], TypeError, r"^notices\[0\] must be a Notice"),
        ("days_off", {"2024-01-01": "元旦"}, TypeError, "^days_off key must be a datetime.date"),
        ("days_off", {dt.datetime(2024, 1, 1): "元旦"}, TypeError, "^days_off key must be"),
        ("year", 2024.0, TypeError, "^year must be an int"),
        ("estimated", "no", TypeError, "^estimated must be True or False"),
        ("source", 7, TypeError, "^source must be a str"),
    ],
)
def test_a_schedule_built_in_code_is_checked_naming_the_argument(field, value, error, message):
    held = hp.default_calendar().schedule(2024)
    args = {
        "year": 2024,
        "days_off": held.days_off,
        "working_days": held.working_days,
        "notices": held.notices,
    }
    kwargs = {field: value} if field in ("estimated", "source") else {}
    if field not in kwargs:
        args[field] = value
    with pytest.raises(error, match=message):
        hp.YearSchedule(**args, **kwargs)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("",), "title must not be empty"),
        ((7,), "^title must be a str"),
        (("x", 7), "^number must be a str"),
        (("x", None, dt.datetime(2023, 10, 25, 9)), r"^issued must be a datetime\.date"),
        (("x", None, "2023-10-25"), r"^issued must be a datetime\.date"),
    ],
)
def test_a_notice_is_checked_naming_the_argument(args, message):
    with pytest.raises((TypeError, hp.CalendarDataError), match=message):
        hp.Notice(*args)


def test_a_schedule_hashes_pickles_copies_and_compares():
    schedule = hp.YearSchedule.from_data(invented_year(), source="2099.toml")
    for twin in (
        pickle.loads(pickle.dumps(schedule)),
        copy.copy(schedule),
        copy.deepcopy(schedule),
    ):
        assert twin == schedule
        assert hash(twin) == hash(schedule)
    assert schedule.source == "2099.toml"
    assert schedule != hp.YearSchedule.from_data(invented_year())  # another source


@given(
    st.dictionaries(
        st.dates(min_value=D(NEXT, 1, 1), max_value=D(NEXT, 12, 31)), st.just("节日"), min_size=1
    )
)
def test_any_set_of_days_off_round_trips_through_json(days):
    data = invented_year(days_off={d.isoformat(): n for d, n in days.items()}, working_days={})
    schedule = hp.YearSchedule.from_json(json.dumps(data))
    assert dict(schedule.days_off) == days
    assert list(schedule.days_off) == sorted(days)


# ---------------------------------------------------------------- any input: a clear refusal

_json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=12), children, max_size=4)
    ),
    max_leaves=20,
)
_schedule_like = st.fixed_dictionaries(
    {},
    optional={
        "year": st.integers(min_value=1900, max_value=2200) | _json_values,
        "notices": st.lists(
            st.fixed_dictionaries(
                {"title": st.text(max_size=8)},
                optional={"number": _json_values, "issued": st.text(max_size=12) | _json_values},
            ),
            max_size=2,
        )
        | _json_values,
        "days_off": st.dictionaries(
            st.dates(min_value=D(2090, 1, 1), max_value=D(2101, 1, 1)).map(str)
            | st.text(max_size=12),
            st.text(max_size=6) | _json_values,
            max_size=4,
        )
        | st.lists(st.dates().map(str), max_size=3)
        | _json_values,
        "working_days": st.lists(st.dates(min_value=D(2090, 1, 1)).map(str), max_size=3)
        | _json_values,
        "extra": _json_values,
    },
)


@given(_schedule_like)
def test_any_plain_data_is_a_schedule_or_a_calendar_data_error(data):
    try:
        schedule = hp.YearSchedule.from_data(data)
    except hp.CalendarDataError as err:
        message_zh = err.message_zh
    else:
        assert schedule.year == data["year"]
        return
    assert message_zh != hp.CalendarDataError.default_zh


@given(st.text(max_size=200) | _json_values.map(json.dumps))
def test_any_text_is_a_schedule_or_a_calendar_data_error(text):
    for parse in (hp.YearSchedule.from_json, hp.YearSchedule.from_toml):
        with contextlib.suppress(hp.CalendarDataError):
            parse(text)


@given(st.integers(min_value=1, max_value=5_000))
def test_nesting_of_any_depth_is_a_calendar_data_error(depth):
    with pytest.raises(hp.CalendarDataError):
        hp.YearSchedule.from_json("[" * depth + "]" * depth)
    with pytest.raises(hp.CalendarDataError):
        hp.YearSchedule.from_toml("year = " + "[" * depth + "]" * depth)


# ---------------------------------------------------------------- schedule files

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE_2026 = ROOT / "docs" / "guides" / "calendar-2026.toml"


def _before(year: int) -> hp.WorkingCalendar:
    """The shipped calendar without *year* and the years after it."""
    cal = hp.default_calendar()
    return hp.WorkingCalendar(cal.schedule(y) for y in range(cal.first_year, year))


def _write(tmp_path: Path, name: str, data: dict) -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_the_documented_2026_file_gives_the_days_the_package_ships_for_2026():
    from_file = hp.YearSchedule.from_toml(EXAMPLE_2026.read_text(encoding="utf-8"))
    held = hp.default_calendar().schedule(2026)
    assert set(from_file.days_off) == set(held.days_off)
    assert dict(from_file.working_days) == dict(held.working_days)  # named after their swaps
    assert from_file.notices == held.notices
    cal = hp.WorkingCalendar.official()
    for day in cal.days(D(2026, 1, 1), D(2026, 12, 31)):
        assert hp.day_info(day.date, calendar=cal.with_year(from_file, replace=True)) == day


def test_a_year_loaded_from_a_file_says_it_came_from_that_file():
    cal = hp.load_schedule_files([EXAMPLE_2026], calendar=_before(2026))
    assert cal.last_year == 2026
    (cov,) = [c for c in cal.coverage() if c.year == 2026]
    assert cov.from_file
    assert not cov.shipped
    assert cov.source == str(EXAMPLE_2026)
    assert cov.describe().endswith(f"；载自文件 {EXAMPLE_2026}")
    assert all(c.shipped for c in cal.coverage() if c.year != 2026)
    assert hp.quarterly_report_deadline(2026, 3, calendar=cal) == D(2026, 10, 13)


def test_a_file_agreeing_with_a_held_year_changes_nothing_and_one_disagreeing_is_refused(tmp_path):
    assert hp.load_schedule_files([EXAMPLE_2026]) is hp.default_calendar()
    text = EXAMPLE_2026.read_text(encoding="utf-8").replace(
        '2026-10-07 = "休息日（由10月10日调休）"\n', ""
    )
    changed = tmp_path / "2026.toml"
    changed.write_text(text, encoding="utf-8")
    with pytest.raises(
        hp.CalendarDataError, match=rf"^{re.escape(str(changed))}: the year 2026 is already held"
    ) as err:
        hp.load_schedule_files([changed])
    assert err.value.message_zh.startswith(f"放假安排文件{changed}")
    replaced = hp.load_schedule_files([changed], replace=True)
    assert replaced.is_working_day(D(2026, 10, 7))  # the day removed from the file
    assert replaced.schedule(2026).source == str(changed)


def test_the_next_year_is_loaded_from_a_file_beside_the_years_shipped(tmp_path):
    path = _write(tmp_path, f"{NEXT}.json", invented_year())
    cal = hp.load_schedule_files([str(path)])
    assert cal.last_year == NEXT
    assert cal.coverage()[-1].from_file
    assert hp.quarterly_report_deadline(LAST, 4, calendar=cal).year == NEXT
    assert hp.default_calendar().last_year == LAST  # the default calendar is untouched


def test_several_files_load_in_year_order_and_a_year_in_two_files_is_refused(tmp_path):
    later = _write(tmp_path, "later.json", invented_year(NEXT + 1))
    first = _write(tmp_path, "first.json", invented_year(NEXT))
    cal = hp.load_schedule_files([later, first])
    assert [c.year for c in cal.coverage() if c.from_file] == [NEXT, NEXT + 1]
    twin = _write(tmp_path, "twin.json", invented_year(NEXT))
    with pytest.raises(hp.CalendarDataError, match=rf"^the year {NEXT} is given by two files"):
        hp.load_schedule_files([first, twin])


def test_a_file_leaving_a_gap_is_refused_naming_the_file(tmp_path):
    path = _write(tmp_path, "gap.json", invented_year(NEXT + 1))
    with pytest.raises(
        hp.CalendarDataError,
        match=rf"^{re.escape(str(path))}: the years of a calendar must be contiguous",
    ):
        hp.load_schedule_files([path])


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("2099.txt", "year = 2099", r"must be \.toml or \.json"),
        ("2099.toml", "year = ", "not valid TOML"),
        ("2099.json", "{", "not valid JSON"),
        ("2099.json", "[" * 50_000, "nested too deeply"),
        ("2099.json", '{"year": 2099}', r"missing keys \['days_off', 'notices'\]"),
    ],
)
def test_a_bad_file_is_refused_naming_it(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    with pytest.raises(hp.CalendarDataError, match=rf"^{re.escape(str(path))}: .*{message}"):
        hp.load_schedule_files([path])


def test_an_unreadable_or_non_utf8_file_is_refused_naming_it(tmp_path):
    missing = tmp_path / "missing.toml"
    with pytest.raises(
        hp.CalendarDataError, match=rf"^{re.escape(str(missing))}: cannot read"
    ) as err:
        hp.load_schedule_files([missing])
    assert err.value.message_zh == f"无法读取放假安排文件{missing}"
    gbk = tmp_path / "gbk.toml"
    gbk.write_bytes("title = '国务院'".encode("gbk"))
    with pytest.raises(hp.CalendarDataError, match="must be UTF-8"):
        hp.load_schedule_files([gbk])
    bom = _write(tmp_path, "bom.json", invented_year())
    bom.write_bytes(b"\xef\xbb\xbf" + bom.read_bytes())  # as Windows Notepad saves it
    assert hp.load_schedule_files([bom]).last_year == NEXT


@pytest.mark.parametrize("bad", ["2099.toml", Path("2099.toml"), None, 2099, [2099]])
def test_paths_must_be_a_list_of_paths(bad):
    with pytest.raises(TypeError, match=r"^paths(\[0\])? must be"):
        hp.load_schedule_files(bad)


def test_the_other_arguments_are_checked_at_the_door():
    with pytest.raises(TypeError, match=r"^replace must be True or False"):
        hp.load_schedule_files([], replace="yes")
    with pytest.raises(TypeError, match=r"^calendar must be a WorkingCalendar"):
        hp.load_schedule_files([], calendar="2026")
    assert hp.load_schedule_files([]) is hp.default_calendar()


# ---------------------------------------------------------------- the environment variable


def test_the_environment_names_the_files_for_the_command_and_the_excel_functions(
    tmp_path, monkeypatch
):
    monkeypatch.delenv("HRSS_POLICY_CALENDAR", raising=False)
    assert hp.calendar_from_environment() is hp.default_calendar()
    first = _write(tmp_path, "first.json", invented_year(NEXT))
    later = _write(tmp_path, "later.json", invented_year(NEXT + 1))
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", os.pathsep.join([str(later), "", str(first)]))
    cal = hp.calendar_from_environment()
    assert cal.last_year == NEXT + 1
    assert hp.calendar_from_environment() is cal  # kept while nothing changes
    first.write_text(json.dumps(invented_year(NEXT, days_off=[f"{NEXT}-01-01"])), encoding="utf-8")
    os.utime(first, ns=(1, 1))
    assert hp.calendar_from_environment() is not cal  # a file changed: read again
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", "  ")
    assert hp.calendar_from_environment() is hp.default_calendar()


def test_a_bad_file_named_in_the_environment_is_refused_naming_the_variable(tmp_path, monkeypatch):
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", str(tmp_path / "missing.toml"))
    with pytest.raises(
        hp.CalendarDataError, match=r"^HRSS_POLICY_CALENDAR: .*missing.toml: cannot read"
    ) as err:
        hp.calendar_from_environment()
    assert err.value.message_zh.startswith("环境变量HRSS_POLICY_CALENDAR所列")


# ---------------------------------------------------------------- hostile schedule files


@pytest.mark.parametrize("suffix", [".json", ".toml"])
def test_a_number_thousands_of_digits_long_is_refused_not_a_plain_value_error(tmp_path, suffix):
    digits = "9" * 5000
    text = f'{{"year": {digits}}}' if suffix == ".json" else f"year = {digits}\n"
    reader = hp.YearSchedule.from_json if suffix == ".json" else hp.YearSchedule.from_toml
    with pytest.raises(hp.CalendarDataError, match=r"holds a number thousands of digits long"):
        reader(text)
    path = tmp_path / f"big{suffix}"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(hp.CalendarDataError, match=re.escape(str(path))):
        hp.load_schedule_files([path])


def test_a_schedule_path_that_never_ends_is_refused_after_a_bounded_read(tmp_path):
    from hrss_policy.calendar import MAX_SCHEDULE_BYTES

    link = tmp_path / "zero.toml"
    link.symlink_to("/dev/zero")
    with pytest.raises(hp.CalendarDataError, match=rf"at most {MAX_SCHEDULE_BYTES} bytes"):
        hp.load_schedule_files([link])
    big = tmp_path / "big.json"
    big.write_bytes(b" " * (MAX_SCHEDULE_BYTES + 1))
    with pytest.raises(hp.CalendarDataError, match="is longer"):
        hp.load_schedule_files([big])
