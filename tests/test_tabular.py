"""Reading a units table as spreadsheets export it, and writing results safely."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import tabular as tabular

HEADER = "kind,place,district,service_recipients"


def read(text: str):
    return tabular.read_units(text)


def test_a_minimal_row_becomes_a_unit_with_nothing_else_reported():
    (u,) = read(HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\n")
    assert (u.kind, u.place, u.district, u.service_recipients) == (
        hp.UnitKind.DISTRICT_STREET,
        "拱北",
        "香洲",
        45000,
    )
    assert u.actual_staff is None
    assert u.coordinators is None
    assert u.premises is None


def test_chinese_headers_and_chinese_kind_labels_are_accepted():
    (u,) = read("类型,名称,区,服务对象,实有人数\n社区,夏湾,,9000,2\n")
    assert u.kind is hp.UnitKind.COMMUNITY
    assert u.actual_staff == 2


def test_coordinator_counts_become_a_roster_of_counts():
    text = (
        HEADER
        + ",full_time_coordinators,part_time_coordinators,part_time_public_servants\nCOMMUNITY,夏湾,,9000,1,2,1\n"
    )
    (u,) = read(text)
    assert u.coordinators == hp.Roster.from_counts(
        full_time=1, part_time=2, part_time_public_servants=1
    )


@pytest.mark.reading(id="R3")
def test_a_full_time_public_servant_column_reaches_every_reading_of_the_funding_clause():
    """三（五）, R3: full-time public servants are a column too, in Chinese or not."""
    import attrs

    (u,) = read("类型,名称,区,服务对象,专职协理员,专职公职人员,增员已批准\n社区,夏湾,,9000,1,1,\n")
    assert u.coordinators == hp.Roster.from_counts(full_time=1, full_time_public_servants=1)
    assert u.extra_staff_approved is None  # a blank cell is not reported, never "否"
    counted = hp.inspect_unit(u).subsidy
    unpaid = attrs.evolve(hp.PLAN_2011, full_time_public_servant_paid=False)
    barred = hp.inspect_unit(u, params=unpaid).subsidy
    assert counted is not None
    assert barred is not None
    assert (counted.city, barred.city) == (2000, 1000)


def test_a_hundred_billion_coordinators_cost_what_one_does():
    text = HEADER + f",full_time_coordinators\nCOMMUNITY,夏湾,,9000,{10**11}\n"
    (u,) = read(text)
    assert u.coordinators.heads == 10**11
    inspection = hp.inspect_unit(u)
    assert inspection.subsidy.city == 1000 * 10**11


def test_premises_columns_become_premises_and_equipment_is_read_by_label():
    text = (
        HEADER
        + ",floor_area_m2,service_windows,equipment\nDISTRICT_TOWN,井岸,斗门,30000,299.5,2,电脑、打印机；传真机\n"
    )
    (u,) = read(text)
    assert u.premises.floor_area_m2 == Decimal("299.5")
    assert u.premises.equipment == {hp.Equipment.COMPUTER, hp.Equipment.PRINTER, hp.Equipment.FAX}


def test_yes_and_no_are_read_in_chinese_and_english():
    text = (
        HEADER
        + ",dedicated_office,co_located\nVILLAGE,莲江,,3000,否,是\nVILLAGE,西埔,,3000,N,yes\n"
    )
    a, b = read(text)
    assert (a.premises.dedicated_office, a.premises.co_located) == (False, True)
    assert (b.premises.dedicated_office, b.premises.co_located) == (False, True)


def test_blank_lines_are_skipped_and_cells_are_trimmed():
    (u,) = read(HEADER + "\n\n DISTRICT_STREET , 拱北 , 香洲 , 45000 \n,,,\n")
    assert u.place == "拱北"


def test_every_problem_of_a_bad_file_is_reported_with_its_line_at_once():
    text = (
        HEADER
        + ",actual_staff\nDISTRICT_STREET,拱北,香洲,45000.5,2\nNOPE,吉大,香洲,100,x\nDISTRICT_STREET,,香洲,100,1\n"
    )
    with pytest.raises(tabular.TableError) as info:
        read(text)
    lines = [p.line for p in info.value.problems]
    assert lines == [2, 3, 3, 4]
    messages = " | ".join(p.message for p in info.value.problems)
    assert "service_recipients: '45000.5' is not a whole number" in messages
    assert "unknown unit kind 'NOPE'" in messages
    assert "actual_staff: 'x' is not a whole number" in messages
    assert "place is required and empty" in messages


def test_a_missing_required_column_is_a_header_problem_on_line_1():
    with pytest.raises(tabular.TableError) as info:
        read("kind,place\nCOMMUNITY,夏湾\n")
    ((problem),) = info.value.problems
    assert (problem.where, problem.message) == (
        "1",
        "missing required column(s): district, service_recipients",
    )
    assert problem.message_zh == "缺少必填的列：区、服务对象"


def test_an_unknown_or_repeated_column_is_refused():
    with pytest.raises(tabular.TableError, match="unknown column 'staf'"):
        read(HEADER + ",staf\n")
    with pytest.raises(tabular.TableError, match="appears twice"):
        read(HEADER + ",服务对象\n")


def test_an_empty_file_is_refused():
    with pytest.raises(tabular.TableError, match="empty"):
        read("")


def test_a_row_longer_than_the_header_is_refused():
    with pytest.raises(
        tabular.TableError, match=r"column E, right of the header.s last column \(4 columns\)"
    ):
        read(HEADER + "\nCOMMUNITY,夏湾,,9000,1\n")


def test_coordinators_on_a_street_agency_are_refused_with_the_reason():
    with pytest.raises(tabular.TableError, match="community/village stations"):
        read(HEADER + ",full_time_coordinators\nDISTRICT_STREET,拱北,香洲,45000,1\n")


def test_a_payment_with_fractions_of_a_fen_is_refused():
    with pytest.raises(tabular.TableError, match="2 decimal places"):
        read(HEADER + ",district_paid\nCOMMUNITY,夏湾,,9000,1000.005\n")


def test_utf8_with_a_bom_and_gbk_decode_to_the_same_text():
    text = "类型,名称,区,服务对象\n社区,夏湾,,9000\n"
    assert tabular.decode(b"\xef\xbb\xbf" + text.encode("utf-8")) == text
    assert tabular.decode(text.encode("gbk")) == text
    assert tabular.decode(text.encode("gbk"), "gbk") == text


def test_a_wrongly_named_encoding_is_refused_clearly():
    with pytest.raises(hp.PolicyError, match="not valid utf-8"):
        tabular.decode("社区".encode("gbk"), "utf-8")
    with pytest.raises(hp.PolicyError, match="unknown encoding"):
        tabular.decode(b"x", "klingon")


@pytest.mark.parametrize("lead", ["=", "+", "-", "@", "\t", "\r"])
def test_a_cell_a_spreadsheet_would_run_as_a_formula_is_neutralised(lead):
    # A tab or carriage return is also shown escaped: a cell is one line as it reads.
    shown = {"\t": "\\t", "\r": "\\r"}.get(lead, lead)
    assert tabular.csv_safe(lead + "SUM(A1)") == "'" + shown + "SUM(A1)"


def test_ordinary_cells_are_left_alone():
    assert tabular.csv_safe("拱北") == "拱北"
    assert tabular.csv_safe(8) == "8"
    assert tabular.csv_safe(None) == ""


@given(st.text(max_size=20))
def test_no_written_cell_ever_starts_with_a_formula_character(cell):
    out = tabular.write_csv(["a"], [[cell]])
    body = out.split("\n", 1)[1].lstrip('"')
    assert not body[:1] or body[0] not in "=+-@\t\r"


def test_the_shipped_sample_reads_without_a_problem():
    from importlib import resources

    data = resources.files("hrss_policy").joinpath("data", "zhuhai_2011_sample.csv").read_bytes()
    units = read(tabular.decode(data))
    assert len(units) >= 30
    # Streets under a functional zone are left out rather than invented for the sample.
    assert {u.kind for u in units} == set(hp.UnitKind) - {hp.UnitKind.ZONE_STREET}


def test_inspecting_a_table_gives_one_inspection_per_row():
    inspections = tabular.inspect_table(
        HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\nCOMMUNITY,夏湾,,9000\n"
    )
    assert [i.quota.staff for i in inspections] == [8, 1]


def test_inspecting_a_table_refuses_a_unit_that_cannot_be_named_on_its_line():
    with pytest.raises(tabular.TableError) as info:
        tabular.inspect_table(
            HEADER + "\nDISTRICT_STREET,拱北,香洲,45000\nDISTRICT_TOWN,白蕉,,100\n"
        )
    ((problem),) = info.value.problems
    assert problem.line == 3
    assert "district" in problem.message


def test_the_problems_of_a_table_are_reported_in_the_order_of_its_lines():
    # Units are refused after every row is read; each refusal still comes in its line's place.
    rows = ["DISTRICT_TOWN,白蕉,,100", "COMMUNITY,夏湾,,-1", "DISTRICT_TOWN,井岸,,100",
            "COMMUNITY,夏湾,,九千"]  # fmt: skip
    with pytest.raises(tabular.TableError) as info:
        tabular.inspect_table("\n".join([HEADER, *rows]) + "\n")
    problems = info.value.problems
    assert [p.line for p in problems] == [2, 3, 4, 5]
    assert ["district" in p.message for p in problems] == [True, False, True, False]


_GROUP_HEADER = [
    "kind",
    "place",
    "district",
    "service_recipients",
    "full_time_coordinators",
    "part_time_coordinators",
    "floor_area_m2",
    "equipment",
    "dedicated_office",
    "network_connected",
    "business_systems",
    "trained_staff",
    "one_stop",
]
_GROUP_CELLS = [
    st.sampled_from(["COMMUNITY", "DISTRICT_STREET", "VILLAGE"]),
    st.just("夏湾"),
    st.sampled_from(["", "香洲"]),
    st.sampled_from(["9000", "45000"]),
    st.sampled_from(["", "0", "1", "2", " 1", "x", "1.5"]),
    st.sampled_from(["", "0", "1"]),
    st.sampled_from(["", "320", "320.0", "299.5", "-1"]),
    st.sampled_from(["", "电脑、打印机", "电脑,打印机", "无", "飞机"]),
    st.sampled_from(["", "是", "否", " 是", "也许"]),
    st.sampled_from(["", "是", "否", "Y"]),
    st.sampled_from(["", "就业、社会保险", "就业", "无", "x"]),
    st.sampled_from(["", "0", "3", "9" * 20]),
    st.sampled_from(["", "是", "否"]),
]


def _outcome(result):
    if isinstance(result, list):
        return [(p.where, p.message, p.message_zh) for p in result]
    return result


@given(st.lists(st.tuples(*_GROUP_CELLS).map(list), max_size=12))
def test_a_unit_read_by_a_reader_that_remembers_is_the_unit_read_afresh(rows):
    reader = tabular.RowReader(_GROUP_HEADER)
    for line, cells in enumerate(rows, start=2):
        remembered = reader.unit(line, cells)
        fresh = tabular.RowReader(_GROUP_HEADER).unit(line, cells)
        assert _outcome(remembered) == _outcome(fresh)
