import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { CliError, type Io } from '../io.js';
import { problemDetail, serverClient } from '../server-client.js';

export interface ExportOptions {
  server?: string;
  workspace: string;
  out: string;
}

interface ListedDocument {
  id: string;
  path: string | null;
  title: string;
}

/** A file name for a document without a path: its title, lower-case and dashed. */
function fileNameFor(document: ListedDocument): string {
  const slug = document.title
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || document.id}.md`;
}

/**
 * `designdoc export`: write every live document of a workspace to `--out` as the Markdown
 * stored in its head version (front matter included, byte for byte), at its repository path,
 * or at a name made from its title. Files already holding the same bytes are left untouched.
 */
export async function exportCommand(options: ExportOptions, io: Io): Promise<number> {
  const client = serverClient(io, options.server);
  const out = resolve(io.cwd, options.out);
  const workspace = encodeURIComponent(options.workspace);
  await client.json('GET', `/api/v1/workspaces/${workspace}`);
  const documents: ListedDocument[] = [];
  let cursor: string | null = null;
  do {
    const page: { items: ListedDocument[]; next: string | null } = await client.json(
      'GET',
      `/api/v1/documents?workspace=${workspace}&sort=title&limit=200${cursor ? `&cursor=${cursor}` : ''}`,
    );
    documents.push(...page.items);
    cursor = page.next;
  } while (cursor);
  const used = new Set<string>();
  let written = 0;
  for (const document of documents) {
    let target = resolve(out, document.path ?? fileNameFor(document));
    if (relative(out, target).startsWith('..'))
      throw new CliError(`Refusing to write ${document.path} outside ${options.out}`);
    // Two untitled or same-titled documents without a path must not overwrite each other.
    if (used.has(target)) target = target.replace(/\.md$/, `-${document.id.slice(0, 8)}.md`);
    used.add(target);
    const response = await client.request('GET', `/api/v1/documents/${document.id}`, {
      headers: { accept: 'text/markdown' },
    });
    if (response.status !== 200)
      throw new CliError(`${document.title}: ${problemDetail(response)}`);
    if (existsSync(target) && readFileSync(target, 'utf8') === response.text) continue;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, response.text);
    written++;
  }
  io.stdout.write(
    `Exported ${documents.length} document${documents.length === 1 ? '' : 's'} from ${options.workspace} to ${relative(io.cwd, out) || '.'}/ (${written} written, ${documents.length - written} unchanged)\n`,
  );
  return 0;
}
