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

describe('api-status', () => {
  it('reports nothing when the statuses agree', () => {
    expect(runRule('api-status', LEDGER_DOCUMENT, { checks }).findings).toEqual([]);
  });

  it('reports a listed status the description lacks, at the code', () => {
    const markdown = driftedContracts('Status: 200, 404', 'Status: 200, 404, 410');
    const line = lineOf(markdown, 'Status: 200, 404, 410');
    expectFindings(
      'api-status',
      markdown,
      [
        {
          messageId: 'notDescribed',
          data: {
            status: '410',
            method: 'GET',
            path: '/api/v1/transactions/{id}',
            described: '200, 404',
          },
          line,
          column: 21,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('reports a described status the contract does not list, at the Status line', () => {
    const markdown = driftedContracts('Status: 201, 400, 409', 'Status: 201, 400');
    expectFindings(
      'api-status',
      markdown,
      [
        {
          messageId: 'notListed',
          data: { method: 'POST', path: '/api/v1/transactions', status: '409' },
          line: lineOf(markdown, 'Status: 201, 400'),
          column: 11,
        },
      ],
      { checks },
    );
  });

  it('takes implied codes as neither needing a listing nor a description', () => {
    const markdown = driftedContracts('Status: 201, 400, 409', 'Status: 201, 401, 429');
    const run = (implied: unknown[]) =>
      runRule('api-status', markdown, { checks, options: { implied } }).messageIds;
    expect(run([])).toEqual(['notListed', 'notListed', 'notDescribed', 'notDescribed']);
    expect(run([400, 401, 409, 429])).toEqual([]);
    expect(run(['4XX'])).toEqual([]);
  });

  describe('ranges and default', () => {
    const api = openApiOperations(
      {
        paths: {
          '/a': { get: { responses: { '200': {}, '4XX': {}, default: {} } } },
          '/b': { get: { responses: { '2XX': {}, '5XX': {} } } },
        },
      },
      'a.yaml',
    );
    const findings = (contracts: string, implied: unknown[] = []) =>
      runRule('api-status', withContracts(contracts), {
        checks: { api },
        options: { implied },
      }).findings.map((f) => f.message);

    it('takes a code in a described range, or an error under default, as described', () => {
      expect(findings('GET /a\n  Status: 200, 404, 409, 503')).toEqual([]);
      expect(findings('GET /b\n  Status: 204, 500')).toEqual([]);
    });

    it('reports a success code default does not cover', () => {
      expect(findings('GET /a\n  Status: 200, 202, 404')).toEqual([
        'Status 202 of GET /a is not in the API description, which gives 200, 4XX, default',
      ]);
    });

    it('reports a range the contract lists no code of, unless a code in it is implied', () => {
      expect(findings('GET /b\n  Status: 200')).toEqual([
        'The API description gives GET /b status 5XX, which its contract does not list',
      ]);
      expect(findings('GET /b\n  Status: 200', [500])).toEqual([]);
    });
  });

  it('leaves contracts without a Status line to api-contract', () => {
    const markdown = withContracts('GET /api/v1/health\n  Input: none');
    expect(runRule('api-status', markdown, { checks }).findings).toEqual([]);
  });
});
