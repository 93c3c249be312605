"""The command's documents as ``.xlsx`` workbooks: the 报送 report and the 通报.

Drawn from the same data as the JSON output (:mod:`hrss_policy.cli.documents.records`), with cells
as Excel holds them: counts and amounts as numbers, dates as dates, rates as percentages;
the 通报 has a native Excel bar chart of completion by district. Needs ``openpyxl``
(``pip install "hrss-policy[xlsx]"``). Presentation only, no policy.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...errors import PolicyError
from ...plan.status import Verdict

__all__ = ["write_bulletin", "write_report", "write_table"]


def _openpyxl() -> Any:
    try:
        import openpyxl
    except ImportError:
        raise PolicyError(
            'writing .xlsx workbooks needs openpyxl: pip install "hrss-policy[xlsx]"',
            zh='写出.xlsx工作簿需要安装openpyxl，请运行 pip install "hrss-policy[xlsx]"',
        ) from None
    return openpyxl


_DATE = 'yyyy"年"m"月"d"日"'
_PERCENT = "0.00%"
_MONEY = "0.00"
_VERDICTS = {v.value: v.label for v in Verdict}


def _day(text: str | None) -> dt.date | None:
    return None if text is None else dt.date.fromisoformat(text)


def _money(text: str | None) -> Decimal | None:
    return None if text is None else Decimal(text)


class _Sheet:
    """A write-only sheet with a few styled cells."""

    def __init__(self, book: Any, title: str, widths: Sequence[int]) -> None:
        openpyxl = _openpyxl()
        self.ws = book.create_sheet(title)
        self._cell = openpyxl.cell.WriteOnlyCell
        self._font = openpyxl.styles.Font
        self._fill = openpyxl.styles.PatternFill
        self._align = openpyxl.styles.Alignment
        letters = openpyxl.utils.get_column_letter
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[letters(i)].width = w
        self.rows = 0

    def cell(
        self,
        value: Any,
        *,
        bold: bool = False,
        size: float | None = None,
        fmt: str | None = None,
        fill: str | None = None,
        wrap: bool = False,
    ) -> Any:
        c = self._cell(self.ws, value=value)
        if bold or size:
            c.font = self._font(bold=bold, size=size)
        if fmt:
            c.number_format = fmt
        if fill:
            c.fill = self._fill("solid", fgColor=fill)
        if wrap:
            c.alignment = self._align(wrap_text=True, vertical="top")
        return c

    def append(self, cells: Iterable[Any]) -> int:
        self.ws.append(list(cells))
        self.rows += 1
        return self.rows

    def header(self, names: Iterable[str]) -> int:
        return self.append(self.cell(n, bold=True, fill="DDEBF7") for n in names)


def _new_book() -> Any:
    return _openpyxl().Workbook(write_only=True)


def _save(book: Any, path: str | Path) -> None:
    book.save(str(path))


def _progress_rows(sheet: _Sheet, p: dict[str, Any]) -> None:
    rows: list[tuple[str, Any, str | None]] = [
        ("单位数", p["units"], None),
        ("全部达标的单位", p["units_passed"], None),
        ("应完成的要求（项）", p["due"], None),
        ("已完成（项）", p["met"], None),
        ("完成率", p["rate"], _PERCENT),
        ("未完成（项）", p["not_met"], None),
        ("未核实（项）", p["unverified"], None),
        ("逾期（项）", p["overdue"], None),
    ]
    for label, value, fmt in rows:
        sheet.append([label, sheet.cell(value, fmt=fmt)])


def write_report(path: str | Path, doc: dict[str, Any]) -> None:
    """Write the quarterly 报送 report *doc* (``document == "report"``) to *path*.

    Sheets: 报送摘要 (the header citing 四（二）, the district's completion as of the
    quarter's end, the report's due date, the totals and the overdue items by clause),
    逐单位 (one row per unit) and 逐项发现 (one row per finding, with its clause and due
    date).
    """
    book = _new_book()
    s = _Sheet(book, "报送摘要", [28, 60])
    s.append([s.cell(doc["title"], bold=True, size=14)])
    s.append([s.cell(doc["lead"], wrap=True)])
    s.append([s.cell(f"依据{doc['clause']}：“{doc['basis']}”", wrap=True)])
    s.append([])
    s.append(["区", doc["district"]])
    s.append(["季度", f"{doc['year']}年第{doc['quarter']}季度"])
    s.append(["完成情况截至", s.cell(_day(doc["as_of"]), fmt=_DATE)])
    s.append(["报送期限", s.cell(_day(doc["due"]), fmt=_DATE)])
    _progress_rows(s, doc["progress"])
    s.append(["全市完成率", s.cell(doc["city"]["rate"], fmt=_PERCENT)])
    r = doc["rollup"]
    s.append(["人员定额（人）", r["staff_quota"]])
    s.append(["实有工作人员（人）", r["actual_staff"]])
    s.append(
        ["协理员工资补助每月市级（元）", s.cell(_money(r["monthly_city_subsidy"]), fmt=_MONEY)]
    )
    s.append(
        [
            "区级配套每月不少于（元）",
            s.cell(_money(r["monthly_district_minimum"]), fmt=_MONEY),
        ]
    )
    s.append([])
    s.header(["逾期项所属条款", "逾期（项）"])
    for item in doc["progress"]["overdue_by_clause"]:
        s.append([item["clause"], item["overdue"]])
    if doc["calendar_files"]:
        s.append([])
        years = "、".join(str(y) for y in doc["calendar_files"])
        s.append([f"以下年份的放假安排来自文件而非随库收录的国务院通知：{years}"])

    u = _Sheet(book, "逐单位", [10, 52, 14, 10, 8, 8, 8, 8, 8, 8])
    u.header(
        ["编号", "标准名称", "类型", "服务对象", "定额", "实有", "达标", "不达标", "逾期", "未核实"]
    )
    for unit in doc["units"]:
        u.append(
            [
                unit["id"],
                unit["name"],
                unit["kind_label"],
                unit["service_recipients"],
                unit["staff_quota"],
                unit["actual_staff"],
                unit["met"],
                unit["not_met"],
                unit["overdue"],
                unit["unverified"],
            ]
        )

    f = _Sheet(book, "逐项发现", [10, 40, 18, 10, 10, 14, 6, 80])
    f.header(["编号", "标准名称", "要求", "条款", "结论", "期限", "逾期", "说明"])
    for unit in doc["units"]:
        for item in unit["findings"]:
            overdue = item["overdue"]
            f.append(
                [
                    unit["id"],
                    unit["name"],
                    item["label"],
                    item["clause"],
                    f.cell(_VERDICTS[item["verdict"]], fill="F8CBAD" if overdue else None),
                    f.cell(_day(item["due"]), fmt=_DATE),
                    "是" if overdue else "否",
                    item["text"],
                ]
            )
    _save(book, path)


def write_bulletin(path: str | Path, doc: dict[str, Any]) -> None:
    """Write the 通报 *doc* (``document == "bulletin"``) to *path*.

    One sheet, 通报: the bulletin's text, a table of every district's completion (the
    districts named for 通报批评 marked and shaded) and a native bar chart of the
    completion rate by district.
    """
    openpyxl = _openpyxl()
    book = _new_book()
    s = _Sheet(book, "通报", [22, 10, 12, 10, 10, 12, 10, 10, 10, 12, 12])
    lines = doc["text"].split("\n")
    s.append([s.cell(lines[0], bold=True, size=14)])
    for line in lines[1:]:
        s.append([line])
    s.append([])
    first = s.header(
        [
            "区",
            "单位数",
            "应完成（项）",
            "已完成（项）",
            "完成率",
            "核实完成率",
            "未完成",
            "未核实",
            "逾期",
            "通报批评",
            "报送不全",
        ]
    )
    for d in doc["districts"]:
        fill = "F8CBAD" if d["slow"] else None
        s.append(
            [
                s.cell(d["district"], fill=fill),
                d["units"],
                d["due"],
                d["met"],
                s.cell(d["rate"], fmt=_PERCENT, fill=fill),
                s.cell(d["verified_rate"], fmt=_PERCENT, fill=fill),
                d["not_met"],
                d["unverified"],
                d["overdue"],
                s.cell("是" if d["slow"] else "否", fill=fill),
                "是" if d["incomplete_reporting"] else "否",
            ]
        )
    last = s.rows
    c = doc["city"]
    s.append(
        [
            s.cell(c["district"], bold=True),
            c["units"],
            c["due"],
            c["met"],
            s.cell(c["rate"], fmt=_PERCENT),
            s.cell(c["verified_rate"], fmt=_PERCENT),
            c["not_met"],
            c["unverified"],
            c["overdue"],
            "",
            "",
        ]
    )
    # The chart draws the rate slow progress is judged on (R21), as the text compares it.
    judged = doc.get("judged", "rate")
    label = "核实完成率" if judged == "verified_rate" else "完成率"
    chart = openpyxl.chart.BarChart()
    chart.type = "bar"
    chart.title = f"各区{label}（截至{_day(doc['as_of']):%Y年%m月%d日}）".replace(
        "年0", "年"
    ).replace("月0", "月")
    chart.y_axis.title = label
    chart.y_axis.number_format = "0%"
    chart.y_axis.scaling.min = 0
    chart.y_axis.scaling.max = 1
    chart.x_axis.title = "区"
    chart.legend = None
    ref = openpyxl.chart.Reference
    if last > first:
        column = 6 if judged == "verified_rate" else 5
        chart.add_data(
            ref(s.ws, min_col=column, min_row=first, max_row=last), titles_from_data=True
        )
        # District names are text: a string reference, so Excel labels the bars with them.
        names = ref(s.ws, min_col=1, min_row=first + 1, max_row=last)
        source = openpyxl.chart.data_source
        for series in chart.series:
            series.cat = source.AxDataSource(strRef=source.StrRef(f=str(names)))
    chart.width, chart.height = 18, max(7.5, 1.0 * (last - first) + 3)
    s.ws.add_chart(chart, f"K{first}")
    _save(book, path)


def write_table(
    path: str | Path, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Write one sheet named *title* with *header* and *rows* (the shipped sample's form)."""
    book = _new_book()
    s = _Sheet(book, title, [max(8, 2 * len(h) + 2) for h in header])
    s.header(header)
    for row in rows:
        s.append(row)
    _save(book, path)
