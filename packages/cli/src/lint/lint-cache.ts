import { createHash, randomBytes } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import {
  type Diagnostic,
  peekTemplateName,
  RULES,
  type RuleSettings,
  type TemplateSpec,
} from '@designdoc/core';
import { type CliSettings, settingsInputsOf } from '../config/file-settings.js';
import type { ConfigFinder } from '../config/load-config.js';
import { decodeDocument } from '../files/read-document.js';
import { VERSION } from '../version.js';
import type { FileResult } from './lint-file.js';

/** The cache file's name, in the working folder or in a folder `--cache-location` names. */
export const CACHE_FILE_NAME = '.designdoccache';

/** What a cached result holds for: the file's bytes and everything that decides its settings. */
export interface CacheKey {
  content: string;
  settings: string;
  /** The file as stat saw it before it was read (absent for text not on disk). */
  stat?: FileStamp;
  /** The template its front matter names (`template:`), which its settings depend on. */
  documentTemplate: string | null;
}

/** A file's size and modification time: while both are as stored, its bytes are taken as read. */
interface FileStamp {
  size: number;
  mtimeMs: number;
}

/** A file's entry in the cache file; paths are relative to the cache file's folder. */
interface CacheEntry {
  content: string;
  settings: string;
  stat?: FileStamp;
  documentTemplate?: string | null;
  /** The link targets the rules asked about, and whether each existed. */
  links: Record<string, boolean>;
  result: Pick<FileResult, 'diagnostics' | 'errorCount' | 'warningCount' | 'fixableCount'>;
}

/**
 * The cache file `--cache-location` means, by ESLint's rule: a path that ends in a slash or is
 * an existing folder holds a file named for the working folder (`.designdoccache_<hash>`, as
 * ESLint's `.cache_<hash>`), so projects can share one cache folder; any other path is the file.
 */
export function cacheFilePath(location: string | undefined, cwd: string): string {
  if (location === undefined) return join(cwd, CACHE_FILE_NAME);
  const path = resolve(cwd, location);
  let folder = /[\\/]$/.test(location);
  if (!folder)
    try {
      folder = statSync(path).isDirectory();
    } catch {}
  return folder ? join(path, `${CACHE_FILE_NAME}_${sha256(cwd).slice(0, 12)}`) : path;
}

function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Everything a result depends on besides the document and its settings: this designdoc. */
const RUN_KEY = JSON.stringify([VERSION, RULES.map((rule) => rule.meta.id)]);
const digests = new WeakMap<object, string>();

/** A digest of a template spec or rule settings object, once per object (files share them). */
function digestOf(value: TemplateSpec | RuleSettings): string {
  let digest = digests.get(value);
  if (digest === undefined) {
    digest = sha256(JSON.stringify(value));
    digests.set(value, digest);
  }
  return digest;
}

/**
 * The key of `text` as the file at `file`: the sha256 of its bytes (UTF-8, as written) and a hash
 * of its settings inputs (the template or templates it is chosen among, the rule settings, the
 * docs URL, this designdoc version and its rules), computed without parsing the document.
 */
export function cacheKeyOfText(
  file: string,
  text: string,
  finder: ConfigFinder,
  cli: CliSettings,
): CacheKey {
  const documentTemplate = peekTemplateName(text);
  let stat: FileStamp | undefined;
  try {
    const { size, mtimeMs } = statSync(file);
    stat = { size, mtimeMs };
  } catch {}
  return {
    content: sha256(text),
    settings: settingsKey(file, documentTemplate, finder, cli),
    documentTemplate,
    ...(stat ? { stat } : {}),
  };
}

function settingsKey(
  file: string,
  documentTemplate: string | null,
  finder: ConfigFinder,
  cli: CliSettings,
): string {
  const inputs = settingsInputsOf(file, documentTemplate, finder, cli);
  const settings = [
    RUN_KEY,
    digestOf(inputs.rules),
    inputs.docsUrl ?? '',
    inputs.reportUnusedDisableDirectives ?? 'off',
    inputs.root ?? '',
  ]
    .concat(inputs.templates.map(digestOf))
    .join('\n');
  return sha256(settings);
}

