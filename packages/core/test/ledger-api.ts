import type { ApiDescription } from '../src/checks/api-description.js';
import { openApiOperations } from '../src/checks/openapi-operations.js';
import { replaceSection, TDD_DOCUMENT } from './tdd-document.js';

/**
 * The ledger's API as an OpenAPI 3.1 description, already dereferenced (as the CLI hands it to
 * the core), and the API contracts of the tdd test document that match it exactly: the `api-*`
 * rule tests start from the pair and seed one drift each.
 */
const transaction = {
  type: 'object',
  required: ['id', 'amount', 'currency'],
  properties: {
    id: { type: 'string' },
    amount: { type: 'integer' },
    currency: { type: 'string' },
    memo: { type: ['string', 'null'] },
  },
};
const problem = {
  description: 'A problem',
  content: {
    'application/problem+json': {
      schema: {
        type: 'object',
        properties: { type: { type: 'string' }, title: { type: 'string' } },
      },
    },
  },
};
const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });

export const LEDGER_OPENAPI = {
  openapi: '3.1.0',
  info: { title: 'Ledger', version: '1.0.0' },
  servers: [{ url: 'https://ledger.example.com/api/v1' }],
  security: [{ bearer: [] }],
  components: {
    securitySchemes: {
      bearer: { type: 'http', scheme: 'bearer' },
      session: { type: 'apiKey', in: 'cookie', name: 'sid' },
    },
  },
  paths: {
    '/transactions': {
      post: {
        operationId: 'createTransaction',
        requestBody: {
          required: true,
          ...json({
            allOf: [
              {
                type: 'object',
                required: ['amount', 'currency'],
                properties: { amount: { type: 'integer' }, currency: { type: 'string' } },
              },
              { type: 'object', properties: { memo: { type: 'string' } } },
            ],
          }),
        },
        responses: {
          '201': { description: 'Created', ...json(transaction) },
          '400': problem,
          '409': problem,
        },
      },
      get: {
        parameters: [
          { name: 'cursor', in: 'query', schema: { type: 'string' } },
          { name: 'limit', in: 'query', schema: { type: 'integer' } },
        ],
        responses: {
          '200': {
            description: 'A page',
            ...json({
              type: 'object',
              required: ['items'],
              properties: {
                items: { type: 'array', items: transaction },
                next: { type: 'string' },
              },
            }),
          },
        },
      },
    },
    '/transactions/{transactionId}': {
      parameters: [
        { name: 'transactionId', in: 'path', required: true, schema: { type: 'string' } },
      ],
      get: {
        responses: {
          '200': { description: 'The transaction', ...json(transaction) },
          '404': problem,
        },
      },
      delete: {
        security: [{ session: [] }],
        responses: { '204': { description: 'Deleted' }, '404': problem },
      },
    },
    '/health': {
      get: {
        security: [],
        responses: {
          '200': {
            description: 'Healthy',
            ...json({ type: 'object', properties: { status: { type: 'string' } } }),
          },
        },
      },
    },
  },
};

/** The ledger's API as the `api-*` rules receive it. */
export const LEDGER_API: ApiDescription = openApiOperations(LEDGER_OPENAPI, 'ledger.yaml');

/** The contracts that match `LEDGER_OPENAPI` exactly. */
export const LEDGER_CONTRACTS = `POST /api/v1/transactions
  Input: TransactionCreate { amount, currency, memo? }
  Output: Transaction { id, amount, currency, memo? }
  Status: 201, 400, 409
  Auth: bearer token
GET /api/v1/transactions
  Input: TransactionQuery { cursor?, limit? }
  Output: TransactionPage { items, next? }
  Status: 200
GET /api/v1/transactions/{id}
  Input: none
  Output: Transaction
  Status: 200, 404
DELETE /api/v1/transactions/{id}
  Input: none
  Output: none
  Status: 204, 404
  Auth: session cookie
GET /api/v1/health
  Input: none
  Output: Health { status? }
  Status: 200
  Auth: none`;

/** The tdd test document with these API contracts as its REST Endpoints. */
export const withContracts = (contracts: string): string =>
  replaceSection(
    TDD_DOCUMENT,
    '### REST Endpoints',
    `### REST Endpoints\n\n\`\`\`yaml\n${contracts}\n\`\`\`\n\n`,
  );

/** The tdd test document whose contracts match `LEDGER_OPENAPI`. */
export const LEDGER_DOCUMENT = withContracts(LEDGER_CONTRACTS);

/** `LEDGER_CONTRACTS` with one text replaced (throws when it is not there, so a test cannot rot). */
export function driftedContracts(from: string, to: string): string {
  if (!LEDGER_CONTRACTS.includes(from)) throw new Error(`“${from}” is not in the ledger contracts`);
  return withContracts(LEDGER_CONTRACTS.replace(from, to));
}
