import { createHash } from 'node:crypto';
import { relative, resolve, sep } from 'node:path';
import { settingsForFile } from '../config/file-settings.js';
import { ConfigFinder } from '../config/load-config.js';
import { findFiles } from '../files/find-files.js';
import { readDocument } from '../files/read-document.js';
import { inOrder } from '../in-order.js';
import { CliError, type Io } from '../io.js';
import { problemDetail, type ServerClient, serverClient } from '../server-client.js';

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
  contentHash: string;
}

type Outcome = { kind: 'created' | 'updated' | 'unchanged' } | { kind: 'failed'; message: string };

/** Requests in flight at once: enough to keep a server's two cores busy, few enough to be polite. */
const IN_FLIGHT = 8;

/** SHA-256 of a file's text, as the server hashes a version's Markdown. */
function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** The workspace's documents that have a path, by path: one paged listing instead of a lookup per file. */
async function storedDocuments(
  client: ServerClient,
  workspace: string,
): Promise<Map<string, DocumentSummary>> {
  const byPath = new Map<string, DocumentSummary>();
  let cursor: string | null = null;
  do {
    const page: { items: DocumentSummary[]; next: string | null } = await client.json(
      'GET',
      `/api/v1/documents?workspace=${workspace}&sort=title&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    for (const item of page.items) if (item.path !== null) byPath.set(item.path, item);
    cursor = page.next;
  } while (cursor);
  return byPath;
}

/**
 * `designdoc push`: make the workspace hold the given files. Each file is matched by its path
 * (relative to the working folder): created when new, saved with `If-Match` when changed, left
 * alone when its Markdown is the stored head's, so pushing the same files twice makes no new
 * version. Files go up a few at a time (one listing of the workspace first); what they report
 * comes out in file order all the same. Exit 2 when any file could not be pushed.
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
  const stored = await storedDocuments(client, workspace);
  const pushFile = async (file: string): Promise<Outcome> => {
    const path = relative(io.cwd, file).split(sep).join('/');
    const fail = (message: string): Outcome => ({
      kind: 'failed',
      message: `designdoc: ${path}: ${message}\n`,
    });
    if (path.startsWith('../'))
      return fail('is outside the working folder; push from a folder that holds it');
    const read = readDocument(file);
    if (!read.ok) return fail(read.message);
    // The server knows templates by name: a front matter that names its spec by path is sent
    // with the spec's own name, which the server uses for it.
    const template = settingsForFile(file, read.text, finder, {
      cwd: io.cwd,
      ...(options.template ? { template: options.template } : {}),
    }).template.name;
    const query = `path=${encodeURIComponent(path)}&template=${encodeURIComponent(template)}`;
    const existing = stored.get(path);
    if (!existing) {
      const created = await client.request(
        'POST',
        `/api/v1/workspaces/${workspace}/documents?${query}`,
        { body: read.text, contentType: 'text/markdown' },
      );
      return created.status === 201 ? { kind: 'created' } : fail(problemDetail(created));
    }
    // The listing's hash says the file is the stored head: no request at all.
    if (existing.contentHash === contentHash(read.text)) return { kind: 'unchanged' };
    const head = await client.request('GET', `/api/v1/documents/${existing.id}`, {
      headers: { accept: 'text/markdown' },
    });
    if (head.status !== 200) return fail(problemDetail(head));
    if (head.text === read.text) return { kind: 'unchanged' };
    const saved = await client.request(
      'PUT',
      `/api/v1/documents/${existing.id}?template=${encodeURIComponent(template)}`,
      {
        body: read.text,
        contentType: 'text/markdown',
        headers: { 'if-match': head.headers.get('etag') ?? '' },
      },
    );
    return saved.status === 200 ? { kind: 'updated' } : fail(problemDetail(saved));
  };
  await inOrder(files, IN_FLIGHT, pushFile, (outcome) => {
    counts[outcome.kind]++;
    if (outcome.kind === 'failed') io.stderr.write(outcome.message);
  });
  const pushed = counts.created + counts.updated + counts.unchanged;
  io.stdout.write(
    `Pushed ${pushed} document${pushed === 1 ? '' : 's'} to ${options.workspace}: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged${counts.failed ? `; ${counts.failed} failed` : ''}\n`,
  );
  if (counts.failed > 0) throw new CliError('');
  return 0;
}
