/*
 * hrss_policy: how the search ranks pages (conf.py: html_search_scorer).
 *
 * Sphinx's own weights, with one change: where a page is found by its words (not by an
 * object's name), the pages written for readers come first — the rule pages, then the
 * guides and quick starts — and the pages that repeat everything come last: the API
 * reference (its text is the docstrings the rule pages explain), the contributor notes
 * and the changelog. An object found by its name (street_staff_quota) keeps its score.
 */
var Scorer = {
  // Page kind counts for more than where the word was found (a title is worth 15, a
  // word of the text 5): a rule page that uses a word ranks above the API page or the
  // changelog whose heading holds it.
  score: (result) => {
    const [docname, , , , score, , kind] = result;
    if (kind === "object") return score;
    if (docname === "changelog" || docname.startsWith("contributing/")) return score - 12;
    if (docname.startsWith("api/")) return score - 12;
    if (docname.startsWith("rules/")) return score + 3;
    if (docname.startsWith("guides/") || docname.startsWith("quickstart")) return score + 2;
    return score;
  },
  objNameMatch: 11,
  objPartialMatch: 6,
  objPrio: { 0: 15, 1: 5, 2: -5 },
  objPrioDefault: 0,
  title: 15,
  partialTitle: 7,
  term: 5,
  partialTerm: 2,
};
