"""The Excel worksheet functions, called with what Excel really sends through xlwings.

Excel sends numbers as floats, dates as ``datetime`` (classic add-in) or serial numbers
(xlwings Lite), empty cells as ``None`` (or ``""``), and ranges as lists of rows.
"""

from __future__ import annotations

import datetime as dt
import inspect
import subprocess
import sys
from decimal import Decimal
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import excel as excel
from hrss_policy.excel import ranges as _excel_cells
from hrss_policy.excel.convert import EXACT_LIMIT, money, number, whole_numbers

from .strategies import excel_count_cells, excel_grids

ERR = excel.ERROR_PREFIX


def is_error(cell: Any) -> bool:
    return isinstance(cell, str) and cell.startswith(ERR)


def matches(got: Any, expected: Any) -> bool:
    """A cell against an example's expectation: equal, or holding the expected text."""
    if hasattr(expected, "text"):
        return isinstance(got, str) and expected.text in got
    return bool(got == expected) and type(got) is type(expected)


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


def test_every_worksheet_function_is_named_hrss_and_takes_positional_arguments():
    import inspect

    assert excel.__all__ == sorted(excel.__all__)
    for name in excel.__all__:
        assert name.startswith("HRSS_")
        assert name.isascii()
        assert name.upper() == name
        for p in inspect.signature(getattr(excel, name)).parameters.values():
            assert p.kind is inspect.Parameter.POSITIONAL_OR_KEYWORD, (name, p.name)


def test_every_function_keeps_its_long_docstring_for_the_docs_site():
    for name in excel.__all__:
        doc = getattr(excel, name).__doc__
        assert doc is not None
        assert ">>>" in doc, name


def test_registered_functions_carry_no_annotations_xlwings_would_read_as_converters():
    for name in excel.__all__:
        assert getattr(excel, name).__annotations__ == {}, name


def test_every_function_gives_its_worked_examples():
    examples = excel.examples()
    assert sorted(examples) == excel.__all__
    for name, cases in examples.items():
        assert cases, f"{name} has no worked example"
        for args, expected in cases:
            assert matches(getattr(excel, name)(*args), expected), (name, args)


def test_keyword_arguments_from_python_are_bound_by_their_names():
    assert excel.HRSS_STAFF_QUOTA(service_recipients=45000, unit_kind="行政区街道") == 8
    with pytest.raises(TypeError, match="service_recipients"):
        excel.HRSS_STREET_QUOTA()


# -- staffing ---------------------------------------------------------------------------


@pytest.mark.requirement(id="staffing.quota")
@pytest.mark.reading(id="R1")
def test_a_street_quota_column_of_floats_gives_a_column_of_staff_counts():
    assert excel.HRSS_STREET_QUOTA([[45000.0], [6000.0], [6001.0], [0.0]]) == [
        (8,),
        (1,),
        (2,),
        (1,),
    ]


@pytest.mark.requirement(id="staffing.quota")
def test_a_single_cell_gives_a_single_value():
    assert excel.HRSS_STREET_QUOTA(45000.0) == 8
    assert excel.HRSS_STREET_QUOTA([[45000.0]]) == [(8,)]


def test_45000_point_5_recipients_is_an_error_in_that_cell_only():
    out = excel.HRSS_STREET_QUOTA([[12000.0], [45000.5], [18000.0]])
    assert out[0] == (2,)
    assert out[2] == (3,)
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
    assert out[1] == (1,)


def test_a_number_typed_as_text_with_stray_spaces_is_read_as_that_number():
    assert excel.HRSS_STREET_QUOTA([["  12000 "]]) == [(2,)]


def test_empty_rows_in_a_range_stay_empty_so_a_formula_can_cover_a_whole_column():
    assert excel.HRSS_STREET_QUOTA([[None], [""], ["   "], [6000.0]]) == [
        (None,),
        (None,),
        (None,),
        (1,),
    ]


