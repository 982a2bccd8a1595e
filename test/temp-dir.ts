import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach } from 'vitest';

/** A scratch folder with some files in it. */
export interface TempDir {
  /** Absolute path of the folder. */
  path: string;
  /** Absolute path of a file inside it. */
  file(relativePath: string): string;
  write(relativePath: string, content: string | Uint8Array): string;
  read(relativePath: string): string;
  exists(relativePath: string): boolean;
}

/** Make a folder under the system temp dir holding `files` (relative path → content). */
export function makeTempDir(
  files: Record<string, string | Uint8Array> = {},
): TempDir & { remove(): void } {
  const path = mkdtempSync(join(tmpdir(), 'designdoc-cli-'));
  const dir = {
    path,
    file: (relativePath: string) => join(path, relativePath),
    write(relativePath: string, content: string | Uint8Array) {
      const target = join(path, relativePath);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, content);
      return target;
    },
    read: (relativePath: string) => readFileSync(join(path, relativePath), 'utf8'),
    exists: (relativePath: string) => existsSync(join(path, relativePath)),
    remove: () => rmSync(path, { recursive: true, force: true }),
  };
  for (const [relativePath, content] of Object.entries(files)) dir.write(relativePath, content);
  return dir;
}

/**
 * For a test file: returns a maker of temp folders that are all removed after each test, so a
 * failing test leaves nothing behind either.
 */
export function useTempDirs(): (files?: Record<string, string | Uint8Array>) => TempDir {
  const made: { remove(): void }[] = [];
  afterEach(() => {
    for (const dir of made.splice(0)) dir.remove();
  });
  return (files) => {
    const dir = makeTempDir(files);
    made.push(dir);
    return dir;
  };
}
