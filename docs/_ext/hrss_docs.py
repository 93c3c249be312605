"""Sphinx extension of the hrss_policy site.

* ``.. clause-map::`` renders the clause map from ``hrss_policy.CLAUSES`` at build time:
  every clause with its title and text, the public names that declare it (``@cites``),
  the parameters it sets and the tests that exercise it (see :mod:`clause_index`).
* Chinese search works in the browser under Sphinx 9.0, whose ``zh`` language ships the
  English stemmer but assigns ``window.Stemmer = ChineseStemmer`` (undefined, so every
  search hangs on "正在搜索中"; sphinx-doc/sphinx#14229). :class:`SearchChinese` names the
  stemmer it really ships.
* :class:`JoinChineseLines` drops a source line break between two Chinese characters
  (see :mod:`cjk`), which a browser would show as a space: ``精确、 可溯源``.
* Search serves Chinese readers (:class:`SearchChinese`): a phrase typed without spaces
  is cut into the index's words in the browser (``search_zh.js``), numbers are searched,
  and each term of the plan (``hrss_search_keywords`` and the jieba dictionary) is an
  index entry on the one page that is its main page (:mod:`search_rank`), which
  Sphinx's search ranks first.
* After an HTML build, the search index is checked for the Chinese terms listed in
  ``hrss_search_must_find``; a term the index lacks is a warning, so ``-W`` fails the build
  rather than publish a site whose search cannot find 补贴.
"""

from __future__ import annotations

import datetime as dt
import enum
import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import cjk
import clause_index
import params_table
import search_rank
from docutils import nodes
from docutils.statemachine import StringList
from sphinx import addnodes
from sphinx.application import Sphinx
from sphinx.search.zh import SearchChinese as _SphinxSearchChinese
from sphinx.transforms.post_transforms import SphinxPostTransform
from sphinx.util import logging
from sphinx.util.docutils import SphinxDirective
from sphinx.util.nodes import nested_parse_with_titles

logger = logging.getLogger(__name__)


def _value(value: Any) -> str:
    if isinstance(value, enum.Enum):
        return str(value.value)
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return f"{value} 元"
    return str(value)


def _heading(text: str, char: str) -> list[str]:
    # CJK characters are two columns wide; docutils wants the underline at least as long.
    return [text, char * (2 * len(text) + 2), ""]


def render(
    entries: list[clause_index.ClauseEntry],
    tools: list[tuple[str, clause_index.Implementer]] | None = None,
) -> list[str]:
    """Return the clause map as reStructuredText lines.

    *tools* are the public names that implement no clause, each with the module that
    defines it; they get a section of their own so the page accounts for every public name.
    """
    lines = [
        ".. list-table::",
        "   :header-rows: 1",
        "   :widths: 14 30 44 12",
        "",
        "   * - 条款 Clause",
        "     - 标题 Title",
        "     - 实现 Implemented by",
        "     - 测试 Tests",
    ]
    for n, e in enumerate(entries):
        impl = ", ".join(_role(i, short=True) for i in e.implementers) or "—"
        lines += [
            f"   * - `{e.id} <#{_anchor(n)}>`__",
            f"     - {e.title}",
            f"     - {impl}",
            f"     - {len(e.tests)}",
        ]
    lines.append("")
    for e in entries:
        lines += _heading(f"{e.id} {e.title}", "-")
        lines += [f"   {e.text}", ""]
        if e.implementers:
            lines += ["**实现 Implemented by**", ""]
            lines += [f"- {_role(i, short=False)}" for i in e.implementers]
        else:
            lines += ["**实现 Implemented by**: 无公开函数声明本条（本条无计算内容，或尚未实现）"]
        lines.append("")
        if e.parameters:
            lines += ["**参数 Parameters** (:py:data:`~hrss_policy.PLAN_2011`)", ""]
            for name, value, adopted in e.parameters:
                note = " — 采用的解读 adopted reading" if adopted else ""
                lines.append(f"- ``{name}`` = {_value(value)}{note}")
            lines.append("")
        if e.tests:
            lines += [f"**测试 Tests exercising it** ({len(e.tests)})", ""]
            lines += [f"- ``{t.nodeid}``" for t in e.tests]
        else:
            lines += ["**测试 Tests exercising it**: 无 none"]
        lines.append("")
    if tools:
        lines += _heading("不实现条款的公开名称 Names that implement no clause", "-")
        lines += [
            "The tools the rules use: the working-day calendar the deadlines of 四（二） and",
            "三（四） count with, the clause registry, the parameter set, findings and errors.",
            "Each result that depends on them still cites its own clause.",
            "",
        ]
        for module in sorted({m for m, _i in tools}):
            names = [i for m, i in tools if m == module]
            lines.append(f"- ``{module}``: " + ", ".join(_role(i, short=True) for i in names))
        lines.append("")
    return lines