@pytest.mark.requirement(id="staffing.extra_approval")
@pytest.mark.reading(id="R2")
def test_a_community_of_exactly_8000_may_not_ask_for_extra_staff_from_excel():
    assert excel.HRSS_COMMUNITY_EXTRA_STAFF([[8000.0], [8001.0]]) == [(False,), (True,)]


@pytest.mark.requirement(id="staffing.quota")
def test_community_quota_is_one_full_time_worker_in_every_cell():
    assert excel.HRSS_COMMUNITY_QUOTA([[0.0, 9000.0, 200000.0]]) == [(1, 1, 1)]


def test_kinds_are_given_by_name_or_chinese_label_with_stray_spaces():
    kinds = [["DISTRICT_STREET"], [" 社区 "], ["村"], ["行政区镇"], ["town"], [3.0]]
    out = excel.HRSS_STAFF_QUOTA(kinds, 45000.0)
    assert out[:4] == [(8,), (1,), (1,), (8,)]
    assert is_error(out[4][0])
    assert "社区" in out[4][0]
    assert is_error(out[5][0])


def test_a_row_of_kinds_against_a_row_of_recipients_computes_pairwise():
    assert excel.HRSS_STAFF_QUOTA([["社区", "行政区街道"]], [[9000.0, 9000.0]]) == [(1, 2)]


def test_a_column_against_a_row_spreads_as_excel_spreads_arrays():
    # Excel repeats a one-column range across columns and a one-row range down rows.
    assert excel.HRSS_STAFF_QUOTA([["社区"], ["行政区街道"]], [[6000.0, 12000.0]]) == [
        (1, 1),
        (1, 2),
    ]


def test_ranges_of_different_lengths_give_errors_only_where_a_cell_has_no_partner():
    out = excel.HRSS_STAFF_QUOTA([["社区"], ["村"], ["行政区街道"]], [[1.0], [2.0]])
    assert out[:2] == [(1,), (1,)]
    assert is_error(out[2][0])
    assert "service_recipients" in out[2][0]
    assert "第3行第1列" in out[2][0]


def test_a_ragged_range_gives_errors_where_a_row_is_short():
    out = excel.HRSS_STREET_QUOTA([[1.0, 6001.0], [3.0]])
    assert out[0] == (1, 2)
    assert out[1][0] == 1
    assert is_error(out[1][1])
    assert "row 2, column 2" in out[1][1]


@pytest.mark.parametrize("bad", [[], [[]], [[1.0], 2.0]])
def test_an_argument_that_is_no_range_at_all_gives_one_clear_error(bad):
    out = excel.HRSS_STREET_QUOTA(bad)
    assert is_error(out)
    assert "service_recipients" in out
    assert "不是单元格区域" in out


@pytest.mark.parametrize("code", sorted(excel.EXCEL_ERRORS))
def test_an_error_cell_in_a_range_gives_an_error_naming_it_in_that_cell_only(code):
    out = excel.HRSS_SUBSIDY_CITY([[1.0], [1.0]], [[code], [0.0]])
    assert is_error(out[0][0])
    assert f"错误值 {code}" in out[0][0]
    assert f"part_time: the input cell holds the Excel error {code}" in out[0][0]
    assert out[1] == (1000.0,)


def test_an_error_cell_in_an_optional_argument_is_still_an_error():
    out = excel.HRSS_SUBSIDY_CITY(1.0, 1.0, "#N/A")
    assert is_error(out)
    assert "#N/A" in out
    assert "part_time_public_servants" in out


def test_an_error_cell_in_an_otherwise_empty_row_is_an_error_not_an_empty_row():
    assert is_error(excel.HRSS_STREET_QUOTA([["#REF!"]])[0][0])


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


@pytest.mark.requirement(id="funding.district_top_up")
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
    assert out[1] == (1000.0,)


