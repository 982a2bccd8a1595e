import { createHash } from 'node:crypto';
import { sep } from 'node:path';
import type { Diagnostic } from '@designdoc/core';
import { CliError } from '../io.js';
import { problemDetail, ServerClient } from '../server-client.js';

/** One finding as the server stores it: a file's message in the CLI's JSON output, flattened. */
export interface CheckDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** A check run of one document, as `check-api` and `check-schema` finish it. */
export interface CheckRunReport {
  /** `check-api`, `check-schema`: lower-case letters, digits and . _ -. */
  name: string;
  result: 'passed' | 'failed';
  /** The core's diagnostics, or already flat ones. */
  diagnostics: readonly (Diagnostic | CheckDiagnostic)[];
  errorCount: number;
  warningCount: number;
  /** The commit checked (7 to 64 hex digits). */
  commit?: string;
  /** The CI job's page (http or https). */
  url?: string;
}

export interface ReportCheckRunOptions {
  /** The designdoc server's URL. */
  server: string;
  /** An API key with `write` scope in the workspace. */
  token: string | undefined;
  workspace: string;
  /** The document's path relative to the repository root, as `designdoc push` stores it. */
  documentPath: string;
  run: CheckRunReport;
  /**
   * The Markdown that was checked: when given, the run is reported on the version holding
   * exactly this text (and refused when the server has none); else on the head version.
   */
  markdown?: string;
}

/** The run as the server stored it. */
export interface ReportedCheckRun {
  id: string;
  version: number;
  name: string;
  result: 'passed' | 'failed';
  errorCount: number;
  warningCount: number;
  createdAt: string;
}

/** What the server takes at most: diagnostics per run, characters per message, body bytes. */
const MAX_DIAGNOSTICS = 1_000;
const MAX_MESSAGE = 2_000;
const MAX_RULE_ID = 100;
const MAX_BODY_BYTES = 1024 * 1024;

function flatten(d: Diagnostic | CheckDiagnostic): CheckDiagnostic {
  const at =
    'place' in d
      ? {
          line: d.place.start.line,
          column: d.place.start.column,
          endLine: d.place.end.line,
          endColumn: d.place.end.column,
        }
      : {
          line: d.line,
          column: d.column,
          ...(d.endLine !== undefined ? { endLine: d.endLine } : {}),
          ...(d.endColumn !== undefined ? { endColumn: d.endColumn } : {}),
        };
  return {
    ruleId: d.ruleId.slice(0, MAX_RULE_ID),
    severity: d.severity,
    message: d.message.length > MAX_MESSAGE ? `${d.message.slice(0, MAX_MESSAGE - 1)}…` : d.message,
    ...at,
  };
}

/**
 * The report's JSON body within the server's limits: errors first, at most 1,000 diagnostics
 * and 1 MiB, with the totals sent as counts so that a list cut short still says how many.
 */
export function checkRunBody(run: CheckRunReport, version?: number): string {
  let diagnostics = [...run.diagnostics]
    .map(flatten)
    .sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1))
    .slice(0, MAX_DIAGNOSTICS);
  const body = () =>
    JSON.stringify({
      name: run.name,
      result: run.result,
      diagnostics,
      errorCount: run.errorCount,
      warningCount: run.warningCount,
      ...(run.commit ? { commit: run.commit } : {}),
      ...(run.url ? { url: run.url } : {}),
      ...(version !== undefined ? { version } : {}),
    });
  let text = body();
  while (Buffer.byteLength(text) > MAX_BODY_BYTES) {
    const keep = Math.floor((diagnostics.length * MAX_BODY_BYTES) / Buffer.byteLength(text)) - 1;
    diagnostics = diagnostics.slice(0, Math.max(0, keep));
    text = body();
  }
  return text;
}

interface ListedDocument {
  id: string;
  path: string | null;
  version: number;
  contentHash: string;
}

/** The live document at `path` in the workspace, or a CliError that names both. */
async function findDocument(
  client: ServerClient,
  workspace: string,
  path: string,
  server: string,
): Promise<ListedDocument> {
  const ws = encodeURIComponent(workspace);
  await client.json('GET', `/api/v1/workspaces/${ws}`);
  const page: { items: ListedDocument[] } = await client.json(
    'GET',
    `/api/v1/documents?workspace=${ws}&path=${encodeURIComponent(path)}&limit=1`,
  );
  const document = page.items[0];
  if (!document)
    throw new CliError(
      `No document at “${path}” in workspace “${workspace}” on ${server}; push it first (designdoc push ${path} --workspace ${workspace})`,
    );
  return document;
}

/** The newest version of the document holding exactly `markdown`, or a CliError. */
async function versionHolding(
  client: ServerClient,
  document: ListedDocument,
  markdown: string,
  where: string,
): Promise<number> {
  const hash = createHash('sha256').update(markdown).digest('hex');
  if (hash === document.contentHash) return document.version;
  const versions: { items: { number: number; contentHash: string }[] } = await client.json(
    'GET',
    `/api/v1/documents/${document.id}/versions`,
  );
  const found = versions.items.find((v) => v.contentHash === hash);
  if (!found)
    throw new CliError(
      `${where} on the server has no version with the text that was checked (its head is version ${document.version}); push it first`,
    );
  return found.number;
}

/**
 * Report a check run of one document to a designdoc server, for CI: the document is found as
 * `designdoc push` stores it (by its repository path in the workspace), the run is posted to
 * `POST /api/v1/documents/{id}/checks` on the head version (or on the version holding
 * `markdown`, when given), and the stored run comes back. Every failure is a CliError (exit 2)
 * that says which document, where, and why.
 */
export async function reportCheckRun(options: ReportCheckRunOptions): Promise<ReportedCheckRun> {
  const client = new ServerClient(options.server, options.token);
  const path = options.documentPath.split(sep).join('/');
  if (path.startsWith('../'))
    throw new CliError(
      `${options.documentPath} is outside the repository; give its path relative to the repository root`,
    );
  const where = `“${path}” in workspace “${options.workspace}”`;
  const document = await findDocument(client, options.workspace, path, options.server);
  const version =
    options.markdown === undefined
      ? undefined
      : await versionHolding(client, document, options.markdown, where);
  const response = await client.request('POST', `/api/v1/documents/${document.id}/checks`, {
    body: checkRunBody(options.run, version),
    contentType: 'application/json',
  });
  if (response.status !== 201)
    throw new CliError(
      `Cannot report ${options.run.name} for ${where}: ${problemDetail(response)}${response.status === 401 ? '; check DESIGNDOC_TOKEN' : ''}`,
    );
  return JSON.parse(response.text) as ReportedCheckRun;
}
