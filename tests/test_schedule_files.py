"""A year's schedule as data: the shape of a schedule file, validated as YearSchedule is."""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import pickle

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
    listed = hp.YearSchedule.from_data(
        invented_year(working_days=list(invented_year()["working_days"]))
    )
    assert set(listed.working_days.values()) == {"调休上班"}


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
