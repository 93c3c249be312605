"""One pass over a worksheet's XML: every cell it holds read into rows, whatever the sheet
declares, and each cell that cannot be read for what it shows a :class:`~.ooxml.CellProblem`
at its ``SHEET!CELL`` (formulas without values, error values, cells merged across columns).
An adapter's plumbing, no policy.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any, Protocol

from .ooxml import (
    EPOCH_1900,
    INT_TEXT,
    MAX_CELL,
    MAX_COLUMN,
    MAX_ROW,
    MERGE_MARKED,
    CellProblem,
    Merged,
    Refused,
    SheetInfo,
    column_letters,
    column_table,
    local_name,
)

__all__ = ["BookParts", "SheetReader"]


class BookParts(Protocol):
    """What a sheet's reader needs of its workbook: the date system, the date styles and
    the shared strings (:class:`~.xlsx.Book` provides them)."""

    epoch: dt.datetime
    _dates: frozenset[int]
    _elapsed: frozenset[int]

    def string(self, index: int) -> str | None: ...


class SheetReader:
    """The state of one pass over a sheet's XML: the row being read, the rows read."""

    def __init__(
        self, book: BookParts, sheet: SheetInfo, merged: list[tuple[int, int, int, int]]
    ) -> None:
        self.book = book
        self.sheet = sheet
        self.max_cell = MAX_CELL
        self.done: list[tuple[int, list[Any]]] = []
        self.row = 0
        self.row_text = "0"
        self.columns = column_table()
        self.column = -1
        self.cells: dict[int, Any] = {}
        self.problems: list[CellProblem] = []
        self.in_data = False
        self.cell: dict[str, str] | None = None
        self.text: list[str] = []
        self.size = 0
        self.collect = False
        self.has_value = False
        self.has_formula = False
        self.skip = 0
        # Merged ranges, by first row; columns covered downwards by a one-column range.
        self.merged = sorted(merged)
        self.next_merge = 0
        self.down: dict[int, tuple[int, int]] = {}  # column → (last row, anchor row)
        self.down_values: dict[int, Any] = {}
        self.across: list[tuple[int, int, int, int]] = []

    def bind(self, p: Any) -> None:
        p.StartElementHandler = self.start
        p.EndElementHandler = self.end
        p.CharacterDataHandler = self.chars

    def take(self) -> list[tuple[int, list[Any]]]:
        done, self.done = self.done, []
        return done

    def start(self, tag: str, attrs: dict[str, str]) -> None:
        name = local_name(tag)
        if name == "c" and self.in_data:
            self.cell = attrs
            self.text = []
            self.size = 0
            self.has_value = self.has_formula = False
            ref = attrs.get("r")
            if ref is None:
                self.column += 1
            else:
                # The letters, then this row's number: nothing else is a reference here.
                row_text = self.row_text
                column = self.columns.get(ref[: -len(row_text)]) if ref.endswith(row_text) else None
                if column is None:
                    raise Refused(
                        f"a cell reference {ref[:20]!r} in row {self.row}",
                        f"第{self.row}行有无效的单元格引用“{ref[:20]}”",
                    )
                if column <= self.column:
                    raise Refused(
                        f"cell {ref} out of order in row {self.row}",
                        f"第{self.row}行的单元格{ref}顺序错乱",
                    )
                self.column = column
            if self.column >= MAX_COLUMN:
                raise Refused(
                    f"a cell past column XFD in row {self.row}",
                    f"第{self.row}行有超出XFD列的单元格",
                )
        elif name == "row" and self.in_data:
            ref = attrs.get("r")
            if ref is None:
                row = self.row + 1
            elif ref.isascii() and ref.isdigit() and len(ref) <= 7:
                row = int(ref)
            else:
                raise Refused(f"a row number {ref[:20]!r}", f"有无效的行号“{ref[:20]}”")
            if row <= self.row or row > MAX_ROW:
                raise Refused(f"row {row} out of order", f"第{row}行顺序错乱或超出范围")
            self.row = row
            self.row_text = str(row)
            self.column = -1
            self.cells = {}
            self.problems = []
        elif self.cell is not None:
            if name == "v":
                self.collect = True
                self.has_value = True
            elif name == "f":
                self.has_formula = True
            elif name == "t" and not self.skip:
                self.collect = True
            elif name == "rPh":
                self.skip += 1
        elif name == "sheetData":
            self.in_data = True

    def chars(self, data: str) -> None:
        if self.collect:
            self.size += len(data)
            if self.size > self.max_cell:
                self.collect = False
                self.problems.append(
                    CellProblem(
                        self.column,
                        f"a cell is longer than {self.max_cell} characters; no cell of a "
                        "units table is that long",
                        f"单元格超过{self.max_cell}个字符，单位表的单元格不会这么长，请检查文件",
                    )
                )
                self.has_value = False
                self.cell = {"t": "oversized"}
                return
            self.text.append(data)

    def end(self, tag: str) -> None:
        name = local_name(tag)
        if name in ("v", "t"):
            self.collect = False
        elif name == "rPh":
            self.skip -= 1
        elif name == "c" and self.cell is not None:
            self._cell()
            self.cell = None
        elif name == "row" and self.in_data:
            self._row()
        elif name == "sheetData":
            self.in_data = False

    # -- a cell --------------------------------------------------------------------------

    def _problem(self, en: str, zh: str) -> None:
        self.problems.append(CellProblem(self.column, en, zh))

    def _cell(self) -> None:
        cell = self.cell
        assert cell is not None
        kind = cell.get("t", "n")
        if kind == "oversized":
            return
        text = "".join(self.text)
        if kind == "inlineStr":
            if text:
                self.cells[self.column] = text
            return
        if not self.has_value:
            if self.has_formula:
                self._problem(
                    "a formula with no saved value (the workbook was written by a program "
                    "and never opened in a spreadsheet); open it in Excel or LibreOffice, "
                    "save it, and run again — or paste the values instead of the formula",
                    "该单元格是公式，但文件中没有保存其计算结果（工作簿由程序生成，未在电子"
                    "表格软件中打开过）；请在Excel或WPS中打开并保存后重试，或将公式粘贴为数值",
                )
            return
        if kind == "n":
            value = self._number(text)
            if value is not None:
                style = cell.get("s")
                if style and style.isdigit() and int(style) in self.book._dates:
                    value = self._date(value, int(style) in self.book._elapsed)
            if value is not None:
                self.cells[self.column] = value
        elif kind == "s":
            found = self.book.string(int(text)) if INT_TEXT.fullmatch(text.strip()) else None
            if found is None:
                self._problem(
                    f"the cell points at shared string {text.strip()[:20]!r}, which the "
                    "workbook does not hold (the file is damaged); open it in Excel and save "
                    "it again",
                    f"该单元格引用的共享字符串“{text.strip()[:20]}”在工作簿中不存在（文件已损坏），"
                    "请在Excel中打开后重新保存",
                )
            elif found:
                self.cells[self.column] = found
        elif kind in ("str", "inlineStr"):
            if text:
                self.cells[self.column] = text
        elif kind == "b":
            if text.strip() in ("0", "1", "true", "false"):
                self.cells[self.column] = text.strip() in ("1", "true")
            else:
                self._problem(
                    f"a TRUE/FALSE cell holds {text[:20]!r}", f"逻辑值单元格的内容“{text[:20]}”无效"
                )
        elif kind == "e":
            self._problem(
                f"the cell holds Excel's error value {text[:20]}, not a value; correct the "
                "formula or enter the value",
                f"该单元格是Excel错误值{text[:20]}，不是有效内容；请改正公式或直接填写数值",
            )
        elif kind == "d":
            try:
                self.cells[self.column] = dt.datetime.fromisoformat(text.strip())
            except ValueError:
                self._problem(
                    f"a date cell holds {text[:20]!r}", f"日期单元格的内容“{text[:20]}”无效"
                )
        else:
            self._problem(
                f"a cell of unknown type {kind[:20]!r}", f"单元格类型“{kind[:20]}”无法识别"
            )

    def _number(self, text: str) -> int | float | None:
        text = text.strip()
        if INT_TEXT.fullmatch(text):
            return int(text)
        try:
            value = float(text)
        except ValueError:
            value = math.nan
        if not math.isfinite(value) or text.lower().lstrip("+-") in ("nan", "inf", "infinity"):
            self._problem(
                f"a number cell holds {text[:20]!r}, which is not a number Excel can hold "
                "(the file is damaged); open it in Excel and save it again",
                f"数值单元格的内容“{text[:20]}”不是Excel能保存的数值（文件已损坏），"
                "请在Excel中打开后重新保存",
            )
            return None
        return value

    def _date(self, value: float, elapsed: bool) -> Any:
        try:
            if elapsed:
                return dt.timedelta(days=value)
            if self.book.epoch == EPOCH_1900 and 0 < value < 60:
                value += 1  # Excel counts 1900-02-29, which never was
            return self.book.epoch + dt.timedelta(days=value)
        except (OverflowError, ValueError):
            self._problem(
                f"a date cell holds {value}, outside the dates Excel shows",
                f"日期单元格的数值{value}超出Excel可显示的日期范围",
            )
            return None

    # -- a row, and merged ranges ---------------------------------------------------------

    def _row(self) -> None:
        row = self.row
        merged = self.merged
        while self.next_merge < len(merged) and merged[self.next_merge][0] <= row:
            r1, c1, r2, c2 = merged[self.next_merge]
            self.next_merge += 1
            if c1 == c2 and r2 > r1:
                self.down[c1] = (r2, r1)
                self.down_values[c1] = self.cells.get(c1) if r1 == row else None
            elif c2 > c1:
                self.across.append((r1, c1, r2, c2))
        for column, (last, anchor) in list(self.down.items()):
            if row > last:
                del self.down[column]
                self.down_values.pop(column, None)
            elif row > anchor and column not in self.cells:
                value = self.down_values.get(column)
                if value is not None:
                    self.cells[column] = value
        if self.across:
            self.across = [a for a in self.across if a[2] >= row]
            for r1, c1, r2, c2 in self.across:
                if r1 <= row:
                    ref = f"{column_letters(c1)}{r1}:{column_letters(c2)}{r2}"
                    for c in range(c1, min(c2, c1 + MERGE_MARKED) + 1):
                        if (r1, c1) != (row, c) and c not in self.cells:
                            self.cells[c] = Merged(ref)
        if self.problems:
            self.done.append((row, list(self.problems)))
            return
        cells = self.cells
        if not any(not isinstance(v, Merged) and v != "" for v in cells.values()):
            return
        width = max(cells) + 1
        values: list[Any] = [None] * width
        for c, v in cells.items():
            values[c] = v
        self.done.append((row, values))
