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
import { checkRunsFileText, fetchCheckRuns } from './export-check-runs.js';
import { CHECKS_FILE_SUFFIX, type ListedDocument, planExport } from './export-plan.js';

export interface ExportOptions {
  server?: string;
  workspace: string;
  out: string;
  /** False with `--no-checks`: no check-runs files. */
  checks?: boolean;
}

/** What happened to one kind of file: how many were written, left as they were, or failed. */
interface FileTally {
  written: number;
  unchanged: number;
  failed: number;
}

/**
 * `designdoc export`: write every live document of a workspace to `--out` as the Markdown
 * stored in its head version (front matter included, byte for byte), at its repository path,
 * or at a name made from its title (`planExport` decides, and warns where a stored path could
 * not be used). Files already holding the same bytes are left untouched. Nothing is written
 * outside `--out`; a file that cannot be written (a file or folder from before in its way) is
 * reported by name, the rest are still written, the counts are what happened, and the exit
 * code is 2. Unless `checks` is false, a document with check runs also gets its runs, of every
 * version, in a JSON file beside its Markdown (`<file>.checks.json`, kept free by `planExport`),
 * under the same rules; a document whose Markdown could not be written gets none.
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
  const markdown: FileTally = { written: 0, unchanged: 0, failed: plan.unplaced.length };
  const checkFiles: FileTally = { written: 0, unchanged: 0, failed: 0 };
  /** Write one file of the export, counting it in `tally`; false when it could not be. */
  const exportFile = (file: string, text: string, tally: FileTally): boolean => {
    const target = resolve(out, ...file.split('/'));
    try {
      tally[writeUnlessSame(out, target, text)]++;
      return true;
    } catch (error) {
      if (!(error instanceof Error)) throw error;
      failures.push(`cannot write ${relative(io.cwd, target)}: ${writeProblem(error)}`);
      tally.failed++;
      return false;
    }
  };
  for (const { document, file } of plan.files) {
    const response = await client.request('GET', `/api/v1/documents/${document.id}`, {
      headers: { accept: 'text/markdown' },
    });
    if (response.status !== 200)
      throw new CliError(`${document.title}: ${problemDetail(response)}`);
    if (!exportFile(file, response.text, markdown) || options.checks === false) continue;
    const runs = await fetchCheckRuns(client, document.id);
    if (runs.length > 0)
      exportFile(file + CHECKS_FILE_SUFFIX, checkRunsFileText(document.id, runs), checkFiles);
  }
  for (const failure of failures) io.stderr.write(`designdoc: ${failure}\n`);
  const where = ` from ${options.workspace} to ${relative(io.cwd, out) || '.'}/`;
  const checksPart =
    options.checks === false
      ? ''
      : checkFiles.written + checkFiles.unchanged + checkFiles.failed === 0
        ? ' and no check files'
        : ` and ${countOf(checkFiles, 'check file')}`;
  io.stdout.write(`Exported ${countOf(markdown, 'document', where)}${checksPart}\n`);
  return failures.length > 0 ? 2 : 0;
}

/**
 * `5 documents (5 written, 0 unchanged)`, or `4 of 5 … (…, 1 failed)` when some failed, with
 * `where` between the noun and the counts.
 */
function countOf(tally: FileTally, noun: string, where = ''): string {
  const total = tally.written + tally.unchanged + tally.failed;
  const count = tally.failed > 0 ? `${total - tally.failed} of ${total}` : `${total}`;
  return `${count} ${noun}${total === 1 ? '' : 's'}${where} (${tally.written} written, ${tally.unchanged} unchanged${tally.failed > 0 ? `, ${tally.failed} failed` : ''})`;
}

/**
 * Write `text` at `target` unless it already holds those bytes (then the file, and its time,
 * are left as they were); throws when the file cannot be written or would land outside `out`.
 */
function writeUnlessSame(out: string, target: string, text: string): 'written' | 'unchanged' {
  refuseEscape(out, target);
  if (existsSync(target) && readFileSync(target, 'utf8') === text) return 'unchanged';
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  return 'written';
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
  if (code === 'ENAMETOOLONG') return 'its name is too long for the file system';
  return error.message;
}
