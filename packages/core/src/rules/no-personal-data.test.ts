import { describe, expect, it } from 'vitest';
import { runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string, options?: Record<string, unknown>) =>
  runRule('no-personal-data', markdown, options ? { options } : {}).findings;

describe('no-personal-data', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['people named in the front matter', '---\nauthors:\n  - jane@corp.io\n---\n\n# T\n'],
      [
        'authors named in the document header, as Go and Swift documents write it',
        '# T\n\nAuthor(s): Sam Roe <sam@corp.io>\n\n* Review Manager: [Ann](mailto:ann@corp.io)\n\nAuthored by joe@corp.io.\n\n## Overview\n\nA.\n',
      ],
      [
        'example and reserved domains',
        '# T\n\nMail bob@example.com, ops@mail.example.org, qa@corp.test or root@localhost.\n',
      ],
      ['addresses in code', '# T\n\n`dev@corp.io`\n\n```\nops@corp.io\n```\n'],
      ['an address in an HTML comment', '# T\n\n<!-- owner: a@corp.io -->\n'],
      [
        'version numbers, dates, IP addresses and counts',
        '# T\n\nVersion 1.2.3.4 on 2026-01-05 at 10.0.0.1; 12 000 000 entries; id 123456789.\n',
      ],
      ['version and ticket numbers', '# T\n\nTicket 4155-5501 and build 4.15.555.0100.\n'],
      ['a handle that is not an address', '# T\n\nAsk @platform-team.\n'],
      [
        'role addresses (RFC 2142 and project roles)',
        '# T\n\nWrite to security@golang.org, [conduct](mailto:conduct@golang.org), noreply@github.com, support@vendor.io, info@corp.io, admin@corp.io, abuse@corp.io, postmaster@corp.io, webmaster@corp.io, team@corp.io, dev@corp.io, announce@corp.io, help@crates.io or core@rust-lang.org.\n',
      ],
      [
        'mailing lists and teams',
        '# T\n\nPost to golang-dev@golang.org, rust-users@rust-lang.org, swift-announce@swift.org, infra-team@corp.io, hackers@lists.postgresql.org or golang-nuts@googlegroups.com.\n',
      ],
      [
        'an address that links to its list’s page',
        '# T\n\nAsk on [gophers@golang.org](https://groups.google.com/forum/#!forum/gophers) or [hackers@corp.io](https://corp.io/mailman/listinfo/hackers).\n',
      ],
      ['a role address with a +tag', '# T\n\nsecurity+ledger@corp.io\n'],
      [
        'every reserved domain (RFC 2606, RFC 6761), in any case',
        '# T\n\nbob@EXAMPLE.COM, a@example.net, b@mail.example.org, c@host.example, d@ci.test, e@nowhere.invalid, f@app.localhost\n',
      ],
      [
        'a message id in a mail archive’s URL',
        '# T\n\n[thread](https://lore.kernel.org/all/20240402-linked-list-v1-0-b1c59ba7ae3b@google.com/)\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it('reports North American numbers written with dashes (dotted ones read as versions)', () => {
      expect(findings('# T\n\nCall 415-555-0100 or 415.555.0101.\n').map((f) => f.message)).toEqual(
        ['Phone number “415-555-0100” in the document body'],
      );
    });

    it('allows the domains the options name, and their subdomains', () => {
      expect(
        findings('# T\n\njane@corp.io and joe@eu.corp.io\n', { allowDomains: ['Corp.io'] }),
      ).toEqual([]);
    });

    it('can leave emails or phones alone', () => {
      expect(findings('# T\n\njane@corp.io\n', { emails: false })).toEqual([]);
      expect(findings('# T\n\nCall +1 415 555 0100.\n', { phones: false })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('warns about an email address at its local part', () => {
      expect(findings('# T\n\nMail jane.doe@checkout-corp.io for access.\n')).toEqual([
        {
          message: 'Email address “jane.doe@checkout-corp.io” in the document body',
          line: 3,
          column: 6,
          severity: 'warning',
        },
      ]);
    });

    it('still reports people, wherever their address is', () => {
      expect(
        findings(
          '# T\n\nAsk jane.doe@checkout-corp.io, security.lead@corp.io, devon@corp.io or [sam@lists-r-us.io](https://corp.io/people/sam).\n',
        ).map((f) => f.message),
      ).toEqual([
        'Email address “jane.doe@checkout-corp.io” in the document body',
        'Email address “security.lead@corp.io” in the document body',
        'Email address “devon@corp.io” in the document body',
        'Email address “sam@lists-r-us.io” in the document body',
      ]);
    });

    it('finds an address in a mailto link', () => {
      expect(findings('# T\n\n[Sam](mailto:sam@corp.io)\n')).toEqual([
        {
          message: 'Email address “sam@corp.io” in the document body',
          line: 3,
          column: 14,
          severity: 'warning',
        },
      ]);
    });

    it('warns about international and bracketed phone numbers', () => {
      expect(
        findings('# T\n\nCall +1 415 555 0100 or (415) 555-0100; London +44 20 7946 0958.\n'),
      ).toEqual([
        {
          message: 'Phone number “+1 415 555 0100” in the document body',
          line: 3,
          column: 6,
          severity: 'warning',
        },
        {
          message: 'Phone number “(415) 555-0100” in the document body',
          line: 3,
          column: 25,
          severity: 'warning',
        },
        {
          message: 'Phone number “+44 20 7946 0958” in the document body',
          line: 3,
          column: 48,
          severity: 'warning',
        },
      ]);
    });

    it('still reports domains that are not allowed, and phones when only emails are off', () => {
      expect(
        findings('# T\n\njane@corp.io, x@other.io, +1 415 555 0100\n', {
          allowDomains: ['corp.io'],
        }),
      ).toEqual([
        {
          message: 'Email address “x@other.io” in the document body',
          line: 3,
          column: 15,
          severity: 'warning',
        },
        {
          message: 'Phone number “+1 415 555 0100” in the document body',
          line: 3,
          column: 27,
          severity: 'warning',
        },
      ]);
    });

    it('checks table cells and list items', () => {
      expect(
        findings(
          '# T\n\n| Owner | Contact |\n|---|---|\n| Sam | sam@corp.io |\n\n- On call: +49 30 1234 5678\n',
        ),
      ).toEqual([
        {
          message: 'Email address “sam@corp.io” in the document body',
          line: 5,
          column: 9,
          severity: 'warning',
        },
        {
          message: 'Phone number “+49 30 1234 5678” in the document body',
          line: 7,
          column: 12,
          severity: 'warning',
        },
      ]);
    });
  });
});
