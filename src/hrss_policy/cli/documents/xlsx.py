"""The command's documents as ``.xlsx`` workbooks: the 报送 report and the 通报.

Drawn from the same data as the JSON output (:mod:`hrss_policy.cli.documents.records`), with cells
as Excel holds them: counts and amounts as numbers, dates as dates, rates as percentages;
the 通报 has a native Excel bar chart of completion by district, on a sheet of its own.
Needs ``openpyxl`` (``pip install "hrss-policy[xlsx]"``). Presentation only, no policy.

Nothing in a workbook is live: every text is written as a string cell, never a formula,
whatever it starts with (``=``, ``+``, ``-``, ``@``), with control and invisible
formatting characters shown escaped (``\\x1b``); a text longer than a cell holds
(:data:`CELL_LIMIT`) is refused, never cut. Every sheet prints: A4, fitted to one page
wide, paragraphs wrapped across the table's width, the header row repeated on each page.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from decimal import Decimal
from pathlib import Path
from typing import Any

from ...core import zh as _zh
from ...errors import PolicyError
from ...plan.status import Verdict
from ...tabular.schema import by_name as _COLUMN
from .. import grid as _table

__all__ = ["CELL_LIMIT", "write_bulletin", "write_report", "write_table"]

#: The most characters an Excel cell holds (Excel's specifications and limits).
CELL_LIMIT = 32_767
#: Points per line of wrapped 11-point text, with room for a Chinese font's line height.
_LINE_POINTS = 16.5


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
    """A write-only sheet with a few styled cells, set up to print on A4.

    Args:
        book: The write-only workbook.
        title: The sheet's name.
        widths: Each column's width, in characters of the default font.
        header_row: The row repeated at the top of every printed page, if any.
        landscape: Print across the page's long side (a wide table).
    """

    def __init__(
        self,
        book: Any,
        title: str,
        widths: Sequence[int],
        *,
        header_row: int | None = None,
        landscape: bool = False,
    ) -> None:
        openpyxl = _openpyxl()
        self.ws = book.create_sheet(title)
        self.title = title
        self._cell = openpyxl.cell.WriteOnlyCell
        self._font = openpyxl.styles.Font
        self._fill = openpyxl.styles.PatternFill
        self._align = openpyxl.styles.Alignment
        self._letter = letters = openpyxl.utils.get_column_letter
        self.widths = list(widths)
        for i, w in enumerate(widths, start=1):
            self.ws.column_dimensions[letters(i)].width = w
        self.rows = 0
        _print_setup(self.ws, landscape=landscape)
        if header_row is not None:
            self.ws.print_title_rows = f"{header_row}:{header_row}"

    def text(self, value: str) -> str:
        """*value* as a cell shows it: escaped, and refused if longer than a cell holds."""
        shown = _table.safe(value)
        if len(shown) > CELL_LIMIT:
            where = f"{self.title}!{self._letter(1)}{self.rows + 1}"
            raise PolicyError(
                f"a text of {len(shown)} characters would go into {where}, more than the "
                f"{CELL_LIMIT} characters an Excel cell holds; nothing was written: "
                "use --format json for this table",
                zh=f"工作表单元格{where}需写入{len(shown)}个字符，超过Excel单元格上限"
                f"{CELL_LIMIT}个字符，未写入工作簿，请改用--format json输出",
            )
        return shown

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
        text = isinstance(value, str)
        c = self._cell(self.ws, value=self.text(value) if text else value)
        if text:
            # openpyxl reads a leading "=" as a formula; the data is text, always.
            c.data_type = "s"
        if bold or size:
            c.font = self._font(bold=bold, size=size)
        if fmt:
            c.number_format = fmt
        if fill:
            c.fill = self._fill("solid", fgColor=fill)
        # Top-aligned, so a figure sits level with the first line of a wrapped text beside it.
        c.alignment = self._align(wrap_text=wrap, vertical="top")
        return c

    def append(self, cells: Iterable[Any]) -> int:
        """Add a row: a plain text becomes a wrapped string cell, and the row is given the
        height of its tallest wrapped cell (Excel does not fit it on opening)."""
        row = [self.cell(v, wrap=isinstance(v, str)) if not _styled(v) else v for v in cells]
        lines = 1
        for i, c in enumerate(row[: len(self.widths)]):
            align = getattr(c, "alignment", None)
            if isinstance(getattr(c, "value", None), str) and align is not None and align.wrap_text:
                size = (c.font.sz or 11) if c.font is not None else 11
                lines = max(lines, _lines(c.value, self.widths[i], size))
        if lines > 1 and self.rows + 1 not in self.ws.row_dimensions:
            self.ws.row_dimensions[self.rows + 1].height = lines * _LINE_POINTS
        self.ws.append(row)
        self.rows += 1
        return self.rows

    def header(self, names: Iterable[str]) -> int:
        return self.append(self.cell(n, bold=True, fill="DDEBF7", wrap=True) for n in names)

    def paragraph(
        self, text: str, *, span: int | None = None, bold: bool = False, size: float | None = None
    ) -> int:
        """One paragraph in a row of its own, wrapped across *span* columns (default all).

        The cells are merged and the row given the height of its lines: neither Excel nor
        LibreOffice fits a merged row's height to its text, so it is measured here.
        """
        span = span or len(self.widths)
        row = self.rows + 1
        width = sum(self.widths[:span])
        shown = self.text(text)
        self.ws.row_dimensions[row].height = (
            _lines(shown, width, size or 11) * _LINE_POINTS * ((size or 11) / 11)
        )
        if span > 1:
            self.ws.merged_cells.add(f"A{row}:{self._letter(span)}{row}")
        return self.append([self.cell(text, bold=bold, size=size, wrap=True)])


def _lines(text: str, width: float, size: float = 11) -> int:
    """How many lines *text* takes wrapped in a column *width* characters wide.

    A Chinese character is two characters of width, and fonts differ: a sixth is added so
    a row is never too short for its text (a row too tall only leaves space).
    """
    room = max(1.0, (width - 1) * 11 / size)
    return sum(
        max(1, -(-round(_table.width(line) * 7 / 6) // int(room))) for line in text.split("\n")
    )


def _styled(value: Any) -> bool:
    return hasattr(value, "alignment") or value is None


def _print_setup(ws: Any, *, landscape: bool = False) -> None:
    """A4, fitted to one page wide (as long as it needs), centred, with page numbers."""
    openpyxl = _openpyxl()
    ws.page_setup.paperSize = openpyxl.worksheet.worksheet.Worksheet.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if landscape else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr = openpyxl.worksheet.properties.PageSetupProperties(
        fitToPage=True
    )
    ws.print_options.horizontalCentered = True
    ws.page_margins = openpyxl.worksheet.page.PageMargins(
        left=0.6, right=0.6, top=0.75, bottom=0.75, header=0.3, footer=0.3
    )
    ws.oddFooter.center.text = "第 &P 页，共 &N 页"


def _refuse_long(value: Any, where: str = "") -> None:
    """Refuse a document holding a text longer than a cell holds, before anything is made
    (a workbook stopped half-way leaves its writer's streams open)."""
    if isinstance(value, str):
        n = len(_table.safe(value))
        if n > CELL_LIMIT:
            raise PolicyError(
                f"the text of {where or 'a field'} has {n} characters, more than the "
                f"{CELL_LIMIT} characters an Excel cell holds; nothing was written: "
                "use --format json for this table",
                zh=f"{where or '字段'}的文字有{n}个字符，超过Excel单元格上限{CELL_LIMIT}个字符，"
                "未写入工作簿，请改用--format json输出",
            )
    elif isinstance(value, dict):
        for key, item in value.items():
            _refuse_long(item, f"{where}.{key}" if where else str(key))
    elif isinstance(value, list | tuple):
        for i, item in enumerate(value):
            _refuse_long(item, f"{where}[{i}]")


def _new_book() -> Any:
    return _openpyxl().Workbook(write_only=True)


def _save(book: Any, path: str | Path) -> None:
    book.save(str(path))


def _progress_rows(sheet: _Sheet, p: dict[str, Any]) -> None:
    rows: list[tuple[str, Any, str | None]] = [
        ("单位数", p["units"], None),
        ("到期事项均已完成的单位", p["units_passed"], None),
        ("已到期事项应完成（项）", p["due"], None),
        ("已到期事项已完成（项）", p["met"], None),
        ("已到期事项完成率", p["rate"], _PERCENT),
        ("未完成（项）", p["not_met"], None),
        ("其中逾期（项）", p["overdue"], None),
        ("未报送无法核实（项）", p["unverified"], None),
        ("全部要求（项，含尚未到期）", p["requirements"], None),
        ("全部要求已完成（项）", p["requirements_met"], None),
        ("总体完成率", p["overall_rate"], _PERCENT),
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
    _refuse_long(doc)
    book = _new_book()
    s = _Sheet(book, "报送摘要", [34, 60])
    s.paragraph(doc["title"], bold=True, size=14)
    s.paragraph(doc["lead"])
    s.paragraph(f"依据{doc['clause']}：“{doc['basis']}”")
    s.append([])
    s.append(["区", doc["district"]])
    s.append(["季度", f"{doc['year']}年第{doc['quarter']}季度"])
    s.append(["完成情况截至", s.cell(_day(doc["as_of"]), fmt=_DATE)])
    s.append(["报送期限", s.cell(_day(doc["due"]), fmt=_DATE)])
    _progress_rows(s, doc["progress"])
    s.append(["全市已到期事项完成率", s.cell(doc["city"]["rate"], fmt=_PERCENT)])
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
        s.paragraph(f"以下年份的放假安排来自文件而非随库收录的国务院通知：{years}")

    u = _Sheet(book, "逐单位", [10, 60, 14, 10, 8, 8, 8, 8, 8, 8], header_row=1, landscape=True)
    figures = ["定额", "实有", "达标", "不达标", "逾期", "未核实"]
    u.header(
        [
            _COLUMN["id"].label,
            "标准名称",
            _COLUMN["kind"].label,
            _COLUMN["service_recipients"].label,
            *figures,
        ]
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

    f = _Sheet(book, "逐项发现", [10, 30, 18, 10, 10, 14, 6, 70], header_row=1, landscape=True)
    f.header(["编号", "标准名称", "要求", "条款", "结论", "期限", "逾期", "说明"])
    for unit in doc["units"]:
        # The unverified in one row per unit, as the text table says them; the JSON
        # document keeps every finding.
        unverified = [i for i in unit["findings"] if i["verdict"] == "unverified"]
        missing = [i["label"] for i in unverified]
        clauses = "、".join(dict.fromkeys(i["clause"] for i in unverified))
        for item in unit["findings"]:
            if item["verdict"] == "unverified":
                continue
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
        if missing:
            f.append(
                [
                    unit["id"],
                    unit["name"],
                    _zh.count_of(missing),
                    clauses,
                    _VERDICTS["unverified"],
                    None,
                    "否",
                    _zh.unverified(missing),
                ]
            )
    _save(book, path)


def write_bulletin(path: str | Path, doc: dict[str, Any]) -> None:
    """Write the 通报 *doc* (``document == "bulletin"``) to *path*.

    One sheet, 通报: the bulletin's text, a table of every district's completion (the
    districts named for 通报批评 marked and shaded) and, on a printed page of its own, a
    native bar chart of the completion rate by district.
    """
    _refuse_long(doc)
    openpyxl = _openpyxl()
    book = _new_book()
    s = _Sheet(book, "通报", [22, 10, 12, 10, 10, 12, 10, 10, 10, 12, 12])
    lines = doc["text"].split("\n")
    s.paragraph(lines[0], bold=True, size=14)
    for line in lines[1:]:
        s.paragraph(line) if line else s.append([])
    s.append([])
    first = s.header(
        [
            "区",
            "单位数",
            "已到期事项应完成（项）",
            "已完成（项）",
            "已到期事项完成率",
            "核实完成率",
            "未完成",
            "未报送无法核实",
            "其中逾期",
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
    # The chart draws the rate slow progress is judged on (R24), as the text compares it.
    judged = doc.get("judged", "rate")
    label = "已到期事项核实完成率" if judged == "verified_rate" else "已到期事项完成率"
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
    # The chart on a page of its own: a page break after the table, the chart below it and
    # the print area ending with the chart's rows (15 points each), so it never splits.
    s.ws.row_breaks.append(openpyxl.worksheet.pagebreak.Break(id=s.rows))
    chart.width, chart.height = 18, max(9.0, 0.9 * (last - first) + 4)
    top = s.rows + 2
    rows = int(chart.height / 2.54 * 72 / 15) + 2
    s.ws.add_chart(chart, f"A{top}")
    s.ws.print_area = f"A1:{s._letter(len(s.widths))}{top + rows}"
    _save(book, path)


def write_table(
    path: str | Path, title: str, header: Sequence[str], rows: Iterable[Sequence[Any]]
) -> None:
    """Write one sheet named *title* with *header* and *rows* (the shipped sample's form)."""
    rows = [list(row) for row in rows]
    _refuse_long([title, list(header), rows])
    book = _new_book()
    s = _Sheet(book, title, [max(8, 2 * len(h) + 2) for h in header], header_row=1)
    s.header(header)
    for row in rows:
        s.append(row)
    _save(book, path)
