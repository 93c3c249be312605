"""The command's documents as ``.docx`` drafts of 公文: the 报送 report and the 通报.

Laid out after GB/T 9704-2012《党政机关公文格式》: A4 paper; margins 上37mm、下35mm、
左28mm、右26mm (a 156mm × 225mm 版心); 22 lines a page; the title in 2号小标宋体
(方正小标宋简体), the body in 3号仿宋体 (仿宋_GB2312), the first level of headings in 黑体
and the second in 楷体; the 发文机关署名 one blank line below the body, two characters
from the right, and the 成文日期 on the next line, its first character two characters to
the right of the 署名's (7.3.5.2, a document not sealed); page numbers in 4号宋体 as
``— 1 —``, odd pages on the right and even pages on the left, one character in.

Written as Office Open XML with :mod:`zipfile`, nothing else: no dependency, so it runs
wherever the library does (Pyodide included). Every text from the data is XML-escaped, with
control characters shown escaped; the document holds no field but the page number.
Drawn from the same data as the JSON output (:mod:`hrss_policy.cli.documents.records`). A draft: the
office adds its 版头 (发文机关标志, 发文字号) and seal, and the report's 成文日期 is left
for the day it is signed. Presentation only, no policy.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from ...core import zh as _zh
from .. import grid as _table

__all__ = ["MARGINS_MM", "bulletin_docx", "report_docx", "signature_indents"]

#: The page margins of GB/T 9704-2012 5.2.1, in millimetres (top, bottom, left, right).
MARGINS_MM = (37, 35, 28, 26)
_TWIPS_PER_MM = 1440 / 25.4
#: 3号 is 16 points; a character of the body is as wide (in twips: 20 a point).
_BODY_PT = 16
_CHAR = _BODY_PT * 20
#: The 版心's width in characters of the body.
_WIDTH_CHARS = (210 - MARGINS_MM[2] - MARGINS_MM[3]) * 1440 / 25.4 / _CHAR
#: 22 lines in the 225 mm of the 版心 (GB/T 9704-2012 5.2.2).
_LINE = round(225 * _TWIPS_PER_MM / 22)

_TITLE_FONT = "方正小标宋简体"
_BODY_FONT = "仿宋_GB2312"
_HEADING_FONTS = ("黑体", "楷体_GB2312")
_PAGE_FONT = "宋体"
_LATIN_FONT = "Times New Roman"

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG = "http://schemas.openxmlformats.org/package/2006/relationships"

_DIGITS = "〇一二三四五六七八九"


def _twips(mm: float) -> int:
    return round(mm * _TWIPS_PER_MM)


def chinese_number(n: int) -> str:
    """*n* (1–99) in Chinese numerals as headings number them (十一, 二十); larger as digits."""
    if not 1 <= n <= 99:
        return str(n)
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _DIGITS[ones]
    return ("" if tens == 1 else _DIGITS[tens]) + "十" + (_DIGITS[ones] if ones else "")


def _chars(text: str) -> float:
    """The width of *text* in characters of the body: a digit or a Latin letter is half."""
    return _table.width(text) / 2


def signature_indents(signature: str, date: str) -> tuple[float, float]:
    """The right indents, in characters, of the 发文机关署名 and the 成文日期 (7.3.5.2).

    The 署名 is two characters from the right; the date's first character two characters
    right of the 署名's first; a date longer than that allows is two characters from the
    right, and the 署名 moves left as much.

    >>> signature_indents("市就业工作联席会议办公室", "2012年9月15日")
    (2.0, 5.5)
    >>> signature_indents("某局", "2012年10月12日")
    (9.0, 2.0)
    """
    sig, day = _chars(signature), _chars(date)
    right_sig = 2.0
    right_date = right_sig + sig - day - 2
    if right_date < 2:
        right_date = 2.0
        right_sig = right_date + day + 2 - sig
    return right_sig, right_date


# -- runs and paragraphs ----------------------------------------------------------------------


def _text(value: str) -> str:
    return escape(_table.safe(value))


def _fonts(east_asia: str) -> str:
    return (
        f'<w:rFonts w:ascii="{_LATIN_FONT}" w:hAnsi="{_LATIN_FONT}" '
        f'w:eastAsia="{east_asia}" w:cs="{_LATIN_FONT}" w:hint="eastAsia"/>'
    )


def _run(text: str, font: str, size_pt: float, *, bold: bool = False) -> str:
    size = round(size_pt * 2)
    return (
        f"<w:r><w:rPr>{_fonts(font)}{'<w:b/>' if bold else ''}"
        f'<w:sz w:val="{size}"/><w:szCs w:val="{size}"/><w:lang w:eastAsia="zh-CN"/></w:rPr>'
        f'<w:t xml:space="preserve">{_text(text)}</w:t></w:r>'
    )


def _paragraph(
    text: str,
    *,
    font: str = _BODY_FONT,
    size_pt: float = _BODY_PT,
    align: str | None = None,
    first_line: float = 0,
    left: float = 0,
    right: float = 0,
    keep_next: bool = False,
) -> str:
    # (In the schema's order: keepNext, overflowPunct, autoSpace…, spacing, ind, jc.) No punctuation
    # hangs past the right margin: every line keeps to the 版心's 156 mm.
    props = ["<w:keepNext/>"] if keep_next else []
    props.append('<w:overflowPunct w:val="0"/>')
    # No extra space between Chinese and digits: a date is as wide as its characters, so
    # the 成文日期 lands where 7.3.5.2 puts it.
    props.append('<w:autoSpaceDE w:val="0"/><w:autoSpaceDN w:val="0"/>')
    props.append(f'<w:spacing w:before="0" w:after="0" w:line="{_LINE}" w:lineRule="exact"/>')
    if first_line or left or right:
        ind = []
        if left:
            ind.append(f'w:left="{round(left * _CHAR)}"')
        if first_line:
            ind.append(f'w:firstLine="{round(first_line * _CHAR)}"')
        if right:
            ind.append(f'w:right="{round(right * _CHAR)}"')
        props.append(f"<w:ind {' '.join(ind)}/>")
    if align:
        props.append(f'<w:jc w:val="{align}"/>')
    run = _run(text, font, size_pt) if text else ""
    return f"<w:p><w:pPr>{''.join(props)}</w:pPr>{run}</w:p>"


def _body(text: str) -> str:
    """A paragraph of the body: 3号仿宋, the first line indented two characters."""
    return _paragraph(text, first_line=2)


def _heading(text: str, level: int) -> str:
    """A heading of the body's structure (一、 in 黑体; （一） in 楷体), indented two."""
    return _paragraph(text, font=_HEADING_FONTS[level - 1], first_line=2, keep_next=True)


