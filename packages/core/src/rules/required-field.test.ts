import { describe, expect, it } from 'vitest';
import { expectFindings, lineOf, runRule } from '../../test/rule-tester.js';
import { replaceSection, TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string, template = 'tdd') =>
  runRule('required-field', markdown, { template }).findings;
const RFC_HEADER =
  '- Feature Name: `workspace_templates`\n- Start Date: 2026-11-20\n- RFC PR: [rfcs#1](https://github.com/designdoc/rfcs/pull/1)\n- Rust Issue: none\n';

describe('required-field', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT, 'tdd'],
      [
        'labels written with a dash, a colon inside the bold, underscores or a different case',
        TDD_DOCUMENT.replace('- **Authentication**: mTLS.', '- **Authentication** - mTLS.')
          .replace(
            '- **Authorization**: Scopes per client.',
            '- **Authorization:** Scopes per client.',
          )
          .replace('- **Encryption**: TLS 1.3 and KMS.', '- __Encryption__: TLS 1.3 and KMS.')
          .replace(
            '- **PII Handling**: No personal data stored.',
            '- **PII handling**: No personal data stored.',
          ),
        'tdd',
      ],
      [
        'a plain “Label: value” item when the label is one the template names',
        TDD_DOCUMENT.replace('- **Logging**: Structured JSON.', '- Logging: Structured JSON.'),
        'tdd',
      ],
      [
        'an empty fields section (empty-section reports it)',
        replaceSection(TDD_DOCUMENT, '### Key Entities', '### Key Entities\n\n'),
        'tdd',
      ],
      ['an RFC header list', `${RFC_HEADER}\n# Summary\n\nA.\n`, 'rfc'],
      ['an RFC header list under a title', `# My RFC\n\n${RFC_HEADER}\n## Summary\n\nA.\n`, 'rfc'],
    ])('%s', (_name, markdown, template) => {
      expect(findings(markdown, template)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports a missing field at its section heading and an empty one at its item', () => {
      const markdown = TDD_DOCUMENT.replace(
        '- **Alerting**: Page on a non-zero trial balance.\n',
        '',
      ).replace('- **Tracing**: OpenTelemetry.', '- **Tracing**:');
      expect(findings(markdown)).toEqual([
        {
          message: 'Missing field “Alerting” in section “Monitoring and Observability”',
          line: lineOf(markdown, '## Monitoring and Observability'),
          column: 1,
          severity: 'error',
        },
        {
          message: 'Field “Tracing” is empty',
          line: lineOf(markdown, '- **Tracing**:'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports every field of a fields section that holds none', () => {
      const markdown = replaceSection(
        TDD_DOCUMENT,
        '## Security',
        '## Security\n\nWe use mTLS and scopes.\n\n',
      );
      const line = lineOf(markdown, '## Security');
      expect(findings(markdown)).toEqual(
        ['Authentication', 'Authorization', 'Encryption', 'PII Handling', 'Rate Limiting'].map(
          (label) => ({
            message: `Missing field “${label}” in section “Security”`,
            line,
            column: 1,
            severity: 'error',
          }),
        ),
      );
    });

    it('does not take a plain “Label: value” item with an unknown label for a field', () => {
      const markdown = TDD_DOCUMENT.replace(
        '- **Entry**: one leg of a transaction.',
        '- Entry: one leg of a transaction.',
      );
      expect(findings(markdown)).toEqual([
        {
          message: 'Section “Key Entities” has no labelled entries (- **Name**: description)',
          line: lineOf(markdown, '### Key Entities'),
          column: 1,
          severity: 'error',
        },
      ]);
    });

    it('reports missing and empty RFC header fields', () => {
      const markdown = `${RFC_HEADER.replace('- Start Date: 2026-11-20\n', '').replace(/- RFC PR: .*/, '- RFC PR:')}\n# Summary\n\nA.\n`;
      expect(findings(markdown, 'rfc')).toEqual([
        {
          message: 'Missing field “Start Date” in the document header',
          line: 1,
          column: 1,
          severity: 'error',
        },
        { message: 'Field “RFC PR” is empty', line: 2, column: 1, severity: 'error' },
      ]);
    });

    it('reports the whole RFC header missing, at the first line after the front matter', () => {
      expect(findings('---\ntitle: X\n---\n# Summary\n\nA.\n', 'rfc')).toEqual(
        ['Feature Name', 'Start Date', 'RFC PR', 'Rust Issue'].map((label) => ({
          message: `Missing field “${label}” in the document header`,
          line: 4,
          column: 1,
          severity: 'error',
        })),
      );
    });
  });

  describe('message ids', () => {
    it('tell a field missing from a section from one missing from the document header', () => {
      const security = replaceSection(
        TDD_DOCUMENT,
        '## Security',
        '## Security\n\n- **Authentication**: mTLS.\n- **Authorization**:\n- **Encryption**: TLS.\n- **PII Handling**: None.\n\n',
      );
      expectFindings('required-field', security, [
        { messageId: 'missingField', data: { field: 'Rate Limiting', section: 'Security' } },
        { messageId: 'emptyField', data: { field: 'Authorization' } },
      ]);
      expectFindings(
        'required-field',
        `${RFC_HEADER.replace('- Rust Issue: none\n', '')}\n# Summary\n\nA.\n`,
        [{ messageId: 'missingHeaderField', data: { field: 'Rust Issue' }, line: 1 }],
        { template: 'rfc' },
      );
    });
  });
});
