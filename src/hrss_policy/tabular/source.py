"""Where a units table comes from: a CSV file's bytes or an ``.xlsx`` workbook's sheet.

An adapter's plumbing, no policy. A :class:`Source` yields the table's records one at a
time — ``(position, cells)`` — so a file of any size is read in constant memory, and can
be read again (the command validates a file whole in one pass before it prints anything
from a second). Cells are text for CSV and what Excel holds for a workbook (numbers,
dates, booleans, text).

Encodings: a CSV file is UTF-8 (with or without a BOM) or GB18030, the
superset of GBK that Excel on Chinese Windows writes. GB18030 decodes almost any bytes,
so "it decoded" proves nothing: a file in which some lines are valid UTF-8 with non-ASCII
text and others are not is *mixed* and refused, naming the lines that are not UTF-8;
GB18030 is chosen only when no non-ASCII line is valid UTF-8.
"""

from __future__ import annotations

import atexit
import contextlib
import csv
import io
import os
import re
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

import attrs

from ..core import validate as _validate
from ..errors import PolicyError
from .encoding import MAX_LISTED, detect_encoding
from .ooxml import MAX_CELL
from .problems import Problem, TableError
from .problems import problem as _problem

__all__ = ["MAX_LISTED", "Problem", "Source", "Span", "TableError", "open_source", "read_span"]


_BLOCK = 1 << 20
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@attrs.define
class Source:
    """A table to read, as many times as needed.

    Attributes:
        label: How messages name the input (the path, ``<stdin>``, the sample).
        sheet: The worksheet read, for a workbook; ``None`` for CSV.
        encoding: The CSV encoding detected or given.
        path: A file other processes can open, or ``None``.
    """

    label: str
    sheet: str | None
    encoding: str | None
    _open: Callable[[], IO[bytes]]
    _size: int
    path: str | None = None
    """A file other processes can open (``None`` for the sample or a small standard input)."""
    _book: Any = None
    """The opened workbook and the sheet read, for a workbook."""

    @property
    def size(self) -> int:
        """The input's size in bytes."""
        return self._size

    def stamp(self) -> tuple[int, int] | None:
        """The file's size and modification time (``None`` for data held in memory)."""
        if self.path is None:
            return None
        st = os.stat(self.path)
        return st.st_size, st.st_mtime_ns

    def records(self) -> Iterator[tuple[int, list[Any]]]:
        """Every record, header first: ``(line, cells)``; a bad record as ``(line, problems)``
        (a list of :class:`Problem`, every one of the record).

        A CSV record's line is the physical line it starts on; blank records are skipped.
        """
        if self.sheet is None:
            yield from self._csv_records()
        else:
            yield from self._xlsx_records()

    def _csv_records(self) -> Iterator[tuple[int, list[Any]]]:
        with self._open() as raw:
            text = io.TextIOWrapper(raw, encoding=self.encoding or "utf-8-sig", newline="")
            yield from _parse_csv(text, 1)

    def spans(self, *, records: int = 2000, size: int = 1 << 20, header: int = 1) -> Iterator[Span]:
        """The CSV records after the header (the record on line *header*; any title or
        blank lines above it are passed over), as byte ranges of whole records, in order.

        Each :class:`Span` holds about *records* records (or *size* bytes); another
        process reads it with :func:`read_span`, so only offsets cross between processes.
        A record's end is found from the bytes alone (a quoted cell may hold line breaks):
        in UTF-8 and GB18030 no byte of a multibyte character is a comma, a quote or a line
        break.
        """
        state, line, offset = _START, 1, 0
        header_seen = False
        start, first, count = 0, 1, 0
        pending = bytearray()
        record_line = 1
        with self._open() as f:
            for raw in f:
                if state == _QUOTED or b'"' in raw:
                    state = _scan(raw, state)
                breaks = 1 + (raw.count(b"\r") - raw.endswith(b"\r\n") if b"\r" in raw else 0)
                if not header_seen and not pending:
                    record_line = line
                line += breaks
                offset += len(raw)
                if not header_seen:
                    pending += raw
                    if state != _QUOTED:
                        header_seen = record_line >= header
                        pending.clear()
                        start, first = offset, line
                        fast = _plain_spans(f, offset, line, records, size)
                        if header_seen and fast is not None:
                            # The rest holds no quote and no lone carriage return: every
                            # line break ends a record, found in C rather than line by line.
                            yield from fast
                            return
                    continue
                if state == _QUOTED:
                    continue
                count += 1
                if count >= records or offset - start >= size:
                    yield Span(start, offset, first)
                    start, first, count = offset, line, 0
        if header_seen and offset > start:
            yield Span(start, offset, first)

    def _xlsx_records(self) -> Iterator[tuple[int, list[Any]]]:
        from .xlsx import CellProblem, cell_name

        book, sheet = self._book
        name = sheet.name
        for row, cells in book.rows(sheet):
            if cells and isinstance(cells[0], CellProblem):
                yield row, [Problem(cell_name(name, p.column, row), p.en, p.zh, row) for p in cells]
            else:
                yield row, cells


