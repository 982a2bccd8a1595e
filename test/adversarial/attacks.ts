// operation (METHOD /path, as the served OpenAPI names it) → the worst request the server accepts
// for it, within its limits (BODY_LIMIT, each schema's maxLength / maxItems / maximum), addressed
// to what the seed made. In run order: reads before the writes that change what they read,
// destructive operations (archive, sign-out, password) last.
import { createHash } from 'node:crypto';
import { EVENT_TYPES } from '../../packages/server/src/events/event-types.js';
import type { ApiRequest } from './http-client.js';
import { SEED, sessionHeaders, type World, wideTemplate } from './seed.js';
import { headingsDocument, oneWordDocument, sectionsDocument, WORD } from './worst-documents.js';

/** One attack: an operation, what its input is, and how to build it from the seeded world. */
export interface Attack {
  operation: string;
  input: string;
  build(world: World): ApiRequest;
}

const json = (method: string, path: string, body: unknown): ApiRequest => ({
  method,
  path,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify(body),
});
const markdown = (method: string, path: string, text: string): ApiRequest => ({
  method,
  path,
  headers: { 'content-type': 'text/markdown', ...(method === 'PUT' ? { 'if-match': '*' } : {}) },
  body: text,
});
const get = (path: string): ApiRequest => ({ method: 'GET', path });
const post = (path: string): ApiRequest => ({ method: 'POST', path });
/** A request made with a session cookie instead of the admin's API key. */
const asSession = (req: ApiRequest, session: World['bob']): ApiRequest => ({
  ...req,
  headers: { ...req.headers, authorization: '', ...sessionHeaders(session) },
});

const LONG = (length: number, unit = `${WORD} `) =>
  unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
/** A password of `length` characters with no pattern a password policy refuses. */
const PASSWORD = (length: number, seed: string) =>
  Array.from({ length: Math.ceil(length / 64) }, (_, i) =>
    createHash('sha256').update(`${seed}${i}`).digest('hex'),
  )
    .join('')
    .slice(0, length);
/** A comment body at its limit, mentioning every seeded user. */
const mentions = (w: World) => LONG(20_000, `${w.users.map((u) => `@${u}`).join(' ')} ${WORD} `);
const doc = (w: World, which: keyof World['docs']) => `/api/v1/documents/${w.docs[which]}`;
const SEARCH_LONG = encodeURIComponent(LONG(500).trimEnd());
/** A slug of the longest form a workspace slug may take (63 characters). */
const LONGEST_SLUG = `w${'x'.repeat(62)}`;

/** What each seeded worst document is, for the table. */
const DOCUMENT_INPUTS = {
  oneWord: 'one word repeated to DOCUMENT_LIMIT (1 MiB)',
  headings: `${SEED.headings.toLocaleString('en')} headings of the same text`,
  nested: 'deep nesting (front matter 500/5,000 deep, quote 50,000, list 400), 1 MiB',
  questions: 'open questions and decisions to DOCUMENT_LIMIT (1 MiB)',
} as const;

