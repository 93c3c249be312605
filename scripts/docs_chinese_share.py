"""How much of each page of the built Chinese site a reader of Chinese alone can read.

For each page of a built site (``sphinx-build -b html docs DIR``), the prose lines of its
article: paragraphs, list items, definitions, captions and quotations. Left out are code
(blocks and inline), tables, headings, and the API entries autodoc writes from the
docstrings (their names and signatures are code; their text is the library's). A line is
*mostly Chinese* when its Han characters are at least half its letters, a Han character
counting as two (a Chinese word is one or two characters, an English one five or so).

    python scripts/docs_chinese_share.py docs/_build/html      # a Markdown table
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path

#: Elements whose text is one prose line each.
PROSE = frozenset({"p", "li", "dd", "dt", "figcaption", "caption"})
#: Elements whose text is not prose: code, tables, headings, the page's furniture.
SKIP = frozenset(
    {"pre", "code", "table", "h1", "h2", "h3", "h4", "h5", "h6", "script", "style", "nav", "svg"}
)
_VOID = frozenset({"br", "img", "hr", "input", "meta", "link", "wbr", "source", "col"})
_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_LATIN = re.compile(r"[A-Za-z]")


def mostly_chinese(text: str) -> bool:
    """True when the Han characters of *text* are at least half its letters (Han count 2).

    >>> mostly_chinese("经典 xlwings 加载项：Windows 桌面版 Excel，Python 安装在本机；")
    True
    >>> mostly_chinese("Row 2 is a street with no coordinator cells filled (行政区街道).")
    False
    """
    han = len(_HAN.findall(text))
    latin = len(_LATIN.findall(text))
    return 2 * han >= latin and han > 0


class _Prose(HTMLParser):
    """The prose lines of a page's article (see the module's docstring)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = []
        self._stack: list[tuple[str, bool, bool, bool]] = []  # tag, skip, prose, article
        self._article = 0
        self._skip = 0
        self._text: list[str] | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _VOID:
            return
        a = dict(attrs)
        classes = (a.get("class") or "").split()
        article = tag == "article" and a.get("role") == "main"
        skip = (
            tag in SKIP
            or (tag == "dl" and "py" in classes)
            or bool({"hrss-languages", "toctree-wrapper"} & set(classes))
        )
        self._article += article
        self._skip += skip
        prose = bool(self._article and not self._skip and tag in PROSE)
        if prose:
            self._flush()
            self._text = []
        self._stack.append((tag, skip, prose, article))

    def handle_endtag(self, tag: str) -> None:
        if tag not in {t for t, *_ in self._stack}:
            return
        while self._stack:
            top, skip, prose, article = self._stack.pop()
            self._skip -= skip
            self._article -= article
            if prose:
                self._flush()
            if top == tag:
                break

    def _flush(self) -> None:
        if self._text is not None:
            line = re.sub(r"\s+", " ", "".join(self._text)).strip(" ¶")
            if re.search(r"\w", line):
                self.lines.append(line)
        self._text = None

    def handle_data(self, data: str) -> None:
        if self._article and not self._skip and self._text is not None:
            self._text.append(data)


def prose_lines(html: str) -> list[str]:
    """The prose lines of one page's HTML."""
    parser = _Prose()
    parser.feed(html)
    parser.close()
    return parser.lines


@dataclass(frozen=True)
class Share:
    page: str
    lines: int
    chinese: int

    @property
    def percent(self) -> float:
        return 100.0 * self.chinese / self.lines if self.lines else 100.0


def shares(site: Path) -> list[Share]:
    """The share of each page of the built site *site* (other languages' trees left out)."""
    nested = {p.parent for p in site.rglob("searchindex.js")} - {site}
    out = []
    for page in sorted(site.rglob("*.html")):
        rel = page.relative_to(site)
        if "_modules" in rel.parts or any(n in page.parents for n in nested):
            continue
        if rel.name in ("genindex.html", "search.html", "py-modindex.html"):
            continue
        lines = prose_lines(page.read_text("utf-8"))
        out.append(
            Share(rel.with_suffix("").as_posix(), len(lines), sum(map(mostly_chinese, lines)))
        )
    return out


def main(argv: list[str]) -> int:
    site = Path(argv[0]).resolve()
    print("| page | prose lines | mostly Chinese | share |")
    print("| --- | ---: | ---: | ---: |")
    for s in shares(site):
        print(f"| {s.page} | {s.lines} | {s.chinese} | {s.percent:.0f} % |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
