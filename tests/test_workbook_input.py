"""Units workbooks read whole or refused whole: every cell, whatever the file declares.

Built part by part (``tests/xlsxkit.py``) as careless and hostile tools write them: a stale
``<dimension>``, merged cells, formulas with no saved value, Excel's error values, data
under a blank header cell, hidden sheets, damaged parts, DTDs, parts that inflate a
thousandfold, a cell at XFD1048576. The law (generated, from ``tests/fuzzkit.py``): the
command reads the workbook or refuses it with exit 2 — every problem at ``FILE:SHEET!CELL``
— and never reports an internal error. The same header rules hold for CSV.
"""

from __future__ import annotations

import io
import json
import warnings
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hrss_policy.cli import main
from hrss_policy.tabular import ooxml
from hrss_policy.tabular import xlsx as _xlsx
from hrss_policy.tabular.source import open_source

from . import fuzzkit
from . import xlsxkit as k
from .xlsxkit import Error, Formula, Raw, Shared, Sheet, build, header_and_rows


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def inspect(tmp_path: Path, data: bytes, *extra: str, name: str = "u.xlsx") -> tuple[int, str, str]:
    path = tmp_path / name
    path.write_bytes(data)
    return run("inspect", str(path), "--format", "json", *extra)


def ids(out: str) -> list[str]:
    return [u["id"] for u in json.loads(out)["units"]]


ROWS = header_and_rows(3)


def rows() -> list[list[object]]:
    return [list(r) for r in ROWS]


# -- every cell, whatever the sheet declares ------------------------------------------------


@pytest.mark.parametrize("dimension", ["A1", "A1:F2", "A1:E4", "A1:B1", "B2:C3", "A1:XFD1048576"])
def test_every_row_and_column_is_read_whatever_the_dimension_declares(tmp_path, dimension):
    status, out, err = inspect(tmp_path, build([Sheet("单位", rows(), dimension=dimension)]))
    assert status == 0, err
    assert ids(out) == ["U1", "U2", "U3"]
    assert [u["actual_staff"] for u in json.loads(out)["units"]] == [7, 7, 7]


def test_a_cell_merged_down_a_column_is_read_in_every_row_it_covers(tmp_path):
    r = rows()
    r[2][4] = r[3][4] = None
    status, out, err = inspect(tmp_path, build([Sheet("单位", r, merges=["E2:E4"])]))
    assert status == 0, err
    assert [u["area"] for u in json.loads(out)["units"]] == ["香洲区"] * 3


def test_a_cell_merged_across_columns_is_refused_at_its_cell(tmp_path):
    r = rows()
    r[2][2] = None
    status, out, err = inspect(tmp_path, build([Sheet("单位", r, merges=["B3:C3"])]))
    assert (status, out) == (2, "")
    assert (
        f"{tmp_path / 'u.xlsx'}:单位!C3: 该单元格与相邻单元格合并（B3:C3），请取消合并并逐列填写"
        in err
    )


def test_a_title_merged_across_the_top_is_passed_over(tmp_path):
    r = [["2012年第3季度单位表"], *rows()]
    status, out, err = inspect(tmp_path, build([Sheet("单位", r, merges=["A1:G1"])]))
    assert status == 0, err
    assert ids(out) == ["U1", "U2", "U3"]


def test_a_formula_is_read_by_its_saved_value_and_refused_without_one(tmp_path):
    r = rows()
    r[1][6] = Formula("3+4", 7)
    r[2][2] = Formula('"吉"&"大"', "吉大")
    status, out, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 0, err
    r[3][6] = Formula("3+4")
    status, out, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert (status, out) == (2, "")
    first = err.splitlines()[0]
    assert first.startswith(
        f"{tmp_path / 'u.xlsx'}:单位!G4: 该单元格是公式，但文件中没有保存其计算结果"
    )
    assert "在Excel或WPS中打开并保存" in first


@pytest.mark.parametrize(
    "code", ["#N/A", "#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#NULL!", "#NUM!"]
)
@pytest.mark.parametrize("column", [0, 2, 3, 4, 5])
def test_an_excel_error_value_is_refused_wherever_it_is(tmp_path, code, column):
    r = rows()
    r[2][column] = Error(code)
    status, out, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert (status, out) == (2, "")
    assert err.splitlines()[0] == (
        f"{tmp_path / 'u.xlsx'}:单位!{k.col(column)}3: 该单元格是Excel错误值{code}，不是有效内容；"
        "请改正公式或直接填写数值"
    )


