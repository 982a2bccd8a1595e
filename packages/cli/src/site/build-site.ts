import { createHash } from 'node:crypto';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { TemplateSpec } from '@designdoc/core';
import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';
import { CliError } from '../io.js';
import { mermaidBrowserFile, siteAssetFiles } from '../site-assets.js';
import { VERSION } from '../version.js';
import { decisionsPage, notFoundPage, questionsPage } from './boards-pages.js';
import type { RenderJob, ShardContext } from './build-shard.js';
import { buildShards } from './build-shards.js';
import { indexPage } from './index-page.js';
import {
  isSearchPieceOf,
  SEARCH_FORMAT,
  SEARCH_SHARDS,
  searchIndexPath,
  shardOf,
} from './search-shards.js';
import { searchTextsPath } from './search-texts.js';
import { linkStateOf } from './site-document.js';
import {
  bySource,
  MANIFEST_FILE,
  readManifest,
  type SiteDocument,
  type SiteManifest,
} from './site-manifest.js';
import { commonRoot, sitePathOf, sourceOf } from './site-paths.js';
import { SiteWriter } from './site-writer.js';

export interface BuildOptions {
  patterns: string[];
  cwd: string;
  /** Absolute path of the output folder. */
  outDir: string;
  title: string;
  /** Path the site is served under (`/docs/`); only the 404 page needs it. */
  basePath: string;
  template?: string;
  configPath?: string;
  /** List each document's lint findings on its page. */
  diagnostics: boolean;
  /** Add the preview's reload script to every page. */
  liveReload?: boolean;
  useIgnores?: boolean;
}

export interface BuildSummary {
  /** The Markdown files the site was built from (absolute paths). */
  files: string[];
  documents: number;
  /** Documents parsed and rendered this time (the rest were unchanged). */
  rendered: number;
  written: number;
  removed: number;
  /** Files that could not be read, with the reason. */
  failed: { file: string; message: string }[];
  /** Documents with Mermaid diagrams that show as source: `mermaid` is not installed. */
  diagramsWithoutMermaid: number;
}

/**
 * Build the static site: a page per document, the index, the decision log, the questions board,
 * the search index and the browser assets. Incremental: a document whose text, template, rules
 * and link targets are unchanged since the last build into `outDir` is not parsed again.
 * Reproducible: the same input gives byte-identical output, and unchanged files are not rewritten.
 */
