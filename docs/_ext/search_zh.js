/*
 * hrss_policy: Chinese queries for Sphinx's search (appended to language_data.js, which
 * the search page loads after searchtools.js and before the index).
 *
 * Chinese is typed without spaces: "报送期限" is one token for Sphinx's splitter, but the
 * index holds the words jieba cut the pages into ("报送", "期限"). splitQuery below cuts
 * each run of Han characters into the longest words the index holds (forward maximum
 * matching against its terms), so the phrase finds the pages that hold all its words.
 * A run the index cannot cut is kept whole (Sphinx then matches it inside longer terms);
 * a single character left over ("人" in "超过8000人") is dropped: the index holds no
 * one-character word, and Sphinx requires every word of a query.
 *
 * Numbers are kept in queries by search_numbers.js, appended after this file.
 */
var splitQuery = (query) => {
  const index = typeof Search !== "undefined" && Search._index ? Search._index : null;
  const known = (word) =>
    index !== null &&
    (Object.prototype.hasOwnProperty.call(index.terms, word) ||
      Object.prototype.hasOwnProperty.call(index.titleterms, word));
  const cut = (run) => {
    if (known(run) || index === null) return [run];
    if (run.length === 1) return [];
    const words = [];
    let i = 0;
    while (i < run.length) {
      let j = run.length;
      while (j > i + 1 && !known(run.slice(i, j))) j -= 1;
      if (j > i + 1) {
        words.push(run.slice(i, j));
        i = j;
      } else {
        i += 1; // a single character: the index holds no one-character word
      }
    }
    return words.length ? words : [run];
  };
  const out = [];
  for (const token of query.split(/[^\p{Letter}\p{Number}_\p{Emoji_Presentation}]+/gu)) {
    if (!token) continue;
    // "2027年" and "LED电子显示屏": Han runs and the rest are separate words in the index.
    for (const part of token.match(/\p{Script=Han}+|[^\p{Script=Han}]+/gu)) {
      if (/\p{Script=Han}/u.test(part)) out.push(...cut(part));
      else out.push(part);
    }
  }
  return out;
};