def _blank() -> str:
    return _paragraph("")


def _title(text: str) -> Iterator[str]:
    """The title in 2号小标宋体, centred, then a blank line (7.3.2, 7.3.3)."""
    for line in text.split("\n"):
        yield _paragraph(line, font=_TITLE_FONT, size_pt=22, align="center")
    yield _blank()


def _addressee(name: str) -> str:
    """The 主送机关: flush left, ending with a full-width colon (7.3.3)."""
    return _paragraph(f"{name}：")


def _signature(signature: str, date: str) -> Iterator[str]:
    """A blank line, the 发文机关署名 and the 成文日期 placed as 7.3.5.2 places them."""
    right_sig, _ = signature_indents(signature, date)
    yield _blank()
    yield _paragraph(signature, align="right", right=right_sig, keep_next=True)
    # The date is placed by its first character, two characters right of the 署名's
    # first: exact whatever the width a renderer gives its digits and the spaces it may
    # add between them and the Chinese characters.
    first = _WIDTH_CHARS - right_sig - _chars(signature) + 2
    yield _paragraph(date, align="left", left=first)


# -- the package -----------------------------------------------------------------------------


def _section() -> str:
    top, bottom, left, right = (_twips(mm) for mm in MARGINS_MM)
    # The page number's line is 7 mm below the 版心 (7.5): the footer starts that far down.
    footer = _twips(MARGINS_MM[1] - 7 - 6)
    return (
        '<w:sectPr><w:footerReference w:type="default" r:id="rIdFooterOdd"/>'
        '<w:footerReference w:type="even" r:id="rIdFooterEven"/>'
        f'<w:pgSz w:w="{_twips(210)}" w:h="{_twips(297)}"/>'
        f'<w:pgMar w:top="{top}" w:right="{right}" w:bottom="{bottom}" w:left="{left}" '
        f'w:header="851" w:footer="{footer}" w:gutter="0"/>'
        f'<w:docGrid w:type="lines" w:linePitch="{_LINE}"/></w:sectPr>'
    )


