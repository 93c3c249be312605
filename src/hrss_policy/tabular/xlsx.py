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
import re
import zipfile
import zlib
from array import array
from collections.abc import Callable, Iterator
from typing import IO, Any
from xml.parsers import expat

from ..errors import PolicyError
from .ooxml import (
    BLOCK,
    EPOCH_1900,
    MAX_CELL,
    CellProblem,
    Merged,
    Refused,
    SheetInfo,
    UnreadableWorkbook,
    cell_name,
    column_index,
    column_letters,
    damaged,
    local_name,
    make_parser,
    quote_sheet,
)
from .sheetxml import SheetReader

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

_RANGE = re.compile(r"([A-Z]{1,3})([1-9][0-9]{0,6})(?::([A-Z]{1,3})([1-9][0-9]{0,6}))?")

_MERGE_TAG = re.compile(rb"<(?:[A-Za-z_][\w.-]*:)?mergeCell\b([^>]*)>")

_REF_ATTR = re.compile(rb"""\bref\s*=\s*["']([^"']*)["']""")

# Excel's built-in number formats that show dates or times (ids 14–22, 45–47, and the
# East Asian ones Excel on Chinese Windows writes, 27–36 and 50–58).
_DATE_IDS = frozenset([*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)])

_ELAPSED_IDS = frozenset([46])

_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]|_.|\*.')

_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)

_ELAPSED = re.compile(r"\[(?:h+|m+|s+)\]", re.IGNORECASE)

_EPOCH_1904 = dt.datetime(1904, 1, 1)


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
        self.epoch = EPOCH_1900
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
                raise damaged(self.label, "not a zip archive", "不是zip压缩包") from None
            with z:
                yield z

    def _blocks(self, z: zipfile.ZipFile, part: str) -> Iterator[bytes]:
        """The inflated bytes of *part*, refused once it inflates past :data:`MAX_RATIO`."""
        try:
            info = z.getinfo(part)
        except KeyError:
            raise damaged(self.label, f"the part {part} is missing", f"缺少{part}部分") from None
        limit = max(GRACE, MAX_RATIO * info.compress_size)
        seen = 0
        try:
            with z.open(info) as f:
                # The size the archive declares is checked first (refused unread), then the
                # bytes as they come (a declared size may lie).
                while (block := f.read(BLOCK)) or info.file_size > limit:
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
            raise damaged(
                self.label, f"the part {part} is damaged: {type(exc).__name__}", f"{part}部分已损坏"
            ) from None

    def _parse(self, z: zipfile.ZipFile, part: str, parser: Any) -> None:
        try:
            for block in self._blocks(z, part):
                parser.Parse(block, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise damaged(
                self.label,
                f"the part {part} is not well-formed XML: {expat.ErrorString(exc.code)}",
                f"{part}部分不是格式正确的XML",
            ) from None
        except Refused as exc:
            raise damaged(
                self.label, f"the part {part} holds {exc.en}", f"{part}部分{exc.zh}"
            ) from None

    def _relations(self, z: zipfile.ZipFile, part: str) -> dict[str, tuple[str, str]]:
        """The relationships of *part*: id → (type's last word, target part)."""
        folder, _, name = part.rpartition("/")
        rels_part = f"{folder}/_rels/{name}.rels" if folder else f"_rels/{name}.rels"
        found: dict[str, tuple[str, str]] = {}
        p = make_parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            if local_name(tag) == "Relationship" and attrs.get("TargetMode") != "External":
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
            raise damaged(self.label, "it names no workbook part", "未指明工作簿部分")
        rels = self._relations(z, main)
        entries: list[tuple[str, str, str]] = []
        p = make_parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = local_name(tag)
            if name == "sheet":
                rid = next((v for k, v in attrs.items() if local_name(k) == "id"), "")
                entries.append((attrs.get("name", ""), rid, attrs.get("state", "visible")))
            elif name == "workbookPr" and attrs.get("date1904") in ("1", "true"):
                self.epoch = _EPOCH_1904

        p.StartElementHandler = start
        self._parse(z, main, p)
        for name, rid, state in entries:
            kind, target = rels.get(rid, ("", ""))
            if not target:
                raise damaged(
                    self.label, f"sheet {name!r} has no part", f"工作表“{name}”缺少对应部分"
                )
            self.sheets.append(SheetInfo(name, target, kind == "worksheet", state == "visible"))
        if not self.sheets:
            raise damaged(self.label, "it has no sheet", "没有工作表")
        for kind, target in rels.values():
            if kind == "styles":
                self._read_styles(z, target)
            elif kind == "sharedStrings":
                self._read_strings(z, target)

    def _read_styles(self, z: zipfile.ZipFile, part: str) -> None:
        codes: dict[int, str] = {}
        xfs: list[int] = []
        depth = {"cellXfs": 0}
        p = make_parser()

        def start(tag: str, attrs: dict[str, str]) -> None:
            name = local_name(tag)
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
            if local_name(tag) == "cellXfs":
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
        text, ends = self._text, self._ends
        state = {"in_t": False, "skip": 0, "n": 0}
        current: list[str] = []
        p = make_parser()

        def start(tag: str, _attrs: dict[str, str]) -> None:
            name = local_name(tag)
            if name == "t" and not state["skip"]:
                state["in_t"] = True
            elif name in ("rPh", "phoneticPr"):
                state["skip"] += 1  # phonetic guides are not the cell's text
            elif name == "si":
                current.clear()
                state["n"] = 0

        def end(tag: str) -> None:
            name = local_name(tag)
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
                    raise Refused(
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
                        raise damaged(
                            self.label,
                            f"sheet {sheet.name!r} has a merged range that is not a range",
                            f"工作表“{sheet.name}”的合并单元格区域无效",
                        )
                    c1, r1 = column_index(r.group(1)), int(r.group(2))
                    c2 = column_index(r.group(3)) if r.group(3) else c1
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
        reader = SheetReader(self, sheet, merged)
        with self._zip() as z:
            parser = make_parser()
            reader.bind(parser)
            try:
                for block in self._blocks(z, sheet.part):
                    parser.Parse(block, False)
                    if reader.done:
                        yield from reader.take()
                parser.Parse(b"", True)
            except expat.ExpatError as exc:
                raise damaged(
                    self.label,
                    f"sheet {sheet.name!r} is not well-formed XML: {expat.ErrorString(exc.code)}",
                    f"工作表“{sheet.name}”不是格式正确的XML",
                ) from None
            except Refused as exc:
                raise damaged(
                    self.label,
                    f"sheet {sheet.name!r} holds {exc.en}",
                    f"工作表“{sheet.name}”{exc.zh}",
                ) from None
            yield from reader.take()
