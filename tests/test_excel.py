"""The Excel worksheet functions, called with what Excel really sends through xlwings.

Excel sends numbers as floats, dates as ``datetime`` (classic add-in) or serial numbers
(xlwings Lite), empty cells as ``None`` (or ``""``), and ranges as lists of rows.
"""

from __future__ import annotations

import datetime as dt
import importlib
import subprocess
import sys
import types
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import excel

from .strategies import excel_count_cells, excel_grids

ERR = excel.ERROR_PREFIX


def is_error(cell: Any) -> bool:
    return isinstance(cell, str) and cell.startswith(ERR)


# -- the module and its registration ---------------------------------------------------


def test_importing_hrss_policy_never_needs_xlwings():
    code = (
        "import sys; sys.modules['xlwings'] = None; import hrss_policy; "
        "print(hrss_policy.street_staff_quota(6000).staff)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "1"


def test_importing_the_excel_module_without_xlwings_names_the_excel_extra():
    code = "import sys; sys.modules['xlwings'] = None; import hrss_policy.excel"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert out.returncode != 0
    assert "ImportError" in out.stderr
    assert 'pip install "hrss-policy[excel]"' in out.stderr


def test_every_worksheet_function_is_named_hrss_and_takes_positional_arguments_only():
    import inspect

    assert excel.__all__ == sorted(excel.__all__)
    for name in excel.__all__:
        assert name.startswith("HRSS_")
        assert name.isascii()
        assert name.upper() == name
        for p in inspect.signature(getattr(excel, name)).parameters.values():
            assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, (name, p.name)


class RecordingXlwings(types.ModuleType):
    """Stands in for xlwings and records what each function was registered with."""

    def __init__(self) -> None:
        super().__init__("xlwings")
        self.funcs: list[str] = []
        self.args: dict[str, dict[str, dict[str, Any]]] = {}

    def func(self, f: Any = None, **kwargs: Any) -> Any:
        self.funcs.append(f.__name__)
        return f

    def arg(self, name: str, **kwargs: Any) -> Any:
        def inner(f: Any) -> Any:
            self.args.setdefault(f.__name__, {})[name] = kwargs
            return f

        return inner


@pytest.fixture
def recorded(monkeypatch: pytest.MonkeyPatch) -> RecordingXlwings:
    fake = RecordingXlwings()
    monkeypatch.setitem(sys.modules, "xlwings", fake)
    monkeypatch.delitem(sys.modules, "hrss_policy.excel")
    importlib.import_module("hrss_policy.excel")
    yield fake
    # Leave the real module in place for the other tests.
    sys.modules.pop("hrss_policy.excel", None)
    monkeypatch.undo()
    importlib.import_module("hrss_policy.excel")


def test_every_worksheet_function_is_registered_with_xlwings_func(recorded):
    assert sorted(recorded.funcs) == excel.__all__


def test_every_argument_arrives_as_a_2d_range_so_a_column_stays_a_column(recorded):
    import inspect

    for name in excel.__all__:
        params = list(inspect.signature(getattr(excel, name)).parameters)
        assert set(recorded.args[name]) == set(params), name
        for options in recorded.args[name].values():
            assert options["ndim"] == 2
            assert options["doc"]


def test_registered_functions_carry_no_annotations_xlwings_would_read_as_converters():
    for name in excel.__all__:
        assert getattr(excel, name).__annotations__ == {}, name


# -- staffing ---------------------------------------------------------------------------


def test_a_street_quota_column_of_floats_gives_a_column_of_staff_counts():
    assert excel.HRSS_STREET_QUOTA([[45000.0], [6000.0], [6001.0], [0.0]]) == [[8], [1], [2], [1]]


def test_a_single_cell_gives_a_single_value():
    assert excel.HRSS_STREET_QUOTA(45000.0) == 8
    assert excel.HRSS_STREET_QUOTA([[45000.0]]) == [[8]]


def test_45000_point_5_recipients_is_an_error_in_that_cell_only():
    out = excel.HRSS_STREET_QUOTA([[12000.0], [45000.5], [18000.0]])
    assert out[0] == [2]
    assert out[2] == [3]
    assert is_error(out[1][0])
    assert "45000.5" in out[1][0]
    assert "整数" in out[1][0]


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (True, "must be a number"),
        (-1.0, "≥ 0"),
        ("many", "whole number"),
        (float("nan"), "whole number"),
        (float("inf"), "whole number"),
        ("4.5e4", "whole number"),
    ],
)
def test_a_cell_that_is_not_a_count_gets_a_readable_error(cell, reason):
    out = excel.HRSS_STREET_QUOTA([[cell], [6000.0]])
    assert is_error(out[0][0])
    assert reason in out[0][0]
    assert "Error:" in out[0][0]
    assert out[1] == [1]


