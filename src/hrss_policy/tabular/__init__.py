"""Units read from a spreadsheet (CSV or ``.xlsx``), and results written back as CSV.

This is an adapter: it turns cells into the library's values and holds no policy.
Input arrives as spreadsheets really write it — CSV in UTF-8 with or without a BOM, or
GBK/GB18030 from Excel on Chinese Windows; or an ``.xlsx`` workbook whose cells hold
numbers, dates, booleans and text — with English or Chinese column headers. A bad file is
refused whole, with every problem and its position (``12`` for a CSV line, ``单位!D12``
for a workbook cell) at once.

Reading is a stream: :class:`RowReader` turns one record into a :class:`~hrss_policy.Unit`
or its problems, so a table of any size is checked in constant memory
(:mod:`hrss_policy.cli` parses a file once, holding its output back until every record
has passed, so a file with any problem is refused whole; a CSV file's bytes are decoded
once more before that, to know its encoding before any cell is read).
"""

from __future__ import annotations

from .header import find_header
from .problems import Problem, TableError
from .reader import RowReader, decode, inspect_table, read_units
from .schema import COLUMNS, Column
from .writer import csv_safe, write_csv

__all__ = [
    "COLUMNS",
    "Column",
    "Problem",
    "RowReader",
    "TableError",
    "csv_safe",
    "decode",
    "find_header",
    "inspect_table",
    "read_units",
    "write_csv",
]
