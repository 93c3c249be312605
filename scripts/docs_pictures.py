"""Draw the Excel guide's pictures from the library's own output: docs/guides/images/*.png.

Each picture is a workbook the library writes (or fills with its own worksheet functions),
rendered as Excel would print it by LibreOffice Calc, headless, to PDF, then to PNG by
poppler's ``pdftoppm``, cropped to what is printed. Nothing is drawn by hand:

* ``excel-columns.png`` — the guide's worked sheet: the inputs in A–E, and in F, G and H
  what ``HRSS_STAFF_QUOTA``, ``HRSS_SUBSIDY_CITY`` and ``HRSS_EXPLAIN`` of
  :mod:`hrss_policy.excel` return for those ranges, as the formulas in row 2 spill them;
* ``excel-report.png`` — the first sheet of ``hrss-policy report 2012Q3 --district 香洲区
  -o report.xlsx`` on the shipped sample (its wrapped rows grown, :func:`grow_wrapped_rows`);
* ``excel-bulletin.png`` — ``hrss-policy bulletin --as-of 2012-09-15 -o bulletin.xlsx`` on
  the shipped sample: the 通报 with its bar chart.

Needs LibreOffice Calc and poppler-utils (Debian: ``apt-get install libreoffice-calc
poppler-utils``; ``.ci/run`` installs them and runs this into a scratch folder) and the
``excel`` and ``xlsx`` extras. Run ``python scripts/docs_pictures.py`` after changing what
the pictures show; ``python scripts/docs_pictures.py --out DIR`` writes them elsewhere.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
IMAGES = ROOT / "docs" / "guides" / "images"
#: Rendering resolution (dots per inch): sharp on a phone, small in the repository.
DPI = 96
#: White space kept around what is printed, in pixels.
MARGIN = 8


def worked_sheet(path: Path) -> None:
    """The guide's worked sheet, its result columns filled by the worksheet functions."""
    import openpyxl
    from openpyxl.styles import Alignment, Border, Font, PatternFill, Side

    from hrss_policy import excel

    kinds = [["行政区街道"], ["社区"], ["村"], ["社区"], ["镇"]]
    recipients: list[list[object]] = [[45000], [9000], [3000], [8500.5], ["#N/A"]]
    full = [[None], [1], [0], [1], [1]]
    part = [[None], [1], [2], [0], [0]]
    public = [[None], [0], [1], [0], [0]]
    quota = excel.HRSS_STAFF_QUOTA(kinds, recipients)
    subsidy = excel.HRSS_SUBSIDY_CITY(full, part, public)
    explained = excel.HRSS_EXPLAIN("HRSS_STAFF_QUOTA", kinds, recipients)

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = "示例"
    header = ["单位类型", "服务对象", "专职", "兼职", "兼职公职人员", "定额", "市级补助", "说明"]
    ws.append(header)
    for i in range(5):
        ws.append(
            [
                kinds[i][0],
                recipients[i][0],
                full[i][0],
                part[i][0],
                public[i][0],
                quota[i][0],
                subsidy[i][0],
                explained[i][0],
            ]
        )
    ws.append([])
    ws.append(["F2: =HRSS_STAFF_QUOTA(A2:A6, B2:B6)"])
    ws.append(["G2: =HRSS_SUBSIDY_CITY(C2:C6, D2:D6, E2:E6)"])
    ws.append(['H2: =HRSS_EXPLAIN("HRSS_STAFF_QUOTA", A2:A6, B2:B6)'])
    computed = PatternFill("solid", fgColor="E2EFDA")
    thin = Side(style="thin", color="A0A0A0")
    widths = dict(zip("ABCDEFGH", (11, 9, 6, 6, 13, 30, 9, 80), strict=True))
    for column, width in widths.items():
        ws.column_dimensions[column].width = width
    for row in ws.iter_rows(min_row=1, max_row=6, max_col=8):
        for cell in row:
            cell.border = Border(left=thin, right=thin, top=thin, bottom=thin)
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if cell.column > 5:
                cell.fill = computed
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for row in range(2, 7):
        # Excel grows a wrapped row when it computes the formulas; a file read cold is not
        # measured by LibreOffice, so each row is given the height of its longest text.
        lines = max(
            _lines(str(ws.cell(row, column).value or ""), widths[letter])
            for column, letter in enumerate("ABCDEFGH", start=1)
        )
        ws.row_dimensions[row].height = 15 * lines + 3
    book.save(path)


#: The units the command ships as its sample (``hrss-policy inspect`` reads it by default).
SAMPLE = ROOT / "src" / "hrss_policy" / "data" / "zhuhai_2011_sample.xlsx"


