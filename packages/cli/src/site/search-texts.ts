import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import type { SiteSection } from './site-manifest.js';
import type { SitePath } from './site-paths.js';

/**
 * Where shard `n` keeps the searchable text of its documents between builds: a line per
 * document, in source order, `[page, [[title, slug, text], …]]`. A later build that must index
 * the shard again reads its unchanged documents' sections from here instead of parsing them,
 * one line at a time, so that no thread holds the text of every document (the build manifest
 * used to: 55 MB for 5,000 documents, and the main thread received all of it from the shards).
 */
export function searchTextsPath(shard: number): SitePath {
  return `.designdoc-search-${shard}.jsonl`;
}

/** Writes a shard's texts file as documents are indexed; in place of the old one on `close`. */
export class SearchTextsWriter {
  private readonly path: string;
  private readonly fd: number;

  constructor(outDir: string, shard: number) {
    this.path = join(outDir, searchTextsPath(shard));
    mkdirSync(outDir, { recursive: true });
    this.fd = openSync(`${this.path}.tmp`, 'w');
  }

  add(page: SitePath, sections: SiteSection[]): void {
    const line = JSON.stringify([page, sections.map((s) => [s.title, s.slug, s.text])]);
    writeSync(this.fd, `${line}\n`);
  }

  close(): void {
    closeSync(this.fd);
    renameSync(`${this.path}.tmp`, this.path);
  }

  /** The build failed: the last build's file stays as it was. */
  discard(): void {
    closeSync(this.fd);
    rmSync(`${this.path}.tmp`, { force: true });
  }
}

/**
 * The previous build's texts of a shard, read forward only: `take` is asked for pages in source
 * order (the unchanged documents, a subsequence of the ones the file holds) and skips the lines
 * of documents that changed or went.
 */
export class PreviousSearchTexts {
  private fd: number | null = null;
  private buffered = '';
  private readonly chunk = Buffer.alloc(1 << 16);
  /** Keeps a character split between two chunks whole. */
  private readonly decoder = new StringDecoder('utf8');

  constructor(outDir: string, shard: number) {
    try {
      this.fd = openSync(join(outDir, searchTextsPath(shard)), 'r');
    } catch {
      this.fd = null; // none (a site built before this file existed): the documents are parsed
    }
  }

  /** The sections of `page`, or undefined when the file does not hold them (further on). */
  take(page: SitePath): SiteSection[] | undefined {
    for (let line = this.nextLine(); line !== null; line = this.nextLine()) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return this.end();
      }
      if (!Array.isArray(parsed) || parsed[0] !== page) continue;
      const sections = parsed[1] as [string, string, string][];
      return sections.map(([title, slug, text]) => ({ title, slug, text }));
    }
    return undefined;
  }

  close(): void {
    this.end();
  }

  private nextLine(): string | null {
    for (;;) {
      const newline = this.buffered.indexOf('\n');
      if (newline !== -1) {
        const line = this.buffered.slice(0, newline);
        this.buffered = this.buffered.slice(newline + 1);
        return line;
      }
      if (this.fd === null) return null;
      const read = readSync(this.fd, this.chunk, 0, this.chunk.length, null);
      if (read === 0) return this.end() ?? null;
      this.buffered += this.decoder.write(this.chunk.subarray(0, read));
    }
  }

  private end(): undefined {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    this.buffered = '';
    return undefined;
  }
}