def test_a_negative_coordinator_count_is_refused_in_that_cell():
    out = excel.HRSS_SUBSIDY_CITY([[1.0], [1.0]], [[-1.0], [0.0]], [[0.0], [-2.0]])
    assert is_error(out[0][0])
    assert "part_time" in out[0][0]
    assert is_error(out[1][0])
    assert "part_time_public_servants" in out[1][0]


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
    roster = hp.Roster.from_counts(full_time=1, part_time=1, part_time_public_servants=1)
    assert excel.HRSS_EXPLAIN(" hrss_subsidy_city ", 1.0, 1.0, 1.0) == (
        hp.subsidy_for_months(roster, 1).explain()
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


def test_explain_passes_on_the_reason_an_explained_cell_is_refused():
    out = excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", 1.5)
    assert is_error(out)
    assert out.count(excel.ERROR_PREFIX) == 1
    assert "须为整数" in out
    assert "must be a whole number" in out


def test_a_range_call_builds_no_explanation(monkeypatch):
    built = []
    original = hp.StaffingQuota.explain

    def spy(self):
        built.append(self)
        return original(self)

    monkeypatch.setattr(hp.StaffingQuota, "explain", spy)
    excel.HRSS_STREET_QUOTA([[float(n)] for n in range(500)])
    assert built == []
    excel.HRSS_EXPLAIN("HRSS_STREET_QUOTA", [[1.0], [2.0]])
    assert len(built) == 2


def test_a_count_beyond_what_excel_holds_exactly_is_refused_not_rounded():
    out = excel.HRSS_STREET_QUOTA([[6e29], [float(2**53)], ["9" * 30]])
    assert is_error(out[0][0])
    assert "exactly" in out[0][0]
    assert out[1] == (hp.street_staff_quota(2**53).staff,)
    assert is_error(out[2][0])


# -- names, working days and deadlines --------------------------------------------------

SERIAL_2024_10_12 = 45577.0  # what xlwings Lite sends for the date cell 2024-10-12


def test_a_date_cell_arrives_as_a_datetime_in_the_classic_add_in_and_a_serial_in_lite():
    assert excel.HRSS_IS_WORKING_DAY(dt.datetime(2024, 10, 12)) is True  # a make-up Saturday
    assert excel.HRSS_IS_WORKING_DAY(SERIAL_2024_10_12) is True
    assert excel.HRSS_IS_WORKING_DAY(" 2024-10-12 ") is True
    assert excel.HRSS_IS_WORKING_DAY("2024/10/13") is False
    assert excel.HRSS_IS_WORKING_DAY("2024.10.12") is True
    assert excel.HRSS_IS_WORKING_DAY("2024年10月12日") is True


@pytest.mark.parametrize(
    ("cell", "reason"),
    [
        (dt.datetime(2024, 10, 12, 9, 30), "without a time"),
        (SERIAL_2024_10_12 + 0.5, "without a time"),
        (60.0, "serial number from 61"),
        ("12/10/2024", "which is ambiguous"),
        ("2024-02-30", "is not a date"),
        (True, "must be a date"),
    ],
)
def test_a_cell_that_is_not_one_calendar_day_gets_a_readable_error(cell, reason):
    out = excel.HRSS_IS_WORKING_DAY([[cell], [SERIAL_2024_10_12]])
    assert is_error(out[0][0])
    assert reason in out[0][0]
    assert out[1] == (True,)


@pytest.mark.reading(id="R5")
def test_a_year_whose_official_schedule_is_not_held_is_an_error_in_that_cell_only():
    out = excel.HRSS_IS_WORKING_DAY([[dt.date(2099, 1, 5)], [dt.date(2024, 10, 12)]])
    assert is_error(out[0][0])
    assert "放假安排尚未收录" in out[0][0]
    assert out[1] == (True,)


@given(st.dates(min_value=dt.date(2011, 1, 1), max_value=dt.date(2026, 6, 30)), st.integers(1, 60))
def test_sheet_working_days_are_the_library_working_days_from_serial_numbers(d, n):
    serial = float((d - dt.date(1899, 12, 30)).days)
    due = excel.HRSS_ADD_WORKING_DAYS(serial, float(n))
    assert due == hp.add_working_days(d, n)
    assert excel.HRSS_WORKING_DAYS_BETWEEN(serial, due) == n


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_quarterly_deadline_column_matches_the_library_and_refuses_2011_q3():
    out = excel.HRSS_QUARTERLY_DEADLINE([[2024.0], [2011.0], [2011.0]], [[3.0], [4.0], [3.0]])
    assert out[0] == (dt.date(2024, 10, 12),)
    assert out[1] == (hp.quarterly_report_deadline(2011, 4),)
    assert is_error(out[2][0])
    assert "早于报送制度的起始季度" in out[2][0]


@pytest.mark.requirement(id="name.standard")
def test_agency_names_from_kinds_places_and_districts_with_stray_spaces():
    out = excel.HRSS_AGENCY_NAME(
        [["行政区街道"], ["社区"], ["行政区街道"]],
        [[" 拱北街道 "], ["夏湾"], ["白蕉镇"]],
        [["香洲区"], [None], ["斗门"]],
    )
    assert out[0] == ("珠海市香洲区拱北街道办事处人力资源和社会保障服务所",)
    assert out[1] == ("夏湾社区人力资源和社会保障服务站",)
    assert is_error(out[2][0])  # a "street" called 白蕉镇 contradicts its kind


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R5")
def test_the_deadline_explanation_names_the_skipped_holidays_and_the_clause():
    text = excel.HRSS_EXPLAIN("HRSS_QUARTERLY_DEADLINE", 2024.0, 3.0)
    assert text == hp.quarterly_report(2024, 3).explain()
    assert "国庆节" in text
    assert "四（二）" in text


# -- what an outside fuzzing run broke ----------------------------------------

#: Anything a cell can send through xlwings, the awkward kinds included.
any_cell = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.floats(min_value=1e10, max_value=1e300),
    st.text(max_size=6),
    st.sampled_from(sorted(excel.EXCEL_ERRORS)),
    st.datetimes(min_value=dt.datetime(1900, 3, 1), max_value=dt.datetime(9999, 12, 31)),
    st.sampled_from(["行政区街道", "社区", "拱北", "香洲", "HRSS_STREET_QUOTA", "2024-10-12"]),
)


