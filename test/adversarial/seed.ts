import { type ApiRequest, send } from './http-client.js';
import { ADMIN_TOKEN } from './server-process.js';
import {
  headingsDocument,
  linesDocument,
  nestedDocument,
  oneWordDocument,
  questionsDocument,
  sectionsDocument,
  smallDocument,
  WORD,
} from './worst-documents.js';

/** How much of everything the seed makes: enough to fill every page a list route returns. */
export const SEED = {
  bodyLimit: 5 * 1024 * 1024,
  /** DOCUMENT_LIMIT and DOCUMENT_MAX_HEADINGS' defaults: the largest document a save or lint reads. */
  documentLimit: 1024 * 1024,
  headings: 1_999,
  /** MAX_TEMPLATE_SECTIONS: the widest spec a workspace may store. */
  templateSections: 200,
  smallDocuments: 120,
  users: 20,
  groups: 5,
  apiKeys: 50,
  commentedSections: 1_999,
  comments: 200,
} as const;

/** A signed-in browser session: its cookie and the CSRF token its changes must carry. */
export interface Session {
  cookie: string;
  csrf: string;
}

/** The ids and names the attacks address, all made through the API. */
export interface World {
  ws: string;
  users: string[];
  groups: string[];
  apiKeyIds: string[];
  docs: {
    oneWord: string;
    headings: string;
    lines: string;
    nested: string;
    questions: string;
    commented: string;
    /** Archived by the DELETE attack and brought back by the restore attack. */
    archivable: string;
  };
  /** Comments on `commented`, by bob, each mentioning @admin (so admin has notifications). */
  comments: string[];
  adminComment: string;
  notification: string;
  hook: string;
  delivery: string;
  template: string;
  /** Signed in: bob (author) comments and signs out, carol signs out everywhere, dave changes his password. */
  bob: Session;
  carol: Session;
  dave: Session;
  /** The seeded users' password. */
  password: string;
  /** The documents' Markdown, built once, sent again by the save and lint attacks. */
  /** Worst documents the server refused when seeding (a smaller one stood in for each). */
  seedProblems: string[];
  markdown: Record<'oneWord' | 'headings' | 'linesA' | 'linesB' | 'nested' | 'questions', string>;
}

/** A seeding client: JSON in and out, any status but 2xx is an error that says what was sent. */
export function seedClient(port: number) {
  return async function api<T = Record<string, unknown>>(
    method: string,
    path: string,
    body?: unknown,
    headers: Record<string, string> = {},
  ): Promise<{ json: T; headers: Record<string, unknown> }> {
    const req: ApiRequest = {
      method,
      path,
      headers: { authorization: `Bearer ${ADMIN_TOKEN}`, ...headers },
    };
    if (typeof body === 'string') {
      req.body = body;
      req.headers = { 'content-type': 'text/markdown', ...req.headers };
    } else if (body !== undefined) {
      req.body = JSON.stringify(body);
      req.headers = { 'content-type': 'application/json', ...req.headers };
    }
    const response = await send(port, req, { timeoutMs: 120_000, keepBody: true });
    if (response.status < 200 || response.status >= 300)
      throw new Error(
        `seed: ${method} ${path} → ${response.status}: ${response.text.slice(0, 500)}`,
      );
    return {
      json: (response.text ? JSON.parse(response.text) : {}) as T,
      headers: response.headers,
    };
  };
}

/** Sign in with a password: the session cookie and CSRF token, as a browser would keep them. */
async function signIn(port: number, username: string, password: string): Promise<Session> {
  const response = await send(
    port,
    {
      method: 'POST',
      path: '/api/v1/auth/login',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    },
    { timeoutMs: 60_000, keepBody: true },
  );
  if (response.status !== 200) throw new Error(`seed: sign-in as ${username} → ${response.status}`);
  const setCookie = [response.headers['set-cookie'] ?? []].flat();
  const cookie = setCookie.map((c) => c.split(';')[0]).join('; ');
  return { cookie, csrf: (JSON.parse(response.text) as { csrfToken: string }).csrfToken };
}

/** The headers of a change made with a session cookie. */
export function sessionHeaders(session: Session): Record<string, string> {
  return { cookie: session.cookie, 'x-csrf-token': session.csrf };
}

/**
 * Make everything the attacks need, through the API, as users would: a workspace of people and
 * groups, the worst documents (saved once, the diff document twice), many small documents, a
 * long comment thread, a webhook with deliveries, a stored template.
 */
