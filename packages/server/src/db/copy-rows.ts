import type SQLite from 'better-sqlite3';
import { type Kysely, sql } from 'kysely';
import type { SealedSecretsKey } from '../secrets/sealed-secrets-check.js';
import { CopyInstanceError, type TableCopy } from './copy-plan.js';
import type { Database } from './database.js';
import { insertInChunks } from './insert-in-chunks.js';
import type { DatabaseSummary } from './sqlite-backup.js';

/** What a copy tells as it goes: the source checked, the target migrated, each table copied. */
export type CopyProgress =
  | { step: 'checked'; summary: DatabaseSummary; secrets: SealedSecretsKey }
  | { step: 'migrated'; applied: string[] }
  | { step: 'copying'; tables: number }
  | {
      step: 'table';
      table: string;
      rows: number;
      filledByPostgres: string[];
      milliseconds: number;
    };

/**
 * The most parameters one statement of the copy carries. The copy runs offline, so statements
 * are larger than a request's (insert-in-chunks.ts): fewer round trips to PostgreSQL.
 */
const COPY_PARAMETERS_PER_STATEMENT = 3_000;

/**
 * Rows are sent in statements of at most COPY_PARAMETERS_PER_STATEMENT parameters and about this
 * many bytes of text: 333 versions (nine columns) of a 1 MB document would otherwise be one
 * 333 MB statement, held in memory twice over.
 */
const MAX_BYTES_PER_STATEMENT = 8 * 1024 * 1024;

/**
 * A SQLite value as PostgreSQL takes it. Text and integers go unchanged (copy-plan.ts lists the
 * types). PostgreSQL refuses the NUL character in text, which SQLite keeps, and its own error
 * does not say where: this one does (the API refuses NUL in what it stores; a row written
 * another way may hold one).
 */
function checked(value: unknown, table: string, column: string, rowid: number): unknown {
  if (typeof value === 'string' && value.includes('\0'))
    throw new CopyInstanceError(
      `${table}.${column} of row ${rowid} holds a NUL character (U+0000), which PostgreSQL refuses in text; remove it in the SQLite database, then move it`,
    );
  return value;
}

/**
 * Copy every row of `plan.table` from the SQLite database into PostgreSQL (within the caller's
 * transaction), in rowid order and in chunks; the number of rows copied.
 */
export async function copyTableRows(
  source: SQLite.Database,
  target: Kysely<Database>,
  plan: TableCopy,
): Promise<number> {
  const names = plan.columns.map((c) => c.name);
  const select = source.prepare(
    `SELECT rowid AS "__rowid", ${names.map((n) => `"${n}"`).join(', ')} FROM "${plan.table}" ORDER BY rowid`,
  );
  const perStatement = Math.max(1, Math.floor(COPY_PARAMETERS_PER_STATEMENT / names.length));
  // Kysely cannot type a table chosen at run time; the columns come from its catalogue.
  const table = plan.table as keyof Database & string;
  let chunk: Record<string, unknown>[] = [];
  let bytes = 0;
  let copied = 0;
  const flush = async () => {
    await insertInChunks(target, table, chunk as never[], COPY_PARAMETERS_PER_STATEMENT);
    copied += chunk.length;
    chunk = [];
    bytes = 0;
  };
  for (const found of select.iterate() as Iterable<Record<string, unknown>>) {
    const rowid = found.__rowid as number;
    const row: Record<string, unknown> = {};
    for (const name of names) {
      const value = checked(found[name], plan.table, name, rowid);
      if (typeof value === 'string') bytes += value.length;
      row[name] = value;
    }
    chunk.push(row);
    if (chunk.length >= perStatement || bytes >= MAX_BYTES_PER_STATEMENT) await flush();
  }
  if (chunk.length > 0) await flush();
  return copied;
}

/**
 * Set the sequence of each of the table's serial columns past its largest copied value, so the
 * next row PostgreSQL numbers (an audit entry, an event) follows the copied ones instead of
 * colliding with the first. Returns `table.column` of each.
 */
export async function resetSequences(target: Kysely<Database>, plan: TableCopy): Promise<string[]> {
  for (const column of plan.serials)
    await sql`select setval(
        pg_get_serial_sequence(${plan.table}, ${column}),
        coalesce((select max(${sql.ref(column)}) from ${sql.table(plan.table)}), 0) + 1,
        false)`.execute(target);
  return plan.serials.map((column) => `${plan.table}.${column}`);
}

/** How many rows PostgreSQL holds in the table: the copy's check of itself. */
export async function countRows(target: Kysely<Database>, table: string): Promise<number> {
  const { rows } = await sql<{
    n: string;
  }>`select count(*) as n from ${sql.table(table)}`.execute(target);
  return Number(rows[0]?.n ?? 0);
}

/** Refuse unless every table is empty, naming those that hold rows (and how many). */
export async function refuseUnlessEmpty(target: Kysely<Database>, plans: TableCopy[]) {
  const held: string[] = [];
  for (const { table } of plans) {
    const n = await countRows(target, table);
    if (n > 0) held.push(`${table} (${n} row${n === 1 ? '' : 's'})`);
  }
  if (held.length > 0)
    throw new CopyInstanceError(
      `The PostgreSQL database already holds designdoc data: ${held.join(', ')}. Nothing was copied; move into a new, empty database (a server started on one makes its first admin, so run no server on it before the move)`,
    );
}

/**
 * Copy every table of `plans` in order (within the caller's transaction), checking each one's
 * count in PostgreSQL against the rows read and setting its sequences past the copied ids;
 * told as each table is done.
 */
export async function copyTables(
  source: SQLite.Database,
  target: Kysely<Database>,
  plans: TableCopy[],
  onProgress?: (progress: CopyProgress) => void,
): Promise<{ tables: { table: string; rows: number }[]; sequences: string[] }> {
  const tables: { table: string; rows: number }[] = [];
  const sequences: string[] = [];
  for (const plan of plans) {
    const started = Date.now();
    let rows: number;
    try {
      rows = await copyTableRows(source, target, plan);
    } catch (error) {
      if (error instanceof CopyInstanceError) throw error;
      throw new CopyInstanceError(
        `Copying ${plan.table} failed: ${(error as Error).message}; nothing was copied`,
      );
    }
    const stored = await countRows(target, plan.table);
    if (stored !== rows)
      throw new CopyInstanceError(
        `${plan.table}: ${rows} rows read from SQLite but ${stored} in PostgreSQL; nothing was copied`,
      );
    sequences.push(...(await resetSequences(target, plan)));
    tables.push({ table: plan.table, rows });
    onProgress?.({
      step: 'table',
      table: plan.table,
      rows,
      filledByPostgres: plan.filledByPostgres,
      milliseconds: Date.now() - started,
    });
  }
  return { tables, sequences };
}
