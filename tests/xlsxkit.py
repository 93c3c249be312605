"""A workbook builder for tests: ``.xlsx`` bytes written part by part, as any tool may.

openpyxl writes only well-formed workbooks; the files people receive are written by many
tools, some of them careless and some hostile. This builder writes the parts by hand, so a
test can give a sheet a stale ``<dimension>``, merged cells, formulas with no saved value,
Excel's error values, hidden sheets, a stray cell at XFD1048576, shared strings by the
million, a part that inflates a thousandfold, a DTD, or any part truncated or replaced.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any
from xml.sax.saxutils import escape, quoteattr

__all__ = [
    "Error",
    "Formula",
    "Raw",
    "Shared",
    "Sheet",
    "build",
    "col",
    "header_and_rows",
]

_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
_R_NS = 'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"'
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"


@dataclass(frozen=True)
class Formula:
    """A formula cell; *cached* is the value Excel saved with it (``None``: none saved)."""

    text: str
    cached: Any = None


@dataclass(frozen=True)
class Error:
    """A cell holding one of Excel's error values (``#N/A``, ``#REF!``…)."""

    code: str


@dataclass(frozen=True)
class Shared:
    """A shared-string cell pointing at entry *index* (which may not exist)."""

    index: int | str


@dataclass(frozen=True)
class Raw:
    """A cell's XML written as given, inside ``<c r="…">``; *attrs* added to the tag."""

    inner: str
    attrs: str = ""


@dataclass
class Sheet:
    """One worksheet: *rows* from row 1 (``None`` cells left out), or *cells* by reference."""

    name: str
    rows: Sequence[Sequence[Any]] = ()
    cells: Mapping[str, Any] = field(default_factory=dict)
    dimension: str | None = None
    merges: Sequence[str] = ()
    state: str | None = None  # "hidden" or "veryHidden"
    prefix: str = ""  # a namespace prefix on every element ("x:"), as some tools write


def col(n: int) -> str:
    """The letters of column *n* (0 → ``A``)."""
    s = ""
    n += 1
    while n:
        n, r = divmod(n - 1, 26)
        s = chr(65 + r) + s
    return s


def _split(ref: str) -> tuple[int, int]:
    letters = ref.rstrip("0123456789")
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return int(ref[len(letters) :]), n - 1


def _cell(ref: str, value: Any) -> str:
    if isinstance(value, Raw):
        return f'<c r="{ref}"{value.attrs}>{value.inner}</c>'
    if isinstance(value, Formula):
        cached = ""
        t = ""
        if value.cached is not None:
            if isinstance(value.cached, str):
                t = ' t="str"'
                cached = f"<v>{escape(value.cached)}</v>"
            else:
                cached = f"<v>{value.cached}</v>"
        return f'<c r="{ref}"{t}><f>{escape(value.text)}</f>{cached}</c>'
    if isinstance(value, Error):
        return f'<c r="{ref}" t="e"><v>{escape(value.code)}</v></c>'
    if isinstance(value, Shared):
        return f'<c r="{ref}" t="s"><v>{value.index}</v></c>'
    if isinstance(value, bool):
        return f'<c r="{ref}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{ref}"><v>{value!r}</v></c>'
    text = str(value)
    space = ' xml:space="preserve"' if text != text.strip() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{escape(text)}</t></is></c>'


def _prefixed(xml: str, prefix: str) -> str:
    if not prefix:
        return xml
    import re

    xml = re.sub(r"<(/?)(?!\?)([a-zA-Z])", rf"<\1{prefix}\2", xml)
    return xml.replace(
        f"{prefix}worksheet {_NS}",
        f"{prefix}worksheet {_NS.replace('xmlns=', f'xmlns:{prefix[:-1]}=')}",
    )


def sheet_xml(sheet: Sheet) -> str:
    """The XML of *sheet*'s part."""
    by_row: dict[int, list[tuple[int, str]]] = {}
    for r, row in enumerate(sheet.rows, start=1):
        for c, value in enumerate(row):
            if value is not None:
                by_row.setdefault(r, []).append((c, _cell(f"{col(c)}{r}", value)))
    for ref, value in sheet.cells.items():
        r, c = _split(ref)
        by_row.setdefault(r, []).append((c, _cell(ref, value)))
    body = "".join(
        f'<row r="{r}">{"".join(x for _, x in sorted(cells))}</row>'
        for r, cells in sorted(by_row.items())
    )
    dim = f'<dimension ref="{sheet.dimension}"/>' if sheet.dimension else ""
    merges = ""
    if sheet.merges:
        merges = (
            f'<mergeCells count="{len(sheet.merges)}">'
            + "".join(f'<mergeCell ref="{m}"/>' for m in sheet.merges)
            + "</mergeCells>"
        )
    xml = f"<worksheet {_NS}>{dim}<sheetData>{body}</sheetData>{merges}</worksheet>"
    return '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' + _prefixed(
        xml, sheet.prefix
    )


