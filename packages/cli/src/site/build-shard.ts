import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { readDocument } from '../files/read-document.js';
import { CliError } from '../io.js';
import { searchIndexFiles } from './search-index.js';
import { buildSiteDocument } from './site-document.js';
import { bySource, type SiteDocument } from './site-manifest.js';
import { SiteWriter } from './site-writer.js';

/**
 * A document to parse and render: the build read and hashed it, and the shard reads it again
 * (from the page cache), so that no thread holds every document's text at once.
 */
export interface RenderJob {
  file: string;
  /** Its length in characters when hashed: the work it is (build-shards.ts). */
  chars: number;
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
  /** The site's folder, which the shard writes its pages and search files into. */
  outDir: string;
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
  /** The site paths of the pages and search files the shard made (written or unchanged). */
  files: string[];
  /** How many of them it wrote (the rest had the same bytes already). */
  written: number;
}

/**
 * Render a shard's changed documents and index all of its documents for search: the unit of
 * work of one thread (build-site.ts runs one shard here and one in a worker).
 */
export function buildShard({
  shard,
  outDir,
  context,
  jobs,
  reused,
  index,
}: ShardInput): ShardOutput {
  const finder = new ConfigFinder(context.configPath ?? null, context.cwd);
  const documents = new Set(context.documents);
  const writer = new SiteWriter(outDir);
  const entries = [...reused];
  for (const job of jobs) {
    const read = readDocument(job.file);
    if (!read.ok)
      throw new CliError(`${job.file} changed while the site was built: ${read.message}`);
    const text = read.text;
    const settings = settingsForFile(job.file, text, finder, {
      cwd: context.cwd,
      ...(context.template ? { template: context.template } : {}),
    });
    const built = buildSiteDocument({
      ...context,
      file: job.file,
      text,
      hash: job.hash,
      settings,
      documents,
    });
    entries.push(built.entry);
    writer.write(built.entry.page, built.page);
  }
  entries.sort(bySource);
  if (index)
    for (const [sitePath, content] of searchIndexFiles(entries, shard))
      writer.write(sitePath, content);
  return { entries, files: writer.files(), written: writer.written };
}
