"""Sphinx configuration for the hrss_policy documentation site."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

import hrss_policy  # noqa: E402

project = "hrss_policy"
author = "hrss_policy developers"
copyright = "2026, hrss_policy developers"
release = hrss_policy.__version__
version = release
language = "zh_CN"

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.intersphinx",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
]
source_suffix = {".rst": "restructuredtext", ".md": "markdown"}
exclude_patterns = ["_build", "Thumbs.db", ".DS_Store"]
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True

# No network at build time: the Python inventory is not fetched, so cross-references
# to the standard library stay plain text rather than failing the build.
intersphinx_mapping: dict[str, tuple[str, str | None]] = {}

doctest_global_setup = """
import datetime as dt
from decimal import Decimal
import attrs
import hrss_policy as hp
"""

html_theme = "furo"
html_title = "hrss_policy"
html_static_path = ["_static"]
html_search_language = "zh"
