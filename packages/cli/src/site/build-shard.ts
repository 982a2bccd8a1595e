import { join } from 'node:path';
import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { readDocument } from '../files/read-document.js';
import { CliError } from '../io.js';
import { SearchIndexBuilder } from './search-index.js';
import { PreviousSearchTexts, SearchTextsWriter, searchTextsPath } from './search-texts.js';
import { buildSiteDocument } from './site-document.js';
import { bySource, type SiteDocument, type SiteSection } from './site-manifest.js';
import { SiteWriter } from './site-writer.js';

/**
 * A document to parse and render: the build read and hashed it, and the shard reads it again
 * (from the page cache), so that no thread holds every document's text at once.
 */
export interface RenderJob {
  file: string;
  /** Its length in characters when hashed: the work it is (build-shards.ts). */
  chars: number;
  /** Its path from the site's source root, `/`-separated: the order of the index (bySource). */
  source: string;
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
  /** How many documents it parsed and rendered. */
  rendered: number;
}

/**
 * Render a shard's changed documents and index all of its documents for search: the unit of
 * work of one thread (build-site.ts runs one shard here and one in a worker). Documents are
 * taken in source order, each indexed as it is made (or, unchanged, as its text is read back
 * from the last build) and then dropped: what a shard keeps to the end is its entries, without
 * their text, and the index's postings.
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
  const search = index
    ? new SearchIndexBuilder(shard, ([sitePath, content]) => writer.write(sitePath, content))
    : null;
  const texts = index ? new SearchTextsWriter(outDir, shard) : null;
  const previous = index && reused.length > 0 ? new PreviousSearchTexts(outDir, shard) : null;
  let rendered = 0;
  const render = (job: RenderJob) => {
    const read = readDocument(job.file);
    if (!read.ok)
      throw new CliError(`${job.file} changed while the site was built: ${read.message}`);
    const settings = settingsForFile(job.file, read.text, finder, {
      cwd: context.cwd,
      ...(context.template ? { template: context.template } : {}),
    });
    const built = buildSiteDocument({
      ...context,
      file: job.file,
      text: read.text,
      hash: job.hash,
      settings,
      documents,
    });
    writer.write(built.entry.page, built.page);
    rendered++;
    return built;
  };
  const entries: SiteDocument[] = [];
  try {
    for (const item of inSourceOrder([...jobs].sort(bySource), [...reused].sort(bySource))) {
      let entry: SiteDocument;
      let sections: SiteSection[] | undefined;
      if ('file' in item) ({ entry, sections } = render(item));
      else {
        entry = item;
        sections = previous?.take(entry.page);
        // Not in the last build's texts (deleted, or a site older than the file): made again.
        if (search && !sections)
          ({ entry, sections } = render({
            file: join(context.root, ...entry.source.split('/')),
            chars: entry.searchChars,
            hash: entry.hash,
            source: entry.source,
          }));
      }
      // A copy: the entry's strings (its title, a decision's text) may be slices of the
      // document's source, which would otherwise stay in memory to the end of the build.
      entries.push(structuredClone(entry));
      if (sections) {
        search?.add({ title: entry.title, page: entry.page, sections });
        texts?.add(entry.page, sections);
      }
    }
  } catch (error) {
    texts?.discard();
    throw error;
  } finally {
    previous?.close();
  }
  if (texts) {
    texts.close();
    writer.keep(searchTextsPath(shard));
  }
  search?.finish();
  return { entries, files: writer.files(), written: writer.written, rendered };
}

/** A shard's changed documents and unchanged entries, merged in source order. */
function* inSourceOrder(
  jobs: RenderJob[],
  reused: SiteDocument[],
): Generator<RenderJob | SiteDocument> {
  let j = 0;
  let r = 0;
  while (j < jobs.length || r < reused.length) {
    const job = jobs[j];
    const entry = reused[r];
    if (job && (!entry || bySource(job, entry) < 0)) {
      yield job;
      j++;
    } else if (entry) {
      yield entry;
      r++;
    }
  }
}