def test_data_under_a_blank_header_cell_or_left_of_the_header_is_refused(tmp_path):
    r = rows()
    r[0][6] = None
    status, _, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 2
    assert "单位!G2: 表头只有6列，G列在表头最后一列的右侧" in err
    r = rows()
    r[0][4] = None
    status, _, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 2
    assert "单位!E2: E列的表头为空，该列的数据没有对应的列名；请补上列名或删去该值" in err
    r = [[None, None, *row] for row in rows()]
    r[2][0] = "备注"
    status, _, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 2
    assert err.splitlines()[0].endswith(
        "单位!A3: A列的表头为空，该列的数据没有对应的列名；请补上列名或删去该值"
    )
    del r[2][0]  # the header may start in column C when nothing is left of it
    r[2].insert(0, None)
    status, _out, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 0, err


def test_a_csv_file_has_the_same_header_rules(tmp_path):
    f = tmp_path / "u.csv"
    f.write_text("编号,类型,名称,区,服务对象,\nU1,行政区街道,拱北,香洲,45000,7\n", "utf-8")
    status, _, err = run("inspect", str(f))
    assert status == 2
    assert f"{f}:2: F列的表头为空，该列的数据没有对应的列名" in err
    f.write_text(",,编号,类型,名称,区,服务对象\n备注,,U1,行政区街道,拱北,香洲,45000\n", "utf-8")
    status, _, err = run("inspect", str(f))
    assert status == 2
    assert f"{f}:2: A列的表头为空" in err
    f.write_text(
        "2012年第3季度单位表,,,\n\n编号,类型,名称,区,服务对象\nU1,行政区街道,拱北,香洲,x\n", "utf-8"
    )
    status, _, err = run("inspect", str(f))
    assert status == 2
    assert (
        err.splitlines()[0] == f"{f}:4: 服务对象应为不小于0的整数（只写数字，不加分隔符），收到“x”"
    )


def test_a_title_row_is_passed_over_in_a_large_csv_file_read_by_workers(tmp_path):
    f = tmp_path / "big.csv"
    body = "".join(f"U{i},社区,夏湾,,9000\n" for i in range(60_000))
    f.write_text("单位表（示意）\n编号,类型,名称,区,服务对象\n" + body, "utf-8")
    status, out, err = run("inspect", str(f), "--format", "csv", "--jobs", "2")
    assert status == 0, err
    assert len(out.splitlines()) == 60_001


def test_the_first_visible_sheet_is_read_and_a_hidden_one_only_when_named(tmp_path):
    old = Sheet("旧表", [["类型", "名称", "区", "服务对象"]], state="hidden")
    chart_free = build([old, Sheet("单位", rows())])
    status, out, err = inspect(tmp_path, chart_free)
    assert status == 0, err
    assert ids(out) == ["U1", "U2", "U3"]
    status, out, err = inspect(tmp_path, chart_free, "--sheet", "旧表")
    assert status == 0, err
    assert ids(out) == []
    hidden = build([Sheet("单位", rows(), state="hidden")])
    status, _, err = inspect(tmp_path, hidden)
    assert status == 2
    assert "该工作簿没有可见的工作表，请用 --sheet 指定要读取的工作表" in err


def test_cells_in_a_sheet_written_with_a_namespace_prefix_are_read(tmp_path):
    status, out, err = inspect(tmp_path, build([Sheet("单位", rows(), prefix="x:")]))
    assert status == 0, err
    assert ids(out) == ["U1", "U2", "U3"]


def test_dates_and_shared_strings_are_read_as_excel_holds_them():
    data = build(
        [
            Sheet(
                "单位",
                [["a", Shared(0)], [Raw("<v>45577</v>", ' s="1"'), Raw("<v>0</v>", ' s="2"')]],
            )
        ],
        shared=["拱北"],
    )
    source = open_source("-", stdin=io.BytesIO(data))
    import datetime as dt

    assert list(source.records()) == [
        (1, ["a", "拱北"]),
        (2, [dt.datetime(2024, 10, 12), dt.datetime(1899, 12, 30)]),
    ]


