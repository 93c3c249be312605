"""The site's search serves its readers: measured with the site's own search code.

Each query below is typed as a reader types it (Chinese without spaces, a number, a
function's name; English words on the English site), and the page it must show first is
named. The queries run through the
built site's ``searchtools.js``, ``language_data.js`` (with the Chinese query splitter
and scorer of ``docs/_ext``) and ``searchindex.js`` under Node (``tests/search_site.mjs``).
Needs a built site: ``pytest -m site --docs-site DIR`` (``.ci/run`` does it).
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from functools import cache
from pathlib import Path

import pytest

import hrss_policy as hp

pytestmark = pytest.mark.site

ROOT = Path(__file__).resolve().parent.parent
HARNESS = Path(__file__).resolve().parent / "search_site.mjs"
USER_DICT = ROOT / "docs" / "_ext" / "jieba_userdict.txt"

FIRST_YEAR_NOT_HELD = str(max(c.year for c in hp.calendar_coverage()) + 1)

#: query → the page it must show first. The plan's terms find the rule page that applies
#: them (not the API reference, the clause map's quotations or the changelog).
MUST_RANK_FIRST = {
    # the terms a district analyst types
    "工作人员配备": "rules/staffing",
    "协理员补助": "rules/subsidies",
    "报送期限": "rules/deadlines",
    "通报": "rules/inspection",
    "区镇合一": "rules/naming",
    "放假安排": "guides/calendar",
    "轮训": "rules/it-and-service",
    "备案": "rules/staffing",
    # phrases typed without spaces
    "季度报送": "rules/deadlines",
    "协理员工资补助": "rules/subsidies",
    "服务窗口": "rules/premises",
    "服务对象超过8000人": "rules/staffing",
    # the plan's terms
    "服务所": "rules/naming",
    "服务站": "rules/naming",
    "编制": "rules/staffing",
    "公职人员": "rules/subsidies",
    "兼职": "rules/subsidies",
    "建筑面积": "rules/premises",
    "协理员": "rules/subsidies",
    "工资补助": "rules/subsidies",
    "人员配备": "rules/staffing",
    "街道办事处": "rules/naming",
    "更名": "rules/naming",
    "首问负责制": "rules/it-and-service",
    "平方米": "rules/premises",
    "工作日": "guides/calendar",
    # numbers of the plan
    "6000": "rules/staffing",
    "8000": "rules/staffing",
    "300": "rules/premises",
    # names a developer types
    "street_staff_quota": "api/staffing",
    "quarterly_report_deadline": "api/deadlines",
}

#: The same for the English site: the words an English reader types.
MUST_RANK_FIRST_EN = {
    "staffing": "rules/staffing",
    "staff quota": "rules/staffing",
    "subsidy": "rules/subsidies",
    "deadline": "rules/deadlines",
    "premises": "rules/premises",
    "renaming": "rules/naming",
    "working day": "guides/calendar",
    "Excel": "guides/excel",
    "6000": "rules/staffing",
    "street_staff_quota": "api/staffing",
}


@cache
def _search(site: Path, queries: tuple[str, ...]) -> dict[str, list[str]]:
    node = shutil.which("node")
    assert node is not None, "these tests run the site's search under Node (node 18 or later)"
    done = subprocess.run(
        [node, str(HARNESS), str(site)],
        input=json.dumps(list(queries)),
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    )
    found: dict[str, list[str]] = json.loads(done.stdout)
    return found


@pytest.mark.site_language("en")
@pytest.mark.parametrize(("query", "page"), sorted(MUST_RANK_FIRST_EN.items()))
def test_an_english_reader_s_query_shows_its_page_first(
    docs_site: Path, query: str, page: str
) -> None:
    pages = _search(docs_site, tuple(MUST_RANK_FIRST_EN))[query]
    assert pages[:1] == [page], f"{query!r}: {page} ranks {_rank(pages, page)} in {pages[:6]}"


def _rank(pages: list[str], page: str) -> int | None:
    return pages.index(page) + 1 if page in pages else None


@pytest.mark.site_language("zh")
@pytest.mark.parametrize(("query", "page"), sorted(MUST_RANK_FIRST.items()))
def test_a_reader_s_query_shows_its_page_first(docs_site: Path, query: str, page: str) -> None:
    pages = _search(docs_site, tuple(MUST_RANK_FIRST))[query]
    assert pages[:1] == [page], f"{query!r}: {page} ranks {_rank(pages, page)} in {pages[:6]}"


@pytest.mark.parametrize("year", ["2012", "2024", FIRST_YEAR_NOT_HELD])
def test_a_year_finds_the_pages_that_discuss_it_reader_pages_first(
    docs_site: Path, year: str
) -> None:
    # A year of the plan's deadlines, the examples' year, and the first year whose calendar is
    # not held (the pages say it is refused, not guessed): found, and not the changelog or
    # the API reference first.
    pages = _search(docs_site, (year,))[year]
    assert pages, f"{year} finds nothing"
    assert not pages[0].startswith(("api/", "changelog")), pages[:4]
    html = (docs_site / f"{pages[0]}.html").read_text("utf-8")
    assert year in re.sub(r"<[^>]+>", "", html)


def _dictionary_words() -> list[str]:
    return [line.split()[0] for line in USER_DICT.read_text("utf-8").splitlines() if line.strip()]


def _index_terms(site: Path) -> set[str]:
    raw = (site / "searchindex.js").read_text("utf-8")
    index = json.loads(raw[raw.index("(") + 1 : raw.rindex(")")])
    return set(index["terms"]) | set(index["titleterms"])


@pytest.mark.site_language("zh")
def test_every_term_of_the_plan_the_site_uses_is_a_word_of_the_index(docs_site: Path) -> None:
    # The tested list of terms and phrases is the jieba dictionary of docs/_ext: a term the
    # pages use must be indexed whole, or typing it finds nothing.
    text = "".join(re.sub(r"\s+", "", p.read_text("utf-8")) for p in (ROOT / "docs").rglob("*.md"))
    used = [w for w in _dictionary_words() if w in text]
    missing = [w for w in used if w not in _index_terms(docs_site)]
    assert used
    assert missing == []


@pytest.mark.site_language("zh")
def test_a_phrase_finds_the_pages_that_hold_all_its_words(docs_site: Path) -> None:
    # 季度 and 报送 are separate words of the index; typed together they still find the
    # page, and a page that has only one of them is not shown.
    pages = _search(docs_site, ("季度报送", "季度", "报送"))
    assert "rules/deadlines" in pages["季度报送"]
    assert set(pages["季度报送"]) <= set(pages["季度"]) & set(pages["报送"])


def test_the_clause_registry_is_not_printed_whole_on_the_api_page(docs_site: Path) -> None:
    html = (docs_site / "api" / "clauses.html").read_text("utf-8")
    assert "落实工作责任" not in html  # a clause's title: only the mapping's value holds it


def main(argv: list[str]) -> int:
    """Print the table query → rank of its page for the built site *argv[0]*."""
    site = Path(argv[0]).resolve()
    english = 'lang="en"' in (site / "index.html").read_text("utf-8")[:300]
    queries = MUST_RANK_FIRST_EN if english else MUST_RANK_FIRST
    found = _search(site, tuple(queries))
    print("| query | page | rank | first shown |")
    print("| --- | --- | --- | --- |")
    for query, page in queries.items():
        pages = found[query]
        rank = _rank(pages, page)
        print(f"| {query} | {page} | {rank or 'not found'} | {pages[0] if pages else '—'} |")
    return 0


if __name__ == "__main__":
    import sys

    raise SystemExit(main(sys.argv[1:]))
