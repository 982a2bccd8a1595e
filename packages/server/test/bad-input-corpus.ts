import type { FastifyInstance, InjectOptions } from 'fastify';

/**
 * The bad-input corpus: from the served OpenAPI document, for every operation, requests that
 * each spoil one thing — a path, query or header parameter, a body property, the body itself or
 * its content type — while the rest is as valid as the schemas say, with real ids, so that the
 * spoiled part reaches as far into the server as it can. What the server must do with all of
 * them: answer below 500, and every 4xx as `application/problem+json`. (Over 300 lines: the
 * tables of spoiled values and the generator that combines them are read together.)
 */

/** The template spec the corpus seeds and sends as a valid YAML body. */
export const CORPUS_TEMPLATE =
  'name: mine\ntitle: Mine\nsections:\n  - id: overview\n    title: Overview\n    level: 2\n    content: [{ kind: prose }]\n';

/** Real ids and names of a seeded workspace, by what they name. */
export interface CorpusIds {
  ws: string;
  documentId: string;
  etag: string;
  commentId: string;
  notificationId: string;
  hookId: string;
  deliveryId: string;
  apiKeyId: string;
  username: string;
  group: string;
  template: string;
  hookUrl: string;
}

export interface CorpusResult {
  /** Operations in the OpenAPI document, and how many were sent at least one request. */
  operations: number;
  covered: number;
  requests: number;
  /** `METHOD url (what was spoiled) → status content-type`, for each answer that broke the rule. */
  failures: string[];
  /** The five slowest requests, `ms METHOD path (what was spoiled)`. */
  slowest: string[];
}

interface Schema {
  type?: string | string[];
  format?: string;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  const?: unknown;
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
}

interface Parameter {
  in: 'path' | 'query' | 'header';
  name: string;
  schema: Schema;
}

