import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';

/** A search result as the site's search box lists it. */
export interface SiteSearchResult {
  title: string;
  document: string;
  url: string;
  excerpt: string;
  terms: string[];
  score: number;
}

const ENGINE = new URL('../assets/search.js', import.meta.url);

/** Run one of the site's on-demand scripts as the browser does: its value, left on its element. */
function runPiece(source: string): Record<string, unknown> {
  class HTMLScriptElement {
    designdocData?: unknown;
  }
  const script = new HTMLScriptElement();
  runInNewContext(source, { document: { currentScript: script }, HTMLScriptElement });
  return script.designdocData as Record<string, unknown>;
}

/**
 * The built site's own search engine (assets/search.js) over its index, run in Node: what the
 * search box would list for a query, and every index file the query made it load. Each script
 * runs as the browser runs it, handing its value to the element that loaded it.
 */
export function siteSearch(siteDir: string, options: { limit?: number } = {}) {
  const loaded: string[] = [];
  const load = (sitePath: string) => {
    loaded.push(sitePath);
    return runPiece(readFileSync(join(siteDir, ...sitePath.split('/')), 'utf8'));
  };
  const { createSearch } = runPiece(readFileSync(ENGINE, 'utf8')) as {
    createSearch: (options: object) => { search(query: string): Promise<SiteSearchResult[]> };
  };
  const page = readFileSync(join(siteDir, 'index.html'), 'utf8');
  const manifests = (/data-index="([^"]*)"/.exec(page)?.[1] ?? '').split(' ').map(load);
  const engine = createSearch({
    manifests,
    load: async (sitePath: string) => load(sitePath),
    ...options,
  });
  return {
    search: (query: string) => engine.search(query),
    /** The index files loaded so far (site paths), manifests first. */
    loaded: () => [...loaded],
  };
}

/** The link of every section in a built site's search index (what its results link to). */
export function indexedUrls(siteDir: string): string[] {
  const urls: string[] = [];
  const folder = join(siteDir, 'assets', 'search');
  for (const name of readdirSync(folder)) {
    const data = runPiece(readFileSync(join(folder, name), 'utf8'));
    if (!Array.isArray(data.d)) continue;
    for (const [, page, sections] of data.d as [string, string, [string, string][]][])
      for (const [, slug] of sections) urls.push(slug ? `${page}#${slug}` : page);
  }
  return urls.sort();
}
