"""The pieces of an ``.xlsx`` that the workbook (:mod:`.xlsx`) and its sheets' reader
(:mod:`.sheetxml`) share: cell references as Excel writes them, a cell's problem, a sheet's
place in the workbook, the refusal of a damaged workbook, and the XML parser that refuses
DTDs and entities. An adapter's plumbing, no policy.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from typing import Any
from xml.parsers import expat

import attrs

from ..errors import PolicyError

__all__ = [
    "BLOCK",
    "EPOCH_1900",
    "INT_TEXT",
    "MAX_CELL",
    "MAX_COLUMN",
    "MAX_ROW",
    "MERGE_MARKED",
    "CellProblem",
    "Merged",
    "Refused",
    "SheetInfo",
    "UnreadableWorkbook",
    "cell_name",
    "column_index",
    "column_letters",
    "column_table",
    "damaged",
    "local_name",
    "make_parser",
    "quote_sheet",
]

#: The largest cell accepted, in characters (the ``csv`` module's own default limit), in a
#: CSV file and a workbook alike.
MAX_CELL = 131_072

#: A range merged across columns marks at most this many of its cells (a units table has a
#: few dozen columns; a title merged to column XFD would otherwise make every row 16,384
#: cells wide).
MERGE_MARKED = 256

#: Excel's own limits of a sheet.
MAX_ROW = 1_048_576

MAX_COLUMN = 16_384

BLOCK = 1 << 16

INT_TEXT = re.compile(r"[+-]?[0-9]{1,30}")

_PLAIN_NAME = re.compile(r"[^\W\d]\w*")

_LOOKS_LIKE_REF = re.compile(r"[A-Za-z]{1,3}[0-9]+|[Rr][0-9]*[Cc][0-9]*", re.ASCII)

EPOCH_1900 = dt.datetime(1899, 12, 30)


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


def column_index(letters: str) -> int:
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


def damaged(label: str, en: str, zh: str) -> PolicyError:
    return UnreadableWorkbook(
        f"{label} is not a readable .xlsx workbook ({en}); open it in Excel and save it "
        "again as .xlsx, or save it as CSV UTF-8",
        zh=f"该文件不是可读取的.xlsx工作簿（{zh}），请在Excel中打开后重新另存为.xlsx，"
        "或另存为“CSV UTF-8”格式",
    )


def make_parser() -> Any:
    p = expat.ParserCreate()
    p.buffer_text = True
    p.buffer_size = BLOCK
    p.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def refuse(*_: object) -> None:
        raise Refused("a DTD or entity declaration", "含有DTD或实体声明")

    p.StartDoctypeDeclHandler = refuse
    p.EntityDeclHandler = refuse
    return p


class Refused(Exception):
    def __init__(self, en: str, zh: str) -> None:
        super().__init__(en)
        self.en, self.zh = en, zh


_LOCAL: dict[str, str] = {}


def local_name(name: str) -> str:
    """*name* without its namespace prefix (``x:row`` → ``row``), remembered."""
    try:
        return _LOCAL[name]
    except KeyError:
        local = name.rpartition(":")[2]
        if len(_LOCAL) < 4096:  # the names of a format, not of a file: a hostile one is not kept
            _LOCAL[name] = local
        return local


@functools.cache
def column_table() -> dict[str, int]:
    """Every column's letters → its 0-based index, ``A`` to ``XFD``."""
    return {column_letters(i): i for i in range(MAX_COLUMN)}
