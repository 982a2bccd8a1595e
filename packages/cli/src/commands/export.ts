import {
  existsSync,
  lstatSync,
  mkdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { CliError, type Io } from '../io.js';
import { problemDetail, serverClient } from '../server-client.js';
import { type ListedDocument, planExport } from './export-plan.js';

export interface ExportOptions {
  server?: string;
  workspace: string;
  out: string;
}

/**
 * `designdoc export`: write every live document of a workspace to `--out` as the Markdown
 * stored in its head version (front matter included, byte for byte), at its repository path,
 * or at a name made from its title (`planExport` decides, and warns where a stored path could
 * not be used). Files already holding the same bytes are left untouched. Nothing is written
 * outside `--out`; a file that cannot be written (a file or folder from before in its way) is
 * reported by name, the rest are still written, the counts are what happened, and the exit
 * code is 2.
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
  const plan = planExport(documents);
  for (const warning of plan.warnings) io.stderr.write(`designdoc: warning: ${warning}\n`);
  const failures: string[] = plan.unplaced.map(
    (document) => `“${document.title}” (${document.id}) has no free file name`,
  );
  let written = 0;
  let unchanged = 0;
  for (const { document, file } of plan.files) {
    const target = resolve(out, ...file.split('/'));
    const response = await client.request('GET', `/api/v1/documents/${document.id}`, {
      headers: { accept: 'text/markdown' },
    });
    if (response.status !== 200)
      throw new CliError(`${document.title}: ${problemDetail(response)}`);
    try {
      refuseEscape(out, target);
      if (existsSync(target) && readFileSync(target, 'utf8') === response.text) {
        unchanged++;
        continue;
      }
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, response.text);
      written++;
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      failures.push(`cannot write ${relative(io.cwd, target)}: ${writeProblem(error)}`);
    }
  }
  for (const failure of failures) io.stderr.write(`designdoc: ${failure}\n`);
  const count =
    failures.length > 0 ? `${written + unchanged} of ${documents.length}` : documents.length;
  io.stdout.write(
    `Exported ${count} document${documents.length === 1 ? '' : 's'} from ${options.workspace} to ${relative(io.cwd, out) || '.'}/ (${written} written, ${unchanged} unchanged${failures.length > 0 ? `, ${failures.length} failed` : ''})\n`,
  );
  return failures.length > 0 ? 2 : 0;
}

/**
 * Refuse a target that a symbolic link already in `--out` would carry outside it (the folder
 * is the user's; a link in it must not make export write, or make folders, elsewhere).
 */
function refuseEscape(out: string, target: string): void {
  let existing = target;
  while (!existsSync(existing) && existing !== out) existing = dirname(existing);
  if (!existsSync(existing)) return;
  const root = realpathSync(out);
  const real = realpathSync(existing);
  const link = existing === target && lstatSync(target).isSymbolicLink();
  if (link || (real !== root && !real.startsWith(root + sep)))
    throw new Error('a symbolic link would take it outside the export folder');
}

/** Why a file could not be written, in words: a file or folder already in the way, most often. */
function writeProblem(error: Error): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a file is in the way of one of its folders';
  if (code === 'EISDIR') return 'a folder is in the way';
  return error.message;
}
