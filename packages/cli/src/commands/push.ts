import { relative, resolve, sep } from 'node:path';
import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';
import { CliError, type Io } from '../io.js';
import { problemDetail, ServerClient } from '../server-client.js';

export interface PushOptions {
  server?: string;
  workspace: string;
  template?: string;
  config?: string;
  ignore?: boolean;
}

interface DocumentSummary {
  id: string;
  path: string | null;
}

/** The server's address and token: options first, then the environment, then the local default. */
export function serverClient(io: Io, server: string | undefined): ServerClient {
  return new ServerClient(
    server ?? io.env.DESIGNDOC_SERVER ?? 'http://127.0.0.1:8080',
    io.env.DESIGNDOC_TOKEN,
  );
}

/**
 * `designdoc push`: make the workspace hold the given files. Each file is matched by its path
 * (relative to the working folder): created when new, saved with `If-Match` when changed, left
 * alone when its Markdown is the stored head's, so pushing the same files twice makes no new
 * version. Exit 2 when any file could not be pushed.
 */
export async function pushCommand(
  patterns: string[],
  options: PushOptions,
  io: Io,
): Promise<number> {
  const client = serverClient(io, options.server);
  const workspace = encodeURIComponent(options.workspace);
  await client.json('GET', `/api/v1/workspaces/${workspace}`);
  const configPath = options.config ? resolve(io.cwd, options.config) : null;
  const finder = new ConfigFinder(configPath, io.cwd);
  const files = await findFiles(patterns, io.cwd, finder, { useIgnores: options.ignore !== false });
  const counts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  for (const file of files) {
    const path = relative(io.cwd, file).split(sep).join('/');
    const fail = (message: string) => {
      counts.failed++;
      io.stderr.write(`designdoc: ${path}: ${message}\n`);
    };
    if (path.startsWith('../')) {
      fail('is outside the working folder; push from a folder that holds it');
      continue;
    }
    const read = readDocument(file);
    if (!read.ok) {
      fail(read.message);
      continue;
    }
    const template = settingsForFile(file, read.text, finder, {
      cwd: io.cwd,
      ...(options.template ? { template: options.template } : {}),
    }).template.name;
    const query = `path=${encodeURIComponent(path)}&template=${encodeURIComponent(template)}`;
    const found = await client.json<{ items: DocumentSummary[] }>(
      'GET',
      `/api/v1/documents?workspace=${workspace}&path=${encodeURIComponent(path)}`,
    );
    const existing = found.items[0];
    if (!existing) {
      const created = await client.request(
        'POST',
        `/api/v1/workspaces/${workspace}/documents?${query}`,
        {
          body: read.text,
          contentType: 'text/markdown',
        },
      );
      if (created.status === 201) counts.created++;
      else fail(problemDetail(created));
      continue;
    }
    const head = await client.request('GET', `/api/v1/documents/${existing.id}`, {
      headers: { accept: 'text/markdown' },
    });
    if (head.status !== 200) {
      fail(problemDetail(head));
      continue;
    }
    if (head.text === read.text) {
      counts.unchanged++;
      continue;
    }
    const saved = await client.request(
      'PUT',
      `/api/v1/documents/${existing.id}?template=${encodeURIComponent(template)}`,
      {
        body: read.text,
        contentType: 'text/markdown',
        headers: { 'if-match': head.headers.get('etag') ?? '' },
      },
    );
    if (saved.status === 200) counts.updated++;
    else fail(problemDetail(saved));
  }
  const pushed = counts.created + counts.updated + counts.unchanged;
  io.stdout.write(
    `Pushed ${pushed} document${pushed === 1 ? '' : 's'} to ${options.workspace}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged${counts.failed ? `; ${counts.failed} failed` : ''}\n`,
  );
  if (counts.failed > 0) throw new CliError('');
  return 0;
}