/**
 * The key of a file as it is on disk, or undefined when it cannot be read as a document. A file
 * whose size and modification time are those `cache` stored it with is not read again (as
 * ESLint's default cache strategy does); any other, a fresh checkout's among them, is read and
 * its bytes hashed, so an unchanged file still hits.
 */
export function cacheKeyOf(
  file: string,
  finder: ConfigFinder,
  cli: CliSettings,
  cache?: LintCache,
): CacheKey | undefined {
  let stat: FileStamp;
  try {
    const { size, mtimeMs } = statSync(file);
    stat = { size, mtimeMs };
  } catch {
    return undefined;
  }
  const known = cache?.stamped(file, stat);
  if (known)
    return {
      content: known.content,
      settings: settingsKey(file, known.documentTemplate, finder, cli),
      documentTemplate: known.documentTemplate,
      stat,
    };
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  const read = decodeDocument(bytes);
  if (!read.ok) return undefined;
  const documentTemplate = peekTemplateName(read.text);
  return {
    content: sha256(bytes),
    settings: settingsKey(file, documentTemplate, finder, cli),
    documentTemplate,
    stat,
  };
}

/**
 * Lint results by file, reused while a file's bytes, its settings and the existence of the link
 * targets it names stay the same: `--cache` keeps them in a file between runs, `--watch` in
 * memory between re-runs. A cache file that cannot be read or parsed, or that another designdoc
 * version wrote, is started afresh.
 */
export class LintCache {
  private readonly entries = new Map<string, CacheEntry>();
  private changed = false;

  private constructor(readonly path: string | null) {}

  /** A cache kept in memory only. */
  static inMemory(): LintCache {
    return new LintCache(null);
  }

  /** The cache in the file at `path` (see `cacheFilePath`), empty when there is none yet. */
  static load(path: string): LintCache {
    const cache = new LintCache(path);
    let stored: unknown;
    try {
      stored = JSON.parse(readFileSync(path, 'utf8'));
    } catch {
      return cache;
    }
    const { designdoc, files } = (stored ?? {}) as { designdoc?: unknown; files?: unknown };
    if (designdoc !== VERSION || typeof files !== 'object' || files === null) return cache;
    const base = dirname(path);
    for (const [name, entry] of Object.entries(files))
      cache.entries.set(resolve(base, name), entry);
    return cache;
  }

  /** What the entry of `file` knows of its bytes, when the file is stamped as it was stored. */
  stamped(
    file: string,
    stat: FileStamp,
  ): { content: string; documentTemplate: string | null } | undefined {
    const entry = this.entries.get(file);
    if (
      !entry?.stat ||
      entry.stat.size !== stat.size ||
      entry.stat.mtimeMs !== stat.mtimeMs ||
      typeof entry.content !== 'string' ||
      (entry.documentTemplate !== null && typeof entry.documentTemplate !== 'string')
    )
      return undefined;
    return { content: entry.content, documentTemplate: entry.documentTemplate };
  }

  /** Record the stamp `key` saw for `file` after a hit, so the next run need not read it. */
  restamp(file: string, key: CacheKey): void {
    const entry = this.entries.get(file);
    if (!entry || !key.stat) return;
    if (entry.stat?.size === key.stat.size && entry.stat.mtimeMs === key.stat.mtimeMs) return;
    entry.stat = key.stat;
    entry.documentTemplate = key.documentTemplate;
    this.changed = true;
  }

