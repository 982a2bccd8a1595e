import { describe, expect, it } from 'vitest';
import {
  LEDGER_API,
  LEDGER_CONTRACTS,
  LEDGER_DOCUMENT,
  withContracts,
} from '../../test/ledger-api.js';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';
import { openApiOperations } from '../checks/openapi-operations.js';

const checks = { api: LEDGER_API };
/** The ledger contracts without the endpoint whose line starts with `line`. */
const without = (line: string) =>
  withContracts(
    LEDGER_CONTRACTS.split(/\n(?=[A-Z])/)
      .filter((endpoint) => !endpoint.startsWith(line))
      .join('\n'),
  );

describe('api-undocumented', () => {
  it('reports nothing when every operation has a contract', () => {
    expect(runRule('api-undocumented', LEDGER_DOCUMENT, { checks }).findings).toEqual([]);
  });

  it('reports an operation no contract names at the API Contracts heading', () => {
    const markdown = without('DELETE');
    expectFindings(
      'api-undocumented',
      markdown,
      [
        {
          messageId: 'undocumented',
          data: { method: 'DELETE', path: '/api/v1/transactions/{transactionId}' },
          line: lineOf(markdown, '## API Contracts'),
          column: 1,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('reports at line 1 in a document without API contracts', () => {
    const markdown = replaceSection(TDD_DOCUMENT, '## API Contracts', '');
    const run = runRule('api-undocumented', markdown, { checks });
    expect(run.findings).toHaveLength(5);
    expect(run.findings.every((f) => f.line === 1 && f.column === 1)).toBe(true);
  });

  it.each([
    [['/api/v1/health'], 0],
    [['/health'], 0],
    [['GET /api/v1/health'], 0],
    [['POST /api/v1/health'], 1],
    [['/api/v1/*'], 0],
    [['/api/**'], 0],
    [['/v1/*'], 1],
    [['/*'], 0],
  ])('takes %j in ignore (findings: %i)', (ignore, count) => {
    const markdown = without('GET /api/v1/health');
    const run = runRule('api-undocumented', markdown, { checks, options: { ignore } });
    expect(run.findings).toHaveLength(count);
  });

  it('matches ignored paths whatever their parameter names', () => {
    const markdown = without('DELETE');
    const options = { ignore: ['DELETE /api/v1/transactions/{id}'] };
    expect(runRule('api-undocumented', markdown, { checks, options }).findings).toEqual([]);
  });

  it('takes a HEAD operation as documented with the GET of its path', () => {
    const api = openApiOperations({ paths: { '/a': { get: {}, head: {} } } }, 'a.yaml');
    const markdown = withContracts('GET /a\n  Status: 200');
    expect(runRule('api-undocumented', markdown, { checks: { api } }).findings).toEqual([]);
  });

  it('counts what the run’s other documents document, and leaves reporting to the one that reports', () => {
    const markdown = without('DELETE');
    const documented = ['DELETE /api/v1/transactions/{}'];
    expect(
      runRule('api-undocumented', markdown, {
        checks: { api: { ...LEDGER_API, elsewhere: { documented, reportsUndocumented: false } } },
      }).findings,
    ).toEqual([]);
    expect(
      runRule('api-undocumented', markdown, {
        checks: {
          api: { ...LEDGER_API, elsewhere: { documented: [], reportsUndocumented: true } },
        },
      }).findings,
    ).toEqual([]);
  });
});