export async function seedWorld(port: number): Promise<World> {
  const api = seedClient(port);
  const limit = SEED.documentLimit;
  const ws = 'attack';
  await api('POST', '/api/v1/workspaces', { slug: ws, name: 'Attack', defaultTemplate: 'tdd' });
  const users = Array.from({ length: SEED.users }, (_, i) => `user-${i}`);
  const password = 'seeded-password-4a1d7c22';
  for (const username of [...users, 'bob', 'carol', 'dave']) {
    await api('POST', '/api/v1/users', { username, password, displayName: username });
    await api('PUT', `/api/v1/workspaces/${ws}/members/${username}`, {
      role: username === 'bob' ? 'author' : 'reviewer',
    });
  }
  const groups = Array.from({ length: SEED.groups }, (_, i) => `group-${i}`);
  for (const name of groups) await api('POST', '/api/v1/groups', { name, members: users });
  const apiKeyIds: string[] = [];
  for (let i = 0; i < SEED.apiKeys; i++) {
    const { json } = await api<{ key: { id: string } }>('POST', '/api/v1/api-keys', {
      name: `key ${i}`,
      scopes: ['read'],
    });
    apiKeyIds.push(json.key.id);
  }

  const { json: hookCreated } = await api<{ webhook: { id: string } }>(
    'POST',
    `/api/v1/workspaces/${ws}/webhooks`,
    {
      url: 'http://127.0.0.1:9/closed-port',
      events: ['comment.created', 'document.updated', 'document.created'],
    },
  );
  const hook = hookCreated.webhook;

  const markdown = {
    oneWord: oneWordDocument(limit),
    headings: headingsDocument(SEED.headings),
    linesA: linesDocument(limit, 'alpha'),
    linesB: linesDocument(limit, 'bravo'),
    nested: nestedDocument(limit),
    questions: questionsDocument(limit),
  };
  const seedProblems: string[] = [];
  const created = async (text: string) =>
    (await api<{ id: string }>('POST', `/api/v1/workspaces/${ws}/documents`, text)).json.id;
  /** A worst document the server refuses is a finding, not the end of the run: a smaller one stands in. */
  const create = async (name: string, text: string, fallback = smallDocument(0)) => {
    try {
      return await created(text);
    } catch (error) {
      seedProblems.push(`${name}: ${(error as Error).message.slice(0, 300)}`);
      return created(fallback);
    }
  };
  const docs = {
    oneWord: await create('one word', markdown.oneWord),
    headings: await create('headings', markdown.headings),
    lines: await create('lines', markdown.linesA),
    nested: await create('nested', markdown.nested),
    questions: await create('questions', markdown.questions, questionsDocument(limit / 16)),
    commented: await create('commented', sectionsDocument(SEED.commentedSections, 'alpha')),
    archivable: await create('one word', markdown.oneWord),
  };
  try {
    await api('PUT', `/api/v1/documents/${docs.lines}`, markdown.linesB, { 'if-match': '*' });
  } catch (error) {
    seedProblems.push(`every line changed: ${(error as Error).message.slice(0, 300)}`);
  }
  for (let i = 0; i < SEED.smallDocuments; i++) await created(smallDocument(i));

  const bob = await signIn(port, 'bob', password);
  const carol = await signIn(port, 'carol', password);
  const dave = await signIn(port, 'dave', password);
  const comments: string[] = [];
  const body = `@admin ${`${WORD} `.repeat(3000)}`.slice(0, 20_000);
  for (let i = 0; i < SEED.comments; i++) {
    const section = `alpha-section-${(i * 7) % SEED.commentedSections}`;
    const { json } = await api<{ id: string }>(
      'POST',
      `/api/v1/documents/${docs.commented}/comments`,
      { section, body },
      { authorization: '', ...sessionHeaders(bob) },
    );
    comments.push(json.id);
  }
  const { json: adminComment } = await api<{ id: string }>(
    'POST',
    `/api/v1/documents/${docs.commented}/comments`,
    { section: 'alpha-section-0', body: `${WORD} by admin` },
  );
  const { json: notifications } = await api<{ items: { id: string }[] }>(
    'GET',
    '/api/v1/me/notifications?limit=1',
  );
  const notification = notifications.items[0]?.id;
  if (!notification) throw new Error('seed: no notification for admin after 200 mentions');

  const delivery = await firstDelivery(api, ws, hook.id);
  const template = 'wide';
  await api('POST', `/api/v1/workspaces/${ws}/templates`, wideTemplate(template), {
    'content-type': 'application/json',
  });
  return {
    ws,
    users,
    groups,
    apiKeyIds,
    docs,
    comments,
    adminComment: adminComment.id,
    notification,
    hook: hook.id,
    delivery,
    template,
    bob,
    carol,
    dave,
    password,
    seedProblems,
    markdown,
  };
}

/** The hook's first delivery, once the outbox has made one (it does so in the background). */
async function firstDelivery(
  api: ReturnType<typeof seedClient>,
  ws: string,
  hook: string,
): Promise<string> {
  for (let attempt = 0; attempt < 100; attempt++) {
    const { json } = await api<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/workspaces/${ws}/webhooks/${hook}/deliveries?limit=1`,
    );
    if (json.items[0]) return json.items[0].id;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error('seed: the webhook got no delivery in 20 s');
}

/**
 * A template spec with many sections, each with aliases and a placeholder pattern to try on
 * every line: the widest spec a workspace can store, within the body limit.
 */
export function wideTemplate(
  name: string,
  sections: number = SEED.templateSections,
): Record<string, unknown> {
  return {
    name,
    title: 'Wide',
    placeholders: [{ id: 'marker', pattern: `\\b(?:TBD|TODO|${WORD.toUpperCase()})\\b` }],
    sections: Array.from({ length: sections }, (_, i) => ({
      id: `section-${i}`,
      title: `${WORD} section ${i}`,
      aliases: [`${WORD} alias ${i}`, `other ${i}`],
      level: 2,
      required: i % 2 === 0,
      content: [{ kind: 'prose' }],
    })),
  };
}
