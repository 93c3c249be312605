"""An ``.xlsx`` worksheet read whole, cell by cell, in bounded time and memory — or refused.

An adapter's plumbing, no policy. A workbook is a zip of XML parts; the tools that write
them are many, and not all careful: a ``<dimension>`` that declares fewer rows than the
sheet holds, merged cells, formulas saved without their values, Excel's error values,
hidden sheets. Reading only what a sheet declares, or what a cell seems to hold, loses
units silently. So every cell the sheet holds is read, whatever it declares, and each
cell that cannot be read for what it shows is a problem at its ``SHEET!CELL``:

- a formula with no saved value (a workbook written by a script and never opened in a
  spreadsheet program): open and save it in Excel or LibreOffice, which store the values;
- an error value (``#N/A``, ``#REF!``, ``#VALUE!`` …): never a name, an id or a count;
- a cell merged across columns below the header: unmerge it. A cell merged down one
  column (a 所属区 shared by the rows below it) is read in every row it covers, as Excel
  shows it.

Hostile workbooks are bounded: a part that inflates more than :data:`MAX_RATIO` times
(a zip bomb, millions of shared strings in a few kilobytes) is refused; XML with a DTD or
entities is refused; a cell holds at most ``MAX_CELL`` characters; shared strings are held
as one UTF-8 buffer, so memory grows with the text, not with a Python object per string.
The workbook's own parts (its sheets, styles and shared strings) are read once, when it is
opened; each pass over the sheet streams its part again.

A damaged workbook (a truncated or malformed part, a missing part, a bad cell reference)
is refused whole with :class:`~hrss_policy.PolicyError`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
import re
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from typing import IO, Any
from xml.parsers import expat

import attrs

from ..errors import PolicyError

__all__ = [
    "MAX_RATIO",
    "Book",
    "CellProblem",
    "Merged",
    "SheetInfo",
    "UnreadableWorkbook",
    "cell_name",
    "column_letters",
    "quote_sheet",
]

#: A part may inflate to at most this many times its compressed size (past the first
#: :data:`GRACE` bytes). Spreadsheets compress about tenfold; a zip bomb, a thousandfold.
MAX_RATIO = 100
#: Parts smaller than this, inflated, are never refused for their ratio.
GRACE = 1 << 20
#: At most this many merged ranges in a sheet (one per group of rows is the common case).
MAX_MERGED = 100_000
#: A range merged across columns marks at most this many of its cells (a units table has a
#: few dozen columns; a title merged to column XFD would otherwise make every row 16,384
#: cells wide).
MERGE_MARKED = 256
#: Excel's own limits of a sheet.
MAX_ROW = 1_048_576
MAX_COLUMN = 16_384

_BLOCK = 1 << 16
_RANGE = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})(?::([A-Z]{1,3})([1-9][0-9]{0,6}))?")
_INT = re.compile(r"[+-]?[0-9]{1,30}")
_MERGE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b([^>]*)>")
_REF_ATTR = re.compile(rb"""\bref\s*=\s*["']([^"']*)["']""")
_PLAIN_NAME = re.compile(r"[^\W\d]\w*")
_LOOKS_LIKE_REF = re.compile(r"[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*", re.ASCII)

# Excel's built-in number formats that show dates or times (ids 14–22, 45–47, and the
# East Asian ones Excel on Chinese Windows writes, 27–36 and 50–58).
_DATE_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])
_ELAPSED_IDS = frozenset([46])
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_ELAPSED = re.compile(r"\[(?:h+|m+|s+)\]", re.IGNORECASE)
_EPOCH_1900 = dt.datetime(1899, 12, 30)
_EPOCH_1904 = dt.datetime(1904, 1, 1)


def quote_sheet(name: str) -> str:
    """*name* as a formula names it: quoted (``'a!b'``) unless it is a plain word."""
    if _PLAIN_NAME.fullmatch(name) and not _LOOKS_LIKE_REF.fullmatch(name):
        return name
    return "'" + name.replace("'", "''") + "'"


def column_letters(index: int) -> str:
    """The letters of the column at 0-based *index* (0 → ``A``)."""
    letters = ""
    n = index + 1
    while n:
        n, rem = divmod(n - 1, 26)
        letters = chr(65 + rem) + letters
    return letters


def cell_name(sheet: str, column: int | None, row: int) -> str:
    """The position ``SHEET!D12`` (``SHEET!12:12``, the whole row, when *column* is None)."""
    where = f"{row}:{row}" if column is None else f"{column_letters(column)}{row}"
    return f"{quote_sheet(sheet)}!{where}"


def _column_index(letters: str) -> int:
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n - 1


@attrs.frozen
class Merged:
    """A cell covered by a range merged across columns (not its first cell).

    Attributes:
        range: The merged range (``B3:D3``).
    """

    range: str

    def __str__(self) -> str:
        return ""  # it shows no value of its own: a blank, wherever cells are read as text


@attrs.frozen
class CellProblem:
    """A cell that cannot be read for what it shows: ``(column, English, Chinese)``."""

    column: int
    en: str
    zh: str


@attrs.frozen
class SheetInfo:
    """A sheet of the workbook: its name, its part, its kind and whether it is visible."""

    name: str
    part: str
    worksheet: bool
    visible: bool


class UnreadableWorkbook(PolicyError):
    """A workbook that cannot be read: damaged, or written to exhaust the reader."""


def _damaged(label: str, en: str, zh: str) -> PolicyError:
    return UnreadableWorkbook(
        f"{label} is not a readable .xlsx workbook ({en}); open it in Excel and save it "
        "again as .xlsx, or save it as CSV UTF-8",
        zh=f"该文件不是可读取的.xlsx工作簿（{zh}），请在Excel中打开后重新另存为.xlsx，"
        "或另存为“CSV UTF-8”格式",
    )


def _parser() -> Any:
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = _BLOCK
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise _Refused("a DTD or entity declaration", "含有DTD或实体声明")

    p.StartDoctypeDeclHandler = refuse
    p.EntityDeclHandler = refuse
    return p


class _Refused(Exception):
    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


_LOCAL: dict[str, str] = {}


def _local(name: str) -> str:
    """*name* without its namespace prefix (``x:row`` → ``row``), remembered."""
    try:
        return _LOCAL[name]
    except KeyError:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 4096:  # the names of a format, not of a file: a hostile one is not kept
            _LOCAL[name] = local
        return local


@functools.cache
def _columns() -> dict[str, int]:
    """Every column's letters → its 0-based index, ``A`` to ``XFD``."""
    return {column_letters(i): i for i in range(MAX_COLUMN)}


