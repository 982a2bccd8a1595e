import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { type SearchFile, searchIndexFiles } from './search-index.js';
import { buildSiteDocument } from './site-document.js';
import { bySource, type SiteDocument } from './site-manifest.js';

/** A document to parse and render: its text was read and hashed by the build already. */
export interface RenderJob {
  file: string;
  text: string;
  hash: string;
}

/** What every shard is built with; plain data, so it can go to a worker thread. */
export interface ShardContext {
  cwd: string;
  root: string;
  documents: string[];
  siteTitle: string;
  diagnostics: boolean;
  liveReload: boolean;
  /** Whether Mermaid's browser file is installed: pages with diagrams load it only then. */
  mermaid: boolean;
  template?: string;
  configPath?: string;
}

export interface ShardInput {
  /** Which shard this is (its search index files are named by it). */
  shard: number;
  context: ShardContext;
  jobs: RenderJob[];
  /** Entries of the shard's unchanged documents, from the last build. */
  reused: SiteDocument[];
  /** Whether the shard's search index must be written again. */
  index: boolean;
}

export interface ShardOutput {
  /** Every document of the shard, rendered now or reused, in source order. */
  entries: SiteDocument[];
  /** New pages: site path and HTML. */
  pages: [string, string][];
  /** The shard's search index files (manifest and pieces), when asked for. */
  searchFiles: SearchFile[] | null;
}

/**
 * Render a shard's changed documents and index all of its documents for search: the unit of
 * work of one thread (build-site.ts runs one shard here and one in a worker).
 */
export function buildShard({ shard, context, jobs, reused, index }: ShardInput): ShardOutput {
  const finder = new ConfigFinder(context.configPath ?? null, context.cwd);
  const documents = new Set(context.documents);
  const pages: [string, string][] = [];
  const entries = [...reused];
  for (const job of jobs) {
    const settings = settingsForFile(job.file, job.text, finder, {
      cwd: context.cwd,
      ...(context.template ? { template: context.template } : {}),
    });
    const built = buildSiteDocument({
      ...context,
      file: job.file,
      text: job.text,
      hash: job.hash,
      settings,
      documents,
    });
    entries.push(built.entry);
    pages.push([built.entry.page, built.page]);
  }
  entries.sort(bySource);
  return { entries, pages, searchFiles: index ? searchIndexFiles(entries, shard) : null };
}