interface Operation {
  parameters?: Parameter[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  responses?: Record<string, { content?: Record<string, unknown> }>;
}

type OpenApi = { paths: Record<string, Record<string, Operation>> };

/** Spoiled text for a path or query value, already %-encoded as it goes into the URL. */
const URL_VALUES: [string, string][] = [
  ['NUL', 'a%00b'],
  ['UTF-8 of a surrogate', '%ED%A0%80'],
  ['bad escape', '%zz'],
  ['lone %', '%'],
  ['cut escape', '%E0%A4%A'],
  ['overlong UTF-8', '%C0%AF'],
  ['byte FF', '%FF'],
  ['10,000 characters', 'a'.repeat(10_000)],
  ['empty', ''],
  ['space', '%20'],
  ['..', '..'],
  ['escaped slash', 'a%2Fb'],
  ['unicode', '%C3%A9%F0%9F%98%80'],
  ['SQL', "'%20OR%201=1--"],
  ['NaN', 'NaN'],
  ['negative', '-1'],
  ['fraction', '1.5'],
  ['hex', '0x1'],
  ['exponent', '1e3'],
  ['30 digits', '9'.repeat(30)],
  ['not a boolean', 'maybe'],
  ['__proto__', '__proto__'],
  ['constructor', 'constructor'],
];

/** Spoiled header values (what Node lets a client send: no control characters). */
const HEADER_VALUES: [string, string][] = [
  ['10,000 characters', 'a'.repeat(10_000)],
  ['garbage', 'garbage'],
  ['star', '*'],
  ['weak', 'W/"1.x"'],
  ['lone quote', '"'],
  ['negative', '-1'],
  ['30 digits', '9'.repeat(30)],
  ['latin-1', 'caf\u00e9'],
];

/** Spoiled JSON values for one body property. */
const JSON_VALUES: [string, unknown][] = [
  ['null', null],
  ['number', 12345],
  ['negative', -1],
  ['fraction', 1.5],
  ['1e308', 1e308],
  ['boolean', true],
  ['array', []],
  ['object', {}],
  ['empty', ''],
  ['NUL', 'a\u0000b'],
  ['lone surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
  ['100,000 characters', 'x'.repeat(100_000)],
  ['hex text', '0x1'],
  ['array with NUL', ['a\u0000']],
  ['operator object', { $gt: '' }],
  ['__proto__', '__proto__'],
  ['unicode', 'é😀'],
];

const DEEP = 100_000;

/** Whole bodies that are not what any endpoint takes, by content type sent. */
const MALFORMED: Record<string, [string, string | Buffer][]> = {
  'application/json': [
    ['unclosed', '{'],
    ['cut', '{"a":'],
    ['empty', ''],
    ['null', 'null'],
    ['array', '[]'],
    ['string', '"text"'],
    ['number', '1'],
    ['raw NUL', '{"a":"\u0000"}'],
    ['NUL name', '{"\\u0000":1}'],
    ['__proto__', '{"__proto__":{"polluted":1}}'],
    ['constructor', '{"constructor":{"prototype":{"polluted":1}}}'],
    ['deep arrays', `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`],
    ['deep objects', `${'{"a":'.repeat(DEEP)}1${'}'.repeat(DEEP)}`],
    ['invalid UTF-8', Buffer.from([0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d])],
    ['byte order mark', '\ufeff{}'],
    ['duplicate keys', '{"a":1,"a":2}'],
    ['1 MB string', `"${'a'.repeat(1_000_000)}"`],
  ],
  'text/markdown': [
    ['empty', ''],
    ['NUL', '# a\u0000b\n'],
    ['invalid UTF-8', Buffer.from([0x23, 0x20, 0xff, 0xfe, 0x0a])],
    ['deep front matter', `---\na: ${'['.repeat(DEEP)}\n---\n# Deep\n`],
    ['deep block quotes', `${'>'.repeat(10_000)} deep\n`],
    ['deep lists', `${'- '.repeat(5_000)}deep\n`],
  ],
  'application/yaml': [
    ['empty', ''],
    ['not YAML', '::: [\n'],
    ['alias loop', 'a: &a [*a, *a]\n'],
    [
      'alias bomb',
      `a: &a [x, x]\n${Array.from({ length: 30 }, (_, i) => `b${i}: &b${i} [${i === 0 ? '*a, *a' : `*b${i - 1}, *b${i - 1}`}]`).join('\n')}\n`,
    ],
    ['deep', `${'['.repeat(DEEP)}\n`],
    ['JS tag', 'a: !!js/function "function () {}"\n'],
    ['NUL', 'name: a\u0000b\n'],
  ],
};

/** Content types no endpoint declares, or declares with another charset. */
const OTHER_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'multipart/form-data; boundary=x',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'text/markdown; charset=iso-8859-1',
  'application/yaml',
  'text/yaml',
  'text/markdown',
  'application/json',
  ';;;',
];

/** A value its schema accepts: the seeded ids where a name is one of them. */
function validValue(schema: Schema, name: string, ids: CorpusIds): unknown {
  if (schema.const !== undefined) return schema.const;
  if (schema.enum) return schema.enum[0];
  const branch = (schema.anyOf ?? schema.oneOf)?.find((s) => s.type !== 'null');
  if (branch) return validValue(branch, name, ids);
  const type = [schema.type ?? 'string'].flat().find((t) => t !== 'null');
  if (type === 'object') return validObject(schema, ids);
  if (type === 'array') return schema.minItems ? [validValue(schema.items ?? {}, name, ids)] : [];
  if (type === 'integer' || type === 'number') return Math.max(schema.minimum ?? 1, 1);
  if (type === 'boolean') return false;
  return validText(schema, name, ids);
}

function validObject(schema: Schema, ids: CorpusIds): Record<string, unknown> {
  const object: Record<string, unknown> = {};
  for (const key of schema.required ?? [])
    object[key] = validValue(schema.properties?.[key] ?? {}, key, ids);
  return object;
}

function validText(schema: Schema, name: string, ids: CorpusIds): string {
  if (name === 'markdown') return '# Corpus\n\n## Overview\n\nText.\n';
  if (schema.format === 'uuid') return ids.documentId;
  if (schema.format === 'date-time') return '2030-01-01T00:00:00Z';
  if (schema.format === 'email') return 'rita@example.com';
  if (schema.format === 'uri' || name === 'url') return ids.hookUrl;
  const candidates = [ids.username, ids.ws, 'overview', 'a', 'docs/a.md', 'x1', 'Corpus text'];
  const pattern = schema.pattern ? new RegExp(schema.pattern, 'u') : null;
  const fits = (text: string) =>
    (!pattern || pattern.test(text)) &&
    text.length >= (schema.minLength ?? 0) &&
    text.length <= (schema.maxLength ?? Infinity);
  return candidates.find(fits) ?? 'a'.repeat(Math.max(schema.minLength ?? 1, 1));
}

/** The seeded value of a path parameter: which id a name means depends on the path. */
function pathValue(path: string, name: string, ids: CorpusIds): string {
  const byName: Record<string, string> = {
    id: path.startsWith('/api/v1/api-keys') ? ids.apiKeyId : ids.documentId,
    n: '1',
    ws: ids.ws,
    username: ids.username,
    commentId: ids.commentId,
    notificationId: ids.notificationId,
    hook: ids.hookId,
    delivery: ids.deliveryId,
    name: path.includes('/templates/') ? ids.template : ids.group,
  };
  return byName[name] ?? 'a';
}

/** One operation's requests; `label` says what was spoiled. */
function* requestsFor(
  path: string,
  method: string,
  operation: Operation,
  ids: CorpusIds,
): Generator<[string, InjectOptions]> {
  const parameters = operation.parameters ?? [];
  const pathParams = Object.fromEntries(
    parameters
      .filter((p) => p.in === 'path')
      .map((p) => [p.name, encodeURIComponent(pathValue(path, p.name, ids))]),
  );
  const url = (params: Record<string, string>, query = '') =>
    path.replace(/\{(\w+)\}/g, (_, name: string) => params[name] ?? '') + query;
  const headers: Record<string, string> =
    path === '/api/v1/documents/{id}' && method === 'PUT' ? { 'if-match': ids.etag } : {};
  const contents = Object.entries(operation.requestBody?.content ?? {});
  const [bodyType, bodyContent] = contents[0] ?? [];
  const validBody = bodyContent ? validValue(bodyContent.schema, 'markdown', ids) : undefined;
  const withBody = (options: InjectOptions): InjectOptions =>
    bodyType === undefined
      ? options
      : {
          ...options,
          headers: { 'content-type': bodyType, ...headers, ...options.headers },
          payload: serialise(validBody, bodyType),
        };
  const base = { method: method as InjectOptions['method'], headers };
  for (const parameter of parameters) {
    if (parameter.in === 'path')
      for (const [label, value] of URL_VALUES)
        yield [
          `path ${parameter.name}: ${label}`,
          withBody({ ...base, url: url({ ...pathParams, [parameter.name]: value }) }),
        ];
    if (parameter.in === 'query') {
      const name = parameter.name;
      for (const [label, value] of [
        ...URL_VALUES,
        ['twice', `a&${name}=b`] as [string, string],
        ['bracket name', `1&${name}[]=1`] as [string, string],
        ['object name', `1&${name}[a]=1`] as [string, string],
      ])
        yield [
          `query ${name}: ${label}`,
          withBody({ ...base, url: url(pathParams, `?${name}=${value}`) }),
        ];
    }
    if (parameter.in === 'header')
      for (const [label, value] of HEADER_VALUES)
        yield [
          `header ${parameter.name}: ${label}`,
          withBody({
            ...base,
            url: url(pathParams),
            headers: { ...headers, [parameter.name]: value },
          }),
        ];
  }
  // Text no engine stores, in a query no route declares: refused before any handler runs.
  for (const [label, value] of [
    ['NUL', 'a%00b'],
    ['NUL name', ''],
  ] as const)
    yield [
      `undeclared query: ${label}`,
      withBody({ ...base, url: url(pathParams, label === 'NUL' ? `?zz=${value}` : '?a%00=1') }),
    ];
  if (!bodyType) return;
  const target = { ...base, url: url(pathParams) };
  const properties = Object.entries(bodyContent?.schema.properties ?? {});
  for (const [property] of properties)
    for (const [label, value] of JSON_VALUES)
      yield [
        `body ${property}: ${label}`,
        {
          ...target,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify({ ...(validBody as object), [property]: value }),
        },
      ];
  if (bodyContent?.schema.type === 'object')
    yield [
      'body: unknown property',
      {
        ...target,
        headers: { ...headers, 'content-type': 'application/json' },
        payload: JSON.stringify({ ...(validBody as object), unknownProperty: 1 }),
      },
    ];
  for (const type of OTHER_TYPES)
    if (!contents.some(([declared]) => declared === type))
      yield [
        `content type ${type}`,
        {
          ...target,
          headers: { ...headers, 'content-type': type },
          payload: serialise(validBody, bodyType),
        },
      ];
  for (const [type] of contents)
    for (const [label, payload] of MALFORMED[type] ?? [])
      yield [
        `${type} body: ${label}`,
        { ...target, headers: { ...headers, 'content-type': type }, payload },
      ];
}

function serialise(body: unknown, type: string): string {
  if (typeof body === 'string') return body;
  if (type === 'application/yaml') return CORPUS_TEMPLATE;
  return JSON.stringify(body ?? {});
}

/** Whether an operation's responses list `status`, itself or by its class (`4XX`) or `default`. */
function describes(operation: Operation, status: number): boolean {
  const listed = operation.responses ?? {};
  return String(status) in listed || `${String(status)[0]}XX` in listed || 'default' in listed;
}

/**
 * Send the corpus to `app` (which acts as an instance admin), operations that delete last so
 * that the seeded ids stay valid for the rest. Event streams are read as streams and dropped.
 */
export async function runBadInputCorpus(
  app: FastifyInstance,
  openapi: OpenApi,
  ids: CorpusIds,
): Promise<CorpusResult> {
  const operations = Object.entries(openapi.paths)
    .flatMap(([path, methods]) =>
      Object.entries(methods).map(([method, operation]) => ({
        path,
        method: method.toUpperCase(),
        operation,
      })),
    )
    .sort((a, b) => Number(a.method === 'DELETE') - Number(b.method === 'DELETE'));
  const failures: string[] = [];
  const timings: [number, string][] = [];
  let requests = 0;
  let covered = 0;
  for (const { path, method, operation } of operations) {
    const streams = Boolean(operation.responses?.['200']?.content?.['text/event-stream']);
    let sent = 0;
    for (const [label, options] of requestsFor(path, method, operation, ids)) {
      const started = performance.now();
      const response = await app.inject({ ...options, payloadAsStream: streams });
      timings.push([performance.now() - started, `${method} ${path} (${label})`]);
      sent++;
      const type = String(response.headers['content-type'] ?? '');
      if (streams) response.stream().destroy();
      if (
        response.statusCode >= 500 ||
        (response.statusCode >= 400 && !type.startsWith('application/problem+json'))
      )
        failures.push(
          `${method} ${path} (${label}) → ${response.statusCode} ${type}${streams ? '' : ` ${response.body.slice(0, 160)}`}`,
        );
      // What a client is told to expect: the description lists every status the operation gives.
      else if (!describes(operation, response.statusCode))
        failures.push(
          `${method} ${path} (${label}) → ${response.statusCode}, which its OpenAPI responses do not list`,
        );
    }
    requests += sent;
    if (sent > 0) covered++;
  }
  const slowest = timings
    .sort((a, b) => b[0] - a[0])
    .slice(0, 5)
    .map(([ms, what]) => `${Math.round(ms)} ms ${what}`);
  return { operations: operations.length, covered, requests, failures, slowest };
}
