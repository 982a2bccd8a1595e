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

describe('api-auth', () => {
  it('reports nothing when the contracts state the description’s security', () => {
    expect(runRule('api-auth', LEDGER_DOCUMENT, { checks }).findings).toEqual([]);
  });

  it.each(['required', 'bearer', 'Bearer token', 'http'])(
    'takes “Auth: %s” for a bearer scheme',
    (auth) => {
      const markdown = driftedContracts('Auth: bearer token', `Auth: ${auth}`);
      expect(runRule('api-auth', markdown, { checks }).findings).toEqual([]);
    },
  );

  it('reports “Auth: none” where the description requires authentication, at the Auth line', () => {
    const markdown = driftedContracts('Auth: bearer token', 'Auth: none');
    expectFindings(
      'api-auth',
      markdown,
      [
        {
          messageId: 'authRequired',
          data: {
            method: 'POST',
            path: '/api/v1/transactions',
            auth: 'none',
            schemes: 'bearer (http bearer)',
          },
          line: lineOf(markdown, 'Auth: none'),
          column: 9,
          severity: 'error',
        },
      ],
      { checks },
    );
  });

  it('reports a stated authentication where the description needs none', () => {
    const markdown = driftedContracts('Auth: none', 'Auth: required');
    expectFindings(
      'api-auth',
      markdown,
      [
        {
          messageId: 'authNotRequired',
          data: { method: 'GET', path: '/api/v1/health', auth: 'required', schemes: '' },
          line: lineOf(markdown, 'Auth: required'),
        },
      ],
      { checks },
    );
  });

  it('reports another scheme than the description’s', () => {
    const markdown = driftedContracts('Auth: session cookie', 'Auth: bearer');
    expect(runRule('api-auth', markdown, { checks }).findings.map((f) => f.message)).toEqual([
      'DELETE /api/v1/transactions/{id} authenticates with session (apiKey in cookie) in the API description, but its contract says “Auth: bearer”',
    ]);
  });

  it('reports a requirement where anonymous calls are also taken, and nothing for “optional”', () => {
    const api = openApiOperations(
      {
        components: { securitySchemes: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } } },
        paths: { '/a': { get: { security: [{}, { key: [] }] } } },
      },
      'a.yaml',
    );
    const messageIds = (auth: string) =>
      runRule('api-auth', withContracts(`GET /a\n  Auth: ${auth}`), { checks: { api } }).messageIds;
    expect(messageIds('required')).toEqual(['authOptional']);
    expect(messageIds('optional')).toEqual([]);
    expect(messageIds('none')).toEqual([]);
  });

  it('compares nothing where the description says nothing about security', () => {
    const api = openApiOperations({ paths: { '/a': { get: {} } } }, 'a.yaml');
    const markdown = withContracts('GET /a\n  Auth: required');
    expect(runRule('api-auth', markdown, { checks: { api } }).findings).toEqual([]);
  });
});
