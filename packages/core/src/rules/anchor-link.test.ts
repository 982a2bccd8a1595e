import { describe, expect, it } from 'vitest';
import { GITHUB_ANCHOR_DOCUMENTS } from '../../test/github-anchors.js';
import { runRule } from '../../test/rule-tester.js';
import { TDD_DOCUMENT } from '../../test/tdd-document.js';

const findings = (markdown: string) => runRule('anchor-link', markdown).findings;

describe('anchor-link', () => {
  describe('valid', () => {
    it.each([
      ['the tdd document', TDD_DOCUMENT],
      ['a link to a section heading', '# Doc\n\n## Goals\n\nSee [goals](#goals).\n'],
      ['a link to the title heading', '# My Doc\n\nBack to [the top](#my-doc).\n'],
      [
        'punctuation and ampersands in a heading, as GitHub slugs them',
        '# T\n\n## API & Design: v2!\n\n[a](#api--design-v2)\n',
      ],
      ['the second of two equal headings', '# T\n\n## Notes\n\nx\n\n## Notes\n\n[b](#notes-1)\n'],
      ['an anchor spelled in upper case', '# T\n\n## Goals\n\n[a](#Goals)\n'],
      ['a percent-encoded anchor', '# T\n\n## Café\n\n[a](#caf%C3%A9)\n'],
      ['an HTML anchor with an id', '# T\n\n<a id="custom"></a>\n\n[a](#custom)\n'],
      [
        'ids of any element and names of anchors, quoted or not (markdownlint’s MD051 cases)',
        '# T\n\n<a name="namedlink"></a>\n\n<a id = idlink></a>\n\n<A href="https://x.io" id=\'HREFandID\'>T</A>\n\n<p id="for-other"></p> <span id="orphan"></span>\n\n<input name="ignored" id="id-after-name">\n\n[a](#namedlink) [b](#idlink) [c](#HREFandID) [d](#for-other) [e](#orphan) [f](#id-after-name)\n',
      ],
      ['#top and an empty anchor', '# T\n\n[a](#top) and [b](#)\n'],
      ['links in inline code and code blocks', '# T\n\n`[a](#nope)`\n\n```\n[b](#nope)\n```\n'],
      [
        'the title heading of a document whose front matter names another title',
        '---\ntitle: Ledger\n---\n\n# Payments Ledger\n\n[a](#payments-ledger)\n',
      ],
      [
        'a heading with inline code and emphasis',
        '# T\n\n## The `fix` *command*\n\n[a](#the-fix-command)\n',
      ],
      ['an intraword underscore, kept as GitHub keeps it', '# T\n\n## foo_bar\n\n[a](#foo_bar)\n'],
      ['two spaces, two hyphens', '# T\n\n## custom  API type\n\n[a](#custom--api-type)\n'],
      [
        'underscores in a code span',
        '# T\n\n## The `fix_all` command\n\n[a](#the-fix_all-command)\n',
      ],
      [
        'a heading that links with balanced parentheses',
        '# T\n\n## Use [sets](https://en.wikipedia.org/wiki/Set_(mathematics)) here\n\n[a](#use-sets-here)\n',
      ],
      [
        'a heading that is a reference link, read as its text',
        '# T\n\n## [RFC 9110][http]\n\n[a](#rfc-9110)\n\n[http]: https://www.rfc-editor.org/rfc/rfc9110\n',
      ],
      [
        'headings in block quotes and lists, counted as GitHub counts them',
        '# T\n\n> ## Notes\n\n- ## Notes\n\n## Notes\n\n[a](#notes) [b](#notes-1) [c](#notes-2)\n',
      ],
      [
        'a destination with backslash escapes, read as CommonMark reads it',
        '# T\n\n## foo_bar\n\n[a](#foo\\_bar)\n',
      ],
      [
        'a footnote definition, which is no link',
        '# T\n\nText.[^1]\n\n[^1]: #not-an-anchor\n\n[ref]: #t\n',
      ],
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });

    it.each(GITHUB_ANCHOR_DOCUMENTS)('links to every heading of “$name”', (document) => {
      const definitions = Object.entries(document.references ?? {}).map(
        ([label, href]) => `[${label}]: ${href}`,
      );
      // `## a<U+2028>b` is a heading: CommonMark's lines end only at \n and \r.
      const headings = document.headings;
      const markdown = [
        ...headings.map((h) => `## ${h.markdown}`),
        headings
          .filter((h) => h.anchor !== '')
          .map((h) => `[x](#${encodeURIComponent(h.anchor)})`)
          .join(' '),
        ...definitions,
        '<a id="namedlink"></a>',
      ].join('\n\n');
      expect(findings(markdown)).toEqual([]);
    });
  });

  it('takes an id a heading sets itself ({#id}, as Pandoc, kramdown and mdBook do)', () => {
    expect(
      findings(
        '# T\n\n#### Lack of backtracking { #backtrack }\n\n## Notes {#notes-here .wide}\n\nSee [a](#backtrack), [b](#notes-here) and [c](#lack-of-backtracking--backtrack-).\n',
      ),
    ).toEqual([]);
  });

  describe('invalid', () => {
    it('reports a link to a heading that does not exist, at the anchor', () => {
      expect(findings('# Doc\n\n## Goals\n\nSee [goals](#goal) and [more](#goals).\n')).toEqual([
        { message: 'Link to missing heading “#goal”', line: 5, column: 13, severity: 'error' },
      ]);
    });

    it('reports a numbered duplicate anchor that GitHub would not create', () => {
      expect(findings('# T\n\n## Notes\n\n[a](#notes-1)\n')).toEqual([
        { message: 'Link to missing heading “#notes-1”', line: 5, column: 5, severity: 'error' },
      ]);
    });

    it('reports reference definitions and HTML links', () => {
      expect(
        findings('# T\n\nSee [ref].\n\n[ref]: #ref-missing\n\n<a href="#html-missing">x</a>\n'),
      ).toEqual([
        {
          message: 'Link to missing heading “#ref-missing”',
          line: 5,
          column: 8,
          severity: 'error',
        },
        {
          message: 'Link to missing heading “#html-missing”',
          line: 7,
          column: 10,
          severity: 'error',
        },
      ]);
    });

    it('reports an anchor that cannot be percent-decoded as written', () => {
      expect(findings('# T\n\n[bad](#%E0%A4%A)\n')).toEqual([
        { message: 'Link to missing heading “#%E0%A4%A”', line: 3, column: 7, severity: 'error' },
      ]);
    });

    it('takes the title anchor from the heading, not from the front-matter title', () => {
      expect(findings('---\ntitle: Ledger\n---\n\n# Payments Ledger\n\n[a](#ledger)\n')).toEqual([
        { message: 'Link to missing heading “#ledger”', line: 7, column: 5, severity: 'error' },
      ]);
    });

    it('reports the anchors designdoc used to make, where GitHub makes others', () => {
      expect(
        findings(
          '# T\n\n## foo_bar\n\n## custom  API type\n\n[a](#foobar) [b](#custom-api-type)\n',
        ).map((f) => f.message),
      ).toEqual([
        'Link to missing heading “#foobar”',
        'Link to missing heading “#custom-api-type”',
      ]);
    });

    it('reads a destination with balanced parentheses whole', () => {
      expect(findings('# T\n\n## Set\n\n[a](#set_(maths))\n')).toEqual([
        {
          message: 'Link to missing heading “#set_(maths)”',
          line: 5,
          column: 5,
          severity: 'error',
        },
      ]);
    });

    it('checks a reference definition whose label is inline code', () => {
      expect(findings('# T\n\nSee [`fix`].\n\n[`fix`]: #fix-command\n')).toEqual([
        {
          message: 'Link to missing heading “#fix-command”',
          line: 5,
          column: 10,
          severity: 'error',
        },
      ]);
    });

    it('checks a definition a link uses, only the first of a label, and leaves unused ones alone', () => {
      // Rust RFCs keep the template's `[alternatives]: #alternatives` under a renamed heading:
      // no link uses it, GitHub shows nothing, and no reader is sent anywhere.
      expect(
        findings('# T\n\n## Rationale and alternatives\n[alternatives]: #alternatives\n'),
      ).toEqual([]);
      expect(
        findings(
          '# T\n\nSee [used] and [item][].\n\n[used]: #gone\n[used]: #also-gone\n\n- [item]: #in-a-list\n',
        ).map((f) => f.message),
      ).toEqual(['Link to missing heading “#gone”', 'Link to missing heading “#in-a-list”']);
    });

    it('reports names of elements other than anchors, and attributes that only end in “id”', () => {
      expect(
        findings(
          '# T\n\n<p name="para"></p> <a data-id="data"></a> <a id="one" name="two"></a>\n\n[a](#para) [b](#data) [c](#two) [d](#one)\n',
        ).map((f) => f.message),
      ).toEqual([
        'Link to missing heading “#para”',
        'Link to missing heading “#data”',
        'Link to missing heading “#two”',
      ]);
    });

    it('reports several links on one line in order', () => {
      expect(findings('# T\n\n[a](#one) [b](#t) [c](#two)\n')).toEqual([
        { message: 'Link to missing heading “#one”', line: 3, column: 5, severity: 'error' },
        { message: 'Link to missing heading “#two”', line: 3, column: 23, severity: 'error' },
      ]);
    });
  });
});
