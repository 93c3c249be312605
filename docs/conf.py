"""Sphinx configuration for the hrss_policy documentation site."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

DOCS = Path(__file__).resolve().parent
ROOT = DOCS.parent
sys.path.insert(0, str(ROOT / "src"))
# The site's own extension (the clause map, the search-index check); see docs/_ext/.
sys.path.insert(0, str(DOCS / "_ext"))

import hrss_policy  # noqa: E402

project = "hrss_policy"
author = "hrss_policy developers"
copyright = "2026, hrss_policy developers"
release = hrss_policy.__version__
version = release
# The pages are written in Chinese, the language of the site's readers (district bureau
# analysts, vendors' developers, auditors in Zhuhai) and of the plan they quote. English
# is their translation: docs/locale/en/LC_MESSAGES/<page>.po, one catalog per page, built
# with -D language=en (docs/_ext/hrss_i18n.py; scripts/docs_i18n.py updates and checks
# the catalogs). One language for every label of each site: Sphinx's, and the theme's
# through docs/_locale (Furo ships no catalog of its own).
language = "zh_CN"
locale_dirs = ["_locale", "locale"]
# One catalog per page (rules/staffing.po), so a change to one page touches one file;
# no source locations in them, so a line moved on a page changes no catalog.
gettext_compact = False
gettext_location = False
gettext_uuid = False

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "hrss_i18n",
    "hrss_docs",
    "hrss_api",
    "hrss_tables",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "_inventories", "_locale", "locale", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every cross-reference must resolve: an unresolved one is a warning, and -W fails it.
nitpicky = True

# The API pages are generated from hrss_policy.__all__ (docs/_ext/hrss_api.py), which
# asks for members where it wants them.
autodoc_member_order = "bysource"
autodoc_typehints = "description"
# Defaults as the source writes them: params=PLAN_2011, not the parameter set's repr.
autodoc_preserve_defaults = True
autodoc_default_options = {"show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
# The type of an attribute is in its signature already (autodoc reads the annotation);
# napoleon's "Type" field would repeat it under an untranslated label.
napoleon_attr_annotations = False

# No network at build time: links to the standard library resolve against a copy of
# Python 3.11's objects.inv shipped in docs/_inventories/ (taken from Debian's package
# python3.11-doc, see the README there); the links themselves point to the online docs.
intersphinx_mapping = {
    "python": ("https://docs.python.org/3.11", str(DOCS / "_inventories" / "python-3.11.inv")),
}

# No hidden setup: every page imports what its examples use in a visible block at its top
# (tests/test_docs.py checks it), so a page whose examples would not paste into a fresh
# interpreter fails the doctest build.
doctest_global_setup = ""

html_theme = "furo"
html_title = "hrss_policy"
html_show_sphinx = False
templates_path = ["_templates"]
html_static_path = ["_static"]
# Tables scroll sideways on phones, code wraps (docs/_static/hrss.css).
html_css_files = ["hrss.css"]
# The Chinese site's search; the English site uses Sphinx's English search (hrss_i18n).
html_search_language = "zh"
# Sphinx splits Chinese text into words with jieba (in the docs extra). Its dictionary
# lacks the plan's own terms (服务所, 协理员 …); without them "服务所" is indexed only as
# 服务 + 所 and a search for it finds nothing.
try:
    import jieba

    jieba.setLogLevel(logging.WARNING)  # it logs its dictionary loading at DEBUG to stderr
except ImportError:  # the search-index check below says what is missing
    pass
html_search_options = {"dict": str(DOCS / "_ext" / "jieba_userdict.txt")}
# Rule pages before the API reference and the changelog (see the file).
html_search_scorer = str(DOCS / "_ext" / "search_scorer.js")

# docs/_ext/hrss_docs.py
hrss_project_root = str(ROOT)
# Tests of the docs themselves pin no clause of the plan.
hrss_clause_map_exclude_tests = [
    "test_docs.py",
    "test_docs_layout.py",
    "test_docs_search.py",
    "test_docs_site.py",
    "test_docs_tools.py",
]
# Terms of the plan beyond the jieba dictionary's words: each is an index entry on its main
# page (docs/_ext/hrss_docs.py), which the search ranks first. The first year whose
# official calendar is not held is looked up from the library, not written here.
hrss_search_keywords = ["6000", "8000", "300", "1000", "800"]
hrss_search_keywords.append(str(max(c.year for c in hrss_policy.calendar_coverage()) + 1))
# A built index that cannot find these fails the build (see docs/_ext/hrss_docs.py).
hrss_search_must_find = ["补贴", "补助", "服务所", "服务站", "工作日", "协理员", "人员配备"]