_STYLES = (
    f'<?xml version="1.0" encoding="UTF-8"?><styleSheet {_NS}>'
    '<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;"/></numFmts>'
    '<cellXfs count="3"><xf numFmtId="0"/><xf numFmtId="14" applyNumberFormat="1"/>'
    '<xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>'
)


def build(
    sheets: Sequence[Sheet],
    *,
    shared: Sequence[str] | None = None,
    shared_xml: str | None = None,
    parts: Mapping[str, bytes | str | None] | None = None,
    date1904: bool = False,
) -> bytes:
    """The bytes of a workbook of *sheets*.

    Args:
        sheets: The worksheets, in tab order.
        shared: The shared strings (cells point at them with :class:`Shared`).
        shared_xml: The shared-strings part as given (instead of *shared*).
        parts: Parts to replace (by name in the zip) or, with ``None``, to leave out;
            a part not otherwise written is added.
        date1904: The workbook counts dates from 1904, as old Mac Excel did.
    """
    files: dict[str, bytes | str] = {}
    overrides = "".join(
        f'<Override PartName="/xl/worksheets/sheet{i}.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    sst = (
        '<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>'
        if shared is not None or shared_xml is not None
        else ""
    )
    files["[Content_Types].xml"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/xl/workbook.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
        '<Override PartName="/xl/styles.xml" '
        'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
        f"{sst}{overrides}</Types>"
    )
    files["_rels/.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        f'<Relationship Id="rId1" Type="{_REL}/officeDocument" Target="xl/workbook.xml"/>'
        "</Relationships>"
    )
    entries = "".join(
        f'<sheet name={quoteattr(s.name)} sheetId="{i}" r:id="rId{i}"'
        + (f' state="{s.state}"' if s.state else "")
        + "/>"
        for i, s in enumerate(sheets, start=1)
    )
    pr = '<workbookPr date1904="1"/>' if date1904 else ""
    files["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook {_NS} {_R_NS}>{pr}'
        f"<sheets>{entries}</sheets></workbook>"
    )
    rels = "".join(
        f'<Relationship Id="rId{i}" Type="{_REL}/worksheet" Target="worksheets/sheet{i}.xml"/>'
        for i in range(1, len(sheets) + 1)
    )
    n = len(sheets)
    rels += f'<Relationship Id="rId{n + 1}" Type="{_REL}/styles" Target="styles.xml"/>'
    if shared is not None or shared_xml is not None:
        rels += (
            f'<Relationship Id="rId{n + 2}" Type="{_REL}/sharedStrings" '
            'Target="sharedStrings.xml"/>'
        )
        files["xl/sharedStrings.xml"] = shared_xml or (
            f'<?xml version="1.0" encoding="UTF-8"?><sst {_NS} count="{len(shared or ())}">'
            + "".join(f"<si><t>{escape(s)}</t></si>" for s in shared or ())
            + "</sst>"
        )
    files["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        f'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">{rels}'
        "</Relationships>"
    )
    files["xl/styles.xml"] = _STYLES
    for i, sheet in enumerate(sheets, start=1):
        files[f"xl/worksheets/sheet{i}.xml"] = sheet_xml(sheet)
    for name, data in (parts or {}).items():
        if data is None:
            files.pop(name, None)
        else:
            files[name] = data
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in files.items():
            z.writestr(name, data.encode("utf-8") if isinstance(data, str) else data)
    return out.getvalue()


HEADER = ["编号", "类型", "名称", "区", "所属区", "服务对象", "实有人数"]


def header_and_rows(n: int = 3) -> list[list[Any]]:
    """A units sheet's rows: the header and *n* streets of 香洲区 (each one staffed short)."""
    places = ["拱北", "吉大", "香湾", "狮山", "湾仔", "翠香", "梅华", "前山", "南屏"]
    rows: list[list[Any]] = [list(HEADER)]
    for i in range(n):
        rows.append(
            [f"U{i + 1}", "行政区街道", places[i % len(places)], "香洲", "香洲区", 45000, 7]
        )
    return rows
