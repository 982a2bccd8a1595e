import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { type TempDir, useTempDirs } from '../../../../test/temp-dir.js';
import { runCli } from '../../test/run-cli.js';
import { siteSearch } from '../../test/site-search.js';
import { type IndexedDocument, type PieceSizes, searchIndexFiles } from './search-index.js';
import { SEARCH_SHARDS, searchIndexPath } from './search-shards.js';

const tempDir = useTempDirs();

function siteDocument(name: string, title: string, sections: [string, string][]): IndexedDocument {
  return {
    page: `docs/${name}.html`,
    title,
    sections: sections.map(([heading, text], i) => ({
      title: heading,
      slug: i === 0 ? '' : heading.toLowerCase().replace(/\W+/g, '-'),
      text,
    })),
  };
}

const CACHING = siteDocument('caching', 'Caching Layer', [
  ['Caching Layer', 'Reads go through a shared cache in front of the ledger database.'],
  ['Configuration', 'The configuration file names every cache and its eviction policy.'],
  ['Invalidation', 'Writers publish an invalidation message; readers drop the entry.'],
]);
const LEDGER = siteDocument('ledger', 'Payments Ledger', [
  ['Payments Ledger', 'A double-entry ledger records every payment as two postings.'],
  ['Storage', 'Postings live in PostgreSQL; a nightly job reconciles the balances.'],
]);
/** A word only filler document `n` holds, two edits or more from every other filler's. */
const fillerWord = (n: number) =>
  `w${createHash('md5').update(String(n)).digest('hex').slice(0, 10)}`;
const FILLER = Array.from({ length: 40 }, (_, n) =>
  siteDocument(`filler-${n}`, `Filler ${n}`, [
    [`Filler ${n}`, `The word ${fillerWord(n)} appears in filler number ${n} only.`],
    ['Notes', `Nothing about storage here, only more filler text: ${fillerWord(n + 100)}.`],
  ]),
);

/** Write the index of `shards` (documents per shard) into a folder the site's engine reads. */
function writeIndex(dir: TempDir, shards: IndexedDocument[][], sizes?: PieceSizes) {
  const manifests = shards.map((_, n) => searchIndexPath(n)).join(' ');
  dir.write('site/index.html', `<input id="dd-search" data-index="${manifests}">`);
  const files = shards.flatMap((documents, n) => searchIndexFiles(documents, n, sizes));
  for (const [path, content] of files) dir.write(`site/${path}`, content);
  return { files, site: siteSearch(dir.file('site')) };
}

const urls = (hits: { url: string }[]) => hits.map((hit) => hit.url);

