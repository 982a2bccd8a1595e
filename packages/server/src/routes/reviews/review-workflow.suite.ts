import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { createWorkspace } from '../../../test/api.js';
import type { TestDatabaseFactory } from '../../../test/databases.js';
import { useTestApp } from '../../../test/test-app.js';
import { STATUSES, TRANSITIONS } from '../../reviews/lifecycle.js';

/** A clean tdd document (the payments-ledger example) as a draft, every question resolved. */
const CLEAN = readFileSync(
  new URL('../../../../../examples/payments-ledger.md', import.meta.url),
  'utf8',
).replace(/^status: approved$/m, 'status: draft');
const FIRST_QUESTION = 'Should balances be computed on read instead of maintained on write?';
/** The same with its first question still open. */
const OPEN_QUESTION = CLEAN.replace(
  `${FIRST_QUESTION} - Status: Resolved`,
  `${FIRST_QUESTION} - Status: Open`,
);

async function post(app: FastifyInstance, url: string, payload: unknown) {
  return app.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
}

async function create(app: FastifyInstance, markdown: string, title?: string) {
  const response = await app.inject({
    method: 'POST',
    url: '/api/v1/workspaces/eng/documents',
    headers: { 'content-type': 'text/markdown' },
    payload: title ? markdown.replace(/^title: .*$/m, `title: ${title}`) : markdown,
  });
  expect(response.statusCode, response.body).toBe(201);
  return { id: response.json().id as string, etag: response.headers.etag as string };
}

async function save(app: FastifyInstance, id: string, etag: string, markdown: string) {
  const response = await app.inject({
    method: 'PUT',
    url: `/api/v1/documents/${id}`,
    headers: { 'content-type': 'text/markdown', 'if-match': etag },
    payload: markdown,
  });
  expect(response.statusCode, response.body).toBe(200);
  return { etag: response.headers.etag as string, status: response.json().status as string };
}

const move = (app: FastifyInstance, id: string, body: Record<string, unknown>) =>
  post(app, `/api/v1/documents/${id}/transitions`, body);
const review = (app: FastifyInstance, id: string, body: Record<string, unknown>) =>
  post(app, `/api/v1/documents/${id}/reviews`, body);
const reviewState = async (app: FastifyInstance, id: string) =>
  (await app.inject({ method: 'GET', url: `/api/v1/documents/${id}/reviews` })).json();
const waiting = async (app: FastifyInstance) =>
  (await app.inject({ method: 'GET', url: '/api/v1/me/reviews' }))
    .json()
    .items.map((i: { document: { id: string } }) => i.document.id);

/**
 * The review workflow through the API with several users and roles: the lifecycle, every
 * refused move, reviews with the policy's gates, approvals dismissed by new versions, the
 * status timeline, and the events and audit entries it all leaves.
 */
