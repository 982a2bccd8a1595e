import { describe, expect, it } from 'vitest';
import { lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

/** The tdd document with these contents in its REST Endpoints section. */
const withEndpoints = (body: string) =>
  replaceSection(TDD_DOCUMENT, '### REST Endpoints', `### REST Endpoints\n\n${body}\n`);
const contract = (lines: string) => withEndpoints(`\`\`\`yaml\n${lines}\n\`\`\``);
const findings = (markdown: string) => runRule('api-contract', markdown).findings;

describe('api-contract', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      [
        'several endpoints with comments, blank lines, parameters and other properties',
        contract(
          '# accounts\nGET /api/v1/accounts/{account_id}\n  Input: none\n  Output: Account\n  Status: 200 | 404\n\nPATCH /api/v1/accounts/{account_id}:\n  Request: AccountUpdate\n  Returns: Account\n  Auth: service token\n  Status: 200 or 409',
        ),
      ],
      ['a method written in lower case', contract('get /health\n  Status: 200')],
      [
        'one parameterised path under another method',
        contract('GET /a/{id}\n  Status: 200\nDELETE /a/{id}\n  Status: 204'),
      ],
      [
        'prose after the block',
        withEndpoints(
          '```yaml\nGET /a\n  Status: 200\n```\n\nErrors are RFC 9457 problem details.',
        ),
      ],
      ['an empty section (empty-section reports it)', withEndpoints('')],
      [
        'code blocks in sections that do not declare an API contract',
        replaceSection(
          TDD_DOCUMENT,
          '### Storage Strategy',
          '### Storage Strategy\n\n```\nFETCH /nothing\n```\n\n',
        ),
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports an unknown method at the method', () => {
      const markdown = contract('FETCH /a\n  Status: 200');
      expect(findings(markdown)).toEqual([
        {
          message:
            'Unknown HTTP method “FETCH”, expected one of GET, POST, PUT, PATCH, DELETE, HEAD, OPTIONS, TRACE',
          line: lineOf(markdown, 'FETCH /a'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports an invalid path at the path', () => {
      const markdown = contract('GET api/{id\n  Status: 200');
      expect(findings(markdown)).toEqual([
        {
          message:
            'Invalid path “api/{id”: a path starts with “/” and holds URL characters and {parameters}',
          line: lineOf(markdown, 'GET api'),
          column: 5,
          severity: 'error',
        },
      ]);
    });

    it('reports each invalid status code at the code', () => {
      const markdown = contract('GET /a\n  Status: 200, 2000, abc');
      const line = lineOf(markdown, 'Status: 200, 2000');
      expect(findings(markdown)).toEqual([
        {
          message: 'Invalid HTTP status “2000”, expected a code from 100 to 599',
          line,
          column: 16,
          severity: 'error',
        },
        {
          message: 'Invalid HTTP status “abc”, expected a code from 100 to 599',
          line,
          column: 22,
          severity: 'error',
        },
      ]);
    });

    it('counts columns from the source line when the fence is indented', () => {
      const markdown = withEndpoints('  ```yaml\n  GET /a\n    Status: 2000\n  ```');
      expect(findings(markdown)).toEqual([
        {
          message: 'Invalid HTTP status “2000”, expected a code from 100 to 599',
          line: lineOf(markdown, 'Status: 2000'),
          column: 13,
          severity: 'error',
        },
      ]);
    });

    it('warns about an endpoint without status codes and a path ending in a slash', () => {
      const markdown = contract('GET /a\n  Output: A\nPOST /b/\n  Status: 201');
      expect(findings(markdown)).toEqual([
        {
          message: 'Endpoint GET /a states no status code',
          line: lineOf(markdown, 'GET /a'),
          column: 1,
          severity: 'warning',
        },
        {
          message: 'Endpoint path “/b/” ends with a slash',
          line: lineOf(markdown, 'POST /b/'),
          column: 1,
          severity: 'warning',
        },
      ]);
    });

    it('reports an endpoint declared twice, also when only parameter names differ', () => {
      const markdown = contract('GET /a/{id}\n  Status: 200\n\nGET /a/{account}\n  Status: 200');
      expect(findings(markdown)).toEqual([
        {
          message: `Endpoint GET /a/{account} is declared twice, first at line ${lineOf(markdown, 'GET /a/{id}')}`,
          line: lineOf(markdown, 'GET /a/{account}'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports endpoints declared twice across blocks', () => {
      const markdown = withEndpoints(
        '```yaml\nGET /a\n  Status: 200\n```\n\n```yaml\nGET /a\n  Status: 404\n```',
      );
      expect(findings(markdown)).toEqual([
        {
          message: `Endpoint GET /a is declared twice, first at line ${lineOf(markdown, 'GET /a')}`,
          line: lineOf(markdown, 'Status: 404') - 1,
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports lines that are neither an endpoint nor an indented property', () => {
      const markdown = contract('  Status: 200\nGET /a\n  Status: 200\n  - not a property');
      expect(findings(markdown)).toEqual([
        {
          message: 'Unexpected line “Status: 200”, expected “METHOD /path”',
          line: lineOf(markdown, '  Status: 200'),
          column: 3,
          severity: 'error',
        },
        {
          message:
            'Unexpected line “- not a property”, expected an indented “Key: value” or “METHOD /path”',
          line: lineOf(markdown, '- not a property'),
          column: 3,
          severity: 'error',
        },
      ]);
    });

    it('reports a block that declares no endpoint', () => {
      const markdown = contract('# endpoints to come');
      expect(findings(markdown)).toEqual([
        {
          message: 'API contract block declares no endpoint',
          line: lineOf(markdown, '```yaml'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports a contract section that holds no code block', () => {
      const markdown = withEndpoints('The endpoints are described in the OpenAPI file.');
      expect(findings(markdown)).toEqual([
        {
          message:
            'Section “REST Endpoints” has no API contract block (METHOD /path with Input, Output, Status)',
          line: lineOf(markdown, '### REST Endpoints'),
          column: 1,
          severity: 'error',
        },
      ]);
    });
  });
});
