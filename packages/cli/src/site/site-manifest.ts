import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentStatus } from '@designdoc/core';
import type { SitePath } from './site-paths.js';

/** A searchable part of a document: the text under one heading. */
export interface SiteSection {
  title: string;
  slug: string;
  text: string;
}

/** Where a relative link or image of a document pointed when its page was rendered. */
export type LinkState = 'doc' | 'asset' | 'missing';

/**
 * Everything the site's index, boards and search need from one document, kept in the manifest
 * so that a document whose input has not changed is neither parsed nor rendered again.
 */
export interface SiteDocument {
  /** The Markdown file, relative to the site's source root, `/`-separated. */
  source: string;
  page: SitePath;
  /** Hash of everything the page depends on: text, template, rules, build options, version. */
  hash: string;
  title: string;
  status: DocumentStatus;
  template: string;
  authors: string[];
  tags: string[];
  updated: string | null;
  errorCount: number;
  warningCount: number;
  hasMermaid: boolean;
  decisions: { decision: string; rationale: string; tradeOffs: string; anchor: string }[];
  questions: { text: string; status: string | null; note: string; anchor: string }[];
  /**
   * Characters of searchable text: the work of indexing the document again. The text itself is
   * in its shard's texts file (search-texts.ts), not here.
   */
  searchChars: number;
  /** Relative link targets (absolute paths) and what they were: the page is stale when one changes. */
  links: Record<string, LinkState>;
  /** Assets (site paths → absolute source paths) the page refers to. */
  assets: Record<SitePath, string>;
}

/** What one build wrote, read back by the next to decide what is unchanged. */
export interface SiteManifest {
  version: string;
  /** Per search shard, a hash of its pages and their input: a shard is rebuilt only when it changes. */
  searchKeys: string[];
  documents: SiteDocument[];
  /** Every file the build wrote (site paths), so the next build can remove stale ones. */
  files: SitePath[];
}

/**
 * Documents in source order, by code unit (never the locale's collation), so that every machine
 * builds the same index and search shards.
 */
export function bySource(a: { source: string }, b: { source: string }): number {
  return a.source < b.source ? -1 : a.source > b.source ? 1 : 0;
}

export const MANIFEST_FILE = '.designdoc-build.json';

/** The previous build's manifest, or null when there is none (or it is unreadable). */
export function readManifest(outDir: string, version: string): SiteManifest | null {
  try {
    const manifest = JSON.parse(readFileSync(join(outDir, MANIFEST_FILE), 'utf8')) as SiteManifest;
    return manifest.version === version && Array.isArray(manifest.documents) ? manifest : null;
  } catch {
    return null;
  }
}
