/*
 * hrss_policy: numbers in queries, on the site in either language (appended to
 * language_data.js after the language's own query splitter).
 *
 * searchtools.js drops a query term made of digits only; the plan is full of numbers
 * (6000, 8000, 300) and readers look up years (2027), which the index holds: the parser
 * is wrapped to keep them.
 */
if (typeof Search !== "undefined" && !Search._hrssNumbers) {
  const parseQuery = Search._parseQuery;
  Search._parseQuery = (query) => {
    const parsed = parseQuery(query);
    const [, searchTerms, , highlightTerms] = parsed;
    for (const term of splitQuery(query.trim())) {
      if (/^\d{2,}$/.test(term)) {
        searchTerms.add(term);
        highlightTerms.add(term);
      }
    }
    return parsed;
  };
  Search._hrssNumbers = true;
}
