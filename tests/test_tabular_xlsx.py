"""Units tables kept in Excel: .xlsx read as CSV is, cells as Excel holds them."""

from __future__ import annotations

import datetime as dt
import io
import json
import sys
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given
from hypothesis import strategies as st

import hrss_policy as hp
from hrss_policy import tabular as tabular
from hrss_policy.cli import main

DATA = Path(__file__).resolve().parents[1] / "src/hrss_policy/data"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def workbook(
    path: Path, rows: list[list[object]], *, title: str = "单位", other: str | None = None
):
    book = openpyxl.Workbook()
    ws = book.active
    ws.title = title
    for row in rows:
        ws.append(row)
    if other:
        book.create_sheet(other).append(["类型", "名称", "区", "服务对象"])
    book.save(path)
    return path


def test_a_workbook_is_read_as_its_csv_export_is(tmp_path: Path):
    book = workbook(
        tmp_path / "units.xlsx",
        [
            [
                "类型",
                "名称",
                "区",
                "服务对象",
                "实有人数",
                "建筑面积",
                "区级实付",
                "专门办公室",
                "专职协理员",
            ],
            ["行政区街道", "拱北", "香洲", 45000, 8, 320.5, None, None, None],
            ["社区", "夏湾", None, 9500.0, 2, None, Decimal("1800.00"), True, 1],
        ],
    )
    csv = tmp_path / "units.csv"
    csv.write_text(
        "类型,名称,区,服务对象,实有人数,建筑面积,区级实付,专门办公室,专职协理员\n"
        "行政区街道,拱北,香洲,45000,8,320.5,,,\n社区,夏湾,,9500,2,,1800.00,是,1\n",
        "utf-8",
    )
    a = run("inspect", str(book), "--format", "json")
    b = run("inspect", str(csv), "--format", "json")
    assert a[0] == b[0] == 0, a[2] + b[2]
    assert json.loads(a[1])["units"] == json.loads(b[1])["units"]


def test_the_shipped_sample_workbook_holds_the_same_units_as_the_csv():
    a = run("inspect", str(DATA / "zhuhai_2011_sample.xlsx"), "--format", "json")
    b = run("inspect", "--format", "json")
    assert a[0] == b[0] == 0, a[2] + b[2]
    assert json.loads(a[1])["units"] == json.loads(b[1])["units"]
    book = openpyxl.load_workbook(DATA / "zhuhai_2011_sample.xlsx")
    ws = book["单位"]
    assert [c.value for c in ws[1]][:4] == ["编号", "类型", "名称", "区"]
    assert ws["F2"].value == 45000  # a number, as Excel holds it
    assert "示意" in (DATA / "README.md").read_text("utf-8")


def test_every_problem_of_a_workbook_is_named_by_sheet_and_cell(tmp_path: Path):
    book = workbook(
        tmp_path / "bad.xlsx",
        [
            ["类型", "名称", "区", "服务对象", "实有人数", "专门办公室"],
            ["社区", "夏湾", None, 9000.5, 1, "也许"],
            ["NOPE", "景山", None, 6200, True, None],
            ["社区", None, None, 6200, 1, None],
        ],
    )
    status, out, err = run("inspect", str(book))
    assert status == 2
    assert out == ""
    assert err.splitlines() == [
        f"{book}:单位!D2: 服务对象应为不小于0的整数（只写数字，不加分隔符），收到“9000.5”",
        f"{book}:单位!F2: 专门办公室应填写是或否（也可写Y/N、true/false、1/0），收到“也许”",
        f"{book}:单位!A3: 无法识别的单位类型“NOPE”；可填写：行政区街道、行政区镇、"
        "经济功能区（区镇合一）、经济功能区下辖镇、经济功能区下辖街道、社区、村",
        f"{book}:单位!E3: 实有人数应为整数，收到“True”",
        f"{book}:单位!B4: 名称为必填项，不能为空",
        f"{book}: 共5处问题，未作检查，请改正后重试",
    ]


def test_a_title_row_above_the_header_is_allowed_and_positions_stay_true(tmp_path: Path):
    book = workbook(
        tmp_path / "titled.xlsx",
        [
            ["2012年第3季度单位表"],
            [],
            ["类型", "名称", "区", "服务对象"],
            ["社区", "夏湾", None, "many"],
        ],
    )
    status, _, err = run("inspect", str(book))
    assert status == 2
    assert err.splitlines()[0] == (
        f"{book}:单位!D4: 服务对象应为不小于0的整数（只写数字，不加分隔符），收到“many”"
    )
    fixed = workbook(
        tmp_path / "titled-ok.xlsx",
        [
            ["2012年第3季度单位表"],
            [],
            ["类型", "名称", "区", "服务对象"],
            ["社区", "夏湾", None, 9000],
        ],
    )
    status, out, err = run("inspect", str(fixed), "--format", "json")
    assert status == 0, err
    assert [u["name"] for u in json.loads(out)["units"]] == ["夏湾社区人力资源和社会保障服务站"]


def test_the_sheet_is_chosen_by_name_and_an_unknown_sheet_lists_the_sheets(tmp_path: Path):
    book = workbook(tmp_path / "two.xlsx", [["说明"]], title="说明", other="单位表")
    status, out, err = run("inspect", str(book), "--sheet", "单位表", "--format", "json")
    assert status == 0, err
    assert json.loads(out)["units"] == []
    status, _, err = run("inspect", str(book), "--sheet", "明细")
    assert status == 2
    assert "工作簿中没有名为“明细”的工作表，现有工作表：说明、单位表" in err


