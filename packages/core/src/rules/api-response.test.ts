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
const POST = { method: 'POST', path: '/api/v1/transactions' };

describe('api-response', () => {
  it.each([
    ['the matching contracts', LEDGER_DOCUMENT],
    [
      'a name without fields',
      driftedContracts('Transaction { id, amount, currency, memo? }', 'Transaction'),
    ],
  ])('reports nothing for %s', (_name, markdown) => {
    expect(runRule('api-response', markdown, { checks }).findings).toEqual([]);
  });

  it('reports “Output: none” where a success status returns a body', () => {
    const markdown = driftedContracts(
      'Output: Transaction { id, amount, currency, memo? }',
      'Output: none',
    );
    expectFindings(
      'api-response',
      markdown,
      [
        {
          messageId: 'outputNotDocumented',
          data: { ...POST, status: '201' },
          line: lineOf(markdown, 'Output: none'),
          column: 11,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('reports an output where no success status returns a body', () => {
    const markdown = driftedContracts(
      'DELETE /api/v1/transactions/{id}\n  Input: none\n  Output: none',
      'DELETE /api/v1/transactions/{id}\n  Input: none\n  Output: Transaction',
    );
    expectFindings(
      'api-response',
      markdown,
      [
        {
          messageId: 'outputNotReturned',
          data: {
            method: 'DELETE',
            path: '/api/v1/transactions/{id}',
            statuses: '204',
            output: 'Transaction',
          },
          line: lineOf(markdown, 'DELETE /api/v1/transactions/{id}') + 2,
        },
      ],
      { checks },
    );
  });

  it('reports fields both ways and optionality', () => {
    const markdown = driftedContracts(
      'Transaction { id, amount, currency, memo? }',
      'Transaction { id?, amount, currency, memo, createdAt }',
    );
    expect(runRule('api-response', markdown, { checks }).findings.map((f) => f.message)).toEqual([
      'Output field “id” of POST /api/v1/transactions is always present in the API description, but its contract marks it optional',
      'Output field “memo” of POST /api/v1/transactions is optional in the API description; mark it “memo?” in its contract',
      'Output field “createdAt” of POST /api/v1/transactions is not in the API description',
    ]);
  });

  it('reads the body of the success status the contract lists', () => {
    const api = openApiOperations(
      {
        paths: {
          '/a': {
            put: {
              responses: {
                '200': {
                  content: { 'application/json': { schema: { properties: { alpha: {} } } } },
                },
                '201': {
                  content: { 'application/json': { schema: { properties: { beta: {} } } } },
                },
              },
            },
          },
        },
      },
      'a.yaml',
    );
    const findings = (contract: string) =>
      runRule('api-response', withContracts(contract), { checks: { api } }).findings.map(
        (f) => f.message,
      );
    expect(findings('PUT /a\n  Output: A { beta? }\n  Status: 201')).toEqual([]);
    expect(findings('PUT /a\n  Output: A { alpha? }\n  Status: 200, 201')).toEqual([]);
    expect(findings('PUT /a\n  Output: A { beta? }\n  Status: 200')).toEqual([
      'The API description’s output of PUT /a has field “alpha”, which its contract does not list',
      'Output field “beta” of PUT /a is not in the API description',
    ]);
  });

  it('compares a list response’s items', () => {
    const api = openApiOperations(
      {
        paths: {
          '/a': {
            get: {
              responses: {
                '200': {
                  content: {
                    'application/json': {
                      schema: {
                        type: 'array',
                        items: { properties: { id: {} }, required: ['id'] },
                      },
                    },
                  },
                },
              },
            },
          },
        },
      },
      'a.yaml',
    );
    const markdown = withContracts('GET /a\n  Output: A[] { id }\n  Status: 200');
    expect(runRule('api-response', markdown, { checks: { api } }).findings).toEqual([]);
  });
});
