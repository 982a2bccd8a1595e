import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';

/** A lint-clean tdd document (the payments-ledger example) as a draft, every question resolved. */
const CLEAN = readFileSync(
  new URL('../../../../../examples/payments-ledger.md', import.meta.url),
  'utf8',
).replace(/^status: approved$/m, 'status: draft');

const FAILING = {
  name: 'check-api',
  result: 'failed',
  commit: 'A1B2C3D4E5F6',
  url: 'https://ci.example.com/jobs/41',
  diagnostics: [
    {
      ruleId: 'api-undocumented-operation',
      severity: 'error',
      message: 'GET /v1/refunds is served but not in the API Contracts',
      line: 88,
      column: 1,
      endLine: 88,
      endColumn: 20,
    },
    {
      ruleId: 'api-status-mismatch',
      severity: 'error',
      message: 'POST /v1/entries answers 422, which the contract does not list',
      line: 92,
      column: 3,
    },
    {
      ruleId: 'api-field-undocumented',
      severity: 'warning',
      message: 'Response field “currency” is not in the contract',
      line: 95,
      column: 3,
    },
  ],
};
const PASSING = { name: 'check-api', result: 'passed', diagnostics: [] };

function expectProblem(response: LightMyRequestResponse, status: number, pointer?: string) {
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toBe('application/problem+json; charset=utf-8');
  if (pointer !== undefined)
    expect(response.json().errors.map((e: { pointer: string }) => e.pointer)).toContain(pointer);
}

const checks = (id: string) => `/api/v1/documents/${id}/checks`;
const report = (app: FastifyInstance, id: string, payload: Record<string, unknown>) =>
  app.inject({ method: 'POST', url: checks(id), payload });
const read = async (app: FastifyInstance, url: string) => {
  const response = await app.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
};

/**
 * Check runs through the API: CI reports runs on a document's versions (authors and write keys
 * may, readers may not, confidential documents stay hidden), they list newest first with the
 * newest of each name, every report is audited, bad reports are refused by field; and a review
 * policy's required checks block approval until their newest run on the head has passed.
 */