def test_sheet_is_refused_for_a_csv_file(tmp_path: Path):
    f = tmp_path / "u.csv"
    f.write_text("kind,place,district,service_recipients\n", "utf-8")
    status, _, err = run("inspect", str(f), "--sheet", "单位")
    assert status == 2
    assert "--sheet 只适用于.xlsx工作簿" in err


def test_an_old_xls_file_and_a_broken_workbook_are_refused_with_what_to_do(tmp_path: Path):
    xls = tmp_path / "old.xls"
    xls.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100)
    status, _, err = run("inspect", str(xls))
    assert status == 2
    assert "旧版Excel格式（.xls），请另存为.xlsx" in err
    broken = tmp_path / "broken.xlsx"
    broken.write_bytes(b"PK\x03\x04" + b"\0" * 100)
    status, _, err = run("inspect", str(broken))
    assert status == 2
    assert "不是可读取的.xlsx工作簿" in err


def test_without_openpyxl_a_workbook_is_read_and_writing_one_names_the_extra(
    tmp_path: Path, monkeypatch
):
    book = workbook(
        tmp_path / "u.xlsx", [["类型", "名称", "区", "服务对象"], ["社区", "夏湾", None, 9000]]
    )
    monkeypatch.setitem(sys.modules, "openpyxl", None)
    status, _, err = run("inspect", str(book))
    assert status == 0, err
    out = str(tmp_path / "b.xlsx")
    status, _, err = run("bulletin", str(book), "--as-of", "2012-09-15", "-o", out)
    assert status == 2
    assert 'pip install "hrss-policy[xlsx]"' in err


def test_the_evidence_columns_of_the_register_have_chinese_headers_and_reach_the_unit():
    text = (
        "类型,名称,区,服务对象,四级联网,统一业务软件,业务系统,信息库和台账,网上服务,一站式服务,"
        "首问负责制,限时办结制,责任追究制,轮训人数,持证人数,经费列入预算\n"
        "行政区街道,拱北,香洲,45000,是,否,就业、社会保险,是,网上办事,是,是,否,是,7,8,是\n"
        "经济功能区（区镇合一）,横琴新区,,8000,,,,,,,,,,,,\n"
    )
    street, zone = tabular.read_units(text)
    assert street.informatization == hp.Informatization(
        network_connected=True,
        unified_software=False,
        business_systems=[hp.BusinessSystem.EMPLOYMENT, hp.BusinessSystem.SOCIAL_INSURANCE],
        ledgers_kept=True,
        online_services=[hp.OnlineService.ONLINE_PROCESSING],
    )
    assert street.service == hp.ServicePractice(
        one_stop=True,
        first_contact=True,
        time_limit=False,
        accountability=True,
        trained_staff=7,
        certified_staff=8,
    )
    assert street.funds_in_budget is True
    assert zone.informatization is None
    assert zone.service is None
    (merged,) = tabular.read_units(
        "类型,名称,区,服务对象,合并镇\n经济功能区（区镇合一）,横琴新区,,8000,横琴\n"
    )
    assert merged.merged_town == "横琴"
    (station,) = tabular.read_units("类型,名称,区,服务对象,人员已备案\n社区,夏湾,,9000,否\n")
    assert station.staffing_filed is False


def test_every_column_has_a_chinese_header_and_description():
    for column in tabular.COLUMNS:
        assert column.label
        assert all("\u4e00" <= ch <= "\u9fff" or ch in "（）" for ch in column.label)
        assert column.description


# -- cells as Excel holds them ---------------------------------------------------------------


def _reader() -> tabular.RowReader:
    return tabular.RowReader(
        ["类型", "名称", "区", "服务对象", "实有人数", "建筑面积", "区级实付"], sheet="S"
    )


@given(st.integers(min_value=0, max_value=2**53))
def test_a_whole_number_is_a_count_whether_excel_holds_it_as_int_or_float(n):
    for cell in (n, float(n)) if float(n) == n else (n,):
        (unit) = _reader().unit(2, ["社区", "夏湾", None, cell])
        assert unit.service_recipients == n


@given(st.floats(allow_nan=True, allow_infinity=True).filter(lambda x: not float(x).is_integer()))
def test_a_fractional_or_infinite_float_is_never_a_count(x):
    problems = _reader().unit(2, ["社区", "夏湾", None, x])
    assert isinstance(problems, list)
    assert problems[0].where == "S!D2"


@given(st.decimals(min_value=0, max_value=10**6, places=2, allow_nan=False))
def test_an_area_from_a_float_cell_is_the_number_excel_shows(area):
    shown = float(area)
    unit = _reader().unit(2, ["行政区街道", "拱北", "香洲", 1, None, shown])
    assert unit.premises.floor_area_m2 == Decimal(repr(shown))


def test_a_date_or_a_boolean_is_not_a_count():
    for cell in (dt.datetime(2024, 10, 12), True):
        problems = _reader().unit(2, ["社区", "夏湾", None, cell])
        assert isinstance(problems, list)


@pytest.mark.parametrize("paid", [1000.5, Decimal("1000.50"), 1000])
def test_an_amount_is_exact_to_the_fen(paid):
    unit = _reader().unit(2, ["社区", "夏湾", None, 9000, None, None, paid])
    assert unit.district_paid == Decimal(str(paid)).quantize(Decimal("0.01"))
