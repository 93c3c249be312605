"""The documents an office prints, printed: the workbooks and the ``.docx`` drafts rendered by
LibreOffice (headless) to PDF and measured with poppler's ``pdftotext``.

Marked ``render``: ``.ci/run`` installs LibreOffice and poppler and runs them with
``--render``; without it they are deselected (never skipped: with ``--render`` a missing
LibreOffice fails). What is measured, over generated tables whose names and findings are
long enough to wrap:

* every page is A4;
* no text is cut: each text cell of a workbook is found whole on one printed page (a
  paragraph run off the page's edge continues on another page, and is not);
* the report's tables repeat their header row on every page; the 通报's chart prints on a
  page of its own;
* the ``.docx`` drafts keep GB/T 9704-2012's margins (上37mm 下35mm 左28mm 右26mm), centre
  the title in 2号 (22 points) over 3号 (16 points) body text, place the 发文机关署名 two
  characters from the right and the 成文日期's first character two characters right of
  the 署名's, and number the pages ``— N —`` one character in from the outer side, 7 mm
  below the 版心.
"""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import subprocess
import zipfile
from pathlib import Path
from xml.etree import ElementTree

import openpyxl
import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from hrss_policy.cli import main
from hrss_policy.cli.documents.docx import MARGINS_MM, signature_indents

pytestmark = pytest.mark.render

SAMPLE = Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv"
AS_OF = "2012-09-15"
MM = 72 / 25.4
A4 = (210 * MM, 297 * MM)
#: Where rendered pages are kept to look at (``HRSS_RENDERS=DIR``), as PNG files.
RENDERS = os.environ.get("HRSS_RENDERS")
#: Closing punctuation that Chinese typesetting lets hang past the right margin.
HANGING = frozenset("，。、；：？！”’）》」』")
RENDER = settings(
    max_examples=2,
    deadline=None,
    phases=[Phase.explicit, Phase.reuse, Phase.generate],
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@pytest.fixture(scope="module")
def soffice() -> str:
    found = shutil.which("soffice") or shutil.which("libreoffice")
    assert found, "LibreOffice (soffice) is needed for the tests marked 'render'"
    assert shutil.which("pdftotext"), "poppler's pdftotext is needed for the tests marked 'render'"
    return found


def to_pdf(soffice: str, *files: Path) -> list[Path]:
    """Each file printed to PDF by LibreOffice, with a profile of its own (left nothing)."""
    folder = files[0].parent
    profile = folder / "lo-profile"
    subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder), *map(str, files)],
        check=True, capture_output=True, timeout=600,
    )  # fmt: skip
    shutil.rmtree(profile, ignore_errors=True)
    pdfs = [f.with_suffix(".pdf") for f in files]
    assert all(p.is_file() for p in pdfs)
    if RENDERS:
        for pdf in pdfs:
            subprocess.run(["pdftoppm", "-r", "60", "-png", str(pdf),
                            str(Path(RENDERS) / pdf.stem)], check=True)  # fmt: skip
    return pdfs


