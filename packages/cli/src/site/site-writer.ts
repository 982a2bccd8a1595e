import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** Writes site files, skipping those whose bytes are unchanged, and remembers what it wrote. */
export class SiteWriter {
  written = 0;
  private readonly paths = new Set<string>();

  constructor(private readonly outDir: string) {}

  has(sitePath: string): boolean {
    return existsSync(this.absolute(sitePath));
  }

  keep(sitePath: string): void {
    this.paths.add(sitePath);
  }

  write(sitePath: string, content: string | Buffer): void {
    this.paths.add(sitePath);
    const path = this.absolute(sitePath);
    const bytes = typeof content === 'string' ? Buffer.from(content) : content;
    if (existsSync(path) && readFileSync(path).equals(bytes)) return;
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, bytes);
    this.written++;
  }

  copy(sitePath: string, source: string): void {
    if (this.paths.has(sitePath)) return;
    this.write(sitePath, readFileSync(source));
  }

  /** Delete files the previous build wrote that this one did not (a removed document's page). */
  removeStale(previousFiles: string[]): number {
    let removed = 0;
    for (const sitePath of previousFiles) {
      if (this.paths.has(sitePath)) continue;
      rmSync(this.absolute(sitePath), { force: true });
      removed++;
    }
    return removed;
  }

  files(): string[] {
    return [...this.paths].sort();
  }

  /** Take over what another writer (a shard's, on another thread) wrote into the same folder. */
  adopt(files: string[], written: number): void {
    for (const file of files) this.paths.add(file);
    this.written += written;
  }

  private absolute(sitePath: string): string {
    return join(this.outDir, ...sitePath.split('/'));
  }
}