def test_a_number_typed_as_text_with_stray_spaces_is_read_as_that_number():
    assert excel.HRSS_STREET_QUOTA([["  12000 "]]) == [[2]]


def test_empty_rows_in_a_range_stay_empty_so_a_formula_can_cover_a_whole_column():
    assert excel.HRSS_STREET_QUOTA([[None], [""], ["   "], [6000.0]]) == [
        [None],
        [None],
        [None],
        [1],
    ]


def test_a_community_of_exactly_8000_may_not_ask_for_extra_staff_from_excel():
    assert excel.HRSS_COMMUNITY_EXTRA_STAFF([[8000.0], [8001.0]]) == [[False], [True]]


def test_community_quota_is_one_full_time_worker_in_every_cell():
    assert excel.HRSS_COMMUNITY_QUOTA([[0.0, 9000.0, 200000.0]]) == [[1, 1, 1]]


def test_kinds_are_given_by_name_or_chinese_label_with_stray_spaces():
    kinds = [["DISTRICT_STREET"], [" 社区 "], ["村"], ["行政区镇"], ["town"], [3.0]]
    out = excel.HRSS_STAFF_QUOTA(kinds, 45000.0)
    assert out[:4] == [[8], [1], [1], [8]]
    assert is_error(out[4][0])
    assert "社区" in out[4][0]
    assert is_error(out[5][0])


def test_a_row_of_kinds_against_a_row_of_recipients_computes_pairwise():
    assert excel.HRSS_STAFF_QUOTA([["社区", "行政区街道"]], [[9000.0, 9000.0]]) == [[1, 2]]


def test_ranges_of_different_shapes_are_refused_with_both_shapes_named():
    with pytest.raises(hp.PolicyError, match=r"kind=\(2, 1\).*service_recipients=\(1, 2\)"):
        excel.HRSS_STAFF_QUOTA([["社区"], ["村"]], [[1.0, 2.0]])


def test_a_ragged_range_is_refused():
    with pytest.raises(hp.PolicyError, match="rectangular"):
        excel.HRSS_STREET_QUOTA([[1.0, 2.0], [3.0]])


def test_a_flat_list_from_a_plain_python_caller_keeps_its_shape():
    assert excel.HRSS_STREET_QUOTA([6000.0, 12000.0, None]) == [1, 2, None]


@given(excel_grids(excel_count_cells))
def test_every_cell_is_the_library_answer_or_an_error_and_the_shape_is_kept(grid):
    out = excel.HRSS_STREET_QUOTA(grid)
    assert len(out) == len(grid)
    for row_in, row_out in zip(grid, out, strict=True):
        assert len(row_out) == len(row_in)
        for cell, result in zip(row_in, row_out, strict=True):
            if cell is None or (isinstance(cell, str) and not cell.strip()):
                assert result is None
            elif isinstance(cell, float) and cell.is_integer() and 0 <= cell <= excel.EXACT_LIMIT:
                assert result == hp.street_staff_quota(int(cell)).staff
            else:
                assert is_error(result)


# -- subsidies --------------------------------------------------------------------------