export function describeReviewWorkflow(engine: string, factory: TestDatabaseFactory): void {
  describe(`review workflow (${engine})`, () => {
    const current = useTestApp(factory);

    async function team() {
      const { app, user } = current();
      await createWorkspace(app, 'eng');
      return {
        admin: app,
        alice: (await user('alice', { ws: 'eng', role: 'author' })).app,
        bob: (await user('bob', { ws: 'eng', role: 'reviewer' })).app,
        carol: (await user('carol', { ws: 'eng', role: 'reviewer' })).app,
        vic: (await user('vic', { ws: 'eng', role: 'viewer' })).app,
        outsider: (await user('outsider')).app,
      };
    }

    it('takes a document from draft through review to approved, and back to review when edited', async () => {
      const { alice, bob, carol, vic, outsider } = await team();
      let { id, etag } = await create(alice, OPEN_QUESTION);
      expect((await reviewState(alice, id)).status).toBe('draft');

      // Asking for review: authors may, viewers and outsiders may not, and it names reviewers.
      expect((await move(vic, id, { to: 'in-review', reviewers: ['bob'] })).statusCode).toBe(403);
      expect((await move(outsider, id, { to: 'in-review', reviewers: ['bob'] })).statusCode).toBe(
        404,
      );
      const skip = await move(alice, id, { to: 'approved' });
      expect(skip.statusCode).toBe(409);
      expect(skip.json()).toMatchObject({ status: 'draft', allowed: ['in-review'] });
      expect(skip.headers['content-type']).toContain('application/problem+json');
      const nobody = await move(alice, id, { to: 'in-review' });
      expect(nobody.statusCode).toBe(400);
      expect(nobody.json().errors).toEqual([
        { in: 'body', pointer: '/reviewers', detail: 'name at least one reviewer' },
      ]);
      const wrong = await move(alice, id, { to: 'in-review', reviewers: ['bob', 'vic', 'nobody'] });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors.map((e: { pointer: string }) => e.pointer)).toEqual([
        '/reviewers/1',
        '/reviewers/2',
      ]);
      const asked = await move(alice, id, {
        to: 'in-review',
        reviewers: ['bob', 'carol'],
        comment: 'Ready for a look',
      });
      expect(asked.statusCode, asked.body).toBe(200);
      expect(asked.json().document.status).toBe('in-review');
      expect(await waiting(bob)).toEqual([id]);
      expect(await waiting(vic)).toEqual([]);

      // Deciding is for reviewers; the open question blocks approval.
      expect((await review(alice, id, { verdict: 'approved' })).statusCode).toBe(403);
      expect((await move(alice, id, { to: 'approved' })).statusCode).toBe(403);
      const blocked = await review(bob, id, { verdict: 'approved' });
      expect(blocked.statusCode).toBe(409);
      expect(blocked.json().blockers).toEqual([
        {
          code: 'open-questions',
          detail: `1 open question is not marked Resolved: “${FIRST_QUESTION}”`,
        },
      ]);

      // The author resolves it; a verdict on the old version is refused.
      ({ etag } = await save(alice, id, etag, CLEAN));
      const old = await review(bob, id, { verdict: 'approved', version: 1 });
      expect(old.statusCode).toBe(409);
      expect(old.json().detail).toContain('no longer the head (version 2)');
      expect((await review(carol, id, { verdict: 'changes-requested' })).statusCode).toBe(400);
      const changes = await review(carol, id, {
        verdict: 'changes-requested',
        body: 'Say how long the idempotency keys are kept.',
        version: 2,
      });
      expect(changes.statusCode).toBe(201);
      expect(changes.json().review).toMatchObject({
        version: 2,
        verdict: 'changes-requested',
        reviewer: { username: 'carol' },
        dismissed: false,
      });
      expect((await review(bob, id, { verdict: 'approved' })).json().document.status).toBe(
        'in-review',
      );
      const waitingOnCarol = await move(bob, id, { to: 'approved' });
      expect(waitingOnCarol.statusCode).toBe(409);
      expect(waitingOnCarol.json().blockers).toEqual([
        { code: 'changes-requested', detail: 'Changes requested by carol' },
      ]);
      let state = await reviewState(bob, id);
      expect(
        state.reviewers.map((r: { username: string; state: string }) => [r.username, r.state]),
      ).toEqual([
        ['bob', 'approved'],
        ['carol', 'changes-requested'],
      ]);
      expect(state.approvals).toBe(1);
      expect(await waiting(bob)).toEqual([]);

      // Carol's approval meets the policy: the document is approved.
      const approved = await review(carol, id, { verdict: 'approved', body: 'Thanks.' });
      expect(approved.statusCode).toBe(201);
      expect(approved.json().document.status).toBe('approved');

      // An edit sends it back to review; the approvals of version 2 stay, dismissed.
      const edited = await save(
        alice,
        id,
        etag,
        CLEAN.replace('# Payments Ledger', '# Payments ledger'),
      );
      expect(edited.status).toBe('in-review');
      etag = edited.etag;
      state = await reviewState(carol, id);
      expect(state.status).toBe('in-review');
      expect(state.approvals).toBe(0);
      expect(
        state.reviews.map(
          (r: { reviewer: { username: string }; verdict: string; dismissed: boolean }) => [
            r.reviewer.username,
            r.verdict,
            r.dismissed,
          ],
        ),
      ).toEqual([
        ['carol', 'changes-requested', false],
        ['bob', 'approved', true],
        ['carol', 'approved', true],
      ]);
      expect(state.reviews[1].dismissedReason).toBe('Version 3 was saved after it');
      expect(state.blockers).toEqual([
        {
          code: 'approvals-missing',
          detail: '0 of 1 required approval from someone other than the authors',
        },
      ]);
      expect(await waiting(bob)).toEqual([id]);
      expect((await review(bob, id, { verdict: 'approved' })).json().document.status).toBe(
        'approved',
      );

      // The timeline: who, when, at which version; designdoc's own move has no actor.
      const history = (
        await vic.inject({ method: 'GET', url: `/api/v1/documents/${id}/transitions` })
      ).json();
      expect(
        history.items.map(
          (c: { from: string; to: string; actor: string | null; version: number }) => [
            c.from,
            c.to,
            c.actor,
            c.version,
          ],
        ),
      ).toEqual([
        ['draft', 'in-review', 'alice', 1],
        ['in-review', 'approved', 'carol', 2],
        ['approved', 'in-review', null, 3],
        ['in-review', 'approved', 'bob', 3],
      ]);
      expect(history.items[0].comment).toBe('Ready for a look');

      // Superseding names the replacing document, which links back.
      const successor = await create(alice, CLEAN, 'Payments Ledger v2');
      expect(
        (await move(alice, id, { to: 'superseded', supersededBy: successor.id })).statusCode,
      ).toBe(403);
      const unnamed = await move(bob, id, { to: 'superseded' });
      expect(unnamed.json().errors[0]).toMatchObject({ pointer: '/supersededBy' });
      expect((await move(bob, id, { to: 'superseded', supersededBy: id })).statusCode).toBe(400);
      const superseded = await move(bob, id, { to: 'superseded', supersededBy: successor.id });
      expect(superseded.statusCode, superseded.body).toBe(200);
      expect(superseded.json().document).toMatchObject({
        status: 'superseded',
        supersededBy: successor.id,
      });
      const back = (
        await vic.inject({ method: 'GET', url: `/api/v1/documents/${successor.id}/transitions` })
      ).json();
      expect(back.supersedes).toEqual([{ id, title: 'Payments Ledger Service' }]);
      const final = await move(bob, id, { to: 'approved' });
      expect(final.statusCode).toBe(409);
      expect(final.json().detail).toContain('nothing (final)');

      // Every step left its event in the outbox and its entry in the audit log.
      const { db } = current().connection;
      const events = await db
        .selectFrom('events')
        .select(['type', 'payload'])
        .where('document_id', '=', id)
        .orderBy('seq')
        .execute();
      expect(events.map((e) => e.type)).toEqual([
        'document.created',
        'document.status-changed',
        'review.requested',
        'document.updated',
        'question.resolved',
        'review.changes-requested',
        'review.approved',
        'review.approved',
        'document.status-changed',
        'document.updated',
        'document.status-changed',
        'review.approved',
        'document.status-changed',
        'document.status-changed',
      ]);
      const resolved = JSON.parse(events[4]?.payload ?? '{}');
      expect(resolved.changes.question).toMatchObject({ text: FIRST_QUESTION, status: 'Resolved' });
      const lastMove = JSON.parse(events.at(-1)?.payload ?? '{}');
      expect(lastMove).toMatchObject({
        type: 'document.status-changed',
        workspace: { slug: 'eng' },
        document: { id, status: 'superseded', version: 3 },
        actor: { username: 'bob' },
        changes: { status: { from: 'approved', to: 'superseded' }, supersededBy: successor.id },
      });
      const audited = await db
        .selectFrom('audit_log')
        .select(['action', 'actor'])
        .where('target_id', '=', id)
        .where('action', 'in', ['document.status-changed', 'review.submitted', 'review.requested'])
        .orderBy('id')
        .execute();
      expect(audited.map((a) => `${a.actor} ${a.action}`)).toEqual([
        'alice document.status-changed',
        'alice review.requested',
        'carol review.submitted',
        'bob review.submitted',
        'carol review.submitted',
        'carol document.status-changed',
        'bob review.submitted',
        'bob document.status-changed',
        'bob document.status-changed',
      ]);
    });

    it('refuses every move the lifecycle does not have, and lets one of two concurrent moves win', async () => {
      const { admin, alice, bob } = await team();
      // One document in each status, reached through the API.
      const inStatus = new Map<string, string>();
      const at = async (status: string) => {
        const { id } = await create(alice, CLEAN, `Doc ${status}`);
        const path: Record<string, Record<string, unknown>[]> = {
          draft: [],
          'in-review': [{ to: 'in-review', reviewers: ['bob'] }],
          approved: [{ to: 'in-review', reviewers: ['bob'] }, { to: 'approved' }],
          rejected: [{ to: 'in-review', reviewers: ['bob'] }, { to: 'rejected' }],
          deprecated: [
            { to: 'in-review', reviewers: ['bob'] },
            { to: 'approved' },
            { to: 'deprecated' },
          ],
          superseded: [
            { to: 'in-review', reviewers: ['bob'] },
            { to: 'approved' },
            { to: 'superseded', supersededBy: inStatus.get('draft') },
          ],
        };
        for (const step of path[status] ?? []) {
          if (step.to === 'approved')
            expect((await review(bob, id, { verdict: 'approved' })).statusCode).toBe(201);
          else {
            const moved = await move(step.to === 'in-review' ? alice : bob, id, step);
            expect(moved.statusCode, `${status}: ${moved.body}`).toBe(200);
          }
        }
        inStatus.set(status, id);
      };
      for (const status of STATUSES) await at(status);
      for (const from of STATUSES)
        for (const to of STATUSES) {
          if (TRANSITIONS.some((t) => t.from === from && t.to === to)) continue;
          const refused = await move(admin, inStatus.get(from) as string, { to });
          expect(refused.statusCode, `${from} → ${to}`).toBe(409);
          expect(refused.json().type).toMatch(/#problem-transition-not-allowed$/);
        }
      // Authors may not decide.
      for (const to of ['rejected', 'approved'])
        expect((await move(alice, inStatus.get('in-review') as string, { to })).statusCode).toBe(
          403,
        );
      expect(
        (await move(alice, inStatus.get('approved') as string, { to: 'deprecated' })).statusCode,
      ).toBe(403);
      // Withdraw and reject at once: exactly one wins.
      const id = inStatus.get('in-review') as string;
      const results = await Promise.all([
        move(alice, id, { to: 'draft' }),
        move(bob, id, { to: 'rejected' }),
      ]);
      expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
      // A rejected document can be reopened as a draft by its author.
      expect(
        (await move(alice, inStatus.get('rejected') as string, { to: 'draft' })).statusCode,
      ).toBe(200);
    });

    it('applies the workspace review policy: approvals, required reviewers, self-approval, gates, stale approvals', async () => {
      const { admin, alice, bob, carol } = await team();
      const policyUrl = '/api/v1/workspaces/eng/review-policy';
      expect((await alice.inject({ method: 'GET', url: policyUrl })).json()).toEqual({
        requiredApprovals: 1,
        requiredReviewers: [],
        allowSelfApproval: false,
        blockOnErrors: true,
        blockOnOpenQuestions: true,
        dismissStaleApprovals: true,
        requiredChecks: [],
      });
      // A reviewer's own document: the default policy does not let them approve it.
      const own = await create(bob, CLEAN, 'Bob writes');
      const selfAsk = await move(bob, own.id, { to: 'in-review', reviewers: ['bob'] });
      expect(selfAsk.json().errors[0].detail).toContain('does not let authors approve');
      expect((await move(bob, own.id, { to: 'in-review', reviewers: ['carol'] })).statusCode).toBe(
        200,
      );
      const selfApproval = await review(bob, own.id, { verdict: 'approved' });
      expect(selfApproval.statusCode).toBe(409);
      expect(selfApproval.json().blockers.map((b: { code: string }) => b.code)).toEqual([
        'own-document',
      ]);
      // Lint errors block approval.
      const broken = await create(
        alice,
        CLEAN.replace(/## Security[\s\S]*?(?=## Scalability)/, ''),
        'Broken',
      );
      await move(alice, broken.id, { to: 'in-review', reviewers: ['bob'] });
      const gate = await review(bob, broken.id, { verdict: 'approved' });
      expect(gate.json().blockers.map((b: { code: string }) => b.code)).toEqual(['lint-errors']);

      const bad = await admin.inject({
        method: 'PUT',
        url: policyUrl,
        payload: {
          requiredApprovals: 2,
          requiredReviewers: ['alice'],
          allowSelfApproval: true,
          blockOnErrors: false,
          blockOnOpenQuestions: false,
          dismissStaleApprovals: false,
        },
      });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors).toEqual([
        {
          in: 'body',
          pointer: '/requiredReviewers/0',
          detail: '“alice” is not a reviewer in this workspace',
        },
      ]);
      const policy = {
        requiredApprovals: 2,
        requiredReviewers: ['carol'],
        allowSelfApproval: true,
        blockOnErrors: false,
        blockOnOpenQuestions: false,
        dismissStaleApprovals: false,
      };
      expect(
        (await alice.inject({ method: 'PUT', url: policyUrl, payload: policy })).statusCode,
      ).toBe(403);
      const set = await admin.inject({ method: 'PUT', url: policyUrl, payload: policy });
      expect(set.statusCode, set.body).toBe(200);
      expect(set.json()).toEqual({ ...policy, requiredChecks: [] });

      // Gates off: the broken document can be approved; two approvals, carol's among them.
      expect((await review(bob, broken.id, { verdict: 'approved' })).json().document.status).toBe(
        'in-review',
      );
      expect((await reviewState(bob, broken.id)).blockers).toEqual([
        { code: 'approvals-missing', detail: '1 of 2 required approvals' },
        { code: 'required-reviewer', detail: 'Required reviewer not yet approved: carol' },
      ]);
      // Old approvals are kept when a new version comes (dismissStaleApprovals off).
      const { etag } = await save(alice, broken.id, broken.etag, `${CLEAN}\nMore.\n`);
      expect((await reviewState(bob, broken.id)).approvals).toBe(1);
      expect((await review(carol, broken.id, { verdict: 'approved' })).json().document.status).toBe(
        'approved',
      );
      expect(etag).toBeTruthy();

      // Self-approval allowed: bob's own approval counts.
      expect((await review(bob, own.id, { verdict: 'approved' })).statusCode).toBe(201);
      expect((await reviewState(bob, own.id)).approvals).toBe(1);
    });

    it('answers bad review input with problems, not crashes', async () => {
      const { alice, bob } = await team();
      const { id } = await create(alice, CLEAN);
      expect((await move(alice, id, { to: 'finished' })).statusCode).toBe(400);
      expect(
        (await move(alice, id, { to: 'in-review', reviewers: { bob: true } })).statusCode,
      ).toBe(400);
      expect((await move(alice, id, { to: 'draft', reviewers: ['bob'] })).statusCode).toBe(409);
      const extra = await move(alice, id, {
        to: 'in-review',
        reviewers: ['bob'],
        supersededBy: id,
      });
      expect(extra.json().errors[0].pointer).toBe('/supersededBy');
      expect((await review(bob, id, { verdict: 'approved' })).json().detail).toBe(
        'The document is draft; reviews are for documents in review',
      );
      expect((await review(bob, id, { verdict: 'lgtm' })).statusCode).toBe(400);
      expect(
        (await post(alice, `/api/v1/documents/${id}/review-requests`, { reviewers: ['bob'] }))
          .statusCode,
      ).toBe(409);
      await move(alice, id, { to: 'in-review', reviewers: ['bob'] });
      const removed = await alice.inject({
        method: 'DELETE',
        url: `/api/v1/documents/${id}/review-requests/bob`,
      });
      expect(removed.statusCode).toBe(204);
      expect(await waiting(bob)).toEqual([]);
      const again = await alice.inject({
        method: 'DELETE',
        url: `/api/v1/documents/${id}/review-requests/bob`,
      });
      expect(again.statusCode).toBe(404);
      expect(
        (await post(alice, `/api/v1/documents/${id}/review-requests`, { reviewers: ['bob'] }))
          .statusCode,
      ).toBe(204);
      expect(await waiting(bob)).toEqual([id]);
      const unknown = await bob.inject({
        method: 'POST',
        url: '/api/v1/documents/00000000-0000-4000-8000-000000000000/reviews',
        payload: { verdict: 'approved' },
      });
      expect(unknown.statusCode).toBe(404);
    });
  });
}