class Book:
    """An opened workbook: its sheets, styles and shared strings, read once.

    Args:
        opener: Opens the workbook's bytes (called once per pass).
        label: How messages name the file.
    """

    def __init__(self, opener: Callable[[], IO[bytes]], label: str) -> None:
        self._opener = opener
        self.label = label
        self.sheets: list[SheetInfo] = []
        self.epoch = _EPOCH_1900
        self._dates: frozenset[int] = frozenset()
        self._elapsed: frozenset[int] = frozenset()
        self._text = bytearray()
        self._ends = array("Q")
        self._merged: dict[str, list[tuple[int, int, int, int]]] = {}
        with self._zip() as z:
            self._read(z)

    # -- parts ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def _zip(self) -> Iterator[zipfile.ZipFile]:
        with self._opener() as raw:
            try:
                z = zipfile.ZipFile(raw)
            except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
                raise _damaged(self.label, "not a zip archive", "不是zip压缩包") from None
            with z:
                yield z

    def _blocks(self, z: zipfile.ZipFile, part: str) -> Iterator[bytes]:
        """The inflated bytes of *part*, refused once it inflates past :data:`MAX_RATIO`."""
        try:
            info = z.getinfo(part)
        except KeyError:
            raise _damaged(self.label, f"the part {part} is missing", f"缺少{part}部分") from None
        limit = max(GRACE, MAX_RATIO * info.compress_size)
        seen = 0
        try:
            with z.open(info) as f:
                # The size the archive declares is checked first (refused unread), then the
                # bytes as they come (a declared size may lie).
                while (block := f.read(_BLOCK)) or info.file_size > limit:
                    seen += len(block)
                    if seen > limit or info.file_size > limit:
                        raise UnreadableWorkbook(
                            f"{self.label}: the part {part} inflates more than {MAX_RATIO} "
                            "times its stored size, as no spreadsheet program writes it (a "
                            "zip bomb, or millions of empty entries); it is not read. Open "
                            "the workbook in Excel and save it again, or save it as CSV UTF-8",
                            zh=f"该工作簿的{part}部分解压后超过压缩大小的{MAX_RATIO}倍，"
                            "不是电子表格软件正常写出的文件（可能是“压缩炸弹”或含有海量空条目），"
                            "未予读取；请在Excel中打开后重新保存，或另存为“CSV UTF-8”格式",
                        )
                    yield block
        except (zipfile.BadZipFile, zlib.error, EOFError, OSError, NotImplementedError) as exc:
            raise _damaged(
                self.label, f"the part {part} is damaged: {type(exc).__name__}", f"{part}部分已损坏"
            ) from None

    def _parse(self, z: zipfile.ZipFile, part: str, parser: Any) -> None:
        try:
            for block in self._blocks(z, part):
                parser.Parse(block, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise _damaged(
                self.label,
                f"the part {part} is not well-formed XML: {expat.ErrorString(exc.code)}",
                f"{part}部分不是格式正确的XML",
            ) from None
        except _Refused as exc:
            raise _damaged(
                self.label, f"the part {part} holds {exc.en}", f"{part}部分{exc.zh}"
            ) from None

    def _relations(self, z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
        """The relationships of *part*: id → (type's last word, target part)."""
        folder, _, name = part.rpartition("/")
        rels_part = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        found: dict[str, tuple[str, str]] = {}
        p = _parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag) == "Relationship" and attrs.get("TargetMode") != "External":
                target = attrs.get("Target", "")
                if target.startswith("/"):
                    target = target[1:]
                elif folder:
                    target = f"{folder}/{target}"
                parts: list[str] = []
                for piece in target.split("/"):
                    if piece == "..":
                        if parts:
                            parts.pop()
                    elif piece not in ("", "."):
                        parts.append(piece)
                kind = attrs.get("Type", "").rpartition("/")[2]
                found[attrs.get("Id", "")] = (kind, "/".join(parts))

        p.StartElementHandler = start
        self._parse(z, rels_part, p)
        return found

    def _read(self, z: zipfile.ZipFile) -> None:
        top = self._relations(z, "")
        main = next((t for k, t in top.values() if k == "officeDocument"), None)
        if main is None:
            raise _damaged(self.label, "it names no workbook part", "未指明工作簿部分")
        rels = self._relations(z, main)
        entries: list[tuple[str, str, str]] = []
        p = _parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "sheet":
                rid = next((v for k, v in attrs.items() if _local(k) == "id"), "")
                entries.append((attrs.get("name", ""), rid, attrs.get("state", "visible")))
            elif name == "workbookPr" and attrs.get("date1904") in ("1", "true"):
                self.epoch = _EPOCH_1904

        p.StartElementHandler = start
        self._parse(z, main, p)
        for name, rid, state in entries:
            kind, target = rels.get(rid, ("", ""))
            if not target:
                raise _damaged(
                    self.label, f"sheet {name!r} has no part", f"工作表“{name}”缺少对应部分"
                )
            self.sheets.append(SheetInfo(name, target, kind == "worksheet", state == "visible"))
        if not self.sheets:
            raise _damaged(self.label, "it has no sheet", "没有工作表")
        for kind, target in rels.values():
            if kind == "styles":
                self._read_styles(z, target)
            elif kind == "sharedStrings":
                self._read_strings(z, target)

    def _read_styles(self, z: zipfile.ZipFile, part: str) -> None:
        codes: dict[int, str] = {}
        xfs: list[int] = []
        depth = {"cellXfs": 0}
        p = _parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "numFmt":
                with contextlib.suppress(ValueError):
                    codes[int(attrs.get("numFmtId", ""))] = attrs.get("formatCode", "")
            elif name == "cellXfs":
                depth["cellXfs"] += 1
            elif name == "xf" and depth["cellXfs"]:
                try:
                    xfs.append(int(attrs.get("numFmtId", "0")))
                except ValueError:
                    xfs.append(0)

        def end(tag: str) -> None:
            if _local(tag) == "cellXfs":
                depth["cellXfs"] -= 1

        p.StartElementHandler = start
        p.EndElementHandler = end
        self._parse(z, part, p)
        dates, elapsed = set(), set()
        for i, fmt in enumerate(xfs):
            code = codes.get(fmt)
            if code is None:
                is_date, is_elapsed = fmt in _DATE_IDS, fmt in _ELAPSED_IDS
            else:
                plain = _QUOTED.sub("", code.split(";")[0])
                is_elapsed = bool(_ELAPSED.search(code))
                is_date = is_elapsed or bool(_DATE_CODE.search(plain))
            if is_date:
                dates.add(i)
            if is_elapsed:
                elapsed.add(i)
        self._dates, self._elapsed = frozenset(dates), frozenset(elapsed)

    def _read_strings(self, z: zipfile.ZipFile, part: str) -> None:
        from .source import MAX_CELL

        text, ends = self._text, self._ends
        state = {"in_t": False, "skip": 0, "n": 0}
        current: list[str] = []
        p = _parser()

        def start(tag: str, _attrs: dict[str, str]) -> None:
            name = _local(tag)
            if name == "t" and not state["skip"]:
                state["in_t"] = True
            elif name in ("rPh", "phoneticPr"):
                state["skip"] += 1  # phonetic guides are not the cell's text
            elif name == "si":
                current.clear()
                state["n"] = 0

        def end(tag: str) -> None:
            name = _local(tag)
            if name == "t":
                state["in_t"] = False
            elif name in ("rPh", "phoneticPr"):
                state["skip"] -= 1
            elif name == "si":
                text.extend("".join(current).encode("utf-8", "surrogatepass"))
                ends.append(len(text))

        def chars(data: str) -> None:
            if state["in_t"]:
                state["n"] += len(data)
                if state["n"] > MAX_CELL:
                    raise _Refused(
                        f"a shared string longer than {MAX_CELL} characters",
                        f"超过{MAX_CELL}个字符的共享字符串",
                    )
                current.append(data)

        p.StartElementHandler = start
        p.EndElementHandler = end
        p.CharacterDataHandler = chars
        self._parse(z, part, p)

    def string(self, index: int) -> str | None:
        """Shared string *index*, or ``None`` when there is no such entry."""
        if not 0 <= index < len(self._ends):
            return None
        start = self._ends[index - 1] if index else 0
        return self._text[start : self._ends[index]].decode("utf-8", "surrogatepass")

    # -- sheets --------------------------------------------------------------------------

    def default_sheet(self) -> SheetInfo:
        """The sheet read when none is named: the first visible worksheet."""
        for s in self.sheets:
            if s.worksheet and s.visible:
                return s
        raise PolicyError(
            f"{self.label} has no visible worksheet; name the sheet to read with --sheet",
            zh="该工作簿没有可见的工作表，请用 --sheet 指定要读取的工作表",
        )

    def sheet(self, name: str) -> SheetInfo | None:
        """The sheet called *name*, or ``None``."""
        return next((s for s in self.sheets if s.name == name), None)

    def merged(self, sheet: SheetInfo) -> list[tuple[int, int, int, int]]:
        """The merged ranges of *sheet*, as ``(first row, first column, last row, last column)``.

        Found by scanning the inflated part for ``mergeCell`` tags (they follow the rows),
        without parsing it, so the rows can be read in one pass knowing every range.
        """
        if sheet.part in self._merged:
            return self._merged[sheet.part]
        found: list[tuple[int, int, int, int]] = []
        tail = b""
        with self._zip() as z:
            for block in self._blocks(z, sheet.part):
                data = tail + block
                end = 0
                for m in _MERGE_TAG.finditer(data):
                    end = m.end()
                    ref = _REF_ATTR.search(m.group(1))
                    r = _RANGE.fullmatch(ref.group(1).decode("ascii", "replace")) if ref else None
                    if r is None:
                        raise _damaged(
                            self.label,
                            f"sheet {sheet.name!r} has a merged range that is not a range",
                            f"工作表“{sheet.name}”的合并单元格区域无效",
                        )
                    c1, r1 = _column_index(r.group(1)), int(r.group(2))
                    c2 = _column_index(r.group(3)) if r.group(3) else c1
                    r2 = int(r.group(4)) if r.group(4) else r1
                    found.append((min(r1, r2), min(c1, c2), max(r1, r2), max(c1, c2)))
                    if len(found) > MAX_MERGED:
                        raise UnreadableWorkbook(
                            f"{self.label}: sheet {sheet.name!r} has more than {MAX_MERGED} "
                            "merged ranges; unmerge the cells (Home › Merge & Center) and "
                            "fill each row",
                            zh=f"工作表“{sheet.name}”的合并单元格超过{MAX_MERGED}处，"
                            "请取消合并单元格并逐行填写",
                        )
                # Keep the end of the block: a tag may continue in the next one.
                keep = max(end, len(data) - 512)
                tail = data[keep:]
        self._merged[sheet.part] = found  # kept once the whole part is scanned
        return found

    def rows(self, sheet: SheetInfo) -> Iterator[tuple[int, list[Any]]]:
        """Every row of *sheet* that holds a value: ``(row, cells)``, cells from column A.

        A row with a cell that cannot be read yields ``(row, [CellProblem, …])`` instead.
        """
        merged = self.merged(sheet)
        reader = _SheetReader(self, sheet, merged)
        with self._zip() as z:
            parser = _parser()
            reader.bind(parser)
            try:
                for block in self._blocks(z, sheet.part):
                    parser.Parse(block, False)
                    if reader.done:
                        yield from reader.take()
                parser.Parse(b"", True)
            except expat.ExpatError as exc:
                raise _damaged(
                    self.label,
                    f"sheet {sheet.name!r} is not well-formed XML: {expat.ErrorString(exc.code)}",
                    f"工作表“{sheet.name}”不是格式正确的XML",
                ) from None
            except _Refused as exc:
                raise _damaged(
                    self.label,
                    f"sheet {sheet.name!r} holds {exc.en}",
                    f"工作表“{sheet.name}”{exc.zh}",
                ) from None
            yield from reader.take()


class _SheetReader:
    """The state of one pass over a sheet's XML: the row being read, the rows read."""

    def __init__(
        self, book: Book, sheet: SheetInfo, merged: list[tuple[int, int, int, int]]
    ) -> None:
        from .source import MAX_CELL

        self.book = book
        self.sheet = sheet
        self.max_cell = MAX_CELL
        self.done: list[tuple[int, list[Any]]] = []
        self.row = 0
        self.row_text = "0"
        self.columns = _columns()
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
        name = _local(tag)
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
                    raise _Refused(
                        f"a cell reference {ref[:20]!r} in row {self.row}",
                        f"第{self.row}行有无效的单元格引用“{ref[:20]}”",
                    )
                if column <= self.column:
                    raise _Refused(
                        f"cell {ref} out of order in row {self.row}",
                        f"第{self.row}行的单元格{ref}顺序错乱",
                    )
                self.column = column
            if self.column >= MAX_COLUMN:
                raise _Refused(
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
                raise _Refused(f"a row number {ref[:20]!r}", f"有无效的行号“{ref[:20]}”")
            if row <= self.row or row > MAX_ROW:
                raise _Refused(f"row {row} out of order", f"第{row}行顺序错乱或超出范围")
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
        name = _local(tag)
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
            found = self.book.string(int(text)) if _INT.fullmatch(text.strip()) else None
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
        if _INT.fullmatch(text):
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
            if self.book.epoch == _EPOCH_1900 and 0 < value < 60:
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