def test_city_and_district_amounts_match_the_library_for_the_design_roster():
    assert excel.HRSS_SUBSIDY_CITY(1.0, 1.0, 1.0) == 1800.0
    assert excel.HRSS_SUBSIDY_DISTRICT_MIN(1.0, 1.0, 1.0) == 1800.0


def test_left_out_public_servants_and_months_mean_none_and_one_month():
    assert excel.HRSS_SUBSIDY_CITY(2.0, 1.0) == 2800.0
    assert excel.HRSS_SUBSIDY_CITY(2.0, 1.0, None, 12.0) == 33600.0


def test_an_empty_cell_inside_a_count_range_is_an_error_not_a_silent_zero():
    out = excel.HRSS_SUBSIDY_CITY([[1.0], [1.0]], [[None], [0.0]])
    assert is_error(out[0][0])
    assert "0" in out[0][0]
    assert out[1] == [1000.0]


def test_a_negative_coordinator_count_is_refused_in_that_cell():
    out = excel.HRSS_SUBSIDY_CITY([[1.0], [1.0]], [[-1.0], [0.0]], [[0.0], [-2.0]])
    assert is_error(out[0][0])
    assert "part_time" in out[0][0]
    assert is_error(out[1][0])
    assert "part_time_public_servant" in out[1][0]


@given(
    st.integers(0, 20),
    st.integers(0, 20),
    st.integers(0, 20),
    st.integers(1, 24),
)
def test_the_sheet_amounts_are_the_library_amounts_as_excel_numbers(ft, pt, ps, months):
    roster = (
        [hp.Coordinator(hp.Employment.FULL_TIME)] * ft
        + [hp.Coordinator(hp.Employment.PART_TIME)] * pt
        + [hp.Coordinator(hp.Employment.PART_TIME, public_servant=True)] * ps
    )
    s = hp.subsidy_for_months(roster, months)
    city = excel.HRSS_SUBSIDY_CITY(float(ft), float(pt), float(ps), float(months))
    district = excel.HRSS_SUBSIDY_DISTRICT_MIN(float(ft), float(pt), float(ps), float(months))
    # The double Excel holds converts back to exactly the library's 2-place amount.
    assert Decimal(str(city)).quantize(Decimal("0.01")) == s.city
    assert Decimal(str(district)).quantize(Decimal("0.01")) == s.district_minimum


def test_part_time_public_servants_add_nothing_from_excel():
    assert excel.HRSS_SUBSIDY_CITY(0.0, 0.0, 5.0) == 0.0


# -- explanations -----------------------------------------------------------------------


def test_the_explanation_is_the_library_explanation_with_its_clause():
    text = excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", 45000.0)
    assert text == hp.street_staff_quota(45000).explain()
    assert "三（一）5" in text


def test_explain_accepts_the_function_name_in_any_case_and_with_spaces():
    assert excel.HRSS_EXPLAIN(" hrss_subsidy_city ", 1.0, 1.0, 1.0) == (
        hp.monthly_subsidy(
            [
                hp.Coordinator(hp.Employment.FULL_TIME),
                hp.Coordinator(hp.Employment.PART_TIME),
                hp.Coordinator(hp.Employment.PART_TIME, public_servant=True),
            ]
        ).explain()
    )


def test_explain_over_a_column_explains_each_row_and_reports_a_bad_row_alone():
    out = excel.HRSS_EXPLAIN("HRSS_COMMUNITY_EXTRA_STAFF", [[9000.0], [90.5]])
    assert "8000" in out[0][0]
    assert "三（一）5" in out[0][0]
    assert is_error(out[1][0])


def test_explain_of_an_unknown_function_lists_the_known_ones():
    out = excel.HRSS_EXPLAIN("HRSS_NOPE", 1.0)
    assert is_error(out)
    assert "HRSS_STREET_QUOTA" in out


def test_explain_with_too_many_arguments_says_so():
    out = excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", 1.0, 2.0)
    assert is_error(out)
    assert "takes 1 arguments" in out


