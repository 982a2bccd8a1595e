import { type ChildProcess, spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { useTempDirs } from '../../../../test/temp-dir.js';
import { BIN } from '../../test/paths.js';
import { runCli } from '../../test/run-cli.js';
import { NOTIFICATIONS, siteFixture } from '../../test/site-fixture.js';

const tempDir = useTempDirs();
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null) child.kill('SIGKILL');
});

/** Start `designdoc preview` as a user would and wait for the address it prints. */
async function startPreview(
  cwd: string,
): Promise<{ child: ChildProcess; url: string; output: () => string }> {
  const child = spawn(process.execPath, [BIN, 'preview', 'docs', '--port', '0'], {
    cwd,
    env: { PATH: process.env.PATH ?? '' },
  });
  children.push(child);
  let output = '';
  child.stdout?.on('data', (chunk) => (output += chunk));
  child.stderr?.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no address printed:\n${output}`)), 15_000);
    child.stdout?.on('data', () => {
      const match = output.match(/Previewing at (http:\/\/127\.0\.0\.1:\d+\/)/);
      if (match) {
        clearTimeout(timer);
        resolve(match[1] as string);
      }
    });
    child.on('exit', () => reject(new Error(`exited early:\n${output}`)));
  });
  return { child, url, output: () => output };
}

/** Read server-sent events until one named `name` arrives. */
async function waitForEvent(url: string, name: string, whenConnected: () => void): Promise<void> {
  const response = await fetch(url);
  expect(response.headers.get('content-type')).toBe('text/event-stream');
  const reader = (response.body as ReadableStream<Uint8Array>).getReader();
  const decoder = new TextDecoder();
  let text = '';
  let connected = false;
  for (;;) {
    const { value, done } = await reader.read();
    if (done) throw new Error(`stream ended before “${name}”:\n${text}`);
    text += decoder.decode(value);
    if (!connected && text.includes(': connected')) {
      connected = true;
      whenConnected();
    }
    if (text.includes(`event: ${name}\n`)) {
      await reader.cancel();
      return;
    }
  }
}

const previewFolders = () =>
  readdirSync(tmpdir()).filter((n) => n.startsWith('designdoc-preview-'));

describe('designdoc preview', () => {
  it('serves the site, rebuilds when a document changes, tells open pages to reload, and cleans up on stop', async () => {
    const dir = tempDir(siteFixture());
    const foldersBefore = previewFolders();
    const { child, url, output } = await startPreview(dir.path);
    expect(output()).toMatch(/^Built 3 documents into preview \(3 rendered/);

    const page = await fetch(`${url}docs/notifications.html`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await page.text();
    expect(html).toContain('<script src="/__designdoc/live-reload.js" defer></script>');
    expect((await fetch(`${url}__designdoc/live-reload.js`)).status).toBe(200);
    expect((await fetch(`${url}no/such/page.html`)).status).toBe(404);
    expect((await fetch(`${url}..%2f..%2fetc%2fpasswd`)).status).toBe(403);

    await waitForEvent(`${url}__designdoc/events`, 'reload', () =>
      dir.write(
        'docs/notifications.md',
        NOTIFICATIONS.replace('email and push', 'email, push and pigeon'),
      ),
    );
    expect(await (await fetch(`${url}docs/notifications.html`)).text()).toContain(
      'email, push and pigeon',
    );
    expect(output()).toMatch(/Built 3 documents into preview \(1 rendered, 2 unchanged/);

    child.kill('SIGTERM');
    const code = await new Promise((resolve) => child.on('exit', resolve));
    expect(code).toBe(0);
    expect(previewFolders().filter((n) => !foldersBefore.includes(n))).toEqual([]);
  });

  it('listens on loopback addresses only', async () => {
    const dir = tempDir(siteFixture());
    const result = await runCli(['preview', 'docs', '--host', '0.0.0.0'], { cwd: dir.path });
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'designdoc: Invalid --host “0.0.0.0”: preview serves drafts on a loopback address only (127.0.0.1, ::1 or localhost)\n',
    );
  });

  it('says when the port is taken', async () => {
    const dir = tempDir(siteFixture());
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as { port: number }).port;
    try {
      const result = await runCli(['preview', 'docs', '--port', String(port)], {
        cwd: dir.path,
      });
      expect(result.code).toBe(2);
      expect(result.stderr).toBe(
        `designdoc: Port ${port} on 127.0.0.1 is in use; choose another with --port (0 picks a free one)\n`,
      );
    } finally {
      blocker.close();
    }
  });
});
