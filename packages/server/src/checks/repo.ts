import type { Kysely, Selectable } from 'kysely';
import type { CheckRunsTable, Database } from '../db/database.js';
import { keysetPage } from '../db/keyset-page.js';

/** One finding of a check, as the CLI's JSON output gives a file's messages. */
export interface CheckDiagnostic {
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
}

export type CheckRunRow = Selectable<CheckRunsTable>;
/** A run as written (its `seq` is the database's). */
export type NewCheckRun = Omit<CheckRunRow, 'seq'>;
/** A run with the username and display name of whoever reported it. */
export type CheckRunWithReporter = CheckRunRow & {
  reporter_username: string;
  reporter_display_name: string;
};

export async function insertCheckRun(db: Kysely<Database>, run: NewCheckRun): Promise<void> {
  await db.insertInto('check_runs').values(run).execute();
}

function runsWithReporter(db: Kysely<Database>) {
  return db
    .selectFrom('check_runs')
    .innerJoin('users', 'users.id', 'check_runs.reported_by')
    .selectAll('check_runs')
    .select(['users.username as reporter_username', 'users.display_name as reporter_display_name']);
}

/**
 * One page of a document's runs, newest reported first (of one version, when `version` is
 * given), keyset-paged by the order of reporting like every list of the API.
 */
export function listCheckRuns(
  db: Kysely<Database>,
  documentId: string,
  page: { version?: number | undefined; limit: number; cursor?: string | undefined },
): Promise<{ shown: CheckRunWithReporter[]; next: string | null }> {
  let query = runsWithReporter(db).where('check_runs.document_id', '=', documentId);
  if (page.version !== undefined) query = query.where('check_runs.version', '=', page.version);
  return keysetPage(query, {
    keys: [{ by: 'check_runs.seq', slot: 'integer' }],
    direction: 'desc',
    cursor: page.cursor,
    limit: page.limit,
    keyOf: (row) => [Number(row.seq)],
  });
}

/**
 * The newest run of each check name on one version of a document (of the names given, when
 * `names` is), by name: what the review policy's gate and the `latest` view read. A run is the
 * newest of its name when no run of that name on that version was reported after it, which the
 * (document, version, name, seq) index answers.
 */
export function latestCheckRuns(
  db: Kysely<Database>,
  documentId: string,
  version: number,
  names?: readonly string[],
): Promise<CheckRunWithReporter[]> {
  let query = runsWithReporter(db)
    .where('check_runs.document_id', '=', documentId)
    .where('check_runs.version', '=', version)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('check_runs as newer')
            .select('newer.seq')
            .whereRef('newer.document_id', '=', 'check_runs.document_id')
            .whereRef('newer.version', '=', 'check_runs.version')
            .whereRef('newer.name', '=', 'check_runs.name')
            .whereRef('newer.seq', '>', 'check_runs.seq'),
        ),
      ),
    );
  if (names !== undefined) {
    if (names.length === 0) return Promise.resolve([]);
    query = query.where('check_runs.name', 'in', [...names]);
  }
  return query.orderBy('check_runs.name').execute();
}

/** Whether a document has a version with this number. */
export async function hasVersion(
  db: Kysely<Database>,
  documentId: string,
  version: number,
): Promise<boolean> {
  const row = await db
    .selectFrom('versions')
    .select('number')
    .where('document_id', '=', documentId)
    .where('number', '=', version)
    .executeTakeFirst();
  return row !== undefined;
}
