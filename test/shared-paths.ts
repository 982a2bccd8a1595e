import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPOSITORY = fileURLToPath(new URL('../', import.meta.url));

/** The repository this one was cloned from, when that is a folder on this machine. */
function localOrigin(): string | null {
  try {
    const url = execFileSync('git', ['-C', REPOSITORY, 'config', '--get', 'remote.origin.url'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    const path = url.startsWith('file://') ? fileURLToPath(url) : url;
    return isAbsolute(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The shared folder of templates and corpora used as test data: `DESIGNDOC_SHARED_DIR`, else
 * `shared/` beside the repository, else beside the repository it was cloned from (a fresh
 * clone in a temporary folder still finds it). Used by path, never copied.
 */
function findSharedDir(): string {
  const beside = resolve(REPOSITORY, '../shared');
  // Named explicitly, it is the only place looked at (so a run can prove it needs none).
  if (process.env.DESIGNDOC_SHARED_DIR) return `${resolve(process.env.DESIGNDOC_SHARED_DIR)}/`;
  const origin = localOrigin();
  const candidates = [beside, origin && resolve(origin, '../shared')];
  const found = candidates.find(
    (dir): dir is string =>
      !!dir && existsSync(join(dir, 'templates/technical-design-document.md')),
  );
  return `${found ?? beside}/`;
}

export const SHARED_DIR = findSharedDir();
/** Whether the shared test data is on this machine (the corpus suites need it; `npm test` does not). */
export const HAS_SHARED = existsSync(`${SHARED_DIR}templates/technical-design-document.md`);
export const TDD_TEMPLATE = `${SHARED_DIR}templates/technical-design-document.md`;
export const RFC_DIR = `${SHARED_DIR}corpora/rust-rfcs/`;
export const RFC_TEMPLATE = `${RFC_DIR}0000-template.md`;
