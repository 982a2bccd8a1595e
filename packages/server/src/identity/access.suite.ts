import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createDocument, createWorkspace } from '../../test/api.js';
import type { TestDatabaseFactory } from '../../test/databases.js';
import { startTestApp, type TestApp, useTestApp } from '../../test/test-app.js';
import { createApiKey } from './api-keys.js';
import {
  allowsInstance,
  allowsInWorkspace,
  type Caller,
  INSTANCE_PERMISSIONS,
  ROLES,
  type Role,
  WORKSPACE_PERMISSIONS,
} from './policy.js';

/** The callers every route is tried as: a role in workspace alpha, or none there. */
const CALLERS = [
  'anonymous',
  'outsider',
  'viewer',
  'author',
  'reviewer',
  'admin',
  'instance-admin',
] as const;
type CallerName = (typeof CALLERS)[number];

const MARKDOWN = '# Ledger\n\n## Overview\n\nText.\n';

/**
 * Who may do what, written out by hand: the policy module must say exactly this. A change to
 * the policy fails here until this table says the same (which is the point).
 */
const EXPECTED_WORKSPACE_MATRIX: Record<string, Role> = {
  'workspace:read': 'viewer',
  'document:read': 'viewer',
  'document:write': 'author',
  'document:archive': 'author',
  'document:restrict': 'author',
  'document:restore': 'admin',
  'workspace:update': 'admin',
  'workspace:members': 'admin',
  'templates:manage': 'admin',
  'review:request': 'author',
  'review:submit': 'reviewer',
  'document:decide': 'reviewer',
  'comment:write': 'viewer',
  'comment:resolve': 'author',
  'webhooks:manage': 'admin',
};

/** Did the access layer refuse (rather than the route answer, whatever it answered)? */
function refused(status: number, body: string): boolean {
  if (status === 401 || status === 403) return true;
  return status === 404 && /"detail":"No (workspace|document) /.test(body);
}

/**
 * Call a route as a client would and read its answer. A live event stream never ends by itself:
 * its status and headers are the answer (a refusal is a problem body, read whole), and the client
 * then hangs up, as a browser leaving the page does.
 */
async function call(
  app: FastifyInstance,
  method: string,
  url: string,
): Promise<{ statusCode: number; body: string }> {
  const response = await app.inject({ method: method as 'GET', url, payloadAsStream: true });
  if (String(response.headers['content-type']).startsWith('text/event-stream')) {
    (response.raw.res as { destroy(): void }).destroy();
    return { statusCode: response.statusCode, body: '' };
  }
  let body = '';
  for await (const chunk of response.stream()) body += chunk;
  return { statusCode: response.statusCode, body };
}

/**
 * The route table against the policy: every /api/v1 route declares its access, and for each,
 * every kind of caller gets exactly what the policy allows (tried on a fresh database each,
 * because an allowed request may change what the next one finds).
 */
