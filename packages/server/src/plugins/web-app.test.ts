import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase } from '../../test/databases.js';
import { startTestApp } from '../../test/test-app.js';
import { buildApp } from '../app.js';
import { loadServerConfig } from '../config.js';
import { WEB_APP_DIR } from './web-app.js';

/** An asset the build precompresses (over 1 KB). */
const BIG = `export const words = ${JSON.stringify('design document '.repeat(400))};\n`;

const INDEX =
  '<!doctype html><title>designdoc</title><script type="module" src="/assets/app-1a2b.js"></script>';

describe('the web app at /', () => {
  let root: string;
  let empty: string;
  let apps: Awaited<ReturnType<typeof buildApp>>[] = [];
  let database: Awaited<ReturnType<typeof sqliteDatabase>>;

  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'designdoc-web-'));
    empty = mkdtempSync(join(tmpdir(), 'designdoc-web-empty-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), INDEX);
    writeFileSync(join(root, 'assets', 'app-1a2b.js'), 'console.log(1);');
    writeFileSync(join(root, 'assets', 'big-3c4d.js'), BIG);
    writeFileSync(join(root, 'assets', 'big-3c4d.js.br'), brotliCompressSync(BIG));
    writeFileSync(join(root, 'assets', 'big-3c4d.js.gz'), gzipSync(BIG));
    writeFileSync(join(root, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    database = await sqliteDatabase();
  });
  afterAll(async () => {
    await Promise.all(apps.map((app) => app.close()));
    apps = [];
    await database.drop();
    rmSync(root, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  const appWith = async (webAppDir: string) => {
    const config = loadServerConfig({}, process.cwd(), { demo: false });
    const app = await buildApp({ config, database: database.connection, webAppDir });
    apps.push(app);
    return app;
  };

  it('serves index.html at / and at client routes, never cached, with a strict CSP', async () => {
    const app = await appWith(root);
    for (const url of [
      '/',
      '/documents/0b5e7a8e-1111-4222-8333-944445555666/edit',
      '/search?q=x',
    ]) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(200);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.body).toBe(INDEX);
      expect(response.headers['cache-control']).toBe('no-cache');
      const csp = String(response.headers['content-security-policy']);
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(csp).toContain("frame-ancestors 'none'");
      expect(response.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  it('serves hashed assets with a year of immutable caching, and 404s a missing one', async () => {
    const app = await appWith(root);
    const asset = await app.inject({ url: '/assets/app-1a2b.js' });
    expect(asset.statusCode).toBe(200);
    expect(asset.headers['content-type']).toMatch(/javascript/);
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const missing = await app.inject({ url: '/assets/gone-0000.js' });
    expect(missing.statusCode).toBe(404);
    const icon = await app.inject({ url: '/favicon.svg' });
    expect(icon.statusCode).toBe(200);
    expect(icon.headers['content-type']).toMatch(/svg/);
  });

  it('sends an asset in the encoding the browser accepts, from the forms the build wrote', async () => {
    const app = await appWith(root);
    const asked = async (acceptEncoding: string | undefined) => {
      const response = await app.inject({
        url: '/assets/big-3c4d.js',
        headers: acceptEncoding === undefined ? {} : { 'accept-encoding': acceptEncoding },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toMatch(
        /^text\/javascript|^application\/javascript/,
      );
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(String(response.headers.vary)).toMatch(/accept-encoding/i);
      return response;
    };
    const brotli = await asked('gzip, deflate, br');
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(brotli.rawPayload).toString()).toBe(BIG);
    expect(brotli.rawPayload.length).toBeLessThan(BIG.length / 10);
    const gzip = await asked('gzip');
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gzip.rawPayload).toString()).toBe(BIG);
    const plain = await asked(undefined);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(BIG);
  });

  it('is built with the brotli and gzip form of every script and stylesheet over 1 KB', () => {
    const assets = join(WEB_APP_DIR, 'assets');
    const files = readdirSync(assets).filter((f) => /\.(?:js|css)$/.test(f));
    const large = files.filter((f) => statSync(join(assets, f)).size >= 1024);
    expect(large.length).toBeGreaterThan(5);
    for (const file of large) {
      const bytes = readFileSync(join(assets, file));
      const brotli = brotliDecompressSync(readFileSync(join(assets, `${file}.br`)));
      const gzip = gunzipSync(readFileSync(join(assets, `${file}.gz`)));
      // Buffer#equals: a deep comparison of megabytes is slow.
      expect(brotli.equals(bytes) && gzip.equals(bytes), file).toBe(true);
    }
  });

  it('keeps the 404 problem for API and operations paths', async () => {
    const app = await appWith(root);
    for (const url of ['/api/v1/no-such-thing', '/api', '/api/docs/nothing-here/x.js']) {
      const response = await app.inject({ url });
      expect(response.statusCode, url).toBe(404);
      expect(response.headers['content-type'], url).toMatch(/^application\/problem\+json/);
    }
    expect((await app.inject({ url: '/healthz' })).statusCode).toBe(200);
    const metrics = await app.inject({ url: '/metrics' });
    expect(metrics.headers['content-type']).toMatch(/^text\/plain/);
    expect((await app.inject({ url: '/api/docs' })).headers['content-security-policy']).not.toBe(
      (await app.inject({ url: '/' })).headers['content-security-policy'],
    );
  });

  it('without a build still starts: / says how to build the app, the API works', async () => {
    const app = await appWith(empty);
    const page = await app.inject({ url: '/' });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('npm run build');
    expect((await app.inject({ url: '/api/v1/auth/providers' })).statusCode).toBe(200);
    expect((await app.inject({ url: '/documents' })).statusCode).toBe(404);
  });

  it('declares public access on its routes', async () => {
    const test = await startTestApp(sqliteDatabase);
    try {
      const routes = test.anonymous.routeTable.filter((r) => !r.url.startsWith('/api/'));
      expect(routes.filter((r) => r.access === undefined)).toEqual([]);
    } finally {
      await test.close();
    }
  });
});
