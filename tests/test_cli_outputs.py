"""The documents the command writes: the 报送 report and the 通报 as JSON, .xlsx and HTML.

Workbooks are opened with openpyxl and their cells checked; HTML is parsed; every JSON
document is validated against the schema shipped in the package.
"""

from __future__ import annotations

import datetime as dt
import io
import json
from html.parser import HTMLParser
from pathlib import Path

import jsonschema
import openpyxl
import pytest

import hrss_policy as hp
from hrss_policy.cli import main
from hrss_policy.cli.documents.records import SCHEMAS, schema

SAMPLE = str(Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv")
AS_OF = "2012-09-15"


def run(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    status = main(list(argv), out=out, err=err)
    return status, out.getvalue(), err.getvalue()


def valid(doc: dict, name: str) -> dict:
    jsonschema.validate(doc, schema(name), format_checker=jsonschema.FormatChecker())
    return doc


class Page(HTMLParser):
    """The tags, attributes and text of an HTML page."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def all(self, tag: str, **attrs: str) -> list[dict[str, str | None]]:
        return [
            a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())
        ]


def sample_inspections(as_of: dt.date) -> list[hp.Inspection]:
    from hrss_policy import tabular as tabular

    text = Path(SAMPLE).read_text("utf-8")
    return [hp.inspect_unit(u, as_of=as_of) for u in tabular.read_units(text)]


# -- JSON against the shipped schemas --------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "document"),
    [
        (["inspect", "--format", "json"], "inspection"),
        (["inspect", "--format", "json", "--as-of", AS_OF], "inspection"),
        (["report", "2012Q3", SAMPLE, "--district", "香洲区", "--format", "json"], "report"),
        (["bulletin", SAMPLE, "--as-of", AS_OF, "--format", "json"], "bulletin"),
        (["reports", "2024Q3", "香洲区=2024-10-12", "金湾区=", "--format", "json"], "submissions"),
    ],
)
def test_every_json_document_is_valid_against_its_shipped_schema(argv, document):
    status, out, err = run(*argv)
    assert status == 0, err
    doc = valid(json.loads(out), document)
    assert next(iter(doc)) == "schema_version"
    assert doc["document"] == document


def test_every_schema_is_itself_a_valid_json_schema_and_names_its_document():
    for name in SCHEMAS:
        s = schema(name)
        jsonschema.Draft202012Validator.check_schema(s)
        assert s["properties"]["document"] == {"const": name}
        assert "schema_version" in s["required"]


def test_a_finding_without_its_clause_is_not_a_valid_document():
    _, out, _ = run("inspect", "--format", "json")
    doc = json.loads(out)
    del doc["units"][0]["findings"][0]["clause"]
    with pytest.raises(jsonschema.ValidationError, match="clause"):
        valid(doc, "inspection")


@pytest.mark.reading(id="R9")
def test_the_bulletin_json_names_the_same_slow_districts_as_the_library():
    _, out, _ = run("bulletin", SAMPLE, "--as-of", AS_OF, "--format", "json")
    doc = json.loads(out)
    day = dt.date.fromisoformat(AS_OF)
    expected = hp.progress_bulletin(sample_inspections(day), as_of=day)
    assert doc["slow_districts"] == list(expected.slow_districts)
    assert doc["text"] == expected.explain()
    for d, e in zip(doc["districts"], expected.progress.districts, strict=True):
        assert (d["district"], d["due"], d["met"]) == (e.district, e.due, e.met)
        assert d["rate_exact"] == f"{e.rate.numerator}/{e.rate.denominator}"


@pytest.mark.reading(id="R9")
@pytest.mark.reading(id="R24")
def test_the_bulletin_as_csv_has_a_row_per_district_and_the_city():
    status, out, _ = run("bulletin", SAMPLE, "--as-of", AS_OF, "--format", "csv")
    assert status == 0
    lines = out.splitlines()
    assert lines[0] == (
        "district,units,due,met,rate,rate_exact,not_met,unverified,verified_rate,overdue,slow,"
        "incomplete_reporting"
    )
    assert lines[-1].startswith("全市,32,752,335,0.445479,335/752,38,379,0.898123,")
    # 斗门区 is slow on what is verified, and named apart for incomplete reporting (R24);
    # 高新区 has no verified shortfall: never slow, only 报送不全.
    assert "斗门区,8,188,62,0.329787,31/94,10,116,0.861111,10,True,True" in lines
    assert "高新区,1,23,6,0.26087,6/23,0,17,1.0,0,False,True" in lines


# -- the quarterly 报送 report ----------------------------------------------------------------


def test_the_report_workbook_holds_the_summary_every_unit_and_every_finding(tmp_path: Path):
    target = tmp_path / "香洲区2012年第3季度报送.xlsx"
    status, out, err = run("report", "2012Q3", SAMPLE, "--district", "香洲", "-o", str(target))
    assert status == 0, err
    assert out == f"已写入{target}\n"
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["报送摘要", "逐单位", "逐项发现"]
    s = book["报送摘要"]
    assert s["A1"].value == "香洲区2012年第3季度公共服务平台建设完成情况报送"
    assert "依据四（二）" in s["A3"].value
    assert "每个季度结束后5个工作日内" in s["A3"].value
    rows = {r[0]: r[1] for r in s.iter_rows(min_row=5, max_col=2, values_only=True) if r[0]}
    assert rows["区"] == "香洲区"
    assert rows["完成情况截至"] == dt.datetime(2012, 9, 30)
    assert rows["报送期限"] == dt.datetime(2012, 10, 12)
    due, met = rows["已到期事项应完成（项）"], rows["已到期事项已完成（项）"]
    assert (rows["单位数"], due, met) == (13, 307, 167)
    assert rows["已到期事项完成率"] == pytest.approx(167 / 307)
    # The 2012 training is not due by the quarter's end (R22): counted only in the whole.
    assert rows["总体完成率"] == pytest.approx(172 / 320)
    rate_cell = next(c for c in s["B"] if c.value == rows["已到期事项完成率"])
    assert rate_cell.number_format == "0.00%"
    assert rows["三（一）5"] == 4  # overdue items by clause

    units = list(book["逐单位"].iter_rows(values_only=True))
    assert units[0][:4] == ("编号", "标准名称", "类型", "服务对象")
    assert len(units) == 1 + 13
    assert units[1][:4] == (
        "XZ-01",
        "珠海市香洲区拱北街道办事处人力资源和社会保障服务所",
        "行政区街道",
        45000,
    )

    findings = list(book["逐项发现"].iter_rows(values_only=True))
    assert findings[0] == ("编号", "标准名称", "要求", "条款", "结论", "期限", "逾期", "说明")
    jida = [r for r in findings if r[0] == "XZ-02" and r[2] == "人员配备"]
    assert jida == [
        (
            "XZ-02",
            "珠海市香洲区吉大街道办事处人力资源和社会保障服务所",
            "人员配备",
            "三（一）5",
            "逾期",
            dt.datetime(2012, 6, 30),
            "是",
            "【逾期】实有工作人员6人，低于定额7人，缺1人，依据三（一）5应于2012年6月30日前配备到位。",
        )
    ]
    # Every finding verified has its row; a unit's unverified share one row, one sentence,
    # as the text table says them (the JSON document keeps every finding).
    _, doc, _ = run("report", "2012Q3", SAMPLE, "--district", "香洲", "--format", "json")
    units = json.loads(doc)["units"]
    verified = sum(1 for u in units for f in u["findings"] if f["verdict"] != "unverified")
    summaries = [r for r in findings if r[4] == "未核实"]
    assert len(summaries) == sum(
        1 for u in units if any(f["verdict"] == "unverified" for f in u["findings"])
    )
    assert len(findings) - 1 == verified + len(summaries)
    xz05 = next(r for r in summaries if r[0] == "XZ-05")
    assert xz05[7].startswith("【未核实】机构名称、")
    assert xz05[7].endswith("项未报送，无法核实。")


def test_the_report_as_html_is_one_self_contained_page_citing_the_clause(tmp_path: Path):
    target = tmp_path / "report.html"
    status, _, err = run("report", "2012Q3", SAMPLE, "--district", "香洲区", "-o", str(target))
    assert status == 0, err
    page = Page(target.read_text("utf-8"))
    assert page.text[0] == "香洲区2012年第3季度公共服务平台建设完成情况报送"  # <title>
    assert "依据四（二）：“建立报送制度，从2011年12月起，" in " ".join(page.text)
    assert "2012年10月12日" in page.text
    assert len(page.all("h3", **{"class": "unit"})) == 13
    assert len(page.all("td", **{"class": "nw verdict-overdue"})) == 17
    assert not page.all("script")
    assert not page.all("link")
    assert not page.all("img")


def test_a_report_for_a_district_with_no_units_in_the_file_is_refused():
    status, out, err = run("report", "2012Q3", SAMPLE, "--district", "火星区")
    assert status == 2
    assert out == ""
    assert "文件中没有火星区的单位" in err


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R6")
def test_the_report_of_a_quarter_before_reporting_began_is_refused():
    status, _, err = run("report", "2011Q3", SAMPLE, "--district", "香洲区")
    assert status == 2
    assert "Traceback" not in err


# -- the 通报 ---------------------------------------------------------------------------------


def test_the_bulletin_workbook_has_every_district_the_slow_ones_marked_and_a_native_chart(
    tmp_path: Path,
):
    target = tmp_path / "通报.xlsx"
    status, _, err = run("bulletin", SAMPLE, "--as-of", AS_OF, "-o", str(target))
    assert status == 0, err
    book = openpyxl.load_workbook(target)
    ws = book["通报"]
    assert ws["A1"].value == "关于各区基层人力资源社会保障公共服务平台建设完成情况的通报"
    header = next(r for r in ws.iter_rows() if r[0].value == "区")
    first = header[0].row
    table = list(ws.iter_rows(min_row=first + 1, max_col=11, values_only=True))
    table = table[: next(i for i, r in enumerate(table) if r[0] == "全市") + 1]
    by_district = {r[0]: r for r in table}
    assert list(by_district)[:3] == ["香洲区", "斗门区", "金湾区"]
    assert by_district["斗门区"][2:6] == (188, 62, pytest.approx(62 / 188), pytest.approx(62 / 72))
    assert by_district["斗门区"][9:11] == ("是", "是")
    assert by_district["横琴新区"][9:11] == ("否", "否")
    assert by_district["高新区"][9:11] == ("否", "是")
    assert by_district["全市"][2:4] == (752, 335)
    assert ws.cell(first + 2, 1).fill.fgColor.rgb.endswith("F8CBAD")  # 斗门区 shaded
    (chart,) = ws._charts
    assert isinstance(chart, openpyxl.chart.BarChart)
    (series,) = chart.series
    # The chart draws the verified rate, the one slow progress is judged on (R24).
    assert series.val.numRef.f == f"'通报'!$F${first + 1}:$F${first + 7}"
    assert series.cat.strRef.f == f"'通报'!$A${first + 1}:$A${first + 7}"


def test_the_bulletin_html_has_an_inline_chart_and_a_table_and_fetches_nothing(tmp_path: Path):
    target = tmp_path / "通报.html"
    status, _, err = run("bulletin", SAMPLE, "--as-of", AS_OF, "-o", str(target))
    assert status == 0, err
    html = target.read_text("utf-8")
    page = Page(html)
    assert page.all("html")[0]["lang"] == "zh-CN"
    assert "关于各区基层人力资源社会保障公共服务平台建设完成情况的通报" in page.text
    bars = page.all("g")
    assert [b["data-district"] for b in bars][:3] == ["香洲区", "斗门区", "金湾区"]
    slow = [b["data-district"] for b in bars if "slow" in (b["class"] or "")]
    assert slow == ["斗门区", "高栏港经济区", "万山海洋开发试验区"]
    assert float(bars[1]["data-rate"]) == pytest.approx(62 / 72, abs=1e-6)
    assert len(page.all("rect")) == 7
    assert page.all("line", **{"class": "threshold"})
    assert len(page.all("tr", **{"class": "slow"})) == 3
    assert "市就业工作联席会议办公室" in " ".join(page.text)
    for tag in ("script", "link", "img", "iframe"):
        assert not page.all(tag)
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html


def test_text_from_the_input_is_escaped_in_the_html(tmp_path: Path):
    table = tmp_path / "u.csv"
    table.write_text(
        "kind,place,district,service_recipients,area\nZONE_TOWN,南水,,14000,<script>x</script>\n",
        "utf-8",
    )
    target = tmp_path / "b.html"
    status, _, err = run("bulletin", str(table), "--as-of", AS_OF, "-o", str(target))
    assert status == 0, err
    html = target.read_text("utf-8")
    assert "<script>" not in html
    assert "&lt;script&gt;x&lt;/script&gt;" in html


# -- output files ----------------------------------------------------------------------------


def test_an_output_file_with_another_extension_is_refused(tmp_path: Path):
    status, _, err = run("bulletin", SAMPLE, "--as-of", AS_OF, "-o", str(tmp_path / "b.pdf"))
    assert status == 2
    assert "输出文件应以.xlsx、.docx或.html结尾" in err


def test_an_output_file_and_a_format_together_are_refused():
    status, _, err = run("bulletin", SAMPLE, "--as-of", AS_OF, "-o", "b.xlsx", "--format", "json")
    assert status == 2
    assert "不能同时指定 --format json" in err


def test_an_output_folder_that_does_not_exist_is_refused_before_any_work(tmp_path: Path):
    status, _, err = run(
        "bulletin", SAMPLE, "--as-of", AS_OF, "-o", str(tmp_path / "no" / "b.xlsx")
    )
    assert status == 2
    assert "找不到文件" in err


def test_a_failure_while_writing_leaves_no_file_behind(tmp_path: Path, monkeypatch):
    from hrss_policy.cli.documents import xlsx as workbook

    def broken(path, doc):
        Path(path).write_bytes(b"half")
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(workbook, "write_bulletin", broken)
    target = tmp_path / "b.xlsx"
    status, _, err = run("bulletin", SAMPLE, "--as-of", AS_OF, "-o", str(target))
    assert status == 70
    assert "RuntimeError" in err
    assert list(tmp_path.iterdir()) == []


# -- the 报送 record as of a date (R25) ---------------------------------------------------------


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R25")
@pytest.mark.parametrize(
    ("as_of", "status", "late", "pending"),
    [("2024-10-12", "pending", [], ["金湾区"]), ("2024-10-20", "overdue", ["金湾区"], [])],
)
def test_reports_as_of_a_date_say_pending_before_the_deadline_and_overdue_after(
    as_of, status, late, pending
):
    code, out, err = run(
        "reports", "2024Q3", "香洲区=2024-10-12", "金湾区=", "--as-of", as_of, "--format", "json"
    )
    assert code == 0, err
    doc = json.loads(out)
    jsonschema.validate(doc, schema("submissions"))
    assert doc["as_of"] == as_of
    assert [d["status"] for d in doc["districts"]] == [status, "on_time"]
    assert (doc["late"], doc["pending"], doc["early"]) == (late, pending, [])


@pytest.mark.requirement(id="reporting.quarterly")
@pytest.mark.reading(id="R25")
def test_a_report_before_its_quarter_ended_is_early_not_on_time():
    code, out, err = run("reports", "2012Q3", "横琴新区=2012-09-28", "--format", "json")
    assert code == 0, err
    doc = json.loads(out)
    assert [d["status"] for d in doc["districts"]] == ["early"]
    assert (doc["early"], doc["late"]) == (["横琴新区"], [])
    assert "为提前报送，既非按时也非逾期" in doc["text"]