@given(st.sampled_from(excel.__all__), st.data())
def test_no_cell_of_any_kind_makes_a_function_raise_and_every_cell_is_answered(name, data):
    f = getattr(excel, name)
    n_args = len(inspect.signature(f).parameters)
    rows = data.draw(st.integers(min_value=1, max_value=4))
    args = [
        data.draw(
            st.lists(st.lists(any_cell, min_size=1, max_size=1), min_size=rows, max_size=rows)
        )
        for _ in range(n_args)
    ]
    out = f(*args)
    assert len(out) == rows
    for row in out:
        assert len(row) == 1
        (cell,) = row
        assert cell is None or isinstance(cell, int | float | str | dt.date)
        if isinstance(cell, str) and cell.startswith(ERR):
            assert "Error: " in cell
            assert "意外错误" not in cell, cell


def test_a_year_cell_of_1e15_is_an_error_naming_the_year_in_that_cell_only():
    out = excel.HRSS_QUARTERLY_DEADLINE([[1e15], [2024.0], [-1.0]], 3.0)
    assert is_error(out[0][0])
    assert "年份（year）" in out[0][0]
    assert out[1] == (dt.date(2024, 10, 12),)
    assert is_error(out[2][0])


@given(st.one_of(st.floats(), st.integers(min_value=-(2**80), max_value=2**80)))
def test_any_year_cell_gives_a_date_or_an_error_in_its_cell(year):
    (cell,) = excel.HRSS_QUARTERLY_DEADLINE([[year]], 4.0)[0]
    assert isinstance(cell, dt.date) or is_error(cell)