def page_texts(pdf: Path) -> list[str]:
    # -raw: in the order drawn, and a hyphen that ends a wrapped line kept (the default mode
    # joins such a line to the next without it, as if the word had been hyphenated).
    out = subprocess.run(
        ["pdftotext", "-raw", str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return [re.sub(r"\s", "", page) for page in out.stdout.split("\f")][:-1]


class Line:
    def __init__(self, e: ElementTree.Element) -> None:
        self.x0, self.y0 = float(e.get("xMin", 0)), float(e.get("yMin", 0))
        self.x1, self.y1 = float(e.get("xMax", 0)), float(e.get("yMax", 0))
        self.text = "".join(w.text or "" for w in e.iter() if w.tag.endswith("word"))


def page_lines(pdf: Path) -> list[tuple[tuple[float, float], list[Line]]]:
    out = subprocess.run(
        ["pdftotext", "-bbox-layout", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    root = ElementTree.fromstring(re.sub(r"<!DOCTYPE[^>]*>", "", out))
    pages = []
    for page in root.iter():
        if page.tag.endswith("page"):
            size = (float(page.get("width", 0)), float(page.get("height", 0)))
            lines = [Line(e) for e in page.iter() if e.tag.endswith("line")]
            pages.append((size, lines))
    return pages


def printed_whole(text: str, page: str) -> bool:
    """Whether *text* is printed whole on *page* (its text, spaces left out).

    A cell wrapped in a narrow column is read out line by line with the rest of its row
    between its lines, so its characters are looked for in order, with no more of the
    page's other text between them than the text's own length (and 80 characters) — a
    paragraph run off the page's edge, continued on another page, is not found.
    """
    if text in page:
        return True
    slack = max(80, len(text))
    start = page.find(text[0])
    while start != -1:
        i, j, end = start, 0, min(len(page), start + len(text) + slack)
        while i < end and j < len(text):
            j += page[i] == text[j]
            i += 1
        if j == len(text):
            return True
        start = page.find(text[0], start + 1)
    return False


def top_row(lines: list[Line]) -> str:
    """The text of a page's topmost row of cells, left to right."""
    top = min(line.y0 for line in lines)
    return "".join(line.text for line in sorted(lines, key=lambda x: x.x0) if line.y0 < top + 2)


def is_a4(size: tuple[float, float]) -> bool:
    return sorted(size) == pytest.approx(sorted(A4), abs=1)


def run(*argv: str) -> None:
    out, err = io.StringIO(), io.StringIO()
    assert main(list(argv), out=out, err=err) == 0, err.getvalue()


@st.composite
def tables(draw: st.DrawFn) -> str:
    """The sample with some names and ids long enough to wrap, and a few more units."""
    rows = list(csv.reader(io.StringIO(SAMPLE.read_text("utf-8"))))
    header = rows[0]
    place = st.text(alphabet="拱北吉大前山湾仔香湾狮山翠香南屏梅华", min_size=2, max_size=30)
    for row in rows[1:]:
        if draw(st.booleans()):
            row[header.index("current_name")] = draw(place) + "人力资源和社会保障服务所"
        if draw(st.booleans()):
            row[header.index("id")] = row[0] + "-" + "长" * draw(st.integers(0, 24))
    extra = draw(st.integers(0, 40))
    for n in range(extra):
        rows.append([f"{rows[1 + n % 13][0]}-{n}", *rows[1 + n % 13][1:]])
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(rows)
    return out.getvalue()


# -- workbooks ---------------------------------------------------------------------------------


@RENDER
@given(table=tables())
def test_the_report_and_bulletin_workbooks_print_on_a4_with_no_text_cut(
    soffice, tmp_path_factory, table
):
    folder = tmp_path_factory.mktemp("xlsx")
    source = folder / "units.csv"
    source.write_text(table, "utf-8")
    report, bulletin = folder / "report.xlsx", folder / "bulletin.xlsx"
    run("report", "2012Q3", str(source), "--district", "香洲区", "-o", str(report))
    run("bulletin", str(source), "--as-of", AS_OF, "-o", str(bulletin))
    for book, pdf in zip((report, bulletin), to_pdf(soffice, report, bulletin), strict=True):
        pages = page_texts(pdf)
        assert all(is_a4(size) for size, _ in page_lines(pdf))
        wb = openpyxl.load_workbook(book)
        cut = [
            f"{ws.title}!{c.coordinate}"
            for ws in wb.worksheets
            for row in ws.iter_rows()
            for c in row
            if isinstance(c.value, str)
            and c.value.strip()
            and not any(printed_whole(re.sub(r"\s", "", c.value), page) for page in pages)
        ]
        assert cut == [], f"{book.name}: text cut or split across pages in {cut[:5]}"
        if book is report:
            # The header row at the top of every page of the units and findings sheets.
            tops = [top_row(lines) for _, lines in page_lines(pdf)]
            findings = [i for i, p in enumerate(pages) if "【" in p and "报送摘要" not in p]
            units = [i for i, p in enumerate(pages) if "【" not in p and i > 0]
            assert findings
            assert units
            assert {tops[i] for i in findings} == {"编号标准名称要求条款结论期限逾期说明"}
            assert {tops[i] for i in units} == {
                "编号标准名称类型服务对象定额实有达标不达标逾期未核实"
            }
        else:
            # The chart draws the verified rate the slow districts are judged on (R24).
            chart = [i for i, p in enumerate(pages) if "各区已到期事项核实完成率（截至" in p]
            assert chart == [len(pages) - 1]  # one page, after the text and the table
            assert "通报批评" not in pages[-1]
            assert "予以通报批评" in "".join(pages[:-1])


# -- .docx drafts ------------------------------------------------------------------------------


def _body_lines(lines: list[Line], height: float) -> list[Line]:
    """The lines of the 版心 (the page number below it left out)."""
    bottom = height - MARGINS_MM[1] * MM
    return [line for line in lines if line.y0 < bottom]


@RENDER
@given(table=tables())
def test_the_docx_drafts_are_laid_out_after_gb_t_9704(soffice, tmp_path_factory, table):
    folder = tmp_path_factory.mktemp("docx")
    source = folder / "units.csv"
    source.write_text(table, "utf-8")
    report, bulletin = folder / "report.docx", folder / "bulletin.docx"
    run("report", "2012Q3", str(source), "--district", "香洲区", "-o", str(report))
    run("bulletin", str(source), "--as-of", AS_OF, "-o", str(bulletin))
    top, bottom, left, right = (m * MM for m in MARGINS_MM)
    for docx, pdf in zip((report, bulletin), to_pdf(soffice, report, bulletin), strict=True):
        xml = zipfile.ZipFile(docx).read("word/document.xml").decode("utf-8")
        paragraphs = [
            re.sub(r"<[^>]+>", "", p).replace("&amp;", "&") for p in xml.split("</w:p>")[:-1]
        ]
        pages = page_lines(pdf)
        width, height = pages[0][0]
        assert all(is_a4(size) for size, _ in pages)
        body = [line for (_, h), lines in pages for line in _body_lines(lines, h)]
        # Inside the margins, and filling the 版心's width.
        assert min(line.x0 for line in body) == pytest.approx(left, abs=3)
        # The document asks for no hanging punctuation (w:overflowPunct off, as Word reads
        # it); LibreOffice reads that flag the other way round (measured: on, it stops
        # hanging), so under it a closing mark may hang one character past the margin.
        hanging = [line for line in body if line.text[-1:] in HANGING]
        flush = [line for line in body if line not in hanging]
        assert max(line.x1 for line in flush) == pytest.approx(width - right, abs=4)
        assert all(line.x1 <= width - right + 16 + 1 for line in hanging)
        assert min(line.y0 for line in body) >= top - 2
        assert max(line.y1 for line in body) <= height - bottom + 2
        # No text lost: every paragraph is in the printed text.
        # (A mark hung past the margin is read out of its line's order: marks left out.)
        unhung = re.compile(f"[\\s{''.join(HANGING)}]")
        printed = unhung.sub("", "".join(line.text for line in body))
        lost = [p for p in paragraphs if unhung.sub("", p) not in printed]
        assert lost == []
        # The title: 2号 (22 points) centred; the body 3号 (16 points).
        title = pages[0][1][0]
        assert (title.x0 + title.x1) / 2 == pytest.approx((left + width - right) / 2, abs=3)
        assert title.y1 - title.y0 > 26 > 22 > body[-1].y1 - body[-1].y0 > 15
        assert 'w:eastAsia="方正小标宋简体"' in xml
        assert 'w:sz w:val="44"' in xml
        assert 'w:eastAsia="仿宋_GB2312"' in xml
        assert 'w:sz w:val="32"' in xml
        # The 发文机关署名 and the 成文日期 (7.3.5.2).
        signature, date = paragraphs[-2].strip(), paragraphs[-1]
        right_sig, right_date = signature_indents(signature, date)
        last = _body_lines(pages[-1][1], height)
        sig_line = next(line for line in last if line.text == signature)
        date_line = [line for line in last if abs(line.y0 - last[-1].y0) < 1]
        char = 16
        assert sig_line.x1 == pytest.approx(width - right - right_sig * char, abs=3)
        # The date's first character two characters right of the 署名's (a date left blank
        # for the day of signing starts with full-width spaces, each a character wide).
        blank = len(date) - len(date.lstrip("\u3000"))
        first = min(line.x0 for line in date_line)
        assert first == pytest.approx(sig_line.x0 + (2 + blank) * char, abs=3)
        if right_date == 2:  # a date longer than the 署名 allows: two characters from the right
            assert max(line.x1 for line in date_line) <= width - right - 2 * char + 3
        assert date_line[0].y0 > sig_line.y1 - 1
        # Page numbers: — N —, 4号, one character in from the outer side, 7 mm below the 版心.
        for n, (_, lines) in enumerate(pages, start=1):
            number = [line for line in lines if line.y0 >= height - bottom]
            assert [re.sub(r"\s", "", line.text) for line in number] == [f"—{n}—"]
            (line,) = number
            assert line.y0 == pytest.approx(height - bottom + 7 * MM, abs=2 * MM)
            if n % 2:
                assert line.x1 == pytest.approx(width - right - 14, abs=3)
            else:
                assert line.x0 == pytest.approx(left + 14, abs=3)
