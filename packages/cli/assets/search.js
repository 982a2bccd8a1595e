// The static site's search engine, loaded by site.js when the search box is first used. The
// index (written by packages/cli/src/site/search-index.ts) comes per shard as a small manifest
// (counts and field lengths for scoring, where each piece starts) and pieces loaded on demand:
// the inverted index cut by term in sorted order, and the stored fields cut by section. A query
// loads the term pieces that cover its words' first letters, scores every matching section
// with BM25 over the whole site's statistics (MiniSearch's formula and weights), and then loads
// the stored fields of the top results only.
//
// Matching, like MiniSearch's with the site's options before: every word of the query must
// match (AND); a word matches itself, longer words it begins (prefix), and, from five letters,
// words one edit away (fuzzy) that share its first two letters — those two letters choose the
// pieces to load, so a typo there is not forgiven.
//
// Like every script the site loads on demand, it hands its value to the element that loaded it
// (document.currentScript): no global name, which a document's element could shadow, is used.
(() => {
  /** The digits of the index's encodings (search-encoding.ts). */
  const DIGITS = '0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ-_';
  const DIGIT_VALUE = new Int8Array(128).fill(-1);
  for (let i = 0; i < DIGITS.length; i++) DIGIT_VALUE[DIGITS.charCodeAt(i)] = i;
  /** Where text splits into words (search-terms.ts). */
  const SPACE_OR_PUNCTUATION = /[\n\r\p{Z}\p{P}]+/u;
  /** Field boosts, in the index's field order: title, text. */
  const BOOSTS = [2, 1];
  const BM25 = { k: 1.2, b: 0.7, d: 0.5 };
  const PREFIX_WEIGHT = 0.375;
  const FUZZY_WEIGHT = 0.45;
  const FUZZY_MIN_LENGTH = 5;
  const FIXED_LETTERS = 2;
  /** A field's length in terms by the character code of its digit (search-encoding.ts). */
  const LENGTHS = new Float64Array(128);
  for (let i = 0; i < DIGITS.length; i++)
    LENGTHS[DIGITS.charCodeAt(i)] = i <= 16 ? i : 16 * 1.25 ** (i - 16);

  /** The first index of a sorted array whose value is ≥ `value`. */
  const lowerBound = (sorted, value, at = (x) => x) => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (at(sorted[mid]) < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const withinOneEdit = (a, b) => {
    if (Math.abs(a.length - b.length) > 1) return false;
    let i = 0;
    while (i < a.length && i < b.length && a[i] === b[i]) i++;
    if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
    return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  };

  /**
   * Appends the postings of an encoded list to `into`: sections (numbered from `base`), fields
   * and counts, and counts them per field (the word's document frequencies).
   */
  const decodePostings = (text, base, into) => {
    let value = 0;
    let gap = true;
    let section = base;
    for (let i = 0; i < text.length; i++) {
      const digit = DIGIT_VALUE[text.charCodeAt(i)];
      if (digit >= 32) {
        value = value * 32 + digit - 32;
        continue;
      }
      value = value * 32 + digit;
      if (gap) section += value;
      else {
        const field = value % 2;
        into.sections.push(section);
        into.fields.push(field);
        into.counts.push((value - field) / 2);
        into.frequencies[field]++;
      }
      gap = !gap;
      value = 0;
    }
  };

  /**
   * A search over the shards whose manifests are given; `load(sitePath)` loads a piece and
   * resolves to its data. `search(query)` resolves to the top `limit` sections, best first:
   * {title, document, url, excerpt, terms (the index's words that matched), score}.
   */
  function createSearch({ manifests, load, limit = 12 }) {
    const stop = new Set(manifests[0]?.stopWords ?? []);
    // Sections are numbered across shards: shard n's start at bases[n].
    const bases = [];
    let total = 0;
    for (const manifest of manifests) {
      bases.push(total);
      total += manifest.sections;
    }
    const norms = manifests.map((manifest) => manifest.norms).join('');
    const averages = BOOSTS.map(
      (_, field) => manifests.reduce((n, m) => n + m.lengths[field], 0) / Math.max(total, 1) || 1,
    );
    const loaded = new Map();
    const piece = (sitePath) => {
      let promise = loaded.get(sitePath);
      if (!promise) {
        promise = load(sitePath);
        loaded.set(sitePath, promise);
        promise.catch(() => loaded.delete(sitePath));
      }
      return promise;
    };
    const lists = new WeakMap();
    const termsAndPostings = (data) => {
      let split = lists.get(data);
      if (!split) {
        split = { terms: data.t.split('\n'), postings: data.p.split(' ') };
        lists.set(data, split);
      }
      return split;
    };

    const termsOf = (query) => [
      ...new Set(
        query
          .split(SPACE_OR_PUNCTUATION)
          .map((token) => token.toLowerCase())
          .filter((term) => term.length >= 2 && !stop.has(term)),
      ),
    ];

    const weightOf = (candidate, term, fuzzy) => {
      if (candidate === term) return 1;
      const length = candidate.length;
      if (candidate.startsWith(term))
        return (PREFIX_WEIGHT * length) / (length + 0.3 * (length - term.length));
      return fuzzy && withinOneEdit(candidate, term) ? (FUZZY_WEIGHT * length) / (length + 1) : 0;
    };

    /** The index's words a query word matches, per shard: [word, weight, postings]. */
    const candidates = (term) => {
      const fuzzy = term.length >= FUZZY_MIN_LENGTH;
      const range = fuzzy ? term.slice(0, FIXED_LETTERS) : term;
      return Promise.all(
        manifests.map(async ({ terms: starts }) => {
          const first = Math.max(0, lowerBound(starts, range, (s) => s[0]) - 1);
          const paths = [];
          for (let i = first; i < starts.length; i++) {
            if (i > first && !starts[i][0].startsWith(range)) break;
            paths.push(starts[i][1]);
          }
          const found = [];
          for (const data of await Promise.all(paths.map(piece))) {
            const { terms, postings } = termsAndPostings(data);
            for (let i = lowerBound(terms, range); i < terms.length; i++) {
              if (!terms[i].startsWith(range)) break;
              const weight = weightOf(terms[i], term, fuzzy);
              if (weight > 0) found.push([terms[i], weight, postings[i]]);
            }
          }
          return found;
        }),
      );
    };

    /**
     * Every section one query word matches: `scores` by section number (0 where it does not
     * match), the `matched` sections in the order found, and the index's `words` it matched
     * with their postings (sections in ascending order).
     */
    const matchesOf = async (term) => {
      const words = new Map();
      (await candidates(term)).forEach((found, shard) => {
        for (const [word, weight, encoded] of found) {
          if (!words.has(word))
            words.set(word, { weight, sections: [], fields: [], counts: [], frequencies: [0, 0] });
          decodePostings(encoded, bases[shard], words.get(word));
        }
      });
      const { k, b, d } = BM25;
      const scores = new Float64Array(total);
      const matched = [];
      for (const { weight, sections, fields, counts, frequencies } of words.values()) {
        // BM25 with the whole site's statistics: a word's rarity over every shard.
        const idf = frequencies.map((df) => Math.log(1 + (total - df + 0.5) / (df + 0.5)));
        for (let i = 0; i < sections.length; i++) {
          const section = sections[i];
          const field = fields[i];
          const count = counts[i];
          const length = LENGTHS[norms.charCodeAt(section * 2 + field)];
          const tf = (count * (k + 1)) / (count + k * (1 - b + (b * length) / averages[field]));
          if (scores[section] === 0) matched.push(section);
          scores[section] += weight * BOOSTS[field] * idf[field] * (d + tf);
        }
      }
      return { scores, matched, words };
    };

    const storedFields = async (section) => {
      let shard = bases.length - 1;
      while (bases[shard] > section) shard--;
      const { store } = manifests[shard];
      let at = section - bases[shard];
      const [first, sitePath] = store[Math.max(0, lowerBound(store, at + 1, (s) => s[0]) - 1)];
      at -= first;
      for (const [document, page, sections] of (await piece(sitePath)).d) {
        if (at < sections.length) {
          const [title, slug, excerpt] = sections[at];
          return { title, document, url: slug ? `${page}#${slug}` : page, excerpt };
        }
        at -= sections.length;
      }
      throw new Error(`The search index has no section ${section}`);
    };

    /** Whether a hit ranks before another: higher score, then earlier section. */
    const before = (a, b) => a.score > b.score || (a.score === b.score && a.section < b.section);

    return {
      async search(query) {
        const terms = termsOf(query);
        if (terms.length === 0) return [];
        const perTerm = await Promise.all(terms.map(matchesOf));
        perTerm.sort((a, b) => a.matched.length - b.matched.length);
        // Sections every query word matches, best `limit` kept in order as they come.
        const top = [];
        for (const section of perTerm[0].matched) {
          let score = 0;
          for (const { scores } of perTerm) {
            if (scores[section] === 0) {
              score = 0;
              break;
            }
            score += scores[section];
          }
          if (score === 0) continue;
          const hit = { section, score };
          if (top.length === limit) {
            if (!before(hit, top[limit - 1])) continue;
            top.pop();
          }
          let at = top.length;
          while (at > 0 && before(hit, top[at - 1])) at--;
          top.splice(at, 0, hit);
        }
        return Promise.all(
          top.map(async ({ section, score }) => {
            const words = [];
            for (const matches of perTerm)
              for (const [word, { sections }] of matches.words) {
                const at = lowerBound(sections, section);
                if (sections[at] === section && !words.includes(word)) words.push(word);
              }
            return { ...(await storedFields(section)), terms: words, score };
          }),
        );
      },
    };
  }

  const script = document.currentScript;
  if (script instanceof HTMLScriptElement) script.designdocData = { createSearch };
})();