  /**
   * The cached result of `file` when `key` is the one it was stored with and its link targets
   * exist as they did. When `fixing`, only a result with nothing to fix is of use.
   */
  lookup(file: string, key: CacheKey, fixing: boolean): FileResult | undefined {
    const entry = this.entries.get(file);
    if (!entry || entry.content !== key.content || entry.settings !== key.settings)
      return undefined;
    if (!isStoredResult(entry.result) || (fixing && entry.result.fixableCount > 0))
      return undefined;
    const base = this.path ? dirname(this.path) : '';
    const links = typeof entry.links === 'object' && entry.links !== null ? entry.links : {};
    for (const [target, existed] of Object.entries(links))
      if (existsSync(resolve(base, target)) !== existed) return undefined;
    const { diagnostics, errorCount, warningCount, fixableCount } = entry.result;
    return { filePath: file, diagnostics, errorCount, warningCount, fixableCount };
  }

  /** Remember `result` (never a fault, never fixed text) for `file` as it is under `key`. */
  store(file: string, key: CacheKey, result: FileResult, links: Map<string, boolean>): void {
    if (result.fatal) return;
    const base = this.path ? dirname(this.path) : '';
    const { diagnostics, errorCount, warningCount, fixableCount } = result;
    this.entries.set(file, {
      content: key.content,
      settings: key.settings,
      documentTemplate: key.documentTemplate,
      ...(key.stat ? { stat: key.stat } : {}),
      links: Object.fromEntries(
        [...links].map(([path, exists]) => [this.name(base, path), exists]),
      ),
      result: { diagnostics, errorCount, warningCount, fixableCount },
    });
    this.changed = true;
  }

  /** Whether a cached result depends on whether `path` exists (a document links to it). */
  hasLinkTarget(path: string): boolean {
    const base = this.path ? dirname(this.path) : '';
    for (const entry of this.entries.values())
      for (const target of Object.keys(entry.links ?? {}))
        if (resolve(base, target) === path) return true;
    return false;
  }

  /**
   * Write the cache file when anything changed, leaving out files that no longer exist; written
   * whole to a temporary file first and renamed over, so a run stopped half-way leaves the old
   * cache. Returns why it could not be written, or undefined.
   */
  save(): string | undefined {
    if (!this.path || !this.changed) return undefined;
    const base = dirname(this.path);
    const files: Record<string, CacheEntry> = {};
    for (const [file, entry] of [...this.entries].sort(([a], [b]) => (a < b ? -1 : 1)))
      if (existsSync(file)) files[this.name(base, file)] = entry;
    const temporary = `${this.path}.${randomBytes(6).toString('hex')}.tmp`;
    try {
      mkdirSync(base, { recursive: true });
      writeFileSync(temporary, `${JSON.stringify({ designdoc: VERSION, files })}\n`);
      renameSync(temporary, this.path);
      this.changed = false;
      return undefined;
    } catch (error) {
      try {
        rmSync(temporary, { force: true });
      } catch {}
      return (error as Error).message;
    }
  }

  /** A path as the cache file stores it: relative to its folder, with `/`. */
  private name(base: string, path: string): string {
    return this.path ? relative(base, path).split(sep).join('/') : path;
  }
}

/** Whether a stored result has the shape formatters rely on (a cache file is only trusted so far). */
function isStoredResult(value: unknown): value is CacheEntry['result'] {
  const result = value as CacheEntry['result'] | null;
  return (
    typeof result === 'object' &&
    result !== null &&
    Array.isArray(result.diagnostics) &&
    result.diagnostics.every(isDiagnostic) &&
    [result.errorCount, result.warningCount, result.fixableCount].every(Number.isInteger)
  );
}

function isDiagnostic(value: unknown): value is Diagnostic {
  const d = value as Diagnostic | null;
  const point = (p: unknown) =>
    typeof p === 'object' &&
    p !== null &&
    Number.isInteger((p as { line: unknown }).line) &&
    Number.isInteger((p as { column: unknown }).column);
  return (
    typeof d === 'object' &&
    d !== null &&
    typeof d.ruleId === 'string' &&
    typeof d.message === 'string' &&
    (d.severity === 'error' || d.severity === 'warning') &&
    point(d.place?.start) &&
    point(d.place?.end)
  );
}
