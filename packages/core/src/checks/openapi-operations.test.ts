import { describe, expect, it } from 'vitest';
import { LEDGER_OPENAPI } from '../../test/ledger-api.js';
import { openApiOperations } from './openapi-operations.js';

const describeOne = (operation: Record<string, unknown>, extra: Record<string, unknown> = {}) =>
  openApiOperations(
    { openapi: '3.0.3', info: {}, paths: { '/a': { post: operation } }, ...extra },
    'a.yaml',
  ).operations[0];

describe('openApiOperations', () => {
  it('reduces a 3.1 description to what contracts can say', () => {
    const api = openApiOperations(LEDGER_OPENAPI, 'ledger.yaml');
    expect(api.source).toBe('ledger.yaml');
    expect(api.basePath).toBe('/api/v1');
    expect(api.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'POST /api/v1/transactions',
      'GET /api/v1/transactions',
      'GET /api/v1/transactions/{transactionId}',
      'DELETE /api/v1/transactions/{transactionId}',
      'GET /api/v1/health',
    ]);
    const [create, list, read, remove, health] = api.operations;
    expect(create).toEqual({
      method: 'POST',
      path: '/api/v1/transactions',
      operationId: 'createTransaction',
      parameters: [],
      statuses: ['201', '400', '409'],
      request: {
        required: true,
        mediaType: 'application/json',
        fields: ['amount', 'currency', 'memo'],
        requiredFields: ['amount', 'currency'],
      },
      responses: {
        '201': {
          required: true,
          mediaType: 'application/json',
          fields: ['id', 'amount', 'currency', 'memo'],
          requiredFields: ['id', 'amount', 'currency'],
        },
        '400': {
          required: true,
          mediaType: 'application/problem+json',
          fields: ['type', 'title'],
          requiredFields: [],
        },
        '409': expect.objectContaining({ mediaType: 'application/problem+json' }),
      },
      security: { optional: false, schemes: [{ name: 'bearer', type: 'http', scheme: 'bearer' }] },
    });
    expect(list?.parameters).toEqual([
      { name: 'cursor', in: 'query', required: false },
      { name: 'limit', in: 'query', required: false },
    ]);
    expect(list?.request).toBeNull();
    expect(read?.parameters).toEqual([{ name: 'transactionId', in: 'path', required: true }]);
    expect(remove?.responses).toEqual({ '204': null, '404': expect.anything() });
    expect(remove?.security).toEqual({
      optional: false,
      schemes: [{ name: 'session', type: 'apiKey', in: 'cookie' }],
    });
    expect(health?.security).toEqual({ optional: true, schemes: [] });
  });

  it.each([
    [[{ url: 'https://example.com' }], ''],
    [[{ url: 'https://example.com/' }], ''],
    [[{ url: '/api/v1/' }], '/api/v1'],
    [[{ url: '{scheme}://example.com/{base}', variables: { base: { default: 'v2' } } }], '/v2'],
    [[{ url: 'http://localhost:3000/api?x=1' }, { url: '/other' }], '/api'],
    [[], ''],
  ])('takes the base path from the first server URL: %j → “%s”', (servers, basePath) => {
    const api = openApiOperations({ openapi: '3.1.0', servers, paths: { '/x': { get: {} } } }, 's');
    expect(api.basePath).toBe(basePath);
    expect(api.operations[0]?.path).toBe(`${basePath}/x`);
  });

  it('takes a path item’s or operation’s own servers over the description’s', () => {
    const api = openApiOperations(
      {
        servers: [{ url: '/api/v1' }],
        paths: {
          '/healthz': { servers: [{ url: 'https://example.com' }], get: {} },
          '/metrics': { get: { servers: [{ url: '/ops' }] }, post: {} },
        },
      },
      's',
    );
    expect(api.operations.map((op) => `${op.method} ${op.path}`)).toEqual([
      'GET /healthz',
      'GET /ops/metrics',
      'POST /api/v1/metrics',
    ]);
  });

  it('lets an operation parameter replace the path item’s of the same name and place', () => {
    const api = openApiOperations(
      {
        paths: {
          '/a/{id}': {
            parameters: [
              { name: 'id', in: 'path', required: true },
              { name: 'q', in: 'query', required: false },
            ],
            get: { parameters: [{ name: 'q', in: 'query', required: true }] },
          },
        },
      },
      's',
    );
    expect(api.operations[0]?.parameters).toEqual([
      { name: 'id', in: 'path', required: true },
      { name: 'q', in: 'query', required: true },
    ]);
  });

  it('reads the JSON media type, else the first', () => {
    const body = (content: Record<string, unknown>) =>
      describeOne({ requestBody: { content } })?.request;
    const object = (name: string) => ({ schema: { properties: { [name]: {} } } });
    expect(body({ 'text/plain': object('a'), 'application/json': object('b') })?.fields).toEqual([
      'b',
    ]);
    expect(body({ 'text/markdown': object('c'), 'application/yaml': object('d') })).toEqual({
      required: false,
      mediaType: 'text/markdown',
      fields: ['c'],
      requiredFields: [],
    });
    expect(body({ 'application/vnd.api+json': object('e') })?.fields).toEqual(['e']);
  });

  it('merges allOf, unites anyOf/oneOf (required where all require) and reads array items', () => {
    const fields = (schema: unknown) =>
      describeOne({ responses: { '200': { content: { 'application/json': { schema } } } } })
        ?.responses['200'];
    expect(
      fields({
        oneOf: [
          { properties: { a: {}, b: {} }, required: ['a', 'b'] },
          { properties: { a: {}, c: {} }, required: ['a'] },
        ],
      }),
    ).toMatchObject({ fields: ['a', 'b', 'c'], requiredFields: ['a'] });
    expect(
      fields({ allOf: [{ properties: { a: {} } }, { properties: { b: {} } }], required: ['b'] }),
    ).toMatchObject({ fields: ['a', 'b'], requiredFields: ['b'] });
    expect(
      fields({ type: 'array', items: { properties: { id: {} }, required: ['id'] } }),
    ).toMatchObject({ fields: ['id'], requiredFields: ['id'] });
    expect(fields({ type: 'string' })).toMatchObject({ fields: null, requiredFields: [] });
    expect(fields({ type: 'object', additionalProperties: true })?.fields).toBeNull();
  });

  it('follows a dereferenced cycle without looping', () => {
    const node: Record<string, unknown> = { type: 'object', properties: { name: {} } };
    node.allOf = [node];
    (node.properties as Record<string, unknown>).children = { type: 'array', items: node };
    const response = describeOne({
      responses: { '200': { content: { 'application/json': { schema: node } } } },
    })?.responses['200'];
    expect(response?.fields).toEqual(['name', 'children']);
  });

  it('reads security from the operation, else the root; `{}` or `[]` lets anonymous calls in', () => {
    const components = {
      components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
    };
    expect(describeOne({}, components)?.security).toBeUndefined();
    expect(describeOne({}, { ...components, security: [{ key: [] }] })?.security).toEqual({
      optional: false,
      schemes: [{ name: 'key', type: 'apiKey', in: 'header' }],
    });
    expect(describeOne({ security: [{}, { key: [] }] }, components)?.security).toEqual({
      optional: true,
      schemes: [{ name: 'key', type: 'apiKey', in: 'header' }],
    });
    expect(describeOne({ security: [{ undeclared: [] }] })?.security).toEqual({
      optional: false,
      schemes: [{ name: 'undeclared', type: '' }],
    });
  });

  it('writes ranges in upper case and keeps default', () => {
    expect(describeOne({ responses: { '200': {}, '4xx': {}, default: {} } })?.statuses).toEqual([
      '200',
      '4XX',
      'default',
    ]);
  });
});
