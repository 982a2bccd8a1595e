import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { DatabaseSchema, DatabaseTable } from '@designdoc/core';
import { errorMessage } from '../error-message.js';
import { CliError, type Io } from '../io.js';
import { readMysqlDatabase } from './mysql-schema.js';
import { type DdlFile, readPostgresDdl } from './postgres-ddl.js';
import { readPostgresDatabase } from './postgres-schema.js';
import { readSqliteDdl, readSqliteFile } from './sqlite-schema.js';

/** Where `check-schema` reads the schema from: its flags. */
export interface SchemaSource {
  /** DDL files, applied in order. */
  ddl?: string[];
  /** The DDL's dialect: `postgres` or `sqlite`. */
  dialect: string;
  /** A live database: `postgres://…`, `sqlite:PATH` or `mysql://…`. */
  database?: string;
}

/**
 * Read the schema `check-schema` compares documents with: from DDL files (`--ddl`, parsed as
 * `--dialect` says) or from a live database (`--database`). Anything that stops it (no source or
 * two, an unreadable file, a syntax error, a database that cannot be reached) is a usage error
 * (exit 2) in one line.
 */
export async function readSchema(source: SchemaSource, io: Io): Promise<DatabaseSchema> {
  const ddl = source.ddl ?? [];
  if (ddl.length > 0 === (source.database !== undefined))
    throw new CliError(
      'check-schema needs a schema: --ddl FILE (repeatable) or --database URL, not both',
    );
  if (source.database !== undefined) return readDatabase(source.database, io);
  const files: DdlFile[] = ddl.map((path) => {
    try {
      return { path, text: readFileSync(resolve(io.cwd, path), 'utf8') };
    } catch (error) {
      throw new CliError(`Cannot read --ddl ${path}: ${errorMessage(error)}`);
    }
  });
  const tables =
    source.dialect === 'sqlite' ? await readSqliteDdl(files) : await readPostgresDdl(files);
  return { source: ddl.join(', '), tables };
}

async function readDatabase(url: string, io: Io): Promise<DatabaseSchema> {
  const shown = withoutPassword(url);
  let read: () => Promise<DatabaseTable[]>;
  if (url.startsWith('sqlite:')) {
    const path = url.slice('sqlite:'.length).replace(/^\/\//, '');
    if (path === '') throw new CliError(`No file in --database ${url}, expected sqlite:PATH`);
    read = () => readSqliteFile(resolve(io.cwd, path), shown);
  } else if (/^postgres(?:ql)?:\/\//.test(url)) read = () => readPostgresDatabase(url, shown);
  else if (/^(?:mysql|mariadb):\/\//.test(url))
    read = () => readMysqlDatabase(url.replace(/^mariadb:/, 'mysql:'), shown);
  else
    throw new CliError(
      `Unknown database URL “${shown}”, expected postgres://…, sqlite:PATH or mysql://…`,
    );
  try {
    return { source: shown, tables: await read() };
  } catch (error) {
    if (CliError.is(error)) throw error;
    throw new CliError(`Cannot read the database ${shown}: ${errorMessage(error)}`);
  }
}

/** A URL as it may be shown: without its password. */
function withoutPassword(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password === '') return url;
    parsed.password = '';
    return parsed.toString();
  } catch {
    return url;
  }
}
