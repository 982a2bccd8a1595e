import { existsSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
  CopyInstanceError,
  type CopyProgress,
  type CopyReport,
  copySqliteToPostgres,
  DATABASE_FILE,
} from '@designdoc/server';
import { errorMessage } from '../error-message.js';
import { CliError, type Io } from '../io.js';
import { serverConfig } from './serve.js';

export interface MigrateFromOptions {
  from?: string;
  to?: string;
}

const USAGE = 'designdoc migrate --from sqlite:PATH --to postgres://…';

/** The SQLite file `--from sqlite:PATH` names: the file, or `designdoc.db` in the folder named. */
function sqlitePath(from: string, io: Io): string {
  const path = from.startsWith('sqlite:') ? from.slice('sqlite:'.length).replace(/^\/\//, '') : '';
  if (path === '')
    throw new CliError(
      `--from takes sqlite:PATH, the embedded database (designdoc.db) or its data folder, not “${from}”: ${USAGE}`,
    );
  const absolute = resolve(io.cwd, path);
  return existsSync(absolute) && statSync(absolute).isDirectory()
    ? join(absolute, DATABASE_FILE)
    : absolute;
}

/** A URL as it may be printed: without its password. */
function withoutPassword(url: string): string {
  const parsed = new URL(url);
  if (parsed.password === '') return url;
  parsed.password = '';
  return parsed.toString();
}

function postgresUrl(to: string): string {
  let protocol = '';
  try {
    protocol = new URL(to).protocol;
  } catch {}
  if (protocol !== 'postgres:' && protocol !== 'postgresql:')
    throw new CliError(`--to takes a postgres:// or postgresql:// URL: ${USAGE}`);
  return to;
}

const seconds = (milliseconds: number) => `${(milliseconds / 1000).toFixed(1)} s`;

const count = (n: number, word: string) =>
  `${n.toLocaleString('en-US')} ${word}${n === 1 ? '' : 's'}`;

/**
 * `designdoc migrate --from sqlite:PATH --to postgres://…`: move a whole instance from its
 * embedded database into an empty PostgreSQL database (copySqliteToPostgres does the work),
 * saying what it checked, each table as it is copied, and what to carry over.
 */
export async function migrateFromSqliteCommand(
  options: MigrateFromOptions,
  io: Io,
): Promise<number> {
  if (options.from === undefined || options.to === undefined)
    throw new CliError(`--from and --to go together: ${USAGE}`);
  const path = sqlitePath(options.from, io);
  const url = postgresUrl(options.to);
  const { secretsKey } = serverConfig(io);
  const shown = (file: string) => {
    const rel = relative(io.cwd, file);
    return rel && !rel.startsWith('..') ? rel : file;
  };
  const say = (line: string) => io.stdout.write(`${line}\n`);
  const width = 'webhook_deliveries'.length + 2;
  const onProgress = (progress: CopyProgress) => {
    if (progress.step === 'checked') {
      const { summary } = progress;
      say(
        `Checked ${shown(path)}: ${count(summary.documents, 'document')}, ${count(summary.versions, 'version')}, ${count(summary.users, 'user')}; integrity check ok; migrations up to ${summary.migrations.at(-1)}`,
      );
    } else if (progress.step === 'migrated')
      say(
        progress.applied.length === 0
          ? `PostgreSQL ${withoutPassword(url)} is up to date`
          : `Migrated PostgreSQL ${withoutPassword(url)}: applied ${count(progress.applied.length, 'migration')}`,
      );
    else if (progress.step === 'copying')
      say(`Copying ${progress.tables} tables in one transaction:`);
    else
      say(
        `  ${progress.table.padEnd(width)}${progress.rows.toLocaleString('en-US').padStart(9)} ${progress.rows === 1 ? 'row ' : 'rows'} ${seconds(progress.milliseconds).padStart(6)}${
          progress.filledByPostgres.length > 0
            ? `  (PostgreSQL fills ${progress.filledByPostgres.join(', ')})`
            : ''
        }`,
      );
  };
  let report: CopyReport;
  try {
    report = await copySqliteToPostgres({
      sqlitePath: path,
      postgresUrl: url,
      secretsKey,
      onProgress,
    });
  } catch (error) {
    if (error instanceof CopyInstanceError) throw new CliError(error.message);
    throw new CliError(`Cannot move ${shown(path)} to PostgreSQL: ${errorMessage(error)}`);
  }
  say(
    `Committed ${count(report.rows, 'row')} in ${report.tables.length} tables in ${seconds(report.milliseconds)}; the sequences of ${report.sequences.join(', ')} follow the copied ids`,
  );
  const { secrets } = report;
  const them = secrets.sealed === 1 ? 'it' : 'them';
  say(
    secrets.sealed === 0
      ? 'Sealed secrets: none. Before adding webhooks, give every PostgreSQL instance the same SECRETS_KEY (openssl rand -hex 32)'
      : secrets.from === 'SECRETS_KEY'
        ? `Sealed secrets: ${count(secrets.sealed, 'webhook secret')}, sealed with SECRETS_KEY (key ${secrets.keyId}), which opens ${them}: run every PostgreSQL instance with this SECRETS_KEY`
        : `Sealed secrets: ${count(secrets.sealed, 'webhook secret')}, sealed with the key in ${secrets.from} (key ${secrets.keyId}), which opens ${them}: run every PostgreSQL instance with SECRETS_KEY=$(cat ${secrets.from})`,
  );
  say(
    `Done. Serve it with DATABASE_URL=${withoutPassword(url)}; ${shown(path)} is unchanged: keep it until the new instance is checked`,
  );
  return 0;
}