_LONE_RETURN = re.compile(rb"\r(?!\n)")


def _plain_spans(
    f: IO[bytes], offset: int, line: int, records: int, size: int
) -> list[Span] | None:
    """The spans of the rest of *f* from *offset* (the first record after the header, on
    *line*), when it holds no quote and no carriage return but in CRLF: one record per
    line. ``None`` when it does (the caller scans line by line) or *f* cannot be mapped."""
    import mmap

    try:
        data = mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ)
    except (OSError, ValueError, io.UnsupportedOperation):
        return None
    with data:
        end = len(data)
        if data.find(b'"', offset) >= 0:
            return None
        if _LONE_RETURN.search(data, offset):
            return None
        spans: list[Span] = []
        find = data.find
        start = offset
        while start < end:
            pos, n = start, 0
            while n < records and pos - start < size:
                j = find(b"\n", pos)
                if j < 0:
                    pos = end
                    n += 1
                    break
                pos = j + 1
                n += 1
            spans.append(Span(start, pos, line))
            line += n
            start = pos
        return spans


@attrs.frozen
class Span:
    """Whole CSV records of a file: bytes ``[start, end)``, the first on line *line*."""

    start: int
    end: int
    line: int


def read_span(f: IO[bytes], span: Span, encoding: str) -> Iterator[tuple[int, list[Any]]]:
    """The records of *span* in the open file *f*, as :meth:`Source.records` gives them."""
    f.seek(span.start)
    data = f.read(span.end - span.start)
    text = data.decode("utf-8" if encoding == "utf-8-sig" else encoding)
    return _parse_csv(io.StringIO(text, newline=""), span.line)


# The states of a CSV record that matter for finding its end (the csv module's own, for
# the default dialect): at a field's start, in an unquoted field, in a quoted field, or
# just after a quote inside a quoted field.
_START, _FIELD, _QUOTED, _QUOTE_IN = 0, 1, 2, 3
_SPECIAL = re.compile(rb'[",\r\n]')


def _scan(raw: bytes, state: int) -> int:
    """The CSV state after the bytes *raw*, starting in *state* (only special bytes matter)."""
    after = 0
    for match in _SPECIAL.finditer(raw):
        pos = match.start()
        if pos > after and state in (_START, _QUOTE_IN):
            state = _FIELD  # ordinary characters: an unquoted field (or text after a quote)
        after = pos + 1
        char = raw[pos]
        if state == _QUOTED:
            if char == 34:
                state = _QUOTE_IN
        elif char == 34:
            if state in (_START, _QUOTE_IN):
                state = _QUOTED
        else:  # a comma ends the field, a line break the record
            state = _START
    if len(raw) > after and state in (_START, _QUOTE_IN):
        state = _FIELD
    return state


def _parse_csv(lines: Iterable[str], first_line: int) -> Iterator[tuple[int, list[Any]]]:
    reader = csv.reader(lines)
    base = first_line - 1
    start = first_line
    while True:
        try:
            row = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            yield start, [_csv_problem(start, exc)]
            start = base + reader.line_num + 1
            continue
        line, start = start, base + reader.line_num + 1
        if "".join(row).strip():  # blank records (",,,") are skipped
            yield line, row


def _csv_problem(line: int, exc: csv.Error) -> Problem:
    if "field larger" in str(exc):
        return _problem(
            line,
            f"a cell is longer than {MAX_CELL} characters; no cell of a units table is that long",
            f"有单元格超过{MAX_CELL}个字符，单位表的单元格不会这么长，请检查文件",
        )
    return _problem(line, f"not readable as CSV: {exc}", "此行无法按CSV格式读取")