export async function buildSite(options: BuildOptions): Promise<BuildSummary> {
  const finder = new ConfigFinder(options.configPath ?? null, options.cwd);
  const outDir = resolve(options.outDir);
  const found = await findFiles(options.patterns, options.cwd, finder, {
    useIgnores: options.useIgnores !== false,
  });
  const files = found.filter((f) => relative(outDir, f).startsWith('..')).sort();
  const previous = checkOutDir(outDir);
  const root = commonRoot(files);
  const documents = new Set(files);
  const previousByPage = new Map(previous?.documents.map((d) => [d.page, d]));
  const failed: BuildSummary['failed'] = [];
  const writer = new SiteWriter(outDir);
  const mermaid = mermaidBrowserFile() !== null;
  const optionsKey = JSON.stringify([
    VERSION,
    SEARCH_FORMAT,
    mermaid,
    options.title,
    options.diagnostics,
    Boolean(options.liveReload),
  ]);
  const shards = Array.from({ length: SEARCH_SHARDS }, () => ({
    jobs: [] as RenderJob[],
    reused: [] as SiteDocument[],
    keys: [] as string[],
  }));
  for (const file of files) {
    const read = readDocument(file);
    if (!read.ok) {
      failed.push({ file: relative(options.cwd, file) || file, message: read.message });
      continue;
    }
    const settings = settingsForFile(file, read.text, finder, {
      cwd: options.cwd,
      ...(options.template ? { template: options.template } : {}),
    });
    const hash = createHash('sha256')
      .update(optionsKey)
      .update(templateKey(settings.template))
      .update(JSON.stringify([settings.rules, settings.docsUrl ?? null]))
      .update(read.text)
      .digest('hex');
    const page = sitePathOf(file, root, true);
    const shard = shards[shardOf(page)] as (typeof shards)[number];
    shard.keys.push(`${page} ${hash}`);
    const before = previousByPage.get(page);
    if (
      before &&
      before.hash === hash &&
      unchangedLinks(before, documents, root) &&
      writer.has(page)
    ) {
      shard.reused.push(before);
      writer.keep(page);
    } else
      shard.jobs.push({
        file,
        chars: read.text.length,
        hash,
        source: sourceOf(file, root),
      });
  }
  const context: ShardContext = {
    cwd: options.cwd,
    root,
    documents: files,
    siteTitle: options.title,
    diagnostics: options.diagnostics,
    liveReload: Boolean(options.liveReload),
    mermaid,
    ...(options.template ? { template: options.template } : {}),
    ...(options.configPath ? { configPath: options.configPath } : {}),
  };
  const searchKeys = shards.map((shard) =>
    createHash('sha256').update(shard.keys.join('\n')).digest('hex'),
  );
  const inputs = shards.map((shard, n) => ({
    shard: n,
    outDir,
    context,
    jobs: shard.jobs,
    reused: shard.reused,
    index:
      previous?.searchKeys?.[n] !== searchKeys[n] ||
      !writer.has(searchIndexPath(n)) ||
      !writer.has(searchTextsPath(n)) ||
      !(previous?.files ?? []).every((file) => !isSearchPieceOf(n, file) || writer.has(file)),
  }));
  // Each shard writes its pages and search files as it makes them, on its own thread.
  const outputs = await buildShards(inputs);
  const entries = outputs.flatMap((output) => output.entries).sort(bySource);
  outputs.forEach((output, n) => {
    writer.adopt(output.files, output.written);
    if (!inputs[n]?.index) {
      writer.keep(searchIndexPath(n));
      writer.keep(searchTextsPath(n));
      for (const file of previous?.files ?? []) if (isSearchPieceOf(n, file)) writer.keep(file);
    }
  });
  for (const entry of entries)
    for (const [sitePath, source] of Object.entries(entry.assets)) writer.copy(sitePath, source);
  const liveReload = Boolean(options.liveReload);
  writer.write('index.html', indexPage(entries, options.title, liveReload));
  writer.write('decisions.html', decisionsPage(entries, options.title, liveReload));
  writer.write('questions.html', questionsPage(entries, options.title, liveReload));
  writer.write('404.html', notFoundPage(options.title, options.basePath));
  for (const [name, content] of siteAssetFiles(entries.some((e) => e.hasMermaid)))
    writer.write(`assets/${name}`, content());
  const rendered = outputs.reduce((n, output) => n + output.rendered, 0);
  const removed = writer.removeStale(previous?.files ?? []);
  const manifest: SiteManifest = {
    version: VERSION,
    searchKeys,
    documents: entries,
    files: writer.files(),
  };
  writeFileSync(join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest)}\n`);
  return {
    files,
    documents: entries.length,
    rendered,
    written: writer.written,
    removed,
    failed,
    diagramsWithoutMermaid: mermaid ? 0 : entries.filter((e) => e.hasMermaid).length,
  };
}

const templateKeys = new WeakMap<TemplateSpec, string>();

function templateKey(template: TemplateSpec): string {
  let key = templateKeys.get(template);
  if (key === undefined) {
    key = JSON.stringify(template);
    templateKeys.set(template, key);
  }
  return key;
}

function unchangedLinks(
  entry: SiteDocument,
  documents: ReadonlySet<string>,
  root: string,
): boolean {
  return Object.entries(entry.links).every(
    ([target, state]) => linkStateOf(target, documents, root) === state,
  );
}

/**
 * The previous build's manifest. A folder that exists, is not empty and was not written by
 * designdoc is refused: building into it could overwrite someone's files.
 */
function checkOutDir(outDir: string): SiteManifest | null {
  if (!existsSync(outDir)) return null;
  const previous = readManifest(outDir, VERSION);
  if (previous) return previous;
  let entries: string[];
  try {
    entries = readdirSync(outDir);
  } catch (error) {
    throw new CliError(`Cannot use output folder ${outDir}: ${(error as Error).message}`);
  }
  if (entries.length > 0 && !entries.includes(MANIFEST_FILE))
    throw new CliError(
      `Output folder ${outDir} is not empty and was not built by designdoc; choose another --out or empty it`,
    );
  return null;
}
