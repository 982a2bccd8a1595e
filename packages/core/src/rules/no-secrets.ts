import { defineRule } from '../lint/rule.js';
import { scanMatches } from '../lint/scan-lines.js';

/**
 * Each pattern starts with a literal, so one pass over the source per pattern is a fast substring
 * search; `boundary` asks that the match not continue a word on its left, and `lead` is text on
 * the left that the finding still covers (a URL's scheme), so it starts where the secret does.
 */
const SECRETS: { name: string; pattern: RegExp; boundary?: boolean; lead?: RegExp }[] = [
  { name: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/g },
  { name: 'an AWS access key id', pattern: /A(?:KIA|SIA|BIA|CCA)[0-9A-Z]{16}\b/g, boundary: true },
  { name: 'a GitHub token', pattern: /gh[pousr]_[A-Za-z0-9]{36,255}\b/g, boundary: true },
  { name: 'a GitHub token', pattern: /github_pat_[A-Za-z0-9_]{40,255}\b/g, boundary: true },
  { name: 'a GitLab token', pattern: /glpat-[A-Za-z0-9_-]{20,}\b/g, boundary: true },
  { name: 'a Slack token', pattern: /xox[abposr]-[A-Za-z0-9-]{10,}\b/g, boundary: true },
  {
    name: 'a Slack webhook URL',
    pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/g,
  },
  { name: 'a Google API key', pattern: /AIza[0-9A-Za-z_-]{35}\b/g, boundary: true },
  { name: 'a Stripe secret key', pattern: /(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/g, boundary: true },
  { name: 'an npm token', pattern: /npm_[A-Za-z0-9]{36}\b/g, boundary: true },
  {
    name: 'an OpenAI-style API key',
    pattern: /sk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/g,
    boundary: true,
  },
  {
    name: 'a JSON Web Token',
    pattern: /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}\b/g,
    boundary: true,
  },
  {
    name: 'a password in a URL',
    pattern: /:\/\/[^\s:/@]+:(?![{$<*%])[^\s@/]{3,}@[^\s/]+/g,
    lead: /[a-z][a-z0-9+.-]*$/i,
  },
];

/**
 * Credentials pasted into a document: private keys, cloud and SaaS tokens, JWTs, passwords in
 * connection URLs (stand-ins such as `${DB_PASSWORD}` or `<password>` are fine). Checked everywhere, front matter and code blocks included — a key in a code block is still a key.
 */
export const noSecrets = defineRule({
  meta: {
    id: 'no-secrets',
    description: 'No private keys, access tokens or passwords are pasted into the document.',
    defaultSeverity: 'error',
    fixable: false,
  },
  defaultOptions: {},
  check({ doc, report }) {
    for (const { name, pattern, boundary, lead } of SECRETS) {
      for (const { line, column, match } of scanMatches(doc, pattern, {
        includeCode: true,
        includeFrontMatter: true,
      })) {
        if (boundary && /\w/.test(doc.source[match.index - 1] ?? '')) continue;
        const start =
          column - (lead?.exec(doc.lines.lineText(line).slice(0, column - 1))?.[0].length ?? 0);
        report({
          message: `Possible secret: this looks like ${name}; remove it and rotate the credential`,
          place: doc.lines.span(line, start, column + match[0].length),
        });
      }
    }
  },
});
