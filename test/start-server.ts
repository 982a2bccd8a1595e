import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, expect } from 'vitest';
import { BIN } from './repo-paths.js';

/** The admin API key every test server is started with (DESIGNDOC_BOOTSTRAP_TOKEN). */
export const TEST_TOKEN = 'cli-test-admin-token-0123456789abcdefghijkl';
/** Headers that authenticate as that admin. */
export const ADMIN_HEADERS = { authorization: `Bearer ${TEST_TOKEN}` };

/**
 * Start `designdoc serve` on a free port as a user would, with DESIGNDOC_BOOTSTRAP_TOKEN set to
 * TEST_TOKEN (unless `env` sets it); resolves with its address.
 */
async function startServer(
  children: ChildProcess[],
  env: Record<string, string>,
  args: string[] = [],
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'serve', '--port', '0', ...args], {
    env: {
      PATH: process.env.PATH ?? '',
      LOG_LEVEL: 'warn',
      DESIGNDOC_BOOTSTRAP_TOKEN: TEST_TOKEN,
      ...env,
    },
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 20_000);
    child.stdout?.on('data', () => {
      const match = output.match(/designdoc server on (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.on('exit', (code) => reject(new Error(`exited early with ${code}:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/**
 * For a test file: a starter of `designdoc serve` processes, each killed after its test even
 * when the test fails.
 */
export function useServers(): (
  env: Record<string, string>,
  args?: string[],
) => ReturnType<typeof startServer> {
  const children: ChildProcess[] = [];
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
  });
  return (env, args = []) => startServer(children, env, args);
}

/** A JSON request to a running server as its first-run admin, expecting `status`; the parsed body. */
export async function callAsAdmin(
  base: string,
  method: string,
  path: string,
  body: unknown,
  status: number,
): Promise<Record<string, unknown>> {
  const response = await fetch(`${base}${path.slice(1)}`, {
    method,
    headers: { ...ADMIN_HEADERS, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  expect(response.status, text).toBe(status);
  return text ? (JSON.parse(text) as Record<string, unknown>) : {};
}
