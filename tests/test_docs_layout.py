"""Every page of the built site read on a phone and on a desktop, in headless Chromium.

At 390 × 844 CSS pixels (a phone, mobile viewport) and 1280 × 900 (a desktop), each page
is measured: no table cell is squeezed narrower than four characters (a wide table scrolls
sideways in its wrapper instead), no code block hides text past its edge, and nothing
but a table or a code block reaches past the screen's right edge. Needs a built site and
Chromium: ``pytest -m site --docs-site DIR`` (``.ci/run`` installs Chromium and a Chinese
font, builds the site and runs this). The browser is started once, with a fresh profile,
and ended (profile removed) when the tests finish.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from . import site_pages
from .chromium import Chromium, find_chromium

pytestmark = pytest.mark.site

#: (name, width, height, mobile)
SCREENS = (("phone", 390, 844, True), ("desktop", 1280, 900, False))

#: A column narrower than this many characters (em) is squeezed.
MIN_CELL_EM = 4

MEASURE = """
(() => {
  const main = document.querySelector("article[role=main]") || document.body;
  const em = parseFloat(getComputedStyle(document.documentElement).fontSize);
  const screen = document.documentElement.clientWidth;
  const text = (el) => el.textContent.trim().replace(/\\s+/g, " ").slice(0, 40);
  const out = { squeezed: [], hidden: [], unscrollable: [], outside: [] };
  for (const cell of main.querySelectorAll("table td, table th")) {
    const width = cell.getBoundingClientRect().width;
    if (width < MIN * em) out.squeezed.push(`${Math.round(width)}px: ${text(cell)}`);
  }
  for (const pre of main.querySelectorAll("pre")) {
    if (pre.scrollWidth > pre.clientWidth + 1) out.hidden.push(text(pre));
  }
  for (const wrapper of main.querySelectorAll(".table-wrapper")) {
    const table = wrapper.querySelector("table");
    const overflow = getComputedStyle(wrapper).overflowX;
    if (table && table.getBoundingClientRect().width > wrapper.clientWidth + 1
        && overflow !== "auto" && overflow !== "scroll") out.unscrollable.push(text(table));
  }
  for (const el of main.querySelectorAll("*")) {
    if (el.closest(".table-wrapper, pre, .highlight, .headerlink")) continue;
    const box = el.getBoundingClientRect();
    if (box.width > 0 && box.right > screen + 1) out.outside.push(`${el.tagName}: ${text(el)}`);
  }
  if (document.documentElement.scrollWidth > window.innerWidth + 1) out.outside.push("page");
  return out;
})()
""".replace("MIN", str(MIN_CELL_EM))


def _pages(site: Path) -> list[Path]:
    return site_pages.pages(site, frozenset({"genindex.html", "search.html", "py-modindex.html"}))


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    binary = os.environ.get("CHROMIUM") or find_chromium()
    assert binary, "the layout tests need Chromium (Debian: apt-get install chromium)"
    with Chromium(binary) as chromium:
        yield chromium


@pytest.fixture(scope="module")
def measured(browser: Chromium, docs_site: Path) -> dict[tuple[str, str], dict[str, list[str]]]:
    out = {}
    for screen, width, height, mobile in SCREENS:
        for page in _pages(docs_site):
            browser.open(page, width=width, height=height, mobile=mobile)
            out[(screen, str(page.relative_to(docs_site)))] = browser.evaluate(MEASURE)
    return out


@pytest.mark.parametrize("screen", [s[0] for s in SCREENS])
@pytest.mark.parametrize("problem", ["squeezed", "hidden", "unscrollable", "outside"])
def test_no_page_has_the_problem_on_the_screen(
    measured: dict[tuple[str, str], dict[str, list[str]]], screen: str, problem: str
) -> None:
    found = {page: m[problem] for (s, page), m in measured.items() if s == screen and m[problem]}
    assert found == {}


def test_a_table_wider_than_a_phone_scrolls_inside_its_wrapper(
    browser: Chromium, docs_site: Path
) -> None:
    # The clause map's table is wider than a phone: it keeps its columns and scrolls.
    browser.open(docs_site / "clauses.html", width=390, height=844, mobile=True)
    wrapper = browser.evaluate(
        """(() => { const w = document.querySelector("article .table-wrapper");
        return [w.scrollWidth, w.clientWidth, getComputedStyle(w).overflowX]; })()"""
    )
    assert wrapper[0] > wrapper[1]
    assert wrapper[2] in ("auto", "scroll")


def test_every_page_was_measured(
    measured: dict[tuple[str, str], dict[str, list[str]]], docs_site: Path
) -> None:
    assert len(measured) == len(SCREENS) * len(_pages(docs_site)) > 2 * 20
