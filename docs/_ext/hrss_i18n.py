"""The site in two languages: Chinese, the source, and English, its translation.

The pages are written in Chinese; ``docs/locale/en/LC_MESSAGES/<page>.po`` holds the
English of every message (``scripts/docs_i18n.py`` updates and checks the catalogs).
``sphinx-build -D language=en`` builds the English site from them into the ``en/``
folder of the Chinese one.

* :class:`KeepGeneratedText` keeps out of the catalogs what the pages do not write: the
  docstrings autodoc inserts and the tables the site's directives generate from the
  library. Those speak the reader's language through :func:`label` (the directives'
  labels) or are code and the plan's own words.
* :func:`label` picks one language of a generated label written ``中文 English``.
* :func:`_language_settings` gives each language its search: jieba and the plan's terms
  for Chinese, Sphinx's English stemmer for English.
* :func:`_language_switch` gives every page the address of the same page in the other
  language (``templates/page.html`` shows it).
"""

from __future__ import annotations

import re
from typing import Any

from docutils import nodes
from sphinx.application import Sphinx
from sphinx.config import Config
from sphinx.transforms import SphinxTransform

#: The source language and where each language's tree sits, relative to the Chinese one.
SOURCE_LANGUAGE = "zh_CN"
TREES = {"zh_CN": "", "en": "en/"}
#: The name of each language as its own readers write it: the switch's label.
NAMES = {"zh_CN": "中文", "en": "English"}
#: ``lang`` attribute of each language's pages.
HTML_LANG = {"zh_CN": "zh-CN", "en": "en"}

_CJK = "\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef"
#: ``人员配备 Staffing``: the Chinese, then a space, then the English.
_PAIR = re.compile(rf"^(.*[{_CJK}][^A-Za-z]*?)\s+([A-Za-z].*)$", re.DOTALL)


def is_english(language: str | None) -> bool:
    """True for the English build (``-D language=en``)."""
    return (language or "").split("_")[0] == "en"


def split_label(text: str) -> tuple[str, str]:
    """Split a label written ``中文 English`` into its two languages.

    A label with no such pair is the same in both (``R1``, a clause id).

    >>> split_label("人员配备 Staffing")
    ('人员配备', 'Staffing')
    >>> split_label("R1")
    ('R1', 'R1')
    """
    match = _PAIR.match(text)
    if match is None:
        return text, text
    return match.group(1).strip(), match.group(2).strip()


def label(text: str, language: str | None) -> str:
    """The language's half of a label written ``中文 English`` (see :func:`split_label`)."""
    zh, en = split_label(text)
    return en if is_english(language) else zh


class KeepGeneratedText(SphinxTransform):
    """Translate only what the page's own source writes.

    Runs before Sphinx's ``Locale`` transform (priority 20), which translates a document
    from its catalog, and whose messages the gettext builder collects: a node whose text
    comes from elsewhere (a docstring, a generated table) is marked not translatable.
    """

    default_priority = 10

    def apply(self, **kwargs: Any) -> None:
        own = self.document.get("source")
        for node in self.document.findall(_block_text):
            elsewhere = bool(node.source) and node.source != own
            if elsewhere or any(isinstance(p, _GENERATED_PARENTS) for p in _parents(node)):
                node["translatable"] = False


#: The section titles of the changelog (Keep a Changelog's), in Chinese for the Chinese site.
CHANGELOG_TITLES = {
    "[Unreleased]": "未发布",
    "Added": "新增",
    "Changed": "变更",
    "Deprecated": "弃用",
    "Removed": "移除",
    "Fixed": "修复",
    "Security": "安全",
}


class ChangelogTitles(SphinxTransform):
    """Give the changelog's sections (CHANGELOG.md, in English) Chinese titles on the Chinese site.

    The entries are the project's record and stay as written; their headings are the
    site's navigation and speak the reader's language.
    """

    default_priority = 25  # after Locale (20): the English site keeps the English titles

    def apply(self, **kwargs: Any) -> None:
        if self.env.docname != "changelog" or is_english(self.config.language):
            return
        for title in self.document.findall(nodes.title):
            text = title.astext()
            if text in CHANGELOG_TITLES:
                title.children = [nodes.Text(CHANGELOG_TITLES[text])]


def keep(container: nodes.Element) -> None:
    """Mark everything a directive generated into *container* not translatable.

    Its text is the library's (names, clause texts, docstrings) or a label the directive
    already chose in the build's language (:func:`label`).
    """
    for node in container.findall(_block_text):
        node["translatable"] = False


def _block_text(node: nodes.Node) -> bool:
    # Blocks, and the inline nodes Sphinx itself made messages (a docstring's field bodies
    # carry translatable=True): Sphinx takes an inline node that has a "translatable"
    # attribute for a placeholder and moves its children to the end of its parent
    # (RemoveTranslatableInline), so marking any other inline would reorder a signature.
    if not isinstance(node, nodes.TextElement):
        return False
    return not isinstance(node, nodes.Inline) or "translatable" in node.attributes


def _parents(node: nodes.Node) -> list[nodes.Node]:
    out = []
    parent = node.parent
    while parent is not None:
        out.append(parent)
        parent = parent.parent
    return out


def _generated_parents() -> tuple[type, ...]:
    from sphinx import addnodes

    # autodoc's descriptions: their text is the docstring's, in the source file's language.
    return (addnodes.desc,)


_GENERATED_PARENTS = _generated_parents()


#: The terms the English site's built search index must hold (hrss_docs.check_search_index),
#: as the English stemmer stores them: staff, subsidy, deadline, working day, calendar.
MUST_FIND_EN = ["staff", "subsidi", "deadlin", "work", "day", "calendar", "excel"]


#: The words an English reader searches for, each given an index entry on its main page
#: (hrss_docs.add_keyword_entries), as the plan's Chinese terms are on the Chinese site.
KEYWORDS_EN = [
    "staffing",
    "staff quota",
    "subsidy",
    "subsidies",
    "deadline",
    "deadlines",
    "premises",
    "floor area",
    "renaming",
    "working day",
    "working days",
    "holiday",
    "excel",
    "worksheet",
    "inspection",
    "bulletin",
]


def _language_settings(app: Sphinx, config: Config) -> None:
    if is_english(config.language):
        # Sphinx's English search (stemmer, stop words) for the English pages; the plan's
        # numbers stay keywords, its Chinese terms give way to English words.
        config.html_search_language = "en"
        config.html_search_options = {}
        config.hrss_search_must_find = MUST_FIND_EN
        numbers = [w for w in config.hrss_search_keywords if w.isdigit()]
        config.hrss_search_keywords = numbers + KEYWORDS_EN


def _language_switch(
    app: Sphinx, pagename: str, templatename: str, context: dict[str, Any], doctree: Any
) -> None:
    language = app.config.language or SOURCE_LANGUAGE
    here = "en" if is_english(language) else SOURCE_LANGUAGE
    up = "../" * (pagename.count("/") + TREES[here].count("/"))
    links = []
    for other, tree in TREES.items():
        if other != here:
            href = f"{up}{tree}{app.builder.get_target_uri(pagename)}"
            links.append({"href": href, "name": NAMES[other], "lang": HTML_LANG[other]})
    context["hrss_languages"] = links


def setup(app: Sphinx) -> dict[str, Any]:
    app.add_transform(KeepGeneratedText)
    app.add_transform(ChangelogTitles)
    app.connect("config-inited", _language_settings, priority=800)
    app.connect("html-page-context", _language_switch)
    return {"version": "1", "parallel_read_safe": True, "parallel_write_safe": True}