def _footer(align: str) -> str:
    """``— N —`` in 4号宋体, one character in from the outer side (7.5)."""
    size = 28
    rpr = f'<w:rPr>{_fonts(_PAGE_FONT)}<w:sz w:val="{size}"/><w:szCs w:val="{size}"/></w:rPr>'
    side = "right" if align == "right" else "left"
    return (
        f'<w:ftr xmlns:w="{_W}" xmlns:r="{_R}"><w:p><w:pPr>'
        f'<w:ind w:{side}="{14 * 20}"/><w:jc w:val="{align}"/></w:pPr>'
        f'<w:r>{rpr}<w:t xml:space="preserve">— </w:t></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r>{rpr}<w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>'
        f'<w:r>{rpr}<w:fldChar w:fldCharType="separate"/></w:r>'
        f"<w:r>{rpr}<w:t>1</w:t></w:r>"
        f'<w:r>{rpr}<w:fldChar w:fldCharType="end"/></w:r>'
        f'<w:r>{rpr}<w:t xml:space="preserve"> —</w:t></w:r>'
        "</w:p></w:ftr>"
    )


_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
    '<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>'
    '<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/word/footer2.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>'
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>'
    "</Types>"
)  # fmt: skip

_PACKAGE_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<Relationships xmlns="{_PKG}">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>'
    "</Relationships>"
)  # fmt: skip

_DOCUMENT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<Relationships xmlns="{_PKG}">'
    '<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
    '<Relationship Id="rIdSettings" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>'
    '<Relationship Id="rIdFooterOdd" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>'
    '<Relationship Id="rIdFooterEven" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer2.xml"/>'
    "</Relationships>"
)  # fmt: skip

_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:styles xmlns:w="{_W}"><w:docDefaults><w:rPrDefault><w:rPr>{_fonts(_BODY_FONT)}'
    f'<w:sz w:val="{_BODY_PT * 2}"/><w:szCs w:val="{_BODY_PT * 2}"/>'
    '<w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault>'
    # No punctuation hanging past the right margin: the 版心 is 156 mm wide, every line.
    '<w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:overflowPunct w:val="0"/>'
    '<w:jc w:val="both"/></w:pPr></w:pPrDefault>'
    '</w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal">'
    '<w:name w:val="Normal"/></w:style></w:styles>'
)  # fmt: skip

_SETTINGS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    f'<w:settings xmlns:w="{_W}"><w:evenAndOddHeaders/>'
    '<w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/>'
    "</w:settings>"
)


def _core(title: str) -> str:
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">'
        f"<dc:title>{_text(title)}</dc:title><dc:creator>hrss-policy</dc:creator>"
        "</cp:coreProperties>"
    )  # fmt: skip


def _write(path: str | Path, title: str, paragraphs: Iterable[str]) -> None:
    body = "".join(paragraphs)
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        f'<w:document xmlns:w="{_W}" xmlns:r="{_R}"><w:body>{body}{_section()}</w:body>'
        "</w:document>"
    )
    # A fixed timestamp: the same document gives the same file.
    stamp = (1980, 1, 1, 0, 0, 0)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in (
            ("[Content_Types].xml", _CONTENT_TYPES),
            ("_rels/.rels", _PACKAGE_RELS),
            ("docProps/core.xml", _core(title)),
            ("word/_rels/document.xml.rels", _DOCUMENT_RELS),
            ("word/document.xml", document),
            ("word/styles.xml", _STYLES),
            ("word/settings.xml", _SETTINGS),
            ("word/footer1.xml", _footer("right")),
            ("word/footer2.xml", _footer("left")),
        ):
            z.writestr(zipfile.ZipInfo(name, stamp), data.encode("utf-8"), zipfile.ZIP_DEFLATED)


