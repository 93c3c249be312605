"""The built site as a reader meets it: Chinese text, labels, the API index, parameters.

Reads the HTML of a built site: ``pytest -m site --docs-site DIR`` (``.ci/run`` builds the
Chinese site with ``sphinx-build -W -b html docs DIR`` and the English one into
``DIR/en`` with ``-D language=en``, from a fresh environment with ``.[docs]``, and runs
these tests on each).
"""

from __future__ import annotations

import importlib.util
import re
import sys
from html.parser import HTMLParser
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import hrss_policy as hp

from . import site_pages

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parent.parent


def _load(name: str) -> ModuleType:
    path = ROOT / "docs" / "_ext" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


cjk = _load("cjk")

_BLOCKS = frozenset(
    [
        "p",
        "li",
        "td",
        "th",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "div",
        "dt",
        "dd",
        "section",
        "article",
        "ul",
        "ol",
        "table",
        "tr",
        "blockquote",
        "caption",
        "figcaption",
        "header",
        "footer",
        "aside",
        "nav",
        "body",
        "br",
    ]
)
_VERBATIM = frozenset({"pre", "script", "style", "textarea", "svg", "title"})


class _Blocks(HTMLParser):
    """The text of each block of a page, as a browser flows it (code blocks left out)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[str] = []
        self._text: list[str] = []
        self._verbatim = 0

    def _flush(self) -> None:
        if self._text:
            self.blocks.append("".join(self._text))
            self._text = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._verbatim += tag in _VERBATIM
        if tag in _BLOCKS:
            self._flush()

    def handle_endtag(self, tag: str) -> None:
        if tag in _VERBATIM:
            self._verbatim = max(0, self._verbatim - 1)
        if tag in _BLOCKS:
            self._flush()

    def handle_data(self, data: str) -> None:
        if not self._verbatim:
            self._text.append(data)


def _pages(site: Path) -> list[Path]:
    # _modules/ holds the highlighted source code of the library, shown as it is written.
    return site_pages.pages(site)


def test_no_page_shows_a_space_where_the_source_broke_a_chinese_line(docs_site: Path) -> None:
    left = []
    for page in _pages(docs_site):
        parser = _Blocks()
        parser.feed(page.read_text("utf-8"))
        parser.close()
        for block in parser.blocks:
            for match in cjk.LEFT_BREAK.finditer(block):
                left.append(f"{page.relative_to(docs_site)}: {match.group()!r}")
    assert left == []


def test_the_chinese_of_the_name_templates_reads_unbroken(docs_site: Path) -> None:
    # The examples: quoted templates and the clause texts of the map.
    text = "".join(_block_texts(docs_site / "clauses.html"))
    assert "人力资源和社会保障服务所" in text
    assert "不新增编制" in text


def _block_texts(page: Path) -> list[str]:
    parser = _Blocks()
    parser.feed(page.read_text("utf-8"))
    parser.close()
    return parser.blocks


#: Labels of Sphinx and Furo in English, which a Chinese site must not show.
ENGLISH_LABELS = (
    "Parameters",
    "Returns",
    "Return type",
    "Raises",
    "Bases:",
    "[source]",
    "Type",
    "Next",
    "Previous",
    "On this page",
    "Back to top",
    "Made with",
    "Copyright",
)
_LABEL_PLACES = re.compile(
    r'<dt class="field-(?:odd|even)">(.*?)<span|'
    r'<div class="context">\s*<span>(.*?)</span>|'
    r'<span class="toc-title">\s*(.*?)\s*</span>|'
    r'<button class="back-to-top"[^>]*>.*?<span>(.*?)</span>|'
    r'<span class="viewcode-link"><span class="pre">(.*?)</span>|'
    r"<p>(Bases: )|"
    r'<div class="copyright">\s*(.*?)&#169;',
    re.DOTALL,
)


def _labels(site: Path) -> set[str]:
    found = set()
    for page in _pages(site):
        for groups in _LABEL_PLACES.findall(page.read_text("utf-8")):
            for label in groups:
                label = label.strip()
                if label:
                    found.add(label.rstrip(":："))
    return found


@pytest.mark.site_language("zh")
def test_every_label_is_in_one_language(docs_site: Path) -> None:
    found = _labels(docs_site)
    english = sorted(label for label in found if label in ENGLISH_LABELS)
    assert english == []
    assert {"参数", "返回", "下一页", "本页目录", "[源代码]"} <= found


@pytest.mark.site_language("en")
def test_every_label_of_the_english_site_is_english(docs_site: Path) -> None:
    found = _labels(docs_site)
    assert sorted(label for label in found if _is_chinese(label)) == []
    assert {"Parameters", "Returns", "Next", "On this page", "[source]"} <= found


def _is_chinese(text: str) -> bool:
    return any("\u4e00" <= ch <= "\u9fff" for ch in text)


def _switch(page: Path) -> list[tuple[str, str]]:
    return re.findall(
        r'<a class="hrss-language-switch" href="([^"]+)" hreflang="([^"]+)"',
        page.read_text("utf-8"),
    )


def test_every_page_links_the_same_page_in_the_other_language(docs_site: Path) -> None:
    # The Chinese site is the root and the English one its en/ folder, as .ci/run and
    # Read the Docs build them; the link of each page leads to the page of the same name.
    english = 'lang="en"' in (docs_site / "index.html").read_text("utf-8")[:300]
    other = docs_site.parent if english else docs_site / "en"
    wrong = []
    for page in _pages(docs_site):
        links = _switch(page)
        if len(links) != 1:
            wrong.append(f"{page.relative_to(docs_site)}: {links}")
            continue
        href, lang = links[0]
        target = (page.parent / href).resolve()
        here = page.relative_to(docs_site)
        if lang != ("zh-CN" if english else "en") or target != (other / here).resolve():
            wrong.append(f"{here}: {href} ({lang})")
        elif other.is_dir() and not target.is_file():
            wrong.append(f"{here}: {href} does not exist")
    assert wrong == []


def test_the_api_index_lists_every_public_name_with_its_summary(docs_site: Path) -> None:
    html = (docs_site / "api" / "index.html").read_text("utf-8")
    listed = set(re.findall(r'href="[^"]*#hrss_policy\.(\w+)"', html))
    public = {n for n in hp.__all__ if not n.startswith("__")}
    assert public - listed == set()
    # Each summary in the site's language: the Chinese site's own (docs/_ext/api_zh.py),
    # the English site's from the docstring.
    if 'lang="en"' in (docs_site / "index.html").read_text("utf-8")[:300]:
        assert "Return the staff quota of a street/town agency" in html
    else:
        assert "返回街道（镇）服务机构的人员定额。" in html


def test_each_api_page_shows_its_functions_before_the_types_they_return(
    docs_site: Path,
) -> None:
    html = (docs_site / "api" / "staffing.html").read_text("utf-8")
    order = re.findall(r'<dt class="sig sig-object py" id="hrss_policy\.(\w+)">', html)
    assert order.index("street_staff_quota") < order.index("StaffingQuota")
    assert order[0] == "street_staff_quota"


def test_signatures_show_defaults_as_a_reader_writes_them(docs_site: Path) -> None:
    # params=PLAN_2011, not the parameter set's repr; an attrs class's default as a value,
    # not as the source attrs generates (attr_dict['source'].default).
    printed = []
    for page in (docs_site / "api").glob("*.html"):
        html = page.read_text("utf-8")
        for signature in re.findall(r'<dt class="sig sig-object py".*?</dt>', html, re.DOTALL):
            text = re.sub(r"<[^>]+>", "", signature)
            if "=PolicyParameters(" in text or "attr_dict[" in text:
                printed.append(f"{page.name}: {text[:80]}")
    assert printed == []
    staffing = re.sub(r"<[^>]+>", "", (docs_site / "api" / "staffing.html").read_text("utf-8"))
    assert "params=PLAN_2011" in staffing


def test_the_parameters_page_lists_every_field_with_its_value(docs_site: Path) -> None:
    html = (docs_site / "parameters.html").read_text("utf-8")
    table = html[html.index('class="parameter-table') :]
    table = table[: table.index("</table>")]
    rows = re.findall(r"<tr[^>]*>(.*?)</tr>", table, re.DOTALL)[1:]
    names = [re.sub(r"<[^>]+>", "", re.findall(r"<td>(.*?)</td>", r, re.DOTALL)[0]) for r in rows]
    assert names == [f.name for f in attrs.fields(hp.PolicyParameters)]
    text = re.sub(r"<[^>]+>", "", table)
    assert "2012年6月30日" in text  # staffing due, as Chinese text
    assert "R1" in text  # the reading of the rounding


def test_the_docs_build_links_every_cross_reference(docs_site: Path) -> None:
    # nitpicky = True makes an unresolved reference a warning (and -W an error); here the
    # names the issue found unlinked are links.
    html = (docs_site / "api" / "findings.html").read_text("utf-8")
    html += (docs_site / "api" / "staffing.html").read_text("utf-8")
    assert re.search(r'<a class="reference internal" href="[^"]*#hrss_policy\.Finding"', html)
    assert re.search(r'href="[^"]*#hrss_policy\.UnitKind"', html)


def _load_script(name: str) -> ModuleType:
    path = ROOT / "scripts" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(name, module)
    spec.loader.exec_module(module)
    return module


share = _load_script("docs_chinese_share")

#: The style guide's rules a page's Chinese prose can break (docs/contributing/chinese-style.md):
#: a number and its unit written apart, m² for 平方米, a bracket inside a bracket (a clause
#: id carries its own: 依据三（一）5, never （三（一）5）), half-width punctuation between
#: Chinese characters.
_STYLE = (
    (
        re.compile(r"\d[ \u3000]+(?:人|元|平方米|个工作日|个月|项|名)(?![A-Za-z])"),
        "a space before a unit",
    ),
    (re.compile(r"m²|㎡"), "m² instead of 平方米"),
    (re.compile(r"（[^（）]*（[^（）]*）[^（）]*）"), "nested brackets"),
    (re.compile(r"[\u4e00-\u9fff][,;:][\u4e00-\u9fff]"), "half-width punctuation in Chinese"),
)


@pytest.mark.site_language("zh")
def test_the_chinese_prose_of_every_page_follows_the_style_guide(docs_site: Path) -> None:
    # The prose the site writes, not code, tables or quotations of the library's output.
    found = []
    for page in _pages(docs_site):
        for line in share.prose_lines(page.read_text("utf-8")):
            if not share.mostly_chinese(line):
                continue
            # What is quoted (“…”) is the plan's text or an example, not the page's prose:
            # the style guide quotes the forms it forbids.
            line = re.sub(r"“[^“”]*”", "“”", line)
            for pattern, what in _STYLE:
                match = pattern.search(line)
                if match:
                    where = page.relative_to(docs_site)
                    found.append(
                        f"{where}: {what}: …{line[max(0, match.start() - 15) : match.end() + 15]}…"
                    )
    assert found == []


@pytest.mark.site_language("zh")
def test_every_page_of_the_chinese_site_is_mostly_chinese(docs_site: Path) -> None:
    # The share of prose lines mostly in Chinese (scripts/docs_chinese_share.py), code and
    # API names aside. The changelog's entries are the project's record in English, under
    # Chinese headings.
    english_by_design = {"changelog"}
    low = {
        s.page: f"{s.percent:.0f} %"
        for s in share.shares(docs_site)
        if s.page not in english_by_design and s.percent < 90
    }
    assert low == {}


@pytest.mark.site_language("en")
def test_every_heading_of_the_english_site_is_translated(docs_site: Path) -> None:
    # Sphinx keeps the Chinese where a translation does not parse as the same kind of
    # node ("1. Build …" reads as a list, so the catalog writes "1\. Build …"): a heading
    # left in Chinese shows it.
    # The clause map's sections are titled by the plan's own words, in both languages.
    left = []
    for page in _pages(docs_site):
        html = page.read_text("utf-8")
        sections = re.findall(
            r'<section id="([^"]*)">(?:\s*<span id="[^"]*"></span>)*\s*<h[1-4][^>]*>(.*?)</h[1-4]>',
            html,
            re.DOTALL,
        )
        for section, heading in sections:
            text = re.sub(r"<[^>]+>", "", heading).replace("¶", "").strip()
            if section.startswith("clause-") or not _is_chinese(text):
                continue
            if not re.search(r"[A-Za-z]", text):
                left.append(f"{page.relative_to(docs_site)}: {text}")
    assert left == []