export const ATTACKS: Attack[] = [
  { operation: 'GET /healthz', input: 'plain', build: () => get('/healthz') },
  { operation: 'GET /readyz', input: 'plain', build: () => get('/readyz') },
  { operation: 'GET /metrics', input: 'after the seed', build: () => get('/metrics') },
  { operation: 'GET /api/v1/me', input: 'admin', build: () => get('/api/v1/me') },
  {
    operation: 'GET /api/v1/auth/providers',
    input: 'plain',
    build: () => get('/api/v1/auth/providers'),
  },
  {
    operation: 'GET /api/v1/auth/oidc/login',
    input: 'returnTo of 2,000 characters (no OIDC configured)',
    build: () =>
      get(`/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(`/${'a'.repeat(1999)}`)}`),
  },
  {
    operation: 'GET /api/v1/auth/oidc/callback',
    input: 'state and code of 5,000 characters each',
    build: () =>
      get(`/api/v1/auth/oidc/callback?state=${'s'.repeat(5000)}&code=${'c'.repeat(5000)}`),
  },
  {
    operation: 'GET /api/v1/api-keys',
    input: `${SEED.apiKeys} keys`,
    build: () => get('/api/v1/api-keys'),
  },
  {
    operation: 'POST /api/v1/api-keys',
    input: 'name of 100 characters, every scope',
    build: () =>
      json('POST', '/api/v1/api-keys', {
        name: 'k'.repeat(100),
        scopes: ['read', 'write', 'admin'],
      }),
  },
  {
    operation: 'DELETE /api/v1/api-keys/{id}',
    input: 'a seeded key',
    build: (w) => ({ method: 'DELETE', path: `/api/v1/api-keys/${w.apiKeyIds[0]}` }),
  },
  {
    operation: 'GET /api/v1/users',
    input: `${SEED.users + 3} users`,
    build: () => get('/api/v1/users'),
  },
  {
    operation: 'POST /api/v1/users',
    input: 'every field at its longest (password of 256 characters)',
    build: () =>
      json('POST', '/api/v1/users', {
        username: `u${'x'.repeat(38)}z`,
        displayName: 'D'.repeat(200),
        email: `${'e'.repeat(64)}@${'d'.repeat(60)}.example.com`,
        password: PASSWORD(256, 'new user'),
      }),
  },
  {
    operation: 'PATCH /api/v1/users/{username}',
    input: 'every field, password of 256 characters',
    build: (w) =>
      json('PATCH', `/api/v1/users/${w.users[1]}`, {
        displayName: LONG(200),
        password: 'q'.repeat(256),
      }),
  },
  {
    operation: 'GET /api/v1/audit',
    input: 'limit 200, after the seed',
    build: () => get('/api/v1/audit?limit=200'),
  },
  {
    operation: 'GET /api/v1/audit',
    input: 'filters that match nothing (a full scan)',
    build: () => get(`/api/v1/audit?limit=200&actor=${'n'.repeat(100)}&target=${'t'.repeat(200)}`),
  },
  {
    operation: 'POST /api/v1/workspaces',
    input: 'slug of 63, name of 200 characters',
    build: () => json('POST', '/api/v1/workspaces', { slug: LONGEST_SLUG, name: 'N'.repeat(200) }),
  },
  { operation: 'GET /api/v1/workspaces', input: 'plain', build: () => get('/api/v1/workspaces') },
  {
    operation: 'GET /api/v1/workspaces/{ws}',
    input: 'the seeded workspace',
    build: (w) => get(`/api/v1/workspaces/${w.ws}`),
  },
  {
    operation: 'PATCH /api/v1/workspaces/{ws}',
    input: 'name of 200 characters',
    build: (w) => json('PATCH', `/api/v1/workspaces/${w.ws}`, { name: 'M'.repeat(200) }),
  },
  {
    operation: 'GET /api/v1/workspaces/{ws}/members',
    input: `${SEED.users + 2} members`,
    build: (w) => get(`/api/v1/workspaces/${w.ws}/members`),
  },
  {
    operation: 'PUT /api/v1/workspaces/{ws}/members/{username}',
    input: 'a new member',
    build: (w) =>
      json('PUT', `/api/v1/workspaces/${LONGEST_SLUG}/members/${w.users[2]}`, { role: 'admin' }),
  },
  {
    operation: 'DELETE /api/v1/workspaces/{ws}/members/{username}',
    input: 'that member',
    build: (w) => ({
      method: 'DELETE',
      path: `/api/v1/workspaces/${LONGEST_SLUG}/members/${w.users[2]}`,
    }),
  },

  {
    operation: 'GET /api/v1/workspaces/{ws}/templates',
    input: 'with a stored template',
    build: (w) => get(`/api/v1/workspaces/${w.ws}/templates`),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/templates',
    input: `a spec of ${SEED.templateSections} sections (the limit)`,
    build: (w) => json('POST', `/api/v1/workspaces/${w.ws}/templates`, wideTemplate('widest')),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/templates',
    input: 'a spec of 34,000 sections at the body limit (over the template limits)',
    build: (w) =>
      json('POST', `/api/v1/workspaces/${w.ws}/templates`, wideTemplate('too-wide', 34_000)),
  },
  {
    operation: 'GET /api/v1/workspaces/{ws}/templates/{name}',
    input: `the ${SEED.templateSections}-section spec`,
    build: (w) => get(`/api/v1/workspaces/${w.ws}/templates/widest`),
  },
  {
    operation: 'PUT /api/v1/workspaces/{ws}/templates/{name}',
    input: `replace with ${SEED.templateSections} other sections`,
    build: (w) => {
      const spec = wideTemplate(w.template);
      (spec as { title: string }).title = 'Wider';
      return json('PUT', `/api/v1/workspaces/${w.ws}/templates/${w.template}`, spec);
    },
  },
  {
    operation: 'PUT /api/v1/workspaces/{ws}/templates/{name}',
    input: 'replace with 34,000 sections (over the template limits)',
    build: (w) =>
      json(
        'PUT',
        `/api/v1/workspaces/${w.ws}/templates/${w.template}`,
        wideTemplate(w.template, 34_000),
      ),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/documents',
    input: 'one word repeated to the body limit, 5 MiB (over DOCUMENT_LIMIT)',
    build: (w) =>
      markdown('POST', `/api/v1/workspaces/${w.ws}/documents`, oneWordDocument(SEED.bodyLimit)),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/documents',
    input: '80,000 headings (over DOCUMENT_MAX_HEADINGS)',
    build: (w) =>
      markdown('POST', `/api/v1/workspaces/${w.ws}/documents`, headingsDocument(80_000)),
  },
  {
    operation: 'POST /api/v1/lint',
    input: '80,000 headings (over DOCUMENT_MAX_HEADINGS)',
    build: () => markdown('POST', '/api/v1/lint', headingsDocument(80_000)),
  },

  ...(['oneWord', 'headings', 'nested', 'questions'] as const).map(
    (which): Attack => ({
      operation: 'POST /api/v1/workspaces/{ws}/documents',
      input: DOCUMENT_INPUTS[which],
      build: (w) => markdown('POST', `/api/v1/workspaces/${w.ws}/documents`, w.markdown[which]),
    }),
  ),
  {
    operation: 'GET /api/v1/documents',
    input: `limit 200 of ${SEED.smallDocuments + 11} documents`,
    build: (w) => get(`/api/v1/documents?workspace=${w.ws}&limit=200&sort=title`),
  },
  ...(['oneWord', 'headings', 'nested', 'questions'] as const).map(
    (which): Attack => ({
      operation: 'GET /api/v1/documents/{id}',
      input: DOCUMENT_INPUTS[which],
      build: (w) => get(doc(w, which)),
    }),
  ),
  {
    operation: 'POST /api/v1/documents/{id}/comments',
    input: `the last of ${SEED.headings.toLocaleString('en')} same-named headings, by text`,
    build: (w) =>
      json('POST', `${doc(w, 'headings')}/comments`, {
        section: `${WORD}-${SEED.headings - 1}`,
        body: LONG(20_000),
      }),
  },
  {
    operation: 'PUT /api/v1/documents/{id}',
    input: 'every line changed, 1 MiB',
    build: (w) => markdown('PUT', doc(w, 'lines'), w.markdown.linesA),
  },
  {
    operation: 'PUT /api/v1/documents/{id}',
    input: `every heading changed under ${SEED.comments} comments`,
    build: (w) =>
      markdown('PUT', doc(w, 'commented'), sectionsDocument(SEED.commentedSections, 'bravo')),
  },
  {
    operation: 'PUT /api/v1/documents/{id}',
    input: `${SEED.headings.toLocaleString('en')} headings → one word, 1 MiB`,
    build: (w) => markdown('PUT', doc(w, 'headings'), w.markdown.oneWord),
  },
  {
    operation: 'GET /api/v1/documents/{id}/versions',
    input: 'three versions of 1 MiB',
    build: (w) => get(`${doc(w, 'lines')}/versions`),
  },
  {
    operation: 'GET /api/v1/documents/{id}/versions/{n}',
    input: 'a 1 MiB version',
    build: (w) => get(`${doc(w, 'lines')}/versions/1`),
  },
  {
    operation: 'GET /api/v1/documents/{id}/diff',
    input: 'two 1 MiB versions, every line changed',
    build: (w) => get(`${doc(w, 'lines')}/diff?from=1&to=2`),
  },
  {
    operation: 'GET /api/v1/documents/{id}/diff',
    input: `${SEED.headings.toLocaleString('en')} headings → one word`,
    build: (w) => get(`${doc(w, 'headings')}/diff?from=1&to=2`),
  },
  {
    operation: 'GET /api/v1/documents/{id}/access',
    input: 'plain',
    build: (w) => get(`${doc(w, 'oneWord')}/access`),
  },
  {
    operation: 'PUT /api/v1/documents/{id}/access',
    input: 'restricted to every user and group',
    build: (w) =>
      json('PUT', `${doc(w, 'oneWord')}/access`, {
        restricted: true,
        users: [...w.users, 'bob', 'carol'],
        groups: w.groups,
      }),
  },

  ...(['oneWord', 'headings', 'nested', 'questions'] as const).map(
    (which): Attack => ({
      operation: 'POST /api/v1/lint',
      input: DOCUMENT_INPUTS[which],
      build: (w) => markdown('POST', `/api/v1/lint?workspace=${w.ws}`, w.markdown[which]),
    }),
  ),
  {
    operation: 'POST /api/v1/lint',
    input: `${SEED.headings.toLocaleString('en')} headings against the ${SEED.templateSections}-section spec`,
    build: (w) =>
      markdown('POST', `/api/v1/lint?workspace=${w.ws}&template=widest`, w.markdown.headings),
  },

  {
    operation: 'GET /api/v1/search',
    input: `one word in ${SEED.smallDocuments + 7} documents, 1 MiB of it in some`,
    build: () => get(`/api/v1/search?q=${WORD}&limit=100`),
  },
  {
    operation: 'GET /api/v1/search',
    input: 'a query of 500 characters, every word a hit',
    build: () => get(`/api/v1/search?q=${SEARCH_LONG}&limit=100`),
  },
  {
    operation: 'GET /api/v1/search',
    input: 'the last page (offset 10,000)',
    build: () => get(`/api/v1/search?q=${WORD}&limit=100&offset=10000`),
  },
  {
    operation: 'GET /api/v1/questions',
    input: 'every status, limit 500, a document of 1 MiB of questions',
    build: () =>
      get('/api/v1/questions?status=open,in-progress,resolved,none,unresolved&limit=500'),
  },
  {
    operation: 'GET /api/v1/decisions',
    input: 'limit 500, a document of 1 MiB of decisions',
    build: () => get('/api/v1/decisions?limit=500'),
  },

  {
    operation: 'GET /api/v1/documents/{id}/comments',
    input: `${SEED.comments} comments of 20,000 characters, every anchor moved`,
    build: (w) => get(`${doc(w, 'commented')}/comments?state=all`),
  },
  {
    operation: 'POST /api/v1/documents/{id}/comments',
    input: 'a 2,000-character quote that almost matches 1 MiB of one word',
    build: (w) =>
      json('POST', `${doc(w, 'oneWord')}/comments`, {
        section: `${WORD}-${WORD}`,
        quote: `${LONG(1990)} ipsum`.slice(0, 2000),
        body: LONG(20_000),
      }),
  },
  {
    operation: 'GET /api/v1/documents/{id}/comments/{commentId}',
    input: 'a comment of 20,000 characters',
    build: (w) => get(`${doc(w, 'commented')}/comments/${w.comments[0]}`),
  },
  {
    operation: 'PATCH /api/v1/documents/{id}/comments/{commentId}',
    input: '20,000 characters mentioning every user',
    build: (w) =>
      json('PATCH', `${doc(w, 'commented')}/comments/${w.adminComment}`, { body: mentions(w) }),
  },
  {
    operation: 'POST /api/v1/documents/{id}/comments/{commentId}/replies',
    input: '20,000 characters mentioning every user',
    build: (w) =>
      json('POST', `${doc(w, 'commented')}/comments/${w.comments[0]}/replies`, {
        body: mentions(w),
      }),
  },
  {
    operation: 'POST /api/v1/documents/{id}/comments/{commentId}/resolve',
    input: 'a thread with a reply',
    build: (w) => post(`${doc(w, 'commented')}/comments/${w.comments[0]}/resolve`),
  },
  {
    operation: 'POST /api/v1/documents/{id}/comments/{commentId}/reopen',
    input: 'that thread',
    build: (w) => post(`${doc(w, 'commented')}/comments/${w.comments[0]}/reopen`),
  },

  {
    operation: 'GET /api/v1/workspaces/{ws}/review-policy',
    input: 'plain',
    build: (w) => get(`/api/v1/workspaces/${w.ws}/review-policy`),
  },
  {
    operation: 'PUT /api/v1/workspaces/{ws}/review-policy',
    input: '20 required reviewers, every block on',
    build: (w) =>
      json('PUT', `/api/v1/workspaces/${w.ws}/review-policy`, {
        requiredApprovals: 20,
        requiredReviewers: w.users.slice(0, 20),
        allowSelfApproval: false,
        blockOnErrors: true,
        blockOnOpenQuestions: true,
        dismissStaleApprovals: true,
      }),
  },
  {
    operation: 'POST /api/v1/documents/{id}/transitions',
    input: 'to in-review, every reviewer, a 10,000-character comment, 1 MiB of open questions',
    build: (w) =>
      json('POST', `${doc(w, 'questions')}/transitions`, {
        to: 'in-review',
        reviewers: w.users,
        comment: LONG(10_000),
      }),
  },
  {
    operation: 'GET /api/v1/documents/{id}/transitions',
    input: 'plain',
    build: (w) => get(`${doc(w, 'questions')}/transitions`),
  },
  {
    operation: 'POST /api/v1/documents/{id}/review-requests',
    input: 'every reviewer again',
    build: (w) =>
      json('POST', `${doc(w, 'questions')}/review-requests`, { reviewers: [...w.users, 'carol'] }),
  },
  {
    operation: 'DELETE /api/v1/documents/{id}/review-requests/{username}',
    input: 'one reviewer',
    build: (w) => ({ method: 'DELETE', path: `${doc(w, 'questions')}/review-requests/carol` }),
  },
  {
    operation: 'POST /api/v1/documents/{id}/reviews',
    input: 'a 20,000-character review of 1 MiB of questions',
    build: (w) =>
      json('POST', `${doc(w, 'questions')}/reviews`, { verdict: 'commented', body: LONG(20_000) }),
  },
  {
    operation: 'GET /api/v1/documents/{id}/reviews',
    input: 'plain',
    build: (w) => get(`${doc(w, 'questions')}/reviews`),
  },
  { operation: 'GET /api/v1/me/reviews', input: 'plain', build: () => get('/api/v1/me/reviews') },

  {
    operation: 'GET /api/v1/me/notifications',
    input: `limit 200 of ${SEED.comments} mentions`,
    build: () => get('/api/v1/me/notifications?limit=200'),
  },
  {
    operation: 'POST /api/v1/me/notifications/{notificationId}/read',
    input: 'one',
    build: (w) => post(`/api/v1/me/notifications/${w.notification}/read`),
  },
  {
    operation: 'POST /api/v1/me/notifications/read-all',
    input: `${SEED.comments} unread`,
    build: () => post('/api/v1/me/notifications/read-all'),
  },

  {
    operation: 'GET /api/v1/workspaces/{ws}/events',
    input: 'replay from event 0 (1 s of the stream)',
    build: (w) => ({ ...get(`/api/v1/workspaces/${w.ws}/events?lastEventId=0`), streamMs: 1000 }),
  },
  {
    operation: 'GET /api/v1/documents/{id}/events',
    input: 'replay from event 0 (1 s of the stream)',
    build: (w) => ({ ...get(`${doc(w, 'commented')}/events?lastEventId=0`), streamMs: 1000 }),
  },

  {
    operation: 'GET /api/v1/groups',
    input: `${SEED.groups} groups of ${SEED.users}`,
    build: () => get('/api/v1/groups'),
  },
  {
    operation: 'POST /api/v1/groups',
    input: 'a name of 63 characters, every user',
    build: (w) =>
      json('POST', '/api/v1/groups', {
        name: `g${'x'.repeat(62)}`,
        members: [...w.users, 'bob', 'carol'],
      }),
  },
  {
    operation: 'PUT /api/v1/groups/{name}/members/{username}',
    input: 'one member',
    build: (w) => ({ method: 'PUT', path: `/api/v1/groups/${w.groups[0]}/members/bob` }),
  },
  {
    operation: 'DELETE /api/v1/groups/{name}/members/{username}',
    input: 'that member',
    build: (w) => ({ method: 'DELETE', path: `/api/v1/groups/${w.groups[0]}/members/bob` }),
  },

  {
    operation: 'GET /api/v1/workspaces/{ws}/webhooks',
    input: 'plain',
    build: (w) => get(`/api/v1/workspaces/${w.ws}/webhooks`),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/webhooks',
    input: 'URL of 2,000 characters, every event',
    build: (w) =>
      json('POST', `/api/v1/workspaces/${w.ws}/webhooks`, {
        url: `http://127.0.0.1:9/${'p'.repeat(1980)}`,
        description: 'D'.repeat(200),
        events: [...EVENT_TYPES],
        secret: 's'.repeat(200),
      }),
  },
  {
    operation: 'GET /api/v1/workspaces/{ws}/webhooks/{hook}',
    input: 'plain',
    build: (w) => get(`/api/v1/workspaces/${w.ws}/webhooks/${w.hook}`),
  },
  {
    operation: 'PATCH /api/v1/workspaces/{ws}/webhooks/{hook}',
    input: 'URL of 2,000 characters',
    build: (w) =>
      json('PATCH', `/api/v1/workspaces/${w.ws}/webhooks/${w.hook}`, {
        url: `http://127.0.0.1:9/${'q'.repeat(1980)}`,
      }),
  },
  {
    operation: 'GET /api/v1/workspaces/{ws}/webhooks/{hook}/deliveries',
    input: `limit 200 of ${SEED.comments}+ deliveries`,
    build: (w) => get(`/api/v1/workspaces/${w.ws}/webhooks/${w.hook}/deliveries?limit=200`),
  },
  {
    operation: 'GET /api/v1/workspaces/{ws}/webhooks/{hook}/deliveries/{delivery}',
    input: 'a delivery of a 1 MiB document event',
    build: (w) => get(`/api/v1/workspaces/${w.ws}/webhooks/${w.hook}/deliveries/${w.delivery}`),
  },
  {
    operation: 'POST /api/v1/workspaces/{ws}/webhooks/{hook}/deliveries/{delivery}/redeliver',
    input: 'that delivery',
    build: (w) =>
      post(`/api/v1/workspaces/${w.ws}/webhooks/${w.hook}/deliveries/${w.delivery}/redeliver`),
  },
  {
    operation: 'DELETE /api/v1/workspaces/{ws}/webhooks/{hook}',
    input: `a hook with ${SEED.comments}+ deliveries`,
    build: (w) => ({ method: 'DELETE', path: `/api/v1/workspaces/${w.ws}/webhooks/${w.hook}` }),
  },

  {
    operation: 'DELETE /api/v1/documents/{id}',
    input: 'a 1 MiB document',
    build: (w) => ({ method: 'DELETE', path: doc(w, 'archivable') }),
  },
  {
    operation: 'POST /api/v1/documents/{id}/restore',
    input: 'that document',
    build: (w) => post(`${doc(w, 'archivable')}/restore`),
  },
  {
    operation: 'POST /api/v1/auth/login',
    input: 'a wrong password of 256 characters',
    build: () =>
      json('POST', '/api/v1/auth/login', { username: 'user-3', password: PASSWORD(256, 'wrong') }),
  },
  {
    operation: 'PUT /api/v1/me/password',
    input: 'a new password of 256 characters (session)',
    build: (w) =>
      asSession(
        json('PUT', '/api/v1/me/password', {
          currentPassword: w.password,
          newPassword: PASSWORD(256, 'changed'),
        }),
        w.dave,
      ),
  },
  {
    operation: 'DELETE /api/v1/me/sessions',
    input: 'sign out everywhere (session)',
    build: (w) => asSession({ method: 'DELETE', path: '/api/v1/me/sessions' }, w.carol),
  },
  {
    operation: 'POST /api/v1/auth/logout',
    input: 'sign out (session)',
    build: (w) => asSession(post('/api/v1/auth/logout'), w.bob),
  },
];

/** The values of path parameters by name, for an operation the table does not know. */
export function defaultAttack(operation: string, w: World): ApiRequest {
  const [method = 'GET', path = '/'] = operation.split(' ');
  const values: Record<string, string> = {
    ws: w.ws,
    id: w.docs.oneWord,
    n: '1',
    commentId: w.comments[1] ?? '',
    username: w.users[0] ?? '',
    name: w.groups[0] ?? '',
    hook: w.hook,
    delivery: w.delivery,
    notificationId: w.notification,
  };
  const filled = path.replace(/\{(\w+)\}/g, (_, name: string) => values[name] ?? 'unknown');
  return method === 'GET' || method === 'DELETE'
    ? { method, path: filled }
    : json(method, filled, {});
}
