import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { matchesScoped } from '../config/file-settings.js';
import type { ConfigFinder } from '../config/load-config.js';
import { CliError } from '../io.js';
import { ALWAYS_IGNORED, defaultDocuments, MARKDOWN } from './default-documents.js';
import { gitRepositoryRoot } from './repository-root.js';

/**
 * The Markdown files the user means: files named directly, Markdown files under named folders,
 * and files matching globs; `.gitignore` files and the config's `ignores` apply to folders and
 * globs (a file named directly is always linted). A pattern that matches nothing is an error.
 * With no patterns, the design documents under the working folder (see `defaultDocuments`).
 */
export async function findFiles(
  patterns: string[],
  cwd: string,
  finder: ConfigFinder,
  { useIgnores = true }: { useIgnores?: boolean } = {},
): Promise<string[]> {
  const found = new Set<string>();
  const root = repositoryRoot(cwd);
  const gitignore = useIgnores ? new GitIgnore(root) : null;
  const isIgnored = (file: string) =>
    Boolean(gitignore?.ignores(file) || (useIgnores && ignoredByConfig(file, finder)));
  if (patterns.length === 0) return defaultDocuments(cwd, finder, root, isIgnored);
  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    let matched: string[];
    let isFolder = false;
    if (!isDynamicPattern(pattern) && existsSync(absolute)) {
      if (!statSync(absolute).isDirectory()) {
        found.add(absolute);
        continue;
      }
      isFolder = true;
      matched = await glob(MARKDOWN, {
        cwd: absolute,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        dot: false,
      });
    } else {
      matched = await glob(pattern, {
        cwd,
        absolute: true,
        ignore: ALWAYS_IGNORED,
        dot: false,
        onlyFiles: true,
      });
    }
    const kept = matched.filter((file) => !isIgnored(file));
    if (kept.length === 0) {
      throw new CliError(
        matched.length > 0
          ? `All files matching “${pattern}” are ignored (by .gitignore or the config's ignores)`
          : isFolder
            ? `No Markdown files (.md, .markdown, .mdx) in folder “${pattern}”`
            : `No files matching “${pattern}” were found`,
      );
    }
    for (const file of kept) found.add(resolve(file));
  }
  return [...found].sort();
}

function ignoredByConfig(file: string, finder: ConfigFinder): boolean {
  const config = finder.forDirectory(dirname(file));
  return config.ignores.some((scoped) => matchesScoped(scoped, file));
}

/** Whether `.gitignore` files (from the repository root above `cwd` down) leave a file out. */
export function gitIgnored(cwd: string): (file: string) => boolean {
  const gitignore = new GitIgnore(repositoryRoot(cwd));
  return (file) => gitignore.ignores(file);
}

/** The repository root above `cwd` (the nearest folder with `.git`), else `cwd` itself. */
export function repositoryRoot(cwd: string): string {
  return gitRepositoryRoot(cwd) ?? resolve(cwd);
}

/** `.gitignore` rules from the repository root (or the working directory) down to each file. */
class GitIgnore {
  private readonly byDir = new Map<string, Ignore | null>();

  constructor(private readonly root: string) {}

  ignores(file: string): boolean {
    const rel = relative(this.root, file);
    if (rel.startsWith('..')) return false;
    const parts = rel.split(/[\\/]/);
    let dir = this.root;
    for (let i = 0; i < parts.length; i++) {
      const rules = this.rulesIn(dir);
      const sub = parts.slice(i).join('/');
      if (rules?.ignores(sub)) return true;
      dir = join(dir, parts[i] as string);
    }
    return false;
  }

  private rulesIn(dir: string): Ignore | null {
    if (this.byDir.has(dir)) return this.byDir.get(dir) ?? null;
    const path = join(dir, '.gitignore');
    let rules: Ignore | null = null;
    if (existsSync(path)) {
      try {
        rules = ignore().add(readFileSync(path, 'utf8'));
      } catch {
        rules = null;
      }
    }
    this.byDir.set(dir, rules);
    return rules;
  }
}