export function describeAccess(factory: TestDatabaseFactory): void {
  describe('access: the policy', () => {
    it('gives each workspace role exactly the permissions of the table', () => {
      expect(
        Object.fromEntries(Object.entries(WORKSPACE_PERMISSIONS).map(([p, r]) => [p, r.role])),
      ).toEqual(EXPECTED_WORKSPACE_MATRIX);
      const person: Caller = { userId: 'u', username: 'u', instanceAdmin: false, scopes: null };
      for (const [permission, weakest] of Object.entries(EXPECTED_WORKSPACE_MATRIX))
        for (const role of ROLES)
          expect(
            allowsInWorkspace(person, role, permission as keyof typeof WORKSPACE_PERMISSIONS),
            `${role} ${permission}`,
          ).toBe(ROLES.indexOf(role) >= ROLES.indexOf(weakest));
      expect(allowsInWorkspace(person, null, 'document:read')).toBe(false);
      expect(allowsInWorkspace({ ...person, instanceAdmin: true }, null, 'document:restore')).toBe(
        true,
      );
    });

    it('bounds API keys by their scopes, whatever the role', () => {
      const key = (scopes: Caller['scopes']): Caller => ({
        userId: 'u',
        username: 'u',
        instanceAdmin: true,
        scopes,
      });
      expect(allowsInWorkspace(key(['read']), 'admin', 'document:read')).toBe(true);
      expect(allowsInWorkspace(key(['read']), 'admin', 'document:write')).toBe(false);
      expect(allowsInWorkspace(key(['write']), 'admin', 'document:write')).toBe(true);
      expect(allowsInWorkspace(key(['write']), 'admin', 'workspace:members')).toBe(false);
      expect(allowsInstance(key(['write']), 'users:manage')).toBe(false);
      expect(allowsInstance(key(['admin']), 'users:manage')).toBe(true);
      expect(allowsInstance({ ...key(null), instanceAdmin: false }, 'audit:read')).toBe(false);
      expect(Object.keys(INSTANCE_PERMISSIONS)).toEqual([
        'signed-in',
        'signed-in:write',
        'users:manage',
        'audit:read',
      ]);
    });
  });

  describe('access: every route against every caller', () => {
    const current = useTestApp(factory);

    /** Workspace alpha with one member of each role, a document and an archived one; beta with the outsider. */
    async function fixture(test: TestApp) {
      const { app, user } = test;
      await createWorkspace(app, 'alpha');
      await createWorkspace(app, 'beta');
      const document = await createDocument(app, MARKDOWN, 'alpha');
      const archived = await createDocument(app, MARKDOWN.replace('Ledger', 'Old'), 'alpha');
      await app.inject({ method: 'DELETE', url: `/api/v1/documents/${archived.id}` });
      const admin = await test.connection.db
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      const callers = new Map<CallerName, { app: FastifyInstance; caller: Caller | null }>();
      callers.set('anonymous', { app: test.anonymous, caller: null });
      callers.set('instance-admin', {
        app,
        caller: { userId: admin.id, username: 'admin', instanceAdmin: true, scopes: null },
      });
      const outsider = await user('outsider', { ws: 'beta', role: 'admin' });
      callers.set('outsider', {
        app: outsider.app,
        caller: { userId: outsider.id, username: 'outsider', instanceAdmin: false, scopes: null },
      });
      for (const role of ROLES) {
        const member = await user(`${role}1`, { ws: 'alpha', role });
        callers.set(role, {
          app: member.app,
          caller: { userId: member.id, username: `${role}1`, instanceAdmin: false, scopes: null },
        });
      }
      const template = await app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/alpha/templates',
        headers: { 'content-type': 'application/yaml' },
        payload:
          'name: custom\ntitle: Custom\nsections:\n  - { id: overview, title: Overview, level: 2, required: true, content: [{ kind: prose }] }\n',
      });
      expect(template.statusCode, template.body).toBe(201);
      return { document, archived, callers };
    }

    const table = () => current().anonymous.routeTable;

    it('has a declared access for every /api/v1 route', () => {
      const undeclared = table()
        .filter((r) => r.url.startsWith('/api/v1/') && r.access === undefined)
        .map((r) => `${r.method} ${r.url}`);
      expect(undeclared).toEqual([]);
    });

    it('lets each caller use each route exactly as the policy says', async () => {
      const routes = table().filter((r) => r.url.startsWith('/api/v1/') && r.access);
      expect(routes.length).toBeGreaterThan(30);
      const mismatches: string[] = [];
      let test: Awaited<ReturnType<typeof startTestApp>> | undefined;
      let world: Awaited<ReturnType<typeof fixture>> | undefined;
      try {
        for (const route of routes)
          for (const name of CALLERS) {
            // A fresh database whenever the last try may have changed something.
            if (!test || !world) {
              test = await startTestApp(factory);
              world = await fixture(test);
            }
            const { document, archived, callers } = world;
            const { app, caller } = callers.get(name) as {
              app: FastifyInstance;
              caller: Caller | null;
            };
            const access = route.access as NonNullable<typeof route.access>;
            let allowed: boolean;
            if ('public' in access) allowed = true;
            else if (!caller) allowed = false;
            else if ('instance' in access) allowed = allowsInstance(caller, access.instance);
            else {
              const role = name === 'outsider' || name === 'instance-admin' ? null : (name as Role);
              allowed = allowsInWorkspace(
                caller,
                role,
                'workspace' in access ? access.workspace : access.document,
              );
            }
            let keyId = 'none';
            if (route.url.startsWith('/api/v1/api-keys/') && caller)
              keyId = (
                await createApiKey(test.connection.db, {
                  userId: caller.userId,
                  name: 'to revoke',
                  scopes: ['read'],
                  expiresAt: null,
                })
              ).row.id;
            const id = route.url.startsWith('/api/v1/api-keys/')
              ? keyId
              : route.url.endsWith('/restore')
                ? archived.id
                : document.id;
            const url = route.url
              .replace(':ws', 'alpha')
              .replace(':n', '1')
              .replace(':name', 'custom')
              .replace(':username', 'viewer1')
              .replace(':id', id);
            const { statusCode, body } = await call(app, route.method, url);
            if (refused(statusCode, body) === allowed)
              mismatches.push(
                `${name} ${route.method} ${route.url}: expected ${allowed ? 'allowed' : 'refused'}, got ${statusCode} ${body.slice(0, 160)}`,
              );
            if (route.method !== 'GET' && statusCode < 400) {
              await test.close();
              test = undefined;
            }
          }
      } finally {
        await test?.close();
      }
      expect(mismatches).toEqual([]);
    }, 180_000);
  });
}
