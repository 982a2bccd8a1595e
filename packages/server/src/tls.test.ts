import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { request } from 'node:https';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sqliteDatabase, type TestDatabase } from '../test/databases.js';
import { buildApp } from './app.js';
import { loadServerConfig, type ServerConfigError } from './config.js';
import { bootstrapFirstAdmin } from './identity/bootstrap.js';
import { insertUser } from './identity/users.js';

/** Certificates made with the machine's openssl: a CA, the server's, a client's, and a stranger's. */
function makeCertificates(dir: string) {
  const openssl = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const key = (name: string) =>
    openssl(
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-days',
      '2',
      '-subj',
      `/CN=${name} CA`,
      '-keyout',
      `${name}-ca.key`,
      '-out',
      `${name}-ca.pem`,
    );
  key('trusted');
  key('stranger');
  const issue = (name: string, subject: string, ca: string, extra: string[] = []) => {
    openssl(
      'req',
      '-newkey',
      'rsa:2048',
      '-nodes',
      '-subj',
      subject,
      '-keyout',
      `${name}.key`,
      '-out',
      `${name}.csr`,
    );
    openssl(
      'x509',
      '-req',
      '-in',
      `${name}.csr`,
      '-CA',
      `${ca}-ca.pem`,
      '-CAkey',
      `${ca}-ca.key`,
      '-CAcreateserial',
      '-days',
      '2',
      '-out',
      `${name}.pem`,
      ...extra,
    );
  };
  execFileSync('sh', ['-c', 'printf "subjectAltName=IP:127.0.0.1\\n" > san.ext'], { cwd: dir });
  issue('server', '/CN=127.0.0.1', 'trusted', ['-extfile', 'san.ext']);
  issue('ci', '/O=Acme/CN=ci-runner', 'trusted');
  issue('unmapped', '/O=Acme/CN=someone', 'trusted');
  issue('forged', '/O=Acme/CN=ci-runner', 'stranger');
  const file = (name: string) => readFileSync(join(dir, name), 'utf8');
  const client = (name: string) => ({ cert: file(`${name}.pem`), key: file(`${name}.key`) });
  return {
    ca: file('trusted-ca.pem'),
    ci: client('ci'),
    unmapped: client('unmapped'),
    forged: client('forged'),
  };
}

/** A request over HTTPS with an optional client certificate (GET unless `init` says); status and body. */
function get(
  port: number,
  path: string,
  ca: string,
  client?: { cert: string; key: string },
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: init.method ?? 'GET',
        headers: init.headers ?? {},
        ca,
        ...(client ?? {}),
      },
      (res) => {
        let body = '';
        res.on('data', (chunk) => (body += chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      },
    );
    req.on('error', reject);
    req.end(init.body);
  });
}

describe('HTTPS and client certificates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'designdoc-tls-'));
  const certs = makeCertificates(dir);
  const apps: FastifyInstance[] = [];
  const databases: TestDatabase[] = [];

  async function serve(env: Record<string, string>): Promise<number> {
    const database = await sqliteDatabase();
    databases.push(database);
    const config = loadServerConfig(
      {
        TLS_CERT_FILE: join(dir, 'server.pem'),
        TLS_KEY_FILE: join(dir, 'server.key'),
        TLS_CLIENT_CA_FILE: join(dir, 'trusted-ca.pem'),
        TLS_CLIENT_SUBJECTS: 'CN=ci-runner, O=Acme=>ci-bot',
        ...env,
      },
      process.cwd(),
      { demo: false },
    );
    expect(config.publicUrl).toBe('https://127.0.0.1:8080');
    await bootstrapFirstAdmin(database.connection.db, {
      ...config,
      adminPassword: 'correct horse battery staple',
    });
    await insertUser(database.connection.db, { username: 'ci-bot', password: null });
    const app = await buildApp({ config, database: database.connection });
    apps.push(app);
    await app.listen({ host: '127.0.0.1', port: 0 });
    return (app.server.address() as { port: number }).port;
  }

  let optional = 0;
  let required = 0;
  beforeAll(async () => {
    optional = await serve({ TLS_CLIENT_CERTIFICATES: 'optional' });
    required = await serve({ TLS_CLIENT_CERTIFICATES: 'required' });
  });
  afterAll(async () => {
    for (const app of apps) await app.close();
    for (const database of databases) await database.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('serves HTTPS, and signs a mapped client certificate in as its service account', async () => {
    expect(await get(optional, '/healthz', certs.ca)).toEqual({
      status: 200,
      body: '{"status":"ok"}',
    });
    const me = await get(optional, '/api/v1/me', certs.ca, certs.ci);
    expect(me.status).toBe(200);
    expect(JSON.parse(me.body).user.username).toBe('ci-bot');
    // Optional: no certificate, or one no account is mapped to, is simply not an identity.
    expect((await get(optional, '/api/v1/me', certs.ca)).status).toBe(401);
    expect((await get(optional, '/api/v1/me', certs.ca, certs.unmapped)).status).toBe(401);
    // Same subject, signed by a CA the server does not trust: not verified, not signed in.
    expect((await get(optional, '/api/v1/me', certs.ca, certs.forged)).status).toBe(401);
    // A browser presents the certificate by itself: a change from another site is refused.
    const create = (site: string) =>
      get(optional, '/api/v1/workspaces', certs.ca, certs.ci, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'sec-fetch-site': site },
        body: '{"slug":"ci-space","name":"CI"}',
      });
    expect((await create('cross-site')).status).toBe(403);
    expect((await create('same-origin')).status).toBe(201);
  });

  it('requires a verified client certificate for the API when told to', async () => {
    const none = await get(required, '/api/v1/openapi.json', certs.ca);
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body)).toMatchObject({
      type: expect.stringMatching(/#problem-client-certificate-required$/),
    });
    expect((await get(required, '/api/v1/openapi.json', certs.ca, certs.forged)).status).toBe(401);
    expect((await get(required, '/api/v1/openapi.json', certs.ca, certs.unmapped)).status).toBe(
      200,
    );
    expect((await get(required, '/api/v1/me', certs.ca, certs.ci)).status).toBe(200);
    // Health checks stay open to the load balancer.
    expect((await get(required, '/healthz', certs.ca)).status).toBe(200);
  });

  it('names bad TLS settings at start', () => {
    const problems = (env: Record<string, string>) => {
      try {
        loadServerConfig(env, process.cwd());
        return [];
      } catch (error) {
        return (error as ServerConfigError).problems;
      }
    };
    expect(problems({ TLS_CERT_FILE: join(dir, 'server.pem') })).toEqual([
      'TLS_CERT_FILE and TLS_KEY_FILE go together: set both, or neither',
    ]);
    expect(
      problems({
        TLS_CERT_FILE: join(dir, 'nope.pem'),
        TLS_KEY_FILE: join(dir, 'server.key'),
        TLS_CLIENT_CERTIFICATES: 'always',
        TLS_CLIENT_SUBJECTS: 'CN=x',
      }),
    ).toEqual([
      'TLS_CLIENT_CERTIFICATES “always” must be one of off, optional, required',
      'TLS_CLIENT_SUBJECTS entry “CN=x” must be SUBJECT=>username, e.g. CN=ci-runner,O=Acme=>ci-bot',
      expect.stringMatching(/^TLS_CERT_FILE .*nope\.pem cannot be read: ENOENT/),
    ]);
    expect(problems({ TLS_CLIENT_CA_FILE: 'ca.pem' })).toEqual([
      'TLS_CLIENT_CA_FILE needs TLS_CERT_FILE and TLS_KEY_FILE (HTTPS)',
    ]);
  });
});
