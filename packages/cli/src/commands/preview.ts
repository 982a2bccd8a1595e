import { type FSWatcher, mkdtempSync, rmSync, watch } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { watchedFolders } from '../files/watched-folders.js';
import { CliError, type Io } from '../io.js';
import { parsePort } from '../port-option.js';
import { buildSite } from '../site/build-site.js';
import { createPreviewServer } from '../site/preview-server.js';
import {
  type BuildCommandOptions,
  describeBuild,
  mermaidNotice,
  siteBuildOptions,
} from './build.js';

export interface PreviewCommandOptions extends Omit<BuildCommandOptions, 'out'> {
  port: string;
  host: string;
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

/**
 * `designdoc preview`: build the site into a temporary folder, serve it on a loopback address,
 * rebuild (incrementally) when a document or the config changes, and reload open pages.
 */
export async function previewCommand(
  patterns: string[],
  options: PreviewCommandOptions,
  io: Io,
): Promise<number> {
  const port = parsePort(options.port);
  if (!LOOPBACK.has(options.host))
    throw new CliError(
      `Invalid --host “${options.host}”: preview serves drafts on a loopback address only (127.0.0.1, ::1 or localhost)`,
    );
  const outDir = mkdtempSync(join(tmpdir(), 'designdoc-preview-'));
  const buildOptions = { ...siteBuildOptions(patterns, options, io, outDir), liveReload: true };
  const preview = createPreviewServer(outDir);
  const watchers = new Map<string, FSWatcher>();
  let schedule = () => {};
  const watchFolders = (files: string[]) => {
    for (const folder of watchedFolders(files, io.cwd)) {
      if (watchers.has(folder)) continue;
      try {
        watchers.set(
          folder,
          watch(folder, () => schedule()),
        );
      } catch {
        // A folder that vanished between the build and now: the next build will say so.
      }
    }
  };
  let toldOfMermaid = false;
  try {
    const rebuild = async (): Promise<boolean> => {
      const started = performance.now();
      try {
        const summary = await buildSite(buildOptions);
        watchFolders(summary.files);
        for (const { file, message } of summary.failed)
          io.stderr.write(`designdoc: ${file}: ${message}\n`);
        if (!toldOfMermaid && summary.diagramsWithoutMermaid > 0) {
          io.stderr.write(mermaidNotice(summary));
          toldOfMermaid = true;
        }
        io.stdout.write(describeBuild(summary, 'preview', (performance.now() - started) / 1000));
        return true;
      } catch (error) {
        if (!(error instanceof CliError)) throw error;
        io.stderr.write(`designdoc: ${error.message}\n`);
        return false;
      }
    };
    // A first build that fails (no files, a bad config) ends the command; later ones are reported.
    if (!(await rebuild())) throw new CliError('');
    await new Promise<void>((resolveListen, reject) => {
      preview.server.once('error', reject);
      preview.server.listen(port, options.host, () => resolveListen());
    }).catch((error: NodeJS.ErrnoException) => {
      throw new CliError(
        error.code === 'EADDRINUSE'
          ? `Port ${port} on ${options.host} is in use; choose another with --port (0 picks a free one)`
          : `Cannot listen on ${options.host}:${port}: ${error.message}`,
      );
    });
    // Listen for Ctrl+C / SIGTERM before printing the address: its reader may stop us at once.
    const stopped = io.untilStopped?.();
    if (!stopped) throw new CliError('preview needs a terminal to stop it from');
    const address = preview.server.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    io.stdout.write(`Previewing at http://${host}:${address.port}/ (Ctrl+C to stop)\n`);

    let timer: NodeJS.Timeout | undefined;
    let running: Promise<void> = Promise.resolve();
    schedule = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        running = running.then(async () => {
          if (await rebuild()) preview.reload();
        });
      }, 100);
    };
    await stopped;
    clearTimeout(timer);
    await running;
    return 0;
  } finally {
    for (const watcher of watchers.values()) watcher.close();
    if (preview.server.listening) await preview.close();
    rmSync(outDir, { recursive: true, force: true });
  }
}