def _anchor(n: int) -> str:
    # docutils derives section ids from ASCII only, so a Chinese title gets "id3"; the
    # clause sections get stable ids of their own (set in ClauseMapDirective.run).
    return f"clause-{n}"


def _role(imp: clause_index.Implementer, *, short: bool) -> str:
    role = "py:func" if imp.kind == "function" else "py:class"
    return f":{role}:`{'~' if short else ''}{imp.qualname}`"


class ClauseMapDirective(SphinxDirective):
    """``.. clause-map::`` — the generated clause map (no arguments, no content)."""

    has_content = False

    def run(self) -> list[nodes.Node]:
        import hrss_policy

        root = Path(self.config.hrss_project_root)
        tests_dir = root / "tests"
        for path in [*tests_dir.glob("test_*.py"), *(root / "src").rglob("*.py")]:
            # Rebuild this page when a test or a rule changes, not only when the page does.
            self.env.note_dependency(str(path))
        entries = clause_index.build_map(
            hrss_policy, tests_dir, exclude_tests=self.config.hrss_clause_map_exclude_tests
        )
        tools = [
            (clause_index.module_of(hrss_policy, i), i)
            for i in clause_index.unattributed(hrss_policy)
        ]
        container = nodes.container()
        nested_parse_with_titles(
            self.state, StringList(render(entries, tools), "<clause-map>"), container
        )
        sections = list(container.findall(nodes.section))
        for n, section in enumerate(sections):
            section["ids"].insert(0, _anchor(n))
            self.state.document.ids[_anchor(n)] = section
        return list(container.children)


def name_role(
    name: str,
    rawtext: str,
    text: str,
    lineno: int,
    inliner: Any,
    options: dict[str, Any] | None = None,
    content: list[str] | None = None,
) -> tuple[list[nodes.Node], list[nodes.system_message]]:
    """``:hrss-name:`street_recipients_per_staff``` — a name that may wrap after ``_``.

    In HTML a ``<wbr>`` after each underscore lets a long field name break across lines
    in a narrow column (copying it gives the name unchanged); elsewhere it is code.
    """
    import html

    parts = [html.escape(p) for p in text.split("_")]
    markup = "_<wbr>".join(parts)
    raw = nodes.raw(
        "",
        f'<code class="docutils literal notranslate"><span class="pre">{markup}</span></code>',
        format="html",
    )
    return [nodes.inline("", "", raw, nodes.literal(text, text, classes=["no-html"]))], []


