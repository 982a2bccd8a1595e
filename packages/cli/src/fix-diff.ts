import { relative, sep } from 'node:path';
import { formatPatch, structuredPatch } from 'diff';
import { readDocument } from './files/read-document.js';
import type { FileResult } from './lint/lint-file.js';

/** Lines of unchanged text around each change, as `git diff` shows by default. */
const CONTEXT_LINES = 3;

/**
 * What `fix` would change, as one unified diff in `git diff`'s form (`diff --git a/… b/…`,
 * `--- a/…`, `+++ b/…`, hunks with 3 lines of context), paths relative to `cwd`, so that
 * `git apply` takes it. Empty when nothing would change. Each file is read again: a dry run
 * wrote nothing, so it is as it was linted; text that is on no disk (`--stdin`) comes in
 * `originals` by path.
 */
export function fixDiff(
  results: FileResult[],
  cwd: string,
  originals?: ReadonlyMap<string, string>,
): string {
  const patches: string[] = [];
  for (const result of results) {
    if (result.output === undefined) continue;
    const original = originals?.get(result.filePath);
    const read =
      original === undefined ? readDocument(result.filePath) : { ok: true, text: original };
    if (!read.ok) continue;
    const path = (relative(cwd, result.filePath) || result.filePath).split(sep).join('/');
    const patch = structuredPatch(
      `a/${path}`,
      `b/${path}`,
      read.text,
      result.output,
      undefined,
      undefined,
      { context: CONTEXT_LINES },
    );
    patches.push(formatPatch({ ...patch, isGit: true }));
  }
  return patches.join('');
}
