import { defineRule } from '../lint/rule.js';
import { scanMatches } from '../lint/scan-lines.js';

const EMAIL = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
const LOCAL_PART = /[A-Za-z0-9._%+-]+$/;
const PHONE =
  /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,8}){1,4}|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b)(?![\w/:-])/g;
const EXAMPLE_DOMAINS = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;

/**
 * Email addresses and phone numbers in the body (front matter is where people are named).
 * Example domains (RFC 2606) are allowed; options add allowed domains or turn phones off.
 */
export const noPersonalData = defineRule({
  meta: {
    id: 'no-personal-data',
    description: 'No email addresses or phone numbers outside the front matter.',
    defaultSeverity: 'warning',
    fixable: false,
    optionsSchema: {
      type: 'object',
      properties: {
        emails: { type: 'boolean', description: 'Report email addresses.' },
        phones: { type: 'boolean', description: 'Report phone numbers.' },
        allowDomains: {
          type: 'array',
          items: { type: 'string' },
          description: 'Email domains that may appear (e.g. your company’s).',
        },
      },
      additionalProperties: false,
    },
  },
  defaultOptions: { emails: true, phones: true, allowDomains: [] as string[] },
  check({ doc, options, report }) {
    const allowed = options.allowDomains.map((d) => d.toLowerCase());
    if (options.emails) {
      for (const { line, column, match } of scanMatches(doc, EMAIL)) {
        const before = LOCAL_PART.exec(doc.lines.lineText(line).slice(0, column - 1));
        if (!before) continue;
        const address = before[0] + match[0];
        const domain = match[0].slice(1).toLowerCase();
        if (
          EXAMPLE_DOMAINS.test(domain) ||
          allowed.some((d) => domain === d || domain.endsWith(`.${d}`))
        )
          continue;
        const start = column - before[0].length;
        report({
          message: `Email address “${address}” in the document body`,
          place: doc.lines.span(line, start, start + address.length),
        });
      }
    }
    if (options.phones) {
      for (const { line, column, match } of scanMatches(doc, PHONE)) {
        const digits = match[0].replace(/\D/g, '');
        if (digits.length < 9 || digits.length > 15) continue;
        if (/^\d{4}-\d{2}-\d{2}$/.test(match[0]) || /^\d+(?:\.\d+)+$/.test(match[0])) continue;
        if (
          !match[0].startsWith('+') &&
          !/[ (]/.test(match[0]) &&
          !/^\d{3}([.-])\d{3}\1\d{4}$/.test(match[0])
        )
          continue;
        report({
          message: `Phone number “${match[0]}” in the document body`,
          place: doc.lines.span(line, column, column + match[0].length),
        });
      }
    }
  },
});
