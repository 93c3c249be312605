"""The ``.docx`` drafts as files: well-formed Office Open XML, GB/T 9704-2012's page and
fonts, the 署名 and 成文日期 rule as a law, and any text from the data held as text.

(How they print is measured through LibreOffice in ``test_printing.py``.)
"""

from __future__ import annotations

import io
import json
import zipfile
from pathlib import Path
from xml.etree import ElementTree

from hypothesis import given, settings
from hypothesis import strategies as st

from hrss_policy.cli import grid as _table
from hrss_policy.cli import main
from hrss_policy.cli.documents import docx as _docx

SAMPLE = str(Path(__file__).resolve().parents[1] / "src/hrss_policy/data/zhuhai_2011_sample.csv")
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def document(kind: str) -> dict:
    argv = (
        ["report", "2012Q3", SAMPLE, "--district", "香洲区"]
        if kind == "report"
        else ["bulletin", SAMPLE, "--as-of", "2012-09-15"]
    )
    out = io.StringIO()
    assert main([*argv, "--format", "json"], out=out, err=io.StringIO()) == 0
    return json.loads(out.getvalue())


def parts(path: Path) -> dict[str, ElementTree.Element]:
    with zipfile.ZipFile(path) as z:
        return {name: ElementTree.fromstring(z.read(name)) for name in z.namelist()}


@given(
    signature=st.text(
        alphabet="市区局办公室会议联席就业人力资源和社会保障", min_size=1, max_size=30
    ),
    date=st.text(alphabet="0123456789年月日　", min_size=1, max_size=20),
)
def test_the_date_starts_two_characters_right_of_the_signature_and_both_keep_two_from_the_edge(
    signature, date
):
    right_sig, right_date = _docx.signature_indents(signature, date)
    sig, day = _table.width(signature) / 2, _table.width(date) / 2
    # Measured from the right margin, the first characters: the date's two to the right.
    assert (right_sig + sig) - (right_date + day) == 2
    assert min(right_sig, right_date) == 2
    assert right_sig >= 2
    assert right_date >= 2


def test_the_page_fonts_and_sizes_are_those_of_the_standard(tmp_path: Path):
    target = tmp_path / "r.docx"
    _docx.report_docx(target, document("report"))
    xml = parts(target)
    body = xml["word/document.xml"]
    margins = body.find(f".//{W}pgMar")
    assert margins is not None
    mm = 1440 / 25.4
    assert [round(int(margins.get(f"{W}{k}", 0)) / mm) for k in ("top", "bottom", "left", "right")] == [
        37, 35, 28, 26
    ]  # fmt: skip
    size = body.find(f".//{W}pgSz")
    assert size is not None
    assert (round(int(size.get(f"{W}w", 0)) / mm), round(int(size.get(f"{W}h", 0)) / mm)) == (
        210,
        297,
    )
    runs = body.findall(f".//{W}r")
    fonts = [(r.find(f".//{W}rFonts"), r.find(f".//{W}sz")) for r in runs]
    title = fonts[0]
    assert title[0] is not None
    assert title[1] is not None
    assert (title[0].get(f"{W}eastAsia"), title[1].get(f"{W}val")) == ("方正小标宋简体", "44")
    faces = {
        (f.get(f"{W}eastAsia"), s.get(f"{W}val"))
        for f, s in fonts
        if f is not None and s is not None
    }
    assert faces == {
        ("方正小标宋简体", "44"),
        ("仿宋_GB2312", "32"),
        ("黑体", "32"),
        ("楷体_GB2312", "32"),
    }
    texts = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    assert texts[2] == "市人力资源和社会保障局："  # 主送机关, after the title and a blank line
    assert texts[-2:] == ["香洲区人力资源和社会保障局", _docx.UNSIGNED_DATE]
    # Page numbers: odd on the right, even on the left; and the even/odd setting on.
    assert xml["word/settings.xml"].find(f"{W}evenAndOddHeaders") is not None
    for name, side in (("word/footer1.xml", "right"), ("word/footer2.xml", "left")):
        jc = xml[name].find(f".//{W}jc")
        assert jc is not None
        assert jc.get(f"{W}val") == side


@given(
    texts=st.lists(
        st.text(
            st.characters(codec="utf-8", exclude_categories=["Cs"], exclude_characters="\n"),
            min_size=1,
            max_size=12,
        ),
        min_size=1,
        max_size=8,
    )
)
@settings(max_examples=40, deadline=None)
def test_any_text_of_the_data_is_held_as_text_escaped(tmp_path_factory, texts):
    # The bulletin's text is lines (a line break separates paragraphs): texts without one.
    doc = document("bulletin")
    doc["text"] = "\n".join([doc["title"], *texts])
    doc["issuer"] = texts[0].strip() or "办公室"
    target = tmp_path_factory.mktemp("docx") / "b.docx"
    _docx.bulletin_docx(target, doc)
    body = parts(target)["word/document.xml"]  # well-formed, whatever the text
    shown = ["".join(t.text or "" for t in p.iter(f"{W}t")) for p in body.iter(f"{W}p")]
    for text in texts:
        if text.strip():
            assert _table.safe(text) in shown
    assert not any(f"{W}fldSimple" == e.tag or f"{W}instrText" == e.tag for e in body.iter())
