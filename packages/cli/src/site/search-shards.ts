import { createHash } from 'node:crypto';
import type { SitePath } from './site-paths.js';

/**
 * The search index is cut into this many shards, one per thread that builds them. Fixed, not
 * the number of cores, so that every machine builds the same bytes from the same documents.
 */
export const SEARCH_SHARDS = 2;

/**
 * The index's format, part of every page's build key: pages and index are written again when
 * it changes, even by a build of the same designdoc version (between releases).
 */
export const SEARCH_FORMAT = 'pieces-2';

/** The shard a page belongs to: from a hash of its path, so it never moves between builds. */
export function shardOf(page: SitePath): number {
  return (createHash('sha1').update(page).digest()[0] as number) % SEARCH_SHARDS;
}

/** Where the manifest of shard `n` of the search index is written (pages name it). */
export function searchIndexPath(shard: number): SitePath {
  return `assets/search-index-${shard}.js`;
}

/** The folder of the index's pieces, each named `<shard>-<hash of its content>.js`. */
export const SEARCH_PIECES_FOLDER = 'assets/search/';

/**
 * Where a piece of shard `n` goes: named by its content, so a browser's cached copy of an old
 * piece can never be read together with a new manifest.
 */
export function searchPiecePath(shard: number, contentHash: string): SitePath {
  return `${SEARCH_PIECES_FOLDER}${shard}-${contentHash.slice(0, 16)}.js`;
}

/** Whether a site path is one of shard `n`'s pieces (kept as they are when it is unchanged). */
export function isSearchPieceOf(shard: number, sitePath: SitePath): boolean {
  return sitePath.startsWith(`${SEARCH_PIECES_FOLDER}${shard}-`);
}
