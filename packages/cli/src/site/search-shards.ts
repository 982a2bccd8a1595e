import { createHash } from 'node:crypto';
import type { SitePath } from './site-paths.js';

/**
 * The search index is cut into this many shards, one per thread that builds them. Fixed, not
 * the number of cores, so that every machine builds the same bytes from the same documents.
 */
export const SEARCH_SHARDS = 2;

/** The shard a page belongs to: from a hash of its path, so it never moves between builds. */
export function shardOf(page: SitePath): number {
  return (createHash('sha1').update(page).digest()[0] as number) % SEARCH_SHARDS;
}

/** Where shard `n` of the search index is written. */
export function searchIndexPath(shard: number): SitePath {
  return `assets/search-index-${shard}.js`;
}