def _drop_non_html_names(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """The HTML builders show the raw ``<wbr>`` form of :func:`name_role`, others the code."""
    html = app.builder.format == "html"
    for node in list(doctree.findall(nodes.literal)):
        if "no-html" in node["classes"] and html:
            node.parent.remove(node)
    if not html:
        for node in list(doctree.findall(nodes.raw)):
            if "_<wbr>" in node.astext():
                node.parent.remove(node)


def _cell(text: str) -> str:
    return text.replace("\n", " ").strip() or "—"


class ParameterTableDirective(SphinxDirective):
    """``.. parameter-table::`` — every field of ``PolicyParameters`` with ``PLAN_2011``'s value.

    Read from ``attrs.fields`` at build time (:mod:`params_table`): a field added or
    renamed in the code is on the page without anyone editing it.
    """

    has_content = False

    def run(self) -> list[nodes.Node]:
        from sphinx.pycode import ModuleAnalyzer

        import hrss_policy
        from hrss_policy.plan import parameters as parameters

        self.env.note_dependency(parameters.__file__)
        cls = hrss_policy.PolicyParameters
        attr_docs = ModuleAnalyzer.for_module(cls.__module__).find_attr_docs()
        docs = {
            name: " ".join(lines).strip()
            for (scope, name), lines in attr_docs.items()
            if scope == cls.__name__
        }
        titles = params_table.reading_titles(getattr(hrss_policy, "READINGS", ()))
        readings_page = "readings" in self.env.found_docs
        lines = [
            ".. list-table::",
            "   :header-rows: 1",
            "   :class: parameter-table",
            "",
            "   * - 参数 Field",
            "     - 条款 Clause",
            "     - 单位 Unit",
            "     - 取值 Value (``PLAN_2011``)",
            "     - 解读 Reading",
            "     - 说明 Description",
        ]
        for row in params_table.rows(cls, hrss_policy.PLAN_2011, docs):
            if not row.clause:
                reading = "—"
            elif row.reading is None:
                reading = "原文 stated"
            elif row.reading and readings_page:
                reading = f":doc:`{row.reading} </readings>`"
            elif row.reading:
                reading = f"**{row.reading}** {titles.get(row.reading, '')}".strip()
            else:
                reading = "**采用的解读** adopted"
            lines += [
                f"   * - :hrss-name:`{row.name}`",
                f"     - {_cell(row.clause)}",
                f"     - {_cell(row.unit)}",
                f"     - {_cell(row.value)}",
                f"     - {reading}",
                f"     - {_cell(row.description)}",
            ]
        container = nodes.container()
        self.state.nested_parse(StringList(lines, "<parameter-table>"), 0, container)
        return list(container.children)


class JoinChineseLines(SphinxPostTransform):
    """Join the lines of Chinese paragraphs: no space where the source broke a line.

    A post-transform, so it sees the text of resolved references (a ``{doc}`` link's
    title), and runs before the search index reads the page.
    """

    default_priority = 900

    def run(self, **kwargs: Any) -> None:
        for block in list(self.document.findall(nodes.TextElement)):
            if isinstance(block, nodes.FixedTextElement) or isinstance(
                block.parent, nodes.TextElement
            ):
                continue
            if _inside(block, (addnodes.desc_signature, nodes.FixedTextElement, nodes.raw)):
                continue
            texts = [t for t in block.findall(nodes.Text) if not _inside(t, (nodes.raw,))]
            if not texts:
                continue
            editable = [not _inside(t, _VERBATIM) for t in texts]
            joined = cjk.join([str(t) for t in texts], editable)
            for old, new in zip(texts, joined, strict=True):
                if new != str(old):
                    # By identity: Text nodes are strings, and list.index finds an equal one.
                    parent = old.parent
                    at = next(i for i, child in enumerate(parent.children) if child is old)
                    parent[at] = nodes.Text(new)


_VERBATIM = (nodes.literal, nodes.FixedTextElement, nodes.math, nodes.raw)


def _inside(node: nodes.Node, kinds: tuple[type, ...]) -> bool:
    parent = node.parent if isinstance(node, nodes.Text) else node
    while parent is not None:
        if isinstance(parent, kinds):
            return True
        parent = parent.parent
    return False


class SearchChinese(_SphinxSearchChinese):
    """Sphinx's Chinese search (jieba), with the JavaScript stemmer named as shipped.

    Sphinx 9.0 writes ``window.Stemmer = {language_name}Stemmer`` after the code of
    ``js_stemmer_rawcode``; for ``zh`` that code is ``english-stemmer.js`` (Latin words in
    Chinese pages are stemmed as English), which defines ``EnglishStemmer``. Naming the
    language "English" here only changes that line; indexing is Sphinx's own.

    The query splitter (``search_zh.js``) cuts Chinese phrases into the index's words and
    keeps numbers.
    """

    language_name = "English"
    js_splitter_code = (Path(__file__).parent / "search_zh.js").read_text(encoding="utf-8")


def _clause_texts() -> dict[str, str]:
    import hrss_policy

    return {cid: re.sub(r"\s", "", c.text) for cid, c in hrss_policy.CLAUSES.items()}


def search_keywords(config: Any) -> list[str]:
    """The plan's terms the search knows: the jieba dictionary's words and the extra list."""
    words = list(config.hrss_search_keywords)
    dictionary = (config.html_search_options or {}).get("dict")
    if dictionary and Path(dictionary).is_file():
        for line in Path(dictionary).read_text(encoding="utf-8").splitlines():
            if line.strip():
                words.append(line.split()[0])
    return list(dict.fromkeys(words))


def count_keywords(app: Sphinx, doctree: nodes.document) -> None:
    """Remember how often each keyword occurs on the page just read (and its title)."""
    env = app.env
    text = "".join(cjk.join([doctree.astext()]))
    title = next(iter(doctree.findall(nodes.title)), None)
    counts = {w: text.count(w) for w in search_keywords(app.config) if w in text}
    if not hasattr(env, "hrss_keyword_counts"):
        env.hrss_keyword_counts = {}
    env.hrss_keyword_counts[env.docname] = (title.astext() if title else "", counts)


def _purge_keywords(app: Sphinx, env: Any, docname: str) -> None:
    getattr(env, "hrss_keyword_counts", {}).pop(docname, None)


def _merge_keywords(app: Sphinx, env: Any, docnames: set[str], other: Any) -> None:
    if not hasattr(env, "hrss_keyword_counts"):
        env.hrss_keyword_counts = {}
    for docname in docnames:
        if docname in getattr(other, "hrss_keyword_counts", {}):
            env.hrss_keyword_counts[docname] = other.hrss_keyword_counts[docname]


def _rewrite_all(app: Sphinx, env: Any) -> list[str]:
    """Write every page again after any change: a page's keywords depend on all pages
    (and Sphinx does not keep index entries of pages it does not write again)."""
    return sorted(env.found_docs)


def add_keyword_entries(app: Sphinx, doctree: nodes.document, docname: str) -> None:
    """Give the main page of each keyword an index entry, which the search ranks first."""
    data = getattr(app.env, "hrss_keyword_counts", {})
    titles = {d: t for d, (t, _c) in data.items()}
    counts = {d: c for d, (_t, c) in data.items()}
    mine = [
        w
        for w, d in search_rank.keyword_pages(
            counts, titles, search_keywords(app.config), _clause_texts()
        ).items()
        if d == docname
    ]
    section = next(iter(doctree.findall(nodes.section)), None)
    if not mine or section is None or not section["ids"]:
        return
    entries = [("single", word, section["ids"][0], "main", None) for word in mine]
    section.insert(0, addnodes.index(entries=entries))


_STEMMER_ASSIGNMENT = re.compile(r"window\.Stemmer = (\w+);")


def check_search_index(app: Sphinx, exception: Exception | None) -> None:
    """Warn for every ``hrss_search_must_find`` term the built search index does not hold."""
    if exception is not None or app.builder.name not in ("html", "dirhtml"):
        return
    must_find = list(app.config.hrss_search_must_find)
    if not must_find:
        return
    language_data = Path(app.outdir) / "_static" / "language_data.js"
    if language_data.is_file():
        code = language_data.read_text(encoding="utf-8")
        for name in _STEMMER_ASSIGNMENT.findall(code):
            if not re.search(rf"\b{name}\s*=\s*function|function {name}\b|class {name}\b", code):
                logger.warning(
                    "%s assigns window.Stemmer = %s, which it never defines: the search "
                    "page would hang",
                    language_data,
                    name,
                )
    path = Path(app.outdir) / "searchindex.js"
    raw = path.read_text(encoding="utf-8")
    index = json.loads(raw[raw.index("(") + 1 : raw.rindex(")")])
    terms = index.get("terms", {})
    missing = [t for t in must_find if t not in terms]
    if missing:
        logger.warning(
            "search index %s lacks %s: Chinese search needs jieba (the docs extra) and the "
            "user dictionary in html_search_options",
            path,
            ", ".join(missing),
        )


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_config_value("hrss_project_root", "", "env", types=[str])
    app.add_config_value("hrss_clause_map_exclude_tests", [], "env", types=[list])
    app.add_config_value("hrss_search_must_find", [], "html", types=[list])
    app.add_config_value("hrss_search_keywords", [], "env", types=[list])
    app.connect("doctree-read", count_keywords)
    app.connect("env-purge-doc", _purge_keywords)
    app.connect("env-merge-info", _merge_keywords)
    app.connect("doctree-resolved", add_keyword_entries)
    app.connect("env-get-updated", _rewrite_all)
    app.add_search_language(SearchChinese)
    app.add_directive("clause-map", ClauseMapDirective)
    app.add_directive("parameter-table", ParameterTableDirective)
    app.add_role("hrss-name", name_role)
    app.connect("doctree-resolved", _drop_non_html_names)
    app.add_post_transform(JoinChineseLines)
    app.connect("build-finished", check_search_index)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