describe('the static site’s search index, searched by the site’s own engine', () => {
  it('matches whole words, their beginnings, and from five letters one typo after the second', async () => {
    const { site } = writeIndex(tempDir(), [[CACHING, ...FILLER], [LEDGER]]);
    expect(urls(await site.search('invalidation'))).toEqual(['docs/caching.html#invalidation']);
    const prefix = await site.search('invalid');
    expect(urls(prefix)).toEqual(['docs/caching.html#invalidation']);
    expect(prefix[0]?.terms).toEqual(['invalidation']);
    expect(urls(await site.search('invalidaton'))).toEqual(['docs/caching.html#invalidation']);
    expect(await site.search('ivnalidation')).toEqual([]);
    // Four letters: no typo allowed.
    expect(await site.search('cahe')).toEqual([]);
  });

  it('needs every word of the query, and leaves out stop words', async () => {
    const { site } = writeIndex(tempDir(), [[CACHING], [LEDGER]]);
    expect(urls(await site.search('the ledger and the cache'))).toEqual(['docs/caching.html']);
    expect(urls(await site.search('postings'))).toEqual([
      'docs/ledger.html#storage',
      'docs/ledger.html',
    ]);
    // "Storage" holds "postings" but not "ledger".
    expect(urls(await site.search('ledger postings'))).toEqual(['docs/ledger.html']);
    expect(await site.search('the')).toEqual([]);
  });

  it('shows each result’s section title, document, link, excerpt and matched words', async () => {
    const { site } = writeIndex(tempDir(), [[CACHING], [LEDGER]]);
    expect(await site.search('double-entry')).toEqual([
      {
        title: 'Payments Ledger',
        document: 'Payments Ledger',
        url: 'docs/ledger.html',
        excerpt: 'A double-entry ledger records every payment as two postings.',
        terms: ['double', 'entry'],
        score: expect.any(Number),
      },
    ]);
  });

  it('lists the twelve best results, best first, ties in section order', async () => {
    const dir = tempDir();
    const { site } = writeIndex(dir, [
      [CACHING, ...FILLER.slice(0, 20)],
      [LEDGER, ...FILLER.slice(20)],
    ]);
    const all = await siteSearch(dir.file('site'), { limit: 1000 }).search('filler');
    expect(all.length).toBeGreaterThan(40);
    const scores = all.map((hit) => hit.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(await site.search('filler')).toEqual(all.slice(0, 12));
  });

  it('scores a section the same whichever shard holds it: statistics are the whole site’s', async () => {
    const scores = async (shards: IndexedDocument[][]) => {
      const { site } = writeIndex(tempDir(), shards);
      const hits = [];
      for (const query of ['cache', 'ledger', 'postings', 'storage payments', fillerWord(7)])
        for (const hit of await site.search(query))
          hits.push(`${query}: ${hit.url} ${hit.score.toFixed(9)}`);
      return hits.sort();
    };
    const together = await scores([[CACHING, LEDGER, ...FILLER], []]);
    expect(together.length).toBeGreaterThan(6);
    expect(
      await scores([
        [LEDGER, ...FILLER.slice(30)],
        [CACHING, ...FILLER.slice(0, 30)],
      ]),
    ).toEqual(together);
  });

  it('loads the manifests, then only the pieces a query’s words and top results need', async () => {
    const { files, site } = writeIndex(tempDir(), [[CACHING, ...FILLER], [LEDGER]], {
      terms: 200,
      store: 200,
    });
    const pieces = files.filter(([path]) => path.startsWith('assets/search/'));
    expect(pieces.length).toBeGreaterThan(30);
    expect(urls(await site.search(fillerWord(7)))).toEqual(['docs/filler-7.html']);
    const loaded = site.loaded();
    expect(loaded.slice(0, SEARCH_SHARDS)).toEqual([searchIndexPath(0), searchIndexPath(1)]);
    // The term pieces that cover the word's first two letters (it is long enough for a typo)
    // in each shard, and the stored fields of the one result.
    expect(loaded.length - SEARCH_SHARDS).toBeLessThanOrEqual(4);
    expect(loaded.length - SEARCH_SHARDS).toBeGreaterThanOrEqual(2);
  });

  it('writes the same bytes for the same documents', () => {
    const once = searchIndexFiles([CACHING, ...FILLER], 0);
    expect(searchIndexFiles([CACHING, ...FILLER], 0)).toEqual(once);
    expect(
      once.every(([, content]) => content.startsWith('(s=>{if(s instanceof HTMLScriptElement)')),
    ).toBe(true);
  });
});

describe('designdoc build: search', () => {
  it('finds a document by the words of a title that only its front matter gives', async () => {
    const dir = tempDir({
      'docs/zeppelin.md':
        '---\ntitle: Quarterly Zeppelin Review\n---\n\n## Background\n\nAirships.\n',
    });
    expect((await runCli(['build', 'docs', '--out', 'site'], { cwd: dir.path })).code).toBe(0);
    const hits = await siteSearch(dir.file('site')).search('zeppelin review');
    expect(hits.map(({ title, url }) => ({ title, url }))).toEqual([
      { title: 'Quarterly Zeppelin Review', url: 'docs/zeppelin.html' },
    ]);
  });
});
