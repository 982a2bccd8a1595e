import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import { ADMIN_HEADERS } from '../../../test/start-server.js';
import { eventually, type WebhookReceiver } from '../../../test/webhook-receiver.js';

/** Every seeded user's password (the admin's too: DESIGNDOC_ADMIN_PASSWORD). */
export const PASSWORD = 'moved-instance-password-4a1d7c22';

/** A lint-clean tdd document (the payments-ledger example) as a draft, every question resolved. */
const CLEAN = readFileSync(
  new URL('../../../examples/payments-ledger.md', import.meta.url),
  'utf8',
).replace(/^status: approved$/m, 'status: draft');

const SECRET = '# Acquisition of Nightjar\n\n## Overview\n\nConfidential until the board signs.\n';

const TEMPLATE_YAML = `name: postmortem
title: Postmortem
sections:
  - id: summary
    title: Summary
    level: 2
    required: true
    content: [{ kind: prose }]
`;

/** Request headers that act as someone: an API key, or a session's cookie and CSRF token. */
export type Caller = Record<string, string>;

/** A request to a running server; any status but `status` (a 2xx by default) fails the test. */
export async function call(
  base: string,
  caller: Caller,
  method: string,
  path: string,
  body?: unknown,
  status?: number,
): Promise<{ json: Record<string, unknown>; etag: string | null }> {
  const isText = typeof body === 'string';
  const response = await fetch(`${base}${path.slice(1)}`, {
    method,
    headers: {
      ...caller,
      ...(body === undefined
        ? {}
        : { 'content-type': isText ? 'text/markdown' : 'application/json' }),
    },
    body: body === undefined ? undefined : isText ? body : JSON.stringify(body),
  });
  const text = await response.text();
  if (status === undefined) expect(response.status, `${method} ${path}: ${text}`).toBeLessThan(300);
  else expect(response.status, `${method} ${path}: ${text}`).toBe(status);
  return { json: text ? JSON.parse(text) : {}, etag: response.headers.get('etag') };
}