def test_a_coordinator_count_of_2_to_the_53_builds_no_object_per_head():
    import tracemalloc

    tracemalloc.start()
    try:
        out = excel.HRSS_SUBSIDY_CITY(float(2**53), 0.0)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 20_000_000
    # Counted, not listed: the amount is computed, and is more than Excel holds to the fen.
    assert is_error(out)
    assert "金额超出 Excel 可精确表示的范围" in out
    assert excel.HRSS_SUBSIDY_CITY(1e9, 0.0, 0.0, 12.0) == 12_000_000_000_000.0


def test_an_amount_excel_cannot_hold_to_the_fen_is_refused_not_rounded():
    assert money(Decimal("90071992547409.91")) == 90071992547409.91
    with pytest.raises(hp.PolicyError, match="fen"):
        money(Decimal(2**53))


def test_sheet_amounts_do_not_depend_on_the_callers_decimal_context():
    import decimal

    expected = excel.HRSS_SUBSIDY_CITY([[1.0], [3.0]], [[1.0], [7.0]], None, 12.0)
    assert expected == [(21600.0,), (103200.0,)]
    strict = decimal.Context(prec=2, rounding=decimal.ROUND_FLOOR)
    strict.traps[decimal.Inexact] = strict.traps[decimal.Rounded] = True
    with decimal.localcontext(strict):
        assert excel.HRSS_SUBSIDY_CITY([[1.0], [3.0]], [[1.0], [7.0]], None, 12.0) == expected
        assert excel.HRSS_STREET_QUOTA([[45001.0], [6000.0]]) == [(8,), (1,)]
        # The adapter's check that Excel can hold an amount compares; it does not compute.
        assert money(Decimal("103200.00")) == 103200.0


count_cells = st.one_of(
    st.integers(min_value=0, max_value=60_000),
    st.integers(min_value=0, max_value=60_000).map(float),
    st.sampled_from(
        [-1, -1.0, 2**53, 2**53 + 1, 1e300, 0.5, float("nan"), float("inf"), True, None, "", " 7 "]
    ),
    st.sampled_from(sorted(excel.EXCEL_ERRORS)),
)


@pytest.mark.parametrize(
    "name", ["HRSS_STREET_QUOTA", "HRSS_COMMUNITY_QUOTA", "HRSS_COMMUNITY_EXTRA_STAFF"]
)
@given(
    cells=st.one_of(
        st.lists(count_cells, min_size=1, max_size=20),
        st.lists(st.one_of(count_cells.filter(lambda c: isinstance(c, int | float))), min_size=1),
    )
)
def test_a_column_computed_at_once_reads_as_the_same_column_cell_by_cell(name, cells):
    sheet = excel._SHEETS[name]
    assert sheet.column is not None
    one_by_one = attrs.evolve(sheet, column=None)
    column = [[c] for c in cells]
    at_once = _excel_cells.apply(sheet, (column,))
    assert at_once == _excel_cells.apply(one_by_one, (column,))
    assert [type(v) for (v,) in at_once] == [
        type(v) for (v,) in _excel_cells.apply(one_by_one, (column,))
    ]


def test_a_clean_column_of_counts_is_computed_at_once_by_the_staffing_rule(monkeypatch):
    calls = []
    real = hp.staff_count_column

    def spy(*args, **kwargs):
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(hp, "staff_count_column", spy)
    assert excel.HRSS_STREET_QUOTA([[45000], [6001], [0]]) == [(8,), (2,), (1,)]
    assert calls == [(hp.Level.STREET_TOWN, [45000, 6001, 0])]
    # Whole floats, as the classic add-in sends numbers, reach the rule as ints.
    calls.clear()
    assert excel.HRSS_STREET_QUOTA([[45000.0], [6001.0]]) == [(8,), (2,)]
    assert [type(n) for n in calls[-1][1]] == [int, int]


