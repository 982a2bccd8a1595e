import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** The nearest folder at or above `dir` that holds `.git` (a folder, or a worktree's file). */
export function gitRepositoryRoot(dir: string): string | undefined {
  for (let at = resolve(dir); ; ) {
    if (existsSync(join(at, '.git'))) return at;
    const parent = dirname(at);
    if (parent === at) return undefined;
    at = parent;
  }
}
