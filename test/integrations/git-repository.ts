import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * Git with a fixed identity and none of this machine's git configuration (no signing, no hooks
 * path, no default branch name), so a test repository behaves the same everywhere.
 */
export const GIT_ENV = {
  GIT_AUTHOR_NAME: 'Test Author',
  GIT_AUTHOR_EMAIL: 'author@example.com',
  GIT_COMMITTER_NAME: 'Test Author',
  GIT_COMMITTER_EMAIL: 'author@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_CONFIG_GLOBAL: '/dev/null',
};

/** Run git in `cwd` and return what it printed (it throws on a non-zero exit). */
export function git(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

/** A new, empty repository in a temporary folder, on branch `main`. */
export function makeRepository(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  git(dir, ['init', '--quiet', '--initial-branch=main']);
  return dir;
}

/** Write files (path relative to `dir` → text), creating their folders. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

/** Stage everything and commit it; the new commit's sha. */
export function commitAll(dir: string, message: string): string {
  git(dir, ['add', '--all']);
  git(dir, ['commit', '--quiet', '--no-verify', '-m', message]);
  return git(dir, ['rev-parse', 'HEAD']).trim();
}