def _lines(text: str, width: float) -> int:
    """How many lines *text* takes in a column *width* characters wide (Chinese counts 2)."""
    total = 0
    for line in text.split("\n"):
        wide = sum(2 if ord(ch) > 0x2E7F else 1 for ch in line)
        total += max(1, -(-wide // int(width - 1)))
    return total


def grow_wrapped_rows(path: Path) -> None:
    """Give each row with wrapped text and no height of its own the height of its text.

    Where a workbook leaves a row's height to the spreadsheet, LibreOffice, converting the
    file cold, keeps the default height and prints a long wrapped cell over the next rows,
    where Excel grows the row on screen. Only such heights change (the report has no
    chart, which openpyxl would drop).
    """
    import openpyxl

    book = openpyxl.load_workbook(path)
    for ws in book.worksheets:
        for row in ws.iter_rows():
            lines = [
                _lines(str(c.value), ws.column_dimensions[c.column_letter].width or 8.43)
                for c in row
                if c.value is not None and c.alignment is not None and c.alignment.wrap_text
            ]
            # A row the workbook gave a height keeps it (the report's merged paragraphs).
            unset = ws.row_dimensions[row[0].row].height is None
            if lines and max(lines) > 1 and unset:
                ws.row_dimensions[row[0].row].height = 13.5 * max(lines) + 3
    book.save(path)


def command(args: list[str], cwd: Path) -> None:
    """Run ``hrss-policy`` with *args*."""
    subprocess.run([sys.executable, "-m", "hrss_policy", *args], cwd=cwd, check=True)


def render(workbook: Path, png: Path, work: Path) -> None:
    """Render the first page of *workbook* to *png*, cropped to what is printed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None or shutil.which("pdftoppm") is None:
        raise SystemExit(
            "needs LibreOffice Calc and poppler-utils "
            "(Debian: apt-get install libreoffice-calc poppler-utils)"
        )
    profile = work / "lo-profile"
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            # Each sheet on one page, whole: no page breaks through a table or the chart.
            'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}',
            "--outdir",
            str(work),
            str(workbook),
        ],
        check=True,
        capture_output=True,
        env={**os.environ, "HOME": str(work)},
    )
    pdf = work / f"{workbook.stem}.pdf"
    gray = work / "page"
    subprocess.run(
        ["pdftoppm", "-r", str(DPI), "-f", "1", "-l", "1", "-gray", "-singlefile", pdf, gray],
        check=True,
    )
    x, y, w, h = _printed_box((work / "page.pgm").read_bytes())
    subprocess.run(
        [
            "pdftoppm",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            "-png",
            "-singlefile",
            "-x",
            str(x),
            "-y",
            str(y),
            "-W",
            str(w),
            "-H",
            str(h),
            pdf,
            png.with_suffix(""),
        ],
        check=True,
    )


def _printed_box(pgm: bytes) -> tuple[int, int, int, int]:
    """The box (x, y, width, height) of the non-white pixels of a binary PGM, with a margin."""
    fields: list[bytes] = []
    at = 0
    while len(fields) < 4:
        while pgm[at : at + 1].isspace():
            at += 1
        end = at
        while not pgm[end : end + 1].isspace():
            end += 1
        fields.append(pgm[at:end])
        at = end
    at += 1  # the one whitespace byte after the maximum value
    assert fields[0] == b"P5", "pdftoppm -gray writes binary PGM"
    width, height = int(fields[1]), int(fields[2])
    pixels = pgm[at:]
    rows = [i for i in range(height) if min(pixels[i * width : (i + 1) * width]) < 250]
    cols = [
        j
        for j in range(width)
        if any(pixels[i * width + j] < 250 for i in range(rows[0], rows[-1] + 1, 2))
    ]
    x0, x1 = max(0, cols[0] - MARGIN), min(width, cols[-1] + MARGIN)
    y0, y1 = max(0, rows[0] - MARGIN), min(height, rows[-1] + MARGIN)
    return x0, y0, x1 - x0, y1 - y0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--out", type=Path, default=IMAGES, help=f"default {IMAGES}")
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        worked_sheet(work / "excel-columns.xlsx")
        report = ["report", "2012Q3", str(SAMPLE), "--district", "香洲区"]
        command([*report, "-o", "excel-report.xlsx"], work)
        grow_wrapped_rows(work / "excel-report.xlsx")
        command(
            ["bulletin", str(SAMPLE), "--as-of", "2012-09-15", "-o", "excel-bulletin.xlsx"], work
        )
        for name in ("excel-columns", "excel-report", "excel-bulletin"):
            render(work / f"{name}.xlsx", args.out / f"{name}.png", work)
            print(args.out / f"{name}.png")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
