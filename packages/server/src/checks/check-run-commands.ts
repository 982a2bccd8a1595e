import { randomUUID } from 'node:crypto';
import type { Acting, DomainContext } from '../command-context.js';
import type { DocumentRow } from '../documents/repo.js';
import { actorOf, audit } from '../identity/audit.js';
import { type FieldProblem, ProblemError } from '../plugins/problems.js';
import { type CheckDiagnostic, hasVersion, insertCheckRun, type NewCheckRun } from './repo.js';

/** A run as CI reports it. */
export interface CheckRunInput {
  name: string;
  result: 'passed' | 'failed';
  diagnostics: CheckDiagnostic[];
  /** The totals, when the list was cut short; else counted from `diagnostics`. */
  errorCount?: number;
  warningCount?: number;
  commit?: string;
  url?: string;
  /** The version checked; the head when absent. */
  version?: number;
}

function invalid(errors: FieldProblem[]): ProblemError {
  return new ProblemError(
    'validation-failed',
    errors.map((e) => `${e.in} ${e.pointer} ${e.detail}`).join('; '),
    { errors },
  );
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * The counts of a run: as sent, or counted from its diagnostics. Sent counts may exceed the
 * list (CI cut it short) but not fall below it; a run with errors cannot have passed. A 400
 * naming each field that does not add up.
 */
function countsOf(input: CheckRunInput): { errors: number; warnings: number } {
  const listed = {
    errors: input.diagnostics.filter((d) => d.severity === 'error').length,
    warnings: input.diagnostics.filter((d) => d.severity === 'warning').length,
  };
  const errors = input.errorCount ?? listed.errors;
  const warnings = input.warningCount ?? listed.warnings;
  const problems: FieldProblem[] = [];
  if (errors < listed.errors)
    problems.push({
      in: 'body',
      pointer: '/errorCount',
      detail: `is ${errors}, but diagnostics lists ${plural(listed.errors, 'error')}`,
    });
  if (warnings < listed.warnings)
    problems.push({
      in: 'body',
      pointer: '/warningCount',
      detail: `is ${warnings}, but diagnostics lists ${plural(listed.warnings, 'warning')}`,
    });
  if (input.result === 'passed' && errors > 0)
    problems.push({
      in: 'body',
      pointer: '/result',
      detail: `is passed, but the run has ${plural(errors, 'error')}`,
    });
  if (problems.length > 0) throw invalid(problems);
  return { errors, warnings };
}

/** The CI job's address in its normal form; a 400 at `/url` for one that is not http(s). */
function jobUrlOf(text: string): string {
  let url: URL | undefined;
  try {
    url = new URL(text);
  } catch {}
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '')
    throw invalid([{ in: 'body', pointer: '/url', detail: 'must be an http:// or https:// URL' }]);
  return url.href;
}

/**
 * Record a check run on a version of a live document (the head unless `version` names another
 * it has: a 400 at `/version` otherwise), with its audit entry in the same transaction. Returns
 * the run as stored.
 */
export async function reportCheckRun(
  ctx: DomainContext,
  acting: Acting,
  document: DocumentRow,
  input: CheckRunInput,
): Promise<NewCheckRun> {
  const version = input.version ?? document.head_version;
  if (input.version !== undefined && !(await hasVersion(ctx.db, document.id, version)))
    throw invalid([
      {
        in: 'body',
        pointer: '/version',
        detail: `document ${document.id} has no version ${version} (its head is version ${document.head_version})`,
      },
    ]);
  const counts = countsOf(input);
  const run: NewCheckRun = {
    id: randomUUID(),
    document_id: document.id,
    version,
    name: input.name,
    result: input.result,
    error_count: counts.errors,
    warning_count: counts.warnings,
    diagnostics: JSON.stringify(input.diagnostics),
    commit: input.commit?.toLowerCase() ?? null,
    url: input.url === undefined ? null : jobUrlOf(input.url),
    reported_by: acting.caller.userId,
    created_at: new Date().toISOString(),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await insertCheckRun(trx, run);
    await audit(
      trx,
      {
        action: 'check-run.reported',
        actor: actorOf(acting.caller),
        target: { type: 'document', id: document.id },
        workspaceId: document.workspace_id,
        details: {
          checkRun: run.id,
          name: run.name,
          version,
          result: run.result,
          errorCount: run.error_count,
          warningCount: run.warning_count,
          commit: run.commit,
        },
      },
      acting.request,
    );
  });
  return run;
}