# -- the two documents -----------------------------------------------------------------------

#: Where the 报送 goes (四（二）: 向市人力资源和社会保障局报送).
REPORT_ADDRESSEE = "市人力资源和社会保障局"
#: The 成文日期 of a draft not yet signed: the office writes the day it signs.
UNSIGNED_DATE = "　　　　年　　月　　日"


def report_docx(path: str | Path, doc: dict[str, Any]) -> None:
    """Write the quarterly 报送 report *doc* (``document == "report"``) as a draft 公文.

    主送 the 市人力资源和社会保障局 (四（二）); the body: the lead and the clause, 一、the
    district's completion, 二、each unit's findings not met (（一）… per unit), signed by
    the district's 人力资源和社会保障局 with the 成文日期 left blank for the day of signing.
    """
    p = doc["progress"]
    rate = p["rate_text"] or "—"
    parts: list[str] = [*_title(doc["title"]), _addressee(REPORT_ADDRESSEE)]
    parts += [_body(doc["lead"]), _body(f"依据{doc['clause']}：“{doc['basis']}”")]
    parts.append(_heading("一、完成情况", 1))
    parts.append(
        _body(
            f"{p['units']}个单位，应完成{p['due']}项，已完成{p['met']}项，完成率{rate}，"
            f"未完成{p['not_met']}项、未核实{p['unverified']}项、逾期{p['overdue']}项；"
            f"全市完成率{doc['city']['rate_text'] or '—'}。"
        )
    )
    if p["overdue_by_clause"]:
        items = "、".join(f"{i['clause']}计{i['overdue']}项" for i in p["overdue_by_clause"])
        parts.append(_body(f"逾期的{p['overdue']}项中，{items}。"))
    shown = [u for u in doc["units"] if any(f["status"] != "met" for f in u["findings"])]
    if shown:
        parts.append(_heading("二、各单位未达标及未核实事项", 1))
        for n, unit in enumerate(shown, start=1):
            who = f"{unit['id']} {unit['name']}" if unit["id"] else unit["name"]
            parts.append(_heading(f"（{chinese_number(n)}）{who}", 2))
            parts += [_body(f["text"]) for f in unit["findings"] if f["status"] != "met"]
    if doc["calendar_files"]:
        years = "、".join(str(y) for y in doc["calendar_files"])
        parts.append(_body(f"以下年份的放假安排来自文件而非随库收录的国务院通知：{years}。"))
    parts += _signature(f"{doc['district']}人力资源和社会保障局", UNSIGNED_DATE)
    _write(path, doc["title"], parts)


def bulletin_docx(path: str | Path, doc: dict[str, Any]) -> None:
    """Write the 通报 *doc* (``document == "bulletin"``) as a draft 公文.

    The bulletin's own text: its title, its paragraphs, then its issuer (the
    市就业工作联席会议办公室) as 发文机关署名 and its date as 成文日期.
    """
    lines = [line for line in doc["text"].split("\n") if line.strip()]
    title, body = lines[0], lines[1:]
    date = _zh.date(dt.date.fromisoformat(doc["as_of"]))
    if body[-2:] == [doc["issuer"], date]:
        body = body[:-2]
    parts = [*_title(title), *(_body(line) for line in body)]
    if doc["calendar_files"]:
        years = "、".join(str(y) for y in doc["calendar_files"])
        parts.append(_body(f"以下年份的放假安排来自文件而非随库收录的国务院通知：{years}。"))
    parts += _signature(doc["issuer"], date)
    _write(path, title, parts)