export function describeCheckRuns(engine: string, factory: TestDatabaseFactory): void {
  describe(`check runs (${engine})`, () => {
    const current = useTestApp(factory);

    async function team() {
      const { app, user } = current();
      await createWorkspace(app, 'eng');
      const alice = await user('alice', { ws: 'eng', role: 'author' });
      const created = await alice.app.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        headers: { 'content-type': 'text/markdown' },
        payload: CLEAN,
      });
      expect(created.statusCode, created.body).toBe(201);
      return {
        admin: app,
        alice,
        bob: await user('bob', { ws: 'eng', role: 'reviewer' }),
        vic: await user('vic', { ws: 'eng', role: 'viewer' }),
        ci: await user('ci-bot', { ws: 'eng', role: 'author', scopes: ['write'] }),
        reader: await user('reader-bot', { ws: 'eng', role: 'author', scopes: ['read'] }),
        id: created.json().id as string,
        etag: created.headers.etag as string,
      };
    }

    it('stores a reported run on the head version, lists runs newest first with the newest of each name, and audits it', async () => {
      const { ci, alice, vic, id, etag } = await team();
      const failed = await report(ci.app, id, FAILING);
      expect(failed.statusCode, failed.body).toBe(201);
      const stored = failed.json();
      expect(stored).toMatchObject({
        version: 1,
        name: 'check-api',
        result: 'failed',
        errorCount: 2,
        warningCount: 1,
        commit: 'a1b2c3d4e5f6',
        url: 'https://ci.example.com/jobs/41',
        reportedBy: { username: 'ci-bot' },
      });
      expect(stored.diagnostics).toEqual(FAILING.diagnostics);

      const row = await current()
        .connection.db.selectFrom('check_runs')
        .selectAll()
        .where('id', '=', stored.id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        document_id: id,
        version: 1,
        result: 'failed',
        error_count: 2,
        warning_count: 1,
        commit: 'a1b2c3d4e5f6',
        reported_by: ci.id,
      });
      expect(JSON.parse(row.diagnostics)).toEqual(FAILING.diagnostics);
      const audited = await current()
        .connection.db.selectFrom('audit_log')
        .selectAll()
        .where('action', '=', 'check-run.reported')
        .execute();
      expect(audited).toHaveLength(1);
      expect(audited[0]).toMatchObject({ actor: 'ci-bot', target_type: 'document', target_id: id });
      expect(JSON.parse(audited[0]?.details ?? '{}')).toMatchObject({
        checkRun: stored.id,
        name: 'check-api',
        version: 1,
        result: 'failed',
        errorCount: 2,
      });

      // A second version; a schema check on it, then the API check passes on it.
      const saved = await alice.app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': etag },
        payload: `${CLEAN}\nOne more line.\n`,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      const schema = await report(ci.app, id, {
        name: 'check-schema',
        result: 'failed',
        diagnostics: [],
        errorCount: 1500,
        warningCount: 3,
      });
      expect(schema.statusCode, schema.body).toBe(201);
      expect(schema.json()).toMatchObject({ version: 2, errorCount: 1500, warningCount: 3 });
      expect((await report(alice.app, id, PASSING)).statusCode).toBe(201);
      // A late report on version 1 (the CI job of the old commit finished last).
      const late = await report(ci.app, id, { ...PASSING, version: 1 });
      expect(late.json()).toMatchObject({ version: 1, result: 'passed' });

      const list = await read(vic.app, checks(id));
      expect(list.version).toBe(2);
      expect(list.latest.map((r: { name: string; result: string }) => [r.name, r.result])).toEqual([
        ['check-api', 'passed'],
        ['check-schema', 'failed'],
      ]);
      expect(
        list.runs.map((r: { name: string; version: number }) => `${r.name}@${r.version}`),
      ).toEqual(['check-api@1', 'check-api@2', 'check-schema@2', 'check-api@1']);
      expect(list.next).toBeNull();

      const first = await read(vic.app, `${checks(id)}?version=1`);
      expect(first.version).toBe(1);
      expect(first.latest.map((r: { result: string }) => r.result)).toEqual(['passed']);
      expect(first.runs.map((r: { result: string }) => r.result)).toEqual(['passed', 'failed']);

      // Pages of two, with the cursor, walk every run once.
      const page1 = await read(vic.app, `${checks(id)}?limit=2`);
      const page2 = await read(vic.app, `${checks(id)}?limit=2&cursor=${page1.next}`);
      expect(page2.next).toBeNull();
      expect([...page1.runs, ...page2.runs].map((r: { id: string }) => r.id)).toEqual(
        list.runs.map((r: { id: string }) => r.id),
      );
      expectProblem(
        await vic.app.inject({ method: 'GET', url: `${checks(id)}?cursor=nonsense` }),
        400,
        '/cursor',
      );
    });

    it('refuses bad reports by field, readers, and callers who may not see the document', async () => {
      const { admin, ci, vic, reader, user, id } = { ...(await team()), user: current().user };
      const bad = async (payload: Record<string, unknown>, pointer: string) =>
        expectProblem(await report(ci.app, id, { ...PASSING, ...payload }), 400, pointer);
      await bad({ name: 'Check API' }, '/name');
      await bad({ name: `c${'x'.repeat(64)}` }, '/name');
      await bad({ result: 'ok' }, '/result');
      await bad({ commit: 'xyz1234' }, '/commit');
      await bad({ commit: 'abc12' }, '/commit');
      await bad({ url: 'ftp://ci.example.com/1' }, '/url');
      await bad({ url: 'javascript:alert(1)' }, '/url');
      await bad({ version: 9 }, '/version');
      await bad({ extra: true }, '/');
      await bad(
        { diagnostics: [{ ruleId: 'x', severity: 'fatal', message: 'm', line: 1, column: 1 }] },
        '/diagnostics/0/severity',
      );
      await bad(
        { diagnostics: [{ ruleId: 'x', severity: 'error', message: 'm', line: 0, column: 1 }] },
        '/diagnostics/0/line',
      );
      const error = { ruleId: 'x', severity: 'error', message: 'm', line: 1, column: 1 };
      await bad({ diagnostics: [error] }, '/result');
      await bad({ result: 'failed', diagnostics: [error, error], errorCount: 1 }, '/errorCount');
      const missing = await report(ci.app, id, { ...PASSING, version: 9 });
      expect(missing.json().detail).toBe(
        `body /version document ${id} has no version 9 (its head is version 1)`,
      );
      const many = Array.from({ length: 1_001 }, () => ({ ...error, severity: 'warning' }));
      await bad({ result: 'failed', diagnostics: many }, '/diagnostics');
      const huge = Array.from({ length: 1_000 }, () => ({ ...error, message: 'm'.repeat(1_100) }));
      const tooLarge = await report(ci.app, id, { result: 'failed', name: 'x', diagnostics: huge });
      expectProblem(tooLarge, 413);
      expect(tooLarge.json().detail).toContain('at most 1048576 bytes');
      expect(await current().connection.db.selectFrom('check_runs').select('id').execute()).toEqual(
        [],
      );

      // Viewers and read-only keys read runs but do not report them.
      expectProblem(await report(vic.app, id, PASSING), 403);
      expectProblem(await report(reader.app, id, PASSING), 403);
      expect((await read(reader.app, checks(id))).runs).toEqual([]);

      // A confidential document's runs are as hidden as the document.
      const secret = await admin.inject({
        method: 'POST',
        url: '/api/v1/workspaces/eng/documents',
        payload: { markdown: CLEAN.replace('Payments Ledger', 'Secret Ledger'), confidential: {} },
      });
      expect(secret.statusCode, secret.body).toBe(201);
      const secretId = secret.json().id as string;
      for (const who of [ci, vic]) {
        expectProblem(await report(who.app, secretId, PASSING), 404);
        expectProblem(await who.app.inject({ method: 'GET', url: checks(secretId) }), 404);
      }
      const outsider = await user('outsider');
      expectProblem(await outsider.app.inject({ method: 'GET', url: checks(id) }), 404);
      expect((await report(admin, secretId, PASSING)).statusCode).toBe(201);
    });

    it('blocks approval until each required check has passed on the head version', async () => {
      const { admin, alice, bob, ci, id, etag } = await team();
      const policyUrl = '/api/v1/workspaces/eng/review-policy';
      const policy = (await read(admin, policyUrl)) as Record<string, unknown>;
      expect(policy.requiredChecks).toEqual([]);
      expectProblem(
        await admin.inject({
          method: 'PUT',
          url: policyUrl,
          payload: { ...policy, requiredChecks: ['Check API'] },
        }),
        400,
        '/requiredChecks/0',
      );
      const set = await admin.inject({
        method: 'PUT',
        url: policyUrl,
        payload: { ...policy, requiredChecks: ['check-api', 'check-schema'] },
      });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json().requiredChecks).toEqual(['check-api', 'check-schema']);
      // A client that does not know of required checks keeps them when it saves the policy.
      const { requiredChecks: _left, ...older } = policy;
      const kept = await admin.inject({
        method: 'PUT',
        url: policyUrl,
        payload: { ...older, requiredApprovals: 1 },
      });
      expect(kept.json().requiredChecks).toEqual(['check-api', 'check-schema']);

      const moved = await alice.app.inject({
        method: 'POST',
        url: `/api/v1/documents/${id}/transitions`,
        payload: { to: 'in-review', reviewers: ['bob'] },
      });
      expect(moved.statusCode, moved.body).toBe(200);
      const approve = () =>
        bob.app.inject({
          method: 'POST',
          url: `/api/v1/documents/${id}/reviews`,
          payload: { verdict: 'approved' },
        });
      const blockers = async () =>
        (await read(bob.app, `/api/v1/documents/${id}/reviews`)).blockers;

      const none = await approve();
      expectProblem(none, 409);
      expect(none.json().blockers).toEqual([
        { code: 'checks-failing', detail: 'no check-api run was reported for version 1' },
        { code: 'checks-failing', detail: 'no check-schema run was reported for version 1' },
      ]);

      expect((await report(ci.app, id, FAILING)).statusCode).toBe(201);
      expect((await report(ci.app, id, { ...PASSING, name: 'check-schema' })).statusCode).toBe(201);
      const failing = await approve();
      expectProblem(failing, 409);
      expect(failing.json().detail).toBe(
        'Approval is blocked: check-api has not passed on version 1 (2 errors, 1 warning)',
      );
      expect(await blockers()).toEqual([
        {
          code: 'approvals-missing',
          detail: '0 of 1 required approval from someone other than the authors',
        },
        {
          code: 'checks-failing',
          detail: 'check-api has not passed on version 1 (2 errors, 1 warning)',
        },
      ]);

      // Runs count for the version they checked: a new version needs runs of its own.
      expect((await report(ci.app, id, PASSING)).statusCode).toBe(201);
      const saved = await alice.app.inject({
        method: 'PUT',
        url: `/api/v1/documents/${id}`,
        headers: { 'content-type': 'text/markdown', 'if-match': etag },
        payload: `${CLEAN}\nOne more line.\n`,
      });
      expect(saved.statusCode, saved.body).toBe(200);
      expect((await approve()).json().blockers).toEqual([
        { code: 'checks-failing', detail: 'no check-api run was reported for version 2' },
        { code: 'checks-failing', detail: 'no check-schema run was reported for version 2' },
      ]);

      // The newest run of each counts: both pass on version 2, and the approval goes through.
      expect((await report(ci.app, id, FAILING)).statusCode).toBe(201);
      expect((await report(ci.app, id, PASSING)).statusCode).toBe(201);
      expect((await report(ci.app, id, { ...PASSING, name: 'check-schema' })).statusCode).toBe(201);
      const approved = await approve();
      expect(approved.statusCode, approved.body).toBe(201);
      expect(approved.json().document.status).toBe('approved');
    });
  });
}
