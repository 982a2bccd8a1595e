import { describe, expect, it } from 'vitest';
import {
  driftedContracts,
  LEDGER_API,
  LEDGER_DOCUMENT,
  withContracts,
} from '../../test/ledger-api.js';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { openApiOperations } from '../checks/openapi-operations.js';

const checks = { api: LEDGER_API };

describe('api-unimplemented', () => {
  it.each([
    ['the contracts that match the description', LEDGER_DOCUMENT],
    [
      'a path written without the base path',
      withContracts('GET /transactions/{id}\n  Status: 200, 404'),
    ],
    [
      'a path with other parameter names',
      withContracts('GET /api/v1/transactions/{txn}\n  Status: 200'),
    ],
  ])('reports nothing for %s', (_name, markdown) => {
    expect(runRule('api-unimplemented', markdown, { checks }).findings).toEqual([]);
  });

  it('reports nothing without an API description (outside check-api)', () => {
    const markdown = withContracts('GET /nowhere\n  Status: 200');
    expect(runRule('api-unimplemented', markdown).findings).toEqual([]);
  });

  it('reports an endpoint the description lacks at its line', () => {
    const markdown = driftedContracts('GET /api/v1/health', 'GET /api/v1/status');
    expectFindings(
      'api-unimplemented',
      markdown,
      [
        {
          messageId: 'unimplemented',
          data: { method: 'GET', path: '/api/v1/status' },
          line: lineOf(markdown, 'GET /api/v1/status'),
          column: 1,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('names the methods the description has on the path when the method differs', () => {
    const markdown = driftedContracts(
      'DELETE /api/v1/transactions/{id}',
      'PATCH /api/v1/transactions/{id}',
    );
    expectFindings(
      'api-unimplemented',
      markdown,
      [
        {
          messageId: 'otherMethods',
          data: { method: 'PATCH', path: '/api/v1/transactions/{id}', methods: 'GET, DELETE' },
          line: lineOf(markdown, 'PATCH /api/v1/'),
        },
      ],
      { checks },
    );
  });

  it('suggests the path a typo away', () => {
    const markdown = driftedContracts('POST /api/v1/transactions', 'POST /api/v1/transactons');
    expectFindings(
      'api-unimplemented',
      markdown,
      [
        {
          messageId: 'nearPath',
          data: {
            method: 'POST',
            path: '/api/v1/transactons',
            suggestion: 'POST /api/v1/transactions',
          },
          line: lineOf(markdown, 'POST /api/v1/transactons'),
        },
      ],
      { checks },
    );
  });

  it('suggests the one path that ends with a path written without its prefix', () => {
    const api = openApiOperations(
      { paths: { '/api/v1/transactions': { get: {} }, '/api/v1/accounts': { get: {} } } },
      'a.yaml',
    );
    const markdown = withContracts('GET /transactions\n  Status: 200');
    expectFindings(
      'api-unimplemented',
      markdown,
      [
        {
          messageId: 'nearPath',
          data: { method: 'GET', path: '/transactions', suggestion: 'GET /api/v1/transactions' },
        },
      ],
      { checks: { api } },
    );
  });

  it('leaves invalid methods and paths to api-contract', () => {
    const markdown = withContracts(
      'FETCH /api/v1/health\n  Status: 200\nGET api/v1\n  Status: 200',
    );
    expect(runRule('api-unimplemented', markdown, { checks }).findings).toEqual([]);
  });
});