/** Sign in with a password: the session's cookie and CSRF token, as a browser keeps them. */
export async function signIn(base: string, username: string): Promise<Caller> {
  const response = await fetch(`${base}api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: PASSWORD }),
  });
  expect(response.status, `sign-in as ${username}`).toBe(200);
  const cookie = response.headers
    .getSetCookie()
    .map((c) => c.split(';')[0])
    .join('; ');
  return { cookie, 'x-csrf-token': ((await response.json()) as { csrfToken: string }).csrfToken };
}

/** The ids, keys and sessions a seeded instance is read back with. */
export interface Seeded {
  ledger: string;
  secret: string;
  hook: string;
  thread: string;
  bobKey: Caller;
  alice: Caller;
}

/**
 * Fill an instance through its API as its users would: a workspace of four people and a group,
 * a review policy, a template of its own, a webhook (to `receiver`), a document saved three times
 * with check runs, a review with two approvals, a resolved comment thread with a mention, a
 * confidential document granted to a user and a group, an API key of a user's own, a failed
 * sign-in; then wait until every delivery has been made.
 */
export async function seedInstance(base: string, receiver: WebhookReceiver): Promise<Seeded> {
  const admin = ADMIN_HEADERS;
  await call(base, admin, 'POST', '/api/v1/workspaces', { slug: 'eng', name: 'Engineering' });
  for (const [username, role] of [
    ['alice', 'author'],
    ['bob', 'reviewer'],
    ['carol', 'reviewer'],
    ['vic', 'viewer'],
  ] as const) {
    await call(base, admin, 'POST', '/api/v1/users', {
      username,
      password: PASSWORD,
      displayName: username[0]?.toUpperCase() + username.slice(1),
    });
    await call(base, admin, 'PUT', `/api/v1/workspaces/eng/members/${username}`, { role });
  }
  await call(base, admin, 'POST', '/api/v1/groups', { name: 'board', members: ['carol'] });
  await call(base, admin, 'PUT', '/api/v1/workspaces/eng/review-policy', {
    requiredApprovals: 2,
    requiredReviewers: ['bob'],
    allowSelfApproval: false,
    blockOnErrors: true,
    blockOnOpenQuestions: true,
    dismissStaleApprovals: true,
    requiredChecks: ['check-api'],
  });
  await fetch(`${base}api/v1/workspaces/eng/templates`, {
    method: 'POST',
    headers: { ...admin, 'content-type': 'application/yaml' },
    body: TEMPLATE_YAML,
  }).then((r) => expect(r.status).toBe(201));
  const { json: hook } = await call(base, admin, 'POST', '/api/v1/workspaces/eng/webhooks', {
    url: receiver.url,
    events: ['document.created', 'document.updated', 'comment.created', 'review.approved'],
  });
  receiver.secret = hook.secret as string;

  const alice = await signIn(base, 'alice');
  const bob = await signIn(base, 'bob');
  const carol = await signIn(base, 'carol');
  const { json: key } = await call(base, bob, 'POST', '/api/v1/api-keys', {
    name: 'bob laptop',
    scopes: ['read', 'write'],
  });
  const bobKey = { authorization: `Bearer ${key.secret as string}` };

  const created = await call(base, alice, 'POST', '/api/v1/workspaces/eng/documents', CLEAN);
  const ledger = created.json.id as string;
  let etag = created.etag as string;
  for (const line of ['First addition.', 'Second addition.']) {
    const saved = await call(
      base,
      { ...alice, 'if-match': etag },
      'PUT',
      `/api/v1/documents/${ledger}`,
      `${CLEAN}\n${line}\n`,
    );
    etag = saved.etag as string;
  }
  const run = (result: string) => ({
    name: 'check-api',
    result,
    commit: 'A1B2C3D4E5F6',
    url: 'https://ci.example.com/jobs/41',
    diagnostics:
      result === 'passed'
        ? []
        : [
            {
              ruleId: 'api-status-mismatch',
              severity: 'error',
              message: 'POST /v1/entries answers 422',
              line: 92,
              column: 3,
            },
          ],
  });
  await call(base, admin, 'POST', `/api/v1/documents/${ledger}/checks`, run('failed'));
  await call(base, admin, 'POST', `/api/v1/documents/${ledger}/checks`, run('passed'));
  await call(base, alice, 'POST', `/api/v1/documents/${ledger}/transitions`, {
    to: 'in-review',
    reviewers: ['bob', 'carol'],
    comment: 'Ready for a look',
  });
  const { json: thread } = await call(base, bob, 'POST', `/api/v1/documents/${ledger}/comments`, {
    section: 'overview',
    body: 'What about refunds, @alice?',
  });
  await call(base, alice, 'POST', `/api/v1/documents/${ledger}/comments/${thread.id}/replies`, {
    body: 'Covered under Data Model.',
  });
  await call(base, bob, 'POST', `/api/v1/documents/${ledger}/comments/${thread.id}/resolve`, {});
  await call(base, bobKey, 'POST', `/api/v1/documents/${ledger}/reviews`, {
    verdict: 'approved',
    body: 'Looks right.',
  });
  await call(base, carol, 'POST', `/api/v1/documents/${ledger}/reviews`, { verdict: 'approved' });

  const { json: secret } = await call(base, admin, 'POST', '/api/v1/workspaces/eng/documents', {
    markdown: SECRET,
    confidential: { users: ['bob'], groups: ['board'] },
  });
  const failed = await fetch(`${base}api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'vic', password: 'not the password at all' }),
  });
  expect(failed.status).toBe(401);
  await eventually(
    async () => {
      const { json } = await call(
        base,
        admin,
        'GET',
        `/api/v1/workspaces/eng/webhooks/${(hook.webhook as { id: string }).id}/deliveries`,
      );
      const items = json.items as { status: string }[];
      return items.length >= 4 && items.every((d) => d.status === 'succeeded');
    },
    'every delivery made',
    20_000,
  );
  return {
    ledger,
    secret: secret.id as string,
    hook: (hook.webhook as { id: string }).id,
    thread: thread.id as string,
    bobKey,
    alice,
  };
}
