import { type FSWatcher, statSync, watch } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { CONFIG_FILE_NAMES } from '../config/load-config.js';
import { watchedFolders } from '../files/watched-folders.js';
import { CliError, type Io } from '../io.js';
import type { LintCache } from '../lint/lint-cache.js';

/** What one lint run leaves for the next of a `--watch` session. */
export interface LintSession {
  /** Results of unchanged files, reused (kept in the `--cache` file too when it is on). */
  cache: LintCache;
  /** The files the last run linted, whose folders are watched. */
  files: string[];
}

/** The documents a folder argument takes (a new one is news). */
const MARKDOWN_FILE = /\.(?:md|markdown|mdx)$/i;

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

/** Changes closer together than this are one re-run (an editor's save is several events). */
const DEBOUNCE_MS = 100;

/**
 * `designdoc lint --watch`: run `lintOnce`, then again whenever something changes in the
 * folders of the files it linted (up to the working folder), each re-run under a one-line header
 * with the time and what changed; unchanged files come from the session's cache, so a re-run
 * lints only what changed. A first run that fails ends the command (exit 2); later failures are
 * reported and watching goes on. Ends with 0 when the user stops it (Ctrl+C, SIGTERM).
 */
export async function watchLint(
  lintOnce: () => Promise<number>,
  session: LintSession,
  io: Io,
  /** Files the run itself writes (the cache, the report): changes to them are not news. */
  written: readonly string[],
): Promise<number> {
  // Listen for the stop before the first run: its reader may stop us at once.
  const stopped = io.untilStopped?.();
  if (!stopped) throw new CliError('--watch needs a terminal to stop it from');
  const watchers = new Map<string, FSWatcher>();
  const changed = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let stopping = false;
  const ours = (path: string) =>
    written.some((file) => path === file || path.startsWith(`${file}.`));
  // Only what can change a result wakes it: not a log the user redirects output to, not an
  // editor's swap file (each of which would otherwise re-run it, and a log in a loop).
  const matters = (path: string) =>
    !ours(path) &&
    (MARKDOWN_FILE.test(path) ||
      CONFIG_FILE_NAMES.includes(basename(path)) ||
      basename(path) === '.gitignore' ||
      session.cache.hasLinkTarget(path) ||
      isFolder(path));
  const watchFolders = () => {
    for (const folder of watchedFolders(session.files, io.cwd)) {
      if (watchers.has(folder)) continue;
      try {
        const watcher = watch(folder, (_event, name) => {
          const path = name ? join(folder, name.toString()) : folder;
          if (stopping || !matters(path)) return;
          changed.add(path);
          clearTimeout(timer);
          timer = setTimeout(() => {
            running = running.then(rerun);
          }, DEBOUNCE_MS);
        });
        watcher.on('error', () => {});
        watchers.set(folder, watcher);
      } catch {
        // A folder that vanished since the run: the next run says what is missing.
      }
    }
  };
  const rerun = async () => {
    const names = [...changed].map((path) => relative(io.cwd, path) || path).sort();
    changed.clear();
    const what =
      names.length > 3
        ? `${names.slice(0, 3).join(', ')} and ${names.length - 3} more`
        : names.join(', ');
    io.stderr.write(
      `\n[${new Date().toTimeString().slice(0, 8)}] ${what} changed: linting again\n`,
    );
    try {
      await lintOnce();
    } catch (error) {
      // Whatever went wrong, the user is still editing: say it and keep watching.
      const known = CliError.is(error) || (error as Error | null)?.name === 'DesignDocError';
      io.stderr.write(
        `designdoc: ${known ? '' : 'unexpected error: '}${(error as Error).message}\n`,
      );
    }
    watchFolders();
  };
  try {
    await lintOnce();
    watchFolders();
    const count = session.files.length;
    io.stderr.write(
      `Watching ${count} file${count === 1 ? '' : 's'} for changes (Ctrl+C to stop)\n`,
    );
    await stopped;
    stopping = true;
    clearTimeout(timer);
    await running;
    return 0;
  } finally {
    for (const watcher of watchers.values()) watcher.close();
  }
}
