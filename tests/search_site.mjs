// Run a built Sphinx site's own search code under Node: searchtools.js, language_data.js
// (with the site's Chinese query splitter and scorer) and searchindex.js, loaded in that
// order as search.html loads them, with the few browser globals they touch stubbed.
// For tests/test_docs_search.py.
//
// Usage: node search_site.mjs SITE_DIR < queries.json > results.json
// queries.json is a list of queries; results.json maps each query to the pages found, in
// the order the search page shows them (a page found several ways counted once).
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";

const site = process.argv[2];
const queries = JSON.parse(fs.readFileSync(0, "utf8"));
const element = () => ({ appendChild: (c) => c, classList: { add() {} }, dataset: {}, setAttribute() {} });
const context = {
  console,
  URLSearchParams,
  DOCUMENTATION_OPTIONS: { BUILDER: "html", FILE_SUFFIX: ".html", LINK_SUFFIX: ".html" },
  SPHINX_HIGHLIGHT_ENABLED: false,
  localStorage: { setItem() {}, getItem() { return null; } },
  document: {
    getElementById: () => null,
    createElement: element,
    querySelectorAll: () => [],
    documentElement: { dataset: {} },
    body: element(),
  },
  _ready: () => {},
  _: (s) => s,
  Documentation: { gettext: (s) => s, ngettext: (s) => s },
  setTimeout: () => {},
};
context.window = context;
vm.createContext(context);
for (const file of ["_static/searchtools.js", "_static/language_data.js", "searchindex.js"]) {
  vm.runInContext(fs.readFileSync(path.join(site, file), "utf8"), context, { filename: file });
}
const out = {};
for (const query of queries) {
  out[query] = vm.runInContext(
    `(() => {
      const parsed = Search._parseQuery(${JSON.stringify(query)});
      const results = Search._performSearch(...parsed);
      // _displayNextItem pops from the end: the page shown first is the last element.
      const pages = [];
      for (const r of results.reverse()) if (!pages.includes(r[0])) pages.push(r[0]);
      return pages;
    })()`,
    context,
  );
}
process.stdout.write(JSON.stringify(out));
