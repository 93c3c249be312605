"""Which page a term of the plan should show first in the site's search.

Each term (the jieba dictionary of ``docs/_ext`` and ``hrss_search_keywords``) gets one
main page, which ``hrss_docs`` gives an index entry: Sphinx's search ranks an index entry
above any page that only contains the word. Among the pages written for readers (rules,
then guides, then quick starts) that use the term, the main page is, in this order:

1. a page whose title holds the term (工作日 → 工作日历 The official working-day calendar);
2. a page whose title cites a clause whose text holds the term, the page citing fewest
   clauses first (编制 is in 三（一）5's text → 人员配备 … — 三（一）5; 首问负责制 is in
   三（四）'s → the page on 三（三）、三（四） before the one on five clauses);
3. a rule page before a guide before a quick start;
4. the page that uses the term most.

A term only the reference pages use (the API, the clause map, the changelog) gets no
main page. This module imports nothing from Sphinx, so the tests check it alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

#: Page kinds in the order a reader wants them for a term of the plan.
READER_PAGES = ("rules/", "guides/", "quickstart")


def page_rank(docname: str) -> int:
    """0 for a rule page, 1 for a guide, 2 for a quick start, 3 for anything else."""
    for rank, prefix in enumerate(READER_PAGES):
        if docname.startswith(prefix):
            return rank
    return len(READER_PAGES)


def title_clauses(title: str, ids: Iterable[str]) -> set[str]:
    """The clause ids a page title cites: ``三（一）`` is not ``三（一）5``."""
    ordered = sorted(ids, key=len, reverse=True)
    if not ordered:
        return set()
    pattern = "|".join(f"{re.escape(cid)}(?![0-9０-９])" for cid in ordered)
    return set(re.findall(pattern, title))


def keyword_pages(
    counts: Mapping[str, Mapping[str, int]],
    titles: Mapping[str, str],
    keywords: Iterable[str],
    clause_texts: Mapping[str, str] | None = None,
) -> dict[str, str]:
    """Choose the main page of each keyword (see the module's docstring).

    Args:
        counts: page → keyword → how often the page uses it.
        titles: page → its title.
        keywords: the terms.
        clause_texts: clause id → the clause's text (whitespace removed).
    """
    texts = dict(clause_texts or {})
    cited = {d: title_clauses(titles.get(d, ""), texts) for d in counts}
    chosen = {}
    for word in keywords:
        pages = [d for d, c in counts.items() if c.get(word) and page_rank(d) < len(READER_PAGES)]
        holding = {cid for cid, text in texts.items() if word in text}

        def order(d: str, word: str = word, holding: set[str] = holding) -> tuple[object, ...]:
            by_clause = bool(cited[d] & holding)
            return (
                word not in titles.get(d, ""),
                not by_clause,
                len(cited[d]) if by_clause else 0,
                page_rank(d),
                -counts[d][word],
                d,
            )

        if pages:
            chosen[word] = min(pages, key=order)
    return chosen