def test_an_object_that_is_no_cell_value_is_an_error_in_its_cell_not_a_crash():
    out = excel.HRSS_STREET_QUOTA([[{"foo": 1}], [{"basicValue": {"bar": 2}}], [45000]])
    assert "不是单元格的值" in out[0][0]
    assert "must be a cell's value, got an object with keys ['foo']" in out[0][0]
    assert "不是单元格的值" in out[1][0]
    assert out[2] == (8,)
    assert "不是单元格的值" in excel.HRSS_STAFF_QUOTA("社区", [[{"a": 1}]])[0][0]


# -- the calendar of HRSS_POLICY_CALENDAR ----------------------------------------------------


def test_the_working_day_functions_use_the_schedule_files_of_the_environment(tmp_path, monkeypatch):
    import json

    from .calendars import NEXT, invented_year

    data = invented_year(NEXT)
    (saturday,) = data["working_days"]
    day = dt.date.fromisoformat(saturday)
    schedule = tmp_path / f"{NEXT}.json"
    schedule.write_text(json.dumps(data), encoding="utf-8")
    monkeypatch.delenv("HRSS_POLICY_CALENDAR", raising=False)
    (refused,) = excel.HRSS_IS_WORKING_DAY([[day]])
    assert str(refused[0]).startswith("错误：")  # a year the shipped calendar does not hold
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", str(schedule))
    assert excel.HRSS_IS_WORKING_DAY([[day], [day + dt.timedelta(days=1)]]) == [(True,), (False,)]
    assert excel.HRSS_ADD_WORKING_DAYS(day - dt.timedelta(days=1), 1) == day
    assert excel.HRSS_WORKING_DAYS_BETWEEN(day - dt.timedelta(days=1), day) == 1
    deadline = hp.quarterly_report_deadline(NEXT, 1, calendar=hp.calendar_from_environment())
    assert excel.HRSS_QUARTERLY_DEADLINE(NEXT, 1) == deadline
    assert "调休上班" in excel.HRSS_EXPLAIN("HRSS_IS_WORKING_DAY", day)
    # A bad file named by the variable is an error in the cell, naming the variable.
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", str(tmp_path / "missing.toml"))
    (cell,) = excel.HRSS_IS_WORKING_DAY([[day]])
    assert str(cell[0]).startswith("错误：")
    assert "HRSS_POLICY_CALENDAR" in str(cell[0])
    assert excel.HRSS_STREET_QUOTA(45000) == 8  # functions without a calendar are unaffected


@pytest.mark.reading(id="R5")
def test_every_day_of_a_year_from_the_environment_is_judged_as_its_schedule_says(
    tmp_path_factory, monkeypatch
):
    import json

    from .calendars import NEXT, invented_year

    schedule = tmp_path_factory.mktemp("cal") / f"{NEXT}.json"
    schedule.write_text(json.dumps(invented_year(NEXT)), encoding="utf-8")
    monkeypatch.setenv("HRSS_POLICY_CALENDAR", str(schedule))
    cal = hp.calendar_from_environment()

    @given(st.dates(dt.date(NEXT, 1, 1), dt.date(NEXT, 10, 31)), st.integers(0, 40))
    def law(day, n):
        assert excel.HRSS_IS_WORKING_DAY(day) == cal.is_working_day(day)
        assert excel.HRSS_ADD_WORKING_DAYS(day, n) == cal.add_working_days(day, n)
        end = day + dt.timedelta(days=n)
        if end.year == NEXT:
            assert excel.HRSS_WORKING_DAYS_BETWEEN(day, end) == cal.working_days_between(day, end)

    law()


# -- one pipeline: a single cell is a range of one cell ---------------------------------------

#: What Office.js may send besides values: error objects, typed values, objects with no
#: value, and Pyodide's JsNull for an empty cell.
JsNull = type("JsNull", (), {})
office_cell = st.sampled_from(
    [
        {"type": "Error", "errorType": "Div0"},
        {"type": "Error", "basicValue": "#N/A"},
        {"basicValue": 45000},
        {"basicValue": ""},
        {"foo": 1},
        JsNull(),
    ]
)


