import { defineRule } from '../lint/rule.js';
import { scanMatches } from '../lint/scan-lines.js';

const SECRETS: { name: string; pattern: RegExp }[] = [
  { name: 'a private key', pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----/ },
  { name: 'an AWS access key id', pattern: /\b(?:AKIA|ASIA|ABIA|ACCA)[0-9A-Z]{16}\b/ },
  { name: 'a GitHub token', pattern: /\b(?:gh[pousr]_[A-Za-z0-9]{36,255}|github_pat_[A-Za-z0-9_]{40,255})\b/ },
  { name: 'a GitLab token', pattern: /\bglpat-[A-Za-z0-9_-]{20,}\b/ },
  { name: 'a Slack token', pattern: /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/ },
  { name: 'a Slack webhook URL', pattern: /https:\/\/hooks\.slack\.com\/services\/T[A-Z0-9]+\/B[A-Z0-9]+\/[A-Za-z0-9]{16,}/ },
  { name: 'a Google API key', pattern: /\bAIza[0-9A-Za-z_-]{35}\b/ },
  { name: 'a Stripe secret key', pattern: /\b(?:sk|rk)_live_[0-9A-Za-z]{16,}\b/ },
  { name: 'an npm token', pattern: /\bnpm_[A-Za-z0-9]{36}\b/ },
  { name: 'an OpenAI-style API key', pattern: /\bsk-(?:proj-)?[A-Za-z0-9_-]{32,}\b/ },
  { name: 'a JSON Web Token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{16,}\b/ },
  { name: 'a password in a URL', pattern: /\b[a-z][a-z0-9+.-]*:\/\/[^\s:/@]+:(?!\{)[^\s@/]{3,}@[^\s/]+/i },
];

/** Cheap pre-filter: a line with none of these fragments holds none of the secrets above. */
const CANDIDATE = /PRIVATE KEY|A[KSBC][IC]A|gh[pousr]_|github_pat_|glpat-|xox[abposr]-|hooks\.slack|AIza|_live_|npm_|sk-|eyJ|:\/\/[^\s/]*@/g;

/**
 * Credentials pasted into a document: private keys, cloud and SaaS tokens, JWTs, passwords in
 * connection URLs. Checked everywhere, code blocks included — a key in a code block is still a key.
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
    const seenLines = new Set<number>();
    for (const { line } of scanMatches(doc, CANDIDATE, true)) {
      if (seenLines.has(line)) continue;
      seenLines.add(line);
      const text = doc.lines.lineText(line);
      for (const { name, pattern } of SECRETS) {
        const match = pattern.exec(text);
        if (!match) continue;
        report({
          message: `Possible secret: this looks like ${name}; remove it and rotate the credential`,
          place: doc.lines.span(line, match.index + 1, match.index + match[0].length + 1),
        });
      }
    }
  },
});
