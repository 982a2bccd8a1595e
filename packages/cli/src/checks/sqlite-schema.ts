import type { DatabaseTable } from '@designdoc/core';
import type BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { CliError } from '../io.js';
import type { CatalogueKey } from './introspected-tables.js';
import { introspectedTables } from './introspected-tables.js';
import { loadPeer } from './optional-peer.js';
import type { DdlFile } from './postgres-ddl.js';

const loadSqlite = (purpose: string) =>
  loadPeer(
    'better-sqlite3',
    '^12.0.0',
    purpose,
    async () => (await import('better-sqlite3')).default,
  );

/**
 * The tables SQLite DDL files create: applied in order to an in-memory database by SQLite itself,
 * then read back as a live database is. A statement SQLite rejects is a usage error naming the
 * file, the line the statement starts on and SQLite's message.
 */
export async function readSqliteDdl(files: readonly DdlFile[]): Promise<DatabaseTable[]> {
  const Database = await loadSqlite('check-schema --dialect sqlite');
  const database = new Database(':memory:');
  for (const file of files) applyStatements(database, file);
  return sqliteTables(database);
}

/** The tables of a SQLite database file, opened read-only. */
export async function readSqliteFile(path: string, shown: string): Promise<DatabaseTable[]> {
  const Database = await loadSqlite(`check-schema --database ${shown}`);
  let database: BetterSqlite3.Database;
  try {
    database = new Database(path, { readonly: true, fileMustExist: true });
  } catch (error) {
    throw new CliError(`Cannot open the database ${shown}: ${(error as Error).message}`);
  }
  return sqliteTables(database);
}

/**
 * Run a file's statements one at a time, so an error says where: statements are cut at `;`
 * outside quotes and comments, and a cut SQLite finds incomplete (a trigger's body) is joined to
 * the next.
 */
function applyStatements(database: BetterSqlite3.Database, file: DdlFile): void {
  let pending = '';
  let startsAt = 0;
  const lineAt = (offset: number) => file.text.slice(0, offset).split('\n').length;
  for (const piece of statementPieces(file.text)) {
    if (pending === '') startsAt = piece.offset + (LEADING.exec(piece.text)?.[0].length ?? 0);
    pending += piece.text;
    try {
      database.exec(pending);
      pending = '';
    } catch (error) {
      const message = (error as Error).message;
      if (message === 'incomplete input') continue;
      // `sqlite3 db .schema` prints SQLite's own tables (`sqlite_sequence`), which it makes itself.
      if (message.startsWith('object name reserved for internal use')) pending = '';
      else throw new CliError(`${file.path}:${lineAt(startsAt)}: ${message}`);
    }
  }
  if (pending !== '') throw new CliError(`${file.path}:${lineAt(startsAt)}: incomplete input`);
}

/** Blanks and comments before a statement. */
const LEADING = /^(?:\s|--[^\n]*|\/\*[\s\S]*?\*\/)*/;

/** Text cut after each `;` that is outside quotes and comments, with where each piece starts. */
function* statementPieces(text: string): Generator<{ text: string; offset: number }> {
  let start = 0;
  const token = /'(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\]|--[^\n]*|\/\*[\s\S]*?\*\/|;/g;
  for (const match of text.matchAll(token)) {
    if (match[0] !== ';') continue;
    yield { text: text.slice(start, match.index + 1), offset: start };
    start = match.index + 1;
  }
  if (start < text.length) yield { text: text.slice(start), offset: start };
}

/** A SQLite database's tables (its own and FTS shadow tables left out) and keys, by pragmas. */
async function sqliteTables(database: BetterSqlite3.Database): Promise<DatabaseTable[]> {
  const shadow = new Set(
    (
      database.prepare("select name from pragma_table_list where type = 'shadow'").all() as {
        name: string;
      }[]
    ).map((row) => row.name),
  );
  const names = (
    database
      .prepare(
        "select name from sqlite_master where type = 'table' and name not like 'sqlite\\_%' escape '\\'",
      )
      .all() as {
      name: string;
    }[]
  ).map((row) => row.name);
  const keys = names.flatMap((table) => sqliteKeys(database, table));
  const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database }) });
  try {
    return await introspectedTables(db, (table) => !shadow.has(table.name), keys);
  } finally {
    await db.destroy();
  }
}

function sqliteKeys(database: BetterSqlite3.Database, table: string): CatalogueKey[] {
  const keys: CatalogueKey[] = [];
  const columns = database.prepare('select name, pk from pragma_table_info(?)').all(table) as {
    name: string;
    pk: number;
  }[];
  const primary = columns.filter((c) => c.pk > 0).sort((a, b) => a.pk - b.pk);
  if (primary.length > 0)
    keys.push({ table, kind: 'primary', columns: primary.map((c) => c.name) });
  const indexes = database
    .prepare(
      'select name from pragma_index_list(?) where "unique" = 1 and origin != \'pk\' and partial = 0',
    )
    .all(table) as { name: string }[];
  for (const index of indexes) {
    const parts = database
      .prepare('select name from pragma_index_info(?) order by seqno')
      .all(index.name) as {
      name: string | null;
    }[];
    // An index on an expression has a part with no column name: not a key of columns.
    if (parts.every((p) => p.name !== null))
      keys.push({ table, kind: 'unique', columns: parts.map((p) => p.name as string) });
  }
  const references = database
    .prepare('select id, "table", "from", "to" from pragma_foreign_key_list(?) order by id, seq')
    .all(table) as { id: number; table: string; from: string; to: string | null }[];
  for (const id of new Set(references.map((r) => r.id))) {
    const parts = references.filter((r) => r.id === id);
    const target = parts[0]?.table ?? '';
    const targetPrimary = () =>
      (
        database.prepare('select name, pk from pragma_table_info(?)').all(target) as {
          name: string;
          pk: number;
        }[]
      )
        .filter((c) => c.pk > 0)
        .sort((a, b) => a.pk - b.pk)
        .map((c) => c.name);
    keys.push({
      table,
      kind: 'foreign',
      columns: parts.map((p) => p.from),
      references: {
        table: target,
        columns: parts.every((p) => p.to !== null)
          ? parts.map((p) => p.to as string)
          : targetPrimary(),
      },
    });
  }
  return keys;
}
