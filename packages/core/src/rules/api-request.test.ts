import { describe, expect, it } from 'vitest';
import {
  driftedContracts,
  LEDGER_API,
  LEDGER_DOCUMENT,
  withContracts,
} from '../../test/ledger-api.js';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';

const checks = { api: LEDGER_API };
const POST = { method: 'POST', path: '/api/v1/transactions' };

describe('api-request', () => {
  it.each([
    ['the matching contracts', LEDGER_DOCUMENT],
    [
      'a name without fields (only presence is compared)',
      driftedContracts('TransactionCreate { amount, currency, memo? }', 'TransactionCreate'),
    ],
    [
      'contracts without an Input line',
      withContracts('POST /api/v1/transactions\n  Status: 201, 400, 409'),
    ],
  ])('reports nothing for %s', (_name, markdown) => {
    expect(runRule('api-request', markdown, { checks }).findings).toEqual([]);
  });

  it('reports “Input: none” where the description takes a body, at the Input line', () => {
    const markdown = driftedContracts(
      'Input: TransactionCreate { amount, currency, memo? }',
      'Input: none',
    );
    expectFindings(
      'api-request',
      markdown,
      [
        {
          messageId: 'bodyNotDocumented',
          data: { ...POST, mediaType: 'application/json' },
          line: lineOf(markdown, 'Input: none'),
          column: 10,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('reports “Input: none” where the description takes query parameters', () => {
    const markdown = driftedContracts('Input: TransactionQuery { cursor?, limit? }', 'Input: none');
    expectFindings(
      'api-request',
      markdown,
      [
        {
          messageId: 'queryNotDocumented',
          data: { method: 'GET', path: '/api/v1/transactions', names: 'cursor, limit' },
        },
      ],
      { checks },
    );
  });

  it('reports an input where the description takes none', () => {
    const markdown = driftedContracts(
      'GET /api/v1/transactions/{id}\n  Input: none',
      'GET /api/v1/transactions/{id}\n  Input: TransactionLookup',
    );
    expectFindings(
      'api-request',
      markdown,
      [
        {
          messageId: 'inputNotTaken',
          data: { method: 'GET', path: '/api/v1/transactions/{id}', input: 'TransactionLookup' },
          line: lineOf(markdown, 'Input: TransactionLookup'),
        },
      ],
      { checks },
    );
  });

  it('reports fields both ways: listed but not described at the field, described but not listed at the value', () => {
    const markdown = driftedContracts(
      'TransactionCreate { amount, currency, memo? }',
      'TransactionCreate { amount, curency, note? }',
    );
    const line = lineOf(markdown, 'curency');
    expectFindings(
      'api-request',
      markdown,
      [
        { messageId: 'fieldNotListed', data: { ...POST, field: 'currency' }, line, column: 10 },
        { messageId: 'fieldNotListed', data: { ...POST, field: 'memo' }, line, column: 10 },
        {
          messageId: 'fieldNotDescribedNear',
          data: { ...POST, field: 'curency', suggestion: 'currency' },
          line,
          column: 38,
        },
        { messageId: 'fieldNotDescribed', data: { ...POST, field: 'note' }, line, column: 47 },
      ],
      { checks },
    );
  });

  it('reports a field whose optionality differs', () => {
    const markdown = driftedContracts(
      'TransactionCreate { amount, currency, memo? }',
      'TransactionCreate { amount?, currency, memo }',
    );
    expect(runRule('api-request', markdown, { checks }).messageIds).toEqual([
      'fieldRequired',
      'fieldOptional',
    ]);
    expect(runRule('api-request', markdown, { checks }).findings[1]?.message).toBe(
      'Input field “memo” of POST /api/v1/transactions is optional in the API description; mark it “memo?” in its contract',
    );
  });

  it('compares the fields of an operation without a body with its query parameters', () => {
    const markdown = driftedContracts(
      'TransactionQuery { cursor?, limit? }',
      'TransactionQuery { cursor?, page? }',
    );
    expect(runRule('api-request', markdown, { checks }).findings.map((f) => f.message)).toEqual([
      'The API description’s input of GET /api/v1/transactions has field “limit”, which its contract does not list',
      'Input field “page” of GET /api/v1/transactions is not in the API description',
    ]);
  });
});
