import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pg from 'pg';
import { freePort } from '../free-port.js';

const CLI = fileURLToPath(new URL('../../packages/cli/bin/designdoc.js', import.meta.url));
const POSTGRES_URL =
  process.env.DESIGNDOC_TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** The bootstrap admin's API key and password (first run only; both made up for the test). */
export const ADMIN_TOKEN = `adversarial-${'0123456789abcdef'.repeat(3)}`;
export const ADMIN_PASSWORD = 'adversarial-operator-7f3c91-kq';

export type Engine = 'sqlite' | 'postgres';

/** `designdoc serve` in its own process, as an operator runs it, and how to stop or restart it. */
export interface ServerProcess {
  host: string;
  port: number;
  pid(): number | undefined;
  /** Stop the process (SIGTERM, then SIGKILL if it does not end: a busy loop never hears SIGTERM). */
  stop(): Promise<void>;
  /** Stop and start again on the same data: how a run goes on after a request that never ended. */
  restart(): Promise<void>;
  /** Stop, and throw away the data folder and the PostgreSQL database. */
  dispose(): Promise<void>;
  /** The server's last lines of output, for a failure message. */
  tail(): string;
}

/**
 * Start the built CLI's `designdoc serve` on a free loopback port, on an empty SQLite folder or
 * a new PostgreSQL database (migrated with `designdoc migrate`, as docs/operations.md says).
 * The rate limit is raised out of the way: the probe alone asks for /healthz 100 times a second.
 */
export async function startServer(engine: Engine): Promise<ServerProcess> {
  const host = '127.0.0.1';
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'designdoc-adversarial-'));
  const database = engine === 'postgres' ? await createPostgresDatabase() : null;
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? dataDir,
    HOST: host,
    PORT: String(port),
    DESIGNDOC_DATA_DIR: dataDir,
    DESIGNDOC_BOOTSTRAP_TOKEN: ADMIN_TOKEN,
    DESIGNDOC_ADMIN_PASSWORD: ADMIN_PASSWORD,
    RATE_LIMIT_MAX: '1000000',
    LOG_LEVEL: 'warn',
    // The seeded hook posts to a closed port on 127.0.0.1 (old servers ignore the setting).
    WEBHOOK_ALLOW_PRIVATE: '127.0.0.1',
    // …and fails every time: the hook must stay enabled for the redeliver attack.
    WEBHOOK_DISABLE_AFTER: '10000',
    ...(database ? { DATABASE_URL: database.url } : {}),
  };
  if (database) await promisify(execFile)(process.execPath, [CLI, 'migrate'], { env });
  let child: ChildProcess | undefined;
  let output = '';
  const start = async () => {
    output = '';
    // ADVERSARIAL_CPU_PROF=<folder>: the server writes a CPU profile there when it stops (open it
    // in Chrome's DevTools to see what held the event loop during an attack).
    const profile = process.env.ADVERSARIAL_CPU_PROF;
    const nodeOptions = profile
      ? ['--cpu-prof', `--cpu-prof-dir=${profile}`, '--cpu-prof-interval=250']
      : [];
    const started = spawn(process.execPath, [...nodeOptions, CLI, 'serve', '--no-demo'], {
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = started;
    const keep = (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-20_000);
    };
    started.stderr?.on('data', keep);
    await new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`serve did not start:\n${output}`)), 60_000);
      started.stdout?.on('data', (chunk: Buffer) => {
        keep(chunk);
        if (output.includes('designdoc server on')) {
          clearTimeout(timer);
          resolve();
        }
      });
      started.once('exit', (code) => {
        clearTimeout(timer);
        reject(new Error(`serve exited with ${code}:\n${output}`));
      });
    });
  };
  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };
  await start();
  return {
    host,
    port,
    pid: () => child?.pid,
    stop,
    restart: async () => {
      await stop();
      await start();
    },
    dispose: async () => {
      await stop();
      await database?.drop();
      rmSync(dataDir, { recursive: true, force: true });
    },
    tail: () => output,
  };
}

/** A new, empty database on this machine's PostgreSQL server, and how to drop it. */
async function createPostgresDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `designdoc_adversarial_${randomUUID().replaceAll('-', '')}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: POSTGRES_URL });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database ${name}`);
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin(`drop database if exists ${name} with (force)`),
  };
}