def test_a_count_beyond_what_excel_holds_exactly_is_refused_not_rounded():
    out = excel.HRSS_STREET_QUOTA([[6e29], [float(2**53)], ["9" * 30]])
    assert is_error(out[0][0])
    assert "exactly" in out[0][0]
    assert out[1] == [hp.street_staff_quota(2**53).staff]
    assert is_error(out[2][0])


# -- names, working days and deadlines --------------------------------------------------

SERIAL_2024_10_12 = 45577.0  # what xlwings Lite sends for the date cell 2024-10-12


def test_a_date_cell_arrives_as_a_datetime_in_the_classic_add_in_and_a_serial_in_lite():
    assert excel.HRSS_IS_WORKING_DAY(dt.datetime(2024, 10, 12)) is True  # a make-up Saturday
    assert excel.HRSS_IS_WORKING_DAY(SERIAL_2024_10_12) is True
    assert excel.HRSS_IS_WORKING_DAY(" 2024-10-12 ") is True
    assert excel.HRSS_IS_WORKING_DAY("2024/10/13") is False


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (dt.datetime(2024, 10, 12, 9, 30), "without a time"),
        (SERIAL_2024_10_12 + 0.5, "without a time"),
        (60.0, "serial number from 61"),
        ("12/10/2024", "text like 2024-10-12"),
        ("2024-02-30", "is not a date"),
        (True, "must be a date"),
    ],
)
def test_a_cell_that_is_not_one_calendar_day_gets_a_readable_error(cell, reason):
    out = excel.HRSS_IS_WORKING_DAY([[cell], [SERIAL_2024_10_12]])
    assert is_error(out[0][0])
    assert reason in out[0][0]
    assert out[1] == [True]


def test_a_year_whose_official_schedule_is_not_held_is_an_error_in_that_cell_only():
    out = excel.HRSS_IS_WORKING_DAY([[dt.date(2099, 1, 5)], [dt.date(2024, 10, 12)]])
    assert is_error(out[0][0])
    assert "节假日安排" in out[0][0]
    assert out[1] == [True]


@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2026, 6, 30)), st.integers(1, 60))
def test_sheet_working_days_are_the_library_working_days_from_serial_numbers(d, n):
    serial = float((d - dt.date(1899, 12, 30)).days)
    due = excel.HRSS_ADD_WORKING_DAYS(serial, float(n))
    assert due == hp.add_working_days(d, n)
    assert excel.HRSS_WORKING_DAYS_BETWEEN(serial, due) == n


def test_the_quarterly_deadline_column_matches_the_library_and_refuses_2011_q3():
    out = excel.HRSS_QUARTERLY_DEADLINE([[2024.0], [2011.0], [2011.0]], [[3.0], [4.0], [3.0]])
    assert out[0] == [dt.date(2024, 10, 12)]
    assert out[1] == [hp.quarterly_report_deadline(2011, 4)]
    assert is_error(out[2][0])
    assert "规则不适用" in out[2][0]


def test_agency_names_from_kinds_places_and_districts_with_stray_spaces():
    out = excel.HRSS_AGENCY_NAME(
        [["行政区街道"], ["社区"], ["行政区街道"]],
        [[" 拱北街道 "], ["夏湾"], ["白蕉镇"]],
        [["香洲区"], [None], ["斗门"]],
    )
    assert out[0] == ["珠海市香洲区拱北街道办事处人力资源和社会保障服务所"]
    assert out[1] == ["夏湾社区人力资源和社会保障服务站"]
    assert is_error(out[2][0])  # a "street" called 白蕉镇 contradicts its kind


def test_the_deadline_explanation_names_the_skipped_holidays_and_the_clause():
    text = excel.HRSS_EXPLAIN("HRSS_QUARTERLY_DEADLINE", 2024.0, 3.0)
    assert text == hp.quarterly_report(2024, 3).explain()
    assert "国庆节" in text
    assert "四（二）" in text