def open_source(
    path: str | None,
    *,
    encoding: str | None = None,
    sheet: str | None = None,
    default: Callable[[], bytes] | None = None,
    stdin: IO[bytes] | None = None,
) -> Source:
    """Open the table at *path* (``"-"``: standard input; ``None``: *default*'s bytes).

    A workbook is recognised by its content (an ``.xlsx`` is a zip file), whatever its
    name; an old binary ``.xls`` is refused with a pointer to ``.xlsx`` or CSV. For CSV the
    encoding is detected (or *encoding* checked) over the whole file before any record is
    read.

    Raises:
        OSError: the file cannot be opened.
        PolicyError: the encoding is wrong or unknown, the sheet does not exist, the
            workbook is unreadable or ``openpyxl`` is not installed.
        TableError: some lines are not in the file's encoding (each named).
    """
    opener, size, label, file = _opener(path, default, stdin)
    with opener() as f:
        head = f.read(8)
    if head.startswith(_OLE):
        if _encrypted(opener):
            raise PolicyError(
                f"{label} is a password-protected (encrypted) workbook; open it in Excel, "
                "remove the password (File › Info › Protect Workbook › Encrypt with "
                "Password) and save it as .xlsx, or save it as CSV UTF-8",
                zh="该文件是设置了打开密码的（加密的）工作簿，请在Excel中打开，取消密码"
                "（文件 › 信息 › 保护工作簿 › 用密码进行加密）后另存为.xlsx，或另存为“CSV UTF-8”格式",
            )
        raise PolicyError(
            f"{label} is an old binary Excel file (.xls); save it as .xlsx or as CSV UTF-8",
            zh="该文件是旧版Excel格式（.xls），请另存为.xlsx或“CSV UTF-8”格式",
        )
    if head.startswith(_ZIP):
        from .xlsx import Book

        book = Book(opener, label)
        if sheet is None:
            info = book.default_sheet()
        else:
            found = book.sheet(sheet)
            if found is None:
                names = [s.name for s in book.sheets]
                raise PolicyError(
                    f"{label} has no sheet {sheet!r}; its sheets: {', '.join(names)}",
                    zh=f"工作簿中没有名为“{_validate.printable(sheet)}”的工作表，"
                    f"现有工作表：{'、'.join(names)}",
                )
            if not found.worksheet:
                raise PolicyError(
                    f"{label}: sheet {sheet!r} is a chart, not a worksheet",
                    zh=f"“{_validate.printable(sheet)}”是图表工作表，不是数据工作表",
                )
            info = found
        return Source(label, info.name, None, opener, size, file, (book, info))
    if sheet is not None:
        raise PolicyError(
            f"--sheet is for .xlsx workbooks; {label} is a CSV file",
            zh="--sheet 只适用于.xlsx工作簿，该文件是CSV文件",
        )
    return Source(label, None, detect_encoding(opener, encoding), opener, size, file)


_ENCRYPTED = "EncryptedPackage".encode("utf-16-le")


def _encrypted(opener: Callable[[], IO[bytes]]) -> bool:
    """Whether an OLE file is an encrypted ``.xlsx`` (Office keeps it in a stream named
    ``EncryptedPackage``, named in the file's directory)."""
    tail = b""
    with opener() as f:
        while block := f.read(_BLOCK):
            if _ENCRYPTED in tail + block:
                return True
            tail = block[-len(_ENCRYPTED) :]
    return False


def _opener(
    path: str | None, default: Callable[[], bytes] | None, stdin: IO[bytes] | None
) -> tuple[Callable[[], IO[bytes]], int, str, str | None]:
    if path is None:
        if default is None:  # pragma: no cover - the command always gives its sample
            raise TypeError("open_source needs a path or a default")
        data = default()
        return (lambda: io.BytesIO(data)), len(data), "<sample>", None
    if path == "-":
        return _spooled(stdin if stdin is not None else sys.stdin.buffer, "<stdin>")
    if "\x00" in path:
        raise PolicyError(
            f"{path!r} is not a file name: it holds a NUL character",
            zh=f"“{_validate.printable(path)}”不是有效的文件名：含有空字符",
        )
    p = Path(path)
    mode = p.stat().st_mode
    if stat.S_ISDIR(mode):
        raise IsADirectoryError(21, "Is a directory", path)
    if not stat.S_ISREG(mode):
        # A pipe (<(…), /dev/stdin) can be read only once: keep it, as standard input.
        with p.open("rb") as f:
            return _spooled(f, path)
    return (lambda: p.open("rb")), p.stat().st_size, path, str(p)


def _spooled(stream: IO[bytes], label: str) -> tuple[Callable[[], IO[bytes]], int, str, str | None]:
    """Keep a stream that can be read only once (in a file past 8 MB, which worker
    processes can open too), so the table can be read again: its encoding is checked before
    it is parsed, and worker processes read their parts of it."""
    spool = tempfile.NamedTemporaryFile(prefix="hrss-policy-input-", delete=False)  # noqa: SIM115
    SPOOLS.add(spool.name)
    atexit.register(_remove, spool.name)
    with spool:
        shutil.copyfileobj(stream, spool)
        size = spool.tell()
    if size <= 8 << 20:
        data = Path(spool.name).read_bytes()
        _remove(spool.name)
        return (lambda: io.BytesIO(data)), size, label, None
    name = spool.name
    return (lambda: open(name, "rb")), size, label, name


#: The copies of standard input still on disk; the command removes them when it ends.
SPOOLS: set[str] = set()


def _remove(name: str) -> None:
    SPOOLS.discard(name)
    with contextlib.suppress(OSError):
        os.unlink(name)


def remove_spools() -> None:
    """Remove every copy of standard input this process made (the command, on ending)."""
    for name in list(SPOOLS):
        _remove(name)
