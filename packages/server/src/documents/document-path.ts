import { folderPathsOf, normaliseDocumentPath } from '@designdoc/core';
import { type Kysely, sql } from 'kysely';
import type { Database } from '../db/database.js';
import { engineOf } from '../db/engine-of.js';
import { ProblemError } from '../plugins/problems.js';

/**
 * A path a request sets on a document, in its one normal form (core's `normaliseDocumentPath`:
 * `docs//x.md` → `docs/x.md`); a 400 that names the path and the reason for one that cannot be a
 * document's path (`.`, `..`, `/x`, `dir/`, a blank segment, a control character …).
 */
export function documentPathOf(value: string, part: 'body' | 'querystring'): string {
  const check = normaliseDocumentPath(value);
  if (check.ok) return check.path;
  throw new ProblemError(
    'validation-failed',
    `path ${JSON.stringify(value)} cannot be a document path: it ${check.reason}`,
    { errors: [{ in: part, pointer: '/path', detail: `it ${check.reason}` }] },
  );
}

/**
 * The path a listing filters by: its normal form, or the path as given when no document could
 * be created at it now (one stored before paths were normalised stays findable).
 */
export function listedPath(value: string): string {
  const check = normaliseDocumentPath(value);
  return check.ok ? check.path : value;
}

/** A document whose path is a folder of a new path, or lies in it (a file/folder clash). */
export class DocumentPathClash extends Error {
  constructor(readonly other: { id: string; path: string }) {
    super(`document path clashes with ${other.path}`);
    this.name = 'DocumentPathClash';
  }
}

/**
 * Refuse `path` in the workspace when another document's path is one of its folders (`dir`
 * beside a new `dir/file.md`) or lies under it (`dir/file.md` beside a new `dir`): an export
 * could not write both. Archived documents count too, as they do for the unique index, so that
 * restoring one never makes a clash. Called in the transaction that inserts; on PostgreSQL it
 * first takes the workspace row's lock, so that two such creates in one workspace cannot both
 * pass the check (SQLite runs one write transaction at a time already).
 */
export async function refusePathClash(
  trx: Kysely<Database>,
  workspaceId: string,
  path: string,
): Promise<void> {
  if (engineOf(trx) === 'postgres')
    await trx
      .selectFrom('workspaces')
      .select('id')
      .where('id', '=', workspaceId)
      .forNoKeyUpdate()
      .execute();
  const folders = folderPathsOf(path);
  // substr counts characters (code points) on both engines, as the spread does here.
  const inside = `${path}/`;
  const other = await trx
    .selectFrom('documents')
    .select(['id', 'path'])
    .where('workspace_id', '=', workspaceId)
    .where((eb) =>
      eb.or([
        ...(folders.length > 0 ? [eb('path', 'in', folders)] : []),
        eb(sql`substr(path, 1, ${[...inside].length})`, '=', inside),
      ]),
    )
    .limit(1)
    .executeTakeFirst();
  if (other?.path) throw new DocumentPathClash({ id: other.id, path: other.path });
}
