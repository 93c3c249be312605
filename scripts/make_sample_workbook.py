"""Write the shipped sample as a workbook: src/hrss_policy/data/zhuhai_2011_sample.xlsx.

The workbook holds the same units as ``zhuhai_2011_sample.csv``, as an analyst keeps them
in Excel: one sheet 单位, the Chinese headers, counts and amounts as numbers, yes/no and
lists as the text officers type. Run after changing the CSV:
``python scripts/make_sample_workbook.py`` (a test checks the two hold the same units).
"""

from __future__ import annotations

import csv
from decimal import Decimal
from pathlib import Path

from hrss_policy.cli.documents.xlsx import write_table
from hrss_policy.tabular import COLUMNS

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "src" / "hrss_policy" / "data"


def typed(kind: str, cell: str) -> object:
    """The cell as Excel would hold it: a number for counts and amounts, else text."""
    if not cell:
        return None
    if kind == "count":
        return int(cell)
    if kind in ("number", "money"):
        return Decimal(cell)
    return cell


def main() -> None:
    by_name = {c.name: c for c in COLUMNS}
    with (DATA / "zhuhai_2011_sample.csv").open(encoding="utf-8", newline="") as f:
        header, *rows = list(csv.reader(f))
    columns = [by_name[h] for h in header]
    write_table(
        DATA / "zhuhai_2011_sample.xlsx",
        "单位",
        [c.label for c in columns],
        ([typed(c.kind, cell) for c, cell in zip(columns, row, strict=True)] for row in rows),
    )


if __name__ == "__main__":
    main()
