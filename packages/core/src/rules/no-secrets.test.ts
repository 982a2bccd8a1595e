import { describe, expect, it } from 'vitest';
import { runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string) => runRule('no-secrets', markdown).findings;
const secret = (kind: string, line: number, column: number) => ({
  message: `Possible secret: this looks like ${kind}; remove it and rotate the credential`,
  line,
  column,
  severity: 'error',
});

// Built from parts so that this file does not itself look like it holds credentials.
const AWS = ['AKIA', 'IOSFODNN7EXAMPLE'].join('');
const GITHUB = ['ghp', '_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8'].join('');
const SLACK = ['xoxb', '-1234567890-abcdefghij'].join('');
const GITLAB = ['glpat', '-abcdefghijklmnopqrstu'].join('');
const STRIPE = ['sk', '_live_', 'abcdefghijklmnop1234'].join('');
const JWT = [
  'eyJhbGciOiJIUzI1NiJ9',
  'eyJzdWIiOiIxMjM0NTY3ODkwIn0',
  'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
].join('.');
const PRIVATE_KEY = ['-----BEGIN RSA', 'PRIVATE KEY-----'].join(' ');

describe('no-secrets', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['a key id that is one character short', `# T\n\n${AWS.slice(0, -1)}\n`],
      ['a key id inside a longer word', `# T\n\nX${AWS}\n`],
      ['a URL with a user but no password', '# T\n\nhttps://deploy@git.example.com/repo\n'],
      [
        'a connection URL with a password placeholder',
        '# T\n\npostgres://ledger:{password}@db.internal/ledger\n',
      ],
      [
        'the word “private key” in prose',
        '# T\n\nKeys are held in KMS; no private key leaves it.\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports cloud and SaaS tokens in prose, at the token', () => {
      expect(
        findings(`# T\n\nKey ${AWS} and ${GITHUB} here.\n\nSlack: ${SLACK}, Stripe: ${STRIPE}\n`),
      ).toEqual([
        secret('an AWS access key id', 3, 5),
        secret('a GitHub token', 3, 30),
        secret('a Slack token', 5, 8),
        secret('a Stripe secret key', 5, 44),
      ]);
    });

    it('reports secrets in code blocks, inline code and HTML comments', () => {
      const markdown = `# T\n\n\`\`\`\n${PRIVATE_KEY}\npostgres://admin:s3cretpw@db.internal:5432/ledger\n\`\`\`\n\n\`${SLACK}\`\n\n<!-- ${GITLAB} -->\n`;
      expect(findings(markdown)).toEqual([
        secret('a private key', 4, 1),
        secret('a password in a URL', 5, 1),
        secret('a Slack token', 8, 2),
        secret('a GitLab token', 10, 6),
      ]);
    });

    it('starts a password-in-URL finding at the URL’s scheme', () => {
      expect(
        findings(
          '# T\n\nConnect with `DATABASE_URL=postgresql+psycopg://app:hunter22@db/ledger`.\n',
        ),
      ).toEqual([secret('a password in a URL', 3, 28)]);
    });

    it('reports every secret on a line, and JSON Web Tokens', () => {
      expect(findings(`# T\n\nTwo keys: ${AWS} and ${AWS}\n\nToken: ${JWT}\n`)).toEqual([
        secret('an AWS access key id', 3, 11),
        secret('an AWS access key id', 3, 36),
        secret('a JSON Web Token', 5, 8),
      ]);
    });
  });
});