@given(st.sampled_from(excel.__all__), st.data())
def test_a_single_cell_gives_what_a_range_of_that_one_cell_gives(name, data):
    # One cell takes the steps of a column of one row: the same conversion, the same
    # order of refusals and, for the staffing functions, the rule's column form.
    f = getattr(excel, name)
    n_args = len(inspect.signature(f).parameters)
    cells = data.draw(st.lists(st.one_of(any_cell, office_cell), min_size=n_args, max_size=n_args))
    alone = f(*cells)
    ((in_range,),) = f(*[[[c]] for c in cells])
    assert alone == in_range
    assert type(alone) is type(in_range)


def test_an_excel_error_in_any_cell_of_a_row_comes_first_as_an_office_object_too():
    classic = excel.HRSS_STAFF_QUOTA("", "#DIV/0!")
    assert "service_recipients: the input cell holds the Excel error #DIV/0!" in classic
    office = {"type": "Error", "errorType": "Div0"}
    assert excel.HRSS_STAFF_QUOTA("", office) == classic
    assert excel.HRSS_STAFF_QUOTA([[None], ["社区"]], [[office], [office]]) == [
        (classic,),
        (classic,),
    ]


def test_of_several_refused_cells_in_a_row_the_first_argument_is_named_whatever_they_hold():
    for second in ("many", {"foo": 1}):
        out = excel.HRSS_SUBSIDY_CITY("x", second)
        assert is_error(out)
        assert "full_time must be a whole number, got 'x'" in out


def test_an_int_cell_and_an_equal_float_cell_are_each_refused_in_their_own_words():
    # Equal cells are converted once, but 3 and 3.0 are not the same cell.
    day = excel.HRSS_IS_WORKING_DAY([[3], [3.0], [3]])
    assert day[0] == day[2]
    assert day[0][0].endswith("got 3")
    assert day[1][0].endswith("got 3.0")
    year = excel.HRSS_QUARTERLY_DEADLINE([[10**15], [1e15]], 3)
    assert "got 1000000000000000" in year[0][0]
    assert "got 1000000000000000.0" in year[1][0]


def test_a_formula_over_a_column_mostly_empty_gives_empty_rows_and_the_values():
    column = [[6000], [None], ["#N/A"], [JsNull()], [{"basicValue": 12000}]] + [[None]] * 995
    out = excel.HRSS_STREET_QUOTA(column)
    assert out[:2] == [(1,), (None,)]
    assert "#N/A" in out[2][0]
    assert out[3:5] == [(None,), (2,)]
    assert out[5:] == [(None,)] * 995


@given(
    st.lists(
        st.one_of(
            st.integers(-(2**60), 2**60),
            st.floats(allow_nan=True, allow_infinity=True),
            st.integers(-(2**53), 2**53).map(float),
            st.booleans(),
            st.sampled_from(["7", None]),
        ),
        max_size=6,
    )
)
def test_whole_numbers_are_each_cell_as_number_reads_it_or_the_cells_as_they_are(cells):
    p = excel._SHEETS["HRSS_STREET_QUOTA"].params[0]
    out = whole_numbers(cells)
    if out is cells:
        return
    assert all(type(c) is float and c.is_integer() for c in cells)
    assert all(type(n) is int for n in out)
    assert out == [int(c) for c in cells]
    exact = [c for c in cells if abs(c) <= EXACT_LIMIT]
    assert [number(p, c) for c in exact] == [int(c) for c in exact]


@pytest.mark.parametrize("name", sorted(n for n, s in excel._SHEETS.items() if s.column))
@pytest.mark.parametrize(
    "bad", [EXACT_LIMIT + 1, -1, -(EXACT_LIMIT + 1), True, 1.0, 1.5, "7", None, float("nan")]
)
def test_a_column_form_refuses_every_column_with_a_cell_it_does_not_take(name, bad):
    # It is given the cells as they come: a cell a count may not be is refused by it, and
    # the cells are then read and worded one by one.
    column = excel._SHEETS[name].column
    assert column is not None
    with pytest.raises((TypeError, ValueError)):
        column([6000, bad])