# -- damaged workbooks: exit 2 with a message, never "a bug in this tool" -------------------


def _mutated(part: str, change) -> bytes:
    import zipfile

    good = build([Sheet("单位", rows())])
    zin = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as z:
        for info in zin.infolist():
            data = zin.read(info.filename)
            z.writestr(info.filename, change(data) if info.filename == part else data)
    return out.getvalue()


@pytest.mark.parametrize(
    "part",
    ["xl/worksheets/sheet1.xml", "xl/styles.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"],
)
def test_a_truncated_part_is_refused_as_a_damaged_workbook(tmp_path, part):
    status, out, err = inspect(tmp_path, _mutated(part, lambda d: d[: len(d) // 2]))
    assert (status, out) == (2, "")
    assert f"该文件不是可读取的.xlsx工作簿（{part}" in err or "工作表“单位”不是格式正确的XML" in err


def test_a_missing_part_is_refused_naming_it(tmp_path):
    data = build([Sheet("单位", rows())], parts={"xl/worksheets/sheet1.xml": None})
    status, _, err = inspect(tmp_path, data)
    assert status == 2
    assert "缺少xl/worksheets/sheet1.xml部分" in err


@pytest.mark.parametrize(
    ("cell", "message"),
    [
        (Raw("<v>abc</v>"), "数值单元格的内容“abc”不是Excel能保存的数值"),
        (Raw("<v>NaN</v>"), "数值单元格的内容“NaN”不是Excel能保存的数值"),
        (Raw("<v>-inf</v>"), "数值单元格的内容“-inf”不是Excel能保存的数值"),
        (Raw("<v>1e999</v>"), "数值单元格的内容“1e999”不是Excel能保存的数值"),
        (Raw("<v>2</v>", ' t="b"'), "逻辑值单元格的内容“2”无效"),
        (Raw("<v>x</v>", ' t="d"'), "日期单元格的内容“x”无效"),
        (Raw("<v>1</v>", ' t="zz"'), "单元格类型“zz”无法识别"),
        (Shared(5), "该单元格引用的共享字符串“5”在工作簿中不存在"),
        (Shared(-1), "该单元格引用的共享字符串“-1”在工作簿中不存在"),
        (Shared("x"), "该单元格引用的共享字符串“x”在工作簿中不存在"),
        (Raw("<v>" + "9" * 5000 + "</v>"), None),
    ],
)
def test_a_cell_excel_could_not_have_written_is_a_problem_of_its_cell(tmp_path, cell, message):
    r = rows()
    r[2][5] = cell
    status, out, err = inspect(tmp_path, build([Sheet("单位", r)], shared=["拱北"]))
    assert (status, out) == (2, "")
    first = err.splitlines()[0]
    assert first.startswith(f"{tmp_path / 'u.xlsx'}:单位!F3: ")
    if message:
        assert message in first


@pytest.mark.parametrize("ref", ["1A", "A0", "A", "ZZZZ3", "a3", "A3:B3", "B2"])
def test_a_bad_cell_reference_is_refused_as_a_damaged_workbook(tmp_path, ref):
    xml = k.sheet_xml(Sheet("单位", rows())).replace('r="A3"', f'r="{ref}"', 1)
    status, out, err = inspect(
        tmp_path, build([Sheet("单位", rows())], parts={"xl/worksheets/sheet1.xml": xml})
    )
    assert (status, out) == (2, "")
    assert "该文件不是可读取的.xlsx工作簿（工作表“单位”第3行有无效的单元格引用" in err


def test_a_dtd_or_an_entity_is_refused_before_anything_is_expanded(tmp_path):
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa">'
        + "".join(
            f'<!ENTITY {c} "{("&" + p + ";") * 10}">'
            for p, c in zip("abcdefgh", "bcdefghi", strict=False)
        )
        + "]>"
    )
    data = build(
        [Sheet("单位", rows())], shared_xml=bomb + f"<sst {k._NS}><si><t>&i;</t></si></sst>"
    )
    status, _, err = inspect(tmp_path, data)
    assert status == 2
    assert "xl/sharedStrings.xml部分含有DTD或实体声明" in err
    xml = k.sheet_xml(Sheet("单位", rows())).replace(
        "?>", '?><!DOCTYPE x SYSTEM "file:///etc/passwd">'
    )
    status, _, err = inspect(
        tmp_path, build([Sheet("单位", rows())], parts={"xl/worksheets/sheet1.xml": xml})
    )
    assert status == 2
    assert "含有DTD或实体声明" in err


def test_an_encrypted_workbook_is_called_encrypted_not_xls(tmp_path):
    data = (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 1000 + "EncryptedPackage".encode("utf-16-le")
    )
    status, _, err = inspect(tmp_path, data)
    assert status == 2
    assert "该文件是设置了打开密码的（加密的）工作簿" in err
    assert ".xls" not in err.replace(".xlsx", "")


# -- amplifying workbooks: refused, or read in bounded time and memory ----------------------


def test_a_part_that_inflates_a_thousandfold_is_refused_unread(tmp_path):
    n = 2_000_000
    sst = f'<sst {k._NS} count="{n}">' + "<si><t/></si>" * n + "</sst>"
    status, _, err = inspect(tmp_path, build([Sheet("单位", rows())], shared_xml=sst))
    assert status == 2
    assert f"xl/sharedStrings.xml部分解压后超过压缩大小的{_xlsx.MAX_RATIO}倍" in err
    xml = k.sheet_xml(Sheet("单位", rows())).replace(
        "</sheetData>", "</sheetData>" + " " * 50_000_000
    )
    status, _, err = inspect(
        tmp_path, build([Sheet("单位", rows())], parts={"xl/worksheets/sheet1.xml": xml})
    )
    assert status == 2
    assert "xl/worksheets/sheet1.xml部分解压后超过压缩大小" in err


def test_shared_strings_cost_their_text_not_an_object_each(tmp_path):
    n = 200_000
    data = build(
        [Sheet("单位", [*rows(), ["U9", "社区", Shared(n - 1), None, None, 9000]])],
        shared=[f"s{i}" for i in range(n - 1)] + ["夏湾"],
    )
    path = tmp_path / "many.xlsx"
    path.write_bytes(data)
    book = _xlsx.Book(lambda: path.open("rb"), str(path))
    assert book.string(n - 1) == "夏湾"
    assert book.string(n) is None
    peak = fuzzkit.peak_bytes(lambda: _xlsx.Book(lambda: path.open("rb"), str(path)))
    assert peak < 40 * n  # about 4 bytes of text and 8 of offset per string, and parsing


def test_a_stray_cell_at_xfd1048576_is_one_problem_not_a_million_rows(tmp_path):
    sheet = Sheet("单位", rows(), cells={"XFD1048576": 1}, dimension="A1:XFD1048576")
    status, _, err = inspect(tmp_path, build([sheet]))
    assert status == 2
    assert err.splitlines()[0].endswith(
        "单位!XFD1048576: 表头只有7列，XFD列在表头最后一列的右侧，该列的数据没有对应的列名；请补上列名或删去该值"
    )


def test_the_workbook_s_own_parts_are_read_once(tmp_path, monkeypatch):
    opened: list[str] = []
    real = _xlsx.Book._blocks

    def counting(self, z, part):
        opened.append(part)
        return real(self, z, part)

    monkeypatch.setattr(_xlsx.Book, "_blocks", counting)
    status, _, err = inspect(tmp_path, build([Sheet("单位", rows())], shared=["x"]))
    assert status == 0, err
    for part in ("xl/workbook.xml", "xl/styles.xml", "xl/sharedStrings.xml"):
        assert opened.count(part) == 1, opened


# -- messages that say where --------------------------------------------------------------


def test_a_sheet_name_with_an_exclamation_mark_is_quoted_as_excel_quotes_it(tmp_path):
    r = rows()
    r[2][5] = "many"
    status, _, err = inspect(tmp_path, build([Sheet("a!b", r)]))
    assert status == 2
    assert err.splitlines()[0].startswith(f"{tmp_path / 'u.xlsx'}:'a!b'!F3: ")
    assert _xlsx.cell_name("it's", 0, 1) == "'it''s'!A1"
    assert _xlsx.cell_name("单位", None, 12) == "单位!12:12"
    assert _xlsx.cell_name("A1", 1, 2) == "'A1'!B2"


def test_a_problem_of_the_whole_row_names_the_row_not_column_a(tmp_path):
    data = build(
        [Sheet("单位", [["类型", "名称", "区", "服务对象"], ["社区", "夏湾", "香洲", 9000]])]
    )
    status, _, err = inspect(tmp_path, data)
    assert status == 2
    assert err.splitlines()[0].startswith(f"{tmp_path / 'u.xlsx'}:单位!2:2: 社区的名称不冠区名")


def test_reading_a_workbook_prints_no_warning_of_another_library(tmp_path):
    extra = k.sheet_xml(Sheet("单位", rows())).replace(
        "</worksheet>",
        '<dataValidations count="1"><dataValidation type="list" sqref="B2:B9"><formula1>"社区,村"</formula1>'
        '</dataValidation></dataValidations><extLst><ext uri="{x}"/></extLst></worksheet>',
    )
    data = build([Sheet("单位", rows())], parts={"xl/worksheets/sheet1.xml": extra})
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        status, _, err = inspect(tmp_path, data)
    assert status == 0, err
    assert err == ""


# -- the law, over generated workbooks ------------------------------------------------------


workbooks = st.composite(fuzzkit.hostile_workbook)


@settings(deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow])
@given(workbooks())
def test_whatever_the_workbook_the_command_reads_it_or_refuses_it_at_its_cells(
    tmp_path_factory, drawn
):
    book, faults = drawn
    path = tmp_path_factory.mktemp("wb") / "u.xlsx"
    path.write_bytes(book)
    with fuzzkit.time_bound(fuzzkit.HANG_SECONDS):
        status, out, err = run("inspect", str(path), "--format", "json")
    assert status in (0, 2), (faults, err)
    if status == 2:
        assert out == ""
        assert all(line.startswith(f"{path}:") for line in err.splitlines()), err
    else:
        assert len(json.loads(out)["units"]) >= 1
    refused = {
        "formula without value", "error value", "merged across", "blank header cell",
        "offset header", "stray far cell", "bad cell reference", "number not a number",
        "shared string out of range", "dtd", "truncated part", "inflating part",
    }  # fmt: skip
    if faults & refused:
        assert status == 2, (faults, out)
    elif not faults & {"sheet name with !"}:
        assert status == 0, (faults, err)


def test_a_value_outside_the_header_is_reported_with_the_row_s_other_problems(tmp_path):
    r = rows()
    r[0][4] = None
    r[1][5] = "many"
    r[1].append("备注")
    status, _, err = inspect(tmp_path, build([Sheet("单位", r)]))
    assert status == 2
    where = [line.split(": ")[0].rpartition(":")[2] for line in err.splitlines()[:-1]]
    assert where == ["单位!E2", "单位!F2", "单位!H2", "单位!E3", "单位!E4"]


def test_a_range_merged_over_the_whole_sheet_costs_no_more_than_its_rows(tmp_path):
    r = [["2012年第3季度单位表"], *rows()]
    for row in r[1:]:
        row.append(None)
    sheet = Sheet("单位", r, merges=["A1:XFD1", "H2:XFD1048576"])
    status, out, err = inspect(tmp_path, build([sheet]))
    assert status == 0, err
    assert ids(out) == ["U1", "U2", "U3"]
    book = _xlsx.Book(lambda: io.BytesIO(build([sheet])), "u.xlsx")
    widths = [len(cells) for _, cells in book.rows(book.sheets[0])]
    assert max(widths) <= len(k.HEADER) + ooxml.MERGE_MARKED + 1


def test_a_cell_merged_from_the_last_column_into_one_with_no_header_is_refused(tmp_path):
    # Found by the generated law: 实有人数 (G) merged into H, a column with no header, read
    # as if nothing were merged. A merge wholly outside the table stays harmless (above).
    sheet = Sheet("单位", rows(), merges=["G2:H2"])
    status, _, err = inspect(tmp_path, build([sheet]))
    assert status == 2
    assert "单位!H2: 该单元格与相邻单元格合并（G2:H2），请取消合并并逐列填写" in err
