import { defineRule } from '../lint/rule.js';
import { scanMatches } from '../lint/scan-lines.js';
import type { ParsedDocument } from '../model/parse.js';

const EMAIL = /@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}\b/g;
const LOCAL_PART = /[A-Za-z0-9._%+-]+$/;
const PHONE =
  /(?:\+\d{1,3}[ .-]?(?:\(\d{1,4}\)[ .-]?)?\d{1,4}(?:[ .-]\d{2,8}){1,4}|\(\d{2,4}\)[ .-]?\d{3,4}[ .-]\d{3,4}|\b\d{3}[ .-]\d{3}[ .-]\d{4}\b)(?![\w/:-])/g;
/** The reserved example and test domains (RFC 2606, RFC 6761), and their subdomains. */
const RESERVED_DOMAINS = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost)$/i;
/** Domains that host mailing lists: every address there is a list. */
const LIST_DOMAINS = /^lists\.|(?:^|\.)(?:googlegroups\.com|groups\.io)$/i;
/**
 * Local parts that name a role, a team or a list rather than a person: RFC 2142's mailbox names
 * for common services, and what projects name their teams and lists.
 */
const ROLE_LOCAL_PARTS = new Set([
  'abuse',
  'admin',
  'announce',
  'conduct',
  'contact',
  'core',
  'dev',
  'devel',
  'do-not-reply',
  'donotreply',
  'feedback',
  'git',
  'help',
  'hostmaster',
  'info',
  'maintainers',
  'no-reply',
  'noc',
  'noreply',
  'postmaster',
  'press',
  'privacy',
  'security',
  'support',
  'team',
  'users',
  'webmaster',
]);
/** A project's list or team: `golang-dev`, `rust-users`, `swift-announce`, `infra-team`. */
const LIST_LOCAL_PART =
  /-(?:announce|bugs|commits|dev|devel|discuss|help|owner|request|security|team|user|users)$/;

/**
 * A link from the address to a mailing list's page (`[golang-nuts@golang.org](https://groups.
 * google.com/forum/#!forum/golang-nuts)`): the address names the list.
 */
const LIST_PAGE_LINK =
  /^\]\(<?(?:https?:\/\/)?(?:groups\.google\.com\/|[^/)\s]*googlegroups\.com|lists\.|groups\.io\/|[^)\s]*\/(?:mailman|pipermail|hyperkitty)\/)/i;

/**
 * Whether an address reaches a role, a team or a list (or nobody: a reserved domain) rather than
 * a person. A `+tag` after the local part is left out.
 */
function isImpersonal(localPart: string, domain: string): boolean {
  if (RESERVED_DOMAINS.test(domain) || LIST_DOMAINS.test(domain)) return true;
  const local = localPart.toLowerCase().replace(/\+.*$/, '');
  return ROLE_LOCAL_PARTS.has(local) || LIST_LOCAL_PART.test(local);
}

/**
 * Email addresses and phone numbers in the body (front matter, and the header fields of
 * documents that keep their metadata under the title, are where people are named).
 * Addresses of roles, teams and lists (by name, by domain, or linked to the list's page) and at
 * reserved domains are allowed, and so is an address inside a URL's path (a message id in a mail archive's link); options add allowed domains or
 * turn phones off.
 */
export const noPersonalData = defineRule({
  meta: {
    id: 'no-personal-data',
    description: 'No email addresses or phone numbers outside the front matter.',
    defaultSeverity: 'warning',
    fixable: false,
    messages: {
      email: 'Email address “{{address}}” in the document body',
      phone: 'Phone number “{{number}}” in the document body',
    },
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
    const header = headerLines(doc);
    if (options.emails) {
      for (const { line, column, match } of scanMatches(doc, EMAIL)) {
        const text = doc.lines.lineText(line);
        // The header names the document's people, as front matter does: `Author: Jane <jane@…>`.
        if (header(line, text)) continue;
        const before = LOCAL_PART.exec(text.slice(0, column - 1));
        if (!before) continue;
        const start = column - before[0].length;
        if (text[start - 2] === '/') continue;
        const address = before[0] + match[0];
        const domain = match[0].slice(1).toLowerCase();
        if (
          isImpersonal(before[0], domain) ||
          LIST_PAGE_LINK.test(text.slice(start - 1 + address.length)) ||
          allowed.some((d) => domain === d || domain.endsWith(`.${d}`))
        )
          continue;
        report({
          messageId: 'email',
          data: { address },
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
          messageId: 'phone',
          data: { number: match[0] },
          place: doc.lines.span(line, column, column + match[0].length),
        });
      }
    }
  },
});

/** A field or byline of the document header (before the first section): `Author(s): … <…>`. */
const HEADER_FIELD = /^\s*(?:[-*+]\s+)?\**[A-Za-z][\w ()/.-]{0,30}\**\s*:|\bauthor|\bby\b/i;

/** Whether a line is a field or byline of the document header. */
function headerLines(doc: ParsedDocument): (line: number, text: string) => boolean {
  const first = doc.outline.headings[0]?.heading.place.start.line ?? 0;
  return (line, text) => line < first && HEADER_FIELD.test(text);
}
