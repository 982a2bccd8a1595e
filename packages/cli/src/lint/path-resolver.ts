import { existsSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import type { PathResolver } from '@designdoc/core';
import { gitIgnored } from '../files/find-files.js';

/**
 * Answers the core's question "does this path exist in the document's repository?"
 * (`referenced-path`) for paths named in `file`, from the file system: from `root`
 * (`FileSettings.root`: the git repository's root, else the config file's folder), or from the
 * document's folder for `./` and `../`. Without a root there is no answer and the rule is
 * silent. Each answer goes into `links` when given (what `--cache` checks again).
 *
 * It cannot tell (undefined) for what is not the repository's content: a path that leaves the
 * root (`../shared/…` beside a checkout), anything under `.git`, and what `.gitignore` leaves
 * out (`dist/`, `node_modules/`, `target/`): build output is there on one machine and not on the
 * next, so a document naming it gets the same result locally and in CI.
 */
export function pathResolverFor(
  root: string | undefined,
  file: string,
  links?: Map<string, boolean>,
): PathResolver | undefined {
  if (root === undefined) return undefined;
  const ignored = ignoredIn(root);
  const folder = dirname(file);
  return (path) => {
    const absolute = /^\.\.?\//.test(path) ? resolve(folder, path) : resolve(root, path);
    const inside = relative(root, absolute);
    if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`)) return undefined;
    if (inside === '.git' || inside.startsWith(`.git${sep}`)) return undefined;
    if (ignored(absolute)) return undefined;
    const exists = existsCached(absolute);
    links?.set(absolute, exists);
    return exists;
  };
}

const existence = new Map<string, boolean>();
const ignoreRules = new Map<string, (path: string) => boolean>();

/**
 * Forget which link targets and paths exist, and the `.gitignore` rules read: one run asks the
 * file system once per path, and the next (`lint --watch`) asks again.
 */
export function forgetLinkTargets(): void {
  existence.clear();
  ignoreRules.clear();
}

/** Whether a file or folder exists, asked of the file system once per run. */
export function existsCached(path: string): boolean {
  let known = existence.get(path);
  if (known === undefined) {
    known = existsSync(path);
    existence.set(path, known);
  }
  return known;
}

/** Whether `.gitignore` leaves a path under `root` out, asked once per path and run. */
function ignoredIn(root: string): (path: string) => boolean {
  let ignored = ignoreRules.get(root);
  if (!ignored) {
    const rules = gitIgnored(root);
    const answers = new Map<string, boolean>();
    ignored = (path) => {
      let answer = answers.get(path);
      if (answer === undefined) {
        // A name below it: `.gitignore`'s `dist/` matches folders only, and what is under an
        // ignored file or folder is ignored.
        answer = rules(join(path, '_'));
        answers.set(path, answer);
      }
      return answer;
    };
    ignoreRules.set(root, ignored);
  }
  return ignored;
}
