import { describe, expect, it } from 'vitest';
import { runRule } from './rule-tester.js';
import { TDD_DOCUMENT } from './tdd-document.js';

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
    ])('%s', (_name, markdown) => {
      expect(findings(markdown)).toEqual([]);
    });
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
      expect(findings('# T\n\n[ref]: #ref-missing\n\n<a href="#html-missing">x</a>\n')).toEqual([
        {
          message: 'Link to missing heading “#ref-missing”',
          line: 3,
          column: 8,
          severity: 'error',
        },
        {
          message: 'Link to missing heading “#html-missing”',
          line: 5,
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

    it('reports several links on one line in order', () => {
      expect(findings('# T\n\n[a](#one) [b](#t) [c](#two)\n')).toEqual([
        { message: 'Link to missing heading “#one”', line: 3, column: 5, severity: 'error' },
        { message: 'Link to missing heading “#two”', line: 3, column: 23, severity: 'error' },
      ]);
    });
  });
});
